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
    <message>
        <source>Two CPU-bound threads under the GIL</source>
        <comment>gil.threads-under-the-gil/title</comment>
        <translation>Duas threads limitadas pela CPU sob a GIL</translation>
    </message>
    <message>
        <source>Two threads each run 300 ms of CPU-bound &quot;Python&quot; (pure computation, no I/O) under CPython&apos;s GIL, on a machine with two cores. How many cores will they keep busy: how many seconds of CPU time will the two threads get together for every second of the run?</source>
        <comment>gil.threads-under-the-gil/question</comment>
        <translation>Duas threads executam cada uma 300 ms de &quot;Python&quot; limitado pela CPU (só cálculo, sem E/S) sob a GIL do CPython, numa máquina com dois núcleos. Quantos núcleos elas vão manter ocupados: quantos segundos de tempo de CPU as duas threads vão receber juntas a cada segundo da execução?</translation>
    </message>
    <message>
        <source>cores</source>
        <comment>gil.threads-under-the-gil/unit</comment>
        <translation>núcleos</translation>
    </message>
    <message>
        <source>About one core, or less: they take turns</source>
        <comment>gil.threads-under-the-gil/choice</comment>
        <translation>Mais ou menos um núcleo, ou menos: elas se revezam</translation>
    </message>
    <message>
        <source>Well above one, up to two: each thread computes on a core of its own</source>
        <comment>gil.threads-under-the-gil/choice</comment>
        <translation>Bem mais que um, até dois: cada thread calcula num núcleo próprio</translation>
    </message>
    <message>
        <source>Speedup over the same work run on one thread</source>
        <comment>gil.threads-under-the-gil/reference</comment>
        <translation>Speedup sobre o mesmo trabalho executado numa única thread</translation>
    </message>
    <message>
        <source>Cores the one thread got in the sequential run</source>
        <comment>gil.threads-under-the-gil/reference</comment>
        <translation>Núcleos que a thread única recebeu na execução sequencial</translation>
    </message>
    <message>
        <source>Lock switches per second</source>
        <comment>gil.threads-under-the-gil/reference</comment>
        <translation>Trocas da trava por segundo</translation>
    </message>
    <message>
        <source>A thread must hold the GIL to run Python code, and an interpreter has one GIL.</source>
        <comment>gil.threads-under-the-gil/hint</comment>
        <translation>Uma thread precisa segurar a GIL para executar código Python, e um interpretador tem uma só GIL.</translation>
    </message>
    <message>
        <source>A thread that waits for the GIL sleeps: it uses no CPU time.</source>
        <comment>gil.threads-under-the-gil/hint</comment>
        <translation>Uma thread que espera pela GIL dorme: não usa tempo de CPU.</translation>
    </message>
    <message>
        <source>About one core. Only the thread that holds the GIL may run Python code; the other sleeps until the lock is handed over (every 5 ms, the switch interval), so the two threads take turns and the second core stays idle. The timeline shows one orange lane at a time. The same work therefore takes as long as on one thread: the speedup stays near 1. The new GIL&apos;s switches cost little (two wake-ups of some tens of microseconds every 5 ms), so the threads are not much slower either. Threads speed up CPU-bound Python only where the GIL is released (native code such as NumPy) or absent (gil=none, a free-threaded build); processes have a GIL each (the next exercise).

On a busy machine the cores used fall below 1 (other programs take their share), and the speedup wanders on both sides of 1, because the sequential run and the threads did not get the same share of the machine. The cores used never go far above 1: that is the GIL.</source>
        <comment>gil.threads-under-the-gil/explanation</comment>
        <translation>Mais ou menos um núcleo. Só a thread que segura a GIL pode executar código Python; a outra dorme até a trava lhe ser passada (a cada 5 ms, o intervalo de troca), então as duas threads se revezam e o segundo núcleo fica ocioso. A linha do tempo mostra uma faixa laranja por vez. Por isso o mesmo trabalho leva tanto tempo quanto numa única thread: o speedup fica perto de 1. As trocas da GIL nova custam pouco (dois despertares de algumas dezenas de microssegundos a cada 5 ms), então as threads também não ficam muito mais lentas. Threads só aceleram Python limitado pela CPU onde a GIL é solta (código nativo como o NumPy) ou não existe (gil=none, uma versão sem GIL); processos têm uma GIL cada um (o próximo exercício).

Numa máquina ocupada os núcleos usados caem abaixo de 1 (outros programas levam a sua parte), e o speedup oscila dos dois lados de 1, porque a execução sequencial e as threads não receberam a mesma fatia da máquina. Os núcleos usados nunca passam muito de 1: isso é a GIL.</translation>
    </message>
    <message>
        <source>Two processes instead of two threads</source>
        <comment>gil.processes/title</comment>
        <translation>Dois processos em vez de duas threads</translation>
    </message>
    <message>
        <source>The same two jobs of 300 ms of CPU-bound work now run in two processes, as Python&apos;s multiprocessing runs them: each process has its own interpreter and its own GIL. How many times faster than the one thread will they finish on this machine?</source>
        <comment>gil.processes/question</comment>
        <translation>As mesmas duas tarefas de 300 ms de trabalho limitado pela CPU agora executam em dois processos, como o multiprocessing do Python as executa: cada processo tem o seu próprio interpretador e a sua própria GIL. Quantas vezes mais rápido que a thread única eles vão terminar nesta máquina?</translation>
    </message>
    <message>
        <source>×</source>
        <comment>gil.processes/unit</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>At best: one process on each CPU pplab may use</source>
        <comment>gil.processes/reference</comment>
        <translation>No melhor caso: um processo em cada CPU que o pplab pode usar</translation>
    </message>
    <message>
        <source>Cores the two processes actually used (CPU time ÷ wall)</source>
        <comment>gil.processes/reference</comment>
        <translation>Núcleos que os dois processos de fato usaram (tempo de CPU ÷ tempo real)</translation>
    </message>
    <message>
        <source>Their cores used ÷ the sequential run&apos;s</source>
        <comment>gil.processes/reference</comment>
        <translation>Os núcleos usados por eles ÷ os da execução sequencial</translation>
    </message>
    <message>
        <source>Two processes do not share a GIL: each has an interpreter of its own.</source>
        <comment>gil.processes/hint</comment>
        <translation>Dois processos não compartilham uma GIL: cada um tem um interpretador próprio.</translation>
    </message>
    <message>
        <source>How many CPUs does this machine have, and are other programs using them? (In a terminal: nproc, and top.)</source>
        <comment>gil.processes/hint</comment>
        <translation>Quantas CPUs esta máquina tem, e outros programas as estão usando? (Num terminal: nproc e top.)</translation>
    </message>
    <message>
        <source>With two free cores, close to 2× (1.8 to 1.95): each process runs on a core of its own with a lock of its own, and nothing is shared while they compute. Starting the processes (tens of milliseconds for a pplab child, more for a Python interpreter) is reported apart, as the process start-up, and not counted in the wall time; for short jobs it can eat the gain.

The measurement is judged, not the ideal. Clearly below 2× means the processes did not get two cores: one CPU, or other programs busy. Compare the cores the processes used with the cores the sequential run got: the speedup is about their ratio. That is the machine, not the processes; on the same machine two threads under the GIL would still stay near 1.</source>
        <comment>gil.processes/explanation</comment>
        <translation>Com dois núcleos livres, perto de 2× (de 1,8 a 1,95): cada processo executa num núcleo próprio, com uma trava própria, e nada é compartilhado enquanto eles calculam. O tempo para iniciar os processos (dezenas de milissegundos para um filho do pplab, mais para um interpretador Python) é informado à parte, como a inicialização dos processos, e não é contada no tempo real; para tarefas curtas ela pode comer o ganho.

O que se julga é a medição, não o ideal. Claramente abaixo de 2× significa que os processos não tiveram dois núcleos: uma só CPU, ou outros programas ocupados. Compare os núcleos que os processos usaram com os núcleos que a execução sequencial recebeu: o speedup é mais ou menos a razão entre eles. Isso é a máquina, não os processos; na mesma máquina, duas threads sob a GIL continuariam perto de 1.</translation>
    </message>
    <message>
        <source>An I/O thread behind a CPU-bound thread</source>
        <comment>gil.convoy/title</comment>
        <translation>Uma thread de E/S atrás de uma thread limitada pela CPU</translation>
    </message>
    <message>
        <source>One thread does network-like round trips: it sends a request, waits without the GIL for the reply (the responder answers after 100 µs), runs a little Python code and sends the next request. Alone it completes thousands of round trips per second. Now one CPU-bound thread runs beside it under the new GIL (switch interval 5 ms). What share of its round trips alone will the I/O thread still complete?</source>
        <comment>gil.convoy/question</comment>
        <translation>Uma thread faz idas e voltas como numa rede: envia um pedido, espera a resposta sem a GIL (o respondedor responde depois de 100 µs), executa um pouco de código Python e envia o pedido seguinte. Sozinha, ela completa milhares de idas e voltas por segundo. Agora uma thread limitada pela CPU executa ao lado dela sob a GIL nova (intervalo de troca de 5 ms). Que parcela das idas e voltas que completava sozinha a thread de E/S ainda vai completar?</translation>
    </message>
    <message>
        <source>%</source>
        <comment>gil.convoy/unit</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>A fifth or less</source>
        <comment>gil.convoy/choice</comment>
        <translation>Um quinto ou menos</translation>
    </message>
    <message>
        <source>About half</source>
        <comment>gil.convoy/choice</comment>
        <translation>Mais ou menos a metade</translation>
    </message>
    <message>
        <source>Nearly all: it waits for the network, not for the CPU</source>
        <comment>gil.convoy/choice</comment>
        <translation>Quase todas: ela espera pela rede, não pela CPU</translation>
    </message>
    <message>
        <source>Round trips per second alone</source>
        <comment>gil.convoy/reference</comment>
        <translation>Idas e voltas por segundo, sozinha</translation>
    </message>
    <message>
        <source>Round trips per second beside the CPU-bound thread</source>
        <comment>gil.convoy/reference</comment>
        <translation>Idas e voltas por segundo ao lado da thread limitada pela CPU</translation>
    </message>
    <message>
        <source>One round trip per switch interval: 1000 / (interval + round trip alone)</source>
        <comment>gil.convoy/reference</comment>
        <translation>Uma ida e volta por intervalo de troca: 1000 / (intervalo + ida e volta sozinha)</translation>
    </message>
    <message>
        <source>When the reply arrives, which thread holds the GIL?</source>
        <comment>gil.convoy/hint</comment>
        <translation>Quando a resposta chega, qual thread segura a GIL?</translation>
    </message>
    <message>
        <source>Under the new GIL a thread that wants the lock first waits a whole switch interval before it asks the holder to drop it.</source>
        <comment>gil.convoy/hint</comment>
        <translation>Na GIL nova, uma thread que quer a trava primeiro espera um intervalo de troca inteiro antes de pedir a quem a segura que a solte.</translation>
    </message>
    <message>
        <source>A few percent: about 200 round trips per second instead of about 5 000. This is the convoy effect (CPython issue 7946). Each reply finds the GIL held by the CPU-bound thread. The I/O thread waits the whole 5 ms interval, sets the drop request, and only then gets the lock; it sends its next request and releases the lock at once (it is going to block), the CPU-bound thread takes it back, and the next reply finds it taken again. So the I/O thread makes at most one round trip per switch interval, 1000 / (5 + 0.2) ≈ 190 per second, however fast the network. The latency chart shows the same: the median grows from about 0.2 ms to about 5 ms. On a busy machine it is even fewer.</source>
        <comment>gil.convoy/explanation</comment>
        <translation>Poucos por cento: cerca de 200 idas e voltas por segundo em vez de cerca de 5 000. Este é o efeito comboio (issue 7946 do CPython). Cada resposta encontra a GIL nas mãos da thread limitada pela CPU. A thread de E/S espera o intervalo inteiro de 5 ms, faz o pedido de liberação e só então pega a trava; ela envia o pedido seguinte e solta a trava na hora (vai bloquear), a thread limitada pela CPU a pega de volta, e a resposta seguinte a encontra ocupada de novo. Assim a thread de E/S faz no máximo uma ida e volta por intervalo de troca, 1000 / (5 + 0,2) ≈ 190 por segundo, por mais rápida que seja a rede. O gráfico de latência mostra o mesmo: a mediana sobe de cerca de 0,2 ms para cerca de 5 ms. Numa máquina ocupada são ainda menos.</translation>
    </message>
    <message>
        <source>A shorter switch interval</source>
        <comment>gil.switch-interval/title</comment>
        <translation>Um intervalo de troca mais curto</translation>
    </message>
    <message>
        <source>The same I/O thread beside one CPU-bound thread, but with the switch interval set to 1 ms instead of 5 ms (sys.setswitchinterval(0.001)). A round trip alone takes about 0.2 ms. How many round trips per second will the I/O thread complete now?</source>
        <comment>gil.switch-interval/question</comment>
        <translation>A mesma thread de E/S ao lado de uma thread limitada pela CPU, mas com o intervalo de troca em 1 ms em vez de 5 ms (sys.setswitchinterval(0.001)). Uma ida e volta sozinha leva cerca de 0,2 ms. Quantas idas e voltas por segundo a thread de E/S vai completar agora?</translation>
    </message>
    <message>
        <source>ops/s</source>
        <comment>gil.switch-interval/unit</comment>
        <translation>op/s</translation>
    </message>
    <message>
        <source>One round trip per switch interval: 1000 / (interval + round trip alone)</source>
        <comment>gil.switch-interval/reference</comment>
        <translation>Uma ida e volta por intervalo de troca: 1000 / (intervalo + ida e volta sozinha)</translation>
    </message>
    <message>
        <source>Round trips per second alone</source>
        <comment>gil.switch-interval/reference</comment>
        <translation>Idas e voltas por segundo, sozinha</translation>
    </message>
    <message>
        <source>Median latency beside the CPU-bound thread (ms)</source>
        <comment>gil.switch-interval/reference</comment>
        <translation>Latência mediana ao lado da thread limitada pela CPU (ms)</translation>
    </message>
    <message>
        <source>In the convoy, each reply waits about one switch interval for the GIL.</source>
        <comment>gil.switch-interval/hint</comment>
        <translation>No comboio, cada resposta espera mais ou menos um intervalo de troca pela GIL.</translation>
    </message>
    <message>
        <source>One round trip then takes the switch interval plus the round trip itself.</source>
        <comment>gil.switch-interval/hint</comment>
        <translation>Uma ida e volta então leva o intervalo de troca mais a própria ida e volta.</translation>
    </message>
    <message>
        <source>About 1000 / (1 + 0.2) ≈ 830 per second, four times as many as at 5 ms: each reply still waits one switch interval for the GIL, but the interval is five times shorter. The measurement comes out a little below the model (700 to 850 on the machines we tried): each hand-off of the lock also costs a wake-up of the other thread. The sweep (sweep=true) draws the whole curve: about 1 400 at 0.5 ms, 190 at 5 ms, 50 at 20 ms. The price is paid by the CPU-bound thread: more switches per second, each costing two wake-ups and cold caches. At 0.1 ms the wake-ups themselves dominate, and on a busy machine the woken thread must also wait for a core, so the I/O thread gets fewer round trips than the model says.</source>
        <comment>gil.switch-interval/explanation</comment>
        <translation>Cerca de 1000 / (1 + 0,2) ≈ 830 por segundo, quatro vezes mais que com 5 ms: cada resposta ainda espera um intervalo de troca pela GIL, mas o intervalo é cinco vezes mais curto. A medição sai um pouco abaixo do modelo (de 700 a 850 nas máquinas que testamos): cada passagem da trava também custa um despertar da outra thread. A varredura (sweep=true) desenha a curva inteira: cerca de 1 400 com 0,5 ms, 190 com 5 ms, 50 com 20 ms. Quem paga o preço é a thread limitada pela CPU: mais trocas por segundo, cada uma custando dois despertares e caches frios. Com 0,1 ms os próprios despertares dominam, e numa máquina ocupada a thread acordada ainda precisa esperar por um núcleo, então a thread de E/S consegue menos idas e voltas do que o modelo diz.</translation>
    </message>
    <message>
        <source>The old GIL and the I/O thread</source>
        <comment>gil.old-gil-io/title</comment>
        <translation>A GIL antiga e a thread de E/S</translation>
    </message>
    <message>
        <source>Before Python 3.2 the GIL worked differently: the thread holding it released it every 100 ticks (bytecode instructions), signalled a waiting thread, and at once tried to take it back. pplab runs the I/O thread beside one CPU-bound thread under each kind of lock in turn. Which GIL lets the I/O thread complete more round trips: the new one (3.2 and later) or the old one?</source>
        <comment>gil.old-gil-io/question</comment>
        <translation>Antes do Python 3.2 a GIL funcionava de outro jeito: a thread que a segurava a soltava a cada 100 ticks (instruções de bytecode), sinalizava uma thread que esperava e logo tentava pegá-la de volta. O pplab executa a thread de E/S ao lado de uma thread limitada pela CPU sob cada tipo de trava, uma de cada vez. Qual GIL deixa a thread de E/S completar mais idas e voltas: a nova (3.2 em diante) ou a antiga?</translation>
    </message>
    <message>
        <source>×</source>
        <comment>gil.old-gil-io/unit</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>The new GIL</source>
        <comment>gil.old-gil-io/choice</comment>
        <translation>A GIL nova</translation>
    </message>
    <message>
        <source>About the same</source>
        <comment>gil.old-gil-io/choice</comment>
        <translation>Mais ou menos o mesmo</translation>
    </message>
    <message>
        <source>The old GIL</source>
        <comment>gil.old-gil-io/choice</comment>
        <translation>A GIL antiga</translation>
    </message>
    <message>
        <source>Round trips per second, new GIL</source>
        <comment>gil.old-gil-io/reference</comment>
        <translation>Idas e voltas por segundo, GIL nova</translation>
    </message>
    <message>
        <source>Round trips per second, old GIL</source>
        <comment>gil.old-gil-io/reference</comment>
        <translation>Idas e voltas por segundo, GIL antiga</translation>
    </message>
    <message>
        <source>Round trips per second alone</source>
        <comment>gil.old-gil-io/reference</comment>
        <translation>Idas e voltas por segundo, sozinha</translation>
    </message>
    <message>
        <source>Under the old GIL, how long does a woken thread wait before the holder releases the lock again?</source>
        <comment>gil.old-gil-io/hint</comment>
        <translation>Na GIL antiga, quanto tempo uma thread acordada espera até quem segura a trava soltá-la de novo?</translation>
    </message>
    <message>
        <source>Under the new GIL, a thread that wants the lock waits a whole switch interval (5 ms) before it asks for it.</source>
        <comment>gil.old-gil-io/hint</comment>
        <translation>Na GIL nova, uma thread que quer a trava espera um intervalo de troca inteiro (5 ms) antes de pedi-la.</translation>
    </message>
    <message>
        <source>The old GIL, by far: often ten times as many round trips. The old holder releases the lock every 100 ticks (a few microseconds) and signals; the I/O thread, woken on the other core, often takes it before the holder does, and otherwise gets another chance a few microseconds later. Under the new GIL it waits a whole switch interval for each reply. That is why Python 3.2&apos;s new GIL was first seen as a regression for I/O (David Beazley, 2010; CPython issue 7946), although it ended the old GIL&apos;s battle for the lock on multicore machines, which burned CPU time on failed wake-ups and made CPU-bound threads slower.

On a machine whose cores are all busy the woken I/O thread must also wait for a core, and the old GIL&apos;s advantage can shrink to nothing.</source>
        <comment>gil.old-gil-io/explanation</comment>
        <translation>A GIL antiga, de longe: com frequência dez vezes mais idas e voltas. Na antiga, quem segura a trava a solta a cada 100 ticks (alguns microssegundos) e sinaliza; a thread de E/S, acordada no outro núcleo, muitas vezes a pega antes de quem a soltou, e senão ganha outra chance alguns microssegundos depois. Na GIL nova ela espera um intervalo de troca inteiro a cada resposta. Por isso a GIL nova do Python 3.2 foi vista de início como uma regressão para E/S (David Beazley, 2010; issue 7946 do CPython), embora tenha acabado com a batalha da GIL antiga pela trava em máquinas multinúcleo, que queimava tempo de CPU em despertares frustrados e deixava as threads limitadas pela CPU mais lentas.

