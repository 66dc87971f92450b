// Reference kernels: elementwise unary/binary ops, compare, select, clamp,
// convert and iota. The element type is switched once, outside each loop.
#include <cmath>
#include <cstdint>

#include "exec/kernels.h"
#include "exec/reference_scalar.h"
#include "exec/reference_util.h"

namespace hf2hlo::exec::ref {
namespace {

using hlo::OpCode;

template <typename T>
const typename T::Storage* In(const ConstView& v) {
  return static_cast<const typename T::Storage*>(v.data);
}
template <typename T>
typename T::Storage* Out(const MutView& v) {
  return static_cast<typename T::Storage*>(v.data);
}

template <typename T, typename F>
void MapUnary(const ConstView& in, const MutView& out, F f) {
  const auto* x = In<T>(in);
  auto* y = Out<T>(out);
  int64_t n = NumElements(*out.type);
  for (int64_t i = 0; i < n; ++i) y[i] = T::Store(f(T::Load(x[i])));
}

template <typename T, typename F>
void MapBinary(const ConstView& a, const ConstView& b, const MutView& out, F f) {
  const auto* x = In<T>(a);
  const auto* z = In<T>(b);
  auto* y = Out<T>(out);
  int64_t n = NumElements(*out.type);
  for (int64_t i = 0; i < n; ++i) y[i] = T::Store(f(T::Load(x[i]), T::Load(z[i])));
}

[[noreturn]] void NotApplicable(const hlo::Op& op, ElementType type) {
  CHECK(false, hlo::OpName(op.code), " is not defined on element type ", static_cast<int>(type));
  __builtin_unreachable();
}

template <typename T>
void Unary(const hlo::Op& op, const ConstView& in, const MutView& out) {
  using C = typename T::Compute;
  // Transcendental and rounding ops: floats only.
  auto flt = [&](auto f) {
    if constexpr (T::kIsFloat)
      MapUnary<T>(in, out, f);
    else
      NotApplicable(op, T::kType);
  };
  switch (op.code) {
    case OpCode::kAbs:
      if constexpr (T::kIsFloat)
        return MapUnary<T>(in, out, [](C x) { return std::fabs(x); });
      else if constexpr (T::kIsSigned)
        return MapUnary<T>(in, out, [](C x) { return x < 0 ? WrapSub(C{0}, x) : x; });
      else
        return MapUnary<T>(in, out, [](C x) { return x; });
    case OpCode::kNegate:
      if constexpr (T::kIsFloat)
        return MapUnary<T>(in, out, [](C x) { return -x; });
      else if constexpr (T::kIsInt)
        return MapUnary<T>(in, out, [](C x) { return WrapSub(C{0}, x); });
      else
        NotApplicable(op, T::kType);
    case OpCode::kNot:
      if constexpr (T::kIsBool)
        return MapUnary<T>(in, out, [](C x) { return !x; });
      else if constexpr (T::kIsInt)
        return MapUnary<T>(in, out, [](C x) { return static_cast<C>(~x); });
      else
        NotApplicable(op, T::kType);
    case OpCode::kSign:
      if constexpr (T::kIsFloat) {
        return MapUnary<T>(
            in, out, [](C x) { return (std::isnan(x) || x == 0) ? x : std::copysign(C(1), x); });
      } else if constexpr (T::kIsSigned) {
        return MapUnary<T>(in, out, [](C x) { return static_cast<C>((x > 0) - (x < 0)); });
      } else {
        return MapUnary<T>(in, out, [](C x) { return static_cast<C>(x != 0); });
      }
    case OpCode::kCeil:
      return flt([](auto x) { return std::ceil(x); });
    case OpCode::kFloor:
      return flt([](auto x) { return std::floor(x); });
    case OpCode::kRoundNearestEven:
      return flt([](auto x) { return RoundNearestEven(x); });
    case OpCode::kCosine:
      return flt([](auto x) { return std::cos(x); });
    case OpCode::kSine:
      return flt([](auto x) { return std::sin(x); });
    case OpCode::kTanh:
      return flt([](auto x) { return std::tanh(x); });
    case OpCode::kExponential:
      if constexpr (T::kType == ElementType::kF32)
        return ExpF32Array(In<T>(in), Out<T>(out), NumElements(*out.type));
      return flt([](auto x) { return std::exp(x); });
    case OpCode::kLog:
      return flt([](auto x) { return std::log(x); });
    case OpCode::kLogPlusOne:
      return flt([](auto x) { return std::log1p(x); });
    case OpCode::kSqrt:
      return flt([](auto x) { return std::sqrt(x); });
    case OpCode::kRsqrt:
      return flt([](auto x) { return decltype(x)(1) / std::sqrt(x); });
    case OpCode::kLogistic:
      if constexpr (T::kType == ElementType::kF32)
        return LogisticF32Array(In<T>(in), Out<T>(out), NumElements(*out.type));
      return flt([](auto x) { return decltype(x)(1) / (decltype(x)(1) + std::exp(-x)); });
    default:
      CHECK(false, "no unary reference kernel for ", hlo::OpName(op.code));
  }
}

template <typename T>
void Binary(const hlo::Op& op, const ConstView& a, const ConstView& b, const MutView& out) {
  using C = typename T::Compute;
  auto map = [&](auto f) { MapBinary<T>(a, b, out, f); };
  auto ints = [&](auto f) {
    if constexpr (T::kIsInt)
      MapBinary<T>(a, b, out, f);
    else
      NotApplicable(op, T::kType);
  };
  switch (op.code) {
    case OpCode::kAdd:
      return map([](C x, C y) { return Add<T>(x, y); });
    case OpCode::kSubtract:
      return map([](C x, C y) { return Subtract<T>(x, y); });
    case OpCode::kMultiply:
      return map([](C x, C y) { return Multiply<T>(x, y); });
    case OpCode::kDivide:
      return map([](C x, C y) { return Divide<T>(x, y); });
    case OpCode::kRemainder:
      return map([](C x, C y) { return Remainder<T>(x, y); });
    case OpCode::kMaximum:
      return map([](C x, C y) { return Maximum<T>(x, y); });
    case OpCode::kMinimum:
      return map([](C x, C y) { return Minimum<T>(x, y); });
    case OpCode::kPower:
      return map([](C x, C y) { return Power<T>(x, y); });
    case OpCode::kAnd:
      if constexpr (T::kIsFloat)
        NotApplicable(op, T::kType);
      else
        return map([](C x, C y) { return And<T>(x, y); });
    case OpCode::kOr:
      if constexpr (T::kIsFloat)
        NotApplicable(op, T::kType);
      else
        return map([](C x, C y) { return Or<T>(x, y); });
    case OpCode::kXor:
      if constexpr (T::kIsFloat)
        NotApplicable(op, T::kType);
      else
        return map([](C x, C y) { return Xor<T>(x, y); });
    case OpCode::kShiftLeft:
      return ints([](auto x, auto y) { return ShiftLeft<T>(x, y); });
    case OpCode::kShiftRightLogical:
      return ints([](auto x, auto y) { return ShiftRightLogical<T>(x, y); });
    case OpCode::kShiftRightArithmetic:
      return ints([](auto x, auto y) { return ShiftRightArithmetic<T>(x, y); });
    default:
      CHECK(false, "no binary reference kernel for ", hlo::OpName(op.code));
  }
}

// Key whose signed integer order is the IEEE total order:
// -NaN < -Inf < ... < -0 < +0 < ... < +Inf < +NaN.
inline int64_t TotalOrderKey(float f) {
  int32_t b = static_cast<int32_t>(FloatToBits(f));
  return b < 0 ? (b ^ 0x7FFFFFFF) : b;
}
inline int64_t TotalOrderKey(double d) {
  int64_t b;
  std::memcpy(&b, &d, 8);
  return b < 0 ? (b ^ INT64_MAX) : b;
}

template <typename V>
bool Ordered(hlo::ComparisonDirection dir, V x, V y) {
  switch (dir) {
    case hlo::ComparisonDirection::kEq:
      return x == y;
    case hlo::ComparisonDirection::kNe:
      return x != y;
    case hlo::ComparisonDirection::kGe:
      return x >= y;
    case hlo::ComparisonDirection::kGt:
      return x > y;
    case hlo::ComparisonDirection::kLe:
      return x <= y;
    case hlo::ComparisonDirection::kLt:
      return x < y;
  }
  return false;
}

template <typename T>
void Compare(const hlo::Op& op, const ConstView& a, const ConstView& b, const MutView& out) {
  const auto* x = In<T>(a);
  const auto* z = In<T>(b);
  auto* y = static_cast<uint8_t*>(out.data);
  int64_t n = NumElements(*out.type);
  hlo::ComparisonDirection dir = op.direction;
  if constexpr (T::kIsFloat) {
    if (op.compare_type == hlo::ComparisonType::kTotalOrder) {
      for (int64_t i = 0; i < n; ++i) {
        y[i] = Ordered(dir, TotalOrderKey(T::Load(x[i])), TotalOrderKey(T::Load(z[i]))) ? 1 : 0;
      }
      return;
    }
  }
  // IEEE comparison for floats (NaN: only NE is true); integers and i1 by
  // value in their own signedness.
  for (int64_t i = 0; i < n; ++i) y[i] = Ordered(dir, T::Load(x[i]), T::Load(z[i])) ? 1 : 0;
}

// Reads element i of a tensor that is either 0-d (broadcast) or full size.
template <typename T>
struct Operand {
  const typename T::Storage* p;
  bool scalar;
  typename T::Storage operator[](int64_t i) const { return p[scalar ? 0 : i]; }
};

template <typename T>
Operand<T> MakeOperand(const ConstView& v) {
  return {In<T>(v), v.type->rank() == 0};
}

template <typename T>
void Select(std::span<const ConstView> in, const MutView& out) {
  Operand<Traits<ElementType::kI1>> pred = MakeOperand<Traits<ElementType::kI1>>(in[0]);
  const auto* t = In<T>(in[1]);
  const auto* f = In<T>(in[2]);
  auto* y = Out<T>(out);
  int64_t n = NumElements(*out.type);
  for (int64_t i = 0; i < n; ++i) y[i] = pred[i] ? t[i] : f[i];
}

template <typename T>
void Clamp(std::span<const ConstView> in, const MutView& out) {
  Operand<T> lo = MakeOperand<T>(in[0]);
  const auto* x = In<T>(in[1]);
  Operand<T> hi = MakeOperand<T>(in[2]);
  auto* y = Out<T>(out);
  int64_t n = NumElements(*out.type);
  for (int64_t i = 0; i < n; ++i) {
    y[i] = T::Store(Minimum<T>(Maximum<T>(T::Load(x[i]), T::Load(lo[i])), T::Load(hi[i])));
  }
}

}  // namespace

void EvalElementwise(const hlo::Op& op, const hlo::Module&, std::span<const ConstView> in,
                     std::span<const MutView> outs) {
  const MutView& out = outs[0];
  switch (hlo::GetOpInfo(op.code).category) {
    case hlo::OpCategory::kUnaryElementwise:
      return Dispatch(out.type->element, [&](auto t) { Unary<decltype(t)>(op, in[0], out); });
    case hlo::OpCategory::kBinaryElementwise:
      return Dispatch(out.type->element,
                      [&](auto t) { Binary<decltype(t)>(op, in[0], in[1], out); });
    case hlo::OpCategory::kCompare:
      return Dispatch(in[0].type->element,
                      [&](auto t) { Compare<decltype(t)>(op, in[0], in[1], out); });
    case hlo::OpCategory::kTernaryElementwise:
      if (op.code == OpCode::kSelect)
        return Dispatch(out.type->element, [&](auto t) { Select<decltype(t)>(in, out); });
      if (op.code == OpCode::kClamp)
        return Dispatch(out.type->element, [&](auto t) { Clamp<decltype(t)>(in, out); });
      break;
    default:
      break;
  }
  CHECK(false, "no elementwise reference kernel for ", hlo::OpName(op.code));
}

void EvalConvert(const hlo::Op&, const hlo::Module&, std::span<const ConstView> ins,
                 std::span<const MutView> outs) {
  const ConstView& in = ins[0];
  const MutView& out = outs[0];
  int64_t n = NumElements(*out.type);
  Dispatch(in.type->element, [&](auto from) {
    using From = decltype(from);
    Dispatch(out.type->element, [&](auto to) {
      using To = decltype(to);
      const auto* x = In<From>(in);
      auto* y = Out<To>(out);
      if constexpr (From::kType == ElementType::kF32 && To::kType == ElementType::kBF16) {
        // The one rounding ConvertScalar makes, without its detour through
        // f64 (exact for an f32 source): the rounding of a bf16-matmul
        // program's activations, 211 times a SmolLM2 step.
        for (int64_t i = 0; i < n; ++i) y[i] = F32ToBF16(x[i]);
        return;
      }
      for (int64_t i = 0; i < n; ++i) y[i] = ConvertScalar<To, From>(From::Load(x[i]));
    });
  });
}

void EvalIota(const hlo::Op& op, const hlo::Module&, std::span<const ConstView>,
              std::span<const MutView> outs) {
  const MutView& out = outs[0];
  const hlo::TensorType& type = *out.type;
  CHECK(op.dims.size() == 1 && op.dims[0] >= 0 && op.dims[0] < type.rank(), "iota dimension");
  int64_t dim = op.dims[0];
  int64_t size = type.dims[static_cast<size_t>(dim)];
  int64_t inner = Strides(type.dims)[static_cast<size_t>(dim)];
  int64_t n = NumElements(type);
  Dispatch(type.element, [&](auto t) {
    using T = decltype(t);
    auto* y = Out<T>(out);
    for (int64_t i = 0; i < n; ++i) {
      int64_t v = (i / inner) % size;
      y[i] = ConvertScalar<T, Traits<ElementType::kI64>>(v);
    }
  });
}

}  // namespace hf2hlo::exec::ref
