// config.json -> ModelConfig per registered family: the exact switches each
// model_type produces, its HF v4.57.6 defaults (docs/layer-math.md, "Config defaults"), its weight
// names, and the rejections. This file: every registered type, the Llama-like
// families (llama, mistral, qwen2, mimo, qwen3, smollm3, olmo2/3, seed_oss,
// internlm3, granite, minicpm), the rejections and the rope layouts; the others
// are in family_config_{gemma,exaone,cohere_phi_stablelm}_test.cc.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "family_config_test_util.h"
#include "model/model.h"
#include "test_util.h"

namespace hf2hlo {
namespace {

using family_test::Contains;
using family_test::CountSpecsContaining;
using family_test::ExpectLlamaCore;
using family_test::ExpectNoScalars;
using family_test::Flags;
using family_test::ParseError;
using family_test::Parseable;
using family_test::Shape;
using family_test::Spec;
using family_test::SpecNames;
using family_test::Tiny;
using family_test::kRegistered;
using testing::MustEmit;
using testing::MustParse;

TEST(FamilyConfig, EveryRegisteredTypeParsesAndEmits) {
  std::vector<std::string> supported = SupportedModelTypes();
  for (const char* type : kRegistered) {
    SCOPED_TRACE(type);
    EXPECT_NE(std::find(supported.begin(), supported.end(), type), supported.end());
    ModelConfig c = MustParse(Parseable(type));
    EXPECT_EQ(c.model_type, type);
    EXPECT_EQ(c.head_dim, 16);
    EXPECT_EQ(c.layer_sliding.size(), 2u);
    EXPECT_EQ(c.layer_rope.size(), 2u);
    EXPECT_FALSE(MustEmit(c, ProgramKind::kPrefill).empty());
    EXPECT_FALSE(MustEmit(c, ProgramKind::kDecode).empty());
  }
}

// --- llama, mistral -------------------------------------------------------

TEST(FamilyConfig, LlamaDefaults) {
  ModelConfig c = MustParse(Tiny("llama"));
  EXPECT_EQ(c.family, "Llama");
  ExpectLlamaCore(c);
  EXPECT_EQ(c.activation, Activation::kSilu);
  EXPECT_EQ(c.norm_eps, 1e-6);
  EXPECT_EQ(c.max_position_embeddings, 2048);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_sliding, Flags({false, false}));
  EXPECT_EQ(c.rope.theta, 10000.0);
  EXPECT_EQ(c.rope_sliding, c.rope);
  EXPECT_TRUE(c.ignored_tensor_prefixes.empty());
}

TEST(FamilyConfig, MistralHonoursHeadDimAndHasNoBiases) {
  auto j = Tiny("mistral");
  j["head_dim"] = 32;
  j["attention_bias"] = true;  // not a MistralConfig field
  j["mlp_bias"] = true;
  j["sliding_window"] = nullptr;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Mistral");
  ExpectLlamaCore(c);
  EXPECT_EQ(c.head_dim, 32);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_EQ(c.norm_eps, 1e-6);
  EXPECT_EQ(c.max_position_embeddings, 131072);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_sliding, Flags({false, false}));

  j["sliding_window"] = 8;
  c = MustParse(j);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 8);
  EXPECT_EQ(c.layer_sliding, Flags({true, true}));
}

// MistralConfig(sliding_window=4096): a config.json without the key slides
// every layer with W = 4096 (docs/layer-math.md, "Mistral").
TEST(FamilyConfig, MistralSlidingWindowDefaultsTo4096) {
  ModelConfig c = MustParse(Tiny("mistral"));
  ASSERT_TRUE(c.sliding_window.has_value()) << "absent sliding_window must default to 4096";
  EXPECT_EQ(*c.sliding_window, 4096);
  EXPECT_EQ(c.layer_sliding, Flags({true, true}));
}

// --- qwen2, mimo, qwen3 ---------------------------------------------------

