// config.json -> ModelConfig for cohere, cohere2, phi3, stablelm and starcoder2:
// switches, HF v4.57.6 defaults (docs/layer-math.md, "Config defaults") and weight
// names. Shared helpers: family_config_test_util.h.
#include <gtest/gtest.h>

#include <string>
#include <vector>

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
using testing::MustParse;

// --- cohere, cohere2 -------------------------------------------------------

TEST(FamilyConfig, CohereLayerNormParallelInterleavedLogitScale) {
  auto j = Tiny("cohere");
  j["layer_norm_eps"] = 2e-5;
  j["rms_norm_eps"] = 1e-2;  // not a Cohere key
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Cohere");
  EXPECT_EQ(c.norm, NormKind::kLayerNorm);
  EXPECT_FALSE(c.norm_bias);
  EXPECT_EQ(c.block, BlockKind::kParallel);
  EXPECT_EQ(c.rope_layout, RopeLayout::kInterleaved);
  EXPECT_EQ(c.rotary_dim, 16);
  EXPECT_EQ(c.qk_norm, QkNormKind::kNone);
  ASSERT_TRUE(c.logit_scale.has_value());
  EXPECT_EQ(*c.logit_scale, 0.0625);
  EXPECT_EQ(c.norm_eps, 2e-5);
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.max_position_embeddings, 8192);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_rope, Flags({true, true}));
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_EQ(CountSpecsContaining(c, "post_attention_layernorm"), 0);
  EXPECT_EQ(CountSpecsContaining(c, "input_layernorm.weight"), 2);
  EXPECT_EQ(CountSpecsContaining(c, ".bias"), 0);

  j.erase("layer_norm_eps");
  j["logit_scale"] = 0.125;
  j["attention_bias"] = true;
  j["head_dim"] = 32;  // CohereAttention reads getattr(config, "head_dim", H / heads)
  c = MustParse(j);
  EXPECT_EQ(c.norm_eps, 1e-5);
  EXPECT_EQ(*c.logit_scale, 0.125);
  EXPECT_TRUE(c.qkv_bias && c.o_bias);
  EXPECT_FALSE(c.mlp_bias);
  EXPECT_EQ(c.head_dim, 32);

  j["use_qk_norm"] = true;
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "key 'use_qk_norm'")) << e;
  EXPECT_TRUE(Contains(e, "not supported")) << e;
  j["use_qk_norm"] = false;
  EXPECT_TRUE(ParseConfig(j.dump(), "m/config.json").ok());
}

TEST(FamilyConfig, Cohere2SlidingAndRopeOnSlidingLayersOnly) {
  auto j = Tiny("cohere2");
  j["num_hidden_layers"] = 4;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Cohere2");
  EXPECT_EQ(c.norm, NormKind::kLayerNorm);
  EXPECT_FALSE(c.norm_bias);
  EXPECT_EQ(c.block, BlockKind::kParallel);
  EXPECT_EQ(c.rope_layout, RopeLayout::kInterleaved);
  ASSERT_TRUE(c.logit_scale.has_value());
  EXPECT_EQ(*c.logit_scale, 0.0625);
  EXPECT_TRUE(c.tie_word_embeddings);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 4096);
  EXPECT_EQ(c.layer_sliding, Flags({true, true, true, false}));
  EXPECT_EQ(c.layer_rope, c.layer_sliding);

  j["sliding_window_pattern"] = 2;
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags({true, false, true, false}));
  EXPECT_EQ(c.layer_rope, c.layer_sliding);

  j["layer_types"] = {"full_attention", "sliding_attention", "sliding_attention", "full_attention"};
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags({false, true, true, false}));
  EXPECT_EQ(c.layer_rope, c.layer_sliding);

  // Cohere2Attention rotates only when its per-layer sliding_window is set.
  j.erase("layer_types");
  j["sliding_window"] = nullptr;
  c = MustParse(j);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_rope, Flags(4, false));
}

// transformers 4.57.6 Cohere2Config sets head_dim = hidden_size //
// num_attention_heads before PretrainedConfig.__init__(**kwargs), which then
// sets a config.json head_dim over it; Cohere2Attention reads
// getattr(config, "head_dim", ...). Checked: a tiny Cohere2ForCausalLM with
// head_dim 32 has q_proj [128, 64]. (docs/layer-math.md, "Cohere2": HF honours it.)
TEST(FamilyConfig, Cohere2HonoursConfigHeadDimAsHf4576Does) {
  auto j = Tiny("cohere2");
  j["head_dim"] = 32;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.head_dim, 32);
  j.erase("head_dim");
  EXPECT_EQ(MustParse(j).head_dim, 16);
}

