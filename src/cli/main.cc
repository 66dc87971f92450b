// hf2hlo command line: emit | inspect | run | bench | serve.
#include <iostream>

#include "cli/args.h"

namespace hf2hlo::cli {
namespace {

constexpr const char* kUsage = R"(usage:
  hf2hlo emit MODEL_DIR --kind prefill|decode [--batch B] --context S [--chunk P]
              [--read-window R] [-o FILE]
      (--chunk is required for prefill and ignored by decode)
      Write the StableHLO program of one kind (stdout unless -o).
      prefill: one chunk of P tokens into one of B cache slots (B defaults to 1).
      decode:  one step for B slots.
      --read-window R: attention reads only cache positions [0, R) (R <= S);
      the caller keeps every position below R.
      --kv-dtype f32|bf16|f16: the KV caches' element type (default f32).
      --matmul-dtype f32|bf16: the type weight products' activations are
      rounded to (default f32).
  hf2hlo inspect MODEL_DIR [--batch B] [--context S] [--kv-dtype f32|bf16|f16]
      Print the family, active switches, parameter count, and the memory of the
      weights and of the KV cache for B slots of S positions.
  hf2hlo inspect MODEL.gguf
      Validate a GGUF file's header, metadata and tensor infos and print its
      version, tensors by type and the model config of its metadata
      (architecture llama so far). GGUF models cannot be run yet.
  hf2hlo run [MODEL_DIR] (--prompt TEXT [--raw] [--system TEXT] | --tokens 1,2,3)
             [--max-tokens N] [--temperature T] [--top-k K] [--top-p P] [--min-p P]
             [--seed N] [--engine builtin] [--context S] [--chunk P] [--threads T]
             [--kv-dtype f32|bf16|f16] [--matmul-dtype f32|bf16] [--verbose]
      Generation in slot 0: prefill chunks, then decode steps. --prompt applies
      the chat template (message text never becomes special tokens) and streams
      the answer until an EOS id of generation_config.json; --raw encodes the
      text as HF's tokenizer(text) does (the model's input exactly as written).
      --tokens prints the new token ids. Greedy unless generation_config.json
      sets do_sample or --temperature is given. --verbose prints the prompt ids
      on stderr. MODEL_DIR defaults to the prepared SmolLM2-135M-Instruct.
      --kv-dtype bf16|f16 (run, bench, serve): keep the KV cache in 16 bits,
      half the memory and attention reads; K and V are rounded when written,
      so logits move by about 1e-2 and greedy text can differ from HF's. The
      default f32 is exact.
      --matmul-dtype f32|bf16 (emit, run, bench, serve): round each weight
      product's activations to bf16 (lossy; bf16 weights then multiply as
      bf16 x bf16 with f32 sums, as llama.cpp's bf16 path; fast with
      AVX512-BF16). f32 (exact) is the default.
  hf2hlo bench MODEL_DIR [--context S] [--chunk P] [--prompt-tokens N] [--steps N]
               [--batches 1,4,8,16] [--threads T] [--engine builtin] [--read-bandwidth]
               [--kv-dtype f32|bf16|f16] [--matmul-dtype f32|bf16]
      Load time, prefill tokens/s, decode tokens/s at B=1 and the aggregate at
      larger B, peak RSS, weight bytes read per decode token and the GB/s that
      implies. --read-bandwidth also measures the machine's streaming read
      bandwidth on T threads (1 GiB) and gives each decode rate as a share of
      it. HF2HLO_PROFILE=1 adds a per-op time table per program.
  hf2hlo serve [MODEL_DIR] [--host H] [--port N] [--batch B] [--context S] [--chunk P]
               [--threads T] [--model-name NAME] [--engine builtin] [--api-key KEY]
               [--max-queue N] [--kv-dtype f32|bf16|f16] [--matmul-dtype f32|bf16]
      OpenAI-compatible HTTP server (/v1/completions, /v1/chat/completions,
      /v1/models, /tokenize, /health, /metrics) with continuous batching over B
      cache slots. --api-key: every route but /health needs
      "Authorization: Bearer KEY" (401 otherwise). --max-queue N: a generation
      request that finds N requests waiting for a slot gets 429 at once.
      Defaults: 127.0.0.1:8000 (--port 0: any free port), B = 4, NAME = the
      folder's name, MODEL_DIR = the prepared SmolLM2-135M-Instruct.
  hf2hlo help
)";

int Main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--help" || a == "-h" || (i == 1 && a == "help")) {
      std::cout << kUsage;
      return 0;
    }
  }
  auto args = ParseArgs(argc, argv);
  if (!args.ok()) {
    std::cerr << "hf2hlo: " << args.status().message() << "\n" << kUsage;
    return 2;
  }
  const std::string& cmd = args->command;
  Status status;
  if (cmd == "emit") {
    status = RunEmit(*args);
  } else if (cmd == "inspect") {
    status = RunInspect(*args);
  } else if (cmd == "run") {
    status = RunRun(*args);
  } else if (cmd == "bench") {
    status = RunBench(*args);
  } else if (cmd == "serve") {
    status = RunServe(*args);
  } else {
    std::cerr << "hf2hlo: unknown command '" << cmd << "'\n" << kUsage;
    return 2;
  }
  if (!status.ok()) {
    std::cerr << "hf2hlo: error: " << status.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace hf2hlo::cli

int main(int argc, char** argv) { return hf2hlo::cli::Main(argc, argv); }
