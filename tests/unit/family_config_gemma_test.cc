// config.json -> ModelConfig for the Gemma families (gemma, gemma2, gemma3_text):
// switches, HF v4.57.6 defaults (docs/layer-math.md, "Config defaults"), weight names
// and rejections. Shared helpers: family_config_test_util.h.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "family_config_test_util.h"
#include "model/model.h"
#include "test_util.h"

namespace hf2hlo {
namespace {

using family_test::Contains;
using family_test::CountSpecsContaining;
using family_test::Flags;
using family_test::ParseError;
using family_test::Shape;
using family_test::Spec;
using family_test::SpecNames;
using family_test::Tiny;
using testing::MustEmit;
using testing::MustParse;

// --- gemma, gemma2, gemma3_text ---------------------------------------------

TEST(FamilyConfig, GemmaOnePlusNormEmbeddingScaleAndActivation) {
  ModelConfig c = MustParse(Tiny("gemma"));
  EXPECT_EQ(c.family, "Gemma");
  EXPECT_EQ(c.norm, NormKind::kRmsOnePlus);
  EXPECT_EQ(c.block, BlockKind::kPreNorm);
  EXPECT_EQ(c.head_dim, 256) << "GemmaConfig head_dim default";
  ASSERT_TRUE(c.embedding_scale.has_value());
  EXPECT_EQ(*c.embedding_scale, std::sqrt(64.0));
  EXPECT_EQ(c.activation, Activation::kGeluTanh);
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.norm_eps, 1e-6);
  EXPECT_EQ(c.max_position_embeddings, 8192);
  EXPECT_EQ(c.attention_scale, std::pow(256.0, -0.5));
  EXPECT_FALSE(c.attn_softcap.has_value() || c.final_softcap.has_value());
  EXPECT_EQ(c.qk_norm, QkNormKind::kNone);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(SpecNames(c).size(), 2u + 9u * 2u) << "Llama names, tied, no extra norms";

  auto j = Tiny("gemma");
  j["hidden_act"] = "gelu";  // the legacy gemma-2b/7b value: exact erf GELU in v4.57
  j["hidden_activation"] = "gelu_pytorch_tanh";  // ignored by GemmaMLP in v4.57
  EXPECT_EQ(MustParse(j).activation, Activation::kGeluExact);
  j.erase("hidden_act");
  j["hidden_activation"] = "gelu";
  EXPECT_EQ(MustParse(j).activation, Activation::kGeluTanh);
  j["head_dim"] = 16;
  j["attention_bias"] = true;
  j["tie_word_embeddings"] = false;
  c = MustParse(j);
  EXPECT_EQ(c.head_dim, 16);
  EXPECT_TRUE(c.qkv_bias && c.o_bias);
  EXPECT_FALSE(c.mlp_bias);
  EXPECT_FALSE(c.tie_word_embeddings);
}

TEST(FamilyConfig, Gemma2SandwichScaleSoftcapsAndAlternatingWindows) {
  auto j = Tiny("gemma2");
  j["num_hidden_layers"] = 4;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Gemma2");
  EXPECT_EQ(c.norm, NormKind::kRmsOnePlus);
  EXPECT_EQ(c.block, BlockKind::kSandwich);
  EXPECT_EQ(c.qk_norm, QkNormKind::kNone);
  EXPECT_EQ(c.head_dim, 256);
  EXPECT_EQ(c.attention_scale, std::pow(256.0, -0.5)) << "query_pre_attn_scalar default 256";
  ASSERT_TRUE(c.embedding_scale.has_value());
  EXPECT_EQ(*c.embedding_scale, 8.0);
  ASSERT_TRUE(c.attn_softcap.has_value() && c.final_softcap.has_value());
  EXPECT_EQ(*c.attn_softcap, 50.0);
  EXPECT_EQ(*c.final_softcap, 30.0);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 4096);
  EXPECT_EQ(c.layer_sliding, Flags({true, false, true, false}));
  EXPECT_EQ(c.layer_rope, Flags({true, true, true, true}));
  EXPECT_EQ(c.rope_sliding, c.rope);
  EXPECT_EQ(c.activation, Activation::kGeluTanh);
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.max_position_embeddings, 8192);
  EXPECT_EQ(Spec(c, "model.layers.3.pre_feedforward_layernorm.weight").shape, Shape({64}));
  EXPECT_EQ(Spec(c, "model.layers.3.post_feedforward_layernorm.weight").shape, Shape({64}));
  EXPECT_EQ(CountSpecsContaining(c, "post_attention_layernorm"), 4);

  j["query_pre_attn_scalar"] = 168;
  j["attn_logit_softcapping"] = nullptr;
  j["final_logit_softcapping"] = 15.0;
  j["sliding_window"] = 8;
  j["hidden_activation"] = "gelu";
  j["hidden_act"] = "silu";  // Gemma2MLP reads hidden_activation only
  c = MustParse(j);
  EXPECT_EQ(c.attention_scale, std::pow(168.0, -0.5));
  EXPECT_FALSE(c.attn_softcap.has_value());
  ASSERT_TRUE(c.final_softcap.has_value());
  EXPECT_EQ(*c.final_softcap, 15.0);
  EXPECT_EQ(*c.sliding_window, 8);
  EXPECT_EQ(c.activation, Activation::kGeluExact);

  j["final_logit_softcapping"] = nullptr;
  j["layer_types"] = {"full_attention", "sliding_attention", "sliding_attention", "full_attention"};
  c = MustParse(j);
  EXPECT_FALSE(c.final_softcap.has_value());
  EXPECT_EQ(c.layer_sliding, Flags({false, true, true, false}));
}