Numa máquina com todos os núcleos ocupados, a thread de E/S acordada também precisa esperar por um núcleo, e a vantagem da GIL antiga pode sumir por completo.</translation>
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
    <message>
        <source>The GIL: why threads do not speed up Python, and why processes do</source>
        <comment>lesson:gil/title</comment>
        <translation>A GIL: por que threads não aceleram Python, e processos sim</translation>
    </message>
    <message>
        <source>CPU-bound threads under an emulated global interpreter lock against processes and free-threading, the old GIL&apos;s battle for the lock, and an I/O thread stuck behind a busy one.</source>
        <comment>lesson:gil/summary</comment>
        <translation>Threads limitadas pela CPU sob uma trava global do interpretador emulada, contra processos e Python sem GIL, a batalha da GIL antiga pela trava, e uma thread de E/S presa atrás de uma ocupada.</translation>
    </message>
    <message>
        <source>Two threads, one lock</source>
        <comment>lesson:gil/title</comment>
        <translation>Duas threads, uma trava</translation>
    </message>
    <message>
        <source>Two threads each run 300 ms of CPU-bound &quot;Python&quot; under CPython&apos;s GIL (3.2 and later), against the same work on one thread. Ask the room first: on two cores, faster or slower than one thread? Then watch the timeline: one orange lane at a time.</source>
        <comment>lesson:gil/talk</comment>
        <translation>Duas threads executam cada uma 300 ms de &quot;Python&quot; limitado pela CPU sob a GIL do CPython (3.2 em diante), contra o mesmo trabalho numa única thread. Pergunte primeiro à turma: com dois núcleos, mais rápido ou mais lento que uma thread? Depois observe a linha do tempo: uma faixa laranja por vez.</translation>
    </message>
    <message>
        <source>Why is there no speedup, although the machine has a second core?</source>
        <comment>lesson:gil/question</comment>
        <translation>Por que não há speedup, embora a máquina tenha um segundo núcleo?</translation>
    </message>
    <message>
        <source>Only the thread that holds the GIL may run Python code. The two threads take turns every switch interval (5 ms) and the second core stays idle: cores used stay near 1.</source>
        <comment>lesson:gil/answer</comment>
        <translation>Só a thread que segura a GIL pode executar código Python. As duas threads se revezam a cada intervalo de troca (5 ms) e o segundo núcleo fica ocioso: os núcleos usados ficam perto de 1.</translation>
    </message>
    <message>
        <source>The books&apos; table</source>
        <comment>lesson:gil/title</comment>
        <translation>A tabela dos livros</translation>
    </message>
    <message>
        <source>The same work run sequentially, on threads under the new and the old GIL, on processes, and free-threaded (no GIL, PEP 703), one after the other.</source>
        <comment>lesson:gil/talk</comment>
        <translation>O mesmo trabalho executado sequencialmente, em threads sob a GIL nova e a antiga, em processos e sem GIL (PEP 703), um após o outro.</translation>
    </message>
    <message>
        <source>Which bars are about half of the sequential time, and why those?</source>
        <comment>lesson:gil/question</comment>
        <translation>Quais barras ficam em cerca de metade do tempo sequencial, e por que justamente essas?</translation>
    </message>
    <message>
        <source>Processes and free-threaded, when two cores are free: processes have a GIL each, and free-threaded Python has none. Both threaded bars stay at the sequential time or above. On a busy machine every bar moves toward the share of CPU the run got.</source>
        <comment>lesson:gil/answer</comment>
        <translation>Processos e sem GIL, quando dois núcleos estão livres: cada processo tem a sua GIL, e o Python sem GIL não tem nenhuma. As duas barras de threads ficam no tempo sequencial ou acima. Numa máquina ocupada, todas as barras se deslocam em direção à fatia de CPU que a execução recebeu.</translation>
    </message>
    <message>
        <source>The old GIL&apos;s battle</source>
        <comment>lesson:gil/title</comment>
        <translation>A batalha da GIL antiga</translation>
    </message>
    <message>
        <source>Python 3.1 and before: the holder releases the lock every 100 ticks, signals a waiter and at once takes the lock back. Read the failed wake-ups and the share re-taken by the releaser.</source>
        <comment>lesson:gil/talk</comment>
        <translation>Python 3.1 e anteriores: quem segura a trava a solta a cada 100 ticks, sinaliza uma thread que espera e logo pega a trava de volta. Leia os despertares frustrados e a parcela retomada por quem soltou.</translation>
    </message>
    <message>
        <source>On two cores, who usually wins the lock after a release, and what does the loser cost?</source>
        <comment>lesson:gil/question</comment>
        <translation>Com dois núcleos, quem costuma ganhar a trava depois de uma liberação, e quanto custa quem perde?</translation>
    </message>
    <message>
        <source>The releaser, which is still running, while the woken waiter is still being scheduled. The waiter finds the lock taken and goes back to sleep: a failed wake-up, thousands per second, CPU time burned for nothing. On one core there are none: the woken waiter runs first.</source>
        <comment>lesson:gil/answer</comment>
        <translation>Quem a soltou, que ainda está executando, enquanto a thread acordada ainda está sendo escalonada. Esta encontra a trava ocupada e volta a dormir: um despertar frustrado, milhares por segundo, tempo de CPU queimado à toa. Com um só núcleo não há nenhum: a thread acordada executa primeiro.</translation>
    </message>
    <message>
        <source>The convoy effect</source>
        <comment>lesson:gil/title</comment>
        <translation>O efeito comboio</translation>
    </message>
    <message>
        <source>An I/O thread does round trips to a responder that answers after 100 µs, first alone, then beside one CPU-bound thread. It waits for the reply without the GIL.</source>
        <comment>lesson:gil/talk</comment>
        <translation>Uma thread de E/S faz idas e voltas com um respondedor que responde depois de 100 µs, primeiro sozinha, depois ao lado de uma thread limitada pela CPU. Ela espera a resposta sem a GIL.</translation>
    </message>
    <message>
        <source>Why does one CPU-bound thread cut the I/O thread down to about 200 round trips per second?</source>
        <comment>lesson:gil/question</comment>
        <translation>Por que uma única thread limitada pela CPU derruba a thread de E/S para cerca de 200 idas e voltas por segundo?</translation>
    </message>
    <message>
        <source>Each reply finds the GIL held. The I/O thread waits a whole switch interval (5 ms) before it may ask for the lock, so it makes at most one round trip per interval.</source>
        <comment>lesson:gil/answer</comment>
        <translation>Cada resposta encontra a GIL ocupada. A thread de E/S espera um intervalo de troca inteiro (5 ms) antes de poder pedir a trava, então faz no máximo uma ida e volta por intervalo.</translation>
    </message>
    <message>
        <source>Sweeping the switch interval</source>
        <comment>lesson:gil/title</comment>
        <translation>Varrendo o intervalo de troca</translation>
    </message>
    <message>
        <source>The same I/O thread at switch intervals of 0.1, 0.5, 1, 5 and 20 ms, against the model of one round trip per interval.</source>
        <comment>lesson:gil/talk</comment>
        <translation>A mesma thread de E/S com intervalos de troca de 0,1, 0,5, 1, 5 e 20 ms, comparada com o modelo de uma ida e volta por intervalo.</translation>
    </message>
    <message>
        <source>Why not set the switch interval very short for everybody?</source>
        <comment>lesson:gil/question</comment>
        <translation>Por que não deixar o intervalo de troca bem curto para todo mundo?</translation>
    </message>
    <message>
        <source>Every switch costs two wake-ups and cold caches for the CPU-bound threads, and below some tenths of a millisecond the wake-ups themselves dominate.</source>
        <comment>lesson:gil/answer</comment>
        <translation>Cada troca custa dois despertares e caches frios para as threads limitadas pela CPU, e abaixo de alguns décimos de milissegundo os próprios despertares dominam.</translation>
    </message>
    <message>
        <source>What to remember</source>
        <comment>lesson:gil/title</comment>
        <translation>O que guardar</translation>
    </message>
    <message>
        <source>CPU-bound Python: use processes (multiprocessing, concurrent.futures&apos; ProcessPoolExecutor), native code that releases the GIL, or a free-threaded build. Threads are fine for waiting on I/O, but a busy thread beside them costs every reply up to one switch interval.</source>
        <comment>lesson:gil/talk</comment>
        <translation>Python limitado pela CPU: use processos (multiprocessing, o ProcessPoolExecutor de concurrent.futures), código nativo que solta a GIL, ou uma versão sem GIL. Threads servem bem para esperar E/S, mas uma thread ocupada ao lado delas custa a cada resposta até um intervalo de troca.</translation>
    </message>
</context>
<context>
    <name>deadlock::DeadlockScenario</name>
    <message>
        <source>Deadlock</source>
        <translation>Impasse</translation>
    </message>
    <message>
        <source>Workers really block on each other&apos;s locks; a watchdog finds the cycle and names the four Coffman conditions; six strategies show how to prevent it.</source>
        <translation>Os trabalhadores realmente bloqueiam nas travas uns dos outros; um watchdog encontra o ciclo e aponta as quatro condições de Coffman; seis estratégias mostram como preveni-lo.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>pair: two threads take two locks in opposite order; philosophers: N threads share N forks; processes: two child processes lock byte ranges of a file with fcntl(F_SETLKW).</source>
        <translation>pair: duas threads pegam duas travas em ordem oposta; philosophers: N threads compartilham N garfos; processes: dois processos filhos travam intervalos de bytes de um arquivo com fcntl(F_SETLKW).</translation>
    </message>
    <message>
        <source>Pair (revolving door)</source>
        <translation>Par (porta giratória)</translation>
    </message>
    <message>
        <source>Dining philosophers</source>
        <translation>Jantar dos filósofos</translation>
    </message>
    <message>
        <source>Two processes, fcntl locks</source>
        <translation>Dois processos, travas fcntl</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <source>naive: each takes its own first lock, then the other; ordered: a global lock order; scoped_lock: std::scoped_lock takes both without holding one while blocking; try_backoff: try the second lock, release and back off; timeout: wait a bounded time, release and retry; waiter: an arbitrator admits at most N-1 at a time. The processes variant offers naive, ordered and try_backoff.</source>
        <translation>naive: cada um pega primeiro a sua própria trava, depois a do outro; ordered: uma ordem global de travas; scoped_lock: std::scoped_lock pega as duas sem segurar uma enquanto bloqueia; try_backoff: tenta a segunda trava, libera e recua; timeout: espera por um tempo limitado, libera e tenta de novo; waiter: um árbitro admite no máximo N-1 por vez. A variante processes oferece naive, ordered e try_backoff.</translation>
    </message>
    <message>
        <source>Naive (deadlock-prone)</source>
        <translation>Ingênua (sujeita a impasse)</translation>
    </message>
    <message>
        <source>Global lock order</source>
        <translation>Ordem global de travas</translation>
    </message>
    <message>
        <source>std::scoped_lock</source>
        <translation>std::scoped_lock</translation>
    </message>
    <message>
        <source>Try-lock and back off</source>
        <translation>Try-lock e recuo</translation>
    </message>
    <message>
        <source>Timed lock and retry</source>
        <translation>Trava com tempo limite e nova tentativa</translation>
    </message>
    <message>
        <source>Waiter (N-1 admitted)</source>
        <translation>Garçom (N-1 admitidos)</translation>
    </message>
    <message>
        <source>Philosophers</source>
        <translation>Filósofos</translation>
    </message>
    <message>
        <source>Number of philosophers (and forks) for the philosophers variant.</source>
        <translation>Número de filósofos (e garfos) na variante philosophers.</translation>
    </message>
    <message>
        <source>Hold before second lock (ms)</source>
        <translation>Pausa antes da segunda trava (ms)</translation>
    </message>
    <message>
        <source>Pause between taking the first lock and asking for the second (0 = deadlock is rare, larger = almost certain).</source>
        <translation>Pausa entre pegar a primeira trava e pedir a segunda (0 = o impasse (deadlock) é raro, maior = quase certo).</translation>
    </message>
    <message>
        <source>Think (ms)</source>
        <translation>Pensar (ms)</translation>
    </message>
    <message>
        <source>Average time a worker spends without locks between rounds (randomised ±50%).</source>
        <translation>Tempo médio que um trabalhador passa sem travas entre rodadas (aleatorizado em ±50%).</translation>
    </message>
    <message>
        <source>Eat / work (ms)</source>
        <translation>Comer / trabalhar (ms)</translation>
    </message>
    <message>
        <source>Time spent holding both locks in each round.</source>
        <translation>Tempo em que as duas travas ficam seguras em cada rodada.</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Tempo limite (ms)</translation>
    </message>
    <message>
        <source>timeout strategy: how long to wait for the second lock before giving up.</source>
        <translation>estratégia timeout: quanto tempo esperar pela segunda trava antes de desistir.</translation>
    </message>
    <message>
        <source>Backoff (ms)</source>
        <translation>Recuo (ms)</translation>
    </message>
    <message>
        <source>try_backoff and timeout: pause after giving up before trying again.</source>
        <translation>try_backoff e timeout: pausa após desistir, antes de tentar de novo.</translation>
    </message>
    <message>
        <source>Random backoff</source>
        <translation>Recuo aleatório</translation>
    </message>
    <message>
        <source>Randomise the backoff (exponential, full jitter). Off: every worker waits exactly backoff_ms, so they can retry in step forever (livelock).</source>
        <translation>Torna o recuo aleatório (exponencial, jitter completo). Desligado: todo trabalhador espera exatamente backoff_ms, então podem tentar de novo em sincronia para sempre (livelock).</translation>
    </message>
    <message>
        <source>Rounds per worker</source>
        <translation>Rodadas por trabalhador</translation>
    </message>
    <message>
        <source>Rounds (meals) each worker completes before the run ends (0 = until the time limit).</source>
        <translation>Rodadas (refeições) que cada trabalhador completa antes de a execução terminar (0 = até o limite de tempo).</translation>
    </message>
    <message>
        <source>Stop on deadlock</source>
        <translation>Parar no impasse</translation>
    </message>
    <message>
        <source>End the run as soon as the watchdog detects a deadlock (off: it stays stuck until the time limit or Stop, as a real program would).</source>
        <translation>Encerra a execução assim que o watchdog detecta um impasse (deadlock) (desligado: ela fica bloqueada até o limite de tempo ou até Parar, como aconteceria com um programa real).</translation>
    </message>
    <message>
        <source>Rounds completed</source>
        <translation>Rodadas concluídas</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>rounds (meals) per worker</source>
        <translation>rodadas (refeições) por trabalhador</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>trabalhador</translation>
    </message>
    <message>
        <source>rounds (meals)</source>
        <translation>rodadas (refeições)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>Revolving door: a real deadlock</source>
        <translation>Porta giratória: um impasse real</translation>
    </message>
    <message>
        <source>Pair with a global lock order</source>
        <translation>Par com ordem global de travas</translation>
    </message>
    <message>
        <source>Pair with std::scoped_lock</source>
        <translation>Par com std::scoped_lock</translation>
    </message>
    <message>
        <source>Livelock: try-lock, fixed backoff</source>
        <translation>Livelock: try-lock, recuo fixo</translation>
    </message>
    <message>
        <source>Try-lock, random backoff</source>
        <translation>Try-lock, recuo aleatório</translation>
    </message>
    <message>
        <source>Five philosophers, naive</source>
        <translation>Cinco filósofos, estratégia ingênua</translation>
    </message>
    <message>
        <source>Five philosophers with a waiter</source>
        <translation>Cinco filósofos com garçom</translation>
    </message>
    <message>
        <source>Two processes: the kernel says EDEADLK</source>
        <translation>Dois processos: o kernel responde EDEADLK</translation>
    </message>
    <message>
        <source>Deadlock detected</source>
        <translation>Impasse detectado</translation>
    </message>
    <message>
        <source>Detected after (ms)</source>
        <translation>Detectado após (ms)</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Coffman conditions</source>
        <translation>Condições de Coffman</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Refeições</translation>
    </message>
    <message>
        <source>Fewest meals</source>
        <translation>Menos refeições</translation>
    </message>
    <message>
        <source>Most meals</source>
        <translation>Mais refeições</translation>
    </message>
    <message>
        <source>Livelock detected</source>
        <translation>Livelock detectado</translation>
    </message>
    <message>
        <source>Give-ups (retries)</source>
        <translation>Desistências (novas tentativas)</translation>
    </message>
    <message>
        <source>EDEADLK from the kernel</source>
        <translation>EDEADLK do kernel</translation>
    </message>
    <message>
        <source>Process that got EDEADLK</source>
        <translation>Processo que recebeu EDEADLK</translation>
    </message>
    <message>
        <source>strategy=%1 is not available with variant=processes (fcntl locks allow naive, ordered or try_backoff)</source>
        <translation>strategy=%1 não está disponível com variant=processes (travas fcntl permitem naive, ordered ou try_backoff)</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>gave up %1, backs off %2 ms</source>
        <translation>desistiu de %1, recua %2 ms</translation>
    </message>
    <message>
        <source>eats with %1</source>
        <translation>come com %1</translation>
    </message>
    <message>
        <source>works with %1</source>
        <translation>trabalha com %1</translation>
    </message>
    <message>
        <source>thinks</source>
        <translation>pensa</translation>
    </message>
    <message>
        <source>works alone</source>
        <translation>trabalha sozinho</translation>
    </message>
    <message>
        <source>waits for the waiter</source>
        <translation>espera pelo garçom</translation>
    </message>
    <message>
        <source>waits for %1+%2 (std::scoped_lock)</source>
        <translation>espera por %1+%2 (std::scoped_lock)</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>espera por %1</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>segura %1</translation>
    </message>
    <message>
        <source>holds %1, waits for %2</source>
        <translation>segura %1, espera por %2</translation>
    </message>
    <message>
        <source>Deadlock at %1 s, detected %2 ms after the cycle closed: %3.</source>
        <translation>Impasse (deadlock) em %1 s, detectado %2 ms após o ciclo se fechar: %3.</translation>
    </message>
    <message>
        <source>Coffman conditions that held: %1</source>
        <translation>Condições de Coffman que se verificaram: %1</translation>
    </message>
    <message>
        <source>stop_on_deadlock is set: the run ends now.</source>
        <translation>stop_on_deadlock está ativado: a execução termina agora.</translation>
    </message>
    <message>
        <source>A cycle formed at %1 s (%2), but its waits are timed: a timeout will break it.</source>
        <translation>Um ciclo se formou em %1 s (%2), mas suas esperas têm tempo limite: um timeout vai rompê-lo.</translation>
    </message>
    <message>
        <source>Livelock at %1 s: for %2 ms no worker completed a round although every worker kept taking a lock, failing to get the next one, releasing and backing off in step.</source>
        <translation>Livelock em %1 s: por %2 ms nenhum trabalhador completou uma rodada, embora todos continuassem pegando uma trava, falhando em obter a seguinte, liberando e recuando em sincronia.</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>refeições</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rodadas</translation>
    </message>
    <message>
        <source>Every worker completed its %1 rounds.</source>
        <translation>Todos os trabalhadores completaram suas %1 rodadas.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>F_SETLKW %1</source>
        <translation>F_SETLKW %1</translation>
    </message>
    <message>
        <source>EDEADLK on %1</source>
        <translation>EDEADLK em %1</translation>
    </message>
    <message>
        <source>EAGAIN on %1</source>
        <translation>EAGAIN em %1</translation>
    </message>
    <message>
        <source>%1 got EDEADLK from fcntl(F_SETLKW) on %2 while holding %3: %4 already waits for %3. The kernel refused the request that would have closed the cycle.</source>
        <translation>%1 recebeu EDEADLK de fcntl(F_SETLKW) em %2 enquanto segurava %3: %4 já espera por %3. O kernel recusou o pedido que teria fechado o ciclo.</translation>
    </message>
    <message>
        <source>%1 (refused by the kernel with EDEADLK to %2)</source>
        <translation>%1 (recusado pelo kernel com EDEADLK para %2)</translation>
    </message>
    <message>
        <source> (the kernel refused the last wait, so the cycle never blocked)</source>
        <translation> (o kernel recusou a última espera, então o ciclo nunca chegou a bloquear)</translation>
    </message>
    <message>
        <source>%1 released %2 and backed off (what it did next).</source>
        <translation>%1 liberou %2 e recuou (o que fez em seguida).</translation>
    </message>
    <message>
        <source>between rounds</source>
        <translation>entre rodadas</translation>
    </message>
    <message>
        <source>backs off %1 ms</source>
        <translation>recua %1 ms</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>bytes %1–%2</translation>
    </message>
    <message>
        <source>pipe: %1</source>
        <translation>pipe: %1</translation>
    </message>
    <message>
        <source>cannot start the child processes: %1</source>
        <translation>não foi possível iniciar os processos filhos: %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>Started %1 and %2; both lock %3 before %4 (global order).</source>
        <translation>%1 e %2 iniciados; ambos travam %3 antes de %4 (ordem global).</translation>
    </message>
    <message>
        <source>Started %1 (locks %2, then %3) and %4 (locks %3, then %2).</source>
        <translation>Iniciados %1 (trava %2, depois %3) e %4 (trava %3, depois %2).</translation>
    </message>
    <message>
        <source>Livelock: for %1 ms neither process completed a round although both kept failing, releasing and retrying.</source>
        <translation>Livelock: por %1 ms nenhum processo completou uma rodada, embora ambos continuassem falhando, liberando e tentando de novo.</translation>
    </message>
    <message>
        <source>%1 was ended by signal %2 and reaped.</source>
        <translation>%1 foi encerrado pelo sinal %2 e recolhido (reaped).</translation>
    </message>
    <message>
        <source>%1 exited with code %2 and was reaped.</source>
        <translation>%1 terminou com código %2 e foi recolhido (reaped).</translation>
    </message>
    <message>
        <source>The wait-for graph: who holds which lock, who waits for which, and the cycle.</source>
        <translation>O grafo de espera: quem segura qual trava, quem espera por qual, e o ciclo.</translation>
    </message>
