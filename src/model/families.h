// The family registry: one entry per HF model_type. Internal to src/model.
#pragma once

#include <string>
#include <vector>

#include "model/config_reader.h"
#include "model/model.h"

namespace hf2hlo {

// HF config-class defaults and the family's own switch reader. Generic fields
// (dimensions, rope, eps, activation, tie) are read by the shared parser using
// these keys and defaults; `read_switches` then sets everything else.
struct FamilyEntry {
  const char* model_type;
  const char* display_name;
  double default_norm_eps;
  int64_t default_max_position_embeddings;
  bool default_tie_word_embeddings;
  Status (*read_switches)(const ConfigReader& config, ModelConfig& model);
  const char* norm_eps_key = "rms_norm_eps";
  const char* activation_key = "hidden_act";
  const char* default_activation = "silu";
  const char* num_layers_key = "num_hidden_layers";
  double default_rope_theta = 10000.0;
  int64_t default_head_dim = 0;               // 0: hidden / heads
  bool reads_head_dim = true;                 // false: head_dim is always hidden / heads
  int64_t default_intermediate_multiple = 0;  // >0: intermediate_size may be absent (k * hidden)
};

// The entry for `model_type`, or nullptr.
const FamilyEntry* FindFamily(const std::string& model_type);
const std::vector<FamilyEntry>& AllFamilies();

// model_types rejected with a reason (MLA, mixture of experts, ...), or
// nullptr when the type is simply unknown.
const char* RejectionReason(const std::string& model_type);

// A multimodal model_type whose text tower is a supported family (Gemma3's
// "gemma3" wraps "gemma3_text" in text_config). Its text weights sit under
// `prefix`; the other towers are ignored.
struct MultimodalWrapper {
  const char* model_type;
  const char* text_model_type;
  const char* model_prefix;  // replaces "model." of the text tower's names
  const char* lm_head;       // the wrapper's head tensor
  std::vector<std::string> ignored_prefixes;
};
const MultimodalWrapper* FindWrapper(const std::string& model_type);
// Rewrites m.names for the wrapper's checkpoint layout.
void ApplyWrapperNames(const MultimodalWrapper& wrapper, ModelConfig& m);

// The Llama checkpoint naming scheme (model.layers.{i}.self_attn.q_proj...).
WeightNames LlamaWeightNames();

}  // namespace hf2hlo
