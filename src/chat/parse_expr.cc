// Expressions: literals, names, operators by precedence, subscripts, calls,
// filters and tests.
#include "chat/parser.h"

namespace hf2hlo::chat::internal {

using TT = Token::Type;

Result<ExprPtr> Parser::ParseTupleOrExpression() {
  const Token& start = Peek();
  ASSIGN_OR_RETURN(ExprPtr first, ParseExpression());
  if (!IsOp(",")) return first;
  ExprPtr t = MakeExpr(Expr::Type::kTuple, start);
  t->kids.push_back(std::move(first));
  while (IsOp(",")) {
    Next();
    if (Peek().type == TT::kBlockEnd || Peek().type == TT::kVarEnd) break;
    ASSIGN_OR_RETURN(ExprPtr e, ParseExpression());
    t->kids.push_back(std::move(e));
  }
  return t;
}

Result<ExprPtr> Parser::ParseExpression() { return ParseTernary(true); }

Result<ExprPtr> Parser::ParseTernary(bool allow_cond) {
  if (++depth_ > kMaxDepth) return Err(Peek(), "expression nested too deeply");
  const Token& start = Peek();
  ASSIGN_OR_RETURN(ExprPtr e, ParseOr());
  while (allow_cond && IsName("if")) {
    Next();
    ExprPtr c = MakeExpr(Expr::Type::kCond, start);
    ASSIGN_OR_RETURN(ExprPtr test, ParseOr());
    ExprPtr other;
    if (IsName("else")) {
      Next();
      ASSIGN_OR_RETURN(other, ParseTernary(true));
    }
    c->kids.push_back(std::move(test));
    c->kids.push_back(std::move(e));
    c->kids.push_back(std::move(other));
    e = std::move(c);
  }
  --depth_;
  return e;
}

Result<ExprPtr> Parser::ParseOr() {
  return ParseBoolChain("or", Expr::Type::kOr, &Parser::ParseAnd);
}

Result<ExprPtr> Parser::ParseAnd() {
  return ParseBoolChain("and", Expr::Type::kAnd, &Parser::ParseNot);
}

Result<ExprPtr> Parser::ParseBoolChain(const char* word, Expr::Type type,
                                       Result<ExprPtr> (Parser::*operand)()) {
  ASSIGN_OR_RETURN(ExprPtr e, (this->*operand)());
  while (IsName(word)) {
    const Token& t = Next();
    ExprPtr o = MakeExpr(type, t);
    ASSIGN_OR_RETURN(ExprPtr r, (this->*operand)());
    o->kids.push_back(std::move(e));
    o->kids.push_back(std::move(r));
    e = std::move(o);
  }
  return e;
}

Result<ExprPtr> Parser::ParseNot() {
  if (IsName("not")) {
    if (++depth_ > kMaxDepth) return Err(Peek(), "expression nested too deeply");
    const Token& t = Next();
    ExprPtr o = MakeExpr(Expr::Type::kNot, t);
    ASSIGN_OR_RETURN(ExprPtr r, ParseNot());
    o->kids.push_back(std::move(r));
    --depth_;
    return o;
  }
  return ParseCompare();
}

Result<ExprPtr> Parser::ParseCompare() {
  const Token& start = Peek();
  ASSIGN_OR_RETURN(ExprPtr e, ParseArithmetic(0));
  ExprPtr cmp;
  while (true) {
    std::string op;
    if (Peek().type == TT::kOp &&
        (IsOp("==") || IsOp("!=") || IsOp("<") || IsOp(">") || IsOp("<=") || IsOp(">="))) {
      op = Next().text;
    } else if (IsName("in")) {
      Next();
      op = "in";
    } else if (IsName("not") && IsName("in", 1)) {
      Next();
      Next();
      op = "not in";
    } else {
      break;
    }
    if (!cmp) {
      cmp = MakeExpr(Expr::Type::kCompare, start);
      cmp->kids.push_back(std::move(e));
    }
    ASSIGN_OR_RETURN(ExprPtr r, ParseArithmetic(0));
    cmp->ops.push_back(op);
    cmp->kids.push_back(std::move(r));
  }
  return cmp ? std::move(cmp) : std::move(e);
}

Result<ExprPtr> Parser::Binary(ExprPtr l, const Token& t, ExprPtr r) {
  ExprPtr o = MakeExpr(Expr::Type::kBinary, t);
  AtStart(*o, *l);
  o->name = t.text;
  o->kids.push_back(std::move(l));
  o->kids.push_back(std::move(r));
  return o;
}

Result<ExprPtr> Parser::ParseArithmetic(size_t level) {
  // Operators by precedence, loosest first; each level associates to the left.
  static const std::vector<std::vector<std::string>> kLevels = {
      {"+", "-"}, {"~"}, {"*", "/", "//", "%"}, {"**"}};
  if (level == kLevels.size()) return ParseUnary(/*with_filter=*/true);
  const std::vector<std::string>& ops = kLevels[level];
  auto at_operator = [&] {
    return Peek().type == TT::kOp && std::find(ops.begin(), ops.end(), Peek().text) != ops.end();
  };
  ASSIGN_OR_RETURN(ExprPtr e, ParseArithmetic(level + 1));
  while (at_operator()) {
    const Token& t = Next();
    ASSIGN_OR_RETURN(ExprPtr r, ParseArithmetic(level + 1));
    ASSIGN_OR_RETURN(e, Binary(std::move(e), t, std::move(r)));
  }
  return e;
}

Result<ExprPtr> Parser::ParseUnary(bool with_filter) {
  if (++depth_ > kMaxDepth) return Err(Peek(), "expression nested too deeply");
  ExprPtr e;
  if (IsOp("-") || IsOp("+")) {
    const Token& t = Next();
    e = MakeExpr(t.text == "-" ? Expr::Type::kNeg : Expr::Type::kPos, t);
    ASSIGN_OR_RETURN(ExprPtr r, ParseUnary(false));
    e->kids.push_back(std::move(r));
  } else {
    ASSIGN_OR_RETURN(e, ParsePrimary());
  }
  ASSIGN_OR_RETURN(e, ParsePostfix(std::move(e)));
  if (with_filter) {
    ASSIGN_OR_RETURN(e, ParseFilters(std::move(e), false));
  }
  --depth_;
  return e;
}

Result<ExprPtr> Parser::ParsePrimary() {
  const Token& t = Peek();
  switch (t.type) {
    case TT::kName: {
      Next();
      ExprPtr e = MakeExpr(Expr::Type::kLiteral, t);
      if (t.text == "true" || t.text == "True") {
        e->literal = Value::Bool(true);
      } else if (t.text == "false" || t.text == "False") {
        e->literal = Value::Bool(false);
      } else if (t.text == "none" || t.text == "None") {
        e->literal = Value::None();
      } else {
        e->type = Expr::Type::kName;
        e->name = t.text;
      }
      return e;
    }
    case TT::kString: {
      Next();
      ExprPtr e = MakeExpr(Expr::Type::kLiteral, t);
      std::string s = t.text;
      while (Peek().type == TT::kString) s += Next().text;  // adjacent literals concatenate
      e->literal = Value::Str(std::move(s));
      return e;
    }
    case TT::kInt: {
      Next();
      ExprPtr e = MakeExpr(Expr::Type::kLiteral, t);
      e->literal = Value::Int(t.i);
      return e;
    }
    case TT::kFloat: {
      Next();
      ExprPtr e = MakeExpr(Expr::Type::kLiteral, t);
      e->literal = Value::Float(t.f);
      return e;
    }
    case TT::kOp:
      if (t.text == "(") {
        Next();
        if (IsOp(")")) {
          Next();
          return MakeExpr(Expr::Type::kTuple, t);
        }
        ASSIGN_OR_RETURN(ExprPtr first, ParseExpression());
        if (IsOp(")")) {
          Next();
          return first;
        }
        ExprPtr tup = MakeExpr(Expr::Type::kTuple, t);
        tup->kids.push_back(std::move(first));
        while (IsOp(",")) {
          Next();
          if (IsOp(")")) break;
          ASSIGN_OR_RETURN(ExprPtr e, ParseExpression());
          tup->kids.push_back(std::move(e));
        }
        RETURN_IF_ERROR(Expect(")"));
        return tup;
      }
      if (t.text == "[") {
        Next();
        ExprPtr list = MakeExpr(Expr::Type::kList, t);
        while (!IsOp("]")) {
          if (!list->kids.empty()) {
            RETURN_IF_ERROR(Expect(","));
            if (IsOp("]")) break;
          }
          ASSIGN_OR_RETURN(ExprPtr e, ParseExpression());
          list->kids.push_back(std::move(e));
        }
        Next();
        return list;
      }
      if (t.text == "{") {
        Next();
        ExprPtr dict = MakeExpr(Expr::Type::kDict, t);
        while (!IsOp("}")) {
          if (!dict->kids.empty()) {
            RETURN_IF_ERROR(Expect(","));
            if (IsOp("}")) break;
          }
          ASSIGN_OR_RETURN(ExprPtr k, ParseExpression());
          RETURN_IF_ERROR(Expect(":"));
          ASSIGN_OR_RETURN(ExprPtr v, ParseExpression());
          dict->kids.push_back(std::move(k));
          dict->kids.push_back(std::move(v));
        }
        Next();
        return dict;
      }
      break;
    default:
      break;
  }
  return Err(t, "unexpected " + Describe(t));
}

Status Parser::ParseCallArgs(Expr& call) {
  RETURN_IF_ERROR(Expect("("));
  bool first = true;
  while (!IsOp(")")) {
    if (!first) {
      RETURN_IF_ERROR(Expect(","));
      if (IsOp(")")) break;
    }
    first = false;
    if (Peek().type == TT::kName && IsOp("=", 1)) {
      std::string name = Next().text;
      Next();
      ASSIGN_OR_RETURN(ExprPtr v, ParseExpression());
      call.kwargs.emplace_back(name, std::move(v));
    } else {
      if (!call.kwargs.empty()) return Err(Peek(), "positional argument follows keyword argument");
      ASSIGN_OR_RETURN(ExprPtr v, ParseExpression());
      call.kids.push_back(std::move(v));
    }
  }
  Next();
  return OkStatus();
}

Result<ExprPtr> Parser::ParsePostfix(ExprPtr e) {
  int steps = 0;
  while (true) {
    if (++steps > 10000) return Err(Peek(), "expression too long");
    const Token& t = Peek();
    if (IsOp(".")) {
      Next();
      const Token& n = Next();
      ExprPtr g = MakeExpr(Expr::Type::kGetAttr, t);
      AtStart(*g, *e);
      if (n.type == TT::kName) {
        g->name = n.text;
      } else if (n.type == TT::kInt) {
        g->type = Expr::Type::kGetItem;
        ExprPtr idx = MakeExpr(Expr::Type::kLiteral, n);
        idx->literal = Value::Int(n.i);
        g->kids.push_back(std::move(e));
        g->kids.push_back(std::move(idx));
        e = std::move(g);
        continue;
      } else {
        return Err(n, "expected an attribute name after '.'");
      }
      g->kids.push_back(std::move(e));
      e = std::move(g);
    } else if (IsOp("[")) {
      Next();
      ExprPtr parts[3];
      bool slice = false;
      for (int k = 0; k < 3; ++k) {
        if (!IsOp(":") && !IsOp("]")) {
          ASSIGN_OR_RETURN(parts[k], ParseExpression());
        }
        if (IsOp(":") && k < 2) {
          Next();
          slice = true;
        } else {
          break;
        }
      }
      RETURN_IF_ERROR(Expect("]"));
      if (!slice) {
        if (!parts[0]) return Err(t, "expected an index in '[]'");
        ExprPtr g = MakeExpr(Expr::Type::kGetItem, t);
        AtStart(*g, *e);
        g->kids.push_back(std::move(e));
        g->kids.push_back(std::move(parts[0]));
        e = std::move(g);
      } else {
        ExprPtr g = MakeExpr(Expr::Type::kSlice, t);
        AtStart(*g, *e);
        g->kids.push_back(std::move(e));
        for (auto& p : parts) g->kids.push_back(std::move(p));
        e = std::move(g);
      }
    } else if (IsOp("(")) {
      ExprPtr c = MakeExpr(Expr::Type::kCall, t);
      AtStart(*c, *e);
      c->kids.push_back(std::move(e));
      RETURN_IF_ERROR(ParseCallArgs(*c));
      e = std::move(c);
    } else {
      return e;
    }
  }
}

Result<ExprPtr> Parser::ParseFilters(ExprPtr e, bool first_without_bar) {
  int steps = 0;
  while (true) {
    if (++steps > 10000) return Err(Peek(), "expression too long");
    if (IsOp("|") || first_without_bar) {
      if (!first_without_bar) Next();
      first_without_bar = false;
      const Token& t = Peek();
      ExprPtr f = MakeExpr(Expr::Type::kFilter, t);
      ASSIGN_OR_RETURN(f->name, ExpectName());
      if (e->name != kFilterBodyName) AtStart(*f, *e);
      while (IsOp(".")) {  // dotted filter names
        Next();
        ASSIGN_OR_RETURN(std::string more, ExpectName());
        f->name += "." + more;
      }
      f->kids.push_back(std::move(e));
      if (IsOp("(")) RETURN_IF_ERROR(ParseCallArgs(*f));
      e = std::move(f);
    } else if (IsName("is")) {
      Next();
      const Token& t = Peek();
      ExprPtr test = MakeExpr(Expr::Type::kTest, t);
      AtStart(*test, *e);
      if (IsName("not")) {
        Next();
        test->negated = true;
      }
      const Token& nt = Peek();
      if (nt.type == TT::kName) {
        test->name = Next().text;
      } else if (nt.type == TT::kOp && (nt.text == "==" || nt.text == "!=" || nt.text == "<" ||
                                        nt.text == ">" || nt.text == "<=" || nt.text == ">=")) {
        test->name = Next().text;
      } else {
        return Err(nt, "expected a test name after 'is'");
      }
      test->kids.push_back(std::move(e));
      if (IsOp("(")) {
        RETURN_IF_ERROR(ParseCallArgs(*test));
      } else {
        const Token& a = Peek();
        bool arg = a.type == TT::kString || a.type == TT::kInt || a.type == TT::kFloat ||
                   IsOp("[") || IsOp("{") || IsOp("-");
        if (a.type == TT::kName) {
          static const std::set<std::string> kStop = {"else", "or",  "and", "if",
                                                      "in",   "not", "is",  "recursive"};
          arg = !kStop.count(a.text);
        }
        if (arg) {
          ASSIGN_OR_RETURN(ExprPtr v, ParseUnary(false));
          test->kids.push_back(std::move(v));
        }
      }
      e = std::move(test);
    } else {
      return e;
    }
  }
}

}  // namespace hf2hlo::chat::internal
