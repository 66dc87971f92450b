#include "model/json_file.h"

namespace hf2hlo {
namespace {

// config.json and generation_config.json nest a few levels (rope_scaling,
// quantization_config); far more is no model file.
constexpr int64_t kMaxModelJsonDepth = 32;

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
  if (const int64_t depth = JsonNestingDepth(text); depth > kMaxModelJsonDepth) {
    return Error(path, ": JSON nests ", depth, " levels deep (limit ", kMaxModelJsonDepth, ")");
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return Error(path, ":", TextPosition(text, at), ": malformed JSON: ", e.what());
  } catch (const nlohmann::json::exception& e) {
    // e.g. a number too large for a double (out_of_range.406); found by fuzzing.
    return Error(path, ": malformed JSON: ", e.what());
  }
  if (!j.is_object()) return Error(path, ": expected a JSON object at the top level");
  return j;
}

Result<nlohmann::json> ReadJsonObjectFile(const std::string& path) {
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return ParseJsonObject(text, path);
}

}  // namespace hf2hlo
