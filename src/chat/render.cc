// The template interpreter: statements, expressions, filters, tests, string
// and dict methods, and the globals transformers provides.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <map>
#include <unordered_map>

#include "chat/template.h"

namespace hf2hlo::chat::internal {
namespace {

using Kind = Value::Kind;

// Evaluation steps (expressions, statements, loop iterations): a base plus a
// share per byte of context, so that long conversations still render.
constexpr int64_t kBaseSteps = 1'000'000;
constexpr int64_t kStepsPerContextByte = 50;
constexpr size_t kMaxOutput = 256u << 20;    // bytes of rendered text
constexpr int kMaxCallDepth = 100;           // macro recursion
constexpr int kMaxRecursion = 800;           // nested Exec/Eval calls in all (bounds the stack)
constexpr int64_t kMaxSequence = 1'000'000;  // range() / repetition sizes

// A located error keeps its first location.
bool HasLocation(const std::string& m) {
  size_t k = 0;
  while (k < m.size() && std::isdigit(static_cast<unsigned char>(m[k]))) ++k;
  if (k == 0 || k >= m.size() || m[k] != ':') return false;
  size_t j = k + 1;
  while (j < m.size() && std::isdigit(static_cast<unsigned char>(m[j]))) ++j;
  return j > k + 1 && j + 1 < m.size() && m[j] == ':' && m[j + 1] == ' ';
}

Status Locate(const Status& st, int line, int col) {
  if (st.ok() || HasLocation(st.message())) return st;
  return st.WithContext(StrCat(line, ":", col));
}

Status UndefinedError(const Value& v) {
  return Error(v.s.empty() ? std::string("value is undefined") : v.s);
}

struct Frame {
  std::unordered_map<std::string, Value> vars;
  Frame* parent = nullptr;
  const Value* Find(const std::string& name) const {
    for (const Frame* f = this; f; f = f->parent) {
      auto it = f->vars.find(name);
      if (it != f->vars.end()) return &it->second;
    }
    return nullptr;
  }
};

enum class Flow { kNormal, kBreak, kContinue };

bool IsSpaceChar(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '\x1c' ||
         c == '\x1d' || c == '\x1e' || c == '\x1f';
}

std::string StripChars(const std::string& s, const Value& chars, bool left, bool right) {
  auto strip = [&](char c) {
    if (chars.is(Kind::kString)) return chars.s.find(c) != std::string::npos;
    return IsSpaceChar(c);
  };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strip(s[b])) ++b;
  if (right)
    while (e > b && strip(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string Capitalize(const std::string& s) {
  std::string out = Lower(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}
// Python str.title (ASCII letters).
std::string PyTitle(const std::string& s) {
  std::string out = s;
  bool prev_cased = false;
  for (char& c : out) {
    unsigned char u = c;
    if (std::isalpha(u)) {
      c = static_cast<char>(prev_cased ? std::tolower(u) : std::toupper(u));
      prev_cased = true;
    } else {
      prev_cased = u >= 0x80 && prev_cased;
    }
  }
  return out;
}
// Jinja's title filter: words start after whitespace or one of -({[<.
std::string JinjaTitle(const std::string& s) {
  std::string out;
  bool start = true;
  for (char c : s) {
    unsigned char u = c;
    bool sep = IsSpaceChar(c) || c == '-' || c == '(' || c == '{' || c == '[' || c == '<';
    if (sep) {
      out += c;
      start = true;
    } else {
      out += static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    }
  }
  return out;
}

std::string ReplaceAll(const std::string& s, const std::string& from, const std::string& to,
                       int64_t count) {
  std::string out;
  if (from.empty()) {
    // Python inserts `to` between every character (and at both ends).
    auto offs = CodePointOffsets(s);
    int64_t done = 0;
    for (size_t k = 0; k + 1 < offs.size(); ++k) {
      if (count < 0 || done < count) out += to, ++done;
      out += s.substr(offs[k], offs[k + 1] - offs[k]);
    }
    if (count < 0 || done < count) out += to;
    return out;
  }
  size_t pos = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t f = s.find(from, pos);
    if (f == std::string::npos) break;
    out += s.substr(pos, f - pos);
    out += to;
    pos = f + from.size();
    ++done;
  }
  out += s.substr(pos);
  return out;
}

Result<Value> Split(const std::string& s, const Value& sep, int64_t maxsplit) {
  ValueList parts;
  if (sep.is(Kind::kNone) || sep.undefined()) {
    size_t k = 0;
    while (true) {
      while (k < s.size() && IsSpaceChar(s[k])) ++k;
      if (k >= s.size()) break;
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) >= maxsplit) {
        size_t e = s.size();
        while (e > k && IsSpaceChar(s[e - 1])) --e;
        parts.push_back(Value::Str(s.substr(k, e - k)));
        break;
      }
      size_t b = k;
      while (k < s.size() && !IsSpaceChar(s[k])) ++k;
      parts.push_back(Value::Str(s.substr(b, k - b)));
    }
    return Value::List(std::move(parts));
  }
  if (!sep.is(Kind::kString)) return Error("must be str or None, not ", TypeName(sep));
  if (sep.s.empty()) return Error("empty separator");
  size_t pos = 0;
  while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
    size_t f = s.find(sep.s, pos);
    if (f == std::string::npos) break;
    parts.push_back(Value::Str(s.substr(pos, f - pos)));
    pos = f + sep.s.size();
  }
  parts.push_back(Value::Str(s.substr(pos)));
  return Value::List(std::move(parts));
}

// Items of an iterable: list items, dict keys, string characters.
Result<ValueList> Iterate(const Value& v) {
  switch (v.kind) {
    case Kind::kUndefined:
      return ValueList{};
    case Kind::kList:
      return *v.list;
    case Kind::kDict: {
      ValueList keys;
      for (const auto& kv : *v.dict) keys.push_back(kv.first);
      return keys;
    }
    case Kind::kString: {
      ValueList chars;
      auto offs = CodePointOffsets(v.s);
      for (size_t k = 0; k + 1 < offs.size(); ++k)
        chars.push_back(Value::Str(v.s.substr(offs[k], offs[k + 1] - offs[k])));
      return chars;
    }
    default:
      return Error("'", TypeName(v), "' object is not iterable");
  }
}

Result<int64_t> ToIndex(const Value& v) {
  if (v.is(Kind::kInt)) return v.i;
  if (v.is(Kind::kBool)) return static_cast<int64_t>(v.b);
  return Error("indices must be integers, not ", TypeName(v));
}

Result<size_t> Length(const Value& v) {
  switch (v.kind) {
    case Kind::kUndefined:
      return size_t{0};
    case Kind::kString:
      return CodePointCount(v.s);
    case Kind::kList:
      return v.list->size();
    case Kind::kDict:
      return v.dict->size();
    default:
      return Error("object of type '", TypeName(v), "' has no len()");
  }
}

Value ItemsOf(const ValueDict& d) {
  ValueList items;
  for (const auto& [k, v] : d) items.push_back(Value::Tuple({k, v}));
  return Value::List(std::move(items));
}

// Python str.format with {}, {0} and {name} fields (no format specs).
Result<std::string> PyFormat(const std::string& fmt, Args& args) {
  std::string out;
  size_t auto_index = 0;
  for (size_t k = 0; k < fmt.size(); ++k) {
    char c = fmt[k];
    if (c == '{') {
      if (k + 1 < fmt.size() && fmt[k + 1] == '{') {
        out += '{';
        ++k;
        continue;
      }
      size_t e = fmt.find('}', k);
      if (e == std::string::npos) return Error("Single '{' encountered in format string");
      std::string field = fmt.substr(k + 1, e - k - 1);
      if (field.find_first_of(":!.[") != std::string::npos)
        return Error("str.format: field '{", field, "}' is not supported");
      Value v;
      if (field.empty() || std::isdigit(static_cast<unsigned char>(field[0]))) {
        size_t idx = field.empty() ? auto_index++ : std::stoul(field);
        if (idx >= args.pos.size())
          return Error("Replacement index ", idx, " out of range for positional args tuple");
        v = args.pos[idx];
      } else {
        bool found = false;
        for (auto& [name, val] : args.kw) {
          if (name == field) {
            v = val;
            found = true;
          }
        }
        if (!found) return Error("KeyError: '", field, "'");
      }
      out += PyStr(v);
      k = e;
    } else if (c == '}') {
      if (k + 1 < fmt.size() && fmt[k + 1] == '}') ++k;
      out += '}';
    } else {
      out += c;
    }
  }
  return out;
}

class Renderer {
 public:
  Renderer(Frame* root, int64_t max_steps) : root_(root), max_steps_(max_steps) {}

