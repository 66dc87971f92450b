// tokenizer.json loading and the encode / decode pipelines (HF tokenizers 0.22
// semantics): added tokens, normalizers, pre-tokenizers, the BPE model,
// post-processors and decoders.
#include "tokenizer/tokenizer.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "tokenizer/internal.h"

namespace hf2hlo {

using json = nlohmann::json;
using tok::Regex;
using tok::SplitBehavior;

namespace {

// A pattern of Split / Replace: a literal string or a regex.
struct Pattern {
  std::string literal;
  std::unique_ptr<Regex> regex;
  std::vector<std::pair<size_t, size_t>> Find(std::string_view text) const {
    return regex ? regex->FindAll(text) : tok::FindLiteral(text, literal);
  }
};

std::string ReplaceAll(std::string_view text, const Pattern& pattern, std::string_view content) {
  std::string out;
  size_t prev = 0;
  for (auto [b, e] : pattern.Find(text)) {
    out.append(text.substr(prev, b - prev));
    out.append(content);
    prev = e;
  }
  out.append(text.substr(prev));
  return out;
}

struct Normalizer {
  enum Kind { kSequence, kPrepend, kReplace, kUnicode, kStrip } kind;
  std::vector<Normalizer> children;
  std::string text;  // Prepend / Replace content
  Pattern pattern;
  tok::NormForm form = tok::NormForm::kNfc;
  bool left = false, right = false;

  void Apply(std::string* s) const {
    switch (kind) {
      case kSequence:
        for (const Normalizer& n : children) n.Apply(s);
        break;
      case kPrepend:
        if (!s->empty()) s->insert(0, text);
        break;
      case kReplace:
        *s = ReplaceAll(*s, pattern, text);
        break;
      case kUnicode:
        *s = tok::NormalizeUnicode(*s, form);
        break;
      case kStrip: {
        size_t b = 0, e = s->size();
        if (left) {
          while (b < e) {
            size_t i = b;
            if (!tok::IsWhitespace(tok::NextCodePoint(*s, &i))) break;
            b = i;
          }
        }
        if (right) {
          while (e > b) {
            size_t start = e - 1;
            while (start > b && ((*s)[start] & 0xC0) == 0x80) --start;
            size_t i = start;
            if (!tok::IsWhitespace(tok::NextCodePoint(*s, &i))) break;
            e = start;
          }
        }
        *s = s->substr(b, e - b);
        break;
      }
    }
  }
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

  static void SplitPieces(std::vector<Piece>* pieces, const Pattern& pattern,
                          SplitBehavior behavior, bool invert) {
    std::vector<Piece> out;
    for (Piece& p : *pieces) {
      for (auto [b, e] :
           tok::SplitByMatches(p.text.size(), pattern.Find(p.text), behavior, invert)) {
        out.push_back({p.text.substr(b, e - b), p.at_origin && b == 0});
      }
    }
    *pieces = std::move(out);
  }

  void Apply(std::vector<Piece>* pieces) const {
    switch (kind) {
      case kSequence:
        for (const PreTokenizer& p : children) p.Apply(pieces);
        break;
      case kSplit:
      case kDigits:
        SplitPieces(pieces, pattern, behavior, invert);
        break;
      case kByteLevel: {
        if (add_prefix_space) {
          for (Piece& p : *pieces)
            if (!p.text.empty() && p.text[0] != ' ') p.text.insert(0, " ");  // HF: no-op on ""
        }
        if (use_regex) SplitPieces(pieces, pattern, SplitBehavior::kIsolated, false);
        for (Piece& p : *pieces) {
          std::string mapped;
          mapped.reserve(p.text.size() * 2);
          for (unsigned char c : p.text) mapped.append(tok::ByteToUnicode(c));
          p.text = std::move(mapped);
        }
        break;
      }
      case kMetaspace: {
        Pattern space{" ", nullptr};
        for (Piece& p : *pieces) {
          p.text = ReplaceAll(p.text, space, replacement);
          bool starts = p.text.compare(0, replacement.size(), replacement) == 0;
          if (!starts && !p.text.empty() &&
              (prepend == kAlways || (prepend == kFirst && p.at_origin)))
            p.text.insert(0, replacement);
        }
        if (split) {
          Pattern rep{replacement, nullptr};
          SplitPieces(pieces, rep, SplitBehavior::kMergedWithNext, false);
        }
        break;
      }
    }
  }
};

struct Decoder {
  enum Kind { kSequence, kByteLevel, kMetaspace, kByteFallback, kFuse, kStrip, kReplace } kind;
  std::vector<Decoder> children;
  std::string text;  // Metaspace replacement, Strip content, Replace content
  Pattern pattern;
  bool strip_first = true;  // Metaspace: prepend_scheme != never
  size_t start = 0, stop = 0;

