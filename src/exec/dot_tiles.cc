#include "exec/dot_tiles.h"

#include <cpuid.h>
#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <cstring>

#include "base/base.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
constexpr int kLanes = 8;


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

// The contract computed one element at a time; load(c, i) is element i of
// column c.
template <typename Load>
void PortableTile(const float* const* a, int rows, int cols, int64_t k, float* out,
                  int64_t out_stride, Load load) {
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      float lane[kLanes] = {};
      for (int64_t i = 0; i < k; ++i) lane[i % kLanes] = MulAdd(a[r][i], load(c, i), lane[i % kLanes]);
      out[r * out_stride + c] = LaneTree(lane);
    }
  }
}

template <ElementType T>
void PortableRowMajor(const float* const* a, int rows, const void* const* b, int cols, int64_t k,
                      float* out, int64_t out_stride) {
  PortableTile(a, rows, cols, k, out, out_stride,
               [&](int c, int64_t i) { return Widen<T>(b[c], i); });
}

template <ElementType T>
void PortablePacked(const float* const* a, int rows, const void* tile, int col0, int cols,
                    int64_t k, float* out, int64_t out_stride) {
  PortableTile(a, rows, cols, k, out, out_stride,
               [&](int c, int64_t i) { return Widen<T>(tile, PackedIndex(col0 + c, i, k)); });
}


template <ElementType T>
void PortableColumns8(const float* a, const int64_t* a_k, const void* b, const int64_t* b_k,
                      int64_t depth, float* out) {
  for (int c = 0; c < 8; ++c) {
    out[c] = SpanContract(depth, [&](int64_t k) { return a[a_k[k]]; },
                          [&](int64_t k) { return Widen<T>(b, b_k[k] + c); });
  }
}

std::atomic<int> g_isa_limit{static_cast<int>(DotIsa::kAvx512)};

bool IsaAllowed(DotIsa isa) {
  return g_isa_limit.load(std::memory_order_relaxed) >= static_cast<int>(isa);
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

// Where a tile's columns live. RowMajor: column c is the contiguous vector
// b[c]. Packed: columns col0 + c of one packed tile.
struct RowMajor {
  const void* const* b;
};
struct Packed {
  const void* tile;
  int col0;
};

// R x C outputs: every (r, c) keeps its own 8-lane accumulator register.
template <ElementType T, int R, int C, typename Cols>
HF2HLO_AVX2 void Avx2Tile(const float* const* a, Cols cols, int64_t k, float* out,
                          int64_t out_stride) {
  constexpr bool kPacked = std::is_same_v<Cols, Packed>;
  constexpr int64_t kSize = StoredBytes(T);
  __m256 acc[R][C];
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < C; ++c) acc[r][c] = _mm256_setzero_ps();
  const int64_t main = k / kLanes * kLanes;
  for (int64_t i = 0; i < main; i += kLanes) {
    __m256 x[R];
    for (int r = 0; r < R; ++r) x[r] = _mm256_loadu_ps(a[r] + i);
    if constexpr (R == 1 && !kPacked) {
      // Matrix-vector on row-major weights: stream each row ahead of use.
      constexpr int64_t kAhead = 128;  // elements: 4-8 cache lines ahead
      if (i % 32 == 0) {
        for (int c = 0; c < C; ++c) {
          _mm_prefetch(static_cast<const char*>(cols.b[c]) + (i + kAhead) * kSize, _MM_HINT_T0);
        }
      }
    }
    if constexpr (R == 1 && kPacked && C == kPackCols) {
      // One stream: each 8-k block of the tile is 64 elements; fetch ahead.
      constexpr int64_t kAheadBytes = 1024;
      const char* p = static_cast<const char*>(cols.tile) + kPackCols * i * kSize + kAheadBytes;
      for (int64_t line = 0; line < kPackCols * kLanes * kSize; line += 64)
        _mm_prefetch(p + line, _MM_HINT_T0);
    }
    for (int c = 0; c < C; ++c) {
      __m256 w;
      if constexpr (kPacked)
        w = Load8<T>(cols.tile, (i / kLanes * kPackCols + cols.col0 + c) * kLanes);
      else
        w = Load8<T>(cols.b[c], i);
      for (int r = 0; r < R; ++r) acc[r][c] = _mm256_fmadd_ps(x[r], w, acc[r][c]);
    }
  }
  if (main < k) {
    // The k mod 8 tail adds to lanes 0 .. k - main - 1, in increasing k.
    for (int r = 0; r < R; ++r) {
      for (int c = 0; c < C; ++c) {
        alignas(32) float lane[kLanes];
        _mm256_store_ps(lane, acc[r][c]);
        for (int64_t i = main; i < k; ++i) {
          float w;
          if constexpr (kPacked)
            w = Widen<T>(cols.tile, PackedIndex(cols.col0 + c, i, k));
          else
            w = Widen<T>(cols.b[c], i);
          lane[i - main] = MulAdd(a[r][i], w, lane[i - main]);
        }
        acc[r][c] = _mm256_load_ps(lane);
      }
    }
  }
  // Combine 8 accumulators at a time; a short last group repeats its last.
  constexpr int kOutputs = R * C;
  for (int g = 0; g < kOutputs; g += 8) {
    __m256 v[8];
    for (int j = 0; j < 8; ++j) {
      const int o = g + j < kOutputs ? g + j : kOutputs - 1;
      v[j] = acc[o / C][o % C];
    }
    alignas(32) float sum[8];
    CombineLanes8(v, sum);
    for (int j = 0; j < 8 && g + j < kOutputs; ++j)
      out[(g + j) / C * out_stride + (g + j) % C] = sum[j];
  }
}

