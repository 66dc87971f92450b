// Reference kernels (exec::EvalReference) on hand-built elementwise ops (unary,
// binary, compare / select / clamp, convert) with hand-derived expected values,
// including the StableHLO spec's edge cases. Shared helpers: exec_reference_test_util.h.
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "exec/kernels.h"
#include "exec_reference_test_util.h"
#include "gtest/gtest.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
using hlo::OpCode;
using hlo::TensorType;
using E = ElementType;
using reference_test::Bits;
using reference_test::Eval;
using reference_test::F32;
using reference_test::Get;
using reference_test::I32;
using reference_test::MakeOp;
using reference_test::Pred;
using reference_test::Run1;
using reference_test::RunF;
using reference_test::RunI;
using reference_test::T;
using reference_test::Tensor;
using reference_test::kInf;
using reference_test::kNaN;

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

}  // namespace
}  // namespace hf2hlo::exec