TEST(FamilyConfig, Qwen2QkvBiasOnlyAndWindows) {
  auto j = Tiny("qwen2");
  j["attention_bias"] = true;  // not a Qwen2Config field: bias is hard-coded q/k/v only
  j["mlp_bias"] = true;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Qwen2");
  ExpectLlamaCore(c);
  EXPECT_TRUE(c.qkv_bias);
  EXPECT_FALSE(c.o_bias);
  EXPECT_FALSE(c.mlp_bias);
  EXPECT_EQ(c.norm_eps, 1e-6);
  EXPECT_EQ(c.max_position_embeddings, 32768);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_FALSE(c.sliding_window.has_value()) << "use_sliding_window defaults to false";
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.q_proj.bias").shape, Shape({64}));
  EXPECT_EQ(Spec(c, "model.layers.1.self_attn.k_proj.bias").shape, Shape({32}));
  EXPECT_EQ(CountSpecsContaining(c, "o_proj.bias"), 0);
  EXPECT_EQ(CountSpecsContaining(c, "mlp"), 3 * 2);

  j["num_hidden_layers"] = 3;
  j["use_sliding_window"] = true;
  j["max_window_layers"] = 1;
  c = MustParse(j);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 4096) << "Qwen2Config sliding_window default";
  EXPECT_EQ(c.layer_sliding, Flags({false, true, true}));
}

// Qwen2Config: sliding_window = sliding_window if use_sliding_window else
// None; layer i slides iff sliding_window is not None and i >=
// max_window_layers. An explicit null window therefore slides nothing.
TEST(FamilyConfig, Qwen2NullWindowMeansNoSliding) {
  auto j = Tiny("qwen2");
  j["num_hidden_layers"] = 3;
  j["use_sliding_window"] = true;
  j["max_window_layers"] = 1;
  j["sliding_window"] = nullptr;
  ModelConfig c = MustParse(j);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_sliding, Flags({false, false, false}));
}

TEST(FamilyConfig, MimoIsQwen2PlusIgnoredMtpLayers) {
  auto j = Tiny("mimo");
  j["num_nextn_predict_layers"] = 1;
  ModelConfig mimo = MustParse(j);
  j["model_type"] = "qwen2";
  ModelConfig qwen2 = MustParse(j);
  EXPECT_EQ(mimo.family, "MiMo");
  EXPECT_TRUE(mimo.qkv_bias);
  EXPECT_FALSE(mimo.o_bias || mimo.mlp_bias);
  EXPECT_EQ(mimo.max_position_embeddings, qwen2.max_position_embeddings);
  EXPECT_EQ(mimo.norm_eps, qwen2.norm_eps);
  EXPECT_EQ(mimo.tie_word_embeddings, qwen2.tie_word_embeddings);
  EXPECT_EQ(mimo.layer_sliding, qwen2.layer_sliding);
  EXPECT_EQ(SpecNames(mimo), SpecNames(qwen2));
  EXPECT_EQ(mimo.ignored_tensor_prefixes, std::vector<std::string>({"model.mtp_layers."}));
  EXPECT_TRUE(qwen2.ignored_tensor_prefixes.empty());
  for (ProgramKind k : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
    EXPECT_TRUE(MustEmit(mimo, k) == MustEmit(qwen2, k)) << "MiMo text differs from Qwen2";
  }
}

TEST(FamilyConfig, Qwen3PerHeadQkNormAndAttentionBias) {
  ModelConfig c = MustParse(Tiny("qwen3"));
  EXPECT_EQ(c.family, "Qwen3");
  EXPECT_EQ(c.head_dim, 128) << "Qwen3Config head_dim default";
  EXPECT_EQ(c.qk_norm, QkNormKind::kPerHead);
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.q_norm.weight").shape, Shape({128}));
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.k_norm.weight").shape, Shape({128}));
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.q_proj.weight").shape, Shape({4 * 128, 64}));
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_EQ(c.max_position_embeddings, 32768);
  EXPECT_EQ(c.norm, NormKind::kRms);
  EXPECT_EQ(c.block, BlockKind::kPreNorm);
  ExpectNoScalars(c);

  auto j = Tiny("qwen3");
  j["head_dim"] = 16;
  j["attention_bias"] = true;
  j["mlp_bias"] = true;  // Qwen3MLP has no bias
  c = MustParse(j);
  EXPECT_TRUE(c.qkv_bias);
  EXPECT_TRUE(c.o_bias);
  EXPECT_FALSE(c.mlp_bias);
  EXPECT_EQ(Spec(c, "model.layers.1.self_attn.o_proj.bias").shape, Shape({64}));
  EXPECT_EQ(Spec(c, "model.layers.1.self_attn.k_norm.weight").shape, Shape({16}));

  j["use_sliding_window"] = true;
  j["max_window_layers"] = 1;
  j["sliding_window"] = 8;
  c = MustParse(j);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_sliding, Flags({false, true}));
}

