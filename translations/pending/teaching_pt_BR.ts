<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Exercise</name>
    <message>
        <source>Eight busy threads</source>
        <comment>hello.cores-kept-busy/title</comment>
        <translation>Oito threads ocupadas</translation>
    </message>
    <message>
        <source>Eight threads count as fast as they can and never sleep. Together, how many cores will they keep busy on this machine? (How many logical CPUs does it have? In a terminal: nproc.)</source>
        <comment>hello.cores-kept-busy/question</comment>
        <translation>Oito threads contam o mais rápido que podem e nunca dormem. Juntas, quantos núcleos vão manter ocupados nesta máquina? (Quantas CPUs lógicas ela tem? Num terminal: nproc.)</translation>
    </message>
    <message>
        <source>cores</source>
        <comment>hello.cores-kept-busy/unit</comment>
        <translation>núcleos</translation>
    </message>
    <message>
        <source>Threads that want a core, or the CPUs pplab may use, whichever is fewer</source>
        <comment>hello.cores-kept-busy/reference</comment>
        <translation>Threads que querem um núcleo, ou as CPUs que o pplab pode usar, o que for menor</translation>
    </message>
    <message>
        <source>A thread that never sleeps always wants a core. How many threads can run at the same moment?</source>
        <comment>hello.cores-kept-busy/hint</comment>
        <translation>Uma thread que nunca dorme sempre quer um núcleo. Quantas threads podem executar no mesmo instante?</translation>
    </message>
    <message>
        <source>When there are more runnable threads than cores, the scheduler gives each core to one thread after another in time slices: no core stays idle.</source>
        <comment>hello.cores-kept-busy/hint</comment>
        <translation>Quando há mais threads executáveis que núcleos, o escalonador entrega cada núcleo a uma thread após a outra, em fatias de tempo: nenhum núcleo fica ocioso.</translation>
    </message>
    <message>
        <source>Eight threads that never sleep want eight cores. With fewer cores than that, the scheduler keeps every core busy and shares them out in time slices of a few milliseconds: the threads together keep min(8, cores) cores busy, and each thread gets cores ÷ 8 of a core. With eight cores or more, every thread has a core to itself.

The counter adds up the CPU time the threads really received and divides it by the wall time. If it is clearly below the number of cores, other programs were using some of them: the scheduler shares the cores with every runnable thread on the machine, not only pplab&apos;s.</source>
        <comment>hello.cores-kept-busy/explanation</comment>
        <translation>Oito threads que nunca dormem querem oito núcleos. Com menos núcleos que isso, o escalonador mantém todos ocupados e os reparte em fatias de tempo de alguns milissegundos: juntas, as threads mantêm min(8, núcleos) núcleos ocupados, e cada thread recebe núcleos ÷ 8 de um núcleo. Com oito núcleos ou mais, cada thread tem um núcleo só para si.

O contador soma o tempo de CPU que as threads realmente receberam e divide pelo tempo de relógio. Se ficar claramente abaixo do número de núcleos, outros programas estavam usando alguns deles: o escalonador reparte os núcleos entre todas as threads executáveis da máquina, não só as do pplab.</translation>
    </message>
    <message>
        <source>Threads that mostly sleep</source>
        <comment>hello.sleeping-threads/title</comment>
        <translation>Threads que dormem quase o tempo todo</translation>
    </message>
    <message>
        <source>Four threads each count for 5 ms, then sleep for 45 ms, again and again. Together, how many cores will they keep busy?</source>
        <comment>hello.sleeping-threads/question</comment>
        <translation>Quatro threads contam por 5 ms e depois dormem por 45 ms, de novo e de novo. Juntas, quantos núcleos vão manter ocupados?</translation>
    </message>
    <message>
        <source>cores</source>
        <comment>hello.sleeping-threads/unit</comment>
        <translation>núcleos</translation>
    </message>
    <message>
        <source>Four duty cycles added up</source>
        <comment>hello.sleeping-threads/reference</comment>
        <translation>Os quatro ciclos de trabalho somados</translation>
    </message>
    <message>
        <source>A sleeping thread needs no core at all.</source>
        <comment>hello.sleeping-threads/hint</comment>
        <translation>Uma thread que dorme não precisa de núcleo nenhum.</translation>
    </message>
    <message>
        <source>Each thread wants a core 5 ms out of every 50 ms. What fraction of a core is that?</source>
        <comment>hello.sleeping-threads/hint</comment>
        <translation>Cada thread quer um núcleo 5 ms a cada 50 ms. Que fração de um núcleo é isso?</translation>
    </message>
    <message>
        <source>A sleeping thread is not runnable: it needs no core. Each thread wants a core for 5 ms out of every 50 ms, a tenth of the time, so four of them want 4 × 0.1 = 0.4 of a core on average, on any machine. They seldom get in each other&apos;s way, so each still counts at almost the speed of a thread alone (look at the rate chart).

A little less than 0.4 is normal: waking up from a sleep takes a little longer than asked, so each cycle lasts slightly more than 50 ms.</source>
        <comment>hello.sleeping-threads/explanation</comment>
        <translation>Uma thread que dorme não está executável: não precisa de núcleo. Cada thread quer um núcleo por 5 ms a cada 50 ms, um décimo do tempo, então as quatro juntas querem em média 4 × 0,1 = 0,4 de um núcleo, em qualquer máquina. Raramente atrapalham umas às outras, então cada uma ainda conta quase na velocidade de uma thread sozinha (veja o gráfico de taxa).

Um pouco menos que 0,4 é normal: acordar de um sono leva um pouco mais que o pedido, então cada ciclo dura um pouco mais que 50 ms.</translation>
    </message>
    <message>
        <source>Does the scheduler share fairly?</source>
        <comment>hello.fair-shares/title</comment>
        <translation>O escalonador reparte com justiça?</translation>
    </message>
    <message>
        <source>Eight threads compete for the cores without ever sleeping. At the end, the slowest thread&apos;s count is divided by the fastest thread&apos;s count (1 = perfectly fair). What will this fairness be?</source>
        <comment>hello.fair-shares/question</comment>
        <translation>Oito threads disputam os núcleos sem nunca dormir. No fim, a contagem da thread mais lenta é dividida pela da mais rápida (1 = perfeitamente justo). Qual será essa equidade?</translation>
    </message>
    <message>
        <source>Linux&apos;s scheduler (CFS) keeps track of how much CPU time every runnable thread has had and next runs the one that has had the least.</source>
        <comment>hello.fair-shares/hint</comment>
        <translation>O escalonador do Linux (CFS) acompanha quanto tempo de CPU cada thread executável já recebeu e executa a seguir a que recebeu menos.</translation>
    </message>
    <message>
        <source>Threads start a few milliseconds apart, and a 2-second run is made of hundreds of time slices.</source>
        <comment>hello.fair-shares/hint</comment>
        <translation>As threads começam com alguns milissegundos de diferença, e uma execução de 2 segundos é feita de centenas de fatias de tempo.</translation>
    </message>
    <message>
        <source>The scheduler is fair by design: CFS always runs the thread that has received the least CPU time so far (its &quot;virtual runtime&quot;), so over hundreds of time slices every thread gets nearly the same share and the fairness comes out close to 1, typically above 0.9.

What keeps it a little below 1: the threads do not start at the same instant, a thread may wait on one core&apos;s run queue before the load balancer moves it, and other programs take slices too. The bars of &quot;Total counts per thread&quot; show the same thing as the fairness counter.</source>
        <comment>hello.fair-shares/explanation</comment>
        <translation>O escalonador é justo por construção: o CFS sempre executa a thread que recebeu menos tempo de CPU até agora (seu &quot;tempo de execução virtual&quot;), então ao longo de centenas de fatias de tempo cada thread recebe quase a mesma parte e a equidade fica perto de 1, tipicamente acima de 0,9.

