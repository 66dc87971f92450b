// The one admission rule for generation requests (requests.h).
#include "engine/requests.h"

namespace hf2hlo {

const char* FinishReasonName(FinishReason reason) {
  switch (reason) {
    case FinishReason::kNone:
      return "none";
    case FinishReason::kStop:
      return "stop";
    case FinishReason::kLength:
      return "length";
    case FinishReason::kCancelled:
      return "cancelled";
    case FinishReason::kError:
      return "error";
  }
  return "?";
}

std::optional<RequestProblem> CheckRequest(const Request& request, int64_t context, int64_t vocab,
                                           bool has_tokenizer, std::string_view prompt_noun) {
  const std::string noun(prompt_noun);
  if (request.prompt.empty()) return RequestProblem{"prompt", noun + " must not be empty"};
  for (int32_t id : request.prompt) {
    if (id < 0 || id >= vocab) {
      return RequestProblem{"prompt", StrCat("prompt token id ", id,
                                             " is outside the vocabulary [0, ", vocab, ")")};
    }
  }
  for (int32_t id : request.stop_token_ids) {
    if (id < 0 || id >= vocab) {
      return RequestProblem{
          "stop_token_ids",
          StrCat("stop token id ", id, " is outside the vocabulary [0, ", vocab, ")")};
    }
  }
  if (request.max_tokens < 1) {
    return RequestProblem{"max_tokens",
                          StrCat("max_tokens must be at least 1, got ", request.max_tokens)};
  }
  const auto p = static_cast<int64_t>(request.prompt.size());
  const int64_t m = request.max_tokens;
  if (m > context - p) {  // not p + m > context: m may be near INT64_MAX
    const std::string total =
        m > context ? StrCat("more than ", context) : std::to_string(p + m);
    return RequestProblem{
        p >= context ? "prompt" : "max_tokens",
        StrCat("This model's maximum context length is ", context,
               " tokens. However, you requested ", total, " tokens (", p, " in the ", noun, ", ",
               m, " in the completion). Please reduce the length of the ", noun,
               " or completion.")};
  }
  if (Status s = request.sampling.Validate(); !s.ok()) {
    const std::string& message = s.message();
    return RequestProblem{message.substr(0, message.find(' ')), message};
  }
  if (!request.stop.empty() && !has_tokenizer) {
    return RequestProblem{"stop", "stop strings need a tokenizer"};
  }
  for (const std::string& stop : request.stop) {
    if (stop.empty()) return RequestProblem{"stop", "stop strings must not be empty"};
  }
  return std::nullopt;
}

}  // namespace hf2hlo
