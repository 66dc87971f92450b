// hf2hlo model: HF config.json -> ModelConfig, the family registry keyed by
// model_type, and the weight specs, which are the single authority for weight
// names, shapes, dtypes and argument order.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"

namespace hf2hlo {

enum class DType { kF32, kBF16, kF16, kI32, kI1 };
// "f32", "bf16", "f16", "i32", "i1" (StableHLO element type spelling).
const char* DTypeName(DType dtype);
int64_t DTypeBytes(DType dtype);

enum class RopeType { kDefault, kLinear, kDynamic, kLlama3 };
const char* RopeTypeName(RopeType type);

// RoPE parameters of one layer kind, as HF's ROPE_INIT_FUNCTIONS read them.
struct RopeParams {
  RopeType type = RopeType::kDefault;
  double theta = 10000.0;
  double factor = 1.0;                           // linear, dynamic, llama3
  double low_freq_factor = 1.0;                  // llama3
  double high_freq_factor = 4.0;                 // llama3
  int64_t original_max_position_embeddings = 0;  // llama3
  bool operator==(const RopeParams&) const = default;
};

// Activation of the MLP (docs/layer-math.md, "Activations"). kGeluExact is erf GELU.
enum class Activation { kSilu, kGeluExact, kGeluTanh };
const char* ActivationName(Activation activation);

// Normalisation (docs/layer-math.md, "Norms"), applied over the last axis in f32.
enum class NormKind {
  kRms,         // w * (x * rsqrt(mean(x^2) + eps))
  kRmsOnePlus,  // (x * rsqrt(mean(x^2) + eps)) * (1 + w)   (Gemma)
  kLayerNorm,   // (x - mean) * rsqrt(var + eps) * w (+ b when norm_bias)
};

// Where the norms sit in a decoder layer.
enum class BlockKind {
  kPreNorm,   // h = x + attn(n_in(x));            y = h + mlp(n_post_attn(h))
  kPostNorm,  // h = x + n_post_attn(attn(x));     y = h + n_post_ffw(mlp(h))   (OLMo2)
  kSandwich,  // h = x + n_post_attn(attn(n_in(x))); y = h + n_post_ffw(mlp(n_pre_ffw(h)))
  kParallel,  // y = x + attn(n_in(x)) + mlp(n_in(x))   (Cohere, StableLM parallel)
};

// q/k normalisation before RoPE.
enum class QkNormKind {
  kNone,
  kPerHead,         // over head_dim of each head, one [D] weight shared by all heads
  kFullProjection,  // over the whole [Hq*D] / [Hkv*D] projection (OLMo2)
};

// Pairing of rotated dimensions: (i, i + rot/2) or (2i, 2i + 1) (Cohere).
enum class RopeLayout { kHalf, kInterleaved };

enum class MlpKind {
  kGated,  // down(act(gate(x)) * up(x))
  kDense,  // down(act(up(x)))   (StarCoder2 c_fc / c_proj)
};

// Where each weight lives in the checkpoint; one scheme per naming convention.
// An empty name means the family has no such tensor. A fused tensor (qkv,
// gate_up) is read through row views.
struct WeightNames {
  std::string embed, final_norm, final_norm_bias, lm_head;
  std::string layer_prefix;  // "{i}" is replaced by the layer index
  std::string input_norm, input_norm_bias, post_attn_norm, post_attn_norm_bias;
  std::string pre_ffw_norm, post_ffw_norm;
  std::string q, k, v, o, q_bias, k_bias, v_bias, o_bias;
  std::string qkv;  // fused [q; k; v] rows (Phi3), used when fused_qkv
  std::string q_norm, k_norm;
  std::string gate, up, down, gate_bias, up_bias, down_bias;
  std::string gate_up;  // fused [gate; up] rows (Phi3), used when fused_gate_up
};

// Everything the emitter needs to know about a model, with HF defaults
// already applied. Dimensions follow docs/programs.md, "Notation". Each switch has an
// "off" value that emits nothing.
struct ModelConfig {
  std::string model_type;    // config.json model_type
  std::string family;        // display name of the registry entry
  int64_t hidden = 0;        // H
  int64_t intermediate = 0;  // I
  int64_t num_layers = 0;    // L
  int64_t num_heads = 0;     // Hq
  int64_t num_kv_heads = 0;  // Hkv
  int64_t head_dim = 0;      // D
  int64_t vocab = 0;         // V
  int64_t max_position_embeddings = 0;
  double norm_eps = 1e-6;
  Activation activation = Activation::kSilu;
  NormKind norm = NormKind::kRms;
  bool norm_bias = false;  // LayerNorm with bias
  BlockKind block = BlockKind::kPreNorm;
  QkNormKind qk_norm = QkNormKind::kNone;
  MlpKind mlp = MlpKind::kGated;
  bool fused_qkv = false, fused_gate_up = false;
  RopeParams rope;          // full-attention layers
  RopeParams rope_sliding;  // sliding layers (equal to `rope` unless the config says otherwise)
  RopeLayout rope_layout = RopeLayout::kHalf;
  int64_t rotary_dim = 0;  // leading dims of each head that rotate (partial rotary); D when full
  bool qkv_bias = false;
  bool o_bias = false;
  bool mlp_bias = false;
  bool tie_word_embeddings = false;
  std::optional<int64_t> sliding_window;  // W, set iff some layer slides
  std::vector<bool> layer_sliding;        // [L]
  std::vector<bool> layer_rope;           // [L]; false: a NoPE layer
  // Scalars, applied as f32 constants in HF's order (docs/layer-math.md, "Scalars and multipliers"); unset = off.
  double attention_scale = 0;             // multiplies QK^T; D^-0.5 unless the family says
  std::optional<double> embedding_scale;  // h0 = embed * s
  std::optional<double> residual_scale;   // h = x + branch * s
  std::optional<double> attn_softcap;     // scores = tanh(scores / c) * c
  std::optional<double> final_softcap;    // logits = tanh(logits / c) * c
  std::optional<double> hidden_divisor;   // h_final / d before the head (MiniCPM)
  std::optional<double> logit_scale;      // logits * s (Cohere)
  std::optional<double> logits_divisor;   // logits / d after the head (Granite)
  // Checkpoint tensors the family ignores (e.g. MiMo's "model.mtp_layers.").
  std::vector<std::string> ignored_tensor_prefixes;
  // Config keys present but without effect in HF, which hf2hlo validates and
  // ignores likewise, each as "key=value (why)" (e.g. Gemma3's
  // attn_logit_softcapping); `inspect` lists them.
  std::vector<std::string> ignored_keys;
  // MLX affine quantization of the checkpoint (config.json "quantization"):
  // packed u32 weights with per-group .scales/.biases, dequantized on load.
  // 0 when the checkpoint is not quantized.
  int64_t quant_bits = 0, quant_group_size = 0;
  // Storage dtype of weights when the folder holds no safetensors (config
  // torch_dtype / dtype, default f32).
  DType default_weight_dtype = DType::kF32;
  WeightNames names;

