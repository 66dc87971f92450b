// config.json -> ModelConfig per registered family: the exact switches each
// model_type produces, its HF v4.57.6 defaults (docs/layer-math.md, "Config defaults"), its weight
// names, and the rejections.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "model/model.h"
#include "test_util.h"

namespace hf2hlo {
namespace {

using testing::MustEmit;
using testing::MustParse;
using testing::TinyLlamaJson;

// The tiny Llama dims (H=64, 4 heads, 2 kv heads, 2 layers, I=128, V=256)
// under `model_type`, without the keys whose family default is under test.
nlohmann::json Tiny(const std::string& model_type) {
  auto j = TinyLlamaJson();
  j["model_type"] = model_type;
  j.erase("tie_word_embeddings");
  j.erase("rms_norm_eps");
  j.erase("max_position_embeddings");
  return j;
}

std::string ParseError(const nlohmann::json& j) {
  auto r = ParseConfig(j.dump(), "m/config.json");
  EXPECT_FALSE(r.ok()) << "parsed although it should not: " << j.dump();
  return r.ok() ? "" : r.status().message();
}

bool Contains(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

std::vector<std::string> SpecNames(const ModelConfig& c) {
  std::vector<std::string> out;
  for (const auto& s : WeightSpecs(c)) out.push_back(s.name);
  return out;
}

// The spec named `name`, or a failed expectation and an empty spec.
WeightSpec Spec(const ModelConfig& c, const std::string& name) {
  for (const auto& s : WeightSpecs(c)) {
    if (s.name == name) return s;
  }
  ADD_FAILURE() << "no weight spec " << name;
  return WeightSpec{};
}

int CountSpecsContaining(const ModelConfig& c, const std::string& needle) {
  int n = 0;
  for (const auto& name : SpecNames(c)) n += Contains(name, needle) ? 1 : 0;
  return n;
}

using Shape = std::vector<int64_t>;
using Flags = std::vector<bool>;

// Nothing beyond the Llama core: the "off" value of every switch.
void ExpectNoScalars(const ModelConfig& c) {
  EXPECT_FALSE(c.embedding_scale.has_value());
  EXPECT_FALSE(c.residual_scale.has_value());
  EXPECT_FALSE(c.attn_softcap.has_value());
  EXPECT_FALSE(c.final_softcap.has_value());
  EXPECT_FALSE(c.hidden_divisor.has_value());
  EXPECT_FALSE(c.logit_scale.has_value());
  EXPECT_FALSE(c.logits_divisor.has_value());
}

void ExpectLlamaCore(const ModelConfig& c) {
  EXPECT_EQ(c.norm, NormKind::kRms);
  EXPECT_FALSE(c.norm_bias);
  EXPECT_EQ(c.block, BlockKind::kPreNorm);
  EXPECT_EQ(c.qk_norm, QkNormKind::kNone);
  EXPECT_EQ(c.mlp, MlpKind::kGated);
  EXPECT_FALSE(c.fused_qkv);
  EXPECT_FALSE(c.fused_gate_up);
  EXPECT_EQ(c.rope_layout, RopeLayout::kHalf);
  EXPECT_EQ(c.rotary_dim, c.head_dim);
  EXPECT_EQ(c.attention_scale, std::pow(static_cast<double>(c.head_dim), -0.5));
  EXPECT_EQ(c.layer_rope, Flags(static_cast<size_t>(c.num_layers), true));
  ExpectNoScalars(c);
}

const char* const kRegistered[] = {
    "llama",   "mistral", "qwen2",    "mimo",       "qwen3",     "gemma",  "gemma2",  "gemma3_text",
    "smollm3", "olmo2",   "olmo3",    "seed_oss",   "internlm3", "exaone", "exaone4", "cohere",
    "cohere2", "phi3",    "stablelm", "starcoder2", "granite",   "minicpm"};

// A config every registered family parses: the tiny dims, head_dim 16 and
// the keys some family requires.
nlohmann::json Parseable(const std::string& model_type) {
  auto j = Tiny(model_type);
  j["head_dim"] = 16;
  if (model_type == "exaone") {
    j["num_layers"] = j["num_hidden_layers"];
    j.erase("num_hidden_layers");
  }
  if (model_type == "minicpm") j["dim_model_base"] = 32;
  return j;
}

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

// --- exaone, exaone4 -------------------------------------------------------

TEST(FamilyConfig, ExaoneKeysDefaultsAndWeightNames) {
  auto j = Tiny("exaone");
  j["num_layers"] = 2;
  j.erase("num_hidden_layers");
  j.erase("intermediate_size");
  j["layer_norm_epsilon"] = 3e-5;
  j["rms_norm_eps"] = 1e-2;  // not an EXAONE key
  j["tie_word_embeddings"] = false;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "EXAONE 3");
  ExpectLlamaCore(c);
  EXPECT_EQ(c.num_layers, 2);
  EXPECT_EQ(c.intermediate, 4 * 64) << "intermediate_size defaults to 4 * hidden_size";
  EXPECT_EQ(c.norm_eps, 3e-5);
  EXPECT_EQ(c.activation, Activation::kSilu);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  std::vector<std::string> names = SpecNames(c);
  ASSERT_EQ(names.size(), 3u + 9u * 2u);
  EXPECT_EQ(std::vector<std::string>(names.begin(), names.begin() + 12),
            (std::vector<std::string>{
                "transformer.wte.weight", "transformer.ln_f.weight", "lm_head.weight",
                "transformer.h.0.ln_1.weight", "transformer.h.0.attn.attention.q_proj.weight",
                "transformer.h.0.attn.attention.k_proj.weight",
                "transformer.h.0.attn.attention.v_proj.weight",
                "transformer.h.0.attn.attention.out_proj.weight", "transformer.h.0.ln_2.weight",
                "transformer.h.0.mlp.c_fc_0.weight", "transformer.h.0.mlp.c_fc_1.weight",
                "transformer.h.0.mlp.c_proj.weight"}));
  EXPECT_EQ(Spec(c, "transformer.h.1.mlp.c_fc_0.weight").shape, Shape({256, 64}));
  EXPECT_EQ(Spec(c, "transformer.h.1.mlp.c_proj.weight").shape, Shape({64, 256}));

  j.erase("tie_word_embeddings");
  j.erase("layer_norm_epsilon");
  j["activation_function"] = "gelu";
  j["hidden_act"] = "silu";  // not an EXAONE key
  c = MustParse(j);
  EXPECT_TRUE(c.tie_word_embeddings) << "tie is not an ExaoneConfig argument";
  EXPECT_EQ(c.norm_eps, 1e-5);
  EXPECT_EQ(c.activation, Activation::kGeluExact);
  EXPECT_EQ(CountSpecsContaining(c, "lm_head"), 0);

  j["activation_function"] = "relu";
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "key 'activation_function'")) << e;
  EXPECT_TRUE(Contains(e, "\"relu\" is not supported for EXAONE 3")) << e;

