<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
  <context>
    <name>named_pipes::FifoRun</name>
    <message>
      <source>removed the FIFO %1</source>
      <translation>FIFO %1 removido</translation>
    </message>
    <message>
      <source>could not remove the FIFO %1</source>
      <translation>não foi possível remover o FIFO %1</translation>
    </message>
    <message>
      <source>path: %1 exists and is not a FIFO; pplab leaves it untouched</source>
      <translation>path: %1 existe e não é um FIFO; o pplab não mexe nele</translation>
    </message>
    <message>
      <source>using the existing FIFO %1 (pplab did not make it, so it stays after the run)</source>
      <translation>usando o FIFO existente %1 (não foi o pplab que o criou, então ele fica depois da execução)</translation>
    </message>
    <message>
      <source>path: mkfifo(%1) failed: %2</source>
      <translation>path: mkfifo(%1) falhou: %2</translation>
    </message>
    <message>
      <source>mkfifo("%1", 0600): a FIFO is a file name for a pipe; it holds no data on disk</source>
      <translation>mkfifo("%1", 0600): um FIFO é um nome de arquivo para um pipe; ele não guarda dados no disco</translation>
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
      <translation>morto pelo sinal %1</translation>
    </message>
    <message>
      <source>exit code %1</source>
      <translation>código de saída %1</translation>
    </message>
    <message>
      <source>the child pid %1 ended early (%2)</source>
      <translation>o filho pid %1 terminou antes da hora (%2)</translation>
    </message>
    <message>
      <source>writer</source>
      <translation>escritor</translation>
    </message>
    <message>
      <source>started the writer, pid %1; it knows only the path %2</source>
      <translation>escritor iniciado, pid %1; ele só conhece o caminho %2</translation>
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
      <translation>escritor pid %1: open(O_WRONLY | O_NONBLOCK) devolveu %2</translation>
    </message>
    <message>
      <source>a descriptor</source>
      <translation>um descritor</translation>
    </message>
    <message>
      <source>writer pid %1: open(path, O_WRONLY) blocks until a reader opens the FIFO</source>
      <translation>escritor pid %1: open(path, O_WRONLY) bloqueia até um leitor abrir o FIFO</translation>
    </message>
    <message>
      <source>started the reader, pid %1; it knows only the path %2</source>
      <translation>leitor iniciado, pid %1; ele só conhece o caminho %2</translation>
    </message>
    <message>
      <source>open() waits for a reader</source>
      <translation>open() espera um leitor</translation>
    </message>
    <message>
      <source>writer pid %1: open() returned after %2 ms, when the reader opened the FIFO</source>
      <translation>escritor pid %1: open() retornou depois de %2 ms, quando o leitor abriu o FIFO</translation>
    </message>
    <message>
      <source>write</source>
      <translation>write</translation>
    </message>
    <message>
      <source>writer pid %1 wrote: %2</source>
      <translation>escritor pid %1 escreveu: %2</translation>
    </message>
    <message>
      <source>writer pid %1 closed the FIFO and exits</source>
      <translation>escritor pid %1 fechou o FIFO e termina</translation>
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
      <translation>leitor pid %1: read() devolveu 0 (fim de arquivo) depois de %2 bytes: o último escritor fechou o FIFO</translation>
    </message>
    <message>
      <source>the writer pid %1 ended early</source>
      <translation>o escritor pid %1 terminou antes da hora</translation>
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
      <translation>%1 escritores (processos separados) escrevem cada um %2 registros de %3 bytes no FIFO ao mesmo tempo</translation>
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
      <translation>contando</translation>
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
      <translation> — mais de PIPE_BUF bytes: as escritas podem se misturar</translation>
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
      <source>Unrelated processes talk through a FIFO file: blocking open(), the classic "Hello from pid" exchange, and the PIPE_BUF atomicity limit.</source>
      <translation>Processos sem parentesco conversam por um arquivo FIFO: open() bloqueante, a troca clássica "Hello from pid" e o limite de atomicidade PIPE_BUF.</translation>
    </message>
    <message>
      <source>Experiment</source>
      <translation>Experimento</translation>
    </message>
    <message>
      <source>Run both experiments, or only one.</source>
      <translation>Executa os dois experimentos, ou só um.</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>Os dois</translation>
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
      <translation>Onde o FIFO é criado (vazio = um diretório temporário privado). Um FIFO existente é usado e mantido; qualquer outro arquivo existente é recusado e fica intocado.</translation>
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
      <translation>Leitor começa depois de (ms)</translation>
    </message>
    <message>
      <source>How long the lab waits before starting the reader: the writer's open() blocks that long.</source>
      <translation>Quanto o laboratório espera antes de iniciar o leitor: o open() do escritor fica bloqueado esse tempo.</translation>
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
      <translation>Atomicidade: o tamanho de cada write() (0 = testa 1 KiB, 4 KiB = PIPE_BUF, 8 KiB e 64 KiB).</translation>
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
      <source>Reader's read() size (bytes)</source>
      <translation>Tamanho do read() do leitor (bytes)</translation>
    </message>
    <message>
      <source>Atomicity: how many bytes the reader asks for in each read(). Small reads wake the writers more often, so large records interleave more.</source>
      <translation>Atomicidade: quantos bytes o leitor pede em cada read(). Leituras pequenas acordam os escritores com mais frequência, então registros grandes se misturam mais.</translation>
    </message>
    <message>
      <source>Torn records per record size</source>
      <translation>Registros rasgados por tamanho de registro</translation>
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
      <translation>Hello from pid (uma mensagem)</translation>
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
      <source>Writer's open() wait (ms)</source>
      <translation>Espera do escritor em open() (ms)</translation>
    </message>
    <message>
      <source>FIFO removed</source>
      <translation>FIFO removido</translation>
    </message>
  </context>
  <context>
    <name>pipes::PipesRun</name>
    <message>
      <source>reader, %1</source>
      <translation>leitor, %1</translation>
    </message>
    <message>
      <source>sweep over %1 (capacity %2 bytes), reader child pid %3</source>
      <translation>varredura em %1 (capacidade %2 bytes), filho leitor pid %3</translation>
    </message>
    <message>
      <source>sweep</source>
      <translation>varredura</translation>
    </message>
    <message>
      <source>INTEGRITY ERROR on %1 at %2: received %3 bytes, checksum %4, expected %5</source>
      <translation>ERRO DE INTEGRIDADE em %1 com %2: recebidos %3 bytes, checksum %4, esperado %5</translation>
    </message>
    <message>
      <source>%1 %2: %3 messages in %4 ms = %5 MiB/s, %6 messages/s, checksum %7</source>
      <translation>%1 %2: %3 mensagens em %4 ms = %5 MiB/s, %6 mensagens/s, checksum %7</translation>
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
      <translation>leitura, checksum</translation>
    </message>
    <message>
      <source>slow reader</source>
      <translation>leitor lento</translation>
    </message>
    <message>
      <source>parent pid %1: writer</source>
      <translation>pai pid %1: escritor</translation>
    </message>
    <message>
      <source>back-pressure on %1: %2 messages of %3 bytes, capacity %4 bytes, the reader sleeps %5 µs after each</source>
      <translation>contrapressão em %1: %2 mensagens de %3 bytes, capacidade %4 bytes, o leitor dorme %5 µs depois de cada uma</translation>
    </message>
    <message>
      <source>write</source>
      <translation>write</translation>
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
      <translation>read</translation>
    </message>
    <message>
      <source>the writer was blocked for %1 ms in total (writing took %2 ms); data checksum %3</source>
      <translation>o escritor ficou bloqueado %1 ms no total (a escrita levou %2 ms); checksum dos dados %3</translation>
    </message>
    <message>
      <source>echo, %1</source>
      <translation>eco, %1</translation>
    </message>
    <message>
      <source>ping-pong</source>
      <translation>pingue-pongue</translation>
    </message>
    <message>
      <source>ping-pong %1</source>
      <translation>pingue-pongue %1</translation>
    </message>
    <message>
      <source>echo</source>
      <translation>eco</translation>
    </message>
    <message>
      <source>ping-pong over %1: %2 round trips of %3 bytes, median %4 µs, p99 %5 µs</source>
      <translation>pingue-pongue em %1: %2 idas e voltas de %3 bytes, mediana %4 µs, p99 %5 µs</translation>
    </message>
    <message>
      <source>pipe_size: %1 bytes is more than /proc/sys/fs/pipe-max-size (%2 bytes)</source>
      <translation>pipe_size: %1 bytes é mais do que /proc/sys/fs/pipe-max-size (%2 bytes)</translation>
    </message>
    <message>
      <source>min_size must not be larger than max_size</source>
      <translation>min_size não pode ser maior que max_size</translation>
    </message>
    <message>
      <source>cannot start the child process: %1</source>
      <translation>não foi possível iniciar o processo filho: %1</translation>
    </message>
    <message>
      <source>child pid %1 (%2)</source>
      <translation>filho pid %1 (%2)</translation>
    </message>
    <message>
      <source>parent pid %1</source>
      <translation>pai pid %1</translation>
    </message>
    <message>
      <source>start-up</source>
      <translation>inicialização</translation>
    </message>
    <message>
      <source>killed by signal %1</source>
      <translation>morto pelo sinal %1</translation>
    </message>
    <message>
      <source>exit code %1</source>
      <translation>código de saída %1</translation>
    </message>
    <message>
      <source>%1: the child pid %2 went away (%3; %4)</source>
      <translation>%1: o filho pid %2 sumiu (%3; %4)</translation>
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
      <translation>o pai pid %1 criou dois pipes com pipe2() e iniciou o filho pid %2</translation>
    </message>
    <message>
      <source>write, close</source>
      <translation>escreve, fecha</translation>
    </message>
    <message>
      <source>exchange</source>
      <translation>troca</translation>
    </message>
    <message>
      <source>parent pid %1 wrote "%2" and closed its write end</source>
      <translation>o pai pid %1 escreveu "%2" e fechou a sua ponta de escrita</translation>
    </message>
    <message>
      <source>child pid %1: read() returned 0 (end of file) after %2 bytes: the last writer closed the pipe</source>
      <translation>filho pid %1: read() devolveu 0 (fim de arquivo) depois de %2 bytes: o último escritor fechou o pipe</translation>
    </message>
    <message>
      <source>read until EOF</source>
      <translation>lê até o EOF</translation>
    </message>
    <message>
      <source>read, reply, exit</source>
      <translation>lê, responde, termina</translation>
    </message>
    <message>
      <source>I pid [%1] received a message =&gt; %2</source>
      <translation>I pid [%1] received a message =&gt; %2</translation>
    </message>
    <message>
      <source>parent: read() returned 0 (end of file): child pid %1 closed its write end</source>
      <translation>pai: read() devolveu 0 (fim de arquivo): o filho pid %1 fechou a sua ponta de escrita</translation>
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
      <translation>o pai leu %1 bytes do filho pid %2 e fechou a sua ponta de leitura</translation>
    </message>
    <message>
      <source>child pid %1: write() failed with %2 after %3 bytes; SIGPIPE is ignored in the child, so it reports the error instead of dying</source>
      <translation>filho pid %1: write() falhou com %2 depois de %3 bytes; o SIGPIPE é ignorado no filho, então ele relata o erro em vez de morrer</translation>
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
      <translation>pai: write() num pipe cujo leitor (pid %1) já terminou falhou com %2; o SIGPIPE está bloqueado nesta thread, então o laboratório relata o erro em vez de ser morto</translation>
    </message>
    <message>
      <source>parent: unexpected result of write() without a reader: %1</source>
      <translation>pai: resultado inesperado de write() sem leitor: %1</translation>
    </message>
    <message>
      <source>writer that exits</source>
      <translation>escritor que termina</translation>
    </message>
    <message>
      <source>read → EOF</source>
      <translation>read → EOF</translation>
    </message>
    <message>
      <source>parent: read() returned 0 (EOF): the pipe's last writer, child pid %1, exited</source>
      <translation>pai: read() devolveu 0 (EOF): o último escritor do pipe, o filho pid %1, terminou</translation>
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
      <translation>sem leitor, escritas não bloqueantes de 4 KiB o encheram com %1 bytes (FIONREAD diz %2) antes de write() falhar com EAGAIN: um escritor bloqueante esperaria aqui</translation>
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
      <translation>Um processo pai e seus filhos trocam mensagens por pipe(2): vazão, capacidade, contrapressão, latência, EOF e EPIPE.</translation>
    </message>
    <message>
      <source>Experiment</source>
      <translation>Experimento</translation>
    </message>
    <message>
      <source>Run every experiment in turn, or only one of them.</source>
      <translation>Executa todos os experimentos em sequência, ou só um deles.</translation>
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
      <translation>Latência de pingue-pongue</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <source>The channel between the two processes: a pipe, a Unix socketpair, a shared-memory ring, or all three on the same charts.</source>
      <translation>O canal entre os dois processos: um pipe, um socketpair Unix, um buffer circular em memória compartilhada, ou os três nos mesmos gráficos.</translation>
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
      <translation>Buffer circular em memória compartilhada</translation>
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
      <translation>Cada tamanho de mensagem da varredura é esta quantidade de vezes o anterior.</translation>
    </message>
    <message>
      <source>Time per size (ms)</source>
      <translation>Tempo por tamanho (ms)</translation>
    </message>
    <message>
      <source>About how long each message size of the sweep is measured.</source>
      <translation>Por quanto tempo, aproximadamente, cada tamanho de mensagem é medido.</translation>
    </message>
    <message>
      <source>Pipe capacity (bytes)</source>
      <translation>Capacidade do pipe (bytes)</translation>
    </message>
    <message>
      <source>Sets the pipes' capacity with F_SETPIPE_SZ (0 = the system default). At most /proc/sys/fs/pipe-max-size (%1 bytes here).</source>
      <translation>Define a capacidade dos pipes com F_SETPIPE_SZ (0 = o padrão do sistema). No máximo /proc/sys/fs/pipe-max-size (%1 bytes aqui).</translation>
    </message>
    <message>
      <source>Reader delay (µs)</source>
      <translation>Atraso do leitor (µs)</translation>
    </message>
    <message>
      <source>Back-pressure: the reader sleeps this long after every message.</source>
      <translation>Contrapressão: o leitor dorme esse tempo depois de cada mensagem.</translation>
    </message>
    <message>
      <source>Back-pressure message (bytes)</source>
      <translation>Mensagem da contrapressão (bytes)</translation>
    </message>
    <message>
      <source>Message size of the back-pressure experiment.</source>
      <translation>Tamanho das mensagens do experimento de contrapressão.</translation>
    </message>
    <message>
      <source>Back-pressure messages</source>
      <translation>Mensagens da contrapressão</translation>
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
      <translation>Pingue-pongue: quantas idas e voltas são cronometradas por canal.</translation>
    </message>
    <message>
      <source>Ping size (bytes)</source>
      <translation>Tamanho do ping (bytes)</translation>
    </message>
    <message>
      <source>Ping-pong: the size of each message.</source>
      <translation>Pingue-pongue: o tamanho de cada mensagem.</translation>
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
      <translation>Tempo de ida e volta (pingue-pongue)</translation>
    </message>
    <message>
      <source>µs (doubling bins)</source>
      <translation>µs (faixas que dobram)</translation>
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
      <translation>Pipe × socketpair × memória compartilhada</translation>
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
      <translation>Latência: pipe × memória compartilhada</translation>
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
      <translation>Checksum OK</translation>
    </message>
    <message>
      <source>RTT median (µs)</source>
      <translation>RTT mediana (µs)</translation>
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
</TS>