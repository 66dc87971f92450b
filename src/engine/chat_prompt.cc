// Chat prompts: the model's chat template rendered for a conversation, then
// encoded so that text from the template may hold special tokens while text
// from the messages never does.
#include <nlohmann/json.hpp>

#include "chat/chat.h"
#include "engine/engine.h"

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

}  // namespace

Result<ChatFormat> ChatFormat::Load(const std::string& model_dir) {
  ChatFormat f;
  const std::string path = JoinPath(model_dir, "tokenizer_config.json");
  if (FileExists(path)) {
    ASSIGN_OR_RETURN(std::string text, ReadFile(path));
    nlohmann::json config = nlohmann::json::parse(text, nullptr, false);
    if (config.is_discarded() || !config.is_object()) return Error(path, ": not a JSON object");
    f.bos_token = SpecialToken(config, "bos_token");
    f.eos_token = SpecialToken(config, "eos_token");
  }
  auto tmpl = chat::LoadChatTemplate(model_dir);
  if (tmpl.ok()) f.chat_template = *tmpl;
  return f;
}

Result<std::vector<int32_t>> EncodeChat(const Tokenizer& tokenizer, const ChatFormat& format,
                                        const std::vector<ChatMessage>& messages,
                                        bool add_generation_prompt) {
  if (format.chat_template.empty()) return Error("the model has no chat template (use --raw)");
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
  // templates often do); they are encoded with special tokens disallowed.
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
  std::vector<int32_t> ids;
  auto append = [&](size_t begin, size_t end, bool allow_special) -> Status {
    if (begin >= end) return OkStatus();
    EncodeOptions options;
    options.add_special_tokens = false;  // the template writes BOS itself
    options.allow_special = allow_special;
    ASSIGN_OR_RETURN(auto part,
                     tokenizer.Encode(std::string_view(text).substr(begin, end - begin), options));
    ids.insert(ids.end(), part.begin(), part.end());
    return OkStatus();
  };
  size_t pos = 0;
  for (const auto& [begin, end] : spans) {
    RETURN_IF_ERROR(append(pos, begin, true));
    RETURN_IF_ERROR(append(begin, end, false));
    pos = end;
  }
  RETURN_IF_ERROR(append(pos, text.size(), true));
  return ids;
}

}  // namespace hf2hlo
