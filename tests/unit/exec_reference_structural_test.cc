// Reference kernels (exec::EvalReference) on hand-built structural ops (data
// movement, dot_general, reduce) with hand-derived expected values, including the
// StableHLO spec's edge cases. Shared helpers: exec_reference_test_util.h.
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "exec/kernels.h"
#include "exec_reference_test_util.h"
#include "gtest/gtest.h"
#include "hlo/hlo.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
using hlo::OpCode;
using E = ElementType;
using reference_test::Eval;
using reference_test::EvalN;
using reference_test::F32;
using reference_test::Get;
using reference_test::I32;
using reference_test::MakeOp;
using reference_test::T;
using reference_test::Tensor;
using reference_test::kInf;
using reference_test::kNaN;

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

}  // namespace
}  // namespace hf2hlo::exec
