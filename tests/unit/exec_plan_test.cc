// The executor's planner and fast kernels: fast dot_general against the
// reference kernel over a sweep of shapes and dtypes, batch/thread invariance,
// and plan properties (in-place cache updates, fused converts, views) on
// emitted programs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <random>

#include "emit/emit.h"
#include "weights/weights.h"
#include "exec/dot_tiles.h"
#include "exec/exec.h"
#include "exec/fast_dot.h"
#include "exec/kernels.h"
#include "hlo/hlo.h"
#include "test_util.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
using hlo::TensorType;

uint16_t ToBf16(float f) {  // round to nearest even
  uint32_t b;
  std::memcpy(&b, &f, 4);
  b += 0x7fff + ((b >> 16) & 1);
  return static_cast<uint16_t>(b >> 16);
}

uint16_t ToF16(float f) {  // normal range only, round to nearest even
  uint32_t b;
  std::memcpy(&b, &f, 4);
  uint32_t sign = (b >> 16) & 0x8000;
  int32_t exp = static_cast<int32_t>((b >> 23) & 0xff) - 127 + 15;
  uint32_t mant = b & 0x7fffff;
  if (exp <= 0) return static_cast<uint16_t>(sign);
  uint32_t h = sign | (static_cast<uint32_t>(exp) << 10) | (mant >> 13);
  uint32_t rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest == 0x1000 && (h & 1))) ++h;
  return static_cast<uint16_t>(h);
}

// Random bytes of `type` (floats in [-1, 1)).
std::vector<uint8_t> Random(const TensorType& type, std::mt19937& rng) {
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  std::vector<uint8_t> out(static_cast<size_t>(type.bytes()));
  for (int64_t i = 0; i < type.num_elements(); ++i) {
    float f = u(rng);
    if (type.element == ElementType::kF32) {
      std::memcpy(out.data() + 4 * i, &f, 4);
    } else {
      uint16_t h = type.element == ElementType::kBF16 ? ToBf16(f) : ToF16(f);
      std::memcpy(out.data() + 2 * i, &h, 2);
    }
  }
  return out;
}

struct DotCase {
  std::vector<int64_t> lhs, rhs, out;
  hlo::DotDimensions dims;
};

// Runs the fast dot (lhs f32, rhs of `rhs_type`) and the reference kernel on
// the same data (rhs widened to f32 exactly) and returns both outputs.
void RunBoth(const DotCase& c, ElementType rhs_type, int threads, std::vector<float>* fast,
             std::vector<float>* ref, uint32_t seed = 1) {
  std::mt19937 rng(seed);
  TensorType lt{ElementType::kF32, c.lhs}, rt{rhs_type, c.rhs}, rt32{ElementType::kF32, c.rhs},
      ot{ElementType::kF32, c.out};
  auto lhs = Random(lt, rng), rhs = Random(rt, rng);
  // Exact f32 copy of rhs for the reference.
  std::vector<float> rhs32(static_cast<size_t>(rt.num_elements()));
  for (int64_t i = 0; i < rt.num_elements(); ++i) {
    float one = 1.0f;
    float v;
    if (rhs_type == ElementType::kF32) {
      std::memcpy(&v, rhs.data() + 4 * i, 4);
    } else {
      uint16_t h;
      std::memcpy(&h, rhs.data() + 2 * i, 2);
      uint16_t e[1] = {h};
      // The fast kernel's widening, checked elsewhere; here through a 1-long dot.
      v = DotContiguous(&one, ElementType::kF32, e, rhs_type, 1);
    }
    rhs32[static_cast<size_t>(i)] = v;
  }
  hlo::Op op;
  op.code = hlo::OpCode::kDotGeneral;
  op.dot = c.dims;
  DotPlan plan = MakeDotPlan(op, lt, rt, ElementType::kF32, rhs_type);
  fast->assign(static_cast<size_t>(ot.num_elements()), 0.0f);
  ThreadPool pool(threads);
  RunDot(plan, lhs.data(), rhs.data(), fast->data(), pool);
  ref->assign(fast->size(), 0.0f);
  hlo::Module m;
  ConstView in[2] = {{&lt, lhs.data()}, {&rt32, rhs32.data()}};
  MutView out[1] = {{&ot, ref->data()}};
  EvalReference(op, m, in, out);
}

