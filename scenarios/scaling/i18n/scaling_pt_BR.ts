<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>scaling::ScalingScenario</name>
    <message>
        <source>Amdahl and Gustafson</source>
        <translation>Amdahl e Gustafson</translation>
    </message>
    <message>
        <source>Measures real speedup with oneTBB on 1…N threads and draws it against Amdahl's and Gustafson's laws.</source>
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
        <source>Amdahl's ceiling 1/s = %1× (no processor count gets past it).</source>
        <translation>Teto de Amdahl 1/s = %1× (nenhum número de processadores passa dele).</translation>
    </message>
    <message>
        <source>With s = 0 Amdahl's law has no ceiling: speedup = processors.</source>
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
        <source>Amdahl's ceiling 1/s</source>
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
</context>
</TS>
