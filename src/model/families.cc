// Family registry entries. Each entry states how its config.json maps onto
// the shared switches; see ../shared/reference/families.md §2 for the HF math.
#include "model/families.h"

#include <algorithm>

namespace hf2hlo {
namespace {

// Reads explicit `layer_types` into per-layer sliding flags.
Status ReadLayerTypes(const ConfigReader& c, ModelConfig& m) {
  const auto& v = c.Raw("layer_types");
  if (!v.is_array() || static_cast<int64_t>(v.size()) != m.num_layers) {
    return c.KeyError("layer_types", StrCat("expected a list of ", m.num_layers, " layer types"));
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == "sliding_attention") {
      m.layer_sliding[i] = true;
    } else if (v[i] == "full_attention") {
      m.layer_sliding[i] = false;
    } else {
      return c.KeyError("layer_types",
                        StrCat("entry ", i, " is ", v[i].dump(),
                               "; supported: \"full_attention\", \"sliding_attention\""));
    }
  }
  return OkStatus();
}

Status SetAllSliding(const ConfigReader& c, ModelConfig& m, int64_t window) {
  if (window <= 0) return c.KeyError("sliding_window", StrCat("must be positive, got ", window));
  m.sliding_window = window;
  std::fill(m.layer_sliding.begin(), m.layer_sliding.end(), true);
  return OkStatus();
}

// LlamaForCausalLM: q/k/v/o bias = attention_bias, MLP bias = mlp_bias, no window.
Status LlamaSwitches(const ConfigReader& c, ModelConfig& m) {
  ASSIGN_OR_RETURN(bool attention_bias, c.BoolOr("attention_bias", false));
  ASSIGN_OR_RETURN(m.mlp_bias, c.BoolOr("mlp_bias", false));
  m.qkv_bias = m.o_bias = attention_bias;
  return OkStatus();
}

// MistralForCausalLM: no biases; a non-null sliding_window slides every layer.
Status MistralSwitches(const ConfigReader& c, ModelConfig& m) {
  ASSIGN_OR_RETURN(std::optional<int64_t> window, c.OptionalInt("sliding_window"));
  if (window) return SetAllSliding(c, m, *window);
  return OkStatus();
}

// Qwen2ForCausalLM: q/k/v bias, no o/MLP bias. sliding_window applies only
// when use_sliding_window, to layers i >= max_window_layers, unless
// layer_types names the sliding layers explicitly.
Status Qwen2Switches(const ConfigReader& c, ModelConfig& m) {
  m.qkv_bias = true;
  ASSIGN_OR_RETURN(bool use_sliding, c.BoolOr("use_sliding_window", false));
  ASSIGN_OR_RETURN(int64_t window, c.IntOr("sliding_window", 4096));
  ASSIGN_OR_RETURN(int64_t max_window_layers, c.IntOr("max_window_layers", 28));
  if (c.Has("layer_types")) {
    RETURN_IF_ERROR(ReadLayerTypes(c, m));
  } else if (use_sliding) {
    for (int64_t i = 0; i < m.num_layers; ++i) m.layer_sliding[i] = i >= max_window_layers;
  }
  bool any =
      std::find(m.layer_sliding.begin(), m.layer_sliding.end(), true) != m.layer_sliding.end();
  if (any && !use_sliding) {
    return c.KeyError("layer_types",
                      "names sliding_attention layers but use_sliding_window is false "
                      "(HF then has no window)");
  }
  if (any) {
    if (window <= 0) return c.KeyError("sliding_window", StrCat("must be positive, got ", window));
    m.sliding_window = window;
  }
  return OkStatus();
}

}  // namespace

WeightNames LlamaWeightNames() {
  WeightNames n;
  n.embed = "model.embed_tokens.weight";
  n.final_norm = "model.norm.weight";
  n.lm_head = "lm_head.weight";
  n.layer_prefix = "model.layers.{i}.";
  n.input_norm = "input_layernorm.weight";
  n.post_attn_norm = "post_attention_layernorm.weight";
  n.q = "self_attn.q_proj.weight";
  n.k = "self_attn.k_proj.weight";
  n.v = "self_attn.v_proj.weight";
  n.o = "self_attn.o_proj.weight";
  n.q_bias = "self_attn.q_proj.bias";
  n.k_bias = "self_attn.k_proj.bias";
  n.v_bias = "self_attn.v_proj.bias";
  n.o_bias = "self_attn.o_proj.bias";
  n.gate = "mlp.gate_proj.weight";
  n.up = "mlp.up_proj.weight";
  n.down = "mlp.down_proj.weight";
  n.gate_bias = "mlp.gate_proj.bias";
  n.up_bias = "mlp.up_proj.bias";
  n.down_bias = "mlp.down_proj.bias";
  return n;
}

const std::vector<FamilyEntry>& AllFamilies() {
  // model_type, display, eps, max_pos, tie, switches (HF v4.57.6 config defaults).
  static const std::vector<FamilyEntry> kFamilies = {
      {"llama", "Llama", 1e-6, 2048, false, LlamaSwitches},
      {"mistral", "Mistral", 1e-6, 4096 * 32, false, MistralSwitches},
      {"qwen2", "Qwen2", 1e-6, 32768, false, Qwen2Switches},
  };
  return kFamilies;
}

const FamilyEntry* FindFamily(const std::string& model_type) {
  for (const auto& f : AllFamilies()) {
    if (model_type == f.model_type) return &f;
  }
  return nullptr;
}

std::vector<std::string> SupportedModelTypes() {
  std::vector<std::string> out;
  for (const auto& f : AllFamilies()) out.push_back(f.model_type);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace hf2hlo
