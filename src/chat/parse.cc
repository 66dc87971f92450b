// Lexer and parser for the Jinja2 subset of chat templates, with trim_blocks
// and lstrip_blocks on.
#include <algorithm>
#include <cstring>
#include <set>

#include "chat/template.h"

namespace hf2hlo::chat::internal {
namespace {

constexpr int kMaxDepth = 100;  // nesting of expressions and blocks (bounds the stack)

struct Token {
  enum class Type {
    kText,
    kVarBegin,
    kVarEnd,
    kBlockBegin,
    kBlockEnd,
    kName,
    kString,
    kInt,
    kFloat,
    kOp,
    kEof
  };
  Type type;
  std::string text;  // text, name, operator, decoded string
  int64_t i = 0;
  double f = 0;
  size_t pos = 0;
};
using TT = Token::Type;

class Lexer {
 public:
  explicit Lexer(const std::string& src) : src_(src) {
    line_starts_.push_back(0);
    for (size_t k = 0; k < src_.size(); ++k)
      if (src_[k] == '\n') line_starts_.push_back(k + 1);
  }

  std::pair<int, int> LineCol(size_t pos) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
    size_t line = it - line_starts_.begin();
    size_t start = line_starts_[line - 1];
    // Column in code points.
    int col = 1;
    for (size_t k = start; k < pos && k < src_.size(); ++k)
      col += (static_cast<unsigned char>(src_[k]) & 0xC0) != 0x80;
    return {static_cast<int>(line), col};
  }

  Status ErrorAt(size_t pos, const std::string& msg) const {
    auto [l, c] = LineCol(pos);
    return Error(l, ":", c, ": ", msg);
  }

  Result<std::vector<Token>> Run() {
    std::vector<Token> out;
    size_t pos = 0;
    bool strip_next = false;
    const size_t n = src_.size();
    while (pos < n) {
      size_t t = pos;
      while (true) {
        t = src_.find('{', t);
        if (t == std::string::npos || t + 1 >= n) {
          t = n;
          break;
        }
        char c = src_[t + 1];
        if (c == '{' || c == '%' || c == '#') break;
        ++t;
      }
      std::string text = src_.substr(pos, t - pos);
      size_t text_pos = pos;
      if (strip_next) {
        size_t k = 0;
        while (k < text.size() && IsSpace(text[k])) ++k;
        text.erase(0, k);
        text_pos += k;
        strip_next = false;
      }
      if (t < n) {
        char kind = src_[t + 1];
        char sign = t + 2 < n ? src_[t + 2] : 0;
        if (sign == '-') {
          while (!text.empty() && IsSpace(text.back())) text.pop_back();
        } else if (sign != '+' && kind != '{') {
          // lstrip_blocks: spaces and tabs from the start of the line.
          size_t k = t;
          while (k > pos && (src_[k - 1] == ' ' || src_[k - 1] == '\t' || src_[k - 1] == '\r' ||
                             src_[k - 1] == '\f' || src_[k - 1] == '\v'))
            --k;
          if (k == 0 || src_[k - 1] == '\n') {
            size_t strip = t - k;
            if (strip <= text.size()) text.resize(text.size() - strip);
          }
        }
      }
      if (!text.empty()) out.push_back({TT::kText, std::move(text), 0, 0, text_pos});
      if (t >= n) break;
      char kind = src_[t + 1];
      size_t start = t + 2;
      if (start < n && (src_[start] == '-' || src_[start] == '+')) ++start;
      if (kind == '#') {
        size_t e = src_.find("#}", start);
        if (e == std::string::npos) return ErrorAt(t, "missing end of comment tag");
        pos = e + 2;
        if (e > start && src_[e - 1] == '-') {
          strip_next = true;
        } else if (!(e > start && src_[e - 1] == '+') && pos < n && src_[pos] == '\n') {
          ++pos;
        }
        continue;
      }
      // {% raw %} ... {% endraw %}
      if (kind == '%') {
        size_t k = start;
        while (k < n && IsSpace(src_[k])) ++k;
        if (src_.compare(k, 3, "raw") == 0 && k + 3 < n && !IsNameChar(src_[k + 3])) {
          size_t j = k + 3;
          while (j < n && IsSpace(src_[j])) ++j;
          bool dash = j < n && src_[j] == '-';
          if (j + (dash ? 1 : 0) + 1 < n && src_.compare(j + (dash ? 1 : 0), 2, "%}") == 0) {
            Status st = LexRaw(t, j + (dash ? 3 : 2), dash, out, pos, strip_next);
            if (!st.ok()) return st;
            continue;
          }
        }
      }
      out.push_back({kind == '{' ? TT::kVarBegin : TT::kBlockBegin, "", 0, 0, t});
      Status st = LexTag(start, kind == '{' ? '}' : '%', out, pos, strip_next);
      if (!st.ok()) return st;
    }
    out.push_back({TT::kEof, "", 0, 0, n});
    return out;
  }

