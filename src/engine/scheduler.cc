// Continuous batching: B cache slots, FIFO admission, one prefill chunk per
// iteration interleaved with decode steps over every generating slot.
//
// Threads: Submit and Cancel run on any thread and touch only the queue, the
// cancel set and the metrics, under `mu`. The slots and their sequences belong
// to the thread that runs Step (the loop thread after Start), which takes the
// lock only to admit, to cancel and to publish metrics, never while the model
// runs or a callback executes.
#include <algorithm>
#include <chrono>
#include <deque>
#include <optional>
#include <unordered_set>

#include "engine/scheduler.h"
#include "engine/step_engine.h"
#include "tokenizer/tokenizer.h"

namespace hf2hlo {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

bool Contains(const std::vector<int32_t>& ids, int32_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

// ---------------------------------------------------------------------------
// StopMatcher

StopMatcher::StopMatcher(std::vector<std::string> stops) : stops_(std::move(stops)) {}

std::string StopMatcher::Push(std::string_view piece) {
  if (matched_) return "";
  pending_.append(piece);
  // Earliest occurrence of any stop string. Nothing before `pending_` can be
  // part of one: it was released only once no stop string could start in it.
  size_t cut = std::string::npos;
  for (const std::string& stop : stops_) cut = std::min(cut, pending_.find(stop));
  if (cut != std::string::npos) {
    matched_ = true;
    std::string out = pending_.substr(0, cut);
    pending_.clear();
    return out;
  }
  // Hold back the longest suffix that is a proper prefix of a stop string.
  size_t hold = 0;
  for (const std::string& stop : stops_) {
    for (size_t len = std::min(stop.size() - 1, pending_.size()); len > hold; --len) {
      if (pending_.compare(pending_.size() - len, len, stop, 0, len) == 0) {
        hold = len;
        break;
      }
    }
  }
  std::string out = pending_.substr(0, pending_.size() - hold);
  pending_.erase(0, pending_.size() - hold);
  return out;
}

std::string StopMatcher::Flush() {
  std::string out;
  out.swap(pending_);
  return out;
}

// ---------------------------------------------------------------------------
// Scheduler

namespace {

// One request from admission to its last event.
struct Sequence {
  uint64_t id = 0;
  Request request;
  RequestCallback callback;
  Clock::time_point submitted;
  RequestStats stats;
  std::optional<Sampler> sampler;        // created by the first prefill chunk
  std::optional<StreamDecoder> decoder;  // with a tokenizer
  StopMatcher stops{{}};
  int64_t prefilled = 0;  // prompt tokens in the cache
  int32_t last = 0;       // the token the next decode step feeds
  int32_t generated = 0;
  bool Decoding() const { return prefilled == static_cast<int64_t>(request.prompt.size()); }
  // Where the next K/V row is written: the start of the next prefill chunk, or
  // the position of `last` (the first drawn token sits right after the prompt).
  int32_t NextPosition() const {
    return static_cast<int32_t>(prefilled) + (Decoding() ? generated - 1 : 0);
  }
};

}  // namespace

struct Scheduler::Impl {
  StepEngine& model;
  const Tokenizer* tokenizer;
  std::vector<int32_t> eos_ids;

  mutable std::mutex mu;
  std::condition_variable wake;
  std::deque<std::unique_ptr<Sequence>> queue;  // guarded by mu
  std::unordered_set<uint64_t> cancels;         // guarded by mu
  SchedulerMetrics metrics;                     // guarded by mu
  uint64_t next_id = 1;                         // guarded by mu
  bool stopping = false;                        // guarded by mu
  std::thread loop;

  // Loop-thread state.
  std::vector<std::unique_ptr<Sequence>> slots;  // [B]; null = free
  std::vector<uint64_t> admitted_order;          // [B] admission counter per slot
  uint64_t admissions = 0;
  std::vector<int32_t> step_tokens, step_pos;  // [B]

  Impl(StepEngine& m, const Tokenizer* t, std::vector<int32_t> eos)
      : model(m), tokenizer(t), eos_ids(std::move(eos)) {
    const auto B = static_cast<size_t>(model.batch());
    slots.resize(B);
    admitted_order.assign(B, 0);
    step_tokens.assign(B, 0);
    step_pos.assign(B, 0);
    metrics.slots = model.batch();
  }

  // Ends `seq` with `reason`: flushes held-back text into one last event.
  void Finish(Sequence& seq, FinishReason reason, std::string text,
              std::vector<int32_t> tokens = {}, std::string error = "") {
    if (seq.decoder && reason != FinishReason::kError) {
      text += seq.stops.Push(seq.decoder->Finish());
      if (!seq.stops.matched()) text += seq.stops.Flush();
    }
    seq.stats.total_s = Since(seq.submitted);
    {
      std::lock_guard<std::mutex> lock(mu);
      ++metrics.requests_finished[static_cast<int>(reason)];
    }
    RequestEvent event;
    event.id = seq.id;
    event.tokens = std::move(tokens);
    event.text = std::move(text);
    event.finish = reason;
    event.error = std::move(error);
    event.stats = seq.stats;
    seq.callback(event);
  }

  // Records a token drawn for the request in `slot`: emits its text, and ends
  // the request at EOS, a stop token or string, or its token budget. An ended
  // request leaves its slot before its last event goes out, so a client that
  // sees the end also sees the slot free.
  void Emit(size_t slot, int32_t token) {
    Sequence& seq = *slots[slot];
    ++seq.generated;
    seq.last = token;
    seq.stats.completion_tokens = seq.generated;
    if (seq.generated == 1) seq.stats.first_token_s = Since(seq.submitted);
    seq.sampler->Observe(token, /*generated=*/true);
    const Request& r = seq.request;
    // EOS and stop tokens end the request; their text is not part of the output.
    const bool stop_token =
        (!r.ignore_eos && Contains(eos_ids, token)) || Contains(r.stop_token_ids, token);
    std::string text;
    if (seq.decoder && !stop_token) text = seq.stops.Push(seq.decoder->Step(token));
    FinishReason reason = FinishReason::kNone;
    if (stop_token || seq.stops.matched()) {
      reason = FinishReason::kStop;
    } else if (seq.generated >= r.max_tokens) {
      reason = FinishReason::kLength;
    }
    if (reason != FinishReason::kNone) {
      std::unique_ptr<Sequence> ended = std::move(slots[slot]);
      {
        std::lock_guard<std::mutex> lock(mu);
        PublishGauges();
      }
      Finish(*ended, reason, std::move(text), {token});
      return;
    }
    RequestEvent event;
    event.id = seq.id;
    event.tokens = {token};
    event.text = std::move(text);
    event.stats = seq.stats;
    seq.callback(event);
  }

  // Under mu: ends cancelled requests (returned, to call back outside the
  // lock) and fills free slots from the queue, lowest slot first.
  void AdmitAndCancel(std::vector<std::unique_ptr<Sequence>>& cancelled) {
    for (auto it = queue.begin(); it != queue.end();) {
      if (cancels.count((*it)->id)) {
        cancelled.push_back(std::move(*it));
        it = queue.erase(it);
      } else {
        ++it;
      }
    }
    for (auto& slot : slots) {
      if (slot && cancels.count(slot->id)) cancelled.push_back(std::move(slot));
    }
    cancels.clear();
    for (size_t b = 0; b < slots.size() && !queue.empty(); ++b) {
      if (slots[b]) continue;
      slots[b] = std::move(queue.front());
      queue.pop_front();
      slots[b]->stats.queue_s = Since(slots[b]->submitted);
      admitted_order[b] = admissions++;
    }
    PublishGauges();
  }

  void PublishGauges() {
    metrics.queue_depth = static_cast<int64_t>(queue.size());
    metrics.active_slots =
        std::count_if(slots.begin(), slots.end(), [](const auto& s) { return s != nullptr; });
  }

  // Fails every admitted request after an executor error.
  void FailAll(const Status& status) {
    std::vector<std::unique_ptr<Sequence>> failed;
    for (auto& slot : slots) {
      if (slot) failed.push_back(std::move(slot));
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      PublishGauges();
    }
    for (auto& seq : failed) Finish(*seq, FinishReason::kError, "", {}, status.message());
  }

  // One chunk of the oldest admitted request that is still prefilling. When
  // the chunk completes the prompt, its logits give the first token.
  Status PrefillOneChunk() {
    int64_t pick = -1;
    for (size_t b = 0; b < slots.size(); ++b) {
      if (slots[b] && !slots[b]->Decoding() &&
          (pick < 0 || admitted_order[b] < admitted_order[static_cast<size_t>(pick)])) {
        pick = static_cast<int64_t>(b);
      }
    }
    if (pick < 0) return OkStatus();
    Sequence& seq = *slots[static_cast<size_t>(pick)];
    const std::vector<int32_t>& prompt = seq.request.prompt;
    if (!seq.sampler) {
      seq.sampler.emplace(seq.request.sampling, model.vocab());
      for (int32_t t : prompt) seq.sampler->Observe(t, /*generated=*/false);
    }
    const int64_t n =
        std::min<int64_t>(model.chunk(), static_cast<int64_t>(prompt.size()) - seq.prefilled);
    const auto t0 = Clock::now();
    ASSIGN_OR_RETURN(auto logits,
                     model.Prefill(pick,
                                   std::span<const int32_t>(prompt).subspan(
                                       static_cast<size_t>(seq.prefilled), static_cast<size_t>(n)),
                                   seq.prefilled));
    seq.prefilled += n;
    {
      std::lock_guard<std::mutex> lock(mu);
      ++metrics.prefill_chunks;
      metrics.prefill_seconds += Since(t0);
      if (seq.Decoding()) ++metrics.generation_tokens;
    }
    if (seq.Decoding()) Emit(static_cast<size_t>(pick), seq.sampler->Sample(logits));
    return OkStatus();
  }

  // One decode step over the smallest program covering every generating slot.
  // Rows of that program with nothing to generate are idle: they write their
  // slot's next free position, which the slot overwrites before reading it.
  Status DecodeStep() {
    int64_t highest = -1;
    for (size_t b = 0; b < slots.size(); ++b) {
      if (slots[b] && slots[b]->Decoding()) highest = static_cast<int64_t>(b);
    }
    if (highest < 0) return OkStatus();
    const std::vector<int64_t>& programs = model.decode_rows();
    const int64_t rows = *std::lower_bound(programs.begin(), programs.end(), highest + 1);
    for (int64_t b = 0; b < rows; ++b) {
      const Sequence* seq = slots[static_cast<size_t>(b)].get();
      step_tokens[static_cast<size_t>(b)] = seq && seq->Decoding() ? seq->last : 0;
      step_pos[static_cast<size_t>(b)] = seq ? seq->NextPosition() : 0;
    }
    const auto t0 = Clock::now();
    ASSIGN_OR_RETURN(auto logits, model.Decode(std::span<const int32_t>(step_tokens).first(rows),
                                               std::span<const int32_t>(step_pos).first(rows)));
    const double seconds = Since(t0);
    const auto vocab = static_cast<size_t>(model.vocab());
    int64_t produced = 0;
    for (int64_t b = 0; b < rows; ++b) {
      Sequence* seq = slots[static_cast<size_t>(b)].get();
      if (!seq || !seq->Decoding()) continue;
      ++produced;
      Emit(static_cast<size_t>(b),
           seq->sampler->Sample(logits.subspan(static_cast<size_t>(b) * vocab, vocab)));
    }
    std::lock_guard<std::mutex> lock(mu);
    ++metrics.decode_steps;
    metrics.decode_seconds += seconds;
    metrics.generation_tokens += produced;
    for (int i = 0; i < 8; ++i) {
      if (seconds <= SchedulerMetrics::kBuckets[i]) ++metrics.decode_step_buckets[i];
    }
    return OkStatus();
  }
};

Scheduler::Scheduler(StepEngine& model, const Tokenizer* tokenizer, std::vector<int32_t> eos_ids)
    : impl_(std::make_unique<Impl>(model, tokenizer, std::move(eos_ids))) {}

Scheduler::~Scheduler() {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->stopping = true;
  }
  impl_->wake.notify_all();
  if (impl_->loop.joinable()) impl_->loop.join();
  std::vector<std::unique_ptr<Sequence>> left;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    for (auto& seq : impl_->queue) left.push_back(std::move(seq));
    impl_->queue.clear();
  }
  for (auto& slot : impl_->slots) {
    if (slot) left.push_back(std::move(slot));
  }
  for (auto& seq : left) impl_->Finish(*seq, FinishReason::kCancelled, "");
}