  Status Exec(const std::vector<Node>& body, Frame& frame, std::string& out, Flow& flow) {
    DepthGuard guard(this);
    if (depth_ > kMaxRecursion) return Error("template recursion deeper than ", kMaxRecursion);
    for (const Node& node : body) {
      RETURN_IF_ERROR(Step(node.line, node.col));
      RETURN_IF_ERROR(Locate(ExecNode(node, frame, out, flow), node.line, node.col));
      if (out.size() > kMaxOutput)
        return Error(node.line, ":", node.col, ": rendered output exceeds ", kMaxOutput, " bytes");
      if (flow != Flow::kNormal) return OkStatus();
    }
    return OkStatus();
  }

 private:
  struct DepthGuard {
    explicit DepthGuard(Renderer* r) : r(r) { ++r->depth_; }
    ~DepthGuard() { --r->depth_; }
    Renderer* r;
  };

  Status Step(int line, int col) {
    if (++steps_ > max_steps_)
      return Error(line, ":", col, ": template exceeds ", max_steps_, " evaluation steps");
    return OkStatus();
  }

  Status Assign(Frame& frame, const std::vector<std::string>& targets, const Value& v) {
    if (targets.size() == 1) {
      frame.vars[targets[0]] = v;
      return OkStatus();
    }
    ASSIGN_OR_RETURN(ValueList items, Iterate(v));
    if (items.size() != targets.size())
      return Error(items.size() < targets.size() ? "not enough" : "too many",
                   " values to unpack (expected ", targets.size(), ", got ", items.size(), ")");
    for (size_t k = 0; k < targets.size(); ++k) frame.vars[targets[k]] = items[k];
    return OkStatus();
  }

  Status ExecNode(const Node& node, Frame& frame, std::string& out, Flow& flow) {
    switch (node.type) {
      case Node::Type::kText:
        out += node.text;
        return OkStatus();
      case Node::Type::kOutput: {
        ASSIGN_OR_RETURN(Value v, Eval(*node.expr, frame));
        out += PyStr(v);
        return OkStatus();
      }
      case Node::Type::kIf:
        for (const auto& [cond, branch] : node.branches) {
          bool take = true;
          if (cond) {
            ASSIGN_OR_RETURN(Value c, Eval(*cond, frame));
            take = Truthy(c);
          }
          if (take) return Exec(branch, frame, out, flow);
        }
        return OkStatus();
      case Node::Type::kFor:
        return ExecFor(node, frame, out);
      case Node::Type::kSet: {
        ASSIGN_OR_RETURN(Value v, Eval(*node.expr, frame));
        if (!node.text.empty()) {
          const Value* ns = frame.Find(node.targets[0]);
          if (!ns || !ns->is(Kind::kNamespace))
            return Error("cannot assign attribute on non-namespace object");
          for (auto& kv : *ns->dict) {
            if (kv.first.s == node.text) {
              kv.second = v;
              return OkStatus();
            }
          }
          ns->dict->emplace_back(Value::Str(node.text), v);
          return OkStatus();
        }
        return Assign(frame, node.targets, v);
      }
      case Node::Type::kSetBlock: {
        std::string text;
        Flow inner = Flow::kNormal;
        RETURN_IF_ERROR(Exec(node.body, frame, text, inner));
        Value v = Value::Str(std::move(text));
        if (node.expr) {
          Frame f;
          f.parent = &frame;
          f.vars[" filter body"] = v;
          ASSIGN_OR_RETURN(v, Eval(*node.expr, f));
        }
        frame.vars[node.targets[0]] = v;
        return OkStatus();
      }
      case Node::Type::kMacro:
        frame.vars[node.text] = MakeMacro(node);
        return OkStatus();
      case Node::Type::kBreak:
        flow = Flow::kBreak;
        return OkStatus();
      case Node::Type::kContinue:
        flow = Flow::kContinue;
        return OkStatus();
      case Node::Type::kGeneration:
        return Exec(node.body, frame, out, flow);
      case Node::Type::kFilterBlock: {
        std::string text;
        Flow inner = Flow::kNormal;
        RETURN_IF_ERROR(Exec(node.body, frame, text, inner));
        Frame f;
        f.parent = &frame;
        f.vars[" filter body"] = Value::Str(std::move(text));
        ASSIGN_OR_RETURN(Value v, Eval(*node.expr, f));
        out += PyStr(v);
        return OkStatus();
      }
      case Node::Type::kWith: {
        Frame f;
        f.parent = &frame;
        for (const auto& [name, expr] : node.params) {
          ASSIGN_OR_RETURN(Value v, Eval(*expr, frame));
          f.vars[name] = v;
        }
        return Exec(node.body, f, out, flow);
      }
      case Node::Type::kCallBlock:
        return Error("call blocks are not supported");
    }
    return OkStatus();
  }

  Status ExecFor(const Node& node, Frame& frame, std::string& out) {
    ASSIGN_OR_RETURN(Value iterable, Eval(*node.expr, frame));
    if (iterable.is(Kind::kNone) || iterable.is(Kind::kNamespace) || iterable.numeric() ||
        iterable.is(Kind::kFunction))
      return Error("'", TypeName(iterable), "' object is not iterable");
    ASSIGN_OR_RETURN(ValueList items, Iterate(iterable));
    if (node.cond) {
      ValueList kept;
      for (const Value& item : items) {
        RETURN_IF_ERROR(Step(node.line, node.col));
        Frame f;
        f.parent = &frame;
        RETURN_IF_ERROR(Assign(f, node.targets, item));
        ASSIGN_OR_RETURN(Value c, Eval(*node.cond, f));
        if (Truthy(c)) kept.push_back(item);
      }
      items = std::move(kept);
    }
    const int64_t n = static_cast<int64_t>(items.size());
    for (int64_t k = 0; k < n; ++k) {
      RETURN_IF_ERROR(Step(node.line, node.col));
      Frame f;
      f.parent = &frame;
      RETURN_IF_ERROR(Assign(f, node.targets, items[k]));
      ValueDict loop = {
          {Value::Str("index"), Value::Int(k + 1)},
          {Value::Str("index0"), Value::Int(k)},
          {Value::Str("revindex"), Value::Int(n - k)},
          {Value::Str("revindex0"), Value::Int(n - k - 1)},
          {Value::Str("first"), Value::Bool(k == 0)},
          {Value::Str("last"), Value::Bool(k == n - 1)},
          {Value::Str("length"), Value::Int(n)},
          {Value::Str("depth"), Value::Int(1)},
          {Value::Str("depth0"), Value::Int(0)},
          {Value::Str("previtem"),
           k > 0 ? items[k - 1] : Value::Undefined("there is no previous item")},
          {Value::Str("nextitem"),
           k + 1 < n ? items[k + 1] : Value::Undefined("there is no next item")},
      };
      loop.emplace_back(Value::Str("cycle"), Value::Func([k](Args& a) -> Result<Value> {
                          if (a.pos.empty()) return Error("no items for cycling given");
                          return a.pos[k % a.pos.size()];
                        }));
      f.vars["loop"] = Value::Dict(std::move(loop));
      Flow flow = Flow::kNormal;
      RETURN_IF_ERROR(Exec(node.body, f, out, flow));
      if (flow == Flow::kBreak) break;
    }
    if (n == 0 && !node.else_body.empty()) {
      Flow flow = Flow::kNormal;
      RETURN_IF_ERROR(Exec(node.else_body, frame, out, flow));
    }
    return OkStatus();
  }

  Value MakeMacro(const Node& node) {
    const Node* def = &node;
    return Value::Func([this, def](Args& args) -> Result<Value> {
      if (call_depth_ >= kMaxCallDepth)
        return Error("macro '", def->text, "' recursion deeper than ", kMaxCallDepth);
      if (args.pos.size() > def->params.size())
        return Error("macro '", def->text, "' takes not more than ", def->params.size(),
                     " argument(s)");
      Frame f;
      f.parent = root_;
      for (size_t k = 0; k < def->params.size(); ++k) {
        const auto& [name, dflt] = def->params[k];
        Value v = args.Take(k, name, Value::Undefined(StrCat("'", name, "' is undefined")));
        if (v.undefined() && dflt && args.pos.size() <= k) {
          ASSIGN_OR_RETURN(v, Eval(*dflt, f));
        }
        f.vars[name] = v;
      }
      if (!args.kw.empty())
        return Error("macro '", def->text, "' takes no keyword argument '", args.kw[0].first, "'");
      std::string text;
      Flow flow = Flow::kNormal;
      ++call_depth_;
      Status st = Exec(def->body, f, text, flow);
      --call_depth_;
      RETURN_IF_ERROR(st);
      return Value::Str(std::move(text));
    });
  }

