// Private helpers of the reference kernels (src/exec/reference*.cc): element
// traits with a compile-time type switch, f16/bf16 rounding, shape helpers.
// Nothing here depends on the hlo library's out-of-line functions, so
// exec_reference links with base only.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <type_traits>
#include <vector>

#include "base/base.h"
#include "exec/kernels.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec::ref {

using hlo::ElementBytes;
using hlo::ElementType;

// ---- f16 / bf16 -------------------------------------------------------------

// f64 -> f32 rounding to odd (truncate, then set the last bit if inexact).
// Rounding that to a format with at least 2 fewer mantissa bits (f16, bf16)
// with ties-to-even equals rounding the f64 directly: no double rounding.
inline float F64ToF32RoundOdd(double d) {
  if (std::isnan(d)) return static_cast<float>(d);
  float f = static_cast<float>(d);
  if (static_cast<double>(f) == d) return f;
  if (std::isinf(f)) {
    f = std::copysign(std::numeric_limits<float>::max(), static_cast<float>(d));
  } else if (std::fabs(static_cast<double>(f)) > std::fabs(d)) {
    f = std::nextafter(f, 0.0f);
  }
  return BitsToFloat(FloatToBits(f) | 1u);
}

// ---- element traits ---------------------------------------------------------
//
// Storage: the C++ type in memory. Compute: the type arithmetic uses (f16 and
// bf16 compute in float and round back). i1 is one byte, 0 or 1, computed as
// bool.

template <ElementType E, typename S, typename C>
struct TraitsBase {
  static constexpr ElementType kType = E;
  using Storage = S;
  using Compute = C;
  static constexpr bool kIsFloat = std::is_floating_point_v<C>;
  static constexpr bool kIsBool = std::is_same_v<C, bool>;
  static constexpr bool kIsInt = std::is_integral_v<C> && !kIsBool;
  static constexpr bool kIsSigned = kIsInt && std::is_signed_v<C>;
};

template <ElementType E>
struct Traits;

#define HF2HLO_INT_TRAITS(E, T)            \
  template <>                              \
  struct Traits<E> : TraitsBase<E, T, T> { \
    static T Load(T s) { return s; }       \
    static T Store(T c) { return c; }      \
  };
HF2HLO_INT_TRAITS(ElementType::kI8, int8_t)
HF2HLO_INT_TRAITS(ElementType::kI16, int16_t)
HF2HLO_INT_TRAITS(ElementType::kI32, int32_t)
HF2HLO_INT_TRAITS(ElementType::kI64, int64_t)
HF2HLO_INT_TRAITS(ElementType::kUI8, uint8_t)
HF2HLO_INT_TRAITS(ElementType::kUI16, uint16_t)
HF2HLO_INT_TRAITS(ElementType::kUI32, uint32_t)
HF2HLO_INT_TRAITS(ElementType::kUI64, uint64_t)
#undef HF2HLO_INT_TRAITS

template <>
struct Traits<ElementType::kI1> : TraitsBase<ElementType::kI1, uint8_t, bool> {
  static bool Load(uint8_t s) { return s != 0; }
  static uint8_t Store(bool c) { return c ? 1 : 0; }
};
template <>
struct Traits<ElementType::kF32> : TraitsBase<ElementType::kF32, float, float> {
  static float Load(float s) { return s; }
  static float Store(float c) { return c; }
  static float FromDouble(double d) { return static_cast<float>(d); }
};
template <>
struct Traits<ElementType::kF64> : TraitsBase<ElementType::kF64, double, double> {
  static double Load(double s) { return s; }
  static double Store(double c) { return c; }
  static double FromDouble(double d) { return d; }
};
template <>
struct Traits<ElementType::kF16> : TraitsBase<ElementType::kF16, uint16_t, float> {
  static float Load(uint16_t s) { return F16ToF32(s); }
  static uint16_t Store(float c) { return F32ToF16(c); }
  static uint16_t FromDouble(double d) { return F32ToF16(F64ToF32RoundOdd(d)); }
};
template <>
struct Traits<ElementType::kBF16> : TraitsBase<ElementType::kBF16, uint16_t, float> {
  static float Load(uint16_t s) { return BF16ToF32(s); }
  static uint16_t Store(float c) { return F32ToBF16(c); }
  static uint16_t FromDouble(double d) { return F32ToBF16(F64ToF32RoundOdd(d)); }
};

