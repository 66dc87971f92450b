// hf2hlo hlo: StableHLO text -> module IR, with type and shape verification.
//
// The IR is deliberately flat: a Module owns a table of SSA value types and a
// list of functions; a function body is a Region, a list of Ops in program
// order whose operands and results are ValueIds into that table. Reduce bodies
// are nested Regions. Everything here is produced from untrusted text, so the
// parser and verifier return errors with line:column, never crash.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace hf2hlo::hlo {

enum class ElementType : uint8_t {
  kI1,
  kI8,
  kI16,
  kI32,
  kI64,
  kUI8,
  kUI16,
  kUI32,
  kUI64,
  kF16,
  kBF16,
  kF32,
  kF64,
};
// StableHLO spelling: "i1", "i32", "ui8", "bf16", "f32", ...
const char* ElementTypeName(ElementType type);
// Storage bytes of one element (i1 is stored as one byte, 0 or 1).
int64_t ElementBytes(ElementType type);
bool IsFloat(ElementType type);
bool IsSignedInt(ElementType type);    // i8..i64 (signless integers are signed)
bool IsUnsignedInt(ElementType type);  // ui8..ui64
bool IsInteger(ElementType type);      // signed or unsigned, not i1

// A statically shaped tensor type; rank 0 is a scalar.
struct TensorType {
  ElementType element = ElementType::kF32;
  std::vector<int64_t> dims;
  int64_t rank() const { return static_cast<int64_t>(dims.size()); }
  int64_t num_elements() const;
  int64_t bytes() const { return num_elements() * ElementBytes(element); }
  std::string ToString() const;  // "tensor<2x3xf32>"
  bool operator==(const TensorType&) const = default;
};

struct SourceLoc {
  int line = 0;
  int column = 0;
};

enum class OpCode : uint8_t {
  // elementwise unary
  kAbs,
  kCeil,
  kCosine,
  kExponential,
  kFloor,
  kLog,
  kLogPlusOne,
  kLogistic,
  kNegate,
  kNot,
  kRoundNearestEven,
  kRsqrt,
  kSign,
  kSine,
  kSqrt,
  kTanh,
  // elementwise binary
  kAdd,
  kAnd,
  kDivide,
  kMaximum,
  kMinimum,
  kMultiply,
  kOr,
  kPower,
  kRemainder,
  kShiftLeft,
  kShiftRightArithmetic,
  kShiftRightLogical,
  kSubtract,
  kXor,
  // other elementwise
  kClamp,
  kCompare,
  kConvert,
  kSelect,
  // data movement and structure
  kBroadcastInDim,
  kConcatenate,
  kConstant,
  kDynamicSlice,
  kDynamicUpdateSlice,
  kGather,
  kIota,
  kPad,
  kReshape,
  kReverse,
  kSlice,
  kTranspose,
  // compute
  kDotGeneral,
  kReduce,
  // terminator of a region (func.return / stablehlo.return)
  kReturn,
};
// "stablehlo.add", ..., "return" for kReturn.
const char* OpName(OpCode code);

enum class ComparisonDirection : uint8_t { kEq, kNe, kGe, kGt, kLe, kLt };
// kNone: not given in the text; then floats compare as kFloat, signed
// integers as kSigned, unsigned integers and i1 as kUnsigned.
enum class ComparisonType : uint8_t { kNone, kFloat, kTotalOrder, kSigned, kUnsigned };

struct DotDimensions {
  std::vector<int64_t> lhs_batch, rhs_batch, lhs_contracting, rhs_contracting;
};

struct GatherDimensions {
  std::vector<int64_t> offset_dims;
  std::vector<int64_t> collapsed_slice_dims;
  std::vector<int64_t> operand_batching_dims;
  std::vector<int64_t> start_indices_batching_dims;
  std::vector<int64_t> start_index_map;
  int64_t index_vector_dim = 0;
  std::vector<int64_t> slice_sizes;
  bool indices_are_sorted = false;
};

using ValueId = int32_t;

struct Region;

// One operation. Which attribute fields are meaningful depends on `code`:
//   kBroadcastInDim: dims = broadcast_dimensions
//   kTranspose:      dims = permutation
//   kReduce:         dims = reduced dimensions; body = reducer region
//   kReverse:        dims = reversed dimensions
//   kIota:           dims = {iota_dimension}
//   kConcatenate:    dims = {dimension}
//   kSlice:          dims = start, limits, strides
//   kDynamicSlice:   sizes = slice sizes
//   kPad:            pad_low, pad_high, pad_interior (operands: operand, padding value)
//   kCompare:        direction, compare_type
//   kDotGeneral:     dot
//   kGather:         gather
//   kConstant:       literal = row-major bytes of the result type (i1 as 0/1 bytes)
// Reduce with N inputs has operands [inputs..., inits...] and N results.
struct Op {
  OpCode code = OpCode::kReturn;
  std::vector<ValueId> operands;
  std::vector<ValueId> results;
  SourceLoc loc;
  std::vector<int64_t> dims;
  std::vector<int64_t> limits;
  std::vector<int64_t> strides;
  std::vector<int64_t> sizes;
  std::vector<int64_t> pad_low, pad_high, pad_interior;
  ComparisonDirection direction = ComparisonDirection::kEq;
  ComparisonType compare_type = ComparisonType::kNone;
  DotDimensions dot;
  GatherDimensions gather;
  std::vector<uint8_t> literal;
  std::shared_ptr<Region> body;
};

// A block: arguments, then ops; the last op is kReturn.
struct Region {
  std::vector<ValueId> args;
  std::vector<Op> ops;
};

struct Argument {
  ValueId value = -1;
  std::string name;                    // loc("...") text, empty if none
  std::optional<int> aliasing_output;  // tf.aliasing_output
};

struct Function {
  std::string name;  // without '@'
  bool is_public = true;
  std::vector<Argument> args;
  std::vector<TensorType> result_types;
  Region body;  // body.args are the argument values
  SourceLoc loc;
};

struct Module {
  std::string name;      // without '@'; empty if the module is unnamed
  std::string filename;  // as given to ParseModule, for messages
  std::vector<Function> functions;
  std::vector<TensorType> value_types;   // indexed by ValueId
  std::vector<std::string> value_names;  // "%12", "%arg3", for messages
  const Function* FindFunction(std::string_view name) const;
  const TensorType& type(ValueId v) const { return value_types[static_cast<size_t>(v)]; }
};

// Parses StableHLO text (pretty forms and the generic form of the supported
// ops) and verifies it. `filename` prefixes error messages
// ("prog.mlir:12:7: expected ...").
Result<Module> ParseModule(std::string_view text, std::string_view filename);

// Type and shape checks following the StableHLO spec constraints. ParseModule
// already runs it; exposed for IR built by other means.
Status VerifyModule(const Module& module, std::string_view filename);

}  // namespace hf2hlo::hlo
