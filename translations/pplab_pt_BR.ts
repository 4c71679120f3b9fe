<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>deadlock::DeadlockScenario</name>
    <message>
        <source>Deadlock</source>
        <translation>Impasse</translation>
    </message>
    <message>
        <source>Workers really block on each other's locks; a watchdog finds the cycle and names the four Coffman conditions; six strategies show how to prevent it.</source>
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
    <name>gui::ChartPanel</name>
    <message>
        <source>Drag to zoom in; right-click to zoom out.</source>
        <translation>Arraste para ampliar; clique com o botão direito para reduzir.</translation>
    </message>
</context>
<context>
    <name>gui::CountersView</name>
    <message>
        <source>The run's figures appear here while it runs.</source>
        <translation>Os números da execução aparecem aqui enquanto ela está em andamento.</translation>
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
        <source>Circles are workers, squares are locks. Solid green: the lock is held by the worker. Dashed blue: the worker waits for the lock (dotted: a timed wait that gives up). Red: a cycle of waits that no one can break — a deadlock. Orange: a cycle that a timeout will break.</source>
        <translation>Círculos são trabalhadores, quadrados são travas. Verde contínuo: o trabalhador segura a trava. Azul tracejado: o trabalhador espera pela trava (pontilhado: uma espera com tempo limite, que desiste). Vermelho: um ciclo de esperas que ninguém consegue romper — um impasse (deadlock). Laranja: um ciclo que um tempo limite vai romper.</translation>
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
        <source>&lt;h3&gt;pplab %1&lt;/h3&gt;&lt;p&gt;The Parallel Programming Lab: race conditions, deadlock, starvation, pipes and the laws of speedup, run on real threads and processes.&lt;/p&gt;&lt;p&gt;Qt %2, C++20.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pplab %1&lt;/h3&gt;&lt;p&gt;O Laboratório de Programação Paralela: condições de corrida, impasse (deadlock), inanição, pipes e as leis do speedup (aceleração), executados com threads e processos reais.&lt;/p&gt;&lt;p&gt;Qt %2, C++20.&lt;/p&gt;</translation>
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
        <source>This scenario has no chart to export.</source>
        <translation>Este cenário não tem gráfico para exportar.</translation>
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
<context>
    <name>gui::TimelineView</name>
    <message>
        <source>Wheel: zoom; drag: pan; double-click: whole run.</source>
        <translation>Roda do mouse: zoom; arrastar: deslocar; clique duplo: execução inteira.</translation>
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
        <source>%1: expected a whole number, got '%2'</source>
        <translation>%1: esperado um número inteiro, recebido '%2'</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (allowed %3)</source>
        <translation>%1: %2 está fora do intervalo (permitido: %3)</translation>
    </message>
    <message>
        <source>%1: expected a number, got '%2'</source>
        <translation>%1: esperado um número, recebido '%2'</translation>
    </message>
    <message>
        <source>%1: expected true or false, got '%2'</source>
        <translation>%1: esperado true ou false, recebido '%2'</translation>
    </message>
    <message>
        <source>%1: '%2' is not one of %3</source>
        <translation>%1: '%2' não está entre %3</translation>
    </message>
    <message>
        <source>%1: unsupported parameter type</source>
        <translation>%1: tipo de parâmetro não suportado</translation>
    </message>
    <message>
        <source>unknown parameter '%1' (known: %2)</source>
        <translation>parâmetro desconhecido '%1' (conhecidos: %2)</translation>
    </message>
    <message>
        <source>--set expects key=value, got '%1'</source>
        <translation>--set espera chave=valor, recebido '%1'</translation>
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
        <source>mkfifo("%1", 0600): a FIFO is a file name for a pipe; it holds no data on disk</source>
        <translation>mkfifo("%1", 0600): um FIFO é um nome de arquivo para um pipe; ele não guarda dados em disco</translation>
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
        <source>Unrelated processes talk through a FIFO file: blocking open(), the classic "Hello from pid" exchange, and the PIPE_BUF atomicity limit.</source>
        <translation>Processos sem parentesco se comunicam por meio de um arquivo FIFO: open() bloqueante, a troca clássica "Olá do pid" e o limite de atomicidade PIPE_BUF.</translation>
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
        <source>How long the lab waits before starting the reader: the writer's open() blocks that long.</source>
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
        <source>Reader's read() size (bytes)</source>
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
        <source>Writer's open() wait (ms)</source>
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
        <source>min_size must not be larger than max_size</source>
        <translation>min_size não pode ser maior que max_size</translation>
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
        <source>parent pid %1 wrote "%2" and closed its write end</source>
        <translation>o processo pai pid %1 escreveu "%2" e fechou sua ponta de escrita</translation>
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
        <source>parent: read() returned 0 (EOF): the pipe's last writer, child pid %1, exited</source>
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
        <source>Sets the pipes' capacity with F_SETPIPE_SZ (0 = the system default). At most /proc/sys/fs/pipe-max-size (%1 bytes here).</source>
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
        <source>%1 writes %2 — %3's deposit of %4 is lost</source>
        <translation>%1 escreve %2 — o depósito de %4 de %3 se perde</translation>
    </message>
    <message>
        <source>%1 writes %2 — %3's withdrawal of %4 is lost</source>
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
        <source>increments: threads × increments must be at most %1 for the bank variant (the packed balance word counts operations in 24 bits)</source>
        <translation>increments: threads × incrementos deve ser no máximo %1 na variante bank (a palavra compactada do saldo conta operações em 24 bits)</translation>
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
    <name>render::Timeline</name>
    <message>
        <source>No timeline yet: press Run.</source>
        <translation>Ainda não há linha do tempo: clique em Executar.</translation>
    </message>
</context>
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
</TS>