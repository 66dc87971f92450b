// Names and sizes of the IR's enums and types.
#include "hlo/hlo.h"

namespace hf2hlo::hlo {

const char* ElementTypeName(ElementType type) {
  switch (type) {
    case ElementType::kI1:
      return "i1";
    case ElementType::kI8:
      return "i8";
    case ElementType::kI16:
      return "i16";
    case ElementType::kI32:
      return "i32";
    case ElementType::kI64:
      return "i64";
    case ElementType::kUI8:
      return "ui8";
    case ElementType::kUI16:
      return "ui16";
    case ElementType::kUI32:
      return "ui32";
    case ElementType::kUI64:
      return "ui64";
    case ElementType::kF16:
      return "f16";
    case ElementType::kBF16:
      return "bf16";
    case ElementType::kF32:
      return "f32";
    case ElementType::kF64:
      return "f64";
  }
  return "?";
}

int64_t ElementBytes(ElementType type) {
  switch (type) {
    case ElementType::kI1:
    case ElementType::kI8:
    case ElementType::kUI8:
      return 1;
    case ElementType::kI16:
    case ElementType::kUI16:
    case ElementType::kF16:
    case ElementType::kBF16:
      return 2;
    case ElementType::kI32:
    case ElementType::kUI32:
    case ElementType::kF32:
      return 4;
    case ElementType::kI64:
    case ElementType::kUI64:
    case ElementType::kF64:
      return 8;
  }
  return 1;
}

bool IsFloat(ElementType type) {
  return type == ElementType::kF16 || type == ElementType::kBF16 || type == ElementType::kF32 ||
         type == ElementType::kF64;
}

bool IsSignedInt(ElementType type) {
  return type == ElementType::kI8 || type == ElementType::kI16 || type == ElementType::kI32 ||
         type == ElementType::kI64;
}

bool IsUnsignedInt(ElementType type) {
  return type == ElementType::kUI8 || type == ElementType::kUI16 || type == ElementType::kUI32 ||
         type == ElementType::kUI64;
}

bool IsInteger(ElementType type) { return IsSignedInt(type) || IsUnsignedInt(type); }

int64_t TensorType::num_elements() const {
  int64_t n = 1;
  for (int64_t d : dims) n *= d;
  return n;
}

std::string TensorType::ToString() const {
  std::string s = "tensor<";
  for (int64_t d : dims) s += std::to_string(d) + "x";
  s += ElementTypeName(element);
  s += ">";
  return s;
}

const char* OpName(OpCode code) {
  switch (code) {
    case OpCode::kAbs:
      return "stablehlo.abs";
    case OpCode::kCeil:
      return "stablehlo.ceil";
    case OpCode::kCosine:
      return "stablehlo.cosine";
    case OpCode::kExponential:
      return "stablehlo.exponential";
    case OpCode::kFloor:
      return "stablehlo.floor";
    case OpCode::kLog:
      return "stablehlo.log";
    case OpCode::kLogPlusOne:
      return "stablehlo.log_plus_one";
    case OpCode::kLogistic:
      return "stablehlo.logistic";
    case OpCode::kNegate:
      return "stablehlo.negate";
    case OpCode::kNot:
      return "stablehlo.not";
    case OpCode::kRoundNearestEven:
      return "stablehlo.round_nearest_even";
    case OpCode::kRsqrt:
      return "stablehlo.rsqrt";
    case OpCode::kSign:
      return "stablehlo.sign";
    case OpCode::kSine:
      return "stablehlo.sine";
    case OpCode::kSqrt:
      return "stablehlo.sqrt";
    case OpCode::kTanh:
      return "stablehlo.tanh";
    case OpCode::kAdd:
      return "stablehlo.add";
    case OpCode::kAnd:
      return "stablehlo.and";
    case OpCode::kDivide:
      return "stablehlo.divide";
    case OpCode::kMaximum:
      return "stablehlo.maximum";
    case OpCode::kMinimum:
      return "stablehlo.minimum";
    case OpCode::kMultiply:
      return "stablehlo.multiply";
    case OpCode::kOr:
      return "stablehlo.or";
    case OpCode::kPower:
      return "stablehlo.power";
    case OpCode::kRemainder:
      return "stablehlo.remainder";
    case OpCode::kShiftLeft:
      return "stablehlo.shift_left";
    case OpCode::kShiftRightArithmetic:
      return "stablehlo.shift_right_arithmetic";
    case OpCode::kShiftRightLogical:
      return "stablehlo.shift_right_logical";
    case OpCode::kSubtract:
      return "stablehlo.subtract";
    case OpCode::kXor:
      return "stablehlo.xor";
    case OpCode::kClamp:
      return "stablehlo.clamp";
    case OpCode::kCompare:
      return "stablehlo.compare";
    case OpCode::kConvert:
      return "stablehlo.convert";
    case OpCode::kSelect:
      return "stablehlo.select";
    case OpCode::kBroadcastInDim:
      return "stablehlo.broadcast_in_dim";
    case OpCode::kConcatenate:
      return "stablehlo.concatenate";
    case OpCode::kConstant:
      return "stablehlo.constant";
    case OpCode::kDynamicSlice:
      return "stablehlo.dynamic_slice";
    case OpCode::kDynamicUpdateSlice:
      return "stablehlo.dynamic_update_slice";
    case OpCode::kGather:
      return "stablehlo.gather";
    case OpCode::kIota:
      return "stablehlo.iota";
    case OpCode::kPad:
      return "stablehlo.pad";
    case OpCode::kReshape:
      return "stablehlo.reshape";
    case OpCode::kReverse:
      return "stablehlo.reverse";
    case OpCode::kSlice:
      return "stablehlo.slice";
    case OpCode::kTranspose:
      return "stablehlo.transpose";
    case OpCode::kDotGeneral:
      return "stablehlo.dot_general";
    case OpCode::kReduce:
      return "stablehlo.reduce";
    case OpCode::kReturn:
      return "return";
  }
  return "?";
}

const Function* Module::FindFunction(std::string_view name) const {
  for (const Function& f : functions) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace hf2hlo::hlo
