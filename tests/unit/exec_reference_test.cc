// Reference kernels (exec::EvalReference) on hand-built ops with hand-derived
// expected values, including the StableHLO spec's edge cases.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

#include "exec/kernels.h"
#include "gtest/gtest.h"
#include "hlo/hlo.h"
#include "hlo_test_util.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
using hlo::OpCode;
using hlo::TensorType;
using E = ElementType;

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInf = std::numeric_limits<float>::infinity();

struct Tensor {
  TensorType type;
  std::vector<uint64_t> words;  // 8-byte aligned storage
  void* data() { return words.data(); }
  const void* data() const { return words.data(); }
};

int64_t Count(const TensorType& t) {
  int64_t n = 1;
  for (int64_t d : t.dims) n *= d;
  return n;
}

Tensor Empty(ElementType e, std::vector<int64_t> dims) {
  Tensor t{TensorType{e, std::move(dims)}, {}};
  t.words.assign(static_cast<size_t>((Count(t.type) * hlo::ElementBytes(e) + 7) / 8 + 1), 0);
  return t;
}

template <typename S>
Tensor T(ElementType e, std::vector<int64_t> dims, std::vector<S> v) {
  Tensor t = Empty(e, std::move(dims));
  EXPECT_EQ(static_cast<int64_t>(sizeof(S)), hlo::ElementBytes(e));
  EXPECT_EQ(static_cast<int64_t>(v.size()), Count(t.type));
  if (!v.empty()) std::memcpy(t.data(), v.data(), v.size() * sizeof(S));
  return t;
}
Tensor F32(std::vector<int64_t> dims, std::vector<float> v) {
  return T<float>(E::kF32, std::move(dims), std::move(v));
}
Tensor I32(std::vector<int64_t> dims, std::vector<int32_t> v) {
  return T<int32_t>(E::kI32, std::move(dims), std::move(v));
}
Tensor Pred(std::vector<int64_t> dims, std::vector<uint8_t> v) {
  return T<uint8_t>(E::kI1, std::move(dims), std::move(v));
}

template <typename S>
std::vector<S> Get(const Tensor& t) {
  std::vector<S> v(static_cast<size_t>(Count(t.type)));
  if (!v.empty()) std::memcpy(v.data(), t.data(), v.size() * sizeof(S));
  return v;
}

hlo::Op MakeOp(OpCode code) {
  hlo::Op op;
  op.code = code;
  return op;
}

std::vector<Tensor> EvalN(const hlo::Op& op, const std::vector<Tensor>& ins,
                          std::vector<TensorType> out_types, const hlo::Module& module = {}) {
  std::vector<ConstView> in_views;
  for (const Tensor& t : ins) in_views.push_back({&t.type, t.data()});
  std::vector<Tensor> outs;
  for (TensorType& tt : out_types) outs.push_back(Empty(tt.element, tt.dims));
  std::vector<MutView> out_views;
  for (Tensor& t : outs) out_views.push_back({&t.type, t.data()});
  EvalReference(op, module, in_views, out_views);
  return outs;
}

Tensor Eval(const hlo::Op& op, const std::vector<Tensor>& ins, TensorType out_type,
            const hlo::Module& module = {}) {
  return std::move(EvalN(op, ins, {std::move(out_type)}, module)[0]);
}

// Same element type and shape as the first input.
Tensor Run1(OpCode code, const std::vector<Tensor>& ins) {
  return Eval(MakeOp(code), ins, ins[0].type);
}

std::vector<float> RunF(OpCode code, const std::vector<Tensor>& ins) {
  return Get<float>(Run1(code, ins));
}
std::vector<int32_t> RunI(OpCode code, const std::vector<Tensor>& ins) {
  return Get<int32_t>(Run1(code, ins));
}

uint32_t Bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

// ---- elementwise unary -------------------------------------------------------

TEST(ExecReference, UnaryFloat) {
  Tensor x = F32({4}, {-1.5f, 0.0f, 2.25f, 4.0f});
  EXPECT_EQ(RunF(OpCode::kAbs, {x}), (std::vector<float>{1.5f, 0.0f, 2.25f, 4.0f}));
  EXPECT_EQ(RunF(OpCode::kNegate, {x}), (std::vector<float>{1.5f, -0.0f, -2.25f, -4.0f}));
  EXPECT_EQ(RunF(OpCode::kCeil, {x}), (std::vector<float>{-1.0f, 0.0f, 3.0f, 4.0f}));
  EXPECT_EQ(RunF(OpCode::kFloor, {x}), (std::vector<float>{-2.0f, 0.0f, 2.0f, 4.0f}));
  Tensor p = F32({3}, {4.0f, 1.0f, 0.25f});
  EXPECT_EQ(RunF(OpCode::kSqrt, {p}), (std::vector<float>{2.0f, 1.0f, 0.5f}));
  EXPECT_EQ(RunF(OpCode::kRsqrt, {p}), (std::vector<float>{0.5f, 1.0f, 2.0f}));
  Tensor z = F32({1}, {0.0f});
  EXPECT_EQ(RunF(OpCode::kExponential, {z})[0], 1.0f);
  EXPECT_EQ(RunF(OpCode::kLogistic, {z})[0], 0.5f);
  EXPECT_EQ(RunF(OpCode::kTanh, {z})[0], 0.0f);
  EXPECT_EQ(RunF(OpCode::kSine, {z})[0], 0.0f);
  EXPECT_EQ(RunF(OpCode::kCosine, {z})[0], 1.0f);
  EXPECT_EQ(RunF(OpCode::kLogPlusOne, {z})[0], 0.0f);
  EXPECT_EQ(RunF(OpCode::kLog, {F32({1}, {1.0f})})[0], 0.0f);
  EXPECT_FLOAT_EQ(RunF(OpCode::kLogistic, {F32({1}, {2.0f})})[0], 1.0f / (1.0f + std::exp(-2.0f)));
}

TEST(ExecReference, RoundNearestEvenAndSign) {
  Tensor x = F32({7}, {0.5f, 1.5f, 2.5f, -2.5f, -0.4f, 2.6f, kNaN});
  std::vector<float> r = RunF(OpCode::kRoundNearestEven, {x});
  EXPECT_EQ(r[0], 0.0f);
  EXPECT_EQ(r[1], 2.0f);
  EXPECT_EQ(r[2], 2.0f);
  EXPECT_EQ(r[3], -2.0f);
  EXPECT_EQ(Bits(r[4]), Bits(-0.0f));
  EXPECT_EQ(r[5], 3.0f);
  EXPECT_TRUE(std::isnan(r[6]));

  std::vector<float> s = RunF(OpCode::kSign, {F32({5}, {-3.0f, 0.0f, -0.0f, 7.5f, kNaN})});
  EXPECT_EQ(s[0], -1.0f);
  EXPECT_EQ(Bits(s[1]), Bits(0.0f));
  EXPECT_EQ(Bits(s[2]), Bits(-0.0f));
  EXPECT_EQ(s[3], 1.0f);
  EXPECT_TRUE(std::isnan(s[4]));
  EXPECT_EQ(RunI(OpCode::kSign, {I32({3}, {-9, 0, 4})}), (std::vector<int32_t>{-1, 0, 1}));
}

