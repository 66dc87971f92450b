// Reference kernels: dispatch by the op table's category, one entry point per
// category. Semantics follow the StableHLO spec; where the spec leaves a case
// open, the choice is documented next to the scalar function
// (reference_scalar.h, ConvertScalar in reference_util.h) or the kernel
// (reduce order, dot_general accumulation in reference_dot_reduce.cc).
#include <cstring>

#include "exec/kernels.h"
#include "exec/reference_util.h"

namespace hf2hlo::exec {
namespace {

using Kernel = void (*)(const hlo::Op&, const hlo::Module&, std::span<const ConstView>,
                        std::span<const MutView>);

// Null only for the terminator, which ends a region and is never evaluated.
Kernel CategoryKernel(hlo::OpCategory category) {
  using hlo::OpCategory;
  switch (category) {
    case OpCategory::kUnaryElementwise:
    case OpCategory::kBinaryElementwise:
    case OpCategory::kTernaryElementwise:
    case OpCategory::kCompare:
      return ref::EvalElementwise;
    case OpCategory::kConvert:
      return ref::EvalConvert;
    case OpCategory::kMovement:
      return ref::EvalMovement;
    case OpCategory::kGather:
      return ref::EvalGather;
    case OpCategory::kGenerator:
      return ref::EvalIota;
    case OpCategory::kLiteral:
      return ref::EvalLiteral;
    case OpCategory::kContraction:
      return ref::EvalDotGeneral;
    case OpCategory::kReduction:
      return ref::EvalReduce;
    case OpCategory::kTerminator:
      return nullptr;
  }
  return nullptr;
}

}  // namespace

void ref::EvalLiteral(const hlo::Op& op, const hlo::Module&, std::span<const ConstView>,
                      std::span<const MutView> out) {
  int64_t bytes = NumElements(*out[0].type) * ElementBytes(out[0].type->element);
  CHECK(static_cast<int64_t>(op.literal.size()) == bytes, "constant literal has ",
        op.literal.size(), " bytes, type needs ", bytes);
  if (bytes > 0) std::memcpy(out[0].data, op.literal.data(), static_cast<size_t>(bytes));
}

bool HasReferenceKernel(hlo::OpCode code) {
  return CategoryKernel(hlo::GetOpInfo(code).category) != nullptr;
}

void EvalReference(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> inputs,
                   std::span<const MutView> outputs) {
  const hlo::OpInfo& info = hlo::GetOpInfo(op.code);
  Kernel kernel = CategoryKernel(info.category);
  CHECK(kernel != nullptr, "EvalReference: ", info.name, " has no reference kernel");
  CHECK(info.operands == hlo::kVariadic || inputs.size() == static_cast<size_t>(info.operands),
        info.name, ": ", inputs.size(), " operands");
  CHECK(info.category == hlo::OpCategory::kReduction || outputs.size() == 1, info.name, ": ",
        outputs.size(), " results");
  kernel(op, module, inputs, outputs);
}

}  // namespace hf2hlo::exec
