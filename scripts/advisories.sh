#!/usr/bin/env bash
# Checks Cargo.lock against the RustSec advisory database, offline: these machines cannot reach
# the database's repository, so it reads the shared snapshot (../shared/advisory-db next to the
# project, as on CI, or KOERS_ADVISORY_DB).
#   bash scripts/advisories.sh             cargo deny --offline check advisories
#   bash scripts/advisories.sh --date      prints the snapshot's date
#   bash scripts/advisories.sh --selftest  proves the check can fail: a made-up advisory for a
#                                          crate in Cargo.lock must fail it, by its id
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Resolved before the cd, so a relative KOERS_ADVISORY_DB means relative to the caller.
snapshot=$(realpath -m -- "${KOERS_ADVISORY_DB:-$root/../shared/advisory-db}")
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

if [ ! -d "$snapshot/crates" ] || [ ! -f "$snapshot/SNAPSHOT.md" ]; then
  echo "advisories: no RustSec snapshot at $snapshot (it needs crates/ and SNAPSHOT.md)." >&2
  echo "Put the shared snapshot at ../shared/advisory-db next to the project, or set KOERS_ADVISORY_DB." >&2
  exit 1
fi
date=$(grep -m1 -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' "$snapshot/SNAPSHOT.md" || true)
if [ -z "$date" ]; then
  echo "advisories: $snapshot/SNAPSHOT.md names no date (YYYY-MM-DD) for the snapshot." >&2
  exit 1
fi

# cargo-deny opens a database only from a git repository in db-path, named after the default
# URL, and reads the advisories from its files.
repo_in() { echo "$1/advisory-db-3157b0e258782691"; }

copy_db() { # <snapshot> <db-path>
  local repo
  repo=$(repo_in "$2")
  # The shared files are read-only, and so are their copies.
  if [ -d "$2" ]; then chmod -R u+w "$2"; rm -rf "$2"; fi
  mkdir -p "$repo"
  cp -R "$1"/. "$repo"
  chmod -R u+w "$repo"
}

# cargo-deny judges the database's age by the HEAD commit and .git/HEAD: both get the
# snapshot's date, so maximum-db-staleness in deny.toml measures the snapshot, not this copy.
commit_db() { # <db-path>
  local repo
  repo=$(repo_in "$1")
  git -C "$repo" init -q
  git -C "$repo" add -A
  GIT_AUTHOR_DATE="$date 00:00:00 +0000" GIT_COMMITTER_DATE="$date 00:00:00 +0000" \
    git -C "$repo" -c user.name=koers -c user.email=koers@invalid -c commit.gpgsign=false \
    commit -q -m "RustSec advisory database snapshot of $date"
  touch -d "$date 00:00:00 UTC" "$repo/.git/HEAD"
}

deny() { # <db-path>
  KOERS_DENY_DB_PATH=$1 cargo deny --offline check advisories
}

selftest() {
  local out advisory id=RUSTSEC-0000-0001
  # Global, not local: the trap runs after this function has returned.
  tmp=$(mktemp -d)
  trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
  copy_db "$snapshot" "$tmp"
  # Not RUSTSEC-0000-0000: cargo-deny skips that id as the advisory template's placeholder.
  advisory=$(repo_in "$tmp")/crates/miniz_oxide/$id.md
  mkdir -p "$(dirname "$advisory")"
  cat >"$advisory" <<EOF
\`\`\`toml
[advisory]
id = "$id"
package = "miniz_oxide"
date = "$date"
url = "https://example.invalid/koers-advisories-selftest"
categories = ["memory-corruption"]

[versions]
patched = [">= 99.0.0"]
\`\`\`

# Made-up advisory for the self-test of Koers's advisories check

Not a real advisory: \`scripts/advisories.sh --selftest\` adds it to a temporary copy of the
database to prove that a vulnerable crate in Cargo.lock fails the check.
EOF
  commit_db "$tmp"
  if out=$(deny "$tmp" 2>&1); then
    echo "$out"
    echo "self-test FAILED: the check passed although $id makes every miniz_oxide vulnerable"
    return 1
  fi
  if ! grep -q 'error\[vulnerability\]' <<<"$out" || ! grep -q "ID: $id" <<<"$out"; then
    echo "$out"
    echo "self-test FAILED: the check failed, but not with a vulnerability error for $id"
    return 1
  fi
  grep -E "error\[vulnerability\]|ID: $id|^ *advisories " <<<"$out"
  echo "self-test passed: made-up advisory $id for miniz_oxide fails the check"
}

case "${1:-}" in
  "")
    dbs=$root/target/advisory-dbs
    copy_db "$snapshot" "$dbs"
    commit_db "$dbs"
    deny "$dbs"
    ;;
  --date) echo "$date" ;;
  --selftest) selftest ;;
  *) echo "usage: bash scripts/advisories.sh [--date | --selftest]" >&2; exit 2 ;;
esac