  void Apply(std::vector<std::string>* tokens) const {
    switch (kind) {
      case kSequence:
        for (const Decoder& d : children) d.Apply(tokens);
        break;
      case kByteLevel: {
        std::string bytes;
        for (const std::string& t : *tokens) {
          std::string mapped;
          bool all = true;
          for (size_t i = 0; i < t.size() && all;) {
            int b = tok::UnicodeToByte(tok::NextCodePoint(t, &i));
            if (b < 0)
              all = false;
            else
              mapped.push_back(static_cast<char>(b));
          }
          bytes.append(all ? mapped : t);
        }
        tokens->assign(1, tok::LossyUtf8(bytes));
        break;
      }
      case kMetaspace:
        for (size_t k = 0; k < tokens->size(); ++k) {
          Pattern rep{text, nullptr};
          (*tokens)[k] = ReplaceAll((*tokens)[k], rep, (k == 0 && strip_first) ? "" : " ");
        }
        break;
      case kByteFallback: {
        std::vector<std::string> out;
        std::string pending;
        auto flush = [&] {
          if (pending.empty()) return;
          if (tok::IsValidUtf8(pending)) {
            out.push_back(pending);
          } else {
            for (size_t i = 0; i < pending.size(); ++i) out.emplace_back(tok::kReplacementChar);
          }
          pending.clear();
        };
        for (std::string& t : *tokens) {
          int byte = -1;
          if (t.size() == 6 && t.compare(0, 3, "<0x") == 0 && t[5] == '>') {
            char* end = nullptr;
            std::string hex = t.substr(3, 2);
            long v = std::strtol(hex.c_str(), &end, 16);
            if (end == hex.c_str() + 2 && std::isxdigit(static_cast<unsigned char>(hex[0])) &&
                v >= 0 && v < 256)
              byte = static_cast<int>(v);
          }
          if (byte >= 0) {
            pending.push_back(static_cast<char>(byte));
          } else {
            flush();
            out.push_back(std::move(t));
          }
        }
        flush();
        *tokens = std::move(out);
        break;
      }
      case kFuse: {
        std::string all;
        for (const std::string& t : *tokens) all.append(t);
        tokens->assign(1, std::move(all));
        break;
      }
      case kStrip: {
        for (std::string& t : *tokens) {
          std::vector<std::pair<size_t, size_t>> chars;  // byte ranges
          for (size_t i = 0; i < t.size();) {
            size_t b = i;
            tok::NextCodePoint(t, &i);
            chars.emplace_back(b, i);
          }
          auto is_content = [&](size_t k) {
            return t.compare(chars[k].first, chars[k].second - chars[k].first, text) == 0;
          };
          size_t start_cut = 0;
          for (size_t k = 0; k < std::min(start, chars.size()) && is_content(k); ++k)
            start_cut = k + 1;
          size_t stop_cut = chars.size();
          for (size_t k = 0; k < std::min(stop, chars.size()); ++k) {
            size_t index = chars.size() - k - 1;
            if (!is_content(index)) break;
            stop_cut = index;
          }
          if (stop_cut <= start_cut) {
            t.clear();
          } else {
            size_t b = start_cut < chars.size() ? chars[start_cut].first : t.size();
            size_t e = stop_cut < chars.size() ? chars[stop_cut].first : t.size();
            t = t.substr(b, e - b);
          }
        }
        break;
      }
      case kReplace:
        for (std::string& t : *tokens) t = ReplaceAll(t, pattern, text);
        break;
    }
  }
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

}  // namespace

struct Tokenizer::Impl {
  std::optional<Normalizer> normalizer;
  std::optional<PreTokenizer> pre_tokenizer;
  tok::BpeModel model;
  std::optional<Decoder> decoder;
  std::vector<TemplateItem> post_template;  // empty: no post-processing
  bool has_post_template = false;
  std::vector<AddedToken> added;
  std::unordered_map<int32_t, size_t> added_by_id;
  std::unordered_set<std::string> special_contents;
  std::unique_ptr<Regex> word_start, word_end;
  int32_t vocab_size = 0;
  bool decoder_byte_fallback = false;  // the decoder has a ByteFallback step

  // The added tokens in `text` (HF find_matches with leftmost-longest matching),
  // as (token index or -1, byte range).
  struct Split {
    int64_t token;
    size_t b, e;
  };
  std::vector<Split> FindAdded(std::string_view text, bool normalized, bool allow_special) const;
  void EncodePieces(std::string_view text, bool allow_special, std::vector<int32_t>* ids) const;
};

namespace {

// ---- JSON readers ----

std::string Path(std::string_view parent, std::string_view key) {
  return parent.empty() ? std::string(key) : StrCat(parent, ".", key);
}
std::string Index(std::string_view parent, size_t i) { return StrCat(parent, "[", i, "]"); }

Result<std::string> GetString(const json& j, std::string_view key, std::string_view path) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return Error(Path(path, key), ": expected a string");
  return it->get<std::string>();
}

bool GetBool(const json& j, std::string_view key, bool fallback) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_boolean()) return fallback;
  return it->get<bool>();
}

