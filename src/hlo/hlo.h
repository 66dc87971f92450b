// hf2hlo hlo: StableHLO text -> module IR, with type and shape verification.
//
// The IR is deliberately flat: a Module owns a table of SSA value types and a
// list of functions; a function body is a Region, a list of Ops in program
// order whose operands and results are ValueIds into that table. Reduce bodies
// are nested Regions. Everything here is produced from untrusted text, so the
// parser and verifier return errors with line:column, never crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
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
// Storage bytes of one element (i1 is stored as one byte, 0 or 1). The one
// element-size function of hlo and exec, header-only so that the reference
// kernels link without hlo; a value outside ElementType is an internal
// invariant failure.
inline int64_t ElementBytes(ElementType type) {
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
  CHECK(false, "element type ", static_cast<int>(type), " is not an ElementType");
  __builtin_unreachable();
}
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

// ---- The op table -----------------------------------------------------------
//
// Every supported operation is one row of HF2HLO_HLO_OPS. OpCode, OpName, the
// parser's name lookup and operands-only pretty form, the verifier's
// elementwise checks and the reference kernels' dispatch all derive from it,
// so adding an op is: a row here, its reference kernel, and a test. No code
// may rely on the order of the rows or of OpCode's enumerators.
//
// Columns: X(enumerator, StableHLO name, OpCategory, operand count or
// kVariadic, OpForm, ElementClass).

// How an op relates its operands to its results; each category has one
// reference kernel entry point.
enum class OpCategory : uint8_t {
  kUnaryElementwise,    // one operand of the result's type
  kBinaryElementwise,   // two operands of the result's type; may be reduce's `applies` op
  kTernaryElementwise,  // select, clamp: three operands, some of which may be 0-d
  kCompare,             // two operands of one type, an i1 result of their shape
  kConvert,             // one operand of the result's shape, any element types
  kMovement,            // copies or rearranges elements without computing on them
  kGather,
  kGenerator,    // no operands; each element is a function of its index (iota)
  kLiteral,      // no operands; the result is the op's literal
  kContraction,  // dot_general
  kReduction,    // reduce: N inputs and N inits, N results, a reducer region
  kTerminator,   // ends a function or region; never evaluated as a kernel
};

// The pretty syntax of an op.
enum class OpForm : uint8_t {
  // No attributes: `name %a, %b : type`. With a fixed operand count exactly
  // that many operands, else every operand up to the ':'.
  kOperandsOnly,
  // Attributes, a literal or a region: the parser has code for this op.
  kOpSpecific,
};

// The element types an elementwise op (unary or binary category) is defined
// on; kAny for every other op, whose own verifier constrains its types.
enum class ElementClass : uint8_t {
  kAny,
  kFloat,
  kSignedIntOrFloat,
  kIntOrFloat,  // not i1
  kBoolOrInt,   // i1 or an integer type
  kInt,         // not i1
};

inline constexpr int kVariadic = -1;

