#!/usr/bin/env bash
# Runs the fuzz targets in tests/fuzz.rs with a large case count, each bounded in time.
# Usage: bash scripts/fuzz.sh [cases per target, default 200000] [seconds per target, default 120]
# The targets that render whole documents per case run a tenth of the cases, so that they too
# finish within their time and report a count.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CASES=${1:-200000}
SECONDS_PER=${2:-120}
cargo test --release --test fuzz --no-run --quiet || exit 1
status=0
for target in answers_parser_never_panics_on_bytes answers_parser_never_panics_on_mutated_files \
              the_reader_agrees_with_serde migration_never_panics_on_json share_decoder_never_panics \
              every_exporter_handles_any_loaded_plan participant_codes_never_panic_and_never_cross_workshops \
              assessment_history_loads_whole_or_not_at_all prefill_attributes_are_tamed_and_never_win_over_saved_answers \
              example_files_replace_nothing_on_arrival host_event_payloads_never_carry_answers \
              pasted_codes_are_counted_or_refused_and_never_touch_the_plan; do
  start=$(date +%s.%N)
  cases=$CASES
  case $target in every_exporter_*|assessment_history_*) cases=$((CASES / 10));; esac
  if KOERS_FUZZ_CASES=$cases timeout "$SECONDS_PER" cargo test --release --quiet --test fuzz "$target" -- --exact >/tmp/koers-fuzz-$target.log 2>&1; then
    result="ok ($cases cases)"
  else
    code=$?
    if [ $code -eq 124 ]; then result="time limit reached without failure (${SECONDS_PER} s)"; else result="FAILED (see /tmp/koers-fuzz-$target.log)"; status=1; fi
  fi
  printf '%-48s %s in %.0f s\n' "$target" "$result" "$(echo "$(date +%s.%N) - $start" | bc)"
done
# Coverage of the pure layers by the fuzz targets (needs rustup's llvm-tools component).
sysroot=$(rustc --print sysroot)
tools="$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin"
[ -x "$tools/llvm-profdata" ] || rustup component add llvm-tools >/dev/null 2>&1 || true
if [ -x "$tools/llvm-profdata" ] && [ -x "$tools/llvm-cov" ]; then
  cov=target/fuzz-coverage
  rm -rf "$cov/profraw"; mkdir -p "$cov/profraw"
  RUSTFLAGS="-C instrument-coverage" CARGO_TARGET_DIR="$cov/build" KOERS_FUZZ_CASES=${COVERAGE_CASES:-20000} \
    LLVM_PROFILE_FILE="$PWD/$cov/profraw/fuzz-%p-%m.profraw" \
    cargo test --release --quiet --test fuzz >/dev/null 2>&1 || status=1
  bin=$(ls -t "$cov"/build/release/deps/fuzz-* | grep -v '\.d$' | head -1)
  "$tools/llvm-profdata" merge -sparse "$cov"/profraw/*.profraw -o "$cov/fuzz.profdata"
  echo
  echo "Line coverage of src/ by the fuzz targets (${COVERAGE_CASES:-20000} cases each):"
  "$tools/llvm-cov" report "$bin" --instr-profile "$cov/fuzz.profdata" \
    --ignore-filename-regex='(\.cargo|rustc|/tests/|/ui/|/ui\.rs)' 2>/dev/null \
    | awk 'NR==1 {printf "%-26s %8s %8s %8s\n", "file", "lines", "missed", "cover"} /TOTAL|domain|export|wizard|i18n/ {printf "%-26s %8s %8s %8s\n", $1, $8, $9, $10}'
else
  echo "coverage: skipped (rustup's llvm-tools component is not available on this machine)"
fi

exit $status