std::vector<DotCase> Sweep() {
  std::vector<DotCase> cases;
  for (int64_t n : {1, 3, 8}) {
    for (int64_t k : {1, 15, 16, 17, 64, 100}) {
      for (int64_t m : {1, 5, 33}) {
        DotCase c{{n, k}, {m, k}, {n, m}, {}};  // x @ W^T
        c.dims.lhs_contracting = {1};
        c.dims.rhs_contracting = {1};
        cases.push_back(c);
      }
    }
  }
  // Attention-style batched dots with strided contraction.
  DotCase scores{{2, 3, 2, 16}, {2, 20, 3, 16}, {2, 3, 2, 20}, {}};
  scores.dims = {{0, 1}, {0, 2}, {3}, {3}};
  cases.push_back(scores);
  DotCase context{{2, 3, 2, 20}, {2, 20, 3, 16}, {2, 3, 2, 16}, {}};
  context.dims = {{0, 1}, {0, 2}, {3}, {1}};
  cases.push_back(context);
  DotCase context_tail{{1, 3, 2, 37}, {1, 37, 3, 20}, {1, 3, 2, 20}, {}};  // 8 + 8 + 4 columns
  context_tail.dims = {{0, 1}, {0, 2}, {3}, {1}};
  cases.push_back(context_tail);
  DotCase chunk{{5, 3, 2, 16}, {20, 3, 16}, {3, 5, 2, 20}, {}};
  chunk.dims = {{1}, {1}, {3}, {2}};
  cases.push_back(chunk);
  // Prefill scores on the stack panels: 4 x 25 = 100 rows per head (17 register
  // tiles), 75 positions (9 tiles, the last partial).
  DotCase long_chunk{{25, 3, 4, 24}, {75, 3, 24}, {3, 25, 4, 75}, {}};
  long_chunk.dims = {{1}, {1}, {3}, {2}};
  cases.push_back(long_chunk);
  return cases;
}

TEST(FastDot, MatchesReferenceOverShapesAndDtypes) {
  for (ElementType t : {ElementType::kF32, ElementType::kBF16, ElementType::kF16}) {
    for (const DotCase& c : Sweep()) {
      std::vector<float> fast, ref;
      RunBoth(c, t, 2, &fast, &ref);
      const int64_t k = c.lhs.back() == c.rhs.back() ? c.lhs.back() : c.rhs[1];
      for (size_t i = 0; i < fast.size(); ++i) {
        ASSERT_NEAR(fast[i], ref[i], 1e-6 * (1 + k))
            << "type " << hlo::ElementTypeName(t) << " case " << c.lhs[0] << "x" << c.lhs.back()
            << " at " << i;
      }
    }
  }
}

TEST(FastDot, BitIdenticalAcrossThreadCounts) {
  for (const DotCase& c : Sweep()) {
    std::vector<float> one, many, ref;
    RunBoth(c, ElementType::kBF16, 1, &one, &ref);
    RunBoth(c, ElementType::kBF16, 5, &many, &ref);
    ASSERT_EQ(one, many);
  }
}

TEST(FastDot, RowsDoNotDependOnBatchSize) {
  // Row 0 of an 8-row product equals the 1-row product of the same data.
  std::mt19937 rng(3);
  const int64_t k = 77, m = 129;
  TensorType w{ElementType::kBF16, {m, k}}, x8{ElementType::kF32, {8, k}},
      x1{ElementType::kF32, {1, k}};
  auto wd = Random(w, rng), xd = Random(x8, rng);
  hlo::Op op;
  op.code = hlo::OpCode::kDotGeneral;
  op.dot.lhs_contracting = {1};
  op.dot.rhs_contracting = {1};
  ThreadPool pool(2);
  std::vector<float> out8(8 * m), out1(m);
  RunDot(MakeDotPlan(op, x8, w, ElementType::kF32, ElementType::kBF16), xd.data(), wd.data(),
         out8.data(), pool);
  RunDot(MakeDotPlan(op, x1, w, ElementType::kF32, ElementType::kBF16), xd.data(), wd.data(),
         out1.data(), pool);
  EXPECT_EQ(std::vector<float>(out8.begin(), out8.begin() + m), out1);
}

// The documented contract of strided contractions (dot_tiles.h).
float ContractDot(const std::vector<float>& a, const std::vector<float>& b) {
  return SpanContract(static_cast<int64_t>(a.size()),
                      [&](int64_t k) { return a[static_cast<size_t>(k)]; },
                      [&](int64_t k) { return b[static_cast<size_t>(k)]; });
}

