// With/without tests that pin each switch's exact effect on emitted text.
#include <gtest/gtest.h>

#include <map>

#include "emit/emit.h"
#include "test_util.h"

namespace hf2hlo {
namespace {

using testing::CountArgs;
using testing::CountOps;
using testing::CountSubstr;
using testing::MustEmit;
using testing::MustParse;
using testing::OpDelta;
using testing::TinyLlamaJson;

constexpr ProgramKind kKinds[] = {ProgramKind::kPrefill, ProgramKind::kDecode};

TEST(EmitInvariants, ByteStable) {
  ModelConfig c = MustParse(TinyLlamaJson());
  for (ProgramKind k : kKinds) EXPECT_EQ(MustEmit(c, k), MustEmit(c, k));
}

TEST(EmitInvariants, ArgumentsFollowWeightSpecsThenRuntimeThenCaches) {
  ModelConfig c = MustParse(TinyLlamaJson());
  auto specs = WeightSpecs(c);
  std::string text = MustEmit(c, ProgramKind::kPrefill);
  size_t at = 0;
  for (const auto& s : specs) {
    size_t next = text.find(StrCat("loc(\"", s.name, "\")"), at);
    ASSERT_NE(next, std::string::npos) << s.name;
    at = next;
  }
  for (const char* name :
       {"tokens", "start", "length", "slot", "cache.k.0", "cache.v.0", "cache.k.1", "cache.v.1"}) {
    size_t next = text.find(StrCat("loc(\"", name, "\")"), at);
    ASSERT_NE(next, std::string::npos) << name;
    at = next;
  }
  EXPECT_EQ(CountArgs(text), static_cast<int>(specs.size()) + 4 + 4);
  EXPECT_NE(
      text.find("%arg24: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc(\"cache.k.0\")"),
      std::string::npos);
  EXPECT_NE(text.find("{tf.aliasing_output = 4 : i32} loc(\"cache.v.1\")"), std::string::npos);
  std::string decode = MustEmit(c, ProgramKind::kDecode);
  EXPECT_NE(decode.find("tensor<2xi32> loc(\"pos\")"), std::string::npos);
  EXPECT_NE(decode.find("-> (tensor<2x256xf32>, tensor<2x32x2x16xf32>"), std::string::npos);
}

TEST(EmitInvariants, KvWritesAreDynamicUpdateSliceNeverScatter) {
  ModelConfig c = MustParse(TinyLlamaJson());
  std::string prefill = MustEmit(c, ProgramKind::kPrefill, /*batch=*/4);
  std::string decode = MustEmit(c, ProgramKind::kDecode, /*batch=*/4);
  EXPECT_EQ(CountOps(prefill, "stablehlo.dynamic_update_slice"), 2 * 2);     // K, V per layer
  EXPECT_EQ(CountOps(decode, "stablehlo.dynamic_update_slice"), 2 * 2 * 4);  // per row
  EXPECT_EQ(CountSubstr(prefill + decode, "scatter"), 0);
  EXPECT_EQ(CountSubstr(prefill + decode, "custom_call"), 0);
}

TEST(EmitInvariants, QkvBiasAddsThreeArgumentsPerLayer) {
  auto j = TinyLlamaJson();
  ModelConfig without = MustParse(j);
  ModelConfig with = without;
  with.qkv_bias = true;
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k), b = MustEmit(without, k);
    EXPECT_EQ(CountArgs(a) - CountArgs(b), 3 * 2);
    EXPECT_EQ(OpDelta(a, b), (std::map<std::string, int>{{"stablehlo.add", 6},
                                                         {"stablehlo.broadcast_in_dim", 6}}));
    EXPECT_NE(a.find("loc(\"model.layers.1.self_attn.v_proj.bias\")"), std::string::npos);
  }
}

TEST(EmitInvariants, OutputAndMlpBiasesAddTheirArgumentsOnly) {
  ModelConfig without = MustParse(TinyLlamaJson());
  ModelConfig o = without, mlp = without;
  o.o_bias = true;
  mlp.mlp_bias = true;
  for (ProgramKind k : kKinds) {
    EXPECT_EQ(CountArgs(MustEmit(o, k)) - CountArgs(MustEmit(without, k)), 1 * 2);
    EXPECT_EQ(CountArgs(MustEmit(mlp, k)) - CountArgs(MustEmit(without, k)), 3 * 2);
    EXPECT_EQ(
        OpDelta(MustEmit(mlp, k), MustEmit(without, k)),
        (std::map<std::string, int>{{"stablehlo.add", 6}, {"stablehlo.broadcast_in_dim", 6}}));
  }
}

