#include "exec/dot_tiles.h"

#include <immintrin.h>

#include <cstring>

#include "base/base.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
constexpr int kLanes = 8;

inline float CombineLanes(const float* l) {
  return ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]));
}

template <typename Load>
void PortableTile(const float* const* a, int rows, const void* const* b, int cols, int64_t k,
                  float* out, int64_t out_stride, Load load) {
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      float lane[kLanes] = {};
      for (int64_t i = 0; i < k; ++i) lane[i % kLanes] += a[r][i] * load(b[c], i);
      out[r * out_stride + c] = CombineLanes(lane);
    }
  }
}

void Portable(const float* const* a, int rows, const void* const* b, int cols, ElementType t,
              int64_t k, float* out, int64_t out_stride) {
  switch (t) {
    case ElementType::kF32:
      return PortableTile(a, rows, b, cols, k, out, out_stride,
                          [](const void* p, int64_t i) { return static_cast<const float*>(p)[i]; });
    case ElementType::kBF16:
      return PortableTile(a, rows, b, cols, k, out, out_stride, [](const void* p, int64_t i) {
        return BF16ToF32(static_cast<const uint16_t*>(p)[i]);
      });
    case ElementType::kF16:
      return PortableTile(a, rows, b, cols, k, out, out_stride, [](const void* p, int64_t i) {
        return F16ToF32(static_cast<const uint16_t*>(p)[i]);
      });
    default:
      CHECK(false, "DotTile: unsupported rhs type");
  }
}

#if defined(__x86_64__)
template <ElementType T>
__attribute__((target("avx2,f16c"))) inline __m256 Load8(const void* p, int64_t i) {
  if constexpr (T == ElementType::kF32) {
    return _mm256_loadu_ps(static_cast<const float*>(p) + i);
  } else if constexpr (T == ElementType::kBF16) {
    __m128i h =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(static_cast<const uint16_t*>(p) + i));
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
  } else {
    __m128i h =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(static_cast<const uint16_t*>(p) + i));
    return _mm256_cvtph_ps(h);
  }
}

template <ElementType T>
constexpr int64_t ElementSize() {
  return T == ElementType::kF32 ? 4 : 2;
}

template <ElementType T>
__attribute__((target("avx2,f16c"))) inline float LoadOne(const void* p, int64_t i) {
  if constexpr (T == ElementType::kF32)
    return static_cast<const float*>(p)[i];
  else if constexpr (T == ElementType::kBF16)
    return BF16ToF32(static_cast<const uint16_t*>(p)[i]);
  else
    return F16ToF32(static_cast<const uint16_t*>(p)[i]);
}

// R x C tile: every (r, c) keeps its own 8-lane accumulator register.
template <ElementType T, int R, int C>
__attribute__((target("avx2,f16c"))) void Avx2Tile(const float* const* a, const void* const* b,
                                                   int64_t k, float* out, int64_t out_stride) {
  __m256 acc[R][C];
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < C; ++c) acc[r][c] = _mm256_setzero_ps();
  const int64_t main = k / kLanes * kLanes;
  for (int64_t i = 0; i < main; i += kLanes) {
    __m256 x[R];
    for (int r = 0; r < R; ++r) x[r] = _mm256_loadu_ps(a[r] + i);
    if constexpr (R == 1) {
      // Matrix-vector: stream each weight row ahead of use.
      constexpr int64_t kAhead = 128;  // elements: 4-8 cache lines ahead
      if (i % 32 == 0) {
        for (int c = 0; c < C; ++c) {
          _mm_prefetch(static_cast<const char*>(b[c]) + (i + kAhead) * ElementSize<T>(),
                       _MM_HINT_T0);
        }
      }
    }
    for (int c = 0; c < C; ++c) {
      __m256 w = Load8<T>(b[c], i);
      for (int r = 0; r < R; ++r) acc[r][c] = _mm256_add_ps(acc[r][c], _mm256_mul_ps(x[r], w));
    }
  }
  for (int r = 0; r < R; ++r) {
    for (int c = 0; c < C; ++c) {
      alignas(32) float lane[kLanes];
      _mm256_store_ps(lane, acc[r][c]);
      for (int64_t i = main; i < k; ++i) lane[i - main] += a[r][i] * LoadOne<T>(b[c], i);
      out[r * out_stride + c] = CombineLanes(lane);
    }
  }
}