  Result<Value> Eval(const Expr& e, Frame& frame) {
    RETURN_IF_ERROR(Step(e.line, e.col));
    DepthGuard guard(this);
    if (depth_ > kMaxRecursion)
      return Error(e.line, ":", e.col, ": template recursion deeper than ", kMaxRecursion);
    Result<Value> r = EvalInner(e, frame);
    if (!r.ok()) return Locate(r.status(), e.line, e.col);
    return r;
  }

  Result<Args> EvalArgs(const Expr& e, Frame& frame, size_t first) {
    Args args;
    for (size_t k = first; k < e.kids.size(); ++k) {
      ASSIGN_OR_RETURN(Value v, Eval(*e.kids[k], frame));
      args.pos.push_back(std::move(v));
    }
    for (const auto& [name, expr] : e.kwargs) {
      ASSIGN_OR_RETURN(Value v, Eval(*expr, frame));
      args.kw.emplace_back(name, std::move(v));
    }
    return args;
  }

  Result<Value> EvalInner(const Expr& e, Frame& frame) {
    switch (e.type) {
      case Expr::Type::kLiteral:
        return e.literal;
      case Expr::Type::kName: {
        const Value* v = frame.Find(e.name);
        if (v) return *v;
        return Value::Undefined(StrCat("'", e.name, "' is undefined"));
      }
      case Expr::Type::kList:
      case Expr::Type::kTuple: {
        ValueList items;
        for (const auto& k : e.kids) {
          ASSIGN_OR_RETURN(Value v, Eval(*k, frame));
          items.push_back(std::move(v));
        }
        if (e.type == Expr::Type::kTuple) return Value::Tuple(std::move(items));
        return Value::List(std::move(items));
      }
      case Expr::Type::kDict: {
        ValueDict items;
        for (size_t k = 0; k + 1 < e.kids.size(); k += 2) {
          ASSIGN_OR_RETURN(Value key, Eval(*e.kids[k], frame));
          ASSIGN_OR_RETURN(Value val, Eval(*e.kids[k + 1], frame));
          if (key.is(Kind::kList) || key.is(Kind::kDict) || key.undefined())
            return Error("unhashable type: '", TypeName(key), "'");
          bool replaced = false;
          for (auto& kv : items) {
            if (Equal(kv.first, key)) {
              kv.second = val;
              replaced = true;
            }
          }
          if (!replaced) items.emplace_back(std::move(key), std::move(val));
        }
        return Value::Dict(std::move(items));
      }
      case Expr::Type::kGetAttr: {
        ASSIGN_OR_RETURN(Value obj, Eval(*e.kids[0], frame));
        return GetAttr(obj, e.name);
      }
      case Expr::Type::kGetItem: {
        ASSIGN_OR_RETURN(Value obj, Eval(*e.kids[0], frame));
        ASSIGN_OR_RETURN(Value key, Eval(*e.kids[1], frame));
        return GetItem(obj, key);
      }
      case Expr::Type::kSlice: {
        ASSIGN_OR_RETURN(Value obj, Eval(*e.kids[0], frame));
        Value parts[3];
        for (int k = 0; k < 3; ++k) {
          if (e.kids[k + 1]) {
            ASSIGN_OR_RETURN(parts[k], Eval(*e.kids[k + 1], frame));
          } else {
            parts[k] = Value::None();
          }
        }
        return Slice(obj, parts[0], parts[1], parts[2]);
      }
      case Expr::Type::kCall: {
        ASSIGN_OR_RETURN(Value callee, Eval(*e.kids[0], frame));
        ASSIGN_OR_RETURN(Args args, EvalArgs(e, frame, 1));
        if (callee.undefined()) return UndefinedError(callee);
        if (!callee.is(Kind::kFunction))
          return Error("'", TypeName(callee), "' object is not callable");
        return (*callee.fn)(args);
      }
      case Expr::Type::kFilter: {
        ASSIGN_OR_RETURN(Value v, Eval(*e.kids[0], frame));
        ASSIGN_OR_RETURN(Args args, EvalArgs(e, frame, 1));
        return ApplyFilter(e.name, v, args);
      }
      case Expr::Type::kTest: {
        ASSIGN_OR_RETURN(Value v, Eval(*e.kids[0], frame));
        ASSIGN_OR_RETURN(Args args, EvalArgs(e, frame, 1));
        ASSIGN_OR_RETURN(bool r, ApplyTest(e.name, v, args));
        return Value::Bool(r != e.negated);
      }
      case Expr::Type::kNeg:
      case Expr::Type::kPos: {
        ASSIGN_OR_RETURN(Value v, Eval(*e.kids[0], frame));
        bool neg = e.type == Expr::Type::kNeg;
        if (v.is(Kind::kInt) || v.is(Kind::kBool)) {
          int64_t x = v.is(Kind::kInt) ? v.i : v.b;
          if (neg && x == INT64_MIN) return Error("integer overflow");
          return Value::Int(neg ? -x : x);
        }
        if (v.is(Kind::kFloat)) return Value::Float(neg ? -v.f : v.f);
        if (v.undefined()) return UndefinedError(v);
        return Error("bad operand type for unary ", neg ? "-" : "+", ": '", TypeName(v), "'");
      }
      case Expr::Type::kNot: {
        ASSIGN_OR_RETURN(Value v, Eval(*e.kids[0], frame));
        return Value::Bool(!Truthy(v));
      }
      case Expr::Type::kAnd:
      case Expr::Type::kOr: {
        ASSIGN_OR_RETURN(Value l, Eval(*e.kids[0], frame));
        bool t = Truthy(l);
        if ((e.type == Expr::Type::kAnd) != t) return l;
        return Eval(*e.kids[1], frame);
      }
      case Expr::Type::kCond: {
        ASSIGN_OR_RETURN(Value c, Eval(*e.kids[0], frame));
        if (Truthy(c)) return Eval(*e.kids[1], frame);
        if (e.kids[2]) return Eval(*e.kids[2], frame);
        return Value::Undefined(
            "the inline if-expression evaluated to false and no else section was defined");
      }
      case Expr::Type::kBinary: {
        ASSIGN_OR_RETURN(Value l, Eval(*e.kids[0], frame));
        ASSIGN_OR_RETURN(Value r, Eval(*e.kids[1], frame));
        return Binary(e.name, l, r);
      }
      case Expr::Type::kCompare: {
        ASSIGN_OR_RETURN(Value l, Eval(*e.kids[0], frame));
        for (size_t k = 0; k < e.ops.size(); ++k) {
          ASSIGN_OR_RETURN(Value r, Eval(*e.kids[k + 1], frame));
          ASSIGN_OR_RETURN(bool ok, CompareOp(e.ops[k], l, r));
          if (!ok) return Value::Bool(false);
          l = std::move(r);
        }
        return Value::Bool(true);
      }
    }
    return Error("unknown expression");
  }

  static Result<bool> Contains(const Value& container, const Value& item) {
    switch (container.kind) {
      case Kind::kString:
        if (!item.is(Kind::kString))
          return Error("'in <string>' requires string as left operand, not ", TypeName(item));
        return container.s.find(item.s) != std::string::npos;
      case Kind::kList:
        for (const Value& v : *container.list)
          if (Equal(v, item)) return true;
        return false;
      case Kind::kDict:
        return DictFind(*container.dict, item) != nullptr;
      case Kind::kUndefined:
        return false;
      default:
        return Error("argument of type '", TypeName(container), "' is not iterable");
    }
  }

  static Result<bool> CompareOp(const std::string& op, const Value& l, const Value& r) {
    if (op == "==") return Equal(l, r);
    if (op == "!=") return !Equal(l, r);
    if (op == "in") return Contains(r, l);
    if (op == "not in") {
      ASSIGN_OR_RETURN(bool c, Contains(r, l));
      return !c;
    }
    if (l.undefined()) return UndefinedError(l);
    if (r.undefined()) return UndefinedError(r);
    Result<int> c = Compare(l, r);
    if (!c.ok()) {
      std::string m = c.status().message();
      size_t p = m.find("'<'");
      if (p != std::string::npos) m.replace(p, 3, "'" + op + "'");
      return Error(m);
    }
    if (op == "<") return *c < 0;
    if (op == ">") return *c > 0;
    if (op == "<=") return *c <= 0;
    return *c >= 0;
  }

