// hf2hlo weights: safetensors checkpoints (one file, or shards through
// model.safetensors.index.json), validated against the weight specs.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
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

// ---- GGUF (llama.cpp's container, versions 2 and 3, little-endian) ----

// A metadata value's type as stored in the file.
enum class GgufType : uint32_t {
  kU8 = 0, kI8 = 1, kU16 = 2, kI16 = 3, kU32 = 4, kI32 = 5, kF32 = 6, kBool = 7,
  kString = 8, kArray = 9, kU64 = 10, kI64 = 11, kF64 = 12,
};
// "u8", "i32", "string", ...; "?" for a value outside the enum.
const char* GgufTypeName(GgufType type);

// One metadata value. Integers are widened to int64_t (signed types) or
// uint64_t (unsigned), floats to double. An array holds scalars of one type
// (`elem_type`), widened the same way; arrays of arrays are rejected.
struct GgufValue {
  GgufType type = GgufType::kU8;
  GgufType elem_type = GgufType::kU8;  // kArray only
  std::variant<int64_t, uint64_t, double, bool, std::string, std::vector<int64_t>,
               std::vector<uint64_t>, std::vector<double>, std::vector<bool>,
               std::vector<std::string>>
      value;
  // The value if it is an integer scalar of any width that fits int64_t.
  std::optional<int64_t> AsInt() const;
  // Pointer to the alternative T (e.g. std::string, std::vector<std::string>),
  // or nullptr when the value holds another.
  template <typename T>
  const T* Get() const {
    return std::get_if<T>(&value);
  }
};

// One tensor info of a GGUF file, validated: known ggml type, ne[0] a
// multiple of the type's block size, data aligned, in bounds of the file and
// not overlapping another tensor.
struct GgufTensorInfo {
  std::string name;
  std::vector<int64_t> dims;  // GGUF order: ne[0] (innermost, fastest-varying) first
  uint32_t type = 0;          // ggml type number
  std::string type_name;      // "F32", "Q8_0", ...
  int64_t offset = 0;         // absolute byte offset in the file
  int64_t bytes = 0;
};

struct GgufFile {
  std::string path;
  uint32_t version = 0;
  int64_t alignment = 32;    // general.alignment, a power of two
  int64_t data_offset = 0;   // start of the data section, a multiple of `alignment`
  std::vector<std::pair<std::string, GgufValue>> metadata;  // file order, unique keys
  std::vector<GgufTensorInfo> tensors;                      // file order, unique names
  // The value of `key`, or nullptr.
  const GgufValue* Find(std::string_view key) const;
};

// Parses and validates a whole GGUF file held in `bytes` (header, metadata,
// tensor infos; tensor data is not read). Every count and length is checked
// against the remaining bytes and fixed limits before anything is allocated.
// Errors read "PATH: GGUF <field, key or tensor>: what", with byte offsets.
Result<GgufFile> ParseGguf(std::string_view bytes, const std::string& path);

// ParseGguf on the file at `path`, mapped read-only; only the header pages
// are touched.
Result<GgufFile> ReadGgufHeader(const std::string& path);

// The model config of a GGUF file's metadata (architecture "llama" so far),
// validated by ParseConfig as a config.json is. Its RoPE layout is
// interleaved: llama.cpp stores q and k rows permuted to match. Errors name
// the file and the GGUF key.
Result<ModelConfig> GgufModelConfig(const GgufFile& file);

}  // namespace hf2hlo
