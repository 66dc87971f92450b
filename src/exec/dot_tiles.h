// Register-tiled dot-product kernels behind a run-time CPU-feature dispatch.
// Internal to src/exec.
//
// Numerics contract (shared by every ISA path, so results are bit-identical
// across tile shapes, thread splits and machines): an output element is
//   lane[l] = sum over k = l (mod 8), in increasing k, of a[k] * b[k]
// with separate multiply and add (no FMA), then
//   ((lane0 + lane4) + (lane2 + lane6)) + ((lane1 + lane5) + (lane3 + lane7)).
#pragma once

#include <cstdint>

#include "hlo/hlo.h"

namespace hf2hlo::exec {

// out[r * out_stride + c] = dot(a[r], b[c]) for r < rows (<= 4), c < cols
// (<= 8), each vector contiguous of length k. a is f32; b is f32, bf16 or f16.
void DotTile(const float* const* a, int rows, const void* const* b, int cols,
             hlo::ElementType b_type, int64_t k, float* out, int64_t out_stride);

// The same contract through the portable path only (for tests).
void DotTilePortable(const float* const* a, int rows, const void* const* b, int cols,
                     hlo::ElementType b_type, int64_t k, float* out, int64_t out_stride);

// Eight adjacent output columns of a strided contraction under the same
// contract: out[c] = dot over k of a[a_k[k]] and b[b_k[k] + c], c < 8. Used
// when the contraction is not the innermost axis but the columns are (e.g.
// probs x V over the key axis). a is f32; b is f32, bf16 or f16.
void DotColumns8(const float* a, const int64_t* a_k, const void* b, hlo::ElementType b_type,
                 const int64_t* b_k, int64_t depth, float* out);

}  // namespace hf2hlo::exec
