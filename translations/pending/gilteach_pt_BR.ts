<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Exercise</name>
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
</TS>
