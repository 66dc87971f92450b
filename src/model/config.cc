// config.json -> ModelConfig: the generic fields every family shares, RoPE
// (legacy rope_theta/rope_scaling and v5 rope_parameters layouts), then the
// family's own switches from the registry.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

#include "model/config_reader.h"
#include "model/json_file.h"
#include "model/families.h"
#include "model/model.h"

namespace hf2hlo {
namespace {

constexpr const char* kSupportedRopeTypes = "default, linear, dynamic, llama3";

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Parses one RoPE parameter object (legacy rope_scaling, or v5
// rope_parameters, possibly per layer type). `theta` is the fallback base.
Result<RopeParams> ParseRopeObject(const ConfigReader& r, double theta) {
  RopeParams p;
  ASSIGN_OR_RETURN(p.theta, r.NumberOr("rope_theta", theta));
  std::string type_key = r.Has("rope_type") ? "rope_type" : "type";
  ASSIGN_OR_RETURN(std::string type, r.StringOr(type_key, "default"));
  if (type == "default") {
    p.type = RopeType::kDefault;
  } else if (type == "linear") {
    p.type = RopeType::kLinear;
  } else if (type == "dynamic") {
    p.type = RopeType::kDynamic;
  } else if (type == "llama3") {
    p.type = RopeType::kLlama3;
  } else {
    return r.KeyError(type_key, StrCat("rope type \"", type,
                                       "\" is not supported; supported: ", kSupportedRopeTypes));
  }
  if (p.type != RopeType::kDefault) {
    ASSIGN_OR_RETURN(p.factor, r.Number("factor"));
    if (!(p.factor >= 1.0)) return r.KeyError("factor", StrCat("must be >= 1, got ", p.factor));
  }
  if (p.type == RopeType::kLlama3) {
    ASSIGN_OR_RETURN(p.low_freq_factor, r.Number("low_freq_factor"));
    ASSIGN_OR_RETURN(p.high_freq_factor, r.Number("high_freq_factor"));
    ASSIGN_OR_RETURN(p.original_max_position_embeddings, r.Int("original_max_position_embeddings"));
    if (!(p.high_freq_factor > p.low_freq_factor)) {
      return r.KeyError("high_freq_factor", "must be greater than low_freq_factor");
    }
    if (p.original_max_position_embeddings <= 0) {
      return r.KeyError("original_max_position_embeddings", "must be positive");
    }
  }
  if (!(p.theta > 0)) return r.KeyError("rope_theta", StrCat("must be positive, got ", p.theta));
  return p;
}

// Sets model.rope and model.rope_sliding from either layout.
Status ParseRope(const ConfigReader& c, double default_theta, ModelConfig& m) {
  ASSIGN_OR_RETURN(double theta, c.NumberOr("rope_theta", default_theta));
  if (!(theta > 0)) return c.KeyError("rope_theta", StrCat("must be positive, got ", theta));
  ASSIGN_OR_RETURN(std::optional<ConfigReader> params, c.Object("rope_parameters"));
  if (params && (params->Has("full_attention") || params->Has("sliding_attention"))) {
    ASSIGN_OR_RETURN(auto full, params->Object("full_attention"));
    ASSIGN_OR_RETURN(auto sliding, params->Object("sliding_attention"));
    if (!full) return params->KeyError("full_attention", "required with per-layer-type rope");
    ASSIGN_OR_RETURN(m.rope, ParseRopeObject(*full, theta));
    if (sliding) {
      ASSIGN_OR_RETURN(m.rope_sliding, ParseRopeObject(*sliding, theta));
    } else {
      m.rope_sliding = m.rope;
    }
    return OkStatus();
  }
  if (params) {
    ASSIGN_OR_RETURN(m.rope, ParseRopeObject(*params, theta));
  } else {
    ASSIGN_OR_RETURN(std::optional<ConfigReader> scaling, c.Object("rope_scaling"));
    if (scaling) {
      ASSIGN_OR_RETURN(m.rope, ParseRopeObject(*scaling, theta));
      m.rope.theta = theta;  // legacy rope_scaling carries no theta of its own
    } else {
      m.rope.theta = theta;
    }
  }
  m.rope_sliding = m.rope;
  return OkStatus();
}

Result<DType> ParseStorageDType(const ConfigReader& c) {
  std::string key = c.Has("torch_dtype") ? "torch_dtype" : "dtype";
  ASSIGN_OR_RETURN(std::string name, c.StringOr(key, "float32"));
  if (name == "float32") return DType::kF32;
  if (name == "bfloat16") return DType::kBF16;
  if (name == "float16") return DType::kF16;
  return c.KeyError(
      key, StrCat("\"", name, "\" is not supported; supported: float32, bfloat16, float16"));
}

Status Positive(const ConfigReader& c, const std::string& key, int64_t value) {
  if (value <= 0) return c.KeyError(key, StrCat("must be positive, got ", value));
  return OkStatus();
}

Result<Activation> ParseActivation(const ConfigReader& c, const FamilyEntry& family) {
  ASSIGN_OR_RETURN(std::string act, c.StringOr(family.activation_key, family.default_activation));
  if (act == "silu") return Activation::kSilu;
  if (act == "gelu") return Activation::kGeluExact;
  if (act == "gelu_pytorch_tanh") return Activation::kGeluTanh;
  return c.KeyError(family.activation_key,
                    StrCat("\"", act, "\" is not supported for ", family.display_name,
                           "; supported: silu, gelu, gelu_pytorch_tanh"));
}

Status ParseGeneric(const ConfigReader& c, const FamilyEntry& family, ModelConfig& m) {
  ASSIGN_OR_RETURN(m.hidden, c.Int("hidden_size"));
  RETURN_IF_ERROR(Positive(c, "hidden_size", m.hidden));
  if (family.default_intermediate_multiple > 0) {
    ASSIGN_OR_RETURN(m.intermediate,
                     c.IntOr("intermediate_size", family.default_intermediate_multiple * m.hidden));
  } else {
    ASSIGN_OR_RETURN(m.intermediate, c.Int("intermediate_size"));
  }
  ASSIGN_OR_RETURN(m.num_layers, c.Int(family.num_layers_key));
  ASSIGN_OR_RETURN(m.num_heads, c.Int("num_attention_heads"));
  ASSIGN_OR_RETURN(m.vocab, c.Int("vocab_size"));
  RETURN_IF_ERROR(Positive(c, "intermediate_size", m.intermediate));
  RETURN_IF_ERROR(Positive(c, family.num_layers_key, m.num_layers));
  RETURN_IF_ERROR(Positive(c, "num_attention_heads", m.num_heads));
  RETURN_IF_ERROR(Positive(c, "vocab_size", m.vocab));
  ASSIGN_OR_RETURN(m.num_kv_heads, c.IntOr("num_key_value_heads", m.num_heads));
  RETURN_IF_ERROR(Positive(c, "num_key_value_heads", m.num_kv_heads));
  if (m.num_heads % m.num_kv_heads != 0) {
    return c.KeyError(
        "num_key_value_heads",
        StrCat(m.num_kv_heads, " does not divide num_attention_heads = ", m.num_heads));
  }
  if (family.reads_head_dim && c.Has("head_dim")) {
    ASSIGN_OR_RETURN(m.head_dim, c.Int("head_dim"));
  } else if (family.reads_head_dim && family.default_head_dim > 0) {
    m.head_dim = family.default_head_dim;
  } else {
    if (m.hidden % m.num_heads != 0) {
      return c.KeyError("head_dim",
                        StrCat("missing, and hidden_size = ", m.hidden,
                               " is not divisible by num_attention_heads = ", m.num_heads));
    }
    m.head_dim = m.hidden / m.num_heads;
  }
  RETURN_IF_ERROR(Positive(c, "head_dim", m.head_dim));
  if (m.head_dim % 2 != 0)
    return c.KeyError("head_dim", StrCat("must be even for RoPE, got ", m.head_dim));
  m.rotary_dim = m.head_dim;
  m.attention_scale = std::pow(static_cast<double>(m.head_dim), -0.5);
  ASSIGN_OR_RETURN(m.max_position_embeddings,
                   c.IntOr("max_position_embeddings", family.default_max_position_embeddings));
  RETURN_IF_ERROR(Positive(c, "max_position_embeddings", m.max_position_embeddings));
  ASSIGN_OR_RETURN(m.norm_eps, c.NumberOr(family.norm_eps_key, family.default_norm_eps));
  if (!(m.norm_eps > 0)) return c.KeyError(family.norm_eps_key, "must be positive");
  ASSIGN_OR_RETURN(m.tie_word_embeddings,
                   c.BoolOr("tie_word_embeddings", family.default_tie_word_embeddings));
  ASSIGN_OR_RETURN(m.activation, ParseActivation(c, family));
  ASSIGN_OR_RETURN(m.default_weight_dtype, ParseStorageDType(c));
  return ParseRope(c, family.default_rope_theta, m);
}

}  // namespace

// MLX affine quantization ({"bits": 4|8, "group_size": 32|64|128}) under
// "quantization" or "quantization_config"; other methods are rejected.
Status ParseQuantization(const ConfigReader& c, ModelConfig& m) {
  for (const char* key : {"quantization", "quantization_config"}) {
    ASSIGN_OR_RETURN(std::optional<ConfigReader> q, c.Object(key));
    if (!q) continue;
    if (q->Has("quant_method") && !q->Has("bits")) {
      ASSIGN_OR_RETURN(std::string method, q->StringOr("quant_method", ""));
      return q->KeyError("quant_method", StrCat("\"", method,
                                                "\" is not supported; supported: MLX affine "
                                                "quantization {bits: 4|8, group_size: 32|64|128}"));
    }
    ASSIGN_OR_RETURN(m.quant_bits, q->Int("bits"));
    ASSIGN_OR_RETURN(m.quant_group_size, q->Int("group_size"));
    if (m.quant_bits != 4 && m.quant_bits != 8) {
      return q->KeyError("bits", StrCat(m.quant_bits, " is not supported; supported: 4, 8"));
    }
    if (m.quant_group_size != 32 && m.quant_group_size != 64 && m.quant_group_size != 128) {
      return q->KeyError("group_size",
                         StrCat(m.quant_group_size, " is not supported; supported: 32, 64, 128"));
    }
    ASSIGN_OR_RETURN(std::string mode, q->StringOr("mode", "affine"));
    if (mode != "affine") {
      return q->KeyError("mode", StrCat("\"", mode, "\" is not supported; supported: affine"));
    }
    return OkStatus();
  }
  return OkStatus();
}

Result<ModelConfig> ParseConfig(const std::string& json_text, const std::string& path) {
  ASSIGN_OR_RETURN(const nlohmann::json j, ParseJsonObject(json_text, path));
  ConfigReader top(j, path);
  if (!top.Has("model_type")) return top.KeyError("model_type", "required key is missing");
  ASSIGN_OR_RETURN(std::string model_type, top.StringOr("model_type", ""));
  // A multimodal wrapper whose text tower is a supported family: parse its
  // text_config and read the tower's weights under the wrapper's names.
  const MultimodalWrapper* wrapper = FindWrapper(model_type);
  ASSIGN_OR_RETURN(const std::optional<ConfigReader> text,
                   wrapper ? top.Object("text_config") : std::optional<ConfigReader>());
  if (wrapper != nullptr) {
    if (!text) return top.KeyError("text_config", "required for model_type \"" + model_type + "\"");
    model_type = wrapper->text_model_type;
  }
  const ConfigReader& c = text ? *text : top;
  const FamilyEntry* family = FindFamily(model_type);
  if (family == nullptr) {
    if (const char* reason = RejectionReason(model_type)) {
      return c.KeyError("model_type", StrCat("\"", model_type, "\": ", reason,
                                             "; supported: ", JoinList(SupportedModelTypes())));
    }
    return c.KeyError("model_type", StrCat("\"", model_type, "\" is not supported; supported: ",
                                           JoinList(SupportedModelTypes())));
  }
  ModelConfig m;
  m.model_type = model_type;
  m.family = family->display_name;
  m.names = LlamaWeightNames();
  RETURN_IF_ERROR(ParseGeneric(c, *family, m));
  m.layer_sliding.assign(static_cast<size_t>(m.num_layers), false);
  m.layer_rope.assign(static_cast<size_t>(m.num_layers), true);
  RETURN_IF_ERROR(family->read_switches(c, m));
  RETURN_IF_ERROR(ParseQuantization(top, m));
  if (wrapper != nullptr) {
    ASSIGN_OR_RETURN(m.tie_word_embeddings,
                     top.BoolOr("tie_word_embeddings", m.tie_word_embeddings));
    if (!c.Has("torch_dtype") && !c.Has("dtype")) {
      ASSIGN_OR_RETURN(m.default_weight_dtype, ParseStorageDType(top));
    }
    ApplyWrapperNames(*wrapper, m);
    m.family = StrCat(family->display_name, ", text tower of ", wrapper->model_type);
  }
  return m;
}

Result<ModelConfig> LoadConfig(const std::string& model_dir) {
  std::string path = JoinPath(model_dir, "config.json");
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return ParseConfig(text, path);
}

const char* DTypeName(DType dtype) {
  switch (dtype) {
    case DType::kF32:
      return "f32";
    case DType::kBF16:
      return "bf16";
    case DType::kF16:
      return "f16";
    case DType::kI32:
      return "i32";
    case DType::kI1:
      return "i1";
  }
  return "?";
}

int64_t DTypeBytes(DType dtype) {
  switch (dtype) {
    case DType::kF32:
    case DType::kI32:
      return 4;
    case DType::kBF16:
    case DType::kF16:
      return 2;
    case DType::kI1:
      return 1;
  }
  return 0;
}

const char* ActivationName(Activation activation) {
  switch (activation) {
    case Activation::kSilu:
      return "silu";
    case Activation::kGeluExact:
      return "gelu";
    case Activation::kGeluTanh:
      return "gelu_pytorch_tanh";
  }
  return "?";
}

const char* RopeTypeName(RopeType type) {
  switch (type) {
    case RopeType::kDefault:
      return "default";
    case RopeType::kLinear:
      return "linear";
    case RopeType::kDynamic:
      return "dynamic";
    case RopeType::kLlama3:
      return "llama3";
  }
  return "?";
}

}  // namespace hf2hlo
