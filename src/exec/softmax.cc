#include "exec/softmax.h"

#include "exec/kernels.h"

#include <immintrin.h>

#include <cmath>

namespace hf2hlo::exec {
namespace {

// stablehlo.maximum on f32 as the reference computes it: NaN if either is
// NaN (the first one), -0 < +0.
inline float Maximum(float a, float b) {
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return b;
  if (a == b) return std::signbit(a) ? b : a;
  return a > b ? a : b;
}

void ReferenceRow(const float* x, float init_max, float init_sum, int64_t n, float* y) {
  float m = init_max;
  for (int64_t i = 0; i < n; ++i) m = Maximum(m, x[i]);
  for (int64_t i = 0; i < n; ++i) y[i] = ExpF32(x[i] - m);
  float s = init_sum;
  for (int64_t i = 0; i < n; ++i) s = s + y[i];
  for (int64_t i = 0; i < n; ++i) y[i] = y[i] / s;
}

// The row's maximum with init_max, or NaN when any of them is NaN (the
// caller then takes the reference fold).
#if defined(__x86_64__)
__attribute__((target("avx2"))) float RowMaximumAvx2(const float* x, float init_max, int64_t n) {
  __m256 m = _mm256_set1_ps(init_max), nan = _mm256_setzero_ps();
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const __m256 v = _mm256_loadu_ps(x + i);
    nan = _mm256_or_ps(nan, _mm256_cmp_ps(v, v, _CMP_UNORD_Q));
    m = _mm256_max_ps(m, v);
  }
  alignas(32) float lanes[8];
  _mm256_store_ps(lanes, m);
  float out = lanes[0];
  for (int l = 1; l < 8; ++l) out = out > lanes[l] ? out : lanes[l];
  for (; i < n; ++i) {
    if (std::isnan(x[i])) return x[i];
    out = out > x[i] ? out : x[i];
  }
  if (!_mm256_testz_ps(nan, nan) || std::isnan(init_max)) return std::nanf("");
  return out;
}
bool HasAvx2() {
  static const bool kHas = __builtin_cpu_supports("avx2");
  return kHas;
}
#endif

float RowMaximum(const float* x, float init_max, int64_t n) {
#if defined(__x86_64__)
  if (HasAvx2()) return RowMaximumAvx2(x, init_max, n);
#endif
  if (std::isnan(init_max)) return init_max;
  float out = init_max;
  for (int64_t i = 0; i < n; ++i) {
    if (std::isnan(x[i])) return x[i];
    out = out > x[i] ? out : x[i];
  }
  return out;
}

void Row(const float* x, float init_max, float init_sum, int64_t n, float* y) {
  const float m = RowMaximum(x, init_max, n);
  if (std::isnan(m)) return ReferenceRow(x, init_max, init_sum, n, y);
  for (int64_t i = 0; i < n; ++i) y[i] = x[i] - m;
  ExpF32Array(y, y, n);
  float s = init_sum;
  for (int64_t i = 0; i < n; ++i) s = s + y[i];
  for (int64_t i = 0; i < n; ++i) y[i] = y[i] / s;
}

// Below this many elements a step runs on the caller alone (a fork/join
// costs about as much as a few hundred exp).
constexpr int64_t kParallelElements = 2048;

}  // namespace

void SoftmaxRows(const float* x, float init_max, float init_sum, int64_t rows, int64_t n,
                 float* y, ThreadPool& pool) {
  auto run = [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r) Row(x + r * n, init_max, init_sum, n, y + r * n);
  };
  if (rows < 2 || rows * n < kParallelElements) {
    run(0, rows);
  } else {
    pool.ParallelFor(rows, run);
  }
}

void SoftmaxRowsReference(const float* x, float init_max, float init_sum, int64_t rows, int64_t n,
                          float* y) {
  for (int64_t r = 0; r < rows; ++r) ReferenceRow(x + r * n, init_max, init_sum, n, y + r * n);
}

}  // namespace hf2hlo::exec
