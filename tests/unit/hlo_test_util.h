// Helpers shared by the hlo parser and verifier tests.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "hlo/hlo.h"

namespace hf2hlo::hlo::testing {

// Parses `text` as "t.mlir" or fails the test; returns an empty module then.
inline Module MustParse(const std::string& text) {
  auto m = ParseModule(text, "t.mlir");
  EXPECT_TRUE(m.ok()) << m.status().message();
  return m.ok() ? std::move(m).value() : Module{};
}

// The error message of parsing `text` as "t.mlir" ("" if it parsed).
inline std::string ParseError(const std::string& text) {
  auto m = ParseModule(text, "t.mlir");
  return m.ok() ? std::string() : m.status().message();
}

// Number of ops with `code` in the function body (not counting regions).
inline int CountOps(const Function& fn, OpCode code) {
  int n = 0;
  for (const Op& op : fn.body.ops) n += op.code == code;
  return n;
}

// A module whose @main applies the op of `info` once, to its arguments in
// order, and returns its result: the op's one sample for tests that walk the
// op table. Unary and binary elementwise samples follow from the row (element
// type: the first of f32, i32, i1 in its class); every other op needs an entry
// below, and "" means it has none yet.
inline std::string OpSampleModule(const OpInfo& info) {
  struct Sample {
    std::string args, op, result;
  };
  static const auto* samples = new std::map<OpCode, Sample>{
      {OpCode::kClamp,
       {"%a: tensor<f32>, %b: tensor<2xf32>, %c: tensor<f32>",
        "stablehlo.clamp %a, %b, %c : (tensor<f32>, tensor<2xf32>, tensor<f32>) -> tensor<2xf32>",
        "tensor<2xf32>"}},
      {OpCode::kSelect,
       {"%p: tensor<2xi1>, %a: tensor<2xf32>, %b: tensor<2xf32>",
        "stablehlo.select %p, %a, %b : tensor<2xi1>, tensor<2xf32>", "tensor<2xf32>"}},
      {OpCode::kCompare,
       {"%a: tensor<2xf32>, %b: tensor<2xf32>",
        "stablehlo.compare LT, %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>",
        "tensor<2xi1>"}},
      {OpCode::kConvert,
       {"%a: tensor<2xf32>", "stablehlo.convert %a : (tensor<2xf32>) -> tensor<2xbf16>",
        "tensor<2xbf16>"}},
      {OpCode::kBroadcastInDim,
       {"%a: tensor<3xf32>",
        "stablehlo.broadcast_in_dim %a, dims = [1] : (tensor<3xf32>) -> tensor<2x3xf32>",
        "tensor<2x3xf32>"}},
      {OpCode::kConcatenate,
       {"%a: tensor<2xi32>, %b: tensor<3xi32>",
        "stablehlo.concatenate %a, %b, dim = 0 : (tensor<2xi32>, tensor<3xi32>) -> tensor<5xi32>",
        "tensor<5xi32>"}},
      {OpCode::kDynamicSlice,
       {"%a: tensor<4xf32>, %i: tensor<i32>",
        "stablehlo.dynamic_slice %a, %i, sizes = [2] : (tensor<4xf32>, tensor<i32>) -> "
        "tensor<2xf32>",
        "tensor<2xf32>"}},
      {OpCode::kDynamicUpdateSlice,
       {"%a: tensor<4xf32>, %u: tensor<2xf32>, %i: tensor<i32>",
        "stablehlo.dynamic_update_slice %a, %u, %i : (tensor<4xf32>, tensor<2xf32>, tensor<i32>) "
        "-> tensor<4xf32>",
        "tensor<4xf32>"}},
      {OpCode::kPad,
       {"%a: tensor<2xf32>, %v: tensor<f32>",
        "stablehlo.pad %a, %v, low = [1], high = [0], interior = [1] : (tensor<2xf32>, "
        "tensor<f32>) -> tensor<4xf32>",
        "tensor<4xf32>"}},
      {OpCode::kReshape,
       {"%a: tensor<2x3xf32>", "stablehlo.reshape %a : (tensor<2x3xf32>) -> tensor<6xf32>",
        "tensor<6xf32>"}},
      {OpCode::kReverse,
       {"%a: tensor<3xf16>", "stablehlo.reverse %a, dims = [0] : tensor<3xf16>", "tensor<3xf16>"}},
      {OpCode::kSlice,
       {"%a: tensor<4xf32>", "stablehlo.slice %a [1:3] : (tensor<4xf32>) -> tensor<2xf32>",
        "tensor<2xf32>"}},
      {OpCode::kTranspose,
       {"%a: tensor<2x3xf32>",
        "stablehlo.transpose %a, dims = [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>",
        "tensor<3x2xf32>"}},
      {OpCode::kGather,
       {"%a: tensor<4x3xf32>, %i: tensor<2x1xi32>",
        "\"stablehlo.gather\"(%a, %i) {dimension_numbers = #stablehlo.gather<offset_dims = [1], "
        "collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = "
        "array<i64: 1, 3>} : (tensor<4x3xf32>, tensor<2x1xi32>) -> tensor<2x3xf32>",
        "tensor<2x3xf32>"}},
      {OpCode::kIota, {"", "stablehlo.iota dim = 0 : tensor<4xui8>", "tensor<4xui8>"}},
      {OpCode::kConstant,
       {"", "stablehlo.constant dense<[1.5, -2.0]> : tensor<2xf64>", "tensor<2xf64>"}},
      {OpCode::kDotGeneral,
       {"%a: tensor<2x3xf32>, %b: tensor<3x4xf32>",
        "stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<2x3xf32>, "
        "tensor<3x4xf32>) -> tensor<2x4xf32>",
        "tensor<2x4xf32>"}},
      {OpCode::kReduce,
       {"%a: tensor<3xf32>, %c: tensor<f32>",
        "stablehlo.reduce(%a init: %c) applies stablehlo.add across dimensions = [0] : "
        "(tensor<3xf32>, tensor<f32>) -> tensor<f32>",
        "tensor<f32>"}},
  };
  auto module = [](const Sample& s) {
    std::string text = "func.func @main(" + s.args + ") -> " + s.result + " {\n";
    if (!s.op.empty()) text += "  %r = " + s.op + "\n";
    return text + "  return %r : " + s.result + "\n}\n";
  };
  bool unary = info.category == OpCategory::kUnaryElementwise;
  if (unary || info.category == OpCategory::kBinaryElementwise) {
    std::string t;
    for (ElementType e : {ElementType::kF32, ElementType::kI32, ElementType::kI1}) {
      if (t.empty() && InElementClass(info.elements, e)) t = TensorType{e, {2}}.ToString();
    }
    return module({unary ? "%a: " + t : "%a: " + t + ", %b: " + t,
                   std::string(info.name) + (unary ? " %a : " : " %a, %b : ") + t, t});
  }
  if (info.category == OpCategory::kTerminator) {
    return module({"%r: tensor<2xf32>", "", "tensor<2xf32>"});
  }
  auto it = samples->find(info.code);
  return it == samples->end() ? std::string() : module(it->second);
}

}  // namespace hf2hlo::hlo::testing
