// The family registry: one entry per HF model_type. Internal to src/model.
#pragma once

#include <string>
#include <vector>

#include "model/config_reader.h"
#include "model/model.h"

namespace hf2hlo {

// HF config-class defaults and the family's own switch reader. Generic fields
// (dimensions, rope, eps, tie) are read by the shared parser using these
// defaults; `read_switches` sets biases and sliding layers.
struct FamilyEntry {
  const char* model_type;
  const char* display_name;
  double default_norm_eps;
  int64_t default_max_position_embeddings;
  bool default_tie_word_embeddings;
  Status (*read_switches)(const ConfigReader& config, ModelConfig& model);
};

// The entry for `model_type`, or nullptr.
const FamilyEntry* FindFamily(const std::string& model_type);
const std::vector<FamilyEntry>& AllFamilies();

// The Llama checkpoint naming scheme (model.layers.{i}.self_attn.q_proj...).
WeightNames LlamaWeightNames();

}  // namespace hf2hlo
