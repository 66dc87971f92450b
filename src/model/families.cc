// Family registry entries. Each entry states how its config.json maps onto
// the shared switches; docs/layer-math.md has the HF math of each switch.
#include "model/families.h"

#include <algorithm>
#include <cmath>
#include <optional>

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

bool AnySliding(const ModelConfig& m) {
  return std::find(m.layer_sliding.begin(), m.layer_sliding.end(), true) != m.layer_sliding.end();
}

// The value types a family's sliding-window pattern key takes: an integer k
// (layer i slides iff (i + 1) % k != 0), or also letters (LetterPattern).
enum class PatternForm { kInteger, kIntegerOrLetters };

// Reads `key`'s letters, e.g. "LLLG" (EXAONE 4), into m.layer_sliding: layer
// i slides iff letter i % length is L, G is global, and the last layer is
// always global. That is Exaone4Config's docstring; HF 4.57.6 itself fails on
// a string, and llama.cpp's converter tiles the letters alike but keeps an L
// on the last layer.
Status LetterPattern(const ConfigReader& c, const char* key, ModelConfig& m) {
  const auto& v = c.Raw(key);
  const auto& letters = v.get_ref<const std::string&>();
  if (letters.empty()) {
    return c.KeyError(key, "\"\" has no letters; expected L (sliding) and G (global)");
  }
  for (size_t k = 0; k < letters.size(); ++k) {
    if (letters[k] != 'L' && letters[k] != 'G') {
      return c.KeyError(key, StrCat(v.dump(), ": character ", k,
                                    " is not L (sliding) or G (global)"));
    }
  }
  for (int64_t i = 0; i < m.num_layers; ++i) {
    m.layer_sliding[i] = letters[static_cast<size_t>(i) % letters.size()] == 'L';
  }
  if (m.num_layers > 0) m.layer_sliding.back() = false;
  return OkStatus();
}

// Sliding layers from `layer_types`, else from `pattern_key` read as `form`
// (a null key fixes the integer pattern), with window `sliding_window`
// (default `default_window`). A null window means no layer slides.
Status PatternSliding(const ConfigReader& c, ModelConfig& m, const char* pattern_key,
                      int64_t default_pattern, std::optional<int64_t> default_window,
                      PatternForm form = PatternForm::kInteger) {
  std::optional<int64_t> window = default_window;
  if (c.Has("sliding_window")) {
    ASSIGN_OR_RETURN(window, c.OptionalInt("sliding_window"));
  } else if (c.HasKey("sliding_window")) {
    window.reset();  // explicit null
  }
  if (c.Has("layer_types")) {
    RETURN_IF_ERROR(ReadLayerTypes(c, m));
  } else if (window) {
    const bool letters = form == PatternForm::kIntegerOrLetters;
    if (pattern_key != nullptr && letters && c.Has(pattern_key) &&
        c.Raw(pattern_key).is_string()) {
      RETURN_IF_ERROR(LetterPattern(c, pattern_key, m));
    } else {
      int64_t pattern = default_pattern;
      if (pattern_key != nullptr) {
        if (c.Has(pattern_key) && !c.Raw(pattern_key).is_number_integer()) {
          return c.KeyError(pattern_key,
                            StrCat(c.Raw(pattern_key).dump(),
                                   letters ? " is neither an integer nor a string of L/G letters"
                                           : " is not an integer; give layer_types instead"));
        }
        ASSIGN_OR_RETURN(pattern, c.IntOr(pattern_key, default_pattern));
        if (pattern <= 0) return c.KeyError(pattern_key, StrCat("must be positive, got ", pattern));
      }
      for (int64_t i = 0; i < m.num_layers; ++i) m.layer_sliding[i] = (i + 1) % pattern != 0;
    }
  }
  if (!window) {
    std::fill(m.layer_sliding.begin(), m.layer_sliding.end(), false);
    return OkStatus();
  }
  if (*window <= 0) return c.KeyError("sliding_window", StrCat("must be positive, got ", *window));
  if (AnySliding(m)) m.sliding_window = *window;
  return OkStatus();
}