// --- smollm3 ---------------------------------------------------------------

TEST(FamilyConfig, SmolLm3NoRopeLayers) {
  auto j = Tiny("smollm3");
  j["num_hidden_layers"] = 4;
  j["no_rope_layers"] = {1, 0, 1, 1};
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "SmolLM3");
  EXPECT_EQ(c.layer_rope, Flags({true, false, true, true})) << "1 = RoPE, 0 = NoPE";
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.rope.theta, 2e6);
  EXPECT_EQ(c.norm_eps, 1e-6);
  EXPECT_EQ(c.max_position_embeddings, 32768);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_EQ(c.norm, NormKind::kRms);
  EXPECT_EQ(c.block, BlockKind::kPreNorm);
  ExpectNoScalars(c);

  j.erase("no_rope_layers");
  j["num_hidden_layers"] = 8;
  c = MustParse(j);
  EXPECT_EQ(c.layer_rope, Flags({true, true, true, false, true, true, true, false}))
      << "no_rope_layer_interval default 4";
  j["no_rope_layer_interval"] = 2;
  EXPECT_EQ(MustParse(j).layer_rope, Flags({true, false, true, false, true, false, true, false}));

  j["num_hidden_layers"] = 4;
  j.erase("no_rope_layer_interval");
  j["use_sliding_window"] = true;
  j["sliding_window"] = 8;
  c = MustParse(j);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 8);
  EXPECT_EQ(c.layer_sliding, Flags({false, false, false, true})) << "only NoPE layers slide";
  j["use_sliding_window"] = false;
  EXPECT_FALSE(MustParse(j).sliding_window.has_value());
  j["use_sliding_window"] = true;
  j["sliding_window"] = nullptr;
  EXPECT_FALSE(MustParse(j).sliding_window.has_value());

  j["attention_bias"] = true;
  j["mlp_bias"] = true;
  c = MustParse(j);
  EXPECT_TRUE(c.qkv_bias && c.o_bias && c.mlp_bias);
}

// --- olmo2, olmo3 ----------------------------------------------------------

TEST(FamilyConfig, Olmo2PostNormAndFullProjectionQkNorm) {
  ModelConfig c = MustParse(Tiny("olmo2"));
  EXPECT_EQ(c.family, "OLMo2");
  EXPECT_EQ(c.block, BlockKind::kPostNorm);
  EXPECT_EQ(c.qk_norm, QkNormKind::kFullProjection);
  EXPECT_EQ(c.norm, NormKind::kRms);
  EXPECT_EQ(c.norm_eps, 1e-5);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_EQ(c.max_position_embeddings, 2048);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  ExpectNoScalars(c);
  EXPECT_EQ(CountSpecsContaining(c, "input_layernorm"), 0);
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.q_norm.weight").shape, Shape({4 * 16}));
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.k_norm.weight").shape, Shape({2 * 16}));
  EXPECT_EQ(Spec(c, "model.layers.1.post_attention_layernorm.weight").shape, Shape({64}));
  EXPECT_EQ(Spec(c, "model.layers.1.post_feedforward_layernorm.weight").shape, Shape({64}));
  EXPECT_EQ(CountSpecsContaining(c, "pre_feedforward_layernorm"), 0);

  auto j = Tiny("olmo2");
  j["attention_bias"] = true;
  c = MustParse(j);
  EXPECT_TRUE(c.qkv_bias && c.o_bias);
  EXPECT_FALSE(c.mlp_bias);
}

