// Sampling: penalties, temperature, top-k, top-p, min-p, then a seeded draw.
// Order (as vLLM applies them): the repetition penalty on tokens seen in the
// prompt or output, then frequency and presence penalties on output tokens,
// all on the raw logits; greedy if temperature < kGreedyTemperature (vLLM's
// rule: dividing by a tiny or subnormal temperature overflows); else divide by
// temperature,
// softmax, keep the top-k, keep the smallest prefix whose mass reaches top-p,
// drop tokens below min-p x the top probability, renormalise, draw.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/sampling.h"

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
    return Error("presence_penalty and frequency_penalty must be finite");
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
  if (params_.temperature < kGreedyTemperature) {
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

int32_t Argmax(std::span<const float> logits) {
  int32_t best = 0;
  for (size_t i = 1; i < logits.size(); ++i) {
    if (logits[i] > logits[static_cast<size_t>(best)]) best = static_cast<int32_t>(i);
  }
  return best;
}

}  // namespace hf2hlo
