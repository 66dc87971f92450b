// A typed StableHLO text builder. Each method appends one op in its pretty
// form (generic form for gather), infers the result type, and returns the
// typed SSA value. Shape errors here are emitter bugs, so they CHECK-fail.
// Output is deterministic: SSA names are sequential and constants are
// de-duplicated in order of first use.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace hf2hlo::emit {

using Dims = std::vector<int64_t>;

struct TensorType {
  DType dtype = DType::kF32;
  Dims dims;
  bool operator==(const TensorType&) const = default;
};
// "tensor<2x3xf32>", "tensor<i32>".
std::string TypeString(const TensorType& type);

struct Value {
  std::string name;  // "%arg3", "%17"
  TensorType type;
  int64_t rank() const { return static_cast<int64_t>(type.dims.size()); }
  int64_t dim(int64_t i) const { return type.dims[static_cast<size_t>(i)]; }
};

enum class CompareType { kSigned, kFloat };

class Builder {
 public:
  // Appends a function argument. `loc` names it; `alias_result` marks it
  // tf.aliasing_output of that result index.
  Value Arg(const TensorType& type, const std::string& loc,
            std::optional<int> alias_result = std::nullopt);

  Value SplatF32(float value, const Dims& dims);
  Value SplatI32(int32_t value, const Dims& dims);
  // Raw little-endian f32 blob constant of `dims`.
  Value TableF32(const std::vector<float>& values, const Dims& dims);

  Value Add(const Value& a, const Value& b) { return Binary("add", a, b); }
  Value Subtract(const Value& a, const Value& b) { return Binary("subtract", a, b); }
  Value Multiply(const Value& a, const Value& b) { return Binary("multiply", a, b); }
  Value Divide(const Value& a, const Value& b) { return Binary("divide", a, b); }
  Value And(const Value& a, const Value& b) { return Binary("and", a, b); }
  Value Negate(const Value& a) { return Unary("negate", a); }
  Value Exp(const Value& a) { return Unary("exponential", a); }
  Value Rsqrt(const Value& a) { return Unary("rsqrt", a); }
  Value Logistic(const Value& a) { return Unary("logistic", a); }
  Value Tanh(const Value& a) { return Unary("tanh", a); }
  Value Abs(const Value& a) { return Unary("abs", a); }
  Value Sign(const Value& a) { return Unary("sign", a); }

  // Converts to `dtype`; returns `a` itself when it already has it.
  Value Convert(const Value& a, DType dtype);
  Value Broadcast(const Value& a, const Dims& dims, const Dims& result_dims);
  Value Reshape(const Value& a, const Dims& result_dims);
  Value Transpose(const Value& a, const Dims& permutation);
  Value Slice(const Value& a, const Dims& start, const Dims& limit);
  Value Concatenate(const std::vector<Value>& values, int64_t dim);
  Value Iota(int64_t dim, const TensorType& type);
  // Direction is "LE", "LT", "EQ", ...; the result is an i1 tensor.
  Value Compare(const std::string& direction, const Value& a, const Value& b, CompareType type);
  Value Select(const Value& pred, const Value& on_true, const Value& on_false);
  // Reduces `a` over `dims` with "add" (init 0) or "maximum" (init -inf).
  Value ReduceSum(const Value& a, const Dims& dims);
  Value ReduceMax(const Value& a, const Dims& dims);
  // Result dims: batch, lhs free, rhs free (StableHLO dot_general C12).
  Value DotGeneral(const Value& lhs, const Value& rhs, const Dims& lhs_batch, const Dims& rhs_batch,
                   const Dims& lhs_contract, const Dims& rhs_contract);
  // `starts` are scalar i32 values, one per dimension.
  Value DynamicSlice(const Value& a, const std::vector<Value>& starts, const Dims& sizes);
  Value DynamicUpdateSlice(const Value& a, const Value& update, const std::vector<Value>& starts);
  // Rows of `table` [R, C] at `indices` [N] (i32) -> [N, C]; indices clamp.
  Value GatherRows(const Value& table, const Value& indices);

  // The whole module: `module @name { func.func public @main(...) -> (...) }`.
  std::string Finish(const std::string& module_name, const std::vector<Value>& results) const;

  // Names the op that defined `v` with a location, `loc("layers.3.attn_norm")`,
  // so a golden diff or a per-layer comparison reads by name; returns `v`.
  // `v` must be an op result (not an argument or a shared constant) that has
  // no name yet.
  Value Name(const Value& v, const std::string& loc);

  // Number of ops emitted so far whose name is `op` (e.g. "stablehlo.add").
  int64_t CountOps(const std::string& op) const;

 private:
  Value Binary(const std::string& op, const Value& a, const Value& b);
  Value Unary(const std::string& op, const Value& a);
  Value Reduce(const Value& a, const Dims& dims, const std::string& op, const Value& init);
  Value ScalarConstant(const std::string& literal, const TensorType& type);
  Value Emit(const std::string& op, const std::string& text_after_op, const TensorType& type);

  std::vector<std::string> args_;
  std::vector<std::string> body_;
  std::map<std::string, size_t> defining_line_;  // op result name -> body_ index
  std::map<std::string, int64_t> op_counts_;
  std::map<std::string, Value> constants_;
  int next_value_ = 0;
  int next_arg_ = 0;
};

}  // namespace hf2hlo::emit