// Calls f(Traits<type>{}) with the element type as a compile-time tag.
template <typename F>
decltype(auto) Dispatch(ElementType type, F&& f) {
  switch (type) {
    case ElementType::kI1:
      return f(Traits<ElementType::kI1>{});
    case ElementType::kI8:
      return f(Traits<ElementType::kI8>{});
    case ElementType::kI16:
      return f(Traits<ElementType::kI16>{});
    case ElementType::kI32:
      return f(Traits<ElementType::kI32>{});
    case ElementType::kI64:
      return f(Traits<ElementType::kI64>{});
    case ElementType::kUI8:
      return f(Traits<ElementType::kUI8>{});
    case ElementType::kUI16:
      return f(Traits<ElementType::kUI16>{});
    case ElementType::kUI32:
      return f(Traits<ElementType::kUI32>{});
    case ElementType::kUI64:
      return f(Traits<ElementType::kUI64>{});
    case ElementType::kF16:
      return f(Traits<ElementType::kF16>{});
    case ElementType::kBF16:
      return f(Traits<ElementType::kBF16>{});
    case ElementType::kF32:
      return f(Traits<ElementType::kF32>{});
    case ElementType::kF64:
      return f(Traits<ElementType::kF64>{});
  }
  CHECK(false, "bad element type ", static_cast<int>(type));
  __builtin_unreachable();
}

// ---- conversion ---------------------------------------------------------------
//
// Convert semantics (one scalar): to i1: value != 0 (NaN -> true). Integer to
// integer: two's complement wrap. Float to integer: truncation toward zero,
// saturating to the target's range; NaN -> 0. Integer or float to float:
// round to nearest, ties to even (f64 -> f16/bf16 rounds once). i1 -> number:
// 1 / 0.
template <typename To, typename From>
typename To::Storage ConvertScalar(typename From::Compute x) {
  using C = typename To::Compute;
  if constexpr (To::kIsBool) {
    return To::Store(x != 0);
  } else if constexpr (From::kIsBool) {
    return To::Store(static_cast<C>(x ? 1 : 0));
  } else if constexpr (To::kIsFloat) {
    if constexpr (To::kType == ElementType::kF32 || To::kType == ElementType::kF64) {
      return static_cast<C>(x);  // one rounding from any source
    } else {
      // Exact for float sources and integers below 2^53.
      return To::FromDouble(static_cast<double>(x));
    }
  } else if constexpr (From::kIsFloat) {  // float -> integer
    double d = static_cast<double>(x);
    if (std::isnan(d)) return 0;
    d = std::trunc(d);
    constexpr C kMin = std::numeric_limits<C>::min();
    constexpr C kMax = std::numeric_limits<C>::max();
    if (d <= static_cast<double>(kMin)) return kMin;
    // (double)kMax rounds up to 2^N for 64-bit types, so >= is the right test.
    if (d >= static_cast<double>(kMax)) return kMax;
    return static_cast<C>(d);
  } else {
    return static_cast<C>(x);  // integer -> integer: modular (C++20)
  }
}

// ---- shapes -----------------------------------------------------------------

inline int64_t NumElements(const hlo::TensorType& t) {
  int64_t n = 1;
  for (int64_t d : t.dims) n *= d;
  return n;
}

