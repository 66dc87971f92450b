// bf16 x bf16 products of packed tiles (dot_tiles.h: DotPackedPanelBf16):
// the AVX512-BF16 panel (vdpbf16ps) and the portable form of its contract.
#include <algorithm>
#include <cmath>

#include "base/base.h"
#include "exec/dot_isa.h"
#include "exec/dot_tiles.h"

namespace hf2hlo::exec {
namespace {

using namespace dot_detail;

// Subnormal f32 values read as zero of the same sign (the contract's D).
inline float FlushSubnormal(float x) {
  return std::fpclassify(x) == FP_SUBNORMAL ? std::copysign(0.0f, x) : x;
}

// One step of the pair contract: D(fma(D(a), D(b), D(acc))).
inline float PairStep(uint16_t a, uint16_t b, float acc) {
  return FlushSubnormal(std::fma(FlushSubnormal(BF16ToF32(a)), FlushSubnormal(BF16ToF32(b)),
                                 FlushSubnormal(acc)));
}

// Element i of column c of a packed bf16 tile of depth k.
inline uint16_t TileAt(const void* tile, int c, int64_t i, int64_t k) {
  return static_cast<const uint16_t*>(tile)[PackedIndex(c, i, k)];
}

// The contract's steps for positions [from, k) (from a multiple of 8) of
// the row x against the column whose element i is rhs(i), continuing lanes
// l[0..3]: blocks of 8, lane p taking its pair's odd element first; past the
// last whole block the same pairs, a missing odd element skipped.
template <typename Rhs>
void PairSteps(const uint16_t* x, Rhs rhs, int64_t from, int64_t k, float* l) {
  for (int64_t i = from; i < k; i += kLanes) {
    for (int p = 0; p < 4; ++p) {
      const int64_t even = i + 2 * p, odd = even + 1;
      if (odd < k) l[p] = PairStep(x[odd], rhs(odd), l[p]);
      if (even < k) l[p] = PairStep(x[even], rhs(even), l[p]);
    }
  }
}

// Column c of a packed tile as PairSteps reads it.
auto TileColumn(const void* tile, int c, int64_t k) {
  return [=](int64_t i) { return TileAt(tile, c, i, k); };
}

inline float PairTree(const float* l) { return (l[0] + l[2]) + (l[1] + l[3]); }

#if defined(__x86_64__)
#define HF2HLO_AVX512_BF16 __attribute__((target("avx512f,avx512bf16,avx512dq,avx2,fma")))

// R rows x the 8 columns of a packed bf16 tile. A k block of the tile is 64
// elements, column c's 8 at 8c, so one 32-element load holds columns 4q ..
// 4q + 3 and its lane j is column 4q + j / 4, pair j % 4; the row's 8
// elements are broadcast to the four 128-bit quarters. vdpbf16ps adds a
// lane's odd product, then its even one, each rounded to nearest even, with
// subnormal inputs and results flushed: the contract's two steps exactly.
template <int R>
HF2HLO_AVX512_BF16 void Bf16Rows(const uint16_t* const* a, const void* tile, int cols, int64_t k,
                                 float* out, int64_t out_stride, const char* fetch,
                                 int64_t fetch_per_block) {
  __m512 acc[R][2];
  for (int r = 0; r < R; ++r) acc[r][0] = acc[r][1] = _mm512_setzero_ps();
  const auto* w = static_cast<const uint16_t*>(tile);
  const int64_t main = k / kLanes * kLanes;
  for (int64_t i = 0; i < main; i += kLanes) {
    if (fetch != nullptr) {
      for (int64_t line = 0; line < fetch_per_block; line += 64)
        _mm_prefetch(fetch + i / kLanes * fetch_per_block + line, _MM_HINT_T1);
    }
    const __m512bh w0 = (__m512bh)_mm512_loadu_si512(w + i * kPackCols);
    const __m512bh w1 = (__m512bh)_mm512_loadu_si512(w + i * kPackCols + 32);
    for (int r = 0; r < R; ++r) {
      const __m512bh x = (__m512bh)_mm512_broadcast_i32x4(
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(a[r] + i)));
      acc[r][0] = _mm512_dpbf16_ps(acc[r][0], x, w0);
      acc[r][1] = _mm512_dpbf16_ps(acc[r][1], x, w1);
    }
  }
  for (int r = 0; r < R; ++r) {
    alignas(64) float lanes[32];  // column c's lanes at 4c
    _mm512_store_ps(lanes, acc[r][0]);
    _mm512_store_ps(lanes + 16, acc[r][1]);
    for (int c = 0; c < cols; ++c) {
      float* l = lanes + 4 * c;
      if (main < k) PairSteps(a[r], TileColumn(tile, c, k), main, k, l);
      out[r * out_stride + c] = PairTree(l);
    }
  }
}

constexpr int kBf16PanelRows = 12;  // Bf16Rows' register tile: 24 accumulators

HF2HLO_AVX512_BF16 void Bf16Panel(const uint16_t* lhs, const int64_t* row_offset, int64_t rows,
                                  const void* tile, int cols, int64_t k, float* out,
                                  int64_t out_stride, const void* next) {
  const int64_t blocks = k / kLanes;
  const int64_t next_bytes = PackedTileElements(k) * 2;
  const int64_t per_block =
      next != nullptr && blocks > 0 ? (next_bytes / blocks + 63) / 64 * 64 : 0;
  static constexpr void (*kRegisterTiles[kBf16PanelRows])(
      const uint16_t* const*, const void*, int, int64_t, float*, int64_t, const char*, int64_t) = {
      Bf16Rows<1>, Bf16Rows<2>, Bf16Rows<3>, Bf16Rows<4>,  Bf16Rows<5>,  Bf16Rows<6>,
      Bf16Rows<7>, Bf16Rows<8>, Bf16Rows<9>, Bf16Rows<10>, Bf16Rows<11>, Bf16Rows<12>};
  for (int64_t r0 = 0; r0 < rows; r0 += kBf16PanelRows) {
    const int nr = static_cast<int>(std::min<int64_t>(kBf16PanelRows, rows - r0));
    const uint16_t* x[kBf16PanelRows];
    for (int r = 0; r < nr; ++r) x[r] = lhs + row_offset[r0 + r];
    const char* fetch = r0 == 0 && per_block > 0 ? static_cast<const char*>(next) : nullptr;
    kRegisterTiles[nr - 1](x, tile, cols, k, out + r0 * out_stride, out_stride, fetch, per_block);
  }
}

bool CpuHasAvx512Bf16() {
  static const bool kHas = __builtin_cpu_supports("avx512f") &&
                           __builtin_cpu_supports("avx512dq") &&
                           __builtin_cpu_supports("avx512bf16");
  return kHas;
}
#endif

}  // namespace