// --- phi3 ------------------------------------------------------------------

TEST(FamilyConfig, Phi3FusedRowViewsPartialRotaryAndWindow) {
  ModelConfig c = MustParse(Tiny("phi3"));
  EXPECT_EQ(c.family, "Phi3");
  EXPECT_TRUE(c.fused_qkv);
  EXPECT_TRUE(c.fused_gate_up);
  EXPECT_EQ(c.rotary_dim, 16);
  EXPECT_EQ(c.norm_eps, 1e-5);
  EXPECT_EQ(c.max_position_embeddings, 4096);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_EQ(c.norm, NormKind::kRms);
  EXPECT_EQ(c.block, BlockKind::kPreNorm);

  struct Row {
    const char* name;
    WeightRole role;
    const char* tensor;
    Shape shape, tensor_shape;
    int64_t row_begin;
  };
  const std::string qkv = "model.layers.1.self_attn.qkv_proj.weight";
  const std::string gate_up = "model.layers.1.mlp.gate_up_proj.weight";
  const Row rows[] = {
      {"[0:64]", WeightRole::kQ, "qkv", {64, 64}, {128, 64}, 0},
      {"[64:96]", WeightRole::kK, "qkv", {32, 64}, {128, 64}, 64},
      {"[96:128]", WeightRole::kV, "qkv", {32, 64}, {128, 64}, 96},
      {"[0:128]", WeightRole::kGate, "gate_up", {128, 64}, {256, 64}, 0},
      {"[128:256]", WeightRole::kUp, "gate_up", {128, 64}, {256, 64}, 128},
  };
  for (const Row& r : rows) {
    const std::string tensor = std::string(r.tensor) == "qkv" ? qkv : gate_up;
    WeightSpec s = Spec(c, tensor + r.name);
    SCOPED_TRACE(s.name);
    EXPECT_EQ(s.role, r.role);
    EXPECT_EQ(s.layer, 1);
    EXPECT_EQ(s.tensor, tensor);
    EXPECT_EQ(s.shape, r.shape);
    EXPECT_EQ(s.tensor_shape, r.tensor_shape);
    EXPECT_EQ(s.row_begin, r.row_begin);
  }
  EXPECT_EQ(CountSpecsContaining(c, "q_proj"), 0);
  EXPECT_EQ(CountSpecsContaining(c, "gate_proj"), 0);
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.o_proj.weight").shape, Shape({64, 64}));
  EXPECT_EQ(Spec(c, "model.layers.0.mlp.down_proj.weight").shape, Shape({64, 128}));
  EXPECT_EQ(SpecNames(c).size(), 3u + 9u * 2u);  // untied; 3 q/k/v + 2 gate/up views

  auto j = Tiny("phi3");
  j["partial_rotary_factor"] = 0.5;
  j["sliding_window"] = 8;
  c = MustParse(j);
  EXPECT_EQ(c.rotary_dim, 8);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 8);
  EXPECT_EQ(c.layer_sliding, Flags({true, true}));
  j["partial_rotary_factor"] = 0.75;  // 12 dims
  EXPECT_EQ(MustParse(j).rotary_dim, 12);
  j["partial_rotary_factor"] = 0.1;  // 1.6 -> 1 dim: not a RoPE pair
  EXPECT_TRUE(Contains(ParseError(j), "key 'partial_rotary_factor'"));

  j.erase("partial_rotary_factor");
  j["rope_scaling"] = {{"type", "longrope"},
                       {"short_factor", std::vector<double>(8, 1.0)},
                       {"long_factor", std::vector<double>(8, 2.0)}};
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "rope_scaling: key 'type'")) << e;
  EXPECT_TRUE(Contains(e, "\"longrope\" is not supported")) << e;
  j["rope_scaling"]["type"] = "su";  // Phi3Config maps su / yarn to longrope
  EXPECT_TRUE(Contains(ParseError(j), "\"su\" is not supported"));
}

// --- stablelm, starcoder2 --------------------------------------------------

