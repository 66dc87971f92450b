// hf2hlo engine: a Model is a config, its mmapped weights and the prefill and
// decode programs compiled for the built-in executor, with the KV caches.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "base/base.h"
#include "exec/exec.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"

namespace hf2hlo {

struct ModelOptions {
  int64_t batch = 1;     // B: cache slots and decode rows
  int64_t context = 0;   // S; 0: min(max_position_embeddings, 2048)
  int64_t chunk = 0;     // P; 0: min(64, S)
  int threads = 0;       // 0: one per hardware thread
  bool profile = false;  // time every executor step (ProfileReport)
  // Also compile programs that read only the first 256, 512, ... cache
  // positions, and run each step in the smallest that covers it (bit-identical
  // results; attention cost follows the sequence length instead of S).
  bool read_windows = true;
};

struct LoadTimes {
  double config_s = 0, emit_s = 0, parse_plan_s = 0, map_s = 0;
  double total() const { return config_s + emit_s + parse_plan_s + map_s; }
};

class Model {
 public:
  static Result<std::unique_ptr<Model>> Load(const std::string& model_dir,
                                             const ModelOptions& options);
  ~Model();

  const ModelConfig& config() const;
  const std::vector<WeightSpec>& weights() const;
  int64_t batch() const;
  int64_t context() const;
  int64_t chunk() const;
  const LoadTimes& load_times() const;
  const exec::PlanStats& decode_stats() const;
  // Per-op time of the prefill and decode programs when profiling.
  std::string ProfileReport() const;

  // Zeroes every cache slot.
  void Reset();
  // Runs `tokens` at positions start.. of `slot` in chunks of P. Returns the
  // logits [V] of the last token, valid until the next call.
  Result<std::span<const float>> Prefill(int64_t slot, std::span<const int32_t> tokens,
                                         int64_t start);
  // One decode step for all B rows. Returns logits [B, V], valid until the
  // next call. Allocates nothing.
  Result<std::span<const float>> Decode(std::span<const int32_t> tokens,
                                        std::span<const int32_t> pos);

 private:
  Model();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Per-request sampling. temperature 0 is greedy; 0 / 1.0 turn the other
// filters off. Order of application: see sampler.cc.
struct SamplingParams {
  double temperature = 0;
  int64_t top_k = 0;
  double top_p = 1.0;
  double min_p = 0;
  double repetition_penalty = 1.0;
  double presence_penalty = 0;
  double frequency_penalty = 0;
  uint64_t seed = 0;
  Status Validate() const;
};

// Draws tokens for one sequence. The same params and seed give the same
// tokens. Allocates only at construction.
class Sampler {
 public:
  Sampler(const SamplingParams& params, int64_t vocab);
  // Records a prompt token (repetition penalty) or a generated one (also
  // frequency and presence penalties).
  void Observe(int32_t token, bool generated);
  int32_t Sample(std::span<const float> logits);

 private:
  double Uniform();
  SamplingParams params_;
  std::mt19937_64 rng_;
  std::vector<uint8_t> seen_;    // [V] in prompt or output
  std::vector<int32_t> counts_;  // [V] occurrences in the output
  std::vector<int32_t> order_;
  std::vector<double> probs_;
};

// generation_config.json: EOS ids and sampling defaults (greedy unless
// do_sample). A missing file gives no EOS and greedy defaults.
struct GenerationConfig {
  std::vector<int32_t> eos_token_ids;
  SamplingParams defaults;
};
Result<GenerationConfig> LoadGenerationConfig(const std::string& model_dir);

// How a model turns a conversation into text: its chat template and the
// special tokens the template may refer to (tokenizer_config.json).
struct ChatFormat {
  std::string chat_template;  // empty when the model has none
  std::string bos_token, eos_token;
  static Result<ChatFormat> Load(const std::string& model_dir);
};

struct ChatMessage {
  std::string role, content;
};

// Renders `messages` with the chat template and encodes the result. Text the
// template writes may contain special tokens; message contents are encoded
// as plain text, so a user typing "<|im_end|>" gets no special token.
Result<std::vector<int32_t>> EncodeChat(const Tokenizer& tokenizer, const ChatFormat& format,
                                        const std::vector<ChatMessage>& messages,
                                        bool add_generation_prompt);

// Index of the largest logit (the first on ties).
int32_t Argmax(std::span<const float> logits);

// Continuation of `prompt` in slot 0: prefill, then decode steps, drawing
// each token with `sampler`. Stops after `max_tokens` or at a token of
// `stop_ids` (which is returned last). `on_token` sees each token as it is
// produced.
Result<std::vector<int32_t>> Generate(Model& model, std::span<const int32_t> prompt,
                                      int64_t max_tokens, Sampler& sampler,
                                      std::span<const int32_t> stop_ids,
                                      const std::function<void(int32_t)>& on_token = nullptr);

// Greedy continuation of `prompt` in slot 0: prefill, then decode steps.
// `on_token` sees each new token as it is produced.
Result<std::vector<int32_t>> GenerateGreedy(Model& model, std::span<const int32_t> prompt,
                                            int64_t max_tokens,
                                            const std::function<void(int32_t)>& on_token = nullptr);

}  // namespace hf2hlo
