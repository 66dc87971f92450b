// ParseModule on emitter output, JAX exports (tests/unit/testdata/hlo, made
// by generate.py there) and hand-written forms; literal conversion.
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>

#include "emit/emit.h"
#include "hlo/literals.h"
#include "hlo_test_util.h"
#include "test_util.h"
#include "weights/weights.h"

namespace hf2hlo::hlo {
namespace {

namespace fs = std::filesystem;
using testing::CountOps;
using testing::MustParse;
using testing::ParseError;

Module ParseTestdata(const std::string& name) {
  std::string path = (fs::path(HF2HLO_SOURCE_DIR) / "tests/unit/testdata/hlo" / name).string();
  auto text = ReadFile(path);
  EXPECT_TRUE(text.ok()) << text.status().message();
  if (!text.ok()) return {};
  auto m = ParseModule(*text, path);
  EXPECT_TRUE(m.ok()) << m.status().message();
  return m.ok() ? std::move(m).value() : Module{};
}

template <typename T>
T LiteralAs(const Op& op, size_t i) {
  T v;
  std::memcpy(&v, op.literal.data() + i * sizeof(T), sizeof(T));
  return v;
}

TEST(HloParser, ParsesEveryEmittedProgram) {
  fs::path root = fs::path(HF2HLO_SOURCE_DIR) / "tests" / "goldens";
  int parsed = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    std::string dir = entry.path().string();
    auto config = LoadConfig(dir);
    ASSERT_TRUE(config.ok()) << config.status().message();
    auto specs = ResolveWeightSpecs(*config, dir);
    ASSERT_TRUE(specs.ok()) << specs.status().message();
    for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
      ProgramShape shape{kind, 2, 32, kind == ProgramKind::kPrefill ? 8 : 0};
      auto text = EmitProgram(*config, *specs, shape);
      ASSERT_TRUE(text.ok()) << text.status().message();
      auto m = ParseModule(*text, dir);
      ASSERT_TRUE(m.ok()) << m.status().message();
      SCOPED_TRACE(StrCat(dir, " ", ProgramKindName(kind)));
      const Function* fn = m->FindFunction("main");
      ASSERT_NE(fn, nullptr);
      EXPECT_EQ(m->name, ProgramKindName(kind));
      int64_t layers = config->num_layers;
      size_t inputs = kind == ProgramKind::kPrefill ? 4 : 2;
      ASSERT_EQ(fn->args.size(), specs->size() + inputs + 2 * static_cast<size_t>(layers));
      ASSERT_EQ(fn->result_types.size(), 1 + 2 * static_cast<size_t>(layers));
      for (size_t i = 0; i < specs->size(); ++i) {
        EXPECT_EQ(fn->args[i].name, (*specs)[i].name);
        EXPECT_FALSE(fn->args[i].aliasing_output.has_value());
        EXPECT_EQ(m->type(fn->args[i].value).dims, (*specs)[i].shape);
      }
      EXPECT_EQ(fn->args[specs->size()].name, "tokens");
      size_t cache0 = specs->size() + inputs;
      EXPECT_EQ(fn->args[cache0].name, "cache.k.0");
      EXPECT_EQ(fn->args[cache0 + 1].name, "cache.v.0");
      for (size_t i = cache0; i < fn->args.size(); ++i) {
        ASSERT_TRUE(fn->args[i].aliasing_output.has_value());
        EXPECT_EQ(*fn->args[i].aliasing_output, static_cast<int>(i - cache0 + 1));
        EXPECT_EQ(m->type(fn->args[i].value),
                  (TensorType{ElementType::kF32, {2, 32, config->num_kv_heads, config->head_dim}}));
      }
      EXPECT_EQ(fn->result_types[0].element, ElementType::kF32);
      for (auto [code, name] : {std::pair{OpCode::kDotGeneral, "stablehlo.dot_general "},
                                {OpCode::kReduce, "stablehlo.reduce("},
                                {OpCode::kGather, "\"stablehlo.gather\""},
                                {OpCode::kDynamicUpdateSlice, "stablehlo.dynamic_update_slice "},
                                {OpCode::kConstant, "stablehlo.constant "},
                                {OpCode::kCompare, "stablehlo.compare "}}) {
        EXPECT_EQ(CountOps(*fn, code), hf2hlo::testing::CountSubstr(*text, name)) << name;
      }
      const Op& ret = fn->body.ops.back();
      ASSERT_EQ(ret.code, OpCode::kReturn);
      for (size_t i = 0; i < ret.operands.size(); ++i)
        EXPECT_EQ(m->type(ret.operands[i]), fn->result_types[i]);
      ++parsed;
    }
  }
  EXPECT_GE(parsed, 12);
}

