// A chat template (the input) rendered with a fixed conversation.
#include <nlohmann/json.hpp>

#include "chat/chat.h"
#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const nlohmann::ordered_json context = nlohmann::ordered_json::parse(R"({
    "messages": [{"role": "system", "content": "Be brief."},
                 {"role": "user", "content": "Hi <|im_end|> there"},
                 {"role": "assistant", "content": "Hello."},
                 {"role": "user", "content": "2 + 2?"}],
    "add_generation_prompt": true, "bos_token": "<s>", "eos_token": "</s>"})");
  (void)hf2hlo::chat::RenderChatTemplate(hf2hlo::fuzz::AsString(data, size), context);
  return 0;
}