Result<uint64_t> Scheduler::Submit(Request request, RequestCallback callback) {
  Impl& s = *impl_;
  CHECK(callback != nullptr, "Scheduler::Submit needs a callback");
  if (auto problem =
          CheckRequest(request, s.model.context(), s.model.vocab(), s.tokenizer != nullptr)) {
    std::lock_guard<std::mutex> lock(s.mu);
    ++s.metrics.requests_rejected;
    return Error(problem->message);
  }
  auto seq = std::make_unique<Sequence>();
  seq->submitted = Clock::now();
  seq->stats.prompt_tokens = static_cast<int64_t>(request.prompt.size());
  seq->stops = StopMatcher(request.stop);
  if (s.tokenizer) seq->decoder.emplace(*s.tokenizer, /*skip_special_tokens=*/true);
  seq->request = std::move(request);
  seq->callback = std::move(callback);
  uint64_t id;
  {
    std::lock_guard<std::mutex> lock(s.mu);
    id = seq->id = s.next_id++;
    ++s.metrics.requests_submitted;
    s.metrics.prompt_tokens += seq->stats.prompt_tokens;
    s.queue.push_back(std::move(seq));
    s.metrics.queue_depth = static_cast<int64_t>(s.queue.size());
  }
  s.wake.notify_all();
  return id;
}