  static Result<Value> Binary(const std::string& op, const Value& l, const Value& r) {
    if (op == "~") return Value::Str(PyStr(l) + PyStr(r));
    if (l.undefined()) return UndefinedError(l);
    if (r.undefined()) return UndefinedError(r);
    auto unsupported = [&]() {
      return Error("unsupported operand type(s) for ", op, ": '", TypeName(l), "' and '",
                   TypeName(r), "'");
    };
    if (l.numeric() && r.numeric()) {
      bool ints = !l.is(Kind::kFloat) && !r.is(Kind::kFloat);
      int64_t a = l.is(Kind::kInt) ? l.i : l.b, b = r.is(Kind::kInt) ? r.i : r.b;
      double x = l.is(Kind::kFloat) ? l.f : static_cast<double>(a);
      double y = r.is(Kind::kFloat) ? r.f : static_cast<double>(b);
      int64_t out = 0;
      if (op == "+") {
        if (!ints) return Value::Float(x + y);
        if (__builtin_add_overflow(a, b, &out)) return Error("integer overflow");
        return Value::Int(out);
      }
      if (op == "-") {
        if (!ints) return Value::Float(x - y);
        if (__builtin_sub_overflow(a, b, &out)) return Error("integer overflow");
        return Value::Int(out);
      }
      if (op == "*") {
        if (!ints) return Value::Float(x * y);
        if (__builtin_mul_overflow(a, b, &out)) return Error("integer overflow");
        return Value::Int(out);
      }
      if (op == "/") {
        if (y == 0) return Error("division by zero");
        return Value::Float(x / y);
      }
      if (op == "//" || op == "%") {
        if (y == 0)
          return Error(op == "%" ? "integer modulo by zero" : "integer division or modulo by zero");
        if (ints) {
          if (a == INT64_MIN && b == -1) return Error("integer overflow");
          int64_t q = a / b, m = a % b;
          if (m != 0 && ((m < 0) != (b < 0))) {
            q -= 1;
            m += b;
          }
          return Value::Int(op == "//" ? q : m);
        }
        double m = std::fmod(x, y);
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        if (op == "%") return Value::Float(m);
        return Value::Float(std::floor(x / y));
      }
      if (op == "**") {
        if (ints && b >= 0) {
          int64_t acc = 1;
          for (int64_t k = 0; k < b; ++k) {
            if (__builtin_mul_overflow(acc, a, &acc)) return Error("integer overflow");
            if (acc == 0 || acc == 1) break;
          }
          if (acc == 1 && a == -1 && b % 2 == 1) acc = -1;
          return Value::Int(acc);
        }
        return Value::Float(std::pow(x, y));
      }
      return unsupported();
    }
    if (op == "+") {
      if (l.is(Kind::kString) && r.is(Kind::kString)) return Value::Str(l.s + r.s);
      if (l.is(Kind::kString) || l.is(Kind::kList))
        if (l.kind != r.kind)
          return Error("can only concatenate ", TypeName(l), " (not \"", TypeName(r), "\") to ",
                       TypeName(l));
      if (l.is(Kind::kList) && r.is(Kind::kList)) {
        ValueList items = *l.list;
        items.insert(items.end(), r.list->begin(), r.list->end());
        return Value::List(std::move(items));
      }
      return unsupported();
    }
    if (op == "*") {
      const Value& seq = (l.is(Kind::kString) || l.is(Kind::kList)) ? l : r;
      const Value& count = &seq == &l ? r : l;
      if ((seq.is(Kind::kString) || seq.is(Kind::kList)) &&
          (count.is(Kind::kInt) || count.is(Kind::kBool))) {
        int64_t n = std::max<int64_t>(0, count.is(Kind::kInt) ? count.i : count.b);
        size_t unit = seq.is(Kind::kString) ? seq.s.size() : seq.list->size();
        if (unit > 0 && n > kMaxSequence / static_cast<int64_t>(unit))
          return Error("repetition result too large");
        if (seq.is(Kind::kString)) {
          std::string out;
          for (int64_t k = 0; k < n; ++k) out += seq.s;
          return Value::Str(std::move(out));
        }
        ValueList items;
        for (int64_t k = 0; k < n; ++k)
          items.insert(items.end(), seq.list->begin(), seq.list->end());
        return Value::List(std::move(items));
      }
      return unsupported();
    }
    if (op == "%" && l.is(Kind::kString)) return PercentFormat(l.s, r);
    return unsupported();
  }

  // printf-style `str % args` for %s, %d, %i, %r and %%.
  static Result<Value> PercentFormat(const std::string& fmt, const Value& args) {
    ValueList items = args.is(Kind::kList) ? *args.list : ValueList{args};
    size_t next = 0;
    std::string out;
    for (size_t k = 0; k < fmt.size(); ++k) {
      if (fmt[k] != '%') {
        out += fmt[k];
        continue;
      }
      if (k + 1 >= fmt.size()) return Error("incomplete format");
      char c = fmt[++k];
      if (c == '%') {
        out += '%';
        continue;
      }
      if (next >= items.size()) return Error("not enough arguments for format string");
      const Value& v = items[next++];
      if (c == 's') {
        out += PyStr(v);
      } else if (c == 'r') {
        out += PyRepr(v);
      } else if (c == 'd' || c == 'i') {
        if (v.is(Kind::kFloat)) {
          out += std::to_string(static_cast<int64_t>(v.f));
        } else if (v.is(Kind::kInt) || v.is(Kind::kBool)) {
          out += std::to_string(v.is(Kind::kInt) ? v.i : v.b);
        } else {
          return Error("%d format: a real number is required, not ", TypeName(v));
        }
      } else {
        return Error("unsupported format character '", c, "'");
      }
    }
    if (next < items.size()) return Error("not all arguments converted during string formatting");
    return Value::Str(std::move(out));
  }

  static Result<Value> Slice(const Value& obj, const Value& start, const Value& stop,
                             const Value& step) {
    if (obj.undefined()) return UndefinedError(obj);
    int64_t n;
    std::vector<size_t> offs;
    if (obj.is(Kind::kString)) {
      offs = CodePointOffsets(obj.s);
      n = static_cast<int64_t>(offs.size()) - 1;
    } else if (obj.is(Kind::kList)) {
      n = static_cast<int64_t>(obj.list->size());
    } else {
      return Error("'", TypeName(obj), "' object is not subscriptable");
    }
    int64_t st = 1;
    if (!step.is(Kind::kNone)) {
      ASSIGN_OR_RETURN(st, ToIndex(step));
      if (st == 0) return Error("slice step cannot be zero");
    }
    auto bound = [&](const Value& v, int64_t dflt) -> Result<int64_t> {
      if (v.is(Kind::kNone)) return dflt;
      ASSIGN_OR_RETURN(int64_t x, ToIndex(v));
      if (x < 0) x += n;
      if (st > 0) return std::clamp<int64_t>(x, 0, n);
      return std::clamp<int64_t>(x, -1, n - 1);
    };
    ASSIGN_OR_RETURN(int64_t b, bound(start, st > 0 ? 0 : n - 1));
    ASSIGN_OR_RETURN(int64_t e, bound(stop, st > 0 ? n : -1));
    std::vector<int64_t> idx;
    for (int64_t k = b; st > 0 ? k < e : k > e; k += st) idx.push_back(k);
    if (obj.is(Kind::kString)) {
      std::string out;
      for (int64_t k : idx) out += obj.s.substr(offs[k], offs[k + 1] - offs[k]);
      return Value::Str(std::move(out));
    }
    ValueList out;
    for (int64_t k : idx) out.push_back((*obj.list)[k]);
    return Value::List(std::move(out));
  }