// clang-format off
#define HF2HLO_HLO_OPS(X)                                                                                                        \
  X(kAbs,                  "stablehlo.abs",                    kUnaryElementwise,           1, kOperandsOnly, kSignedIntOrFloat) \
  X(kCeil,                 "stablehlo.ceil",                   kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kCosine,               "stablehlo.cosine",                 kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kExponential,          "stablehlo.exponential",            kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kFloor,                "stablehlo.floor",                  kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kLog,                  "stablehlo.log",                    kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kLogPlusOne,           "stablehlo.log_plus_one",           kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kLogistic,             "stablehlo.logistic",               kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kNegate,               "stablehlo.negate",                 kUnaryElementwise,           1, kOperandsOnly, kIntOrFloat)       \
  X(kNot,                  "stablehlo.not",                    kUnaryElementwise,           1, kOperandsOnly, kBoolOrInt)        \
  X(kRoundNearestEven,     "stablehlo.round_nearest_even",     kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kRsqrt,                "stablehlo.rsqrt",                  kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kSign,                 "stablehlo.sign",                   kUnaryElementwise,           1, kOperandsOnly, kSignedIntOrFloat) \
  X(kSine,                 "stablehlo.sine",                   kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kSqrt,                 "stablehlo.sqrt",                   kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kTanh,                 "stablehlo.tanh",                   kUnaryElementwise,           1, kOperandsOnly, kFloat)            \
  X(kAdd,                  "stablehlo.add",                    kBinaryElementwise,          2, kOperandsOnly, kAny)              \
  X(kAnd,                  "stablehlo.and",                    kBinaryElementwise,          2, kOperandsOnly, kBoolOrInt)        \
  X(kDivide,               "stablehlo.divide",                 kBinaryElementwise,          2, kOperandsOnly, kIntOrFloat)       \
  X(kMaximum,              "stablehlo.maximum",                kBinaryElementwise,          2, kOperandsOnly, kAny)              \
  X(kMinimum,              "stablehlo.minimum",                kBinaryElementwise,          2, kOperandsOnly, kAny)              \
  X(kMultiply,             "stablehlo.multiply",               kBinaryElementwise,          2, kOperandsOnly, kAny)              \
  X(kOr,                   "stablehlo.or",                     kBinaryElementwise,          2, kOperandsOnly, kBoolOrInt)        \
  X(kPower,                "stablehlo.power",                  kBinaryElementwise,          2, kOperandsOnly, kIntOrFloat)       \
  X(kRemainder,            "stablehlo.remainder",              kBinaryElementwise,          2, kOperandsOnly, kIntOrFloat)       \
  X(kShiftLeft,            "stablehlo.shift_left",             kBinaryElementwise,          2, kOperandsOnly, kInt)              \
  X(kShiftRightArithmetic, "stablehlo.shift_right_arithmetic", kBinaryElementwise,          2, kOperandsOnly, kInt)              \
  X(kShiftRightLogical,    "stablehlo.shift_right_logical",    kBinaryElementwise,          2, kOperandsOnly, kInt)              \
  X(kSubtract,             "stablehlo.subtract",               kBinaryElementwise,          2, kOperandsOnly, kIntOrFloat)       \
  X(kXor,                  "stablehlo.xor",                    kBinaryElementwise,          2, kOperandsOnly, kBoolOrInt)        \
  X(kClamp,                "stablehlo.clamp",                  kTernaryElementwise,         3, kOperandsOnly, kAny)              \
  X(kSelect,               "stablehlo.select",                 kTernaryElementwise,         3, kOperandsOnly, kAny)              \
  X(kCompare,              "stablehlo.compare",                kCompare,                    2, kOpSpecific,   kAny)              \
  X(kConvert,              "stablehlo.convert",                kConvert,                    1, kOperandsOnly, kAny)              \
  X(kBroadcastInDim,       "stablehlo.broadcast_in_dim",       kMovement,                   1, kOpSpecific,   kAny)              \
  X(kConcatenate,          "stablehlo.concatenate",            kMovement,           kVariadic, kOpSpecific,   kAny)              \
  X(kDynamicSlice,         "stablehlo.dynamic_slice",          kMovement,           kVariadic, kOpSpecific,   kAny)              \
  X(kDynamicUpdateSlice,   "stablehlo.dynamic_update_slice",   kMovement,           kVariadic, kOperandsOnly, kAny)              \
  X(kPad,                  "stablehlo.pad",                    kMovement,                   2, kOpSpecific,   kAny)              \
  X(kReshape,              "stablehlo.reshape",                kMovement,                   1, kOperandsOnly, kAny)              \
  X(kReverse,              "stablehlo.reverse",                kMovement,                   1, kOpSpecific,   kAny)              \
  X(kSlice,                "stablehlo.slice",                  kMovement,                   1, kOpSpecific,   kAny)              \
  X(kTranspose,            "stablehlo.transpose",              kMovement,                   1, kOpSpecific,   kAny)              \
  X(kGather,               "stablehlo.gather",                 kGather,                     2, kOpSpecific,   kAny)              \
  X(kIota,                 "stablehlo.iota",                   kGenerator,                  0, kOpSpecific,   kAny)              \
  X(kConstant,             "stablehlo.constant",               kLiteral,                    0, kOpSpecific,   kAny)              \
  X(kDotGeneral,           "stablehlo.dot_general",            kContraction,                2, kOpSpecific,   kAny)              \
  X(kReduce,               "stablehlo.reduce",                 kReduction,          kVariadic, kOpSpecific,   kAny)              \
  X(kReturn,               "return",                           kTerminator,         kVariadic, kOperandsOnly, kAny)
// clang-format on

#define HF2HLO_HLO_OP_ENUMERATOR(code, name, category, operands, form, elements) code,
enum class OpCode : uint8_t { HF2HLO_HLO_OPS(HF2HLO_HLO_OP_ENUMERATOR) };
#undef HF2HLO_HLO_OP_ENUMERATOR

// One row of the op table. The terminator's name is the one messages use; the
// parser accepts its spellings (return, func.return, stablehlo.return) itself
// and never looks it up by name.
struct OpInfo {
  OpCode code;
  const char* name;
  OpCategory category;
  int operands;  // or kVariadic
  OpForm form;
  ElementClass elements;
};

#define HF2HLO_HLO_OP_INFO(code, name, category, operands, form, elements) \
  OpInfo{OpCode::code, name, OpCategory::category, operands, OpForm::form, ElementClass::elements},
inline constexpr OpInfo kOpTable[] = {HF2HLO_HLO_OPS(HF2HLO_HLO_OP_INFO)};
#undef HF2HLO_HLO_OP_INFO

// The row of `code`; a value outside the table is an internal invariant failure.
inline const OpInfo& GetOpInfo(OpCode code) {
  auto i = static_cast<size_t>(code);
  CHECK(i < std::size(kOpTable), "opcode ", i, " is not in the op table");
  return kOpTable[i];
}
// "stablehlo.add", ..., "return" for kReturn.
inline const char* OpName(OpCode code) { return GetOpInfo(code).name; }
// Whether `type` is one of `elements`.
bool InElementClass(ElementClass elements, ElementType type);

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