// Every layer slides iff sliding_window is non-null (Mistral, Phi3,
// StarCoder2); an absent key means the config class default.
Status AllOrNoneSliding(const ConfigReader& c, ModelConfig& m,
                        std::optional<int64_t> default_window) {
  std::optional<int64_t> window = default_window;
  if (c.HasKey("sliding_window")) {
    ASSIGN_OR_RETURN(window, c.OptionalInt("sliding_window"));
  }
  if (window) return SetAllSliding(c, m, *window);
  return OkStatus();
}

// Qwen2-style windows: sliding_window applies only when use_sliding_window,
// to layers i >= max_window_layers, unless layer_types names them.
Status Qwen2Sliding(const ConfigReader& c, ModelConfig& m) {
  ASSIGN_OR_RETURN(bool use_sliding, c.BoolOr("use_sliding_window", false));
  ASSIGN_OR_RETURN(int64_t window, c.IntOr("sliding_window", 4096));
  ASSIGN_OR_RETURN(int64_t max_window_layers, c.IntOr("max_window_layers", 28));
  if (c.HasKey("sliding_window") && !c.Has("sliding_window")) use_sliding = false;  // null
  if (c.Has("layer_types")) {
    RETURN_IF_ERROR(ReadLayerTypes(c, m));
  } else if (use_sliding) {
    for (int64_t i = 0; i < m.num_layers; ++i) m.layer_sliding[i] = i >= max_window_layers;
  }
  if (AnySliding(m) && !use_sliding) {
    return c.KeyError("layer_types",
                      "names sliding_attention layers but use_sliding_window is false "
                      "(HF then has no window)");
  }
  if (AnySliding(m)) {
    if (window <= 0) return c.KeyError("sliding_window", StrCat("must be positive, got ", window));
    m.sliding_window = window;
  }
  return OkStatus();
}

// attention_bias -> q/k/v/o biases; mlp_bias -> MLP biases.
Status AttentionMlpBias(const ConfigReader& c, ModelConfig& m, bool default_attention_bias) {
  ASSIGN_OR_RETURN(bool attention_bias, c.BoolOr("attention_bias", default_attention_bias));
  ASSIGN_OR_RETURN(m.mlp_bias, c.BoolOr("mlp_bias", false));
  m.qkv_bias = m.o_bias = attention_bias;
  return OkStatus();
}

Status Reject(const ConfigReader& c, const char* key, const char* what) {
  return c.KeyError(key, StrCat(what, " is not supported"));
}

// Rejects a true boolean flag naming an unimplemented feature.
Status RejectIfTrue(const ConfigReader& c, const char* key, const char* what) {
  ASSIGN_OR_RETURN(bool on, c.BoolOr(key, false));
  if (on) return Reject(c, key, what);
  return OkStatus();
}

Result<int64_t> PartialRotaryDim(const ConfigReader& c, const ModelConfig& m, double fallback) {
  ASSIGN_OR_RETURN(double factor, c.NumberOr("partial_rotary_factor", fallback));
  if (!(factor > 0 && factor <= 1)) {
    return c.KeyError("partial_rotary_factor", StrCat("must be in (0, 1], got ", factor));
  }
  const auto rot = static_cast<int64_t>(static_cast<double>(m.head_dim) * factor);
  if (rot < 2 || rot % 2 != 0) {
    return c.KeyError("partial_rotary_factor",
                      StrCat("gives ", rot, " rotary dims of head_dim ", m.head_dim,
                             "; RoPE needs an even number >= 2"));
  }
  return rot;
}

// A scalar multiplier that is off (emits nothing) when it is exactly 1.
Status OptionalScale(const ConfigReader& c, const char* key, std::optional<double>& out) {
  ASSIGN_OR_RETURN(double v, c.NumberOr(key, 1.0));
  if (!(v > 0)) return c.KeyError(key, StrCat("must be positive, got ", v));
  if (v != 1.0) out = v;
  return OkStatus();
}