// Widest column count per register budget (R * C accumulators <= 12).
constexpr int MaxCols(int rows) { return rows == 1 ? 8 : rows == 4 ? 2 : 4; }

template <ElementType T, int R, typename Cols>
HF2HLO_AVX2 void Avx2Cols(const float* const* a, Cols cols, int n, int64_t k, float* out,
                          int64_t out_stride) {
  switch (n) {
    case 8:
      if constexpr (MaxCols(R) >= 8) return Avx2Tile<T, R, 8>(a, cols, k, out, out_stride);
      break;
    case 4:
      if constexpr (MaxCols(R) >= 4) return Avx2Tile<T, R, 4>(a, cols, k, out, out_stride);
      break;
    case 2:
      return Avx2Tile<T, R, 2>(a, cols, k, out, out_stride);
    case 1:
      return Avx2Tile<T, R, 1>(a, cols, k, out, out_stride);
  }
  CHECK(false, "Avx2Cols: ", n, " columns for ", R, " rows");
}

// Splits rows x cols into register tiles; which tile computes an element
// never changes its arithmetic.
template <ElementType T, int R>
HF2HLO_AVX2 void Avx2Rows(const float* const* a, const void* const* b, const void* tile, int col0,
                          int cols, int64_t k, float* out, int64_t out_stride) {
  for (int c = 0; c < cols;) {
    int n = MaxCols(R);
    while (n > cols - c) n /= 2;
    if (tile != nullptr)
      Avx2Cols<T, R>(a, Packed{tile, col0 + c}, n, k, out + c, out_stride);
    else
      Avx2Cols<T, R>(a, RowMajor{b + c}, n, k, out + c, out_stride);
    c += n;
  }
}

template <ElementType T>
HF2HLO_AVX2 void Avx2(const float* const* a, int rows, const void* const* b, const void* tile,
                      int col0, int cols, int64_t k, float* out, int64_t out_stride) {
  switch (rows) {
    case 1:
      return Avx2Rows<T, 1>(a, b, tile, col0, cols, k, out, out_stride);
    case 2:
      return Avx2Rows<T, 2>(a, b, tile, col0, cols, k, out, out_stride);
    case 3:
      return Avx2Rows<T, 3>(a, b, tile, col0, cols, k, out, out_stride);
    case 4:
      return Avx2Rows<T, 4>(a, b, tile, col0, cols, k, out, out_stride);
  }
  CHECK(false, "DotTile: ", rows, " rows");
}

// Lane l of acc holds the k = l (mod 8) partial sums of all 8 columns.
template <ElementType T>
HF2HLO_AVX2 void Avx2Columns8(const float* a, const int64_t* a_k, const void* b,
                              const int64_t* b_k, int64_t depth, float* out) {
  __m256 acc[kLanes], part[kLanes];
  for (int64_t k0 = 0; k0 < depth; k0 += kColumnSpan) {
    const int64_t end = std::min(depth, k0 + kColumnSpan);
    for (auto& v : part) v = _mm256_setzero_ps();
    int64_t k = k0;
    for (; k + kLanes <= end; k += kLanes) {
      for (int l = 0; l < kLanes; ++l) {
        __m256 x = _mm256_set1_ps(a[a_k[k + l]]);
        part[l] = _mm256_fmadd_ps(x, Load8<T>(b, b_k[k + l]), part[l]);
      }
    }
    for (int l = 0; k < end; ++k, ++l) {
      __m256 x = _mm256_set1_ps(a[a_k[k]]);
      part[l] = _mm256_fmadd_ps(x, Load8<T>(b, b_k[k]), part[l]);
    }
    for (int l = 0; l < kLanes; ++l) acc[l] = k0 == 0 ? part[l] : _mm256_add_ps(acc[l], part[l]);
  }
  if (depth <= 0) {
    for (auto& v : acc) v = _mm256_setzero_ps();
  }
  __m256 sum =
      _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(acc[0], acc[4]), _mm256_add_ps(acc[2], acc[6])),
                    _mm256_add_ps(_mm256_add_ps(acc[1], acc[5]), _mm256_add_ps(acc[3], acc[7])));
  _mm256_storeu_ps(out, sum);
}

// DotColumns: the 8 lane-class accumulators of every (row, group) live in
// an L1 buffer between blocks of kColumnBlock positions.
constexpr int64_t kColumnBlock = 64;
constexpr int64_t kColumnAhead = 16;  // positions

