#!/usr/bin/env bash
# Builds pplab under the sanitizers and runs every test suite there.
#   scripts/sanitize.sh tsan   ThreadSanitizer                (preset tsan, build-tsan/)
#   scripts/sanitize.sh asan   AddressSanitizer + UBSan, LSan (preset asan, build-asan/, Debug)
#   scripts/sanitize.sh [all]  both, one after the other
# Extra arguments go to ctest (e.g. -R tst_race). Exits non-zero if a build fails, a test fails
# or any sanitizer report appears anywhere in the output, also from a child process that a
# test did not check. The options (and the documented suppressions in tests/tsan.supp) come
# from tests/CMakeLists.txt, so ctest --preset tsan|asan uses the same.
# Logs: build-<preset>/sanitize.log. Times are printed at the end. PPLAB_BUILD_LOCK=<file>: the
# builds (not the tests) take that flock first, where several builds share the cores.
set -uo pipefail
cd "$(dirname "$0")/.."

which="${1:-all}"
[ $# -gt 0 ] && shift
case "$which" in
  tsan) presets=(tsan) ;;
  asan) presets=(asan) ;;
  all) presets=(tsan asan) ;;
  -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
  *) echo "usage: $0 [tsan|asan|all] [ctest arguments]" >&2; exit 2 ;;
esac

# Whatever a sanitizer prints when it finds something.
reports='WARNING: ThreadSanitizer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer|ThreadSanitizer)'

status=0
summary=()
for preset in "${presets[@]}"; do
  dir="build-$preset"
  log="$dir/sanitize.log"
  t0=$(date +%s)
  lock=()
  [ -n "${PPLAB_BUILD_LOCK:-}" ] && lock=(flock "$PPLAB_BUILD_LOCK")
  if ! "${lock[@]}" cmake --preset "$preset" >/dev/null || ! "${lock[@]}" cmake --build --preset "$preset"; then
    echo "sanitize.sh: $preset: build failed" >&2
    exit 1
  fi
  t1=$(date +%s)
  echo "sanitize.sh: $preset: running every test suite (log: $log)"
  ctest --preset "$preset" --output-on-failure -V "$@" >"$log" 2>&1
  ctest_rc=$?
  t2=$(date +%s)
  grep -E '^ *[0-9]+/[0-9]+ Test +#|tests passed|tests failed' "$log" | sed 's/^[0-9]*: //'
  found=$(grep -cE "$reports" "$log")
  if [ "$found" -gt 0 ]; then
    echo "sanitize.sh: $preset: $found sanitizer report lines:" >&2
    grep -nE -B2 -A25 'WARNING: ThreadSanitizer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:' "$log" | head -300 >&2
    status=1
  fi
  [ "$ctest_rc" -ne 0 ] && status=1
  result=$([ "$ctest_rc" -eq 0 ] && [ "$found" -eq 0 ] && echo clean || echo FAILED)
  summary+=("$preset: $result, build $((t1 - t0)) s, tests $((t2 - t1)) s")
done

for line in "${summary[@]}"; do echo "sanitize.sh: $line"; done
exit $status
