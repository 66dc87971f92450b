// Kernel interface of the executor. Internal to src/exec.
#pragma once

#include <cstdint>
#include <span>

#include "hlo/hlo.h"

namespace hf2hlo::exec {

// Dense row-major tensors. `type` outlives the view.
struct ConstView {
  const hlo::TensorType* type = nullptr;
  const void* data = nullptr;
};
struct MutView {
  const hlo::TensorType* type = nullptr;
  void* data = nullptr;
};

// Evaluates `op` with plain reference semantics that follow the StableHLO
// spec, one element at a time. inputs are the op's operands in order, outputs
// its results (pre-allocated). The op has been verified, so shapes are
// consistent. Outputs never alias inputs, except that a dynamic_update_slice
// output may be the operand's own buffer (in place): then only the update
// region is written. An op without a reference kernel (see
// HasReferenceKernel) is an internal invariant failure that names the op.
void EvalReference(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> inputs,
                   std::span<const MutView> outputs);

// stablehlo.exponential and stablehlo.logistic (1 / (1 + exp(-x))) on f32 as
// the executor defines them (reference_exp.cc: exp at most 1 ulp from the true
// value, the same bits from the scalar and array forms on every machine).
// The array forms allow y == x.
float ExpF32(float x);
float LogisticF32(float x);
void ExpF32Array(const float* x, float* y, int64_t n);
void LogisticF32Array(const float* x, float* y, int64_t n);

// Whether EvalReference has a kernel for `code`'s category: every op in the
// op table except the terminator.
bool HasReferenceKernel(hlo::OpCode code);

}  // namespace hf2hlo::exec
