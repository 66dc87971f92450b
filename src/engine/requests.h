// hf2hlo engine: what a generation request is, what it produces, and the one
// check every front end applies before it runs (part of the engine's public
// surface; engine.h includes it).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "engine/sampling.h"

namespace hf2hlo {

struct ChatMessage {
  std::string role, content;
};

enum class FinishReason { kNone, kStop, kLength, kCancelled, kError };
const char* FinishReasonName(FinishReason reason);  // "stop", "length", ...

// One generation request. The scheduler owns it once submitted.
struct Request {
  std::vector<int32_t> prompt;  // token ids, not empty
  int64_t max_tokens = 16;      // >= 1; prompt + max_tokens <= S
  SamplingParams sampling;
  std::vector<std::string> stop;        // stop strings (need a tokenizer)
  std::vector<int32_t> stop_token_ids;  // besides the EOS ids
  bool ignore_eos = false;
};

// What is wrong with a request: the offending field ("prompt", "max_tokens",
// "stop", "stop_token_ids" or a sampling field such as "temperature") and a
// message a client can act on.
struct RequestProblem {
  std::string field;
  std::string message;
};

// The one admission rule, shared by `run`, the scheduler and the server: a
// non-empty prompt of ids in [0, vocab), stop ids in the vocabulary,
// max_tokens >= 1, prompt + max_tokens <= context (checked without overflow
// for any max_tokens), valid sampling and non-empty stop strings (which need
// `has_tokenizer`). The context message is vLLM's.
// `prompt_noun` is how messages call the prompt ("prompt", or "messages" for
// a chat request).
std::optional<RequestProblem> CheckRequest(const Request& request, int64_t context, int64_t vocab,
                                           bool has_tokenizer,
                                           std::string_view prompt_noun = "prompt");

// Timings and counts of one request, in seconds since its submission.
struct RequestStats {
  int64_t prompt_tokens = 0, completion_tokens = 0;
  double queue_s = 0;        // submitted -> admitted into a slot
  double first_token_s = 0;  // submitted -> first token
  double total_s = 0;        // submitted -> finished
};

// What a request produced since its last event. Text is final: a suffix that
// could still begin a stop string, or an incomplete UTF-8 sequence, is held
// back; the concatenated texts are the decoded output (special tokens
// skipped), cut before a matched stop string.
struct RequestEvent {
  uint64_t id = 0;
  std::vector<int32_t> tokens;                // new token ids
  std::string text;                           // new final text
  FinishReason finish = FinishReason::kNone;  // set on the last event only
  std::string error;                          // with kError
  RequestStats stats;                         // complete on the last event
};
using RequestCallback = std::function<void(const RequestEvent&)>;

struct SchedulerMetrics {
  int64_t requests_submitted = 0, requests_rejected = 0;
  int64_t requests_finished[5] = {};  // by FinishReason
  int64_t prompt_tokens = 0, generation_tokens = 0;
  int64_t queue_depth = 0, active_slots = 0, slots = 0;
  int64_t decode_steps = 0, prefill_chunks = 0;
  double decode_seconds = 0, prefill_seconds = 0;
  // Decode step latency histogram: counts of steps <= each bound (cumulative
  // as Prometheus expects), plus the +Inf bucket = decode_steps.
  static constexpr double kBuckets[8] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
  int64_t decode_step_buckets[8] = {};
};

}  // namespace hf2hlo
