// One sequence in slot 0 of any StepEngine: `hf2hlo run` and the tests'
// reference runs.
#include <algorithm>

#include "engine/requests.h"
#include "engine/step_engine.h"

namespace hf2hlo {

Result<std::vector<int32_t>> Generate(StepEngine& engine, std::span<const int32_t> prompt,
                                      int64_t max_tokens, Sampler& sampler,
                                      std::span<const int32_t> stop_ids,
                                      const std::function<void(int32_t)>& on_token) {
  Request check;
  check.prompt.assign(prompt.begin(), prompt.end());
  check.max_tokens = max_tokens;
  if (auto problem = CheckRequest(check, engine.context(), engine.vocab(), false)) {
    return Error(problem->message);
  }
  std::vector<int32_t> out;
  const int64_t B = engine.decode_rows().front();  // slot 0 is in every decode program
  const auto vocab = static_cast<size_t>(engine.vocab());
  for (int32_t t : prompt) sampler.Observe(t, /*generated=*/false);
  auto emit = [&](int32_t t) {
    out.push_back(t);
    sampler.Observe(t, /*generated=*/true);
    if (on_token) on_token(t);
    return std::find(stop_ids.begin(), stop_ids.end(), t) != stop_ids.end();
  };
  ASSIGN_OR_RETURN(auto logits, engine.Prefill(0, prompt, 0));
  if (emit(sampler.Sample(logits))) return out;
  std::vector<int32_t> tokens(static_cast<size_t>(B), 0), pos(static_cast<size_t>(B), 0);
  auto next = static_cast<int32_t>(prompt.size());
  while (static_cast<int64_t>(out.size()) < max_tokens) {
    tokens[0] = out.back();
    pos[0] = next++;
    ASSIGN_OR_RETURN(auto step, engine.Decode(tokens, pos));
    if (emit(sampler.Sample(step.first(vocab)))) break;
  }
  return out;
}

}  // namespace hf2hlo
