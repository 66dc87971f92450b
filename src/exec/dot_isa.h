// Helpers shared by the dot kernels: dot_tiles.cc (the portable and AVX2
// paths, and the run-time dispatch) and dot_panels.cc (the AVX-512 panels).
// Internal to src/exec.
#pragma once

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <cstdint>

#include "base/base.h"
#include "exec/dot_tiles.h"

namespace hf2hlo::exec::dot_detail {

using hlo::ElementType;
constexpr int kLanes = 8;

// False when LimitDotIsa (dot_tiles.h) set a narrower limit than `isa`.
bool DotIsaAllowed(DotIsa isa);

constexpr int64_t StoredBytes(ElementType t) { return t == ElementType::kF32 ? 4 : 2; }

// Element i of the stored vector p, widened exactly to f32.
template <ElementType T>
inline float Widen(const void* p, int64_t i) {
  if constexpr (T == ElementType::kF32)
    return static_cast<const float*>(p)[i];
  else if constexpr (T == ElementType::kBF16)
    return BF16ToF32(static_cast<const uint16_t*>(p)[i]);
  else
    return F16ToF32(static_cast<const uint16_t*>(p)[i]);
}

// Element offset of element i of column c within a packed tile (dot_tiles.h).
inline int64_t PackedIndex(int c, int64_t i, int64_t k) {
  const int64_t k8 = k / kLanes * kLanes;
  return i < k8 ? (i / kLanes * kPackCols + c) * kLanes + i % kLanes
                : kPackCols * k8 + c * (k - k8) + (i - k8);
}

// Calls f.template operator()<T>() for the runtime element type t.
template <typename F>
void ByType(ElementType t, const char* what, F&& f) {
  switch (t) {
    case ElementType::kF32:
      return f.template operator()<ElementType::kF32>();
    case ElementType::kBF16:
      return f.template operator()<ElementType::kBF16>();
    case ElementType::kF16:
      return f.template operator()<ElementType::kF16>();
    default:
      CHECK(false, what, ": unsupported rhs type");
  }
}

#if defined(__x86_64__)
#define HF2HLO_AVX2 __attribute__((target("avx2,fma,f16c")))
#define HF2HLO_AVX512 __attribute__((target("avx512f,avx512dq,avx2,fma,f16c")))

template <ElementType T>
HF2HLO_AVX2 inline __m256 Load8(const void* p, int64_t i) {
  if constexpr (T == ElementType::kF32) {
    return _mm256_loadu_ps(static_cast<const float*>(p) + i);
  } else {
    __m128i h =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(static_cast<const uint16_t*>(p) + i));
    if constexpr (T == ElementType::kBF16)
      return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
    else
      return _mm256_cvtph_ps(h);
  }
}

// out[j] = CombineLanes of v[j]'s 8 lanes, j < 8, with the same additions in
// the same order: A = l0 + l4, B = l1 + l5, C = l2 + l6, D = l3 + l7, then
// (A + C) + (B + D).
HF2HLO_AVX2 inline void CombineLanes8(const __m256* v, float* out) {
  __m256 h[4];  // h[p] = [A B C D] of v[2p] | [A B C D] of v[2p + 1]
  for (int p = 0; p < 4; ++p) {
    const __m256 lo = _mm256_permute2f128_ps(v[2 * p], v[2 * p + 1], 0x20);
    const __m256 hi = _mm256_permute2f128_ps(v[2 * p], v[2 * p + 1], 0x31);
    h[p] = _mm256_add_ps(lo, hi);
  }
  // Per 128-bit half: u = [A+C of outputs 0, 2 | B+D of 0, 2] (low half; the
  // high half the same for 1, 3), w likewise for outputs 4, 6 (5, 7).
  const __m256 u = _mm256_add_ps(_mm256_unpacklo_ps(h[0], h[1]), _mm256_unpackhi_ps(h[0], h[1]));
  const __m256 w = _mm256_add_ps(_mm256_unpacklo_ps(h[2], h[3]), _mm256_unpackhi_ps(h[2], h[3]));
  const __m256 ac = _mm256_shuffle_ps(u, w, _MM_SHUFFLE(1, 0, 1, 0));
  const __m256 bd = _mm256_shuffle_ps(u, w, _MM_SHUFFLE(3, 2, 3, 2));
  // Outputs in the order 0 2 4 6 1 3 5 7.
  const __m256 sum = _mm256_add_ps(ac, bd);
  _mm256_store_ps(out, _mm256_permutevar8x32_ps(sum, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7)));
}
#endif

}  // namespace hf2hlo::exec::dot_detail