Result<Pattern> ParsePattern(const json& j, std::string_view path) {
  Pattern p;
  if (!j.is_object()) return Error(path, ": expected an object {\"String\"|\"Regex\": ...}");
  if (j.contains("String") && j["String"].is_string()) {
    p.literal = j["String"].get<std::string>();
    return p;
  }
  if (j.contains("Regex") && j["Regex"].is_string()) {
    auto regex = Regex::Compile(j["Regex"].get<std::string>());
    if (!regex.ok()) return regex.status().WithContext(Path(path, "Regex"));
    p.regex = std::move(regex).value();
    return p;
  }
  return Error(path, ": expected a \"String\" or \"Regex\" pattern");
}

Result<std::string> TypeOf(const json& j, std::string_view path) {
  if (!j.is_object()) return Error(path, ": expected an object");
  return GetString(j, "type", path);
}

Result<Normalizer> ParseNormalizer(const json& j, std::string_view path) {
  auto type = TypeOf(j, path);
  if (!type.ok()) return type.status();
  Normalizer n;
  const std::string& t = *type;
  if (t == "Sequence") {
    n.kind = Normalizer::kSequence;
    std::string list_path = Path(path, "normalizers");
    if (!j.contains("normalizers") || !j["normalizers"].is_array())
      return Error(list_path, ": expected an array");
    for (size_t i = 0; i < j["normalizers"].size(); ++i) {
      auto child = ParseNormalizer(j["normalizers"][i], Index(list_path, i));
      if (!child.ok()) return child.status();
      n.children.push_back(std::move(child).value());
    }
  } else if (t == "Prepend") {
    n.kind = Normalizer::kPrepend;
    auto s = GetString(j, "prepend", path);
    if (!s.ok()) return s.status();
    n.text = *s;
  } else if (t == "Replace") {
    n.kind = Normalizer::kReplace;
    auto s = GetString(j, "content", path);
    if (!s.ok()) return s.status();
    n.text = *s;
    auto p = ParsePattern(j.value("pattern", json()), Path(path, "pattern"));
    if (!p.ok()) return p.status();
    n.pattern = std::move(p).value();
  } else if (t == "NFC" || t == "NFD" || t == "NFKC" || t == "NFKD") {
    n.kind = Normalizer::kUnicode;
    n.form = t == "NFC"    ? tok::NormForm::kNfc
             : t == "NFD"  ? tok::NormForm::kNfd
             : t == "NFKC" ? tok::NormForm::kNfkc
                           : tok::NormForm::kNfkd;
  } else if (t == "Strip") {
    n.kind = Normalizer::kStrip;
    n.left = GetBool(j, "strip_left", false);
    n.right = GetBool(j, "strip_right", false);
  } else {
    return Error(path, ": unsupported normalizer type '", t,
                 "' (supported: Sequence, Prepend, Replace, NFC, NFD, NFKC, NFKD, Strip)");
  }
  return n;
}

// The GPT-2 split regex of ByteLevel(use_regex = true).
constexpr std::string_view kGpt2Regex =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