TEST(HloParser, JaxMatmul) {
  Module m = ParseTestdata("matmul.mlir");
  EXPECT_EQ(m.name, "jit__lambda");
  ASSERT_EQ(m.functions.size(), 1u);
  const Function& fn = m.functions[0];
  ASSERT_EQ(fn.body.ops.size(), 2u);
  const Op& dot = fn.body.ops[0];
  EXPECT_EQ(dot.code, OpCode::kDotGeneral);
  EXPECT_EQ(dot.dot.lhs_contracting, std::vector<int64_t>{1});
  EXPECT_EQ(dot.dot.rhs_contracting, std::vector<int64_t>{0});
  EXPECT_TRUE(dot.dot.lhs_batch.empty());
  EXPECT_EQ(m.type(dot.results[0]).ToString(), "tensor<4x3xf32>");
}

TEST(HloParser, JaxSoftmaxWithLocations) {
  Module m = ParseTestdata("softmax.mlir");
  const Function& fn = m.functions[0];
  EXPECT_EQ(fn.args[0].name, "a");
  ASSERT_EQ(CountOps(fn, OpCode::kReduce), 2);
  std::vector<OpCode> bodies;
  for (const Op& op : fn.body.ops) {
    if (op.code != OpCode::kReduce) continue;
    ASSERT_TRUE(op.body);
    ASSERT_EQ(op.body->ops.size(), 2u);
    bodies.push_back(op.body->ops[0].code);
    EXPECT_EQ(op.dims, std::vector<int64_t>{1});
    EXPECT_EQ(m.type(op.results[0]).ToString(), "tensor<4xf32>");
  }
  EXPECT_EQ(bodies, (std::vector<OpCode>{OpCode::kMaximum, OpCode::kAdd}));
  const Op& neg_inf = fn.body.ops[0];
  ASSERT_EQ(neg_inf.code, OpCode::kConstant);
  EXPECT_EQ(LiteralAs<uint32_t>(neg_inf, 0), 0xFF800000u);
}

TEST(HloParser, JaxArgmaxInlinesThePrivateFunction) {
  Module m = ParseTestdata("argmax.mlir");
  ASSERT_EQ(m.functions.size(), 2u);
  const Function* main = m.FindFunction("main");
  ASSERT_NE(main, nullptr);
  EXPECT_FALSE(m.FindFunction("argmax")->is_public);
  ASSERT_EQ(CountOps(*main, OpCode::kReduce), 1);
  const Op* reduce = nullptr;
  for (const Op& op : main->body.ops) reduce = op.code == OpCode::kReduce ? &op : reduce;
  ASSERT_EQ(reduce->operands.size(), 4u);
  ASSERT_EQ(reduce->results.size(), 2u);
  ASSERT_EQ(reduce->body->args.size(), 4u);
  // Block arguments: accumulators (f32, i32) then values (f32, i32).
  EXPECT_EQ(m.type(reduce->body->args[0]).element, ElementType::kF32);
  EXPECT_EQ(m.type(reduce->body->args[1]).element, ElementType::kI32);
  EXPECT_EQ(m.type(reduce->body->args[2]).element, ElementType::kF32);
  EXPECT_EQ(reduce->body->ops.size(), 10u);
  EXPECT_EQ(main->body.ops.back().operands[0], reduce->results[1]);
}