 private:
  static bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  }
  static bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

  Status LexRaw(size_t tag, size_t body, bool dash, std::vector<Token>& out, size_t& pos,
                bool& strip_next) {
    // Find {%[-+]? endraw [-+]?%}
    size_t k = body;
    while (true) {
      size_t b = src_.find("{%", k);
      if (b == std::string::npos) return ErrorAt(tag, "missing {% endraw %}");
      size_t j = b + 2;
      bool lead_dash = j < src_.size() && src_[j] == '-';
      if (j < src_.size() && (src_[j] == '-' || src_[j] == '+')) ++j;
      while (j < src_.size() && IsSpace(src_[j])) ++j;
      if (src_.compare(j, 6, "endraw") != 0) {
        k = b + 2;
        continue;
      }
      j += 6;
      while (j < src_.size() && IsSpace(src_[j])) ++j;
      bool end_dash = j < src_.size() && src_[j] == '-';
      if (end_dash || (j < src_.size() && src_[j] == '+')) ++j;
      if (src_.compare(j, 2, "%}") != 0) return ErrorAt(b, "expected '%}' after endraw");
      std::string text = src_.substr(body, b - body);
      if (dash) {
        size_t s = 0;
        while (s < text.size() && IsSpace(text[s])) ++s;
        text.erase(0, s);
      } else if (!text.empty() && text[0] == '\n') {
        text.erase(0, 1);
      }
      if (lead_dash) {
        while (!text.empty() && IsSpace(text.back())) text.pop_back();
      } else {
        size_t e = text.size();
        while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
        if (e == 0 || text[e - 1] == '\n') text.resize(e);
      }
      if (!text.empty()) out.push_back({TT::kText, std::move(text), 0, 0, body});
      pos = j + 2;
      strip_next = end_dash;
      if (!end_dash && pos < src_.size() && src_[pos] == '\n') ++pos;
      return OkStatus();
    }
  }