Result<PreTokenizer> ParsePreTokenizer(const json& j, std::string_view path) {
  auto type = TypeOf(j, path);
  if (!type.ok()) return type.status();
  PreTokenizer p;
  const std::string& t = *type;
  if (t == "Sequence") {
    p.kind = PreTokenizer::kSequence;
    std::string list_path = Path(path, "pretokenizers");
    if (!j.contains("pretokenizers") || !j["pretokenizers"].is_array())
      return Error(list_path, ": expected an array");
    for (size_t i = 0; i < j["pretokenizers"].size(); ++i) {
      auto child = ParsePreTokenizer(j["pretokenizers"][i], Index(list_path, i));
      if (!child.ok()) return child.status();
      p.children.push_back(std::move(child).value());
    }
  } else if (t == "Split") {
    p.kind = PreTokenizer::kSplit;
    auto pattern = ParsePattern(j.value("pattern", json()), Path(path, "pattern"));
    if (!pattern.ok()) return pattern.status();
    p.pattern = std::move(pattern).value();
    auto behavior = GetString(j, "behavior", path);
    if (!behavior.ok()) return behavior.status();
    auto b = tok::ParseSplitBehavior(*behavior);
    if (!b.ok()) return b.status().WithContext(Path(path, "behavior"));
    p.behavior = *b;
    p.invert = GetBool(j, "invert", false);
  } else if (t == "ByteLevel") {
    p.kind = PreTokenizer::kByteLevel;
    p.add_prefix_space = GetBool(j, "add_prefix_space", true);
    p.use_regex = GetBool(j, "use_regex", true);
    if (p.use_regex) {
      auto regex = Regex::Compile(kGpt2Regex);
      if (!regex.ok()) return regex.status().WithContext(path);
      p.pattern.regex = std::move(regex).value();
    }
  } else if (t == "Metaspace") {
    p.kind = PreTokenizer::kMetaspace;
    auto rep = GetString(j, "replacement", path);
    if (!rep.ok()) return rep.status();
    p.replacement = *rep;
    p.split = GetBool(j, "split", true);
    if (j.contains("prepend_scheme") && j["prepend_scheme"].is_string()) {
      std::string scheme = j["prepend_scheme"].get<std::string>();
      if (scheme == "always")
        p.prepend = PreTokenizer::kAlways;
      else if (scheme == "first")
        p.prepend = PreTokenizer::kFirst;
      else if (scheme == "never")
        p.prepend = PreTokenizer::kNever;
      else
        return Error(Path(path, "prepend_scheme"), ": unknown value '", scheme, "'");
    } else {
      p.prepend =
          GetBool(j, "add_prefix_space", true) ? PreTokenizer::kAlways : PreTokenizer::kNever;
    }
  } else if (t == "Digits") {
    p.kind = PreTokenizer::kDigits;
    bool individual = GetBool(j, "individual_digits", false);
    auto regex = Regex::Compile(individual ? "\\p{N}" : "\\p{N}+");
    if (!regex.ok()) return regex.status().WithContext(path);
    p.pattern.regex = std::move(regex).value();
    p.behavior = SplitBehavior::kIsolated;
  } else {
    return Error(path, ": unsupported pre_tokenizer type '", t,
                 "' (supported: Sequence, Split, ByteLevel, Metaspace, Digits)");
  }
  return p;
}

Result<Decoder> ParseDecoder(const json& j, std::string_view path) {
  auto type = TypeOf(j, path);
  if (!type.ok()) return type.status();
  Decoder d;
  const std::string& t = *type;
  if (t == "Sequence") {
    d.kind = Decoder::kSequence;
    std::string list_path = Path(path, "decoders");
    if (!j.contains("decoders") || !j["decoders"].is_array())
      return Error(list_path, ": expected an array");
    for (size_t i = 0; i < j["decoders"].size(); ++i) {
      auto child = ParseDecoder(j["decoders"][i], Index(list_path, i));
      if (!child.ok()) return child.status();
      d.children.push_back(std::move(child).value());
    }
  } else if (t == "ByteLevel") {
    d.kind = Decoder::kByteLevel;
  } else if (t == "Metaspace") {
    d.kind = Decoder::kMetaspace;
    auto rep = GetString(j, "replacement", path);
    if (!rep.ok()) return rep.status();
    d.text = *rep;
    if (j.contains("prepend_scheme") && j["prepend_scheme"].is_string()) {
      d.strip_first = j["prepend_scheme"].get<std::string>() != "never";
    } else {
      d.strip_first = GetBool(j, "add_prefix_space", true);
    }
  } else if (t == "ByteFallback") {
    d.kind = Decoder::kByteFallback;
  } else if (t == "Fuse") {
    d.kind = Decoder::kFuse;
  } else if (t == "Strip") {
    d.kind = Decoder::kStrip;
    auto content = GetString(j, "content", path);
    if (!content.ok()) return content.status();
    d.text = *content;
    auto count = [&](const char* key) -> Result<size_t> {
      auto it = j.find(key);
      if (it == j.end() || !it->is_number_unsigned())
        return Error(Path(path, key), ": expected a non-negative integer");
      return it->get<size_t>();
    };
    auto start = count("start");
    if (!start.ok()) return start.status();
    auto stop = count("stop");
    if (!stop.ok()) return stop.status();
    d.start = *start;
    d.stop = *stop;
  } else if (t == "Replace") {
    d.kind = Decoder::kReplace;
    auto s = GetString(j, "content", path);
    if (!s.ok()) return s.status();
    d.text = *s;
    auto p = ParsePattern(j.value("pattern", json()), Path(path, "pattern"));
    if (!p.ok()) return p.status();
    d.pattern = std::move(p).value();
  } else {
    return Error(path, ": unsupported decoder type '", t,
                 "' (supported: Sequence, ByteLevel, Metaspace, ByteFallback, Fuse, Strip, "
                 "Replace)");
  }
  return d;
}