void Scheduler::Cancel(uint64_t id) {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->cancels.insert(id);
  }
  impl_->wake.notify_all();
}

Result<bool> Scheduler::Step() {
  Impl& s = *impl_;
  std::vector<std::unique_ptr<Sequence>> cancelled;
  {
    std::lock_guard<std::mutex> lock(s.mu);
    s.AdmitAndCancel(cancelled);
  }
  for (auto& seq : cancelled) s.Finish(*seq, FinishReason::kCancelled, "");
  const bool busy =
      std::any_of(s.slots.begin(), s.slots.end(), [](const auto& x) { return x != nullptr; });
  if (!busy) return !cancelled.empty();
  Status status = s.PrefillOneChunk();
  if (status.ok()) status = s.DecodeStep();
  if (!status.ok()) {
    s.FailAll(status);
    return status;
  }
  return true;
}

bool Scheduler::Idle() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->queue.empty() && impl_->metrics.active_slots == 0;
}

void Scheduler::Start() {
  CHECK(!impl_->loop.joinable(), "Scheduler::Start called twice");
  impl_->loop = std::thread([this] {
    Impl& s = *impl_;
    while (true) {
      {
        std::unique_lock<std::mutex> lock(s.mu);
        s.wake.wait(lock, [&] {
          return s.stopping || !s.queue.empty() || !s.cancels.empty() || s.metrics.active_slots > 0;
        });
        if (s.stopping) return;
      }
      // An executor error has failed the requests in flight; new ones may work.
      (void)Step();
    }
  });
}

SchedulerMetrics Scheduler::metrics() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->metrics;
}

}  // namespace hf2hlo
