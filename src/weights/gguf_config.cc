// GGUF metadata -> ModelConfig: the llama.cpp keys written as the HF
// config.json they came from, then parsed and validated by ParseConfig like
// any config.json.
#include <nlohmann/json.hpp>

#include "weights/weights.h"

namespace hf2hlo {
namespace {

// The GGUF tensor type that names the model's storage dtype, or nullptr.
const char* TorchDtype(const std::string& ggml_type) {
  if (ggml_type == "BF16") return "bfloat16";
  if (ggml_type == "F16") return "float16";
  if (ggml_type == "F32") return "float32";
  return nullptr;
}

}  // namespace

Result<ModelConfig> GgufModelConfig(const GgufFile& f) {
  const GgufValue* arch_value = f.Find("general.architecture");
  const std::string* arch = arch_value ? arch_value->Get<std::string>() : nullptr;
  if (arch == nullptr) {
    return Error(f.path, ": GGUF key general.architecture: missing or not a string");
  }
  if (*arch != "llama") {
    return Error(f.path, ": GGUF key general.architecture: \"", *arch,
                 "\" is not mapped to a model config yet; supported: llama");
  }
  const std::string prefix = *arch + ".";
  auto key_error = [&](const std::string& key, const std::string& what) {
    return Error(f.path, ": GGUF key ", key, ": ", what);
  };
  // An integer key; `fallback` when absent (nullopt: required).
  auto integer = [&](const std::string& name,
                     std::optional<int64_t> fallback = std::nullopt) -> Result<int64_t> {
    const std::string key = prefix + name;
    const GgufValue* v = f.Find(key);
    if (v == nullptr) {
      if (fallback) return *fallback;
      return key_error(key, "missing");
    }
    std::optional<int64_t> n = v->AsInt();
    if (!n) return key_error(key, StrCat("expected an integer, got ", GgufTypeName(v->type)));
    return *n;
  };
  auto real = [&](const std::string& name, double fallback) -> Result<double> {
    const std::string key = prefix + name;
    const GgufValue* v = f.Find(key);
    if (v == nullptr) return fallback;
    if (const double* d = v->Get<double>()) return *d;
    if (std::optional<int64_t> n = v->AsInt()) return static_cast<double>(*n);
    return key_error(key, StrCat("expected a number, got ", GgufTypeName(v->type)));
  };
  for (const char* unmapped : {"rope.scaling.type", "expert_count"}) {
    if (f.Find(prefix + unmapped) != nullptr) {
      return key_error(prefix + unmapped, "is not mapped to a model config yet");
    }
  }

  nlohmann::json j;
  j["model_type"] = "llama";
  ASSIGN_OR_RETURN(int64_t hidden, integer("embedding_length"));
  ASSIGN_OR_RETURN(int64_t heads, integer("attention.head_count"));
  j["hidden_size"] = hidden;
  j["num_attention_heads"] = heads;
  ASSIGN_OR_RETURN(j["num_hidden_layers"], integer("block_count"));
  ASSIGN_OR_RETURN(j["intermediate_size"], integer("feed_forward_length"));
  ASSIGN_OR_RETURN(j["num_key_value_heads"], integer("attention.head_count_kv", heads));
  ASSIGN_OR_RETURN(j["max_position_embeddings"], integer("context_length"));
  ASSIGN_OR_RETURN(j["rms_norm_eps"], real("attention.layer_norm_rms_epsilon", 1e-5));
  ASSIGN_OR_RETURN(j["rope_theta"], real("rope.freq_base", 10000.0));
  if (f.Find(prefix + "attention.key_length") != nullptr) {
    ASSIGN_OR_RETURN(j["head_dim"], integer("attention.key_length"));
  }
  // The vocabulary: llama.vocab_size, else the tokenizer's token list.
  std::optional<int64_t> vocab;
  if (f.Find(prefix + "vocab_size") != nullptr) {
    ASSIGN_OR_RETURN(vocab, integer("vocab_size"));
  } else if (const GgufValue* tokens = f.Find("tokenizer.ggml.tokens")) {
    if (const auto* list = tokens->Get<std::vector<std::string>>())
      vocab = static_cast<int64_t>(list->size());
  }
  if (!vocab) return key_error(prefix + "vocab_size", "missing, and no tokenizer.ggml.tokens");
  j["vocab_size"] = *vocab;
  // No separate head tensor: the head is the embedding (tied).
  bool has_output = false;
  const GgufTensorInfo* embed = nullptr;
  for (const GgufTensorInfo& t : f.tensors) {
    has_output |= t.name == "output.weight";
    if (t.name == "token_embd.weight") embed = &t;
  }
  j["tie_word_embeddings"] = !has_output;
  if (embed != nullptr && TorchDtype(embed->type_name) != nullptr) {
    j["torch_dtype"] = TorchDtype(embed->type_name);
  }
  ASSIGN_OR_RETURN(ModelConfig config, ParseConfig(j.dump(), f.path + " (GGUF metadata)"));
  // llama.cpp's converter permutes each head's q and k rows from HF's halves
  // layout to interleaved pairs (rows j and D/2 + j become 2j and 2j + 1), so
  // the same attention comes from interleaved RoPE on the stored rows.
  config.rope_layout = RopeLayout::kInterleaved;
  return config;
}

}  // namespace hf2hlo
