// With/without tests for the layer-core switches: each switch's exact effect
// on the emitted text (arguments, op counts, constants), on the tiny Llama
// config (H=64, Hq=4, Hkv=2, D=16, L=2, I=128, V=256, tied; prefill P=8,
// decode B=2, S=32). Norm count there: 2 per layer + the final norm = 5.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "emit/emit.h"
#include "test_util.h"

namespace hf2hlo {
namespace {

using testing::ArgNames;
using testing::CountArgs;
using testing::CountOps;
using testing::CountSubstr;
using testing::MustEmit;
using testing::MustParse;
using testing::OpDelta;
using testing::TinyLlamaJson;

using Delta = std::map<std::string, int>;
using Names = std::vector<std::string>;

constexpr ProgramKind kKinds[] = {ProgramKind::kPrefill, ProgramKind::kDecode};

ModelConfig Llama() { return MustParse(TinyLlamaJson()); }

// Argument names of `a` missing from `b` (multiset difference), sorted.
Names ArgsOnlyIn(const std::string& a, const std::string& b) {
  Names x = ArgNames(a), y = ArgNames(b), out;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

// For both program kinds: `with` has `args` more arguments than `without`
// (negative: fewer) and exactly the op-count delta `ops`.
void ExpectDelta(const ModelConfig& with, const ModelConfig& without, int args, const Delta& ops) {
  for (ProgramKind k : kKinds) {
    SCOPED_TRACE(ProgramKindName(k));
    std::string a = MustEmit(with, k), b = MustEmit(without, k);
    EXPECT_EQ(CountArgs(a) - CountArgs(b), args);
    EXPECT_EQ(OpDelta(a, b), ops);
  }
}

// 0-based index of the first line containing `needle`, or -1.
int LineOf(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  std::string line;
  for (int i = 0; std::getline(in, line); ++i) {
    if (line.find(needle) != std::string::npos) return i;
  }
  return -1;
}

// 0-based index of the last line containing `needle`, or -1.
int LastLineOf(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  std::string line;
  int last = -1;
  for (int i = 0; std::getline(in, line); ++i) {
    if (line.find(needle) != std::string::npos) last = i;
  }
  return last;
}

// The line that first uses the constant `dense<literal>` as an operand.
int FirstUseOfConstant(const std::string& text, const std::string& literal) {
  const std::string def = " = stablehlo.constant dense<" + literal + ">";
  auto at = text.find(def);
  if (at == std::string::npos) return -1;
  auto name_begin = text.rfind('%', at);
  const std::string name = text.substr(name_begin, at - name_begin);
  int line = LineOf(text, ", " + name + " :");
  int first = LineOf(text, " " + name + ", ");
  if (first >= 0 && (line < 0 || first < line)) line = first;
  return line;
}

// a == b, or the first differing line of each (the texts are long).
::testing::AssertionResult SameText(const std::string& a, const std::string& b) {
  if (a == b) return ::testing::AssertionSuccess();
  std::istringstream x(a), y(b);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool ha = static_cast<bool>(std::getline(x, la));
    const bool hb = static_cast<bool>(std::getline(y, lb));
    if (ha != hb || la != lb) {
      return ::testing::AssertionFailure()
             << "texts differ first at line " << line << ":\n  "
             << (ha ? la.substr(0, 160) : "<end>") << "\n  " << (hb ? lb.substr(0, 160) : "<end>");
    }
  }
}

// --- norms -----------------------------------------------------------------

TEST(EmitSwitch, RmsOnePlusAddsOneAddPerNormAndOneConstant) {
  ModelConfig without = Llama(), with = without;
  with.norm = NormKind::kRmsOnePlus;
  // (1 + w): one add per norm on [H]; the splat 1.0 [H] is shared by all five.
  ExpectDelta(with, without, 0, {{"stablehlo.add", 5}, {"stablehlo.constant", 1}});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k);
    EXPECT_EQ(CountSubstr(a, "stablehlo.constant dense<1.0e+00> : tensor<64xf32>"), 1);
    EXPECT_EQ(ArgNames(a), ArgNames(MustEmit(without, k)));
  }
}