Status ParseModel(const json& j, tok::BpeModel* m) {
  auto type = TypeOf(j, "model");
  if (!type.ok()) {
    // Old files omit model.type; a BPE has "merges".
    if (!(j.is_object() && j.contains("merges"))) return type.status();
  } else if (*type != "BPE") {
    return Error("model.type: unsupported model type '", *type, "' (supported: BPE)");
  }
  if (j.contains("dropout") && j["dropout"].is_number() && j["dropout"].get<double>() > 0)
    return Error("model.dropout: BPE dropout is not supported (non-deterministic)");
  if (!j.contains("vocab") || !j["vocab"].is_object())
    return Error("model.vocab: expected an object of token -> id");
  for (auto& [token, id] : j["vocab"].items()) {
    if (!id.is_number_integer() || id.get<int64_t>() < 0 || id.get<int64_t>() > INT32_MAX)
      return Error("model.vocab[\"", token, "\"]: expected a non-negative 32-bit id");
    int32_t v = id.get<int32_t>();
    m->vocab[token] = v;
    m->id_to_token[v] = token;
  }
  auto opt_string = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
  };
  if (j.contains("unk_token") && j["unk_token"].is_string())
    m->unk_token = j["unk_token"].get<std::string>();
  m->continuing_subword_prefix = opt_string("continuing_subword_prefix");
  m->end_of_word_suffix = opt_string("end_of_word_suffix");
  m->fuse_unk = GetBool(j, "fuse_unk", false);
  m->byte_fallback = GetBool(j, "byte_fallback", false);
  m->ignore_merges = GetBool(j, "ignore_merges", false);
  for (int b = 0; b < 256; ++b) {
    char name[8];
    std::snprintf(name, sizeof(name), "<0x%02X>", b);
    auto it = m->vocab.find(name);
    m->byte_ids[b] = it == m->vocab.end() ? -1 : it->second;
  }
  if (!j.contains("merges") || !j["merges"].is_array())
    return Error("model.merges: expected an array");
  const json& merges = j["merges"];
  size_t prefix_len = m->continuing_subword_prefix.size();
  for (size_t i = 0; i < merges.size(); ++i) {
    std::string path = Index("model.merges", i);
    std::string a, b;
    const json& e = merges[i];
    if (e.is_string()) {
      std::string s = e.get<std::string>();
      size_t space = s.find(' ');
      if (space == std::string::npos || s.find(' ', space + 1) != std::string::npos)
        return Error(path, ": expected \"left right\", got \"", s, "\"");
      a = s.substr(0, space);
      b = s.substr(space + 1);
    } else if (e.is_array() && e.size() == 2 && e[0].is_string() && e[1].is_string()) {
      a = e[0].get<std::string>();
      b = e[1].get<std::string>();
    } else {
      return Error(path, ": expected a \"left right\" string or a [left, right] pair");
    }
    auto ia = m->vocab.find(a), ib = m->vocab.find(b);
    if (ia == m->vocab.end()) return Error(path, ": token \"", a, "\" is not in model.vocab");
    if (ib == m->vocab.end()) return Error(path, ": token \"", b, "\" is not in model.vocab");
    std::string merged = a + (b.size() >= prefix_len ? b.substr(prefix_len) : b);
    auto im = m->vocab.find(merged);
    if (im == m->vocab.end())
      return Error(path, ": merged token \"", merged, "\" is not in model.vocab");
    uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(ia->second)) << 32) |
                   static_cast<uint32_t>(ib->second);
    m->merges.emplace(key, std::make_pair(static_cast<int32_t>(i), im->second));
  }
  return OkStatus();
}

