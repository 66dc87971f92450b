// hf2hlo engine: a Model is a config, its mmapped weights and the prefill and
// decode programs compiled for the built-in executor, with the KV caches.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "exec/exec.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"

namespace hf2hlo {

struct ModelOptions {
  int64_t batch = 1;     // B: cache slots and decode rows
  int64_t context = 0;   // S; 0: min(max_position_embeddings, 2048)
  int64_t chunk = 0;     // P; 0: min(64, S)
  int threads = 0;       // 0: one per hardware thread
  bool profile = false;  // time every executor step (ProfileReport)
  // Also compile programs that read only the first 256, 512, ... cache
  // positions, and run each step in the smallest that covers it (bit-identical
  // results; attention cost follows the sequence length instead of S).
  bool read_windows = true;
  // Row counts of the decode programs besides B (each <= B). A program of n
  // rows runs slots [0, n): the first n slots of the [B, S, Hkv, D] caches are
  // a contiguous prefix, so every program shares the same cache buffers.
  std::vector<int64_t> decode_rows;
  // Chunk lengths of prefill programs besides P (those >= P add nothing). A prompt's last
  // chunk runs in the smallest that holds it, so a short prompt does not pay
  // for P positions; chunks still start at multiples of P, and every token's
  // logits and K/V rows are bit-identical whichever program computes them.
  std::vector<int64_t> prefill_chunks;
};

struct LoadTimes {
  double config_s = 0, emit_s = 0, parse_plan_s = 0, map_s = 0;
  double total() const { return config_s + emit_s + parse_plan_s + map_s; }
};

class Model {
 public:
  static Result<std::unique_ptr<Model>> Load(const std::string& model_dir,
                                             const ModelOptions& options);
  ~Model();

  const ModelConfig& config() const;
  const std::vector<WeightSpec>& weights() const;
  int64_t batch() const;
  int64_t context() const;
  int64_t chunk() const;
  const LoadTimes& load_times() const;
  const exec::PlanStats& decode_stats() const;
  // Per-op time of the prefill and decode programs when profiling.
  std::string ProfileReport() const;

  // Zeroes every cache slot.
  void Reset();
  // Runs `tokens` at positions start.. of `slot` in chunks of P. Returns the
  // logits [V] of the last token, valid until the next call.
  Result<std::span<const float>> Prefill(int64_t slot, std::span<const int32_t> tokens,
                                         int64_t start);
  // One decode step for slots [0, n), n = tokens.size(), which must be one of
  // decode_rows(). Returns logits [n, V], valid until the next call.
  // Allocates nothing.
  Result<std::span<const float>> Decode(std::span<const int32_t> tokens,
                                        std::span<const int32_t> pos);
  // The row counts Decode accepts, increasing; the last is B.
  const std::vector<int64_t>& decode_rows() const;
  // The prefill chunk lengths compiled, increasing; the last is P.
  const std::vector<int64_t>& prefill_chunks() const;

 private:
  Model();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Per-request sampling. temperature 0 is greedy; 0 / 1.0 turn the other
// filters off. Order of application: see sampler.cc.
struct SamplingParams {
  double temperature = 0;
  int64_t top_k = 0;
  double top_p = 1.0;
  double min_p = 0;
  double repetition_penalty = 1.0;
  double presence_penalty = 0;
  double frequency_penalty = 0;
  uint64_t seed = 0;
  Status Validate() const;
};

// Draws tokens for one sequence. The same params and seed give the same
// tokens. Allocates only at construction.
class Sampler {
 public:
  Sampler(const SamplingParams& params, int64_t vocab);
  // Records a prompt token (repetition penalty) or a generated one (also
  // frequency and presence penalties).
  void Observe(int32_t token, bool generated);
  int32_t Sample(std::span<const float> logits);

