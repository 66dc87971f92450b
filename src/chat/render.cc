// The template interpreter: runs statements and evaluates expressions within
// the limits that keep any template from hanging or exhausting memory; what
// operators, filters, tests and methods do is in builtins.h.
#include <cctype>
#include <unordered_map>

#include "chat/builtins.h"

namespace hf2hlo::chat::internal {
namespace {

using Kind = Value::Kind;

// Evaluation steps (expressions, statements, loop iterations): a base plus a
// share per byte of context, so that long conversations still render.
constexpr int64_t kBaseSteps = 1'000'000;
constexpr int64_t kStepsPerContextByte = 50;
constexpr size_t kMaxOutput = 256u << 20;  // bytes of rendered text
constexpr int kMaxCallDepth = 100;         // macro recursion
constexpr int kMaxRecursion = 800;         // nested Exec/Eval calls in all (bounds the stack)

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

// A variable scope; lookups fall back to the enclosing frames.
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

// How a statement list ended: normally, or by {% break %} / {% continue %}.
enum class Flow { kNormal, kBreak, kContinue };

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
          f.vars[kFilterBodyName] = v;
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
        f.vars[kFilterBodyName] = Value::Str(std::move(text));
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

  Frame* root_;
  int64_t max_steps_;
  int64_t steps_ = 0;
  int call_depth_ = 0;
  int depth_ = 0;
};

}  // namespace

Result<std::string> Render(const Template& tmpl, const nlohmann::ordered_json& context) {
  Frame globals;
  for (auto& [name, function] : GlobalFunctions()) globals.vars[name] = std::move(function);
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
