// Jinja's tests (`value is name(args)`) as tables from test name to
// implementation. Tests ignore arguments they do not use, as Jinja's do.
#include <unordered_map>

#include "chat/builtins.h"

namespace hf2hlo::chat::internal {

using Kind = Value::Kind;

namespace {

// A test of the value alone.
using Predicate = bool (*)(const Value& v);
// A test with arguments, or one that can fail; it gets the name it was
// called by (errors name it).
using Test = Result<bool> (*)(const std::string& name, const Value& v, Args& args);

bool IsIterable(const Value& v) {
  return v.undefined() || v.is(Kind::kString) || v.is(Kind::kList) || v.is(Kind::kDict);
}

const std::unordered_map<std::string, Predicate>& Predicates() {
  static const std::unordered_map<std::string, Predicate> kPredicates = {
      {"defined", [](const Value& v) { return !v.undefined(); }},
      {"undefined", [](const Value& v) { return v.undefined(); }},
      {"none", [](const Value& v) { return v.is(Kind::kNone); }},
      {"boolean", [](const Value& v) { return v.is(Kind::kBool); }},
      {"true", [](const Value& v) { return v.is(Kind::kBool) && v.b; }},
      {"false", [](const Value& v) { return v.is(Kind::kBool) && !v.b; }},
      {"integer", [](const Value& v) { return v.is(Kind::kInt); }},
      {"float", [](const Value& v) { return v.is(Kind::kFloat); }},
      {"number", [](const Value& v) { return v.numeric(); }},
      {"string", [](const Value& v) { return v.is(Kind::kString); }},
      {"mapping", [](const Value& v) { return v.is(Kind::kDict); }},
      {"iterable", IsIterable},
      {"sequence", IsIterable},
      {"callable", [](const Value& v) { return v.is(Kind::kFunction); }},
      {"lower", [](const Value& v) { return IsLowerCase(PyStr(v)); }},
      {"upper", [](const Value& v) { return IsUpperCase(PyStr(v)); }},
  };
  return kPredicates;
}

// The value of odd, even and divisibleby: an int (or bool).
Result<int64_t> IntegerOperand(const std::string& name, const Value& v) {
  if (!v.is(Kind::kInt) && !v.is(Kind::kBool))
    return Error("test '", name, "' needs an integer, got ", TypeName(v));
  return v.is(Kind::kInt) ? v.i : v.b;
}

Result<bool> TestOdd(const std::string& name, const Value& v, Args&) {
  ASSIGN_OR_RETURN(int64_t x, IntegerOperand(name, v));
  return x % 2 != 0;
}

Result<bool> TestEven(const std::string& name, const Value& v, Args&) {
  ASSIGN_OR_RETURN(int64_t x, IntegerOperand(name, v));
  return x % 2 == 0;
}

Result<bool> TestDivisibleBy(const std::string& name, const Value& v, Args& args) {
  ASSIGN_OR_RETURN(int64_t x, IntegerOperand(name, v));
  ASSIGN_OR_RETURN(int64_t d, ToIndex(args.Take(0, "num")));
  if (d == 0) return Error("integer division or modulo by zero");
  return x % d == 0;
}

// The operand of the comparison tests.
Value Other(Args& args) { return args.Take(0, "other"); }

Result<bool> TestEqual(const std::string&, const Value& v, Args& args) {
  return Equal(v, Other(args));
}
Result<bool> TestNotEqual(const std::string&, const Value& v, Args& args) {
  return !Equal(v, Other(args));
}
Result<bool> TestLess(const std::string&, const Value& v, Args& args) {
  return CompareOp("<", v, Other(args));
}
Result<bool> TestLessEqual(const std::string&, const Value& v, Args& args) {
  return CompareOp("<=", v, Other(args));
}
Result<bool> TestGreater(const std::string&, const Value& v, Args& args) {
  return CompareOp(">", v, Other(args));
}
Result<bool> TestGreaterEqual(const std::string&, const Value& v, Args& args) {
  return CompareOp(">=", v, Other(args));
}

// Python's `is`: the same object for shared values, equality for the rest.
Result<bool> TestSameAs(const std::string&, const Value& v, Args& args) {
  Value o = Other(args);
  if (v.kind != o.kind) return false;
  if (v.is(Kind::kNone) || v.is(Kind::kBool)) return Equal(v, o);
  return v.list == o.list && v.dict == o.dict && v.fn == o.fn && Equal(v, o);
}

Result<bool> TestIn(const std::string&, const Value& v, Args& args) {
  Value seq = args.Take(0, "seq");
  return Contains(seq, v);
}

// Jinja tests that chat templates do not need; named so that the error says so.
Result<bool> Unsupported(const std::string& name, const Value&, Args&) {
  return Error("test '", name, "' is not supported");
}

const std::unordered_map<std::string, Test>& Tests() {
  static const std::unordered_map<std::string, Test> kTests = {
      {"odd", TestOdd},        {"even", TestEven},       {"divisibleby", TestDivisibleBy},
      {"eq", TestEqual},       {"equalto", TestEqual},   {"==", TestEqual},
      {"ne", TestNotEqual},    {"!=", TestNotEqual},     {"lt", TestLess},
      {"lessthan", TestLess},  {"<", TestLess},          {"le", TestLessEqual},
      {"<=", TestLessEqual},   {"gt", TestGreater},      {"greaterthan", TestGreater},
      {">", TestGreater},      {"ge", TestGreaterEqual}, {">=", TestGreaterEqual},
      {"sameas", TestSameAs},  {"in", TestIn},           {"escaped", Unsupported},
      {"filter", Unsupported}, {"test", Unsupported},
  };
  return kTests;
}

}  // namespace

Result<bool> ApplyTest(const std::string& name, const Value& v, Args& args) {
  if (auto it = Predicates().find(name); it != Predicates().end()) return it->second(v);
  if (auto it = Tests().find(name); it != Tests().end()) return it->second(name, v, args);
  return Error("No test named '", name, "'.");
}

}  // namespace hf2hlo::chat::internal
