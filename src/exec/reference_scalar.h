// Private: scalar semantics of the elementwise ops, on a Traits type's
// Compute values. Shared by the elementwise kernels and the reduce fast path
// so that both give bit-identical results.
#pragma once

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "exec/reference_util.h"

namespace hf2hlo::exec::ref {

// Integer arithmetic wraps (two's complement); computed in uint64_t so that
// no C++ signed overflow or integer promotion trap can happen.
template <typename C>
C WrapAdd(C a, C b) {
  return static_cast<C>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
template <typename C>
C WrapSub(C a, C b) {
  return static_cast<C>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
template <typename C>
C WrapMul(C a, C b) {
  return static_cast<C>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}

template <typename T>
typename T::Compute Add(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsBool)
    return a || b;
  else if constexpr (T::kIsFloat)
    return a + b;
  else
    return WrapAdd(a, b);
}
template <typename T>
typename T::Compute Subtract(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsBool)
    return a != b;
  else if constexpr (T::kIsFloat)
    return a - b;
  else
    return WrapSub(a, b);
}
template <typename T>
typename T::Compute Multiply(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsBool)
    return a && b;
  else if constexpr (T::kIsFloat)
    return a * b;
  else
    return WrapMul(a, b);
}

// Integer division truncates toward zero. x / 0 is -1 for signed types and
// all ones (the maximum) for unsigned types; MIN / -1 is MIN.
template <typename T>
typename T::Compute Divide(typename T::Compute a, typename T::Compute b) {
  using C = typename T::Compute;
  if constexpr (T::kIsFloat) {
    return a / b;
  } else if constexpr (T::kIsBool) {
    return b ? a : true;
  } else {
    if (b == 0) return static_cast<C>(~C{0});
    if constexpr (T::kIsSigned) {
      if (a == std::numeric_limits<C>::min() && b == -1) return a;
    }
    return static_cast<C>(a / b);
  }
}

// Remainder has the sign of the dividend (fmod for floats). x % 0 is x;
// MIN % -1 is 0.
template <typename T>
typename T::Compute Remainder(typename T::Compute a, typename T::Compute b) {
  using C = typename T::Compute;
  if constexpr (T::kIsFloat) {
    return std::fmod(a, b);
  } else if constexpr (T::kIsBool) {
    return b ? false : a;
  } else {
    if (b == 0) return a;
    if constexpr (T::kIsSigned) {
      if (b == -1) return 0;
    }
    return static_cast<C>(a % b);
  }
}

// Floats: NaN if either operand is NaN; -0 < +0. i1: or / and.
template <typename T>
typename T::Compute Maximum(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsFloat) {
    if (std::isnan(a)) return a;
    if (std::isnan(b)) return b;
    if (a == b) return std::signbit(a) ? b : a;
    return a > b ? a : b;
  } else if constexpr (T::kIsBool) {
    return a || b;
  } else {
    return a > b ? a : b;
  }
}
template <typename T>
typename T::Compute Minimum(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsFloat) {
    if (std::isnan(a)) return a;
    if (std::isnan(b)) return b;
    if (a == b) return std::signbit(a) ? a : b;
    return a < b ? a : b;
  } else if constexpr (T::kIsBool) {
    return a && b;
  } else {
    return a < b ? a : b;
  }
}

template <typename T>
typename T::Compute And(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsBool)
    return a && b;
  else if constexpr (T::kIsInt)
    return static_cast<typename T::Compute>(a & b);
  else {
    CHECK(false, "and on float");
    return a;
  }
}
template <typename T>
typename T::Compute Or(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsBool)
    return a || b;
  else if constexpr (T::kIsInt)
    return static_cast<typename T::Compute>(a | b);
  else {
    CHECK(false, "or on float");
    return a;
  }
}
template <typename T>
typename T::Compute Xor(typename T::Compute a, typename T::Compute b) {
  if constexpr (T::kIsBool)
    return a != b;
  else if constexpr (T::kIsInt)
    return static_cast<typename T::Compute>(a ^ b);
  else {
    CHECK(false, "xor on float");
    return a;
  }
}

// Integer power by squaring with wrapping. A negative exponent gives 1 for
// base 1, +-1 for base -1 (by parity) and 0 otherwise.
template <typename T>
typename T::Compute Power(typename T::Compute a, typename T::Compute b) {
  using C = typename T::Compute;
  if constexpr (T::kIsFloat) {
    return std::pow(a, b);
  } else if constexpr (T::kIsBool) {
    return a || !b;
  } else {
    if constexpr (T::kIsSigned) {
      if (b < 0) {
        if (a == 1) return 1;
        if (a == -1) return (b & 1) ? C(-1) : C(1);
        return 0;
      }
    }
    uint64_t result = 1, base = static_cast<uint64_t>(a), e = static_cast<uint64_t>(b);
    while (e != 0) {
      if (e & 1) result *= base;
      base *= base;
      e >>= 1;
    }
    return static_cast<C>(result);
  }
}

// Shift amounts are read as unsigned; an amount >= the bit width gives 0
// (left, logical right) or the sign fill (arithmetic right).
template <typename C>
using UnsignedOf = std::make_unsigned_t<C>;
template <typename C>
using SignedOf = std::make_signed_t<C>;

template <typename T>
typename T::Compute ShiftLeft(typename T::Compute a, typename T::Compute b) {
  using C = typename T::Compute;
  using U = UnsignedOf<C>;
  constexpr uint64_t kBits = sizeof(C) * 8;
  uint64_t amount = static_cast<U>(b);
  if (amount >= kBits) return 0;
  return static_cast<C>(static_cast<U>(static_cast<uint64_t>(static_cast<U>(a)) << amount));
}
template <typename T>
typename T::Compute ShiftRightLogical(typename T::Compute a, typename T::Compute b) {
  using C = typename T::Compute;
  using U = UnsignedOf<C>;
  constexpr uint64_t kBits = sizeof(C) * 8;
  uint64_t amount = static_cast<U>(b);
  if (amount >= kBits) return 0;
  return static_cast<C>(static_cast<U>(static_cast<U>(a) >> amount));
}
template <typename T>
typename T::Compute ShiftRightArithmetic(typename T::Compute a, typename T::Compute b) {
  using C = typename T::Compute;
  using U = UnsignedOf<C>;
  using S = SignedOf<C>;
  constexpr uint64_t kBits = sizeof(C) * 8;
  uint64_t amount = static_cast<U>(b);
  S sa = static_cast<S>(a);
  if (amount >= kBits) return static_cast<C>(sa < 0 ? S(-1) : S(0));
  return static_cast<C>(static_cast<S>(sa >> amount));
}

// Round half to even, independent of the floating-point environment.
template <typename C>
C RoundNearestEven(C x) {
  C r = std::round(x);
  if (std::fabs(x - std::trunc(x)) == C(0.5)) r = C(2) * std::round(x / C(2));
  return r;
}

}  // namespace hf2hlo::exec::ref