O que a mantém um pouco abaixo de 1: as threads não começam no mesmo instante, uma thread pode esperar na fila de um núcleo antes que o balanceador de carga a mova, e outros programas também levam fatias. As barras de &quot;Total de contagens por thread&quot; mostram o mesmo que o contador de equidade.</translation>
    </message>
    <message>
        <source>How much does a pipe hold?</source>
        <comment>pipes.capacity/title</comment>
        <translation>Quanto cabe num pipe?</translation>
    </message>
    <message>
        <source>A writer puts bytes into a pipe that nobody reads, until write() would block. How many KiB does the pipe hold on this system?</source>
        <comment>pipes.capacity/question</comment>
        <translation>Um escritor coloca bytes num pipe que ninguém lê, até que write() bloquearia. Quantos KiB o pipe comporta neste sistema?</translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>pipes.capacity/unit</comment>
        <translation>KiB</translation>
    </message>
    <message>
        <source>A pipe is a buffer in the kernel, made of whole memory pages.</source>
        <comment>pipes.capacity/hint</comment>
        <translation>Um pipe é um buffer no kernel, feito de páginas de memória inteiras.</translation>
    </message>
    <message>
        <source>Linux gives a new pipe 16 pages; a page is 4 KiB on most machines.</source>
        <comment>pipes.capacity/hint</comment>
        <translation>O Linux dá 16 páginas a um pipe novo; uma página tem 4 KiB na maioria das máquinas.</translation>
    </message>
    <message>
        <source>On Linux a new pipe holds 16 pages: 64 KiB with 4 KiB pages. Once it is full, write() blocks until the reader takes something out (or, on a non-blocking pipe, fails with EAGAIN). That buffer is what lets a writer run ahead of a slow reader, and what stops it once it is too far ahead: back-pressure. The size can be changed per pipe with fcntl(F_SETPIPE_SZ), up to /proc/sys/fs/pipe-max-size; other systems use other sizes, which is why pplab measures it instead of assuming it.</source>
        <comment>pipes.capacity/explanation</comment>
        <translation>No Linux um pipe novo comporta 16 páginas: 64 KiB com páginas de 4 KiB. Quando ele enche, write() bloqueia até o leitor tirar algo (ou, num pipe não bloqueante, falha com EAGAIN). Esse buffer é o que deixa um escritor adiantar-se a um leitor lento, e o que o detém quando se adianta demais: contrapressão. O tamanho pode ser mudado por pipe com fcntl(F_SETPIPE_SZ), até /proc/sys/fs/pipe-max-size; outros sistemas usam outros tamanhos, e é por isso que o pplab o mede em vez de supô-lo.</translation>
    </message>
    <message>
        <source>Asking for a pipe size</source>
        <comment>pipes.asked-for-size/title</comment>
        <translation>Pedindo um tamanho de pipe</translation>
    </message>
    <message>
        <source>This time pplab asks the kernel for a 20 000-byte pipe with fcntl(F_SETPIPE_SZ) before filling it. How many KiB will the pipe really hold?</source>
        <comment>pipes.asked-for-size/question</comment>
        <translation>Desta vez o pplab pede ao kernel um pipe de 20 000 bytes com fcntl(F_SETPIPE_SZ) antes de enchê-lo. Quantos KiB o pipe vai realmente comportar?</translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>pipes.asked-for-size/unit</comment>
        <translation>KiB</translation>
    </message>
    <message>
        <source>The kernel builds a pipe from whole pages of 4 KiB.</source>
        <comment>pipes.asked-for-size/hint</comment>
        <translation>O kernel monta um pipe com páginas inteiras de 4 KiB.</translation>
    </message>
    <message>
        <source>It also keeps the number of pages a power of two.</source>
        <comment>pipes.asked-for-size/hint</comment>
        <translation>Ele também mantém o número de páginas numa potência de dois.</translation>
    </message>
    <message>
        <source>32 KiB. The kernel rounds the size up to whole pages (20 000 bytes need 5 pages of 4 096 bytes) and then up to a power of two pages: 8 pages, 32 768 bytes. fcntl returns the size it really set, and a careful program checks it. Asking for less than one page gives one page; asking for more than /proc/sys/fs/pipe-max-size fails with EPERM for unprivileged users.</source>
        <comment>pipes.asked-for-size/explanation</comment>
        <translation>32 KiB. O kernel arredonda o tamanho para cima em páginas inteiras (20 000 bytes precisam de 5 páginas de 4 096 bytes) e depois para cima até uma potência de dois de páginas: 8 páginas, 32 768 bytes. fcntl devolve o tamanho que de fato definiu, e um programa cuidadoso confere. Pedir menos de uma página dá uma página; pedir mais que /proc/sys/fs/pipe-max-size falha com EPERM para usuários sem privilégio.</translation>
    </message>
    <message>
        <source>A slow reader</source>
        <comment>pipes.back-pressure/title</comment>
        <translation>Um leitor lento</translation>
    </message>
    <message>
        <source>A writer sends 500 messages of 4 KiB as fast as it can; the reader sleeps 1 ms after each message it takes out. In total, how many milliseconds will the writer spend blocked in write()?</source>
        <comment>pipes.back-pressure/question</comment>
        <translation>Um escritor envia 500 mensagens de 4 KiB o mais rápido que pode; o leitor dorme 1 ms depois de cada mensagem que retira. No total, quantos milissegundos o escritor vai passar bloqueado em write()?</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>pipes.back-pressure/unit</comment>
        <translation>ms</translation>
    </message>
    <message>
        <source>The reader&apos;s sleeps added up (ms)</source>
        <comment>pipes.back-pressure/reference</comment>
        <translation>Os sonos do leitor somados (ms)</translation>
    </message>
    <message>
        <source>How many 4 KiB messages fit in the pipe before the writer has to wait?</source>
        <comment>pipes.back-pressure/hint</comment>
        <translation>Quantas mensagens de 4 KiB cabem no pipe antes que o escritor tenha de esperar?</translation>
    </message>
    <message>
        <source>Once the pipe is full, the writer can only go as fast as the reader.</source>
        <comment>pipes.back-pressure/hint</comment>
        <translation>Com o pipe cheio, o escritor só consegue ir tão rápido quanto o leitor.</translation>
    </message>
    <message>
        <source>About half a second: almost the whole time the reader needs. The writer fills the pipe (64 KiB, 16 messages) in microseconds; from then on each write() has to wait until the reader has taken a message out, and the reader takes one per millisecond. So the writer waits about (500 − 16) × 1 ms, plus a little more because a 1 ms sleep always lasts a bit longer than asked. This is back-pressure: a full pipe slows the producer down to the consumer&apos;s pace, with no extra code. The &quot;Bytes in flight&quot; chart shows the pipe staying full.</source>
        <comment>pipes.back-pressure/explanation</comment>
        <translation>Cerca de meio segundo: quase todo o tempo de que o leitor precisa. O escritor enche o pipe (64 KiB, 16 mensagens) em microssegundos; daí em diante cada write() tem de esperar até o leitor retirar uma mensagem, e o leitor retira uma por milissegundo. Então o escritor espera cerca de (500 − 16) × 1 ms, mais um pouco, porque um sono de 1 ms sempre dura um pouco mais que o pedido. Isto é contrapressão: um pipe cheio freia o produtor até o ritmo do consumidor, sem código extra. O gráfico &quot;Bytes em trânsito&quot; mostra o pipe permanecendo cheio.</translation>
    </message>
    <message>
        <source>Waiting in open()</source>
        <comment>named_pipes.open-blocks/title</comment>
        <translation>Esperando em open()</translation>
    </message>
    <message>
        <source>A writer process opens a FIFO for writing. The reader process is started only 500 ms later. How many milliseconds will the writer&apos;s open() call take?</source>
        <comment>named_pipes.open-blocks/question</comment>
        <translation>Um processo escritor abre um FIFO para escrita. O processo leitor só é iniciado 500 ms depois. Quantos milissegundos vai levar a chamada open() do escritor?</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>named_pipes.open-blocks/unit</comment>
        <translation>ms</translation>
    </message>
    <message>
        <source>The delay before the reader starts (ms)</source>
        <comment>named_pipes.open-blocks/reference</comment>
        <translation>O atraso antes de o leitor começar (ms)</translation>
    </message>
    <message>
        <source>Opening a FIFO for writing is not like opening a file: there must be someone at the other end.</source>
        <comment>named_pipes.open-blocks/hint</comment>
        <translation>Abrir um FIFO para escrita não é como abrir um arquivo: precisa haver alguém na outra ponta.</translation>
    </message>
    <message>
        <source>open() returns once both ends of the FIFO are open.</source>
        <comment>named_pipes.open-blocks/hint</comment>
        <translation>open() retorna quando as duas pontas do FIFO estão abertas.</translation>
    </message>
    <message>
        <source>About 500 ms, a little more. open() on a FIFO blocks until the other end is opened too (a writer waits for a reader and a reader for a writer), so the writer sits in open() until the reader arrives, plus the time the reader process needs to start. Had the writer used O_NONBLOCK, open() would have failed at once with ENXIO instead. The timeline shows the writer&apos;s long wait before the first message.</source>
        <comment>named_pipes.open-blocks/explanation</comment>
        <translation>Cerca de 500 ms, um pouco mais. open() num FIFO bloqueia até a outra ponta ser aberta também (um escritor espera por um leitor e um leitor por um escritor), então o escritor fica em open() até o leitor chegar, mais o tempo de que o processo leitor precisa para iniciar. Se o escritor tivesse usado O_NONBLOCK, open() teria falhado na hora com ENXIO. A linha do tempo mostra a longa espera do escritor antes da primeira mensagem.</translation>
    </message>
    <message>
        <source>Records of PIPE_BUF bytes</source>
        <comment>named_pipes.at-pipe-buf/title</comment>
        <translation>Registros de PIPE_BUF bytes</translation>
    </message>
    <message>
        <source>Four writer processes share one FIFO; each writes 400 records of 4 096 bytes, each record with a single write(). The reader checks that every record arrives in one piece. How many torn records (pieces of two writers mixed up) will it find?</source>
        <comment>named_pipes.at-pipe-buf/question</comment>
        <translation>Quatro processos escritores compartilham um FIFO; cada um escreve 400 registros de 4 096 bytes, cada registro com um único write(). O leitor confere se cada registro chega inteiro. Quantos registros rasgados (pedaços de dois escritores misturados) ele vai encontrar?</translation>
    </message>
    <message>
        <source>records</source>
        <comment>named_pipes.at-pipe-buf/unit</comment>
        <translation>registros</translation>
    </message>
    <message>
        <source>What is PIPE_BUF on Linux, in bytes?</source>
        <comment>named_pipes.at-pipe-buf/hint</comment>
        <translation>Quanto vale PIPE_BUF no Linux, em bytes?</translation>
    </message>
    <message>
        <source>POSIX promises something for writes of at most PIPE_BUF bytes to a pipe or FIFO.</source>
        <comment>named_pipes.at-pipe-buf/hint</comment>
        <translation>O POSIX promete algo para escritas de no máximo PIPE_BUF bytes num pipe ou FIFO.</translation>
    </message>
    <message>
        <source>None, on every run. POSIX guarantees that a write() of at most PIPE_BUF bytes to a pipe or FIFO is atomic: its bytes are never interleaved with another writer&apos;s. On Linux PIPE_BUF is 4 096 bytes, exactly the record size here. That is what makes a FIFO usable as a log or request queue shared by several writers, as long as each message fits in PIPE_BUF.</source>
        <comment>named_pipes.at-pipe-buf/explanation</comment>
        <translation>Nenhum, em todas as execuções. O POSIX garante que um write() de no máximo PIPE_BUF bytes num pipe ou FIFO é atômico: seus bytes nunca se intercalam com os de outro escritor. No Linux PIPE_BUF é 4 096 bytes, exatamente o tamanho do registro aqui. É isso que torna um FIFO utilizável como log ou fila de pedidos compartilhada por vários escritores, desde que cada mensagem caiba em PIPE_BUF.</translation>
    </message>
    <message>
        <source>Records of 64 KiB</source>
        <comment>named_pipes.above-pipe-buf/title</comment>
        <translation>Registros de 64 KiB</translation>
    </message>
    <message>
        <source>The same four writers now write records of 64 KiB (sixteen times PIPE_BUF), still one write() per record. Will the reader find torn records?</source>
        <comment>named_pipes.above-pipe-buf/question</comment>
        <translation>Os mesmos quatro escritores agora escrevem registros de 64 KiB (dezesseis vezes PIPE_BUF), ainda um write() por registro. O leitor vai encontrar registros rasgados?</translation>
    </message>
    <message>
        <source>No: each write() still arrives in one piece</source>
        <comment>named_pipes.above-pipe-buf/choice</comment>
        <translation>Não: cada write() continua chegando inteiro</translation>
    </message>
    <message>
        <source>Yes: some records arrive mixed with another writer&apos;s bytes</source>
        <comment>named_pipes.above-pipe-buf/choice</comment>
        <translation>Sim: alguns registros chegam misturados com bytes de outro escritor</translation>
    </message>
    <message>
        <source>Is the 64 KiB record bigger than what the FIFO can hold at once?</source>
        <comment>named_pipes.above-pipe-buf/hint</comment>
        <translation>O registro de 64 KiB é maior do que o FIFO comporta de uma vez?</translation>
    </message>
    <message>
        <source>A write() larger than the free space copies what fits, sleeps until the reader makes room, and copies the rest.</source>
        <comment>named_pipes.above-pipe-buf/hint</comment>
        <translation>Um write() maior que o espaço livre copia o que cabe, dorme até o leitor abrir espaço e copia o resto.</translation>
    </message>
    <message>
        <source>Yes, usually many. Above PIPE_BUF the kernel promises nothing: a 64 KiB write() is copied in pieces as the reader makes room, and while the writer sleeps between pieces another writer&apos;s bytes get in between. The reader then sees half a record from one writer followed by bytes of another. If several writers must share a pipe, keep every message at most PIPE_BUF bytes, or give each writer its own pipe.</source>
        <comment>named_pipes.above-pipe-buf/explanation</comment>
        <translation>Sim, geralmente muitos. Acima de PIPE_BUF o kernel não promete nada: um write() de 64 KiB é copiado em pedaços à medida que o leitor abre espaço, e enquanto o escritor dorme entre os pedaços, bytes de outro escritor entram no meio. O leitor então vê metade de um registro de um escritor seguida de bytes de outro. Se vários escritores precisam compartilhar um pipe, mantenha cada mensagem com no máximo PIPE_BUF bytes, ou dê a cada escritor o seu próprio pipe.</translation>
    </message>
    <message>
        <source>One thread, no lock</source>
        <comment>race.one-thread/title</comment>
        <translation>Uma thread, sem trava</translation>
    </message>
    <message>
        <source>A single thread adds 1 to a shared counter ten million times, reading the value and then writing value + 1, without any lock. How many updates will be lost?</source>
        <comment>race.one-thread/question</comment>
        <translation>Uma única thread soma 1 a um contador compartilhado dez milhões de vezes, lendo o valor e depois escrevendo valor + 1, sem nenhuma trava. Quantas atualizações serão perdidas?</translation>
    </message>
    <message>
        <source>updates</source>
        <comment>race.one-thread/unit</comment>
        <translation>atualizações</translation>
    </message>
    <message>
        <source>An update is lost when someone else writes between a thread&apos;s read and its write.</source>
        <comment>race.one-thread/hint</comment>
        <translation>Uma atualização se perde quando outra thread escreve entre a leitura e a escrita de uma thread.</translation>
    </message>
    <message>
        <source>Is there anyone else?</source>
        <comment>race.one-thread/hint</comment>
        <translation>Existe outra thread?</translation>
    </message>
    <message>
        <source>None. An update can only be lost if another thread writes the counter between this thread&apos;s read and its write, and here there is no other thread. Even when the scheduler preempts the thread between the two steps, nobody touches the counter in the meantime, so the write is still correct when the thread resumes. A race needs at least two threads that touch the same data, and at least one of them must write.</source>
        <comment>race.one-thread/explanation</comment>
        <translation>Nenhuma. Uma atualização só pode se perder se outra thread escrever no contador entre a leitura e a escrita desta thread, e aqui não há outra thread. Mesmo quando o escalonador interrompe a thread entre os dois passos, ninguém toca no contador nesse meio-tempo, então a escrita continua correta quando a thread volta. Uma condição de corrida precisa de pelo menos duas threads que acessem os mesmos dados, e pelo menos uma delas precisa escrever.</translation>
    </message>
    <message>
        <source>Two threads, one counter</source>
        <comment>race.lost-updates-2-threads/title</comment>
        <translation>Duas threads, um contador</translation>
    </message>
    <message>
        <source>Two threads each add 1 to one shared counter fifty million times, without a lock: read the value, add 1, write it back. Will any updates be lost?</source>
        <comment>race.lost-updates-2-threads/question</comment>
        <translation>Duas threads somam 1 a um mesmo contador compartilhado cinquenta milhões de vezes cada, sem trava: ler o valor, somar 1, escrevê-lo de volta. Alguma atualização será perdida?</translation>
    </message>
    <message>
        <source>No: the counter ends at exactly 100 000 000</source>
        <comment>race.lost-updates-2-threads/choice</comment>
        <translation>Não: o contador termina em exatamente 100 000 000</translation>
    </message>
    <message>
        <source>Yes: the counter ends below 100 000 000</source>
        <comment>race.lost-updates-2-threads/choice</comment>
        <translation>Sim: o contador termina abaixo de 100 000 000</translation>
    </message>
    <message>
        <source>Both threads can read the same value before either of them writes.</source>
        <comment>race.lost-updates-2-threads/hint</comment>
        <translation>As duas threads podem ler o mesmo valor antes de qualquer uma delas escrever.</translation>
    </message>
    <message>
        <source>When both then write value + 1, what has happened to one of the two increments?</source>
        <comment>race.lost-updates-2-threads/hint</comment>
        <translation>Quando as duas escrevem valor + 1, o que aconteceu com um dos dois incrementos?</translation>
    </message>
    <message>
        <source>Usually yes, and a different number every run. Both threads read the counter, both add 1, both write: if their reads fell between each other&apos;s read and write, one increment overwrites the other and is lost. On our two-core machine runs lost between 2 % and 50 % of the updates.

If your run lost nothing, the two threads hardly overlapped: the first may have finished before the second got a core (one core, or a busy machine). That is the danger of races: the same program is right in one run and wrong in the next, so a test that passes once proves nothing. Run it again and watch the lost updates chart.</source>
        <comment>race.lost-updates-2-threads/explanation</comment>
        <translation>Geralmente sim, e um número diferente a cada execução. As duas threads leem o contador, as duas somam 1, as duas escrevem: se as leituras caíram entre a leitura e a escrita uma da outra, um incremento sobrescreve o outro e se perde. Na nossa máquina de dois núcleos as execuções perderam entre 2 % e 50 % das atualizações.

Se a sua execução não perdeu nada, as duas threads quase não se sobrepuseram: a primeira pode ter terminado antes de a segunda conseguir um núcleo (um só núcleo, ou uma máquina ocupada). Esse é o perigo das condições de corrida: o mesmo programa acerta numa execução e erra na seguinte, então um teste que passa uma vez não prova nada. Execute de novo e observe o gráfico de atualizações perdidas.</translation>
    </message>
    <message>
        <source>The race in slow motion</source>
        <comment>race.slow-motion/title</comment>
        <translation>A corrida em câmera lenta</translation>
    </message>
    <message>
        <source>Two threads each make 1 000 increments, but now each one waits a long time (20 000 spins) between reading the counter and writing it back, and gives up the processor there too. What percentage of the updates will be lost?</source>
        <comment>race.slow-motion/question</comment>
        <translation>Duas threads fazem 1 000 incrementos cada, mas agora cada uma espera bastante (20 000 voltas) entre ler o contador e escrevê-lo de volta, e ainda cede o processador ali. Que porcentagem das atualizações será perdida?</translation>
    </message>
    <message>
        <source>%</source>
        <comment>race.slow-motion/unit</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Almost all of each increment&apos;s time is now spent between the read and the write.</source>
        <comment>race.slow-motion/hint</comment>
        <translation>Quase todo o tempo de cada incremento agora é gasto entre a leitura e a escrita.</translation>
    </message>
    <message>
        <source>While one thread sits between its read and its write, the other thread reads the same old value.</source>
        <comment>race.slow-motion/hint</comment>
        <translation>Enquanto uma thread está entre a sua leitura e a sua escrita, a outra lê o mesmo valor antigo.</translation>
    </message>
    <message>
        <source>About half. Each thread now spends nearly all its time between its read and its write, so the two threads&apos; increments almost always overlap: both read the same value, both write value + 1, and one of the two increments disappears. When every pair of increments collides, 2 000 increments leave the counter at about 1 000: 50 % lost.

The yield makes this happen even on a single core: the thread gives the processor away in the middle of its increment, exactly where it hurts. A race needs interleaving, not parallel hardware.</source>
        <comment>race.slow-motion/explanation</comment>
        <translation>Cerca de metade. Cada thread agora passa quase todo o seu tempo entre a leitura e a escrita, então os incrementos das duas threads quase sempre se sobrepõem: as duas leem o mesmo valor, as duas escrevem valor + 1, e um dos dois incrementos desaparece. Quando todo par de incrementos colide, 2 000 incrementos deixam o contador em cerca de 1 000: 50 % perdidos.

O yield faz isso acontecer até num único núcleo: a thread entrega o processador no meio do seu incremento, exatamente onde dói. Uma condição de corrida precisa de intercalação, não de hardware paralelo.</translation>
    </message>
    <message>
        <source>What a mutex costs</source>
        <comment>race.price-of-correctness/title</comment>
        <translation>Quanto custa um mutex</translation>
    </message>
    <message>
        <source>The four strategies run one after the other on a single thread, so no lock is ever contended: unsafe, mutex, atomic and local. How many times as long as an atomic increment (fetch_add) will a mutex-protected increment take? Give a range.</source>
        <comment>race.price-of-correctness/question</comment>
        <translation>As quatro estratégias executam uma após a outra numa única thread, então nenhuma trava é disputada: unsafe, mutex, atomic e local. Quantas vezes o tempo de um incremento atômico (fetch_add) vai levar um incremento protegido por mutex? Dê um intervalo.</translation>
    </message>
    <message>
        <source>×</source>
        <comment>race.price-of-correctness/unit</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>ns per atomic increment</source>
        <comment>race.price-of-correctness/reference</comment>
        <translation>ns por incremento atômico</translation>
    </message>
    <message>
        <source>ns per mutex increment</source>
        <comment>race.price-of-correctness/reference</comment>
        <translation>ns por incremento com mutex</translation>
    </message>
    <message>
        <source>ns per private (local) increment</source>
        <comment>race.price-of-correctness/reference</comment>
        <translation>ns por incremento privado (local)</translation>
    </message>
    <message>
        <source>An atomic increment is one locked instruction (lock xadd on x86).</source>
        <comment>race.price-of-correctness/hint</comment>
        <translation>Um incremento atômico é uma única instrução com lock (lock xadd no x86).</translation>
    </message>
    <message>
        <source>Locking and unlocking a free mutex are at least one atomic operation each, around the read and the write.</source>
        <comment>race.price-of-correctness/hint</comment>
        <translation>Travar e destravar um mutex livre custam pelo menos uma operação atômica cada, em volta da leitura e da escrita.</translation>
    </message>
    <message>
        <source>On the machines we tried, a mutex-protected increment costs two to five times an atomic one, even with nobody else around. fetch_add is one indivisible instruction; an uncontended std::mutex still needs an atomic operation to lock and another to unlock, plus the function calls around them. Under contention it gets much worse: a thread that finds the lock taken sleeps in a futex system call and must be woken up again (try it with threads=2 in the window). Unsafe is cheap and wrong; local (each thread counts privately, combined at the end) is exact and as cheap as unsafe, because nothing is shared while counting.