TEST(EmitSwitch, LayerNormWithoutBiasSubtractsTheMean) {
  ModelConfig without = Llama(), with = without;
  with.norm = NormKind::kLayerNorm;
  // Per norm: sum -> divide (mean) -> broadcast -> subtract; the variance then
  // reuses the RMS ops on the centred value.
  ExpectDelta(with, without, 0,
              {{"stablehlo.reduce", 5},
               {"stablehlo.divide", 5},
               {"stablehlo.subtract", 5},
               {"stablehlo.broadcast_in_dim", 5}});
  for (ProgramKind k : kKinds) {
    EXPECT_EQ(ArgNames(MustEmit(with, k)), ArgNames(MustEmit(without, k)));
  }
}

TEST(EmitSwitch, LayerNormBiasAddsOneArgumentAndOneAddPerNorm) {
  ModelConfig without = Llama();
  without.norm = NormKind::kLayerNorm;
  ModelConfig with = without;
  with.norm_bias = true;
  ExpectDelta(with, without, 5, {{"stablehlo.add", 5}, {"stablehlo.broadcast_in_dim", 5}});
  std::string a = MustEmit(with, ProgramKind::kDecode), b = MustEmit(without, ProgramKind::kDecode);
  EXPECT_EQ(
      ArgsOnlyIn(a, b),
      (Names{"model.layers.0.input_layernorm.bias", "model.layers.0.post_attention_layernorm.bias",
             "model.layers.1.input_layernorm.bias", "model.layers.1.post_attention_layernorm.bias",
             "model.norm.bias"}));
  EXPECT_TRUE(ArgsOnlyIn(b, a).empty());
  EXPECT_NE(a.find("%arg2: tensor<64xf32> loc(\"model.norm.bias\")"), std::string::npos)
      << "the final norm's bias follows its weight";
}

// --- block kinds -----------------------------------------------------------

TEST(EmitSwitch, PostNormMovesNormsWithoutChangingCounts) {
  ModelConfig without = Llama(), with = without;
  with.block = BlockKind::kPostNorm;
  // The input norm goes, a post-FFW norm comes: same number of norms and adds.
  ExpectDelta(with, without, 0, {});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k), b = MustEmit(without, k);
    EXPECT_NE(a, b);
    EXPECT_EQ(ArgsOnlyIn(a, b), (Names{"model.layers.0.post_feedforward_layernorm.weight",
                                       "model.layers.1.post_feedforward_layernorm.weight"}));
    EXPECT_EQ(ArgsOnlyIn(b, a), (Names{"model.layers.0.input_layernorm.weight",
                                       "model.layers.1.input_layernorm.weight"}));
  }
}

TEST(EmitSwitch, SandwichAddsTwoNormsPerLayer) {
  ModelConfig without = Llama(), with = without;
  with.block = BlockKind::kSandwich;
  // 4 more RMS norms, each: x*x, sum, /H, +eps, rsqrt, bcast, *, bcast w, *.
  ExpectDelta(with, without, 4,
              {{"stablehlo.multiply", 12},
               {"stablehlo.reduce", 4},
               {"stablehlo.divide", 4},
               {"stablehlo.add", 4},
               {"stablehlo.rsqrt", 4},
               {"stablehlo.broadcast_in_dim", 8}});
  std::string a = MustEmit(with, ProgramKind::kPrefill),
              b = MustEmit(without, ProgramKind::kPrefill);
  EXPECT_EQ(ArgsOnlyIn(a, b), (Names{"model.layers.0.post_feedforward_layernorm.weight",
                                     "model.layers.0.pre_feedforward_layernorm.weight",
                                     "model.layers.1.post_feedforward_layernorm.weight",
                                     "model.layers.1.pre_feedforward_layernorm.weight"}));
  EXPECT_TRUE(ArgsOnlyIn(b, a).empty());
}