  auto k = Tiny("exaone");  // num_hidden_layers is not the EXAONE key
  EXPECT_TRUE(Contains(ParseError(k), "key 'num_layers': required key is missing"));
}

TEST(FamilyConfig, Exaone4PostNormQkNormHybridAndNope) {
  auto j = Tiny("exaone4");
  j["num_hidden_layers"] = 4;
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "EXAONE 4");
  EXPECT_EQ(c.block, BlockKind::kPostNorm);
  EXPECT_EQ(c.qk_norm, QkNormKind::kPerHead);
  EXPECT_EQ(c.norm, NormKind::kRms);
  EXPECT_EQ(c.norm_eps, 1e-5);
  EXPECT_FALSE(c.tie_word_embeddings);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  ExpectNoScalars(c);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 4096);
  EXPECT_EQ(c.layer_sliding, Flags({true, true, true, false}));
  EXPECT_EQ(c.layer_rope, Flags({true, true, true, false})) << "full layers are NoPE";
  EXPECT_EQ(CountSpecsContaining(c, "input_layernorm"), 0);
  EXPECT_EQ(Spec(c, "model.layers.0.self_attn.q_norm.weight").shape, Shape({16}));
  EXPECT_EQ(Spec(c, "model.layers.0.post_feedforward_layernorm.weight").shape, Shape({64}));

  j["sliding_window"] = nullptr;
  j["layer_types"] = {"full_attention", "full_attention", "full_attention", "full_attention"};
  c = MustParse(j);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_sliding, Flags(4, false));
  EXPECT_EQ(c.layer_rope, Flags(4, true)) << "no window: RoPE on every layer";

  j["sliding_window"] = 8;
  j["sliding_window_pattern"] = "LLLG";
  j["layer_types"] = {"sliding_attention", "sliding_attention", "full_attention",
                      "sliding_attention"};
  c = MustParse(j);
  EXPECT_EQ(*c.sliding_window, 8);
  EXPECT_EQ(c.layer_sliding, Flags({true, true, false, true}));
  EXPECT_EQ(c.layer_rope, Flags({true, true, false, true}));

  j.erase("layer_types");
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags({true, true, true, false})) << "\"LLLG\" is pattern 4";
  EXPECT_EQ(c.layer_rope, Flags({true, true, true, false}));

  j["sliding_window_pattern"] = 2;
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags({true, false, true, false}));
  EXPECT_EQ(c.layer_rope, Flags({true, false, true, false}));
}