TEST(FamilyConfig, StableLmLayerNormBiasPartialRotaryAndFlags) {
  auto j = Tiny("stablelm");
  j["head_dim"] = 32;  // StableLmAttention: head_dim = hidden_size // num_heads
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "StableLM");
  EXPECT_EQ(c.head_dim, 16);
  EXPECT_EQ(c.norm, NormKind::kLayerNorm);
  EXPECT_TRUE(c.norm_bias);
  EXPECT_EQ(c.block, BlockKind::kPreNorm);
  EXPECT_EQ(c.rotary_dim, 4) << "partial_rotary_factor default 0.25";
  EXPECT_EQ(c.rope_layout, RopeLayout::kHalf);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_EQ(c.norm_eps, 1e-5);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_EQ(c.max_position_embeddings, 4096);
  EXPECT_EQ(Spec(c, "model.norm.bias").shape, Shape({64}));
  EXPECT_EQ(Spec(c, "model.layers.1.input_layernorm.bias").shape, Shape({64}));
  EXPECT_EQ(Spec(c, "model.layers.1.post_attention_layernorm.bias").shape, Shape({64}));
  EXPECT_EQ(SpecNames(c).size(), 4u + 11u * 2u);

  j["use_qkv_bias"] = true;
  j["use_parallel_residual"] = true;
  j["partial_rotary_factor"] = 0.5;
  j["layer_norm_eps"] = 3e-5;
  c = MustParse(j);
  EXPECT_TRUE(c.qkv_bias);
  EXPECT_FALSE(c.o_bias || c.mlp_bias);
  EXPECT_EQ(c.block, BlockKind::kParallel);
  EXPECT_EQ(c.rotary_dim, 8);
  EXPECT_EQ(c.norm_eps, 3e-5);
  EXPECT_EQ(CountSpecsContaining(c, "post_attention_layernorm"), 0);
  EXPECT_EQ(CountSpecsContaining(c, "input_layernorm.bias"), 2);
  EXPECT_EQ(CountSpecsContaining(c, "self_attn.q_proj.bias"), 2);

  j["qk_layernorm"] = true;
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "key 'qk_layernorm'")) << e;
  EXPECT_TRUE(Contains(e, "not supported")) << e;
}

TEST(FamilyConfig, Starcoder2DenseMlpBiasesEverywhere) {
  ModelConfig c = MustParse(Tiny("starcoder2"));
  EXPECT_EQ(c.family, "StarCoder2");
  EXPECT_EQ(c.norm, NormKind::kLayerNorm);
  EXPECT_TRUE(c.norm_bias);
  EXPECT_EQ(c.mlp, MlpKind::kDense);
  EXPECT_EQ(c.activation, Activation::kGeluTanh);
  EXPECT_TRUE(c.qkv_bias && c.o_bias && c.mlp_bias) << "use_bias defaults to true";
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.norm_eps, 1e-5);
  EXPECT_EQ(c.max_position_embeddings, 4096);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.rotary_dim, 16);
  std::vector<std::string> names = SpecNames(c);
  std::vector<std::string> layer0;
  for (const auto& n : names) {
    if (n.rfind("model.layers.0.", 0) == 0) layer0.push_back(n.substr(15));
  }
  EXPECT_EQ(layer0,
            (std::vector<std::string>{
                "input_layernorm.weight", "input_layernorm.bias", "self_attn.q_proj.weight",
                "self_attn.q_proj.bias", "self_attn.k_proj.weight", "self_attn.k_proj.bias",
                "self_attn.v_proj.weight", "self_attn.v_proj.bias", "self_attn.o_proj.weight",
                "self_attn.o_proj.bias", "post_attention_layernorm.weight",
                "post_attention_layernorm.bias", "mlp.c_fc.weight", "mlp.c_fc.bias",
                "mlp.c_proj.weight", "mlp.c_proj.bias"}));
  EXPECT_EQ(Spec(c, "model.layers.0.mlp.c_fc.weight").shape, Shape({128, 64}));
  EXPECT_EQ(Spec(c, "model.layers.0.mlp.c_fc.bias").shape, Shape({128}));
  EXPECT_EQ(Spec(c, "model.layers.0.mlp.c_proj.bias").shape, Shape({64}));
  EXPECT_EQ(names[1], "model.norm.weight");
  EXPECT_EQ(names[2], "model.norm.bias");

  auto j = Tiny("starcoder2");
  j["use_bias"] = false;
  j["norm_epsilon"] = 3e-5;
  j["rms_norm_eps"] = 1e-2;  // not a StarCoder2 key
  j["sliding_window"] = 8;
  j["hidden_act"] = "gelu";
  c = MustParse(j);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_TRUE(c.norm_bias) << "the LayerNorm bias does not follow use_bias";
  EXPECT_EQ(c.norm_eps, 3e-5);
  EXPECT_EQ(c.layer_sliding, Flags({true, true}));
  EXPECT_EQ(*c.sliding_window, 8);
  EXPECT_EQ(c.activation, Activation::kGeluExact);
  EXPECT_EQ(CountSpecsContaining(c, "proj.bias"), 0);
  EXPECT_EQ(CountSpecsContaining(c, "c_fc.bias"), 0);
}

}  // namespace
}  // namespace hf2hlo
