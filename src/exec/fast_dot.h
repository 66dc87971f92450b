// Fast dot_general: strided batched matrix products with the operand dtype
// conversion fused in (f32, bf16 or f16 operands widened to f32 in registers,
// f32 accumulation). Internal to src/exec.
//
// Batch- and thread-invariant: each output element is one dot product whose
// accumulation order depends only on the contracting length K, never on the
// batch size, the other operand rows or the thread split.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "base/base.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec {

// dot_general canonicalised as out[b, i, j] = sum_k lhs[b, i, k] * rhs[b, j, k]
// with element offsets precomputed at plan time.
struct DotPlan {
  hlo::ElementType lhs_type = hlo::ElementType::kF32;  // as read (a fused convert's source)
  hlo::ElementType rhs_type = hlo::ElementType::kF32;
  int64_t batch = 1, rows = 1, cols = 1, depth = 1;  // B, I, J, K
  std::vector<int64_t> lhs_row;                      // [B * I] element offset of lhs row (b, i)
  std::vector<int64_t> rhs_row;                      // [B * J]
  // [K] element offsets along the contraction; empty when contiguous_k.
  std::vector<int64_t> lhs_k;
  std::vector<int64_t> rhs_k;  // [K], likewise
  bool contiguous_k = false;                         // lhs_k and rhs_k are both 0, 1, ..., K-1
  bool rhs_cols_adjacent = false;                    // rhs_row[b * J + j] == rhs_row[b * J] + j
  // lhs_k[k] == k * lhs_k_stride and rhs_k[k] == k * rhs_k_stride for every k
  bool k_affine = false;
  int64_t lhs_k_stride = 0, rhs_k_stride = 0;
  // rhs_row[b * J + j] == rhs_row[b * J] + j * rhs_col_stride for every b, j
  bool rhs_cols_affine = false;
  int64_t rhs_col_stride = 0;
  // Batches come in groups of this many whose rhs rows at one column follow
  // each other in memory (rhs_row[(b + 1) * J + j] == rhs_row[b * J + j] + K
  // within a group when K is contiguous, + J otherwise): the KV heads of one
  // cache position. At most kPositionRows / rows (dot_tiles.h); 1 when there
  // is no such grouping.
  int64_t head_group = 1;

  bool operator==(const DotPlan&) const = default;
};

// One shared copy of each distinct plan in the process: the read-window and
// batch variants of a model's programs plan the same weight dots, and a
// plan's offset tables ([B * J] and [B * I]) are 7-8 MB a decode program.
// Thread-safe; a plan lives while a program holds it.
std::shared_ptr<const DotPlan> ShareDotPlan(DotPlan plan);

// True when the fast kernel handles this dot_general: f32 result, lhs read
// as f32, rhs as f32/bf16/f16. (A bf16 lhs runs only where the planner
// finds a bf16-matmul program's rounded rows: RunDot's bf16 x bf16 form.)
bool FastDotSupported(hlo::ElementType lhs, hlo::ElementType rhs, hlo::ElementType result);

// Where a dot operand's elements live when it is a unit-stride slice read in
// place: element i of the operand is at base + sum_d i[d] * strides[d] of the
// slice's source buffer.
struct StridedView {
  std::vector<int64_t> strides;
  int64_t base = 0;
};

// Builds the plan of `op` (a verified dot_general) reading operands of the
// given types and shapes (the shapes of the dot's own operands). With
// `rhs_view`, rhs is read through that view of another buffer.
DotPlan MakeDotPlan(const hlo::Op& op, const hlo::TensorType& lhs, const hlo::TensorType& rhs,
                    hlo::ElementType lhs_read, hlo::ElementType rhs_read,
                    const StridedView* rhs_view = nullptr);

// Floats of scratch memory RunDot can use for this plan (the lane partials
// of position spans, dot_tiles.h), 0 when it has no use for any.
int64_t DotScratchFloats(const DotPlan& plan);

// Runs the plan: out is f32 [B, I, J] row-major. Allocates nothing. With
// DotScratchFloats(plan) floats at `scratch`, strided contractions over the
// heads of a cache (decode probs x V) split their positions between threads;
// the results are the same bits without it.
void RunDot(const DotPlan& plan, const void* lhs, const void* rhs, float* out, ThreadPool& pool,
            float* scratch = nullptr);

// Packed rhs (dot_tiles.h, PackTiles): plans with one batch and contiguous K
// can read their rhs from a copy packed in tiles of 8 columns, each tile one
// contiguous stream. Results are bit-identical to RunDot on the original.
bool RhsPackable(const DotPlan& plan);
// Bytes of the packed copy: ceil(J / 8) tiles of 8 * K stored elements.
int64_t PackedRhsBytes(const DotPlan& plan);
// Writes the packed copy of `rhs` (as RunDot reads it) to dst.
void PackRhs(const DotPlan& plan, const void* rhs, void* dst);
// RunDot reading the rhs from its packed copy. Allocates nothing.
void RunDotPacked(const DotPlan& plan, const void* lhs, const void* packed_rhs, float* out,
                  ThreadPool& pool);

// The single dot product kernel, exposed for tests: sum_k a[k] * b[k] over
// contiguous vectors of the given element types (f32, bf16 or f16).
float DotContiguous(const void* a, hlo::ElementType a_type, const void* b, hlo::ElementType b_type,
                    int64_t n);

}  // namespace hf2hlo::exec
