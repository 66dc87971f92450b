#include "exec/dot_tiles.h"

#include <cpuid.h>

#include <algorithm>
#include <atomic>
#include <cstring>

#include "base/base.h"
#include "exec/dot_isa.h"

namespace hf2hlo::exec {
namespace {

using namespace dot_detail;

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

std::atomic<int> g_isa_limit{static_cast<int>(DotIsa::kAvx512Bf16)};

bool IsaAllowed(DotIsa isa) { return DotIsaAllowed(isa); }

#if defined(__x86_64__)
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

bool HasAvx512() {
  static const bool kHas = CpuHasAvx2() && __builtin_cpu_supports("avx512f") &&
                           __builtin_cpu_supports("avx512dq");
  return kHas && IsaAllowed(DotIsa::kAvx512);
}
#else
bool HasAvx2() { return false; }
bool HasAvx512() { return false; }
#endif

}  // namespace

namespace dot_detail {
bool DotIsaAllowed(DotIsa isa) {
  return g_isa_limit.load(std::memory_order_relaxed) >= static_cast<int>(isa);
}
}  // namespace dot_detail

void LimitDotIsa(DotIsa widest) { g_isa_limit.store(static_cast<int>(widest)); }

bool DotKernelsUseAvx2() { return HasAvx2(); }
bool DotKernelsUseAvx512() { return HasAvx512(); }

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