</context>
<context>
    <name>deadlock::WaitGraph</name>
    <message>
        <source>%1 holds %2 and waits for %3</source>
        <translation>%1 segura %2 e espera por %3</translation>
    </message>
    <message>
        <source>1. mutual exclusion: each lock had one owner at a time; 2. hold and wait: every worker in the cycle held a lock while waiting for another; 3. no preemption: no wait in the cycle had a timeout and no lock was taken away; 4. circular wait: %1</source>
        <translation>1. exclusão mútua: cada trava tinha um único dono por vez; 2. posse e espera: todo trabalhador do ciclo segurava uma trava enquanto esperava por outra; 3. não preempção: nenhuma espera do ciclo tinha tempo limite e nenhuma trava foi retirada de seu dono; 4. espera circular: %1</translation>
    </message>
</context>
<context>
    <name>gil::GilRun</name>
    <message>
        <source>alone</source>
        <translation>sozinha</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>percentil 99</translation>
    </message>
    <message>
        <source>I/O thread</source>
        <translation>thread de E/S</translation>
    </message>
    <message>
        <source>main (sequential)</source>
        <translation>principal (sequencial)</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>CPU thread %1</source>
        <translation>thread de CPU %1</translation>
    </message>
    <message>
        <source>T%1 (thread)</source>
        <translation>T%1 (thread)</translation>
    </message>
    <message>
        <source>CPU process %1</source>
        <translation>processo de CPU %1</translation>
    </message>
    <message>
        <source>P%1 (process)</source>
        <translation>P%1 (processo)</translation>
    </message>
    <message>
        <source>drop requests</source>
        <translation>pedidos de liberação</translation>
    </message>
    <message>
        <source>failed wake-ups</source>
        <translation>despertares frustrados</translation>
    </message>
    <message>
        <source>One tick takes %1 ns here. Each worker runs fib(%2) as ticks: %3 ticks (about %4 ms on one core).</source>
        <translation>Um tick leva %1 ns aqui. Cada trabalhador executa fib(%2) como ticks: %3 ticks (cerca de %4 ms num núcleo).</translation>
    </message>
    <message>
        <source>One tick takes %1 ns here. Each worker runs %2 ticks (%3 ms on one core).</source>
        <translation>Um tick leva %1 ns aqui. Cada trabalhador executa %2 ticks (%3 ms num núcleo).</translation>
    </message>
    <message>
        <source>pplab emulator</source>
        <translation>emulador do pplab</translation>
    </message>
    <message>
        <source>ideal (N workers, N cores)</source>
        <translation>ideal (N trabalhadores, N núcleos)</translation>
    </message>
    <message>
        <source>Warning: the sequential run had only %1 of a core (CPU time ÷ wall time): other programs are using the processors, so the speedups below compare unequal conditions.</source>
        <translation>Aviso: a execução sequencial teve só %1 de um núcleo (tempo de CPU ÷ tempo real): outros programas estão usando os processadores, então os speedups abaixo comparam condições desiguais.</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 ticks were run</source>
        <translation>%1: só %2 de %3 ticks foram executados</translation>
    </message>
    <message>
        <source>%1, %2 worker(s): %3 s for %4 ticks (CPU time %5 s; %6 lock switches, %7 drop requests, %8 failed wake-ups)</source>
        <translation>%1, %2 trabalhador(es): %3 s para %4 ticks (tempo de CPU %5 s; %6 trocas da trava, %7 pedidos de liberação, %8 despertares frustrados)</translation>
    </message>
    <message>
        <source>socketpair: %1</source>
        <translation>socketpair: %1</translation>
    </message>
    <message>
        <source>cannot start the responder process: %1</source>
        <translation>não foi possível iniciar o processo respondedor: %1</translation>
    </message>
    <message>
        <source>Responder: process %1, answers each request after %2 µs.</source>
        <translation>Respondedor: processo %1, responde cada pedido depois de %2 µs.</translation>
    </message>
    <message>
        <source>beside CPU-bound workers, %1</source>
        <translation>ao lado de trabalhadores limitados pela CPU, %1</translation>
    </message>
    <message>
        <source>pplab emulator (new GIL)</source>
        <translation>emulador do pplab (GIL nova)</translation>
    </message>
    <message>
        <source>model: one round trip per (interval + round trip alone)</source>
        <translation>modelo: uma ida e volta por (intervalo + ida e volta sozinha)</translation>
    </message>
    <message>
        <source>alone (no CPU-bound worker)</source>
        <translation>sozinha (sem trabalhador limitado pela CPU)</translation>
    </message>
    <message>
        <source>I/O thread: %1</source>
        <translation>thread de E/S: %1</translation>
    </message>
    <message>
        <source>the measurement did not complete</source>
        <translation>a medição não terminou</translation>
    </message>
    <message>
        <source>I/O thread alone</source>
        <translation>thread de E/S sozinha</translation>
    </message>
    <message>
        <source>I/O thread beside %1 CPU-bound worker(s), new GIL, switch interval %2 ms</source>
        <translation>thread de E/S ao lado de %1 trabalhador(es) limitado(s) pela CPU, GIL nova, intervalo de troca de %2 ms</translation>
    </message>
    <message>
        <source>I/O thread beside %1 CPU-bound worker(s), %2</source>
        <translation>thread de E/S ao lado de %1 trabalhador(es) limitado(s) pela CPU, %2</translation>
    </message>
    <message>
        <source>%1: %2 round trips in %3 s = %4 per second; latency median %5 ms, p99 %6 ms (%7 lock switches, %8 drop requests, %9 failed wake-ups)</source>
        <translation>%1: %2 idas e voltas em %3 s = %4 por segundo; latência mediana %5 ms, p99 %6 ms (%7 trocas da trava, %8 pedidos de liberação, %9 despertares frustrados)</translation>
    </message>
    <message>
        <source>engine: the cpython engine is unavailable: %1</source>
        <translation>engine: o motor cpython não está disponível: %1</translation>
    </message>
    <message>
        <source>Real interpreter: %1 gil_cpython.py %2</source>
        <translation>Interpretador real: %1 gil_cpython.py %2</translation>
    </message>
    <message>
        <source>%1: sys._is_gil_enabled() does not exist before 3.13; this interpreter always has its GIL.</source>
        <translation>%1: sys._is_gil_enabled() não existe antes da 3.13; este interpretador sempre tem a sua GIL.</translation>
    </message>
    <message>
        <source>%1: sys._is_gil_enabled() is %2.</source>
        <translation>%1: sys._is_gil_enabled() é %2.</translation>
    </message>
    <message>
        <source>CPython engine: %1</source>
        <translation>Motor CPython: %1</translation>
    </message>
    <message>
        <source> (the emulator&apos;s figures stand)</source>
        <translation> (os números do emulador continuam válidos)</translation>
    </message>
    <message>
        <source>%1, threads</source>
        <translation>%1, threads</translation>
    </message>
    <message>
        <source>%1, processes</source>
        <translation>%1, processos</translation>
    </message>
    <message>
        <source>%1: fib(%2) (%3 calls) × %4 workers: sequential %5 s, threads %6 s (speedup %7), processes %8 s (speedup %9; their start-up, %10 s with the %11 start method, is not counted)</source>
        <translation>%1: fib(%2) (%3 chamadas) × %4 trabalhadores: sequencial %5 s, threads %6 s (speedup %7), processos %8 s (speedup %9; a inicialização deles, %10 s com o método de início %11, não é contada)</translation>
    </message>
    <message>
        <source>Side by side, speedup over sequential with %1 threads (%2): %3 (emulator) vs %4 (CPython).</source>
        <translation>Lado a lado, speedup sobre o sequencial com %1 threads (%2): %3 (emulador) contra %4 (CPython).</translation>
    </message>
    <message>
        <source>Side by side, speedup over sequential with %1 processes: %2 (emulator) vs %3 (CPython).</source>
        <translation>Lado a lado, speedup sobre o sequencial com %1 processos: %2 (emulador) contra %3 (CPython).</translation>
    </message>
    <message>
        <source>%1, alone</source>
        <translation>%1, sozinha</translation>
    </message>
    <message>
        <source>%1, beside CPU-bound threads</source>
        <translation>%1, ao lado de threads limitadas pela CPU</translation>
    </message>
    <message>
        <source>%1: I/O thread alone %2 round trips/s (median %3 ms); beside %4 CPU-bound thread(s) at a %5 ms switch interval %6/s (median %7 ms, p99 %8 ms)</source>
        <translation>%1: thread de E/S sozinha %2 idas e voltas/s (mediana %3 ms); ao lado de %4 thread(s) limitada(s) pela CPU, com intervalo de troca de %5 ms, %6/s (mediana %7 ms, p99 %8 ms)</translation>
    </message>
    <message>
        <source>Side by side, I/O round trips per second beside CPU-bound work: %1 (emulator) vs %2 (CPython); alone: %3 vs %4.</source>
        <translation>Lado a lado, idas e voltas de E/S por segundo ao lado de trabalho limitado pela CPU: %1 (emulador) contra %2 (CPython); sozinha: %3 contra %4.</translation>
    </message>
</context>
<context>
    <name>gil::GilScenario</name>
    <message>
        <source>threads, new GIL (3.2+)</source>
        <translation>threads, GIL nova (3.2+)</translation>
    </message>
    <message>
        <source>threads, old GIL (≤ 3.1)</source>
        <translation>threads, GIL antiga (≤ 3.1)</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processos</translation>
    </message>
    <message>
        <source>free-threaded (no GIL)</source>
        <translation>sem GIL (free-threaded)</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequencial</translation>
    </message>
    <message>
        <source>GIL contention</source>
        <translation>Contenção da GIL</translation>
    </message>
    <message>
        <source>A global interpreter lock emulated on real threads (CPython&apos;s new and old GIL, or none) against real processes: why threads do not speed up CPU-bound Python, and why an I/O thread stalls behind a busy one.</source>
        <translation>Uma trava global do interpretador emulada em threads reais (a GIL nova e a antiga do CPython, ou nenhuma) contra processos reais: por que threads não aceleram Python limitado pela CPU e por que uma thread de E/S empaca atrás de uma ocupada.</translation>
    </message>
    <message>
        <source>compare all (one run each)</source>
        <translation>comparar todas (uma execução de cada)</translation>
    </message>
    <message>
        <source>Interpreter lock</source>
        <translation>Trava do interpretador</translation>
    </message>
    <message>
        <source>new: CPython 3.2+ (a waiter asks the holder to drop the lock after the switch interval). old: CPython ≤ 3.1 (the holder releases and re-takes it every check_interval ticks). none: free-threaded, no lock. processes: each worker is a child process with its own lock. compare: each of them in turn.</source>
        <translation>new: CPython 3.2+ (quem espera pede a quem segura que solte a trava depois do intervalo de troca). old: CPython ≤ 3.1 (quem segura a solta e a pega de volta a cada check_interval ticks). none: sem GIL, nenhuma trava. processes: cada trabalhador é um processo filho com a sua própria trava. compare: cada uma delas, uma após a outra.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>cpu: N workers each run the same CPU-bound work, against the same work run sequentially. io: one I/O thread does round trips with a responder process while CPU-bound workers run (the convoy effect).</source>
        <translation>cpu: N trabalhadores executam cada um o mesmo trabalho limitado pela CPU, comparado com o mesmo trabalho executado sequencialmente. io: uma thread de E/S faz idas e voltas com um processo respondedor enquanto trabalhadores limitados pela CPU executam (o efeito comboio).</translation>
    </message>
    <message>
        <source>CPU-bound workers</source>
        <translation>trabalhadores limitados pela CPU</translation>
    </message>
    <message>
        <source>I/O thread beside CPU-bound workers</source>
        <translation>thread de E/S ao lado de trabalhadores limitados pela CPU</translation>
    </message>
    <message>
        <source>Workers (N)</source>
        <translation>Trabalhadores (N)</translation>
    </message>
    <message>
        <source>cpu workload: how many threads (or processes) share the work.</source>
        <translation>carga cpu: quantas threads (ou processos) dividem o trabalho.</translation>
    </message>
    <message>
        <source>Switch interval (ms)</source>
        <translation>Intervalo de troca (ms)</translation>
    </message>
    <message>
        <source>New GIL: how long a waiting thread waits before it asks the holder to drop the lock (sys.setswitchinterval; CPython&apos;s default is 5 ms).</source>
        <translation>GIL nova: quanto tempo uma thread que espera aguarda antes de pedir a quem segura que solte a trava (sys.setswitchinterval; o padrão do CPython é 5 ms).</translation>
    </message>
    <message>
        <source>Check interval (ticks)</source>
        <translation>Intervalo de verificação (ticks)</translation>
    </message>
    <message>
        <source>Old GIL: the holder releases and re-takes the lock every this many ticks (sys.setcheckinterval; Python 2&apos;s default is 100).</source>
        <translation>GIL antiga: quem segura a trava a solta e a pega de volta a cada este número de ticks (sys.setcheckinterval; o padrão do Python 2 é 100).</translation>
    </message>
    <message>
        <source>CPU-bound workers beside the I/O thread</source>
        <translation>Trabalhadores limitados pela CPU ao lado da thread de E/S</translation>
    </message>
    <message>
        <source>io workload: how many CPU-bound workers run while the I/O thread is measured.</source>
        <translation>carga io: quantos trabalhadores limitados pela CPU executam enquanto a thread de E/S é medida.</translation>
    </message>
    <message>
        <source>Work per worker (ms)</source>
        <translation>Trabalho por trabalhador (ms)</translation>
    </message>
    <message>
        <source>cpu: each worker runs this many milliseconds of ticks (timed on one thread at the start). io: how long each I/O measurement lasts.</source>
        <translation>cpu: cada trabalhador executa este número de milissegundos de ticks (cronometrados numa thread no início). io: quanto dura cada medição de E/S.</translation>
    </message>
    <message>
        <source>fib(n) as ticks</source>
        <translation>fib(n) como ticks</translation>
    </message>
    <message>
        <source>cpu: if above 0, each worker runs one tick per call of a naive recursive fib(n), 2·fib(n+1) − 1 ticks, like the books&apos; Python fib, instead of work_ms.</source>
        <translation>cpu: se maior que 0, cada trabalhador executa um tick por chamada de um fib(n) recursivo ingênuo, 2·fib(n+1) − 1 ticks, como o fib em Python dos livros, em vez de work_ms.</translation>
    </message>
    <message>
        <source>Responder delay (µs)</source>
        <translation>Atraso do respondedor (µs)</translation>
    </message>
    <message>
        <source>io: the responder answers each request after this long (a network or disk round trip). At 0 the reply can come back before the CPU thread has even woken up.</source>
        <translation>io: o respondedor responde cada pedido depois deste tempo (uma ida e volta de rede ou de disco). Com 0, a resposta pode voltar antes mesmo de a thread de CPU acordar.</translation>
    </message>
    <message>
        <source>Sweep the switch interval</source>
        <translation>Varrer o intervalo de troca</translation>
    </message>
    <message>
        <source>io with the new GIL: measures the I/O thread at switch intervals of 0.1, 0.5, 1, 5 and 20 ms (and the one set above).</source>
        <translation>io com a GIL nova: mede a thread de E/S com intervalos de troca de 0,1, 0,5, 1, 5 e 20 ms (e o definido acima).</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>emulator: the C++ emulation. cpython: the same experiments in the real interpreter (python3 on the PATH, or $PPLAB_PYTHON). both: the emulation, then CPython beside it.</source>
        <translation>emulator: a emulação em C++. cpython: os mesmos experimentos no interpretador real (python3 no PATH, ou $PPLAB_PYTHON). both: a emulação e, ao lado dela, o CPython.</translation>
    </message>
    <message>
        <source>emulator</source>
        <translation>emulador</translation>
    </message>
    <message>
        <source>real CPython</source>
        <translation>CPython real</translation>
    </message>
    <message>
        <source>real CPython (unavailable: %1)</source>
        <translation>CPython real (indisponível: %1)</translation>
    </message>
    <message>
        <source>both side by side</source>
        <translation>os dois lado a lado</translation>
    </message>
    <message>
        <source>both (unavailable: %1)</source>
        <translation>os dois (indisponível: %1)</translation>
    </message>
    <message>
        <source>Live timeline</source>
        <translation>Linha do tempo ao vivo</translation>
    </message>
    <message>
        <source>Record the timeline and live figures while running. Turn off to measure without any recording.</source>
        <translation>Registra a linha do tempo e os números ao vivo durante a execução. Desligue para medir sem nenhum registro.</translation>
    </message>
    <message>
        <source>I/O operations per second against the switch interval</source>
        <translation>Operações de E/S por segundo em função do intervalo de troca</translation>
    </message>
    <message>
        <source>switch interval (ms)</source>
        <translation>intervalo de troca (ms)</translation>
    </message>
    <message>
        <source>I/O operations per second</source>
        <translation>Operações de E/S por segundo</translation>
    </message>
    <message>
        <source>Who holds the GIL (timeline)</source>
        <translation>Quem segura a GIL (linha do tempo)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>Wall time: sequential, threads, processes, free-threaded</source>
        <translation>Tempo real: sequencial, threads, processos, sem GIL</translation>
    </message>
    <message>
        <source>how the work ran</source>
        <translation>como o trabalho foi executado</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Speedup against workers</source>
        <translation>Speedup em função dos trabalhadores</translation>
    </message>
    <message>
        <source>workers (threads or processes)</source>
        <translation>trabalhadores (threads ou processos)</translation>
    </message>
    <message>
        <source>speedup over sequential</source>
        <translation>speedup sobre o sequencial</translation>
    </message>
    <message>
        <source>Work done per second</source>
        <translation>Trabalho feito por segundo</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>million ticks per second</source>
        <translation>milhões de ticks por segundo</translation>
    </message>
    <message>
        <source>beside what</source>
        <translation>ao lado de quê</translation>
    </message>
    <message>
        <source>round trips per second</source>
        <translation>idas e voltas por segundo</translation>
    </message>
    <message>
        <source>I/O latency (request to GIL taken back)</source>
        <translation>Latência de E/S (do pedido até retomar a GIL)</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>percentil</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The books&apos; table: sequential, threads, processes, free-threaded</source>
        <translation>A tabela dos livros: sequencial, threads, processos, sem GIL</translation>
    </message>
    <message>
        <source>Two CPU-bound threads under the GIL</source>
        <translation>Duas threads limitadas pela CPU sob a GIL</translation>
    </message>
    <message>
        <source>Old GIL: the releaser wins again (failed wake-ups)</source>
        <translation>GIL antiga: quem solta ganha de novo (despertares frustrados)</translation>
    </message>
    <message>
        <source>fib(30) on two threads and two processes</source>
        <translation>fib(30) em duas threads e em dois processos</translation>
    </message>
    <message>
        <source>Convoy effect: an I/O thread behind a CPU thread</source>
        <translation>Efeito comboio: uma thread de E/S atrás de uma thread de CPU</translation>
    </message>
    <message>
        <source>I/O under each kind of lock</source>
        <translation>E/S sob cada tipo de trava</translation>
    </message>
    <message>
        <source>Switch interval sweep</source>
        <translation>Varredura do intervalo de troca</translation>
    </message>
    <message>
        <source>10 000 switches per second (0.1 ms interval)</source>
        <translation>10 000 trocas por segundo (intervalo de 0,1 ms)</translation>
    </message>
    <message>
        <source>Emulation beside real CPython</source>
        <translation>Emulação ao lado do CPython real</translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation>Tempo real (s)</translation>
    </message>
    <message>
        <source>Sequential (s)</source>
        <translation>Sequencial (s)</translation>
    </message>
    <message>
        <source>Cores used, sequential</source>
        <translation>Núcleos usados, sequencial</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Speedup</translation>
    </message>
    <message>
        <source>Lock switches per second</source>
        <translation>Trocas da trava por segundo</translation>
    </message>
    <message>
        <source>% re-taken by the releaser</source>
        <translation>% retomada por quem soltou</translation>
    </message>
    <message>
        <source>Drop requests</source>
        <translation>Pedidos de liberação</translation>
    </message>
    <message>
        <source>Failed wake-ups</source>
        <translation>Despertares frustrados</translation>
    </message>
    <message>
        <source>CPU utilisation (of all cores)</source>
        <translation>Uso da CPU (de todos os núcleos)</translation>
    </message>
    <message>
        <source>Cores used (CPU time ÷ wall)</source>
        <translation>Núcleos usados (tempo de CPU ÷ tempo real)</translation>
    </message>
    <message>
        <source>I/O ops/s</source>
        <translation>Operações de E/S/s</translation>
    </message>
    <message>
        <source>I/O ops/s alone</source>
        <translation>Operações de E/S/s sozinha</translation>
    </message>
    <message>
        <source>I/O latency median (ms)</source>
        <translation>Latência de E/S mediana (ms)</translation>
    </message>
    <message>
        <source>I/O latency p99 (ms)</source>
        <translation>Latência de E/S p99 (ms)</translation>
    </message>
    <message>
        <source>I/O latency median alone (ms)</source>
        <translation>Latência de E/S mediana sozinha (ms)</translation>
    </message>
    <message>
        <source>I/O latency p99 alone (ms)</source>
        <translation>Latência de E/S p99 sozinha (ms)</translation>
    </message>
    <message>
        <source>Hand-off median (µs)</source>
        <translation>Passagem da trava, mediana (µs)</translation>
    </message>
    <message>
        <source>Hand-off p99 (µs)</source>
        <translation>Passagem da trava, p99 (µs)</translation>
    </message>
    <message>
        <source>ns per tick</source>
        <translation>ns por tick</translation>
    </message>
    <message>
        <source>Ticks run</source>
        <translation>Ticks executados</translation>
    </message>
    <message>
        <source>Process start-up (s)</source>
        <translation>Inicialização dos processos (s)</translation>
    </message>
    <message>
        <source>Speedup, %1</source>
        <translation>Speedup, %1</translation>
    </message>
    <message>
        <source>Wall time, %1 (s)</source>
        <translation>Tempo real, %1 (s)</translation>
    </message>
    <message>
        <source>I/O ops/s, %1</source>
        <translation>Operações de E/S/s, %1</translation>
    </message>
    <message>
        <source>I/O ops/s at %1 ms</source>
        <translation>Operações de E/S/s com %1 ms</translation>
    </message>
    <message>
        <source>CPython version</source>
        <translation>Versão do CPython</translation>
    </message>
    <message>
        <source>CPython GIL enabled</source>
        <translation>GIL do CPython ativa</translation>
    </message>
    <message>
        <source>CPython sequential (s)</source>
        <translation>CPython sequencial (s)</translation>
    </message>
    <message>
        <source>CPython threads (s)</source>
        <translation>CPython threads (s)</translation>
    </message>
    <message>
        <source>CPython processes (s)</source>
        <translation>CPython processos (s)</translation>
    </message>
    <message>
        <source>CPython speedup, threads</source>
        <translation>CPython speedup, threads</translation>
    </message>
    <message>
        <source>CPython speedup, processes</source>
        <translation>CPython speedup, processos</translation>
    </message>
    <message>
        <source>CPython I/O ops/s</source>
        <translation>CPython operações de E/S/s</translation>
    </message>
    <message>
        <source>CPython I/O ops/s alone</source>
        <translation>CPython operações de E/S/s sozinha</translation>
    </message>
    <message>
        <source>CPython I/O latency median (ms)</source>
        <translation>CPython latência de E/S mediana (ms)</translation>
    </message>
    <message>
        <source>CPython I/O latency p99 (ms)</source>
        <translation>CPython latência de E/S p99 (ms)</translation>
    </message>
    <message>
        <source>CPython I/O latency median alone (ms)</source>
        <translation>CPython latência de E/S mediana sozinha (ms)</translation>
    </message>
    <message>
        <source>CPython fib(n)</source>
        <translation>CPython fib(n)</translation>
    </message>
    <message>
        <source>CPython process start-up (s)</source>
        <translation>CPython inicialização dos processos (s)</translation>
    </message>
    <message>
        <source>CPython I/O ops/s at %1 ms</source>
        <translation>CPython operações de E/S/s com %1 ms</translation>
    </message>
    <message>
        <source>switch_interval_ms: must be above 0 (CPython refuses a switch interval of 0)</source>
        <translation>switch_interval_ms: precisa ser maior que 0 (o CPython recusa um intervalo de troca 0)</translation>
    </message>
    <message>
        <source>engine: the cpython engine is unavailable: %1; use engine=emulator</source>
        <translation>engine: o motor cpython não está disponível: %1; use engine=emulator</translation>
    </message>
    <message>
        <source>sweep: the switch-interval sweep measures the I/O thread; set workload=io</source>
        <translation>sweep: a varredura do intervalo de troca mede a thread de E/S; defina workload=io</translation>
    </message>
    <message>
        <source>sweep: only the new GIL has a switch interval; set gil=new</source>
        <translation>sweep: só a GIL nova tem intervalo de troca; defina gil=new</translation>
    </message>
