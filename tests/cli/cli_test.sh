#!/usr/bin/env bash
# CLI contract: exit codes and messages of `hf2hlo emit` / `inspect` on good
# and bad input. Usage: cli_test.sh HF2HLO_BIN SOURCE_DIR
set -uo pipefail
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
expect() {  # expect NAME WANT_RC WANT_SUBSTRING -- CMD...
  local name=$1 want_rc=$2 want=$3
  shift 4
  local out rc
  out=$("$@" 2>&1)
  rc=$?
  if [[ $rc -ne $want_rc || "$out" != *"$want"* ]]; then
    echo "FAIL $name: rc=$rc (want $want_rc), output:"
    echo "$out" | head -5
    fail=1
  else
    echo "ok   $name"
  fi
}

mkdir -p "$tmp/unsupported" "$tmp/malformed" "$tmp/empty"
cat > "$tmp/unsupported/config.json" <<'JSON'
{"model_type": "deepseek_v3", "hidden_size": 64}
JSON
printf '{"model_type": "llama",\n "hidden_size": }\n' > "$tmp/malformed/config.json"

expect unsupported_model_type 1 "key 'model_type': \"deepseek_v3\": MLA attention (multi-head latent attention) is not supported; supported: cohere, cohere2, exaone," -- \
  "$bin" emit "$tmp/unsupported" --kind decode --context 64
expect malformed_json 1 "config.json:2:" -- "$bin" emit "$tmp/malformed" --kind decode --context 64
expect missing_config 1 "config.json: cannot open" -- "$bin" inspect "$tmp/empty"
expect unknown_kind 1 "\"train\" is not a program kind" -- \
  "$bin" emit "$src/tests/goldens/llama" --kind train --context 32
expect missing_context 1 "--context is required" -- "$bin" emit "$src/tests/goldens/llama" --kind decode
expect bad_integer 1 "--batch: expected an integer, got 'four'" -- \
  "$bin" emit "$src/tests/goldens/llama" --kind decode --batch four --context 32
expect unknown_option 1 "unknown option --foo" -- "$bin" inspect "$src/tests/goldens/llama" --foo 1
expect unknown_command 2 "unknown command 'frobnicate'" -- "$bin" frobnicate
expect emit_ok 0 "module @decode" -- "$bin" emit "$src/tests/goldens/llama" --kind decode --context 32 --chunk 8
expect emit_file 0 "" -- "$bin" emit "$src/tests/goldens/llama" --kind prefill --context 32 --chunk 8 -o "$tmp/p.mlir"
cmp -s "$tmp/p.mlir" <("$bin" emit "$src/tests/goldens/llama" --kind prefill --context 32 --chunk 8) ||
  { echo "FAIL emit -o differs from stdout"; fail=1; }
expect unwritable_output 1 "cannot open for writing" -- \
  "$bin" emit "$src/tests/goldens/llama" --kind decode --context 32 -o "$tmp/no/such/dir/x.mlir"
expect bad_matmul_dtype 1 '--matmul-dtype: "f16" is not supported; supported: f32, bf16' -- \
  "$bin" emit "$src/tests/goldens/llama" --kind decode --context 32 --matmul-dtype f16
expect inspect_ok 0 "family:      Llama (model_type llama)" -- "$bin" inspect "$src/tests/goldens/llama" --context 64
expect help 0 "usage:" -- "$bin" run --help
expect help_short 0 "hf2hlo bench MODEL_DIR" -- "$bin" -h
expect run_missing_tokens 1 "--tokens" -- "$bin" run "$src/tests/goldens/llama"
expect inspect_gguf 0 "tensors:     2, 0.00 MiB: F32 x1 (0.00 MiB), Q8_0 x1 (0.00 MiB)" -- \
  "$bin" inspect "$src/tests/fuzz/corpus/gguf/writer_small.gguf"
printf 'GGUF\001\000\000\000' > "$tmp/v1.gguf"
expect inspect_gguf_v1 1 "GGUF header: version 1 is not supported" -- "$bin" inspect "$tmp/v1.gguf"
exit $fail
