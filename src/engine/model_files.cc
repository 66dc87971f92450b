// The model folder's generation_config.json and chat format, read with the
// model library's JSON file reader (errors name the file and key), and chat
// prompts: the template rendered for a conversation, then encoded so that
// text from the template may hold special tokens while text from the
// messages never does.
#include "engine/model_files.h"

#include <climits>
#include <cmath>

#include <nlohmann/json.hpp>

#include "chat/chat.h"
#include "model/json_file.h"

namespace hf2hlo {
namespace {

// A special token of tokenizer_config.json: a string or {"content": ...}.
std::string SpecialToken(const nlohmann::json& config, const char* key) {
  if (!config.contains(key)) return "";
  const auto& v = config[key];
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("content") && v["content"].is_string()) {
    return v["content"].get<std::string>();
  }
  return "";
}

std::string Trim(const std::string& s) {
  const char* ws = " \t\n\r\f\v";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// A token id of the file: an integer in [0, 2^31).
bool IsTokenId(const nlohmann::json& x) {
  if (x.is_number_unsigned()) return x.get<uint64_t>() <= static_cast<uint64_t>(INT32_MAX);
  return x.is_number_integer() && x.get<int64_t>() >= 0 && x.get<int64_t>() <= INT32_MAX;
}

// eos_token_id: an integer or a list of integers.
Result<std::vector<int32_t>> EosIds(const ConfigReader& r) {
  std::vector<int32_t> ids;
  if (!r.Has("eos_token_id")) return ids;
  const nlohmann::json& e = r.Raw("eos_token_id");
  if (e.is_number()) {
    if (!IsTokenId(e)) return r.KeyError("eos_token_id", "must be a token id in [0, 2^31)");
    ids.push_back(static_cast<int32_t>(e.get<int64_t>()));
    return ids;
  }
  if (!e.is_array()) return r.KeyError("eos_token_id", "must be an integer or a list of integers");
  for (const auto& x : e) {
    if (!IsTokenId(x)) return r.KeyError("eos_token_id", "entries must be token ids in [0, 2^31)");
    ids.push_back(static_cast<int32_t>(x.get<int64_t>()));
  }
  return ids;
}

// A count of the file (top_k, max_new_tokens): a whole number in [0, 2^31).
Result<int64_t> CountOr(const ConfigReader& r, const std::string& key, int64_t fallback) {
  ASSIGN_OR_RETURN(double v, r.NumberOr(key, static_cast<double>(fallback)));
  if (!(v >= 0 && v <= INT32_MAX) || v != std::floor(v))
    return r.KeyError(key, "must be a whole number in [0, 2^31)");
  return static_cast<int64_t>(v);
}

}  // namespace

Result<GenerationConfig> LoadGenerationConfig(const std::string& model_dir) {
  const std::string path = JoinPath(model_dir, "generation_config.json");
  if (!FileExists(path)) return GenerationConfig{};
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return ParseGenerationConfig(text, path);
}

Result<GenerationConfig> ParseGenerationConfig(const std::string& text, const std::string& path) {
  GenerationConfig g;
  ASSIGN_OR_RETURN(nlohmann::json j, ParseJsonObject(text, path));
  const ConfigReader r(j, path);
  ASSIGN_OR_RETURN(g.eos_token_ids, EosIds(r));
  bool do_sample = false;
  if (j.contains("do_sample") && j["do_sample"].is_boolean())
    do_sample = j["do_sample"].get<bool>();
  SamplingParams& p = g.server_defaults;
  ASSIGN_OR_RETURN(p.temperature, r.NumberOr("temperature", 1.0));
  ASSIGN_OR_RETURN(p.top_p, r.NumberOr("top_p", p.top_p));
  ASSIGN_OR_RETURN(p.top_k, CountOr(r, "top_k", 0));
  ASSIGN_OR_RETURN(p.min_p, r.NumberOr("min_p", p.min_p));
  ASSIGN_OR_RETURN(p.repetition_penalty, r.NumberOr("repetition_penalty", p.repetition_penalty));
  ASSIGN_OR_RETURN(g.max_new_tokens, CountOr(r, "max_new_tokens", 0));
  if (Status s = p.Validate(); !s.ok()) return Error(path, ": ", s.message());
  g.defaults = p;
  // HF generate is greedy unless do_sample (and then its temperature default is 1).
  if (!do_sample) g.defaults.temperature = 0;
  return g;
}

Result<ChatFormat> ChatFormat::Load(const std::string& model_dir) {
  ChatFormat f;
  const std::string config_path = JoinPath(model_dir, "tokenizer_config.json");
  nlohmann::json config = nlohmann::json::object();
  if (FileExists(config_path)) {
    ASSIGN_OR_RETURN(config, ReadJsonObjectFile(config_path));
    f.bos_token = SpecialToken(config, "bos_token");
    f.eos_token = SpecialToken(config, "eos_token");
  }
  const std::string jinja_path = JoinPath(model_dir, "chat_template.jinja");
  std::string where;
  if (FileExists(jinja_path)) {
    ASSIGN_OR_RETURN(f.chat_template, ReadFile(jinja_path));
    where = jinja_path;
  } else if (config.contains("chat_template") && !config["chat_template"].is_null()) {
    where = config_path + ": chat_template";
    auto source = chat::ChatTemplateFromConfig(config);
    if (!source.ok()) return source.status().WithContext(where);
    f.chat_template = std::move(source).value();
  }
  if (!f.chat_template.empty()) {
    if (Status s = chat::CheckChatTemplate(f.chat_template); !s.ok()) return s.WithContext(where);
  }
  return f;
}

Result<std::vector<int32_t>> EncodeChat(const Tokenizer& tokenizer, const ChatFormat& format,
                                        const std::vector<ChatMessage>& messages,
                                        bool add_generation_prompt) {
  if (format.chat_template.empty()) return Error("the model has no chat template");
  nlohmann::ordered_json context;
  context["messages"] = nlohmann::ordered_json::array();
  for (const ChatMessage& m : messages) {
    context["messages"].push_back({{"role", m.role}, {"content", m.content}});
  }
  context["add_generation_prompt"] = add_generation_prompt;
  context["bos_token"] = format.bos_token;
  context["eos_token"] = format.eos_token;
  ASSIGN_OR_RETURN(std::string text, chat::RenderChatTemplate(format.chat_template, context));
  // Spans of message text in the rendering, in order (exact, else trimmed as
  // templates often do); special tokens never match inside them.
  std::vector<std::pair<size_t, size_t>> spans;
  size_t at = 0;
  for (const ChatMessage& m : messages) {
    for (const std::string& needle : {m.content, Trim(m.content)}) {
      if (needle.empty()) continue;
      size_t found = text.find(needle, at);
      if (found == std::string::npos) continue;
      spans.emplace_back(found, found + needle.size());
      at = found + needle.size();
      break;
    }
  }
  // One encode of the whole rendering, as apply_chat_template(tokenize=True)
  // does, except that special tokens never match inside a message.
  EncodeOptions options;
  options.add_special_tokens = false;  // the template writes BOS itself
  options.allow_special = true;
  options.plain_spans = std::move(spans);
  return tokenizer.Encode(text, options);
}

}  // namespace hf2hlo