// The lane partials acc[r][g][0..7] of positions [0, depth) (one span).
template <ElementType T>
HF2HLO_AVX2 void Avx2ColumnsPartial(const float* const* a, int rows, int64_t a_stride,
                                    const void* b, int64_t b_stride, int64_t depth, int groups,
                                    __m256 (*acc)[kColumnGroups][kLanes]) {
  constexpr int64_t kSize = StoredBytes(T);
  for (int r = 0; r < rows; ++r)
    for (int g = 0; g < groups; ++g)
      for (int j = 0; j < kLanes; ++j) acc[r][g][j] = _mm256_setzero_ps();
  const int64_t main = depth / kLanes * kLanes;
  for (int64_t k0 = 0; k0 < main; k0 += kColumnBlock) {
    const int64_t k1 = std::min(main, k0 + kColumnBlock);
    for (int r = 0; r < rows; ++r) {
      for (int g = 0; g < groups; ++g) {
        __m256 l[kLanes];
        for (int j = 0; j < kLanes; ++j) l[j] = acc[r][g][j];
        const float* x = a[r] + k0 * a_stride;
        int64_t at = k0 * b_stride + 8 * g;
        for (int64_t k = k0; k < k1; k += kLanes) {
          for (int j = 0; j < kLanes; ++j, x += a_stride, at += b_stride) {
            // Positions are b_stride apart, a few per 4 KiB page, which the
            // hardware prefetchers do not cross: fetch the rows ahead.
            if (r == 0)
              _mm_prefetch(static_cast<const char*>(b) + (at + kColumnAhead * b_stride) * kSize,
                           _MM_HINT_T0);
            l[j] = _mm256_fmadd_ps(_mm256_set1_ps(*x), Load8<T>(b, at), l[j]);
          }
        }
        for (int j = 0; j < kLanes; ++j) acc[r][g][j] = l[j];
      }
    }
  }
  for (int r = 0; r < rows; ++r) {
    for (int g = 0; g < groups; ++g) {
      __m256* l = acc[r][g];
      for (int64_t k = main; k < depth; ++k) {
        const __m256 x = _mm256_set1_ps(a[r][k * a_stride]);
        l[k - main] =
            _mm256_fmadd_ps(x, Load8<T>(b, k * b_stride + 8 * g), l[k - main]);
      }
    }
  }
}

template <ElementType T>
HF2HLO_AVX2 void Avx2Columns(const float* const* a, int rows, int64_t a_stride, const void* b,
                             int64_t b_stride, int64_t depth, int groups, float* out,
                             int64_t out_stride) {
  constexpr int64_t kSize = StoredBytes(T);
  alignas(32) __m256 total[kColumnRows][kColumnGroups][kLanes];
  alignas(32) __m256 part[kColumnRows][kColumnGroups][kLanes];
  Avx2ColumnsPartial<T>(a, rows, a_stride, b, b_stride, std::min(depth, kColumnSpan), groups,
                        total);
  for (int64_t k0 = kColumnSpan; k0 < depth; k0 += kColumnSpan) {
    const float* x[kColumnRows];
    for (int r = 0; r < rows; ++r) x[r] = a[r] + k0 * a_stride;
    Avx2ColumnsPartial<T>(x, rows, a_stride, static_cast<const uint8_t*>(b) + k0 * b_stride * kSize,
                          b_stride, std::min(depth - k0, kColumnSpan), groups, part);
    for (int r = 0; r < rows; ++r)
      for (int g = 0; g < groups; ++g)
        for (int j = 0; j < kLanes; ++j)
          total[r][g][j] = _mm256_add_ps(total[r][g][j], part[r][g][j]);
  }
  for (int r = 0; r < rows; ++r) {
    for (int g = 0; g < groups; ++g) {
      const __m256* l = total[r][g];
      const __m256 sum =
          _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(l[0], l[4]), _mm256_add_ps(l[2], l[6])),
                        _mm256_add_ps(_mm256_add_ps(l[1], l[5]), _mm256_add_ps(l[3], l[7])));
      _mm256_storeu_ps(out + r * out_stride + 8 * g, sum);
    }
  }
}

// DotColumnsSpan: every (head, row, group) keeps 8 lane vectors in `lanes`
// (L1 for a span); each position's heads are read once, in memory order.
template <ElementType T>
HF2HLO_AVX2 void Avx2ColumnsSpan(const float* const* a, int heads, int rows, int64_t a_stride,
                                 const void* b, int64_t b_stride, int64_t head_cols, int groups,
                                 int64_t n, float* lanes) {
  const int64_t outputs = static_cast<int64_t>(heads) * rows * groups;
  for (int64_t i = 0; i < outputs * kLanes * kLanes; i += kLanes)
    _mm256_storeu_ps(lanes + i, _mm256_setzero_ps());
  for (int64_t k = 0; k < n; ++k) {
    const int64_t l = k % kLanes;
    for (int h = 0; h < heads; ++h) {
      __m256 x[4];
      for (int r = 0; r < rows; ++r) x[r] = _mm256_set1_ps(a[h * rows + r][k * a_stride]);
      const int64_t at = k * b_stride + h * head_cols;
      for (int g = 0; g < groups; ++g) {
        const __m256 v = Load8<T>(b, at + 8 * g);
        for (int r = 0; r < rows; ++r) {
          float* lane = lanes + (((h * rows + r) * kLanes + l) * groups + g) * kLanes;
          _mm256_storeu_ps(lane, _mm256_fmadd_ps(x[r], v, _mm256_loadu_ps(lane)));
        }
      }
    }
  }
}

