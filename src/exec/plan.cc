// Planning: storage for every value (argument, arena, constant, view, fused),
// in-place dynamic_update_slice, buffer reuse by liveness, kernel choice.
#include "exec/plan.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <unistd.h>

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
using hlo::OpCode;
using hlo::ValueId;

constexpr int64_t kNever = std::numeric_limits<int64_t>::max();
constexpr int64_t kAlign = 64;

// Byte offset of a contiguous slice within its operand, or -1 when the slice
// is not one contiguous run (unit strides; dims before the first partial dim
// of extent 1, dims after it full).
int64_t ContiguousSliceOffset(const hlo::Op& op, const hlo::TensorType& in) {
  const auto& start = op.dims;
  const auto& limit = op.limits;
  for (int64_t s : op.strides)
    if (s != 1) return -1;
  const int64_t rank = in.rank();
  int64_t first_partial = rank;
  for (int64_t d = 0; d < rank; ++d) {
    if (start[d] != 0 || limit[d] != in.dims[d]) {
      first_partial = d;
      break;
    }
  }
  for (int64_t d = 0; d < first_partial; ++d)
    if (in.dims[d] != 1) return -1;  // full and size 1 only
  for (int64_t d = first_partial + 1; d < rank; ++d) {
    if (start[d] != 0 || limit[d] != in.dims[d]) return -1;
  }
  int64_t stride = 1, offset = 0;
  for (int64_t d = rank - 1; d >= 0; --d) {
    offset += start[d] * stride;
    stride *= in.dims[d];
  }
  return offset * hlo::ElementBytes(in.element);
}

struct Interval {
  int64_t offset, bytes, end;
};

// First-fit placement of `bytes` among blocks live at time `now`.
int64_t Place(std::vector<Interval>& live, int64_t bytes, int64_t now, int64_t end,
              int64_t& high_water) {
  live.erase(
      std::remove_if(live.begin(), live.end(), [&](const Interval& b) { return b.end < now; }),
      live.end());
  std::sort(live.begin(), live.end(),
            [](const Interval& a, const Interval& b) { return a.offset < b.offset; });
  int64_t at = 0;
  for (const Interval& b : live) {
    if (at + bytes <= b.offset) break;
    at = std::max(at, (b.offset + b.bytes + kAlign - 1) / kAlign * kAlign);
  }
  live.push_back({at, bytes, end});
  high_water = std::max(high_water, at + bytes);
  return at;
}

// Whether `op` is reduce(input, init) over the last axis of an f32 input
// whose body is body_op(arg0, arg1), in that order.
bool IsLastAxisReduce(const hlo::Module& m, const hlo::Op& op, OpCode body_op) {
  if (op.code != OpCode::kReduce || op.operands.size() != 2 || op.results.size() != 1 ||
      op.body == nullptr)
    return false;
  const hlo::TensorType& in = m.type(op.operands[0]);
  if (in.element != ElementType::kF32 || in.rank() < 1 || op.dims != std::vector<int64_t>{in.rank() - 1})
    return false;
  const hlo::Region& body = *op.body;
  if (body.args.size() != 2 || body.ops.size() != 2) return false;
  const hlo::Op& f = body.ops[0];
  return f.code == body_op && f.operands == std::vector<ValueId>{body.args[0], body.args[1]} &&
         f.results.size() == 1 && m.type(f.results[0]).element == ElementType::kF32 &&
         body.ops[1].code == OpCode::kReturn &&
         body.ops[1].operands == std::vector<ValueId>{f.results[0]};
}

// Whether `op` broadcasts a reduce-over-the-last-axis result back to `like`.
bool IsRowBroadcast(const hlo::Module& m, const hlo::Op& op, const hlo::TensorType& like) {
  if (op.code != OpCode::kBroadcastInDim || !(m.type(op.results[0]) == like)) return false;
  for (int64_t d = 0; d + 1 < like.rank(); ++d)
    if (static_cast<int64_t>(op.dims.size()) != like.rank() - 1 || op.dims[d] != d) return false;
  return static_cast<int64_t>(op.dims.size()) == like.rank() - 1;
}

