// hf2hlo chat: a Jinja2 interpreter for the subset that Hugging Face chat
// templates use, configured as transformers' apply_chat_template configures
// jinja2 (trim_blocks, lstrip_blocks, loop controls, `{% generation %}`,
// json.dumps-compatible `tojson`, `raise_exception`, `strftime_now`).
//
// Rendering never crashes or hangs on any input: every problem in a template
// (syntax, a type error, `raise_exception(...)`, a runaway loop or recursion,
// output growing past a bound) comes back as an error Status with the
// template's line:column.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "base/base.h"

namespace hf2hlo::chat {

// Renders `source` with the variables of `context` (a JSON object: messages,
// add_generation_prompt, bos_token, eos_token, tools, ...). The output is the
// text that jinja2 gives in transformers' apply_chat_template(tokenize=False).
// Message text is data: special-token strings in it render literally.
// Dict order is Python's insertion order, which `tojson` shows: pass an
// ordered_json (or JSON text) to keep it; a plain nlohmann::json has its keys
// sorted already.
Result<std::string> RenderChatTemplate(const std::string& source,
                                       const nlohmann::ordered_json& context);
Result<std::string> RenderChatTemplate(const std::string& source, const nlohmann::json& context);
// The context as JSON text (parsed keeping key order).
Result<std::string> RenderChatTemplateJson(const std::string& source,
                                           const std::string& context_json);

// Checks that `source` parses; the error names line:column.
Status CheckChatTemplate(const std::string& source);

// The chat template of a parsed tokenizer_config.json: its `chat_template`
// (a string, or a list of {"name", "template"} entries, of which "default" is
// taken); `name` picks another named template from such a list. An error when
// there is none. (The model folder's files are read by the engine.)
Result<std::string> ChatTemplateFromConfig(const nlohmann::json& tokenizer_config,
                                           const std::string& name = "default");

}  // namespace hf2hlo::chat
