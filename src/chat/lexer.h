// Internal to hf2hlo_chat: the template lexer. It applies Jinja's whitespace
// control while it splits the source, so the parser sees text already
// trimmed (trim_blocks, lstrip_blocks, `-` and `+` markers).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/base.h"

namespace hf2hlo::chat::internal {

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
  size_t pos = 0;  // byte offset in the source
};

// Holds a reference to the source: it must outlive the lexer.
class Lexer {
 public:
  explicit Lexer(const std::string& src);

  // 1-based line and column (in code points) of byte offset `pos`.
  std::pair<int, int> LineCol(size_t pos) const;
  // An error prefixed with "line:column: ".
  Status ErrorAt(size_t pos, const std::string& msg) const;

  // The whole token stream; the last token is kEof.
  Result<std::vector<Token>> Run();

 private:
  // Both lexing steps below leave `pos` after the tag they consumed and set
  // `strip_next` when the tag asks to strip the whitespace that follows it.
  Status LexRaw(size_t tag, size_t body, bool dash, std::vector<Token>& out, size_t& pos,
                bool& strip_next);
  // Lexes expression tokens from `k` until the closing "}}" or "%}".
  Status LexTag(size_t k, char close, std::vector<Token>& out, size_t& pos, bool& strip_next);
  // The literal starting at `k`; `k` is left after it.
  Result<Token> LexNumber(size_t& k) const;
  Result<Token> LexString(size_t& k) const;

  const std::string& src_;
  std::vector<size_t> line_starts_;
};

}  // namespace hf2hlo::chat::internal