  Result<Value> GetItem(const Value& obj, const Value& key) {
    switch (obj.kind) {
      case Kind::kUndefined:
        return UndefinedError(obj);
      case Kind::kDict:
      case Kind::kNamespace: {
        const Value* v = DictFind(*obj.dict, key);
        if (v) return *v;
        if (obj.is(Kind::kDict) && key.is(Kind::kString)) return GetAttr(obj, key.s);
        return Value::Undefined(StrCat("'dict object' has no attribute ", PyRepr(key)));
      }
      case Kind::kList: {
        if (!key.is(Kind::kInt) && !key.is(Kind::kBool))
          return Value::Undefined(StrCat("'list object' has no attribute ", PyRepr(key)));
        int64_t k = key.is(Kind::kInt) ? key.i : key.b;
        int64_t n = static_cast<int64_t>(obj.list->size());
        if (k < 0) k += n;
        if (k < 0 || k >= n) return Value::Undefined("list object has no element " + PyStr(key));
        return (*obj.list)[k];
      }
      case Kind::kString: {
        if (key.is(Kind::kString)) return GetAttr(obj, key.s);
        if (!key.is(Kind::kInt) && !key.is(Kind::kBool))
          return Value::Undefined("'str object' has no attribute " + PyRepr(key));
        auto offs = CodePointOffsets(obj.s);
        int64_t n = static_cast<int64_t>(offs.size()) - 1;
        int64_t k = key.is(Kind::kInt) ? key.i : key.b;
        if (k < 0) k += n;
        if (k < 0 || k >= n) return Value::Undefined("str object has no element " + PyStr(key));
        return Value::Str(obj.s.substr(offs[k], offs[k + 1] - offs[k]));
      }
      default:
        if (key.is(Kind::kString)) return GetAttr(obj, key.s);
        return Value::Undefined(
            StrCat("'", TypeName(obj), " object' has no attribute ", PyRepr(key)));
    }
  }

  Result<Value> GetAttr(const Value& obj, const std::string& name) {
    switch (obj.kind) {
      case Kind::kUndefined:
        return UndefinedError(obj);
      case Kind::kDict: {
        if (name == "items" || name == "keys" || name == "values" || name == "get")
          return DictMethod(obj, name);
        const Value* v = DictFind(*obj.dict, name);
        if (v) return *v;
        return Value::Undefined(StrCat("'dict object' has no attribute '", name, "'"));
      }
      case Kind::kNamespace: {
        const Value* v = DictFind(*obj.dict, name);
        if (v) return *v;
        return Value::Undefined(StrCat("'Namespace object' has no attribute '", name, "'"));
      }
      case Kind::kString: {
        static const char* kMethods[] = {
            "strip",    "lstrip",  "rstrip",  "split",   "rsplit",     "startswith",
            "endswith", "replace", "upper",   "lower",   "title",      "capitalize",
            "format",   "find",    "count",   "join",    "splitlines", "isdigit",
            "isalpha",  "isspace", "isalnum", "islower", "isupper"};
        for (const char* m : kMethods)
          if (name == m) return StringMethod(obj, name);
        break;
      }
      default:
        break;
    }
    return Value::Undefined(StrCat("'", TypeName(obj), " object' has no attribute '", name, "'"));
  }

  static Value DictMethod(const Value& obj, const std::string& name) {
    return Value::Func([obj, name](Args& a) -> Result<Value> {
      if (name == "get") {
        Value key = a.Take(0, "key");
        Value dflt = a.Take(1, "default", Value::None());
        RETURN_IF_ERROR(a.CheckDone("get", 2));
        const Value* v = DictFind(*obj.dict, key);
        return v ? *v : dflt;
      }
      RETURN_IF_ERROR(a.CheckDone(name, 0));
      if (name == "items") return ItemsOf(*obj.dict);
      ValueList out;
      for (const auto& [k, v] : *obj.dict) out.push_back(name == "keys" ? k : v);
      return Value::List(std::move(out));
    });
  }

  static Value StringMethod(const Value& obj, const std::string& name) {
    return Value::Func([obj, name](Args& a) -> Result<Value> {
      const std::string& s = obj.s;
      if (name == "strip" || name == "lstrip" || name == "rstrip") {
        Value chars = a.Take(0, "chars", Value::None());
        RETURN_IF_ERROR(a.CheckDone(name, 1));
        return Value::Str(StripChars(s, chars, name != "rstrip", name != "lstrip"));
      }
      if (name == "split" || name == "rsplit") {
        Value sep = a.Take(0, "sep", Value::None());
        Value maxsplit = a.Take(1, "maxsplit", Value::Int(-1));
        RETURN_IF_ERROR(a.CheckDone(name, 2));
        ASSIGN_OR_RETURN(int64_t m, ToIndex(maxsplit));
        if (name == "rsplit" && m >= 0) return Error("rsplit with maxsplit is not supported");
        return Split(s, sep, m);
      }
      if (name == "startswith" || name == "endswith") {
        Value prefix = a.Take(0, "prefix");
        RETURN_IF_ERROR(a.CheckDone(name, 1));
        ValueList options = prefix.is(Kind::kList) ? *prefix.list : ValueList{prefix};
        for (const Value& p : options) {
          if (!p.is(Kind::kString))
            return Error(name, " first arg must be str or a tuple of str, not ", TypeName(p));
          bool hit = name == "startswith"
                         ? s.compare(0, p.s.size(), p.s) == 0
                         : (s.size() >= p.s.size() &&
                            s.compare(s.size() - p.s.size(), p.s.size(), p.s) == 0);
          if (hit) return Value::Bool(true);
        }
        return Value::Bool(false);
      }
      if (name == "replace") {
        Value from = a.Take(0, "old"), to = a.Take(1, "new"),
              count = a.Take(2, "count", Value::Int(-1));
        RETURN_IF_ERROR(a.CheckDone(name, 3));
        if (!from.is(Kind::kString) || !to.is(Kind::kString))
          return Error("replace() arguments must be str");
        ASSIGN_OR_RETURN(int64_t c, ToIndex(count));
        return Value::Str(ReplaceAll(s, from.s, to.s, c));
      }
      if (name == "format") {
        ASSIGN_OR_RETURN(std::string out, PyFormat(s, a));
        return Value::Str(std::move(out));
      }
      if (name == "join") {
        Value items = a.Take(0, "iterable");
        RETURN_IF_ERROR(a.CheckDone(name, 1));
        ASSIGN_OR_RETURN(ValueList list, Iterate(items));
        std::string out;
        for (size_t k = 0; k < list.size(); ++k) {
          if (!list[k].is(Kind::kString))
            return Error("sequence item ", k, ": expected str instance, ", TypeName(list[k]),
                         " found");
          if (k) out += s;
          out += list[k].s;
        }
        return Value::Str(std::move(out));
      }
      if (name == "find" || name == "count") {
        Value sub = a.Take(0, "sub");
        RETURN_IF_ERROR(a.CheckDone(name, 1));
        if (!sub.is(Kind::kString)) return Error("must be str, not ", TypeName(sub));
        if (name == "find") {
          size_t f = s.find(sub.s);
          return Value::Int(
              f == std::string::npos ? -1 : static_cast<int64_t>(CodePointCount(s.substr(0, f))));
        }
        if (sub.s.empty()) return Value::Int(static_cast<int64_t>(CodePointCount(s)) + 1);
        int64_t n = 0;
        for (size_t p = s.find(sub.s); p != std::string::npos; p = s.find(sub.s, p + sub.s.size()))
          ++n;
        return Value::Int(n);
      }
      RETURN_IF_ERROR(a.CheckDone(name, 0));
      if (name == "upper") return Value::Str(Upper(s));
      if (name == "lower") return Value::Str(Lower(s));
      if (name == "title") return Value::Str(PyTitle(s));
      if (name == "capitalize") return Value::Str(Capitalize(s));
      if (name == "splitlines") {
        ValueList lines;
        size_t b = 0;
        for (size_t k = 0; k < s.size(); ++k) {
          if (s[k] == '\n' || s[k] == '\r') {
            lines.push_back(Value::Str(s.substr(b, k - b)));
            if (s[k] == '\r' && k + 1 < s.size() && s[k + 1] == '\n') ++k;
            b = k + 1;
          }
        }
        if (b < s.size()) lines.push_back(Value::Str(s.substr(b)));
        return Value::List(std::move(lines));
      }
      auto all = [&](int (*pred)(int)) {
        if (s.empty()) return Value::Bool(false);
        for (unsigned char c : s)
          if (!pred(c)) return Value::Bool(false);
        return Value::Bool(true);
      };
      if (name == "isdigit") return all(std::isdigit);
      if (name == "isalpha") return all(std::isalpha);
      if (name == "isspace") return all(std::isspace);
      if (name == "isalnum") return all(std::isalnum);
      bool has_cased = false, lower = true, upper = true;
      for (unsigned char c : s) {
        if (std::isalpha(c)) has_cased = true;
        if (std::isupper(c)) lower = false;
        if (std::islower(c)) upper = false;
      }
      if (name == "islower") return Value::Bool(has_cased && lower);
      return Value::Bool(has_cased && upper);
    });
  }

  // ---- filters ----