TEST(HloParser, JaxGather) {
  Module m = ParseTestdata("gather.mlir");
  const Function& fn = m.functions[0];
  ASSERT_EQ(CountOps(fn, OpCode::kGather), 1);
  const Op& g = fn.body.ops[fn.body.ops.size() - 2];
  ASSERT_EQ(g.code, OpCode::kGather);
  EXPECT_EQ(g.gather.offset_dims, std::vector<int64_t>{1});
  EXPECT_EQ(g.gather.collapsed_slice_dims, std::vector<int64_t>{0});
  EXPECT_EQ(g.gather.start_index_map, std::vector<int64_t>{0});
  EXPECT_EQ(g.gather.index_vector_dim, 1);
  EXPECT_EQ(g.gather.slice_sizes, (std::vector<int64_t>{1, 4}));
  EXPECT_FALSE(g.gather.indices_are_sorted);
}

TEST(HloParser, JaxDynamicUpdateSliceAndLayerNorm) {
  Module dus = ParseTestdata("dynamic_update_slice.mlir");
  EXPECT_EQ(CountOps(dus.functions[0], OpCode::kDynamicUpdateSlice), 1);
  EXPECT_EQ(CountOps(dus.functions[0], OpCode::kSelect), 1);
  Module ln = ParseTestdata("layer_norm.mlir");
  EXPECT_EQ(CountOps(ln.functions[0], OpCode::kReduce), 2);
  EXPECT_EQ(CountOps(ln.functions[0], OpCode::kRsqrt), 1);
  EXPECT_EQ(CountOps(ln.functions[0], OpCode::kBroadcastInDim), 12);
}

TEST(HloParser, JaxMisc) {
  Module m = ParseTestdata("misc.mlir");
  const Function* main = m.FindFunction("main");
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->result_types.size(), 10u);
  EXPECT_EQ(CountOps(*main, OpCode::kPad), 1);  // inlined from @_pad
  EXPECT_EQ(CountOps(*main, OpCode::kReverse), 1);
  for (const Op& op : main->body.ops) {
    if (op.code == OpCode::kSlice) {
      EXPECT_EQ(op.strides, (std::vector<int64_t>{2, 1}));
    }
    if (op.code == OpCode::kPad) {
      EXPECT_EQ(op.pad_low, (std::vector<int64_t>{0, 1}));
      EXPECT_EQ(op.pad_high, (std::vector<int64_t>{1, 0}));
    }
  }
  const Op& nested = main->body.ops[0];
  ASSERT_EQ(nested.code, OpCode::kConstant);
  EXPECT_EQ(LiteralAs<float>(nested, 2), 3.0f);
  EXPECT_EQ(LiteralAs<uint32_t>(nested, 3), 0xFF800000u);
  EXPECT_EQ(main->body.ops[1].literal, (std::vector<uint8_t>{1, 0}));
  EXPECT_EQ(main->body.ops[2].literal, (std::vector<uint8_t>{0xFD, 7}));
}

std::string Wrap(const std::string& body, const std::string& args, const std::string& results) {
  return StrCat("func.func @main(", args, ") -> (", results, ") {\n", body, "\n}\n");
}