// DotPositions: the R accumulators of each (position, head) are parked in
// an L1 buffer, 8 positions per output row, and combined 8 at a time.
template <ElementType T, int R>
HF2HLO_AVX2 void Avx2Positions(const float* const* a, int heads, const void* b, int64_t b_stride,
                               int64_t k, int n, float* out, int64_t out_stride) {
  constexpr int64_t kSize = StoredBytes(T);
  alignas(32) __m256 parked[kPositionRows][kLanes];
  const int64_t main = k / kLanes * kLanes;
  for (int c = 0; c < n; ++c) {
    const auto* position = static_cast<const uint8_t*>(b) + c * b_stride * kSize;
    for (int h = 0; h < heads; ++h) {
      const void* w = position + h * k * kSize;
      const float* const* x = a + h * R;
      __m256 acc[R];
      for (int r = 0; r < R; ++r) acc[r] = _mm256_setzero_ps();
      for (int64_t i = 0; i < main; i += kLanes) {
        const __m256 v = Load8<T>(w, i);
        for (int r = 0; r < R; ++r)
          acc[r] = _mm256_fmadd_ps(_mm256_loadu_ps(x[r] + i), v, acc[r]);
      }
      for (int r = 0; r < R; ++r) {
        if (main < k) {
          alignas(32) float lane[kLanes];
          _mm256_store_ps(lane, acc[r]);
          for (int64_t i = main; i < k; ++i)
            lane[i - main] = MulAdd(x[r][i], Widen<T>(w, i), lane[i - main]);
          acc[r] = _mm256_load_ps(lane);
        }
        parked[h * R + r][c] = acc[r];
      }
    }
  }
  for (int o = 0; o < heads * R; ++o) {
    for (int c = n; c < kLanes; ++c) parked[o][c] = parked[o][n - 1];
    alignas(32) float sum[kLanes];
    CombineLanes8(parked[o], sum);
    for (int c = 0; c < n; ++c) out[o * out_stride + c] = sum[c];
  }
}

HF2HLO_AVX2 void Avx2CombineSpans(const float* lanes, int64_t spans, int64_t span_stride,
                                  int64_t rows, int groups, float* out) {
  const int64_t lane_stride = groups * kLanes;
  for (int64_t i = 0; i < rows; ++i) {
    for (int g = 0; g < groups; ++g) {
      const float* first = lanes + i * kLanes * lane_stride + g * kLanes;
      __m256 l[kLanes];
      for (int j = 0; j < kLanes; ++j) l[j] = _mm256_loadu_ps(first + j * lane_stride);
      for (int64_t s = 1; s < spans; ++s) {
        for (int j = 0; j < kLanes; ++j)
          l[j] = _mm256_add_ps(l[j], _mm256_loadu_ps(first + s * span_stride + j * lane_stride));
      }
      const __m256 sum =
          _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(l[0], l[4]), _mm256_add_ps(l[2], l[6])),
                        _mm256_add_ps(_mm256_add_ps(l[1], l[5]), _mm256_add_ps(l[3], l[7])));
      _mm256_storeu_ps(out + i * lane_stride + g * kLanes, sum);
    }
  }
}

// F16C from CPUID (clang's __builtin_cpu_supports does not know it).
bool HasF16c() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  return __get_cpuid(1, &a, &b, &c, &d) != 0 && (c & bit_F16C) != 0;
}

bool CpuHasAvx2() {
  static const bool kHas =
      __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && HasF16c();
  return kHas;
}

bool HasAvx2() { return CpuHasAvx2() && IsaAllowed(DotIsa::kAvx2); }

#define HF2HLO_AVX512 __attribute__((target("avx512f,avx512dq,avx2,fma,f16c")))

// Sixteen stored elements widened exactly to f32.
template <ElementType T>
HF2HLO_AVX512 inline __m512 Load16(const void* p, int64_t i) {
  if constexpr (T == ElementType::kF32) {
    return _mm512_loadu_ps(static_cast<const float*>(p) + i);
  } else {
    const __m256i h =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(static_cast<const uint16_t*>(p) + i));
    if constexpr (T == ElementType::kBF16)
      return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
    else
      return _mm512_cvtph_ps(h);
  }
}

