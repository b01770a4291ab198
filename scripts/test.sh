#!/usr/bin/env bash
# Installs what is missing, then runs every check: fmt, clippy (native and wasm32), cargo-deny
# (licences, bans, sources, and RustSec advisories from the shared snapshot), native tests, the
# layering check, browser tests (wasm-bindgen-test in headless Chromium), a release build, and
# the end-to-end tests with axe-core. Prints a summary; exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "set-up failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

names=(); results=(); passed=0; failed=0
run() {
  local name=$1; shift
  printf '\n== %s\n' "$name"
  local start=$SECONDS
  if "$@"; then
    results+=("PASS  $name ($((SECONDS - start)) s)"); passed=$((passed + 1))
  else
    results+=("FAIL  $name ($((SECONDS - start)) s)"); failed=$((failed + 1))
  fi
}

layering() {
  # The native build must not contain any browser crate: the pure layers stay pure.
  local hits
  hits=$(cargo tree --edges normal,build --prefix none | grep -E '^(yew|web-sys|js-sys|gloo[a-z-]*|wasm-bindgen) ' || true)
  if [ -n "$hits" ]; then echo "browser crates in the native tree:"; echo "$hits"; return 1; fi
  echo "native dependency tree has no yew/web-sys/js-sys/gloo/wasm-bindgen"
}

run "cargo fmt --check" cargo fmt --all --check
run "clippy (native)" cargo clippy --workspace --all-targets --quiet -- -D warnings
run "clippy (wasm32)" cargo clippy --workspace --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
run "supply chain (cargo deny: licences, bans, sources)" cargo deny --offline check licenses bans sources
# npm packages are not audited (npm's audit endpoint is out of reach): they are build and test
# tools, never shipped. The advisories check is only as current as the RustSec snapshot it
# reads, so its line names the snapshot's date.
advisories_date=$(bash scripts/advisories.sh --date 2>/dev/null) || advisories_date="missing"
run "advisories (RustSec snapshot $advisories_date)" bash scripts/advisories.sh
run "advisories self-test (a made-up advisory fails the check)" bash scripts/advisories.sh --selftest
run "native tests" cargo test --quiet
run "layering (native tree)" layering
run "browser tests (wasm-bindgen-test, Chromium)" cargo test --target wasm32-unknown-unknown --test web
validate_exports() {
  rm -rf target/exports
  cargo run --quiet --example exports -- target/exports && .venv/bin/python scripts/validate_exports.py target/exports
}
run "export validity (python-docx, LibreOffice, icalendar, markdown-it-py, zlib)" validate_exports
run "release build (trunk)" trunk build --release
run "end-to-end + axe (Playwright, Chromium)" node --test --test-concurrency=1 e2e/

printf '\n== Summary\n'
printf '%s\n' "${results[@]}"
echo "checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
