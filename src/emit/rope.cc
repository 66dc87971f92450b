#include "emit/rope.h"

#include <cmath>

namespace hf2hlo::emit {
namespace {

// Correctly rounded f32 results of f32 inputs: the double computation of
// pow/cos/sin of f32 arguments rounds to the nearest f32 in all but
// astronomically rare cases, matching torch's f32 kernels to the ulp.
float PowF(float base, float exponent) {
  return static_cast<float>(std::pow(static_cast<double>(base), static_cast<double>(exponent)));
}

}  // namespace

std::vector<float> InvFreq(const RopeParams& p, int64_t rotary_dim) {
  const int64_t half = rotary_dim / 2;
  const float dim = static_cast<float>(rotary_dim);
  const float base = static_cast<float>(p.theta);
  // _compute_default_rope_parameters:
  //   1.0 / (base ** (arange(0, dim, 2).float() / dim))
  std::vector<float> inv(static_cast<size_t>(half));
  for (int64_t k = 0; k < half; ++k) {
    float exponent = static_cast<float>(2 * k) / dim;
    inv[static_cast<size_t>(k)] = 1.0f / PowF(base, exponent);
  }
  switch (p.type) {
    case RopeType::kDefault:
    case RopeType::kDynamic:
      break;
    case RopeType::kLinear: {
      const float factor = static_cast<float>(p.factor);
      for (float& f : inv) f = f / factor;
      break;
    }
    case RopeType::kLlama3: {
      // _compute_llama3_parameters, each step an f32 tensor op.
      const float factor = static_cast<float>(p.factor);
      const float low = static_cast<float>(p.low_freq_factor);
      const double old_context = static_cast<double>(p.original_max_position_embeddings);
      const float low_freq_wavelen = static_cast<float>(old_context / p.low_freq_factor);
      const float high_freq_wavelen = static_cast<float>(old_context / p.high_freq_factor);
      const float two_pi = static_cast<float>(2.0 * M_PI);
      const float old_context_f = static_cast<float>(old_context);
      const float high_minus_low = static_cast<float>(p.high_freq_factor - p.low_freq_factor);
      for (float& f : inv) {
        const float wavelen = two_pi / f;
        const float llama = wavelen > low_freq_wavelen ? f / factor : f;
        const float smooth = (old_context_f / wavelen - low) / high_minus_low;
        const float smoothed = (1.0f - smooth) * llama / factor + smooth * llama;
        const bool medium = !(wavelen < high_freq_wavelen) && !(wavelen > low_freq_wavelen);
        f = medium ? smoothed : llama;
      }
      break;
    }
  }
  return inv;
}

RopeTables MakeRopeTables(const RopeParams& params, int64_t rotary_dim, int64_t positions,
                          RopeLayout layout) {
  const std::vector<float> inv = InvFreq(params, rotary_dim);
  const int64_t half = rotary_dim / 2;
  RopeTables t;
  t.cos.resize(static_cast<size_t>(positions * rotary_dim));
  t.sin.resize(t.cos.size());
  for (int64_t p = 0; p < positions; ++p) {
    for (int64_t k = 0; k < half; ++k) {
      const float angle = static_cast<float>(p) * inv[static_cast<size_t>(k)];
      const float c = static_cast<float>(std::cos(static_cast<double>(angle)));
      const float s = static_cast<float>(std::sin(static_cast<double>(angle)));
      const int64_t first = layout == RopeLayout::kHalf ? k : 2 * k;
      const int64_t second = layout == RopeLayout::kHalf ? k + half : 2 * k + 1;
      for (int64_t col : {first, second}) {
        t.cos[static_cast<size_t>(p * rotary_dim + col)] = c;
        t.sin[static_cast<size_t>(p * rotary_dim + col)] = s;
      }
    }
  }
  return t;
}

}  // namespace hf2hlo::emit
