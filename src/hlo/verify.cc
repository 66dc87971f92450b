// Verifier driver: dominance, function signatures, aliasing, and the
// elementwise ops. Constraint tags (add_c1, ...): docs/design.md, "Verifier".
#include "hlo/verify.h"

namespace hf2hlo::hlo {
namespace {

// Completes "(needs ...)" in the message for an element type outside the class.
const char* Needs(ElementClass elements) {
  switch (elements) {
    case ElementClass::kAny:
      break;
    case ElementClass::kFloat:
      return "a float type";
    case ElementClass::kSignedIntOrFloat:
      return "a signed integer or float type";
    case ElementClass::kIntOrFloat:
      return "an integer or float type";
    case ElementClass::kBoolOrInt:
      return "i1 or an integer type";
    case ElementClass::kInt:
      return "an integer type";
  }
  return "any element type";
}

}  // namespace

Verifier::Verifier(const Module& module, std::string_view filename)
    : module_(module), filename_(filename), defined_in_(module.value_types.size(), -1) {}

std::string Verifier::Name(ValueId v) const {
  const std::string& n = module_.value_names[static_cast<size_t>(v)];
  return n.empty() ? StrCat("value ", v) : n;
}

Status Verifier::Run() {
  if (module_.value_names.size() != module_.value_types.size()) {
    return Error(filename_, ": value_names and value_types differ in size");
  }
  for (const Function& fn : module_.functions) RETURN_IF_ERROR(VerifyFunction(fn));
  return OkStatus();
}

Status Verifier::Define(ValueId v, int region_id, const SourceLoc& loc) {
  if (v < 0 || static_cast<size_t>(v) >= defined_in_.size()) {
    return Error(filename_, ":", loc.line, ":", loc.column, ": value id ", v, " out of range");
  }
  if (defined_in_[static_cast<size_t>(v)] != -1) {
    return Error(filename_, ":", loc.line, ":", loc.column, ": ", Name(v), " is defined twice");
  }
  defined_in_[static_cast<size_t>(v)] = region_id;
  return OkStatus();
}

Status Verifier::VerifyFunction(const Function& fn) {
  auto fail = [&](const auto&... args) {
    return Error(filename_, ":", fn.loc.line, ":", fn.loc.column, ": function '@", fn.name,
                 "': ", args...);
  };
  if (fn.args.size() != fn.body.args.size()) return fail("argument list and body arguments differ");
  std::vector<int> aliased(fn.result_types.size(), -1);
  for (size_t i = 0; i < fn.args.size(); ++i) {
    const Argument& a = fn.args[i];
    if (a.value != fn.body.args[i]) return fail("argument ", i, " differs from body argument");
    if (a.value < 0 || static_cast<size_t>(a.value) >= module_.value_types.size()) {
      return fail("argument ", i, " has a bad value id");
    }
    if (!a.aliasing_output) continue;
    int out = *a.aliasing_output;
    if (out < 0 || static_cast<size_t>(out) >= fn.result_types.size()) {
      return fail("argument ", i, " (", Name(a.value), ") has tf.aliasing_output = ", out,
                  " but the function has ", fn.result_types.size(), " result(s)");
    }
    if (T(a.value) != fn.result_types[static_cast<size_t>(out)]) {
      return fail("argument ", i, " (", Name(a.value), ") of type ", T(a.value).ToString(),
                  " aliases result ", out, " of type ",
                  fn.result_types[static_cast<size_t>(out)].ToString());
    }
    if (aliased[static_cast<size_t>(out)] != -1) {
      return fail("arguments ", aliased[static_cast<size_t>(out)], " and ", i,
                  " both alias result ", out);
    }
    aliased[static_cast<size_t>(out)] = static_cast<int>(i);
  }
  std::vector<TensorType> returned;
  RETURN_IF_ERROR(VerifyRegion(fn.body, next_region_id_++, &returned));
  const Op& ret = fn.body.ops.back();
  if (returned.size() != fn.result_types.size()) {
    return Fail(ret, "returns ", returned.size(), " value(s) but '@", fn.name, "' has ",
                fn.result_types.size(), " result(s)");
  }
  for (size_t i = 0; i < returned.size(); ++i) {
    if (returned[i] != fn.result_types[i]) {
      return Fail(ret, "result #", i, " (", Name(ret.operands[i]), ") has type ",
                  returned[i].ToString(), " but '@", fn.name, "' returns ",
                  fn.result_types[i].ToString());
    }
  }
  return OkStatus();
}

Status Verifier::VerifyRegion(const Region& region, int region_id,
                              std::vector<TensorType>* returned) {
  SourceLoc start = region.ops.empty() ? SourceLoc{} : region.ops.front().loc;
  for (ValueId v : region.args) RETURN_IF_ERROR(Define(v, region_id, start));
  if (region.ops.empty() || region.ops.back().code != OpCode::kReturn) {
    return Error(filename_, ":", start.line, ":", start.column,
                 ": region does not end with a return");
  }
  for (size_t i = 0; i < region.ops.size(); ++i) {
    const Op& op = region.ops[i];
    if (op.code == OpCode::kReturn && i + 1 != region.ops.size())
      return Fail(op, "return must be the last op");
    for (ValueId v : op.operands) {
      if (v < 0 || static_cast<size_t>(v) >= defined_in_.size())
        return Fail(op, "operand id ", v, " out of range");
      if (defined_in_[static_cast<size_t>(v)] != region_id) {
        return Fail(op, "operand ", Name(v), " is not defined before this use in the same region");
      }
    }
    for (ValueId v : op.results) {
      if (v < 0 || static_cast<size_t>(v) >= defined_in_.size())
        return Fail(op, "result id ", v, " out of range");
    }
    if (op.body && op.code != OpCode::kReduce) return Fail(op, "op has an unexpected region");
    RETURN_IF_ERROR(VerifyOp(op));
    for (ValueId v : op.results) RETURN_IF_ERROR(Define(v, region_id, op.loc));
  }
  returned->clear();
  for (ValueId v : region.ops.back().operands) returned->push_back(T(v));
  return OkStatus();
}

Status Verifier::CheckCounts(const Op& op, size_t operands, size_t results) const {
  if (op.operands.size() != operands) {
    return Fail(op, "expected ", operands, " operand(s), got ", op.operands.size());
  }
  if (op.results.size() != results)
    return Fail(op, "expected ", results, " result(s), got ", op.results.size());
  return OkStatus();
}

Status Verifier::CheckDims(const Op& op, std::string_view what, const std::vector<int64_t>& dims,
                           int64_t rank, bool unique) const {
  std::vector<bool> seen(static_cast<size_t>(rank), false);
  for (size_t i = 0; i < dims.size(); ++i) {
    int64_t d = dims[i];
    if (d < 0 || d >= rank)
      return Fail(op, what, "[", i, "] = ", d, " is out of range [0, ", rank, ")");
    if (unique && seen[static_cast<size_t>(d)]) return Fail(op, what, " repeats dimension ", d);
    seen[static_cast<size_t>(d)] = true;
  }
  return OkStatus();
}

Status Verifier::VerifyOp(const Op& op) {
  switch (GetOpInfo(op.code).category) {
    case OpCategory::kUnaryElementwise:
    case OpCategory::kBinaryElementwise:
    case OpCategory::kConvert:
      return VerifyElementwise(op);
    case OpCategory::kTernaryElementwise:
      return VerifySelectClamp(op);
    case OpCategory::kCompare:
      return VerifyCompare(op);
    case OpCategory::kMovement:
      break;  // each movement op has shape rules of its own, below
    case OpCategory::kGather:
      return VerifyGather(op);
    case OpCategory::kGenerator:
    case OpCategory::kLiteral:
      return VerifyIotaConstant(op);
    case OpCategory::kContraction:
      return VerifyDotGeneral(op);
    case OpCategory::kReduction:
      return VerifyReduce(op);
    case OpCategory::kTerminator:
      if (!op.results.empty()) return Fail(op, "return has no results");
      return OkStatus();
  }
  switch (op.code) {
    case OpCode::kBroadcastInDim:
      return VerifyBroadcastInDim(op);
    case OpCode::kReshape:
    case OpCode::kTranspose:
      return VerifyReshapeTranspose(op);
    case OpCode::kSlice:
      return VerifySlice(op);
    case OpCode::kConcatenate:
      return VerifyConcatenate(op);
    case OpCode::kDynamicSlice:
      return VerifyDynamicSlice(op);
    case OpCode::kDynamicUpdateSlice:
      return VerifyDynamicUpdateSlice(op);
    case OpCode::kPad:
      return VerifyPad(op);
    case OpCode::kReverse:
      return VerifyReverse(op);
    default:
      CHECK(false, "no verifier for ", OpName(op.code));
      __builtin_unreachable();
  }
}

Status Verifier::VerifyElementwise(const Op& op) {
  const OpInfo& info = GetOpInfo(op.code);
  RETURN_IF_ERROR(CheckCounts(op, static_cast<size_t>(info.operands), 1));
  const TensorType& x = T(op.operands[0]);
  const TensorType& r = T(op.results[0]);
  if (info.category == OpCategory::kConvert) {  // convert_c1
    if (x.dims != r.dims)
      return Fail(op, "result shape ", r.ToString(), " differs from operand shape ", x.ToString());
    return OkStatus();
  }
  for (size_t i = 0; i < op.operands.size(); ++i) {  // add_c1 and friends
    if (T(op.operands[i]) != r) {
      return Fail(op, "operand #", i, " (", Name(op.operands[i]), ") has type ",
                  T(op.operands[i]).ToString(), " but the result has type ", r.ToString());
    }
  }
  if (!InElementClass(info.elements, r.element)) {
    return Fail(op, "element type ", ElementTypeName(r.element), " is not supported (needs ",
                Needs(info.elements), ")");
  }
  return OkStatus();
}

Status Verifier::VerifyCompare(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 2, 1));
  const TensorType& a = T(op.operands[0]);
  const TensorType& b = T(op.operands[1]);
  const TensorType& r = T(op.results[0]);
  if (a != b)
    return Fail(op, "operand types differ (", a.ToString(), " vs ", b.ToString(),
                ")");                                       // compare_c1
  if (r.dims != a.dims || r.element != ElementType::kI1) {  // compare_c2
    return Fail(op, "result type must be ", TensorType{ElementType::kI1, a.dims}.ToString(),
                ", got ", r.ToString());
  }
  ElementType e = a.element;
  switch (op.compare_type) {  // compare_c3
    case ComparisonType::kNone:
      return OkStatus();
    case ComparisonType::kFloat:
    case ComparisonType::kTotalOrder:
      if (!IsFloat(e))
        return Fail(op, "FLOAT/TOTALORDER comparison of non-float ", ElementTypeName(e));
      return OkStatus();
    case ComparisonType::kSigned:
      if (!IsSignedInt(e)) return Fail(op, "SIGNED comparison of ", ElementTypeName(e));
      return OkStatus();
    case ComparisonType::kUnsigned:
      if (!IsUnsignedInt(e) && e != ElementType::kI1)
        return Fail(op, "UNSIGNED comparison of ", ElementTypeName(e));
      return OkStatus();
  }
  return OkStatus();
}