TEST(ExecReference, UnaryIntegerAndBool) {
  const int32_t kMin = std::numeric_limits<int32_t>::min();
  EXPECT_EQ(RunI(OpCode::kAbs, {I32({3}, {-5, 5, kMin})}), (std::vector<int32_t>{5, 5, kMin}));
  EXPECT_EQ(RunI(OpCode::kNegate, {I32({2}, {3, kMin})}), (std::vector<int32_t>{-3, kMin}));
  EXPECT_EQ(RunI(OpCode::kNot, {I32({2}, {0, 5})}), (std::vector<int32_t>{-1, ~5}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kNot, {Pred({2}, {0, 1})})), (std::vector<uint8_t>{1, 0}));
}

// ---- elementwise binary ------------------------------------------------------

TEST(ExecReference, IntegerDivideRemainderSigns) {
  Tensor a = I32({4}, {7, -7, 7, -7});
  Tensor b = I32({4}, {2, 2, -2, -2});
  EXPECT_EQ(RunI(OpCode::kDivide, {a, b}), (std::vector<int32_t>{3, -3, -3, 3}));
  EXPECT_EQ(RunI(OpCode::kRemainder, {a, b}), (std::vector<int32_t>{1, -1, 1, -1}));
  // Documented choices: x / 0 = -1, x % 0 = x, MIN / -1 = MIN, MIN % -1 = 0.
  const int32_t kMin = std::numeric_limits<int32_t>::min();
  Tensor c = I32({3}, {5, kMin, kMin});
  Tensor d = I32({3}, {0, -1, 0});
  EXPECT_EQ(RunI(OpCode::kDivide, {c, d}), (std::vector<int32_t>{-1, kMin, -1}));
  EXPECT_EQ(RunI(OpCode::kRemainder, {c, d}), (std::vector<int32_t>{5, 0, kMin}));
  Tensor u = T<uint8_t>(E::kUI8, {2}, {9, 200});
  Tensor v = T<uint8_t>(E::kUI8, {2}, {0, 7});
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kDivide, {u, v})), (std::vector<uint8_t>{255, 28}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kRemainder, {u, v})), (std::vector<uint8_t>{9, 4}));
  // Float remainder is fmod: sign of the dividend.
  EXPECT_EQ(RunF(OpCode::kRemainder, {F32({2}, {-7.5f, 7.5f}), F32({2}, {2.0f, -2.0f})}),
            (std::vector<float>{-1.5f, 1.5f}));
}

TEST(ExecReference, ArithmeticWrapsAndRounds) {
  Tensor a = T<uint8_t>(E::kUI8, {2}, {250, 3});
  Tensor b = T<uint8_t>(E::kUI8, {2}, {10, 5});
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kAdd, {a, b})), (std::vector<uint8_t>{4, 8}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kSubtract, {b, a})), (std::vector<uint8_t>{16, 2}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kMultiply, {a, b})), (std::vector<uint8_t>{196, 15}));
  EXPECT_EQ(RunI(OpCode::kMultiply, {I32({1}, {65536}), I32({1}, {65536})}),
            (std::vector<int32_t>{0}));
  // f16: 1 + 2^-11 is a tie between 1 and 1 + 2^-10 -> even (1.0 = 0x3C00);
  // 1 + 3 * 2^-11 -> 1 + 2^-9 (0x3C02).
  Tensor h = T<uint16_t>(E::kF16, {2}, {0x3C00, 0x3C01});  // 1, 1 + 2^-10
  Tensor g = T<uint16_t>(E::kF16, {2}, {0x1000, 0x1000});  // 2^-11
  EXPECT_EQ(Get<uint16_t>(Run1(OpCode::kAdd, {h, g})), (std::vector<uint16_t>{0x3C00, 0x3C02}));
  // bf16: 1 + 2^-8 ties to 1.0 (0x3F80).
  Tensor bh = T<uint16_t>(E::kBF16, {1}, {0x3F80});
  Tensor bg = T<uint16_t>(E::kBF16, {1}, {0x3B80});  // 2^-8
  EXPECT_EQ(Get<uint16_t>(Run1(OpCode::kAdd, {bh, bg})), (std::vector<uint16_t>{0x3F80}));
  EXPECT_EQ(RunF(OpCode::kDivide, {F32({1}, {1.0f}), F32({1}, {0.0f})})[0], kInf);
}

TEST(ExecReference, Power) {
  Tensor b = I32({6}, {2, -1, -1, 2, 1, -3});
  Tensor e = I32({6}, {10, -3, -2, -1, -5, 3});
  EXPECT_EQ(RunI(OpCode::kPower, {b, e}), (std::vector<int32_t>{1024, -1, 1, 0, 1, -27}));
  EXPECT_EQ(RunI(OpCode::kPower, {I32({1}, {3}), I32({1}, {21})}),
            (std::vector<int32_t>{static_cast<int32_t>(10460353203LL & 0xFFFFFFFF)}));
  EXPECT_EQ(RunF(OpCode::kPower, {F32({2}, {2.0f, 4.0f}), F32({2}, {-1.0f, 0.5f})}),
            (std::vector<float>{0.5f, 2.0f}));
}

TEST(ExecReference, Shifts) {
  Tensor x = I32({5}, {-8, -8, 1, 1, -1});
  Tensor s = I32({5}, {1, 32, 31, 40, -1});
  EXPECT_EQ(RunI(OpCode::kShiftLeft, {x, s}),
            (std::vector<int32_t>{-16, 0, std::numeric_limits<int32_t>::min(), 0, 0}));
  EXPECT_EQ(RunI(OpCode::kShiftRightArithmetic, {x, s}), (std::vector<int32_t>{-4, -1, 0, 0, -1}));
  EXPECT_EQ(RunI(OpCode::kShiftRightLogical, {x, s}),
            (std::vector<int32_t>{0x7FFFFFFC, 0, 0, 0, 0}));
  Tensor u = T<uint8_t>(E::kUI8, {3}, {0x81, 0x81, 0x81});
  Tensor v = T<uint8_t>(E::kUI8, {3}, {1, 8, 7});
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kShiftLeft, {u, v})), (std::vector<uint8_t>{0x02, 0, 0x80}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kShiftRightLogical, {u, v})),
            (std::vector<uint8_t>{0x40, 0, 1}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kShiftRightArithmetic, {u, v})),
            (std::vector<uint8_t>{0xC0, 0xFF, 0xFF}));
}

