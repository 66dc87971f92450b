// MLIR token scanner: a single forward pass over the text, no copies.
#include "hlo/lexer.h"

namespace hf2hlo::hlo {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsIdStart(char c) { return IsLetter(c) || c == '_'; }
bool IsIdChar(char c) { return IsLetter(c) || IsDigit(c) || c == '_' || c == '$' || c == '.'; }
// Characters of the suffix of %name, #name and ^name.
bool IsSuffixChar(char c) { return IsIdChar(c) || c == '-'; }

}  // namespace

void Lexer::SkipSpace() {
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '\n') {
      ++pos_;
      ++line_;
      line_start_ = pos_;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      ++pos_;
    } else if (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '/') {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    } else {
      return;
    }
  }
}

Token Lexer::Make(Tok kind, size_t start, int line, int col) {
  return Token{kind, text_.substr(start, pos_ - start), line, col};
}

Token Lexer::LexNumber(size_t start, int line, int col) {
  if (text_[pos_] == '0' && pos_ + 1 < text_.size() && (text_[pos_ + 1] == 'x') &&
      pos_ + 2 < text_.size() && IsHexDigit(text_[pos_ + 2])) {
    pos_ += 2;
    while (pos_ < text_.size() && IsHexDigit(text_[pos_])) ++pos_;
    return Make(Tok::kInt, start, line, col);
  }
  bool is_float = false;
  while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '.') {
    is_float = true;
    ++pos_;
    while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
  }
  if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
    size_t p = pos_ + 1;
    if (p < text_.size() && (text_[p] == '+' || text_[p] == '-')) ++p;
    if (p < text_.size() && IsDigit(text_[p])) {
      is_float = true;
      pos_ = p;
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    }
  }
  return Make(is_float ? Tok::kFloat : Tok::kInt, start, line, col);
}

Token Lexer::Next() {
  SkipSpace();
  size_t start = pos_;
  int line = line_, col = column();
  if (pos_ >= text_.size()) return Token{Tok::kEof, {}, line, col};
  char c = text_[pos_];
  auto single = [&](Tok kind) {
    ++pos_;
    return Make(kind, start, line, col);
  };
  auto error = [&](std::string_view what) {
    ++pos_;
    return Token{Tok::kError, what, line, col};
  };
  switch (c) {
    case '(':
      return single(Tok::kLParen);
    case ')':
      return single(Tok::kRParen);
    case '{':
      return single(Tok::kLBrace);
    case '}':
      return single(Tok::kRBrace);
    case '[':
      return single(Tok::kLSquare);
    case ']':
      return single(Tok::kRSquare);
    case '<':
      return single(Tok::kLess);
    case '>':
      return single(Tok::kGreater);
    case ',':
      return single(Tok::kComma);
    case ':':
      return single(Tok::kColon);
    case '=':
      return single(Tok::kEqual);
    case '?':
      return single(Tok::kQuestion);
    case '*':
      return single(Tok::kStar);
    case '+':
      return single(Tok::kPlus);
    case '-':
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '>') {
        pos_ += 2;
        return Make(Tok::kArrow, start, line, col);
      }
      return single(Tok::kMinus);
    case '"': {
      ++pos_;
      while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\n') {
        if (text_[pos_] == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] != '\n') ++pos_;
        ++pos_;
      }
      if (pos_ >= text_.size() || text_[pos_] != '"')
        return Token{Tok::kError, "unterminated string", line, col};
      ++pos_;
      return Token{Tok::kString, text_.substr(start + 1, pos_ - start - 2), line, col};
    }
    case '%':
    case '#':
    case '^': {
      ++pos_;
      while (pos_ < text_.size() && IsSuffixChar(text_[pos_])) ++pos_;
      if (pos_ == start + 1)
        return error(c == '%' ? "expected a value name after '%'" : "expected a name");
      Tok kind = c == '%' ? Tok::kValue : c == '#' ? Tok::kHash : Tok::kCaret;
      if (c == '%' && pos_ + 1 < text_.size() && text_[pos_] == '#' && IsDigit(text_[pos_ + 1])) {
        ++pos_;
        while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
      }
      return Make(kind, start, line, col);
    }
    case '@': {
      ++pos_;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\n') ++pos_;
        if (pos_ >= text_.size() || text_[pos_] != '"')
          return Token{Tok::kError, "unterminated string", line, col};
        ++pos_;
        return Token{Tok::kSymbol, text_.substr(start + 2, pos_ - start - 3), line, col};
      }
      while (pos_ < text_.size() && IsSuffixChar(text_[pos_])) ++pos_;
      if (pos_ == start + 1) return error("expected a symbol name after '@'");
      return Token{Tok::kSymbol, text_.substr(start + 1, pos_ - start - 1), line, col};
    }
    default:
      break;
  }
  if (IsDigit(c)) return LexNumber(start, line, col);
  if (IsIdStart(c)) {
    while (pos_ < text_.size() && IsIdChar(text_[pos_])) ++pos_;
    return Make(Tok::kIdent, start, line, col);
  }
  return error("unexpected character");
}

bool Lexer::RawUntil(char close, std::string_view* out) {
  size_t p = pos_;
  while (p < text_.size() && text_[p] != close && text_[p] != '\n') ++p;
  if (p >= text_.size() || text_[p] != close) return false;
  *out = text_.substr(pos_, p - pos_);
  pos_ = p + 1;
  return true;
}

}  // namespace hf2hlo::hlo