TEST(FastDot, ColumnKernelFollowsTheLaneContractBitForBit) {
  std::mt19937 rng(11);
  std::normal_distribution<float> dist;
  for (int64_t depth : {1, 7, 8, 9, 64, 256, 257, 301, 777}) {
    const int64_t stride = 24;  // rhs rows of 24 elements; columns 3..10 are read
    std::vector<float> a(static_cast<size_t>(2 * depth)), b(static_cast<size_t>(depth * stride));
    for (auto& v : a) v = dist(rng);
    for (auto& v : b) v = dist(rng);
    std::vector<int64_t> a_k, b_k;
    for (int64_t k = 0; k < depth; ++k) a_k.push_back(2 * k), b_k.push_back(k * stride);
    float out[8];
    DotColumns8(a.data(), a_k.data(), b.data() + 3, ElementType::kF32, b_k.data(), depth, out);
    for (int c = 0; c < 8; ++c) {
      std::vector<float> x, y;
      for (int64_t k = 0; k < depth; ++k) {
        x.push_back(a[static_cast<size_t>(2 * k)]);
        y.push_back(b[static_cast<size_t>(k * stride + 3 + c)]);
      }
      ASSERT_EQ(out[c], ContractDot(x, y)) << "depth " << depth << " column " << c;
    }
  }
}

// Identical plans are one object (the read-window variants of a program
// plan the same weight dots); different ones are not; contiguous
// contractions keep no per-depth offset tables.
TEST(FastDot, IdenticalPlansAreShared) {
  hlo::Op op;
  op.code = hlo::OpCode::kDotGeneral;
  op.dot.lhs_contracting = {1};
  op.dot.rhs_contracting = {1};
  const TensorType x{ElementType::kF32, {2, 64}}, w{ElementType::kBF16, {96, 64}},
      w2{ElementType::kBF16, {80, 64}};
  auto plan = [&](const TensorType& rhs) {
    return ShareDotPlan(MakeDotPlan(op, x, rhs, ElementType::kF32, rhs.element));
  };
  auto a = plan(w), b = plan(w), c = plan(w2);
  EXPECT_EQ(a.get(), b.get());
  EXPECT_NE(a.get(), c.get());
  EXPECT_TRUE(a->contiguous_k && a->lhs_k.empty() && a->rhs_k.empty());
  EXPECT_EQ(a->rhs_row.size(), 96u);
  const DotPlan* old = a.get();
  a.reset();
  b.reset();
  auto d = plan(w);  // the last holder let go: a fresh plan, equal in value
  EXPECT_EQ(*d, MakeDotPlan(op, x, w, ElementType::kF32, ElementType::kBF16));
  (void)old;
}

TEST(FastDot, WidensHalfTypesExactly) {
  float one = 1.0f;
  uint16_t bf = 0x3fc0;  // 1.5
  EXPECT_EQ(DotContiguous(&one, ElementType::kF32, &bf, ElementType::kBF16, 1), 1.5f);
  uint16_t f16[] = {0x3c00, 0x0001, 0xfc00, 0x7bff};  // 1, smallest subnormal, -inf, 65504
  float out[4];
  for (int i = 0; i < 4; ++i)
    out[i] = DotContiguous(&one, ElementType::kF32, &f16[i], ElementType::kF16, 1);
  EXPECT_EQ(out[0], 1.0f);
  EXPECT_EQ(out[1], std::ldexp(1.0f, -24));
  EXPECT_TRUE(std::isinf(out[2]) && out[2] < 0);
  EXPECT_EQ(out[3], 65504.0f);
}

// Emits a tiny program, plans it and returns the program.
std::unique_ptr<Program> Plan(const ModelConfig& c, ProgramKind kind, int64_t batch,
                              bool reference = false) {
  std::string text = testing::MustEmit(c, kind, batch, 32, 8);
  auto module = hlo::ParseModule(text, "emitted.mlir");
  EXPECT_TRUE(module.ok()) << module.status().message();
  ExecOptions opts;
  opts.reference_only = reference;
  opts.num_threads = 2;
  auto p = Program::Create(std::move(module).value(), opts);
  EXPECT_TRUE(p.ok()) << p.status().message();
  return std::move(p).value();
}

TEST(Plan, DecodeUpdatesEveryCacheInPlaceWithoutCopies) {
  ModelConfig c = testing::MustParse(testing::TinyLlamaJson());
  auto decode = Plan(c, ProgramKind::kDecode, 4);
  EXPECT_EQ(decode->stats().in_place_updates, 2 * 2 * 4);  // K and V, 2 layers, 4 rows
  EXPECT_EQ(decode->stats().result_copies, 0);
  auto prefill = Plan(c, ProgramKind::kPrefill, 2);
  EXPECT_EQ(prefill->stats().in_place_updates, 2 * 2);
  EXPECT_EQ(prefill->stats().result_copies, 0);
  EXPECT_GT(prefill->stats().views, 0);
}

