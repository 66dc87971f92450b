#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "weights/weights.h"

namespace hf2hlo {
namespace {

// A hostile header must not exhaust memory; real headers are a few MB.
constexpr uint64_t kMaxHeaderBytes = 100ull << 20;

// A header is an object of tensor entries (depth 3 with a shape array);
// nesting deeper than this is rejected before parsing, since each level of
// nlohmann::json costs about 33x its bytes of heap (a 100 MB header of '['
// peaked at 7.5 GB).
constexpr int kMaxHeaderDepth = 16;

Result<int64_t> SafetensorsDTypeBytes(const std::string& name) {
  static const std::map<std::string, int64_t> kBytes = {
      {"F64", 8}, {"F32", 4}, {"F16", 2},  {"BF16", 2},    {"I64", 8},
      {"I32", 4}, {"I16", 2}, {"I8", 1},   {"U64", 8},     {"U32", 4},
      {"U16", 2}, {"U8", 1},  {"BOOL", 1}, {"F8_E4M3", 1}, {"F8_E5M2", 1}};
  auto it = kBytes.find(name);
  if (it == kBytes.end()) return Error("unknown dtype \"", name, "\"");
  return it->second;
}

}  // namespace

Result<std::map<std::string, TensorInfo>> ReadSafetensorsHeader(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(path, ": cannot open");
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Error(path, ": cannot stat");
  const uint64_t file_size = static_cast<uint64_t>(st.st_size);
  unsigned char len_bytes[8];
  if (!in.read(reinterpret_cast<char*>(len_bytes), 8)) {
    return Error(path, ": truncated: shorter than the 8-byte header length");
  }
  uint64_t header_len = 0;
  for (int i = 7; i >= 0; --i) header_len = (header_len << 8) | len_bytes[i];
  if (header_len > kMaxHeaderBytes) {
    return Error(path, ": header length ", header_len, " exceeds the limit of ", kMaxHeaderBytes);
  }
  if (8 + header_len > file_size) {
    return Error(path, ": header length ", header_len, " runs past the end of the file (",
                 file_size, " bytes)");
  }
  std::string header(header_len, '\0');
  if (!in.read(header.data(), static_cast<std::streamsize>(header_len))) {
    return Error(path, ": cannot read the header");
  }
  if (const int64_t depth = JsonNestingDepth(header); depth > kMaxHeaderDepth) {
    return Error(path, ": header nests ", depth, " levels deep; a safetensors header needs 3 (limit ",
                 kMaxHeaderDepth, ")");
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(header);
  } catch (const nlohmann::json::parse_error& e) {
    // e.g. a tensor name that is not UTF-8: nlohmann names the byte.
    return Error(path, ": header is not valid JSON (byte ", e.byte, " of the header): ", e.what());
  } catch (const nlohmann::json::exception& e) {
    // e.g. a number too large for a double (out_of_range.406).
    return Error(path, ": header is not valid JSON: ", e.what());
  }
  if (!j.is_object()) return Error(path, ": header is not a JSON object");
  const int64_t data_size = static_cast<int64_t>(file_size - 8 - header_len);
  std::map<std::string, TensorInfo> out;
  std::vector<std::pair<int64_t, int64_t>> ranges;
  for (auto& item : j.items()) {
    const std::string& name = item.key();  // not a structured binding: lambdas capture it
    auto& entry = item.value();
    if (name == "__metadata__") continue;
    auto fail = [&](const std::string& what) {
      return Error(path, ": tensor '", name, "': ", what);
    };
    if (!entry.is_object()) return fail("entry is not an object");
    TensorInfo t;
    t.file = path;
    t.data_section_offset = static_cast<int64_t>(8 + header_len);
    if (!entry.contains("dtype") || !entry["dtype"].is_string()) return fail("missing dtype");
    t.dtype = entry["dtype"].get<std::string>();
    auto bytes = SafetensorsDTypeBytes(t.dtype);
    if (!bytes.ok()) return fail(bytes.status().message());
    if (!entry.contains("shape") || !entry["shape"].is_array()) return fail("missing shape");
    int64_t numel = 1;
    for (const auto& d : entry["shape"]) {
      if (!d.is_number_integer() || d.get<int64_t>() < 0)
        return fail("shape has a non-integer or negative dim");
      int64_t dim = d.get<int64_t>();
      if (dim != 0 && numel > (int64_t{1} << 50) / dim) return fail("shape is too large");
      numel *= dim;
      t.shape.push_back(dim);
    }
    const auto& off = entry.contains("data_offsets") ? entry["data_offsets"] : nlohmann::json();
    if (!off.is_array() || off.size() != 2 || !off[0].is_number_integer() ||
        !off[1].is_number_integer()) {
      return fail("data_offsets must be [begin, end]");
    }
    t.data_begin = off[0].get<int64_t>();
    t.data_end = off[1].get<int64_t>();
    if (t.data_begin < 0 || t.data_end < t.data_begin || t.data_end > data_size) {
      return fail(StrCat("data_offsets [", t.data_begin, ", ", t.data_end,
                         "] are outside the data section of ", data_size, " bytes"));
    }
    if (t.data_end - t.data_begin != numel * *bytes) {
      return fail(StrCat("data_offsets span ", t.data_end - t.data_begin,
                         " bytes but shape and dtype need ", numel * *bytes));
    }
    ranges.emplace_back(t.data_begin, t.data_end);
    out.emplace(name, std::move(t));
  }
  std::sort(ranges.begin(), ranges.end());
  for (size_t i = 1; i < ranges.size(); ++i) {
    if (ranges[i].first < ranges[i - 1].second) {
      return Error(path, ": tensors overlap at data bytes [", ranges[i].first, ", ",
                   ranges[i - 1].second, ")");
    }
  }
  return out;
}

Result<std::map<std::string, TensorInfo>> ReadCheckpointIndex(const std::string& model_dir) {
  const std::string single = JoinPath(model_dir, "model.safetensors");
  if (FileExists(single)) return ReadSafetensorsHeader(single);
  const std::string index_path = JoinPath(model_dir, "model.safetensors.index.json");
  if (!FileExists(index_path)) return std::map<std::string, TensorInfo>();
  ASSIGN_OR_RETURN(std::string text, ReadFile(index_path));
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("weight_map") ||
      !j["weight_map"].is_object()) {
    return Error(index_path, ": expected a JSON object with a 'weight_map' object");
  }
  std::map<std::string, std::map<std::string, TensorInfo>> shards;
  std::map<std::string, TensorInfo> out;
  for (auto& [name, file] : j["weight_map"].items()) {
    if (!file.is_string()) return Error(index_path, ": weight_map['", name, "'] is not a string");
    std::string shard = file.get<std::string>();
    if (shard.find('/') != std::string::npos || shard.empty()) {
      return Error(index_path, ": weight_map['", name, "'] = \"", shard,
                   "\" is not a file name in the folder");
    }
    auto it = shards.find(shard);
    if (it == shards.end()) {
      ASSIGN_OR_RETURN(auto header, ReadSafetensorsHeader(JoinPath(model_dir, shard)));
      it = shards.emplace(shard, std::move(header)).first;
    }
    auto t = it->second.find(name);
    if (t == it->second.end()) {
      return Error(index_path, ": tensor '", name, "' is mapped to ", shard,
                   ", which does not hold it");
    }
    out.emplace(name, t->second);
  }
  return out;
}

