#!/usr/bin/env bash
# Runs the fuzz targets in tests/fuzz.rs with a large case count, each bounded in time.
# Usage: bash scripts/fuzz.sh [cases per target, default 200000] [seconds per target, default 120]
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CASES=${1:-200000}
SECONDS_PER=${2:-120}
cargo test --release --test fuzz --no-run --quiet || exit 1
status=0
for target in answers_parser_never_panics_on_bytes answers_parser_never_panics_on_mutated_files \
              migration_never_panics_on_json share_decoder_never_panics every_exporter_handles_any_loaded_plan; do
  start=$(date +%s.%N)
  if KOERS_FUZZ_CASES=$CASES timeout "$SECONDS_PER" cargo test --release --quiet --test fuzz "$target" -- --exact >/tmp/koers-fuzz-$target.log 2>&1; then
    result="ok ($CASES cases)"
  else
    code=$?
    if [ $code -eq 124 ]; then result="time limit reached without failure (${SECONDS_PER} s)"; else result="FAILED (see /tmp/koers-fuzz-$target.log)"; status=1; fi
  fi
  printf '%-48s %s in %.0f s\n' "$target" "$result" "$(echo "$(date +%s.%N) - $start" | bc)"
done
exit $status