TEST(Plan, Bf16WeightConvertsAreFusedIntoDots) {
  auto j = testing::TinyLlamaJson();
  j["torch_dtype"] = "bfloat16";
  ModelConfig c = testing::MustParse(j);
  auto p = Plan(c, ProgramKind::kDecode, 1);
  EXPECT_EQ(p->stats().fused_converts, 7 * 2 + 1);  // q k v o gate up down per layer, tied head
  auto ref = Plan(c, ProgramKind::kDecode, 1, /*reference=*/true);
  EXPECT_EQ(ref->stats().fused_converts, 0);
}

// Deterministic random arguments for `p` (small integers for the i32 ones).
std::vector<std::vector<uint8_t>> RandomArgs(const Program& p, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<std::vector<uint8_t>> bufs;
  for (size_t i = 0; i < p.args().size(); ++i) {
    const TensorType& t = p.arg_type(i);
    if (t.element == ElementType::kI32) {
      std::vector<uint8_t> b(static_cast<size_t>(t.bytes()));
      for (int64_t e = 0; e < t.num_elements(); ++e) {
        int32_t v = static_cast<int32_t>(e % 3);  // tokens, positions, slot, start
        if (p.args()[i].name == "length") v = 5;
        std::memcpy(b.data() + 4 * e, &v, 4);
      }
      bufs.push_back(std::move(b));
    } else {
      bufs.push_back(Random(t, rng));
    }
  }
  return bufs;
}

// Runs `p` on RandomArgs(p, seed); returns the first result.
std::vector<float> RunRandom(Program& p, uint32_t seed) {
  std::vector<std::vector<uint8_t>> bufs = RandomArgs(p, seed);
  std::vector<void*> args;
  for (auto& b : bufs) args.push_back(b.data());
  auto out = p.Run(args);
  EXPECT_TRUE(out.ok()) << out.status().message();
  const TensorType& rt = p.result_types()[0];
  std::vector<float> logits(static_cast<size_t>(rt.num_elements()));
  std::memcpy(logits.data(), out.value()[0], static_cast<size_t>(rt.bytes()));
  return logits;
}

// Parses `text` and plans it with `options`.
std::unique_ptr<Program> Compile(const std::string& text, const ExecOptions& options) {
  auto module = hlo::ParseModule(text, "test.mlir");
  EXPECT_TRUE(module.ok()) << module.status().message();
  auto p = Program::Create(std::move(module).value(), options);
  EXPECT_TRUE(p.ok()) << p.status().message();
  return std::move(p).value();
}

// The hot path allocates nothing: a decode or prefill step makes no heap
// allocation but the vector of result pointers that Run returns.
TEST(Plan, StepsMakeNoHeapAllocations) {
  auto j = testing::TinyLlamaJson();
  j["torch_dtype"] = "bfloat16";
  ModelConfig c = testing::MustParse(j);
  for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
    auto p = Plan(c, kind, 4);
    std::vector<std::vector<uint8_t>> bufs = RandomArgs(*p, 3);
    std::vector<void*> args;
    for (auto& b : bufs) args.push_back(b.data());
    ASSERT_TRUE(p->Run(args).ok());  // packs the weights once
    constexpr int kRuns = 3;
    bool ok = true;
    int64_t allocations = 0;
    {
      testing::AllocationCounter count;
      for (int r = 0; r < kRuns; ++r) ok &= p->Run(args).ok();
      allocations = count.allocations();
    }
    ASSERT_TRUE(ok);
    EXPECT_LE(allocations, kRuns) << ProgramKindName(kind);
  }
}

TEST(Plan, FastAndReferenceAgreeOnEmittedPrograms) {
  auto j = testing::TinyLlamaJson();
  j["torch_dtype"] = "bfloat16";
  j["attention_bias"] = true;
  ModelConfig c = testing::MustParse(j);
  for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
    auto fast = Plan(c, kind, 3), ref = Plan(c, kind, 3, true);
    auto a = RunRandom(*fast, 9), b = RunRandom(*ref, 9);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i)
      ASSERT_NEAR(a[i], b[i], 1e-4 * (1 + std::fabs(b[i]))) << i;
  }
}