  // Attribute lookup as Jinja's attrgetter: item[part] for each dotted part.
  Result<Value> AttrPath(const Value& item, const Value& attr) {
    if (attr.is(Kind::kInt)) return GetItem(item, attr);
    std::string path = PyStr(attr);
    Value cur = item;
    size_t b = 0;
    while (true) {
      size_t e = path.find('.', b);
      std::string part = path.substr(b, e == std::string::npos ? std::string::npos : e - b);
      Value key = Value::Str(part);
      if (!part.empty() && std::all_of(part.begin(), part.end(), ::isdigit))
        key = Value::Int(std::stoll(part));
      ASSIGN_OR_RETURN(cur, GetItem(cur, key));
      if (e == std::string::npos) break;
      b = e + 1;
    }
    return cur;
  }

  Result<Value> SelectOrReject(const Value& v, Args& args, bool by_attr, bool select) {
    ASSIGN_OR_RETURN(ValueList items, Iterate(v));
    Value attr;
    size_t first = 0;
    if (by_attr) {
      if (args.pos.empty()) return Error("selectattr/rejectattr need an attribute name");
      attr = args.pos[0];
      first = 1;
    }
    std::string test;
    Args test_args;
    if (args.pos.size() > first) {
      test = PyStr(args.pos[first]);
      test_args.pos.assign(args.pos.begin() + first + 1, args.pos.end());
      test_args.kw = args.kw;
    }
    ValueList out;
    for (const Value& item : items) {
      Value x = item;
      if (by_attr) {
        ASSIGN_OR_RETURN(x, AttrPath(item, attr));
      }
      bool r;
      if (test.empty()) {
        r = Truthy(x);
      } else {
        Args a = test_args;
        ASSIGN_OR_RETURN(r, ApplyTest(test, x, a));
      }
      if (r == select) out.push_back(item);
    }
    return Value::List(std::move(out));
  }

