// Public entry points of hf2hlo_chat: render, check, and find a model's template.
#include "chat/chat.h"

#include "chat/template.h"

namespace hf2hlo::chat {

Result<std::string> RenderChatTemplate(const std::string& source,
                                       const nlohmann::ordered_json& context) {
  auto tmpl = internal::Parse(source);
  if (!tmpl.ok()) return tmpl.status().WithContext("chat template");
  auto out = internal::Render(**tmpl, context);
  if (!out.ok()) return out.status().WithContext("chat template");
  return out;
}

Result<std::string> RenderChatTemplate(const std::string& source, const nlohmann::json& context) {
  return RenderChatTemplate(source, nlohmann::ordered_json::parse(context.dump()));
}

Result<std::string> RenderChatTemplateJson(const std::string& source,
                                           const std::string& context_json) {
  constexpr int64_t kMaxDepth = 64;
  if (const int64_t depth = JsonNestingDepth(context_json); depth > kMaxDepth)
    return Error("chat template context: JSON nests ", depth, " levels deep (limit ", kMaxDepth, ")");
  nlohmann::ordered_json context =
      nlohmann::ordered_json::parse(context_json, nullptr, /*allow_exceptions=*/false);
  if (context.is_discarded()) return Error("chat template context: invalid JSON");
  return RenderChatTemplate(source, context);
}

Status CheckChatTemplate(const std::string& source) {
  auto tmpl = internal::Parse(source);
  if (!tmpl.ok()) return tmpl.status().WithContext("chat template");
  return OkStatus();
}

Result<std::string> ChatTemplateFromConfig(const nlohmann::json& config, const std::string& name) {
  if (!config.is_object() || !config.contains("chat_template"))
    return Error("no 'chat_template' key");
  const nlohmann::json& t = config["chat_template"];
  if (t.is_string()) {
    if (name != "default") return Error("key 'chat_template': no template named '", name, "'");
    return t.get<std::string>();
  }
  if (t.is_array()) {
    std::string names;
    for (const auto& entry : t) {
      if (!entry.is_object() || !entry.contains("name") || !entry.contains("template") ||
          !entry["name"].is_string() || !entry["template"].is_string())
        return Error("key 'chat_template': list entries must be {\"name\", \"template\"} strings");
      if (entry["name"].get<std::string>() == name) return entry["template"].get<std::string>();
      names += (names.empty() ? "" : ", ") + entry["name"].get<std::string>();
    }
    return Error("key 'chat_template': no template named '", name, "' (have: ", names, ")");
  }
  return Error("key 'chat_template': expected a string or a list, got ", t.type_name());
}


}  // namespace hf2hlo::chat