TEST(FamilyConfig, Olmo3SlidingAndRopeOnFullLayersOnly) {
  auto j = Tiny("olmo3");
  j["num_hidden_layers"] = 4;
  j["rope_theta"] = 5e5;
  j["rope_scaling"] = {{"rope_type", "linear"}, {"factor", 4.0}};
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "OLMo3");
  EXPECT_EQ(c.block, BlockKind::kPostNorm);
  EXPECT_EQ(c.qk_norm, QkNormKind::kFullProjection);
  EXPECT_EQ(c.norm_eps, 1e-5);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 4096);
  EXPECT_EQ(c.layer_sliding, Flags({true, true, true, false}));
  EXPECT_EQ(c.layer_rope, Flags({true, true, true, true}));
  EXPECT_EQ(c.rope, (RopeParams{.type = RopeType::kLinear, .theta = 5e5, .factor = 4.0}));
  EXPECT_EQ(c.rope_sliding, (RopeParams{.type = RopeType::kDefault, .theta = 5e5}))
      << "sliding layers: default RoPE with the same theta";
  EXPECT_EQ(CountSpecsContaining(c, "input_layernorm"), 0);

  j.erase("rope_scaling");
  c = MustParse(j);
  EXPECT_EQ(c.rope_sliding, c.rope);

  j.erase("rope_theta");
  j["rope_parameters"] = {
      {"full_attention", {{"rope_type", "linear"}, {"factor", 4.0}, {"rope_theta", 5e5}}},
      {"sliding_attention", {{"rope_type", "default"}, {"rope_theta", 5e5}}}};
  c = MustParse(j);
  EXPECT_EQ(c.rope, (RopeParams{.type = RopeType::kLinear, .theta = 5e5, .factor = 4.0}));
  EXPECT_EQ(c.rope_sliding, (RopeParams{.type = RopeType::kDefault, .theta = 5e5}));

  j["sliding_window"] = 16;
  j["layer_types"] = {"full_attention", "full_attention", "sliding_attention", "full_attention"};
  c = MustParse(j);
  EXPECT_EQ(*c.sliding_window, 16);
  EXPECT_EQ(c.layer_sliding, Flags({false, false, true, false}));
}

// --- seed_oss, internlm3 ---------------------------------------------------

TEST(FamilyConfig, SeedOssBiasFlags) {
  ModelConfig c = MustParse(Tiny("seed_oss"));
  EXPECT_EQ(c.family, "Seed-OSS");
  EXPECT_EQ(c.head_dim, 128) << "SeedOssConfig head_dim default";
  EXPECT_TRUE(c.qkv_bias) << "attention_bias defaults to true";
  EXPECT_FALSE(c.o_bias) << "attention_out_bias defaults to false";
  EXPECT_FALSE(c.mlp_bias);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_EQ(c.max_position_embeddings, 524288);
  EXPECT_EQ(c.norm_eps, 1e-6);
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.v_proj.bias").shape, Shape({2 * 128}));
  EXPECT_EQ(CountSpecsContaining(c, "o_proj.bias"), 0);

  auto j = Tiny("seed_oss");
  j["head_dim"] = 16;
  j["attention_bias"] = false;
  j["attention_out_bias"] = true;
  j["mlp_bias"] = true;
  c = MustParse(j);
  EXPECT_FALSE(c.qkv_bias);
  EXPECT_TRUE(c.o_bias);
  EXPECT_TRUE(c.mlp_bias);
  ExpectLlamaCore(c);
}

TEST(FamilyConfig, InternLm3SplitBiasFlags) {
  auto j = Tiny("internlm3");
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "InternLM3");
  ExpectLlamaCore(c);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_TRUE(c.tie_word_embeddings) << "tie is not an InternLM3Config argument";
  EXPECT_EQ(c.max_position_embeddings, 32768);

  j["qkv_bias"] = true;
  c = MustParse(j);
  EXPECT_TRUE(c.qkv_bias);
  EXPECT_FALSE(c.o_bias || c.mlp_bias);

  j["qkv_bias"] = false;
  j["bias"] = true;
  j["attention_bias"] = true;  // not an InternLM3 key
  c = MustParse(j);
  EXPECT_FALSE(c.qkv_bias);
  EXPECT_TRUE(c.o_bias && c.mlp_bias);
  EXPECT_EQ(Spec(c, "model.layers.0.mlp.gate_proj.bias").shape, Shape({128}));
  EXPECT_EQ(Spec(c, "model.layers.0.mlp.down_proj.bias").shape, Shape({64}));

  j["rope_scaling"] = {{"rope_type", "dynamic"}, {"factor", 6.0}};
  EXPECT_EQ(MustParse(j).rope.type, RopeType::kDynamic);
}

// --- granite, minicpm ------------------------------------------------------

