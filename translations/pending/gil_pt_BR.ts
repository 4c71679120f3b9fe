<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <source> (the emulator's figures stand)</source>
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
        <source>A global interpreter lock emulated on real threads (CPython's new and old GIL, or none) against real processes: why threads do not speed up CPU-bound Python, and why an I/O thread stalls behind a busy one.</source>
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
        <source>New GIL: how long a waiting thread waits before it asks the holder to drop the lock (sys.setswitchinterval; CPython's default is 5 ms).</source>
        <translation>GIL nova: quanto tempo uma thread que espera aguarda antes de pedir a quem segura que solte a trava (sys.setswitchinterval; o padrão do CPython é 5 ms).</translation>
    </message>
    <message>
        <source>Check interval (ticks)</source>
        <translation>Intervalo de verificação (ticks)</translation>
    </message>
    <message>
        <source>Old GIL: the holder releases and re-takes the lock every this many ticks (sys.setcheckinterval; Python 2's default is 100).</source>
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
        <source>cpu: if above 0, each worker runs one tick per call of a naive recursive fib(n), 2·fib(n+1) − 1 ticks, like the books' Python fib, instead of work_ms.</source>
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
        <source>The books' table: sequential, threads, processes, free-threaded</source>
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
        <source>P%1 (pid %2) holds its own process's GIL and runs ticks</source>
        <translation>P%1 (pid %2) segura a GIL do seu próprio processo e executa ticks</translation>
    </message>
    <message>
        <source>processes: a worker process ended or did not start within 30 s</source>
        <translation>processes: um processo trabalhador terminou ou não iniciou em 30 s</translation>
    </message>
</context>
<context>
    <name>gil::PythonRun</name>
    <message>
        <source>PPLAB_PYTHON='%1' is not an executable file</source>
        <translation>PPLAB_PYTHON='%1' não é um arquivo executável</translation>
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
</TS>