// Large elementwise steps (unary, binary, compare, convert) are cut into one
// flat range per thread. Their results must be the reference's bits on any
// thread count, with odd sizes so the ranges are uneven.
TEST(Plan, SplitElementwiseStepsGiveReferenceBits) {
  const char* text = R"(
func.func @main(%a: tensor<3x12347xf32>, %b: tensor<3x12347xf32>) -> (tensor<3x12347xf32>, tensor<3x12347xi1>, tensor<3x12347xbf16>) {
  %e = stablehlo.exponential %a : tensor<3x12347xf32>
  %l = stablehlo.logistic %b : tensor<3x12347xf32>
  %m = stablehlo.multiply %e, %l : tensor<3x12347xf32>
  %c = stablehlo.compare GT, %m, %b : (tensor<3x12347xf32>, tensor<3x12347xf32>) -> tensor<3x12347xi1>
  %h = stablehlo.convert %m : (tensor<3x12347xf32>) -> tensor<3x12347xbf16>
  func.return %m, %c, %h : tensor<3x12347xf32>, tensor<3x12347xi1>, tensor<3x12347xbf16>
}
)";
  std::mt19937 rng(11);
  const TensorType t{ElementType::kF32, {3, 12347}};
  std::vector<uint8_t> a = Random(t, rng), b = Random(t, rng);
  std::vector<void*> args = {a.data(), b.data()};
  auto run = [&](int threads, bool reference) {
    auto module = hlo::ParseModule(text, "split.mlir");
    EXPECT_TRUE(module.ok()) << module.status().message();
    auto p = Program::Create(std::move(module).value(),
                             ExecOptions{.num_threads = threads, .reference_only = reference});
    EXPECT_TRUE(p.ok()) << p.status().message();
    EXPECT_EQ((*p)->stats().split_steps, threads > 1 && !reference ? 5 : 0);
    EXPECT_EQ((*p)->stats().fused_chains, 0);  // too large to fuse
    auto out = (*p)->Run(args);
    EXPECT_TRUE(out.ok()) << out.status().message();
    std::vector<std::vector<uint8_t>> bytes;
    for (size_t i = 0; i < out->size(); ++i) {
      const auto* d = static_cast<const uint8_t*>((*out)[i]);
      bytes.emplace_back(d, d + (*p)->result_types()[i].bytes());
    }
    return bytes;
  };
  const auto want = run(1, true);
  for (int threads : {1, 2, 3}) EXPECT_EQ(run(threads, false), want) << threads << " threads";
}

// Regression (issue 13): the parser's 2^40-element cap let one iota make the
// planner reserve terabytes of scratch memory (an abort or a swap storm).
// Create fails instead, naming the largest intermediate and its line:column.
TEST(Plan, ScratchMemoryOverTheLimitIsAnError) {
  const char* huge = R"(
func.func @main(%a: tensor<f32>) -> tensor<f32> {
  %i = stablehlo.iota dim = 0 : tensor<1099511627776xf32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %r = stablehlo.reduce(%i init: %z) applies stablehlo.add across dimensions = [0] : (tensor<1099511627776xf32>, tensor<f32>) -> tensor<f32>
  func.return %r : tensor<f32>
}
)";
  auto module = hlo::ParseModule(huge, "huge.mlir");
  ASSERT_TRUE(module.ok()) << module.status().message();
  auto p = Program::Create(std::move(module).value(), ExecOptions{.num_threads = 1});
  ASSERT_FALSE(p.ok());
  // 4 TiB: more than any machine this runs on has.
  EXPECT_NE(p.status().message().find("3:8: the program needs 4398046511108 bytes of scratch "
                                      "memory for its intermediates, more than this machine's "
                                      "memory"),
            std::string::npos)
      << p.status().message();
  EXPECT_NE(p.status().message().find("the largest is tensor<1099511627776xf32> from stablehlo.iota"),
            std::string::npos)
      << p.status().message();

  // An explicit limit: a tiny emitted program under a 1 KiB cap.
  ModelConfig c = testing::MustParse(testing::TinyLlamaJson());
  auto text = testing::MustEmit(c, ProgramKind::kDecode, 1, 32, 8);
  auto small = hlo::ParseModule(text, "emitted.mlir");
  ASSERT_TRUE(small.ok());
  auto q = Program::Create(std::move(small).value(),
                           ExecOptions{.num_threads = 1, .max_arena_bytes = 1024});
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.status().message().find("more than the limit of 1024 bytes"), std::string::npos)
      << q.status().message();
}

