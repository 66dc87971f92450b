// hf2hlo engine: continuous batching over one step engine (part of the
// engine's public surface; engine.h includes it). Front ends get a Scheduler
// from ServedModel; the constructor is for the engine and its tests.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "engine/requests.h"

namespace hf2hlo {

class StepEngine;
class Tokenizer;

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

// Runs many requests through one StepEngine (B slots). FIFO admission into
// the lowest free slot; each iteration runs one prefill chunk of the oldest
// admitted, still-prefilling request, then one decode step for every slot that
// is generating. The decode program is the smallest of engine.decode_rows()
// covering the highest generating slot; other rows in it are idle (pos = their
// slot's next free position, so they overwrite nothing that is kept).
// Invariant: a greedy request's tokens do not depend on the batch or on when
// it joined (the kernels are batch-invariant and prefill chunks always start
// at multiples of P).
class Scheduler {
 public:
  // `tokenizer` may be null: events then carry no text and stop strings are
  // refused. `eos_ids` end a request unless it sets ignore_eos. Both must
  // outlive the scheduler.
  Scheduler(StepEngine& engine, const Tokenizer* tokenizer, std::vector<int32_t> eos_ids);
  ~Scheduler();  // stops the loop thread; unfinished requests get kCancelled

  // Thread-safe. Validates with CheckRequest and queues; the callback then
  // runs on the loop thread (or inside Step), never under the scheduler's
  // lock, ending with exactly one event with finish != kNone.
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

}  // namespace hf2hlo
