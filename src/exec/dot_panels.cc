// The AVX-512 panels of the matrix products (dot_tiles.h: DotPackedPanel,
// DotPackedPanelLanes) and the packing of their tiles.
#include <algorithm>
#include <cstring>

#include "base/base.h"
#include "exec/dot_isa.h"
#include "exec/dot_tiles.h"

namespace hf2hlo::exec {
namespace {

using namespace dot_detail;

#if defined(__x86_64__)
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
  // Avx512PackedRows for 1 .. kPanelRows rows.
  static constexpr void (*kRegisterTiles[kPanelRows])(const float* const*, const void*, int,
                                                       int64_t, float*, int64_t, const char*,
                                                       int64_t, bool) = {
      Avx512PackedRows<T, 1>, Avx512PackedRows<T, 2>, Avx512PackedRows<T, 3>,
      Avx512PackedRows<T, 4>, Avx512PackedRows<T, 5>, Avx512PackedRows<T, 6>};
  for (int64_t r0 = 0; r0 < rows; r0 += kPanelRows) {
    const int nr = static_cast<int>(std::min<int64_t>(kPanelRows, rows - r0));
    const float* x[kPanelRows];
    for (int r = 0; r < nr; ++r) x[r] = lhs + row_offset[r0 + r];
    float* o = out + r0 * out_stride;
    const char* fetch = r0 == 0 && per_block > 0 ? static_cast<const char*>(next) : nullptr;
    kRegisterTiles[nr - 1](x, tile, cols, k, o, out_stride, fetch, per_block, lanes_out);
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
#endif

}  // namespace

void DotPackedPanel(const float* lhs, const int64_t* row_offset, int64_t rows, const void* tile,
                    int cols, ElementType b_type, int64_t k, float* out, int64_t out_stride,
                    const void* next_tile) {
  CHECK(cols >= 1 && cols <= kPackCols, "DotPackedPanel: ", cols, " columns");
#if defined(__x86_64__)
  // One row is a matrix-vector product, bound by memory: the AVX2 tile
  // streams it as well and keeps B = 1 decode on one path on every machine.
  if (DotKernelsUseAvx512() && rows >= 2) {
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
  if (DotKernelsUseAvx512()) {
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

}  // namespace hf2hlo::exec