TEST(HloParser, Literals) {
  Module m = MustParse(Wrap(
      "  %a = stablehlo.constant dense<[1.0, 0.1, 65520.0, -2.0e-8]> : tensor<4xf16>\n"
      "  %b = stablehlo.constant dense<[1.00390625, 1.01171875, 0x7FC0, -inf]> : tensor<4xbf16>\n"
      "  %c = stablehlo.constant dense<\"0x0000803F00000040\"> : tensor<2xf32>\n"
      "  %d = stablehlo.constant dense<-1> : tensor<2x2xi64>\n"
      "  %e = stablehlo.constant dense<[[255, 0]]> : tensor<1x2xui8>\n"
      "  %f = stablehlo.constant dense<\"0x0100\"> : tensor<2xi1>\n"
      "  %g = stablehlo.constant dense<1.5> : tensor<f64>\n"
      "  %h = \"stablehlo.constant\"() <{value = dense<[1, 2]> : tensor<2xi32>}> : () -> "
      "tensor<2xi32>\n"
      "  return %a, %b, %c, %d, %e, %f, %g, %h : tensor<4xf16>, tensor<4xbf16>, tensor<2xf32>, "
      "tensor<2x2xi64>, tensor<1x2xui8>, tensor<2xi1>, tensor<f64>, tensor<2xi32>",
      "",
      "tensor<4xf16>, tensor<4xbf16>, tensor<2xf32>, tensor<2x2xi64>, tensor<1x2xui8>, "
      "tensor<2xi1>, "
      "tensor<f64>, tensor<2xi32>"));
  const auto& ops = m.functions[0].body.ops;
  ASSERT_EQ(ops.size(), 9u);
  EXPECT_EQ(LiteralAs<uint16_t>(ops[0], 0), 0x3C00);
  EXPECT_EQ(LiteralAs<uint16_t>(ops[0], 1), 0x2E66);  // 0.1 rounds to nearest
  EXPECT_EQ(LiteralAs<uint16_t>(ops[0], 2), 0x7C00);  // 65520 rounds to inf
  EXPECT_EQ(LiteralAs<uint16_t>(ops[0], 3), 0x8000);  // below half the smallest subnormal
  EXPECT_EQ(LiteralAs<uint16_t>(ops[1], 0), 0x3F80);  // tie to even (down)
  EXPECT_EQ(LiteralAs<uint16_t>(ops[1], 1), 0x3F82);  // tie to even (up)
  EXPECT_EQ(LiteralAs<uint16_t>(ops[1], 2), 0x7FC0);
  EXPECT_EQ(LiteralAs<uint16_t>(ops[1], 3), 0xFF80);
  EXPECT_EQ(LiteralAs<float>(ops[2], 1), 2.0f);
  EXPECT_EQ(LiteralAs<int64_t>(ops[3], 3), -1);
  EXPECT_EQ(ops[4].literal, (std::vector<uint8_t>{255, 0}));
  EXPECT_EQ(ops[5].literal, (std::vector<uint8_t>{1, 0}));
  EXPECT_EQ(LiteralAs<double>(ops[6], 0), 1.5);
  EXPECT_EQ(LiteralAs<int32_t>(ops[7], 1), 2);
  EXPECT_EQ(FloatToHalf(5.960464477539063e-08f), 1);    // smallest subnormal
  EXPECT_EQ(FloatToHalf(2.98023223876953125e-08f), 0);  // half of it: tie to even
  EXPECT_EQ(FloatToHalf(-65504.0f), 0xFBFF);
  EXPECT_EQ(FloatToBFloat16(3.0e38f), 0x7F62);
}

