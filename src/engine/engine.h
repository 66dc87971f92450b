// hf2hlo engine: the front door. A ServedModel is everything a front end
// (`hf2hlo run | bench | serve`, the Python bindings) needs from a model
// folder: config, weights, programs compiled for a step engine, tokenizer,
// chat format, generation defaults and a continuous-batching scheduler. Front
// ends include this header only; the layers below it (model, weights, emit,
// exec, tokenizer, chat) are private to the engine library (docs/design.md).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "engine/requests.h"
#include "engine/sampling.h"
#include "engine/scheduler.h"

namespace hf2hlo {

class StepEngine;

// The engines a ServedModel can run on ("builtin": the C++ executor).
const std::vector<std::string>& EngineNames();

struct OpenOptions {
  std::string engine = "builtin";
  int64_t batch = 1;     // B: cache slots and decode rows
  int64_t context = 0;   // S; 0: min(max_position_embeddings, 2048)
  int64_t chunk = 0;     // P; 0: min(64, S)
  int threads = 0;       // 0: one per hardware thread
  bool profile = false;  // time every executor step (ProfileReport)
  // Also compile programs that read only the first 64, 96, 128, 192, ... cache
  // positions, and run each step in the smallest that covers it (bit-identical
  // results; attention cost follows the sequence length instead of S).
  bool read_windows = true;
  // Row counts of the decode programs besides B (each <= B). A program of n
  // rows runs slots [0, n): the first n slots of the [B, S, Hkv, D] caches are
  // a contiguous prefix, so every program shares the same cache buffers.
  std::vector<int64_t> decode_rows;
  // Chunk lengths of prefill programs besides P (those >= P add nothing). A
  // prompt's last chunk runs in the smallest that holds it; chunks still start
  // at multiples of P, and every token's logits and K/V rows are
  // bit-identical whichever program computes them.
  std::vector<int64_t> prefill_chunks;
  // Weight dots read a copy of their weights laid out for the dot kernel (one
  // contiguous stream per 8 output columns), made at load. Bit-identical
  // results; costs memory equal to those weights, besides the mapped file.
  bool pack_weights = true;
  // Load tokenizer.json and the chat format when the folder has them.
  bool load_text = true;
  // Element type of the KV cache: "f32" (exact, the default), "bf16" or "f16"
  // (half the cache memory and attention reads; lossy, docs/performance.md
  // "KV cache precision").
  std::string kv_dtype = "f32";
  // Type each weight product's activations are rounded to: "f32" (exact, the
  // default) or "bf16" (lossy; bf16 weights then multiply as bf16 x bf16 with
  // f32 sums, as llama.cpp's bf16 path; docs/programs.md "Weight-product type").
  std::string matmul_dtype = "f32";
};

struct LoadTimes {
  double config_s = 0, emit_s = 0, parse_plan_s = 0, map_s = 0, text_s = 0, pack_s = 0;
  double total() const { return config_s + emit_s + parse_plan_s + map_s + text_s + pack_s; }
};

struct ModelSummary {
  std::string dir, family;
  int64_t layers = 0, hidden = 0, vocab = 0;
  int64_t batch = 0, context = 0, chunk = 0;
  std::string kv_dtype;          // "f32", "bf16" or "f16"
  std::string matmul_dtype;      // "f32" or "bf16"
  int64_t kv_cache_bytes = 0;    // every layer's K and V cache, all slots
  // Bytes of weights one decode step of `rows` rows reads: every weight in
  // full, except the embedding table when a separate head exists (then one
  // row per decode row).
  int64_t weight_bytes = 0;      // every weight tensor as stored
  int64_t embedding_bytes = 0;   // the token embedding table
  bool tied_embeddings = false;  // the head reads the embedding table
  int64_t WeightBytesPerStep(int64_t rows) const;
};

// Text out as it is produced: each Step returns what is final (never a broken
// UTF-8 sequence); special tokens are skipped.
class TextStream {
 public:
  ~TextStream();
  TextStream(TextStream&&) noexcept;
  std::string Step(int32_t id);
  std::string Finish();  // what was held back

 private:
  friend class TextCodec;
  struct Impl;
  explicit TextStream(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Text in and out under one policy (docs/serving.md, "Prompt encoding"), the
// same for every front end:
// - EncodeText: HF's default encode. The tokenizer adds its special tokens
//   (e.g. BOS) and special-token text in the prompt is that token: the text
//   is the model's input exactly as written (`run --raw`, /v1/completions).
// - EncodeChat: the chat template rendered, its own text may hold special
//   tokens, message contents never do (`run`, /v1/chat/completions).
class TextCodec {
 public:
  ~TextCodec();
  // tokenizer.json and the chat format of `model_dir` (errors name the file).
  static Result<std::unique_ptr<TextCodec>> Open(const std::string& model_dir);

  Result<std::vector<int32_t>> EncodeText(std::string_view text) const;
  // The most bytes of text (a prompt, or the messages' contents) that can
  // encode to at most `tokens` ids, or nullopt when the tokenizer gives no
  // bound (Tokenizer::max_input_bytes_per_token). Lets a front end refuse
  // an oversized prompt before spending the time to encode it.
  std::optional<int64_t> MaxTextBytes(int64_t tokens) const;
  Result<std::vector<int32_t>> EncodeChat(const std::vector<ChatMessage>& messages,
                                          bool add_generation_prompt = true) const;
  bool has_chat_template() const;
  std::string Decode(std::span<const int32_t> ids, bool skip_special_tokens = true) const;
  TextStream NewStream() const;

  struct Impl;
  explicit TextCodec(std::unique_ptr<Impl> impl);
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

class ServedModel {
 public:
  static Result<std::unique_ptr<ServedModel>> Open(const std::string& model_dir,
                                                   const OpenOptions& options);
  ~ServedModel();

  const ModelSummary& summary() const;
  const LoadTimes& load_times() const;
  const GenerationConfig& generation() const;
  // Null when the folder has no tokenizer.json (or load_text was false).
  const TextCodec* text() const;

  // The one admission check (requests.h) against this model's context and
  // vocabulary.
  std::optional<RequestProblem> Check(const Request& request,
                                      std::string_view prompt_noun = "prompt") const;

  // One sequence in slot 0 (`run`): prefill, then decode until max_tokens or
  // a token of `stop_ids` (returned last). `on_token` sees each token.
  Result<std::vector<int32_t>> Generate(std::span<const int32_t> prompt, int64_t max_tokens,
                                        const SamplingParams& sampling,
                                        std::span<const int32_t> stop_ids,
                                        const std::function<void(int32_t)>& on_token = nullptr);

  // The model's scheduler (EOS ids from generation_config.json), created on
  // first use. Start() it to serve, or Step() it by hand.
  Scheduler& scheduler();
  // A further scheduler over the same engine with other EOS ids (tests). Only
  // one scheduler may run at a time.
  std::unique_ptr<Scheduler> NewScheduler(std::vector<int32_t> eos_ids);

  // Raw steps (bench, tests); see the program contracts (docs/programs.md).
  const std::vector<int64_t>& decode_rows() const;
  const std::vector<int64_t>& prefill_chunks() const;
  void Reset();
  Result<std::span<const float>> Prefill(int64_t slot, std::span<const int32_t> tokens,
                                         int64_t start);
  Result<std::span<const float>> Decode(std::span<const int32_t> tokens,
                                        std::span<const int32_t> pos);
  std::string ProfileReport() const;

 private:
  ServedModel();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hf2hlo