// R rows x the 8 columns of a packed tile. acc[r][q] holds columns 2q and
// 2q + 1, 8 lanes each: a k block of the tile is 64 elements, column c's 8
// at 8c, so one 16-element load feeds two columns, and the row's 8 elements
// are broadcast to both halves.
// `fetch` (nullable): fetch_per_block bytes of it per k block, in order, are
// prefetched into L2 (the next tile, while this one computes). Not L1: the
// register tiles' rows and a widened tile fill it and evict the lines before
// use (M=16 x 1536 x 576 from memory, 2 threads: 53 -> 63 GMAC/s).
template <ElementType T, int R>
HF2HLO_AVX512 void Avx512PackedRows(const float* const* a, const void* tile, int cols, int64_t k,
                                    float* out, int64_t out_stride, const char* fetch,
                                    int64_t fetch_per_block, bool lanes_out) {
  __m512 acc[R][4];
  for (int r = 0; r < R; ++r)
    for (int q = 0; q < 4; ++q) acc[r][q] = _mm512_setzero_ps();
  const int64_t main = k / kLanes * kLanes;
  for (int64_t i = 0; i < main; i += kLanes) {
    const int64_t block = i * kPackCols;  // element offset of this k block
    if (fetch != nullptr) {
      for (int64_t line = 0; line < fetch_per_block; line += 64)
        _mm_prefetch(fetch + i / kLanes * fetch_per_block + line, _MM_HINT_T1);
    }
    __m512 w[4];
    for (int q = 0; q < 4; ++q) w[q] = Load16<T>(tile, block + 16 * q);
    for (int r = 0; r < R; ++r) {
      const __m512 x = _mm512_broadcast_f32x8(_mm256_loadu_ps(a[r] + i));
      for (int q = 0; q < 4; ++q) acc[r][q] = _mm512_fmadd_ps(x, w[q], acc[r][q]);
    }
  }
  if (main < k) {
    // The k mod 8 tail adds to lanes 0 .. k - main - 1, in increasing k.
    for (int r = 0; r < R; ++r) {
      for (int q = 0; q < 4; ++q) {
        alignas(64) float lane[2 * kLanes];
        _mm512_store_ps(lane, acc[r][q]);
        for (int half = 0; half < 2; ++half) {
          for (int64_t i = main; i < k; ++i) {
            float& l = lane[half * kLanes + i - main];
            l = MulAdd(a[r][i], Widen<T>(tile, PackedIndex(2 * q + half, i, k)), l);
          }
        }
        acc[r][q] = _mm512_load_ps(lane);
      }
    }
  }
  if (lanes_out) {
    // Row r's lanes at out + r * out_stride: column 2q's 8, then 2q + 1's.
    for (int r = 0; r < R; ++r)
      for (int q = 0; q < 4; ++q) _mm512_storeu_ps(out + r * out_stride + 16 * q, acc[r][q]);
    return;
  }
  for (int r = 0; r < R; ++r) {
    __m256 v[kLanes];
    for (int q = 0; q < 4; ++q) {
      v[2 * q] = _mm512_castps512_ps256(acc[r][q]);
      v[2 * q + 1] = _mm512_extractf32x8_ps(acc[r][q], 1);
    }
    alignas(32) float sum[kLanes];
    CombineLanes8(v, sum);
    for (int c = 0; c < cols; ++c) out[r * out_stride + c] = sum[c];
  }
}

constexpr int kPanelRows = 6;  // Avx512PackedRows' register tile: 24 accumulators

// The first register tile prefetches `next` (next_bytes), spread over its
// k blocks.
template <ElementType T>
HF2HLO_AVX512 void Avx512Panel(const float* lhs, const int64_t* row_offset, int64_t rows,
                               const void* tile, int cols, int64_t k, float* out,
                               int64_t out_stride, const void* next, int64_t next_bytes,
                               bool lanes_out = false) {
  const int64_t blocks = k / kLanes;
  const int64_t per_block =
      next != nullptr && blocks > 0 ? (next_bytes / blocks + 63) / 64 * 64 : 0;
  for (int64_t r0 = 0; r0 < rows; r0 += kPanelRows) {
    const int nr = static_cast<int>(std::min<int64_t>(kPanelRows, rows - r0));
    const float* x[kPanelRows];
    for (int r = 0; r < nr; ++r) x[r] = lhs + row_offset[r0 + r];
    float* o = out + r0 * out_stride;
    const char* fetch = r0 == 0 && per_block > 0 ? static_cast<const char*>(next) : nullptr;
    switch (nr) {
      case 1:
        Avx512PackedRows<T, 1>(x, tile, cols, k, o, out_stride, fetch, per_block, lanes_out);
        break;
      case 2:
        Avx512PackedRows<T, 2>(x, tile, cols, k, o, out_stride, fetch, per_block, lanes_out);
        break;
      case 3:
        Avx512PackedRows<T, 3>(x, tile, cols, k, o, out_stride, fetch, per_block, lanes_out);
        break;
      case 4:
        Avx512PackedRows<T, 4>(x, tile, cols, k, o, out_stride, fetch, per_block, lanes_out);
        break;
      case 5:
        Avx512PackedRows<T, 5>(x, tile, cols, k, o, out_stride, fetch, per_block, lanes_out);
        break;
      default:
        Avx512PackedRows<T, 6>(x, tile, cols, k, o, out_stride, fetch, per_block, lanes_out);
        break;
    }
  }
}

