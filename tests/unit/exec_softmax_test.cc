// The fused softmax step (src/exec/softmax.h): which op chains the planner
// fuses, and the reference kernels' bits for every element on any thread
// count, with masks, infinities, signed zeros and NaN rows.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "exec/exec.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec {
namespace {

// A softmax over the last axis of x [rows..., n] as the emitter writes it,
// scaled first so x is an intermediate. With `exp_escapes`, exp is also a
// result (so the chain must not be fused).
std::string SoftmaxText(const std::string& shape, const std::string& row_shape, int64_t rank,
                        bool exp_escapes) {
  std::string dims;
  for (int64_t d = 0; d + 1 < rank; ++d) dims += (d ? ", " : "") + std::to_string(d);
  const std::string t = "tensor<" + shape + "xf32>",
                    r = row_shape.empty() ? "tensor<f32>" : "tensor<" + row_shape + "xf32>";
  const std::string last = std::to_string(rank - 1);
  std::string text = "func.func @main(%x0: " + t + ") -> (" + t + (exp_escapes ? ", " + t : "") +
                     ") {\n";
  text += "  %c = stablehlo.constant dense<1.25e-01> : " + t + "\n";
  text += "  %x = stablehlo.multiply %x0, %c : " + t + "\n";
  text += "  %ninf = stablehlo.constant dense<0xFF800000> : tensor<f32>\n";
  text += "  %zero = stablehlo.constant dense<0.0> : tensor<f32>\n";
  text += "  %mx = stablehlo.reduce(%x init: %ninf) applies stablehlo.maximum across dimensions = [" +
          last + "] : (" + t + ", tensor<f32>) -> " + r + "\n";
  text += "  %a = stablehlo.broadcast_in_dim %mx, dims = [" + dims + "] : (" + r + ") -> " + t + "\n";
  text += "  %d = stablehlo.subtract %x, %a : " + t + "\n";
  text += "  %e = stablehlo.exponential %d : " + t + "\n";
  text += "  %sm = stablehlo.reduce(%e init: %zero) applies stablehlo.add across dimensions = [" +
          last + "] : (" + t + ", tensor<f32>) -> " + r + "\n";
  text += "  %b = stablehlo.broadcast_in_dim %sm, dims = [" + dims + "] : (" + r + ") -> " + t + "\n";
  text += "  %y = stablehlo.divide %e, %b : " + t + "\n";
  text += "  func.return %y" + std::string(exp_escapes ? ", %e" : "") + " : " + t +
          (exp_escapes ? ", " + t : "") + "\n}\n";
  return text;
}

struct Outcome {
  std::vector<std::vector<float>> results;
  int64_t fused = 0;
};

Outcome RunSoftmax(const std::string& text, std::vector<float>& x, int threads, bool reference) {
  auto module = hlo::ParseModule(text, "softmax.mlir");
  EXPECT_TRUE(module.ok()) << module.status().message();
  auto p = Program::Create(std::move(module).value(),
                           ExecOptions{.num_threads = threads, .reference_only = reference});
  EXPECT_TRUE(p.ok()) << p.status().message();
  std::vector<void*> args = {x.data()};
  auto out = (*p)->Run(args);
  EXPECT_TRUE(out.ok()) << out.status().message();
  Outcome o;
  o.fused = (*p)->stats().fused_softmax;
  for (size_t i = 0; i < out->size(); ++i) {
    const auto* f = static_cast<const float*>((*out)[i]);
    o.results.emplace_back(f, f + (*p)->result_types()[i].num_elements());
  }
  return o;
}

bool SameBits(float a, float b) {
  uint32_t x, y;
  std::memcpy(&x, &a, 4);
  std::memcpy(&y, &b, 4);
  return x == y || (std::isnan(a) && std::isnan(b));
}

// Rows of random logits; some rows get a causal-mask tail (-1e30), infinities,
// zeros of both signs only, or a NaN.
std::vector<float> Logits(int64_t rows, int64_t n, std::mt19937& rng) {
  std::normal_distribution<float> g(0.0f, 30.0f);
  std::vector<float> x(static_cast<size_t>(rows * n));
  for (float& v : x) v = g(rng);
  const float inf = std::numeric_limits<float>::infinity();
  for (int64_t r = 0; r < rows; ++r) {
    float* row = x.data() + r * n;
    switch (r % 7) {
      case 1:
        for (int64_t i = n / 2; i < n; ++i) row[i] = -1e30f;
        break;
      case 2:
        row[n - 1] = -inf;
        break;
      case 3:
        for (int64_t i = 0; i < n; ++i) row[i] = i % 2 ? 0.0f : -0.0f;
        break;
      case 4:
        row[n / 3] = std::nanf("");
        break;
      case 5:
        row[0] = inf;
        break;
      default:
        break;
    }
  }
  return x;
}

TEST(FusedSoftmax, GivesTheReferenceBitsOnAnyThreadCount) {
  std::mt19937 rng(3);
  for (auto [shape, row_shape, rank, rows, n] :
       std::vector<std::tuple<std::string, std::string, int64_t, int64_t, int64_t>>{
           {"1", "", 1, 1, 1},
           {"7x1", "7", 2, 7, 1},
           {"14x7", "14", 2, 14, 7},
           {"3x9", "3", 2, 3, 9},
           {"1x3x3x1536", "1x3x3", 4, 9, 1536},
           {"2x3x64x131", "2x3x64", 4, 384, 131}}) {
    std::vector<float> x = Logits(rows, n, rng);
    const std::string text = SoftmaxText(shape, row_shape.empty() ? "" : row_shape, rank, false);
    Outcome want = RunSoftmax(text, x, 1, true);
    EXPECT_EQ(want.fused, 0);
    for (int threads : {1, 2, 3}) {
      Outcome got = RunSoftmax(text, x, threads, false);
      EXPECT_EQ(got.fused, 1) << shape;
      ASSERT_EQ(got.results[0].size(), want.results[0].size());
      for (size_t i = 0; i < want.results[0].size(); ++i) {
        ASSERT_TRUE(SameBits(got.results[0][i], want.results[0][i]))
            << shape << " threads " << threads << " at " << i << ": " << got.results[0][i]
            << " vs " << want.results[0][i];
      }
    }
  }
}

// exp also returned: the chain stays op by op (and still agrees).
TEST(FusedSoftmax, ChainWithAnOutsideReaderIsNotFused) {
  std::mt19937 rng(4);
  std::vector<float> x = Logits(6, 33, rng);
  const std::string text = SoftmaxText("6x33", "6", 2, true);
  Outcome got = RunSoftmax(text, x, 2, false), want = RunSoftmax(text, x, 1, true);
  EXPECT_EQ(got.fused, 0);
  for (size_t k = 0; k < 2; ++k) {
    for (size_t i = 0; i < want.results[k].size(); ++i)
      ASSERT_TRUE(SameBits(got.results[k][i], want.results[k][i])) << k << " at " << i;
  }
}

}  // namespace
}  // namespace hf2hlo::exec
