// Reference kernels: dot_general and reduce (with a small interpreter for the
// reducer region).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "exec/kernels.h"
#include "exec/reference_scalar.h"
#include "exec/reference_util.h"

namespace hf2hlo::exec::ref {
namespace {

using hlo::OpCode;

bool Contains(const std::vector<int64_t>& v, int64_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// Offsets (in elements) of every index of the sub-space spanned by `axes` of
// a tensor with `dims`/`strides`, in row-major order of the axes as listed.
std::vector<int64_t> SubspaceOffsets(std::span<const int64_t> axes, std::span<const int64_t> dims,
                                     std::span<const int64_t> strides) {
  std::vector<int64_t> offsets;
  ForEachOffset(axes, dims, strides, [&](int64_t o) { offsets.push_back(o); });
  return offsets;
}

std::vector<int64_t> FreeAxes(size_t rank, const std::vector<int64_t>& batch,
                              const std::vector<int64_t>& contracting) {
  std::vector<int64_t> free;
  for (int64_t d = 0; d < static_cast<int64_t>(rank); ++d) {
    if (!Contains(batch, d) && !Contains(contracting, d)) free.push_back(d);
  }
  return free;
}

struct DotPlan {
  std::vector<int64_t> lb, rb, lf, rf, lk, rk;  // offsets: batch, free, contracting
};

// Accumulation: if either operand is a float type, products and sums are
// computed in double (products of f32 or narrower values are exact) and the
// sum is rounded once to the result type; otherwise in 64-bit two's
// complement (wrapping), then converted to the result type. Terms are added
// in row-major order of the contracting dims, as listed in
// lhs_contracting_dimensions, starting from 0.
template <typename L, typename R, typename Acc>
void DotLoop(const DotPlan& p, const ConstView& lhs, const ConstView& rhs, std::vector<Acc>& acc) {
  const auto* l = static_cast<const typename L::Storage*>(lhs.data);
  const auto* r = static_cast<const typename R::Storage*>(rhs.data);
  size_t o = 0;
  for (size_t b = 0; b < p.lb.size(); ++b) {
    for (int64_t lf : p.lf) {
      for (int64_t rf : p.rf) {
        const auto* lp = l + p.lb[b] + lf;
        const auto* rp = r + p.rb[b] + rf;
        Acc sum = 0;
        for (size_t k = 0; k < p.lk.size(); ++k) {
          auto x = L::Load(lp[p.lk[k]]);
          auto y = R::Load(rp[p.rk[k]]);
          if constexpr (std::is_same_v<Acc, double>) {
            sum += static_cast<double>(x) * static_cast<double>(y);
          } else {
            sum += static_cast<uint64_t>(static_cast<int64_t>(x)) *
                   static_cast<uint64_t>(static_cast<int64_t>(y));
          }
        }
        acc[o++] = sum;
      }
    }
  }
}

// Src: the accumulator's traits (f64, i64, or ui64 when both operands are
// unsigned).
template <typename Src, typename Acc>
void StoreAcc(const std::vector<Acc>& acc, const MutView& out) {
  Dispatch(out.type->element, [&](auto t) {
    using T = decltype(t);
    auto* y = static_cast<typename T::Storage*>(out.data);
    for (size_t i = 0; i < acc.size(); ++i) {
      y[i] = ConvertScalar<T, Src>(static_cast<typename Src::Compute>(acc[i]));
    }
  });
}

// ---- reduce ---------------------------------------------------------------

// Converting scalar copy (plain copy when the types match).
void CopyScalar(ElementType from, const void* src, ElementType to, void* dst) {
  if (from == to) {
    std::memcpy(dst, src, static_cast<size_t>(ElementBytes(to)));
    return;
  }
  Dispatch(from, [&](auto f) {
    using From = decltype(f);
    Dispatch(to, [&](auto t) {
      using To = decltype(t);
      *static_cast<typename To::Storage*>(dst) =
          ConvertScalar<To, From>(From::Load(*static_cast<const typename From::Storage*>(src)));
    });
  });
}

// Runs a region whose values live in one fixed buffer: set up once per
// reduce, then evaluated per element without allocation.
class RegionRunner {
 public:
  RegionRunner(const hlo::Region& region, const hlo::Module& module)
      : region_(region), module_(module) {
    CHECK(!region.ops.empty() && region.ops.back().code == OpCode::kReturn,
          "region without return");
    int64_t size = 0;
    for (hlo::ValueId v : region.args) AddValue(v, size);
    for (size_t i = 0; i + 1 < region.ops.size(); ++i) {
      for (hlo::ValueId v : region.ops[i].results) AddValue(v, size);
    }
    storage_.assign(static_cast<size_t>(size) + 1, 0);
    size_t n_ops = region.ops.size() - 1;
    ins_.resize(n_ops);
    outs_.resize(n_ops);
    for (size_t i = 0; i < n_ops; ++i) {
      for (hlo::ValueId v : region.ops[i].operands) ins_[i].push_back({&module.type(v), Slot(v)});
      for (hlo::ValueId v : region.ops[i].results) outs_[i].push_back({&module.type(v), Slot(v)});
    }
    for (hlo::ValueId v : region.ops.back().operands) {
      rets_.push_back({&module.type(v), Slot(v)});
      ret_bytes_ +=
          8 * ((ElementBytes(module.type(v).element) * NumElements(module.type(v)) + 7) / 8);
    }
    ret_scratch_.assign(static_cast<size_t>(ret_bytes_ / 8) + 1, 0);
  }

  void* Arg(size_t i) { return Slot(region_.args[i]); }
  const hlo::TensorType& ArgType(size_t i) const { return module_.type(region_.args[i]); }

  // Runs the ops, then copies the returned values into args [0, N).
  void Run() {
    for (size_t i = 0; i < ins_.size(); ++i)
      EvalReference(region_.ops[i], module_, ins_[i], outs_[i]);
    auto* scratch = reinterpret_cast<uint8_t*>(ret_scratch_.data());
    int64_t at = 0;
    for (const ConstView& r : rets_) {
      int64_t b = ElementBytes(r.type->element) * NumElements(*r.type);
      std::memcpy(scratch + at, r.data, static_cast<size_t>(b));
      at += 8 * ((b + 7) / 8);
    }
    at = 0;
    for (size_t i = 0; i < rets_.size(); ++i) {
      int64_t b = ElementBytes(rets_[i].type->element) * NumElements(*rets_[i].type);
      CopyScalar(rets_[i].type->element, scratch + at, ArgType(i).element, Arg(i));
      at += 8 * ((b + 7) / 8);
    }
  }

 private:
  void AddValue(hlo::ValueId v, int64_t& size_words) {
    const hlo::TensorType& t = module_.type(v);
    ids_.push_back(v);
    offsets_.push_back(size_words);
    size_words += (ElementBytes(t.element) * NumElements(t) + 7) / 8;
  }
  void* Slot(hlo::ValueId v) {
    for (size_t i = 0; i < ids_.size(); ++i) {
      if (ids_[i] == v) return storage_.data() + offsets_[i];
    }
    CHECK(false, "reduce region uses a value defined outside it (id ", v, ")");
    return nullptr;
  }

  const hlo::Region& region_;
  const hlo::Module& module_;
  std::vector<hlo::ValueId> ids_;
  std::vector<int64_t> offsets_;  // in 8-byte words
  std::vector<uint64_t> storage_;
  std::vector<std::vector<ConstView>> ins_;
  std::vector<std::vector<MutView>> outs_;
  std::vector<ConstView> rets_;
  int64_t ret_bytes_ = 0;
  std::vector<uint64_t> ret_scratch_;
};

// The kept and reduced axes of a reduce, and the operand's shape.
struct ReduceAxes {
  std::span<const int64_t> dims, strides, kept, reduced;
};

// Reducer bodies that are one elementwise op of the two arguments, evaluated
// without the interpreter; same rounding (per step to the element type) and
// operand order as the region, so results are identical.

template <typename T>
bool TryFastReduce(const hlo::Op& op, const hlo::Module& module, const ConstView& in,
                   const ConstView& init, const MutView& out, const ReduceAxes& axes) {
  const hlo::Region& body = *op.body;
  if (body.args.size() != 2 || body.ops.size() != 2) return false;
  const hlo::Op& f = body.ops[0];
  const hlo::Op& ret = body.ops[1];
  if (f.operands.size() != 2 || f.results.size() != 1 || ret.code != OpCode::kReturn ||
      ret.operands.size() != 1 || ret.operands[0] != f.results[0]) {
    return false;
  }
  bool swapped;
  if (f.operands[0] == body.args[0] && f.operands[1] == body.args[1])
    swapped = false;
  else if (f.operands[0] == body.args[1] && f.operands[1] == body.args[0])
    swapped = true;
  else
    return false;
  for (hlo::ValueId v : {body.args[0], body.args[1], f.results[0]}) {
    if (module.type(v).element != T::kType || module.type(v).rank() != 0) return false;
  }
  using C = typename T::Compute;
  auto run = [&](auto fn) {
    const auto* x = static_cast<const typename T::Storage*>(in.data);
    auto* y = static_cast<typename T::Storage*>(out.data);
    const typename T::Storage init_value = *static_cast<const typename T::Storage*>(init.data);
    int64_t o = 0;
    ForEachOffset(axes.kept, axes.dims, axes.strides, [&](int64_t base) {
      typename T::Storage acc = init_value;
      const auto* row = x + base;
      ForEachOffset(axes.reduced, axes.dims, axes.strides, [&](int64_t r) {
        C a = T::Load(acc), b = T::Load(row[r]);
        acc = T::Store(swapped ? fn(b, a) : fn(a, b));
      });
      y[o++] = acc;
    });
    return true;
  };
  switch (f.code) {
    case OpCode::kAdd:
      return run([](C a, C b) { return Add<T>(a, b); });
    case OpCode::kMultiply:
      return run([](C a, C b) { return Multiply<T>(a, b); });
    case OpCode::kMaximum:
      return run([](C a, C b) { return Maximum<T>(a, b); });
    case OpCode::kMinimum:
      return run([](C a, C b) { return Minimum<T>(a, b); });
    case OpCode::kAnd:
      if constexpr (!T::kIsFloat) return run([](C a, C b) { return And<T>(a, b); });
      return false;
    case OpCode::kOr:
      if constexpr (!T::kIsFloat) return run([](C a, C b) { return Or<T>(a, b); });
      return false;
    default:
      return false;
  }
}

}  // namespace

void EvalDotGeneral(const hlo::Op& op, const hlo::Module&, std::span<const ConstView> in,
                    std::span<const MutView> outs) {
  const MutView& out = outs[0];
  const hlo::DotDimensions& dd = op.dot;
  const auto& ld = in[0].type->dims;
  const auto& rd = in[1].type->dims;
  const Dims ls = Strides(ld), rs = Strides(rd);
  DotPlan p;
  p.lb = SubspaceOffsets(dd.lhs_batch, ld, ls);
  p.rb = SubspaceOffsets(dd.rhs_batch, rd, rs);
  p.lf = SubspaceOffsets(FreeAxes(ld.size(), dd.lhs_batch, dd.lhs_contracting), ld, ls);
  p.rf = SubspaceOffsets(FreeAxes(rd.size(), dd.rhs_batch, dd.rhs_contracting), rd, rs);
  p.lk = SubspaceOffsets(dd.lhs_contracting, ld, ls);
  p.rk = SubspaceOffsets(dd.rhs_contracting, rd, rs);
  CHECK(p.lb.size() == p.rb.size() && p.lk.size() == p.rk.size(), "dot_general dimension sizes");
  size_t n = p.lb.size() * p.lf.size() * p.rf.size();
  CHECK(static_cast<int64_t>(n) == NumElements(*out.type), "dot_general result size");
  Dispatch(in[0].type->element, [&](auto l) {
    using L = decltype(l);
    Dispatch(in[1].type->element, [&](auto r) {
      using R = decltype(r);
      if constexpr (L::kIsFloat || R::kIsFloat) {
        std::vector<double> acc(n);
        DotLoop<L, R>(p, in[0], in[1], acc);
        StoreAcc<Traits<ElementType::kF64>>(acc, out);
      } else {
        std::vector<uint64_t> acc(n);
        DotLoop<L, R>(p, in[0], in[1], acc);
        if constexpr ((L::kIsInt && !L::kIsSigned) && (R::kIsInt && !R::kIsSigned)) {
          StoreAcc<Traits<ElementType::kUI64>>(acc, out);
        } else {
          StoreAcc<Traits<ElementType::kI64>>(acc, out);
        }
      }
    });
  });
}

// Reduce with N inputs: operands [inputs..., inits...], N results. For each
// result element the accumulators start at the init values and the body is
// applied as body(acc..., element...) to the reduced elements one at a time,
// in row-major order over the reduced dimensions (ascending dimension order).
void EvalReduce(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                std::span<const MutView> out) {
  size_t n = out.size();
  CHECK(n >= 1 && in.size() == 2 * n && op.body != nullptr, "reduce arity");
  const auto& dims = in[0].type->dims;
  const Dims strides = Strides(dims);
  // Reduced axes ascending, then the kept ones (no allocation: these kernels
  // run on every decode step).
  Dims reduced_axes(op.dims.size()), kept_axes(dims.size() - std::min(dims.size(), op.dims.size()));
  std::copy(op.dims.begin(), op.dims.end(), reduced_axes.begin());
  std::sort(reduced_axes.begin(), reduced_axes.end());
  int64_t kept_count = 1;
  for (size_t d = 0, k = 0; d < dims.size(); ++d) {
    if (std::find(reduced_axes.begin(), reduced_axes.end(), static_cast<int64_t>(d)) !=
        reduced_axes.end())
      continue;
    CHECK(k < kept_axes.size(), "reduce dimensions repeat");
    kept_axes[k++] = static_cast<int64_t>(d);
    kept_count *= dims[d];
  }
  CHECK(kept_count == NumElements(*out[0].type), "reduce result size");
  if (NumElements(*out[0].type) == 0) return;
  const ReduceAxes axes{dims, strides, kept_axes, reduced_axes};

  if (n == 1 && in[0].type->element == out[0].type->element &&
      in[1].type->element == out[0].type->element) {
    bool done = Dispatch(out[0].type->element, [&](auto t) {
      return TryFastReduce<decltype(t)>(op, module, in[0], in[1], out[0], axes);
    });
    if (done) return;
  }
  const std::vector<int64_t> bases = SubspaceOffsets(kept_axes, dims, strides);
  const std::vector<int64_t> reduced = SubspaceOffsets(reduced_axes, dims, strides);

  RegionRunner runner(*op.body, module);
  CHECK(op.body->args.size() == 2 * n, "reduce body arity");
  for (size_t o = 0; o < bases.size(); ++o) {
    for (size_t j = 0; j < n; ++j) {
      CopyScalar(in[n + j].type->element, in[n + j].data, runner.ArgType(j).element, runner.Arg(j));
    }
    for (int64_t r : reduced) {
      for (size_t j = 0; j < n; ++j) {
        ElementType e = in[j].type->element;
        const auto* src =
            static_cast<const uint8_t*>(in[j].data) + (bases[o] + r) * ElementBytes(e);
        CopyScalar(e, src, runner.ArgType(n + j).element, runner.Arg(n + j));
      }
      runner.Run();
    }
    for (size_t j = 0; j < n; ++j) {
      ElementType e = out[j].type->element;
      auto* dst = static_cast<uint8_t*>(out[j].data) + static_cast<int64_t>(o) * ElementBytes(e);
      CopyScalar(runner.ArgType(j).element, runner.Arg(j), e, dst);
    }
  }
}

}  // namespace hf2hlo::exec::ref
