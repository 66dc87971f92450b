#!/usr/bin/env bash
# The build enforces the layers: a file compiled with the server's include
# roots sees the engine's front door (engine/engine.h) and not what lies
# below it (exec/exec.h, tokenizer/tokenizer.h, model/model.h, ...).
# Usage: check.sh BUILD_DIR
set -uo pipefail
build=$1
out=$(cmake --build "$build" --target layering_probe_server_engine 2>&1) || {
  echo "FAIL: the positive control (server includes engine/engine.h) did not build:"
  echo "$out"
  exit 1
}
out=$(cmake --build "$build" --target layering_probe_server_exec 2>&1)
if [[ $? -eq 0 ]]; then
  echo "FAIL: a server source could include exec/exec.h"
  exit 1
fi
if ! grep -q "exec/exec.h: No such file or directory" <<<"$out"; then
  echo "FAIL: the probe failed for another reason than the missing header:"
  echo "$out"
  exit 1
fi
echo "ok: server/ cannot include exec/exec.h:"
grep "exec/exec.h" <<<"$out" | head -2
