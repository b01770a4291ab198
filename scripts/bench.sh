#!/usr/bin/env bash
# Benchmark (on demand, not part of the test run): release build served from 127.0.0.1,
# measured in headless Chromium. Prints figures beside the goals; exits 1 over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
# A build that keeps its name section, for the per-crate breakdown.
cargo build --release --target wasm32-unknown-unknown --quiet -p koers-web
cargo run --release --quiet --example bench_exports > target/bench-exports.jsonl
node bench/run.mjs dist target/wasm32-unknown-unknown/release/koers_web.wasm target/bench-exports.jsonl