// n stored elements of a bf16 or f16 tile widened exactly to f32.
HF2HLO_AVX512 void WidenTile(const void* tile, ElementType t, int64_t n, float* out) {
  int64_t i = 0;
  if (t == ElementType::kBF16) {
    for (; i + 16 <= n; i += 16) _mm512_store_ps(out + i, Load16<ElementType::kBF16>(tile, i));
    for (; i < n; ++i) out[i] = Widen<ElementType::kBF16>(tile, i);
  } else {
    for (; i + 16 <= n; i += 16) _mm512_store_ps(out + i, Load16<ElementType::kF16>(tile, i));
    for (; i < n; ++i) out[i] = Widen<ElementType::kF16>(tile, i);
  }
}

bool HasAvx512() {
  static const bool kHas = CpuHasAvx2() && __builtin_cpu_supports("avx512f") &&
                           __builtin_cpu_supports("avx512dq");
  return kHas && IsaAllowed(DotIsa::kAvx512);
}
#undef HF2HLO_AVX512
#undef HF2HLO_AVX2
#else
bool HasAvx2() { return false; }
bool HasAvx512() { return false; }
#endif

}  // namespace

void LimitDotIsa(DotIsa widest) { g_isa_limit.store(static_cast<int>(widest)); }

bool DotKernelsUseAvx2() { return HasAvx2(); }
bool DotKernelsUseAvx512() { return HasAvx512(); }

void DotPackedPanel(const float* lhs, const int64_t* row_offset, int64_t rows, const void* tile,
                    int cols, ElementType b_type, int64_t k, float* out, int64_t out_stride,
                    const void* next_tile) {
  CHECK(cols >= 1 && cols <= kPackCols, "DotPackedPanel: ", cols, " columns");
#if defined(__x86_64__)
  // One row is a matrix-vector product, bound by memory: the AVX2 tile
  // streams it as well and keeps B = 1 decode on one path on every machine.
  if (HasAvx512() && rows >= 2) {
    const int64_t tile_bytes = PackedTileElements(k) * StoredBytes(b_type);
    // A tile read by several register tiles is widened to f32 once (exact,
    // same layout) instead of once per register tile.
    constexpr int64_t kMaxWidened = kPackCols * 4096;
    if (b_type != ElementType::kF32 && rows > kPanelRows && PackedTileElements(k) <= kMaxWidened) {
      alignas(64) float widened[kMaxWidened];
      WidenTile(tile, b_type, PackedTileElements(k), widened);
      return Avx512Panel<ElementType::kF32>(lhs, row_offset, rows, widened, cols, k, out,
                                            out_stride, next_tile, tile_bytes);
    }
    return ByType(b_type, "DotPackedPanel", [&]<ElementType T>() {
      Avx512Panel<T>(lhs, row_offset, rows, tile, cols, k, out, out_stride, next_tile, tile_bytes);
    });
  }
#endif
  for (int64_t r0 = 0; r0 < rows; r0 += 4) {
    const int nr = static_cast<int>(std::min<int64_t>(4, rows - r0));
    const float* x[4];
    for (int r = 0; r < nr; ++r) x[r] = lhs + row_offset[r0 + r];
    DotPackedTile(x, nr, tile, 0, cols, b_type, k, out + r0 * out_stride, out_stride);
  }
}

void DotPackedPanelLanesPortable(const float* lhs, const int64_t* row_offset, int64_t rows,
                                 const void* tile, ElementType b_type, int64_t k, float* lanes) {
  ByType(b_type, "DotPackedPanelLanes", [&]<ElementType T>() {
    for (int64_t r = 0; r < rows; ++r) {
      const float* x = lhs + row_offset[r];
      for (int c = 0; c < kPackCols; ++c) {
        float* lane = lanes + r * kPanelLanes + c * kLanes;
        for (int l = 0; l < kLanes; ++l) lane[l] = 0.0f;
        for (int64_t i = 0; i < k; ++i)
          lane[i % kLanes] = MulAdd(x[i], Widen<T>(tile, PackedIndex(c, i, k)), lane[i % kLanes]);
      }
    }
  });
}

void DotPackedPanelLanes(const float* lhs, const int64_t* row_offset, int64_t rows,
                         const void* tile, ElementType b_type, int64_t k, float* lanes) {
#if defined(__x86_64__)
  if (HasAvx512()) {
    return ByType(b_type, "DotPackedPanelLanes", [&]<ElementType T>() {
      Avx512Panel<T>(lhs, row_offset, rows, tile, kPackCols, k, lanes, kPanelLanes, nullptr, 0,
                     /*lanes_out=*/true);
    });
  }
#endif
  DotPackedPanelLanesPortable(lhs, row_offset, rows, tile, b_type, k, lanes);
}