  // Lexes expression tokens until the closing "}}" or "%}".
  Status LexTag(size_t k, char close, std::vector<Token>& out, size_t& pos, bool& strip_next) {
    const size_t n = src_.size();
    int depth = 0;
    while (true) {
      while (k < n && IsSpace(src_[k])) ++k;
      if (k >= n)
        return ErrorAt(k, close == '}' ? "unexpected end of template, expected '}}'"
                                       : "unexpected end of template, expected '%}'");
      if (depth == 0) {
        bool dash = src_[k] == '-' || src_[k] == '+';
        size_t e = dash ? k + 1 : k;
        if (e + 1 < n + 1 && src_[e] == close && e + 1 < n && src_[e + 1] == '}') {
          out.push_back({close == '}' ? TT::kVarEnd : TT::kBlockEnd, "", 0, 0, k});
          pos = e + 2;
          if (dash && src_[k] == '-') {
            strip_next = true;
          } else if (close == '%' && !(dash && src_[k] == '+') && pos < n && src_[pos] == '\n') {
            ++pos;  // trim_blocks
          }
          return OkStatus();
        }
      }
      char c = src_[k];
      size_t start = k;
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
        while (k < n && IsNameChar(src_[k])) ++k;
        out.push_back({TT::kName, src_.substr(start, k - start), 0, 0, start});
      } else if (std::isdigit(static_cast<unsigned char>(c))) {
        bool is_float = false;
        while (k < n && (std::isdigit(static_cast<unsigned char>(src_[k])) || src_[k] == '_')) ++k;
        if (k + 1 < n && src_[k] == '.' && std::isdigit(static_cast<unsigned char>(src_[k + 1]))) {
          is_float = true;
          ++k;
          while (k < n && (std::isdigit(static_cast<unsigned char>(src_[k])) || src_[k] == '_'))
            ++k;
        }
        if (k < n && (src_[k] == 'e' || src_[k] == 'E')) {
          size_t j = k + 1;
          if (j < n && (src_[j] == '+' || src_[j] == '-')) ++j;
          if (j < n && std::isdigit(static_cast<unsigned char>(src_[j]))) {
            is_float = true;
            k = j;
            while (k < n && std::isdigit(static_cast<unsigned char>(src_[k]))) ++k;
          }
        }
        std::string num;
        for (size_t j = start; j < k; ++j)
          if (src_[j] != '_') num += src_[j];
        Token tok{is_float ? TT::kFloat : TT::kInt, num, 0, 0, start};
        if (is_float) {
          tok.f = std::strtod(num.c_str(), nullptr);
        } else {
          errno = 0;
          char* end = nullptr;
          long long v = std::strtoll(num.c_str(), &end, 10);
          if (errno == ERANGE) return ErrorAt(start, "integer literal too large");
          tok.i = v;
        }
        out.push_back(std::move(tok));
      } else if (c == '\'' || c == '"') {
        std::string s;
        ++k;
        while (true) {
          if (k >= n) return ErrorAt(start, "unterminated string literal");
          char d = src_[k];
          if (d == c) {
            ++k;
            break;
          }
          if (d == '\\' && k + 1 < n) {
            char e = src_[k + 1];
            k += 2;
            switch (e) {
              case 'n':
                s += '\n';
                break;
              case 't':
                s += '\t';
                break;
              case 'r':
                s += '\r';
                break;
              case 'b':
                s += '\b';
                break;
              case 'f':
                s += '\f';
                break;
              case 'v':
                s += '\v';
                break;
              case 'a':
                s += '\a';
                break;
              case '0':
                s += '\0';
                break;
              case '\\':
                s += '\\';
                break;
              case '\'':
                s += '\'';
                break;
              case '"':
                s += '"';
                break;
              case '\n':
                break;
              case 'x':
              case 'u':
              case 'U': {
                int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (k + len > n) return ErrorAt(k, "truncated escape in string literal");
                uint32_t cp = 0;
                for (int q = 0; q < len; ++q) {
                  char h = src_[k + q];
                  if (!std::isxdigit(static_cast<unsigned char>(h)))
                    return ErrorAt(k, "bad escape in string literal");
                  cp = cp * 16 + (std::isdigit(static_cast<unsigned char>(h))
                                      ? h - '0'
                                      : (std::tolower(h) - 'a' + 10));
                }
                k += len;
                if (cp > 0x10FFFF) return ErrorAt(k, "bad escape in string literal");
                AppendUtf8(cp, s);
                break;
              }
              default:
                s += '\\';
                s += e;
            }
            continue;
          }
          s += d;
          ++k;
        }
        out.push_back({TT::kString, std::move(s), 0, 0, start});
      } else {
        static const char* kOps[] = {"//", "**", "==", "!=", "<=", ">=", "+", "-", "*",
                                     "/",  "%",  "~",  "<",  ">",  "=",  "(", ")", "[",
                                     "]",  "{",  "}",  ",",  ".",  ":",  "|"};
        const char* op = nullptr;
        for (const char* o : kOps) {
          if (src_.compare(k, std::strlen(o), o) == 0) {
            op = o;
            break;
          }
        }
        if (!op) return ErrorAt(k, StrCat("unexpected character '", c, "'"));
        if (*op == '(' || *op == '[' || *op == '{') ++depth;
        if (*op == ')' || *op == ']' || *op == '}') {
          if (depth == 0) return ErrorAt(k, StrCat("unexpected '", op, "'"));
          --depth;
        }
        k += std::strlen(op);
        out.push_back({TT::kOp, op, 0, 0, start});
      }
    }
  }

  static void AppendUtf8(uint32_t cp, std::string& s) {
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (cp >> 18));
      s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  const std::string& src_;
  std::vector<size_t> line_starts_;
};

class Parser {
 public:
  Parser(const Lexer& lexer, std::vector<Token> tokens) : lexer_(lexer), toks_(std::move(tokens)) {}

  Result<std::vector<Node>> ParseTemplate() {
    std::vector<Node> body;
    std::string end;
    RETURN_IF_ERROR(ParseBody({}, body, end));
    return body;
  }

