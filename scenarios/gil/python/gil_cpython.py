#!/usr/bin/env python3
"""pplab, scenario `gil`: the same experiments in the real interpreter (engine=cpython or both).

  cpu  N workers each compute fib(n): one after another on the main thread, on N threads,
       and on N processes (multiprocessing; the children start, say they are ready, and are
       timed from the moment they are told to go; their start-up is reported apart).
  io   one thread does 1-byte request/response round trips with a responder process over a
       socketpair (it answers after --delay-us): alone, then beside CPU-bound threads, at each
       switch interval.

Prints one JSON object per line. pplab runs it as `python3 gil_cpython.py cpu|io ...` in a
process group of its own and kills the group on Stop.
"""
import argparse
import json
import math
import multiprocessing as mp
import os
import platform
import socket
import sys
import threading
import time


def emit(kind, **fields):
    fields["kind"] = kind
    print(json.dumps(fields), flush=True)


def die_with_parent():
    """Linux: get SIGKILL when the parent dies, like pplab's own worker processes."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except Exception:
        pass


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def calls(n):
    """Calls made by fib(n): 2 * fib(n + 1) - 1 (pplab runs this many ticks for fib_n = n)."""
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    return 2 * a - 1


def timed(f):
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


def fib_for(work_ms):
    """The n for which fib(n) takes about work_ms here (each step up costs ~1.618x)."""
    ms = min(timed(lambda: fib(20)) for _ in range(3)) * 1000.0
    n = 20 + round(math.log(max(work_ms, 0.01) / ms) / math.log((1 + 5 ** 0.5) / 2))
    return max(1, min(40, n))


def process_fib(n, conn, go):
    die_with_parent()
    conn.send("ready")
    go.wait()
    t0 = time.perf_counter()
    fib(n)
    conn.send(time.perf_counter() - t0)
    conn.close()


def run_cpu(workers, work_ms, fib_n):
    n = fib_n if fib_n > 0 else fib_for(work_ms)
    emit("cpu_start", n=n, workers=workers, calls=calls(n))
    emit("cpu_part", part="sequential", seconds=timed(lambda: [fib(n) for _ in range(workers)]))

    threads = [threading.Thread(target=fib, args=(n,)) for _ in range(workers)]

    def on_threads():
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    emit("cpu_part", part="threads", seconds=timed(on_threads))

    ctx = mp.get_context()
    go = ctx.Event()
    pipes = [ctx.Pipe(duplex=False) for _ in range(workers)]
    procs = [ctx.Process(target=process_fib, args=(n, w, go)) for (_, w) in pipes]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    for r, _ in pipes:
        r.recv()  # "ready"
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    go.set()
    for r, _ in pipes:
        r.recv()
    seconds = time.perf_counter() - t1
    for p in procs:
        p.join()
    emit("cpu_part", part="processes", seconds=seconds, startup_s=startup,
         start_method=ctx.get_start_method())


def responder(sock, delay_s):
    """Answers each request after delay_s (a network or disk round trip), like pplab's."""
    die_with_parent()
    while True:
        data = sock.recv(64)
        if not data:
            os._exit(0)
        if delay_s > 0:
            time.sleep(delay_s)
        sock.sendall(data)


def spin(stop):
    while not stop[0]:
        x = 0
        for i in range(1000):
            x += i


def ping_for(sock, seconds):
    lat = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t0 = time.perf_counter()
        sock.send(b"p")
        sock.recv(1)
        lat.append(time.perf_counter() - t0)
    return lat


def figures(lat, seconds):
    lat = sorted(lat) or [0.0]
    pick = lambda q: lat[min(len(lat) - 1, int(q * (len(lat) - 1) + 0.5))] * 1000.0
    return dict(ops=len(lat), ops_per_s=len(lat) / seconds, p50_ms=pick(0.5), p99_ms=pick(0.99))


def run_io(cpu_threads, seconds, intervals, delay_us):
    a, b = socket.socketpair()
    pid = os.fork()  # still single-threaded here
    if pid == 0:
        a.close()
        responder(b, delay_us / 1e6)
    b.close()
    emit("io_alone", **figures(ping_for(a, seconds), seconds))
    for interval in intervals:
        sys.setswitchinterval(interval / 1000.0)
        stop = [False]
        workers = [threading.Thread(target=spin, args=(stop,)) for _ in range(cpu_threads)]
        for t in workers:
            t.start()
        lat = ping_for(a, seconds)
        stop[0] = True
        for t in workers:
            t.join()
        emit("io", interval_ms=interval, cpu_threads=cpu_threads, **figures(lat, seconds))
    a.close()
    os.waitpid(pid, 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("cpu")
    c.add_argument("--workers", type=int, default=2)
    c.add_argument("--work-ms", type=float, default=300)
    c.add_argument("--fib-n", type=int, default=0)
    i = sub.add_parser("io")
    i.add_argument("--cpu-threads", type=int, default=1)
    i.add_argument("--seconds", type=float, default=0.3)
    i.add_argument("--intervals", default="5")
    i.add_argument("--delay-us", type=float, default=100)
    args = ap.parse_args()
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else None
    emit("info", version=platform.python_version(), implementation=sys.implementation.name,
         gil_enabled=gil, switch_interval_ms=sys.getswitchinterval() * 1000.0)
    if args.what == "cpu":
        run_cpu(args.workers, args.work_ms, args.fib_n)
    else:
        run_io(args.cpu_threads, args.seconds, [float(x) for x in args.intervals.split(",") if x], args.delay_us)
    emit("done")


if __name__ == "__main__":
    main()
