// The tokenizer on hand-built tokenizer.json files: merge order, byte
// fallback and unk, added-token flags, post-processing, decoders, streaming
// UTF-8 safety and errors that name their JSON path. Exactness against HF
// `tokenizers` on real and trained tokenizers is tests/tokenizer (pytest).
#include "tokenizer/tokenizer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace hf2hlo {
namespace {

using json = nlohmann::json;
using Ids = std::vector<int32_t>;

using hf2hlo::testing::AddedToken;
using hf2hlo::testing::CharBpe;

Tokenizer Load(const json& j) {
  auto t = Tokenizer::FromJson(j.dump());
  EXPECT_TRUE(t.ok()) << t.status().message();
  return std::move(t).value();
}

Ids Encode(const Tokenizer& t, std::string_view text, bool add_special = false,
           bool allow_special = true) {
  EncodeOptions options;
  options.add_special_tokens = add_special;
  options.allow_special = allow_special;
  auto ids = t.Encode(text, options);
  EXPECT_TRUE(ids.ok()) << ids.status().message();
  return ids.ok() ? *ids : Ids{};
}

std::string LoadErrorText(std::string_view text) {
  auto t = Tokenizer::FromJson(text, "tok.json");
  EXPECT_FALSE(t.ok());
  return t.ok() ? "" : t.status().message();
}
std::string LoadError(const json& j) { return LoadErrorText(j.dump()); }

const json kAbcVocab = {{"a", 0}, {"b", 1}, {"c", 2}, {"ab", 3}, {"bc", 4}, {"abc", 5}};

TEST(TokenizerTest, MergesApplyByRank) {
  // "b c" ranks first: a + bc, then "a bc" -> abc.
  Tokenizer bc_first = Load(CharBpe(kAbcVocab, {"b c", "a b", "a bc"}));
  EXPECT_EQ(Encode(bc_first, "abc"), (Ids{5}));
  // "a b" ranks first: ab + c, and there is no "ab c" merge.
  Tokenizer ab_first = Load(CharBpe(kAbcVocab, {"a b", "b c", "a bc"}));
  EXPECT_EQ(Encode(ab_first, "abc"), (Ids{3, 2}));
  // The pair-array merge format is the same thing.
  Tokenizer pairs = Load(CharBpe(kAbcVocab, json::parse(R"([["a","b"],["b","c"]])")));
  EXPECT_EQ(Encode(pairs, "abc"), (Ids{3, 2}));
}

TEST(TokenizerTest, EqualRanksMergeLeftmostFirst) {
  Tokenizer t = Load(CharBpe({{"a", 0}, {"aa", 1}}, {"a a"}));
  EXPECT_EQ(Encode(t, "aaa"), (Ids{1, 0}));
  EXPECT_EQ(Encode(t, "aaaa"), (Ids{1, 1}));
}

TEST(TokenizerTest, IgnoreMergesTakesWholeWords) {
  json j = CharBpe({{"a", 0}, {"b", 1}, {"c", 2}, {"ab", 3}, {"abc", 4}}, {"a b"});
  EXPECT_EQ(Encode(Load(j), "abc"), (Ids{3, 2}));
  j["model"]["ignore_merges"] = true;
  EXPECT_EQ(Encode(Load(j), "abc"), (Ids{4}));
}

// A SentencePiece-style BPE: "▁" prefix normalizers, byte fallback, unk.
json SentencePiece() {
  json vocab = {{"<unk>", 0},  {"<s>", 1}, {"</s>", 2}, {"<0xE2>", 3}, {"<0x82>", 4},
                {"<0xAC>", 5}, {"▁", 6},   {"a", 7},    {"b", 8},      {"▁a", 9}};
  json j = CharBpe(vocab, {"▁ a"});
  j["model"]["unk_token"] = "<unk>";
  j["model"]["byte_fallback"] = true;
  j["model"]["fuse_unk"] = true;
  j["added_tokens"] = {AddedToken(0, "<unk>", true), AddedToken(1, "<s>", true),
                       AddedToken(2, "</s>", true)};
  j["normalizer"] = json::parse(R"({"type": "Sequence", "normalizers": [
      {"type": "Prepend", "prepend": "▁"},
      {"type": "Replace", "pattern": {"String": " "}, "content": "▁"}]})");
  j["decoder"] = json::parse(R"({"type": "Sequence", "decoders": [
      {"type": "Replace", "pattern": {"String": "▁"}, "content": " "},
      {"type": "ByteFallback"}, {"type": "Fuse"},
      {"type": "Strip", "content": " ", "start": 1, "stop": 0}]})");
  j["post_processor"] = json::parse(R"({"type": "TemplateProcessing",
      "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}},
                 {"Sequence": {"id": "A", "type_id": 0}}],
      "pair": [], "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}}})");
  return j;
}

