<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
</TS>