Status OptionalSoftcap(const ConfigReader& c, const char* key, std::optional<double> fallback,
                       std::optional<double>& out) {
  out = fallback;
  if (c.Has(key)) {
    ASSIGN_OR_RETURN(double v, c.Number(key));
    if (!(v > 0)) return c.KeyError(key, StrCat("must be positive, got ", v));
    out = v;
  } else if (c.HasKey(key)) {
    out.reset();
  }
  return OkStatus();
}

// LlamaForCausalLM: q/k/v/o bias = attention_bias, MLP bias = mlp_bias, no window.
Status LlamaSwitches(const ConfigReader& c, ModelConfig& m) {
  return AttentionMlpBias(c, m, false);
}

// MistralForCausalLM: no biases; a non-null sliding_window slides every layer.
Status MistralSwitches(const ConfigReader& c, ModelConfig& m) {
  return AllOrNoneSliding(c, m, 4096);
}

// Qwen2ForCausalLM: q/k/v bias, no o/MLP bias, Qwen2 windows.
Status Qwen2Switches(const ConfigReader& c, ModelConfig& m) {
  m.qkv_bias = true;
  return Qwen2Sliding(c, m);
}

// MiMo: Qwen2 math; its multi-token-prediction layers are not in the forward.
Status MimoSwitches(const ConfigReader& c, ModelConfig& m) {
  m.ignored_tensor_prefixes.push_back("model.mtp_layers.");
  return Qwen2Switches(c, m);
}

// Qwen3: attention_bias on q/k/v/o, per-head RMS q/k norm before RoPE.
Status Qwen3Switches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(AttentionMlpBias(c, m, false));
  m.mlp_bias = false;
  m.qk_norm = QkNormKind::kPerHead;
  return Qwen2Sliding(c, m);
}

// Gemma: (1+w) RMSNorm, embedding * sqrt(hidden).
Status GemmaSwitches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(AttentionMlpBias(c, m, false));
  m.mlp_bias = false;
  m.norm = NormKind::kRmsOnePlus;
  m.embedding_scale = std::sqrt(static_cast<double>(m.hidden));
  return OkStatus();
}

// Gemma2: Gemma plus sandwich norms, query_pre_attn_scalar, soft-caps and
// alternating sliding layers.
Status Gemma2Switches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(GemmaSwitches(c, m));
  m.block = BlockKind::kSandwich;
  ASSIGN_OR_RETURN(double qpas, c.NumberOr("query_pre_attn_scalar", 256));
  if (!(qpas > 0)) return c.KeyError("query_pre_attn_scalar", "must be positive");
  m.attention_scale = std::pow(qpas, -0.5);
  RETURN_IF_ERROR(OptionalSoftcap(c, "attn_logit_softcapping", 50.0, m.attn_softcap));
  RETURN_IF_ERROR(OptionalSoftcap(c, "final_logit_softcapping", 30.0, m.final_softcap));
  // Gemma2Config has no pattern key: layers always alternate.
  return PatternSliding(c, m, nullptr, 2, 4096);
}