// A letter sliding_window_pattern without layer_types, as Exaone4Config's
// docstring defines it (HF 4.57.6 raises on it): L slides, G is global, the
// letters repeat from layer 0, and the last layer is always global. Any other
// character is an error naming the key and the value.
TEST(FamilyConfig, Exaone4LetterSlidingWindowPattern) {
  auto j = Tiny("exaone4");
  j["num_hidden_layers"] = 8;
  j["sliding_window"] = 8;
  j["sliding_window_pattern"] = 4;
  const ModelConfig integer = MustParse(j);
  j["sliding_window_pattern"] = "LLLG";
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, integer.layer_sliding);
  EXPECT_EQ(c.layer_rope, integer.layer_rope);
  for (ProgramKind k : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
    EXPECT_TRUE(MustEmit(c, k) == MustEmit(integer, k)) << "\"LLLG\" and 4 emit different text";
  }

  j["num_hidden_layers"] = 6;
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags({true, true, true, false, true, false})) << "last layer global";
  EXPECT_EQ(c.layer_rope, c.layer_sliding) << "full layers are NoPE";
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 8);

  j["num_hidden_layers"] = 5;
  j["sliding_window_pattern"] = "GLL";
  EXPECT_EQ(MustParse(j).layer_sliding, Flags({false, true, true, false, false}));
  j["sliding_window_pattern"] = "G";
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, Flags(5, false));
  EXPECT_FALSE(c.sliding_window.has_value()) << "no layer slides";
  EXPECT_EQ(c.layer_rope, Flags(5, false)) << "a window is set, so every full layer is NoPE";

  j["sliding_window_pattern"] = "LLxG";
  std::string e = ParseError(j);
  EXPECT_TRUE(Contains(e, "m/config.json")) << e;
  EXPECT_TRUE(Contains(e, "key 'sliding_window_pattern'")) << e;
  EXPECT_TRUE(Contains(e, "\"LLxG\": character 2 is not L (sliding) or G (global)")) << e;
  j["sliding_window_pattern"] = "";
  EXPECT_TRUE(Contains(ParseError(j), "key 'sliding_window_pattern': \"\" has no letters"));
  j["sliding_window_pattern"] = 4.5;
  e = ParseError(j);
  EXPECT_TRUE(Contains(e, "4.5 is neither an integer nor a string of L/G letters")) << e;

  // layer_types wins over the pattern, which is then not read.
  j["sliding_window_pattern"] = "LLxG";
  j["layer_types"] = {"full_attention", "sliding_attention", "sliding_attention",
                      "sliding_attention", "full_attention"};
  EXPECT_EQ(MustParse(j).layer_sliding, Flags({false, true, true, true, false}));
}

// Only EXAONE 4 defines a letter pattern: the other sliding_window_pattern
// families still reject a string.
TEST(FamilyConfig, LetterSlidingWindowPatternOnlyForExaone4) {
  for (const char* type : {"gemma3_text", "olmo3", "cohere2"}) {
    auto j = Tiny(type);
    j["head_dim"] = 16;
    j["num_hidden_layers"] = 4;
    j["sliding_window"] = 8;
    j["sliding_window_pattern"] = "LLLG";
    std::string e = ParseError(j);
    EXPECT_TRUE(Contains(e, "key 'sliding_window_pattern'")) << type << ": " << e;
    EXPECT_TRUE(Contains(e, "is not an integer; give layer_types instead")) << type << ": " << e;
  }
}

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
