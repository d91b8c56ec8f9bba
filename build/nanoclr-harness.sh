#!/usr/bin/env bash
# nanoclr-harness.sh SOURCE OUT : builds the nanoCLR harness from SOURCE (../shared/nanoclr) into OUT,
# once at a time (flock), appending build.sh's output to OUT.log, and says how long it took — about
# two minutes cold on 2 cores, a second when nothing changed. Called by build/NanoClr.targets.
set -uo pipefail
SOURCE=${1:?usage: nanoclr-harness.sh SOURCE OUT}; OUT=${2:?usage: nanoclr-harness.sh SOURCE OUT}
start=$(date +%s)
{ echo "== $(date -u +%FT%TZ) build.sh $OUT"; } >>"$OUT.log"
if ! flock "$OUT.lock" "$SOURCE/build.sh" "$OUT" >>"$OUT.log" 2>&1; then
  tail -n 60 "$OUT.log"
  echo "nanoCLR harness: build.sh failed (log: $OUT.log)" >&2
  exit 1
fi
echo "nanoCLR harness: ready in $(( $(date +%s) - start )) s ($OUT)"
