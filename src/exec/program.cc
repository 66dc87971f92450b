#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <thread>
#include <tuple>

#include "exec/exec.h"
#include "exec/plan.h"
#include "exec/softmax.h"

namespace hf2hlo::exec {
namespace {

// One thread pool per thread count, shared by every live program: programs
// that run one after another (read windows, batch sizes, prefill and decode)
// keep one set of warm workers. A program running while another uses the
// pool runs its dots inline (ThreadPool's contract), with the same results.
std::shared_ptr<ThreadPool> SharedPool(int threads) {
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(threads, 1);
  static std::mutex mu;
  static std::map<int, std::weak_ptr<ThreadPool>> pools;
  std::lock_guard<std::mutex> lock(mu);
  std::shared_ptr<ThreadPool> pool = pools[threads].lock();
  if (!pool) {
    pool = std::make_shared<ThreadPool>(threads);
    pools[threads] = pool;
  }
  return pool;
}

// Packed weights live in slabs of huge pages (HugePageBuffer): a decode step
// streams every packed byte once; huge pages measured ~30% faster at B=1.
// Small copies share a slab; a slab is unmapped with the last copy in it.
using Slab = HugePageBuffer;

// A packed copy of one dot's weights (PackRhs), 64-byte aligned in a slab.
struct PackedWeights {
  std::shared_ptr<Slab> slab;
  uint8_t* data = nullptr;
};

// The packed copy of the weights `plan` reads at `rhs`, shared by every
// program that reads the same bytes (first row's address, dtype, J, K, row
// spacing); made on first use, freed with its last reader.
std::shared_ptr<const PackedWeights> Packed(const DotPlan& plan, const void* rhs) {
  using Key = std::tuple<const void*, hlo::ElementType, int64_t, int64_t, int64_t>;
  constexpr size_t kSlabBytes = size_t{32} << 20;
  const int64_t size = hlo::ElementBytes(plan.rhs_type);
  const Key key{static_cast<const uint8_t*>(rhs) + plan.rhs_row[0] * size, plan.rhs_type,
                plan.cols, plan.depth, plan.cols > 1 ? plan.rhs_row[1] - plan.rhs_row[0] : 0};
  static std::mutex mu;
  static std::map<Key, std::weak_ptr<const PackedWeights>> cache;
  static std::weak_ptr<Slab> open_slab;  // the slab small copies go to
  static size_t open_used = 0;
  std::lock_guard<std::mutex> lock(mu);
  std::shared_ptr<const PackedWeights> packed = cache[key].lock();
  if (packed) return packed;
  std::erase_if(cache, [](const auto& entry) { return entry.second.expired(); });
  const auto bytes = static_cast<size_t>((PackedRhsBytes(plan) + 63) / 64 * 64);
  auto fresh = std::make_shared<PackedWeights>();
  if (bytes >= kSlabBytes / 2) {
    fresh->slab = std::make_shared<Slab>(bytes);
    fresh->data = fresh->slab->data();
  } else {
    std::shared_ptr<Slab> slab = open_slab.lock();
    if (!slab || open_used + bytes > slab->bytes()) {
      slab = std::make_shared<Slab>(kSlabBytes);
      open_slab = slab;
      open_used = 0;
    }
    fresh->slab = slab;
    fresh->data = slab->data() + open_used;
    open_used += bytes;
  }
  PackRhs(plan, rhs, fresh->data);
  cache[key] = fresh;
  return fresh;
}

}  // namespace

// An elementwise step (every operand of the result's shape) cut into
// `parts` flat ranges: part p covers elements [begin[p], begin[p + 1]) of
// every operand, seen as 1-D tensors of types in_types[p * nin + i] and
// out_types[p]. Each element is computed by the same reference function
// either way, so the results are identical.
struct ElementwiseSplit {
  int parts = 0;
  std::vector<int64_t> begin;  // [parts + 1]
  std::vector<hlo::TensorType> in_types, out_types;
};

// Steps with fewer elements run whole: a fork/join costs about as much as
// computing a few thousand elements.
constexpr int64_t kSplitElements = 16384;
constexpr size_t kMaxSplitOperands = 2;

ElementwiseSplit SplitElementwise(const Step& step, int threads) {
  ElementwiseSplit split;
  const hlo::OpCategory category = hlo::GetOpInfo(step.op->code).category;
  const bool elementwise = category == hlo::OpCategory::kUnaryElementwise ||
                           category == hlo::OpCategory::kBinaryElementwise ||
                           category == hlo::OpCategory::kCompare ||
                           category == hlo::OpCategory::kConvert;
  if (!elementwise || threads < 2 || step.kind != StepKind::kReference || step.out.size() != 1 ||
      step.in.size() > kMaxSplitOperands)
    return split;
  const int64_t n = step.out[0].type->num_elements();
  if (n < kSplitElements) return split;
  for (const ConstView& in : step.in) {
    if (in.type->num_elements() != n) return split;
  }
  split.parts = threads;
  for (int p = 0; p <= threads; ++p) split.begin.push_back(n * p / threads);
  for (int p = 0; p < threads; ++p) {
    const int64_t len = split.begin[static_cast<size_t>(p + 1)] - split.begin[static_cast<size_t>(p)];
    for (const ConstView& in : step.in) split.in_types.push_back({in.type->element, {len}});
    split.out_types.push_back({step.out[0].type->element, {len}});
  }
  return split;
}

struct Program::Impl {
  hlo::Module module;
  const hlo::Function* function = nullptr;
  Plan plan;
  std::vector<uint8_t> arena_storage;
  uint8_t* arena = nullptr;
  std::vector<const uint8_t*> ptr;          // by ValueId, refreshed per run
  std::vector<hlo::ValueId> pointer_order;  // values in definition order
  std::vector<const void*> results;
  std::shared_ptr<ThreadPool> pool;
  // By step index, for steps with pack_rhs: the packed weights and the
  // argument address they were packed from.
  std::vector<std::shared_ptr<const PackedWeights>> packed;
  std::vector<const void*> packed_from;
  bool profile = false;
  std::map<std::string, std::pair<double, int64_t>> profile_by_kind;  // seconds, steps
  // By step index: how a large elementwise step is cut into one flat range
  // per thread (empty parts: runs whole on the caller).
  std::vector<ElementwiseSplit> splits;
  // Scratch for dots that split their positions between threads
  // (DotScratchFloats), sized at Create for the largest such dot; a dot
  // needing more than kMaxDotScratchFloats runs without (same bits).
  std::vector<float> dot_scratch;
};

constexpr int64_t kMaxDotScratchFloats = int64_t{16} << 20;

Program::Program() : impl_(std::make_unique<Impl>()) {}
Program::~Program() = default;

Result<std::unique_ptr<Program>> Program::Create(hlo::Module module, const ExecOptions& options,
                                                 const std::string& entry) {
  std::unique_ptr<Program> p(new Program());
  Impl& s = *p->impl_;
  s.module = std::move(module);
  s.function = s.module.FindFunction(entry);
  if (s.function == nullptr) {
    return Error(s.module.filename.empty() ? "" : StrCat(s.module.filename, ": "),
                 "module has no function @", entry);
  }
  ASSIGN_OR_RETURN(s.plan, BuildPlan(s.module, *s.function, options));
  // 64-byte aligned arena.
  s.arena_storage.resize(static_cast<size_t>(s.plan.arena_bytes + 64));
  uintptr_t base = reinterpret_cast<uintptr_t>(s.arena_storage.data());
  s.arena = s.arena_storage.data() + ((64 - base % 64) % 64);
  s.ptr.assign(s.module.value_types.size(), nullptr);
  for (const auto& a : s.function->args) s.pointer_order.push_back(a.value);
  for (const auto& op : s.function->body.ops) {
    for (hlo::ValueId v : op.results) s.pointer_order.push_back(v);
  }
  s.results.resize(s.plan.results.size());
  s.pool = SharedPool(options.num_threads);
  s.splits.reserve(s.plan.steps.size());
  for (const Step& step : s.plan.steps) {
    s.splits.push_back(SplitElementwise(step, s.pool->size()));
    if (s.splits.back().parts > 0) ++s.plan.stats.split_steps;
  }
  int64_t scratch = 0;
  for (const Step& step : s.plan.steps) {
    if (step.kind != StepKind::kDot || step.pack_rhs) continue;
    const int64_t need = DotScratchFloats(*step.dot);
    if (need <= kMaxDotScratchFloats) scratch = std::max(scratch, need);
  }
  s.dot_scratch.resize(static_cast<size_t>(scratch));
  s.packed.resize(s.plan.steps.size());
  s.packed_from.assign(s.plan.steps.size(), nullptr);
  s.profile = options.profile;
  return p;
}

const std::vector<hlo::Argument>& Program::args() const { return impl_->function->args; }
const hlo::TensorType& Program::arg_type(size_t i) const {
  return impl_->module.type(impl_->function->args[i].value);
}
const std::vector<hlo::TensorType>& Program::result_types() const {
  return impl_->function->result_types;
}
const PlanStats& Program::stats() const { return impl_->plan.stats; }

Status Program::CheckArgs(std::span<const hlo::TensorType> types) const {
  const auto& args = impl_->function->args;
  if (types.size() != args.size()) {
    return Error("expected ", args.size(), " arguments, got ", types.size());
  }
  for (size_t i = 0; i < args.size(); ++i) {
    const hlo::TensorType& want = arg_type(i);
    if (!(types[i] == want)) {
      return Error("argument ", i, args[i].name.empty() ? "" : StrCat(" (", args[i].name, ")"),
                   ": expected ", want.ToString(), ", got ", types[i].ToString());
    }
  }
  return OkStatus();
}

int64_t Program::arena_size() const { return impl_->plan.arena_bytes; }

void Program::UseArena(void* arena) {
  CHECK(reinterpret_cast<uintptr_t>(arena) % 64 == 0, "arena must be 64-byte aligned");
  impl_->arena = static_cast<uint8_t*>(arena);
  std::vector<uint8_t>().swap(impl_->arena_storage);
}

std::string Program::ProfileReport() const {
  std::vector<std::pair<std::string, std::pair<double, int64_t>>> rows(
      impl_->profile_by_kind.begin(), impl_->profile_by_kind.end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
  double total = 0;
  for (const auto& r : rows) total += r.second.first;
  std::string out;
  for (const auto& [name, t] : rows) {
    char line[160];
    std::snprintf(line, sizeof(line), "  %-34s %9.3f ms %5.1f%% %8lld steps\n", name.c_str(),
                  1e3 * t.first, total > 0 ? 100 * t.first / total : 0.0,
                  static_cast<long long>(t.second));
    out += line;
  }
  return out;
}

// Checks the argument list and points every value at its storage.
Status Program::SetPointers(std::span<void* const> args) {
  Impl& s = *impl_;
  const auto& fargs = s.function->args;
  if (args.size() != fargs.size())
    return Error("expected ", fargs.size(), " arguments, got ", args.size());
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == nullptr && s.module.type(fargs[i].value).bytes() > 0) {
      return Error("argument ", i, " (", fargs[i].name, ") is null");
    }
  }
  for (hlo::ValueId v : s.pointer_order) {
    const ValueStorage& st = s.plan.storage[v];
    switch (st.kind) {
      case StorageKind::kArg:
        s.ptr[v] = static_cast<const uint8_t*>(args[st.arg]);
        break;
      case StorageKind::kArena:
        s.ptr[v] = s.arena + st.offset;
        break;
      case StorageKind::kConstant:
        s.ptr[v] = st.constant;
        break;
      case StorageKind::kView:
        s.ptr[v] = s.ptr[st.root] + st.offset;
        break;
      case StorageKind::kFused:
        s.ptr[v] = nullptr;
        break;
    }
  }
  return OkStatus();
}