// Gemma3 text: Gemma2 without an attention soft-cap, an optional final one,
// per-head (1+w) q/k norm, a 5:1 pattern, and a local RoPE base on sliding
// layers (no scaling). HF 4.57.6's Gemma3Attention stores
// attn_logit_softcapping but never hands it to the attention, so a value is
// validated, noted in ignored_keys, and not applied.
Status Gemma3Switches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(RejectIfTrue(c, "use_bidirectional_attention",
                               "Gemma3 bidirectional (non-causal) attention"));
  RETURN_IF_ERROR(GemmaSwitches(c, m));
  m.block = BlockKind::kSandwich;
  m.qk_norm = QkNormKind::kPerHead;
  ASSIGN_OR_RETURN(double qpas, c.NumberOr("query_pre_attn_scalar", 256));
  if (!(qpas > 0)) return c.KeyError("query_pre_attn_scalar", "must be positive");
  m.attention_scale = std::pow(qpas, -0.5);
  std::optional<double> unused_attn_softcap;
  RETURN_IF_ERROR(
      OptionalSoftcap(c, "attn_logit_softcapping", std::nullopt, unused_attn_softcap));
  if (unused_attn_softcap) {
    m.ignored_keys.push_back(StrCat("attn_logit_softcapping=", *unused_attn_softcap,
                                    " (present; HF's Gemma3 attention never applies it)"));
  }
  RETURN_IF_ERROR(OptionalSoftcap(c, "final_logit_softcapping", std::nullopt, m.final_softcap));
  ASSIGN_OR_RETURN(std::optional<ConfigReader> params, c.Object("rope_parameters"));
  const bool per_layer_type = params && params->Has("sliding_attention");
  if (!per_layer_type) {
    ASSIGN_OR_RETURN(double local_base, c.NumberOr("rope_local_base_freq", 10000.0));
    if (!(local_base > 0)) return c.KeyError("rope_local_base_freq", "must be positive");
    m.rope_sliding = RopeParams{};
    m.rope_sliding.theta = local_base;
  }
  return PatternSliding(c, m, "sliding_window_pattern", 6, 4096);
}

// SmolLM3: NoPE where no_rope_layers[i] == 0; windows only on NoPE layers.
Status SmolLm3Switches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(AttentionMlpBias(c, m, false));
  if (c.Has("no_rope_layers")) {
    const auto& v = c.Raw("no_rope_layers");
    if (!v.is_array() || static_cast<int64_t>(v.size()) != m.num_layers) {
      return c.KeyError("no_rope_layers",
                        StrCat("expected a list of ", m.num_layers, " 0/1 flags"));
    }
    for (size_t i = 0; i < v.size(); ++i) {
      if (!v[i].is_number_integer()) {
        return c.KeyError("no_rope_layers", StrCat("entry ", i, " is not an integer"));
      }
      m.layer_rope[i] = v[i].get<int64_t>() != 0;
    }
  } else {
    ASSIGN_OR_RETURN(int64_t interval, c.IntOr("no_rope_layer_interval", 4));
    if (interval <= 0) return c.KeyError("no_rope_layer_interval", "must be positive");
    for (int64_t i = 0; i < m.num_layers; ++i) m.layer_rope[i] = (i + 1) % interval != 0;
  }
  ASSIGN_OR_RETURN(bool use_sliding, c.BoolOr("use_sliding_window", false));
  ASSIGN_OR_RETURN(std::optional<int64_t> window, c.OptionalInt("sliding_window"));
  if (c.Has("layer_types")) {
    RETURN_IF_ERROR(ReadLayerTypes(c, m));
  } else if (use_sliding && window) {
    for (int64_t i = 0; i < m.num_layers; ++i) m.layer_sliding[i] = !m.layer_rope[i];
  }
  if (AnySliding(m)) {
    if (!window || *window <= 0) return c.KeyError("sliding_window", "must be a positive window");
    m.sliding_window = *window;
  }
  return OkStatus();
}

// OLMo2: post-norm without an input norm, RMS q/k norm over the projection.
Status Olmo2Switches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(AttentionMlpBias(c, m, false));
  m.mlp_bias = false;
  m.block = BlockKind::kPostNorm;
  m.qk_norm = QkNormKind::kFullProjection;
  return OkStatus();
}

// OLMo3: OLMo2 plus 3:1 sliding layers; rope scaling on full layers only.
Status Olmo3Switches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(Olmo2Switches(c, m));
  ASSIGN_OR_RETURN(std::optional<ConfigReader> params, c.Object("rope_parameters"));
  if (!(params && params->Has("sliding_attention"))) {
    m.rope_sliding = RopeParams{};
    m.rope_sliding.theta = m.rope.theta;
  }
  return PatternSliding(c, m, "sliding_window_pattern", 4, 4096);
}