// A softmax over the last axis starting at the reduce-maximum ops[i]:
//   mx = reduce max(x); a = broadcast(mx); d = x - a; e = exp(d);
//   sm = reduce add(e); b = broadcast(sm); y = e / b
// where nothing else reads mx, a, d, e, sm or b. Returns the op indices
// {mx, a, d, e, sm, b, y}.
std::optional<std::array<int64_t, 7>> MatchSoftmax(const hlo::Module& m,
                                                   const std::vector<hlo::Op>& ops, int64_t i,
                                                   const std::vector<std::vector<int64_t>>& users,
                                                   const std::vector<int64_t>& last_use) {
  if (!IsLastAxisReduce(m, ops[i], OpCode::kMaximum)) return std::nullopt;
  const ValueId x = ops[i].operands[0];
  const hlo::TensorType& type = m.type(x);
  // The only user of v, or -1.
  auto sole_user = [&](ValueId v) -> int64_t {
    if (last_use[v] == kNever || users[v].size() != 1) return -1;
    return users[v][0];
  };
  const int64_t a = sole_user(ops[i].results[0]);
  if (a < 0 || !IsRowBroadcast(m, ops[a], type)) return std::nullopt;
  const int64_t d = sole_user(ops[a].results[0]);
  if (d < 0 || ops[d].code != OpCode::kSubtract ||
      ops[d].operands != std::vector<ValueId>{x, ops[a].results[0]})
    return std::nullopt;
  const int64_t e = sole_user(ops[d].results[0]);
  if (e < 0 || ops[e].code != OpCode::kExponential) return std::nullopt;
  const ValueId ev = ops[e].results[0];
  if (last_use[ev] == kNever || users[ev].size() != 2) return std::nullopt;
  int64_t sm = users[ev][0], y = users[ev][1];
  if (ops[sm].code == OpCode::kDivide) std::swap(sm, y);
  if (!IsLastAxisReduce(m, ops[sm], OpCode::kAdd) || ops[sm].operands[0] != ev) return std::nullopt;
  const int64_t b = sole_user(ops[sm].results[0]);
  if (b < 0 || !IsRowBroadcast(m, ops[b], type)) return std::nullopt;
  if (sole_user(ops[b].results[0]) != y || ops[y].code != OpCode::kDivide ||
      ops[y].operands != std::vector<ValueId>{ev, ops[b].results[0]})
    return std::nullopt;
  return std::array<int64_t, 7>{i, a, d, e, sm, b, y};
}

}  // namespace

static int64_t PhysicalMemoryBytes() {
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  return pages > 0 && page > 0 ? static_cast<int64_t>(pages) * page : int64_t{1} << 62;
}

