<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
    <name>gui::CountersView</name>
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
    <name>gui::DeadlockPanel</name>
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
    <name>gui::MainWindow</name>
    <message>
        <source>&lt;h3&gt;pplab %1&lt;/h3&gt;&lt;p&gt;The Parallel Programming Lab: race conditions, deadlock, starvation, pipes and the laws of speedup, run on real threads and processes.&lt;/p&gt;&lt;p&gt;Qt %2, oneTBB %3, C++20.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pplab %1&lt;/h3&gt;&lt;p&gt;O Laboratório de Programação Paralela: condições de corrida, impasse (deadlock), inanição, pipes e as leis do speedup (aceleração), executados com threads e processos reais.&lt;/p&gt;&lt;p&gt;Qt %2, oneTBB %3, C++20.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every chart's values as a table (series, x, y): the accessible form of the charts.</source>
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
        <source>Time limit</source>
        <translation>Tempo limite</translation>
    </message>
    </context>
<context>
    <name>gui::ScalingPanel</name>
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
    <name>render::Timeline</name>
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
</TS>