Status Verifier::VerifySelectClamp(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 3, 1));
  const TensorType& r = T(op.results[0]);
  if (op.code == OpCode::kSelect) {
    const TensorType& pred = T(op.operands[0]);
    const TensorType& t = T(op.operands[1]);
    const TensorType& f = T(op.operands[2]);
    if (pred.element != ElementType::kI1)
      return Fail(op, "pred must have element type i1, got ", pred.ToString());
    if (pred.rank() != 0 && pred.dims != t.dims) {  // select_c1
      return Fail(op, "pred shape ", pred.ToString(), " must be 0-d or match on_true ",
                  t.ToString());
    }
    if (t != f || t != r) {  // select_c2
      return Fail(op, "on_true, on_false and result types must match (", t.ToString(), ", ",
                  f.ToString(), ", ", r.ToString(), ")");
    }
    return OkStatus();
  }
  const TensorType& lo = T(op.operands[0]);
  const TensorType& x = T(op.operands[1]);
  const TensorType& hi = T(op.operands[2]);
  for (const TensorType* bound : {&lo, &hi}) {  // clamp_c1, clamp_c2
    if (bound->element != x.element || (bound->rank() != 0 && bound->dims != x.dims)) {
      return Fail(op, "bound ", bound->ToString(), " must be 0-d or match the operand ",
                  x.ToString());
    }
  }
  if (r != x)
    return Fail(op, "result type ", r.ToString(), " differs from operand type ",
                x.ToString());  // clamp_c3
  return OkStatus();
}

Status VerifyModule(const Module& module, std::string_view filename) {
  return Verifier(module, filename).Run();
}

}  // namespace hf2hlo::hlo
