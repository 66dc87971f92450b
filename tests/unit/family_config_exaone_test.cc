// config.json -> ModelConfig for the EXAONE families (exaone, exaone4: hybrid
// sliding/global layers, the letter sliding_window_pattern): switches, HF v4.57.6
// defaults (docs/layer-math.md, "Config defaults") and weight names. Shared helpers:
// family_config_test_util.h.
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
using family_test::ExpectLlamaCore;
using family_test::ExpectNoScalars;
using family_test::Flags;
using family_test::ParseError;
using family_test::Shape;
using family_test::Spec;
using family_test::SpecNames;
using family_test::Tiny;
using testing::MustEmit;
using testing::MustParse;

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

}  // namespace
}  // namespace hf2hlo
