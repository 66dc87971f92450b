// Reference kernels (exec::EvalReference) on parsed programs and on every op of
// the op table; the per-op tests with hand-derived expected values are in
// exec_reference_{elementwise,structural}_test.cc. Shared helpers:
// exec_reference_test_util.h.
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "exec/kernels.h"
#include "exec_reference_test_util.h"
#include "gtest/gtest.h"
#include "hlo/hlo.h"
#include "hlo_test_util.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
using hlo::OpCode;
using hlo::TensorType;
using E = ElementType;
using reference_test::Empty;
using reference_test::Eval;
using reference_test::EvalN;
using reference_test::F32;
using reference_test::Get;
using reference_test::MakeOp;
using reference_test::Tensor;
using reference_test::kNaN;

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
