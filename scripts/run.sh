#!/usr/bin/env bash
# README command 1: install dependencies, build, and open the pplab window.
# Without a display it says how to use pplab headless instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
PPLAB="$PWD/${BUILD_DIR:-build}/bin/pplab"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<TEXT

pplab is built: $PPLAB
No display was found, so the window cannot open here. Ways to use it:
  $PPLAB list                                   # the scenarios
  $PPLAB describe hello                         # parameters of one
  $PPLAB run hello --duration 2 --json hello.json --chart hello.png
  xvfb-run -a $PPLAB                            # the real window on a virtual display
TEXT
  "$PPLAB" list
  exit 0
fi
exec "$PPLAB" "$@"