Status ParsePostProcessor(const json& j, std::string_view path, const Tokenizer::Impl& impl,
                          std::vector<TemplateItem>* out, bool* has_template) {
  auto type = TypeOf(j, path);
  if (!type.ok()) return type.status();
  const std::string& t = *type;
  if (t == "ByteLevel") return OkStatus();  // offsets only
  if (t == "Sequence") {
    std::string list_path = Path(path, "processors");
    if (!j.contains("processors") || !j["processors"].is_array())
      return Error(list_path, ": expected an array");
    for (size_t i = 0; i < j["processors"].size(); ++i) {
      Status s =
          ParsePostProcessor(j["processors"][i], Index(list_path, i), impl, out, has_template);
      if (!s.ok()) return s;
    }
    return OkStatus();
  }
  if (t == "TemplateProcessing") {
    if (*has_template) return Error(path, ": only one TemplateProcessing is supported");
    *has_template = true;
    std::string single_path = Path(path, "single");
    if (!j.contains("single") || !j["single"].is_array())
      return Error(single_path, ": expected an array");
    const json& specials = j.value("special_tokens", json::object());
    for (size_t i = 0; i < j["single"].size(); ++i) {
      const json& item = j["single"][i];
      std::string item_path = Index(single_path, i);
      if (item.contains("Sequence")) {
        out->push_back({true, {}});
      } else if (item.contains("SpecialToken") && item["SpecialToken"].contains("id") &&
                 item["SpecialToken"]["id"].is_string()) {
        std::string name = item["SpecialToken"]["id"].get<std::string>();
        if (!specials.contains(name) || !specials[name].contains("ids") ||
            !specials[name]["ids"].is_array())
          return Error(item_path, ": special token '", name, "' has no ids in ",
                       Path(path, "special_tokens"));
        TemplateItem ti{false, {}};
        for (const json& id : specials[name]["ids"]) {
          if (!id.is_number_integer())
            return Error(Path(path, "special_tokens"), "[\"", name, "\"].ids: expected ints");
          ti.ids.push_back(id.get<int32_t>());
        }
        out->push_back(std::move(ti));
      } else {
        return Error(item_path, ": expected {\"Sequence\": ...} or {\"SpecialToken\": ...}");
      }
    }
    return OkStatus();
  }
  if (t == "BertProcessing" || t == "RobertaProcessing") {
    *has_template = true;
    TemplateItem cls{false, {}}, sep{false, {}};
    for (auto [key, item] : {std::pair{"cls", &cls}, std::pair{"sep", &sep}}) {
      const json& v = j.value(key, json());
      if (!v.is_array() || v.size() != 2 || !v[1].is_number_integer())
        return Error(Path(path, key), ": expected [token, id]");
      item->ids.push_back(v[1].get<int32_t>());
    }
    out->push_back(cls);
    out->push_back({true, {}});
    out->push_back(sep);
    return OkStatus();
  }
  return Error(path, ": unsupported post_processor type '", t,
               "' (supported: TemplateProcessing, ByteLevel, Sequence, BertProcessing, "
               "RobertaProcessing)");
}

}  // namespace

// ---- Loading ----

Result<Tokenizer> Tokenizer::FromJson(std::string_view json_text, std::string_view source) {
  json j = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Error(source, ": invalid JSON");
  if (!j.is_object()) return Error(source, ": expected a JSON object");
  auto impl = std::make_shared<Impl>();
  auto with_source = [&](const Status& s) { return s.WithContext(source); };
  if (!j.contains("model")) return Error(source, ": model: missing");
  Status s = ParseModel(j["model"], &impl->model);
  if (!s.ok()) return with_source(s);
  if (j.contains("normalizer") && !j["normalizer"].is_null()) {
    auto n = ParseNormalizer(j["normalizer"], "normalizer");
    if (!n.ok()) return with_source(n.status());
    impl->normalizer = std::move(n).value();
  }
  if (j.contains("pre_tokenizer") && !j["pre_tokenizer"].is_null()) {
    auto p = ParsePreTokenizer(j["pre_tokenizer"], "pre_tokenizer");
    if (!p.ok()) return with_source(p.status());
    impl->pre_tokenizer = std::move(p).value();
  }
  if (j.contains("decoder") && !j["decoder"].is_null()) {
    auto d = ParseDecoder(j["decoder"], "decoder");
    if (!d.ok()) return with_source(d.status());
    impl->decoder = std::move(d).value();
    std::vector<const Decoder*> stack = {&*impl->decoder};
    while (!stack.empty()) {
      const Decoder* top = stack.back();
      stack.pop_back();
      if (top->kind == Decoder::kByteFallback) impl->decoder_byte_fallback = true;
      for (const Decoder& c : top->children) stack.push_back(&c);
    }
  }
  if (j.contains("post_processor") && !j["post_processor"].is_null()) {
    s = ParsePostProcessor(j["post_processor"], "post_processor", *impl, &impl->post_template,
                           &impl->has_post_template);
    if (!s.ok()) return with_source(s);
  }
  int64_t max_id = -1;
  for (const auto& [token, id] : impl->model.vocab) max_id = std::max<int64_t>(max_id, id);
  if (j.contains("added_tokens") && !j["added_tokens"].is_null()) {
    if (!j["added_tokens"].is_array()) return Error(source, ": added_tokens: expected an array");
    for (size_t i = 0; i < j["added_tokens"].size(); ++i) {
      const json& a = j["added_tokens"][i];
      std::string path = Index("added_tokens", i);
      if (!a.is_object() || !a.contains("id") || !a["id"].is_number_integer() ||
          a["id"].get<int64_t>() < 0 || a["id"].get<int64_t>() > INT32_MAX)
        return Error(source, ": ", path, ".id: expected a non-negative 32-bit id");
      auto content = GetString(a, "content", path);
      if (!content.ok()) return with_source(content.status());
      if (content->empty()) return Error(source, ": ", path, ".content: empty");
      AddedToken t{a["id"].get<int32_t>(),
                   *content,
                   *content,
                   GetBool(a, "single_word", false),
                   GetBool(a, "lstrip", false),
                   GetBool(a, "rstrip", false),
                   GetBool(a, "normalized", true),
                   GetBool(a, "special", false)};
      if (t.normalized && impl->normalizer) impl->normalizer->Apply(&t.match);
      if (t.special) impl->special_contents.insert(t.content);
      max_id = std::max<int64_t>(max_id, t.id);
      impl->added_by_id[t.id] = impl->added.size();
      impl->added.push_back(std::move(t));
    }
  }
  impl->vocab_size = static_cast<int32_t>(max_id + 1);
  auto ws = Regex::Compile(R"(^[\p{L}\p{M}\p{Nd}\p{Pc}\x{200C}\x{200D}])");
  auto we = Regex::Compile(R"([\p{L}\p{M}\p{Nd}\p{Pc}\x{200C}\x{200D}]$)");
  if (!ws.ok() || !we.ok()) return Error("internal: word regex");
  impl->word_start = std::move(ws).value();
  impl->word_end = std::move(we).value();
  return Tokenizer(std::move(impl));
}