 private:
  double Uniform();
  SamplingParams params_;
  std::mt19937_64 rng_;
  std::vector<uint8_t> seen_;    // [V] in prompt or output
  std::vector<int32_t> counts_;  // [V] occurrences in the output
  std::vector<int32_t> order_;
  std::vector<double> probs_;
};

// generation_config.json: EOS ids and sampling defaults. A missing file gives
// no EOS ids.
struct GenerationConfig {
  std::vector<int32_t> eos_token_ids;
  // HF generate's defaults: the file's values, greedy unless do_sample.
  SamplingParams defaults;
  // An API server's defaults, as vLLM takes them: each of temperature, top_p,
  // top_k, min_p and repetition_penalty that the file sets (do_sample is not
  // consulted), else OpenAI's default (temperature 1: sampling).
  SamplingParams server_defaults;
  int64_t max_new_tokens = 0;  // 0: not set
};
Result<GenerationConfig> LoadGenerationConfig(const std::string& model_dir);

// How a model turns a conversation into text: its chat template and the
// special tokens the template may refer to (tokenizer_config.json).
struct ChatFormat {
  std::string chat_template;  // empty when the model has none
  std::string bos_token, eos_token;
  static Result<ChatFormat> Load(const std::string& model_dir);
};

struct ChatMessage {
  std::string role, content;
};

// Renders `messages` with the chat template and encodes the result. Text the
// template writes may contain special tokens; message contents are encoded
// as plain text, so a user typing "<|im_end|>" gets no special token.
Result<std::vector<int32_t>> EncodeChat(const Tokenizer& tokenizer, const ChatFormat& format,
                                        const std::vector<ChatMessage>& messages,
                                        bool add_generation_prompt);

// ---------------------------------------------------------------------------
// Continuous batching.

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

// Holds back text that may begin a stop string. Feed decoded text pieces;
// each call returns what is final. Internal to the scheduler, public for tests.
class StopMatcher {
 public:
  explicit StopMatcher(std::vector<std::string> stops);
  // Appends `piece`; returns the newly final text. Sets matched() when a stop
  // string occurs, in which case the text before it is returned and the rest
  // dropped.
  std::string Push(std::string_view piece);
  // The held-back text (no stop string can complete any more).
  std::string Flush();
  bool matched() const { return matched_; }

 private:
  std::vector<std::string> stops_;
  std::string pending_;
  bool matched_ = false;
};

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

// Runs many requests through one Model (B slots). FIFO admission into the
// lowest free slot; each iteration runs one prefill chunk of the oldest
// admitted, still-prefilling request, then one decode step for every slot that
// is generating. The decode program is the smallest of model.decode_rows()
// covering the highest generating slot; other rows in it are idle (pos = their
// slot's next free position, so they overwrite nothing that is kept).
// Invariant: a greedy request's tokens do not depend on the batch or on when
// it joined (the kernels are batch-invariant and prefill chunks always start
// at multiples of P).
class Scheduler {
 public:
  // `tokenizer` may be null: events then carry no text and stop strings are
  // refused. `eos_ids` end a request unless it sets ignore_eos.
  Scheduler(Model& model, const Tokenizer* tokenizer, std::vector<int32_t> eos_ids);
  ~Scheduler();  // stops the loop thread; unfinished requests get kCancelled

  // Thread-safe. Validates (prompt ids, lengths, sampling) and queues; the
  // callback then runs on the loop thread (or inside Step), never under the
  // scheduler's lock, ending with exactly one event with finish != kNone.
  Result<uint64_t> Submit(Request request, RequestCallback callback);
  // Thread-safe. The request ends with kCancelled at the next iteration, and
  // its slot is free for the next admission. Unknown or finished ids: no-op.
  void Cancel(uint64_t id);

  // One iteration (admit, one prefill chunk, one decode step) on the calling
  // thread. Returns false when there was nothing to do. Not while Start()ed.
  // An executor error fails the requests in flight (kError) and is returned.
  Result<bool> Step();
  bool Idle() const;
  // Runs Step in a background thread until the destructor; after an executor
  // error the loop goes on with new requests.
  void Start();

  SchedulerMetrics metrics() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Index of the largest logit (the first on ties).
int32_t Argmax(std::span<const float> logits);

// Continuation of `prompt` in slot 0: prefill, then decode steps, drawing
// each token with `sampler`. Stops after `max_tokens` or at a token of
// `stop_ids` (which is returned last). `on_token` sees each token as it is
// produced.
Result<std::vector<int32_t>> Generate(Model& model, std::span<const int32_t> prompt,
                                      int64_t max_tokens, Sampler& sampler,
                                      std::span<const int32_t> stop_ids,
                                      const std::function<void(int32_t)>& on_token = nullptr);

// Greedy continuation of `prompt` in slot 0: prefill, then decode steps.
// `on_token` sees each new token as it is produced.
Result<std::vector<int32_t>> GenerateGreedy(Model& model, std::span<const int32_t> prompt,
                                            int64_t max_tokens,
                                            const std::function<void(int32_t)>& on_token = nullptr);

}  // namespace hf2hlo