// Seed-OSS: q/k/v bias = attention_bias (default on), o bias = attention_out_bias.
Status SeedOssSwitches(const ConfigReader& c, ModelConfig& m) {
  ASSIGN_OR_RETURN(m.qkv_bias, c.BoolOr("attention_bias", true));
  ASSIGN_OR_RETURN(m.o_bias, c.BoolOr("attention_out_bias", false));
  ASSIGN_OR_RETURN(m.mlp_bias, c.BoolOr("mlp_bias", false));
  return OkStatus();
}

// InternLM3: q/k/v bias = qkv_bias; o and MLP bias = bias.
Status InternLm3Switches(const ConfigReader& c, ModelConfig& m) {
  ASSIGN_OR_RETURN(m.qkv_bias, c.BoolOr("qkv_bias", false));
  ASSIGN_OR_RETURN(bool bias, c.BoolOr("bias", false));
  m.o_bias = m.mlp_bias = bias;
  return OkStatus();
}

// EXAONE 3.x: Llama math under the transformer.h.N.* names.
Status ExaoneSwitches(const ConfigReader&, ModelConfig& m) {
  WeightNames& n = m.names;
  n = WeightNames{};
  n.embed = "transformer.wte.weight";
  n.final_norm = "transformer.ln_f.weight";
  n.lm_head = "lm_head.weight";
  n.layer_prefix = "transformer.h.{i}.";
  n.input_norm = "ln_1.weight";
  n.post_attn_norm = "ln_2.weight";
  n.q = "attn.attention.q_proj.weight";
  n.k = "attn.attention.k_proj.weight";
  n.v = "attn.attention.v_proj.weight";
  n.o = "attn.attention.out_proj.weight";
  n.gate = "mlp.c_fc_0.weight";
  n.up = "mlp.c_fc_1.weight";
  n.down = "mlp.c_proj.weight";
  return OkStatus();
}

// EXAONE 4: post-norm, per-head q/k norm, 3:1 sliding (an integer or "LLLG"
// letter pattern); with a window, full layers are NoPE.
Status Exaone4Switches(const ConfigReader& c, ModelConfig& m) {
  m.block = BlockKind::kPostNorm;
  m.qk_norm = QkNormKind::kPerHead;
  RETURN_IF_ERROR(PatternSliding(c, m, "sliding_window_pattern", 4, 4096,
                                 PatternForm::kIntegerOrLetters));
  ASSIGN_OR_RETURN(std::optional<int64_t> window, c.OptionalInt("sliding_window"));
  const bool has_window =
      c.Has("sliding_window") ? window.has_value() : !c.HasKey("sliding_window");
  for (int64_t i = 0; i < m.num_layers; ++i) m.layer_rope[i] = !has_window || m.IsSliding(i);
  return OkStatus();
}

// Cohere: bias-less LayerNorm, one norm feeding parallel attention and MLP,
// interleaved RoPE, logits * logit_scale.
Status CohereSwitches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(AttentionMlpBias(c, m, false));
  m.mlp_bias = false;
  RETURN_IF_ERROR(RejectIfTrue(c, "use_qk_norm", "Cohere q/k LayerNorm (use_qk_norm = true)"));
  m.norm = NormKind::kLayerNorm;
  m.block = BlockKind::kParallel;
  m.rope_layout = RopeLayout::kInterleaved;
  ASSIGN_OR_RETURN(double scale, c.NumberOr("logit_scale", 0.0625));
  if (scale != 1.0) m.logit_scale = scale;
  return OkStatus();
}

// Cohere2: Cohere plus 3:1 sliding layers; RoPE only on sliding layers.
Status Cohere2Switches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(CohereSwitches(c, m));
  RETURN_IF_ERROR(PatternSliding(c, m, "sliding_window_pattern", 4, 4096));
  for (int64_t i = 0; i < m.num_layers; ++i) m.layer_rope[i] = m.IsSliding(i);
  return OkStatus();
}

// Phi3: fused qkv_proj / gate_up_proj read as row views, partial rotary.
Status Phi3Switches(const ConfigReader& c, ModelConfig& m) {
  m.fused_qkv = m.fused_gate_up = true;
  m.names.qkv = "self_attn.qkv_proj.weight";
  m.names.gate_up = "mlp.gate_up_proj.weight";
  ASSIGN_OR_RETURN(m.rotary_dim, PartialRotaryDim(c, m, 1.0));
  return AllOrNoneSliding(c, m, std::nullopt);
}