TEST(EmitInvariants, UntiedHeadAddsExactlyOneArgument) {
  auto j = TinyLlamaJson();
  ModelConfig tied = MustParse(j);
  j["tie_word_embeddings"] = false;
  ModelConfig untied = MustParse(j);
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(untied, k), b = MustEmit(tied, k);
    EXPECT_EQ(CountArgs(a) - CountArgs(b), 1);
    EXPECT_EQ(CountSubstr(a, "loc(\"lm_head.weight\")"), 1);
    EXPECT_EQ(CountSubstr(b, "lm_head"), 0);
    EXPECT_TRUE(OpDelta(a, b).empty());
  }
}

TEST(EmitInvariants, SlidingWindowAddsOnlyItsMaskOps) {
  auto j = TinyLlamaJson();
  j["model_type"] = "mistral";
  j["sliding_window"] = nullptr;  // an absent key means Mistral's default 4096
  ModelConfig plain = MustParse(j);
  j["sliding_window"] = 8;
  ModelConfig sliding = MustParse(j);
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(sliding, k), b = MustEmit(plain, k);
    EXPECT_EQ(CountArgs(a), CountArgs(b));
    EXPECT_EQ(OpDelta(a, b), (std::map<std::string, int>{{"stablehlo.subtract", 1},
                                                         {"stablehlo.compare", 1},
                                                         {"stablehlo.and", 1},
                                                         {"stablehlo.select", 1},
                                                         {"stablehlo.constant", 1}}));
    EXPECT_EQ(CountSubstr(a, "stablehlo.constant dense<8> : tensor<"), 1);
  }
}

TEST(EmitInvariants, SwitchesThatAreOffEmitNothing) {
  // Mistral without a window is Llama without biases: byte-identical text.
  auto j = TinyLlamaJson();
  ModelConfig llama = MustParse(j);
  j["model_type"] = "mistral";
  j["sliding_window"] = nullptr;
  ModelConfig mistral = MustParse(j);
  // Qwen2 with use_sliding_window false carries no window either.
  for (ProgramKind k : kKinds) {
    EXPECT_EQ(MustEmit(llama, k), MustEmit(mistral, k));
    std::string text = MustEmit(llama, k);
    EXPECT_EQ(CountSubstr(text, "bias"), 0);
    EXPECT_EQ(CountOps(text, "stablehlo.and"), 0);
    EXPECT_EQ(CountOps(text, "stablehlo.convert"), 0) << "f32 weights need no convert";
  }
}

TEST(EmitInvariants, StoredDtypesAreKeptAndConvertedWhereUsed) {
  auto j = TinyLlamaJson();
  ModelConfig f32 = MustParse(j);
  j["torch_dtype"] = "bfloat16";
  ModelConfig bf16 = MustParse(j);
  std::string a = MustEmit(bf16, ProgramKind::kDecode), b = MustEmit(f32, ProgramKind::kDecode);
  EXPECT_NE(a.find("%arg0: tensor<256x64xbf16> loc(\"model.embed_tokens.weight\")"),
            std::string::npos);
  // One convert per weight use: 20 weights, the tied embedding used twice
  // (gathered rows and head), the gathered rows converted instead of the table.
  EXPECT_EQ(CountOps(a, "stablehlo.convert"), 21);
  EXPECT_EQ(CountOps(b, "stablehlo.convert"), 0);
  EXPECT_EQ(CountSubstr(a, "xbf16>) -> tensor<"), 21) << "every bf16 use goes through a convert";
}

TEST(EmitInvariants, RopeScalingChangesOnlyTheTables) {
  auto j = TinyLlamaJson();
  ModelConfig plain = MustParse(j);
  j["rope_scaling"] = {{"rope_type", "linear"}, {"factor", 2.0}};
  ModelConfig linear = MustParse(j);
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(linear, k), b = MustEmit(plain, k);
    EXPECT_NE(a, b);
    EXPECT_TRUE(OpDelta(a, b).empty());
  }
}

TEST(EmitInvariants, RejectsBadProgramShapes) {
  ModelConfig c = MustParse(TinyLlamaJson());
  auto specs = WeightSpecs(c);
  auto err = [&](ProgramShape s) {
    auto r = EmitProgram(c, specs, s);
    return r.ok() ? std::string() : r.status().message();
  };
  EXPECT_NE(err({ProgramKind::kPrefill, 1, 30, 8}).find("multiple of --chunk"), std::string::npos);
  EXPECT_NE(err({ProgramKind::kDecode, 0, 32, 0}).find("--batch must be positive"),
            std::string::npos);
  auto j = TinyLlamaJson();
  j["rope_scaling"] = {{"rope_type", "dynamic"}, {"factor", 2.0}};
  ModelConfig dyn = MustParse(j);
  auto r = EmitProgram(dyn, WeightSpecs(dyn), {ProgramKind::kDecode, 1, 512, 0});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("exceeds max_position_embeddings = 256"), std::string::npos);
  EXPECT_TRUE(EmitProgram(dyn, WeightSpecs(dyn), {ProgramKind::kDecode, 1, 256, 0}).ok());
}

}  // namespace
}  // namespace hf2hlo
