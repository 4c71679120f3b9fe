#!/bin/sh
# The gil emulator's overhead: pplab's ticks with gil=none, one worker and no recording against
# the bare loop of the same ticks (bench/gil_baseline.c), run in turn so that both see the same
# machine; then the ratio pair by pair (baseline time / pplab time: 1.0 = no overhead).
#   bench/gil_baseline.sh [PPLAB_BINARY=build/bin/pplab] [FIB_N=32] [RUNS=7]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pplab=${1:-$here/../build/bin/pplab}
fib=${2:-32}
runs=${3:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc -O2 -o "$out/gil_baseline" "$here/gil_baseline.c"
ticks=$(python3 -c "a,b=0,1
for _ in range($fib + 1): a,b=b,a+b
print(2*a-1)")
for i in $(seq "$runs"); do
  "$out/gil_baseline" "$ticks" > "$out/c.txt"
  sed 's/.* in \([0-9.]*\) s.*/\1/' "$out/c.txt" >> "$out/c"
  "$pplab" run gil --quiet --set gil=none --set threads=1 --set live=false --set fib_n="$fib" --json "$out/p.json" >/dev/null
  python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['wall_s'])" "$out/p.json" >> "$out/p"
done
c_sum=$(sed 's/.*checksum //' "$out/c.txt")
p_sum=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['checksum'])" "$out/p.json")
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
paste "$out/c" "$out/p" | awk '{print $1 / $2}' > "$out/r"
echo "$ticks ticks (fib($fib)), $runs runs each; median seconds (all runs in parentheses)"
printf '  C baseline (bare loop):              %.4f   (%s)\n' "$(median "$out/c")" "$(tr '\n' ' ' < "$out/c")"
printf '  pplab gil=none, 1 worker, live=false: %.4f   (%s)\n' "$(median "$out/p")" "$(tr '\n' ' ' < "$out/p")"
printf '  baseline / pplab, median of pairs:   %.3f   (goal >= 0.95)\n' "$(median "$out/r")"
echo "  checksums: baseline $c_sum, pplab $p_sum ($( [ "$c_sum" = "$p_sum" ] && echo same work || echo DIFFERENT))"
