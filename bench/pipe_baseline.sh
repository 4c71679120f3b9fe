#!/bin/sh
# Side-by-side throughput at one message size (default 64 KiB): pplab's `pipes` sweep against
# the minimal C program bench/pipe_baseline.c, alternating runs so both see the same machine.
#   bench/pipe_baseline.sh [PPLAB_BINARY=build/bin/pplab] [SIZE=65536] [RUNS=5]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pplab=${1:-$here/../build/bin/pplab}
size=${2:-65536}
runs=${3:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc -O2 -o "$out/pipe_baseline" "$here/pipe_baseline.c"
for i in $(seq "$runs"); do
  "$out/pipe_baseline" "$size" 2048 | sed 's/.*: \([0-9.]*\) MiB.*/\1/' >> "$out/c"
  "$out/pipe_baseline" "$size" 2048 --checksum | sed 's/.*: \([0-9.]*\) MiB.*/\1/' >> "$out/cs"
  "$pplab" run pipes --quiet --set mode=sweep --set channel=pipe --set min_size="$size" \
      --set max_size="$size" --set round_ms=600 --json "$out/p.json" >/dev/null
  python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['mib_per_s'])" "$out/p.json" >> "$out/p"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "message size $size bytes, $runs runs each (median MiB/s; all runs in parentheses)"
printf '  C baseline (pipe(2), fork):      %8.1f   (%s)\n' "$(median "$out/c")" "$(tr '\n' ' ' < "$out/c")"
printf '  C baseline + reader checksum:    %8.1f   (%s)\n' "$(median "$out/cs")" "$(tr '\n' ' ' < "$out/cs")"
printf '  pplab pipes (sweep, channel=pipe): %6.1f   (%s)\n' "$(median "$out/p")" "$(tr '\n' ' ' < "$out/p" | sed 's/\([0-9]*\.[0-9]\)[0-9]*/\1/g')"
# Each pplab run against the C run just before it (same machine state), then the median ratio.
paste "$out/p" "$out/c" | awk '{print $1 / $2}' > "$out/r"
paste "$out/p" "$out/cs" | awk '{print $1 / $2}' > "$out/rs"
printf '  pplab / C baseline, median of pairs:            %.2f\n' "$(median "$out/r")"
printf '  pplab / C baseline + checksum, median of pairs: %.2f\n' "$(median "$out/rs")"