The ratio is measured on your machine: it depends on the processor and on what else was running.</source>
        <comment>race.price-of-correctness/explanation</comment>
        <translation>Nas máquinas que testamos, um incremento protegido por mutex custa de duas a cinco vezes um atômico, mesmo sem mais ninguém por perto. fetch_add é uma única instrução indivisível; um std::mutex sem disputa ainda precisa de uma operação atômica para travar e outra para destravar, mais as chamadas de função em volta delas. Com disputa fica muito pior: uma thread que encontra a trava ocupada dorme numa chamada de sistema futex e precisa ser acordada de novo (experimente threads=2 na janela). unsafe é barato e errado; local (cada thread conta em particular, somando no fim) é exato e tão barato quanto unsafe, porque nada é compartilhado enquanto se conta.

A razão é medida na sua máquina: depende do processador e do que mais estava executando.</translation>
    </message>
    <message>
        <source>Speedup with two threads</source>
        <comment>scaling.amdahl-two-threads/title</comment>
        <translation>Speedup com duas threads</translation>
    </message>
    <message>
        <source>A job spends 30 % of its single-thread time in code that only one thread can run; the rest splits perfectly. Run on 2 threads, how many times faster will it be than on one thread?</source>
        <comment>scaling.amdahl-two-threads/question</comment>
        <translation>Um trabalho gasta 30 % do seu tempo com uma thread em código que só uma thread pode executar; o resto se divide perfeitamente. Executado com 2 threads, quantas vezes mais rápido ele será do que com uma thread?</translation>
    </message>
    <message>
        <source>×</source>
        <comment>scaling.amdahl-two-threads/unit</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>Amdahl&apos;s law for 2 processors</source>
        <comment>scaling.amdahl-two-threads/reference</comment>
        <translation>Lei de Amdahl para 2 processadores</translation>
    </message>
    <message>
        <source>Amdahl&apos;s law for the CPUs this run could use</source>
        <comment>scaling.amdahl-two-threads/reference</comment>
        <translation>Lei de Amdahl para as CPUs que esta execução podia usar</translation>
    </message>
    <message>
        <source>The serial fraction this machine showed (fitted)</source>
        <comment>scaling.amdahl-two-threads/reference</comment>
        <translation>A fração serial que esta máquina mostrou (ajustada)</translation>
    </message>
    <message>
        <source>Amdahl&apos;s law: speedup = 1 / (s + (1 − s) / p).</source>
        <comment>scaling.amdahl-two-threads/hint</comment>
        <translation>Lei de Amdahl: speedup = 1 / (s + (1 − s) / p).</translation>
    </message>
    <message>
        <source>Only the 70 % that splits gets faster, and at best it takes half the time on 2 threads.</source>
        <comment>scaling.amdahl-two-threads/hint</comment>
        <translation>Só os 70 % que se dividem ficam mais rápidos, e no melhor caso levam metade do tempo com 2 threads.</translation>
    </message>
    <message>
        <source>Amdahl&apos;s law predicts 1 / (0.3 + 0.7 / 2) = 1 / 0.65 ≈ 1.54: the serial 30 % still takes as long as before, and only the parallel 70 % is halved. The measurement is judged, not the law: on a machine with two free cores it comes out near 1.5. If it is clearly lower, the two threads did not really have two cores (one CPU, or other programs busy): look at the &quot;Cores actually used&quot; chart. The fitted serial fraction then comes out larger than 0.3: the fit measures the machine as it was, not the code.</source>
        <comment>scaling.amdahl-two-threads/explanation</comment>
        <translation>A lei de Amdahl prevê 1 / (0,3 + 0,7 / 2) = 1 / 0,65 ≈ 1,54: os 30 % seriais continuam levando o mesmo tempo, e só os 70 % paralelos caem pela metade. O que se julga é a medição, não a lei: numa máquina com dois núcleos livres ela fica perto de 1,5. Se ficar claramente abaixo, as duas threads não tiveram de fato dois núcleos (uma só CPU, ou outros programas ocupados): veja o gráfico &quot;Núcleos realmente usados&quot;. A fração serial ajustada então sai maior que 0,3: o ajuste mede a máquina como ela estava, não o código.</translation>
    </message>
    <message>
        <source>Measuring the serial fraction</source>
        <comment>scaling.fitted-serial-fraction/title</comment>
        <translation>Medindo a fração serial</translation>
    </message>
    <message>
        <source>The job is built with 10 % serial work. pplab measures the speedup on 2 threads and fits Amdahl&apos;s law to it. What serial fraction will the fit report?</source>
        <comment>scaling.fitted-serial-fraction/question</comment>
        <translation>O trabalho é montado com 10 % de trabalho serial. O pplab mede o speedup com 2 threads e ajusta a lei de Amdahl a ele. Que fração serial o ajuste vai informar?</translation>
    </message>
    <message>
        <source>The serial fraction the job was built with</source>
        <comment>scaling.fitted-serial-fraction/reference</comment>
        <translation>A fração serial com que o trabalho foi montado</translation>
    </message>
    <message>
        <source>Karp–Flatt metric at 2 threads</source>
        <comment>scaling.fitted-serial-fraction/reference</comment>
        <translation>Métrica de Karp–Flatt com 2 threads</translation>
    </message>
    <message>
        <source>If the machine gives the job two cores and nothing else gets in the way, what does the law say the speedup should be, and which s reproduces it?</source>
        <comment>scaling.fitted-serial-fraction/hint</comment>
        <translation>Se a máquina der dois núcleos ao trabalho e nada mais atrapalhar, qual speedup a lei prevê, e que s o reproduz?</translation>
    </message>
    <message>
        <source>Anything that keeps the second thread from running adds to the serial fraction the fit sees.</source>
        <comment>scaling.fitted-serial-fraction/hint</comment>
        <translation>Tudo o que impede a segunda thread de executar soma na fração serial que o ajuste enxerga.</translation>
    </message>
    <message>
        <source>About 0.1 when the two threads really run on two cores: the fit turns the measured speedup back into the s of Amdahl&apos;s law, and the only serial part is the 10 % the job was built with (plus a little for starting TBB&apos;s workers). A clearly larger value is the machine speaking: with one core, or with other programs keeping the cores busy, the second thread cannot help much and the fit blames &quot;serial code&quot; for it. The Karp–Flatt metric is the same estimate from one thread count.</source>
        <comment>scaling.fitted-serial-fraction/explanation</comment>
        <translation>Cerca de 0,1 quando as duas threads de fato executam em dois núcleos: o ajuste converte o speedup medido de volta no s da lei de Amdahl, e a única parte serial são os 10 % com que o trabalho foi montado (mais um pouco para iniciar os trabalhadores do TBB). Um valor claramente maior é a máquina falando: com um só núcleo, ou com outros programas ocupando os núcleos, a segunda thread pouco ajuda e o ajuste culpa o &quot;código serial&quot;. A métrica de Karp–Flatt é a mesma estimativa a partir de um único número de threads.</translation>
    </message>
    <message>
        <source>Half of it is serial</source>
        <comment>scaling.ceiling/title</comment>
        <translation>Metade é serial</translation>
    </message>
    <message>
        <source>Half of the job is serial. pplab runs it on 1, 2, 3 and 4 threads. What is the largest speedup it will measure?</source>
        <comment>scaling.ceiling/question</comment>
        <translation>Metade do trabalho é serial. O pplab o executa com 1, 2, 3 e 4 threads. Qual o maior speedup que ele vai medir?</translation>
    </message>
    <message>
        <source>×</source>
        <comment>scaling.ceiling/unit</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>Amdahl&apos;s law for the CPUs this run could use</source>
        <comment>scaling.ceiling/reference</comment>
        <translation>Lei de Amdahl para as CPUs que esta execução podia usar</translation>
    </message>
    <message>
        <source>Amdahl&apos;s ceiling with any number of processors</source>
        <comment>scaling.ceiling/reference</comment>
        <translation>Teto de Amdahl com qualquer número de processadores</translation>
    </message>
    <message>
        <source>The serial half takes as long as ever, however many threads there are.</source>
        <comment>scaling.ceiling/hint</comment>
        <translation>A metade serial leva o mesmo tempo de sempre, não importa quantas threads haja.</translation>
    </message>
    <message>
        <source>How many of the four threads can really run at once on this machine?</source>
        <comment>scaling.ceiling/hint</comment>
        <translation>Quantas das quatro threads podem de fato executar ao mesmo tempo nesta máquina?</translation>
    </message>
    <message>
        <source>Amdahl&apos;s law with s = 0.5 gives 1.33 on 2 processors and 1.6 on 4, and never more than 1 / s = 2, however many processors: the serial half alone already takes half of the single-thread time. On a two-core machine the threads beyond 2 add nothing (they share the same cores), so expect about 1.33; with four free cores about 1.6. Whatever you add, half serial means at most twice as fast.</source>
        <comment>scaling.ceiling/explanation</comment>
        <translation>A lei de Amdahl com s = 0,5 dá 1,33 com 2 processadores e 1,6 com 4, e nunca mais que 1 / s = 2, não importa quantos processadores: só a metade serial já ocupa metade do tempo com uma thread. Numa máquina de dois núcleos as threads além de 2 não acrescentam nada (dividem os mesmos núcleos), então espere cerca de 1,33; com quatro núcleos livres, cerca de 1,6. O que quer que você acrescente, metade serial significa no máximo duas vezes mais rápido.</translation>
    </message>
    <message>
        <source>A bigger job for more threads</source>
        <comment>scaling.gustafson/title</comment>
        <translation>Um trabalho maior para mais threads</translation>
    </message>
    <message>
        <source>Now the job grows with the threads (weak scaling): with 2 threads the parallel part is twice as big, the serial part stays the same, and it makes up 30 % of the time of the run. What scaled speedup will pplab measure at 2 threads?</source>
        <comment>scaling.gustafson/question</comment>
        <translation>Agora o trabalho cresce com as threads (escalabilidade fraca): com 2 threads a parte paralela é duas vezes maior, a parte serial continua a mesma e ocupa 30 % do tempo da execução. Que speedup escalado o pplab vai medir com 2 threads?</translation>
    </message>
    <message>
        <source>×</source>
        <comment>scaling.gustafson/unit</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>Gustafson&apos;s law for 2 processors</source>
        <comment>scaling.gustafson/reference</comment>
        <translation>Lei de Gustafson para 2 processadores</translation>
    </message>
    <message>
        <source>Gustafson&apos;s law for the CPUs this run could use</source>
        <comment>scaling.gustafson/reference</comment>
        <translation>Lei de Gustafson para as CPUs que esta execução podia usar</translation>
    </message>
    <message>
        <source>Gustafson&apos;s law: scaled speedup = s + (1 − s) × p.</source>
        <comment>scaling.gustafson/hint</comment>
        <translation>Lei de Gustafson: speedup escalado = s + (1 − s) × p.</translation>
    </message>
    <message>
        <source>The scaled speedup compares with the time one thread would need for the bigger job.</source>
        <comment>scaling.gustafson/hint</comment>
        <translation>O speedup escalado compara com o tempo de que uma thread precisaria para o trabalho maior.</translation>
    </message>
    <message>
        <source>Gustafson&apos;s law gives 0.3 + 0.7 × 2 = 1.7: one thread would need the serial part plus twice the parallel part, two threads need the serial part plus the parallel part once. That is more than Amdahl&apos;s 1.54 for the same s, because the problem grew: with more processors you do more work in the same time rather than the same work faster. Without two free cores the measurement falls toward 1, as in the strong-scaling exercise.</source>
        <comment>scaling.gustafson/explanation</comment>
        <translation>A lei de Gustafson dá 0,3 + 0,7 × 2 = 1,7: uma thread precisaria da parte serial mais duas vezes a parte paralela, duas threads precisam da parte serial mais uma vez a parte paralela. É mais que os 1,54 de Amdahl para o mesmo s, porque o problema cresceu: com mais processadores você faz mais trabalho no mesmo tempo, em vez do mesmo trabalho mais rápido. Sem dois núcleos livres a medição cai para perto de 1, como no exercício de escalabilidade forte.</translation>
    </message>
    <message>
        <source>The revolving door</source>
        <comment>deadlock.revolving-door/title</comment>
        <translation>A porta giratória</translation>
    </message>
    <message>
        <source>Worker A takes lock L1, waits 50 ms, then takes L2. Worker B takes L2, waits 50 ms, then takes L1. They repeat this for up to 3 seconds. Will they deadlock?</source>
        <comment>deadlock.revolving-door/question</comment>
        <translation>O trabalhador A pega a trava L1, espera 50 ms e então pega L2. O trabalhador B pega L2, espera 50 ms e então pega L1. Eles repetem isso por até 3 segundos. Vão entrar em impasse?</translation>
    </message>
    <message>
        <source>Yes: they get stuck waiting for each other</source>
        <comment>deadlock.revolving-door/choice</comment>
        <translation>Sim: ficam presos esperando um pelo outro</translation>
    </message>
    <message>
        <source>No: they keep making rounds</source>
        <comment>deadlock.revolving-door/choice</comment>
        <translation>Não: continuam completando rodadas</translation>
    </message>
    <message>
        <source>Think about the moment when both workers hold their first lock.</source>
        <comment>deadlock.revolving-door/hint</comment>
        <translation>Pense no momento em que os dois trabalhadores seguram a primeira trava.</translation>
    </message>
    <message>
        <source>A holds L1 and wants L2; B holds L2 and wants L1. Who can go on?</source>
        <comment>deadlock.revolving-door/hint</comment>
        <translation>A segura L1 e quer L2; B segura L2 e quer L1. Quem consegue continuar?</translation>
    </message>
    <message>
        <source>Almost certainly, and in the very first round. Each worker takes its first lock at once, then holds it for 50 ms: long before either asks for its second lock, both own their first. Now A waits for L2, held by B, and B waits for L1, held by A: a cycle of waits, and nobody will ever let go. All four Coffman conditions hold: mutual exclusion, hold and wait, no preemption and circular wait. The watchdog follows &quot;waits for → is held by&quot; around the cycle, reports it and (here) ends the run. The wait-for graph tab draws the cycle in red.</source>
        <comment>deadlock.revolving-door/explanation</comment>
        <translation>Quase certamente, e já na primeira rodada. Cada trabalhador pega a primeira trava na hora e a segura por 50 ms: bem antes que qualquer um peça a segunda trava, os dois já têm a primeira. Agora A espera por L2, que está com B, e B espera por L1, que está com A: um ciclo de esperas, e ninguém vai soltar nada. As quatro condições de Coffman valem: exclusão mútua, posse e espera, não preempção e espera circular. O watchdog segue &quot;espera por → está com&quot; ao redor do ciclo, o relata e (aqui) encerra a execução. A aba do grafo de espera desenha o ciclo em vermelho.</translation>
    </message>
    <message>
        <source>One global lock order</source>
        <comment>deadlock.global-order/title</comment>
        <translation>Uma ordem global de travas</translation>
    </message>
    <message>
        <source>The same two workers, with the same 50 ms pause between their two locks, but now both take L1 first and L2 second. Will they deadlock in 2 seconds?</source>
        <comment>deadlock.global-order/question</comment>
        <translation>Os mesmos dois trabalhadores, com a mesma pausa de 50 ms entre as duas travas, mas agora os dois pegam L1 primeiro e L2 depois. Vão entrar em impasse em 2 segundos?</translation>
    </message>
    <message>
        <source>Yes: they still get stuck</source>
        <comment>deadlock.global-order/choice</comment>
        <translation>Sim: continuam ficando presos</translation>
    </message>
    <message>
        <source>No: they keep making rounds</source>
        <comment>deadlock.global-order/choice</comment>
        <translation>Não: continuam completando rodadas</translation>
    </message>
    <message>
        <source>Can B ever hold L2 while waiting for L1 now?</source>
        <comment>deadlock.global-order/hint</comment>
        <translation>B pode agora segurar L2 enquanto espera por L1?</translation>
    </message>
    <message>
        <source>Draw the waits: a worker waiting for L2 must already hold L1.</source>
        <comment>deadlock.global-order/hint</comment>
        <translation>Desenhe as esperas: um trabalhador que espera por L2 já precisa estar com L1.</translation>
    </message>
    <message>
        <source>No. With one global order every worker takes L1 before L2, so whoever holds L2 already holds L1 and never waits for it: a chain of waits always goes from L1 to L2 and can never close into a circle. The workers still hold one lock while they wait for the other (the timeline shows &quot;holds L1, waits for L2&quot;), and a lock still has one owner at a time: only the circular wait is broken, and one broken Coffman condition is enough. Lock ordering is the usual cure in real programs (Linux&apos;s lockdep checks it).</source>
        <comment>deadlock.global-order/explanation</comment>
        <translation>Não. Com uma ordem global, todo trabalhador pega L1 antes de L2, então quem está com L2 já está com L1 e nunca espera por ela: uma cadeia de esperas sempre vai de L1 para L2 e nunca se fecha num círculo. Os trabalhadores ainda seguram uma trava enquanto esperam pela outra (a linha do tempo mostra &quot;com L1, esperando L2&quot;), e uma trava ainda tem um dono por vez: só a espera circular é quebrada, e uma condição de Coffman quebrada basta. Ordenar as travas é a cura usual em programas reais (o lockdep do Linux verifica isso).</translation>
    </message>
    <message>
        <source>Polite workers</source>
        <comment>deadlock.livelock/title</comment>
        <translation>Trabalhadores educados</translation>
    </message>
    <message>
        <source>Now a worker never waits while holding a lock: when its second lock is taken it gives up the first, backs off for exactly 2 ms and tries again. Deadlock is impossible. Will the watchdog report a livelock (both workers busy retrying, no round completed)?</source>
        <comment>deadlock.livelock/question</comment>
        <translation>Agora um trabalhador nunca espera segurando uma trava: quando a segunda trava está ocupada, ele solta a primeira, recua por exatamente 2 ms e tenta de novo. Impasse é impossível. O watchdog vai relatar um livelock (os dois ocupados tentando de novo, nenhuma rodada completa)?</translation>
    </message>
    <message>
        <source>Yes: they keep stepping aside for each other</source>
        <comment>deadlock.livelock/choice</comment>
        <translation>Sim: ficam abrindo passagem um para o outro</translation>
    </message>
    <message>
        <source>No: one of them gets through each time</source>
        <comment>deadlock.livelock/choice</comment>
        <translation>Não: um deles consegue passar a cada vez</translation>
    </message>
    <message>
        <source>Both workers hold their first lock for 30 ms and back off for the same 2 ms.</source>
        <comment>deadlock.livelock/hint</comment>
        <translation>Os dois trabalhadores seguram a primeira trava por 30 ms e recuam pelos mesmos 2 ms.</translation>
    </message>
    <message>
        <source>If both gave up at the same moment, when will they try again?</source>
        <comment>deadlock.livelock/hint</comment>
        <translation>Se os dois desistiram no mesmo instante, quando vão tentar de novo?</translation>
    </message>
    <message>
        <source>Most runs livelock. Both workers follow the same rhythm (30 ms hold, 2 ms backoff), so the time between them stays the same forever: each grabs its first lock again just before the other tries to take it as its second, both give up, both wait 2 ms, and it repeats. They are busy, retries climb, rounds do not. A run that got through was lucky with its starting offset.

