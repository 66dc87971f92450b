// The executor's f32 exp and logistic (kernels.h, reference_exp.cc): the
// error bound against the true value over the whole finite range, the
// special values, and the same bits from the scalar and array (AVX2) forms.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>
#include <limits>
#include <random>
#include <vector>

#include "exec/kernels.h"

namespace hf2hlo::exec {
namespace {

uint32_t Bits(float f) {
  uint32_t b;
  std::memcpy(&b, &f, 4);
  return b;
}

// Distance in units in the last place between two non-negative finite floats.
int64_t UlpDistance(float a, float b) {
  return std::llabs(static_cast<int64_t>(Bits(a)) - static_cast<int64_t>(Bits(b)));
}

float FromBits(uint32_t b) {
  float f;
  std::memcpy(&f, &b, 4);
  return f;
}

// Every step-th float between two floats of the same sign (both included in
// magnitude order), and +-0.
std::vector<float> Sweep(float a, float b, uint32_t step) {
  uint32_t lo = Bits(a), hi = Bits(b);
  if (lo > hi) std::swap(lo, hi);
  std::vector<float> xs = {0.0f, -0.0f};
  for (uint64_t i = lo; i <= hi; i += step) xs.push_back(FromBits(static_cast<uint32_t>(i)));
  return xs;
}

TEST(ExpF32, WithinOneUlpOfTheTrueValue) {
  int64_t worst = 0;
  float worst_x = 0;
  // Every 211th float of magnitude 1e-30 .. 104 of either sign (about 4.2
  // million values), which covers every exponent and reduced argument.
  for (const auto& [lo, hi] : {std::pair{1e-30f, 89.0f}, std::pair{-1e-30f, -104.0f}}) {
    for (float x : Sweep(lo, hi, 211)) {
      const float want = static_cast<float>(std::exp(static_cast<double>(x)));
      const float got = ExpF32(x);
      if (std::isinf(want)) {
        ASSERT_TRUE(std::isinf(got)) << x;
        continue;
      }
      ASSERT_TRUE(std::isfinite(got)) << x;
      const int64_t d = UlpDistance(got, want);
      if (d > worst) worst = d, worst_x = x;
    }
  }
  EXPECT_LE(worst, 1) << "at x = " << worst_x;
}

TEST(ExpF32, SpecialValues) {
  const float inf = std::numeric_limits<float>::infinity();
  EXPECT_TRUE(std::isnan(ExpF32(std::nanf(""))));
  EXPECT_EQ(ExpF32(inf), inf);
  EXPECT_EQ(Bits(ExpF32(-inf)), Bits(0.0f));
  EXPECT_EQ(ExpF32(0.0f), 1.0f);
  EXPECT_EQ(ExpF32(-0.0f), 1.0f);
  EXPECT_EQ(ExpF32(1e-30f), 1.0f);
  EXPECT_EQ(ExpF32(1e30f), inf);
  EXPECT_EQ(Bits(ExpF32(-1e30f)), Bits(0.0f));
  // The largest x with a finite exp, and the next float.
  EXPECT_TRUE(std::isfinite(ExpF32(88.72283172607421875f)));
  EXPECT_EQ(ExpF32(std::nextafter(88.72283172607421875f, 100.0f)), inf);
  // Subnormal results, and the last x whose exp rounds above zero.
  EXPECT_GT(ExpF32(-100.0f), 0.0f);
  EXPECT_LT(ExpF32(-100.0f), std::numeric_limits<float>::min());
  EXPECT_GT(ExpF32(-103.97207641601562500f), 0.0f);
  EXPECT_EQ(ExpF32(std::nextafter(-103.97207641601562500f, -200.0f)), 0.0f);
  EXPECT_EQ(ExpF32(-1e30f), 0.0f);
}

std::vector<float> MixedValues(int n, std::mt19937& rng) {
  std::uniform_real_distribution<float> wide(-110.0f, 95.0f), narrow(-2.0f, 2.0f);
  const float inf = std::numeric_limits<float>::infinity();
  const float specials[] = {std::nanf(""), -std::nanf(""), inf, -inf, 0.0f, -0.0f,
                            88.72283172607421875f, -103.97207641601562500f, -1e30f, 1e-40f};
  std::vector<float> v;
  for (int i = 0; i < n; ++i) {
    const int pick = i % 13;
    v.push_back(pick < 10 ? (pick % 2 ? wide(rng) : narrow(rng)) : specials[(i / 13) % 10]);
  }
  return v;
}

TEST(ExpF32, ArrayFormGivesTheScalarBits) {
  std::mt19937 rng(5);
  for (int n : {0, 1, 7, 8, 9, 31, 1000, 4099}) {
    std::vector<float> x = MixedValues(n, rng), e(x.size()), l(x.size());
    ExpF32Array(x.data(), e.data(), n);
    LogisticF32Array(x.data(), l.data(), n);
    for (int i = 0; i < n; ++i) {
      ASSERT_EQ(Bits(e[i]), Bits(ExpF32(x[i]))) << "exp(" << x[i] << ") n=" << n << " i=" << i;
      ASSERT_EQ(Bits(l[i]), Bits(LogisticF32(x[i]))) << "logistic(" << x[i] << ")";
    }
    std::vector<float> in_place = x;  // y == x is allowed
    ExpF32Array(in_place.data(), in_place.data(), n);
    for (int i = 0; i < n; ++i) ASSERT_EQ(Bits(in_place[i]), Bits(e[i]));
  }
}

TEST(LogisticF32, WithinFourUlpOfTheTrueValue) {
  int64_t worst = 0;
  std::vector<float> xs = Sweep(1e-30f, 87.0f, 211), negative = Sweep(-1e-30f, -87.0f, 211);
  xs.insert(xs.end(), negative.begin(), negative.end());
  for (float x : xs) {
    const float want = static_cast<float>(1.0 / (1.0 + std::exp(-static_cast<double>(x))));
    worst = std::max(worst, UlpDistance(LogisticF32(x), want));
  }
  EXPECT_LE(worst, 4);
  EXPECT_EQ(LogisticF32(std::numeric_limits<float>::infinity()), 1.0f);
  EXPECT_EQ(LogisticF32(-std::numeric_limits<float>::infinity()), 0.0f);
  EXPECT_TRUE(std::isnan(LogisticF32(std::nanf(""))));
}

}  // namespace
}  // namespace hf2hlo::exec