 private:
  const Token& Peek(size_t ahead = 0) const {
    return toks_[std::min(p_ + ahead, toks_.size() - 1)];
  }
  const Token& Next() {
    const Token& t = toks_[p_];
    if (p_ + 1 < toks_.size()) ++p_;
    return t;
  }
  bool IsOp(const char* op, size_t ahead = 0) const {
    return Peek(ahead).type == TT::kOp && Peek(ahead).text == op;
  }
  bool IsName(const char* name, size_t ahead = 0) const {
    return Peek(ahead).type == TT::kName && Peek(ahead).text == name;
  }
  Status Err(const Token& t, const std::string& msg) const { return lexer_.ErrorAt(t.pos, msg); }
  static std::string Describe(const Token& t) {
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
  Status Expect(const char* op) {
    if (!IsOp(op)) return Err(Peek(), StrCat("expected '", op, "', got ", Describe(Peek())));
    Next();
    return OkStatus();
  }
  Status ExpectBlockEnd(const char* stmt) {
    if (Peek().type != TT::kBlockEnd)
      return Err(Peek(), StrCat("expected '%}' to end '", stmt, "', got ", Describe(Peek())));
    Next();
    return OkStatus();
  }
  Result<std::string> ExpectName() {
    if (Peek().type != TT::kName) return Err(Peek(), "expected a name, got " + Describe(Peek()));
    return Next().text;
  }
  ExprPtr MakeExpr(Expr::Type type, const Token& at) {
    auto e = std::make_unique<Expr>();
    e->type = type;
    auto [l, c] = lexer_.LineCol(at.pos);
    e->line = l;
    e->col = c;
    return e;
  }
  // Locates a postfix or infix expression at the start of its left operand.
  static void AtStart(Expr& outer, const Expr& left) {
    outer.line = left.line;
    outer.col = left.col;
  }
  Node MakeNode(Node::Type type, const Token& at) {
    Node n;
    n.type = type;
    auto [l, c] = lexer_.LineCol(at.pos);
    n.line = l;
    n.col = c;
    return n;
  }

  // Parses nodes until a block tag whose name is in `ends` (consumed up to
  // the name; `end` gets it) or the end of the template (only if ends is empty).
  Status ParseBody(const std::set<std::string>& ends, std::vector<Node>& body, std::string& end) {
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
        if (Peek().type != TT::kVarEnd)
          return Err(Peek(), "expected '}}', got " + Describe(Peek()));
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

  Status ParseStatement(std::vector<Node>& body) {
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
      // The filter chain is applied to a placeholder name.
      ExprPtr target = MakeExpr(Expr::Type::kName, kw);
      target->name = " filter body";
      ASSIGN_OR_RETURN(n.expr, ParseFilters(std::move(target), /*first_without_bar=*/true));
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

  Status ParseIf(const Token& kw, std::vector<Node>& body) {
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

  Status ParseTargets(std::vector<std::string>& targets) {
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

  Status ParseFor(const Token& kw, std::vector<Node>& body) {
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

  Status ParseSet(const Token& kw, std::vector<Node>& body) {
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
        ExprPtr target = MakeExpr(Expr::Type::kName, kw);
        target->name = " filter body";
        ASSIGN_OR_RETURN(n.expr, ParseFilters(std::move(target), false));
      }
      RETURN_IF_ERROR(ExpectBlockEnd("set"));
      std::string end;
      RETURN_IF_ERROR(ParseBody({"endset"}, n.body, end));
      RETURN_IF_ERROR(ExpectBlockEnd("endset"));
    }
    body.push_back(std::move(n));
    return OkStatus();
  }

  Status ParseMacro(const Token& kw, std::vector<Node>& body) {
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

  // ---- expressions ----

  Result<ExprPtr> ParseTupleOrExpression() {
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

  Result<ExprPtr> ParseExpression() { return ParseTernary(true); }

  Result<ExprPtr> ParseTernary(bool allow_cond) {
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

  Result<ExprPtr> ParseOr() {
    ASSIGN_OR_RETURN(ExprPtr e, ParseAnd());
    while (IsName("or")) {
      const Token& t = Next();
      ExprPtr o = MakeExpr(Expr::Type::kOr, t);
      ASSIGN_OR_RETURN(ExprPtr r, ParseAnd());
      o->kids.push_back(std::move(e));
      o->kids.push_back(std::move(r));
      e = std::move(o);
    }
    return e;
  }

  Result<ExprPtr> ParseAnd() {
    ASSIGN_OR_RETURN(ExprPtr e, ParseNot());
    while (IsName("and")) {
      const Token& t = Next();
      ExprPtr o = MakeExpr(Expr::Type::kAnd, t);
      ASSIGN_OR_RETURN(ExprPtr r, ParseNot());
      o->kids.push_back(std::move(e));
      o->kids.push_back(std::move(r));
      e = std::move(o);
    }
    return e;
  }

  Result<ExprPtr> ParseNot() {
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

  Result<ExprPtr> ParseCompare() {
    const Token& start = Peek();
    ASSIGN_OR_RETURN(ExprPtr e, ParseMath1());
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
      ASSIGN_OR_RETURN(ExprPtr r, ParseMath1());
      cmp->ops.push_back(op);
      cmp->kids.push_back(std::move(r));
    }
    return cmp ? std::move(cmp) : std::move(e);
  }

  Result<ExprPtr> Binary(ExprPtr l, const Token& t, ExprPtr r) {
    ExprPtr o = MakeExpr(Expr::Type::kBinary, t);
    AtStart(*o, *l);
    o->name = t.text;
    o->kids.push_back(std::move(l));
    o->kids.push_back(std::move(r));
    return o;
  }

  Result<ExprPtr> ParseMath1() {
    ASSIGN_OR_RETURN(ExprPtr e, ParseConcat());
    while (IsOp("+") || IsOp("-")) {
      const Token& t = Next();
      ASSIGN_OR_RETURN(ExprPtr r, ParseConcat());
      ASSIGN_OR_RETURN(e, Binary(std::move(e), t, std::move(r)));
    }
    return e;
  }

  Result<ExprPtr> ParseConcat() {
    ASSIGN_OR_RETURN(ExprPtr e, ParseMath2());
    while (IsOp("~")) {
      const Token& t = Next();
      ASSIGN_OR_RETURN(ExprPtr r, ParseMath2());
      ASSIGN_OR_RETURN(e, Binary(std::move(e), t, std::move(r)));
    }
    return e;
  }

  Result<ExprPtr> ParseMath2() {
    ASSIGN_OR_RETURN(ExprPtr e, ParsePow());
    while (IsOp("*") || IsOp("/") || IsOp("//") || IsOp("%")) {
      const Token& t = Next();
      ASSIGN_OR_RETURN(ExprPtr r, ParsePow());
      ASSIGN_OR_RETURN(e, Binary(std::move(e), t, std::move(r)));
    }
    return e;
  }

  Result<ExprPtr> ParsePow() {
    ASSIGN_OR_RETURN(ExprPtr e, ParseUnary(true));
    while (IsOp("**")) {
      const Token& t = Next();
      ASSIGN_OR_RETURN(ExprPtr r, ParseUnary(true));
      ASSIGN_OR_RETURN(e, Binary(std::move(e), t, std::move(r)));
    }
    return e;
  }

  Result<ExprPtr> ParseUnary(bool with_filter) {
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

  Result<ExprPtr> ParsePrimary() {
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

  Status ParseCallArgs(Expr& call) {
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
        if (!call.kwargs.empty())
          return Err(Peek(), "positional argument follows keyword argument");
        ASSIGN_OR_RETURN(ExprPtr v, ParseExpression());
        call.kids.push_back(std::move(v));
      }
    }
    Next();
    return OkStatus();
  }

  Result<ExprPtr> ParsePostfix(ExprPtr e) {
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

  Result<ExprPtr> ParseFilters(ExprPtr e, bool first_without_bar) {
    int steps = 0;
    while (true) {
      if (++steps > 10000) return Err(Peek(), "expression too long");
      if (IsOp("|") || first_without_bar) {
        if (!first_without_bar) Next();
        first_without_bar = false;
        const Token& t = Peek();
        ExprPtr f = MakeExpr(Expr::Type::kFilter, t);
        ASSIGN_OR_RETURN(f->name, ExpectName());
        if (e->name != " filter body") AtStart(*f, *e);
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

  const Lexer& lexer_;
  std::vector<Token> toks_;
  size_t p_ = 0;
  int depth_ = 0;
  int loop_depth_ = 0;
};

}  // namespace

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
