// Sampling: penalties, temperature, top-k, top-p, min-p, then a seeded draw.
// Order (as vLLM applies them): the repetition penalty on tokens seen in the
// prompt or output, then frequency and presence penalties on output tokens,
// all on the raw logits; greedy if temperature == 0; else divide by temperature,
// softmax, keep the top-k, keep the smallest prefix whose mass reaches top-p,
// drop tokens below min-p x the top probability, renormalise, draw.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>

#include "engine/engine.h"

namespace hf2hlo {

Status SamplingParams::Validate() const {
  if (!(temperature >= 0) || !std::isfinite(temperature)) {
    return Error("temperature must be >= 0, got ", temperature);
  }
  if (top_k < 0) return Error("top_k must be >= 0 (0 = off), got ", top_k);
  if (!(top_p > 0 && top_p <= 1)) return Error("top_p must be in (0, 1], got ", top_p);
  if (!(min_p >= 0 && min_p <= 1)) return Error("min_p must be in [0, 1], got ", min_p);
  if (!(repetition_penalty > 0)) {
    return Error("repetition_penalty must be > 0, got ", repetition_penalty);
  }
  if (!std::isfinite(presence_penalty) || !std::isfinite(frequency_penalty)) {
    return Error("presence and frequency penalties must be finite");
  }
  return OkStatus();
}

Sampler::Sampler(const SamplingParams& params, int64_t vocab)
    : params_(params),
      rng_(params.seed),
      seen_(static_cast<size_t>(vocab), 0),
      counts_(static_cast<size_t>(vocab), 0) {
  order_.resize(static_cast<size_t>(vocab));
  probs_.resize(static_cast<size_t>(vocab));
}

void Sampler::Observe(int32_t token, bool generated) {
  if (token < 0 || static_cast<size_t>(token) >= counts_.size()) return;
  seen_[static_cast<size_t>(token)] = 1;
  if (generated) ++counts_[static_cast<size_t>(token)];
}

double Sampler::Uniform() {
  return static_cast<double>(rng_() >> 11) * (1.0 / 9007199254740992.0);  // [0, 1), 53 bits
}

int32_t Sampler::Sample(std::span<const float> raw) {
  const size_t v = raw.size();
  CHECK(v == counts_.size(), "Sampler: logits of ", v, " entries for a vocab of ", counts_.size());
  // Penalties (logits as doubles, so the greedy path sees the same order).
  for (size_t i = 0; i < v; ++i) {
    double x = raw[i];
    if (seen_[i] && params_.repetition_penalty != 1.0) {
      x = x > 0 ? x / params_.repetition_penalty : x * params_.repetition_penalty;
    }
    if (counts_[i] > 0) x -= params_.frequency_penalty * counts_[i] + params_.presence_penalty;
    probs_[i] = x;
  }
  if (params_.temperature == 0) {
    size_t best = 0;
    for (size_t i = 1; i < v; ++i) {
      if (probs_[i] > probs_[best]) best = i;
    }
    return static_cast<int32_t>(best);
  }
  double max = -INFINITY;
  for (size_t i = 0; i < v; ++i) max = std::max(max, probs_[i] / params_.temperature);
  for (size_t i = 0; i < v; ++i) {
    probs_[i] = std::exp(probs_[i] / params_.temperature - max);
  }
  // Candidates by decreasing probability (ties: lower id first).
  std::iota(order_.begin(), order_.end(), 0);
  size_t keep = v;
  if (params_.top_k > 0 && static_cast<size_t>(params_.top_k) < v) keep = params_.top_k;
  auto by_prob = [&](int32_t a, int32_t b) {
    return probs_[a] != probs_[b] ? probs_[a] > probs_[b] : a < b;
  };
  std::partial_sort(order_.begin(), order_.begin() + static_cast<std::ptrdiff_t>(keep),
                    order_.end(), by_prob);
  if (params_.top_p < 1.0) {
    double mass = 0, kept_total = 0;
    for (size_t i = 0; i < keep; ++i) kept_total += probs_[order_[i]];
    for (size_t i = 0; i < keep; ++i) {
      mass += probs_[order_[i]] / kept_total;
      if (mass >= params_.top_p) {
        keep = i + 1;
        break;
      }
    }
  }
  if (params_.min_p > 0) {
    const double floor = params_.min_p * probs_[order_[0]];
    size_t n = 1;
    while (n < keep && probs_[order_[n]] >= floor) ++n;
    keep = n;
  }
  double kept = 0;
  for (size_t i = 0; i < keep; ++i) kept += probs_[order_[i]];
  double u = Uniform() * kept;
  for (size_t i = 0; i < keep; ++i) {
    u -= probs_[order_[i]];
    if (u < 0) return order_[i];
  }
  return order_[keep - 1];
}

Result<GenerationConfig> LoadGenerationConfig(const std::string& model_dir) {
  GenerationConfig g;
  const std::string path = JoinPath(model_dir, "generation_config.json");
  if (!FileExists(path)) return g;
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Error(path, ": not a JSON object");
  auto number = [&](const char* key, double& out) -> Status {
    if (!j.contains(key) || j[key].is_null()) return OkStatus();
    if (!j[key].is_number()) return Error(path, ": key '", key, "' must be a number");
    out = j[key].get<double>();
    return OkStatus();
  };
  if (j.contains("eos_token_id") && !j["eos_token_id"].is_null()) {
    const auto& e = j["eos_token_id"];
    if (e.is_number_integer()) {
      g.eos_token_ids.push_back(e.get<int32_t>());
    } else if (e.is_array()) {
      for (const auto& x : e) {
        if (!x.is_number_integer()) return Error(path, ": 'eos_token_id' entries must be integers");
        g.eos_token_ids.push_back(x.get<int32_t>());
      }
    } else {
      return Error(path, ": 'eos_token_id' must be an integer or a list of integers");
    }
  }
  bool do_sample = false;
  if (j.contains("do_sample") && j["do_sample"].is_boolean())
    do_sample = j["do_sample"].get<bool>();
  double top_k = 0, max_new_tokens = 0;
  SamplingParams& p = g.server_defaults;
  p.temperature = 1.0;
  RETURN_IF_ERROR(number("temperature", p.temperature));
  RETURN_IF_ERROR(number("top_p", p.top_p));
  RETURN_IF_ERROR(number("top_k", top_k));
  RETURN_IF_ERROR(number("min_p", p.min_p));
  RETURN_IF_ERROR(number("repetition_penalty", p.repetition_penalty));
  RETURN_IF_ERROR(number("max_new_tokens", max_new_tokens));
  p.top_k = static_cast<int64_t>(top_k);
  g.max_new_tokens = max_new_tokens > 0 ? static_cast<int64_t>(max_new_tokens) : 0;
  if (Status s = p.Validate(); !s.ok()) return Error(path, ": ", s.message());
  g.defaults = p;
  // HF generate is greedy unless do_sample (and then its temperature default is 1).
  if (!do_sample) g.defaults.temperature = 0;
  return g;
}

}  // namespace hf2hlo
