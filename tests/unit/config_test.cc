// config.json parsing: each family, each fallback, each rejection.
#include <gtest/gtest.h>

#include "model/model.h"
#include "test_util.h"

namespace hf2hlo {
namespace {

using testing::MustParse;
using testing::TinyLlamaJson;

std::string ParseErrorText(const std::string& text) {
  auto r = ParseConfig(text, "m/config.json");
  EXPECT_FALSE(r.ok());
  return r.ok() ? "" : r.status().message();
}
std::string ParseError(const nlohmann::json& j) { return ParseErrorText(j.dump()); }

TEST(Config, LlamaDefaultsAndHeadDimFallback) {
  ModelConfig c = MustParse(TinyLlamaJson());
  EXPECT_EQ(c.family, "Llama");
  EXPECT_EQ(c.head_dim, 16);
  EXPECT_EQ(c.num_kv_heads, 2);
  EXPECT_FALSE(c.qkv_bias || c.o_bias || c.mlp_bias);
  EXPECT_TRUE(c.tie_word_embeddings);
  EXPECT_EQ(c.rope.type, RopeType::kDefault);
  EXPECT_EQ(c.rope.theta, 10000.0);
  EXPECT_FLOAT_EQ(c.norm_eps, 1e-5);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_EQ(c.default_weight_dtype, DType::kF32);
}

TEST(Config, KvHeadsDefaultToHeadsAndExplicitHeadDim) {
  auto j = TinyLlamaJson();
  j.erase("num_key_value_heads");
  j["head_dim"] = 32;
  j.erase("tie_word_embeddings");
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.num_kv_heads, 4);
  EXPECT_EQ(c.head_dim, 32);
  EXPECT_FALSE(c.tie_word_embeddings);  // LlamaConfig default
}

TEST(Config, LlamaBiases) {
  auto j = TinyLlamaJson();
  j["attention_bias"] = true;
  j["mlp_bias"] = true;
  ModelConfig c = MustParse(j);
  EXPECT_TRUE(c.qkv_bias && c.o_bias && c.mlp_bias);
}

TEST(Config, LegacyRopeScalingTypes) {
  auto j = TinyLlamaJson();
  j["rope_theta"] = 500000.0;
  j["rope_scaling"] = {{"rope_type", "llama3"},
                       {"factor", 8.0},
                       {"low_freq_factor", 1.0},
                       {"high_freq_factor", 4.0},
                       {"original_max_position_embeddings", 8192}};
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.rope.type, RopeType::kLlama3);
  EXPECT_EQ(c.rope.theta, 500000.0);
  EXPECT_EQ(c.rope.original_max_position_embeddings, 8192);
  EXPECT_EQ(c.rope_sliding, c.rope);

  j["rope_scaling"] = {{"type", "linear"}, {"factor", 2.0}};  // legacy key "type"
  c = MustParse(j);
  EXPECT_EQ(c.rope.type, RopeType::kLinear);
  EXPECT_EQ(c.rope.factor, 2.0);

  j["rope_scaling"] = {{"rope_type", "dynamic"}, {"factor", 4.0}};
  EXPECT_EQ(MustParse(j).rope.type, RopeType::kDynamic);
}

TEST(Config, V5RopeParameters) {
  auto j = TinyLlamaJson();
  j["rope_parameters"] = {{"rope_type", "linear"}, {"rope_theta", 1e6}, {"factor", 4.0}};
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.rope.type, RopeType::kLinear);
  EXPECT_EQ(c.rope.theta, 1e6);
  EXPECT_EQ(c.rope.factor, 4.0);

  j["rope_parameters"] = {{"full_attention", {{"rope_type", "default"}, {"rope_theta", 1e6}}},
                          {"sliding_attention", {{"rope_type", "default"}, {"rope_theta", 1e4}}}};
  c = MustParse(j);
  EXPECT_EQ(c.rope.theta, 1e6);
  EXPECT_EQ(c.rope_sliding.theta, 1e4);
}

TEST(Config, RejectsUnsupportedRopeTypesNamingFieldAndChoices) {
  auto j = TinyLlamaJson();
  j["rope_scaling"] = {{"rope_type", "yarn"}, {"factor", 4.0}};
  std::string e = ParseError(j);
  EXPECT_NE(e.find("m/config.json: rope_scaling: key 'rope_type'"), std::string::npos) << e;
  EXPECT_NE(e.find("\"yarn\" is not supported; supported: default, linear, dynamic, llama3"),
            std::string::npos)
      << e;
  j["rope_scaling"] = {{"rope_type", "llama3"}, {"factor", 8.0}};
  e = ParseError(j);
  EXPECT_NE(e.find("key 'low_freq_factor': required key is missing"), std::string::npos) << e;
  j["rope_scaling"] = {{"rope_type", "linear"}};
  EXPECT_NE(ParseError(j).find("key 'factor'"), std::string::npos);
}