The cure is randomness: with random_backoff each worker waits a random time, the symmetry breaks after a few tries, and one of them finds both locks free. Same code, different timing: that is why livelocks hide from tests.</source>
        <comment>deadlock.livelock/explanation</comment>
        <translation>A maioria das execuções entra em livelock. Os dois trabalhadores seguem o mesmo ritmo (30 ms segurando, 2 ms de recuo), então a defasagem entre eles fica a mesma para sempre: cada um pega de novo a primeira trava pouco antes de o outro tentar pegá-la como segunda, os dois desistem, os dois esperam 2 ms, e tudo se repete. Estão ocupados, as novas tentativas sobem, as rodadas não. Uma execução que conseguiu passar teve sorte com a defasagem inicial.

A cura é o acaso: com random_backoff cada trabalhador espera um tempo aleatório, a simetria se quebra após algumas tentativas, e um deles encontra as duas travas livres. Mesmo código, tempos diferentes: é por isso que livelocks se escondem dos testes.</translation>
    </message>
    <message>
        <source>Five philosophers and a waiter</source>
        <comment>deadlock.waiter/title</comment>
        <translation>Cinco filósofos e um garçom</translation>
    </message>
    <message>
        <source>Five philosophers sit at a round table with five forks; a waiter lets at most four of them reach for forks at the same time. After 3 seconds, divide the fewest meals anyone had by the most meals anyone had. What will this ratio be?</source>
        <comment>deadlock.waiter/question</comment>
        <translation>Cinco filósofos sentam-se a uma mesa redonda com cinco garfos; um garçom deixa no máximo quatro deles estender a mão para os garfos ao mesmo tempo. Depois de 3 segundos, divida o menor número de refeições de alguém pelo maior. Qual será essa razão?</translation>
    </message>
    <message>
        <source>With at most four at the table, can the waits close a circle?</source>
        <comment>deadlock.waiter/hint</comment>
        <translation>Com no máximo quatro à mesa, as esperas podem fechar um círculo?</translation>
    </message>
    <message>
        <source>The waiter admits philosophers in the order they asked.</source>
        <comment>deadlock.waiter/hint</comment>
        <translation>O garçom admite os filósofos na ordem em que pediram.</translation>
    </message>
    <message>
        <source>Close to 1: no deadlock, and nobody starves. With at most four philosophers reaching, at least one of them can always get both forks, so the circle of waits can never close (the waiter breaks circular wait). And since the waiter lets them in first come, first served, every philosopher gets about the same number of meals: on our machine 35 to 39 each in 3 seconds. Compare with the naive table, which deadlocks before the first meal.</source>
        <comment>deadlock.waiter/explanation</comment>
        <translation>Perto de 1: nenhum impasse, e ninguém passa fome. Com no máximo quatro filósofos tentando, pelo menos um sempre consegue os dois garfos, então o círculo de esperas nunca se fecha (o garçom quebra a espera circular). E como o garçom os deixa entrar por ordem de chegada, cada filósofo faz mais ou menos o mesmo número de refeições: na nossa máquina, de 35 a 39 cada em 3 segundos. Compare com a mesa ingênua, que entra em impasse antes da primeira refeição.</translation>
    </message>
    <message>
        <source>The kernel refuses</source>
        <comment>deadlock.kernel-edeadlk/title</comment>
        <translation>O kernel recusa</translation>
    </message>
    <message>
        <source>Two child processes lock two byte ranges of one file with fcntl(F_SETLKW), in opposite order. Linux checks every blocking lock request for a deadlock. How long after the request that closes the cycle will one of them get the error EDEADLK?</source>
        <comment>deadlock.kernel-edeadlk/question</comment>
        <translation>Dois processos filhos travam dois intervalos de bytes de um arquivo com fcntl(F_SETLKW), em ordem oposta. O Linux verifica cada pedido de trava bloqueante em busca de impasse. Quanto tempo depois do pedido que fecha o ciclo um deles vai receber o erro EDEADLK?</translation>
    </message>
    <message>
        <source>Within a millisecond</source>
        <comment>deadlock.kernel-edeadlk/choice</comment>
        <translation>Em menos de um milissegundo</translation>
    </message>
    <message>
        <source>Some milliseconds, like pplab&apos;s watchdog (every 10 ms)</source>
        <comment>deadlock.kernel-edeadlk/choice</comment>
        <translation>Alguns milissegundos, como o watchdog do pplab (a cada 10 ms)</translation>
    </message>
    <message>
        <source>Much later, or never (a run without a deadlock counts as never)</source>
        <comment>deadlock.kernel-edeadlk/choice</comment>
        <translation>Muito depois, ou nunca (uma execução sem impasse conta como nunca)</translation>
    </message>
    <message>
        <source>The kernel does not poll: it decides when the request is made.</source>
        <comment>deadlock.kernel-edeadlk/hint</comment>
        <translation>O kernel não fica consultando periodicamente: ele decide quando o pedido é feito.</translation>
    </message>
    <message>
        <source>Before putting a process to sleep on a lock, the kernel follows who that lock&apos;s owner is waiting for.</source>
        <comment>deadlock.kernel-edeadlk/hint</comment>
        <translation>Antes de pôr um processo para dormir numa trava, o kernel segue por quem o dono dessa trava está esperando.</translation>
    </message>
    <message>
        <source>At once, in a few microseconds. Before it puts a process to sleep on a record lock, Linux follows the chain &quot;this lock&apos;s owner waits for that lock, whose owner waits for ...&quot;; if the chain leads back to the requester, sleeping would close a cycle, so the request fails with EDEADLK instead. There is no period to wait for: the check happens inside the system call. The process that gets the error must give up its lock and retry, or the program must handle it. Threads and std::mutex get no such help: that is why pplab runs a watchdog.</source>
        <comment>deadlock.kernel-edeadlk/explanation</comment>
        <translation>Na hora, em poucos microssegundos. Antes de pôr um processo para dormir numa trava de registro, o Linux segue a cadeia &quot;o dono desta trava espera por aquela trava, cujo dono espera por ...&quot;; se a cadeia voltar a quem pediu, dormir fecharia um ciclo, então o pedido falha com EDEADLK em vez disso. Não há período a esperar: a verificação acontece dentro da chamada de sistema. O processo que recebe o erro precisa soltar sua trava e tentar de novo, ou o programa precisa tratar isso. Threads e std::mutex não têm essa ajuda: é por isso que o pplab roda um watchdog.</translation>
    </message>
    <message>
        <source>Nice 19 against nice 0</source>
        <comment>starvation.nice-19/title</comment>
        <translation>Nice 19 contra nice 0</translation>
    </message>
    <message>
        <source>Two CPU-bound threads are pinned to the same CPU. T1 runs at nice 19, T2 at nice 0, and both compute without pause. What percentage of the CPU&apos;s time will T1 get?</source>
        <comment>starvation.nice-19/question</comment>
        <translation>Duas threads que só fazem cálculo (CPU-bound) estão fixadas na mesma CPU. T1 executa com nice 19, T2 com nice 0, e as duas calculam sem pausa. Que porcentagem do tempo da CPU T1 vai receber?</translation>
    </message>
    <message>
        <source>%</source>
        <comment>starvation.nice-19/unit</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>What the CFS weights predict (%)</source>
        <comment>starvation.nice-19/reference</comment>
        <translation>O que os pesos do CFS preveem (%)</translation>
    </message>
    <message>
        <source>Linux&apos;s scheduler shares a CPU in proportion to weights, one per nice value.</source>
        <comment>starvation.nice-19/hint</comment>
        <translation>O escalonador do Linux reparte uma CPU em proporção a pesos, um para cada valor de nice.</translation>
    </message>
    <message>
        <source>Nice 0 weighs 1024 and nice 19 weighs 15 (kernel/sched/core.c, sched_prio_to_weight).</source>
        <comment>starvation.nice-19/hint</comment>
        <translation>Nice 0 pesa 1024 e nice 19 pesa 15 (kernel/sched/core.c, sched_prio_to_weight).</translation>
    </message>
    <message>
        <source>About 1.4 %: CFS gives each runnable thread a share proportional to its weight, 15 / (1024 + 15) for nice 19 against nice 0. T1 is not stopped completely (it still gets a slice now and then, so it is starved, not dead), but it gets seventy times less than T2. Nice only matters while the CPU is contended: the cures are equal priorities, or a nice-0 thread that sleeps part of the time (busy_pct below 100).</source>
        <comment>starvation.nice-19/explanation</comment>
        <translation>Cerca de 1,4 %: o CFS dá a cada thread executável uma parte proporcional ao seu peso, 15 / (1024 + 15) para nice 19 contra nice 0. T1 não é parada de todo (ainda recebe uma fatia de vez em quando, então está faminta, não morta), mas recebe setenta vezes menos que T2. O nice só importa enquanto a CPU é disputada: as curas são prioridades iguais, ou uma thread de nice 0 que dorme parte do tempo (busy_pct abaixo de 100).</translation>
    </message>
    <message>
        <source>A first-come, first-served lock</source>
        <comment>starvation.ticket-lock/title</comment>
        <translation>Uma trava por ordem de chegada</translation>
    </message>
    <message>
        <source>Four threads take a ticket lock over and over, holding it 5 µs each time: whoever asked first gets the lock next. How fair will the acquisitions be, as Jain&apos;s index J (1 = all threads got the lock equally often, 0.25 = one thread got it every time)?</source>
        <comment>starvation.ticket-lock/question</comment>
        <translation>Quatro threads pegam uma ticket lock repetidamente, segurando-a 5 µs a cada vez: quem pediu primeiro recebe a trava a seguir. Quão justas serão as aquisições, medidas pelo índice de Jain J (1 = todas as threads pegaram a trava igualmente, 0,25 = uma thread pegou todas as vezes)?</translation>
    </message>
    <message>
        <source>Jain&apos;s index: J = (Σx)² / (n·Σx²).</source>
        <comment>starvation.ticket-lock/hint</comment>
        <translation>Índice de Jain: J = (Σx)² / (n·Σx²).</translation>
    </message>
    <message>
        <source>A ticket lock serves waiters strictly in the order they took a ticket.</source>
        <comment>starvation.ticket-lock/hint</comment>
        <translation>Uma ticket lock atende quem espera estritamente na ordem em que pegou a senha.</translation>
    </message>
    <message>
        <source>J comes out at 1.00 (or within a hair of it). A ticket lock hands the lock over in ticket order: each thread waits for the others&apos; turns and then gets its own, so all four get the same number of acquisitions and no thread ever takes it twice in a row (its longest streak is 1). The price is throughput: every hand-off must wake the next thread, which may not be running at that moment. The &quot;Throughput against fairness&quot; chart (lock=compare) shows that trade.</source>
        <comment>starvation.ticket-lock/explanation</comment>
        <translation>J dá 1,00 (ou quase). Uma ticket lock passa a trava na ordem das senhas: cada thread espera a vez das outras e então recebe a sua, então as quatro fazem o mesmo número de aquisições e nenhuma thread a pega duas vezes seguidas (sua sequência mais longa é 1). O preço é a vazão: cada passagem precisa acordar a próxima thread, que pode não estar executando naquele momento. O gráfico &quot;Vazão contra justiça&quot; (lock=compare) mostra essa troca.</translation>
    </message>
    <message>
        <source>Who gets std::mutex next?</source>
        <comment>starvation.barging/title</comment>
        <translation>Quem pega o std::mutex a seguir?</translation>
    </message>
    <message>
        <source>Four threads take a std::mutex over and over, holding it 5 µs each time. What is the longest streak: the most times in a row that one thread gets the lock before another does?</source>
        <comment>starvation.barging/question</comment>
        <translation>Quatro threads pegam um std::mutex repetidamente, segurando-o 5 µs a cada vez. Qual é a sequência mais longa: o maior número de vezes seguidas que uma thread pega a trava antes que outra a pegue?</translation>
    </message>
    <message>
        <source>1: the threads take turns</source>
        <comment>starvation.barging/choice</comment>
        <translation>1: as threads se revezam</translation>
    </message>
    <message>
        <source>A few times in a row</source>
        <comment>starvation.barging/choice</comment>
        <translation>Algumas vezes seguidas</translation>
    </message>
    <message>
        <source>Long runs: tens, hundreds or more</source>
        <comment>starvation.barging/choice</comment>
        <translation>Longas sequências: dezenas, centenas ou mais</translation>
    </message>
    <message>
        <source>When a thread unlocks and immediately asks again, is it running or asleep?</source>
        <comment>starvation.barging/hint</comment>
        <translation>Quando uma thread destrava e logo pede de novo, ela está executando ou dormindo?</translation>
    </message>
    <message>
        <source>A thread woken by the unlock needs some microseconds before it can run and try.</source>
        <comment>starvation.barging/hint</comment>
        <translation>Uma thread acordada pelo destravamento precisa de alguns microssegundos antes de poder executar e tentar.</translation>
    </message>
    <message>
        <source>Long runs, often thousands in a row. glibc&apos;s mutex does not queue: the thread that unlocks is still running, asks again at once and takes the lock back (&quot;barging&quot;) before the woken waiter has even been scheduled. That is fast (no hand-off) and, over a whole second, often fair enough on average, but for stretches of milliseconds the other threads get nothing. A FIFO lock (ticket, queuing) has streaks of 1; Go&apos;s mutex switches to hand-off once a waiter has waited more than 1 ms.</source>
        <comment>starvation.barging/explanation</comment>
        <translation>Longas sequências, muitas vezes milhares seguidas. O mutex da glibc não tem fila: a thread que destrava ainda está executando, pede de novo na hora e retoma a trava (&quot;barging&quot;) antes que a que foi acordada sequer tenha sido escalonada. Isso é rápido (sem passagem de vez) e, ao longo de um segundo inteiro, muitas vezes justo o bastante na média, mas por trechos de milissegundos as outras threads não recebem nada. Uma trava FIFO (ticket, queuing) tem sequências de 1; o mutex do Go passa a entregar a vez quando alguém espera há mais de 1 ms.</translation>
    </message>
    <message>
        <source>Readers and one writer</source>
        <comment>starvation.reader-preference/title</comment>
        <translation>Leitores e um escritor</translation>
    </message>
    <message>
        <source>Three readers keep glibc&apos;s default reader-writer lock busy, each reading for 500 µs at a time, so their reads overlap. One writer wants to write every 10 ms. What share of the writes it wants will the writer get done?</source>
        <comment>starvation.reader-preference/question</comment>
        <translation>Três leitores mantêm ocupada a trava de leitura e escrita padrão da glibc, cada um lendo por 500 µs de cada vez, de modo que as leituras se sobrepõem. Um escritor quer escrever a cada 10 ms. Que parte das escritas que quer o escritor vai conseguir fazer?</translation>
    </message>
    <message>
        <source>Almost none</source>
        <comment>starvation.reader-preference/choice</comment>
        <translation>Quase nenhuma</translation>
    </message>
    <message>
        <source>Some of them</source>
        <comment>starvation.reader-preference/choice</comment>
        <translation>Algumas</translation>
    </message>
    <message>
        <source>Nearly all of them</source>
        <comment>starvation.reader-preference/choice</comment>
        <translation>Quase todas</translation>
    </message>
    <message>
        <source>A reader may enter while other readers hold the lock. May it enter while the writer is waiting?</source>
        <comment>starvation.reader-preference/hint</comment>
        <translation>Um leitor pode entrar enquanto outros leitores seguram a trava. Pode entrar enquanto o escritor espera?</translation>
    </message>
    <message>
        <source>glibc&apos;s pthread_rwlock_t prefers readers unless it is told otherwise.</source>
        <comment>starvation.reader-preference/hint</comment>
        <translation>O pthread_rwlock_t da glibc prefere leitores, a não ser que se diga o contrário.</translation>
    </message>
    <message>
        <source>Almost none: the writer starves. With glibc&apos;s default (PTHREAD_RWLOCK_PREFER_READER_NP, also behind std::shared_mutex) a new reader may join as long as any reader holds the lock, even while the writer waits. With three overlapping readers the count of readers almost never drops to zero, so the writer waits for the whole run. Writer preference (lock=writer_pref) stops new readers while a writer waits and lets it in; a FIFO reader-writer lock (tbb_queuing) serves everyone in order.</source>
        <comment>starvation.reader-preference/explanation</comment>
        <translation>Quase nenhuma: o escritor passa fome. Com o padrão da glibc (PTHREAD_RWLOCK_PREFER_READER_NP, também por trás do std::shared_mutex) um novo leitor pode entrar enquanto algum leitor segurar a trava, mesmo com o escritor esperando. Com três leitores sobrepostos, o número de leitores quase nunca chega a zero, então o escritor espera a execução inteira. A preferência por escritores (lock=writer_pref) barra novos leitores enquanto um escritor espera e o deixa entrar; uma trava de leitura e escrita FIFO (tbb_queuing) atende todos em ordem.</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Deadlock: four conditions and how to break them</source>
        <comment>lesson:deadlock/title</comment>
        <translation>Impasse: quatro condições e como quebrá-las</translation>
    </message>
    <message>
        <source>Two workers, two locks, opposite order; then one cure per Coffman condition, livelock, philosophers, and the kernel&apos;s own deadlock check.</source>
        <comment>lesson:deadlock/summary</comment>
        <translation>Dois trabalhadores, duas travas, ordem oposta; depois uma cura para cada condição de Coffman, livelock, filósofos e a própria verificação de impasse do kernel.</translation>
    </message>
    <message>
        <source>The revolving door</source>
        <comment>lesson:deadlock/title</comment>
        <translation>A porta giratória</translation>
    </message>
    <message>
        <source>A takes L1 then L2, B takes L2 then L1. Open the wait-for graph tab while it runs.</source>
        <comment>lesson:deadlock/talk</comment>
        <translation>A pega L1 e depois L2, B pega L2 e depois L1. Abra a aba do grafo de espera enquanto executa.</translation>
    </message>
    <message>
        <source>Name the four Coffman conditions on the graph.</source>
        <comment>lesson:deadlock/question</comment>
        <translation>Aponte as quatro condições de Coffman no grafo.</translation>
    </message>
    <message>
        <source>Mutual exclusion, hold and wait, no preemption, circular wait: all four hold.</source>
        <comment>lesson:deadlock/answer</comment>
        <translation>Exclusão mútua, posse e espera, não preempção, espera circular: as quatro valem.</translation>
    </message>
    <message>
        <source>A global lock order</source>
        <comment>lesson:deadlock/title</comment>
        <translation>Uma ordem global de travas</translation>
    </message>
    <message>
        <source>Both take L1 first. They still hold and wait.</source>
        <comment>lesson:deadlock/talk</comment>
        <translation>Os dois pegam L1 primeiro. Continuam segurando uma e esperando a outra.</translation>
    </message>
    <message>
        <source>Which condition is broken?</source>
        <comment>lesson:deadlock/question</comment>
        <translation>Qual condição foi quebrada?</translation>
    </message>
    <message>
        <source>Circular wait.</source>
        <comment>lesson:deadlock/answer</comment>
        <translation>A espera circular.</translation>
    </message>
    <message>
        <source>Polite workers can livelock</source>
        <comment>lesson:deadlock/title</comment>
        <translation>Trabalhadores educados podem entrar em livelock</translation>
    </message>
    <message>
        <source>Give up the first lock when the second is taken, wait 2 ms, try again. No deadlock is possible, yet rounds stop. Then run it again with random backoff.</source>
        <comment>lesson:deadlock/talk</comment>
        <translation>Solte a primeira trava quando a segunda estiver ocupada, espere 2 ms, tente de novo. Nenhum impasse é possível, e ainda assim as rodadas param. Depois execute de novo com recuo aleatório.</translation>
    </message>
    <message>
        <source>Why does randomness cure it?</source>
        <comment>lesson:deadlock/question</comment>
        <translation>Por que o acaso cura isso?</translation>
    </message>
    <message>
        <source>With equal fixed backoffs the two workers keep the same offset forever; a random backoff changes the offset each time until one finds both locks free.</source>
        <comment>lesson:deadlock/answer</comment>
        <translation>Com recuos fixos iguais, os dois trabalhadores mantêm a mesma defasagem para sempre; um recuo aleatório muda a defasagem a cada vez, até que um encontre as duas travas livres.</translation>
    </message>
    <message>
        <source>Dining philosophers with a waiter</source>
        <comment>lesson:deadlock/title</comment>
        <translation>Filósofos com um garçom</translation>
    </message>
    <message>
        <source>The naive table deadlocks before the first meal; a waiter who admits at most four philosophers ends that.</source>
        <comment>lesson:deadlock/talk</comment>
        <translation>A mesa ingênua entra em impasse antes da primeira refeição; um garçom que admite no máximo quatro filósofos acaba com isso.</translation>
    </message>
    <message>
        <source>Is everyone fed equally?</source>
        <comment>lesson:deadlock/question</comment>
        <translation>Todos comem igualmente?</translation>
    </message>
    <message>
        <source>Yes, roughly: the waiter admits them in order, so meals per philosopher come out almost equal.</source>
        <comment>lesson:deadlock/answer</comment>
        <translation>Sim, aproximadamente: o garçom os admite em ordem, então as refeições por filósofo saem quase iguais.</translation>
    </message>
    <message>
        <source>The kernel says EDEADLK</source>
        <comment>lesson:deadlock/title</comment>
        <translation>O kernel diz EDEADLK</translation>
    </message>
    <message>
        <source>Two processes lock byte ranges of a file with fcntl in opposite order. Linux checks every blocking request for a cycle.</source>
        <comment>lesson:deadlock/talk</comment>
        <translation>Dois processos travam intervalos de bytes de um arquivo com fcntl em ordem oposta. O Linux verifica cada pedido bloqueante em busca de um ciclo.</translation>
    </message>
    <message>
        <source>Why can the kernel detect this at once, when pplab needs a watchdog for threads?</source>
        <comment>lesson:deadlock/question</comment>
        <translation>Por que o kernel detecta isso na hora, enquanto o pplab precisa de um watchdog para threads?</translation>
    </message>
    <message>
        <source>The kernel owns the record locks and checks the chain of owners and waiters inside the system call; std::mutex keeps no such record, so someone has to watch from outside.</source>
        <comment>lesson:deadlock/answer</comment>
        <translation>O kernel é dono das travas de registro e verifica a cadeia de donos e de quem espera dentro da chamada de sistema; o std::mutex não guarda esse registro, então alguém tem de observar de fora.</translation>
    </message>
    <message>
        <source>Hazards in 45 minutes: races, deadlock, starvation</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Riscos em 45 minutos: condições de corrida, impasse, inanição</translation>
    </message>
    <message>
        <source>Three ways threads that share things go wrong, each shown on real threads: lost updates, a deadlock and its cures, and a thread that never gets its turn.</source>
        <comment>lesson:hazards-45/summary</comment>
        <translation>Três maneiras de dar errado quando threads compartilham coisas, cada uma mostrada em threads reais: atualizações perdidas, um impasse e suas curas, e uma thread que nunca tem a sua vez.</translation>
    </message>
    <message>
        <source>Shared state, three hazards</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Estado compartilhado, três riscos</translation>
    </message>
    <message>
        <source>Threads share memory, locks and processors. Today: what goes wrong when they do. A race loses work, a deadlock stops everything, starvation stops one thread while the others go on. Each time we predict first, then run the real thing on this machine.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Threads compartilham memória, travas e processadores. Hoje: o que dá errado quando fazem isso. Uma condição de corrida perde trabalho, um impasse para tudo, a inanição para uma thread enquanto as outras seguem. A cada vez, primeiro prevemos, depois executamos a coisa de verdade nesta máquina.</translation>
    </message>
    <message>
        <source>Two threads, one counter</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Duas threads, um contador</translation>
    </message>
    <message>
        <source>Two threads each add 1 to a shared counter fifty million times: read the value, add one, write it back. No lock. Expected result: 100 million. Ask the room for a number before you run it.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Duas threads somam 1 a um contador compartilhado cinquenta milhões de vezes cada: ler o valor, somar um, escrever de volta. Sem trava. Resultado esperado: 100 milhões. Peça à turma um número antes de executar.</translation>
    </message>
    <message>
        <source>Why is the result below 100 million, and why is it different every time we run it?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Por que o resultado fica abaixo de 100 milhões, e por que é diferente a cada execução?</translation>
    </message>
    <message>
        <source>Both threads can read the same value before either writes; both write value + 1 and one increment is lost. How often that happens depends on how the scheduler and the caches interleaved the two threads, which changes from run to run.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>As duas threads podem ler o mesmo valor antes de qualquer uma escrever; as duas escrevem valor + 1 e um incremento se perde. Com que frequência isso acontece depende de como o escalonador e as caches intercalaram as duas threads, o que muda de uma execução para outra.</translation>
    </message>
    <message>
        <source>The race in slow motion</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>A corrida em câmera lenta</translation>
    </message>
    <message>
        <source>Now each increment waits between its read and its write, and gives the processor away there. This loses updates even on a single core: a race needs interleaving, not parallel hardware. Look at the timeline and the lost updates counter.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Agora cada incremento espera entre a leitura e a escrita, e cede o processador ali. Isso perde atualizações até num único núcleo: uma condição de corrida precisa de intercalação, não de hardware paralelo. Observe a linha do tempo e o contador de atualizações perdidas.</translation>
    </message>
    <message>
        <source>Why is almost exactly half of the work lost?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Por que se perde quase exatamente metade do trabalho?</translation>
    </message>
    <message>
        <source>Every increment of one thread now overlaps an increment of the other: both read the same value, both write value + 1, so every pair of increments counts once.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>Cada incremento de uma thread agora se sobrepõe a um incremento da outra: as duas leem o mesmo valor, as duas escrevem valor + 1, então cada par de incrementos conta uma vez só.</translation>
    </message>
    <message>
        <source>Three fixes and their price</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Três correções e o seu preço</translation>
    </message>
    <message>
        <source>The same counter with a mutex, with an atomic fetch_add, and with private per-thread counts added up at the end. All three are exact; they are not equally cheap.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>O mesmo contador com um mutex, com um fetch_add atômico e com contagens privadas por thread somadas no fim. As três são exatas; não são igualmente baratas.</translation>
    </message>
    <message>
        <source>Rank the four strategies by cost. Why can &quot;local&quot; be as cheap as &quot;unsafe&quot; and still be exact?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Ordene as quatro estratégias pelo custo. Por que &quot;local&quot; pode ser tão barata quanto &quot;unsafe&quot; e ainda assim exata?</translation>
    </message>
    <message>
        <source>Usually local ≤ unsafe &lt; atomic &lt; mutex. Local shares nothing while counting, so no cache line bounces between cores and no lock is taken; the per-thread counts are combined once at the end.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>Em geral local ≤ unsafe &lt; atomic &lt; mutex. local não compartilha nada enquanto conta, então nenhuma linha de cache pula entre núcleos e nenhuma trava é tomada; as contagens por thread são combinadas uma vez, no fim.</translation>
    </message>
    <message>
        <source>The revolving door</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>A porta giratória</translation>
    </message>
    <message>
        <source>Worker A takes L1 then L2; worker B takes L2 then L1, with a pause in between. These are real std::mutex-style locks; pplab&apos;s watchdog reads who holds and who waits for what.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>O trabalhador A pega L1 e depois L2; o trabalhador B pega L2 e depois L1, com uma pausa no meio. São travas reais, no estilo do std::mutex; o watchdog do pplab lê quem segura e quem espera o quê.</translation>
    </message>
    <message>
        <source>Which four conditions have to hold together for a deadlock? Point at each on the wait-for graph.</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Que quatro condições precisam valer juntas para um impasse? Aponte cada uma no grafo de espera.</translation>
    </message>
    <message>
        <source>Mutual exclusion (a lock has one owner), hold and wait (A keeps L1 while waiting for L2), no preemption (nobody takes L1 away from A), circular wait (A waits for B, B waits for A).</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>Exclusão mútua (uma trava tem um dono), posse e espera (A segura L1 enquanto espera L2), não preempção (ninguém tira L1 de A), espera circular (A espera por B, B espera por A).</translation>
    </message>
    <message>
        <source>Break one condition</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Quebre uma condição</translation>
    </message>
    <message>
        <source>Same workers, same pause, but both take L1 before L2: one global lock order. The workers still hold one lock and wait for the other.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Os mesmos trabalhadores, a mesma pausa, mas os dois pegam L1 antes de L2: uma ordem global de travas. Os trabalhadores ainda seguram uma trava e esperam a outra.</translation>
    </message>
    <message>
        <source>Which Coffman condition is gone, and why is one enough?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Que condição de Coffman sumiu, e por que uma basta?</translation>
    </message>
    <message>
        <source>Circular wait: every chain of waits goes from L1 to L2 and can never come back. With one condition missing, no deadlock can form.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>A espera circular: toda cadeia de esperas vai de L1 para L2 e nunca pode voltar. Com uma condição a menos, nenhum impasse pode se formar.</translation>
    </message>
    <message>
        <source>Dining philosophers</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>O jantar dos filósofos</translation>
    </message>
    <message>
        <source>Five philosophers, five forks, everyone takes the left fork first. Then we try the waiter, who lets at most four of them reach for forks.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Cinco filósofos, cinco garfos, todos pegam primeiro o garfo da esquerda. Depois experimentamos o garçom, que deixa no máximo quatro deles estender a mão para os garfos.</translation>
    </message>
    <message>
        <source>Why does the waiter make a deadlock impossible, and what does it cost?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Por que o garçom torna o impasse impossível, e quanto isso custa?</translation>
    </message>
    <message>
        <source>With at most four reaching, at least one can always get both forks, so the circle cannot close. It costs a little concurrency: one philosopher who could eat may have to wait for the waiter.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>Com no máximo quatro tentando, pelo menos um sempre consegue os dois garfos, então o círculo não se fecha. Custa um pouco de concorrência: um filósofo que poderia comer talvez tenha de esperar pelo garçom.</translation>
    </message>
    <message>
        <source>Barging: a lock that is not fair</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Barging: uma trava que não é justa</translation>
    </message>
    <message>
        <source>Four threads take std::mutex as fast as they can. The thread that unlocks is still running and asks again at once; the woken waiter has not even been scheduled yet.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Quatro threads pegam um std::mutex o mais rápido que podem. A thread que destrava ainda está executando e pede de novo na hora; a que foi acordada ainda nem foi escalonada.</translation>
    </message>
    <message>
        <source>Look at the longest streak. Is this lock fair over one second? Over one millisecond?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Veja a sequência mais longa. Esta trava é justa ao longo de um segundo? E de um milissegundo?</translation>
    </message>
    <message>
        <source>Over a second the counts may look even, but the longest streak is in the hundreds or thousands: for milliseconds at a time one thread gets the lock and the others none.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>Ao longo de um segundo as contagens podem parecer iguais, mas a sequência mais longa está nas centenas ou milhares: durante milissegundos seguidos uma thread fica com a trava e as outras com nada.</translation>
    </message>
    <message>
        <source>First come, first served</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Por ordem de chegada</translation>
    </message>
    <message>
        <source>Every lock in turn: std::mutex, a spinlock, a ticket lock, TBB&apos;s queuing mutex and Go&apos;s starvation mode. Watch the chart of throughput against fairness.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Todas as travas em sequência: std::mutex, um spinlock, uma ticket lock, o queuing mutex do TBB e o modo de inanição do Go. Observe o gráfico de vazão contra justiça.</translation>
    </message>
    <message>
        <source>Why are the fairest locks not the fastest?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Por que as travas mais justas não são as mais rápidas?</translation>
    </message>
    <message>
        <source>A FIFO lock must hand the lock to the next waiter, which has to be woken and scheduled; an unfair lock lets the thread that is already running go again, which is faster but unfair.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>Uma trava FIFO precisa entregar a trava à próxima thread da fila, que tem de ser acordada e escalonada; uma trava injusta deixa continuar a thread que já está executando, o que é mais rápido, mas injusto.</translation>
    </message>
    <message>
        <source>Readers starve a writer</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>Leitores matam um escritor de fome</translation>
    </message>
    <message>
        <source>Readers overlap on glibc&apos;s default reader-writer lock; one writer wants in every 10 ms.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Leitores se sobrepõem na trava de leitura e escrita padrão da glibc; um escritor quer entrar a cada 10 ms.</translation>
    </message>
    <message>
        <source>How would you let the writer in without making readers wait for each other?</source>
        <comment>lesson:hazards-45/question</comment>
        <translation>Como você deixaria o escritor entrar sem fazer os leitores esperarem uns pelos outros?</translation>
    </message>
    <message>
        <source>Writer preference (new readers wait while a writer waits) or a FIFO reader-writer lock: readers still share the lock with each other, but not past a waiting writer.</source>
        <comment>lesson:hazards-45/answer</comment>
        <translation>Preferência por escritores (novos leitores esperam enquanto um escritor espera) ou uma trava de leitura e escrita FIFO: os leitores continuam compartilhando a trava entre si, mas não passam à frente de um escritor que espera.</translation>
    </message>
    <message>
        <source>What to remember</source>
        <comment>lesson:hazards-45/title</comment>
        <translation>O que guardar</translation>
    </message>
    <message>
        <source>A race loses work silently and differently every run: protect shared data, or do not share it. A deadlock needs four conditions: break one (a lock order is the usual cure). Starvation hides inside programs that look busy: look at each thread, not only at the total.</source>
        <comment>lesson:hazards-45/talk</comment>
        <translation>Uma condição de corrida perde trabalho em silêncio e de um jeito diferente a cada execução: proteja os dados compartilhados, ou não os compartilhe. Um impasse precisa de quatro condições: quebre uma (uma ordem de travas é a cura usual). A inanição se esconde em programas que parecem ocupados: olhe cada thread, não só o total.</translation>
    </message>
    <message>
        <source>Threads and cores: how the scheduler shares the machine</source>
        <comment>lesson:hello/title</comment>
        <translation>Threads e núcleos: como o escalonador reparte a máquina</translation>
    </message>
    <message>
        <source>Real threads that count as fast as they can: one per core, more than cores, and threads that mostly sleep.</source>
        <comment>lesson:hello/summary</comment>
        <translation>Threads reais que contam o mais rápido que podem: uma por núcleo, mais que os núcleos, e threads que dormem quase o tempo todo.</translation>
    </message>
    <message>
        <source>One thread per core</source>
        <comment>lesson:hello/title</comment>
        <translation>Uma thread por núcleo</translation>
    </message>
    <message>
        <source>Two threads count in their own variables; nobody waits for anybody. Note the counting rate of each thread: that is what one core does for one thread. (Use as many threads as the machine has cores: nproc.)</source>
        <comment>lesson:hello/talk</comment>
        <translation>Duas threads contam, cada uma na sua variável; ninguém espera por ninguém. Anote a taxa de contagem de cada thread: é o que um núcleo faz por uma thread. (Use tantas threads quantos núcleos a máquina tiver: nproc.)</translation>
    </message>
    <message>
        <source>What limits how fast each thread counts?</source>
        <comment>lesson:hello/question</comment>
        <translation>O que limita a velocidade com que cada thread conta?</translation>
    </message>
    <message>
        <source>Only its core: the threads share nothing, so each runs at the speed of one core.</source>
        <comment>lesson:hello/answer</comment>
        <translation>Só o seu núcleo: as threads não compartilham nada, então cada uma executa na velocidade de um núcleo.</translation>
    </message>
    <message>
        <source>Four threads per core</source>
        <comment>lesson:hello/title</comment>
        <translation>Quatro threads por núcleo</translation>
    </message>
    <message>
        <source>Now four times as many threads as cores (on a two-core machine). Compare each thread&apos;s rate with the previous run, then the total. Open the timeline: why is every lane solid green?</source>
        <comment>lesson:hello/talk</comment>
        <translation>Agora quatro vezes mais threads que núcleos (numa máquina de dois núcleos). Compare a taxa de cada thread com a execução anterior, depois o total. Abra a linha do tempo: por que toda faixa está inteiramente verde?</translation>
    </message>
    <message>
        <source>Each thread is slower. Is the machine doing less work in total?</source>
        <comment>lesson:hello/question</comment>
        <translation>Cada thread está mais lenta. A máquina está fazendo menos trabalho no total?</translation>
    </message>
    <message>
        <source>No: the total stays about the same. The scheduler time-slices the cores, each thread gets cores ÷ threads of a core, and the counter &quot;cores kept busy&quot; stays at the number of cores. The lanes are green because a preempted thread cannot tell it is not running.</source>
        <comment>lesson:hello/answer</comment>
        <translation>Não: o total fica mais ou menos o mesmo. O escalonador reparte os núcleos em fatias de tempo, cada thread recebe núcleos ÷ threads de um núcleo, e o contador &quot;núcleos mantidos ocupados&quot; fica no número de núcleos. As faixas ficam verdes porque uma thread interrompida não consegue perceber que não está executando.</translation>
    </message>
    <message>
        <source>Threads that mostly sleep</source>
        <comment>lesson:hello/title</comment>
        <translation>Threads que dormem quase o tempo todo</translation>
    </message>
    <message>
        <source>The same eight threads, but each counts 5 ms and sleeps 45 ms. A sleeping thread needs no core.</source>
        <comment>lesson:hello/talk</comment>
        <translation>As mesmas oito threads, mas cada uma conta 5 ms e dorme 45 ms. Uma thread que dorme não precisa de núcleo.</translation>
    </message>
    <message>
        <source>Do these threads slow each other down?</source>
        <comment>lesson:hello/question</comment>
        <translation>Essas threads atrasam umas às outras?</translation>
    </message>
    <message>
        <source>Hardly: together they want 8 × 5/50 = 0.8 cores, so a free core is nearly always there when a thread wakes up. Each counts at almost the speed of a thread alone.</source>
        <comment>lesson:hello/answer</comment>
        <translation>Quase nada: juntas querem 8 × 5/50 = 0,8 núcleo, então quase sempre há um núcleo livre quando uma thread acorda. Cada uma conta quase na velocidade de uma thread sozinha.</translation>
    </message>
    <message>
        <source>What to remember</source>
        <comment>lesson:hello/title</comment>
        <translation>O que guardar</translation>
    </message>
    <message>
        <source>Runnable threads share the cores in time slices, fairly; sleeping threads cost nothing. More threads than cores makes each slower, not the machine faster.</source>
        <comment>lesson:hello/talk</comment>
        <translation>Threads executáveis repartem os núcleos em fatias de tempo, com justiça; threads que dormem não custam nada. Mais threads que núcleos deixa cada uma mais lenta, não a máquina mais rápida.</translation>
    </message>
    <message>
        <source>Named pipes: a FIFO file between unrelated processes</source>
        <comment>lesson:named_pipes/title</comment>
        <translation>Pipes nomeados: um arquivo FIFO entre processos sem parentesco</translation>
    </message>
    <message>
        <source>Blocking open(), the &quot;Hello from pid&quot; exchange, and why writes up to PIPE_BUF never mix.</source>
        <comment>lesson:named_pipes/summary</comment>
        <translation>open() bloqueante, a troca &quot;Hello from pid&quot; e por que escritas de até PIPE_BUF nunca se misturam.</translation>
    </message>
    <message>
        <source>open() waits for the other end</source>
        <comment>lesson:named_pipes/title</comment>
        <translation>open() espera pela outra ponta</translation>
    </message>
    <message>
        <source>The writer opens the FIFO a second before any reader exists. Watch the timeline.</source>
        <comment>lesson:named_pipes/talk</comment>
        <translation>O escritor abre o FIFO um segundo antes de existir qualquer leitor. Observe a linha do tempo.</translation>
    </message>
    <message>
        <source>Why does open() block, and how would a program avoid it?</source>
        <comment>lesson:named_pipes/question</comment>
        <translation>Por que open() bloqueia, e como um programa evitaria isso?</translation>
    </message>
    <message>
        <source>A FIFO&apos;s open() waits until both ends are open. O_NONBLOCK makes a writer&apos;s open() fail with ENXIO instead.</source>
        <comment>lesson:named_pipes/answer</comment>
        <translation>O open() de um FIFO espera até as duas pontas estarem abertas. O_NONBLOCK faz o open() de um escritor falhar com ENXIO em vez disso.</translation>
    </message>
    <message>
        <source>Records of PIPE_BUF bytes</source>
        <comment>lesson:named_pipes/title</comment>
        <translation>Registros de PIPE_BUF bytes</translation>
    </message>
    <message>
        <source>Four writers share one FIFO, each record one write() of 4 096 bytes.</source>
        <comment>lesson:named_pipes/talk</comment>
        <translation>Quatro escritores compartilham um FIFO, cada registro um write() de 4 096 bytes.</translation>
    </message>
    <message>
        <source>Why does no record ever get torn?</source>
        <comment>lesson:named_pipes/question</comment>
        <translation>Por que nenhum registro se rasga?</translation>
    </message>
    <message>
        <source>POSIX makes writes of at most PIPE_BUF bytes (4 096 on Linux) atomic.</source>
        <comment>lesson:named_pipes/answer</comment>
        <translation>O POSIX torna atômicas as escritas de no máximo PIPE_BUF bytes (4 096 no Linux).</translation>
    </message>
    <message>
        <source>Records of 64 KiB</source>
        <comment>lesson:named_pipes/title</comment>
        <translation>Registros de 64 KiB</translation>
    </message>
    <message>
        <source>The same, with records sixteen times PIPE_BUF.</source>
        <comment>lesson:named_pipes/talk</comment>
        <translation>O mesmo, com registros de dezesseis vezes PIPE_BUF.</translation>
    </message>
    <message>
        <source>What would you change in a program whose messages can be this large?</source>
        <comment>lesson:named_pipes/question</comment>
        <translation>O que você mudaria num programa cujas mensagens podem ser tão grandes?</translation>
    </message>
    <message>
        <source>Keep messages at most PIPE_BUF, add a lock around each message, or give each writer its own pipe.</source>
        <comment>lesson:named_pipes/answer</comment>
        <translation>Manter as mensagens com no máximo PIPE_BUF, pôr uma trava em volta de cada mensagem, ou dar a cada escritor o seu próprio pipe.</translation>
    </message>
    <message>
        <source>Pipes: a buffer in the kernel between two processes</source>
        <comment>lesson:pipes/title</comment>
        <translation>Pipes: um buffer no kernel entre dois processos</translation>
    </message>
    <message>
        <source>Capacity, back-pressure, throughput against message size and the latency of a round trip, measured between real processes.</source>
        <comment>lesson:pipes/summary</comment>
        <translation>Capacidade, contrapressão, vazão em função do tamanho da mensagem e a latência de uma ida e volta, medidas entre processos reais.</translation>
    </message>
    <message>
        <source>How much fits in a pipe</source>
        <comment>lesson:pipes/title</comment>
        <translation>Quanto cabe num pipe</translation>
    </message>
    <message>
        <source>A child writes into a pipe nobody reads until write() would block.</source>
        <comment>lesson:pipes/talk</comment>
        <translation>Um filho escreve num pipe que ninguém lê, até que write() bloquearia.</translation>
    </message>
    <message>
        <source>Where do those bytes live, and what happens to the writer when it is full?</source>
        <comment>lesson:pipes/question</comment>
        <translation>Onde ficam esses bytes, e o que acontece com o escritor quando o pipe está cheio?</translation>
    </message>
    <message>
        <source>In a kernel buffer (16 pages, 64 KiB on Linux); the writer blocks until the reader makes room.</source>
        <comment>lesson:pipes/answer</comment>
        <translation>Num buffer do kernel (16 páginas, 64 KiB no Linux); o escritor bloqueia até o leitor abrir espaço.</translation>
    </message>
    <message>
        <source>A slow reader</source>
        <comment>lesson:pipes/title</comment>
        <translation>Um leitor lento</translation>
    </message>
    <message>
        <source>The reader sleeps 1 ms per message. Watch the bytes in flight.</source>
        <comment>lesson:pipes/talk</comment>
        <translation>O leitor dorme 1 ms por mensagem. Observe os bytes em trânsito.</translation>
    </message>
    <message>
        <source>How fast does the writer end up going?</source>
        <comment>lesson:pipes/question</comment>
        <translation>Em que velocidade o escritor acaba indo?</translation>
    </message>
    <message>
        <source>At the reader&apos;s pace: once the pipe is full, every write waits for the reader. That is back-pressure, for free.</source>
        <comment>lesson:pipes/answer</comment>
        <translation>No ritmo do leitor: com o pipe cheio, cada escrita espera pelo leitor. Isso é contrapressão, de graça.</translation>
    </message>
    <message>
        <source>Big messages are cheaper per byte</source>
        <comment>lesson:pipes/title</comment>
        <translation>Mensagens grandes saem mais baratas por byte</translation>
    </message>
    <message>
        <source>Throughput against message size for a pipe, a socketpair and shared memory.</source>
        <comment>lesson:pipes/talk</comment>
        <translation>Vazão em função do tamanho da mensagem para um pipe, um socketpair e memória compartilhada.</translation>
    </message>
    <message>
        <source>Why does throughput grow with message size, and why is shared memory fastest?</source>
        <comment>lesson:pipes/question</comment>
        <translation>Por que a vazão cresce com o tamanho da mensagem, e por que a memória compartilhada é a mais rápida?</translation>
    </message>
    <message>
        <source>Each write() is a system call with a fixed cost, spread over more bytes in a big message; shared memory copies without a system call per message.</source>
        <comment>lesson:pipes/answer</comment>
        <translation>Cada write() é uma chamada de sistema com custo fixo, diluído em mais bytes numa mensagem grande; a memória compartilhada copia sem uma chamada de sistema por mensagem.</translation>
    </message>
    <message>
        <source>Latency of a round trip</source>
        <comment>lesson:pipes/title</comment>
        <translation>A latência de uma ida e volta</translation>
    </message>
    <message>
        <source>One byte there and back, two thousand times.</source>
        <comment>lesson:pipes/talk</comment>
        <translation>Um byte de ida e de volta, duas mil vezes.</translation>
    </message>
    <message>
        <source>What does one round trip cost, and what makes the tail (p99) long?</source>
        <comment>lesson:pipes/question</comment>
        <translation>Quanto custa uma ida e volta, e o que torna a cauda (p99) longa?</translation>
    </message>
    <message>
        <source>Microseconds: two system calls and two wake-ups per trip. The tail comes from the scheduler, when the other process is not running at that moment.</source>
        <comment>lesson:pipes/answer</comment>
        <translation>Microssegundos: duas chamadas de sistema e dois despertares por viagem. A cauda vem do escalonador, quando o outro processo não está executando naquele momento.</translation>
    </message>
    <message>
        <source>Race conditions: lost updates and their fixes</source>
        <comment>lesson:race/title</comment>
        <translation>Condições de corrida: atualizações perdidas e suas correções</translation>
    </message>
    <message>
        <source>A shared counter loses updates; a mutex, an atomic and private counts fix it at different prices.</source>
        <comment>lesson:race/summary</comment>
        <translation>Um contador compartilhado perde atualizações; um mutex, um atômico e contagens privadas o corrigem, a preços diferentes.</translation>
    </message>
    <message>
        <source>One thread is always right</source>
        <comment>lesson:race/title</comment>
        <translation>Uma thread sempre acerta</translation>
    </message>
    <message>
        <source>One thread, ten million increments, no lock: read, add one, write.</source>
        <comment>lesson:race/talk</comment>
        <translation>Uma thread, dez milhões de incrementos, sem trava: ler, somar um, escrever.</translation>
    </message>
    <message>
        <source>Why can nothing be lost here?</source>
        <comment>lesson:race/question</comment>
        <translation>Por que nada pode se perder aqui?</translation>
    </message>
    <message>
        <source>Nobody else writes between the read and the write.</source>
        <comment>lesson:race/answer</comment>
        <translation>Ninguém mais escreve entre a leitura e a escrita.</translation>
    </message>
    <message>
        <source>Two threads lose updates</source>
        <comment>lesson:race/title</comment>
        <translation>Duas threads perdem atualizações</translation>
    </message>
    <message>
        <source>Two threads on one counter. Ask for predictions first, then run it two or three times.</source>
        <comment>lesson:race/talk</comment>
        <translation>Duas threads num contador. Peça previsões primeiro, depois execute duas ou três vezes.</translation>
    </message>
    <message>
        <source>Why a different result every run?</source>
        <comment>lesson:race/question</comment>
        <translation>Por que um resultado diferente a cada execução?</translation>
    </message>
    <message>
        <source>Lost updates happen when one thread&apos;s read falls between the other&apos;s read and write; how often depends on scheduling and cache timing, which change every run.</source>
        <comment>lesson:race/answer</comment>
        <translation>Atualizações se perdem quando a leitura de uma thread cai entre a leitura e a escrita da outra; a frequência depende do escalonamento e dos tempos de cache, que mudam a cada execução.</translation>
    </message>
    <message>
        <source>Slow motion, even on one core</source>
        <comment>lesson:race/title</comment>
        <translation>Câmera lenta, até num único núcleo</translation>
    </message>
    <message>
        <source>A wide window between read and write, and a yield inside it: the interleaving becomes visible on the timeline, and the loss approaches one half.</source>
        <comment>lesson:race/talk</comment>
        <translation>Uma janela larga entre a leitura e a escrita, e um yield dentro dela: a intercalação fica visível na linha do tempo, e a perda se aproxima da metade.</translation>
    </message>
    <message>
        <source>Do races need two cores?</source>
        <comment>lesson:race/question</comment>
        <translation>Condições de corrida precisam de dois núcleos?</translation>
    </message>
    <message>
        <source>No, only interleaving: a thread preempted between its read and its write is enough.</source>
        <comment>lesson:race/answer</comment>
        <translation>Não, só de intercalação: basta uma thread interrompida entre a sua leitura e a sua escrita.</translation>
    </message>
    <message>
        <source>The price of correctness</source>
        <comment>lesson:race/title</comment>
        <translation>O preço da correção</translation>
    </message>
    <message>
        <source>Mutex, atomic and per-thread counts. All exact; compare the cost per increment.</source>
        <comment>lesson:race/talk</comment>
        <translation>Mutex, atômico e contagens por thread. Todos exatos; compare o custo por incremento.</translation>
    </message>
    <message>
        <source>Why is &quot;local&quot; both exact and cheap?</source>
        <comment>lesson:race/question</comment>
        <translation>Por que &quot;local&quot; é ao mesmo tempo exata e barata?</translation>
    </message>
    <message>
        <source>The threads share nothing while they count: no lock, no cache line bouncing between cores. The private counts are added once at the end.</source>
        <comment>lesson:race/answer</comment>
        <translation>As threads não compartilham nada enquanto contam: nenhuma trava, nenhuma linha de cache pulando entre núcleos. As contagens privadas são somadas uma vez, no fim.</translation>
    </message>
    <message>
        <source>The joint bank account</source>
        <comment>lesson:race/title</comment>
        <translation>A conta bancária conjunta</translation>
    </message>
    <message>
        <source>The textbook example: two account holders, one balance. The log tells the first lost deposits as they happened in this run.</source>
        <comment>lesson:race/talk</comment>
        <translation>O exemplo dos livros: dois titulares, um saldo. O log conta os primeiros depósitos perdidos tal como aconteceram nesta execução.</translation>
    </message>
    <message>
        <source>Whose money disappeared, and how does pplab know without extra locking?</source>
        <comment>lesson:race/question</comment>
        <translation>O dinheiro de quem sumiu, e como o pplab sabe disso sem travas extras?</translation>
    </message>
    <message>
        <source>The balance, the last writer and the length of the chain of updates share one 64-bit word; the unsafe write is an exchange that returns what it overwrote, so a thread sees whose update it destroyed.</source>
        <comment>lesson:race/answer</comment>
        <translation>O saldo, o último escritor e o comprimento da cadeia de atualizações dividem uma palavra de 64 bits; a escrita insegura é um exchange que devolve o que sobrescreveu, então uma thread vê de quem foi a atualização que destruiu.</translation>
    </message>
    <message>
        <source>Amdahl and Gustafson on a real machine</source>
        <comment>lesson:scaling/title</comment>
        <translation>Amdahl e Gustafson numa máquina real</translation>
    </message>
    <message>
        <source>Measured speedup against the two laws, the fitted serial fraction, and what the machine adds: cores you do not have, task dispatch, memory bandwidth.</source>
        <comment>lesson:scaling/summary</comment>
        <translation>Speedup medido contra as duas leis, a fração serial ajustada, e o que a máquina acrescenta: núcleos que você não tem, despacho de tarefas, largura de banda de memória.</translation>
    </message>
    <message>
        <source>Ten percent serial</source>
        <comment>lesson:scaling/title</comment>
        <translation>Dez por cento serial</translation>
    </message>
    <message>
        <source>The job has 10 % serial work; pplab times it on 1 to 4 threads and draws Amdahl&apos;s curve next to the measurement.</source>
        <comment>lesson:scaling/talk</comment>
        <translation>O trabalho tem 10 % de trabalho serial; o pplab o cronometra com 1 a 4 threads e desenha a curva de Amdahl ao lado da medição.</translation>
    </message>
    <message>
        <source>Where does the measured curve leave Amdahl&apos;s, and why?</source>
        <comment>lesson:scaling/question</comment>
        <translation>Onde a curva medida se afasta da de Amdahl, e por quê?</translation>
    </message>
    <message>
        <source>Past the number of cores: extra threads share the same cores (oversubscribed), so the speedup goes flat. Below it, it follows the law.</source>
        <comment>lesson:scaling/answer</comment>
        <translation>Depois do número de núcleos: threads extras dividem os mesmos núcleos (sobrecarga de threads), então o speedup fica plano. Abaixo disso, segue a lei.</translation>
    </message>
    <message>
        <source>Half serial</source>
        <comment>lesson:scaling/title</comment>
        <translation>Metade serial</translation>
    </message>
    <message>
        <source>Now half of it is serial.</source>
        <comment>lesson:scaling/talk</comment>
        <translation>Agora metade é serial.</translation>
    </message>
    <message>
        <source>What is the best speedup with any number of processors?</source>
        <comment>lesson:scaling/question</comment>
        <translation>Qual o melhor speedup com qualquer número de processadores?</translation>
    </message>
    <message>
        <source>1 / s = 2.</source>
        <comment>lesson:scaling/answer</comment>
        <translation>1 / s = 2.</translation>
    </message>
    <message>
        <source>Gustafson: grow the job</source>
        <comment>lesson:scaling/title</comment>
        <translation>Gustafson: aumente o trabalho</translation>
    </message>
    <message>
        <source>The parallel part grows with the thread count: more work in the same time.</source>
        <comment>lesson:scaling/talk</comment>
        <translation>A parte paralela cresce com o número de threads: mais trabalho no mesmo tempo.</translation>
    </message>
    <message>
        <source>Why is the scaled speedup larger than Amdahl&apos;s for the same s?</source>
        <comment>lesson:scaling/question</comment>
        <translation>Por que o speedup escalado é maior que o de Amdahl para o mesmo s?</translation>
    </message>
    <message>
        <source>The serial part stays fixed while the parallel work grows, so the serial share of the scaled job shrinks.</source>
        <comment>lesson:scaling/answer</comment>
        <translation>A parte serial fica fixa enquanto o trabalho paralelo cresce, então a fatia serial do trabalho escalado encolhe.</translation>
    </message>
    <message>
        <source>Too fine a grain</source>
        <comment>lesson:scaling/title</comment>
        <translation>Granularidade fina demais</translation>
    </message>
    <message>
        <source>Every item its own task. Nothing in the code is serial.</source>
        <comment>lesson:scaling/talk</comment>
        <translation>Cada item vira uma tarefa. Nada no código é serial.</translation>
    </message>
    <message>
        <source>Why does the fitted serial fraction rise anyway?</source>
        <comment>lesson:scaling/question</comment>
        <translation>Por que a fração serial ajustada sobe mesmo assim?</translation>
    </message>
    <message>
        <source>Each task costs tens of nanoseconds to dispatch, paid on every thread count: overhead the fit cannot tell apart from serial work.</source>
        <comment>lesson:scaling/answer</comment>
        <translation>Cada tarefa custa dezenas de nanossegundos para despachar, pagos em todo número de threads: uma sobrecarga que o ajuste não consegue distinguir de trabalho serial.</translation>
    </message>
    <message>
        <source>Memory-bound</source>
        <comment>lesson:scaling/title</comment>
        <translation>Limitado pela memória</translation>
    </message>
    <message>
        <source>The kernel now streams over a large array.</source>
        <comment>lesson:scaling/talk</comment>
        <translation>O kernel agora percorre um vetor grande.</translation>
    </message>
    <message>
        <source>Nothing is serial; why does it scale badly?</source>
        <comment>lesson:scaling/question</comment>
        <translation>Nada é serial; por que escala mal?</translation>
    </message>
    <message>
        <source>The threads share the memory bandwidth; when one core can nearly saturate it, a second core adds little.</source>
        <comment>lesson:scaling/answer</comment>
        <translation>As threads dividem a largura de banda da memória; quando um núcleo já quase a satura, um segundo núcleo acrescenta pouco.</translation>
    </message>
    <message>
        <source>Starvation: the program runs, one thread does not</source>
        <comment>lesson:starvation/title</comment>
        <translation>Inanição: o programa executa, uma thread não</translation>
    </message>
    <message>
        <source>Unfair and fair locks, a low-priority thread on a shared CPU, and readers that starve a writer, measured with Jain&apos;s fairness index.</source>
        <comment>lesson:starvation/summary</comment>
        <translation>Travas injustas e justas, uma thread de baixa prioridade numa CPU compartilhada, e leitores que matam um escritor de fome, medidos com o índice de justiça de Jain.</translation>
    </message>
    <message>
        <source>Barging std::mutex</source>
        <comment>lesson:starvation/title</comment>
        <translation>O barging do std::mutex</translation>
    </message>
    <message>
        <source>Four threads hammer one std::mutex. Watch the progress chart and the longest streak.</source>
        <comment>lesson:starvation/talk</comment>
        <translation>Quatro threads martelam um std::mutex. Observe o gráfico de progresso e a sequência mais longa.</translation>
    </message>
    <message>
        <source>Is the total fair? Is every millisecond fair?</source>
        <comment>lesson:starvation/question</comment>
        <translation>O total é justo? Cada milissegundo é justo?</translation>
    </message>
    <message>
        <source>Totals can look fair while one thread keeps the lock for thousands of acquisitions in a row.</source>
        <comment>lesson:starvation/answer</comment>
        <translation>Os totais podem parecer justos enquanto uma thread fica com a trava por milhares de aquisições seguidas.</translation>
    </message>
    <message>
        <source>The ticket lock</source>
        <comment>lesson:starvation/title</comment>
        <translation>A ticket lock</translation>
    </message>
    <message>
        <source>A ticket lock serves waiters in the order they came.</source>
        <comment>lesson:starvation/talk</comment>
        <translation>Uma ticket lock atende quem espera na ordem de chegada.</translation>
    </message>
    <message>
        <source>What did fairness cost?</source>
        <comment>lesson:starvation/question</comment>
        <translation>Quanto custou a justiça?</translation>
    </message>
    <message>
        <source>Throughput: each hand-off waits for the next thread to be scheduled.</source>
        <comment>lesson:starvation/answer</comment>
        <translation>Vazão: cada passagem espera a próxima thread ser escalonada.</translation>
    </message>
    <message>
        <source>Nice 19 on a shared CPU</source>
        <comment>lesson:starvation/title</comment>
        <translation>Nice 19 numa CPU compartilhada</translation>
    </message>
    <message>
        <source>Two busy threads pinned to one CPU; one at nice 19. The CFS weights predict its share.</source>
        <comment>lesson:starvation/talk</comment>
        <translation>Duas threads ocupadas fixadas numa CPU; uma com nice 19. Os pesos do CFS preveem a sua parte.</translation>
    </message>
    <message>
        <source>What share does the kernel&apos;s weight table predict, and what two cures are there?</source>
        <comment>lesson:starvation/question</comment>
        <translation>Que parte a tabela de pesos do kernel prevê, e quais são as duas curas?</translation>
    </message>
    <message>
        <source>15 / (1024 + 15), about 1.4 %. Equal priorities, or let the nice-0 thread sleep part of the time.</source>
        <comment>lesson:starvation/answer</comment>
        <translation>15 / (1024 + 15), cerca de 1,4 %. Prioridades iguais, ou deixar a thread de nice 0 dormir parte do tempo.</translation>
    </message>
    <message>
        <source>Readers starve a writer</source>
        <comment>lesson:starvation/title</comment>
        <translation>Leitores matam um escritor de fome</translation>
    </message>
    <message>
        <source>glibc&apos;s default reader-writer lock, writer preference and TBB&apos;s FIFO reader-writer lock, in turn.</source>
        <comment>lesson:starvation/talk</comment>
        <translation>A trava de leitura e escrita padrão da glibc, a preferência por escritores e a trava de leitura e escrita FIFO do TBB, uma de cada vez.</translation>
    </message>
    <message>
        <source>Which lock lets the writer in, and what does it cost the readers?</source>
        <comment>lesson:starvation/question</comment>
        <translation>Que trava deixa o escritor entrar, e quanto isso custa aos leitores?</translation>
    </message>
    <message>
        <source>Writer preference and the FIFO lock let it in; readers then wait while a writer waits, so their worst-case wait grows.</source>
        <comment>lesson:starvation/answer</comment>
        <translation>A preferência por escritores e a trava FIFO o deixam entrar; os leitores então esperam enquanto um escritor espera, e a sua pior espera cresce.</translation>
    </message>
