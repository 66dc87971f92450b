// hf2hlo engine, internal: the model folder's files besides config.json and
// the weights: generation_config.json, and how the model turns a
// conversation into text (tokenizer_config.json, chat_template.jinja).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/base.h"
#include "engine/requests.h"
#include "engine/sampling.h"
#include "engine/engine.h"
#include "tokenizer/tokenizer.h"

namespace hf2hlo {

// generation_config.json; a missing file gives no EOS ids and the defaults.
Result<GenerationConfig> LoadGenerationConfig(const std::string& model_dir);
// The same from the file's text; `path` names it in errors.
Result<GenerationConfig> ParseGenerationConfig(const std::string& text, const std::string& path);

// The chat template and the special tokens it may refer to.
struct ChatFormat {
  std::string chat_template;  // empty when the model has none
  std::string bos_token, eos_token;
  // tokenizer_config.json is read once: bos/eos tokens and, unless
  // chat_template.jinja exists, its chat_template. Having no template is not
  // an error; a template that cannot be read or parsed is, naming the file
  // and line:column.
  static Result<ChatFormat> Load(const std::string& model_dir);
};

// Renders `messages` with the chat template and encodes the result. Text the
// template writes may contain special tokens; message contents are encoded
// as plain text, so a user typing "<|im_end|>" gets no special token.
Result<std::vector<int32_t>> EncodeChat(const Tokenizer& tokenizer, const ChatFormat& format,
                                        const std::vector<ChatMessage>& messages,
                                        bool add_generation_prompt);

}  // namespace hf2hlo

namespace hf2hlo {

// What a TextCodec holds (engine.h); tests build one from parts.
struct TextCodec::Impl {
  Tokenizer tokenizer;
  ChatFormat format;
};

}  // namespace hf2hlo
