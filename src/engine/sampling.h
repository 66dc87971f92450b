// hf2hlo engine: per-request sampling and the model folder's generation
// defaults (part of the engine's public surface; engine.h includes it).
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "base/base.h"

namespace hf2hlo {

// Temperatures below this sample greedily, as vLLM does (its _SAMPLING_EPS):
// logits divided by a subnormal temperature overflow to infinity.
constexpr double kGreedyTemperature = 1e-5;

// Per-request sampling. temperature 0 (below kGreedyTemperature) is greedy;
// 0 / 1.0 turn the other filters off. Order of application: docs/serving.md,
// "One request's tokens".
struct SamplingParams {
  double temperature = 0;
  int64_t top_k = 0;
  double top_p = 1.0;
  double min_p = 0;
  double repetition_penalty = 1.0;
  double presence_penalty = 0;
  double frequency_penalty = 0;
  uint64_t seed = 0;
  // An error names the field ("temperature must be >= 0, got -1").
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

// Index of the largest logit (the first on ties).
int32_t Argmax(std::span<const float> logits);

// generation_config.json: EOS ids and sampling defaults. A missing file gives
// no EOS ids.
struct GenerationConfig {
  std::vector<int32_t> eos_token_ids;
  // HF generate's defaults: the file's values, greedy unless do_sample.
  SamplingParams defaults;
  // An API server's defaults, as vLLM takes them: each of temperature, top_p,
  // top_k, min_p and repetition_penalty that the file sets (do_sample is not
  // consulted), else OpenAI's default (temperature 1: sampling).
  SamplingParams server_defaults;
  int64_t max_new_tokens = 0;  // 0: not set
};

}  // namespace hf2hlo
