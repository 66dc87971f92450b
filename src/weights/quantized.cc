// MLX affine-quantized checkpoints: packed u32 weights with per-group scales
// and biases, validated against each other and dequantized on load.
#include <cstring>

#include "weights/weights.h"

namespace hf2hlo {
namespace {

std::string Dims(const std::vector<int64_t>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
  return out + "]";
}

int64_t ElementBytes(const std::string& dtype) { return dtype == "F32" ? 4 : 2; }

float Widen(const std::string& dtype, const uint8_t* p, int64_t i) {
  if (dtype == "F32") {
    float f;
    std::memcpy(&f, p + 4 * i, 4);
    return f;
  }
  uint16_t h;
  std::memcpy(&h, p + 2 * i, 2);
  return dtype == "BF16" ? BF16ToF32(h) : F16ToF32(h);
}

}  // namespace

Result<std::map<std::string, TensorInfo>> ApplyQuantization(
    std::map<std::string, TensorInfo> tensors, const ModelConfig& config) {
  if (config.quant_bits == 0) return tensors;
  const int64_t bits = config.quant_bits, group = config.quant_group_size;
  const int64_t per_word = 32 / bits;
  std::vector<std::string> packed_names;
  for (const auto& [name, t] : tensors) {
    if (t.dtype == "U32") packed_names.push_back(name);
  }
  for (const std::string& name : packed_names) {
    const TensorInfo packed = tensors.at(name);
    const std::string base = name.size() > 7 && name.compare(name.size() - 7, 7, ".weight") == 0
                                 ? name.substr(0, name.size() - 7)
                                 : name;
    auto fail = [&](const std::string& what) {
      return Error(packed.file, ": quantized tensor '", name, "': ", what);
    };
    auto scales_it = tensors.find(base + ".scales");
    auto biases_it = tensors.find(base + ".biases");
    if (scales_it == tensors.end() || biases_it == tensors.end()) {
      return fail(StrCat("U32 weight without '", base, ".scales' and '", base, ".biases'"));
    }
    const TensorInfo scales = scales_it->second, biases = biases_it->second;
    if (packed.shape.size() != 2)
      return fail(StrCat("packed shape ", Dims(packed.shape), " is not 2-D"));
    const int64_t out = packed.shape[0], in = packed.shape[1] * per_word;
    if (in % group != 0) {
      return fail(StrCat(in, " columns are not a multiple of group_size ", group));
    }
    const std::vector<int64_t> want = {out, in / group};
    if (scales.shape != want || biases.shape != want) {
      return fail(StrCat("scales ", Dims(scales.shape), " and biases ", Dims(biases.shape),
                         " must both be ", Dims(want), " for ", bits, "-bit groups of ", group));
    }
    if (scales.dtype != biases.dtype ||
        (scales.dtype != "F32" && scales.dtype != "BF16" && scales.dtype != "F16")) {
      return fail(StrCat("scales (", scales.dtype, ") and biases (", biases.dtype,
                         ") must share a dtype of F32, BF16 or F16"));
    }
    auto affine = std::make_shared<TensorInfo::Affine>();
    affine->packed = packed;
    affine->scales = scales;
    affine->biases = biases;
    affine->bits = bits;
    affine->group_size = group;
    TensorInfo logical;
    logical.file = packed.file;
    logical.dtype = scales.dtype;
    logical.shape = {out, in};
    logical.data_begin = 0;
    logical.data_end = out * in * ElementBytes(scales.dtype);
    logical.affine = std::move(affine);
    tensors.erase(base + ".scales");
    tensors.erase(base + ".biases");
    tensors[name] = std::move(logical);
  }
  return tensors;
}

void DequantizeAffine(const TensorInfo& info, const void* packed, const void* scales,
                      const void* biases, void* out) {
  CHECK(info.affine != nullptr, "DequantizeAffine on a plain tensor");
  const TensorInfo::Affine& a = *info.affine;
  const int64_t rows = info.shape[0], cols = info.shape[1];
  const int64_t bits = a.bits, per_word = 32 / bits, words = cols / per_word;
  const uint32_t mask = (1u << bits) - 1;
  const auto* q = static_cast<const uint8_t*>(packed);
  const auto* s = static_cast<const uint8_t*>(scales);
  const auto* b = static_cast<const uint8_t*>(biases);
  const int64_t groups = cols / a.group_size;
  auto* o = static_cast<uint8_t*>(out);
  for (int64_t r = 0; r < rows; ++r) {
    for (int64_t c = 0; c < cols; ++c) {
      uint32_t word;
      std::memcpy(&word, q + 4 * (r * words + c / per_word), 4);
      const auto level = static_cast<float>((word >> ((c % per_word) * bits)) & mask);
      const int64_t g = r * groups + c / a.group_size;
      const float w = Widen(info.dtype, s, g) * level + Widen(info.dtype, b, g);
      const int64_t i = r * cols + c;
      if (info.dtype == "F32") {
        std::memcpy(o + 4 * i, &w, 4);
      } else {
        const uint16_t h = info.dtype == "BF16" ? F32ToBF16(w) : F32ToF16(w);
        std::memcpy(o + 2 * i, &h, 2);
      }
    }
  }
}

}  // namespace hf2hlo
