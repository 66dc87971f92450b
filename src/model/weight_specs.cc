// Weight specs: the one place that names weights, gives their shapes and
// fixes their argument order. The emitter and every loader derive from it.
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
  std::vector<WeightSpec> specs;
  auto add = [&](std::string name, WeightRole role, int64_t layer, std::vector<int64_t> shape) {
    specs.push_back(WeightSpec{std::move(name), role, layer, std::move(shape), dt});
  };
  add(n.embed, WeightRole::kEmbed, -1, {c.vocab, c.hidden});
  add(n.final_norm, WeightRole::kFinalNorm, -1, {c.hidden});
  if (!c.tie_word_embeddings) add(n.lm_head, WeightRole::kLmHead, -1, {c.vocab, c.hidden});
  for (int64_t i = 0; i < c.num_layers; ++i) {
    auto L = [&](const std::string& suffix) { return LayerName(n, i, suffix); };
    add(L(n.input_norm), WeightRole::kInputNorm, i, {c.hidden});
    add(L(n.q), WeightRole::kQ, i, {q_rows, c.hidden});
    if (c.qkv_bias) add(L(n.q_bias), WeightRole::kQBias, i, {q_rows});
    add(L(n.k), WeightRole::kK, i, {kv_rows, c.hidden});
    if (c.qkv_bias) add(L(n.k_bias), WeightRole::kKBias, i, {kv_rows});
    add(L(n.v), WeightRole::kV, i, {kv_rows, c.hidden});
    if (c.qkv_bias) add(L(n.v_bias), WeightRole::kVBias, i, {kv_rows});
    add(L(n.o), WeightRole::kO, i, {c.hidden, q_rows});
    if (c.o_bias) add(L(n.o_bias), WeightRole::kOBias, i, {c.hidden});
    add(L(n.post_attn_norm), WeightRole::kPostAttnNorm, i, {c.hidden});
    add(L(n.gate), WeightRole::kGate, i, {c.intermediate, c.hidden});
    if (c.mlp_bias) add(L(n.gate_bias), WeightRole::kGateBias, i, {c.intermediate});
    add(L(n.up), WeightRole::kUp, i, {c.intermediate, c.hidden});
    if (c.mlp_bias) add(L(n.up_bias), WeightRole::kUpBias, i, {c.intermediate});
    add(L(n.down), WeightRole::kDown, i, {c.hidden, c.intermediate});
    if (c.mlp_bias) add(L(n.down_bias), WeightRole::kDownBias, i, {c.hidden});
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

int64_t KvCacheBytes(const ModelConfig& c, int64_t batch, int64_t context) {
  return 2 * c.num_layers * batch * context * c.num_kv_heads * c.head_dim * 4;
}

std::vector<std::string> ActiveSwitches(const ModelConfig& c) {
  std::vector<std::string> out;
  out.push_back(c.tie_word_embeddings ? "tied_head" : "untied_head");
  if (c.qkv_bias) out.push_back("qkv_bias");
  if (c.o_bias) out.push_back("o_bias");
  if (c.mlp_bias) out.push_back("mlp_bias");
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
  if (c.sliding_window) {
    std::string layers;
    for (int64_t i = 0; i < c.num_layers; ++i) {
      if (c.IsSliding(i)) layers += (layers.empty() ? "" : ",") + std::to_string(i);
    }
    out.push_back(StrCat("sliding_window=", *c.sliding_window, " (layers ", layers, ")"));
  }
  return out;
}

}  // namespace hf2hlo