  bool IsSliding(int64_t layer) const { return layer_sliding[static_cast<size_t>(layer)]; }
  bool HasRope(int64_t layer) const { return layer_rope[static_cast<size_t>(layer)]; }
};

// Parses config.json text. `path` is only used in error messages.
Result<ModelConfig> ParseConfig(const std::string& json_text, const std::string& path);
// Reads MODEL_DIR/config.json.
Result<ModelConfig> LoadConfig(const std::string& model_dir);
// The model_type values the registry accepts, sorted.
std::vector<std::string> SupportedModelTypes();

// The role a weight plays in the layer core.
enum class WeightRole {
  kEmbed,
  kFinalNorm,
  kFinalNormBias,
  kLmHead,
  kInputNorm,
  kInputNormBias,
  kPostAttnNorm,
  kPostAttnNormBias,
  kPreFfwNorm,
  kPostFfwNorm,
  kQ,
  kK,
  kV,
  kO,
  kQBias,
  kKBias,
  kVBias,
  kOBias,
  kQNorm,
  kKNorm,
  kGate,
  kUp,
  kDown,
  kGateBias,
  kUpBias,
  kDownBias,
};

struct WeightSpec {
  // Argument name: the checkpoint tensor name, e.g.
  // "model.layers.3.self_attn.q_proj.weight", or for a row view of a fused
  // tensor that name with its rows, "...qkv_proj.weight[0:2048]".
  std::string name;
  WeightRole role;
  int64_t layer = -1;  // -1 for model-level weights
  std::vector<int64_t> shape;
  DType dtype = DType::kF32;
  std::string tensor;                 // the stored tensor (== name unless a row view)
  std::vector<int64_t> tensor_shape;  // its shape
  int64_t row_begin = 0;              // first stored row of the view
};

// Weight specs in argument order: model-level weights (embed, final norm,
// [lm_head]) then each layer's. Dtypes are `default_weight_dtype`.
std::vector<WeightSpec> WeightSpecs(const ModelConfig& config);

// Total parameter count (a tied head counts once).
int64_t ParameterCount(const std::vector<WeightSpec>& specs);
// Bytes of the weights in their dtypes.
int64_t WeightBytes(const std::vector<WeightSpec>& specs);
// Bytes of the f32 K and V caches for `batch` slots of `context` positions.
int64_t KvCacheBytes(const ModelConfig& config, int64_t batch, int64_t context,
                     DType element = DType::kF32);
// One line per active switch, e.g. "qkv_bias", "sliding_window=4096 (layers 2,3)".
std::vector<std::string> ActiveSwitches(const ModelConfig& config);

}  // namespace hf2hlo