bool DotKernelsUseAvx512Bf16() {
#if defined(__x86_64__)
  return CpuHasAvx512Bf16() && dot_detail::DotIsaAllowed(DotIsa::kAvx512Bf16);
#else
  return false;
#endif
}

void DotPackedPanelBf16Portable(const uint16_t* lhs, const int64_t* row_offset, int64_t rows,
                                const void* tile, int cols, int64_t k, float* out,
                                int64_t out_stride) {
  for (int64_t r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      float l[4] = {0.0f, 0.0f, 0.0f, 0.0f};
      PairSteps(lhs + row_offset[r], TileColumn(tile, c, k), 0, k, l);
      out[r * out_stride + c] = PairTree(l);
    }
  }
}

void DotPackedPanelBf16(const uint16_t* lhs, const int64_t* row_offset, int64_t rows,
                        const void* tile, int cols, int64_t k, float* out, int64_t out_stride,
                        const void* next_tile) {
  CHECK(cols >= 1 && cols <= kPackCols, "DotPackedPanelBf16: ", cols, " columns");
#if defined(__x86_64__)
  if (DotKernelsUseAvx512Bf16())
    return Bf16Panel(lhs, row_offset, rows, tile, cols, k, out, out_stride, next_tile);
#endif
  DotPackedPanelBf16Portable(lhs, row_offset, rows, tile, cols, k, out, out_stride);
}

float DotBf16Contiguous(const uint16_t* a, const uint16_t* b, int64_t k) {
  float l[4] = {0.0f, 0.0f, 0.0f, 0.0f};
  PairSteps(a, [=](int64_t i) { return b[i]; }, 0, k, l);
  return PairTree(l);
}

}  // namespace hf2hlo::exec
