// hf2hlo weights: safetensors checkpoints (one file, or shards through
// model.safetensors.index.json), validated against the weight specs.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "model/model.h"

namespace hf2hlo {

// One tensor entry of a safetensors header.
struct TensorInfo {
  std::string file;   // path of the safetensors file holding it
  std::string dtype;  // safetensors dtype name, e.g. "BF16"
  std::vector<int64_t> shape;
  int64_t data_begin = 0;  // byte offsets relative to the data section
  int64_t data_end = 0;
  int64_t data_section_offset = 0;  // 8 + header length
  // Set on the logical entry of an MLX affine-quantized weight: dtype and
  // shape above are those of the dequantized tensor ([out, in], the dtype of
  // its scales); the stored tensors are these three.
  struct Affine;
  std::shared_ptr<const Affine> affine;
};

struct TensorInfo::Affine {
  TensorInfo packed;  // U32 [out, in * bits / 32]
  TensorInfo scales;  // [out, in / group_size]
  TensorInfo biases;  // like scales
  int64_t bits = 0, group_size = 0;
};

// Replaces each MLX affine-quantized weight of `tensors` (a U32 "X.weight"
// with "X.scales" and "X.biases") by its logical entry, validating shapes and
// dtypes. A no-op unless config.quant_bits is set.
Result<std::map<std::string, TensorInfo>> ApplyQuantization(
    std::map<std::string, TensorInfo> tensors, const ModelConfig& config);

// Dequantizes one affine tensor: w[o, i] = scale[o, g] * q[o, i] + bias[o, g]
// with g = i / group_size, computed in f32 and rounded to nearest even into
// `info.dtype`. `packed`, `scales` and `biases` point at the stored data.
void DequantizeAffine(const TensorInfo& info, const void* packed, const void* scales,
                      const void* biases, void* out);

// Parses and validates one safetensors header (length bound, JSON, dtype
// names, shapes, offsets in bounds and not overlapping). Errors name the file
// and the tensor.
Result<std::map<std::string, TensorInfo>> ReadSafetensorsHeader(const std::string& path);

// All tensors of the checkpoint in `model_dir`: model.safetensors, or the
// shards named by model.safetensors.index.json. An empty map when the folder
// holds neither (a config-only folder).
Result<std::map<std::string, TensorInfo>> ReadCheckpointIndex(const std::string& model_dir);

// The weight specs of `config` with dtypes taken from the checkpoint. Every
// spec must exist with its exact shape and a dtype of f32, bf16 or f16;
// missing and unexpected tensors are reported by name. With no checkpoint in
// the folder, returns the specs with the config's storage dtype.
Result<std::vector<WeightSpec>> ResolveWeightSpecs(const ModelConfig& config,
                                                   const std::string& model_dir);

// A checkpoint's safetensors files mapped read-only into memory. Tensor data
// is read in place (no copy, no widening); pointers stay valid for the
// lifetime of the MappedCheckpoint.
class MappedCheckpoint {
 public:
  // With a quantized `config`, affine-quantized weights are dequantized into
  // owned memory (the only weights that are not read in place).
  static Result<std::unique_ptr<MappedCheckpoint>> Open(const std::string& model_dir,
                                                        const ModelConfig* config = nullptr);
  ~MappedCheckpoint();
  MappedCheckpoint(const MappedCheckpoint&) = delete;
  MappedCheckpoint& operator=(const MappedCheckpoint&) = delete;

  const std::map<std::string, TensorInfo>& tensors() const { return tensors_; }
  // Pointer to the bytes of `name`, aligned for its dtype; nullptr if absent.
  const void* Data(const std::string& name) const;
  // Total bytes mapped.
  int64_t mapped_bytes() const;

 private:
  MappedCheckpoint() = default;
  struct Mapping {
    void* addr = nullptr;
    size_t size = 0;
  };
  std::map<std::string, TensorInfo> tensors_;
  std::map<std::string, Mapping> files_;
  // Dequantized tensors, and tensors copied because their bytes were
  // misaligned; vector storage is aligned for every element type.
  std::map<std::string, std::vector<uint8_t>> owned_;
};

}  // namespace hf2hlo