TEST(ExecReference, MaxMinNaNAndLogic) {
  Tensor a = F32({4}, {1.0f, kNaN, 3.0f, -0.0f});
  Tensor b = F32({4}, {kNaN, 2.0f, -3.0f, 0.0f});
  std::vector<float> mx = RunF(OpCode::kMaximum, {a, b});
  std::vector<float> mn = RunF(OpCode::kMinimum, {a, b});
  EXPECT_TRUE(std::isnan(mx[0]) && std::isnan(mx[1]) && std::isnan(mn[0]) && std::isnan(mn[1]));
  EXPECT_EQ(mx[2], 3.0f);
  EXPECT_EQ(mn[2], -3.0f);
  EXPECT_EQ(Bits(mx[3]), Bits(0.0f));
  EXPECT_EQ(Bits(mn[3]), Bits(-0.0f));
  EXPECT_EQ(RunI(OpCode::kMaximum, {I32({2}, {-4, 9}), I32({2}, {3, 2})}),
            (std::vector<int32_t>{3, 9}));

  Tensor p = Pred({4}, {0, 0, 1, 1});
  Tensor q = Pred({4}, {0, 1, 0, 1});
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kAnd, {p, q})), (std::vector<uint8_t>{0, 0, 0, 1}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kOr, {p, q})), (std::vector<uint8_t>{0, 1, 1, 1}));
  EXPECT_EQ(Get<uint8_t>(Run1(OpCode::kXor, {p, q})), (std::vector<uint8_t>{0, 1, 1, 0}));
  Tensor i = I32({1}, {0b1100});
  Tensor j = I32({1}, {0b1010});
  EXPECT_EQ(RunI(OpCode::kAnd, {i, j})[0], 0b1000);
  EXPECT_EQ(RunI(OpCode::kOr, {i, j})[0], 0b1110);
  EXPECT_EQ(RunI(OpCode::kXor, {i, j})[0], 0b0110);
}

// ---- compare / select / clamp -----------------------------------------------

std::vector<uint8_t> Cmp(hlo::ComparisonDirection dir, hlo::ComparisonType type, const Tensor& a,
                         const Tensor& b) {
  hlo::Op op = MakeOp(OpCode::kCompare);
  op.direction = dir;
  op.compare_type = type;
  return Get<uint8_t>(Eval(op, {a, b}, TensorType{E::kI1, a.type.dims}));
}

TEST(ExecReference, CompareNaNFloatVsTotalOrder) {
  using D = hlo::ComparisonDirection;
  using CT = hlo::ComparisonType;
  const float kNegNaN = -kNaN;
  Tensor a = F32({5}, {kNaN, kNaN, -0.0f, kNegNaN, 1.0f});
  Tensor b = F32({5}, {kNaN, 1.0f, 0.0f, -kInf, 2.0f});
  EXPECT_EQ(Cmp(D::kEq, CT::kFloat, a, b), (std::vector<uint8_t>{0, 0, 1, 0, 0}));
  EXPECT_EQ(Cmp(D::kNe, CT::kNone, a, b), (std::vector<uint8_t>{1, 1, 0, 1, 1}));
  EXPECT_EQ(Cmp(D::kLt, CT::kFloat, a, b), (std::vector<uint8_t>{0, 0, 0, 0, 1}));
  EXPECT_EQ(Cmp(D::kGe, CT::kFloat, a, b), (std::vector<uint8_t>{0, 0, 1, 0, 0}));
  // Total order: -NaN < -Inf < ... < -0 < +0 < ... < +Inf < +NaN.
  EXPECT_EQ(Cmp(D::kEq, CT::kTotalOrder, a, b), (std::vector<uint8_t>{1, 0, 0, 0, 0}));
  EXPECT_EQ(Cmp(D::kLt, CT::kTotalOrder, a, b), (std::vector<uint8_t>{0, 0, 1, 1, 1}));
  EXPECT_EQ(Cmp(D::kGt, CT::kTotalOrder, a, b), (std::vector<uint8_t>{0, 1, 0, 0, 0}));
}

TEST(ExecReference, CompareIntegers) {
  using D = hlo::ComparisonDirection;
  using CT = hlo::ComparisonType;
  EXPECT_EQ(Cmp(D::kLt, CT::kSigned, I32({3}, {-1, 2, 5}), I32({3}, {0, 2, 4})),
            (std::vector<uint8_t>{1, 0, 0}));
  EXPECT_EQ(Cmp(D::kLe, CT::kNone, I32({3}, {-1, 2, 5}), I32({3}, {0, 2, 4})),
            (std::vector<uint8_t>{1, 1, 0}));
  Tensor u = T<uint32_t>(E::kUI32, {2}, {0xFFFFFFFFu, 1});
  Tensor v = T<uint32_t>(E::kUI32, {2}, {1, 1});
  EXPECT_EQ(Cmp(D::kGt, CT::kUnsigned, u, v), (std::vector<uint8_t>{1, 0}));
  EXPECT_EQ(Cmp(D::kNe, CT::kNone, Pred({2}, {1, 0}), Pred({2}, {1, 1})),
            (std::vector<uint8_t>{0, 1}));
}

TEST(ExecReference, SelectAndClamp) {
  Tensor t = F32({3}, {1, 2, 3});
  Tensor f = F32({3}, {-1, -2, -3});
  hlo::Op sel = MakeOp(OpCode::kSelect);
  EXPECT_EQ(Get<float>(Eval(sel, {Pred({3}, {1, 0, 1}), t, f}, t.type)),
            (std::vector<float>{1, -2, 3}));
  EXPECT_EQ(Get<float>(Eval(sel, {Pred({}, {0}), t, f}, t.type)), (std::vector<float>{-1, -2, -3}));

  hlo::Op clamp = MakeOp(OpCode::kClamp);
  Tensor x = F32({4}, {-5, 0.5f, 9, kNaN});
  EXPECT_EQ(Get<float>(Eval(clamp, {F32({}, {0}), x, F32({}, {1})}, x.type)).at(0), 0.0f);
  std::vector<float> c = Get<float>(Eval(clamp, {F32({}, {0}), x, F32({}, {1})}, x.type));
  EXPECT_EQ(c[1], 0.5f);
  EXPECT_EQ(c[2], 1.0f);
  EXPECT_TRUE(std::isnan(c[3]));
  Tensor lo = I32({3}, {0, 5, -1});
  Tensor hi = I32({3}, {10, 6, 1});
  EXPECT_EQ(Get<int32_t>(Eval(clamp, {lo, I32({3}, {-3, 9, 0}), hi}, lo.type)),
            (std::vector<int32_t>{0, 6, 0}));
}

