// Register-tiled dot-product kernels behind a run-time CPU-feature dispatch.
// Internal to src/exec.
//
// Numerics contract (shared by every ISA path, so results are bit-identical
// across tile shapes, thread splits, weight layouts and machines): an output
// element is
//   lane[l] = fma(a[k], b[k], lane[l]) for k = l (mod 8), in increasing k,
// from lane[l] = +0: each product added with a single rounding (a fused
// multiply-add, std::fma in the portable path), then
//   ((lane0 + lane4) + (lane2 + lane6)) + ((lane1 + lane5) + (lane3 + lane7)).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "hlo/hlo.h"

namespace hf2hlo::exec {

// One step of the contract: acc + a * b with a single rounding.
inline float MulAdd(float a, float b, float acc) { return std::fma(a, b, acc); }

// The contract's final tree over 8 lanes.
inline float LaneTree(const float* l) {
  return ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]));
}

// out[r * out_stride + c] = dot(a[r], b[c]) for r < rows (<= 4), c < cols
// (<= 8), each vector contiguous of length k. a is f32; b is f32, bf16 or f16.
void DotTile(const float* const* a, int rows, const void* const* b, int cols,
             hlo::ElementType b_type, int64_t k, float* out, int64_t out_stride);

// The same contract through the portable path only (for tests).
void DotTilePortable(const float* const* a, int rows, const void* const* b, int cols,
                     hlo::ElementType b_type, int64_t k, float* out, int64_t out_stride);

// Packed weight tiles: the rhs columns (weight rows) of a contiguous-K dot,
// grouped kPackCols at a time so that a 1 x kPackCols tile reads one
// contiguous stream in the order it consumes it. With K8 = k - k % 8, tile t
// (columns 8t .. 8t + 7, PackedTileElements(k) elements of the stored dtype)
// holds
//   element (c, i), i < K8:  at (i / 8 * 8 + c) * 8 + i % 8
//   element (c, i), i >= K8: at 8 * K8 + c * (k - K8) + (i - K8)
// Columns past the last real one are zero.
constexpr int kPackCols = 8;
constexpr int64_t PackedTileElements(int64_t k) { return kPackCols * k; }

// Writes ceil(cols / 8) packed tiles to dst: column j is the k elements of
// type b_type at src + col_offset[j] elements.
void PackTiles(const void* src, hlo::ElementType b_type, const int64_t* col_offset, int64_t cols,
               int64_t k, void* dst);

// out[r * out_stride + c] = dot(a[r], column col0 + c of the packed `tile`)
// for r < rows (<= 4), c < cols, col0 + cols <= 8. a is contiguous f32.
void DotPackedTile(const float* const* a, int rows, const void* tile, int col0, int cols,
                   hlo::ElementType b_type, int64_t k, float* out, int64_t out_stride);

// The same contract through the portable path only (for tests).
void DotPackedTilePortable(const float* const* a, int rows, const void* tile, int col0, int cols,
                           hlo::ElementType b_type, int64_t k, float* out, int64_t out_stride);

// Strided contractions (the column kernels below: the contraction is not
// the innermost axis but the columns are, e.g. probs x V over the key axis)
// cut the positions k into spans of kColumnSpan, so that spans can be
// computed apart (on different threads) and added in a fixed order:
//   P_s[l] = fma(a[k], b[k], P_s[l]) over k in span s, k = l (mod 8), in
//            increasing k, from +0
//   lane[l] = (P_0[l] + P_1[l]) + P_2[l] + ...   (span order; P_0 as is)
// and lane[0..7] combined by the tree above. Up to kColumnSpan positions
// this is the contract of DotTile.
constexpr int64_t kColumnSpan = 256;

// One output of a strided contraction under that contract, element by
// element (the portable form); lhs(k) is a[k], rhs(k) is b[k].
template <typename Lhs, typename Rhs>
float SpanContract(int64_t depth, Lhs lhs, Rhs rhs) {
  float total[8] = {}, part[8] = {};
  for (int64_t k0 = 0; k0 < depth; k0 += kColumnSpan) {
    for (int64_t k = k0; k < std::min(depth, k0 + kColumnSpan); ++k) {
      float& p = part[(k - k0) % 8];
      p = MulAdd(lhs(k), rhs(k), p);
    }
    for (int l = 0; l < 8; ++l) {
      total[l] = k0 == 0 ? part[l] : total[l] + part[l];
      part[l] = 0.0f;
    }
  }
  return LaneTree(total);
}