TEST(EmitSwitch, ParallelDropsThePostAttentionNorm) {
  ModelConfig without = Llama(), with = without;
  with.block = BlockKind::kParallel;
  // One norm fewer per layer; the two residual adds stay (x + o + mlp).
  ExpectDelta(with, without, -2,
              {{"stablehlo.multiply", -6},
               {"stablehlo.reduce", -2},
               {"stablehlo.divide", -2},
               {"stablehlo.add", -2},
               {"stablehlo.rsqrt", -2},
               {"stablehlo.broadcast_in_dim", -4}});
  std::string a = MustEmit(with, ProgramKind::kDecode), b = MustEmit(without, ProgramKind::kDecode);
  EXPECT_EQ(ArgsOnlyIn(b, a), (Names{"model.layers.0.post_attention_layernorm.weight",
                                     "model.layers.1.post_attention_layernorm.weight"}));
  EXPECT_TRUE(ArgsOnlyIn(a, b).empty());
}

// --- q/k norm --------------------------------------------------------------

TEST(EmitSwitch, PerHeadQkNormReshapesToHeadRowsAndNorms) {
  ModelConfig without = Llama(), with = without;
  with.qk_norm = QkNormKind::kPerHead;
  // q and k of each layer: reshape to [N*heads, D], an RMS norm over D (the
  // reshape to [N, heads, D] happens either way). New constants: D and eps
  // over [N*Hq] and over [N*Hkv].
  ExpectDelta(with, without, 4,
              {{"stablehlo.multiply", 12},
               {"stablehlo.reduce", 4},
               {"stablehlo.divide", 4},
               {"stablehlo.add", 4},
               {"stablehlo.rsqrt", 4},
               {"stablehlo.broadcast_in_dim", 8},
               {"stablehlo.reshape", 4},
               {"stablehlo.constant", 4}});
  std::string a = MustEmit(with, ProgramKind::kDecode), b = MustEmit(without, ProgramKind::kDecode);
  EXPECT_EQ(
      ArgsOnlyIn(a, b),
      (Names{"model.layers.0.self_attn.k_norm.weight", "model.layers.0.self_attn.q_norm.weight",
             "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.q_norm.weight"}));
  EXPECT_NE(a.find("tensor<16xf32> loc(\"model.layers.0.self_attn.q_norm.weight\")"),
            std::string::npos);
  EXPECT_EQ(CountSubstr(a, "stablehlo.constant dense<1.6e+01> : tensor<8xf32>"), 1);  // B*Hq
  EXPECT_EQ(CountSubstr(a, "stablehlo.constant dense<1.6e+01> : tensor<4xf32>"), 1);  // B*Hkv
}

TEST(EmitSwitch, FullProjectionQkNormNormsTheWholeProjection) {
  ModelConfig without = Llama(), with = without;
  with.qk_norm = QkNormKind::kFullProjection;
  // Norms over [N, Hq*D] = [N, 64] (reusing the hidden norm's constants) and
  // [N, Hkv*D] = [N, 32] (one new constant: 32.0 over [N]); no extra reshape.
  ExpectDelta(with, without, 4,
              {{"stablehlo.multiply", 12},
               {"stablehlo.reduce", 4},
               {"stablehlo.divide", 4},
               {"stablehlo.add", 4},
               {"stablehlo.rsqrt", 4},
               {"stablehlo.broadcast_in_dim", 8},
               {"stablehlo.constant", 1}});
  std::string a = MustEmit(with, ProgramKind::kDecode);
  EXPECT_NE(a.find("tensor<64xf32> loc(\"model.layers.1.self_attn.q_norm.weight\")"),
            std::string::npos);
  EXPECT_NE(a.find("tensor<32xf32> loc(\"model.layers.1.self_attn.k_norm.weight\")"),
            std::string::npos);
  EXPECT_EQ(CountSubstr(a, "stablehlo.constant dense<3.2e+01> : tensor<2xf32>"), 1);
}