// ---- convert -----------------------------------------------------------------

Tensor Convert(const Tensor& in, ElementType to) {
  return Eval(MakeOp(OpCode::kConvert), {in}, TensorType{to, in.type.dims});
}

TEST(ExecReference, ConvertRounding) {
  // f32 -> bf16, ties to even: 1 + 2^-8 -> 1.0; 1 + 3 * 2^-8 -> 1 + 2^-6;
  // 1 + 2^-8 + 2^-20 -> 1 + 2^-7; NaN stays NaN; 3.4e38 overflows to inf.
  Tensor x =
      F32({6}, {1.0f + 0x1p-8f, 1.0f + 0x3p-8f, 1.0f + 0x1p-8f + 0x1p-20f, kNaN, 3.4e38f, -2.0f});
  std::vector<uint16_t> b = Get<uint16_t>(Convert(x, E::kBF16));
  EXPECT_EQ(b[0], 0x3F80);
  EXPECT_EQ(b[1], 0x3F82);
  EXPECT_EQ(b[2], 0x3F81);
  EXPECT_EQ(b[3] & 0x7F80, 0x7F80);
  EXPECT_NE(b[3] & 0x007F, 0);
  EXPECT_EQ(b[4], 0x7F80);
  EXPECT_EQ(b[5], 0xC000);
  // f32 -> f16: 65520 rounds to inf, 65504 is the max, 2^-24 the smallest
  // subnormal, 2^-25 ties to 0, 1/3 -> 0x3555.
  std::vector<uint16_t> h = Get<uint16_t>(
      Convert(F32({6}, {65520.0f, 65504.0f, 0x1p-24f, 0x1p-25f, 1.0f / 3.0f, -1.5f}), E::kF16));
  EXPECT_EQ(h, (std::vector<uint16_t>{0x7C00, 0x7BFF, 0x0001, 0x0000, 0x3555, 0xBE00}));
  // f16 -> f32 (subnormal, inf).
  EXPECT_EQ(Get<float>(Convert(T<uint16_t>(E::kF16, {3}, {0x0001, 0xFC00, 0x3555}), E::kF32)),
            (std::vector<float>{0x1p-24f, -kInf, 0.333251953125f}));
  // f64 -> bf16 rounds once: 1 + 2^-8 + 2^-30 is above the tie -> 0x3F81
  // (rounding through f32 first would give 1 + 2^-8 and then 0x3F80).
  EXPECT_EQ(Get<uint16_t>(Convert(T<double>(E::kF64, {1}, {1.0 + 0x1p-8 + 0x1p-30}), E::kBF16))[0],
            0x3F81);
}

TEST(ExecReference, ConvertIntegerAndBool) {
  // float -> int truncates toward zero, saturates, NaN -> 0.
  Tensor x = F32({6}, {2.7f, -2.7f, kNaN, 1e10f, -1e10f, -0.5f});
  EXPECT_EQ(Get<int32_t>(Convert(x, E::kI32)),
            (std::vector<int32_t>{2, -2, 0, std::numeric_limits<int32_t>::max(),
                                  std::numeric_limits<int32_t>::min(), 0}));
  EXPECT_EQ(Get<uint8_t>(Convert(F32({3}, {-1.5f, 300.0f, 254.9f}), E::kUI8)),
            (std::vector<uint8_t>{0, 255, 254}));
  EXPECT_EQ(Get<int64_t>(Convert(F32({1}, {1e30f}), E::kI64))[0],
            std::numeric_limits<int64_t>::max());
  // int -> int wraps; int -> bool is != 0; bool -> float is 1 / 0.
  EXPECT_EQ(Get<int8_t>(Convert(I32({2}, {300, -129}), E::kI8)), (std::vector<int8_t>{44, 127}));
  EXPECT_EQ(Get<uint8_t>(Convert(I32({3}, {0, 5, -1}), E::kI1)), (std::vector<uint8_t>{0, 1, 1}));
  EXPECT_EQ(Get<float>(Convert(Pred({2}, {1, 0}), E::kF32)), (std::vector<float>{1.0f, 0.0f}));
  EXPECT_EQ(Get<uint8_t>(Convert(F32({3}, {0.0f, -0.0f, 0.25f}), E::kI1)),
            (std::vector<uint8_t>{0, 0, 1}));
  EXPECT_EQ(Get<float>(Convert(I32({2}, {16777217, -3}), E::kF32)),
            (std::vector<float>{16777216.0f, -3.0f}));
  EXPECT_EQ(Get<uint16_t>(Convert(T<uint32_t>(E::kUI32, {1}, {257}), E::kBF16))[0], 0x4380);  // 256
}

// ---- data movement -------------------------------------------------------------

std::vector<float> Iota(int n) {
  std::vector<float> v(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) v[static_cast<size_t>(i)] = static_cast<float>(i);
  return v;
}

TEST(ExecReference, BroadcastInDim) {
  hlo::Op op = MakeOp(OpCode::kBroadcastInDim);
  op.dims = {0, 1};  // 1x3 -> 2x3: size-1 dim expands
  EXPECT_EQ(Get<float>(Eval(op, {F32({1, 3}, {1, 2, 3})}, {E::kF32, {2, 3}})),
            (std::vector<float>{1, 2, 3, 1, 2, 3}));
  op.dims = {0};  // 2 -> 2x3
  EXPECT_EQ(Get<float>(Eval(op, {F32({2}, {1, 2})}, {E::kF32, {2, 3}})),
            (std::vector<float>{1, 1, 1, 2, 2, 2}));
  op.dims = {};  // scalar -> 2x2
  EXPECT_EQ(Get<float>(Eval(op, {F32({}, {7})}, {E::kF32, {2, 2}})),
            (std::vector<float>{7, 7, 7, 7}));
  op.dims = {2, 0};  // 2x1 -> 2x2x3 (dims 2 and 0)
  EXPECT_EQ(Get<float>(Eval(op, {F32({3, 1}, {1, 2, 3})}, {E::kF32, {2, 2, 3}})),
            (std::vector<float>{1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3}));
}

