// Fused elementwise chains: a connected group of elementwise ops (and the
// broadcasts that feed them) over one shape, whose intermediate values nothing
// outside the group reads, runs as one step over blocks of elements. Each op
// still runs its reference kernel (kernels.h), on 1-D views of one block, so
// the results are the bits of the unfused ops; the intermediates live in a
// few stack blocks instead of tensors in the arena. Internal to src/exec.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "base/base.h"
#include "exec/kernels.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec {

// One op of a chain. Operands name a slot (an earlier op's block, >= 0) or
// an input of the step (-1 - index into its inputs).
struct FusedOp {
  const hlo::Op* op = nullptr;  // elementwise, convert, or broadcast_in_dim
  std::vector<int> operands;
  int slot = -1;  // where its block goes; -1: the step's output (the last op)
  // broadcast_in_dim: flat element i of the result is element
  // (i / repeat) % period of the operand.
  int64_t repeat = 1, period = 1;
  // The 1-D types the reference kernel sees for a whole block and for the
  // last, shorter block (plan time, so a run allocates nothing).
  std::vector<hlo::TensorType> in_block, in_tail;
  hlo::TensorType out_block, out_tail;
};

struct FusedChain {
  std::vector<FusedOp> ops;  // in program order; the last one is the chain's result
  int64_t elements = 0;      // of the result shape
  int slots = 0;
};

constexpr int64_t kFusedBlock = 1024;  // elements per block
constexpr int kMaxFusedSlots = 12;
// Larger results keep their ops apart: each op splits between threads on its
// own, and fused chains measured ~5% slower there (prefill chunks of 64 rows
// under load). Fusion pays for small steps: decode, where a step of a few
// hundred elements costs about as much to dispatch as to compute.
constexpr int64_t kMaxFusedElements = 16384;

// Chains found in `ops` (a function body without its return), by the op
// index of their last op; `member[i]` is true for the other ops of a chain.
// `users`/`last_use` as the planner keeps them (last_use < 0 or kNever: a
// result); ops with `skip[i]` set join no chain. A chain has at least two
// ops.
struct FusedChains {
  std::vector<std::pair<int64_t, FusedChain>> chains;  // sorted by last op index
  std::vector<bool> member;
  // For each chain: its inputs in order (the step's in_values).
  std::vector<std::vector<hlo::ValueId>> inputs;
};
FusedChains FindFusedChains(const hlo::Module& m, const std::vector<hlo::Op>& ops,
                            const std::vector<std::vector<int64_t>>& users,
                            const std::vector<int64_t>& last_use, const std::vector<int64_t>& def,
                            const std::vector<bool>& skip, int64_t never);

// Runs the chain on the calling thread: `in` are its inputs, `out` its
// result. Allocates nothing.
void RunFusedChain(const FusedChain& chain, const hlo::Module& m, std::span<const ConstView> in,
                   const MutView& out);

}  // namespace hf2hlo::exec