Result<std::vector<WeightSpec>> ResolveWeightSpecs(const ModelConfig& config,
                                                   const std::string& model_dir) {
  std::vector<WeightSpec> specs = WeightSpecs(config);
  ASSIGN_OR_RETURN(auto raw, ReadCheckpointIndex(model_dir));
  ASSIGN_OR_RETURN(auto tensors, ApplyQuantization(std::move(raw), config));
  if (tensors.empty()) return specs;
  std::vector<std::string> missing;
  std::set<std::string> used;
  auto dims = [](const std::vector<int64_t>& v) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
    return out + "]";
  };
  for (auto& s : specs) {
    auto it = tensors.find(s.tensor);
    if (it == tensors.end()) {
      if (missing.empty() || missing.back() != s.tensor) missing.push_back(s.tensor);
      continue;
    }
    used.insert(s.tensor);
    const TensorInfo& t = it->second;
    if (t.shape != s.tensor_shape) {
      return Error(t.file, ": tensor '", s.tensor, "' has shape ", dims(t.shape),
                   " but the config implies ", dims(s.tensor_shape));
    }
    if (t.dtype == "F32") {
      s.dtype = DType::kF32;
    } else if (t.dtype == "BF16") {
      s.dtype = DType::kBF16;
    } else if (t.dtype == "F16") {
      s.dtype = DType::kF16;
    } else {
      return Error(t.file, ": tensor '", s.tensor, "' has dtype ", t.dtype,
                   "; supported: F32, BF16, F16");
    }
  }
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size() && i < 8; ++i) list += (i ? ", " : "") + missing[i];
    if (missing.size() > 8) list += StrCat(", ... (", missing.size(), " in all)");
    return Error(model_dir, ": checkpoint is missing tensors: ", list);
  }
  std::vector<std::string> unexpected;
  for (const auto& [name, t] : tensors) {
    // A tied checkpoint may still store the head; it is the embedding.
    bool tied_head = config.tie_word_embeddings && name == config.names.lm_head;
    bool ignored = false;
    for (const auto& prefix : config.ignored_tensor_prefixes) ignored |= name.rfind(prefix, 0) == 0;
    if (!used.count(name) && !tied_head && !ignored) unexpected.push_back(name);
  }
  if (!unexpected.empty()) {
    std::string list;
    for (size_t i = 0; i < unexpected.size() && i < 8; ++i) list += (i ? ", " : "") + unexpected[i];
    if (unexpected.size() > 8) list += StrCat(", ... (", unexpected.size(), " in all)");
    return Error(model_dir, ": checkpoint has tensors the ", config.family,
                 " config does not use: ", list);
  }
  return specs;
}

}  // namespace hf2hlo