TEST(ExecReference, ReshapeTransposeReverseSlice) {
  Tensor x = F32({2, 3}, Iota(6));
  EXPECT_EQ(Get<float>(Eval(MakeOp(OpCode::kReshape), {x}, {E::kF32, {3, 2}})), Iota(6));
  hlo::Op tr = MakeOp(OpCode::kTranspose);
  tr.dims = {1, 0};
  EXPECT_EQ(Get<float>(Eval(tr, {x}, {E::kF32, {3, 2}})), (std::vector<float>{0, 3, 1, 4, 2, 5}));
  tr.dims = {2, 0, 1};  // 2x3x2 -> 2x2x3
  EXPECT_EQ(Get<float>(Eval(tr, {F32({2, 3, 2}, Iota(12))}, {E::kF32, {2, 2, 3}})),
            (std::vector<float>{0, 2, 4, 6, 8, 10, 1, 3, 5, 7, 9, 11}));
  hlo::Op rev = MakeOp(OpCode::kReverse);
  rev.dims = {1};
  EXPECT_EQ(Get<float>(Eval(rev, {x}, x.type)), (std::vector<float>{2, 1, 0, 5, 4, 3}));
  rev.dims = {0, 1};
  EXPECT_EQ(Get<float>(Eval(rev, {x}, x.type)), (std::vector<float>{5, 4, 3, 2, 1, 0}));
  hlo::Op sl = MakeOp(OpCode::kSlice);
  sl.dims = {1, 0};
  sl.limits = {4, 5};
  sl.strides = {2, 3};  // rows 1, 3; cols 0, 3 of a 4x5
  EXPECT_EQ(Get<float>(Eval(sl, {F32({4, 5}, Iota(20))}, {E::kF32, {2, 2}})),
            (std::vector<float>{5, 8, 15, 18}));
}

TEST(ExecReference, ConcatenateIotaConstant) {
  hlo::Op cat = MakeOp(OpCode::kConcatenate);
  cat.dims = {1};
  EXPECT_EQ(
      Get<int32_t>(Eval(cat, {I32({2, 1}, {1, 2}), I32({2, 2}, {3, 4, 5, 6}), I32({2, 0}, {})},
                        {E::kI32, {2, 3}})),
      (std::vector<int32_t>{1, 3, 4, 2, 5, 6}));
  hlo::Op iota = MakeOp(OpCode::kIota);
  iota.dims = {1};
  EXPECT_EQ(Get<int32_t>(Eval(iota, {}, {E::kI32, {2, 3}})),
            (std::vector<int32_t>{0, 1, 2, 0, 1, 2}));
  iota.dims = {0};
  EXPECT_EQ(Get<float>(Eval(iota, {}, {E::kF32, {3, 2}})), (std::vector<float>{0, 0, 1, 1, 2, 2}));
  EXPECT_EQ(Get<uint16_t>(Eval(iota, {}, {E::kBF16, {3}})),
            (std::vector<uint16_t>{0x0000, 0x3F80, 0x4000}));
  hlo::Op c = MakeOp(OpCode::kConstant);
  c.literal = {1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF};
  EXPECT_EQ(Get<int32_t>(Eval(c, {}, {E::kI32, {2}})), (std::vector<int32_t>{1, -1}));
}

TEST(ExecReference, DynamicSliceClampsStarts) {
  hlo::Op op = MakeOp(OpCode::kDynamicSlice);
  op.sizes = {2, 2};
  Tensor x = F32({3, 4}, Iota(12));
  // (-5, 1) -> (0, 1); (7, 9) -> (1, 2); unsigned start indices work too.
  EXPECT_EQ(Get<float>(Eval(op, {x, I32({}, {-5}), I32({}, {1})}, {E::kF32, {2, 2}})),
            (std::vector<float>{1, 2, 5, 6}));
  EXPECT_EQ(Get<float>(Eval(op, {x, I32({}, {7}), I32({}, {9})}, {E::kF32, {2, 2}})),
            (std::vector<float>{6, 7, 10, 11}));
  Tensor big = T<uint64_t>(E::kUI64, {}, {~uint64_t{0}});
  Tensor one = T<uint8_t>(E::kUI8, {}, {1});
  EXPECT_EQ(Get<float>(Eval(op, {x, one, big}, {E::kF32, {2, 2}})),
            (std::vector<float>{6, 7, 10, 11}));
}

TEST(ExecReference, DynamicUpdateSliceCopyAndInPlace) {
  hlo::Op op = MakeOp(OpCode::kDynamicUpdateSlice);
  Tensor x = F32({3, 3}, Iota(9));
  Tensor u = F32({2, 2}, {-1, -2, -3, -4});
  // Start (2, -1) clamps to (1, 0).
  Tensor y = Eval(op, {x, u, I32({}, {2}), I32({}, {-1})}, x.type);
  EXPECT_EQ(Get<float>(y), (std::vector<float>{0, 1, 2, -1, -2, 5, -3, -4, 8}));
  EXPECT_EQ(Get<float>(x), Iota(9));  // operand untouched
  // In place: the output is the operand's buffer.
  Tensor i0 = I32({}, {0}), i1 = I32({}, {1});
  std::vector<ConstView> in = {
      {&x.type, x.data()}, {&u.type, u.data()}, {&i0.type, i0.data()}, {&i1.type, i1.data()}};
  std::vector<MutView> out = {{&x.type, x.data()}};
  EvalReference(op, hlo::Module{}, in, out);
  EXPECT_EQ(Get<float>(x), (std::vector<float>{0, -1, -2, 3, -3, -4, 6, 7, 8}));
}

TEST(ExecReference, PadNegativeAndInterior) {
  hlo::Op op = MakeOp(OpCode::kPad);
  // [1, 2, 3] interior 1 -> [1 p 2 p 3]; low -1 crops the 1; high 1 adds p.
  op.pad_low = {-1};
  op.pad_high = {1};
  op.pad_interior = {1};
  EXPECT_EQ(Get<float>(Eval(op, {F32({3}, {1, 2, 3}), F32({}, {9})}, {E::kF32, {5}})),
            (std::vector<float>{9, 2, 9, 3, 9}));
  // 2-D: rows low 1 high -1 (crop the last row), cols low 0 high 1 interior 1.
  op.pad_low = {1, 0};
  op.pad_high = {-1, 1};
  op.pad_interior = {0, 1};
  EXPECT_EQ(Get<int32_t>(Eval(op, {I32({2, 2}, {1, 2, 3, 4}), I32({}, {0})}, {E::kI32, {2, 4}})),
            (std::vector<int32_t>{0, 0, 0, 0, 1, 0, 2, 0}));
}

