// Names and sizes of the IR's enums and types, and the op table's
// consistency, checked at compile time.
#include <optional>
#include <string_view>

#include "hlo/hlo.h"

namespace hf2hlo::hlo {
namespace {

// The operand count every op of `category` has; nullopt where each op has
// its own.
constexpr std::optional<int> CategoryOperands(OpCategory category) {
  switch (category) {
    case OpCategory::kUnaryElementwise:
    case OpCategory::kConvert:
      return 1;
    case OpCategory::kBinaryElementwise:
    case OpCategory::kCompare:
      return 2;
    case OpCategory::kTernaryElementwise:
      return 3;
    default:
      return std::nullopt;
  }
}

// What the parser, verifier and kernels assume of every row: it sits at its
// enumerator's index, its name is unique, its operand count agrees with its
// category, and only unary and binary ops, which have no attributes, restrict
// element types through the table.
constexpr bool OpTableIsConsistent() {
  for (size_t i = 0; i < std::size(kOpTable); ++i) {
    const OpInfo& op = kOpTable[i];
    if (static_cast<size_t>(op.code) != i) return false;
    if (std::string_view(op.name).empty()) return false;
    for (size_t j = 0; j < i; ++j) {
      if (std::string_view(op.name) == kOpTable[j].name) return false;
    }
    std::optional<int> operands = CategoryOperands(op.category);
    if (operands && op.operands != *operands) return false;
    bool elementwise = op.category == OpCategory::kUnaryElementwise ||
                       op.category == OpCategory::kBinaryElementwise;
    if (!elementwise && op.elements != ElementClass::kAny) return false;
    if (elementwise && op.form != OpForm::kOperandsOnly) return false;
  }
  return true;
}
static_assert(OpTableIsConsistent(), "see OpTableIsConsistent for the rules a row breaks");

}  // namespace

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

bool InElementClass(ElementClass elements, ElementType type) {
  switch (elements) {
    case ElementClass::kAny:
      return true;
    case ElementClass::kFloat:
      return IsFloat(type);
    case ElementClass::kSignedIntOrFloat:
      return IsFloat(type) || IsSignedInt(type);
    case ElementClass::kIntOrFloat:
      return IsFloat(type) || IsInteger(type);
    case ElementClass::kBoolOrInt:
      return type == ElementType::kI1 || IsInteger(type);
    case ElementClass::kInt:
      return IsInteger(type);
  }
  return false;
}

const Function* Module::FindFunction(std::string_view name) const {
  for (const Function& f : functions) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace hf2hlo::hlo
