<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <source>The run&apos;s figures appear here while it runs.</source>
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
    <name>render::Timeline</name>
    <message>
        <source>No timeline yet: press Run.</source>
        <translation>Ainda não há linha do tempo: clique em Executar.</translation>
    </message>
</context>
</TS>