// --- RoPE --------------------------------------------------------------------

TEST(EmitSwitch, InterleavedRopeAddsTwoReshapesPerRotation) {
  ModelConfig without = Llama(), with = without;
  with.rope_layout = RopeLayout::kInterleaved;
  // [N, h, R] -> [N, h, R/2, 2] and back, for q and k of both layers.
  ExpectDelta(with, without, 0, {{"stablehlo.reshape", 8}});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k), b = MustEmit(without, k);
    EXPECT_NE(a, b) << "the tables pair columns (2i, 2i+1)";
    EXPECT_EQ(ArgNames(a), ArgNames(b));
    EXPECT_GT(CountSubstr(a, "x4x8x2xf32>"), 0) << "q as rotated pairs [N, Hq, R/2, 2]";
    EXPECT_EQ(CountSubstr(b, "x4x8x2xf32>"), 0);
  }
}

TEST(EmitSwitch, PartialRotarySlicesAndConcatenatesThePassThrough) {
  ModelConfig without = Llama(), with = without;
  with.rotary_dim = 8;
  // Per rotated tensor: slice the rotary part, slice the rest, concatenate.
  ExpectDelta(with, without, 0, {{"stablehlo.slice", 8}, {"stablehlo.concatenate", 4}});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k), b = MustEmit(without, k);
    EXPECT_EQ(CountSubstr(a, "> : tensor<32x8xf32>"), 2) << "cos and sin tables [S, R]";
    EXPECT_EQ(CountSubstr(a, "> : tensor<32x16xf32>"), 0);
    EXPECT_EQ(CountSubstr(b, "> : tensor<32x16xf32>"), 2);
  }
}

TEST(EmitSwitch, OneNopeLayerDropsItsRotations) {
  ModelConfig without = Llama(), with = without;
  with.layer_rope = {true, false};
  // One rotation (half layout): 2 slices, negate, concatenate, 2 broadcasts,
  // 2 multiplies, add; layer 1 loses those of q and k. Tables stay (layer 0).
  ExpectDelta(with, without, 0,
              {{"stablehlo.slice", -4},
               {"stablehlo.negate", -2},
               {"stablehlo.concatenate", -2},
               {"stablehlo.broadcast_in_dim", -4},
               {"stablehlo.multiply", -4},
               {"stablehlo.add", -2}});
}

TEST(EmitSwitch, AllNopeLayersEmitNoRopeTablesOrGathers) {
  ModelConfig without = Llama(), with = without;
  with.layer_rope = {false, false};
  // All four rotations go, and so do the cos/sin tables and their row gathers
  // (each gather reshapes its indices).
  ExpectDelta(with, without, 0,
              {{"stablehlo.slice", -8},
               {"stablehlo.negate", -4},
               {"stablehlo.concatenate", -4},
               {"stablehlo.broadcast_in_dim", -8},
               {"stablehlo.multiply", -8},
               {"stablehlo.add", -4},
               {"stablehlo.constant", -2},
               {"stablehlo.gather", -2},
               {"stablehlo.reshape", -2}});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k);
    EXPECT_EQ(CountOps(a, "stablehlo.gather"), 1) << "only the embedding rows";
    EXPECT_EQ(CountSubstr(a, "> : tensor<32x16xf32>"), 0) << "no RoPE table";
    EXPECT_EQ(CountOps(a, "stablehlo.negate"), 0);
  }
}