</context>
<context>
    <name>gil::LaneTrack</name>
    <message>
        <source>%1 holds the GIL and runs ticks</source>
        <translation>%1 segura a GIL e executa ticks</translation>
    </message>
    <message>
        <source>%1 waits for the GIL</source>
        <translation>%1 espera pela GIL</translation>
    </message>
    <message>
        <source>%1 dropped the GIL on request and waits until another thread has taken it (forced switching)</source>
        <translation>%1 soltou a GIL a pedido e espera até outra thread pegá-la (troca forçada)</translation>
    </message>
    <message>
        <source>%1 is in blocking I/O without the GIL (writes the request, reads the reply)</source>
        <translation>%1 está em E/S bloqueante sem a GIL (escreve o pedido, lê a resposta)</translation>
    </message>
    <message>
        <source>%1 runs ticks without any lock (free-threaded)</source>
        <translation>%1 executa ticks sem trava nenhuma (sem GIL)</translation>
    </message>
    <message>
        <source>%1 finished its ticks and waits for the others</source>
        <translation>%1 terminou os seus ticks e espera pelas outras</translation>
    </message>
    <message>
        <source>holding the GIL</source>
        <translation>segurando a GIL</translation>
    </message>
    <message>
        <source>running without a lock</source>
        <translation>executando sem trava</translation>
    </message>
    <message>
        <source>in I/O</source>
        <translation>em E/S</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminou</translation>
    </message>
    <message>
        <source>%1: %2 short segments in %3 ms, coalesced: %4 % of this slice %5</source>
        <translation>%1: %2 trechos curtos em %3 ms, agrupados: %4 % desta fatia %5</translation>
    </message>
    <message>
        <source>%1 waited a whole switch interval without a switch: drop request</source>
        <translation>%1 esperou um intervalo de troca inteiro sem troca: pedido de liberação</translation>
    </message>
    <message>
        <source>%1: %2 drop requests in %3 ms</source>
        <translation>%1: %2 pedidos de liberação em %3 ms</translation>
    </message>
    <message>
        <source>%1 was woken, but the GIL had been taken again: failed wake-up</source>
        <translation>%1 foi acordada, mas a GIL já tinha sido pega de novo: despertar frustrado</translation>
    </message>
    <message>
        <source>%1: %2 failed wake-ups in %3 ms</source>
        <translation>%1: %2 despertares frustrados em %3 ms</translation>
    </message>
</context>
<context>
    <name>gil::ProcGroup</name>
    <message>
        <source>processes: pipe2: %1</source>
        <translation>processes: pipe2: %1</translation>
    </message>
    <message>
        <source>processes: cannot start worker %1: %2</source>
        <translation>processes: não foi possível iniciar o trabalhador %1: %2</translation>
    </message>
    <message>
        <source>P%1 (pid %2) holds its own process&apos;s GIL and runs ticks</source>
        <translation>P%1 (pid %2) segura a GIL do seu próprio processo e executa ticks</translation>
    </message>
    <message>
        <source>processes: a worker process ended or did not start within 30 s</source>
        <translation>processes: um processo trabalhador terminou ou não iniciou em 30 s</translation>
    </message>
    <message>
        <source>processes: socketpair: %1</source>
        <translation>processes: socketpair: %1</translation>
    </message>
</context>
<context>
    <name>gil::PythonRun</name>
    <message>
        <source>PPLAB_PYTHON=&apos;%1&apos; is not an executable file</source>
        <translation>PPLAB_PYTHON=&apos;%1&apos; não é um arquivo executável</translation>
    </message>
    <message>
        <source>python3 was not found on the PATH</source>
        <translation>python3 não foi encontrado no PATH</translation>
    </message>
    <message>
        <source>free-threaded</source>
        <translation>sem GIL</translation>
    </message>
    <message>
        <source>GIL enabled</source>
        <translation>GIL ativa</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source>cannot write the script to %1</source>
        <translation>não foi possível gravar o script em %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>morto pelo sinal %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gil::Run</name>
    <message>
        <source>I/O thread</source>
        <translation>thread de E/S</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>threads: cannot start a thread (%1)</source>
        <translation>threads: não foi possível iniciar uma thread (%1)</translation>
    </message>
    <message>
        <source>threads: cannot start thread %1 of %2 (%3)</source>
        <translation>threads: não foi possível iniciar a thread %1 de %2 (%3)</translation>
    </message>
</context>
<context>
    <name>gui::ChartPanel</name>
    <message>
        <source>Drag to zoom in; right-click to zoom out. Keyboard: + and - zoom, arrows pan, 0 shows everything.</source>
        <translation>Arraste para ampliar; clique com o botão direito para reduzir. Teclado: + e - ampliam e reduzem, as setas deslocam, 0 mostra tudo.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>%1 against %2. The Data tab holds the same values as a table.</source>
        <translation>%1 em função de %2. A aba Dados traz os mesmos valores em uma tabela.</translation>
    </message>
</context>
<context>
    <name>gui::ComparisonView</name>
    <message>
        <source>The runs&apos; “%1” charts, overlaid or side by side; their values are in the Figures tab and in Export data.</source>
        <translation>Os gráficos “%1” das execuções, sobrepostos ou lado a lado; os seus valores estão na aba Números e em Exportar dados.</translation>
    </message>
    <message>
        <source>These runs cannot be compared: %1</source>
        <translation>Estas execuções não podem ser comparadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s) of %1: %2</source>
        <translation>
            <numerusform>Comparando %n execução de %1: %2</numerusform>
            <numerusform>Comparando %n execuções de %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>One column per run; in parentheses, the ratio to the first run.</source>
        <translation>Uma coluna por execução; entre parênteses, a razão em relação à primeira execução.</translation>
    </message>
    <message>
        <source>The “%1” tab has no chart to export. Show one of the comparison&apos;s charts, then export again.</source>
        <translation>A aba “%1” não tem gráfico para exportar. Mostre um dos gráficos da comparação e exporte de novo.</translation>
    </message>
</context>
<context>
    <name>gui::CountersView</name>
    <message>
        <source>The run&apos;s figures appear here while it runs.</source>
        <translation>Os números da execução aparecem aqui enquanto ela está em andamento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A figure of the run, updated while it runs.</source>
        <translation>Um número da execução, atualizado enquanto ela roda.</translation>
    </message>
    <message>
        <source>Figures of the run</source>
        <translation>Números da execução</translation>
    </message>
</context>
<context>
    <name>gui::DataModel</name>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