Result<Plan> BuildPlan(const hlo::Module& m, const hlo::Function& f, const ExecOptions& options) {
  Plan plan;
  const size_t num_values = m.value_types.size();
  plan.storage.assign(num_values, ValueStorage{});
  const auto& ops = f.body.ops;
  CHECK(!ops.empty() && ops.back().code == OpCode::kReturn, "function body must end in return");
  const int64_t num_ops = static_cast<int64_t>(ops.size()) - 1;  // without the return

  // Direct users (op indices) and last direct use of every value.
  std::vector<std::vector<int64_t>> users(num_values);
  std::vector<int64_t> last_use(num_values, -1), def(num_values, -1);
  for (int64_t i = 0; i < num_ops; ++i) {
    for (ValueId v : ops[i].operands) users[v].push_back(i), last_use[v] = i;
    for (ValueId v : ops[i].results) def[v] = i;
  }
  for (ValueId v : ops.back().operands) last_use[v] = kNever;
  plan.results = ops.back().operands;

  std::vector<std::vector<ValueId>> members(num_values);  // root -> values sharing its storage
  auto root_of = [&](ValueId v) {
    const ValueStorage& s = plan.storage[v];
    return s.kind == StorageKind::kView ? s.root : v;
  };
  auto add_view = [&](ValueId v, ValueId of, int64_t extra_offset) {
    ValueId r = root_of(of);
    int64_t base = plan.storage[of].kind == StorageKind::kView ? plan.storage[of].offset : 0;
    plan.storage[v] = ValueStorage{StorageKind::kView, -1, base + extra_offset, nullptr, r};
    members[r].push_back(v);
    ++plan.stats.views;
  };

  // Fusion of a slice or convert into its readers: the value must have
  // readers and must not be a result.
  auto fusable_value = [&](ValueId v) { return last_use[v] != kNever && !users[v].empty(); };
  // True when every reader of v is a dot_general that reads it only as its
  // rhs and that the fast kernel runs with the rhs read as `read`.
  auto read_only_by_fast_dots = [&](ValueId v, ElementType read) {
    for (int64_t u : users[v]) {
      const hlo::Op& user = ops[u];
      if (user.code != OpCode::kDotGeneral || user.operands[1] != v || user.operands[0] == v ||
          !FastDotSupported(m.type(user.operands[0]).element, read,
                            m.type(user.results[0]).element)) {
        return false;
      }
    }
    return true;
  };
  // True when every reader of v is a dot_general reading it only as its lhs,
  // contracting its last axis with axis 1 of a rank-2 rhs that is a fusable
  // widening of bf16 values, without batch axes: the weight products of a
  // bf16-matmul program (docs/programs.md), which the bf16 x bf16 kernel
  // runs on v's bf16 source read in place.
  auto read_only_as_bf16_products = [&](ValueId v) {
    for (int64_t u : users[v]) {
      const hlo::Op& user = ops[u];
      if (user.code != OpCode::kDotGeneral || user.operands[0] != v || user.operands[1] == v)
        return false;
      const hlo::DotDimensions& d = user.dot;
      const ValueId rhs = user.operands[1];
      const int64_t rhs_def = def[rhs];
      if (!d.lhs_batch.empty() || !d.rhs_batch.empty() ||
          d.lhs_contracting != std::vector<int64_t>{static_cast<int64_t>(m.type(v).dims.size()) - 1} ||
          d.rhs_contracting != std::vector<int64_t>{1} || m.type(rhs).dims.size() != 2 ||
          rhs_def < 0 || ops[rhs_def].code != OpCode::kConvert)
        return false;
      const ValueId weight = ops[rhs_def].operands[0];
      if (m.type(weight).element != ElementType::kBF16 ||
          plan.storage[weight].kind == StorageKind::kFused || !fusable_value(rhs) ||
          !read_only_by_fast_dots(rhs, ElementType::kBF16))
        return false;
    }
    return !users[v].empty();
  };
  for (size_t i = 0; i < f.args.size(); ++i) {
    ValueId v = f.args[i].value;
    plan.storage[v] = ValueStorage{StorageKind::kArg, static_cast<int>(i), 0, nullptr, -1};
    members[v].push_back(v);
  }
  // Fused softmax chains: the divide's op index -> its {mx, ..., y}; the
  // other six ops make no step and their values no storage. x lives until
  // the divide, where the fused step runs.
  std::map<int64_t, std::array<int64_t, 7>> softmax_at;
  std::vector<bool> absorbed(static_cast<size_t>(num_ops), false);
  if (!options.reference_only) {
    for (int64_t i = 0; i < num_ops; ++i) {
      if (absorbed[i]) continue;
      std::optional<std::array<int64_t, 7>> chain = MatchSoftmax(m, ops, i, users, last_use);
      if (!chain) continue;
      softmax_at[(*chain)[6]] = *chain;
      for (int k = 0; k < 6; ++k) absorbed[(*chain)[k]] = true;
      const ValueId x = ops[i].operands[0];
      last_use[x] = std::max(last_use[x], (*chain)[6]);
      ++plan.stats.fused_softmax;
    }
  }
  std::vector<bool> aliased_arg(f.args.size(), false);
  std::set<std::tuple<int, int64_t, int64_t, int64_t>> packed_ranges;  // arg, byte offset, J, K
  for (size_t i = 0; i < f.args.size(); ++i) aliased_arg[i] = f.args[i].aliasing_output.has_value();

  // Elementwise chains (fused_elementwise.h): their inputs live until the
  // chain's step, the values inside it get no storage.
  FusedChains chains;
  if (!options.reference_only && options.fuse_elementwise) {
    chains = FindFusedChains(m, ops, users, last_use, def, absorbed, kNever);
    for (size_t c = 0; c < chains.chains.size(); ++c) {
      for (ValueId v : chains.inputs[c]) {
        if (last_use[v] != kNever) last_use[v] = std::max(last_use[v], chains.chains[c].first);
      }
      ++plan.stats.fused_chains;
      plan.stats.fused_chain_ops += static_cast<int64_t>(chains.chains[c].second.ops.size());
    }
  }
  size_t next_chain = 0;

  for (int64_t i = 0; i < num_ops; ++i) {
    const hlo::Op& op = ops[i];
    const ValueId out = op.results.empty() ? -1 : op.results[0];
    if (!chains.member.empty() && chains.member[static_cast<size_t>(i)]) {
      plan.storage[out] = ValueStorage{StorageKind::kFused, -1, 0, nullptr, -1, {}};
      continue;
    }
    if (next_chain < chains.chains.size() && chains.chains[next_chain].first == i) {
      plan.storage[out] = ValueStorage{StorageKind::kArena, -1, 0, nullptr, -1, {}};
      members[out].push_back(out);
      Step step;
      step.op = &op;
      step.kind = StepKind::kFusedChain;
      step.in_values = chains.inputs[next_chain];
      step.out_values = {out};
      step.chain = std::make_shared<const FusedChain>(std::move(chains.chains[next_chain].second));
      ++next_chain;
      plan.steps.push_back(std::move(step));
      continue;
    }
    if (absorbed[i]) {
      plan.storage[out] = ValueStorage{StorageKind::kFused, -1, 0, nullptr, -1, {}};
      continue;
    }
    if (auto chain = softmax_at.find(i); chain != softmax_at.end()) {
      const hlo::Op& mx = ops[chain->second[0]];
      const hlo::Op& sm = ops[chain->second[4]];
      plan.storage[out] = ValueStorage{StorageKind::kArena, -1, 0, nullptr, -1, {}};
      members[out].push_back(out);
      Step step;
      step.op = &op;
      step.kind = StepKind::kSoftmax;
      step.in_values = {mx.operands[0], mx.operands[1], sm.operands[1]};
      step.out_values = {out};
      plan.steps.push_back(std::move(step));
      continue;
    }
    switch (op.code) {
      case OpCode::kConstant:
        plan.storage[out] = ValueStorage{StorageKind::kConstant, -1, 0, op.literal.data(), -1};
        members[out].push_back(out);
        continue;
      case OpCode::kReshape:
        if (plan.storage[op.operands[0]].kind != StorageKind::kFused) {
          add_view(out, op.operands[0], 0);
          continue;
        }
        break;
      case OpCode::kSlice: {
        int64_t offset = ContiguousSliceOffset(op, m.type(op.operands[0]));
        if (offset >= 0 && plan.storage[op.operands[0]].kind != StorageKind::kFused) {
          add_view(out, op.operands[0], offset);
          continue;
        }
        // A unit-stride slice read only as the rhs of fast dots (a read
        // window of the KV cache), directly when f32 or through widening
        // converts when bf16/f16, is read in place through its strides.
        const ElementType element = m.type(out).element;
        bool fusable = !options.reference_only && fusable_value(out) &&
                       plan.storage[op.operands[0]].kind != StorageKind::kFused;
        for (int64_t st : op.strides) fusable &= st == 1;
        if (element == ElementType::kF32) {
          fusable &= read_only_by_fast_dots(out, element);
        } else {
          fusable &= element == ElementType::kBF16 || element == ElementType::kF16;
          for (int64_t u : users[out]) {
            const hlo::Op& user = ops[u];
            fusable &= user.code == OpCode::kConvert &&
                       m.type(user.results[0]).element == ElementType::kF32 &&
                       fusable_value(user.results[0]) &&
                       read_only_by_fast_dots(user.results[0], element);
          }
        }
        if (fusable) {
          plan.storage[out] = ValueStorage{StorageKind::kFused, -1, 0, nullptr, op.operands[0]};
          plan.storage[out].slice_start = op.dims;
          last_use[op.operands[0]] = std::max(last_use[op.operands[0]], last_use[out]);
          ++plan.stats.fused_slices;
          continue;
        }
        break;
      }
      case OpCode::kConvert: {
        // Fuse a widening convert into the dot_generals that read it as rhs;
        // its operand may be a fused slice (a bf16 read window).
        const ValueId source = op.operands[0];
        const ElementType from = m.type(source).element, to = m.type(out).element;
        const ValueStorage& src = plan.storage[source];
        const bool fused_slice = src.kind == StorageKind::kFused && !src.slice_start.empty();
        bool fusable = !options.reference_only && to == ElementType::kF32 &&
                       fusable_value(out) &&
                       (from == ElementType::kBF16 || from == ElementType::kF16 ||
                        from == ElementType::kF32) &&
                       (src.kind != StorageKind::kFused || fused_slice) &&
                       read_only_by_fast_dots(out, from);
        // Or a widening of bf16 activations into weight products.
        fusable |= !options.reference_only && from == ElementType::kBF16 &&
                   to == ElementType::kF32 && fusable_value(out) &&
                   src.kind != StorageKind::kFused && read_only_as_bf16_products(out);
        if (fusable) {
          plan.storage[out] = fused_slice ? src
                                          : ValueStorage{StorageKind::kFused, -1, 0, nullptr, source};
          // The source must live until the last fused reader.
          const ValueId root = plan.storage[out].root;
          last_use[root] = std::max(last_use[root], last_use[out]);
          ++plan.stats.fused_converts;
          continue;
        }
        break;
      }
      case OpCode::kDynamicUpdateSlice: {
        ValueId operand = op.operands[0];
        const ValueStorage& s = plan.storage[operand];
        ValueId r = root_of(operand);
        const ValueStorage& rs = plan.storage[r];
        bool writable =
            rs.kind == StorageKind::kArena || (rs.kind == StorageKind::kArg && aliased_arg[rs.arg]);
        bool whole = s.kind != StorageKind::kView ||
                     (s.offset == 0 && m.type(r).bytes() == m.type(operand).bytes());
        int64_t root_last = -1;
        for (ValueId mv : members[r]) root_last = std::max(root_last, last_use[mv]);
        bool others_done = true;
        for (size_t k = 1; k < op.operands.size(); ++k) others_done &= root_of(op.operands[k]) != r;
        if (writable && whole && root_last == i && others_done) {
          add_view(out, operand, 0);
          --plan.stats.views;
          ++plan.stats.in_place_updates;
          Step step;
          step.op = &op;
          step.in_values = op.operands;
          step.out_values = op.results;
          plan.steps.push_back(std::move(step));
          continue;
        }
        break;
      }
      default:
        break;
    }
    for (ValueId r : op.results) {
      plan.storage[r] = ValueStorage{StorageKind::kArena, -1, 0, nullptr, -1};
      members[r].push_back(r);
    }
    Step step;
    step.op = &op;
    step.in_values = op.operands;
    step.out_values = op.results;
    if (op.code == OpCode::kDotGeneral && !options.reference_only) {
      ValueId lhs = op.operands[0], rhs = op.operands[1];
      ElementType lhs_read = m.type(lhs).element, rhs_read = m.type(rhs).element;
      std::optional<StridedView> rhs_view;
      // A fused lhs is a bf16-matmul program's rounded rows
      // (read_only_as_bf16_products): rank 2, contiguous K, bf16 weights.
      const bool bf16_products = plan.storage[lhs].kind == StorageKind::kFused;
      if (bf16_products) {
        lhs_read = m.type(plan.storage[lhs].root).element;
        step.in_values[0] = plan.storage[lhs].root;
      }
      if (plan.storage[rhs].kind == StorageKind::kFused) {
        const ValueStorage& fused = plan.storage[rhs];
        rhs_read = m.type(fused.root).element;
        step.in_values[1] = fused.root;
        if (!fused.slice_start.empty()) {
          // Strides of the slice's source; the slice keeps unit steps.
          const auto& src = m.type(fused.root).dims;
          rhs_view.emplace();
          rhs_view->strides.assign(src.size(), 1);
          for (int64_t d = static_cast<int64_t>(src.size()) - 2; d >= 0; --d) {
            rhs_view->strides[d] = rhs_view->strides[d + 1] * src[d + 1];
          }
          for (size_t d = 0; d < src.size(); ++d) {
            rhs_view->base += fused.slice_start[d] * rhs_view->strides[d];
          }
        }
      }
      if (bf16_products ? rhs_read == ElementType::kBF16
                        : FastDotSupported(lhs_read, rhs_read, m.type(out).element)) {
        step.kind = StepKind::kDot;
        step.dot = ShareDotPlan(MakeDotPlan(
            op, m.type(lhs), m.type(rhs), lhs_read, rhs_read, rhs_view ? &*rhs_view : nullptr));
        const ValueId weights = root_of(step.in_values[1]);
        const ValueStorage& ws = plan.storage[weights];
        if (options.pack_weights && !rhs_view && ws.kind == StorageKind::kArg &&
            !aliased_arg[ws.arg] && RhsPackable(*step.dot)) {
          step.pack_rhs = true;
          ++plan.stats.packed_dots;
          const ValueStorage& vs = plan.storage[step.in_values[1]];
          const int64_t at = (vs.kind == StorageKind::kView ? vs.offset : 0) +
                             step.dot->rhs_row[0] * hlo::ElementBytes(rhs_read);
          const auto key = std::make_tuple(ws.arg, at, step.dot->cols, step.dot->depth);
          if (packed_ranges.insert(key).second) plan.stats.packed_bytes += PackedRhsBytes(*step.dot);
        }
      }
    }
    for (ValueId v : step.in_values) {
      if (plan.storage[v].kind == StorageKind::kFused) {
        return Error(op.loc.line, ":", op.loc.column,
                     ": internal planning error: fused value read by ", hlo::OpName(op.code));
      }
    }
    plan.steps.push_back(std::move(step));
  }

  // Arena placement of roots by lifetime [def, max last use of its members].
  std::vector<Interval> live;
  for (int64_t i = 0; i < num_ops; ++i) {
    for (ValueId r : ops[i].results) {
      if (plan.storage[r].kind != StorageKind::kArena) continue;
      int64_t end = -1;
      for (ValueId mv : members[r]) end = std::max(end, last_use[mv]);
      plan.storage[r].offset =
          Place(live, m.type(r).bytes(), i, std::max(end, i), plan.arena_bytes);
    }
  }
  // Write-back: aliased argument `a` receives result k unless k already lives
  // there. Every result read from a written-back argument is staged first, so
  // the write-back order cannot clobber it (swapped or crossed arguments, an
  // old value returned beside its update).
  std::vector<bool> written_back(f.args.size(), false);
  for (size_t a = 0; a < f.args.size(); ++a) {
    if (!f.args[a].aliasing_output) continue;
    const ValueStorage& s =
        plan.storage[plan.results[static_cast<size_t>(*f.args[a].aliasing_output)]];
    bool same = (s.kind == StorageKind::kArg && s.arg == static_cast<int>(a)) ||
                (s.kind == StorageKind::kView && plan.storage[s.root].kind == StorageKind::kArg &&
                 plan.storage[s.root].arg == static_cast<int>(a) && s.offset == 0);
    written_back[a] = !same;
    if (!same) ++plan.stats.result_copies;
  }
  for (size_t k = 0; k < plan.results.size(); ++k) {
    const ValueStorage& r = plan.storage[root_of(plan.results[k])];
    if (r.kind != StorageKind::kArg || !written_back[r.arg]) continue;
    plan.arena_bytes = (plan.arena_bytes + kAlign - 1) / kAlign * kAlign;
    plan.staged.push_back({k, plan.arena_bytes});
    plan.arena_bytes += m.type(plan.results[k]).bytes();
  }
  for (Step& s : plan.steps) {
    for (ValueId v : s.in_values) s.in.push_back(ConstView{&m.type(v), nullptr});
    for (ValueId v : s.out_values) s.out.push_back(MutView{&m.type(v), nullptr});
  }
  plan.stats.steps = static_cast<int64_t>(plan.steps.size());
  plan.stats.arena_bytes = plan.arena_bytes;
  const int64_t limit = options.max_arena_bytes > 0 ? options.max_arena_bytes : PhysicalMemoryBytes();
  if (plan.arena_bytes > limit) {
    // Name the largest intermediate: program text is input, so this is an
    // error with its line:column, never an allocation that fails or swaps.
    const hlo::Op* largest = nullptr;
    ValueId largest_value = 0;
    for (int64_t i = 0; i < num_ops; ++i) {
      for (ValueId r : ops[i].results) {
        if (plan.storage[r].kind != StorageKind::kArena) continue;
        if (largest == nullptr || m.type(r).bytes() > m.type(largest_value).bytes()) {
          largest = &ops[i];
          largest_value = r;
        }
      }
    }
    CHECK(largest != nullptr, "arena over its limit with no arena value");
    return Error(largest->loc.line, ":", largest->loc.column, ": the program needs ",
                 plan.arena_bytes, " bytes of scratch memory for its intermediates, more than ",
                 options.max_arena_bytes > 0 ? "the limit of " : "this machine's memory, ", limit,
                 " bytes; the largest is ", m.type(largest_value).ToString(), " from ",
                 hlo::OpName(largest->code));
  }
  return plan;
}

}  // namespace hf2hlo::exec