TEST(Config, RejectsUnknownModelTypeListingSupported) {
  auto j = TinyLlamaJson();
  j["model_type"] = "falcon";
  std::string e = ParseError(j);
  EXPECT_EQ(e,
            "m/config.json: key 'model_type': \"falcon\" is not supported; supported: "
            "cohere, cohere2, exaone, exaone4, gemma, gemma2, gemma3, gemma3_text, granite, internlm3, "
            "llama, mimo, minicpm, mistral, olmo2, olmo3, phi3, qwen2, qwen3, seed_oss, smollm3, "
            "stablelm, starcoder2");
}

TEST(Config, MalformedJsonGivesLineAndColumn) {
  std::string e = ParseErrorText("{\n  \"model_type\": \"llama\",\n  \"hidden_size\": 64,,\n}");
  EXPECT_NE(e.find("m/config.json:3:"), std::string::npos) << e;
  EXPECT_NE(e.find("malformed JSON"), std::string::npos) << e;
  EXPECT_NE(ParseErrorText("[1, 2]").find("expected a JSON object"), std::string::npos);
  EXPECT_NE(ParseErrorText("").find("malformed JSON"), std::string::npos);
}

// A number out of a double's range threw nlohmann's out_of_range, which
// nothing caught: the process aborted (found by tests/fuzz, fuzz_config).
TEST(Config, NumberOverflowIsAnErrorNotAnAbort) {
  EXPECT_NE(ParseErrorText(R"({"model_type": "llama", "hidden_size": 1e999})").find("number overflow"),
            std::string::npos);
}

// Nesting is checked before parsing (nlohmann::json takes about 33x the
// bytes of a deeply nested document, and its parser recurses per level).
TEST(Config, DeeplyNestedJsonIsRefusedBeforeParsing) {
  const std::string deep =
      "{\"model_type\": \"llama\", \"x\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
  EXPECT_NE(ParseErrorText(deep).find("m/config.json: JSON nests 200001 levels deep (limit 32)"),
            std::string::npos)
      << ParseErrorText(deep).substr(0, 200);
}

TEST(Config, MissingAndWrongTypedKeysNameTheKey) {
  auto j = TinyLlamaJson();
  j.erase("hidden_size");
  EXPECT_EQ(ParseError(j), "m/config.json: key 'hidden_size': required key is missing");
  j = TinyLlamaJson();
  j["num_hidden_layers"] = "two";
  EXPECT_EQ(ParseError(j),
            "m/config.json: key 'num_hidden_layers': expected an integer, got string \"two\"");
  j = TinyLlamaJson();
  j["tie_word_embeddings"] = 1;
  EXPECT_NE(ParseError(j).find("key 'tie_word_embeddings': expected a boolean"), std::string::npos);
  j = TinyLlamaJson();
  j["rope_scaling"] = "linear";
  EXPECT_NE(ParseError(j).find("key 'rope_scaling': expected an object"), std::string::npos);
  j = TinyLlamaJson();
  j.erase("model_type");
  EXPECT_NE(ParseError(j).find("key 'model_type': required key is missing"), std::string::npos);
}

TEST(Config, RejectsInconsistentDimensions) {
  auto j = TinyLlamaJson();
  j["num_key_value_heads"] = 3;
  EXPECT_NE(ParseError(j).find("does not divide num_attention_heads"), std::string::npos);
  j = TinyLlamaJson();
  j["hidden_size"] = 0;
  EXPECT_NE(ParseError(j).find("key 'hidden_size': must be positive"), std::string::npos);
  // Regression (issue 13): 0 was reported as a bad --context flag the user
  // never passed.
  j = TinyLlamaJson();
  j["max_position_embeddings"] = 0;
  EXPECT_NE(ParseError(j).find("key 'max_position_embeddings': must be positive, got 0"),
            std::string::npos);
  j = TinyLlamaJson();
  j["hidden_size"] = 66;
  EXPECT_NE(ParseError(j).find("key 'head_dim': missing"), std::string::npos);
  j = TinyLlamaJson();
  j["hidden_act"] = "relu2";
  EXPECT_NE(ParseError(j).find("key 'hidden_act': \"relu2\" is not supported for Llama; "
                               "supported: silu, gelu, gelu_pytorch_tanh"),
            std::string::npos);
  j = TinyLlamaJson();
  j["torch_dtype"] = "float64";
  EXPECT_NE(ParseError(j).find("key 'torch_dtype'"), std::string::npos);
}