TEST(FamilyConfig, GraniteMultipliers) {
  auto j = Tiny("granite");
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Granite");
  EXPECT_EQ(c.attention_scale, 1.0) << "attention_multiplier defaults to 1.0, not D^-0.5";
  ExpectNoScalars(c);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_EQ(c.norm_eps, 1e-6);

  j["embedding_multiplier"] = 12.0;
  j["residual_multiplier"] = 0.22;
  j["attention_multiplier"] = 0.0078125;
  j["logits_scaling"] = 8.0;
  j["attention_bias"] = true;
  j["mlp_bias"] = true;
  c = MustParse(j);
  ASSERT_TRUE(c.embedding_scale && c.residual_scale && c.logits_divisor);
  EXPECT_EQ(*c.embedding_scale, 12.0);
  EXPECT_EQ(*c.residual_scale, 0.22);
  EXPECT_EQ(*c.logits_divisor, 8.0);
  EXPECT_EQ(c.attention_scale, 0.0078125);
  EXPECT_FALSE(c.hidden_divisor || c.logit_scale || c.attn_softcap || c.final_softcap);
  EXPECT_TRUE(c.qkv_bias && c.o_bias && c.mlp_bias);

  j["embedding_multiplier"] = 1.0;
  j["residual_multiplier"] = 1;
  j["logits_scaling"] = 1.0;
  c = MustParse(j);
  EXPECT_FALSE(c.embedding_scale.has_value()) << "a multiplier of exactly 1 is off";
  EXPECT_FALSE(c.residual_scale.has_value());
  EXPECT_FALSE(c.logits_divisor.has_value());
  j["logits_scaling"] = 0;
  EXPECT_TRUE(Contains(ParseError(j), "key 'logits_scaling': must be positive"));
}

TEST(FamilyConfig, MiniCpmScales) {
  auto j = Tiny("minicpm");
  j["num_hidden_layers"] = 5;
  j["scale_emb"] = 12;
  j["scale_depth"] = 1.4;
  j["dim_model_base"] = 24;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "MiniCPM");
  ASSERT_TRUE(c.embedding_scale && c.residual_scale && c.hidden_divisor);
  EXPECT_EQ(*c.embedding_scale, 12.0);
  EXPECT_EQ(*c.residual_scale, 1.4 / std::sqrt(5.0)) << "computed in double";
  EXPECT_EQ(*c.hidden_divisor, 64.0 / 24.0);
  EXPECT_EQ(c.attention_scale, 0.25);
  EXPECT_FALSE(c.logit_scale || c.logits_divisor || c.attn_softcap || c.final_softcap);
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.norm, NormKind::kRms);
  EXPECT_EQ(c.block, BlockKind::kPreNorm);

  j.erase("dim_model_base");
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "key 'dim_model_base'")) << e;
  EXPECT_TRUE(Contains(e, "required key is missing")) << e;
}

// --- rejections ------------------------------------------------------------

// The message ends in "; supported: a, b, ..." naming every registered type.
void ExpectListsSupported(const std::string& e) {
  const std::string marker = "; supported: ";
  auto at = e.find(marker);
  ASSERT_NE(at, std::string::npos) << e;
  std::vector<std::string> listed;
  std::string rest = e.substr(at + marker.size());
  for (size_t comma; (comma = rest.find(", ")) != std::string::npos;
       rest = rest.substr(comma + 2)) {
    listed.push_back(rest.substr(0, comma));
  }
  listed.push_back(rest);
  for (const char* type : kRegistered) {
    EXPECT_NE(std::find(listed.begin(), listed.end(), type), listed.end())
        << type << " missing from: " << e;
  }
}

TEST(FamilyConfig, RejectsMlaAndMoeTypesWithTheReason) {
  struct Case {
    const char* type;
    const char* reason;
  };
  const Case cases[] = {
      {"minicpm3", "MLA attention (multi-head latent attention) is not supported"},
      {"deepseek_v2", "MLA attention (multi-head latent attention) is not supported"},
      {"deepseek_v3", "MLA attention (multi-head latent attention) is not supported"},
      {"mixtral", "mixture-of-experts models are not supported"},
      {"qwen2_moe", "mixture-of-experts models are not supported"},
      {"qwen3_moe", "mixture-of-experts models are not supported"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.type);
    std::string e = ParseError(Tiny(k.type));
    EXPECT_TRUE(Contains(e, std::string("m/config.json: key 'model_type': \"") + k.type + "\": "))
        << e;
    EXPECT_TRUE(Contains(e, k.reason)) << e;
    ExpectListsSupported(e);
  }
}