Result<Tokenizer> Tokenizer::FromFile(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  return FromJson(*text, path);
}

// ---- Encoding ----

std::vector<Tokenizer::Impl::Split> Tokenizer::Impl::FindAdded(std::string_view text,
                                                               bool normalized,
                                                               bool allow_special) const {
  std::vector<Split> splits;
  if (text.empty()) {
    splits.push_back({-1, 0, 0});
    return splits;
  }
  std::vector<size_t> candidates;
  for (size_t k = 0; k < added.size(); ++k) {
    const AddedToken& t = added[k];
    if (t.normalized != normalized || t.match.empty()) continue;
    if (text.find(t.match) != std::string_view::npos) candidates.push_back(k);
  }
  size_t start_offset = 0;
  if (!candidates.empty()) {
    std::vector<size_t> next_at;  // next occurrence of each candidate
    for (size_t k : candidates) next_at.push_back(text.find(added[k].match));
    size_t pos = 0;
    while (pos < text.size()) {
      // Leftmost-longest match at or after pos; ties of equal length go to the
      // first token in added_tokens order.
      size_t best_start = std::string_view::npos, best_len = 0;
      int64_t best = -1;
      for (size_t c = 0; c < candidates.size(); ++c) {
        size_t k = candidates[c];
        if (next_at[c] != std::string_view::npos && next_at[c] < pos)
          next_at[c] = text.find(added[k].match, pos);
        size_t at = next_at[c];
        if (at == std::string_view::npos) continue;
        size_t len = added[k].match.size();
        if (at < best_start || (at == best_start && len > best_len)) {
          best_start = at;
          best_len = len;
          best = static_cast<int64_t>(k);
        }
      }
      if (best < 0) break;
      size_t start = best_start, stop = best_start + best_len;
      pos = stop;
      const AddedToken& t = added[best];
      // Like HF's encode_special_tokens: a special token still takes its match
      // (so it can shadow an overlapping added token) but stays plain text.
      if (t.special && !allow_special) continue;
      if (t.single_word) {
        bool start_space = start == 0 || !word_end->Matches(text.substr(0, start));
        bool stop_space = stop == text.size() || !word_start->Matches(text.substr(stop));
        if (!start_space || !stop_space) continue;
      }
      if (t.lstrip) {
        size_t b = start;
        while (b > 0) {
          size_t c = b - 1;
          while (c > 0 && (static_cast<unsigned char>(text[c]) & 0xC0) == 0x80) --c;
          size_t i = c;
          if (!tok::IsWhitespace(tok::NextCodePoint(text, &i))) break;
          b = c;
        }
        start = std::max(b, start_offset);
      }
      if (t.rstrip) {
        while (stop < text.size()) {
          size_t i = stop;
          if (!tok::IsWhitespace(tok::NextCodePoint(text, &i))) break;
          stop = i;
        }
      }
      if (start > start_offset) splits.push_back({-1, start_offset, start});
      splits.push_back({best, start, stop});
      start_offset = stop;
    }
  }
  if (start_offset != text.size()) splits.push_back({-1, start_offset, text.size()});
  return splits;
}

void Tokenizer::Impl::EncodePieces(std::string_view text, bool allow_special,
                                   std::vector<int32_t>* ids) const {
  std::vector<Piece> pieces;
  for (const Split& raw : FindAdded(text, /*normalized=*/false, allow_special)) {
    if (raw.token >= 0) {
      ids->push_back(added[raw.token].id);
      continue;
    }
    std::string normalized(text.substr(raw.b, raw.e - raw.b));
    if (normalizer) normalizer->Apply(&normalized);
    for (const Split& sub : FindAdded(normalized, /*normalized=*/true, allow_special)) {
      if (sub.token >= 0) {
        ids->push_back(added[sub.token].id);
        continue;
      }
      pieces.clear();
      pieces.push_back({normalized.substr(sub.b, sub.e - sub.b), raw.b == 0 && sub.b == 0});
      if (pre_tokenizer) pre_tokenizer->Apply(&pieces);
      for (const Piece& p : pieces) model.Tokenize(p.text, ids);
    }
  }
}