template <ElementType T>
__attribute__((target("avx2,f16c"))) void Avx2(const float* const* a, int rows,
                                               const void* const* b, int cols, int64_t k,
                                               float* out, int64_t out_stride) {
  if (rows == 4 && cols == 2) return Avx2Tile<T, 4, 2>(a, b, k, out, out_stride);
  if (rows == 1 && cols == 4) return Avx2Tile<T, 1, 4>(a, b, k, out, out_stride);
  if (rows == 1 && cols == 8) return Avx2Tile<T, 1, 8>(a, b, k, out, out_stride);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c)
      Avx2Tile<T, 1, 1>(a + r, b + c, k, out + r * out_stride + c, out_stride);
  }
}

// Lane l of acc holds the k = l (mod 8) partial sums of all 8 columns.
template <ElementType T>
__attribute__((target("avx2,f16c"))) void Avx2Columns8(const float* a, const int64_t* a_k,
                                                       const void* b, const int64_t* b_k,
                                                       int64_t depth, float* out) {
  __m256 acc[kLanes];
  for (auto& v : acc) v = _mm256_setzero_ps();
  int64_t k = 0;
  for (; k + kLanes <= depth; k += kLanes) {
    for (int l = 0; l < kLanes; ++l) {
      __m256 x = _mm256_set1_ps(a[a_k[k + l]]);
      acc[l] = _mm256_add_ps(acc[l], _mm256_mul_ps(x, Load8<T>(b, b_k[k + l])));
    }
  }
  for (int l = 0; k < depth; ++k, ++l) {
    __m256 x = _mm256_set1_ps(a[a_k[k]]);
    acc[l] = _mm256_add_ps(acc[l], _mm256_mul_ps(x, Load8<T>(b, b_k[k])));
  }
  __m256 sum =
      _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(acc[0], acc[4]), _mm256_add_ps(acc[2], acc[6])),
                    _mm256_add_ps(_mm256_add_ps(acc[1], acc[5]), _mm256_add_ps(acc[3], acc[7])));
  _mm256_storeu_ps(out, sum);
}

bool HasAvx2() {
  static const bool kHas = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("f16c");
  return kHas;
}
#endif

}  // namespace

void DotColumns8(const float* a, const int64_t* a_k, const void* b, ElementType b_type,
                 const int64_t* b_k, int64_t depth, float* out) {
#if defined(__x86_64__)
  if (HasAvx2()) {
    switch (b_type) {
      case ElementType::kF32:
        return Avx2Columns8<ElementType::kF32>(a, a_k, b, b_k, depth, out);
      case ElementType::kBF16:
        return Avx2Columns8<ElementType::kBF16>(a, a_k, b, b_k, depth, out);
      case ElementType::kF16:
        return Avx2Columns8<ElementType::kF16>(a, a_k, b, b_k, depth, out);
      default:
        CHECK(false, "DotColumns8: unsupported rhs type");
    }
  }
#endif
  auto load = [&](int64_t i) -> float {
    switch (b_type) {
      case ElementType::kF32:
        return static_cast<const float*>(b)[i];
      case ElementType::kBF16:
        return BF16ToF32(static_cast<const uint16_t*>(b)[i]);
      default:
        return F16ToF32(static_cast<const uint16_t*>(b)[i]);
    }
  };
  for (int c = 0; c < 8; ++c) {
    float lane[kLanes] = {};
    for (int64_t k = 0; k < depth; ++k) lane[k % kLanes] += a[a_k[k]] * load(b_k[k] + c);
    out[c] = CombineLanes(lane);
  }
}

void DotTilePortable(const float* const* a, int rows, const void* const* b, int cols,
                     ElementType b_type, int64_t k, float* out, int64_t out_stride) {
  Portable(a, rows, b, cols, b_type, k, out, out_stride);
}

void DotTile(const float* const* a, int rows, const void* const* b, int cols, ElementType b_type,
             int64_t k, float* out, int64_t out_stride) {
#if defined(__x86_64__)
  if (HasAvx2()) {
    switch (b_type) {
      case ElementType::kF32:
        return Avx2<ElementType::kF32>(a, rows, b, cols, k, out, out_stride);
      case ElementType::kBF16:
        return Avx2<ElementType::kBF16>(a, rows, b, cols, k, out, out_stride);
      case ElementType::kF16:
        return Avx2<ElementType::kF16>(a, rows, b, cols, k, out, out_stride);
      default:
        break;
    }
  }
#endif
  Portable(a, rows, b, cols, b_type, k, out, out_stride);
}

}  // namespace hf2hlo::exec
