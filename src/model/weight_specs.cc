// Weight specs: the one place that names weights, gives their shapes and
// fixes their argument order. The emitter and every loader derive from it.
#include <cmath>
#include <numeric>

#include "model/model.h"

namespace hf2hlo {
namespace {

std::string LayerName(const WeightNames& n, int64_t layer, const std::string& suffix) {
  std::string prefix = n.layer_prefix;
  auto at = prefix.find("{i}");
  CHECK(at != std::string::npos, "layer_prefix without {i}: ", prefix);
  prefix.replace(at, 3, std::to_string(layer));
  return prefix + suffix;
}

}  // namespace

std::vector<WeightSpec> WeightSpecs(const ModelConfig& c) {
  const WeightNames& n = c.names;
  const DType dt = c.default_weight_dtype;
  const int64_t q_rows = c.num_heads * c.head_dim;
  const int64_t kv_rows = c.num_kv_heads * c.head_dim;
  const bool layer_norm_bias = c.norm == NormKind::kLayerNorm && c.norm_bias;
  std::vector<WeightSpec> specs;
  auto add = [&](std::string name, WeightRole role, int64_t layer, std::vector<int64_t> shape) {
    specs.push_back(WeightSpec{name, role, layer, shape, dt, name, shape, 0});
  };
  // Rows [begin, begin + shape[0]) of the stored tensor `tensor` [total_rows, cols].
  auto add_rows = [&](const std::string& tensor, WeightRole role, int64_t layer, int64_t begin,
                      int64_t rows, int64_t total_rows, int64_t cols) {
    specs.push_back(WeightSpec{StrCat(tensor, "[", begin, ":", begin + rows, "]"),
                               role,
                               layer,
                               {rows, cols},
                               dt,
                               tensor,
                               {total_rows, cols},
                               begin});
  };
  add(n.embed, WeightRole::kEmbed, -1, {c.vocab, c.hidden});
  add(n.final_norm, WeightRole::kFinalNorm, -1, {c.hidden});
  if (layer_norm_bias) add(n.final_norm_bias, WeightRole::kFinalNormBias, -1, {c.hidden});
  if (!c.tie_word_embeddings) add(n.lm_head, WeightRole::kLmHead, -1, {c.vocab, c.hidden});
  const bool has_input_norm = c.block != BlockKind::kPostNorm;
  const bool has_post_attn_norm = c.block != BlockKind::kParallel;
  const bool has_ffw_norms = c.block == BlockKind::kSandwich;
  for (int64_t i = 0; i < c.num_layers; ++i) {
    auto L = [&](const std::string& suffix) { return LayerName(n, i, suffix); };
    if (has_input_norm) {
      add(L(n.input_norm), WeightRole::kInputNorm, i, {c.hidden});
      if (layer_norm_bias) add(L(n.input_norm_bias), WeightRole::kInputNormBias, i, {c.hidden});
    }
    if (c.fused_qkv) {
      const int64_t total = q_rows + 2 * kv_rows;
      add_rows(L(n.qkv), WeightRole::kQ, i, 0, q_rows, total, c.hidden);
      add_rows(L(n.qkv), WeightRole::kK, i, q_rows, kv_rows, total, c.hidden);
      add_rows(L(n.qkv), WeightRole::kV, i, q_rows + kv_rows, kv_rows, total, c.hidden);
    } else {
      add(L(n.q), WeightRole::kQ, i, {q_rows, c.hidden});
      if (c.qkv_bias) add(L(n.q_bias), WeightRole::kQBias, i, {q_rows});
      add(L(n.k), WeightRole::kK, i, {kv_rows, c.hidden});
      if (c.qkv_bias) add(L(n.k_bias), WeightRole::kKBias, i, {kv_rows});
      add(L(n.v), WeightRole::kV, i, {kv_rows, c.hidden});
      if (c.qkv_bias) add(L(n.v_bias), WeightRole::kVBias, i, {kv_rows});
    }
    if (c.qk_norm == QkNormKind::kPerHead) {
      add(L(n.q_norm), WeightRole::kQNorm, i, {c.head_dim});
      add(L(n.k_norm), WeightRole::kKNorm, i, {c.head_dim});
    } else if (c.qk_norm == QkNormKind::kFullProjection) {
      add(L(n.q_norm), WeightRole::kQNorm, i, {q_rows});
      add(L(n.k_norm), WeightRole::kKNorm, i, {kv_rows});
    }
    add(L(n.o), WeightRole::kO, i, {c.hidden, q_rows});
    if (c.o_bias) add(L(n.o_bias), WeightRole::kOBias, i, {c.hidden});
    if (has_post_attn_norm) {
      add(L(n.post_attn_norm), WeightRole::kPostAttnNorm, i, {c.hidden});
      if (layer_norm_bias) {
        add(L(n.post_attn_norm_bias), WeightRole::kPostAttnNormBias, i, {c.hidden});
      }
    }
    if (has_ffw_norms) add(L(n.pre_ffw_norm), WeightRole::kPreFfwNorm, i, {c.hidden});
    if (c.mlp == MlpKind::kGated && c.fused_gate_up) {
      add_rows(L(n.gate_up), WeightRole::kGate, i, 0, c.intermediate, 2 * c.intermediate, c.hidden);
      add_rows(L(n.gate_up), WeightRole::kUp, i, c.intermediate, c.intermediate, 2 * c.intermediate,
               c.hidden);
    } else {
      if (c.mlp == MlpKind::kGated) {
        add(L(n.gate), WeightRole::kGate, i, {c.intermediate, c.hidden});
        if (c.mlp_bias) add(L(n.gate_bias), WeightRole::kGateBias, i, {c.intermediate});
      }
      add(L(n.up), WeightRole::kUp, i, {c.intermediate, c.hidden});
      if (c.mlp_bias) add(L(n.up_bias), WeightRole::kUpBias, i, {c.intermediate});
    }
    add(L(n.down), WeightRole::kDown, i, {c.hidden, c.intermediate});
    if (c.mlp_bias) add(L(n.down_bias), WeightRole::kDownBias, i, {c.hidden});
    if (c.block == BlockKind::kPostNorm || has_ffw_norms) {
      add(L(n.post_ffw_norm), WeightRole::kPostFfwNorm, i, {c.hidden});
    }
  }
  return specs;
}

int64_t ParameterCount(const std::vector<WeightSpec>& specs) {
  int64_t total = 0;
  for (const auto& s : specs) {
    total += std::accumulate(s.shape.begin(), s.shape.end(), int64_t{1}, std::multiplies<>());
  }
  return total;
}

int64_t WeightBytes(const std::vector<WeightSpec>& specs) {
  int64_t total = 0;
  for (const auto& s : specs) {
    total += DTypeBytes(s.dtype) *
             std::accumulate(s.shape.begin(), s.shape.end(), int64_t{1}, std::multiplies<>());
  }
  return total;
}

int64_t KvCacheBytes(const ModelConfig& c, int64_t batch, int64_t context, DType element) {
  return 2 * c.num_layers * batch * context * c.num_kv_heads * c.head_dim * DTypeBytes(element);
}

std::vector<std::string> ActiveSwitches(const ModelConfig& c) {
  std::vector<std::string> out;
  auto layer_list = [&](auto&& pred) {
    std::string layers;
    for (int64_t i = 0; i < c.num_layers; ++i) {
      if (pred(i)) layers += (layers.empty() ? "" : ",") + std::to_string(i);
    }
    return layers;
  };
  out.push_back(c.tie_word_embeddings ? "tied_head" : "untied_head");
  if (c.quant_bits > 0) {
    out.push_back(StrCat("mlx_affine_quantized bits=", c.quant_bits,
                         " group_size=", c.quant_group_size, " (dequantized on load)"));
  }
  if (c.qkv_bias) out.push_back("qkv_bias");
  if (c.o_bias) out.push_back("o_bias");
  if (c.mlp_bias) out.push_back("mlp_bias");
  if (c.activation != Activation::kSilu)
    out.push_back(StrCat("act=", ActivationName(c.activation)));
  if (c.norm == NormKind::kRmsOnePlus) out.push_back("norm=rms(1+w)");
  if (c.norm == NormKind::kLayerNorm)
    out.push_back(c.norm_bias ? "norm=layernorm+bias" : "norm=layernorm");
  if (c.block == BlockKind::kPostNorm) out.push_back("block=post_norm");
  if (c.block == BlockKind::kSandwich) out.push_back("block=sandwich");
  if (c.block == BlockKind::kParallel) out.push_back("block=parallel");
  if (c.qk_norm == QkNormKind::kPerHead) out.push_back("qk_norm=per_head");
  if (c.qk_norm == QkNormKind::kFullProjection) out.push_back("qk_norm=full_projection");
  if (c.mlp == MlpKind::kDense) out.push_back("mlp=dense");
  if (c.fused_qkv) out.push_back("fused_qkv (row views)");
  if (c.fused_gate_up) out.push_back("fused_gate_up (row views)");
  auto rope = [](const RopeParams& r) {
    std::string s = StrCat("rope=", RopeTypeName(r.type), " theta=", r.theta);
    if (r.type != RopeType::kDefault) s += StrCat(" factor=", r.factor);
    if (r.type == RopeType::kLlama3) {
      s += StrCat(" low_freq_factor=", r.low_freq_factor, " high_freq_factor=", r.high_freq_factor,
                  " original_max_position_embeddings=", r.original_max_position_embeddings);
    }
    return s;
  };
  out.push_back(rope(c.rope));
  if (!(c.rope_sliding == c.rope)) out.push_back("sliding layers: " + rope(c.rope_sliding));
  if (c.rope_layout == RopeLayout::kInterleaved) out.push_back("rope_layout=interleaved");
  if (c.rotary_dim != c.head_dim) out.push_back(StrCat("rotary_dim=", c.rotary_dim));
  const std::string nope = layer_list([&](int64_t i) { return !c.HasRope(i); });
  if (!nope.empty()) out.push_back(StrCat("nope_layers=", nope));
  if (c.sliding_window) {
    out.push_back(StrCat("sliding_window=", *c.sliding_window, " (layers ",
                         layer_list([&](int64_t i) { return c.IsSliding(i); }), ")"));
  }
  if (c.attention_scale != std::pow(static_cast<double>(c.head_dim), -0.5)) {
    out.push_back(StrCat("attention_scale=", c.attention_scale));
  }
  auto opt = [&](const char* name, const std::optional<double>& v) {
    if (v) out.push_back(StrCat(name, "=", *v));
  };
  opt("embedding_scale", c.embedding_scale);
  opt("residual_scale", c.residual_scale);
  opt("attn_softcap", c.attn_softcap);
  opt("final_softcap", c.final_softcap);
  opt("hidden_divisor", c.hidden_divisor);
  opt("logit_scale", c.logit_scale);
  opt("logits_divisor", c.logits_divisor);
  return out;
}

}  // namespace hf2hlo
