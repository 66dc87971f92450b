// Reference kernels: dispatch by op code. Semantics follow the StableHLO spec;
// where the spec leaves a case open, the choice is documented next to the
// scalar function (reference_scalar.h, ConvertScalar in reference_util.h) or
// the kernel (reduce order, dot_general accumulation in
// reference_dot_reduce.cc).
#include <cstring>

#include "exec/kernels.h"
#include "exec/reference_util.h"

namespace hf2hlo::exec {

void EvalReference(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> inputs,
                   std::span<const MutView> outputs) {
  using hlo::OpCode;
  CHECK(op.code == OpCode::kReduce || outputs.size() == 1, "opcode ", static_cast<int>(op.code),
        ": ", outputs.size(), " results");
  switch (op.code) {
    case OpCode::kAbs:
    case OpCode::kCeil:
    case OpCode::kCosine:
    case OpCode::kExponential:
    case OpCode::kFloor:
    case OpCode::kLog:
    case OpCode::kLogPlusOne:
    case OpCode::kLogistic:
    case OpCode::kNegate:
    case OpCode::kNot:
    case OpCode::kRoundNearestEven:
    case OpCode::kRsqrt:
    case OpCode::kSign:
    case OpCode::kSine:
    case OpCode::kSqrt:
    case OpCode::kTanh:
      CHECK(inputs.size() == 1, "unary op with ", inputs.size(), " operands");
      return ref::EvalElementwise(op, inputs, outputs[0]);
    case OpCode::kAdd:
    case OpCode::kAnd:
    case OpCode::kDivide:
    case OpCode::kMaximum:
    case OpCode::kMinimum:
    case OpCode::kMultiply:
    case OpCode::kOr:
    case OpCode::kPower:
    case OpCode::kRemainder:
    case OpCode::kShiftLeft:
    case OpCode::kShiftRightArithmetic:
    case OpCode::kShiftRightLogical:
    case OpCode::kSubtract:
    case OpCode::kXor:
      CHECK(inputs.size() == 2, "binary op with ", inputs.size(), " operands");
      return ref::EvalElementwise(op, inputs, outputs[0]);
    case OpCode::kClamp:
    case OpCode::kCompare:
    case OpCode::kSelect:
      return ref::EvalElementwise(op, inputs, outputs[0]);
    case OpCode::kConvert:
      CHECK(inputs.size() == 1, "convert operands");
      return ref::EvalConvert(inputs[0], outputs[0]);
    case OpCode::kIota:
      return ref::EvalIota(op, outputs[0]);
    case OpCode::kConstant: {
      int64_t bytes = ref::NumElements(*outputs[0].type) * ref::ElemBytes(outputs[0].type->element);
      CHECK(static_cast<int64_t>(op.literal.size()) == bytes, "constant literal has ",
            op.literal.size(), " bytes, type needs ", bytes);
      if (bytes > 0) std::memcpy(outputs[0].data, op.literal.data(), static_cast<size_t>(bytes));
      return;
    }
    case OpCode::kBroadcastInDim:
    case OpCode::kConcatenate:
    case OpCode::kDynamicSlice:
    case OpCode::kDynamicUpdateSlice:
    case OpCode::kPad:
    case OpCode::kReshape:
    case OpCode::kReverse:
    case OpCode::kSlice:
    case OpCode::kTranspose:
      return ref::EvalMovement(op, inputs, outputs[0]);
    case OpCode::kGather:
      return ref::EvalGather(op, inputs, outputs[0]);
    case OpCode::kDotGeneral:
      return ref::EvalDotGeneral(op, inputs, outputs[0]);
    case OpCode::kReduce:
      return ref::EvalReduce(op, module, inputs, outputs);
    case OpCode::kReturn:
      break;
  }
  CHECK(false, "EvalReference: unsupported opcode ", static_cast<int>(op.code));
}

}  // namespace hf2hlo::exec