TEST(EmitSwitch, SlidingLayersWithTheirOwnRopeGetTheirOwnTables) {
  ModelConfig without = Llama();
  without.layer_sliding = {true, false};
  without.sliding_window = 8;
  ModelConfig with = without;
  with.rope_sliding.theta = 5e4;
  // One more cos/sin table pair and its two gathers; nothing else.
  ExpectDelta(with, without, 0,
              {{"stablehlo.constant", 2}, {"stablehlo.gather", 2}, {"stablehlo.reshape", 2}});
  // Only sliding layers rotate: only their tables are built.
  ModelConfig sliding_only = with;
  sliding_only.layer_rope = {true, false};
  ModelConfig shared = without;
  shared.layer_rope = {true, false};
  ExpectDelta(sliding_only, shared, 0, {});
  for (ProgramKind k : kKinds) {
    EXPECT_NE(MustEmit(sliding_only, k), MustEmit(shared, k)) << "different theta";
  }
  // Sliding layers that are NoPE need no tables of their own.
  ModelConfig full_only = with;
  full_only.layer_rope = {false, true};
  ModelConfig full_only_shared = without;
  full_only_shared.layer_rope = {false, true};
  ExpectDelta(full_only, full_only_shared, 0, {});
  for (ProgramKind k : kKinds) {
    EXPECT_TRUE(SameText(MustEmit(full_only, k), MustEmit(full_only_shared, k)));
  }
}

// --- MLP -------------------------------------------------------------------

TEST(EmitSwitch, DenseMlpDropsTheGate) {
  ModelConfig without = Llama(), with = without;
  with.mlp = MlpKind::kDense;
  // No gate projection and no act(gate) * up product.
  ExpectDelta(with, without, -2, {{"stablehlo.dot_general", -2}, {"stablehlo.multiply", -2}});
  std::string a = MustEmit(with, ProgramKind::kDecode), b = MustEmit(without, ProgramKind::kDecode);
  EXPECT_EQ(ArgsOnlyIn(b, a),
            (Names{"model.layers.0.mlp.gate_proj.weight", "model.layers.1.mlp.gate_proj.weight"}));
  EXPECT_TRUE(ArgsOnlyIn(a, b).empty());
}

TEST(EmitSwitch, GeluTanhUsesTanhAndNoLogistic) {
  ModelConfig without = Llama(), with = without;
  with.activation = Activation::kGeluTanh;
  // 0.5*x*(1 + tanh(c*(x + 0.044715*x^3))): 6 multiplies, 2 adds, 1 tanh
  // per MLP instead of silu's multiply and logistic. Constants over [N, I]:
  // sqrt(2/pi), 0.044715, 0.5, 1.0.
  ExpectDelta(with, without, 0,
              {{"stablehlo.multiply", 10},
               {"stablehlo.add", 4},
               {"stablehlo.tanh", 2},
               {"stablehlo.logistic", -2},
               {"stablehlo.constant", 4}});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k);
    EXPECT_EQ(CountOps(a, "stablehlo.logistic"), 0);
    EXPECT_EQ(CountOps(a, "stablehlo.tanh"), 2);
    EXPECT_EQ(CountSubstr(a, "dense<7.978846e-01>"), 1) << "f32(sqrt(2/pi))";
    EXPECT_EQ(CountSubstr(a, "dense<4.4715e-02>"), 1);
  }
}

TEST(EmitSwitch, GeluExactUsesErfAndNoTanhOrLogistic) {
  ModelConfig without = Llama(), with = without;
  with.activation = Activation::kGeluExact;
  // x*0.5*(1 + erf(x*sqrt(1/2))) with erf by A&S 7.1.26: |z|, t = 1/(1+p|z|),
  // a degree-5 polynomial in t (Horner), exp(-z^2), sign(z) * (1 - ...).
  ExpectDelta(with, without, 0,
              {{"stablehlo.multiply", 22},
               {"stablehlo.add", 12},
               {"stablehlo.abs", 2},
               {"stablehlo.sign", 2},
               {"stablehlo.negate", 2},
               {"stablehlo.exponential", 2},
               {"stablehlo.divide", 2},
               {"stablehlo.subtract", 2},
               {"stablehlo.logistic", -2},
               {"stablehlo.constant", 9}});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k);
    EXPECT_EQ(CountOps(a, "stablehlo.tanh"), 0);
    EXPECT_EQ(CountOps(a, "stablehlo.logistic"), 0);
    EXPECT_EQ(CountSubstr(a, "dense<7.0710677e-01>"), 1) << "f32(sqrt(1/2))";
  }
}