Result<std::vector<int32_t>> Tokenizer::Encode(std::string_view text,
                                               const EncodeOptions& options) const {
  if (size_t bad = tok::InvalidUtf8Offset(text); bad != std::string_view::npos)
    return Error("text to encode is not valid UTF-8 (byte ", bad, ")");
  std::vector<int32_t> ids;
  impl_->EncodePieces(text, options.allow_special, &ids);
  if (!options.add_special_tokens || !impl_->has_post_template) return ids;
  std::vector<int32_t> out;
  out.reserve(ids.size() + 4);
  for (const TemplateItem& item : impl_->post_template) {
    if (item.is_sequence)
      out.insert(out.end(), ids.begin(), ids.end());
    else
      out.insert(out.end(), item.ids.begin(), item.ids.end());
  }
  return out;
}

// ---- Decoding ----

std::string Tokenizer::Decode(std::span<const int32_t> ids, bool skip_special_tokens) const {
  std::vector<std::string> tokens;
  tokens.reserve(ids.size());
  for (int32_t id : ids) {
    const std::string* token = nullptr;
    if (auto it = impl_->added_by_id.find(id); it != impl_->added_by_id.end()) {
      token = &impl_->added[it->second].content;
    } else if (auto mt = impl_->model.id_to_token.find(id); mt != impl_->model.id_to_token.end()) {
      token = &mt->second;
    }
    if (token == nullptr) continue;
    if (skip_special_tokens && impl_->special_contents.count(*token)) continue;
    tokens.push_back(*token);
  }
  if (!impl_->decoder) {
    std::string out;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (k) out.push_back(' ');
      out.append(tokens[k]);
    }
    return out;
  }
  impl_->decoder->Apply(&tokens);
  std::string out;
  for (const std::string& t : tokens) out.append(t);
  return out;
}

std::optional<int32_t> Tokenizer::TokenToId(std::string_view token) const {
  for (const AddedToken& t : impl_->added)
    if (t.content == token) return t.id;
  auto it = impl_->model.vocab.find(std::string(token));
  if (it == impl_->model.vocab.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Tokenizer::IdToToken(int32_t id) const {
  if (auto it = impl_->added_by_id.find(id); it != impl_->added_by_id.end())
    return impl_->added[it->second].content;
  auto it = impl_->model.id_to_token.find(id);
  if (it == impl_->model.id_to_token.end()) return std::nullopt;
  return it->second;
}

bool Tokenizer::IsSpecial(int32_t id) const {
  auto it = impl_->added_by_id.find(id);
  return it != impl_->added_by_id.end() && impl_->added[it->second].special;
}

int32_t Tokenizer::vocab_size() const { return impl_->vocab_size; }

bool Tokenizer::ContinuesByteRun(int32_t id) const {
  if (!impl_->decoder_byte_fallback || impl_->added_by_id.count(id)) return false;
  auto it = impl_->model.id_to_token.find(id);
  if (it == impl_->model.id_to_token.end()) return false;
  const std::string& t = it->second;
  return t.size() == 6 && t.compare(0, 3, "<0x") == 0 && t[5] == '>';
}

// ---- Streaming ----

StreamDecoder::StreamDecoder(const Tokenizer& tokenizer, bool skip_special_tokens)
    : tokenizer_(tokenizer), skip_special_(skip_special_tokens) {}

std::string StreamDecoder::Step(int32_t id) {
  ids_.push_back(id);
  // A ByteFallback decoder decodes a whole run of byte tokens at once (valid
  // UTF-8, or U+FFFD per byte), so a run's text is final only once it ends.
  if (tokenizer_.ContinuesByteRun(id)) return "";
  std::string text = tokenizer_.Decode(ids_, skip_special_);
  if (text.size() <= prefix_.size() || text.compare(0, prefix_.size(), prefix_) != 0) return "";
  std::string_view tail(text);
  if (tail.ends_with(tok::kReplacementChar)) return "";  // maybe an incomplete sequence
  std::string out = text.substr(prefix_.size());
  // The just-emitted ids become the context of the next step.
  ids_.erase(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(prefix_count_));
  prefix_count_ = ids_.size();
  prefix_ = tokenizer_.Decode(ids_, skip_special_);
  return out;
}

std::string StreamDecoder::Finish() {
  std::string text = tokenizer_.Decode(ids_, skip_special_);
  std::string out;
  if (text.size() > prefix_.size() && text.compare(0, prefix_.size(), prefix_) == 0)
    out = text.substr(prefix_.size());
  ids_.clear();
  prefix_count_ = 0;
  prefix_.clear();
  return out;
}

}  // namespace hf2hlo