// StableLM: LayerNorm with bias, partial rotary (0.25), optional q/k/v bias,
// optional parallel residual.
Status StableLmSwitches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(
      RejectIfTrue(c, "qk_layernorm", "StableLM per-head q/k LayerNorm (qk_layernorm = true)"));
  m.norm = NormKind::kLayerNorm;
  m.norm_bias = true;
  ASSIGN_OR_RETURN(m.qkv_bias, c.BoolOr("use_qkv_bias", false));
  ASSIGN_OR_RETURN(bool parallel, c.BoolOr("use_parallel_residual", false));
  if (parallel) m.block = BlockKind::kParallel;
  ASSIGN_OR_RETURN(m.rotary_dim, PartialRotaryDim(c, m, 0.25));
  return OkStatus();
}

// StarCoder2: LayerNorm with bias, biases everywhere (use_bias), dense MLP
// c_fc -> act -> c_proj, a window on every layer when set.
Status Starcoder2Switches(const ConfigReader& c, ModelConfig& m) {
  m.norm = NormKind::kLayerNorm;
  m.norm_bias = true;
  m.mlp = MlpKind::kDense;
  ASSIGN_OR_RETURN(bool bias, c.BoolOr("use_bias", true));
  m.qkv_bias = m.o_bias = m.mlp_bias = bias;
  WeightNames& n = m.names;
  n.up = "mlp.c_fc.weight";
  n.up_bias = "mlp.c_fc.bias";
  n.down = "mlp.c_proj.weight";
  n.down_bias = "mlp.c_proj.bias";
  n.gate = n.gate_bias = "";
  return AllOrNoneSliding(c, m, std::nullopt);
}

// Granite: embedding, attention and residual multipliers; logits / logits_scaling.
Status GraniteSwitches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(AttentionMlpBias(c, m, false));
  RETURN_IF_ERROR(OptionalScale(c, "embedding_multiplier", m.embedding_scale));
  RETURN_IF_ERROR(OptionalScale(c, "residual_multiplier", m.residual_scale));
  RETURN_IF_ERROR(OptionalScale(c, "logits_scaling", m.logits_divisor));
  ASSIGN_OR_RETURN(m.attention_scale, c.NumberOr("attention_multiplier", 1.0));
  if (!(m.attention_scale > 0)) return c.KeyError("attention_multiplier", "must be positive");
  return OkStatus();
}

