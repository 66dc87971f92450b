#include "exec/fused_elementwise.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
using hlo::OpCategory;
using hlo::OpCode;
using hlo::ValueId;

// The broadcast's index map when it is (i / repeat) % period: the operand's
// axes are a contiguous run of the result's axes, of the same sizes, in
// order. False otherwise (size-1 expansion, transposition).
bool BroadcastMap(const hlo::TensorType& from, const hlo::TensorType& to,
                  const std::vector<int64_t>& dims, int64_t* repeat, int64_t* period) {
  if (dims.size() != from.dims.size()) return false;
  for (size_t k = 0; k < dims.size(); ++k) {
    if (dims[k] < 0 || dims[k] >= static_cast<int64_t>(to.dims.size())) return false;
    if (k > 0 && dims[k] != dims[k - 1] + 1) return false;
    if (from.dims[k] != to.dims[static_cast<size_t>(dims[k])]) return false;
  }
  *period = from.num_elements();
  *repeat = 1;
  const int64_t after = dims.empty() ? static_cast<int64_t>(to.dims.size()) : dims.back() + 1;
  for (size_t d = static_cast<size_t>(after); d < to.dims.size(); ++d) *repeat *= to.dims[d];
  return *period > 0;
}

// True when `op` may join a chain: one result of at most 8-byte elements; an
// elementwise op or compare, a convert from f32 (widenings of bf16 / f16
// values stay fusable into dot kernels), or a broadcast with an index map.
bool Fusible(const hlo::Module& m, const hlo::Op& op) {
  if (op.results.size() != 1 || hlo::ElementBytes(m.type(op.results[0]).element) > 8) return false;
  switch (hlo::GetOpInfo(op.code).category) {
    case OpCategory::kUnaryElementwise:
    case OpCategory::kBinaryElementwise:
    case OpCategory::kCompare:
      return true;
    case OpCategory::kConvert:
      return m.type(op.operands[0]).element == ElementType::kF32;
    default:
      break;
  }
  if (op.code != OpCode::kBroadcastInDim) return false;
  int64_t repeat = 0, period = 0;
  return BroadcastMap(m.type(op.operands[0]), m.type(op.results[0]), op.dims, &repeat, &period);
}

constexpr size_t kMaxOps = kMaxFusedSlots + 1;

}  // namespace

FusedChains FindFusedChains(const hlo::Module& m, const std::vector<hlo::Op>& ops,
                            const std::vector<std::vector<int64_t>>& users,
                            const std::vector<int64_t>& last_use, const std::vector<int64_t>& def,
                            const std::vector<bool>& skip, int64_t never) {
  const int64_t n = static_cast<int64_t>(skip.size());
  FusedChains out;
  out.member.assign(static_cast<size_t>(n), false);
  std::vector<bool> taken(static_cast<size_t>(n), false);
  for (int64_t sink = n - 1; sink >= 0; --sink) {
    const hlo::Op& last = ops[sink];
    if (skip[sink] || taken[sink] || !Fusible(m, last) || last.code == OpCode::kBroadcastInDim)
      continue;
    const hlo::TensorType& shape = m.type(last.results[0]);
    if (shape.num_elements() > kMaxFusedElements) continue;
    // Grow to a fixed point: an op joins when its result has the chain's
    // shape, is no function result, and every reader is already in.
    std::set<int64_t> group = {sink};
    for (bool grew = true; grew;) {
      grew = false;
      for (int64_t g : std::vector<int64_t>(group.begin(), group.end())) {
        if (ops[g].code == OpCode::kBroadcastInDim) continue;  // its operand is an input
        for (ValueId v : ops[g].operands) {
          const int64_t d = def[v];
          if (d < 0 || skip[d] || taken[d] || group.count(d) || group.size() >= kMaxOps) continue;
          if (last_use[v] == never || !Fusible(m, ops[d]) || !(m.type(v).dims == shape.dims))
            continue;
          bool all_in = true;
          for (int64_t u : users[v]) all_in &= group.count(u) > 0;
          if (!all_in) continue;
          group.insert(d);
          grew = true;
        }
      }
    }
    if (group.size() < 2) continue;
    FusedChain chain;
    chain.elements = shape.num_elements();
    std::map<int64_t, int> slot_of;     // member op -> slot
    std::map<ValueId, int> input_of;    // external value -> input index
    std::vector<ValueId> inputs;
    for (int64_t g : group) {
      taken[g] = true;
      const hlo::Op& op = ops[g];
      FusedOp f;
      f.op = &op;
      for (ValueId v : op.operands) {
        const int64_t d = def[v];
        if (d >= 0 && group.count(d)) {
          f.operands.push_back(slot_of.at(d));
          continue;
        }
        auto [it, added] = input_of.emplace(v, static_cast<int>(inputs.size()));
        if (added) inputs.push_back(v);
        f.operands.push_back(-1 - it->second);
      }
      if (op.code == OpCode::kBroadcastInDim) {
        BroadcastMap(m.type(op.operands[0]), m.type(op.results[0]), op.dims, &f.repeat,
                     &f.period);
      }
      const int64_t tail = chain.elements % kFusedBlock;
      for (ValueId v : op.operands) {
        f.in_block.push_back({m.type(v).element, {kFusedBlock}});
        f.in_tail.push_back({m.type(v).element, {tail}});
      }
      const ElementType element = m.type(op.results[0]).element;
      f.out_block = {element, {kFusedBlock}};
      f.out_tail = {element, {tail}};
      if (g != sink) {
        f.slot = chain.slots++;
        slot_of[g] = f.slot;
        out.member[static_cast<size_t>(g)] = true;
      }
      chain.ops.push_back(std::move(f));
    }
    out.chains.emplace_back(sink, std::move(chain));
    out.inputs.push_back(std::move(inputs));
  }
  // Sinks were visited last to first.
  std::reverse(out.chains.begin(), out.chains.end());
  std::reverse(out.inputs.begin(), out.inputs.end());
  return out;
}