TEST(ExecReference, GatherRowsWithClampedIndices) {
  // Embedding lookup: operand 4x2, indices [3] with index_vector_dim = 1 =
  // rank(indices) (implicit trailing 1). -1 clamps to 0, 10 clamps to 3.
  hlo::Op op = MakeOp(OpCode::kGather);
  op.gather.offset_dims = {1};
  op.gather.collapsed_slice_dims = {0};
  op.gather.start_index_map = {0};
  op.gather.index_vector_dim = 1;
  op.gather.slice_sizes = {1, 2};
  Tensor table = F32({4, 2}, Iota(8));
  EXPECT_EQ(Get<float>(Eval(op, {table, I32({3}, {2, -1, 10})}, {E::kF32, {3, 2}})),
            (std::vector<float>{4, 5, 0, 1, 6, 7}));
  // Index vectors along dim 0 of a 2x2 indices tensor, 2x2 windows of a 3x3
  // operand, offset dims placed first in the result: result[a, b, j] with
  // j the batch index. Starts: (0, 1), (5, -3) -> (1, 0).
  hlo::Op w = MakeOp(OpCode::kGather);
  w.gather.offset_dims = {0, 1};
  w.gather.start_index_map = {0, 1};
  w.gather.index_vector_dim = 0;
  w.gather.slice_sizes = {2, 2};
  Tensor m = F32({3, 3}, Iota(9));
  EXPECT_EQ(Get<float>(Eval(w, {m, I32({2, 2}, {0, 5, 1, -3})}, {E::kF32, {2, 2, 2}})),
            (std::vector<float>{1, 3, 2, 4, 4, 6, 5, 7}));
}

TEST(ExecReference, GatherWithBatchingDims) {
  // result[b, :] = operand[b, idx[b], :], operand 2x3x2, indices 2x1.
  hlo::Op op = MakeOp(OpCode::kGather);
  op.gather.offset_dims = {1};
  op.gather.collapsed_slice_dims = {1};
  op.gather.operand_batching_dims = {0};
  op.gather.start_indices_batching_dims = {0};
  op.gather.start_index_map = {1};
  op.gather.index_vector_dim = 1;
  op.gather.slice_sizes = {1, 1, 2};
  Tensor x = F32({2, 3, 2}, Iota(12));
  EXPECT_EQ(Get<float>(Eval(op, {x, I32({2, 1}, {2, 7})}, {E::kF32, {2, 2}})),
            (std::vector<float>{4, 5, 10, 11}));
}

// ---- dot_general ---------------------------------------------------------------

TEST(ExecReference, DotGeneralMatmulAndTypes) {
  hlo::Op op = MakeOp(OpCode::kDotGeneral);
  op.dot.lhs_contracting = {1};
  op.dot.rhs_contracting = {0};
  Tensor a = F32({2, 3}, {1, 2, 3, 4, 5, 6});
  Tensor b = F32({3, 2}, {7, 8, 9, 10, 11, 12});
  EXPECT_EQ(Get<float>(Eval(op, {a, b}, {E::kF32, {2, 2}})),
            (std::vector<float>{58, 64, 139, 154}));
  // i8 x i8 -> i32 (no i8 overflow), bf16 x bf16 -> f32.
  Tensor ai = T<int8_t>(E::kI8, {1, 2}, {100, -100});
  Tensor bi = T<int8_t>(E::kI8, {2, 1}, {100, 27});
  EXPECT_EQ(Get<int32_t>(Eval(op, {ai, bi}, {E::kI32, {1, 1}})), (std::vector<int32_t>{7300}));
  Tensor ab = T<uint16_t>(E::kBF16, {1, 2}, {0x3F80, 0x4000});  // 1, 2
  Tensor bb = T<uint16_t>(E::kBF16, {2, 1}, {0x4040, 0x3F00});  // 3, 0.5
  EXPECT_EQ(Get<float>(Eval(op, {ab, bb}, {E::kF32, {1, 1}})), (std::vector<float>{4}));
}

TEST(ExecReference, DotGeneralBatchAndContractingOrder) {
  // lhs [B=2, K1=2, M=2, K2=3], rhs [K2=3, B=2, N=2, K1=2]; batch (0 | 1),
  // contracting (3, 1 | 0, 3). Result [B, M, N].
  hlo::Op op = MakeOp(OpCode::kDotGeneral);
  op.dot.lhs_batch = {0};
  op.dot.rhs_batch = {1};
  op.dot.lhs_contracting = {3, 1};
  op.dot.rhs_contracting = {0, 3};
  std::vector<float> l(24), r(24);
  for (int i = 0; i < 24; ++i) {
    l[static_cast<size_t>(i)] = static_cast<float>(i % 7 - 3);
    r[static_cast<size_t>(i)] = static_cast<float>(i % 5 - 1);
  }
  auto L = [&](int b, int k1, int m, int k2) {
    return l[static_cast<size_t>(((b * 2 + k1) * 2 + m) * 3 + k2)];
  };
  auto R = [&](int k2, int b, int n, int k1) {
    return r[static_cast<size_t>(((k2 * 2 + b) * 2 + n) * 2 + k1)];
  };
  std::vector<float> want;
  for (int b = 0; b < 2; ++b) {
    for (int m = 0; m < 2; ++m) {
      for (int n = 0; n < 2; ++n) {
        float s = 0;
        for (int k1 = 0; k1 < 2; ++k1) {
          for (int k2 = 0; k2 < 3; ++k2) s += L(b, k1, m, k2) * R(k2, b, n, k1);
        }
        want.push_back(s);
      }
    }
  }
  EXPECT_EQ(
      Get<float>(Eval(op, {F32({2, 2, 2, 3}, l), F32({3, 2, 2, 2}, r)}, {E::kF32, {2, 2, 2}})),
      want);
}

// ---- reduce --------------------------------------------------------------------

// Builds reduce regions: every value gets a type in module.value_types.
struct RegionBuilder {
  hlo::Module module;
  std::shared_ptr<hlo::Region> region = std::make_shared<hlo::Region>();
  hlo::ValueId Value(ElementType e) {
    module.value_types.push_back({e, {}});
    return static_cast<hlo::ValueId>(module.value_types.size() - 1);
  }
  hlo::ValueId Arg(ElementType e) {
    hlo::ValueId v = Value(e);
    region->args.push_back(v);
    return v;
  }
  hlo::ValueId Add(hlo::Op op, ElementType result) {
    hlo::ValueId v = Value(result);
    op.results = {v};
    region->ops.push_back(std::move(op));
    return v;
  }
  hlo::ValueId Binary(OpCode code, hlo::ValueId a, hlo::ValueId b, ElementType result) {
    hlo::Op op = MakeOp(code);
    op.operands = {a, b};
    return Add(std::move(op), result);
  }
  void Return(std::vector<hlo::ValueId> values) {
    hlo::Op op = MakeOp(OpCode::kReturn);
    op.operands = std::move(values);
    region->ops.push_back(std::move(op));
  }
};