// A program that reads only the first S_r cache positions gives bit-identical
// logits to the full-S program while every position is below S_r, even with
// stale (nonzero) cache contents beyond them: masked keys add exact zeros.
TEST(Plan, ReadWindowGivesBitIdenticalLogits) {
  auto j = testing::TinyLlamaJson();
  j["model_type"] = "mistral";
  j["sliding_window"] = 3;  // the window bites at the positions used
  for (bool windowed : {false, true}) {
    if (!windowed) j["sliding_window"] = nullptr;
    ModelConfig c = testing::MustParse(j);
    for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
      std::vector<std::vector<float>> logits;
      for (int64_t window : {8, 16, 32}) {
        auto text = EmitProgram(c, WeightSpecs(c), {kind, 3, 32, 8, window});
        ASSERT_TRUE(text.ok()) << text.status().message();
        auto module = hlo::ParseModule(*text, "window.mlir");
        ASSERT_TRUE(module.ok()) << module.status().message();
        auto p = Program::Create(std::move(module).value(), ExecOptions{.num_threads = 2});
        ASSERT_TRUE(p.ok()) << p.status().message();
        // Decode reads the window of all B slots in place (a strided slice
        // fused into both attention dots of each layer); prefill's window
        // of one slot is a contiguous view.
        const bool strided = kind == ProgramKind::kDecode && window < 32;
        EXPECT_EQ((*p)->stats().fused_slices, strided ? 2 * c.num_layers : 0) << window;
        logits.push_back(RunRandom(**p, 17));
      }
      EXPECT_EQ(logits[0], logits[2]) << "window 8 vs 32, " << ProgramKindName(kind);
      EXPECT_EQ(logits[1], logits[2]) << "window 16 vs 32, " << ProgramKindName(kind);
    }
  }
}

// 16-bit KV caches (--kv-dtype): the programs round K and V rows into the
// cache and widen them where attention reads them. The widening converts,
// and the read window's strided slice under them, are fused into the dots
// (the cache is read in its stored type, never copied), the results follow
// the reference kernels, and read windows stay bit-identical.
TEST(Plan, SixteenBitKvCachesAreReadInPlace) {
  ModelConfig c = testing::MustParse(testing::TinyLlamaJson());
  for (DType kv : {DType::kBF16, DType::kF16}) {
    for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
      std::vector<std::vector<float>> logits;
      for (int64_t window : {16, 32}) {
        ProgramShape shape{kind, 3, 32, 8, window, kv};
        auto text = EmitProgram(c, WeightSpecs(c), shape);
        ASSERT_TRUE(text.ok()) << text.status().message();
        EXPECT_NE(text->find(StrCat("tensor<3x32x2x16x", DTypeName(kv), ">")), std::string::npos);
        auto run = [&](bool reference) {
          auto module = hlo::ParseModule(*text, "kv16.mlir");
          EXPECT_TRUE(module.ok()) << module.status().message();
          auto p = Program::Create(std::move(module).value(),
                                   ExecOptions{.num_threads = 2, .reference_only = reference});
          EXPECT_TRUE(p.ok()) << p.status().message();
          if (!reference) {
            const bool strided = kind == ProgramKind::kDecode && window < 32;
            EXPECT_EQ((*p)->stats().fused_slices, strided ? 2 * c.num_layers : 0);
            EXPECT_EQ((*p)->stats().fused_converts, 2 * c.num_layers);  // K and V per layer
            EXPECT_EQ((*p)->stats().in_place_updates,
                      2 * c.num_layers * (kind == ProgramKind::kDecode ? 3 : 1));
            EXPECT_EQ((*p)->stats().result_copies, 0);
          }
          return RunRandom(**p, 23);
        };
        // The reference's f32 K/V rows differ from the fast kernels' in the
        // last bits (another summation order), and a row that lands on the
        // other side of a 16-bit rounding boundary moves by one bf16 ulp
        // (2^-8 relative): hence the looser bound. A wrong cache read would
        // be off by the size of the values.
        std::vector<float> fast = run(false), ref = run(true);
        ASSERT_EQ(fast.size(), ref.size());
        for (size_t i = 0; i < fast.size(); ++i)
          ASSERT_NEAR(fast[i], ref[i], 1e-2 * (1 + std::fabs(ref[i]))) << i;
        logits.push_back(fast);
      }
      EXPECT_EQ(logits[0], logits[1]) << DTypeName(kv) << " " << ProgramKindName(kind);
    }
  }
}