// --- fused row views -------------------------------------------------------

TEST(EmitSwitch, FusedQkvAndGateUpAreRowViewsWithUnfusedOps) {
  auto j = TinyLlamaJson();
  j["model_type"] = "phi3";
  ModelConfig fused = MustParse(j);
  ASSERT_TRUE(fused.fused_qkv && fused.fused_gate_up);
  ModelConfig unfused = fused;
  unfused.fused_qkv = unfused.fused_gate_up = false;
  ExpectDelta(fused, unfused, 0, {});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(fused, k), b = MustEmit(unfused, k);
    EXPECT_TRUE(SameText(MustEmit(Llama(), k), b)) << "unfused Phi3 (prf 1, no window) is Llama";
    EXPECT_EQ(ArgsOnlyIn(a, b), (Names{"model.layers.0.mlp.gate_up_proj.weight[0:128]",
                                       "model.layers.0.mlp.gate_up_proj.weight[128:256]",
                                       "model.layers.0.self_attn.qkv_proj.weight[0:64]",
                                       "model.layers.0.self_attn.qkv_proj.weight[64:96]",
                                       "model.layers.0.self_attn.qkv_proj.weight[96:128]",
                                       "model.layers.1.mlp.gate_up_proj.weight[0:128]",
                                       "model.layers.1.mlp.gate_up_proj.weight[128:256]",
                                       "model.layers.1.self_attn.qkv_proj.weight[0:64]",
                                       "model.layers.1.self_attn.qkv_proj.weight[64:96]",
                                       "model.layers.1.self_attn.qkv_proj.weight[96:128]"}));
    EXPECT_NE(
        a.find("%arg3: tensor<64x64xf32> loc(\"model.layers.0.self_attn.qkv_proj.weight[0:64]\")"),
        std::string::npos);
    EXPECT_NE(a.find("tensor<32x64xf32> loc(\"model.layers.0.self_attn.qkv_proj.weight[64:96]\")"),
              std::string::npos);
    EXPECT_NE(a.find("tensor<128x64xf32> loc(\"model.layers.1.mlp.gate_up_proj.weight[128:256]\")"),
              std::string::npos);
  }
}

// --- scalars ---------------------------------------------------------------

struct ScalarCase {
  const char* name;
  std::optional<double> ModelConfig::*field;
  double value;
  const char* literal;      // FormatF32(static_cast<float>(value))
  const char* not_literal;  // the f32 of a nearby value the text must not hold, or ""
  Delta delta;
};

