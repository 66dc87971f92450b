// hf2hlo hlo: tokens of MLIR text (internal to the parser).
#pragma once

#include <cstddef>
#include <string_view>

namespace hf2hlo::hlo {

enum class Tok {
  kEof,
  kError,
  kIdent,   // bare identifier, may contain '.': stablehlo.add, tensor, f32, x3xf32
  kValue,   // %name or %name#N (text includes both parts)
  kSymbol,  // @name or @"quoted"
  kHash,    // #name, e.g. #loc3, #stablehlo.gather, #stablehlo
  kCaret,   // ^bb0
  kInt,     // 42, 0x7FC00000 (no sign; '-' is a separate token)
  kFloat,   // 1.0e-05, 9.99999974E-6
  kString,  // "..." (text is the raw contents between the quotes)
  kLParen,
  kRParen,
  kLBrace,
  kRBrace,
  kLSquare,
  kRSquare,
  kLess,
  kGreater,
  kComma,
  kColon,
  kEqual,
  kArrow,
  kQuestion,
  kStar,
  kMinus,
  kPlus,
};

struct Token {
  Tok kind = Tok::kEof;
  std::string_view text;
  int line = 1;
  int column = 1;
};

// Produces tokens one at a time; whitespace and `//` comments are skipped.
// An unterminated string or a stray character gives a kError token whose
// text says what is wrong.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}
  Token Next();
  // Raw characters from the current position up to (not including) the next
  // `close` on the same line; the position moves past `close`. Returns false
  // (position unchanged) if there is none.
  bool RawUntil(char close, std::string_view* out);
  int line() const { return line_; }
  int column() const { return static_cast<int>(pos_ - line_start_) + 1; }

 private:
  void SkipSpace();
  Token Make(Tok kind, size_t start, int line, int col);
  Token LexNumber(size_t start, int line, int col);
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
};

}  // namespace hf2hlo::hlo
