// Helpers shared by the family_config*_test.cc files (config.json -> ModelConfig
// per registered family): tiny configs, parse errors and weight-spec queries.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "model/model.h"
#include "nlohmann/json.hpp"
#include "test_util.h"

namespace hf2hlo::family_test {

// The tiny Llama dims (H=64, 4 heads, 2 kv heads, 2 layers, I=128, V=256)
// under `model_type`, without the keys whose family default is under test.
inline nlohmann::json Tiny(const std::string& model_type) {
  auto j = testing::TinyLlamaJson();
  j["model_type"] = model_type;
  j.erase("tie_word_embeddings");
  j.erase("rms_norm_eps");
  j.erase("max_position_embeddings");
  return j;
}

inline std::string ParseError(const nlohmann::json& j) {
  auto r = ParseConfig(j.dump(), "m/config.json");
  EXPECT_FALSE(r.ok()) << "parsed although it should not: " << j.dump();
  return r.ok() ? "" : r.status().message();
}

inline bool Contains(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

inline std::vector<std::string> SpecNames(const ModelConfig& c) {
  std::vector<std::string> out;
  for (const auto& s : WeightSpecs(c)) out.push_back(s.name);
  return out;
}

// The spec named `name`, or a failed expectation and an empty spec.
inline WeightSpec Spec(const ModelConfig& c, const std::string& name) {
  for (const auto& s : WeightSpecs(c)) {
    if (s.name == name) return s;
  }
  ADD_FAILURE() << "no weight spec " << name;
  return WeightSpec{};
}

inline int CountSpecsContaining(const ModelConfig& c, const std::string& needle) {
  int n = 0;
  for (const auto& name : SpecNames(c)) n += Contains(name, needle) ? 1 : 0;
  return n;
}

using Shape = std::vector<int64_t>;
using Flags = std::vector<bool>;

// Nothing beyond the Llama core: the "off" value of every switch.
inline void ExpectNoScalars(const ModelConfig& c) {
  EXPECT_FALSE(c.embedding_scale.has_value());
  EXPECT_FALSE(c.residual_scale.has_value());
  EXPECT_FALSE(c.attn_softcap.has_value());
  EXPECT_FALSE(c.final_softcap.has_value());
  EXPECT_FALSE(c.hidden_divisor.has_value());
  EXPECT_FALSE(c.logit_scale.has_value());
  EXPECT_FALSE(c.logits_divisor.has_value());
}

inline void ExpectLlamaCore(const ModelConfig& c) {
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

inline constexpr const char* kRegistered[] = {
    "llama",   "mistral", "qwen2",    "mimo",       "qwen3",     "gemma",  "gemma2",  "gemma3_text",
    "smollm3", "olmo2",   "olmo3",    "seed_oss",   "internlm3", "exaone", "exaone4", "cohere",
    "cohere2", "phi3",    "stablelm", "starcoder2", "granite",   "minicpm"};

// A config every registered family parses: the tiny dims, head_dim 16 and
// the keys some family requires.
inline nlohmann::json Parseable(const std::string& model_type) {
  auto j = Tiny(model_type);
  j["head_dim"] = 16;
  if (model_type == "exaone") {
    j["num_layers"] = j["num_hidden_layers"];
    j.erase("num_hidden_layers");
  }
  if (model_type == "minicpm") j["dim_model_base"] = 32;
  return j;
}

}  // namespace hf2hlo::family_test