  Result<Value> ApplyFilter(const std::string& name, const Value& v, Args& args) {
    const std::string& n = name;
    if (n == "tojson") {
      JsonOptions o;
      o.ensure_ascii = Truthy(args.Take(0, "ensure_ascii", Value::Bool(false)));
      Value indent = args.Take(1, "indent", Value::None());
      Value seps = args.Take(2, "separators", Value::None());
      o.sort_keys = Truthy(args.Take(3, "sort_keys", Value::Bool(false)));
      RETURN_IF_ERROR(args.CheckDone("tojson", 4));
      if (indent.is(Kind::kInt) || indent.is(Kind::kBool)) {
        int64_t w = indent.is(Kind::kInt) ? indent.i : indent.b;
        o.indent = static_cast<int>(std::clamp<int64_t>(w, 0, 1000));
      } else if (indent.is(Kind::kString)) {
        o.indent_is_str = true;
        o.indent_str = indent.s;
      } else if (!indent.is(Kind::kNone)) {
        return Error("tojson: indent must be an int or a string");
      }
      if (o.indent >= 0 || o.indent_is_str) o.item_sep = ",";
      if (!seps.is(Kind::kNone)) {
        if (!seps.is(Kind::kList) || seps.list->size() != 2 || !(*seps.list)[0].is(Kind::kString) ||
            !(*seps.list)[1].is(Kind::kString))
          return Error("tojson: separators must be a pair of strings");
        o.item_sep = (*seps.list)[0].s;
        o.key_sep = (*seps.list)[1].s;
      }
      ASSIGN_OR_RETURN(std::string s, ToJson(v, o));
      return Value::Str(std::move(s));
    }
    if (n == "safe" || n == "e" || n == "escape" || n == "forceescape") {
      if (n != "safe") return Error("filter '", n, "' is not supported");
      return v;
    }
    if (n == "trim") {
      Value chars = args.Take(0, "chars", Value::None());
      RETURN_IF_ERROR(args.CheckDone(n, 1));
      return Value::Str(StripChars(PyStr(v), chars, true, true));
    }
    if (n == "length" || n == "count") {
      RETURN_IF_ERROR(args.CheckDone(n, 0));
      ASSIGN_OR_RETURN(size_t len, Length(v));
      return Value::Int(static_cast<int64_t>(len));
    }
    if (n == "selectattr" || n == "rejectattr")
      return SelectOrReject(v, args, true, n == "selectattr");
    if (n == "select" || n == "reject") return SelectOrReject(v, args, false, n == "select");
    if (n == "map") {
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      ValueList out;
      Value attr = args.Take(99, "attribute");
      if (!attr.undefined()) {
        Value dflt = args.Take(99, "default");
        RETURN_IF_ERROR(args.CheckDone(n, 0));
        for (const Value& item : items) {
          ASSIGN_OR_RETURN(Value x, AttrPath(item, attr));
          out.push_back(x.undefined() && !dflt.undefined() ? dflt : x);
        }
        return Value::List(std::move(out));
      }
      if (args.pos.empty()) return Error("map requires a filter argument");
      std::string filter = PyStr(args.pos[0]);
      Args rest;
      rest.pos.assign(args.pos.begin() + 1, args.pos.end());
      rest.kw = args.kw;
      for (const Value& item : items) {
        Args a = rest;
        ASSIGN_OR_RETURN(Value x, ApplyFilter(filter, item, a));
        out.push_back(std::move(x));
      }
      return Value::List(std::move(out));
    }
    if (n == "join") {
      Value sep = args.Take(0, "d", Value::Str(""));
      Value attr = args.Take(1, "attribute", Value::None());
      RETURN_IF_ERROR(args.CheckDone(n, 2));
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      std::string out;
      for (size_t k = 0; k < items.size(); ++k) {
        if (k) out += PyStr(sep);
        Value x = items[k];
        if (!attr.is(Kind::kNone)) {
          ASSIGN_OR_RETURN(x, AttrPath(x, attr));
        }
        out += PyStr(x);
      }
      return Value::Str(std::move(out));
    }
    if (n == "default" || n == "d") {
      Value dflt = args.Take(0, "default_value", Value::Str(""));
      bool boolean = Truthy(args.Take(1, "boolean", Value::Bool(false)));
      RETURN_IF_ERROR(args.CheckDone(n, 2));
      if (v.undefined() || (boolean && !Truthy(v))) return dflt;
      return v;
    }
    if (n == "upper" || n == "lower" || n == "capitalize" || n == "title" || n == "string" ||
        n == "wordcount") {
      RETURN_IF_ERROR(args.CheckDone(n, 0));
      std::string s = PyStr(v);
      if (n == "upper") return Value::Str(Upper(s));
      if (n == "lower") return Value::Str(Lower(s));
      if (n == "capitalize") return Value::Str(Capitalize(s));
      if (n == "title") return Value::Str(JinjaTitle(s));
      if (n == "string") return Value::Str(s);
      int64_t words = 0;
      bool in_word = false;
      for (unsigned char c : s) {
        bool w = std::isalnum(c) || c == '_' || c >= 0x80;
        if (w && !in_word) ++words;
        in_word = w;
      }
      return Value::Int(words);
    }
    if (n == "replace") {
      Value from = args.Take(0, "old"), to = args.Take(1, "new"),
            count = args.Take(2, "count", Value::None());
      RETURN_IF_ERROR(args.CheckDone(n, 3));
      int64_t c = -1;
      if (!count.is(Kind::kNone)) {
        ASSIGN_OR_RETURN(c, ToIndex(count));
      }
      return Value::Str(ReplaceAll(PyStr(v), PyStr(from), PyStr(to), c));
    }
    if (n == "first" || n == "last") {
      RETURN_IF_ERROR(args.CheckDone(n, 0));
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      if (items.empty()) return Value::Undefined(StrCat("No ", n, " item, sequence was empty."));
      return n == "first" ? items.front() : items.back();
    }
    if (n == "list") {
      RETURN_IF_ERROR(args.CheckDone(n, 0));
      if (v.is(Kind::kNone) || v.numeric())
        return Error("'", TypeName(v), "' object is not iterable");
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      return Value::List(std::move(items));
    }
    if (n == "int") {
      Value dflt = args.Take(0, "default", Value::Int(0));
      RETURN_IF_ERROR(args.CheckDone(n, 2));
      if (v.is(Kind::kInt)) return v;
      if (v.is(Kind::kBool)) return Value::Int(v.b);
      if (v.is(Kind::kFloat)) {
        if (!std::isfinite(v.f) || std::fabs(v.f) > 9.2e18) return dflt;
        return Value::Int(static_cast<int64_t>(v.f));
      }
      if (v.is(Kind::kString)) {
        std::string s = StripChars(v.s, Value::None(), true, true);
        char* end = nullptr;
        errno = 0;
        long long x = std::strtoll(s.c_str(), &end, 10);
        if (!s.empty() && *end == 0 && errno == 0) return Value::Int(x);
        bool decimal = s.find_first_not_of("0123456789+-.eE") == std::string::npos;
        double f = std::strtod(s.c_str(), &end);
        if (decimal && !s.empty() && *end == 0 && std::isfinite(f) && std::fabs(f) < 9.2e18)
          return Value::Int(static_cast<int64_t>(f));
      }
      return dflt;
    }
    if (n == "float") {
      Value dflt = args.Take(0, "default", Value::Float(0.0));
      RETURN_IF_ERROR(args.CheckDone(n, 1));
      if (v.is(Kind::kFloat)) return v;
      if (v.is(Kind::kInt) || v.is(Kind::kBool)) return Value::Float(v.is(Kind::kInt) ? v.i : v.b);
      if (v.is(Kind::kString)) {
        std::string s = StripChars(v.s, Value::None(), true, true);
        char* end = nullptr;
        double f = std::strtod(s.c_str(), &end);
        bool hex = s.find_first_of("xX") != std::string::npos;  // Python's float() has no hex
        if (!s.empty() && !hex && *end == 0) return Value::Float(f);
      }
      return dflt;
    }
    if (n == "abs") {
      RETURN_IF_ERROR(args.CheckDone(n, 0));
      if (v.is(Kind::kInt)) {
        if (v.i == INT64_MIN) return Error("integer overflow");
        return Value::Int(v.i < 0 ? -v.i : v.i);
      }
      if (v.is(Kind::kBool)) return Value::Int(v.b);
      if (v.is(Kind::kFloat)) return Value::Float(std::fabs(v.f));
      return Error("bad operand type for abs(): '", TypeName(v), "'");
    }
    if (n == "round") {
      Value prec = args.Take(0, "precision", Value::Int(0));
      Value method = args.Take(1, "method", Value::Str("common"));
      RETURN_IF_ERROR(args.CheckDone(n, 2));
      if (!v.numeric()) return Error("round: a number is required, not ", TypeName(v));
      ASSIGN_OR_RETURN(int64_t p, ToIndex(prec));
      p = std::clamp<int64_t>(p, -20, 20);
      double x = v.is(Kind::kFloat) ? v.f : static_cast<double>(v.is(Kind::kInt) ? v.i : v.b);
      double scale = std::pow(10.0, static_cast<double>(p));
      double y = x * scale;
      std::string m = PyStr(method);
      if (m == "common") {
        y = std::nearbyint(y);
      } else if (m == "ceil") {
        y = std::ceil(y);
      } else if (m == "floor") {
        y = std::floor(y);
      } else {
        return Error("method must be common, ceil or floor");
      }
      return Value::Float(y / scale);
    }
    if (n == "items") {
      RETURN_IF_ERROR(args.CheckDone(n, 0));
      if (v.undefined()) return Value::List({});
      if (!v.mapping()) return Error("Can only get item pairs from a mapping.");
      return ItemsOf(*v.dict);
    }
    if (n == "dictsort") {
      bool case_sensitive = Truthy(args.Take(0, "case_sensitive", Value::Bool(false)));
      std::string by = PyStr(args.Take(1, "by", Value::Str("key")));
      bool reverse = Truthy(args.Take(2, "reverse", Value::Bool(false)));
      RETURN_IF_ERROR(args.CheckDone(n, 3));
      if (!v.mapping()) return Error("dictsort: a mapping is required");
      ValueDict items = *v.dict;
      size_t pos = by == "value" ? 1 : 0;
      RETURN_IF_ERROR(SortValues(
          items,
          [pos, case_sensitive](const std::pair<Value, Value>& kv) {
            const Value& x = pos ? kv.second : kv.first;
            return (!case_sensitive && x.is(Kind::kString)) ? Value::Str(Lower(x.s)) : x;
          },
          reverse));
      return ItemsOf(items);
    }
    if (n == "sort") {
      bool reverse = Truthy(args.Take(0, "reverse", Value::Bool(false)));
      bool case_sensitive = Truthy(args.Take(1, "case_sensitive", Value::Bool(false)));
      Value attr = args.Take(2, "attribute", Value::None());
      RETURN_IF_ERROR(args.CheckDone(n, 3));
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      std::vector<std::pair<Value, Value>> keyed;
      for (const Value& item : items) {
        Value key = item;
        if (!attr.is(Kind::kNone)) {
          ASSIGN_OR_RETURN(key, AttrPath(item, attr));
        }
        if (!case_sensitive && key.is(Kind::kString)) key = Value::Str(Lower(key.s));
        keyed.emplace_back(key, item);
      }
      RETURN_IF_ERROR(SortValues(
          keyed, [](const std::pair<Value, Value>& kv) { return kv.first; }, reverse));
      ValueList out;
      for (auto& kv : keyed) out.push_back(kv.second);
      return Value::List(std::move(out));
    }
    if (n == "unique") {
      bool case_sensitive = Truthy(args.Take(0, "case_sensitive", Value::Bool(false)));
      Value attr = args.Take(1, "attribute", Value::None());
      RETURN_IF_ERROR(args.CheckDone(n, 2));
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      ValueList out, seen;
      for (const Value& item : items) {
        Value key = item;
        if (!attr.is(Kind::kNone)) {
          ASSIGN_OR_RETURN(key, AttrPath(item, attr));
        }
        if (!case_sensitive && key.is(Kind::kString)) key = Value::Str(Lower(key.s));
        bool dup = false;
        for (const Value& s : seen) dup = dup || Equal(s, key);
        if (!dup) {
          seen.push_back(key);
          out.push_back(item);
        }
      }
      return Value::List(std::move(out));
    }
    if (n == "reverse") {
      RETURN_IF_ERROR(args.CheckDone(n, 0));
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      std::reverse(items.begin(), items.end());
      if (v.is(Kind::kString)) {
        std::string s;
        for (const Value& c : items) s += c.s;
        return Value::Str(std::move(s));
      }
      return Value::List(std::move(items));
    }
    if (n == "indent") {
      Value width = args.Take(0, "width", Value::Int(4));
      bool first = Truthy(args.Take(1, "first", Value::Bool(false)));
      bool blank = Truthy(args.Take(2, "blank", Value::Bool(false)));
      RETURN_IF_ERROR(args.CheckDone(n, 3));
      std::string ind;
      if (width.is(Kind::kString)) {
        ind = width.s;
      } else {
        ASSIGN_OR_RETURN(int64_t w, ToIndex(width));
        ind = std::string(std::clamp<int64_t>(w, 0, 1000), ' ');
      }
      std::string s = PyStr(v) + "\n";
      std::vector<std::string> lines;
      size_t b = 0;
      for (size_t k = 0; k < s.size(); ++k) {
        if (s[k] == '\n' || s[k] == '\r') {
          lines.push_back(s.substr(b, k - b));
          if (s[k] == '\r' && k + 1 < s.size() && s[k + 1] == '\n') ++k;
          b = k + 1;
        }
      }
      if (b < s.size()) lines.push_back(s.substr(b));
      std::string rv;
      for (size_t k = 0; k < lines.size(); ++k) {
        if (k) rv += "\n";
        if (k && (blank || !lines[k].empty())) rv += ind;
        rv += lines[k];
      }
      if (first) rv = ind + rv;
      return Value::Str(std::move(rv));
    }
    if (n == "sum") {
      Value attr = args.Take(0, "attribute", Value::None());
      Value total = args.Take(1, "start", Value::Int(0));
      RETURN_IF_ERROR(args.CheckDone(n, 2));
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      for (const Value& item : items) {
        Value x = item;
        if (!attr.is(Kind::kNone)) {
          ASSIGN_OR_RETURN(x, AttrPath(item, attr));
        }
        ASSIGN_OR_RETURN(total, Binary("+", total, x));
      }
      return total;
    }
    if (n == "min" || n == "max") {
      bool case_sensitive = Truthy(args.Take(0, "case_sensitive", Value::Bool(false)));
      Value attr = args.Take(1, "attribute", Value::None());
      RETURN_IF_ERROR(args.CheckDone(n, 2));
      ASSIGN_OR_RETURN(ValueList items, Iterate(v));
      if (items.empty()) return Value::Undefined(StrCat("No aggregated item, sequence was empty."));
      Value best, best_key;
      for (size_t k = 0; k < items.size(); ++k) {
        Value key = items[k];
        if (!attr.is(Kind::kNone)) {
          ASSIGN_OR_RETURN(key, AttrPath(items[k], attr));
        }
        if (!case_sensitive && key.is(Kind::kString)) key = Value::Str(Lower(key.s));
        if (k == 0) {
          best = items[k];
          best_key = key;
          continue;
        }
        ASSIGN_OR_RETURN(int c, Compare(key, best_key));
        if ((n == "min" && c < 0) || (n == "max" && c > 0)) {
          best = items[k];
          best_key = key;
        }
      }
      return best;
    }
    if (n == "attr") {
      Value attr = args.Take(0, "name");
      RETURN_IF_ERROR(args.CheckDone(n, 1));
      return GetAttr(v, PyStr(attr));
    }
    if (n == "center" || n == "format" || n == "truncate" || n == "striptags" || n == "batch" ||
        n == "slice" || n == "urlencode" || n == "xmlattr" || n == "pprint" ||
        n == "filesizeformat")
      return Error("filter '", n, "' is not supported");
    return Error("No filter named '", n, "'.");
  }