void PackStridedColumns(const void* b, ElementType b_type, int64_t first, int64_t stride, int cols,
                        int64_t n, float* tile) {
  ByType(b_type, "PackStridedColumns", [&]<ElementType T>() {
    for (int64_t i = 0; i < n; ++i) {
      const int64_t at = first + i * stride;
      for (int c = 0; c < kPackCols; ++c)
        tile[PackedIndex(c, i, n)] = c < cols ? Widen<T>(b, at + c) : 0.0f;
    }
  });
}

void PackTiles(const void* src, ElementType b_type, const int64_t* col_offset, int64_t cols,
               int64_t k, void* dst) {
  const int64_t size = StoredBytes(b_type);
  const int64_t k8 = k / kLanes * kLanes, tail = k - k8;
  const auto* s = static_cast<const uint8_t*>(src);
  auto* d = static_cast<uint8_t*>(dst);
  const int64_t tiles = (cols + kPackCols - 1) / kPackCols;
  for (int64_t t = 0; t < tiles; ++t) {
    uint8_t* tile = d + t * PackedTileElements(k) * size;
    for (int c = 0; c < kPackCols; ++c) {
      const int64_t j = t * kPackCols + c;
      const uint8_t* col = j < cols ? s + col_offset[j] * size : nullptr;
      for (int64_t i = 0; i < k8; i += kLanes) {
        uint8_t* to = tile + PackedIndex(c, i, k) * size;
        if (col)
          std::memcpy(to, col + i * size, static_cast<size_t>(kLanes * size));
        else
          std::memset(to, 0, static_cast<size_t>(kLanes * size));
      }
      if (tail > 0) {
        uint8_t* to = tile + PackedIndex(c, k8, k) * size;
        if (col)
          std::memcpy(to, col + k8 * size, static_cast<size_t>(tail * size));
        else
          std::memset(to, 0, static_cast<size_t>(tail * size));
      }
    }
  }
}

void DotColumns8(const float* a, const int64_t* a_k, const void* b, ElementType b_type,
                 const int64_t* b_k, int64_t depth, float* out) {
#if defined(__x86_64__)
  if (HasAvx2()) {
    return ByType(b_type, "DotColumns8", [&]<ElementType T>() {
      Avx2Columns8<T>(a, a_k, b, b_k, depth, out);
    });
  }
#endif
  DotColumns8Portable(a, a_k, b, b_type, b_k, depth, out);
}

void DotColumns(const float* const* a, int rows, int64_t a_stride, const void* b,
                ElementType b_type, int64_t b_stride, int64_t depth, int groups, float* out,
                int64_t out_stride) {
  CHECK(rows >= 1 && rows <= kColumnRows && groups >= 1 && groups <= kColumnGroups,
        "DotColumns: ", rows, " rows, ", groups, " groups");
#if defined(__x86_64__)
  if (HasAvx2()) {
    return ByType(b_type, "DotColumns", [&]<ElementType T>() {
      Avx2Columns<T>(a, rows, a_stride, b, b_stride, depth, groups, out, out_stride);
    });
  }
#endif
  ByType(b_type, "DotColumns", [&]<ElementType T>() {
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < 8 * groups; ++c) {
        out[r * out_stride + c] =
            SpanContract(depth, [&](int64_t k) { return a[r][k * a_stride]; },
                         [&](int64_t k) { return Widen<T>(b, k * b_stride + c); });
      }
    }
  });
}

void DotPositions(const float* const* a, int heads, int rows, const void* b, ElementType b_type,
                  int64_t b_stride, int64_t k, int n, float* out, int64_t out_stride) {
  CHECK(rows >= 1 && rows <= 4 && heads >= 1 && heads * rows <= kPositionRows && n >= 1 &&
            n <= kLanes,
        "DotPositions: ", heads, " heads of ", rows, " rows, ", n, " positions");
#if defined(__x86_64__)
  if (HasAvx2()) {
    return ByType(b_type, "DotPositions", [&]<ElementType T>() {
      switch (rows) {
        case 1:
          return Avx2Positions<T, 1>(a, heads, b, b_stride, k, n, out, out_stride);
        case 2:
          return Avx2Positions<T, 2>(a, heads, b, b_stride, k, n, out, out_stride);
        case 3:
          return Avx2Positions<T, 3>(a, heads, b, b_stride, k, n, out, out_stride);
        default:
          return Avx2Positions<T, 4>(a, heads, b, b_stride, k, n, out, out_stride);
      }
    });
  }
#endif
  const int64_t size = StoredBytes(b_type);
  for (int h = 0; h < heads; ++h) {
    const void* cols[kLanes];
    for (int c = 0; c < n; ++c)
      cols[c] = static_cast<const uint8_t*>(b) + (c * b_stride + h * k) * size;
    DotTilePortable(a + h * rows, rows, cols, n, b_type, k, out + h * rows * out_stride,
                    out_stride);
  }
}

