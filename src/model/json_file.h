// Model-folder JSON files (config.json, generation_config.json,
// tokenizer_config.json) read one way: the whole file parsed to an object,
// errors naming the file and line:column, then typed access through
// ConfigReader, whose errors name the file and key.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "base/base.h"
#include "model/config_reader.h"

namespace hf2hlo {

// `text` as a JSON object; `path` names it in errors.
Result<nlohmann::json> ParseJsonObject(const std::string& text, const std::string& path);
// The file at `path` as a JSON object.
Result<nlohmann::json> ReadJsonObjectFile(const std::string& path);

}  // namespace hf2hlo