</context>
<context>
    <name>gui::ExercisesDock</name>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Choose an exercise: pplab sets up the experiment, you predict what it will measure, run it, and compare.</source>
        <translation>Escolha um exercício: o pplab monta o experimento, você prevê o que ele vai medir, executa e compara.</translation>
    </message>
    <message>
        <source>The exercise sets the parameters; they stay locked until you leave it.</source>
        <translation>O exercício define os parâmetros; eles ficam travados até você sair dele.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Reveal the next hint</source>
        <translation>Revelar a próxima dica</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Leave exercise</source>
        <translation>Sair do exercício</translation>
    </message>
    <message>
        <source>Unlock the parameters and return to free experimenting</source>
        <translation>Destravar os parâmetros e voltar a experimentar livremente</translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation>Zerar o progresso…</translation>
    </message>
    <message>
        <source>Require a &amp;prediction before Run</source>
        <translation>Exigir uma &amp;previsão antes de Executar</translation>
    </message>
    <message>
        <source>In an exercise, Run stays off until the student has entered a prediction (a teacher setting)</source>
        <translation>Num exercício, Executar fica desligado até o aluno digitar uma previsão (uma configuração do professor)</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercícios</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), the last on %1</source>
        <translation>
            <numerusform>%n tentativa, a última em %1</numerusform>
            <numerusform>%n tentativas, a última em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your prediction (exact):</source>
        <translation>Sua previsão (exata):</translation>
    </message>
    <message>
        <source>Your prediction (tolerance ±%1 of the measurement):</source>
        <translation>Sua previsão (tolerância de ±%1 da medição):</translation>
    </message>
    <message>
        <source>Your prediction (tolerance ±%1):</source>
        <translation>Sua previsão (tolerância de ±%1):</translation>
    </message>
    <message>
        <source>Your prediction, a range at most %1 wide:</source>
        <translation>Sua previsão, um intervalo de largura no máximo %1:</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>Sua previsão:</translation>
    </message>
    <message>
        <source>Hint %1:</source>
        <translation>Dica %1:</translation>
    </message>
    <message>
        <source>Hint (%1 of %2)</source>
        <translation>Dica (%1 de %2)</translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>Não há mais dicas</translation>
    </message>
    <message>
        <source>Show the answer: %1</source>
        <translation>Mostrar a resposta: %1</translation>
    </message>
    <message>
        <source>the chart “%1”</source>
        <translation>o gráfico “%1”</translation>
    </message>
    <message>
        <source>the counter “%1”</source>
        <translation>o contador “%1”</translation>
    </message>
    <message>
        <source>Enter your prediction: Run starts once you have one.</source>
        <translation>Digite a sua previsão: Executar é liberado assim que houver uma.</translation>
    </message>
    <message>
        <source>Predict before you run (your teacher made it optional).</source>
        <translation>Faça a previsão antes de executar (o seu professor a deixou opcional).</translation>
    </message>
    <message>
        <source>Not a number yet.</source>
        <translation>Ainda não é um número.</translation>
    </message>
    <message>
        <source>Running… your prediction is locked in.</source>
        <translation>Executando… a sua previsão está registrada.</translation>
    </message>
    <message>
        <source>Ready: press Run.</source>
        <translation>Pronto: clique em Executar.</translation>
    </message>
    <message>
        <source>Enter your prediction for the exercise “%1” first (Exercises panel).</source>
        <translation>Primeiro digite a sua previsão para o exercício “%1” (painel Exercícios).</translation>
    </message>
    <message>
        <source>The run was stopped before the end: no verdict. Run it again to the end.</source>
        <translation>A execução foi parada antes do fim: sem veredito. Execute de novo até o fim.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>A execução falhou: %1</translation>
    </message>
    <message>
        <source>This run did not use the exercise&apos;s parameters (%1): no verdict.</source>
        <translation>Esta execução não usou os parâmetros do exercício (%1): sem veredito.</translation>
    </message>
    <message>
        <source>No prediction was made, so there is no verdict.</source>
        <translation>Nenhuma previsão foi feita, então não há veredito.</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <source>Progress not saved: %1</source>
        <translation>Progresso não salvo: %1</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Zerar o progresso</translation>
    </message>
    <message>
        <source>Forget every attempt and verdict of every exercise? This cannot be undone.</source>
        <translation>Esquecer todas as tentativas e vereditos de todos os exercícios? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>gui::LessonView</name>
    <message>
        <source>Lesson</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Aula</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Abrir &amp;aula…</translation>
    </message>
    <message>
        <source>Le&amp;ssons</source>
        <translation>Au&amp;las</translation>
    </message>
    <message>
        <source>&amp;Full screen presentation</source>
        <translation>Apresentação em &amp;tela cheia</translation>
    </message>
    <message>
        <source>Full screen with projector mode on (F11)</source>
        <translation>Tela cheia com o modo projetor ligado (F11)</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Próximo passo da aula</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Passo anterior da aula</translation>
    </message>
    <message>
        <source>No lesson is open. File → Lessons has the ones pplab ships; File → Open lesson… reads one you wrote (docs/lessons.md). Page Down and Page Up move between steps, F11 presents.</source>
        <translation>Nenhuma aula aberta. Arquivo → Aulas tem as que vêm com o pplab; Arquivo → Abrir aula… lê uma que você escreveu (docs/lessons.md). Page Down e Page Up passam de um passo a outro, F11 apresenta.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>Passo anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>Próximo passo (Page Down)</translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation>Executar este passo</translation>
    </message>
    <message>
        <source>Reveal the question</source>
        <translation>Revelar a pergunta</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Mostrar a resposta</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir aula</translation>
    </message>
    <message>
        <source>pplab lessons (*.lesson);;All files (*)</source>
        <translation>Aulas do pplab (*.lesson);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>This lesson has mistakes (file:line: what is wrong):</source>
        <translation>Esta aula tem erros (arquivo:linha: o que está errado):</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n min</source>
        <translation>
            <numerusform> · %n min</numerusform>
            <numerusform> · %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>Experimento: %1</translation>
    </message>
    <message>
        <source>Question for the room:</source>
        <translation>Pergunta para a turma:</translation>
    </message>