  template <typename T, typename KeyFn>
  static Status SortValues(std::vector<T>& items, KeyFn key, bool reverse) {
    Status error;
    std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) {
      if (!error.ok()) return false;
      Result<int> c = Compare(key(a), key(b));
      if (!c.ok()) {
        error = c.status();
        return false;
      }
      return reverse ? *c > 0 : *c < 0;
    });
    return error;
  }

  // ---- tests ----

  Result<bool> ApplyTest(const std::string& n, const Value& v, Args& args) {
    auto arg = [&]() { return args.Take(0, "other"); };
    if (n == "defined") return !v.undefined();
    if (n == "undefined") return v.undefined();
    if (n == "none") return v.is(Kind::kNone);
    if (n == "boolean") return v.is(Kind::kBool);
    if (n == "true") return v.is(Kind::kBool) && v.b;
    if (n == "false") return v.is(Kind::kBool) && !v.b;
    if (n == "integer") return v.is(Kind::kInt);
    if (n == "float") return v.is(Kind::kFloat);
    if (n == "number") return v.numeric();
    if (n == "string") return v.is(Kind::kString);
    if (n == "mapping") return v.is(Kind::kDict);
    if (n == "iterable")
      return v.undefined() || v.is(Kind::kString) || v.is(Kind::kList) || v.is(Kind::kDict);
    if (n == "sequence")
      return v.undefined() || v.is(Kind::kString) || v.is(Kind::kList) || v.is(Kind::kDict);
    if (n == "callable") return v.is(Kind::kFunction);
    if (n == "lower" || n == "upper") {
      std::string s = PyStr(v);
      bool cased = false, ok = true;
      for (unsigned char c : s) {
        if (std::isalpha(c)) cased = true;
        if (n == "lower" ? std::isupper(c) : std::islower(c)) ok = false;
      }
      return cased && ok;
    }
    if (n == "odd" || n == "even" || n == "divisibleby") {
      if (!v.is(Kind::kInt) && !v.is(Kind::kBool))
        return Error("test '", n, "' needs an integer, got ", TypeName(v));
      int64_t x = v.is(Kind::kInt) ? v.i : v.b;
      if (n == "odd") return x % 2 != 0;
      if (n == "even") return x % 2 == 0;
      ASSIGN_OR_RETURN(int64_t d, ToIndex(args.Take(0, "num")));
      if (d == 0) return Error("integer division or modulo by zero");
      return x % d == 0;
    }
    if (n == "eq" || n == "equalto" || n == "==") return Equal(v, arg());
    if (n == "ne" || n == "!=") return !Equal(v, arg());
    if (n == "sameas") {
      Value o = arg();
      if (v.kind != o.kind) return false;
      if (v.is(Kind::kNone) || v.is(Kind::kBool)) return Equal(v, o);
      return v.list == o.list && v.dict == o.dict && v.fn == o.fn && Equal(v, o);
    }
    if (n == "in") {
      Value seq = args.Take(0, "seq");
      return Contains(seq, v);
    }
    static const std::map<std::string, std::string> kCompare = {
        {"lt", "<"}, {"lessthan", "<"},    {"<", "<"}, {"le", "<="}, {"<=", "<="},
        {"gt", ">"}, {"greaterthan", ">"}, {">", ">"}, {"ge", ">="}, {">=", ">="}};
    auto it = kCompare.find(n);
    if (it != kCompare.end()) return CompareOp(it->second, v, arg());
    if (n == "escaped" || n == "filter" || n == "test")
      return Error("test '", n, "' is not supported");
    return Error("No test named '", n, "'.");
  }

  Frame* root_;
  int64_t max_steps_;
  int64_t steps_ = 0;
  int call_depth_ = 0;
  int depth_ = 0;
};

Value RangeFunction() {
  return Value::Func([](Args& a) -> Result<Value> {
    if (a.pos.empty() || a.pos.size() > 3 || !a.kw.empty())
      return Error("range expected 1 to 3 integer arguments");
    int64_t v[3];
    for (size_t k = 0; k < a.pos.size(); ++k) {
      ASSIGN_OR_RETURN(v[k], ToIndex(a.pos[k]));
    }
    int64_t start = 0, stop, step = 1;
    if (a.pos.size() == 1) {
      stop = v[0];
    } else {
      start = v[0];
      stop = v[1];
      if (a.pos.size() == 3) step = v[2];
    }
    if (step == 0) return Error("range() arg 3 must not be zero");
    long double count = (static_cast<long double>(stop) - start) / step;
    if (count > kMaxSequence) return Error("range() longer than ", kMaxSequence, " items");
    ValueList out;
    for (int64_t x = start; step > 0 ? x < stop : x > stop; x += step) {
      if (static_cast<int64_t>(out.size()) >= kMaxSequence)
        return Error("range() longer than ", kMaxSequence, " items");
      out.push_back(Value::Int(x));
      if ((step > 0 && x > INT64_MAX - step) || (step < 0 && x < INT64_MIN - step)) break;
    }
    return Value::List(std::move(out));
  });
}

Value DictLikeFunction(Kind kind) {
  return Value::Func([kind](Args& a) -> Result<Value> {
    ValueDict items;
    if (a.pos.size() > 1) return Error("expected at most 1 positional argument");
    if (a.pos.size() == 1) {
      if (!a.pos[0].mapping()) return Error("expected a mapping as positional argument");
      items = *a.pos[0].dict;
    }
    for (auto& [k, v] : a.kw) {
      bool replaced = false;
      for (auto& kv : items) {
        if (kv.first.is(Kind::kString) && kv.first.s == k) {
          kv.second = v;
          replaced = true;
        }
      }
      if (!replaced) items.emplace_back(Value::Str(k), v);
    }
    return Value::Dict(std::move(items), kind);
  });
}

}  // namespace

Result<std::string> Render(const Template& tmpl, const nlohmann::ordered_json& context) {
  Frame globals;
  globals.vars["range"] = RangeFunction();
  globals.vars["namespace"] = DictLikeFunction(Kind::kNamespace);
  globals.vars["dict"] = DictLikeFunction(Kind::kDict);
  globals.vars["raise_exception"] = Value::Func([](Args& a) -> Result<Value> {
    Value msg = a.Take(0, "message");
    return Error(PyStr(msg));
  });
  globals.vars["strftime_now"] = Value::Func([](Args& a) -> Result<Value> {
    Value fmt = a.Take(0, "format");
    RETURN_IF_ERROR(a.CheckDone("strftime_now", 1));
    if (!fmt.is(Kind::kString)) return Error("strftime_now: format must be a string");
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[512];
    size_t len = std::strftime(buf, sizeof(buf), fmt.s.c_str(), &tm);
    if (len == 0 && !fmt.s.empty())
      return Error("strftime_now: format produces no output or is too long");
    return Value::Str(std::string(buf, len));
  });
  Frame root;
  root.parent = &globals;
  if (!context.is_null()) {
    if (!context.is_object()) return Error("chat template context must be a JSON object");
    for (auto it = context.begin(); it != context.end(); ++it)
      root.vars[it.key()] = FromJson(it.value());
  }
  const int64_t context_bytes = static_cast<int64_t>(context.dump().size());
  Renderer renderer(&root, kBaseSteps + kStepsPerContextByte * context_bytes);
  std::string out;
  Flow flow = Flow::kNormal;
  RETURN_IF_ERROR(renderer.Exec(tmpl.body, root, out, flow));
  return out;
}

}  // namespace hf2hlo::chat::internal
