// Execution plan of one function: where every value lives and which kernel
// computes it. Internal to src/exec.
#pragma once

#include <memory>
#include <vector>

#include "exec/exec.h"
#include "exec/fast_dot.h"
#include "exec/fused_elementwise.h"
#include "exec/kernels.h"

namespace hf2hlo::exec {

enum class StorageKind : uint8_t {
  kArg,       // the caller's argument buffer `arg`
  kArena,     // scratch arena at `offset`
  kConstant,  // the op literal itself (zero copy)
  kView,      // bytes [offset, offset + size) of `root`'s storage
  kFused,     // never materialised: a convert or a strided slice read in place by dot
              // kernels, or an intermediate of a fused softmax step
};

struct ValueStorage {
  StorageKind kind = StorageKind::kArena;
  int arg = -1;
  int64_t offset = 0;
  const uint8_t* constant = nullptr;
  hlo::ValueId root = -1;  // kView: a non-view value; kFused: the convert's or slice's source
  std::vector<int64_t> slice_start;  // kFused slice: start indices into the source
};

// kSoftmax (softmax.h): in = {x, init of the maximum, init of the sum},
// out = {the divide's result}; it stands for seven ops of the text.
// kFusedChain: in = the chain's inputs, out = its last op's result.
enum class StepKind : uint8_t { kReference, kDot, kSoftmax, kFusedChain };

struct Step {
  const hlo::Op* op = nullptr;
  StepKind kind = StepKind::kReference;
  std::vector<ConstView> in;  // data pointers refreshed on every run
  std::vector<MutView> out;
  std::vector<hlo::ValueId> in_values, out_values;
  std::shared_ptr<const DotPlan> dot;  // kDot; shared with identical plans (ShareDotPlan)
  // kDot with ExecOptions::pack_weights: in[1] is a non-aliased argument (or
  // a view of one) whose packed copy the program reads instead.
  bool pack_rhs = false;
  std::shared_ptr<const FusedChain> chain;  // kFusedChain
};

struct Plan {
  std::vector<ValueStorage> storage;  // by ValueId
  std::vector<Step> steps;
  std::vector<hlo::ValueId> results;
  // Results whose bytes live in an aliased argument that the write-back of
  // another result overwrites; they are copied to arena `offset` first.
  struct StagedResult {
    size_t result = 0;
    int64_t offset = 0;
  };
  std::vector<StagedResult> staged;
  int64_t arena_bytes = 0;
  PlanStats stats;
};

// Plans `function`. Fails (with the op's line:column) on ops the executor
// cannot run.
Result<Plan> BuildPlan(const hlo::Module& module, const hlo::Function& function,
                       const ExecOptions& options);

}  // namespace hf2hlo::exec