TEST(Config, MistralWindowSlidesEveryLayer) {
  auto j = TinyLlamaJson();
  j["model_type"] = "mistral";
  j["sliding_window"] = 8;
  j["attention_bias"] = true;  // Mistral hard-codes no biases; HF ignores this key
  ModelConfig c = MustParse(j);
  EXPECT_EQ(c.family, "Mistral");
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(*c.sliding_window, 8);
  EXPECT_TRUE(c.IsSliding(0) && c.IsSliding(1));
  EXPECT_FALSE(c.qkv_bias || c.o_bias);
  j["sliding_window"] = nullptr;
  c = MustParse(j);
  EXPECT_FALSE(c.sliding_window.has_value());
  EXPECT_FALSE(c.IsSliding(0));
}

TEST(Config, Qwen2BiasAndSlidingLayers) {
  auto j = TinyLlamaJson();
  j["model_type"] = "qwen2";
  j["num_hidden_layers"] = 3;
  j["sliding_window"] = 8;
  ModelConfig c = MustParse(j);
  EXPECT_TRUE(c.qkv_bias);
  EXPECT_FALSE(c.o_bias || c.mlp_bias);
  EXPECT_FALSE(c.sliding_window.has_value()) << "use_sliding_window defaults to false";

  j["use_sliding_window"] = true;
  j["max_window_layers"] = 1;
  c = MustParse(j);
  ASSERT_TRUE(c.sliding_window.has_value());
  EXPECT_EQ(c.layer_sliding, (std::vector<bool>{false, true, true}));

  j["layer_types"] = {"sliding_attention", "full_attention", "sliding_attention"};
  c = MustParse(j);
  EXPECT_EQ(c.layer_sliding, (std::vector<bool>{true, false, true}));

  j["layer_types"] = {"sliding_attention", "full_attention"};
  EXPECT_NE(ParseError(j).find("key 'layer_types': expected a list of 3"), std::string::npos);
  j["layer_types"] = {"sliding_attention", "chunked_attention", "full_attention"};
  EXPECT_NE(ParseError(j).find("\"chunked_attention\""), std::string::npos);
}

TEST(Config, StorageDtypeFromConfig) {
  auto j = TinyLlamaJson();
  j["torch_dtype"] = "bfloat16";
  EXPECT_EQ(MustParse(j).default_weight_dtype, DType::kBF16);
  j.erase("torch_dtype");
  j["dtype"] = "float16";  // transformers v5 spelling
  EXPECT_EQ(MustParse(j).default_weight_dtype, DType::kF16);
}

TEST(Config, WeightSpecsOrderNamesAndShapes) {
  auto j = TinyLlamaJson();
  j["tie_word_embeddings"] = false;
  ModelConfig c = MustParse(j);
  auto specs = WeightSpecs(c);
  ASSERT_EQ(specs.size(), 3u + 9u * 2u);
  EXPECT_EQ(specs[0].name, "model.embed_tokens.weight");
  EXPECT_EQ(specs[1].name, "model.norm.weight");
  EXPECT_EQ(specs[2].name, "lm_head.weight");
  EXPECT_EQ(specs[3].name, "model.layers.0.input_layernorm.weight");
  EXPECT_EQ(specs[5].name, "model.layers.0.self_attn.k_proj.weight");
  EXPECT_EQ(specs[5].shape, (std::vector<int64_t>{32, 64}));
  EXPECT_EQ(specs[7].shape, (std::vector<int64_t>{64, 64}));  // o_proj [H, Hq*D]
  EXPECT_EQ(specs.back().name, "model.layers.1.mlp.down_proj.weight");
  EXPECT_EQ(specs.back().shape, (std::vector<int64_t>{64, 128}));
  EXPECT_EQ(ParameterCount(specs),
            256 * 64 * 2 + 64 + 2 * (2 * 64 + 64 * 64 * 2 + 32 * 64 * 2 + 3 * 128 * 64));
  EXPECT_EQ(KvCacheBytes(c, 4, 128), 2 * 2 * 4 * 128 * 2 * 16 * 4);
  EXPECT_EQ(KvCacheBytes(c, 4, 128, DType::kBF16), 2 * 2 * 4 * 128 * 2 * 16 * 2);
}

}  // namespace
}  // namespace hf2hlo
