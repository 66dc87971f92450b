// hf2hlo exec: the built-in CPU executor. It plans a parsed StableHLO
// function once (buffer reuse by liveness, in-place dynamic_update_slice,
// zero-copy views and constants) and then runs it with a thread pool, reading
// arguments in place.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/base.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec {

struct ExecOptions {
  int num_threads = 0;          // 0: one per hardware thread
  bool reference_only = false;  // plain reference kernels for every op
  bool profile = false;         // time every step (see Program::ProfileReport)
  // Dots whose weights (rhs) are a non-aliased argument read those weights
  // from a copy in the dot kernel's packed tile layout (one contiguous stream
  // per 8 weight rows), made when Run first sees the argument's address and
  // shared by every program of the process that reads the same bytes the
  // same way. The caller promises that the contents at an address it has
  // passed for such an argument stay unchanged while any program created
  // with this option lives (weights mapped from a checkpoint). Costs memory
  // equal to those weights; results are bit-identical either way.
  bool pack_weights = false;
  // Elementwise chains run as one step over blocks (fused_elementwise.h);
  // the same bits either way.
  bool fuse_elementwise = true;
  // Create fails, naming the largest intermediate, when the scratch memory
  // for intermediates (PlanStats::arena_bytes) exceeds this; 0: the
  // machine's physical memory.
  int64_t max_arena_bytes = 0;
};

// Counters of the last plan, for tests and bench output.
struct PlanStats {
  int64_t steps = 0;             // kernels run per call
  int64_t arena_bytes = 0;       // scratch memory for intermediates
  int64_t views = 0;             // values that alias another value's storage
  int64_t in_place_updates = 0;  // dynamic_update_slice ops writing into their operand
  int64_t fused_converts = 0;    // converts read directly by dot_general
  int64_t fused_slices = 0;      // strided slices read in place by dot_general
  int64_t result_copies = 0;     // aliased results that needed a copy back
  int64_t packed_dots = 0;       // dots reading packed weights (ExecOptions::pack_weights)
  int64_t packed_bytes = 0;      // their packed weights, counting each argument range once
  int64_t split_steps = 0;       // elementwise steps cut into one range per thread
  int64_t fused_softmax = 0;     // max/exp/sum/divide chains run as one step (softmax.h)
  int64_t fused_chains = 0;      // elementwise chains run as one step (fused_elementwise.h)
  int64_t fused_chain_ops = 0;   // the ops of those chains
};

class Program {
 public:
  // Plans function `entry` of `module`. Errors name the unsupported op and
  // its line:column.
  static Result<std::unique_ptr<Program>> Create(hlo::Module module,
                                                 const ExecOptions& options = {},
                                                 const std::string& entry = "main");
  ~Program();

  const std::vector<hlo::Argument>& args() const;
  const hlo::TensorType& arg_type(size_t i) const;
  const std::vector<hlo::TensorType>& result_types() const;
  const PlanStats& stats() const;

  // Runs the function. args[i] holds arg_type(i) in row-major order. An
  // argument marked tf.aliasing_output = k must be writable: it is updated in
  // place and result k is that same buffer. Other arguments are only read.
  // Returns one pointer per result; non-aliased results live in the
  // program's memory until the next Run. Not reentrant.
  Result<std::vector<const void*>> Run(std::span<void* const> args);

  // With ExecOptions::pack_weights: makes (or finds) the packed copies of the
  // weights in `args` now, so the first Run with these arguments does not pay
  // for it. Checks args as Run does.
  Status PackWeights(std::span<void* const> args);

  // Scratch memory the program needs (PlanStats::arena_bytes plus alignment).
  int64_t arena_size() const;
  // Runs in the caller's scratch memory from now on (64-byte aligned, at
  // least arena_size() bytes, owned by the caller and outliving the
  // program), releasing its own. Programs that never run concurrently (the
  // read-window variants of one model) can share one arena.
  void UseArena(void* arena);

  // Checks a caller's argument list: count, and for each argument its
  // shape/dtype against `types`. Errors name the argument.
  Status CheckArgs(std::span<const hlo::TensorType> types) const;

  // With ExecOptions::profile: seconds per op kind over all runs so far, most
  // expensive first, one line per kind. Empty otherwise.
  std::string ProfileReport() const;

 private:
  Program();
  Status SetPointers(std::span<void* const> args);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hf2hlo::exec
