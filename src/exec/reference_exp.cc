// exp and logistic on f32, the executor's definition of stablehlo.exponential
// and stablehlo.logistic for f32 (kernels.h). One sequence of f32 operations,
// written twice (scalar, 8 lanes of AVX2) so that every path gives the same
// bits; no FMA (the build turns contraction off).
//
//   n = round_to_nearest_even(x * log2(e))            (|n| <= 150)
//   r = (x - n * ln2_hi) - n * ln2_lo                 (Cody-Waite; n * ln2_hi exact)
//   p = ((((c5 r + c4) r + c3) r + c2) r + c1) r + c0
//   e^r ~ (p * r^2 + r) + 1                           (Cephes expf's minimax form)
//   exp(x) = (e^r * 2^(n - n/2)) * 2^(n/2)            (each factor a normal power of two:
//                                                      the first product is exact, the second
//                                                      rounds once, also into subnormals)
// with exp(x) = +inf above the largest x whose exp is finite, +0 below the
// smallest whose exp rounds above 0, NaN for NaN. Error: at most 1 ulp over
// the finite range (tests/unit/exec_exp_test.cc samples every 211th float).
#include <immintrin.h>

#include <cmath>
#include <cstdint>
#include <cstring>

#include "exec/kernels.h"

namespace hf2hlo::exec {
namespace {

constexpr float kLog2e = 1.44269504088896341f;
constexpr float kLn2Hi = 0.693359375f;        // 355/512, 9 significant bits
constexpr float kLn2Lo = -2.12194440e-4f;     // ln 2 - kLn2Hi
constexpr float kC5 = 1.9875691500e-4f;       // Cephes expf coefficients
constexpr float kC4 = 1.3981999507e-3f;
constexpr float kC3 = 8.3334519073e-3f;
constexpr float kC2 = 4.1665795894e-2f;
constexpr float kC1 = 1.6666665459e-1f;
constexpr float kC0 = 5.0000001201e-1f;
constexpr float kOverflow = 88.72283172607421875f;     // largest x with a finite exp(x)
constexpr float kUnderflow = -103.97207641601562500f;  // smaller x: exp(x) rounds to +0

float PowerOfTwo(int32_t e) {  // 2^e for -126 <= e <= 127
  const uint32_t bits = static_cast<uint32_t>(e + 127) << 23;
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

#if defined(__x86_64__)
#define HF2HLO_AVX2 __attribute__((target("avx2")))
HF2HLO_AVX2 inline __m256 PowerOfTwo8(__m256i e) {
  return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(e, _mm256_set1_epi32(127)), 23));
}

HF2HLO_AVX2 inline __m256 Exp8(__m256 x) {
  const __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(kLog2e)),
                                   _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  // Clamped so that the power-of-two arithmetic stays in range; lanes
  // outside [kUnderflow, kOverflow] or NaN are replaced below.
  const __m256 nc = _mm256_min_ps(_mm256_max_ps(n, _mm256_set1_ps(-150.0f)), _mm256_set1_ps(128.0f));
  const __m256 r = _mm256_sub_ps(_mm256_sub_ps(x, _mm256_mul_ps(nc, _mm256_set1_ps(kLn2Hi))),
                                 _mm256_mul_ps(nc, _mm256_set1_ps(kLn2Lo)));
  __m256 p = _mm256_set1_ps(kC5);
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC4));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC3));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC2));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC1));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(kC0));
  const __m256 er = _mm256_add_ps(
      _mm256_add_ps(_mm256_mul_ps(p, _mm256_mul_ps(r, r)), r), _mm256_set1_ps(1.0f));
  const __m256i ni = _mm256_cvtps_epi32(nc);
  const __m256i half = _mm256_srai_epi32(ni, 1);  // floor(n / 2)
  __m256 y = _mm256_mul_ps(_mm256_mul_ps(er, PowerOfTwo8(_mm256_sub_epi32(ni, half))),
                           PowerOfTwo8(half));
  y = _mm256_blendv_ps(y, _mm256_set1_ps(INFINITY),
                       _mm256_cmp_ps(x, _mm256_set1_ps(kOverflow), _CMP_GT_OQ));
  y = _mm256_blendv_ps(y, _mm256_setzero_ps(),
                       _mm256_cmp_ps(x, _mm256_set1_ps(kUnderflow), _CMP_LT_OQ));
  return _mm256_blendv_ps(y, _mm256_add_ps(x, x), _mm256_cmp_ps(x, x, _CMP_UNORD_Q));
}

HF2HLO_AVX2 void ExpAvx2(const float* x, float* y, int64_t n, bool logistic) {
  int64_t i = 0;
  const __m256 one = _mm256_set1_ps(1.0f);
  for (; i + 8 <= n; i += 8) {
    const __m256 v = _mm256_loadu_ps(x + i);
    if (logistic) {
      const __m256 neg = _mm256_xor_ps(v, _mm256_set1_ps(-0.0f));
      _mm256_storeu_ps(y + i, _mm256_div_ps(one, _mm256_add_ps(one, Exp8(neg))));
    } else {
      _mm256_storeu_ps(y + i, Exp8(v));
    }
  }
  for (; i < n; ++i) y[i] = logistic ? LogisticF32(x[i]) : ExpF32(x[i]);
}

bool HasAvx2() {
  static const bool kHas = __builtin_cpu_supports("avx2");
  return kHas;
}
#undef HF2HLO_AVX2
#endif

}  // namespace

float ExpF32(float x) {
  if (std::isnan(x)) return x + x;
  if (x > kOverflow) return INFINITY;
  if (x < kUnderflow) return 0.0f;
  const float n = std::nearbyint(x * kLog2e);  // the default rounding mode: to nearest even
  const float r = (x - n * kLn2Hi) - n * kLn2Lo;
  float p = kC5;
  p = p * r + kC4;
  p = p * r + kC3;
  p = p * r + kC2;
  p = p * r + kC1;
  p = p * r + kC0;
  const float er = (p * (r * r) + r) + 1.0f;
  const auto ni = static_cast<int32_t>(n);
  const int32_t half = ni >> 1;  // floor(n / 2), as the vector path's arithmetic shift
  return (er * PowerOfTwo(ni - half)) * PowerOfTwo(half);
}

float LogisticF32(float x) { return 1.0f / (1.0f + ExpF32(-x)); }

void ExpF32Array(const float* x, float* y, int64_t n) {
#if defined(__x86_64__)
  if (HasAvx2()) return ExpAvx2(x, y, n, false);
#endif
  for (int64_t i = 0; i < n; ++i) y[i] = ExpF32(x[i]);
}

void LogisticF32Array(const float* x, float* y, int64_t n) {
#if defined(__x86_64__)
  if (HasAvx2()) return ExpAvx2(x, y, n, true);
#endif
  for (int64_t i = 0; i < n; ++i) y[i] = LogisticF32(x[i]);
}

}  // namespace hf2hlo::exec