</context>
<context>
    <name>hello::HelloScenario</name>
    <message>
        <source>cores kept busy</source>
        <translation>núcleos mantidos ocupados</translation>
    </message>
</context>
<context>
    <name>teach::Teach</name>
    <message>
        <source>a number (exact)</source>
        <translation>um número (exato)</translation>
    </message>
    <message>
        <source>a number in %1 (exact)</source>
        <translation>um número em %1 (exato)</translation>
    </message>
    <message>
        <source>a number (tolerance ±%1)</source>
        <translation>um número (tolerância de ±%1)</translation>
    </message>
    <message>
        <source>a number in %1 (tolerance ±%2)</source>
        <translation>um número em %1 (tolerância de ±%2)</translation>
    </message>
    <message>
        <source>a range low..high, at most %1 wide</source>
        <translation>um intervalo mín..máx, de largura no máximo %1</translation>
    </message>
    <message>
        <source>a range low..high in %1, at most %2 wide</source>
        <translation>um intervalo mín..máx em %1, de largura no máximo %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>um de: %1</translation>
    </message>
    <message>
        <source>this exercise asks for %1</source>
        <translation>este exercício pede %1</translation>
    </message>
    <message>
        <source>the prediction must be a finite number</source>
        <translation>a previsão precisa ser um número finito</translation>
    </message>
    <message>
        <source>a range needs a low end no higher than its high end</source>
        <translation>um intervalo precisa de um limite inferior não maior que o superior</translation>
    </message>
    <message>
        <source>the range %1..%2 is %3 wide; this exercise allows at most %4</source>
        <translation>o intervalo %1..%2 tem largura %3; este exercício permite no máximo %4</translation>
    </message>
    <message>
        <source>unknown choice &apos;%1&apos; (choose one of: %2)</source>
        <translation>escolha desconhecida &apos;%1&apos; (escolha uma de: %2)</translation>
    </message>
    <message>
        <source>expected a number such as 1.5 for %1, got &apos;%2&apos;</source>
        <translation>esperava um número como 1.5 para %1, recebeu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a range low..high such as 10..20 for %1, got &apos;%2&apos;</source>
        <translation>esperava um intervalo mín..máx como 10..20 para %1, recebeu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the run did not report &apos;%1&apos;</source>
        <translation>a execução não informou &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (&apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um número (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>cannot compute the answer %1: %2</source>
        <translation>não é possível calcular a resposta %1: %2</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Quase</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Errado</translation>
    </message>
    <message>
        <source>±%1 (%2 of the measurement)</source>
        <translation>±%1 (%2 da medição)</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: correct.</source>
        <translation>Previsto %1, medido %2: correto.</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: wrong. This answer must be exact; the prediction is off by %3.</source>
        <translation>Previsto %1, medido %2: errado. Esta resposta precisa ser exata; a previsão erra por %3.</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: correct, within the tolerance of %3.</source>
        <translation>Previsto %1, medido %2: correto, dentro da tolerância de %3.</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: close. The prediction is off by %3, more than the tolerance of %4 but within twice it.</source>
        <translation>Previsto %1, medido %2: quase. A previsão erra por %3, mais que a tolerância de %4, mas menos que o dobro dela.</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: wrong. The prediction is off by %3; the tolerance is %4.</source>
        <translation>Previsto %1, medido %2: errado. A previsão erra por %3; a tolerância é %4.</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: correct, inside the range.</source>
        <translation>Previsto %1, medido %2: correto, dentro do intervalo.</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: close. The measurement is %3 outside the range, within half the range&apos;s width (%4).</source>
        <translation>Previsto %1, medido %2: quase. A medição ficou %3 fora do intervalo, a menos de meia largura do intervalo (%4).</translation>
    </message>
    <message>
        <source>Predicted %1, measured %2: wrong. The measurement is %3 outside the range.</source>
        <translation>Previsto %1, medido %2: errado. A medição ficou %3 fora do intervalo.</translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot;. The run measured %2, which matches none of the choices: wrong.</source>
        <translation>Você escolheu &quot;%1&quot;. A execução mediu %2, que não corresponde a nenhuma das escolhas: errado.</translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot; and the run agrees (measured %2): correct.</source>
        <translation>Você escolheu &quot;%1&quot; e a execução concorda (medido %2): correto.</translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot;, but the run says &quot;%2&quot; (measured %3): wrong.</source>
        <translation>Você escolheu &quot;%1&quot;, mas a execução diz &quot;%2&quot; (medido %3): errado.</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>não tentado</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>tentado</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correto</translation>
    </message>
    <message>
        <source>Cannot read the exercise progress %1: %2. It is left as it is and nothing is saved this session.</source>
        <translation>Não é possível ler o progresso dos exercícios %1: %2. Ele fica como está e nada é salvo nesta sessão.</translation>
    </message>
    <message>
        <source>it is larger than 16 MB</source>
        <translation>ele tem mais de 16 MB</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 no byte %2</translation>
    </message>
    <message>
        <source>it is not a pplab progress file</source>
        <translation>não é um arquivo de progresso do pplab</translation>
    </message>
    <message>
        <source>it was written by a newer pplab (version %1)</source>
        <translation>foi escrito por um pplab mais novo (versão %1)</translation>
    </message>
    <message>
        <source>&apos;exercises&apos; is missing</source>
        <translation>&apos;exercises&apos; está faltando</translation>
    </message>
    <message>
        <source>The exercise progress %1 cannot be read (%2) and cannot be moved aside; it is left as it is and nothing is saved this session.</source>
        <translation>O progresso dos exercícios %1 não pode ser lido (%2) nem movido para o lado; ele fica como está e nada é salvo nesta sessão.</translation>
    </message>
    <message>
        <source>The exercise progress %1 could not be read (%2). It was moved to %3 and progress starts afresh.</source>
        <translation>O progresso dos exercícios %1 não pôde ser lido (%2). Ele foi movido para %3 e o progresso recomeça do zero.</translation>
    </message>
    <message>
        <source>the progress file %1 cannot be read, so it is not overwritten</source>
        <translation>o arquivo de progresso %1 não pode ser lido, então não é sobrescrito</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>não é possível remover %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
</context>
</TS>
