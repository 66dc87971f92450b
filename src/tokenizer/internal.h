// Internals of the tokenizer library: UTF-8 helpers, the PCRE2 regex wrapper,
// and the pipeline components. Not a public header.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/base.h"

namespace hf2hlo::tok {

// ---- UTF-8 ----
// Decodes the code point at s[*i] and advances *i; invalid bytes decode as
// U+FFFD one byte at a time (input text is validated before use).
char32_t NextCodePoint(std::string_view s, size_t* i);
void AppendUtf8(std::string* out, char32_t cp);
bool IsValidUtf8(std::string_view s);
// The byte offset of the first invalid UTF-8 sequence, or npos.
size_t InvalidUtf8Offset(std::string_view s);
// Like Rust's String::from_utf8_lossy: each maximal invalid subpart becomes U+FFFD.
std::string LossyUtf8(std::string_view bytes);
// Unicode White_Space (Rust char::is_whitespace).
bool IsWhitespace(char32_t cp);
inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

// ---- Regex (PCRE2, UTF + UCP) ----
class Regex {
 public:
  static Result<std::unique_ptr<Regex>> Compile(std::string_view pattern);
  ~Regex();
  // Non-overlapping matches, left to right, as byte ranges [begin, end).
  // Empty matches are skipped by advancing one character. A match that PCRE2
  // gives up on (its match, depth or heap limit: catastrophic backtracking)
  // is an error naming the byte, never "no match".
  Result<std::vector<std::pair<size_t, size_t>>> FindAll(std::string_view text) const;
  Result<bool> Matches(std::string_view text) const;  // any match

 private:
  Regex() = default;
  void* code_ = nullptr;  // pcre2_code_8
};

// ---- Splitting (HF SplitDelimiterBehavior) ----
enum class SplitBehavior { kRemoved, kIsolated, kMergedWithPrevious, kMergedWithNext, kContiguous };
Result<SplitBehavior> ParseSplitBehavior(std::string_view name);
// Turns match ranges in a text of `size` bytes into the pieces HF keeps
// (non-empty byte ranges), for the given behavior; `invert` flips matches.
std::vector<std::pair<size_t, size_t>> SplitByMatches(
    size_t size, const std::vector<std::pair<size_t, size_t>>& matches, SplitBehavior behavior,
    bool invert);
// Byte ranges of every occurrence of `needle` (non-overlapping, left to right).
std::vector<std::pair<size_t, size_t>> FindLiteral(std::string_view text, std::string_view needle);

// ---- Unicode normalization (utf8proc) ----
enum class NormForm { kNfc, kNfd, kNfkc, kNfkd };
std::string NormalizeUnicode(std::string_view text, NormForm form);

// ---- Byte-level alphabet (GPT-2 bytes_to_unicode) ----
const std::string& ByteToUnicode(uint8_t byte);  // UTF-8 of the mapped char
// The byte for a mapped code point, or -1.
int UnicodeToByte(char32_t cp);

// ---- BPE model ----
struct BpeModel {
  std::unordered_map<std::string, int32_t> vocab;
  std::unordered_map<int32_t, std::string> id_to_token;
  // (left id, right id) -> (rank, merged id)
  std::unordered_map<uint64_t, std::pair<int32_t, int32_t>> merges;
  std::optional<std::string> unk_token;
  std::string continuing_subword_prefix;
  std::string end_of_word_suffix;
  bool fuse_unk = false;
  bool byte_fallback = false;
  bool ignore_merges = false;
  int32_t byte_ids[256];

  // Appends the ids of one pre-tokenized word.
  void Tokenize(std::string_view word, std::vector<int32_t>* out) const;

 private:
  void MergeWord(std::string_view word, std::vector<int32_t>* out) const;
  mutable std::mutex cache_mu_;
  mutable std::unordered_map<std::string, std::vector<int32_t>> cache_;
};

}  // namespace hf2hlo::tok