hlo::Op ReduceOp(const RegionBuilder& rb, std::vector<int64_t> dims) {
  hlo::Op op = MakeOp(OpCode::kReduce);
  op.dims = std::move(dims);
  op.body = rb.region;
  return op;
}

TEST(ExecReference, ReduceSumAndMaxWithInit) {
  RegionBuilder sum;
  hlo::ValueId a = sum.Arg(E::kF32), b = sum.Arg(E::kF32);
  sum.Return({sum.Binary(OpCode::kAdd, a, b, E::kF32)});
  Tensor x = F32({2, 3}, {1, 2, 3, 4, 5, 6});
  EXPECT_EQ(Get<float>(Eval(ReduceOp(sum, {1}), {x, F32({}, {10})}, {E::kF32, {2}}, sum.module)),
            (std::vector<float>{16, 25}));
  EXPECT_EQ(Get<float>(Eval(ReduceOp(sum, {0}), {x, F32({}, {0})}, {E::kF32, {3}}, sum.module)),
            (std::vector<float>{5, 7, 9}));
  EXPECT_EQ(
      Get<float>(Eval(ReduceOp(sum, {0, 1}), {x, F32({}, {0.5f})}, {E::kF32, {}}, sum.module)),
      (std::vector<float>{21.5f}));
  EXPECT_EQ(Get<float>(Eval(ReduceOp(sum, {}), {x, F32({}, {1})}, {E::kF32, {2, 3}}, sum.module)),
            (std::vector<float>{2, 3, 4, 5, 6, 7}));
  RegionBuilder mx;
  hlo::ValueId c = mx.Arg(E::kF32), d = mx.Arg(E::kF32);
  mx.Return({mx.Binary(OpCode::kMaximum, d, c, E::kF32)});
  std::vector<float> m = Get<float>(
      Eval(ReduceOp(mx, {1}), {F32({3, 2}, {-1, -2, kNaN, 1, -kInf, -kInf}), F32({}, {-kInf})},
           {E::kF32, {3}}, mx.module));
  EXPECT_EQ(m[0], -1.0f);
  EXPECT_TRUE(std::isnan(m[1]));
  EXPECT_EQ(m[2], -kInf);
}

TEST(ExecReference, ReduceFastPathMatchesInterpreter) {
  // bf16 sum rounds after every step: 1 + 2^-8 + 2^-8 ... stays 1 with
  // ties-to-even, while f32 accumulation would not. The second body adds a
  // no-op reshape, which forces the region interpreter.
  RegionBuilder fast;
  hlo::ValueId a = fast.Arg(E::kBF16), b = fast.Arg(E::kBF16);
  fast.Return({fast.Binary(OpCode::kAdd, a, b, E::kBF16)});
  RegionBuilder slow;
  hlo::ValueId c = slow.Arg(E::kBF16), d = slow.Arg(E::kBF16);
  hlo::ValueId s = slow.Binary(OpCode::kAdd, c, d, E::kBF16);
  hlo::Op reshape = MakeOp(OpCode::kReshape);
  reshape.operands = {s};
  slow.Return({slow.Add(std::move(reshape), E::kBF16)});
  Tensor x = T<uint16_t>(E::kBF16, {4}, {0x3B80, 0x3B80, 0x3B80, 0x3B80});  // 4 x 2^-8
  Tensor init = T<uint16_t>(E::kBF16, {}, {0x3F80});                        // 1
  std::vector<uint16_t> f =
      Get<uint16_t>(Eval(ReduceOp(fast, {0}), {x, init}, {E::kBF16, {}}, fast.module));
  std::vector<uint16_t> g =
      Get<uint16_t>(Eval(ReduceOp(slow, {0}), {x, init}, {E::kBF16, {}}, slow.module));
  EXPECT_EQ(f, (std::vector<uint16_t>{0x3F80}));
  EXPECT_EQ(f, g);
}

// Argmax reducer (values, indices): keep the accumulator when it is greater,
// is NaN, or is equal with a smaller index.
RegionBuilder ArgMaxRegion() {
  RegionBuilder rb;
  hlo::ValueId av = rb.Arg(E::kF32), ai = rb.Arg(E::kI32), xv = rb.Arg(E::kF32),
               xi = rb.Arg(E::kI32);
  auto cmp = [&](hlo::ComparisonDirection dir, hlo::ValueId p, hlo::ValueId q) {
    hlo::Op op = MakeOp(OpCode::kCompare);
    op.operands = {p, q};
    op.direction = dir;
    return rb.Add(std::move(op), E::kI1);
  };
  using D = hlo::ComparisonDirection;
  hlo::ValueId gt = cmp(D::kGt, av, xv);
  hlo::ValueId nan = cmp(D::kNe, av, av);
  hlo::ValueId eq = cmp(D::kEq, av, xv);
  hlo::ValueId lt = cmp(D::kLt, ai, xi);
  hlo::ValueId keep = rb.Binary(OpCode::kOr, rb.Binary(OpCode::kOr, gt, nan, E::kI1),
                                rb.Binary(OpCode::kAnd, eq, lt, E::kI1), E::kI1);
  auto sel = [&](hlo::ValueId p, hlo::ValueId t, hlo::ValueId f, ElementType e) {
    hlo::Op op = MakeOp(OpCode::kSelect);
    op.operands = {p, t, f};
    return rb.Add(std::move(op), e);
  };
  hlo::ValueId v = sel(keep, av, xv, E::kF32);
  hlo::ValueId i = sel(keep, ai, xi, E::kI32);
  rb.Return({v, i});
  return rb;
}