TEST(EmitSwitch, EachScalarEmitsItsOpsAndTheF32OfTheDouble) {
  const ScalarCase cases[] = {
      // h0 = embed * s: one multiply over [N, H].
      {"embedding_scale",
       &ModelConfig::embedding_scale,
       std::sqrt(3072.0),
       "5.5425625e+01",
       "",
       {{"stablehlo.multiply", 1}, {"stablehlo.constant", 1}}},
      // Both residual branches of both layers; f32(1.4 / sqrt(5)) in double is
      // 0.62609905, while f32 arithmetic would give 0.626099.
      {"residual_scale",
       &ModelConfig::residual_scale,
       1.4 / std::sqrt(5.0),
       "6.2609905e-01",
       "6.26099e-01",
       {{"stablehlo.multiply", 4}, {"stablehlo.constant", 1}}},
      // tanh(s / c) * c on the scores of each layer.
      {"attn_softcap",
       &ModelConfig::attn_softcap,
       50.0,
       "5.0e+01",
       "",
       {{"stablehlo.divide", 2},
        {"stablehlo.tanh", 2},
        {"stablehlo.multiply", 2},
        {"stablehlo.constant", 1}}},
      {"final_softcap",
       &ModelConfig::final_softcap,
       30.0,
       "3.0e+01",
       "",
       {{"stablehlo.divide", 1},
        {"stablehlo.tanh", 1},
        {"stablehlo.multiply", 1},
        {"stablehlo.constant", 1}}},
      {"hidden_divisor",
       &ModelConfig::hidden_divisor,
       64.0 / 24.0,
       "2.6666667e+00",
       "",
       {{"stablehlo.divide", 1}, {"stablehlo.constant", 1}}},
      {"logit_scale",
       &ModelConfig::logit_scale,
       0.0625,
       "6.25e-02",
       "",
       {{"stablehlo.multiply", 1}, {"stablehlo.constant", 1}}},
      {"logits_divisor",
       &ModelConfig::logits_divisor,
       8.0,
       "8.0e+00",
       "",
       {{"stablehlo.divide", 1}, {"stablehlo.constant", 1}}},
  };
  const ModelConfig without = Llama();
  for (const ScalarCase& s : cases) {
    SCOPED_TRACE(s.name);
    ModelConfig with = without;
    with.*(s.field) = s.value;
    ExpectDelta(with, without, 0, s.delta);
    for (ProgramKind k : kKinds) {
      std::string a = MustEmit(with, k);
      EXPECT_EQ(CountSubstr(a, std::string("stablehlo.constant dense<") + s.literal + ">"), 1);
      if (*s.not_literal) {
        EXPECT_EQ(CountSubstr(a, s.not_literal), 0);
      }
      EXPECT_EQ(CountSubstr(MustEmit(without, k), std::string("dense<") + s.literal + ">"), 0);
    }
  }
}

TEST(EmitSwitch, AttentionScaleIsOnlyTheConstantValue) {
  ModelConfig without = Llama(), with = without;
  with.attention_scale = std::pow(168.0, -0.5);
  ExpectDelta(with, without, 0, {});
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(with, k), b = MustEmit(without, k);
    EXPECT_EQ(CountSubstr(a, "dense<7.715168e-02>"), 1);
    EXPECT_EQ(CountSubstr(a, "dense<2.5e-01>"), 0);
    EXPECT_EQ(CountSubstr(b, "dense<2.5e-01>"), 1);
  }
}

TEST(EmitSwitch, HeadScalarsSitWhereHfAppliesThem) {
  ModelConfig c = Llama();
  c.hidden_divisor = 64.0 / 24.0;  // h / d before lm_head (MiniCPM)
  c.logit_scale = 0.0625;          // logits * s (Cohere)
  c.logits_divisor = 8.0;          // logits / d after lm_head (Granite)
  c.final_softcap = 30.0;          // tanh(logits / c) * c, last
  for (ProgramKind k : kKinds) {
    SCOPED_TRACE(ProgramKindName(k));
    std::string t = MustEmit(c, k);
    const int head = LastLineOf(t, "= stablehlo.dot_general");
    const int divisor = FirstUseOfConstant(t, "2.6666667e+00");
    const int scale = FirstUseOfConstant(t, "6.25e-02");
    const int logits_div = FirstUseOfConstant(t, "8.0e+00");
    const int cap = FirstUseOfConstant(t, "3.0e+01");
    ASSERT_TRUE(head > 0 && divisor > 0 && scale > 0 && logits_div > 0 && cap > 0);
    EXPECT_LT(divisor, head);
    EXPECT_LT(head, scale);
    EXPECT_LT(scale, logits_div);
    EXPECT_LT(logits_div, cap);
  }
}

// --- switches that are off emit nothing --------------------------------------

