#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>

#include "exec/exec.h"
#include "exec/plan.h"

namespace hf2hlo::exec {

struct Program::Impl {
  hlo::Module module;
  const hlo::Function* function = nullptr;
  Plan plan;
  std::vector<uint8_t> arena_storage;
  uint8_t* arena = nullptr;
  std::vector<const uint8_t*> ptr;          // by ValueId, refreshed per run
  std::vector<hlo::ValueId> pointer_order;  // values in definition order
  std::vector<const void*> results;
  std::unique_ptr<ThreadPool> pool;
  bool profile = false;
  std::map<std::string, std::pair<double, int64_t>> profile_by_kind;  // seconds, steps
};

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
  s.pool = std::make_unique<ThreadPool>(options.num_threads);
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

Result<std::vector<const void*>> Program::Run(std::span<void* const> args) {
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
  for (Step& step : s.plan.steps) {
    for (size_t i = 0; i < step.in.size(); ++i) step.in[i].data = s.ptr[step.in_values[i]];
    for (size_t i = 0; i < step.out.size(); ++i)
      step.out[i].data = const_cast<uint8_t*>(s.ptr[step.out_values[i]]);
    auto t0 =
        s.profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
    if (step.kind == StepKind::kDot) {
      RunDot(*step.dot, step.in[0].data, step.in[1].data, static_cast<float*>(step.out[0].data),
             *s.pool);
    } else {
      EvalReference(*step.op, s.module, step.in, step.out);
    }
    if (s.profile) {
      std::string key(hlo::OpName(step.op->code));
      if (step.kind == StepKind::kDot) {
        const DotPlan& d = *step.dot;
        key = StrCat("dot ", d.batch, "x[", d.rows, "x", d.depth, "]x[", d.cols, "x", d.depth, "]",
                     d.contiguous_k ? "" : " strided", " ", hlo::ElementTypeName(d.rhs_type));
      }
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