// MiniCPM v1: embedding * scale_emb, residual * scale_depth / sqrt(L),
// hidden / (hidden_size / dim_model_base) before the head.
Status MiniCpmSwitches(const ConfigReader& c, ModelConfig& m) {
  RETURN_IF_ERROR(AttentionMlpBias(c, m, false));
  m.mlp_bias = false;
  RETURN_IF_ERROR(OptionalScale(c, "scale_emb", m.embedding_scale));
  ASSIGN_OR_RETURN(double scale_depth, c.NumberOr("scale_depth", 1.0));
  if (!(scale_depth > 0)) return c.KeyError("scale_depth", "must be positive");
  const double residual = scale_depth / std::sqrt(static_cast<double>(m.num_layers));
  if (residual != 1.0) m.residual_scale = residual;
  ASSIGN_OR_RETURN(double dim_model_base, c.Number("dim_model_base"));
  if (!(dim_model_base > 0)) return c.KeyError("dim_model_base", "must be positive");
  const double divisor = static_cast<double>(m.hidden) / dim_model_base;
  if (divisor != 1.0) m.hidden_divisor = divisor;
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
  n.final_norm_bias = "model.norm.bias";
  n.input_norm_bias = "input_layernorm.bias";
  n.post_attn_norm_bias = "post_attention_layernorm.bias";
  n.pre_ffw_norm = "pre_feedforward_layernorm.weight";
  n.post_ffw_norm = "post_feedforward_layernorm.weight";
  n.q_norm = "self_attn.q_norm.weight";
  n.k_norm = "self_attn.k_norm.weight";
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
  // HF v4.57.6 config-class defaults (docs/layer-math.md, "Config defaults"). Fields not named keep
  // the Llama defaults of FamilyEntry.
  static const std::vector<FamilyEntry> kFamilies = {
      {.model_type = "llama",
       .display_name = "Llama",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 2048,
       .default_tie_word_embeddings = false,
       .read_switches = LlamaSwitches},
      {.model_type = "mistral",
       .display_name = "Mistral",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 4096 * 32,
       .default_tie_word_embeddings = false,
       .read_switches = MistralSwitches},
      {.model_type = "qwen2",
       .display_name = "Qwen2",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 32768,
       .default_tie_word_embeddings = false,
       .read_switches = Qwen2Switches},
      {.model_type = "mimo",
       .display_name = "MiMo",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 32768,
       .default_tie_word_embeddings = false,
       .read_switches = MimoSwitches},
      {.model_type = "qwen3",
       .display_name = "Qwen3",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 32768,
       .default_tie_word_embeddings = false,
       .read_switches = Qwen3Switches,
       .default_head_dim = 128},
      {.model_type = "gemma",
       .display_name = "Gemma",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 8192,
       .default_tie_word_embeddings = true,
       .read_switches = GemmaSwitches,
       .default_activation = "gelu_pytorch_tanh",
       .default_head_dim = 256},
      {.model_type = "gemma2",
       .display_name = "Gemma2",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 8192,
       .default_tie_word_embeddings = true,
       .read_switches = Gemma2Switches,
       .activation_key = "hidden_activation",
       .default_activation = "gelu_pytorch_tanh",
       .default_head_dim = 256},
      {.model_type = "gemma3_text",
       .display_name = "Gemma3 (text)",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 131072,
       .default_tie_word_embeddings = true,
       .read_switches = Gemma3Switches,
       .activation_key = "hidden_activation",
       .default_activation = "gelu_pytorch_tanh",
       .default_rope_theta = 1e6,
       .default_head_dim = 256},
      {.model_type = "smollm3",
       .display_name = "SmolLM3",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 32768,
       .default_tie_word_embeddings = true,
       .read_switches = SmolLm3Switches,
       .default_rope_theta = 2e6},
      {.model_type = "olmo2",
       .display_name = "OLMo2",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 2048,
       .default_tie_word_embeddings = false,
       .read_switches = Olmo2Switches},
      {.model_type = "olmo3",
       .display_name = "OLMo3",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 2048,
       .default_tie_word_embeddings = false,
       .read_switches = Olmo3Switches},
      {.model_type = "seed_oss",
       .display_name = "Seed-OSS",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 524288,
       .default_tie_word_embeddings = false,
       .read_switches = SeedOssSwitches,
       .default_head_dim = 128},
      {.model_type = "internlm3",
       .display_name = "InternLM3",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 32768,
       .default_tie_word_embeddings = true,
       .read_switches = InternLm3Switches},
      {.model_type = "exaone",
       .display_name = "EXAONE 3",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 2048,
       .default_tie_word_embeddings = true,
       .read_switches = ExaoneSwitches,
       .norm_eps_key = "layer_norm_epsilon",
       .activation_key = "activation_function",
       .num_layers_key = "num_layers",
       .default_intermediate_multiple = 4},
      {.model_type = "exaone4",
       .display_name = "EXAONE 4",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 2048,
       .default_tie_word_embeddings = false,
       .read_switches = Exaone4Switches},
      {.model_type = "cohere",
       .display_name = "Cohere",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 8192,
       .default_tie_word_embeddings = true,
       .read_switches = CohereSwitches,
       .norm_eps_key = "layer_norm_eps"},
      {.model_type = "cohere2",
       .display_name = "Cohere2",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 8192,
       .default_tie_word_embeddings = true,
       .read_switches = Cohere2Switches,
       .norm_eps_key = "layer_norm_eps"},
      {.model_type = "phi3",
       .display_name = "Phi3",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 4096,
       .default_tie_word_embeddings = false,
       .read_switches = Phi3Switches},
      {.model_type = "stablelm",
       .display_name = "StableLM",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 4096,
       .default_tie_word_embeddings = false,
       .read_switches = StableLmSwitches,
       .norm_eps_key = "layer_norm_eps",
       .reads_head_dim = false},
      {.model_type = "starcoder2",
       .display_name = "StarCoder2",
       .default_norm_eps = 1e-5,
       .default_max_position_embeddings = 4096,
       .default_tie_word_embeddings = true,
       .read_switches = Starcoder2Switches,
       .norm_eps_key = "norm_epsilon",
       .default_activation = "gelu_pytorch_tanh"},
      {.model_type = "granite",
       .display_name = "Granite",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 2048,
       .default_tie_word_embeddings = false,
       .read_switches = GraniteSwitches},
      {.model_type = "minicpm",
       .display_name = "MiniCPM",
       .default_norm_eps = 1e-6,
       .default_max_position_embeddings = 2048,
       .default_tie_word_embeddings = true,
       .read_switches = MiniCpmSwitches},
  };
  return kFamilies;
}