// Gemma2Config has no sliding_window_pattern: without layer_types, layer i
// slides iff (i + 1) % 2 != 0 whatever the config says (checked against
// transformers 4.57.6: Gemma2Config(num_hidden_layers=4,
// sliding_window_pattern=3).layer_types alternates).
TEST(FamilyConfig, Gemma2IgnoresSlidingWindowPattern) {
  auto j = Tiny("gemma2");
  j["num_hidden_layers"] = 4;
  j["sliding_window_pattern"] = 3;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags({true, false, true, false}));
}

TEST(FamilyConfig, Gemma3TextQkNormPatternAndDualRope) {
  auto j = Tiny("gemma3_text");
  j["num_hidden_layers"] = 12;
  j["head_dim"] = 16;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Gemma3 (text)");
  EXPECT_EQ(c.norm, NormKind::kRmsOnePlus);
  EXPECT_EQ(c.block, BlockKind::kSandwich);
  EXPECT_EQ(c.qk_norm, QkNormKind::kPerHead);
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.q_norm.weight").shape, Shape({16}));
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.k_norm.weight").shape, Shape({16}));
  EXPECT_EQ(c.attention_scale, std::pow(256.0, -0.5)) << "query_pre_attn_scalar default 256";
  EXPECT_FALSE(c.attn_softcap.has_value() || c.final_softcap.has_value());
  ASSERT_TRUE(c.embedding_scale.has_value());
  EXPECT_EQ(*c.embedding_scale, 8.0);
  EXPECT_EQ(c.activation, Activation::kGeluTanh);
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.max_position_embeddings, 131072);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 4096);
  Flags pattern6(12, true);
  pattern6[5] = pattern6[11] = false;
  EXPECT_EQ(c.layer_sliding, pattern6);
  EXPECT_EQ(c.layer_rope, Flags(12, true));
  EXPECT_EQ(c.rope, (RopeParams{.type = RopeType::kDefault, .theta = 1e6}));
  EXPECT_EQ(c.rope_sliding, (RopeParams{.type = RopeType::kDefault, .theta = 1e4}));

  j["sliding_window"] = 512;
  j["rope_theta"] = 2e6;
  j["rope_local_base_freq"] = 5e4;
  j["rope_scaling"] = {{"rope_type", "linear"}, {"factor", 8.0}};
  j["query_pre_attn_scalar"] = 168;
  j["final_logit_softcapping"] = 20.0;
  c = MustParse(j);
  EXPECT_EQ(*c.sliding_window, 512);
  EXPECT_EQ(c.rope, (RopeParams{.type = RopeType::kLinear, .theta = 2e6, .factor = 8.0}));
  EXPECT_EQ(c.rope_sliding, (RopeParams{.type = RopeType::kDefault, .theta = 5e4}))
      << "local RoPE: rope_local_base_freq, no scaling";
  EXPECT_EQ(c.attention_scale, std::pow(168.0, -0.5));
  ASSERT_TRUE(c.final_softcap.has_value());
  EXPECT_EQ(*c.final_softcap, 20.0);
  j.erase("final_logit_softcapping");

  j["num_hidden_layers"] = 3;
  j["layer_types"] = {"full_attention", "sliding_attention", "full_attention"};
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags({false, true, false}));
  j.erase("layer_types");
  j["sliding_window_pattern"] = 2;
  EXPECT_EQ(MustParse(j).layer_sliding, Flags({true, false, true}));
}

