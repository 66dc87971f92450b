// Internal to the tokenizer library: the tokenizer.json pipeline around the
// BPE model (normalizer, pre-tokenizer, decoder, added tokens, post-processor
// template) and Tokenizer::Impl, which holds one loaded tokenizer.json.
// Loaded in tokenizer.cc, run by encode.cc and decode.cc. Not a public header.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "tokenizer/internal.h"
#include "tokenizer/tokenizer.h"

namespace hf2hlo {
namespace tok {

// A pattern of Split / Replace: a literal string or a regex.
struct Pattern {
  std::string literal;
  std::unique_ptr<Regex> regex;
  Result<std::vector<std::pair<size_t, size_t>>> Find(std::string_view text) const {
    if (regex) return regex->FindAll(text);
    return tok::FindLiteral(text, literal);
  }
};

// Replaces every match of `pattern` in `text` by `content`.
Result<std::string> ReplaceAll(std::string_view text, const Pattern& pattern,
                               std::string_view content);

struct Normalizer {
  enum Kind { kSequence, kPrepend, kReplace, kUnicode, kStrip } kind;
  std::vector<Normalizer> children;
  std::string text;  // Prepend / Replace content
  Pattern pattern;
  tok::NormForm form = tok::NormForm::kNfc;
  bool left = false, right = false;

  Status Apply(std::string* s) const;
};

// A piece of text during pre-tokenization; `at_origin`: it starts at offset 0
// of the original input (Metaspace prepend_scheme "first").
struct Piece {
  std::string text;
  bool at_origin;
};

struct PreTokenizer {
  enum Kind { kSequence, kSplit, kByteLevel, kMetaspace, kDigits } kind;
  std::vector<PreTokenizer> children;
  Pattern pattern;  // Split, Digits, ByteLevel's regex
  SplitBehavior behavior = SplitBehavior::kIsolated;
  bool invert = false;
  bool add_prefix_space = false;
  bool use_regex = false;
  std::string replacement;  // Metaspace
  enum Prepend { kAlways, kFirst, kNever } prepend = kAlways;
  bool split = true;

  Status Apply(std::vector<Piece>* pieces) const;
};

struct Decoder {
  enum Kind { kSequence, kByteLevel, kMetaspace, kByteFallback, kFuse, kStrip, kReplace } kind;
  std::vector<Decoder> children;
  std::string text;  // Metaspace replacement, Strip content, Replace content
  Pattern pattern;
  bool strip_first = true;  // Metaspace: prepend_scheme != never
  size_t start = 0, stop = 0;

  void Apply(std::vector<std::string>* tokens) const;
};

struct AddedToken {
  int32_t id;
  std::string content;
  std::string match;  // content, normalized when `normalized`
  bool single_word, lstrip, rstrip, normalized, special;
};

// One step of a post-processor template: a special token's ids or the sequence.
struct TemplateItem {
  bool is_sequence;
  std::vector<int32_t> ids;
};

}  // namespace tok

// One loaded tokenizer.json; immutable after loading (the BPE model's cache
// locks itself).
struct Tokenizer::Impl {
  std::optional<tok::Normalizer> normalizer;
  std::optional<tok::PreTokenizer> pre_tokenizer;
  tok::BpeModel model;
  std::optional<tok::Decoder> decoder;
  std::vector<tok::TemplateItem> post_template;  // empty: no post-processing
  bool has_post_template = false;
  std::vector<tok::AddedToken> added;
  std::unordered_map<int32_t, size_t> added_by_id;
  std::unordered_set<std::string> special_contents;
  std::unique_ptr<tok::Regex> word_start, word_end;
  int32_t vocab_size = 0;
  bool decoder_byte_fallback = false;  // the decoder has a ByteFallback step
  std::optional<int64_t> max_input_bytes_per_token;  // Tokenizer::max_input_bytes_per_token

  // The added tokens in `text` (HF find_matches with leftmost-longest matching),
  // as (token index or -1, byte range).
  struct Split {
    int64_t token;
    size_t b, e;
  };
  // `plain`: byte ranges of `text` where special tokens do not match.
  Result<std::vector<Split>> FindAdded(
      std::string_view text, bool normalized, bool allow_special,
      std::span<const std::pair<size_t, size_t>> plain = {}) const;
  Status EncodePieces(std::string_view text, const EncodeOptions& options,
                      std::vector<int32_t>* ids) const;
};

}  // namespace hf2hlo
