<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>gil::GilRun</name>
    <message>
        <source>alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main (sequential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1 (thread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1 (process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed wake-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tick takes %1 ns here. Each worker runs fib(%2) as ticks: %3 ticks (about %4 ms on one core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tick takes %1 ns here. Each worker runs %2 ticks (%3 ms on one core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pplab emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal (N workers, N cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the sequential run had only %1 of a core (CPU time ÷ wall time): other programs are using the processors, so the speedups below compare unequal conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only %2 of %3 ticks were run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 worker(s): %3 s for %4 ticks (CPU time %5 s; %6 lock switches, %7 drop requests, %8 failed wake-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socketpair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the responder process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder: process %1, answers each request after %2 µs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside CPU-bound workers, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pplab emulator (new GIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one round trip per switch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alone (no CPU-bound worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O thread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O thread alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O thread beside %1 CPU-bound worker(s), new GIL, switch interval %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O thread beside %1 CPU-bound worker(s), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 round trips in %3 s = %4 per second; latency median %5 ms, p99 %6 ms (%7 lock switches, %8 drop requests, %9 failed wake-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine: the cpython engine is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real interpreter: %1 gil_cpython.py %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sys._is_gil_enabled() does not exist before 3.13; this interpreter always has its GIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sys._is_gil_enabled() is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the emulator&apos;s figures stand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fib(%2) (%3 calls) × %4 workers: sequential %5 s, threads %6 s (speedup %7), processes %8 s (speedup %9; their start-up, %10 s with the %11 start method, is not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side, speedup over sequential with %1 threads (%2): %3 (emulator) vs %4 (CPython).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side, speedup over sequential with %1 processes: %2 (emulator) vs %3 (CPython).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, beside CPU-bound threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: I/O thread alone %2 round trips/s (median %3 ms); beside %4 CPU-bound thread(s) at a %5 ms switch interval %6/s (median %7 ms, p99 %8 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side, I/O round trips per second beside CPU-bound work: %1 (emulator) vs %2 (CPython); alone: %3 vs %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gil::GilScenario</name>
    <message>
        <source>threads, new GIL (3.2+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads, old GIL (≤ 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-threaded (no GIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL contention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A global interpreter lock emulated on real threads (CPython&apos;s new and old GIL, or none) against real processes: why threads do not speed up CPU-bound Python, and why an I/O thread stalls behind a busy one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare all (one run each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: CPython 3.2+ (a waiter asks the holder to drop the lock after the switch interval). old: CPython ≤ 3.1 (the holder releases and re-takes it every check_interval ticks). none: free-threaded, no lock. processes: each worker is a child process with its own lock. compare: each of them in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: N workers each run the same CPU-bound work, against the same work run sequentially. io: one I/O thread does round trips with a responder process while CPU-bound workers run (the convoy effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-bound workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O thread beside CPU-bound workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu workload: how many threads (or processes) share the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch interval (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New GIL: how long a waiting thread waits before it asks the holder to drop the lock (sys.setswitchinterval; CPython&apos;s default is 5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check interval (ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old GIL: the holder releases and re-takes the lock every this many ticks (sys.setcheckinterval; Python 2&apos;s default is 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-bound workers beside the I/O thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>io workload: how many CPU-bound workers run while the I/O thread is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work per worker (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: each worker runs this many milliseconds of ticks (timed on one thread at the start). io: how long each I/O measurement lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fib(n) as ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu: if above 0, each worker runs one tick per call of a naive recursive fib(n), 2·fib(n+1) − 1 ticks, like the books&apos; Python fib, instead of work_ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder delay (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>io: the responder answers each request after this long (a network or disk round trip). At 0 the reply can come back before the CPU thread has even woken up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep the switch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>io with the new GIL: measures the I/O thread at switch intervals of 0.1, 0.5, 1, 5 and 20 ms (and the one set above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulator: the C++ emulation. cpython: the same experiments in the real interpreter (python3 on the PATH, or $PPLAB_PYTHON). both: the emulation, then CPython beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real CPython (unavailable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both (unavailable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the timeline and live figures while running. Turn off to measure without any recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O operations per second against the switch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch interval (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O operations per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the GIL (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time: sequential, threads, processes, free-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the work ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speedup against workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers (threads or processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speedup over sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million ticks per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trips per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O latency (request to GIL taken back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books&apos; table: sequential, threads, processes, free-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two CPU-bound threads under the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old GIL: the releaser wins again (failed wake-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fib(30) on two threads and two processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convoy effect: an I/O thread behind a CPU thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O under each kind of lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch interval sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 000 switches per second (0.1 ms interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation beside real CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores used, sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock switches per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% re-taken by the releaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed wake-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU utilisation (of all cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores used (CPU time ÷ wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O ops/s alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O latency median (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O latency p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O latency median alone (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O latency p99 alone (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off median (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off p99 (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ns per tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process start-up (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speedup, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time, %1 (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O ops/s, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O ops/s at %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython GIL enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython sequential (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython threads (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython processes (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython speedup, threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython speedup, processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython I/O ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython I/O ops/s alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython I/O latency median (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython I/O latency p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython I/O latency median alone (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython fib(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython process start-up (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython I/O ops/s at %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch_interval_ms: must be above 0 (CPython refuses a switch interval of 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine: the cpython engine is unavailable: %1; use engine=emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: the switch-interval sweep measures the I/O thread; set workload=io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: only the new GIL has a switch interval; set gil=new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gil::LaneTrack</name>
    <message>
        <source>%1 holds the GIL and runs ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped the GIL on request and waits until another thread has taken it (forced switching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in blocking I/O without the GIL (writes the request, reads the reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs ticks without any lock (free-threaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished its ticks and waits for the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running without a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 short segments in %3 ms, coalesced: %4 % of this slice %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waited a whole switch interval without a switch: drop request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 drop requests in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was woken, but the GIL had been taken again: failed wake-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed wake-ups in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gil::ProcGroup</name>
    <message>
        <source>processes: pipe2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes: cannot start worker %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1 (pid %2) holds its own process&apos;s GIL and runs ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes: a worker process ended or did not start within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gil::PythonRun</name>
    <message>
        <source>PPLAB_PYTHON=&apos;%1&apos; is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 was not found on the PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-threaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the script to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gil::Run</name>
    <message>
        <source>I/O thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads: cannot start a thread (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads: cannot start thread %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
