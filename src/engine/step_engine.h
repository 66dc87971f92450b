// hf2hlo engine, internal: the step interface every engine implements, and
// the built-in executor's implementation. Front ends never see this header;
// they reach an engine through ServedModel (engine.h).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/base.h"
#include "engine/engine.h"
#include "model/model.h"

namespace hf2hlo {

class MappedCheckpoint;

// The shapes of one engine's programs, resolved (context and chunk > 0).
struct EngineOptions {
  int64_t batch = 1;    // B: cache slots and decode rows
  int64_t context = 0;  // S
  int64_t chunk = 0;    // P
  int threads = 0;      // 0: one per hardware thread
  bool profile = false;
  bool read_windows = true;
  bool pack_weights = true;  // see OpenOptions::pack_weights
  DType kv_dtype = DType::kF32;  // see OpenOptions::kv_dtype
  DType matmul_dtype = DType::kF32;  // see OpenOptions::matmul_dtype
  // Row counts of the decode programs besides B (each <= B); a program of n
  // rows runs slots [0, n), so every program shares the same cache buffers.
  std::vector<int64_t> decode_rows;
  // Chunk lengths of prefill programs besides P (those >= P add nothing); a
  // prompt's last chunk runs in the smallest that holds it.
  std::vector<int64_t> prefill_chunks;
};

// One model's compiled programs and KV caches behind the program contracts
// (docs/programs.md). The scheduler and `Generate` drive it; a second engine
// (XLA through PJRT) implements the same calls.
class StepEngine {
 public:
  virtual ~StepEngine() = default;
  virtual int64_t batch() const = 0;
  virtual int64_t context() const = 0;
  virtual int64_t chunk() const = 0;
  virtual int64_t vocab() const = 0;
  // The row counts Decode accepts, increasing; the last is B.
  virtual const std::vector<int64_t>& decode_rows() const = 0;
  // The prefill chunk lengths compiled, increasing; the last is P.
  virtual const std::vector<int64_t>& prefill_chunks() const = 0;
  // Zeroes every cache slot.
  virtual void Reset() = 0;
  // Runs `tokens` at positions start.. of `slot` in chunks of P. Returns the
  // logits [V] of the last token, valid until the next call.
  virtual Result<std::span<const float>> Prefill(int64_t slot, std::span<const int32_t> tokens,
                                                 int64_t start) = 0;
  // One decode step for slots [0, n), n = tokens.size(), which must be one of
  // decode_rows(). Returns logits [n, V], valid until the next call.
  // Allocates nothing.
  virtual Result<std::span<const float>> Decode(std::span<const int32_t> tokens,
                                                std::span<const int32_t> pos) = 0;
  // Per-op time of the programs that ran, when profiling.
  virtual std::string ProfileReport() const = 0;
};

// The built-in executor's engine: emits, parses and plans every program
// (prefill chunks x read windows, decode rows x read windows), binds weights
// in place in `checkpoint`. `config`, `specs` and `checkpoint` must outlive it.
// Adds its emit and parse/plan times to `times`.
Result<std::unique_ptr<StepEngine>> CreateBuiltinEngine(const ModelConfig& config,
                                                        const std::vector<WeightSpec>& specs,
                                                        const MappedCheckpoint& checkpoint,
                                                        const EngineOptions& options,
                                                        LoadTimes* times);

// Continuation of `prompt` in slot 0: prefill, then decode steps, drawing
// each token with `sampler`. Stops after `max_tokens` or at a token of
// `stop_ids` (which is returned last). `on_token` sees each token as it is
// produced. The request must pass CheckRequest.
Result<std::vector<int32_t>> Generate(StepEngine& engine, std::span<const int32_t> prompt,
                                      int64_t max_tokens, Sampler& sampler,
                                      std::span<const int32_t> stop_ids,
                                      const std::function<void(int32_t)>& on_token = nullptr);

}  // namespace hf2hlo