TEST(EmitSwitch, EverySwitchOffIsByteIdenticalToLlama) {
  // A Gemma2 config with every switch turned back off is plain Llama.
  auto j = TinyLlamaJson();
  j["model_type"] = "gemma2";
  j["head_dim"] = 16;
  ModelConfig c = MustParse(j);
  ASSERT_EQ(c.block, BlockKind::kSandwich);
  c.norm = NormKind::kRms;
  c.block = BlockKind::kPreNorm;
  c.activation = Activation::kSilu;
  c.attention_scale = 0.25;
  c.embedding_scale.reset();
  c.attn_softcap.reset();
  c.final_softcap.reset();
  c.sliding_window.reset();
  c.layer_sliding.assign(2, false);
  for (ProgramKind k : kKinds) EXPECT_TRUE(SameText(MustEmit(c, k), MustEmit(Llama(), k)));

  // The off values every switch defaults to, set explicitly on Llama.
  ModelConfig off = Llama();
  off.norm_bias = true;  // only read by LayerNorm
  off.qk_norm = QkNormKind::kNone;
  off.rope_layout = RopeLayout::kHalf;
  off.rotary_dim = off.head_dim;
  off.layer_rope.assign(2, true);
  off.rope_sliding = off.rope;
  for (ProgramKind k : kKinds) EXPECT_TRUE(SameText(MustEmit(off, k), MustEmit(Llama(), k)));
}

TEST(EmitSwitch, FamiliesWithTheirSwitchesOffEmitLlamaText) {
  auto with = [](const char* type, nlohmann::json extra) {
    auto j = TinyLlamaJson();
    j["model_type"] = type;
    j.update(extra);
    return MustParse(j);
  };
  const std::pair<const char*, ModelConfig> cases[] = {
      {"mistral, null window", with("mistral", {{"sliding_window", nullptr}})},
      {"smollm3, RoPE everywhere",
       with("smollm3", {{"no_rope_layers", {1, 1}}, {"rope_theta", 10000.0}})},
      {"granite, unit multipliers", with("granite", {{"attention_multiplier", 0.25},
                                                     {"embedding_multiplier", 1.0},
                                                     {"residual_multiplier", 1.0},
                                                     {"logits_scaling", 1.0}})},
      {"seed_oss, no biases", with("seed_oss", {{"head_dim", 16}, {"attention_bias", false}})},
      {"internlm3", with("internlm3", nlohmann::json::object())},
      {"qwen2 without bias",
       [&] {
         ModelConfig c = with("qwen2", nlohmann::json::object());
         c.qkv_bias = false;
         return c;
       }()},
  };
  for (const auto& [name, c] : cases) {
    SCOPED_TRACE(name);
    for (ProgramKind k : kKinds) EXPECT_TRUE(SameText(MustEmit(c, k), MustEmit(Llama(), k)));
  }
  // OLMo3 with only full layers is OLMo2 (docs/layer-math.md, "OLMo3").
  ModelConfig olmo2 = with("olmo2", nlohmann::json::object());
  ModelConfig olmo3 = with("olmo3", {{"layer_types", {"full_attention", "full_attention"}}});
  for (ProgramKind k : kKinds) EXPECT_TRUE(SameText(MustEmit(olmo3, k), MustEmit(olmo2, k)));
}

// MiniCPM with unit scales (scale_emb 1, scale_depth = sqrt(L), dim_model_base
// = hidden_size) is Llama; a multiply or divide by 1.0 has no purpose, as
// Granite's exactly-1 multipliers already show.
TEST(EmitSwitch, MiniCpmUnitScalesEmitNothing) {
  auto j = TinyLlamaJson();
  j["num_hidden_layers"] = 4;
  ModelConfig llama = MustParse(j);
  j["model_type"] = "minicpm";
  j["scale_emb"] = 1;
  j["scale_depth"] = 2.0;  // 2 / sqrt(4) = 1 exactly
  j["dim_model_base"] = 64;
  ModelConfig minicpm = MustParse(j);
  EXPECT_FALSE(minicpm.residual_scale.has_value()) << minicpm.residual_scale.value_or(0);
  EXPECT_FALSE(minicpm.hidden_divisor.has_value()) << minicpm.hidden_divisor.value_or(0);
  for (ProgramKind k : kKinds) {
    std::string a = MustEmit(minicpm, k), b = MustEmit(llama, k);
    EXPECT_EQ(OpDelta(a, b), Delta{});
    EXPECT_TRUE(SameText(a, b));
  }
}

}  // namespace
}  // namespace hf2hlo
