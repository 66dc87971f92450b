#!/usr/bin/env bash
# Regenerates tests/goldens/*/{prefill,decode}.mlir. Runs the oracle suite
# first and writes nothing unless it passes: goldens freeze only proven text.
# Shapes: prefill B=2 S=32 P=8, decode B=2 S=32 (tests/unit/goldens_test.cc).
# HF2HLO_BIN names an already built binary (the one the oracle ran with);
# without it the script builds build/hf2hlo.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${HF2HLO_BIN:-build/hf2hlo}
[[ -n "${HF2HLO_BIN:-}" ]] || make build
if [[ "${1:-}" != "--oracle-already-passed" ]]; then
  echo "regen_goldens: running the oracle suite first" >&2
  make oracle
fi
for dir in tests/goldens/*/; do
  "$bin" emit "$dir" --kind prefill --batch 2 --context 32 --chunk 8 -o "$dir/prefill.mlir"
  "$bin" emit "$dir" --kind decode --batch 2 --context 32 -o "$dir/decode.mlir"
  echo "regen_goldens: wrote $dir" >&2
done