TEST(HloParser, PrettyAndGenericFormsOfEveryOp) {
  const std::string body = R"(
  %u = stablehlo.abs %x : tensor<2x3xf32>
  %u1 = stablehlo.sign %u : tensor<2x3xf32>
  %u2 = stablehlo.exponential %u1 : tensor<2x3xf32>
  %u3 = stablehlo.log_plus_one %u2 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %u4 = stablehlo.round_nearest_even %u3 : tensor<2x3xf32>
  %u5 = "stablehlo.tanh"(%u4) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %b = stablehlo.power %u5, %x : tensor<2x3xf32>
  %b1 = "stablehlo.remainder"(%b, %x) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %s = stablehlo.shift_right_logical %i, %i : tensor<2x3xi32>
  %n = stablehlo.not %s : tensor<2x3xi32>
  %p = stablehlo.compare  EQ, %b1, %x : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  %p1 = stablehlo.compare NE, %s, %n, SIGNED : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi1>
  %p2 = "stablehlo.compare"(%x, %x) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type TOTALORDER>} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  %p3 = stablehlo.xor %p1, %p2 : tensor<2x3xi1>
  %sel = stablehlo.select %p3, %x, %b1 : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %cl = stablehlo.clamp %z, %sel, %z : (tensor<f32>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %cv = stablehlo.convert %cl : (tensor<2x3xf32>) -> tensor<2x3xbf16>
  %bc = "stablehlo.broadcast_in_dim"(%z) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x3xf32>
  %rs = stablehlo.reshape %bc : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %tr = "stablehlo.transpose"(%rs) <{permutation = dense<[1, 0]> : tensor<2xi64>}> : (tensor<3x2xf32>) -> tensor<2x3xf32>
  %sl = "stablehlo.slice"(%tr) <{start_indices = array<i64: 0, 1>, limit_indices = array<i64: 2, 3>, strides = array<i64: 1, 2>}> : (tensor<2x3xf32>) -> tensor<2x1xf32>
  %cc = "stablehlo.concatenate"(%sl, %tr) <{dimension = 1 : i64}> : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x4xf32>
  %io = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui32>
  %zi = stablehlo.constant dense<0> : tensor<i32>
  %ds = "stablehlo.dynamic_slice"(%cc, %zi, %zi) <{slice_sizes = array<i64: 1, 2>}> : (tensor<2x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
  %du = "stablehlo.dynamic_update_slice"(%cc, %ds, %zi, %zi) : (tensor<2x4xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<2x4xf32>
  %pd = "stablehlo.pad"(%du, %z) <{edge_padding_low = array<i64: 0, -1>, edge_padding_high = array<i64: 1, 0>, interior_padding = array<i64: 0, 1>}> : (tensor<2x4xf32>, tensor<f32>) -> tensor<3x6xf32>
  %rv = "stablehlo.reverse"(%pd) <{dimensions = array<i64: 0, 1>}> : (tensor<3x6xf32>) -> tensor<3x6xf32>
  %dg = stablehlo.dot_general %rv, %rv, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [DEFAULT, HIGHEST] : (tensor<3x6xf32>, tensor<3x6xf32>) -> tensor<3xf32>
  %dg2 = "stablehlo.dot_general"(%rv, %rv) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<3x6xf32>, tensor<3x6xf32>) -> tensor<3x3xf32>
  %rd = "stablehlo.reduce"(%dg2, %z) ({
  ^bb0(%a: tensor<f32>, %c: tensor<f32>):
    %m = stablehlo.minimum %a, %c : tensor<f32>
    "stablehlo.return"(%m) : (tensor<f32>) -> ()
  }) {dimensions = array<i64: 0>} : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
  %rd2 = stablehlo.reduce(%dg2 init: %z) across dimensions = [0, 1] : (tensor<3x3xf32>, tensor<f32>) -> tensor<f32>
   reducer(%a: tensor<f32>, %c: tensor<f32>)  {
    %m = stablehlo.multiply %a, %c : tensor<f32> loc(#loc3)
    stablehlo.return %m : tensor<f32>
  } loc(#loc3)
  %gi = stablehlo.constant dense<[[0, 1], [1, 0]]> : tensor<2x2xi64>
  %g = "stablehlo.gather"(%rv, %gi) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = true, slice_sizes = array<i64: 1, 2>} : (tensor<3x6xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  func.return %dg, %rd, %rd2, %g, %io, %cv : tensor<3xf32>, tensor<3xf32>, tensor<f32>, tensor<2x2xf32>, tensor<4xui32>, tensor<2x3xbf16>)";
  Module m =
      MustParse(StrCat("#loc3 = loc(\"x\")\nmodule {\n",
                       Wrap(body, "%x: tensor<2x3xf32>, %i: tensor<2x3xi32>, %z: tensor<f32>",
                            "tensor<3xf32>, tensor<3xf32>, tensor<f32>, tensor<2x2xf32>, "
                            "tensor<4xui32>, tensor<2x3xbf16>"),
                       "}\n"));
  ASSERT_EQ(m.functions.size(), 1u);
  const Function& fn = m.functions[0];
  EXPECT_EQ(fn.body.ops.size(), 35u);
  for (const Op& op : fn.body.ops) {
    if (op.code == OpCode::kCompare && op.operands[0] == fn.args[0].value &&
        op.operands[1] == fn.args[0].value) {
      EXPECT_EQ(op.direction, ComparisonDirection::kGe);
      EXPECT_EQ(op.compare_type, ComparisonType::kTotalOrder);
    }
    if (op.code == OpCode::kSlice) {
      EXPECT_EQ(op.strides, (std::vector<int64_t>{1, 2}));
    }
    if (op.code == OpCode::kTranspose) {
      EXPECT_EQ(op.dims, (std::vector<int64_t>{1, 0}));
    }
    if (op.code == OpCode::kGather) {
      EXPECT_TRUE(op.gather.indices_are_sorted);
    }
  }
}

// Every row of the op table is reached by its name: the op's sample parses to
// exactly one op of that code, whose OpName is the row's name.
TEST(HloParser, EveryOpTableNameRoundTrips) {
  for (const OpInfo& info : kOpTable) {
    SCOPED_TRACE(info.name);
    std::string text = testing::OpSampleModule(info);
    ASSERT_FALSE(text.empty()) << info.name << " has no sample in hlo_test_util.h";
    EXPECT_NE(text.find(info.name), std::string::npos);
    Module m = MustParse(text);
    ASSERT_EQ(m.functions.size(), 1u);
    EXPECT_EQ(CountOps(m.functions[0], info.code), 1);
    EXPECT_STREQ(OpName(info.code), info.name);
    EXPECT_EQ(&GetOpInfo(info.code), &info);
  }
  // The terminator is not an op name: only its own spellings end a body.
  EXPECT_EQ(ParseError("func.func @main(%a: tensor<f32>) -> tensor<f32> {\n"
                       "  \"return\"(%a) : (tensor<f32>) -> ()\n}\n"),
            "t.mlir:2:3: unsupported op 'return'");
}

TEST(HloParser, ParsesTenMegabytesQuickly) {
  const int64_t n = 1 << 20;  // 4 MiB of f32 -> 8 MiB of hex, plus many ops
  std::string text =
      "func.func @main() -> tensor<1048576xf32> {\n  %c = stablehlo.constant dense<\"0x";
  text.reserve(12 << 20);
  for (int64_t i = 0; i < n; ++i) text += "0000803F";
  text += "\"> : tensor<1048576xf32>\n";
  std::string prev = "%c";
  for (int i = 0; i < 20000; ++i) {
    text += StrCat("  %v", i, " = stablehlo.add ", prev, ", %c : tensor<1048576xf32> loc(#loc", i,
                   ")\n");
    prev = StrCat("%v", i);
  }
  text += StrCat("  return ", prev, " : tensor<1048576xf32>\n}\n");
  ASSERT_GT(text.size(), 9u << 20);
  auto start = std::chrono::steady_clock::now();
  auto m = ParseModule(text, "big.mlir");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(LiteralAs<float>(m->functions[0].body.ops[0], n - 1), 1.0f);
#ifdef NDEBUG
  EXPECT_LT(seconds, 1.0);
#else
  EXPECT_LT(seconds, 30.0);  // Debug + sanitizers are an order of magnitude slower
#endif
}

}  // namespace
}  // namespace hf2hlo::hlo
