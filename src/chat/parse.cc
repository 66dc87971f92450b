// The parser's shared helpers and the statements of the template:
// {% if %}, {% for %}, {% set %}, {% macro %} and the other block tags.
#include "chat/parser.h"

namespace hf2hlo::chat::internal {

using TT = Token::Type;

std::string Parser::Describe(const Token& t) {
  switch (t.type) {
    case TT::kEof:
      return "end of template";
    case TT::kVarEnd:
      return "'}}'";
    case TT::kBlockEnd:
      return "'%}'";
    case TT::kString:
      return "string";
    case TT::kInt:
    case TT::kFloat:
      return "number";
    case TT::kText:
      return "text";
    default:
      return "'" + t.text + "'";
  }
}

Status Parser::Expect(const char* op) {
  if (!IsOp(op)) return Err(Peek(), StrCat("expected '", op, "', got ", Describe(Peek())));
  Next();
  return OkStatus();
}

Status Parser::ExpectBlockEnd(const char* stmt) {
  if (Peek().type != TT::kBlockEnd)
    return Err(Peek(), StrCat("expected '%}' to end '", stmt, "', got ", Describe(Peek())));
  Next();
  return OkStatus();
}

Result<std::string> Parser::ExpectName() {
  if (Peek().type != TT::kName) return Err(Peek(), "expected a name, got " + Describe(Peek()));
  return Next().text;
}

ExprPtr Parser::MakeExpr(Expr::Type type, const Token& at) {
  auto e = std::make_unique<Expr>();
  e->type = type;
  auto [l, c] = lexer_.LineCol(at.pos);
  e->line = l;
  e->col = c;
  return e;
}

void Parser::AtStart(Expr& outer, const Expr& left) {
  outer.line = left.line;
  outer.col = left.col;
}

Node Parser::MakeNode(Node::Type type, const Token& at) {
  Node n;
  n.type = type;
  auto [l, c] = lexer_.LineCol(at.pos);
  n.line = l;
  n.col = c;
  return n;
}

Result<std::vector<Node>> Parser::ParseTemplate() {
  std::vector<Node> body;
  std::string end;
  RETURN_IF_ERROR(ParseBody({}, body, end));
  return body;
}

Status Parser::ParseBody(const std::set<std::string>& ends, std::vector<Node>& body,
                         std::string& end) {
  if (++depth_ > kMaxDepth) return Err(Peek(), "blocks nested too deeply");
  while (true) {
    const Token& t = Peek();
    if (t.type == TT::kEof) {
      if (ends.empty()) break;
      return Err(t, StrCat("unexpected end of template, expected '", *ends.rbegin(), "'"));
    }
    if (t.type == TT::kText) {
      Node n = MakeNode(Node::Type::kText, t);
      n.text = t.text;
      body.push_back(std::move(n));
      Next();
    } else if (t.type == TT::kVarBegin) {
      Node n = MakeNode(Node::Type::kOutput, t);
      Next();
      ASSIGN_OR_RETURN(n.expr, ParseExpression());
      if (Peek().type != TT::kVarEnd) return Err(Peek(), "expected '}}', got " + Describe(Peek()));
      Next();
      body.push_back(std::move(n));
    } else if (t.type == TT::kBlockBegin) {
      const Token& name = Peek(1);
      if (name.type != TT::kName) return Err(name, "expected a statement name");
      if (ends.count(name.text)) {
        Next();
        Next();
        end = name.text;
        break;
      }
      Next();
      RETURN_IF_ERROR(ParseStatement(body));
    } else {
      return Err(t, "unexpected " + Describe(t));
    }
  }
  --depth_;
  return OkStatus();
}

Status Parser::ParseStatement(std::vector<Node>& body) {
  const Token& kw = Next();
  const std::string& w = kw.text;
  if (w == "if") return ParseIf(kw, body);
  if (w == "for") return ParseFor(kw, body);
  if (w == "set") return ParseSet(kw, body);
  if (w == "macro") return ParseMacro(kw, body);
  if (w == "break" || w == "continue") {
    if (loop_depth_ == 0) return Err(kw, StrCat("'", w, "' outside of a loop"));
    body.push_back(MakeNode(w == "break" ? Node::Type::kBreak : Node::Type::kContinue, kw));
    return ExpectBlockEnd(w.c_str());
  }
  if (w == "generation") {
    Node n = MakeNode(Node::Type::kGeneration, kw);
    RETURN_IF_ERROR(ExpectBlockEnd("generation"));
    std::string end;
    RETURN_IF_ERROR(ParseBody({"endgeneration"}, n.body, end));
    RETURN_IF_ERROR(ExpectBlockEnd("endgeneration"));
    body.push_back(std::move(n));
    return OkStatus();
  }
  if (w == "filter") {
    Node n = MakeNode(Node::Type::kFilterBlock, kw);
    ASSIGN_OR_RETURN(n.expr, ParseBlockFilters(kw, /*first_without_bar=*/true));
    RETURN_IF_ERROR(ExpectBlockEnd("filter"));
    std::string end;
    RETURN_IF_ERROR(ParseBody({"endfilter"}, n.body, end));
    RETURN_IF_ERROR(ExpectBlockEnd("endfilter"));
    body.push_back(std::move(n));
    return OkStatus();
  }
  if (w == "with") {
    Node n = MakeNode(Node::Type::kWith, kw);
    while (Peek().type != TT::kBlockEnd) {
      if (!n.params.empty()) RETURN_IF_ERROR(Expect(","));
      ASSIGN_OR_RETURN(std::string name, ExpectName());
      RETURN_IF_ERROR(Expect("="));
      ASSIGN_OR_RETURN(ExprPtr value, ParseExpression());
      n.params.emplace_back(name, std::move(value));
    }
    Next();
    std::string end;
    RETURN_IF_ERROR(ParseBody({"endwith"}, n.body, end));
    RETURN_IF_ERROR(ExpectBlockEnd("endwith"));
    body.push_back(std::move(n));
    return OkStatus();
  }
  return Err(kw, StrCat("unknown statement '", w, "'"));
}

Status Parser::ParseIf(const Token& kw, std::vector<Node>& body) {
  Node n = MakeNode(Node::Type::kIf, kw);
  ASSIGN_OR_RETURN(ExprPtr cond, ParseExpression());
  RETURN_IF_ERROR(ExpectBlockEnd("if"));
  while (true) {
    std::vector<Node> branch;
    std::string end;
    RETURN_IF_ERROR(ParseBody({"elif", "else", "endif"}, branch, end));
    n.branches.emplace_back(std::move(cond), std::move(branch));
    if (end == "elif") {
      if (!n.branches.back().first) return Err(Peek(), "'elif' after 'else'");
      ASSIGN_OR_RETURN(cond, ParseExpression());
      RETURN_IF_ERROR(ExpectBlockEnd("elif"));
    } else if (end == "else") {
      if (!n.branches.back().first) return Err(Peek(), "two 'else' blocks in one 'if'");
      cond = nullptr;
      RETURN_IF_ERROR(ExpectBlockEnd("else"));
    } else {
      RETURN_IF_ERROR(ExpectBlockEnd("endif"));
      break;
    }
  }
  body.push_back(std::move(n));
  return OkStatus();
}

Status Parser::ParseTargets(std::vector<std::string>& targets) {
  bool paren = IsOp("(");
  if (paren) Next();
  while (true) {
    ASSIGN_OR_RETURN(std::string name, ExpectName());
    targets.push_back(name);
    if (!IsOp(",")) break;
    Next();
    if (paren && IsOp(")")) break;
  }
  if (paren) RETURN_IF_ERROR(Expect(")"));
  return OkStatus();
}

Status Parser::ParseFor(const Token& kw, std::vector<Node>& body) {
  Node n = MakeNode(Node::Type::kFor, kw);
  RETURN_IF_ERROR(ParseTargets(n.targets));
  if (!IsName("in")) return Err(Peek(), "expected 'in' in 'for', got " + Describe(Peek()));
  Next();
  ASSIGN_OR_RETURN(n.expr, ParseTernary(/*allow_cond=*/false));
  if (IsName("if")) {
    Next();
    ASSIGN_OR_RETURN(n.cond, ParseExpression());
  }
  if (IsName("recursive")) return Err(Peek(), "recursive loops are not supported");
  RETURN_IF_ERROR(ExpectBlockEnd("for"));
  ++loop_depth_;
  std::string end;
  RETURN_IF_ERROR(ParseBody({"else", "endfor"}, n.body, end));
  --loop_depth_;
  if (end == "else") {
    RETURN_IF_ERROR(ExpectBlockEnd("else"));
    int saved = loop_depth_;
    loop_depth_ = 0;  // break/continue in for-else belong to no loop of this for
    Status st = ParseBody({"endfor"}, n.else_body, end);
    loop_depth_ = saved;
    RETURN_IF_ERROR(st);
  }
  RETURN_IF_ERROR(ExpectBlockEnd("endfor"));
  body.push_back(std::move(n));
  return OkStatus();
}

Status Parser::ParseSet(const Token& kw, std::vector<Node>& body) {
  Node n = MakeNode(Node::Type::kSet, kw);
  if (Peek().type == TT::kName && IsOp(".", 1)) {
    n.targets.push_back(Next().text);
    Next();
    ASSIGN_OR_RETURN(n.text, ExpectName());
  } else {
    RETURN_IF_ERROR(ParseTargets(n.targets));
  }
  if (IsOp("=")) {
    Next();
    ASSIGN_OR_RETURN(n.expr, ParseTupleOrExpression());
    RETURN_IF_ERROR(ExpectBlockEnd("set"));
  } else {
    if (n.targets.size() != 1 || !n.text.empty())
      return Err(Peek(), "expected '=' in 'set', got " + Describe(Peek()));
    n.type = Node::Type::kSetBlock;
    if (Peek().type != TT::kBlockEnd) {
      ASSIGN_OR_RETURN(n.expr, ParseBlockFilters(kw, /*first_without_bar=*/false));
    }
    RETURN_IF_ERROR(ExpectBlockEnd("set"));
    std::string end;
    RETURN_IF_ERROR(ParseBody({"endset"}, n.body, end));
    RETURN_IF_ERROR(ExpectBlockEnd("endset"));
  }
  body.push_back(std::move(n));
  return OkStatus();
}

Result<ExprPtr> Parser::ParseBlockFilters(const Token& kw, bool first_without_bar) {
  ExprPtr body = MakeExpr(Expr::Type::kName, kw);
  body->name = kFilterBodyName;
  return ParseFilters(std::move(body), first_without_bar);
}

Status Parser::ParseMacro(const Token& kw, std::vector<Node>& body) {
  Node n = MakeNode(Node::Type::kMacro, kw);
  ASSIGN_OR_RETURN(n.text, ExpectName());
  RETURN_IF_ERROR(Expect("("));
  while (!IsOp(")")) {
    if (!n.params.empty()) RETURN_IF_ERROR(Expect(","));
    if (IsOp(")")) break;
    ASSIGN_OR_RETURN(std::string name, ExpectName());
    ExprPtr def;
    if (IsOp("=")) {
      Next();
      ASSIGN_OR_RETURN(def, ParseExpression());
    } else if (!n.params.empty() && n.params.back().second) {
      return Err(Peek(), "non-default argument follows default argument");
    }
    n.params.emplace_back(name, std::move(def));
  }
  Next();
  RETURN_IF_ERROR(ExpectBlockEnd("macro"));
  int saved = loop_depth_;
  loop_depth_ = 0;
  std::string end;
  Status st = ParseBody({"endmacro"}, n.body, end);
  loop_depth_ = saved;
  RETURN_IF_ERROR(st);
  if (Peek().type == TT::kName) Next();  // {% endmacro name %}
  RETURN_IF_ERROR(ExpectBlockEnd("endmacro"));
  body.push_back(std::move(n));
  return OkStatus();
}

Result<std::shared_ptr<Template>> Parse(const std::string& raw) {
  // Jinja normalizes newlines and drops one trailing newline (keep_trailing_newline=False).
  std::string source;
  source.reserve(raw.size());
  for (size_t k = 0; k < raw.size(); ++k) {
    if (raw[k] == '\r') {
      source += '\n';
      if (k + 1 < raw.size() && raw[k + 1] == '\n') ++k;
    } else {
      source += raw[k];
    }
  }
  if (!source.empty() && source.back() == '\n') source.pop_back();
  auto tmpl = std::make_shared<Template>();
  Lexer lexer(source);
  ASSIGN_OR_RETURN(std::vector<Token> tokens, lexer.Run());
  Parser parser(lexer, std::move(tokens));
  ASSIGN_OR_RETURN(tmpl->body, parser.ParseTemplate());
  return tmpl;
}

}  // namespace hf2hlo::chat::internal
