// hf2hlo tokenizer: reads a Hugging Face tokenizer.json and encodes / decodes
// exactly like HF `tokenizers` 0.22 for the BPE tokenizers of decoder LLMs:
//
//   - byte-level BPE (GPT-2 / Llama-3 / Qwen / SmolLM2: Split regex + ByteLevel);
//   - SentencePiece-style BPE (Prepend / Replace normalizers or Metaspace,
//     byte_fallback <0xNN> tokens, unk);
//   - added tokens with their lstrip / rstrip / single_word / normalized flags;
//   - TemplateProcessing / ByteLevel post-processors (special tokens such as BOS);
//   - the decoders ByteLevel, Metaspace, ByteFallback, Fuse, Strip, Replace and
//     Sequence, and a streaming decoder that only emits complete UTF-8.
//
// Anything else in the file (another model type, an unknown component) is an
// error naming its JSON path, e.g. "tokenizer.json: normalizer.normalizers[1]:
// unsupported normalizer type 'BertNormalizer'". Truncation and padding
// settings are ignored: Encode never truncates or pads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/base.h"

namespace hf2hlo {

struct EncodeOptions {
  // Applies the post-processor (e.g. prepends BOS), like HF's add_special_tokens.
  bool add_special_tokens = true;
  // When false (user text), the text of special added tokens such as
  // "<|im_start|>" is encoded as ordinary text, never as the special id (HF's
  // encode_special_tokens = True). Non-special added tokens still match.
  bool allow_special = true;
  // Byte ranges [begin, end) of the text where special added tokens never
  // match, as if allow_special were false there (a chat message's content
  // inside a rendered template). The text is otherwise encoded as one
  // string, so pre-tokenization runs across the ranges' edges.
  std::vector<std::pair<size_t, size_t>> plain_spans;
};

class Tokenizer {
 public:
  // Parses tokenizer.json text; `source` names it in errors.
  static Result<Tokenizer> FromJson(std::string_view json_text,
                                    std::string_view source = "tokenizer.json");
  // Reads and parses a tokenizer.json file.
  static Result<Tokenizer> FromFile(const std::string& path);

  Result<std::vector<int32_t>> Encode(std::string_view text,
                                      const EncodeOptions& options = {}) const;
  // Ids without a token are skipped (like HF). Always valid UTF-8: invalid
  // byte sequences become U+FFFD.
  std::string Decode(std::span<const int32_t> ids, bool skip_special_tokens = false) const;

  std::optional<int32_t> TokenToId(std::string_view token) const;
  std::optional<std::string> IdToToken(int32_t id) const;
  bool IsSpecial(int32_t id) const;
  // One more than the largest id of the model vocabulary and the added tokens.
  int32_t vocab_size() const;
  // An upper bound on the bytes of input text that one token can stand for,
  // so that a text of more than tokens * bound bytes cannot encode to
  // `tokens` or fewer ids; nullopt when the pipeline has no such bound (a
  // normalizer that deletes text, fused unknown tokens, added tokens that
  // strip whitespace around them).
  std::optional<int64_t> max_input_bytes_per_token() const;

  struct Impl;

 private:
  friend class StreamDecoder;
  // Whether `id` is a <0xNN> token that a ByteFallback decoder joins with the
  // byte tokens after it (so its text is not final yet).
  bool ContinuesByteRun(int32_t id) const;

  explicit Tokenizer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;  // immutable apart from an internal, locked cache
};

// Decodes ids one at a time. Each Step returns the text that is now final:
// never a broken UTF-8 sequence (an incomplete byte sequence is held back until
// it completes), and the concatenation of all Step results and Finish equals
// tokenizer.Decode(all ids).
class StreamDecoder {
 public:
  explicit StreamDecoder(const Tokenizer& tokenizer, bool skip_special_tokens = false);
  std::string Step(int32_t id);
  // Returns what is still held back (e.g. a trailing U+FFFD) and resets.
  std::string Finish();

 private:
  Tokenizer tokenizer_;  // shares the immutable tokenizer data
  bool skip_special_;
  std::vector<int32_t> ids_;  // context window: ids_[0:prefix_count_] are already emitted
  size_t prefix_count_ = 0;
  std::string prefix_;  // Decode(ids_[0:prefix_count_])
};

}  // namespace hf2hlo
