// Internal to hf2hlo_chat: values, the template AST and the parser.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/base.h"

namespace hf2hlo::chat::internal {

struct Value;
struct Args;
using ValueList = std::vector<Value>;
using ValueDict = std::vector<std::pair<Value, Value>>;  // insertion-ordered
using Function = std::function<Result<Value>(Args&)>;

// A Jinja value. Lists and dicts are immutable and shared; a namespace is a
// mutable dict shared by reference, as in Jinja.
struct Value {
  enum class Kind {
    kUndefined,
    kNone,
    kBool,
    kInt,
    kFloat,
    kString,
    kList,
    kDict,
    kNamespace,
    kFunction
  };
  Kind kind = Kind::kUndefined;
  bool b = false;
  int64_t i = 0;
  double f = 0;
  std::string s;  // kString; kUndefined: the hint used in errors
  std::shared_ptr<ValueList> list;
  std::shared_ptr<ValueDict> dict;  // kDict and kNamespace
  std::shared_ptr<Function> fn;
  bool tuple = false;  // kList: a Python tuple (only repr differs)

  static Value Undefined(std::string hint = "") {
    Value v;
    v.s = std::move(hint);
    return v;
  }
  static Value None() { return Make(Kind::kNone); }
  static Value Bool(bool x) {
    Value v = Make(Kind::kBool);
    v.b = x;
    return v;
  }
  static Value Int(int64_t x) {
    Value v = Make(Kind::kInt);
    v.i = x;
    return v;
  }
  static Value Float(double x) {
    Value v = Make(Kind::kFloat);
    v.f = x;
    return v;
  }
  static Value Str(std::string x) {
    Value v = Make(Kind::kString);
    v.s = std::move(x);
    return v;
  }
  static Value List(ValueList items) {
    Value v = Make(Kind::kList);
    v.list = std::make_shared<ValueList>(std::move(items));
    return v;
  }
  static Value Tuple(ValueList items) {
    Value v = List(std::move(items));
    v.tuple = true;
    return v;
  }
  static Value Dict(ValueDict items, Kind kind = Kind::kDict) {
    Value v = Make(kind);
    v.dict = std::make_shared<ValueDict>(std::move(items));
    return v;
  }
  static Value Func(Function f) {
    Value v = Make(Kind::kFunction);
    v.fn = std::make_shared<Function>(std::move(f));
    return v;
  }
  bool is(Kind k) const { return kind == k; }
  bool undefined() const { return kind == Kind::kUndefined; }
  bool numeric() const { return kind == Kind::kBool || kind == Kind::kInt || kind == Kind::kFloat; }
  bool mapping() const { return kind == Kind::kDict; }

 private:
  static Value Make(Kind k) {
    Value v;
    v.kind = k;
    return v;
  }
};

// Call arguments: positional, then keyword.
struct Args {
  std::vector<Value> pos;
  std::vector<std::pair<std::string, Value>> kw;
  // Removes and returns the argument at position `index` or named `name`;
  // `fallback` when absent.
  Value Take(size_t index, const std::string& name, Value fallback = Value::Undefined());
  // An error naming the first argument not taken (beyond `max_pos` positional ones).
  Status CheckDone(const std::string& what, size_t max_pos) const;
  std::vector<bool> pos_taken;
};

// Python semantics.
bool Truthy(const Value& v);
std::string PyStr(const Value& v);   // str(v); undefined -> ""
std::string PyRepr(const Value& v);  // repr(v)
std::string FormatFloat(double f);   // float.__repr__
std::string TypeName(const Value& v);
bool Equal(const Value& a, const Value& b);
// -1, 0, 1; an error for unorderable types.
Result<int> Compare(const Value& a, const Value& b);
Value FromJson(const nlohmann::ordered_json& j);
// json.dumps(v, ensure_ascii=..., indent=..., separators=..., sort_keys=...).
// indent < 0: None.
struct JsonOptions {
  bool ensure_ascii = false;
  int indent = -1;
  std::string indent_str;  // when indent is given as a string
  bool indent_is_str = false;
  std::string item_sep = ", ", key_sep = ": ";
  bool sort_keys = false;
};
Result<std::string> ToJson(const Value& v, const JsonOptions& options);
// A dict lookup; nullptr when absent.
const Value* DictFind(const ValueDict& d, const Value& key);
const Value* DictFind(const ValueDict& d, const std::string& key);

// UTF-8 helpers: code point boundaries of `s` (size n+1, last = s.size()).
std::vector<size_t> CodePointOffsets(const std::string& s);
size_t CodePointCount(const std::string& s);

// ---- AST ----

struct Expr {
  enum class Type {
    kLiteral,
    kName,
    kList,
    kTuple,
    kDict,
    kGetAttr,
    kGetItem,
    kSlice,
    kCall,
    kFilter,
    kTest,
    kNeg,
    kPos,
    kNot,
    kBinary,
    kCompare,
    kAnd,
    kOr,
    kCond
  };
  Type type;
  int line = 0, col = 0;
  Value literal;
  std::string name;                         // kName, attribute, filter/test name, binary operator
  std::vector<std::string> ops;             // kCompare operators
  bool negated = false;                     // kTest with `is not`
  std::vector<std::unique_ptr<Expr>> kids;  // operands; kSlice: obj, start, stop, step (nullable)
  std::vector<std::pair<std::string, std::unique_ptr<Expr>>> kwargs;
};
using ExprPtr = std::unique_ptr<Expr>;

// The variable that holds the text of a {% filter %} or {% set x | f %} block
// while its filter chain (Node::expr) runs; no template name can be this one.
inline constexpr const char* kFilterBodyName = " filter body";

struct Node {
  enum class Type {
    kText,
    kOutput,
    kIf,
    kFor,
    kSet,
    kSetBlock,
    kMacro,
    kBreak,
    kContinue,
    kGeneration,
    kFilterBlock,
    kWith,
    kCallBlock
  };
  Type type;
  int line = 0, col = 0;
  std::string text;                  // kText; kMacro name; kSet namespace attribute
  ExprPtr expr;                      // kOutput, kSet value, kFor iterable, kFilterBlock filter
  ExprPtr cond;                      // kFor filter
  std::vector<std::string> targets;  // kFor / kSet names (several: tuple unpacking)
  std::vector<std::pair<ExprPtr, std::vector<Node>>> branches;  // kIf (null cond: else)
  std::vector<Node> body, else_body;
  std::vector<std::pair<std::string, ExprPtr>> params;  // kMacro; kWith assignments
};

struct Template {
  std::vector<Node> body;
};

// Parses with trim_blocks and lstrip_blocks on, as transformers does.
Result<std::shared_ptr<Template>> Parse(const std::string& source);

// Renders a parsed template.
Result<std::string> Render(const Template& tmpl, const nlohmann::ordered_json& context);

}  // namespace hf2hlo::chat::internal
