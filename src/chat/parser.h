// Internal to hf2hlo_chat: the recursive-descent parser from tokens to the
// template AST. Statements are parsed in parse.cc, expressions in
// parse_expr.cc.
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "chat/lexer.h"
#include "chat/template.h"

namespace hf2hlo::chat::internal {

class Parser {
 public:
  // `lexer` locates errors and AST nodes; it must outlive the parser.
  Parser(const Lexer& lexer, std::vector<Token> tokens) : lexer_(lexer), toks_(std::move(tokens)) {}

  Result<std::vector<Node>> ParseTemplate();

 private:
  // Nesting of expressions and blocks; bounds the parser's stack.
  static constexpr int kMaxDepth = 100;

  // The token stream never runs out: past the end, Peek and Next stay on kEof.
  const Token& Peek(size_t ahead = 0) const {
    return toks_[std::min(p_ + ahead, toks_.size() - 1)];
  }
  const Token& Next() {
    const Token& t = toks_[p_];
    if (p_ + 1 < toks_.size()) ++p_;
    return t;
  }
  bool IsOp(const char* op, size_t ahead = 0) const {
    return Peek(ahead).type == Token::Type::kOp && Peek(ahead).text == op;
  }
  bool IsName(const char* name, size_t ahead = 0) const {
    return Peek(ahead).type == Token::Type::kName && Peek(ahead).text == name;
  }
  Status Err(const Token& t, const std::string& msg) const { return lexer_.ErrorAt(t.pos, msg); }
  static std::string Describe(const Token& t);
  Status Expect(const char* op);
  Status ExpectBlockEnd(const char* stmt);
  Result<std::string> ExpectName();
  ExprPtr MakeExpr(Expr::Type type, const Token& at);
  // Locates a postfix or infix expression at the start of its left operand.
  static void AtStart(Expr& outer, const Expr& left);
  Node MakeNode(Node::Type type, const Token& at);

  // ---- statements (parse.cc) ----

  // Parses nodes until a block tag whose name is in `ends` (consumed up to
  // the name; `end` gets it) or the end of the template (only if ends is empty).
  Status ParseBody(const std::set<std::string>& ends, std::vector<Node>& body, std::string& end);
  // Each appends the statement that starts after `{%` to `body`.
  Status ParseStatement(std::vector<Node>& body);
  Status ParseIf(const Token& kw, std::vector<Node>& body);
  Status ParseTargets(std::vector<std::string>& targets);
  Status ParseFor(const Token& kw, std::vector<Node>& body);
  Status ParseSet(const Token& kw, std::vector<Node>& body);
  Status ParseMacro(const Token& kw, std::vector<Node>& body);
  // The filter chain of a {% filter %} or {% set %} block, applied to the
  // block's text (kFilterBodyName); located at the statement keyword `kw`.
  Result<ExprPtr> ParseBlockFilters(const Token& kw, bool first_without_bar);

  // ---- expressions (parse_expr.cc), loosest binding first ----

  Result<ExprPtr> ParseTupleOrExpression();
  Result<ExprPtr> ParseExpression();
  // `allow_cond`: whether `x if c else y` may follow (not in a for's iterable).
  Result<ExprPtr> ParseTernary(bool allow_cond);
  Result<ExprPtr> ParseOr();
  Result<ExprPtr> ParseAnd();
  // A left-associative chain of `word` (and / or) over `operand`.
  Result<ExprPtr> ParseBoolChain(const char* word, Expr::Type type,
                                 Result<ExprPtr> (Parser::*operand)());
  Result<ExprPtr> ParseNot();
  Result<ExprPtr> ParseCompare();
  // The arithmetic operators of precedence `level` and tighter.
  Result<ExprPtr> ParseArithmetic(size_t level);
  Result<ExprPtr> Binary(ExprPtr l, const Token& t, ExprPtr r);
  // `with_filter`: whether `|filter` and `is test` may follow.
  Result<ExprPtr> ParseUnary(bool with_filter);
  Result<ExprPtr> ParsePrimary();
  Status ParseCallArgs(Expr& call);
  Result<ExprPtr> ParsePostfix(ExprPtr e);
  // `first_without_bar`: the first filter has no leading `|` ({% filter %}).
  Result<ExprPtr> ParseFilters(ExprPtr e, bool first_without_bar);

  const Lexer& lexer_;
  std::vector<Token> toks_;
  size_t p_ = 0;
  int depth_ = 0;       // current nesting, checked against kMaxDepth
  int loop_depth_ = 0;  // enclosing for loops that break / continue may leave
};

}  // namespace hf2hlo::chat::internal