// A bf16-matmul program (docs/programs.md) rounds each weight product's
// activations to bf16: the planner reads the rounded rows in place as the
// lhs of the bf16 x bf16 kernel, with or without packed weights (the same
// pair contract, so the same bits), and the results stay near the reference
// kernels' f32 products of the same rounded values.
TEST(Plan, Bf16MatmulProgramsMultiplyBf16Rows) {
  auto j = testing::TinyLlamaJson();
  j["torch_dtype"] = "bfloat16";
  ModelConfig c = testing::MustParse(j);
  const int64_t products = 7 * c.num_layers + 1;  // q k v o gate up down per layer, the head
  // One rounding for q, k and v, one for gate and up, one each for o, down
  // and the head.
  const int64_t roundings = 4 * c.num_layers + 1;
  for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
    ProgramShape shape{kind, 3, 32, 8, 0, DType::kF32, DType::kBF16};
    auto text = EmitProgram(c, WeightSpecs(c), shape);
    ASSERT_TRUE(text.ok()) << text.status().message();
    auto run = [&](bool reference, bool packed) {
      auto p = Compile(*text, ExecOptions{.num_threads = 2, .reference_only = reference,
                                          .pack_weights = packed});
      if (!reference) {
        // The weights' widenings and the activations'.
        EXPECT_EQ(p->stats().fused_converts, products + roundings);
        EXPECT_EQ(p->stats().packed_dots, packed ? products : 0);
      }
      return RunRandom(*p, 29);
    };
    std::vector<float> packed = run(false, true), unpacked = run(false, false),
                       ref = run(true, false);
    EXPECT_EQ(packed, unpacked) << ProgramKindName(kind);
    // The reference sums the same exact products in another order; a row
    // whose f32 value lands on the other side of a bf16 rounding boundary
    // moves by one bf16 ulp (2^-8 relative) in the next product's input.
    ASSERT_EQ(packed.size(), ref.size());
    for (size_t i = 0; i < ref.size(); ++i)
      ASSERT_NEAR(packed[i], ref[i], 2e-2 * (1 + std::fabs(ref[i]))) << i;
  }
  // An f32 program's text has no bf16 rounding.
  ProgramShape exact{ProgramKind::kDecode, 3, 32, 8};
  auto f32_text = EmitProgram(c, WeightSpecs(c), exact);
  ASSERT_TRUE(f32_text.ok());
  exact.matmul_dtype = DType::kBF16;
  auto bf16_text = EmitProgram(c, WeightSpecs(c), exact);
  ASSERT_TRUE(bf16_text.ok());
  auto count = [](const std::string& t, const std::string& what) {
    int64_t n = 0;
    for (size_t at = t.find(what); at != std::string::npos; at = t.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count(*bf16_text, "stablehlo.convert") - count(*f32_text, "stablehlo.convert"),
            2 * roundings);
  exact.matmul_dtype = DType::kF16;
  EXPECT_FALSE(EmitProgram(c, WeightSpecs(c), exact).ok());
}

// A dot_general of bf16 operands with an f32 result (jax's
// preferred_element_type) is not a bf16-matmul program's product: it runs
// the reference kernel, exact products summed in f32 (regression: it
// reached the bf16 x bf16 kernel, which asserts contiguous K, and aborted).
TEST(Plan, Bf16OperandDotsOutsideRoundedProductsRunTheReference) {
  const char* text = R"(
func.func @main(%a: tensor<6x40xbf16>, %b: tensor<40x5xbf16>) -> tensor<6x5xf32> {
  %d = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<6x40xbf16>, tensor<40x5xbf16>) -> tensor<6x5xf32>
  func.return %d : tensor<6x5xf32>
}
)";
  std::mt19937 rng(17);
  std::vector<uint8_t> a = Random({ElementType::kBF16, {6, 40}}, rng),
                       b = Random({ElementType::kBF16, {40, 5}}, rng);
  std::vector<void*> args = {a.data(), b.data()};
  auto run = [&](bool reference) {
    auto p = Compile(text, ExecOptions{.num_threads = 2, .reference_only = reference});
    auto out = p->Run(args);
    EXPECT_TRUE(out.ok()) << out.status().message();
    const auto* d = static_cast<const float*>((*out)[0]);
    return std::vector<float>(d, d + 30);
  };
  EXPECT_EQ(run(false), run(true));
}