TEST(FamilyConfig, RejectsUnknownTypeListingSupported) {
  std::string e = ParseError(Tiny("falcon"));
  EXPECT_TRUE(Contains(e, "key 'model_type': \"falcon\" is not supported; supported: ")) << e;
  ExpectListsSupported(e);
}

TEST(FamilyConfig, RejectsYarnAndLongropeInBothLayouts) {
  auto j = Tiny("qwen3");
  j["head_dim"] = 16;
  j["rope_scaling"] = {{"rope_type", "yarn"}, {"factor", 4.0}};
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "m/config.json: rope_scaling: key 'rope_type'")) << e;
  EXPECT_TRUE(Contains(e,
                       "rope type \"yarn\" is not supported; supported: default, linear, "
                       "dynamic, llama3"))
      << e;

  j.erase("rope_scaling");
  j["rope_parameters"] = {{"rope_type", "longrope"}, {"rope_theta", 1e4}, {"factor", 4.0}};
  e = ParseError(j);
  EXPECT_TRUE(Contains(e, "rope_parameters: key 'rope_type'")) << e;
  EXPECT_TRUE(Contains(e, "\"longrope\" is not supported; supported: default, linear")) << e;

  auto o = Tiny("olmo3");  // YaRN on the full layers of long-context OLMo3
  o["rope_parameters"] = {{"full_attention", {{"rope_type", "yarn"}, {"factor", 8.0}}},
                          {"sliding_attention", {{"rope_type", "default"}}}};
  e = ParseError(o);
  EXPECT_TRUE(Contains(e, "rope_parameters: full_attention: key 'rope_type'")) << e;
  EXPECT_TRUE(Contains(e, "\"yarn\" is not supported")) << e;
}

TEST(FamilyConfig, RejectsUnsupportedActivationNamingTheFamilyKey) {
  auto j = Tiny("gemma2");
  j["hidden_activation"] = "relu";
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e,
                       "key 'hidden_activation': \"relu\" is not supported for Gemma2; "
                       "supported: silu, gelu, gelu_pytorch_tanh"))
      << e;
  auto s = Tiny("starcoder2");
  s["hidden_act"] = "gelu_new";
  e = ParseError(s);
  EXPECT_TRUE(Contains(e, "key 'hidden_act': \"gelu_new\" is not supported for StarCoder2")) << e;
}

// --- legacy rope_scaling vs v5 rope_parameters -------------------------------

TEST(FamilyConfig, LegacyAndV5RopeLayoutsAgreeForNonLlamaFamilies) {
  for (const char* type : {"qwen3", "olmo2", "cohere"}) {
    SCOPED_TRACE(type);
    auto legacy = Tiny(type);
    legacy["head_dim"] = 16;
    legacy["rope_theta"] = 5e5;
    legacy["rope_scaling"] = {{"type", "linear"}, {"factor", 4.0}};
    auto v5 = Tiny(type);
    v5["head_dim"] = 16;
    v5["rope_parameters"] = {{"rope_type", "linear"}, {"rope_theta", 5e5}, {"factor", 4.0}};
    ModelConfig a = MustParse(legacy), b = MustParse(v5);
    EXPECT_EQ(a.rope, (RopeParams{.type = RopeType::kLinear, .theta = 5e5, .factor = 4.0}));
    EXPECT_EQ(b.rope, a.rope);
    EXPECT_EQ(b.rope_sliding, a.rope_sliding);
    for (ProgramKind k : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
      EXPECT_TRUE(MustEmit(a, k) == MustEmit(b, k)) << "legacy and v5 texts differ";
    }
  }
  auto l3 = Tiny("exaone");
  l3["num_layers"] = 2;
  l3.erase("num_hidden_layers");
  l3["rope_theta"] = 1e6;
  l3["rope_scaling"] = {{"rope_type", "llama3"},
                        {"factor", 8.0},
                        {"low_freq_factor", 1.0},
                        {"high_freq_factor", 4.0},
                        {"original_max_position_embeddings", 8192}};
  ModelConfig c = MustParse(l3);
  EXPECT_EQ(c.rope.type, RopeType::kLlama3);
  EXPECT_EQ(c.rope.theta, 1e6);
  EXPECT_EQ(c.rope.factor, 8.0);
  EXPECT_EQ(c.rope.original_max_position_embeddings, 8192);
  EXPECT_EQ(c.rope_sliding, c.rope);
}

}  // namespace
}  // namespace hf2hlo
