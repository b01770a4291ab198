#!/usr/bin/env bash
# Installs everything Koers needs on a fresh Debian 12 machine with rustup, node and npm, and
# skips what is already there. Pinned versions; nothing is downloaded from outside the
# package registries (crates.io, npm, Debian, PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

step "Rust components and the wasm32 target"
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

step "Debian packages: chromium, chromium-driver, brotli, python3-venv, LibreOffice (writer), poppler-utils"
need_apt=()
for pkg in chromium chromium-driver brotli python3-venv libreoffice-writer-nogui poppler-utils; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

step "trunk $TRUNK_VERSION"
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

step "wasm-bindgen-cli $WBG_VERSION"
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WBG_VERSION"; then
  # --locked fails on this registry (a pinned transitive version is missing), so resolve fresh.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

step "cargo-deny 0.20.2 (licence, ban and source policy)"
if ! cargo deny --version 2>/dev/null | grep -q "0.20.2"; then
  cargo install cargo-deny --version 0.20.2 --locked
fi

step "npm packages from package-lock.json (wasm-opt, terser, playwright-core, axe-core)"
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

step "Python validators (python-docx, icalendar, markdown-it-py) in .venv"
if [ ! -x .venv/bin/python ] || [ scripts/requirements-validate.txt -nt .venv/.installed ]; then
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r scripts/requirements-validate.txt
  touch .venv/.installed
fi

step "cargo fetch (trunk builds offline)"
cargo fetch --quiet
cargo fetch --quiet --target wasm32-unknown-unknown

echo
echo "Set-up complete."
