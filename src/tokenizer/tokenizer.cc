// Loading tokenizer.json: each pipeline component is parsed and validated
// field by field (errors name the JSON path), and the vocabulary lookups.
#include "tokenizer/tokenizer.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "tokenizer/pipeline.h"

namespace hf2hlo {

using json = nlohmann::json;
using tok::AddedToken;
using tok::Decoder;
using tok::Normalizer;
using tok::Pattern;
using tok::PreTokenizer;
using tok::Regex;
using tok::SplitBehavior;
using tok::TemplateItem;

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

namespace {

// How many input bytes one normalized byte can stand for: 1 without a
// normalizer; 3 with Unicode normalization (composition maps at most three
// code points' bytes to one's, e.g. Hangul jamo L+V+T); none when a step can
// delete text.
std::optional<int64_t> NormalizerShrink(const tok::Normalizer& n) {
  switch (n.kind) {
    case tok::Normalizer::kSequence: {
      int64_t factor = 1;
      for (const tok::Normalizer& c : n.children) {
        std::optional<int64_t> f = NormalizerShrink(c);
        if (!f) return std::nullopt;
        factor *= *f;
      }
      return factor;
    }
    case tok::Normalizer::kPrepend:
      return 1;
    case tok::Normalizer::kUnicode:
      return 3;
    case tok::Normalizer::kReplace:
    case tok::Normalizer::kStrip:
      return std::nullopt;
  }
  return std::nullopt;
}

bool HasByteLevel(const tok::PreTokenizer& p) {
  if (p.kind == tok::PreTokenizer::kByteLevel) return true;
  for (const tok::PreTokenizer& c : p.children)
    if (HasByteLevel(c)) return true;
  return false;
}

// A token's text in the vocabulary (byte-level or metaspace symbols, <0xNN>
// byte tokens, continuation prefixes) takes at least as many UTF-8 bytes as
// the normalized input it covers; an unknown token covers one character
// (four bytes) unless unknowns are fused. Unknowns cannot occur with byte
// fallback, or when a ByteLevel pre-tokenizer maps all input to byte symbols
// that are all in the vocabulary.
std::optional<int64_t> InputBytesBound(const Tokenizer::Impl& impl) {
  bool every_byte = impl.pre_tokenizer && HasByteLevel(*impl.pre_tokenizer);
  for (int b = 0; b < 256 && every_byte; ++b)
    every_byte = impl.model.vocab.count(std::string(tok::ByteToUnicode(static_cast<uint8_t>(b)))) > 0;
  const bool unknowns = impl.model.unk_token && !impl.model.byte_fallback && !every_byte;
  if (unknowns && impl.model.fuse_unk) return std::nullopt;
  int64_t longest = 4;
  for (const auto& [token, id] : impl.model.vocab)
    longest = std::max<int64_t>(longest, static_cast<int64_t>(token.size()));
  for (const tok::AddedToken& t : impl.added) {
    if (t.lstrip || t.rstrip) return std::nullopt;
    longest = std::max<int64_t>(longest, static_cast<int64_t>(t.content.size()));
  }
  if (!impl.normalizer) return longest;
  std::optional<int64_t> shrink = NormalizerShrink(*impl.normalizer);
  if (!shrink) return std::nullopt;
  return longest * *shrink;
}

}  // namespace

Result<Tokenizer> Tokenizer::FromJson(std::string_view json_text, std::string_view source) {
  // tokenizer.json nests about 6 levels (a pre-tokenizer sequence's regex).
  constexpr int64_t kMaxDepth = 32;
  if (const int64_t depth = JsonNestingDepth(json_text); depth > kMaxDepth)
    return Error(source, ": JSON nests ", depth, " levels deep (limit ", kMaxDepth, ")");
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
      if (t.normalized && impl->normalizer) {
        Status st = impl->normalizer->Apply(&t.match);
        if (!st.ok()) return st.WithContext(StrCat("added token ", t.id, " (normalizer)"));
      }
      if (t.special) impl->special_contents.insert(t.content);
      max_id = std::max<int64_t>(max_id, t.id);
      impl->added_by_id[t.id] = impl->added.size();
      impl->added.push_back(std::move(t));
    }
  }
  impl->vocab_size = static_cast<int32_t>(max_id + 1);
  impl->max_input_bytes_per_token = InputBytesBound(*impl);
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

// ---- Vocabulary lookups ----

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

std::optional<int64_t> Tokenizer::max_input_bytes_per_token() const {
  return impl_->max_input_bytes_per_token;
}

}  // namespace hf2hlo