TEST(FamilyConfig, Gemma3TextV5RopeParametersPerLayerType) {
  auto j = Tiny("gemma3_text");
  j["head_dim"] = 16;
  j["num_hidden_layers"] = 6;
  j["rope_parameters"] = {
      {"full_attention", {{"rope_type", "linear"}, {"factor", 8.0}, {"rope_theta", 1e6}}},
      {"sliding_attention", {{"rope_type", "default"}, {"rope_theta", 1e4}}}};
  ModelConfig v5 = MustParse(j);
  EXPECT_EQ(v5.rope, (RopeParams{.type = RopeType::kLinear, .theta = 1e6, .factor = 8.0}));
  EXPECT_EQ(v5.rope_sliding, (RopeParams{.type = RopeType::kDefault, .theta = 1e4}));

  j.erase("rope_parameters");
  j["rope_theta"] = 1e6;
  j["rope_local_base_freq"] = 1e4;
  j["rope_scaling"] = {{"rope_type", "linear"}, {"factor", 8.0}};
  ModelConfig legacy = MustParse(j);
  EXPECT_EQ(legacy.rope, v5.rope);
  EXPECT_EQ(legacy.rope_sliding, v5.rope_sliding);
  for (ProgramKind k : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
    EXPECT_TRUE(MustEmit(legacy, k) == MustEmit(v5, k)) << "legacy and v5 texts differ";
  }
}

// HF 4.57.6's Gemma3Attention stores attn_logit_softcapping but never passes
// it to the attention function (its logits are bit-identical with the cap at
// None, 2 or 20), so the parsed config has no attention soft-cap, notes the
// key, and emits the same text as without it; the wrapper's text_config
// likewise. The final soft-cap is unaffected.
TEST(FamilyConfig, Gemma3IgnoresAttnLogitSoftcapping) {
  auto j = Tiny("gemma3_text");
  j["head_dim"] = 16;
  const ModelConfig without = MustParse(j);
  EXPECT_TRUE(without.ignored_keys.empty());

  j["attn_logit_softcapping"] = 2.0;
  ModelConfig c = MustParse(j);
  EXPECT_FALSE(c.attn_softcap.has_value());
  ASSERT_EQ(c.ignored_keys.size(), 1u);
  EXPECT_EQ(c.ignored_keys[0],
            "attn_logit_softcapping=2 (present; HF's Gemma3 attention never applies it)");
  for (ProgramKind k : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
    EXPECT_TRUE(MustEmit(c, k) == MustEmit(without, k)) << "the ignored cap changed the text";
  }

  j["final_logit_softcapping"] = 30.0;
  c = MustParse(j);
  EXPECT_FALSE(c.attn_softcap.has_value());
  ASSERT_TRUE(c.final_softcap.has_value());
  EXPECT_EQ(*c.final_softcap, 30.0);

  j["attn_logit_softcapping"] = nullptr;
  EXPECT_TRUE(MustParse(j).ignored_keys.empty()) << "null: nothing to note";
  j["attn_logit_softcapping"] = "2";
  EXPECT_TRUE(Contains(ParseError(j), "key 'attn_logit_softcapping'"));

  j["attn_logit_softcapping"] = 20.0;
  j.erase("final_logit_softcapping");
  nlohmann::json wrapper = {{"model_type", "gemma3"}, {"text_config", j}};
  wrapper["text_config"].erase("model_type");
  c = MustParse(wrapper);
  EXPECT_TRUE(Contains(c.family, "text tower of gemma3")) << c.family;
  EXPECT_FALSE(c.attn_softcap.has_value() || c.final_softcap.has_value());
  ASSERT_EQ(c.ignored_keys.size(), 1u);
  EXPECT_TRUE(Contains(c.ignored_keys[0], "attn_logit_softcapping=20")) << c.ignored_keys[0];
}

// use_bidirectional_attention (EmbeddingGemma) makes every layer attend both
// ways within the window; the causal emitter cannot express that, so the
// config must be rejected rather than silently emitted as causal.
TEST(FamilyConfig, Gemma3TextRejectsBidirectionalAttention) {
  auto j = Tiny("gemma3_text");
  j["head_dim"] = 16;
  j["use_bidirectional_attention"] = true;
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "use_bidirectional_attention")) << e;
  j["use_bidirectional_attention"] = false;
  EXPECT_TRUE(ParseConfig(j.dump(), "m/config.json").ok());
}

}  // namespace
}  // namespace hf2hlo
