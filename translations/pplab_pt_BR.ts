<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>gui::ChartPanel</name>
    <message>
        <source>Drag to zoom in; right-click to zoom out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::CountersView</name>
    <message>
        <source>The run&apos;s figures appear here while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::DataModel</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON result (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About pplab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;pplab %1&lt;/h3&gt;&lt;p&gt;The Parallel Programming Lab: race conditions, deadlock, starvation, pipes and the laws of speedup, run on real threads and processes.&lt;/p&gt;&lt;p&gt;Qt %2, C++20.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario has no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run at once (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the results and restore the default parameters (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;timeline as Chrome trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector mode (larger text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About pplab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::ParamForm</name>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a prepared set of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit of the run; 0 runs until it ends by itself or you press Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui::TimelineView</name>
    <message>
        <source>Wheel: zoom; drag: pan; double-click: whole run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hello::HelloScenario</name>
    <message>
        <source>Hello threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real threads count in bursts; see how the cores are shared between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of real threads that count at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each thread counts before it sleeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each thread sleeps between bursts (0 = never sleeps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting rate per thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million counts per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total counts per thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thread per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversubscribed (4 threads per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::Category</name>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::Param</name>
    <message>
        <source>%1: expected a whole number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range (allowed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected true or false, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set expects key=value, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::Runner</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario did not stop within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::SpanState</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked on I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping / thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>render::Timeline</name>
    <message>
        <source>No timeline yet: press Run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