TEST(TokenizerTest, ByteFallbackAndFusedUnk) {
  Tokenizer t = Load(SentencePiece());
  EXPECT_EQ(Encode(t, "a€"), (Ids{9, 3, 4, 5}));     // € = E2 82 AC, all byte tokens exist
  EXPECT_EQ(Encode(t, "aéé b"), (Ids{9, 0, 6, 8}));  // é's bytes are missing: one fused unk
  EXPECT_EQ(t.Decode(Ids{9, 3, 4, 5}), "a€");
  EXPECT_EQ(t.Decode(Ids{9, 3, 4}), "a\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFD per broken byte
}

TEST(TokenizerTest, PostProcessorAddsBosOnlyWithSpecialTokens) {
  Tokenizer t = Load(SentencePiece());
  EXPECT_EQ(Encode(t, "a", /*add_special=*/true), (Ids{1, 9}));
  EXPECT_EQ(Encode(t, "a", /*add_special=*/false), (Ids{9}));
  EXPECT_EQ(Encode(t, "", /*add_special=*/true), (Ids{1}));
}

TEST(TokenizerTest, SpecialTokensMatchOnlyWhenAllowed) {
  Tokenizer t = Load(SentencePiece());
  EXPECT_EQ(Encode(t, "a</s>"), (Ids{9, 2}));
  Ids plain = Encode(t, "a</s>", false, /*allow_special=*/false);
  EXPECT_EQ(std::count(plain.begin(), plain.end(), 2), 0);
  EXPECT_EQ(t.Decode(Ids{1, 9, 2}), "<s> a</s>");
  EXPECT_EQ(t.Decode(Ids{1, 9, 2}, /*skip_special_tokens=*/true), "a");
}

TEST(TokenizerTest, PlainSpansKeepSpecialTextPlainOnlyInside) {
  Tokenizer t = Load(SentencePiece());
  const std::string text = "a</s>a</s>";  // bytes [0,5) then [5,10)
  EncodeOptions options;
  options.add_special_tokens = false;
  options.plain_spans = {{5, 10}};
  auto ids = t.Encode(text, options);
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  EXPECT_EQ(std::count(ids->begin(), ids->end(), 2), 1) << "only the first </s> is special";
  EXPECT_EQ((*ids)[1], 2);
  auto specials = [&] {
    auto out = t.Encode(text, options);
    EXPECT_TRUE(out.ok()) << out.status().message();
    return out.ok() ? std::count(out->begin(), out->end(), 2) : -1;
  };
  options.plain_spans = {};
  EXPECT_EQ(specials(), 2);
  // A span touching the match keeps it plain; a span past the text is refused.
  options.plain_spans = {{4, 6}};
  EXPECT_EQ(specials(), 1);
  options.plain_spans = {{3, 11}};
  EXPECT_FALSE(t.Encode(text, options).ok());
}

json WithMask(bool lstrip, bool rstrip, bool single_word) {
  json j = CharBpe({{"a", 0}, {"b", 1}, {" ", 2}}, json::array());
  j["added_tokens"] = {AddedToken(9, "<m>", false, lstrip, rstrip, single_word)};
  return j;
}

TEST(TokenizerTest, AddedTokenStripFlags) {
  EXPECT_EQ(Encode(Load(WithMask(false, false, false)), "a <m> b"), (Ids{0, 2, 9, 2, 1}));
  EXPECT_EQ(Encode(Load(WithMask(true, false, false)), "a  <m> b"), (Ids{0, 9, 2, 1}));
  EXPECT_EQ(Encode(Load(WithMask(false, true, false)), "a <m>  b"), (Ids{0, 2, 9, 1}));
  EXPECT_EQ(Encode(Load(WithMask(true, true, false)), "a <m> b"), (Ids{0, 9, 1}));
}

TEST(TokenizerTest, AddedTokenSingleWord) {
  Tokenizer t = Load(WithMask(false, false, true));
  EXPECT_EQ(Encode(t, "a <m> b"), (Ids{0, 2, 9, 2, 1}));
  // Inside a word it is not a token; its characters are not in the vocab.
  EXPECT_EQ(Encode(t, "a<m>"), (Ids{0}));
}

TEST(TokenizerTest, LongestAddedTokenWins) {
  json j = CharBpe({{"a", 0}}, json::array());
  j["added_tokens"] = {AddedToken(5, "<x>", true), AddedToken(6, "<x><y>", true)};
  EXPECT_EQ(Encode(Load(j), "a<x><y>a<x>"), (Ids{0, 6, 0, 5}));
}

// The GPT-2 byte-to-unicode map, to write byte-level vocabularies.
std::string ByteLevelChars(std::string_view bytes) {
  std::string out;
  for (unsigned char b : bytes) {
    int cp = b;
    if (!((b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE)) {
      int n = 0;
      for (int k = 0; k < b; ++k)
        if (!((k >= 0x21 && k <= 0x7E) || (k >= 0xA1 && k <= 0xAC) || k >= 0xAE)) ++n;
      cp = 256 + n;
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

json ByteLevel() {
  json vocab = json::object();
  for (int b = 0; b < 256; ++b) vocab[ByteLevelChars(std::string(1, static_cast<char>(b)))] = b;
  vocab[ByteLevelChars(" a")] = 256;
  vocab[ByteLevelChars("\x82\xAC")] = 257;
  json j = CharBpe(
      vocab, {ByteLevelChars(" ") + " a", ByteLevelChars("\x82") + " " + ByteLevelChars("\xAC")});
  j["pre_tokenizer"] = {{"type", "Sequence"},
                        {"pretokenizers",
                         {{{"type", "Split"},
                           {"pattern", {{"Regex", R"( ?\S+|\s+(?!\S)|\s+)"}}},
                           {"behavior", "Isolated"},
                           {"invert", false}},
                          {{"type", "ByteLevel"},
                           {"add_prefix_space", false},
                           {"trim_offsets", true},
                           {"use_regex", false}}}}};
  j["decoder"] = {{"type", "ByteLevel"}};
  return j;
}

TEST(TokenizerTest, ByteLevelEncodeDecode) {
  Tokenizer t = Load(ByteLevel());
  EXPECT_EQ(Encode(t, "a a€"), (Ids{'a', 256, 0xE2, 257}));
  EXPECT_EQ(t.Decode(Ids{'a', 256, 0xE2, 257}), "a a€");
  EXPECT_EQ(t.Decode(Ids{0xE2, 'a'}),
            "\xEF\xBF\xBD"
            "a");
  auto bad = t.Encode("ab\xFF");  // input must be UTF-8
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "text to encode is not valid UTF-8 (byte 2)");
}

std::vector<std::string> Stream(const Tokenizer& t, const Ids& ids) {
  StreamDecoder stream(t);
  std::vector<std::string> chunks;
  for (int32_t id : ids) chunks.push_back(stream.Step(id));
  chunks.push_back(stream.Finish());
  return chunks;
}

bool IsUtf8(const std::string& s) {
  auto t = Tokenizer::FromJson(CharBpe({{"a", 0}}, json::array()).dump());
  return t->Encode(s).ok();
}

TEST(TokenizerTest, StreamDecodeHoldsBrokenUtf8) {
  Tokenizer t = Load(ByteLevel());
  // € arrives as E2, then 82 AC: nothing until it is complete.
  EXPECT_EQ(Stream(t, Ids{'a', 0xE2, 257, 256}),
            (std::vector<std::string>{"a", "", "€", " a", ""}));
  // A byte that never completes is flushed as U+FFFD by Finish.
  EXPECT_EQ(Stream(t, Ids{'a', 0xE2}), (std::vector<std::string>{"a", "", "\xEF\xBF\xBD"}));
}

TEST(TokenizerTest, StreamDecodeByteFallbackRuns) {
  Tokenizer t = Load(SentencePiece());
  for (const Ids& ids : {Ids{9, 3, 4, 5, 9}, Ids{3, 9, 4}, Ids{9, 3, 4}, Ids{1, 6, 3, 4, 5}}) {
    std::string all;
    for (const std::string& chunk : Stream(t, ids)) {
      EXPECT_TRUE(IsUtf8(chunk)) << chunk;
      all += chunk;
    }
    EXPECT_EQ(all, t.Decode(ids));
  }
}

// A pre-tokenizer or normalizer regex that PCRE2 gives up on (catastrophic
// backtracking hits its match limit) makes Encode fail with the reason; it
// used to count as "no match" and split the text silently wrong.
TEST(TokenizerTest, RegexMatchLimitIsAnErrorNotNoMatch) {
  const std::string text = std::string(40, 'a') + "!";
  json split = CharBpe({{"a", 0}, {"!", 1}}, json::array());
  split["pre_tokenizer"] = {{"type", "Split"},
                            {"pattern", {{"Regex", "(a+)+$"}}},
                            {"behavior", "Isolated"},
                            {"invert", false}};
  json replace = CharBpe({{"a", 0}, {"!", 1}}, json::array());
  replace["normalizer"] = {{"type", "Replace"}, {"pattern", {{"Regex", "(a+)+$"}}}, {"content", "b"}};
  for (const json& j : {split, replace}) {
    Tokenizer t = Load(j);
    auto ids = t.Encode(text);
    ASSERT_FALSE(ids.ok());
    EXPECT_NE(ids.status().message().find("regex matching failed at byte"), std::string::npos)
        << ids.status().message();
    EXPECT_NE(ids.status().message().find("limit"), std::string::npos) << ids.status().message();
    // A text the pattern handles still encodes.
    EXPECT_EQ(Encode(t, "aa!").size(), 3u);
  }
}

// The bound on input bytes per token: the longest token text, times 3 under
// Unicode normalization, none when text can vanish (Replace, Strip), fused
// unknowns or whitespace-stripping added tokens.
TEST(TokenizerTest, InputBytesPerTokenBound) {
  json j = CharBpe(kAbcVocab, json::array());
  EXPECT_EQ(Load(j).max_input_bytes_per_token(), 4);  // one character at least
  j["added_tokens"] = {AddedToken(9, "<|endoftext|>", true)};
  EXPECT_EQ(Load(j).max_input_bytes_per_token(), 13);
  j["normalizer"] = {{"type", "NFC"}};
  EXPECT_EQ(Load(j).max_input_bytes_per_token(), 39);
  j["normalizer"] = {{"type", "Replace"}, {"pattern", {{"String", " "}}}, {"content", ""}};
  EXPECT_EQ(Load(j).max_input_bytes_per_token(), std::nullopt);
  j["normalizer"] = nullptr;
  j["added_tokens"][0]["rstrip"] = true;
  EXPECT_EQ(Load(j).max_input_bytes_per_token(), std::nullopt);
  j["added_tokens"] = json::array();
  j["model"]["unk_token"] = "a";
  j["model"]["fuse_unk"] = true;
  EXPECT_EQ(Load(j).max_input_bytes_per_token(), std::nullopt);
  // Byte-level BPE with every byte symbol in the vocabulary never produces an
  // unknown, fused or not (SmolLM2's tokenizer.json sets fuse_unk).
  json bytes = json::object();
  for (int b = 0; b < 256; ++b) bytes[ByteLevelChars(std::string(1, static_cast<char>(b)))] = b;
  bytes[ByteLevelChars(" hello")] = 256;
  json k = CharBpe(bytes, json::array());
  k["pre_tokenizer"] = {{"type", "ByteLevel"}, {"add_prefix_space", false},
                        {"trim_offsets", true}, {"use_regex", false}};
  k["model"]["unk_token"] = ByteLevelChars("a");
  k["model"]["fuse_unk"] = true;
  EXPECT_EQ(Load(k).max_input_bytes_per_token(), 7);  // "Ġhello": the mapped space is 2 bytes
}

TEST(TokenizerTest, DeeplyNestedJsonIsRefusedBeforeParsing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_NE(LoadErrorText(deep).find("tok.json: JSON nests 100000 levels deep (limit 32)"),
            std::string::npos)
      << LoadErrorText(deep);
}

TEST(TokenizerTest, ErrorsNameTheJsonPath) {
  EXPECT_EQ(LoadErrorText("{"), "tok.json: invalid JSON");
  EXPECT_EQ(LoadErrorText("[]"), "tok.json: expected a JSON object");
  json j = SentencePiece();
  j["normalizer"]["normalizers"][1]["type"] = "BertNormalizer";
  EXPECT_NE(LoadError(j).find("tok.json: normalizer.normalizers[1]: unsupported normalizer type "
                              "'BertNormalizer'"),
            std::string::npos);
  j = SentencePiece();
  j["model"]["type"] = "Unigram";
  EXPECT_NE(LoadError(j).find("model.type: unsupported model type 'Unigram'"), std::string::npos);
  j = CharBpe(kAbcVocab, {"a b", "a z"});
  EXPECT_NE(LoadError(j).find("model.merges[1]: token \"z\" is not in model.vocab"),
            std::string::npos);
  j = ByteLevel();
  j["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"] = "(unclosed";
  EXPECT_NE(LoadError(j).find("pre_tokenizer.pretokenizers[0].pattern.Regex: invalid regex"),
            std::string::npos);
  j = ByteLevel();
  j["decoder"] = {{"type", "WordPiece"}};
  EXPECT_NE(LoadError(j).find("decoder: unsupported decoder type 'WordPiece'"), std::string::npos);
  j = ByteLevel();
  j["model"]["vocab"]["x"] = -3;
  EXPECT_NE(LoadError(j).find("model.vocab[\"x\"]"), std::string::npos);
}

}  // namespace
}  // namespace hf2hlo
