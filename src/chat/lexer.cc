// The template lexer: splits the source into text and tag tokens, applying
// trim_blocks, lstrip_blocks and the `-` / `+` whitespace markers on the way.
#include "chat/lexer.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace hf2hlo::chat::internal {
namespace {

using TT = Token::Type;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

void AppendUtf8(uint32_t cp, std::string& s) {
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

}  // namespace

Lexer::Lexer(const std::string& src) : src_(src) {
  line_starts_.push_back(0);
  for (size_t k = 0; k < src_.size(); ++k)
    if (src_[k] == '\n') line_starts_.push_back(k + 1);
}

std::pair<int, int> Lexer::LineCol(size_t pos) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  size_t line = it - line_starts_.begin();
  size_t start = line_starts_[line - 1];
  // Column in code points.
  int col = 1;
  for (size_t k = start; k < pos && k < src_.size(); ++k)
    col += (static_cast<unsigned char>(src_[k]) & 0xC0) != 0x80;
  return {static_cast<int>(line), col};
}

Status Lexer::ErrorAt(size_t pos, const std::string& msg) const {
  auto [l, c] = LineCol(pos);
  return Error(l, ":", c, ": ", msg);
}

Result<std::vector<Token>> Lexer::Run() {
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

Status Lexer::LexRaw(size_t tag, size_t body, bool dash, std::vector<Token>& out, size_t& pos,
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

Status Lexer::LexTag(size_t k, char close, std::vector<Token>& out, size_t& pos, bool& strip_next) {
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
      ASSIGN_OR_RETURN(Token number, LexNumber(k));
      out.push_back(std::move(number));
    } else if (c == '\'' || c == '"') {
      ASSIGN_OR_RETURN(Token string, LexString(k));
      out.push_back(std::move(string));
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

Result<Token> Lexer::LexNumber(size_t& k) const {
  const size_t n = src_.size();
  const size_t start = k;
  bool is_float = false;
  while (k < n && (std::isdigit(static_cast<unsigned char>(src_[k])) || src_[k] == '_')) ++k;
  if (k + 1 < n && src_[k] == '.' && std::isdigit(static_cast<unsigned char>(src_[k + 1]))) {
    is_float = true;
    ++k;
    while (k < n && (std::isdigit(static_cast<unsigned char>(src_[k])) || src_[k] == '_')) ++k;
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
  return tok;
}

Result<Token> Lexer::LexString(size_t& k) const {
  // Python's one-letter escapes and the characters they stand for.
  constexpr std::string_view kEscapeLetters = "ntrbfva0\\'\"";
  constexpr std::string_view kEscapedChars{"\n\t\r\b\f\v\a\0\\'\"", 11};
  const size_t n = src_.size();
  const size_t start = k;
  const char quote = src_[k];
  std::string s;
  ++k;
  while (true) {
    if (k >= n) return ErrorAt(start, "unterminated string literal");
    char d = src_[k];
    if (d == quote) {
      ++k;
      break;
    }
    if (d != '\\' || k + 1 >= n) {
      s += d;
      ++k;
      continue;
    }
    char e = src_[k + 1];
    k += 2;
    if (size_t at = kEscapeLetters.find(e); at != std::string_view::npos) {
      s += kEscapedChars[at];
    } else if (e == 'x' || e == 'u' || e == 'U') {
      int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (k + len > n) return ErrorAt(k, "truncated escape in string literal");
      uint32_t cp = 0;
      for (int q = 0; q < len; ++q) {
        char h = src_[k + q];
        if (!std::isxdigit(static_cast<unsigned char>(h)))
          return ErrorAt(k, "bad escape in string literal");
        cp = cp * 16 +
             (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
      }
      k += len;
      if (cp > 0x10FFFF) return ErrorAt(k, "bad escape in string literal");
      AppendUtf8(cp, s);
    } else if (e != '\n') {  // a backslash-newline continues the line
      s += '\\';
      s += e;
    }
  }
  return Token{TT::kString, std::move(s), 0, 0, start};
}

}  // namespace hf2hlo::chat::internal
