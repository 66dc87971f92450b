// Fused softmax over the last axis, the step the planner makes of
//   m = reduce(x, init_max, maximum)  e = exp(x - broadcast(m))
//   s = reduce(e, init_sum, add)      y = e / broadcast(s)
// when nothing else reads the intermediates. Internal to src/exec.
//
// Bit-identical to the reference kernels op by op: the sum runs in the
// reference reduce's order (init, then the row's elements one at a time),
// exp is the reference's ExpF32 (kernels.h), and the maximum differs from the reference
// fold at most in the sign of a zero maximum, which no e = exp(x - m) can
// see. Rows holding a NaN take the reference fold exactly.
#pragma once

#include <cstdint>

#include "base/base.h"

namespace hf2hlo::exec {

// y[r, i] for r < rows, i < n (row-major, contiguous rows). Rows are shared
// between the pool's threads when there is enough work. Allocates nothing.
void SoftmaxRows(const float* x, float init_max, float init_sum, int64_t rows, int64_t n,
                 float* y, ThreadPool& pool);

// The same, every element through the reference's scalar operations in
// order (for tests).
void SoftmaxRowsReference(const float* x, float init_max, float init_sum, int64_t rows, int64_t n,
                          float* y);

}  // namespace hf2hlo::exec