// Eight adjacent output columns of a strided contraction: out[c] = dot over
// k of a[a_k[k]] and b[b_k[k] + c], c < 8. a is f32; b is f32, bf16 or f16.
void DotColumns8(const float* a, const int64_t* a_k, const void* b, hlo::ElementType b_type,
                 const int64_t* b_k, int64_t depth, float* out);

// The same contract through the portable path only (for tests).
void DotColumns8Portable(const float* a, const int64_t* a_k, const void* b,
                         hlo::ElementType b_type, const int64_t* b_k, int64_t depth, float* out);

// Several rows and groups of 8 adjacent columns of such a contraction, with
// positions equally spaced (a_k[k] = k * a_stride, b_k[k] = k * b_stride):
// out[r * out_stride + 8 * g + c] = dot over k of a[r][k * a_stride] and
// b[k * b_stride + 8 * g + c], for r < rows (<= kColumnRows), g < groups
// (<= kColumnGroups), c < 8. The same values as DotColumns8 per row and
// group; the positions are walked in blocks, so each block of b is read from
// memory once for all rows (the V cache in attention).
constexpr int kColumnRows = 4;
constexpr int kColumnGroups = 2;
void DotColumns(const float* const* a, int rows, int64_t a_stride, const void* b,
                hlo::ElementType b_type, int64_t b_stride, int64_t depth, int groups, float* out,
                int64_t out_stride);

// Up to 8 positions of a cache whose heads are adjacent in memory (decode
// attention scores), read position by position in memory order: out[(h *
// rows + r) * out_stride + c] = dot(a[h * rows + r], b + c * b_stride + h * k)
// for h < heads, r < rows (<= 4), c < n (<= 8), each vector contiguous of
// length k, under DotTile's contract. heads * rows <= kPositionRows. a is f32;
// b is f32, bf16 or f16.
constexpr int kPositionRows = 32;
void DotPositions(const float* const* a, int heads, int rows, const void* b,
                  hlo::ElementType b_type, int64_t b_stride, int64_t k, int n, float* out,
                  int64_t out_stride);

// One span of a strided contraction over heads adjacent in memory (decode
// probs x V), read position by position in memory order: the lane partials
//   lanes[((i * 8 + l) * groups + g) * 8 + c] = P[l],  i = h * rows + r,
// of a[i][k * a_stride] against b[k * b_stride + h * head_cols + 8 * g + c],
// over k < n (<= kColumnSpan), for h < heads, r < rows (<= 4), g < groups,
// c < 8 (the P_s of the contract above, positions counted from the span's
// start): for one row and lane, all its columns side by side. heads * rows
// <= kPositionRows.
void DotColumnsSpan(const float* const* a, int heads, int rows, int64_t a_stride, const void* b,
                    hlo::ElementType b_type, int64_t b_stride, int64_t head_cols, int groups,
                    int64_t n, float* lanes);

// The same through the portable path only (for tests).
void DotColumnsSpanPortable(const float* const* a, int heads, int rows, int64_t a_stride,
                            const void* b, hlo::ElementType b_type, int64_t b_stride,
                            int64_t head_cols, int groups, int64_t n, float* lanes);

// Adds `spans` lane partials of `rows` rows of groups * 8 columns each (span
// s at lanes + s * span_stride, in DotColumnsSpan's layout) in span order and
// combines the lanes: out[i * groups * 8 + 8 * g + c].
void CombineColumnSpans(const float* lanes, int64_t spans, int64_t span_stride, int64_t rows,
                        int groups, float* out);