void RunFusedChain(const FusedChain& chain, const hlo::Module& m, std::span<const ConstView> in,
                   const MutView& out) {
  const int64_t blocks = (chain.elements + kFusedBlock - 1) / kFusedBlock;
  alignas(64) uint8_t slots[kMaxFusedSlots][kFusedBlock * 8];
  for (int64_t b = 0; b < blocks; ++b) {
    const int64_t at = b * kFusedBlock;
    const int64_t len = std::min(kFusedBlock, chain.elements - at);
    const bool tail = len < kFusedBlock;
    for (const FusedOp& f : chain.ops) {
      const hlo::TensorType& out_type = tail ? f.out_tail : f.out_block;
      const int64_t out_bytes = hlo::ElementBytes(out_type.element);
      uint8_t* dst = f.slot < 0 ? static_cast<uint8_t*>(out.data) + at * out_bytes
                                : slots[f.slot];
      if (f.op->code == OpCode::kBroadcastInDim) {
        // Element at + i of the result is (at + i) / repeat % period of the operand.
        const auto* src = static_cast<const uint8_t*>(in[static_cast<size_t>(-1 - f.operands[0])].data);
        // Runs of one operand element (repeat > 1) or of consecutive ones.
        int64_t index = (at / f.repeat) % f.period, count = at % f.repeat;
        for (int64_t i = 0; i < len;) {
          if (f.repeat > 1) {
            const int64_t run = std::min(f.repeat - count, len - i);
            for (int64_t k = 0; k < run; ++k)
              std::memcpy(dst + (i + k) * out_bytes, src + index * out_bytes,
                          static_cast<size_t>(out_bytes));
            i += run;
            count += run;
            if (count == f.repeat) {
              count = 0;
              if (++index == f.period) index = 0;
            }
          } else {
            const int64_t run = std::min(f.period - index, len - i);
            std::memcpy(dst + i * out_bytes, src + index * out_bytes,
                        static_cast<size_t>(run * out_bytes));
            i += run;
            index = (index + run) % f.period;
          }
        }
        continue;
      }
      ConstView args[2];
      const size_t nargs = f.operands.size();
      CHECK(nargs <= 2, "fused chain: ", hlo::OpName(f.op->code), " has ", nargs, " operands");
      for (size_t k = 0; k < nargs; ++k) {
        const int o = f.operands[k];
        const hlo::TensorType& t = tail ? f.in_tail[k] : f.in_block[k];
        const void* data = o >= 0 ? static_cast<const void*>(slots[o])
                                  : static_cast<const uint8_t*>(in[static_cast<size_t>(-1 - o)].data) +
                                        at * hlo::ElementBytes(t.element);
        args[k] = ConstView{&t, data};
      }
      const MutView result{&out_type, dst};
      EvalReference(*f.op, m, std::span<const ConstView>(args, nargs),
                    std::span<const MutView>(&result, 1));
    }
  }
}

}  // namespace hf2hlo::exec