</context>
<context>
    <name>gui::DeadlockPanel</name>
    <message>
        <source>The wait-for graph appears here while the scenario runs.</source>
        <translation>O grafo de espera aparece aqui enquanto o cenário é executado.</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>segura</translation>
    </message>
    <message>
        <source>waits (timed)</source>
        <translation>espera (com tempo limite)</translation>
    </message>
    <message>
        <source>waits for</source>
        <translation>espera por</translation>
    </message>
    <message>
        <source>Wait-for graph</source>
        <translation>Grafo de espera</translation>
    </message>
    <message>
        <source>The kernel detected a deadlock (EDEADLK)</source>
        <translation>O kernel detectou um impasse (EDEADLK)</translation>
    </message>
    <message>
        <source>Deadlock detected %1 ms after the cycle closed</source>
        <translation>Impasse detectado %1 ms após o ciclo se fechar</translation>
    </message>
    <message>
        <source>Coffman conditions:</source>
        <translation>Condições de Coffman:</translation>
    </message>
    <message>
        <source>Livelock detected</source>
        <translation>Livelock detectado</translation>
    </message>
    <message>
        <source>No worker completes a round, although all of them keep taking, releasing and retrying locks in step.</source>
        <translation>Nenhum trabalhador completa uma rodada, embora todos continuem pegando, liberando e tentando de novo as travas em sincronia.</translation>
    </message>
    <message>
        <source>No deadlock so far.</source>
        <translation>Nenhum impasse até agora.</translation>
    </message>
    <message>
        <source>Which worker holds and waits for which lock; the banner above says in words whether there is a deadlock and which cycle causes it.</source>
        <translation>Qual trabalhador segura e espera por qual trava; o aviso acima diz em palavras se há um impasse (deadlock) e qual ciclo o causa.</translation>
    </message>
    <message>
        <source>Circles are workers, squares are locks. Solid line: the lock is held by the worker. Dashed line: the worker waits for the lock (dotted: a timed wait that gives up). Double line and double ring: a cycle of waits. In vermillion, no one can break it — a deadlock; in orange (yellow in the dark theme), a timeout will break it.</source>
        <translation>Círculos são trabalhadores, quadrados são travas. Linha contínua: o trabalhador segura a trava. Linha tracejada: o trabalhador espera pela trava (pontilhada: uma espera com tempo limite, que desiste). Linha dupla e anel duplo: um ciclo de esperas. Em vermelhão, ninguém consegue rompê-lo — um impasse (deadlock); em laranja (amarelo no tema escuro), um tempo limite vai rompê-lo.</translation>
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
    <name>gui::MainWindow</name>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar dados</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON result (*.json)</source>
        <translation>Tabela CSV (*.csv);;Resultado JSON (*.json)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exportar linha do tempo</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Trace do Chrome (*.json)</translation>
    </message>
    <message>
        <source>About pplab</source>
        <translation>Sobre o pplab</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>A execução falhou: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>Run the scenario (F5)</source>
        <translation>Executar o cenário (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the run at once (Esc)</source>
        <translation>Parar a execução imediatamente (Esc)</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;Redefinir</translation>
    </message>
    <message>
        <source>Clear the results and restore the default parameters (Ctrl+R)</source>
        <translation>Limpar os resultados e restaurar os parâmetros padrão (Ctrl+R)</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Exportar &amp;dados…</translation>
    </message>
    <message>
        <source>Export &amp;timeline as Chrome trace…</source>
        <translation>Exportar &amp;linha do tempo como trace do Chrome…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Projector mode (larger text)</source>
        <translation>Modo &amp;projetor (texto maior)</translation>
    </message>
    <message>
        <source>&amp;About pplab</source>
        <translation>&amp;Sobre o pplab</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pplab %1&lt;/h3&gt;&lt;p&gt;The Parallel Programming Lab: race conditions, deadlock, starvation, pipes and the laws of speedup, run on real threads and processes.&lt;/p&gt;&lt;p&gt;Qt %2, oneTBB %3, C++20.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pplab %1&lt;/h3&gt;&lt;p&gt;O Laboratório de Programação Paralela: condições de corrida, impasse (deadlock), inanição, pipes e as leis do speedup (aceleração), executados com threads e processos reais.&lt;/p&gt;&lt;p&gt;Qt %2, oneTBB %3, C++20.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every chart&apos;s values as a table (series, x, y): the accessible form of the charts.</source>
        <translation>Os valores de todos os gráficos em uma tabela (série, x, y): a forma acessível dos gráficos.</translation>
    </message>
    <message>
        <source>The scenarios, grouped by category. Choosing one shows its explanation and parameters.</source>
        <translation>Os cenários, agrupados por categoria. Escolher um mostra sua explicação e seus parâmetros.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Não há gráfico para exportar.</translation>
    </message>
    <message>
        <source>The “%1” tab has no chart to export. Show a chart tab, the timeline or a panel that draws a chart, then export again.</source>
        <translation>A aba “%1” não tem gráfico para exportar. Mostre uma aba de gráfico, a linha do tempo ou um painel que desenhe um gráfico e exporte de novo.</translation>
    </message>
    <message>
        <source>A run is in progress: stop it to look at kept runs.</source>
        <translation>Uma execução está em andamento: pare-a para ver as execuções mantidas.</translation>
    </message>
    <message>
        <source>An exercise is in progress: leave it to look at kept runs.</source>
        <translation>Um exercício está em andamento: saia dele para ver as execuções mantidas.</translation>
    </message>
    <message>
        <source>“%1” is a run of the scenario “%2”, which this version of pplab does not have.</source>
        <translation>“%1” é uma execução do cenário “%2”, que esta versão do pplab não tem.</translation>
    </message>
    <message>
        <source>Showing the kept run “%1” (%2, %3), view only. Run starts a new run with these parameters; Reset returns to the defaults.</source>
        <translation>Mostrando a execução mantida “%1” (%2, %3), somente para consulta. Executar inicia uma nova execução com estes parâmetros; Redefinir volta aos valores padrão.</translation>
    </message>
    <message>
        <source>Opened from a file; measured on %1.</source>
        <translation>Aberta de um arquivo; medida em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n run(s)</source>
        <translation>
            <numerusform>Comparação de %n execução</numerusform>
            <numerusform>Comparação de %n execuções</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::PaneNavigator</name>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir para</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Pró&amp;ximo painel</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Painel &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Scenario list</source>
        <translation>&amp;Lista de cenários</translation>
    </message>
    <message>
        <source>P&amp;arameters</source>
        <translation>&amp;Parâmetros</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Explicação</translation>
    </message>
</context>
<context>
    <name>gui::ParamForm</name>
    <message>
        <source>Defaults</source>
        <translation>Valores padrão</translation>
    </message>
    <message>
        <source>Start from a prepared set of values.</source>
        <translation>Comece a partir de um conjunto de valores predefinido.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>until Stop</source>
        <translation>até Parar</translation>
    </message>
    <message>
        <source>Time limit of the run; 0 runs until it ends by itself or you press Stop.</source>
        <translation>Tempo limite da execução; com 0, ela continua até terminar sozinha ou até você clicar em Parar.</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Tempo limite:</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Tempo limite</translation>
    </message>
</context>
<context>
    <name>gui::RacePanel</name>
    <message>
        <source>Replayed on two fresh threads.</source>
        <translation>Reexecutado em duas threads novas.</translation>
    </message>
    <message>
        <source>Replay failed.</source>
        <translation>A reexecução falhou.</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <source>A controlled schedule on real threads</source>
        <translation>Um escalonamento controlado em threads reais</translation>
    </message>
    <message>
        <source>Two real threads (std::jthread) each add 1 to the shared value in three steps: read it into a local copy, add 1 to the copy, write the copy back. A thread takes its next step only when you press its button. Can you make the final value 1 instead of 2?</source>
        <translation>Duas threads reais (std::jthread) somam 1 ao valor compartilhado em três passos: lê-lo para uma cópia local, somar 1 à cópia, escrever a cópia de volta. Uma thread só dá o próximo passo quando você aperta o botão dela. Você consegue fazer o valor final ser 1 em vez de 2?</translation>
    </message>
    <message>
        <source>T%1 — local copy</source>
        <translation>T%1 — cópia local</translation>
    </message>
    <message>
        <source>Step T%1</source>
        <translation>Passo T%1</translation>
    </message>
    <message>
        <source>shared value</source>
        <translation>valor compartilhado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reexecutar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>All 20 interleavings of the two threads (double-click one to run it):</source>
        <translation>As 20 intercalações das duas threads (clique duas vezes para executar uma):</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>escalonamento</translation>
    </message>
    <message>
        <source>final value</source>
        <translation>valor final</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>an update is lost</source>
        <translation>uma atualização se perde</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correto</translation>
    </message>
    <message>
        <source>T%1 has no step left.</source>
        <translation>T%1 não tem mais passos.</translation>
    </message>
    <message>
        <source>T%1 did not take its step in time; press Reset.</source>
        <translation>T%1 não deu o passo a tempo; aperte Reiniciar.</translation>
    </message>
    <message>
        <source>Ran interleaving %1 on two fresh threads.</source>
        <translation>Intercalação %1 executada em duas threads novas.</translation>
    </message>
    <message>
        <source>The schedule could not be run.</source>
        <translation>O escalonamento não pôde ser executado.</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>próximo: %1</translation>
    </message>
    <message>
        <source>Schedule so far: %1</source>
        <translation>Escalonamento até agora: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Lost update: both threads added 1, but the shared value is %1, not %2.</source>
        <translation>Atualização perdida: as duas threads somaram 1, mas o valor compartilhado é %1, não %2.</translation>
    </message>
    <message>
        <source>Correct: the shared value is %1.</source>
        <translation>Correto: o valor compartilhado é %1.</translation>
    </message>
</context>
<context>
    <name>gui::RunsDock</name>
    <message>
        <source>Open run</source>
        <translation>Abrir execução</translation>
    </message>
    <message>
        <source>pplab runs (*.json);;All files (*)</source>
        <translation>Execuções do pplab (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Salvar execução</translation>
    </message>
    <message>
        <source>Select one run in the Runs list to save it.</source>
        <translation>Selecione uma execução na lista Execuções para salvá-la.</translation>
    </message>
    <message>
        <source>pplab run (*.json)</source>
        <translation>Execução do pplab (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Run the scenario or select runs in the Runs list first.</source>
        <translation>Primeiro execute o cenário ou selecione execuções na lista Execuções.</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF document (*.pdf)</source>
        <translation>Relatório HTML (*.html);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>&amp;Open run…</source>
        <translation>Abrir &amp;execução…</translation>
    </message>
    <message>
        <source>Open saved runs (Ctrl+O); you can also drop run files onto the window</source>
        <translation>Abrir execuções salvas (Ctrl+O); você também pode arrastar arquivos de execução para a janela</translation>
    </message>
    <message>
        <source>&amp;Save run…</source>
        <translation>Sal&amp;var execução…</translation>
    </message>
    <message>
        <source>Save the selected run as JSON, the format of pplab run --json (Ctrl+S)</source>
        <translation>Salvar a execução selecionada em JSON, o formato de pplab run --json (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;relatório…</translation>
    </message>
    <message>
        <source>A self-contained HTML (or PDF) lab report of the selected runs (Ctrl+Shift+R)</source>
        <translation>Um relatório de laboratório autocontido em HTML (ou PDF) das execuções selecionadas (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Remove the selected runs from the list (Delete)</source>
        <translation>Remover da lista as execuções selecionadas (Delete)</translation>
    </message>
    <message>
        <source>The runs of this session and opened runs. Select one to show it again, two or more of one scenario to compare them. F2 renames, Delete removes.</source>
        <translation>As execuções desta sessão e as execuções abertas. Selecione uma para mostrá-la de novo, ou duas ou mais de um mesmo cenário para compará-las. F2 renomeia, Delete remove.</translation>
    </message>
    <message>
        <source>Select one run to show it again; Ctrl+click or Shift+click several runs of one scenario to compare them. F2 renames, Delete removes.</source>
        <translation>Selecione uma execução para mostrá-la de novo; Ctrl+clique ou Shift+clique em várias execuções de um mesmo cenário para compará-las. F2 renomeia, Delete remove.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) kept, %1 of %2</source>
        <translation>
            <numerusform>%n execução mantida, %1 de %2</numerusform>
            <numerusform>%n execuções mantidas, %1 de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress: stop it to look at kept runs.</source>
        <translation>Uma execução está em andamento: pare-a para ver as execuções mantidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>Não foi possível abrir %n arquivo:</numerusform>
            <numerusform>Não foi possível abrir %n arquivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no run to save.</source>
        <translation>Não há execução para salvar.</translation>
    </message>
    <message>
        <source>There is no run to report: run the scenario or select runs first.</source>
        <translation>Não há execução para o relatório: primeiro execute o cenário ou selecione execuções.</translation>
    </message>
    <message>
        <source>cannot write %1: a report is an .html or a .pdf file</source>
        <translation>não foi possível gravar %1: um relatório é um arquivo .html ou .pdf</translation>
    </message>
</context>
<context>
    <name>gui::ScalingPanel</name>
    <message>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <source>At 2 processors: Amdahl %1×, Gustafson %2×. At %3: Amdahl %4×, Gustafson %5×.</source>
        <translation>Com 2 processadores: Amdahl %1×, Gustafson %2×. Com %3: Amdahl %4×, Gustafson %5×.</translation>
    </message>
    <message>
        <source>Amdahl&apos;s ceiling 1/s = %1× (no processor count gets past it).</source>
        <translation>Teto de Amdahl 1/s = %1× (nenhum número de processadores passa dele).</translation>
    </message>
    <message>
        <source>With s = 0 Amdahl&apos;s law has no ceiling: speedup = processors.</source>
        <translation>Com s = 0 a lei de Amdahl não tem teto: speedup = processadores.</translation>
    </message>
    <message>
        <source>Serial fraction s:</source>
        <translation>Fração serial s:</translation>
    </message>
    <message>
        <source>Processors (up to):</source>
        <translation>Processadores (até):</translation>
    </message>
    <message>
        <source>Serial fraction</source>
        <translation>Fração serial</translation>
    </message>
    <message>
        <source>Speedup predicted by the two laws</source>
        <translation>Speedup previsto pelas duas leis</translation>
    </message>
    <message>
        <source>processors (log scale)</source>
        <translation>processadores (escala log)</translation>
    </message>
    <message>
        <source>speedup (log scale)</source>
        <translation>speedup (escala log)</translation>
    </message>
    <message>
        <source>Amdahl (fixed work)</source>
        <translation>Amdahl (trabalho fixo)</translation>
    </message>
    <message>
        <source>Gustafson (scaled work)</source>
        <translation>Gustafson (trabalho escalado)</translation>
    </message>
    <message>
        <source>ideal (linear)</source>
        <translation>ideal (linear)</translation>
    </message>
    <message>
        <source>Amdahl&apos;s ceiling 1/s</source>
        <translation>Teto de Amdahl 1/s</translation>
    </message>
    <message>
        <source>measured (last run)</source>
        <translation>medido (última execução)</translation>
    </message>
    <message>
        <source>processors</source>
        <translation>processadores</translation>
    </message>
    <message>
        <source>Amdahl</source>
        <translation>Amdahl</translation>
    </message>
    <message>
        <source>Gustafson</source>
        <translation>Gustafson</translation>
    </message>
    <message>
        <source>Chart: speedup predicted by the two laws</source>
        <translation>Gráfico: speedup previsto pelas duas leis</translation>
    </message>
    <message>
        <source>The table beside the chart holds the same numbers.</source>
        <translation>A tabela ao lado do gráfico traz os mesmos números.</translation>
    </message>
    <message>
        <source>Predicted speedup by processor count</source>
        <translation>Speedup previsto por número de processadores</translation>
    </message>
</context>
<context>
    <name>gui::StarvationPanel</name>
    <message>
        <source>Per thread</source>
        <translation>Por thread</translation>
    </message>
    <message>
        <source>What each thread got and how long it waited. A thread with less than 10 % of a fair share (a writer: less than 10 % of the writes it wanted) is starved and marked in red.</source>
        <translation>O que cada thread recebeu e quanto tempo esperou. Uma thread com menos de 10 % de uma parte justa (um escritor: menos de 10 % das escritas que queria) está faminta e aparece marcada em vermelho.</translation>
    </message>
    <message>
        <source>Loop rounds</source>
        <translation>Voltas do laço</translation>
    </message>
    <message>
        <source>Reads or writes</source>
        <translation>Leituras ou escritas</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Aquisições</translation>
    </message>
    <message>
        <source>CPU share</source>
        <translation>Fração da CPU</translation>
    </message>
    <message>
        <source>Share (writer: done ÷ wanted)</source>
        <translation>Fração (escritor: feitas ÷ desejadas)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Fração</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Wait median (µs)</source>
        <translation>Mediana da espera (µs)</translation>
    </message>
    <message>
        <source>Wait p99 (µs)</source>
        <translation>p99 da espera (µs)</translation>
    </message>
    <message>
        <source>Longest wait (ms)</source>
        <translation>Espera mais longa (ms)</translation>
    </message>
    <message>
        <source>CPU time (s)</source>
        <translation>Tempo de CPU (s)</translation>
    </message>
    <message>
        <source>CFS prediction</source>
        <translation>Previsão do CFS</translation>
    </message>
</context>
<context>
    <name>gui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>Cores do &amp;sistema</translation>
    </message>
    <message>
        <source>The colours of the desktop (default)</source>
        <translation>As cores da área de trabalho (padrão)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
</context>
<context>
    <name>gui::TimelineView</name>
    <message>
        <source>Wheel or + and -: zoom; drag or arrow keys: pan; double-click or 0: whole run.</source>
        <translation>Roda do mouse ou + e -: zoom; arrastar ou setas: deslocar; clique duplo ou 0: execução inteira.</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Linha do tempo: %1</translation>
    </message>
    <message>
        <source>One lane per thread or process; each span is a state, shown by colour, hatching and, where it fits, its name. The Data tab and the trace export hold the same information.</source>
        <translation>Uma faixa por thread ou processo; cada trecho é um estado, mostrado pela cor, pela hachura e, onde couber, pelo nome. A aba Dados e a exportação do trace trazem a mesma informação.</translation>
    </message>
</context>
<context>
    <name>hello::HelloScenario</name>
    <message>
        <source>Hello threads</source>
        <translation>Olá, threads</translation>
    </message>
    <message>
        <source>Real threads count in bursts; see how the cores are shared between them.</source>
        <translation>Threads reais contam em rajadas; veja como os núcleos são compartilhados entre elas.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Number of real threads that count at the same time.</source>
        <translation>Número de threads reais que contam ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Burst (ms)</source>
        <translation>Rajada (ms)</translation>
    </message>
    <message>
        <source>How long each thread counts before it sleeps.</source>
        <translation>Por quanto tempo cada thread conta antes de dormir.</translation>
    </message>
    <message>
        <source>Sleep (ms)</source>
        <translation>Sono (ms)</translation>
    </message>
    <message>
        <source>How long each thread sleeps between bursts (0 = never sleeps).</source>
        <translation>Por quanto tempo cada thread dorme entre as rajadas (0 = nunca dorme).</translation>
    </message>
    <message>
        <source>Counting rate per thread</source>
        <translation>Taxa de contagem por thread</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>million counts per second</source>
        <translation>milhões de contagens por segundo</translation>
    </message>
    <message>
        <source>Total counts per thread</source>
        <translation>Total de contagens por thread</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>million counts</source>
        <translation>milhões de contagens</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>One thread per core</source>
        <translation>Uma thread por núcleo</translation>
    </message>
    <message>
        <source>Oversubscribed (4 threads per core)</source>
        <translation>Sobrecarregado (4 threads por núcleo)</translation>
    </message>
    <message>
        <source>Mostly sleeping</source>
        <translation>Dormindo quase sempre</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>contagens</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>total counts</source>
        <translation>contagens totais</translation>
    </message>
    <message>
        <source>fairness (slowest ÷ fastest)</source>
        <translation>equidade (mais lenta ÷ mais rápida)</translation>
    </message>
    <message>
        <source>cores kept busy</source>
        <translation>núcleos mantidos ocupados</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>not valid JSON (%1 at line %2): truncated or not a pplab run</source>
        <translation>JSON inválido (%1 na linha %2): arquivo truncado ou que não é uma execução do pplab</translation>
    </message>
    <message>
        <source>not a pplab run (no &quot;format&quot;: &quot;pplab-run&quot;)</source>
        <translation>não é uma execução do pplab (falta &quot;format&quot;: &quot;pplab-run&quot;)</translation>
    </message>
    <message>
        <source>written by a newer pplab (format_version %1; this pplab reads up to %2)</source>
        <translation>gravado por um pplab mais novo (format_version %1; este pplab lê até a versão %2)</translation>
    </message>
    <message>
        <source>format_version: expected a whole number from 1 to %1</source>
        <translation>format_version: esperado um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperado um objeto</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo inexistente</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>%1 MB is too large for a pplab run (at most %2 MB)</source>
        <translation>%1 MB é grande demais para uma execução do pplab (no máximo %2 MB)</translation>
    </message>
    <message>
        <source>a comparison needs at least two runs</source>
        <translation>uma comparação precisa de pelo menos duas execuções</translation>
    </message>
    <message>
        <source>runs of different scenarios cannot be compared (%1 and %2)</source>
        <translation>execuções de cenários diferentes não podem ser comparadas (%1 e %2)</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>máquina: %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>execução %1</translation>
    </message>
</context>
<context>
    <name>lab::Category</name>
    <message>
        <source>Basics</source>
        <translation>Fundamentos</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Perigos</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicação</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Desempenho</translation>
    </message>
</context>
<context>
    <name>lab::Param</name>
    <message>
        <source>%1: expected a whole number, got &apos;%2&apos;</source>
        <translation>%1: esperado um número inteiro, recebido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (allowed %3)</source>
        <translation>%1: %2 está fora do intervalo (permitido: %3)</translation>
    </message>
    <message>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1: esperado um número, recebido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: expected true or false, got &apos;%2&apos;</source>
        <translation>%1: esperado true ou false, recebido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: &apos;%2&apos; não está entre %3</translation>
    </message>
    <message>
        <source>%1: unsupported parameter type</source>
        <translation>%1: tipo de parâmetro não suportado</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; (known: %2)</source>
        <translation>parâmetro desconhecido &apos;%1&apos; (conhecidos: %2)</translation>
    </message>
    <message>
        <source>--set expects key=value, got &apos;%1&apos;</source>
        <translation>--set espera chave=valor, recebido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>lab::Reader</name>
    <message>
        <source>expected text</source>
        <translation>esperado um texto</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>esperada uma lista</translation>
    </message>
    <message>
        <source>unknown chart kind &apos;%1&apos;</source>
        <translation>tipo de gráfico desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown style &apos;%1&apos;</source>
        <translation>estilo desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected [x, y]</source>
        <translation>esperado [x, y]</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>estado desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected numbers</source>
        <translation>esperados números</translation>
    </message>
</context>
<context>
    <name>lab::RunHistory</name>
    <message>
        <source>defaults</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>status</source>
        <translation>situação</translation>
    </message>
    <message>
        <source>opened from a file; measured on %1</source>
        <translation>aberta de um arquivo; medida em %1</translation>
    </message>
</context>
<context>
    <name>lab::RunRecord</name>
    <message numerus="yes">
        <source>%n CPUs</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Series decimated for the history: %1 of %2 points kept (extremes of every stretch included).</source>
        <translation>Séries reduzidas para o histórico: %1 de %2 pontos mantidos (incluindo os extremos de cada trecho).</translation>
    </message>
    <message>
        <source>Timeline cut for the history: the first %1 of %2 spans kept.</source>
        <translation>Linha do tempo cortada para o histórico: mantidos os primeiros %1 de %2 trechos.</translation>
    </message>
    <message>
        <source>Log cut for the history: the last %1 of %2 lines kept.</source>
        <translation>Registro cortado para o histórico: mantidas as últimas %1 de %2 linhas.</translation>
    </message>
</context>
<context>
    <name>lab::Runner</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Executando</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>a run is already in progress</source>
        <translation>uma execução já está em andamento</translation>
    </message>
    <message>
        <source>the scenario did not stop within %1 ms</source>
        <translation>o cenário não parou dentro de %1 ms</translation>
    </message>
</context>
<context>
    <name>lab::SpanState</name>
    <message>
        <source>running</source>
        <translation>executando</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>aguardando uma trava</translation>
    </message>
    <message>
        <source>holding a lock</source>
        <translation>segurando uma trava</translation>
    </message>
    <message>
        <source>blocked on I/O</source>
        <translation>bloqueada em E/S</translation>
    </message>
    <message>
        <source>sleeping / thinking</source>
        <translation>dormindo / pensando</translation>
    </message>
    <message>
        <source>serial part</source>
        <translation>parte serial</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ociosa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
</context>
<context>
    <name>named_pipes::FifoRun</name>
    <message>
        <source>removed the FIFO %1</source>
        <translation>o FIFO %1 foi removido</translation>
    </message>
    <message>
        <source>could not remove the FIFO %1</source>
        <translation>não foi possível remover o FIFO %1</translation>
    </message>
    <message>
        <source>path: %1 exists and is not a FIFO; pplab leaves it untouched</source>
        <translation>path: %1 existe e não é um FIFO; o pplab não o altera</translation>
    </message>
    <message>
        <source>using the existing FIFO %1 (pplab did not make it, so it stays after the run)</source>
        <translation>usando o FIFO existente %1 (não foi criado pelo pplab, então permanece após a execução)</translation>
    </message>
    <message>
        <source>path: mkfifo(%1) failed: %2</source>
        <translation>path: mkfifo(%1) falhou: %2</translation>
    </message>
    <message>
        <source>mkfifo(&quot;%1&quot;, 0600): a FIFO is a file name for a pipe; it holds no data on disk</source>
        <translation>mkfifo(&quot;%1&quot;, 0600): um FIFO é um nome de arquivo para um pipe; ele não guarda dados em disco</translation>
    </message>
    <message>
        <source>lab pid %1</source>
        <translation>laboratório pid %1</translation>
    </message>
    <message>
        <source>pipe2: %1</source>
        <translation>pipe2: %1</translation>
    </message>
    <message>
        <source>cannot start the child process: %1</source>
        <translation>não foi possível iniciar o processo filho: %1</translation>
    </message>
    <message>
        <source>%1 pid %2</source>
        <translation>%1 pid %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>encerrado pelo sinal %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <source>the child pid %1 ended early (%2)</source>
        <translation>o processo filho pid %1 terminou antes do previsto (%2)</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>escritor</translation>
    </message>
    <message>
        <source>started the writer, pid %1; it knows only the path %2</source>
        <translation>o escritor foi iniciado, pid %1; ele conhece apenas o caminho %2</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>leitor</translation>
    </message>
    <message>
        <source>%1 pid %2: %3 failed: %4</source>
        <translation>%1 pid %2: %3 falhou: %4</translation>
    </message>
    <message>
        <source>writer pid %1: open(path, O_WRONLY | O_NONBLOCK) failed with %2: no process has the FIFO open for reading yet</source>
        <translation>escritor pid %1: open(path, O_WRONLY | O_NONBLOCK) falhou com %2: nenhum processo abriu o FIFO para leitura ainda</translation>
    </message>
    <message>
        <source>writer pid %1: open(O_WRONLY | O_NONBLOCK) returned %2</source>
        <translation>escritor pid %1: open(O_WRONLY | O_NONBLOCK) retornou %2</translation>
    </message>
    <message>
        <source>a descriptor</source>
        <translation>um descritor</translation>
    </message>
    <message>
        <source>writer pid %1: open(path, O_WRONLY) blocks until a reader opens the FIFO</source>
        <translation>escritor pid %1: open(path, O_WRONLY) fica bloqueado até que um leitor abra o FIFO</translation>
    </message>
    <message>
        <source>started the reader, pid %1; it knows only the path %2</source>
        <translation>o leitor foi iniciado, pid %1; ele conhece apenas o caminho %2</translation>
    </message>
    <message>
        <source>open() waits for a reader</source>
        <translation>open() espera por um leitor</translation>
    </message>
    <message>
        <source>writer pid %1: open() returned after %2 ms, when the reader opened the FIFO</source>
        <translation>escritor pid %1: open() retornou após %2 ms, quando o leitor abriu o FIFO</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>writer pid %1 wrote: %2</source>
        <translation>escritor pid %1 escreveu: %2</translation>
    </message>
    <message>
        <source>writer pid %1 closed the FIFO and exits</source>
        <translation>o escritor pid %1 fechou o FIFO e termina</translation>
    </message>
    <message>
        <source>writer pid %1: write() failed with %2</source>
        <translation>escritor pid %1: write() falhou com %2</translation>
    </message>
    <message>
        <source>open()</source>
        <translation>open()</translation>
    </message>
    <message>
        <source>read() → 0 (EOF)</source>
        <translation>read() → 0 (EOF)</translation>
    </message>
    <message>
        <source>read()</source>
        <translation>read()</translation>
    </message>
    <message>
        <source>reader pid %1: read() returned 0 (end of file) after %2 bytes: the last writer closed the FIFO</source>
        <translation>leitor pid %1: read() retornou 0 (fim de arquivo) após %2 bytes: o último escritor fechou o FIFO</translation>
    </message>
    <message>
        <source>the writer pid %1 ended early</source>
        <translation>o escritor pid %1 terminou antes do previsto</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>observando</translation>
    </message>
    <message>
        <source>a child process failed (writer: exit %1, signal %2; reader: exit %3, signal %4)</source>
        <translation>um processo filho falhou (escritor: saída %1, sinal %2; leitor: saída %3, sinal %4)</translation>
    </message>
    <message>
        <source>%1 (PIPE_BUF)</source>
        <translation>%1 (PIPE_BUF)</translation>
    </message>
    <message>
        <source>torn records</source>
        <translation>registros rasgados</translation>
    </message>
    <message>
        <source>%1 writers</source>
        <translation>%1 escritores</translation>
    </message>
    <message>
        <source>record reader</source>
        <translation>leitor de registros</translation>
    </message>
    <message>
        <source>a writer process ended before opening the FIFO</source>
        <translation>um processo escritor terminou antes de abrir o FIFO</translation>
    </message>
    <message>
        <source>%1 writers (separate processes) each write %2 records of %3 bytes into the FIFO at once</source>
        <translation>%1 escritores (processos separados) escrevem, cada um, %2 registros de %3 bytes no FIFO ao mesmo tempo</translation>
    </message>
    <message>
        <source>record reader: %1</source>
        <translation>leitor de registros: %1</translation>
    </message>
    <message>
        <source>the record reader pid %1 ended without a result</source>
        <translation>o leitor de registros pid %1 terminou sem resultado</translation>
    </message>
    <message>
        <source>pid %1: %2 torn</source>
        <translation>pid %1: %2 rasgados</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>contagem</translation>
    </message>
    <message>
        <source>%1-byte records: %2 of %3 arrived torn (%4%)%5</source>
        <translation>registros de %1 bytes: %2 de %3 chegaram rasgados (%4%)%5</translation>
    </message>
    <message>
        <source> — at most PIPE_BUF bytes: each write() is atomic</source>
        <translation> — no máximo PIPE_BUF bytes: cada write() é atômico</translation>
    </message>
    <message>
        <source> — more than PIPE_BUF bytes: writes may interleave</source>
        <translation> — mais de PIPE_BUF bytes: as escritas podem se intercalar</translation>
    </message>
    <message>
        <source>note: expected %1 records, the reader cut %2</source>
        <translation>nota: esperados %1 registros, o leitor separou %2</translation>
    </message>
</context>
<context>
    <name>named_pipes::NamedPipesScenario</name>
    <message>
        <source>Named pipes (FIFOs)</source>
        <translation>Pipes nomeados (FIFOs)</translation>
    </message>
    <message>
        <source>Unrelated processes talk through a FIFO file: blocking open(), the classic &quot;Hello from pid&quot; exchange, and the PIPE_BUF atomicity limit.</source>
        <translation>Processos sem parentesco se comunicam por meio de um arquivo FIFO: open() bloqueante, a troca clássica &quot;Olá do pid&quot; e o limite de atomicidade PIPE_BUF.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Run both experiments, or only one.</source>
        <translation>Execute os dois experimentos ou apenas um.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Writer and reader</source>
        <translation>Escritor e leitor</translation>
    </message>
    <message>
        <source>Atomicity (PIPE_BUF)</source>
        <translation>Atomicidade (PIPE_BUF)</translation>
    </message>
    <message>
        <source>FIFO path</source>
        <translation>Caminho do FIFO</translation>
    </message>
    <message>
        <source>Where the FIFO is made (empty = a private temporary directory). An existing FIFO is used and kept; any other existing file is refused and left untouched.</source>
        <translation>Onde o FIFO é criado (vazio = um diretório temporário privado). Um FIFO existente é usado e mantido; qualquer outro arquivo existente é recusado e deixado intacto.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>How many messages the writer sends to the reader.</source>
        <translation>Quantas mensagens o escritor envia ao leitor.</translation>
    </message>
    <message>
        <source>Interval (ms)</source>
        <translation>Intervalo (ms)</translation>
    </message>
    <message>
        <source>Pause of the writer between two messages (the reader waits in read()).</source>
        <translation>Pausa do escritor entre duas mensagens (o leitor espera em read()).</translation>
    </message>
    <message>
        <source>Reader starts after (ms)</source>
        <translation>Leitor inicia após (ms)</translation>
    </message>
    <message>
        <source>How long the lab waits before starting the reader: the writer&apos;s open() blocks that long.</source>
        <translation>Quanto tempo o laboratório espera antes de iniciar o leitor: o open() do escritor fica bloqueado por esse tempo.</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Escritores</translation>
    </message>
    <message>
        <source>Atomicity: how many writer processes share the FIFO.</source>
        <translation>Atomicidade: quantos processos escritores compartilham o FIFO.</translation>
    </message>
    <message>
        <source>Record size (bytes)</source>
        <translation>Tamanho do registro (bytes)</translation>
    </message>
    <message>
        <source>Atomicity: the size of each write() (0 = try 1 KiB, 4 KiB = PIPE_BUF, 8 KiB and 64 KiB).</source>
        <translation>Atomicidade: o tamanho de cada write() (0 = testar 1 KiB, 4 KiB = PIPE_BUF, 8 KiB e 64 KiB).</translation>
    </message>
    <message>
        <source>Records per writer</source>
        <translation>Registros por escritor</translation>
    </message>
    <message>
        <source>Atomicity: how many records each writer sends per record size.</source>
        <translation>Atomicidade: quantos registros cada escritor envia por tamanho de registro.</translation>
    </message>
    <message>
        <source>Reader&apos;s read() size (bytes)</source>
        <translation>Tamanho do read() do leitor (bytes)</translation>
    </message>
    <message>
        <source>Atomicity: how many bytes the reader asks for in each read(). Small reads wake the writers more often, so large records interleave more.</source>
        <translation>Atomicidade: quantos bytes o leitor pede em cada read(). Leituras pequenas acordam os escritores com mais frequência, então registros grandes se intercalam mais.</translation>
    </message>
    <message>
        <source>Torn records per record size</source>
        <translation>Registros rasgados (intercalados) por tamanho de registro</translation>
    </message>
    <message>
        <source>record size</source>
        <translation>tamanho do registro</translation>
    </message>
    <message>
        <source>torn records</source>
        <translation>registros rasgados</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processo</translation>
    </message>
    <message>
        <source>Hello from pid (one message)</source>
        <translation>Olá do pid (uma mensagem)</translation>
    </message>
    <message>
        <source>Long wait in open()</source>
        <translation>Espera longa em open()</translation>
    </message>
    <message>
        <source>At PIPE_BUF: 4096-byte records</source>
        <translation>No limite PIPE_BUF: registros de 4096 bytes</translation>
    </message>
    <message>
        <source>Above PIPE_BUF: 64 KiB records</source>
        <translation>Acima de PIPE_BUF: registros de 64 KiB</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Mensagens recebidas</translation>
    </message>
    <message>
        <source>Torn records</source>
        <translation>Registros rasgados</translation>
    </message>
    <message>
        <source>PIPE_BUF (bytes)</source>
        <translation>PIPE_BUF (bytes)</translation>
    </message>
    <message>
        <source>Writer&apos;s open() wait (ms)</source>
        <translation>Espera no open() do escritor (ms)</translation>
    </message>
    <message>
        <source>FIFO removed</source>
        <translation>FIFO removido</translation>
    </message>
    <message>
        <source>path: %1 exists and is not a FIFO; pplab leaves it untouched</source>
        <translation>path: %1 existe e não é um FIFO; o pplab não o altera</translation>
    </message>
    <message>
        <source>path: directory %1 does not exist</source>
        <translation>path: o diretório %1 não existe</translation>
    </message>
</context>
<context>
    <name>pipes::PipesRun</name>
    <message>
        <source>pipe_size: %1 bytes is more than /proc/sys/fs/pipe-max-size (%2 bytes)</source>
        <translation>pipe_size: %1 bytes é mais que /proc/sys/fs/pipe-max-size (%2 bytes)</translation>
    </message>
    <message>
        <source>cannot start the child process: %1</source>
        <translation>não foi possível iniciar o processo filho: %1</translation>
    </message>
    <message>
        <source>child pid %1 (%2)</source>
        <translation>processo filho pid %1 (%2)</translation>
    </message>
    <message>
        <source>parent pid %1</source>
        <translation>processo pai pid %1</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>inicialização</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>encerrado pelo sinal %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <source>%1: the child pid %2 went away (%3; %4)</source>
        <translation>%1: o processo filho pid %2 desapareceu (%3; %4)</translation>
    </message>
    <message>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
    <message>
        <source>reader, then writer</source>
        <translation>leitor, depois escritor</translation>
    </message>
    <message>
        <source>parent pid %1 made two pipes with pipe2() and started child pid %2</source>
        <translation>o processo pai pid %1 criou dois pipes com pipe2() e iniciou o processo filho pid %2</translation>
    </message>
    <message>
        <source>write, close</source>
        <translation>escrita, fechamento</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>troca</translation>
    </message>
    <message>
        <source>parent pid %1 wrote &quot;%2&quot; and closed its write end</source>
        <translation>o processo pai pid %1 escreveu &quot;%2&quot; e fechou sua ponta de escrita</translation>
    </message>
    <message>
        <source>child pid %1: read() returned 0 (end of file) after %2 bytes: the last writer closed the pipe</source>
        <translation>processo filho pid %1: read() retornou 0 (fim de arquivo) após %2 bytes: o último escritor fechou o pipe</translation>
    </message>
    <message>
        <source>read until EOF</source>
        <translation>leitura até EOF</translation>
    </message>
    <message>
        <source>read, reply, exit</source>
        <translation>leitura, resposta, saída</translation>
    </message>
    <message>
        <source>I pid [%1] received a message =&gt; %2</source>
        <translation>Eu, pid [%1], recebi uma mensagem =&gt; %2</translation>
    </message>
    <message>
        <source>parent: read() returned 0 (end of file): child pid %1 closed its write end</source>
        <translation>processo pai: read() retornou 0 (fim de arquivo): o processo filho pid %1 fechou sua ponta de escrita</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>escritor</translation>
    </message>
    <message>
        <source>EPIPE experiment</source>
        <translation>experimento EPIPE</translation>
    </message>
    <message>
        <source>parent read %1 bytes from child pid %2 and closed its read end</source>
        <translation>o processo pai leu %1 bytes do processo filho pid %2 e fechou sua ponta de leitura</translation>
    </message>
    <message>
        <source>child pid %1: write() failed with %2 after %3 bytes; SIGPIPE is ignored in the child, so it reports the error instead of dying</source>
        <translation>processo filho pid %1: write() falhou com %2 após %3 bytes; SIGPIPE é ignorado no processo filho, então ele relata o erro em vez de morrer</translation>
    </message>
    <message>
        <source>reader that exits</source>
        <translation>leitor que termina</translation>
    </message>
    <message>
        <source>exit(0)</source>
        <translation>exit(0)</translation>
    </message>
    <message>
        <source>parent: write() to a pipe whose reader (pid %1) has exited failed with %2; SIGPIPE is blocked in this thread, so the lab reports it instead of being killed</source>
        <translation>processo pai: write() em um pipe cujo leitor (pid %1) já terminou falhou com %2; SIGPIPE está bloqueado nesta thread, então o laboratório relata o erro em vez de ser encerrado</translation>
    </message>
    <message>
        <source>parent: unexpected result of write() without a reader: %1</source>
        <translation>processo pai: resultado inesperado de write() sem leitor: %1</translation>
    </message>
    <message>
        <source>writer that exits</source>
        <translation>escritor que termina</translation>
    </message>
    <message>
        <source>read → EOF</source>
        <translation>leitura → EOF</translation>
    </message>
    <message>
        <source>parent: read() returned 0 (EOF): the pipe&apos;s last writer, child pid %1, exited</source>
        <translation>processo pai: read() retornou 0 (EOF): o último escritor do pipe, o processo filho pid %1, terminou</translation>
    </message>
    <message>
        <source>pipe2: %1</source>
        <translation>pipe2: %1</translation>
    </message>
    <message>
        <source>pipe_size: fcntl(F_SETPIPE_SZ, %1) failed: %2</source>
        <translation>pipe_size: fcntl(F_SETPIPE_SZ, %1) falhou: %2</translation>
    </message>
    <message>
        <source>pipe capacity: default %1 bytes (F_GETPIPE_SZ), now %2 bytes; maximum for F_SETPIPE_SZ: %3 bytes (/proc/sys/fs/pipe-max-size)</source>
        <translation>capacidade do pipe: padrão %1 bytes (F_GETPIPE_SZ), agora %2 bytes; máximo para F_SETPIPE_SZ: %3 bytes (/proc/sys/fs/pipe-max-size)</translation>
    </message>
    <message>
        <source>without a reader, non-blocking 4 KiB writes filled it with %1 bytes (FIONREAD says %2) before write() failed with EAGAIN: a blocking writer would wait here</source>
        <translation>sem leitor, escritas não bloqueantes de 4 KiB o encheram com %1 bytes (FIONREAD informa %2) antes de write() falhar com EAGAIN: um escritor bloqueante esperaria aqui</translation>
    </message>
    <message>
        <source>reader, %1</source>
        <translation>leitor, %1</translation>
    </message>
    <message>
        <source>sweep over %1 (capacity %2 bytes), reader child pid %3</source>
        <translation>varredura em %1 (capacidade %2 bytes), processo filho leitor pid %3</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>varredura</translation>
    </message>
    <message>
        <source>INTEGRITY ERROR on %1 at %2: received %3 bytes, checksum %4, expected %5</source>
        <translation>ERRO DE INTEGRIDADE em %1 com %2: recebidos %3 bytes, soma de verificação %4, esperada %5</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages in %4 ms = %5 MiB/s, %6 messages/s, checksum %7</source>
        <translation>%1 %2: %3 mensagens em %4 ms = %5 MiB/s, %6 mensagens/s, soma de verificação %7</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WRONG</source>
        <translation>ERRADO</translation>
    </message>
    <message>
        <source>read, checksum</source>
        <translation>leitura, soma de verificação</translation>
    </message>
    <message>
        <source>slow reader</source>
        <translation>leitor lento</translation>
    </message>
    <message>
        <source>parent pid %1: writer</source>
        <translation>processo pai pid %1: escritor</translation>
    </message>
    <message>
        <source>back-pressure on %1: %2 messages of %3 bytes, capacity %4 bytes, the reader sleeps %5 µs after each</source>
        <translation>contrapressão em %1: %2 mensagens de %3 bytes, capacidade %4 bytes, o leitor dorme %5 µs após cada uma</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>write() waits: channel full</source>
        <translation>write() espera: canal cheio</translation>
    </message>
    <message>
        <source>back-pressure</source>
        <translation>contrapressão</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>atraso</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leitura</translation>
    </message>
    <message>
        <source>the writer was blocked for %1 ms in total (writing took %2 ms); data checksum %3</source>
        <translation>o escritor ficou bloqueado por %1 ms no total (a escrita levou %2 ms); soma de verificação dos dados %3</translation>
    </message>
    <message>
        <source>echo, %1</source>
        <translation>eco, %1</translation>
    </message>
    <message>
        <source>ping-pong</source>
        <translation>ping-pong</translation>
    </message>
    <message>
        <source>ping-pong %1</source>
        <translation>ping-pong %1</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>eco</translation>
    </message>
    <message>
        <source>ping-pong over %1: %2 round trips of %3 bytes, median %4 µs, p99 %5 µs</source>
        <translation>ping-pong em %1: %2 idas e voltas de %3 bytes, mediana %4 µs, p99 %5 µs</translation>
    </message>
    <message>
        <source>min_size: %1 bytes is larger than max_size (%2 bytes); the sweep goes from the smallest to the largest message</source>
        <translation>min_size: %1 bytes é maior que max_size (%2 bytes); a varredura vai da menor à maior mensagem</translation>
    </message>
</context>
<context>
    <name>pipes::PipesScenario</name>
    <message>
        <source>Pipes</source>
        <translation>Pipes</translation>
    </message>
    <message>
        <source>A parent and its child processes exchange messages through pipe(2): throughput, capacity, back-pressure, latency, EOF and EPIPE.</source>
        <translation>Um processo pai e seus processos filhos trocam mensagens por pipe(2): vazão, capacidade, contrapressão, latência, EOF e EPIPE.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Run every experiment in turn, or only one of them.</source>
        <translation>Execute todos os experimentos em sequência ou apenas um deles.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Exchange (PIDs)</source>
        <translation>Troca (PIDs)</translation>
    </message>
    <message>
        <source>EOF and EPIPE</source>
        <translation>EOF e EPIPE</translation>
    </message>
    <message>
        <source>Pipe capacity</source>
        <translation>Capacidade do pipe</translation>
    </message>
    <message>
        <source>Throughput sweep</source>
        <translation>Varredura de vazão</translation>
    </message>
    <message>
        <source>Back-pressure</source>
        <translation>Contrapressão</translation>
    </message>
    <message>
        <source>Ping-pong latency</source>
        <translation>Latência de ping-pong</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>The channel between the two processes: a pipe, a Unix socketpair, a shared-memory ring, or all three on the same charts.</source>
        <translation>O canal entre os dois processos: um pipe, um socketpair Unix, um anel em memória compartilhada ou os três nos mesmos gráficos.</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Pipe</translation>
    </message>
    <message>
        <source>Socketpair</source>
        <translation>Socketpair</translation>
    </message>
    <message>
        <source>Shared-memory ring</source>
        <translation>Anel em memória compartilhada</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>Os três</translation>
    </message>
    <message>
        <source>Smallest message (bytes)</source>
        <translation>Menor mensagem (bytes)</translation>
    </message>
    <message>
        <source>First message size of the throughput sweep.</source>
        <translation>Primeiro tamanho de mensagem da varredura de vazão.</translation>
    </message>
    <message>
        <source>Largest message (bytes)</source>
        <translation>Maior mensagem (bytes)</translation>
    </message>
    <message>
        <source>Last message size of the throughput sweep (1 MiB = 1048576).</source>
        <translation>Último tamanho de mensagem da varredura de vazão (1 MiB = 1048576).</translation>
    </message>
    <message>
        <source>Size step (×)</source>
        <translation>Passo de tamanho (×)</translation>
    </message>
    <message>
        <source>Each message size of the sweep is this many times the previous one.</source>
        <translation>Cada tamanho de mensagem da varredura é o anterior multiplicado por este fator.</translation>
    </message>
    <message>
        <source>Time per size (ms)</source>
        <translation>Tempo por tamanho (ms)</translation>
    </message>
    <message>
        <source>About how long each message size of the sweep is measured.</source>
        <translation>Tempo aproximado de medição de cada tamanho de mensagem da varredura.</translation>
    </message>
    <message>
        <source>Pipe capacity (bytes)</source>
        <translation>Capacidade do pipe (bytes)</translation>
    </message>
    <message>
        <source>Sets the pipes&apos; capacity with F_SETPIPE_SZ (0 = the system default). At most /proc/sys/fs/pipe-max-size (%1 bytes here).</source>
        <translation>Define a capacidade dos pipes com F_SETPIPE_SZ (0 = padrão do sistema). No máximo /proc/sys/fs/pipe-max-size (%1 bytes aqui).</translation>
    </message>
    <message>
        <source>Reader delay (µs)</source>
        <translation>Atraso do leitor (µs)</translation>
    </message>
    <message>
        <source>Back-pressure: the reader sleeps this long after every message.</source>
        <translation>Contrapressão: o leitor dorme por esse tempo após cada mensagem.</translation>
    </message>
    <message>
        <source>Back-pressure message (bytes)</source>
        <translation>Mensagem de contrapressão (bytes)</translation>
    </message>
    <message>
        <source>Message size of the back-pressure experiment.</source>
        <translation>Tamanho da mensagem do experimento de contrapressão.</translation>
    </message>
    <message>
        <source>Back-pressure messages</source>
        <translation>Mensagens de contrapressão</translation>
    </message>
    <message>
        <source>How many messages the back-pressure experiment sends.</source>
        <translation>Quantas mensagens o experimento de contrapressão envia.</translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation>Idas e voltas</translation>
    </message>
    <message>
        <source>Ping-pong: how many round trips are timed per channel.</source>
        <translation>Ping-pong: quantas idas e voltas são cronometradas por canal.</translation>
    </message>
    <message>
        <source>Ping size (bytes)</source>
        <translation>Tamanho do ping (bytes)</translation>
    </message>
    <message>
        <source>Ping-pong: the size of each message.</source>
        <translation>Ping-pong: o tamanho de cada mensagem.</translation>
    </message>
    <message>
        <source>Throughput against message size</source>
        <translation>Vazão em função do tamanho da mensagem</translation>
    </message>
    <message>
        <source>message size (bytes)</source>
        <translation>tamanho da mensagem (bytes)</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Messages per second against message size</source>
        <translation>Mensagens por segundo em função do tamanho da mensagem</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>mensagens/s</translation>
    </message>
    <message>
        <source>Bytes in flight (back-pressure)</source>
        <translation>Bytes em trânsito (contrapressão)</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Round-trip time (ping-pong)</source>
        <translation>Tempo de ida e volta (ping-pong)</translation>
    </message>
    <message>
        <source>µs (doubling bins)</source>
        <translation>µs (intervalos de largura dobrada)</translation>
    </message>
    <message>
        <source>round trips</source>
        <translation>idas e voltas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processo</translation>
    </message>
    <message>
        <source>Pipe vs socketpair vs shared memory</source>
        <translation>Pipe vs. socketpair vs. memória compartilhada</translation>
    </message>
    <message>
        <source>Slow reader: back-pressure</source>
        <translation>Leitor lento: contrapressão</translation>
    </message>
    <message>
        <source>Tiny pipe (4 KiB)</source>
        <translation>Pipe minúsculo (4 KiB)</translation>
    </message>
    <message>
        <source>Latency: pipe vs shared memory</source>
        <translation>Latência: pipe vs. memória compartilhada</translation>
    </message>
    <message>
        <source>Bytes moved</source>
        <translation>Bytes transferidos</translation>
    </message>
    <message>
        <source>MiB/s (largest size)</source>
        <translation>MiB/s (maior tamanho)</translation>
    </message>
    <message>
        <source>Checksum OK</source>
        <translation>Soma de verificação OK</translation>
    </message>
    <message>
        <source>RTT median (µs)</source>
        <translation>RTT mediano (µs)</translation>
    </message>
    <message>
        <source>RTT p99 (µs)</source>
        <translation>RTT p99 (µs)</translation>
    </message>
    <message>
        <source>Writer blocked (ms)</source>
        <translation>Escritor bloqueado (ms)</translation>
    </message>
</context>
<context>
    <name>race::RaceRun</name>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>critical sections (%1%)</source>
        <translation>seções críticas (%1%)</translation>
    </message>
    <message>
        <source>waiting for the lock (%1%)</source>
        <translation>esperando pelo lock (%1%)</translation>
    </message>
    <message>
        <source>the bank</source>
        <translation>o banco</translation>
    </message>
    <message>
        <source>Lost update #%1 (from the real run):</source>
        <translation>Atualização perdida nº %1 (da execução real):</translation>
    </message>
    <message>
        <source>%1 reads %2</source>
        <translation>%1 lê %2</translation>
    </message>
    <message>
        <source>%1 writes %2</source>
        <translation>%1 escreve %2</translation>
    </message>
    <message>
        <source>%1 writes %2 — %3&apos;s deposit of %4 is lost</source>
        <translation>%1 escreve %2 — o depósito de %4 de %3 se perde</translation>
    </message>
    <message>
        <source>%1 writes %2 — %3&apos;s withdrawal of %4 is lost</source>
        <translation>%1 escreve %2 — o saque de %4 de %3 se perde</translation>
    </message>
    <message>
        <source>… other holders write in the meantime; the last: %1 writes %2</source>
        <translation>… outros titulares escrevem nesse meio-tempo; o último: %1 escreve %2</translation>
    </message>
    <message>
        <source>%1 writes %2 — every update made since %1 read the balance (net %3) is lost</source>
        <translation>%1 escreve %2 — toda atualização feita desde que %1 leu o saldo (líquido %3) se perde</translation>
    </message>
</context>
<context>
    <name>race::RaceScenario</name>
    <message>
        <source>unsafe</source>
        <translation>inseguro</translation>
    </message>
    <message>
        <source>mutex</source>
        <translation>mutex</translation>
    </message>
    <message>
        <source>atomic</source>
        <translation>atômico</translation>
    </message>
    <message>
        <source>local + combine</source>
        <translation>local + combinar</translation>
    </message>
    <message>
        <source>Race conditions</source>
        <translation>Condições de corrida</translation>
    </message>
    <message>
        <source>Threads update one shared counter or bank balance; watch updates get lost, then fix it with a mutex, an atomic or private counts, and compare what each fix costs.</source>
        <translation>Threads atualizam um contador ou saldo bancário compartilhado; veja atualizações se perderem, corrija com um mutex, um atômico ou contagens privadas e compare o custo de cada correção.</translation>
    </message>
    <message>
        <source>compare all (one run per strategy)</source>
        <translation>comparar todas (uma execução por estratégia)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>counter: N threads each add 1 to a shared counter M times. bank: N account holders deposit (T1, T3) or withdraw (T2, T4) on one joint balance.</source>
        <translation>counter: N threads somam 1 a um contador compartilhado M vezes cada. bank: N titulares depositam (T1, T3) ou sacam (T2, T4) de um único saldo conjunto.</translation>
    </message>
    <message>
        <source>shared counter</source>
        <translation>contador compartilhado</translation>
    </message>
    <message>
        <source>joint bank account</source>
        <translation>conta bancária conjunta</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <source>unsafe: read, then write (a real race). mutex: std::mutex around the update. atomic: fetch_add. local: each thread counts privately (oneTBB enumerable_thread_specific) and the counts are combined at the end. compare: runs each strategy in turn with the same threads and increments.</source>
        <translation>unsafe: lê, depois escreve (uma corrida real). mutex: std::mutex em volta da atualização. atomic: fetch_add. local: cada thread conta em privado (oneTBB enumerable_thread_specific) e as contagens são combinadas no fim. compare: roda cada estratégia, uma após a outra, com as mesmas threads e incrementos.</translation>
    </message>
    <message>
        <source>Threads (N)</source>
        <translation>Threads (N)</translation>
    </message>
    <message>
        <source>Number of real threads updating the shared value.</source>
        <translation>Número de threads reais que atualizam o valor compartilhado.</translation>
    </message>
    <message>
        <source>Increments per thread (M)</source>
        <translation>Incrementos por thread (M)</translation>
    </message>
    <message>
        <source>How many updates each thread makes (bank: operations per holder).</source>
        <translation>Quantas atualizações cada thread faz (bank: operações por titular).</translation>
    </message>
    <message>
        <source>Window (spins)</source>
        <translation>Janela (voltas)</translation>
    </message>
    <message>
        <source>Busy-wait spins between reading and writing the shared value: a wider window loses more updates and slows the run down for a classroom.</source>
        <translation>Voltas de espera ativa entre ler e escrever o valor compartilhado: uma janela maior perde mais atualizações e deixa a execução lenta para a sala de aula.</translation>
    </message>
    <message>
        <source>Yield in the window</source>
        <translation>Ceder o processador na janela</translation>
    </message>
    <message>
        <source>Also give the processor away between read and write, so updates are lost even on a single core.</source>
        <translation>Também cede o processador entre a leitura e a escrita, de modo que atualizações se perdem mesmo com um só núcleo.</translation>
    </message>
    <message>
        <source>Live counters and timeline</source>
        <translation>Contadores e linha do tempo ao vivo</translation>
    </message>
    <message>
        <source>Publish progress and timeline spans while running. Turn off to measure the loop without any recording.</source>
        <translation>Publica o progresso e os intervalos da linha do tempo durante a execução. Desligue para medir o laço sem nenhum registro.</translation>
    </message>
    <message>
        <source>Initial balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Bank variant: the balance of the joint account before the run.</source>
        <translation>Variante bank: o saldo da conta conjunta antes da execução.</translation>
    </message>
    <message>
        <source>Lost updates over time</source>
        <translation>Atualizações perdidas ao longo do tempo</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>lost updates</source>
        <translation>atualizações perdidas</translation>
    </message>
    <message>
        <source>Cost per increment</source>
        <translation>Custo por incremento</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estratégia</translation>
    </message>
    <message>
        <source>ns per increment (wall time ÷ increments)</source>
        <translation>ns por incremento (tempo de parede ÷ incrementos)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>Lost updates on two threads</source>
        <translation>Atualizações perdidas com duas threads</translation>
    </message>
    <message>
        <source>Slow motion (loses updates even on one core)</source>
        <translation>Câmera lenta (perde atualizações mesmo com um núcleo)</translation>
    </message>
    <message>
        <source>Compare all strategies</source>
        <translation>Comparar todas as estratégias</translation>
    </message>
    <message>
        <source>Mutex: who waits for the lock</source>
        <translation>Mutex: quem espera pelo lock</translation>
    </message>
    <message>
        <source>Joint bank account (unsafe)</source>
        <translation>Conta conjunta (insegura)</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>% lost</source>
        <translation>% perdido</translation>
    </message>
    <message>
        <source>ns per increment</source>
        <translation>ns por incremento</translation>
    </message>
    <message>
        <source>expected balance</source>
        <translation>saldo esperado</translation>
    </message>
    <message>
        <source>actual balance</source>
        <translation>saldo real</translation>
    </message>
    <message>
        <source>ns per increment (%1)</source>
        <translation>ns por incremento (%1)</translation>
    </message>
    <message>
        <source>lost updates (%1)</source>
        <translation>atualizações perdidas (%1)</translation>
    </message>
    <message>
        <source>%1 deposits %2</source>
        <translation>%1 deposita %2</translation>
    </message>
    <message>
        <source>%1 withdraws %2</source>
        <translation>%1 saca %2</translation>
    </message>
    <message>
        <source>Joint account, initial balance %1; each operation: read balance, compute, write balance. %2%3.</source>
        <translation>Conta conjunta, saldo inicial %1; cada operação: ler o saldo, calcular, escrever o saldo. %2%3.</translation>
    </message>
    <message>
        <source> (and so on)</source>
        <translation> (e assim por diante)</translation>
    </message>
    <message>
        <source>Running strategy %1 (%2 threads × %3)</source>
        <translation>Rodando a estratégia %1 (%2 threads × %3)</translation>
    </message>
    <message>
        <source>%1: expected %2, actual %3, lost %4 (%5%), %6 ns per increment</source>
        <translation>%1: esperado %2, real %3, perdidas %4 (%5%), %6 ns por incremento</translation>
    </message>
    <message>
        <source>; balance expected %1, actual %2</source>
        <translation>; saldo esperado %1, real %2</translation>
    </message>
    <message>
        <source> (stopped after %1 of %2 increments)</source>
        <translation> (parado após %1 de %2 incrementos)</translation>
    </message>
    <message>
        <source>increments: the bank variant counts its operations in 24 bits of the balance word, so threads × increments must be at most %1: with %2 threads, set increments to %3 or fewer (the bank preset uses 100000).</source>
        <translation>increments: a variante bank conta as suas operações em 24 bits da palavra do saldo, então threads × increments deve ser no máximo %1: com %2 threads, defina increments como %3 ou menos (a predefinição da conta conjunta usa 100000).</translation>
    </message>
</context>
<context>
    <name>race::StepThrough</name>
    <message>
        <source>read</source>
        <translation>ler</translation>
    </message>
    <message>
        <source>add 1</source>
        <translation>somar 1</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escrever</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Logical CPUs</source>
        <translation>CPUs lógicas</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operacional</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>pplab</source>
        <translation>pplab</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>oneTBB</source>
        <translation>oneTBB</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>The runs were measured on different machines; each run&apos;s machine is in the table of runs. The first run&apos;s:</source>
        <translation>As execuções foram medidas em máquinas diferentes; a máquina de cada execução está na tabela de execuções. A da primeira execução:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>In brackets: the ratio to the first run.</source>
        <translation>Entre parênteses: a razão em relação à primeira execução.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>%1 — comparison of %2 runs</source>
        <translation>%1 — comparação de %2 execuções</translation>
    </message>
    <message>
        <source>pplab lab report · %1 · scenario %2</source>
        <translation>Relatório de laboratório do pplab · %1 · cenário %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>Made with pplab %1, the Parallel Programming Lab.</source>
        <translation>Feito com o pplab %1, o Laboratório de Programação Paralela.</translation>
    </message>
    <message>
        <source>no run to report</source>
        <translation>nenhuma execução para o relatório</translation>
    </message>
    <message>
        <source>%1: a report is .html or .pdf</source>
        <translation>%1: um relatório é .html ou .pdf</translation>
    </message>
</context>
<context>
    <name>render::ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>unsupported image format for %1 (use .png, .svg or .pdf)</source>
        <translation>formato de imagem não suportado para %1 (use .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>the picture size is empty</source>
        <translation>o tamanho da imagem é vazio</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>memória insuficiente para a imagem</translation>
    </message>
    <message>
        <source>cannot start the SVG drawing</source>
        <translation>não foi possível iniciar o desenho SVG</translation>
    </message>
    <message>
        <source>cannot finish the SVG drawing</source>
        <translation>não foi possível concluir o desenho SVG</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>não foi possível iniciar o documento PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF document</source>
        <translation>não foi possível concluir o documento PDF</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>nada foi desenhado</translation>
    </message>
</context>
<context>
    <name>render::Timeline</name>
    <message>
        <source>No timeline yet: press Run.</source>
        <translation>Ainda não há linha do tempo: clique em Executar.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>executando</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>segurando</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>dormindo</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ociosa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
</context>
<context>
    <name>scaling::ScalingScenario</name>
    <message>
        <source>Amdahl and Gustafson</source>
        <translation>Amdahl e Gustafson</translation>
    </message>
    <message>
        <source>Measures real speedup with oneTBB on 1…N threads and draws it against Amdahl&apos;s and Gustafson&apos;s laws.</source>
        <translation>Mede o speedup real com oneTBB em 1…N threads e o compara com as leis de Amdahl e de Gustafson.</translation>
    </message>
    <message>
        <source>Serial fraction</source>
        <translation>Fração serial</translation>
    </message>
    <message>
        <source>Share of the single-thread run time that can only run on one thread (0 = all parallel, 1 = all serial).</source>
        <translation>Parte do tempo de execução com uma thread que só pode rodar em uma thread (0 = tudo paralelo, 1 = tudo serial).</translation>
    </message>
    <message>
        <source>Work (ms)</source>
        <translation>Trabalho (ms)</translation>
    </message>
    <message>
        <source>Single-thread time of the whole job; the kernel is timed once per run to size it.</source>
        <translation>Tempo do trabalho inteiro com uma thread; o kernel é cronometrado uma vez por execução para dimensioná-lo.</translation>
    </message>
    <message>
        <source>Max threads</source>
        <translation>Máximo de threads</translation>
    </message>
    <message>
        <source>The sweep runs the parallel part with 1, 2, … up to this many threads (more than the logical CPUs = oversubscribed).</source>
        <translation>A varredura executa a parte paralela com 1, 2, … até este número de threads (mais do que as CPUs lógicas = sobrecarregado).</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repetições</translation>
    </message>
    <message>
        <source>Runs per thread count; the chart shows the median and the spread (min–max).</source>
        <translation>Execuções por número de threads; o gráfico mostra a mediana e a dispersão (mín–máx).</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>strong: fixed total work (Amdahl). weak: the parallel work grows with the thread count (Gustafson, scaled speedup).</source>
        <translation>strong: trabalho total fixo (Amdahl). weak: o trabalho paralelo cresce com o número de threads (Gustafson, speedup escalado).</translation>
    </message>
    <message>
        <source>strong (fixed work, Amdahl)</source>
        <translation>strong (trabalho fixo, Amdahl)</translation>
    </message>
    <message>
        <source>weak (scaled work, Gustafson)</source>
        <translation>weak (trabalho escalado, Gustafson)</translation>
    </message>
    <message>
        <source>Grain (items per chunk)</source>
        <translation>Granularidade (itens por bloco)</translation>
    </message>
    <message>
        <source>Chunk size of the parallel loop (tbb::parallel_for, simple_partitioner). One item is about 30–60 ns of work: small grains show the cost of task dispatch.</source>
        <translation>Tamanho do bloco do laço paralelo (tbb::parallel_for, simple_partitioner). Um item é cerca de 30–60 ns de trabalho: blocos pequenos mostram o custo de despachar tarefas.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>compute: arithmetic in registers. memory: streams over a large array, so memory bandwidth can be the limit.</source>
        <translation>compute: aritmética em registradores. memory: percorre um vetor grande, então a largura de banda da memória pode ser o limite.</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>limitado por computação</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>limitado por memória</translation>
    </message>
    <message>
        <source>Array (MB)</source>
        <translation>Vetor (MB)</translation>
    </message>
    <message>
        <source>Size of the array the memory kernel streams over (allocated once per run; larger than the caches).</source>
        <translation>Tamanho do vetor que o kernel de memória percorre (alocado uma vez por execução; maior que as caches).</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Speedup</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>speedup</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiência</translation>
    </message>
    <message>
        <source>efficiency (speedup ÷ threads)</source>
        <translation>eficiência (speedup ÷ threads)</translation>
    </message>
    <message>
        <source>Karp–Flatt metric</source>
        <translation>Métrica de Karp–Flatt</translation>
    </message>
    <message>
        <source>experimentally determined serial fraction</source>
        <translation>fração serial determinada experimentalmente</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tempo de execução</translation>
    </message>
    <message>
        <source>median time (ms)</source>
        <translation>tempo mediano (ms)</translation>
    </message>
    <message>
        <source>Cores actually used</source>
        <translation>Núcleos realmente usados</translation>
    </message>
    <message>
        <source>CPU time ÷ wall time of the parallel part</source>
        <translation>tempo de CPU ÷ tempo real da parte paralela</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>thread count</source>
        <translation>número de threads</translation>
    </message>
    <message>
        <source>Amdahl: 10% serial</source>
        <translation>Amdahl: 10% serial</translation>
    </message>
    <message>
        <source>Embarrassingly parallel (0% serial)</source>
        <translation>Trivialmente paralelo (0% serial)</translation>
    </message>
    <message>
        <source>Mostly serial (90%)</source>
        <translation>Quase todo serial (90%)</translation>
    </message>
    <message>
        <source>Gustafson: weak scaling, 30% serial</source>
        <translation>Gustafson: escalabilidade fraca, 30% serial</translation>
    </message>
    <message>
        <source>Too fine: one item per chunk</source>
        <translation>Fino demais: um item por bloco</translation>
    </message>
    <message>
        <source>Memory-bound kernel</source>
        <translation>Kernel limitado por memória</translation>
    </message>
    <message>
        <source>Fitted serial fraction</source>
        <translation>Fração serial ajustada</translation>
    </message>
    <message>
        <source>Karp–Flatt at max threads</source>
        <translation>Karp–Flatt no máximo de threads</translation>
    </message>
    <message>
        <source>Max speedup</source>
        <translation>Speedup máximo</translation>
    </message>
    <message>
        <source>Efficiency at max threads</source>
        <translation>Eficiência no máximo de threads</translation>
    </message>
    <message>
        <source>Logical CPUs</source>
        <translation>CPUs lógicas</translation>
    </message>
    <message>
        <source>measured scaled speedup</source>
        <translation>speedup escalado medido</translation>
    </message>
    <message>
        <source>measured speedup</source>
        <translation>speedup medido</translation>
    </message>
    <message>
        <source>Amdahl s=%1</source>
        <translation>Amdahl s=%1</translation>
    </message>
    <message>
        <source>Gustafson s=%1</source>
        <translation>Gustafson s=%1</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>Gustafson fitted</source>
        <translation>Gustafson ajustado</translation>
    </message>
    <message>
        <source>Amdahl fitted</source>
        <translation>Amdahl ajustado</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>oversubscribed</source>
        <translation>sobrecarregado</translation>
    </message>
    <message>
        <source>measured efficiency</source>
        <translation>eficiência medida</translation>
    </message>
    <message>
        <source>Gustafson</source>
        <translation>Gustafson</translation>
    </message>
    <message>
        <source>Amdahl</source>
        <translation>Amdahl</translation>
    </message>
    <message>
        <source>Karp–Flatt (measured)</source>
        <translation>Karp–Flatt (medido)</translation>
    </message>
    <message>
        <source>expected: serial share of the scaled job</source>
        <translation>esperado: parte serial do trabalho escalado</translation>
    </message>
    <message>
        <source>configured serial fraction</source>
        <translation>fração serial configurada</translation>
    </message>
    <message>
        <source>whole job</source>
        <translation>trabalho inteiro</translation>
    </message>
    <message>
        <source>serial part</source>
        <translation>parte serial</translation>
    </message>
    <message>
        <source>parallel part</source>
        <translation>parte paralela</translation>
    </message>
    <message>
        <source>cores used (median)</source>
        <translation>núcleos usados (mediana)</translation>
    </message>
    <message>
        <source>min(threads, logical CPUs)</source>
        <translation>mín(threads, CPUs lógicas)</translation>
    </message>
    <message>
        <source>logical CPUs</source>
        <translation>CPUs lógicas</translation>
    </message>
    <message>
        <source>memory_mb: cannot allocate %1 MB for the array</source>
        <translation>memory_mb: não foi possível alocar %1 MB para o vetor</translation>
    </message>
    <message>
        <source>Calibration: %1 items/ms on one thread; job at one thread = %2 items (serial %3, parallel %4 × thread count), grain %5.</source>
        <translation>Calibração: %1 itens/ms em uma thread; trabalho com uma thread = %2 itens (serial %3, paralelo %4 × número de threads), granularidade %5.</translation>
    </message>
    <message>
        <source>Calibration: %1 items/ms on one thread; job = %2 items (serial %3, parallel %4), grain %5.</source>
        <translation>Calibração: %1 itens/ms em uma thread; trabalho = %2 itens (serial %3, paralelo %4), granularidade %5.</translation>
    </message>
    <message>
        <source>Memory kernel: %1 MB array, %2 items of 512 bytes.</source>
        <translation>Kernel de memória: vetor de %1 MB, %2 itens de 512 bytes.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 chunks on %2 threads</source>
        <translation>%1 blocos em %2 threads</translation>
    </message>
    <message>
        <source>One thread: %1 chunks of about %2 items; dispatch overhead about %3 ns per chunk (parallel part %4 ms vs %5 ms at the calibrated serial rate).</source>
        <translation>Uma thread: %1 blocos de cerca de %2 itens; custo de despacho de cerca de %3 ns por bloco (parte paralela %4 ms vs. %5 ms na taxa serial calibrada).</translation>
    </message>
    <message>
        <source>From %1 threads on, the arena has more threads than logical CPUs: oversubscribed.</source>
        <translation>A partir de %1 threads, a arena tem mais threads do que CPUs lógicas: sobrecarregada.</translation>
    </message>
    <message>
        <source>%1 threads: only %2 of them executed chunks (%3 chunks).</source>
        <translation>%1 threads: só %2 delas executaram blocos (%3 blocos).</translation>
    </message>
    <message>
        <source>Fitted serial fraction %1 (configured %2), rms residual %3, from %4 thread counts (2 … %5).</source>
        <translation>Fração serial ajustada %1 (configurada %2), resíduo RMS %3, a partir de %4 números de threads (2 … %5).</translation>
    </message>
    <message>
        <source>TBB worker threads are still in use elsewhere; they stay alive.</source>
        <translation>As threads de trabalho do TBB ainda estão em uso em outro lugar; continuam vivas.</translation>
    </message>
</context>
<context>
    <name>starvation::LockMonitor</name>
    <message>
        <source>J (%1)</source>
        <translation>J (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n acquisition(s)</source>
        <translation>
            <numerusform>%n aquisição</numerusform>
            <numerusform>%n aquisições</numerusform>
        </translation>
    </message>
    <message>
        <source>could not start %1 threads: %2</source>
        <translation>não foi possível iniciar %1 threads: %2</translation>
    </message>
    <message>
        <source>Running %1 (%2 threads, %3 s)</source>
        <translation>Rodando %1 (%2 threads, %3 s)</translation>
    </message>
    <message>
        <source>%1 %2: %3 acquisitions (%4 %), wait median %5, p99 %6, max %7</source>
        <translation>%1 %2: %3 aquisições (%4 %), espera mediana %5, p99 %6, máx. %7</translation>
    </message>
    <message>
        <source>%1: J = %2, %3 acquisitions/s, longest streak %4, wait p99 %5, max %6</source>
        <translation>%1: J = %2, %3 aquisições/s, sequência mais longa %4, espera p99 %5, máx. %6</translation>
    </message>
    <message>
        <source>%1: switched to starvation mode %2 times, handed the lock off %3 times</source>
        <translation>%1: entrou no modo de inanição %2 vezes, passou o lock diretamente %3 vezes</translation>
    </message>
    <message>
        <source>%1: mutual exclusion FAILED (%2 updates of the protected counter lost)</source>
        <translation>%1: a exclusão mútua FALHOU (%2 atualizações do contador protegido perdidas)</translation>
    </message>
</context>
<context>
    <name>starvation::PriorityMonitor</name>
    <message>
        <source>on the CPU</source>
        <translation>na CPU</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>dormindo</translation>
    </message>
    <message>
        <source>waiting for the CPU</source>
        <translation>esperando pela CPU</translation>
    </message>
    <message>
        <source>T1 predicted by the CFS weights</source>
        <translation>T1 previsto pelos pesos do CFS</translation>
    </message>
    <message>
        <source>J of CPU time</source>
        <translation>J do tempo de CPU</translation>
    </message>
    <message>
        <source>%1 (SCHED_IDLE)</source>
        <translation>%1 (SCHED_IDLE)</translation>
    </message>
    <message>
        <source>%1 (nice %2)</source>
        <translation>%1 (nice %2)</translation>
    </message>
    <message>
        <source>%1: %2 s of CPU, %3 % of what the pinned threads got (CFS predicts %4 %)</source>
        <translation>%1: %2 s de CPU, %3 % do que as threads fixadas receberam (o CFS prevê %4 %)</translation>
    </message>
    <message>
        <source>The threads used %1 % of the pinned CPU (the rest went to other programs).</source>
        <translation>As threads usaram %1 % da CPU fixada (o resto foi para outros programas).</translation>
    </message>
    <message>
        <source>pplab may use only one CPU here: the window shares CPU %1 with the pinned threads and may answer slowly until the run ends.</source>
        <translation>Aqui o pplab só pode usar uma CPU: a janela divide a CPU %1 com as threads fixadas e pode responder devagar até o fim da execução.</translation>
    </message>
    <message>
        <source>could not start %1 threads: %2</source>
        <translation>não foi possível iniciar %1 threads: %2</translation>
    </message>
    <message>
        <source>%1 threads pinned to CPU %2: %3 against %4 other(s) at nice %5. CFS predicts %6 % of the CPU for T1.</source>
        <translation>%1 threads fixadas na CPU %2: %3 contra %4 outra(s) com nice %5. O CFS prevê %6 % da CPU para T1.</translation>
    </message>
</context>
<context>
    <name>starvation::PriorityRun</name>
    <message>
        <source>cpu: sched_setaffinity to CPU %1 failed: %2</source>
        <translation>cpu: sched_setaffinity para a CPU %1 falhou: %2</translation>
    </message>
    <message>
        <source>low_nice: setpriority(PRIO_PROCESS, tid, %1) failed: %2</source>
        <translation>low_nice: setpriority(PRIO_PROCESS, tid, %1) falhou: %2</translation>
    </message>
    <message>
        <source>policy: sched_setscheduler(tid, SCHED_IDLE) failed: %1</source>
        <translation>policy: sched_setscheduler(tid, SCHED_IDLE) falhou: %1</translation>
    </message>
</context>
<context>
    <name>starvation::Publisher</name>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
</context>
<context>
    <name>starvation::RwMonitor</name>
    <message>
        <source>W (writer)</source>
        <translation>E (escritor)</translation>
    </message>
    <message>
        <source>R%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>writes done (%1)</source>
        <translation>escritas feitas (%1)</translation>
    </message>
    <message>
        <source>writes wanted (%1)</source>
        <translation>escritas desejadas (%1)</translation>
    </message>
    <message>
        <source>writer (%1)</source>
        <translation>escritor (%1)</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>leitores</translation>
    </message>
    <message>
        <source>%1: %2 writes of %3 wanted, writer wait median %4, max %5; %6 reads/s, reader wait p99 %7</source>
        <translation>%1: %2 escritas de %3 desejadas, espera do escritor mediana %4, máx. %5; %6 leituras/s, espera dos leitores p99 %7</translation>
    </message>
    <message>
        <source>%1: a reader saw the writer inside %2 times: the lock did not exclude</source>
        <translation>%1: um leitor viu o escritor lá dentro %2 vezes: o lock não garantiu a exclusão</translation>
    </message>
    <message>
        <source>could not start %1 threads: %2</source>
        <translation>não foi possível iniciar %1 threads: %2</translation>
    </message>
    <message>
        <source>%1 readers hold the shared lock %2 µs each, back to back; one writer asks every %3 ms.</source>
        <translation>%1 leitores seguram o lock compartilhado %2 µs cada, um atrás do outro; um escritor pede a cada %3 ms.</translation>
    </message>
</context>
<context>
    <name>starvation::StarvationScenario</name>
    <message>
        <source>TTAS spinlock</source>
        <translation>spinlock TTAS</translation>
    </message>
    <message>
        <source>ticket lock</source>
        <translation>ticket lock</translation>
    </message>
    <message>
        <source>Go-style mutex</source>
        <translation>mutex no estilo do Go</translation>
    </message>
    <message>
        <source>rwlock, reader preference</source>
        <translation>rwlock, preferência de leitores</translation>
    </message>
    <message>
        <source>rwlock, writer preference</source>
        <translation>rwlock, preferência de escritores</translation>
    </message>
    <message>
        <source>lock: %1 is not a lock of the lock variant (choose %2 or compare)</source>
        <translation>lock: %1 não é um lock da variante lock (escolha %2 ou compare)</translation>
    </message>
    <message>
        <source>lock: %1 is not a lock of the rwlock variant (choose %2 or compare)</source>
        <translation>lock: %1 não é um lock da variante rwlock (escolha %2 ou compare)</translation>
    </message>
    <message>
        <source>threads: the rwlock variant needs at least 2 threads (readers and one writer)</source>
        <translation>threads: a variante rwlock precisa de pelo menos 2 threads (leitores e um escritor)</translation>
    </message>
    <message>
        <source>threads: the priority variant pins every thread to one CPU; use 2 to %1 threads (one low-priority thread and the others at nice 0)</source>
        <translation>threads: a variante priority fixa todas as threads numa só CPU; use de 2 a %1 threads (uma de baixa prioridade e as outras com nice 0)</translation>
    </message>
    <message>
        <source>low_nice: pplab already runs at nice %1, and lowering a nice value needs privileges (CAP_SYS_NICE or RLIMIT_NICE); choose %1 to 19</source>
        <translation>low_nice: o pplab já roda com nice %1, e diminuir um valor de nice exige privilégios (CAP_SYS_NICE ou RLIMIT_NICE); escolha de %1 a 19</translation>
    </message>
    <message>
        <source>cpu: the CPUs this process may use cannot be read (sched_getaffinity failed)</source>
        <translation>cpu: não foi possível ler as CPUs que este processo pode usar (sched_getaffinity falhou)</translation>
    </message>
    <message>
        <source>cpu: CPU %1 is not available to pplab (it may run on CPUs %2; -1 picks the last of them)</source>
        <translation>cpu: a CPU %1 não está disponível para o pplab (ele pode rodar nas CPUs %2; -1 escolhe a última delas)</translation>
    </message>
    <message>
        <source>compare (each lock of the variant in turn)</source>
        <translation>comparar (cada lock da variante, um de cada vez)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>lock: threads compete for one lock, unfair or fair. priority: CPU-bound threads pinned to one CPU, one of them at a low priority. rwlock: readers keep a reader-writer lock busy while one writer waits for it.</source>
        <translation>lock: threads disputam um lock, injusto ou justo. priority: threads que só usam CPU, fixadas numa só CPU, uma delas com prioridade baixa. rwlock: leitores mantêm ocupado um lock de leitores e escritores enquanto um escritor espera por ele.</translation>
    </message>
    <message>
        <source>Unfair and fair locks</source>
        <translation>Locks injustos e justos</translation>
    </message>
    <message>
        <source>Starvation by priority</source>
        <translation>Inanição por prioridade</translation>
    </message>
    <message>
        <source>Readers starve a writer</source>
        <translation>Leitores deixam um escritor faminto</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>lock variant: std_mutex (glibc), spin (test-and-test-and-set), ticket (FIFO), queuing (tbb::queuing_mutex, FIFO), starvation_mode (Go&apos;s sync.Mutex policy). rwlock variant: reader_pref (glibc&apos;s default pthread_rwlock_t, also behind std::shared_mutex), writer_pref (PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP), tbb_queuing (tbb::queuing_rw_mutex, FIFO). compare: every lock of the variant in turn, same threads, equal time. Ignored by priority.</source>
        <translation>variante lock: std_mutex (glibc), spin (test-and-test-and-set), ticket (FIFO), queuing (tbb::queuing_mutex, FIFO), starvation_mode (a política do sync.Mutex do Go). variante rwlock: reader_pref (o pthread_rwlock_t padrão da glibc, também por trás do std::shared_mutex), writer_pref (PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP), tbb_queuing (tbb::queuing_rw_mutex, FIFO). compare: cada lock da variante, um de cada vez, com as mesmas threads e o mesmo tempo. Ignorado pela variante priority.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>lock: threads competing for the lock. priority: threads pinned to one CPU, T1 is the low-priority one (2 to %1). rwlock: readers plus one writer, the last thread.</source>
        <translation>lock: threads que disputam o lock. priority: threads fixadas numa só CPU; T1 é a de baixa prioridade (de 2 a %1). rwlock: leitores mais um escritor, a última thread.</translation>
    </message>
    <message>
        <source>Critical section (µs)</source>
        <translation>Seção crítica (µs)</translation>
    </message>
    <message>
        <source>Busy work while holding the lock (rwlock: the writer&apos;s write section).</source>
        <translation>Trabalho ativo enquanto segura o lock (rwlock: a seção de escrita do escritor).</translation>
    </message>
    <message>
        <source>Think time (µs)</source>
        <translation>Tempo de pensar (µs)</translation>
    </message>
    <message>
        <source>Busy work outside the lock before asking again (readers too). 0 = always asking.</source>
        <translation>Trabalho ativo fora do lock antes de pedir de novo (também para os leitores). 0 = pede sem parar.</translation>
    </message>
    <message>
        <source>Starvation threshold (ms)</source>
        <translation>Limiar de inanição (ms)</translation>
    </message>
    <message>
        <source>starvation_mode: a waiter that waited longer than this switches the mutex to hand-off (Go uses 1 ms).</source>
        <translation>starvation_mode: quem esperou mais do que isto passa o mutex para o modo de passagem direta (o Go usa 1 ms).</translation>
    </message>
    <message>
        <source>Nice of the low thread</source>
        <translation>Nice da thread baixa</translation>
    </message>
    <message>
        <source>priority: nice value of T1 (set on its own thread id; raising nice needs no privilege). 0 = equal priorities, the first cure.</source>
        <translation>priority: valor de nice de T1 (ajustado no id da própria thread; aumentar o nice não exige privilégio). 0 = prioridades iguais, a primeira cura.</translation>
    </message>
    <message>
        <source>Policy of the low thread</source>
        <translation>Política da thread baixa</translation>
    </message>
    <message>
        <source>priority: normal = SCHED_OTHER with the nice value above; idle = SCHED_IDLE (CFS weight 3, below nice 19&apos;s 15).</source>
        <translation>priority: normal = SCHED_OTHER com o nice acima; idle = SCHED_IDLE (peso 3 no CFS, abaixo dos 15 do nice 19).</translation>
    </message>
    <message>
        <source>SCHED_OTHER with nice</source>
        <translation>SCHED_OTHER com nice</translation>
    </message>
    <message>
        <source>SCHED_IDLE</source>
        <translation>SCHED_IDLE</translation>
    </message>
    <message>
        <source>Busy share of the nice-0 threads (%)</source>
        <translation>Fração ocupada das threads com nice 0 (%)</translation>
    </message>
    <message>
        <source>priority: the nice-0 threads compute for this share of every 10 ms and sleep the rest. Below 100 they leave the low thread room: the second cure.</source>
        <translation>priority: as threads com nice 0 calculam durante esta fração de cada 10 ms e dormem o resto. Abaixo de 100 sobra espaço para a thread baixa: a segunda cura.</translation>
    </message>
    <message>
        <source>Pinned CPU</source>
        <translation>CPU fixada</translation>
    </message>
    <message>
        <source>priority: the CPU every thread is pinned to (sched_setaffinity); -1 = the last CPU pplab may use.</source>
        <translation>priority: a CPU em que todas as threads ficam fixadas (sched_setaffinity); -1 = a última CPU que o pplab pode usar.</translation>
    </message>
    <message>
        <source>Read section (µs)</source>
        <translation>Seção de leitura (µs)</translation>
    </message>
    <message>
        <source>rwlock: how long each reader holds the shared lock. Readers overlap, so their count rarely drops to zero.</source>
        <translation>rwlock: por quanto tempo cada leitor segura o lock compartilhado. As leituras se sobrepõem, então o número de leitores raramente chega a zero.</translation>
    </message>
    <message>
        <source>Write every (ms)</source>
        <translation>Escrever a cada (ms)</translation>
    </message>
    <message>
        <source>rwlock: the writer asks for the exclusive lock this long after its previous write.</source>
        <translation>rwlock: o escritor pede o lock exclusivo este tempo depois da escrita anterior.</translation>
    </message>
    <message>
        <source>Live charts and timeline</source>
        <translation>Gráficos e linha do tempo ao vivo</translation>
    </message>
    <message>
        <source>Sample the threads&apos; counters while running. Turn off to measure the loop without any recording: the figures come at the end.</source>
        <translation>Amostra os contadores das threads durante a execução. Desative para medir o laço sem nenhuma gravação: os números aparecem no final.</translation>
    </message>
    <message>
        <source>Barging: std::mutex lets one thread run away</source>
        <translation>Furar a fila: o std::mutex deixa uma thread disparar na frente</translation>
    </message>
    <message>
        <source>FIFO cure: the ticket lock</source>
        <translation>Cura FIFO: o ticket lock</translation>
    </message>
    <message>
        <source>Compare the locks: throughput against fairness</source>
        <translation>Comparar os locks: vazão contra justiça</translation>
    </message>
    <message>
        <source>Go&apos;s starvation mode (1 ms threshold)</source>
        <translation>Modo de inanição do Go (limiar de 1 ms)</translation>
    </message>
    <message>
        <source>Spinlock with more threads than CPUs</source>
        <translation>Spinlock com mais threads do que CPUs</translation>
    </message>
    <message>
        <source>Nice 19 against nice 0 on one CPU</source>
        <translation>Nice 19 contra nice 0 numa só CPU</translation>
    </message>
    <message>
        <source>SCHED_IDLE against nice 0 on one CPU</source>
        <translation>SCHED_IDLE contra nice 0 numa só CPU</translation>
    </message>
    <message>
        <source>Cure: equal priorities</source>
        <translation>Cura: prioridades iguais</translation>
    </message>
    <message>
        <source>Cure: the nice-0 thread sleeps half the time</source>
        <translation>Cura: a thread com nice 0 dorme metade do tempo</translation>
    </message>
    <message>
        <source>Readers starve a writer (glibc&apos;s default rwlock)</source>
        <translation>Leitores deixam um escritor faminto (rwlock padrão da glibc)</translation>
    </message>
    <message>
        <source>Writer preference lets the writer in</source>
        <translation>A preferência de escritores deixa o escritor entrar</translation>
    </message>
    <message>
        <source>Compare the reader-writer locks</source>
        <translation>Comparar os locks de leitores e escritores</translation>
    </message>
    <message>
        <source>Jain&apos;s index J</source>
        <translation>Índice de Jain J</translation>
    </message>
    <message>
        <source>Starved threads</source>
        <translation>Threads famintas</translation>
    </message>
    <message>
        <source>Longest wait (ms)</source>
        <translation>Espera mais longa (ms)</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Sequência mais longa</translation>
    </message>
    <message>
        <source>CPU share of T1 (low)</source>
        <translation>Fração da CPU de T1 (baixa)</translation>
    </message>
    <message>
        <source>CFS prediction for T1</source>
        <translation>Previsão do CFS para T1</translation>
    </message>
    <message>
        <source>Pinned CPU used by the threads</source>
        <translation>CPU fixada usada pelas threads</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Escritas</translation>
    </message>
    <message>
        <source>Writes wanted</source>
        <translation>Escritas desejadas</translation>
    </message>
    <message>
        <source>Writer&apos;s longest wait (ms)</source>
        <translation>Espera mais longa do escritor (ms)</translation>
    </message>
    <message>
        <source>Writer&apos;s median wait (ms)</source>
        <translation>Espera mediana do escritor (ms)</translation>
    </message>
    <message>
        <source>Reads/s</source>
        <translation>Leituras/s</translation>
    </message>
    <message>
        <source>Reader wait p99 (µs)</source>
        <translation>p99 da espera dos leitores (µs)</translation>
    </message>
    <message>
        <source>Acquisitions/s</source>
        <translation>Aquisições/s</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Aquisições</translation>
    </message>
    <message>
        <source>Fewest by one thread</source>
        <translation>Menos por uma thread</translation>
    </message>
    <message>
        <source>Most by one thread</source>
        <translation>Mais por uma thread</translation>
    </message>
    <message>
        <source>Wait median (µs)</source>
        <translation>Mediana da espera (µs)</translation>
    </message>
    <message>
        <source>Wait p99 (µs)</source>
        <translation>p99 da espera (µs)</translation>
    </message>
    <message>
        <source>J (%1)</source>
        <translation>J (%1)</translation>
    </message>
    <message>
        <source>Acquisitions/s (%1)</source>
        <translation>Aquisições/s (%1)</translation>
    </message>
    <message>
        <source>Longest streak (%1)</source>
        <translation>Sequência mais longa (%1)</translation>
    </message>
    <message>
        <source>Writes (%1)</source>
        <translation>Escritas (%1)</translation>
    </message>
    <message>
        <source>Reads/s (%1)</source>
        <translation>Leituras/s (%1)</translation>
    </message>
    <message>
        <source>Writer&apos;s longest wait, ms (%1)</source>
        <translation>Espera mais longa do escritor, ms (%1)</translation>
    </message>
    <message>
        <source>Starvation</source>
        <translation>Inanição</translation>
    </message>
    <message>
        <source>The program runs, yet one thread never gets its turn: unfair locks against FIFO locks, a low-priority thread on a shared CPU, readers that starve a writer. Measured with Jain&apos;s index.</source>
        <translation>O programa roda, mas uma thread nunca tem a sua vez: locks injustos contra locks FIFO, uma thread de baixa prioridade numa CPU compartilhada, leitores que deixam um escritor faminto. Medido com o índice de Jain.</translation>
    </message>
    <message>
        <source>Progress per thread</source>
        <translation>Progresso por thread</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>acquisitions (rwlock: writes done and wanted; priority: million loop rounds)</source>
        <translation>aquisições (rwlock: escritas feitas e desejadas; priority: milhões de voltas do laço)</translation>
    </message>
    <message>
        <source>CPU share per thread</source>
        <translation>Fração da CPU por thread</translation>
    </message>
    <message>
        <source>% of the pinned CPU&apos;s time the threads got</source>
        <translation>% do tempo da CPU fixada que as threads receberam</translation>
    </message>
    <message>
        <source>Wait per acquisition</source>
        <translation>Espera por aquisição</translation>
    </message>
    <message>
        <source>wait (doubling bins: from the value shown to the next)</source>
        <translation>espera (faixas que dobram: do valor mostrado até o seguinte)</translation>
    </message>
    <message>
        <source>% of acquisitions</source>
        <translation>% das aquisições</translation>
    </message>
    <message>
        <source>Fairness over time</source>
        <translation>Justiça ao longo do tempo</translation>
    </message>
    <message>
        <source>Jain&apos;s index over the last second</source>
        <translation>Índice de Jain no último segundo</translation>
    </message>
    <message>
        <source>Throughput against fairness</source>
        <translation>Vazão contra justiça</translation>
    </message>
    <message>
        <source>fairness: Jain&apos;s index J (rwlock: writes done ÷ wanted)</source>
        <translation>justiça: índice de Jain J (rwlock: escritas feitas ÷ desejadas)</translation>
    </message>
    <message>
        <source>acquisitions per second (rwlock: reads per second)</source>
        <translation>aquisições por segundo (rwlock: leituras por segundo)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>Per lock and thread: acquisitions (reads, writes or CPU time), share, wait median, p99 and maximum.</source>
        <translation>Por lock e por thread: aquisições (leituras, escritas ou tempo de CPU), fração, mediana, p99 e máximo da espera.</translation>
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