// A rank-sized list (strides, an index, start indices): the kernels run on
// every decode step, so up to kInline dimensions it lives on the stack.
class Dims {
 public:
  static constexpr size_t kInline = 8;
  Dims() = default;
  explicit Dims(size_t n, int64_t value = 0) : size_(n) {
    if (n > kInline) heap_.assign(n, value);
    for (size_t i = 0; i < std::min(n, kInline); ++i) inline_[i] = value;
  }
  size_t size() const { return size_; }
  int64_t* data() { return size_ > kInline ? heap_.data() : inline_; }
  const int64_t* data() const { return size_ > kInline ? heap_.data() : inline_; }
  int64_t& operator[](size_t i) { return data()[i]; }
  int64_t operator[](size_t i) const { return data()[i]; }
  int64_t* begin() { return data(); }
  int64_t* end() { return data() + size_; }
  const int64_t* begin() const { return data(); }
  const int64_t* end() const { return data() + size_; }
  operator std::span<const int64_t>() const { return {data(), size_}; }
  void push_back(int64_t value) {
    if (size_ < kInline) {
      inline_[size_++] = value;
      return;
    }
    if (size_ == kInline) heap_.assign(inline_, inline_ + kInline);
    heap_.push_back(value);
    ++size_;
  }

 private:
  size_t size_ = 0;
  int64_t inline_[kInline] = {};
  std::vector<int64_t> heap_;
};

// Row-major strides in elements.
inline Dims Strides(std::span<const int64_t> dims) {
  Dims s(dims.size(), 1);
  for (size_t i = dims.size(); i-- > 1;) s[i - 1] = s[i] * dims[i];
  return s;
}

// Calls f(offset) for the offset of every index of the sub-space spanned by
// `axes` of a tensor with these strides, in row-major order of the axes as
// listed (the last one innermost); f(0) once when there are no axes, never
// when one of them is empty. Allocates nothing up to Dims::kInline axes.
template <typename F>
void ForEachOffset(std::span<const int64_t> axes, std::span<const int64_t> dims,
                   std::span<const int64_t> strides, F&& f) {
  const size_t k = axes.size();
  if (k == 0) return f(int64_t{0});
  for (int64_t a : axes) {
    if (dims[static_cast<size_t>(a)] == 0) return;
  }
  const auto last = static_cast<size_t>(axes[k - 1]);
  const int64_t inner = dims[last], inner_stride = strides[last];
  Dims idx(k, 0);
  int64_t base = 0;
  for (;;) {
    for (int64_t i = 0; i < inner; ++i) f(base + i * inner_stride);
    size_t d = k - 1;
    for (;;) {
      if (d == 0) return;
      --d;
      const auto axis = static_cast<size_t>(axes[d]);
      base += strides[axis];
      if (++idx[d] < dims[axis]) break;
      base -= strides[axis] * dims[axis];
      idx[d] = 0;
    }
  }
}

// Element `i` of an integer tensor as int64; ui64 values above INT64_MAX
// saturate (they are only used as start indices, which get clamped).
int64_t ReadIndex(const ConstView& v, int64_t i);

// Copies out[idx] = in[offset + sum(idx[d] * in_strides[d])] for every index
// of out_dims in row-major order. Strides may be negative or zero.
void CopyStrided(const void* in, int64_t offset, std::span<const int64_t> in_strides,
                 std::span<const int64_t> out_dims, void* out, int64_t elem_bytes);

// Kernel entry points: one per hlo::OpCategory, all with EvalReference's
// signature and contract, which has already checked the operand and result
// counts against the op table. Listed by file.
// reference.cc
void EvalLiteral(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                 std::span<const MutView> out);
// reference_elementwise.cc: the unary, binary, ternary and compare categories
void EvalElementwise(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                     std::span<const MutView> out);
void EvalConvert(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                 std::span<const MutView> out);
void EvalIota(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
              std::span<const MutView> out);
// reference_movement.cc
void EvalMovement(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                  std::span<const MutView> out);
// reference_gather.cc
void EvalGather(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                std::span<const MutView> out);
// reference_dot_reduce.cc
void EvalDotGeneral(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                    std::span<const MutView> out);
void EvalReduce(const hlo::Op& op, const hlo::Module& module, std::span<const ConstView> in,
                std::span<const MutView> out);

}  // namespace hf2hlo::exec::ref