void DotColumnsSpanPortable(const float* const* a, int heads, int rows, int64_t a_stride,
                            const void* b, ElementType b_type, int64_t b_stride, int64_t head_cols,
                            int groups, int64_t n, float* lanes) {
  ByType(b_type, "DotColumnsSpan", [&]<ElementType T>() {
    for (int h = 0; h < heads; ++h) {
      for (int r = 0; r < rows; ++r) {
        for (int g = 0; g < groups; ++g) {
          // Lane l of this row and group at out + l * groups * 8.
          float* out = lanes + (h * rows + r) * kLanes * groups * kLanes + g * kLanes;
          for (int l = 0; l < kLanes; ++l)
            for (int c = 0; c < kLanes; ++c) out[l * groups * kLanes + c] = 0.0f;
          for (int64_t k = 0; k < n; ++k) {
            for (int c = 0; c < kLanes; ++c) {
              float& l = out[k % kLanes * groups * kLanes + c];
              l = MulAdd(a[h * rows + r][k * a_stride],
                         Widen<T>(b, k * b_stride + h * head_cols + 8 * g + c), l);
            }
          }
        }
      }
    }
  });
}

void DotColumnsSpan(const float* const* a, int heads, int rows, int64_t a_stride, const void* b,
                    ElementType b_type, int64_t b_stride, int64_t head_cols, int groups, int64_t n,
                    float* lanes) {
  CHECK(rows >= 1 && rows <= 4 && heads >= 1 && heads * rows <= kPositionRows && n >= 1 &&
            n <= kColumnSpan,
        "DotColumnsSpan: ", heads, " heads of ", rows, " rows, ", n, " positions");
#if defined(__x86_64__)
  if (HasAvx2()) {
    return ByType(b_type, "DotColumnsSpan", [&]<ElementType T>() {
      Avx2ColumnsSpan<T>(a, heads, rows, a_stride, b, b_stride, head_cols, groups, n, lanes);
    });
  }
#endif
  DotColumnsSpanPortable(a, heads, rows, a_stride, b, b_type, b_stride, head_cols, groups, n,
                         lanes);
}

void CombineColumnSpans(const float* lanes, int64_t spans, int64_t span_stride, int64_t rows,
                        int groups, float* out) {
#if defined(__x86_64__)
  if (HasAvx2()) return Avx2CombineSpans(lanes, spans, span_stride, rows, groups, out);
#endif
  const int64_t lane_stride = groups * kLanes;
  for (int64_t i = 0; i < rows; ++i) {
    for (int64_t c = 0; c < lane_stride; ++c) {
      float lane[kLanes];
      for (int l = 0; l < kLanes; ++l) {
        const float* first = lanes + (i * kLanes + l) * lane_stride + c;
        lane[l] = first[0];
        for (int64_t s = 1; s < spans; ++s) lane[l] = lane[l] + first[s * span_stride];
      }
      out[i * lane_stride + c] = LaneTree(lane);
    }
  }
}

void DotColumns8Portable(const float* a, const int64_t* a_k, const void* b, ElementType b_type,
                         const int64_t* b_k, int64_t depth, float* out) {
  ByType(b_type, "DotColumns8", [&]<ElementType T>() {
    PortableColumns8<T>(a, a_k, b, b_k, depth, out);
  });
}

void DotTilePortable(const float* const* a, int rows, const void* const* b, int cols,
                     ElementType b_type, int64_t k, float* out, int64_t out_stride) {
  ByType(b_type, "DotTile", [&]<ElementType T>() {
    PortableRowMajor<T>(a, rows, b, cols, k, out, out_stride);
  });
}

void DotTile(const float* const* a, int rows, const void* const* b, int cols, ElementType b_type,
             int64_t k, float* out, int64_t out_stride) {
#if defined(__x86_64__)
  if (HasAvx2()) {
    return ByType(b_type, "DotTile", [&]<ElementType T>() {
      Avx2<T>(a, rows, b, nullptr, 0, cols, k, out, out_stride);
    });
  }
#endif
  DotTilePortable(a, rows, b, cols, b_type, k, out, out_stride);
}

void DotPackedTilePortable(const float* const* a, int rows, const void* tile, int col0, int cols,
                           ElementType b_type, int64_t k, float* out, int64_t out_stride) {
  ByType(b_type, "DotPackedTile", [&]<ElementType T>() {
    PortablePacked<T>(a, rows, tile, col0, cols, k, out, out_stride);
  });
}

void DotPackedTile(const float* const* a, int rows, const void* tile, int col0, int cols,
                   ElementType b_type, int64_t k, float* out, int64_t out_stride) {
#if defined(__x86_64__)
  if (HasAvx2()) {
    return ByType(b_type, "DotPackedTile", [&]<ElementType T>() {
      Avx2<T>(a, rows, nullptr, tile, col0, cols, k, out, out_stride);
    });
  }
#endif
  DotPackedTilePortable(a, rows, tile, col0, cols, b_type, k, out, out_stride);
}

}  // namespace hf2hlo::exec
