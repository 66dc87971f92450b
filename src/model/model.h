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

enum class Activation { kSilu };

// Where each weight lives in the checkpoint; one scheme per naming convention.
struct WeightNames {
  std::string embed, final_norm, lm_head;
  std::string layer_prefix;  // "{i}" is replaced by the layer index
  std::string input_norm, post_attn_norm;
  std::string q, k, v, o, q_bias, k_bias, v_bias, o_bias;
  std::string gate, up, down, gate_bias, up_bias, down_bias;
};

// Everything the emitter needs to know about a model, with HF defaults
// already applied. Dimensions follow DESIGN.md notation.
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
  RopeParams rope;          // full-attention layers
  RopeParams rope_sliding;  // sliding layers (equal to `rope` unless the config says otherwise)
  bool qkv_bias = false;
  bool o_bias = false;
  bool mlp_bias = false;
  bool tie_word_embeddings = false;
  std::optional<int64_t> sliding_window;  // W, set iff some layer slides
  std::vector<bool> layer_sliding;        // [L]
  // Storage dtype of weights when the folder holds no safetensors (config
  // torch_dtype / dtype, default f32).
  DType default_weight_dtype = DType::kF32;
  WeightNames names;

  bool IsSliding(int64_t layer) const { return layer_sliding[static_cast<size_t>(layer)]; }
  const RopeParams& RopeFor(int64_t layer) const { return IsSliding(layer) ? rope_sliding : rope; }
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
  kLmHead,
  kInputNorm,
  kPostAttnNorm,
  kQ,
  kK,
  kV,
  kO,
  kQBias,
  kKBias,
  kVBias,
  kOBias,
  kGate,
  kUp,
  kDown,
  kGateBias,
  kUpBias,
  kDownBias,
};

struct WeightSpec {
  std::string name;  // checkpoint tensor name, e.g. "model.layers.3.self_attn.q_proj.weight"
  WeightRole role;
  int64_t layer = -1;  // -1 for model-level weights
  std::vector<int64_t> shape;
  DType dtype = DType::kF32;
};

// Weight specs in argument order: model-level weights (embed, final norm,
// [lm_head]) then each layer's. Dtypes are `default_weight_dtype`.
std::vector<WeightSpec> WeightSpecs(const ModelConfig& config);

// Total parameter count (a tied head counts once).
int64_t ParameterCount(const std::vector<WeightSpec>& specs);
// Bytes of the weights in their dtypes.
int64_t WeightBytes(const std::vector<WeightSpec>& specs);
// Bytes of the f32 K and V caches for `batch` slots of `context` positions.
int64_t KvCacheBytes(const ModelConfig& config, int64_t batch, int64_t context);
// One line per active switch, e.g. "qkv_bias", "sliding_window=4096 (layers 2,3)".
std::vector<std::string> ActiveSwitches(const ModelConfig& config);

}  // namespace hf2hlo