TEST(ExecReference, ReduceMultiOperandArgMax) {
  RegionBuilder rb = ArgMaxRegion();
  // Rows: ties -> first index; NaN wins (first NaN); all -inf -> index 0.
  Tensor v = F32({3, 4}, {1, 5, 3, 5, 1, kNaN, 7, kNaN, -kInf, -kInf, -kInf, -kInf});
  Tensor idx = I32({3, 4}, {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3});
  std::vector<Tensor> out = EvalN(ReduceOp(rb, {1}), {v, idx, F32({}, {-kInf}), I32({}, {0})},
                                  {{E::kF32, {3}}, {E::kI32, {3}}}, rb.module);
  std::vector<float> mv = Get<float>(out[0]);
  EXPECT_EQ(mv[0], 5.0f);
  EXPECT_TRUE(std::isnan(mv[1]));
  EXPECT_EQ(mv[2], -kInf);
  EXPECT_EQ(Get<int32_t>(out[1]), (std::vector<int32_t>{1, 1, 0}));
}

// ---- parsed program -------------------------------------------------------------

// Runs function `main` op by op with EvalReference.
std::vector<Tensor> Interpret(const hlo::Module& m, std::vector<Tensor> args) {
  const hlo::Function* fn = m.FindFunction("main");
  EXPECT_NE(fn, nullptr);
  if (fn == nullptr) return {};
  std::vector<Tensor> values(m.value_types.size());
  for (size_t i = 0; i < args.size(); ++i)
    values[static_cast<size_t>(fn->body.args[i])] = std::move(args[i]);
  for (const hlo::Op& op : fn->body.ops) {
    if (op.code == OpCode::kReturn) {
      std::vector<Tensor> out;
      for (hlo::ValueId v : op.operands) out.push_back(values[static_cast<size_t>(v)]);
      return out;
    }
    std::vector<Tensor> ins;
    for (hlo::ValueId v : op.operands) ins.push_back(values[static_cast<size_t>(v)]);
    std::vector<TensorType> types;
    for (hlo::ValueId v : op.results) types.push_back(m.type(v));
    std::vector<Tensor> outs = EvalN(op, ins, types, m);
    for (size_t i = 0; i < outs.size(); ++i)
      values[static_cast<size_t>(op.results[i])] = std::move(outs[i]);
  }
  ADD_FAILURE() << "no return";
  return {};
}

TEST(ExecReference, ParsedArgMaxProgram) {
  // Generic-form two-operand reduce (argmax with first index on ties and NaN
  // winning), plus a pretty-form reduce over the result.
  const char* text = R"(
func.func @main(%x: tensor<2x4xf32>) -> (tensor<2xf32>, tensor<2xi32>, tensor<f32>) {
  %io = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<2x4xi32>
  %ninf = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %z = stablehlo.constant dense<0> : tensor<i32>
  %r:2 = "stablehlo.reduce"(%x, %io, %ninf, %z) ({
  ^bb0(%a: tensor<f32>, %b: tensor<i32>, %c: tensor<f32>, %d: tensor<i32>):
    %gt = "stablehlo.compare"(%a, %c) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %nan = "stablehlo.compare"(%a, %a) {comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %eq = "stablehlo.compare"(%a, %c) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %lt = "stablehlo.compare"(%b, %d) {comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %p = "stablehlo.or"(%gt, %nan) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %t = "stablehlo.and"(%eq, %lt) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %k = "stablehlo.or"(%p, %t) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %v = "stablehlo.select"(%k, %a, %c) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %i = "stablehlo.select"(%k, %b, %d) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "stablehlo.return"(%v, %i) : (tensor<f32>, tensor<i32>) -> ()
  }) {dimensions = array<i64: 1>} : (tensor<2x4xf32>, tensor<2x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
  %s = stablehlo.reduce(%x init: %ninf) applies stablehlo.maximum across dimensions = [0, 1] : (tensor<2x4xf32>, tensor<f32>) -> tensor<f32>
  func.return %r#0, %r#1, %s : tensor<2xf32>, tensor<2xi32>, tensor<f32>
}
)";
  hlo::Module m = hlo::testing::MustParse(text);
  if (m.functions.empty()) return;
  std::vector<Tensor> out = Interpret(m, {F32({2, 4}, {1, 7, 3, 7, kNaN, 2, kNaN, 9})});
  ASSERT_EQ(out.size(), 3u);
  std::vector<float> v = Get<float>(out[0]);
  EXPECT_EQ(v[0], 7.0f);
  EXPECT_TRUE(std::isnan(v[1]));
  EXPECT_EQ(Get<int32_t>(out[1]), (std::vector<int32_t>{1, 0}));
  EXPECT_TRUE(std::isnan(Get<float>(out[2])[0]));
}

// ---- the op table ---------------------------------------------------------------

// Every op of the table but the terminator has a reference kernel, and it runs
// the op's sample (hlo_test_util.h) on zero arguments.
TEST(ExecReference, EveryOpInTheTableHasAKernel) {
  for (const hlo::OpInfo& info : hlo::kOpTable) {
    SCOPED_TRACE(info.name);
    if (info.category == hlo::OpCategory::kTerminator) {
      EXPECT_FALSE(HasReferenceKernel(info.code));
      continue;
    }
    ASSERT_TRUE(HasReferenceKernel(info.code))
        << info.name << ": its category has no kernel in src/exec/reference.cc";
    std::string text = hlo::testing::OpSampleModule(info);
    ASSERT_FALSE(text.empty()) << info.name << " has no sample in hlo_test_util.h";
    hlo::Module m = hlo::testing::MustParse(text);
    ASSERT_EQ(m.functions.size(), 1u);
    std::vector<Tensor> args;
    for (hlo::ValueId v : m.functions[0].body.args) {
      args.push_back(Empty(m.type(v).element, m.type(v).dims));
    }
    EXPECT_EQ(Interpret(m, std::move(args)).size(), 1u);
  }
}

// Unary and binary kernels are defined on every element type the verifier
// lets through for them (the row's ElementClass).
TEST(ExecReference, ElementwiseKernelsCoverTheirElementClass) {
  int runs = 0;
  for (const hlo::OpInfo& info : hlo::kOpTable) {
    if (info.category != hlo::OpCategory::kUnaryElementwise &&
        info.category != hlo::OpCategory::kBinaryElementwise) {
      continue;
    }
    for (ElementType e : {E::kI1, E::kI8, E::kI16, E::kI32, E::kI64, E::kUI8, E::kUI16, E::kUI32,
                          E::kUI64, E::kF16, E::kBF16, E::kF32, E::kF64}) {
      if (!hlo::InElementClass(info.elements, e)) continue;
      SCOPED_TRACE(StrCat(info.name, " on ", hlo::ElementTypeName(e)));
      std::vector<Tensor> ins(static_cast<size_t>(info.operands), Empty(e, {3}));
      Eval(MakeOp(info.code), ins, TensorType{e, {3}});
      ++runs;
    }
  }
  EXPECT_GT(runs, 100);
}

}  // namespace
}  // namespace hf2hlo::exec
