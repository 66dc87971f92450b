#include "model/json_file.h"

namespace hf2hlo {
namespace {

// "line:column" (1-based) of byte offset `byte` in `text`.
std::string TextPosition(const std::string& text, size_t byte) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return StrCat(line, ":", column);
}

}  // namespace

Result<nlohmann::json> ParseJsonObject(const std::string& text, const std::string& path) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return Error(path, ":", TextPosition(text, at), ": malformed JSON: ", e.what());
  }
  if (!j.is_object()) return Error(path, ": expected a JSON object at the top level");
  return j;
}

Result<nlohmann::json> ReadJsonObjectFile(const std::string& path) {
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return ParseJsonObject(text, path);
}

}  // namespace hf2hlo