const char* RejectionReason(const std::string& model_type) {
  static const std::pair<const char*, const char*> kRejected[] = {
      {"minicpm3", "MLA attention (multi-head latent attention) is not supported"},
      {"deepseek_v2", "MLA attention (multi-head latent attention) is not supported"},
      {"deepseek_v3", "MLA attention (multi-head latent attention) is not supported"},
      {"mixtral", "mixture-of-experts models are not supported yet"},
      {"qwen2_moe", "mixture-of-experts models are not supported yet"},
      {"qwen3_moe", "mixture-of-experts models are not supported yet"},
      {"olmoe", "mixture-of-experts models are not supported yet"},
      {"granitemoe", "mixture-of-experts models are not supported yet"},
      {"granitemoeshared", "mixture-of-experts models are not supported yet"},
      {"phimoe", "mixture-of-experts models are not supported yet"},
      {"dbrx", "mixture-of-experts models are not supported yet"},
      {"jetmoe", "mixture-of-experts models are not supported yet"},
      {"gpt_oss", "mixture-of-experts models are not supported yet"},
      {"llama4", "mixture-of-experts models are not supported yet"},
      {"llama4_text", "mixture-of-experts models are not supported yet"},
  };
  for (const auto& [type, reason] : kRejected) {
    if (model_type == type) return reason;
  }
  return nullptr;
}

const MultimodalWrapper* FindWrapper(const std::string& model_type) {
  // Hub Gemma3 checkpoints store the text tower as language_model.model.*.
  static const std::vector<MultimodalWrapper> kWrappers = {
      {"gemma3",
       "gemma3_text",
       "language_model.model.",
       "language_model.lm_head.weight",
       {"vision_tower.", "multi_modal_projector."}},
  };
  for (const auto& w : kWrappers) {
    if (model_type == w.model_type) return &w;
  }
  return nullptr;
}

void ApplyWrapperNames(const MultimodalWrapper& wrapper, ModelConfig& m) {
  auto rebase = [&](std::string& name) {
    if (name.rfind("model.", 0) == 0) name = wrapper.model_prefix + name.substr(6);
  };
  WeightNames& n = m.names;
  for (std::string* name : {&n.embed, &n.final_norm, &n.final_norm_bias, &n.layer_prefix}) {
    rebase(*name);
  }
  n.lm_head = wrapper.lm_head;
  m.ignored_tensor_prefixes.insert(m.ignored_tensor_prefixes.end(),
                                   wrapper.ignored_prefixes.begin(),
                                   wrapper.ignored_prefixes.end());
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
  for (const char* wrapper : {"gemma3"}) {
    if (FindWrapper(wrapper) != nullptr) out.push_back(wrapper);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace hf2hlo
