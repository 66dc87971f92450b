// Helpers shared by the exec_reference*_test.cc files: tensors built by hand and
// single ops run through the reference kernels (exec::EvalReference).
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

#include "exec/kernels.h"
#include "gtest/gtest.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec::reference_test {

using hlo::ElementType;
using hlo::OpCode;
using hlo::TensorType;
using E = ElementType;

inline constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
inline constexpr float kInf = std::numeric_limits<float>::infinity();

struct Tensor {
  TensorType type;
  std::vector<uint64_t> words;  // 8-byte aligned storage
  void* data() { return words.data(); }
  const void* data() const { return words.data(); }
};

inline int64_t Count(const TensorType& t) {
  int64_t n = 1;
  for (int64_t d : t.dims) n *= d;
  return n;
}

inline Tensor Empty(ElementType e, std::vector<int64_t> dims) {
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
inline Tensor F32(std::vector<int64_t> dims, std::vector<float> v) {
  return T<float>(E::kF32, std::move(dims), std::move(v));
}
inline Tensor I32(std::vector<int64_t> dims, std::vector<int32_t> v) {
  return T<int32_t>(E::kI32, std::move(dims), std::move(v));
}
inline Tensor Pred(std::vector<int64_t> dims, std::vector<uint8_t> v) {
  return T<uint8_t>(E::kI1, std::move(dims), std::move(v));
}

template <typename S>
std::vector<S> Get(const Tensor& t) {
  std::vector<S> v(static_cast<size_t>(Count(t.type)));
  if (!v.empty()) std::memcpy(v.data(), t.data(), v.size() * sizeof(S));
  return v;
}

inline hlo::Op MakeOp(OpCode code) {
  hlo::Op op;
  op.code = code;
  return op;
}

inline std::vector<Tensor> EvalN(const hlo::Op& op, const std::vector<Tensor>& ins,
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

inline Tensor Eval(const hlo::Op& op, const std::vector<Tensor>& ins, TensorType out_type,
            const hlo::Module& module = {}) {
  return std::move(EvalN(op, ins, {std::move(out_type)}, module)[0]);
}

// Same element type and shape as the first input.
inline Tensor Run1(OpCode code, const std::vector<Tensor>& ins) {
  return Eval(MakeOp(code), ins, ins[0].type);
}

inline std::vector<float> RunF(OpCode code, const std::vector<Tensor>& ins) {
  return Get<float>(Run1(code, ins));
}
inline std::vector<int32_t> RunI(OpCode code, const std::vector<Tensor>& ins) {
  return Get<int32_t>(Run1(code, ins));
}

inline uint32_t Bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

}  // namespace hf2hlo::exec::reference_test
