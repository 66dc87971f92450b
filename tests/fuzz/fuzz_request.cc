// An HTTP request body -> OpenAI request -> prompt ids -> engine request, as
// the server runs it (the endpoint is the first byte's parity).
#include <nlohmann/json.hpp>

#include "engine/model_files.h"
#include "fuzz_target.h"
#include "server/server.h"
#include "tokenizer/tokenizer.h"

namespace {

using namespace hf2hlo;

// A character tokenizer with ChatML tokens, like the unit tests'.
const TextCodec& Codec() {
  static const TextCodec* codec = [] {
    nlohmann::json vocab = nlohmann::json::object();
    for (int c = 32; c < 127; ++c) vocab[std::string(1, static_cast<char>(c))] = c - 32;
    vocab["\n"] = 97;
    nlohmann::json j = {{"version", "1.0"},
                        {"added_tokens",
                         {{{"id", 95}, {"content", "<|im_start|>"}, {"special", true}},
                          {{"id", 96}, {"content", "<|im_end|>"}, {"special", true}}}},
                        {"model", {{"type", "BPE"}, {"vocab", vocab}, {"merges", nlohmann::json::array()}}}};
    auto t = Tokenizer::FromJson(j.dump());
    ChatFormat format;
    format.chat_template =
        "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";
    return new TextCodec(
        std::make_unique<TextCodec::Impl>(TextCodec::Impl{std::move(t).value(), format}));
  }();
  return *codec;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto endpoint = data[0] % 2 ? server::Endpoint::kChat : server::Endpoint::kCompletions;
  nlohmann::json body;
  if (server::ParseJsonBody(fuzz::AsString(data + 1, size - 1), &body)) return 0;
  server::ModelInfo model;
  model.name = "fuzz";
  model.context = 256;
  model.vocab = 98;
  server::ParsedRequest parsed;
  if (server::ParseRequest(body, endpoint, model, &parsed)) return 0;
  std::vector<int32_t> prompt;
  if (server::EncodePrompt(parsed, Codec(), model.context, &prompt)) return 0;
  Request request;
  (void)server::BuildEngineRequest(parsed, std::move(prompt), model, 42, &request);
  return 0;
}