// A chain over several blocks whose broadcasts' rows and columns cross the
// block boundaries (1000 columns, 1024-element blocks), with a scalar
// broadcast and a rounding at the end: the reference's bits, with one
// thread and two.
TEST(Plan, FusedChainBroadcastsAcrossBlocks) {
  const char* text = R"(
func.func @main(%x: tensor<3x1000xf32>, %w: tensor<1000xf32>, %r: tensor<3xf32>, %s: tensor<f32>) -> tensor<3x1000xbf16> {
  %bw = stablehlo.broadcast_in_dim %w, dims = [1] : (tensor<1000xf32>) -> tensor<3x1000xf32>
  %br = stablehlo.broadcast_in_dim %r, dims = [0] : (tensor<3xf32>) -> tensor<3x1000xf32>
  %bs = stablehlo.broadcast_in_dim %s, dims = [] : (tensor<f32>) -> tensor<3x1000xf32>
  %m = stablehlo.multiply %x, %bw : tensor<3x1000xf32>
  %a = stablehlo.add %m, %br : tensor<3x1000xf32>
  %l = stablehlo.logistic %a : tensor<3x1000xf32>
  %t = stablehlo.multiply %l, %bs : tensor<3x1000xf32>
  %h = stablehlo.convert %t : (tensor<3x1000xf32>) -> tensor<3x1000xbf16>
  func.return %h : tensor<3x1000xbf16>
}
)";
  std::mt19937 rng(13);
  std::vector<uint8_t> x = Random({ElementType::kF32, {3, 1000}}, rng),
                       w = Random({ElementType::kF32, {1000}}, rng),
                       r = Random({ElementType::kF32, {3}}, rng), s = Random({ElementType::kF32, {}}, rng);
  std::vector<void*> args = {x.data(), w.data(), r.data(), s.data()};
  auto run = [&](int threads, bool reference) {
    auto p = Compile(text, ExecOptions{.num_threads = threads, .reference_only = reference});
    EXPECT_EQ(p->stats().fused_chain_ops, reference ? 0 : 8);
    EXPECT_EQ(p->stats().steps, reference ? 8 : 1);
    auto out = p->Run(args);
    EXPECT_TRUE(out.ok()) << out.status().message();
    const auto* d = static_cast<const uint8_t*>((*out)[0]);
    return std::vector<uint8_t>(d, d + 3000 * 2);
  };
  const auto want = run(1, true);
  EXPECT_EQ(run(1, false), want);
  EXPECT_EQ(run(2, false), want);
}

// Fused elementwise chains (RMSNorm's tail, SwiGLU, RoPE, residuals, the
// bf16 rounding of products' inputs) give the bits of the same ops run one
// by one: every golden family (tests/goldens), both program kinds, and bf16
// matmul where the weights are bf16.
TEST(Plan, FusedElementwiseChainsGiveTheUnfusedBits) {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(HF2HLO_SOURCE_DIR) / "tests" / "goldens")) {
    if (!entry.is_directory()) continue;
    auto c = LoadConfig(entry.path().string());
    ASSERT_TRUE(c.ok()) << c.status().message();
    for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
      for (DType mm : {DType::kF32, DType::kBF16}) {
        ProgramShape shape{kind, 2, 32, 8, 0, DType::kF32, mm};
        auto text = EmitProgram(*c, WeightSpecs(*c), shape);
        ASSERT_TRUE(text.ok()) << text.status().message();
        auto run = [&](bool fuse) {
          auto p = Compile(*text, ExecOptions{.num_threads = 2, .pack_weights = true,
                                              .fuse_elementwise = fuse});
          EXPECT_EQ(p->stats().fused_chains > 0, fuse);
          return RunRandom(*p, 41);
        };
        EXPECT_EQ(run(true), run(false))
            << entry.path().filename() << " " << ProgramKindName(kind) << " " << DTypeName(mm);
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 48);
}

TEST(Plan, ArgumentChecksNameTheArgument) {
  ModelConfig c = testing::MustParse(testing::TinyLlamaJson());
  auto p = Plan(c, ProgramKind::kDecode, 2);
  std::vector<TensorType> types;
  for (size_t i = 0; i < p->args().size(); ++i) types.push_back(p->arg_type(i));
  EXPECT_TRUE(p->CheckArgs(types).ok());
  auto wrong = types;
  wrong[1].dims = {63};
  EXPECT_NE(p->CheckArgs(wrong).message().find(
                "argument 1 (model.norm.weight): expected tensor<64xf32>, got "
                "tensor<63xf32>"),
            std::string::npos)
      << p->CheckArgs(wrong).message();
  wrong = types;
  wrong.back().element = ElementType::kF16;
  EXPECT_NE(p->CheckArgs(wrong).message().find("cache.v.1"), std::string::npos);
  wrong.pop_back();
  EXPECT_NE(p->CheckArgs(wrong).message().find("expected 26 arguments, got 25"), std::string::npos);
  std::vector<void*> null_args(p->args().size(), nullptr);
  auto run = p->Run(null_args);
  ASSERT_FALSE(run.ok());
  EXPECT_NE(run.status().message().find("argument 0 (model.embed_tokens.weight) is null"),
            std::string::npos);
}

}  // namespace
}  // namespace hf2hlo::exec