// Every row of a matrix product against one packed tile (the panel of a
// GEMM): out[r * out_stride + c] = dot(lhs + row_offset[r], column c of
// `tile`) for r < rows, c < cols (<= 8), under DotTile's contract. With
// AVX-512 two columns share a register and 6 rows make one register tile;
// `next_tile` (nullable: the tile the caller runs next, same dtype and k) is
// fetched into cache meanwhile.
void DotPackedPanel(const float* lhs, const int64_t* row_offset, int64_t rows, const void* tile,
                    int cols, hlo::ElementType b_type, int64_t k, float* out, int64_t out_stride,
                    const void* next_tile = nullptr);

// The widest instruction set the dispatch may pick. Tests lower it to run
// every path present on the machine; it defaults to the widest.
// kAvx512Bf16 adds the bf16 x bf16 panel (DotPackedPanelBf16) to kAvx512.
enum class DotIsa : int { kPortable = 0, kAvx2 = 1, kAvx512 = 2, kAvx512Bf16 = 3 };
void LimitDotIsa(DotIsa widest);

// DotPackedPanel's lane partials instead of its outputs (the contract before
// the tree): lanes[r * 64 + c * 8 + l] = lane l of row r and column c of the
// tile, from +0, for r < rows and all 8 columns. The AVX-512 panel where
// DotKernelsUseAvx512(), else the portable form. Strided contractions run it
// span by span and add the spans' lanes in order.
constexpr int64_t kPanelLanes = kPackCols * 8;  // floats of one row's lanes
void DotPackedPanelLanes(const float* lhs, const int64_t* row_offset, int64_t rows,
                         const void* tile, hlo::ElementType b_type, int64_t k, float* lanes);
void DotPackedPanelLanesPortable(const float* lhs, const int64_t* row_offset, int64_t rows,
                                 const void* tile, hlo::ElementType b_type, int64_t k,
                                 float* lanes);

// Packs `cols` (<= 8) adjacent columns of a strided contraction, positions
// [0, n), into one f32 tile of depth n in the packed layout: element (c, i)
// is b[first + i * stride + c] widened exactly; columns past `cols` are zero.
void PackStridedColumns(const void* b, hlo::ElementType b_type, int64_t first, int64_t stride,
                        int cols, int64_t n, float* tile);

// bf16 x bf16 products (weight products whose activations the program
// rounds to bf16, docs/programs.md) under their own contract, the one of
// vdpbf16ps: with D(x) = x when x is not subnormal, else zero of x's sign,
// a column's four lanes start at +0 and, over blocks of 8 positions in
// increasing order, lane p (p < 4) takes its pair's odd element first:
//   l[p] = D(fma(D(a[i+2p+1]), D(b[i+2p+1]), D(l[p])))
//   l[p] = D(fma(D(a[i+2p]),   D(b[i+2p]),   D(l[p])))
// (a k mod 8 tail the same way, a missing odd element skipped), then
//   out = (l[0] + l[2]) + (l[1] + l[3]).
// A bf16 x bf16 product is exact in f32, so each step rounds once.
//
// out[r * out_stride + c] = dot(lhs + row_offset[r], column c of the packed
// bf16 `tile`) for r < rows, c < cols (<= 8); lhs rows are bf16 and
// contiguous. AVX512-BF16 where DotKernelsUseAvx512Bf16(), else the
// portable form. `next_tile` (nullable) is fetched into L2 meanwhile.
void DotPackedPanelBf16(const uint16_t* lhs, const int64_t* row_offset, int64_t rows,
                        const void* tile, int cols, int64_t k, float* out, int64_t out_stride,
                        const void* next_tile = nullptr);
void DotPackedPanelBf16Portable(const uint16_t* lhs, const int64_t* row_offset, int64_t rows,
                                const void* tile, int cols, int64_t k, float* out,
                                int64_t out_stride);
// The same contract over two contiguous bf16 vectors of length k.
float DotBf16Contiguous(const uint16_t* a, const uint16_t* b, int64_t k);
// True when DotPackedPanelBf16 takes its AVX512-BF16 path here.
bool DotKernelsUseAvx512Bf16();

// True when the AVX2 paths run on this machine (else the portable ones).
bool DotKernelsUseAvx2();
// True when DotPackedPanel takes its AVX-512 path here.
bool DotKernelsUseAvx512();

}  // namespace hf2hlo::exec