// The packed copy for step `index`, made or found when its weights' address
// differs from the last one it read.
static void RefreshPacked(std::shared_ptr<const PackedWeights>& packed, const void*& packed_from,
                          const DotPlan& plan, const void* rhs) {
  if (packed_from == rhs) return;
  packed = Packed(plan, rhs);
  packed_from = rhs;
}

Status Program::PackWeights(std::span<void* const> args) {
  RETURN_IF_ERROR(SetPointers(args));
  Impl& s = *impl_;
  for (size_t index = 0; index < s.plan.steps.size(); ++index) {
    const Step& step = s.plan.steps[index];
    if (!step.pack_rhs) continue;
    RefreshPacked(s.packed[index], s.packed_from[index], *step.dot, s.ptr[step.in_values[1]]);
  }
  return OkStatus();
}

Result<std::vector<const void*>> Program::Run(std::span<void* const> args) {
  RETURN_IF_ERROR(SetPointers(args));
  Impl& s = *impl_;
  const auto& fargs = s.function->args;
  for (size_t index = 0; index < s.plan.steps.size(); ++index) {
    Step& step = s.plan.steps[index];
    for (size_t i = 0; i < step.in.size(); ++i) step.in[i].data = s.ptr[step.in_values[i]];
    for (size_t i = 0; i < step.out.size(); ++i)
      step.out[i].data = const_cast<uint8_t*>(s.ptr[step.out_values[i]]);
    auto t0 =
        s.profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
    if (step.pack_rhs) {
      RefreshPacked(s.packed[index], s.packed_from[index], *step.dot, step.in[1].data);
      RunDotPacked(*step.dot, step.in[0].data, s.packed[index]->data,
                   static_cast<float*>(step.out[0].data), *s.pool);
    } else if (step.kind == StepKind::kFusedChain) {
      RunFusedChain(*step.chain, s.module, step.in, step.out[0]);
    } else if (step.kind == StepKind::kSoftmax) {
      const hlo::TensorType& type = *step.out[0].type;
      const int64_t n = type.dims.back();
      SoftmaxRows(static_cast<const float*>(step.in[0].data),
                  *static_cast<const float*>(step.in[1].data),
                  *static_cast<const float*>(step.in[2].data), n > 0 ? type.num_elements() / n : 0,
                  n, static_cast<float*>(step.out[0].data), *s.pool);
    } else if (step.kind == StepKind::kDot) {
      const int64_t need = DotScratchFloats(*step.dot);
      RunDot(*step.dot, step.in[0].data, step.in[1].data, static_cast<float*>(step.out[0].data),
             *s.pool,
             need > 0 && need <= static_cast<int64_t>(s.dot_scratch.size()) ? s.dot_scratch.data()
                                                                            : nullptr);
    } else if (const ElementwiseSplit& split = s.splits[index]; split.parts > 0) {
      const size_t nin = step.in.size();
      s.pool->ParallelFor(split.parts, [&](int64_t first, int64_t last) {
        for (int64_t p = first; p < last; ++p) {
          const int64_t at = split.begin[static_cast<size_t>(p)];
          ConstView in[kMaxSplitOperands];
          for (size_t i = 0; i < nin; ++i) {
            in[i].type = &split.in_types[static_cast<size_t>(p) * nin + i];
            in[i].data = static_cast<const uint8_t*>(step.in[i].data) +
                         at * hlo::ElementBytes(step.in[i].type->element);
          }
          MutView out{&split.out_types[static_cast<size_t>(p)],
                      static_cast<uint8_t*>(step.out[0].data) +
                          at * hlo::ElementBytes(step.out[0].type->element)};
          EvalReference(*step.op, s.module, std::span<const ConstView>(in, nin),
                        std::span<const MutView>(&out, 1));
        }
      });
    } else {
      EvalReference(*step.op, s.module, step.in, step.out);
    }
    if (s.profile) {
      std::string key(hlo::OpName(step.op->code));
      if (step.kind == StepKind::kDot) {
        const DotPlan& d = *step.dot;
        key = StrCat("dot ", d.batch, "x[", d.rows, "x", d.depth, "]x[", d.cols, "x", d.depth, "]",
                     d.contiguous_k ? "" : " strided", " ",
                     d.lhs_type == hlo::ElementType::kF32
                         ? ""
                         : StrCat(hlo::ElementTypeName(d.lhs_type), " x "),
                     hlo::ElementTypeName(d.rhs_type),
                     step.pack_rhs ? " packed" : "");
      }
      if (step.kind == StepKind::kSoftmax) key = "softmax (fused)";
      if (step.kind == StepKind::kFusedChain) key = "elementwise chain (fused)";
      auto& entry = s.profile_by_kind[key];
      entry.first += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      ++entry.second;
    }
  }
  for (size_t k = 0; k < s.plan.results.size(); ++k) s.results[k] = s.ptr[s.plan.results[k]];
  for (const Plan::StagedResult& st : s.plan.staged) {
    uint8_t* dst = s.arena + st.offset;
    std::memcpy(dst, s.results[st.result],
                static_cast<size_t>(s.module.type(s.plan.results[st.result]).bytes()));
    s.results[st.result] = dst;
  }
  for (size_t a = 0; a < fargs.size(); ++a) {
    if (!fargs[a].aliasing_output) continue;
    size_t k = static_cast<size_t>(*fargs[a].aliasing_output);
    if (s.results[k] != args[a]) {
      std::memmove(args[a], s.results[k],
                   static_cast<size_t>(s.module.type(fargs[a].value).bytes()));
      s.results[k] = args[a];
    }
  }
  return s.results;
}

}  // namespace hf2hlo::exec
