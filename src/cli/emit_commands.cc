// hf2hlo emit | inspect.
#include <cstdio>
#include <iostream>

#include "cli/args.h"
#include "emit/emit.h"
#include "model/model.h"
#include "weights/weights.h"

namespace hf2hlo::cli {

namespace {

// --kv-dtype, f32 when absent.
Result<DType> KvDTypeFlag(const Args& a) {
  auto flag = a.flags.find("--kv-dtype");
  return flag == a.flags.end() ? DType::kF32 : ParseKvDType(flag->second);
}

// --matmul-dtype, f32 when absent.
Result<DType> MatmulDTypeFlag(const Args& a) {
  auto flag = a.flags.find("--matmul-dtype");
  return flag == a.flags.end() ? DType::kF32 : ParseMatmulDType(flag->second);
}

}  // namespace

Status RunEmit(const Args& a) {
  RETURN_IF_ERROR(
      CheckFlags(a, {"--kind", "--batch", "--context", "--chunk", "--read-window", "--kv-dtype",
                     "--matmul-dtype", "-o"}));
  if (a.model_dir.empty()) return Error("emit: MODEL_DIR is required");
  auto kind_flag = a.flags.find("--kind");
  if (kind_flag == a.flags.end()) return Error("--kind is required (prefill or decode)");
  ProgramShape shape;
  ASSIGN_OR_RETURN(shape.kind, ParseProgramKind(kind_flag->second));
  ASSIGN_OR_RETURN(shape.batch, IntFlag(a, "--batch", 1));
  ASSIGN_OR_RETURN(shape.context, IntFlag(a, "--context", std::nullopt));
  if (shape.kind == ProgramKind::kPrefill) {
    ASSIGN_OR_RETURN(shape.chunk, IntFlag(a, "--chunk", std::nullopt));
  } else {
    ASSIGN_OR_RETURN(int64_t ignored, IntFlag(a, "--chunk", 0));  // decode has no chunk
    (void)ignored;
  }
  ASSIGN_OR_RETURN(shape.read_window, IntFlag(a, "--read-window", 0));
  ASSIGN_OR_RETURN(shape.kv_dtype, KvDTypeFlag(a));
  ASSIGN_OR_RETURN(shape.matmul_dtype, MatmulDTypeFlag(a));
  ASSIGN_OR_RETURN(ModelConfig config, LoadConfig(a.model_dir));
  ASSIGN_OR_RETURN(std::vector<WeightSpec> specs, ResolveWeightSpecs(config, a.model_dir));
  ASSIGN_OR_RETURN(std::string text, EmitProgram(config, specs, shape));
  auto out = a.flags.find("-o");
  if (out == a.flags.end()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return OkStatus();
  }
  return WriteFile(out->second, text);
}

// Family, dimensions and switches of a config.
void PrintConfig(const ModelConfig& c) {
  std::cout << "family:      " << c.family << " (model_type " << c.model_type << ")\n"
            << "dimensions:  layers=" << c.num_layers << " hidden=" << c.hidden
            << " intermediate=" << c.intermediate << " heads=" << c.num_heads
            << " kv_heads=" << c.num_kv_heads << " head_dim=" << c.head_dim << " vocab=" << c.vocab
            << " max_position_embeddings=" << c.max_position_embeddings << "\n"
            << "norm_eps:    " << c.norm_eps << "\n"
            << "switches:\n";
  for (const auto& s : ActiveSwitches(c)) std::cout << "  " << s << "\n";
  if (!c.ignored_keys.empty()) std::cout << "ignored:\n";
  for (const auto& k : c.ignored_keys) std::cout << "  " << k << "\n";
}

// A GGUF file: the container (version, metadata, tensors by type) and the
// model config its metadata gives, when its architecture is mapped.
Status InspectGguf(const std::string& path) {
  ASSIGN_OR_RETURN(GgufFile f, ReadGgufHeader(path));
  std::cout << "gguf:        " << path << " (version " << f.version << ", alignment "
            << f.alignment << ", data at byte " << f.data_offset << ")\n";
  std::map<std::string, std::pair<int64_t, int64_t>> by_type;  // type -> (tensors, bytes)
  int64_t bytes = 0;
  for (const GgufTensorInfo& t : f.tensors) {
    auto& [count, total] = by_type[t.type_name];
    ++count;
    total += t.bytes;
    bytes += t.bytes;
  }
  std::string types;
  for (const auto& [name, ct] : by_type)
    types += StrCat(types.empty() ? "" : ", ", name, " x", ct.first, " (", Mib(ct.second), ")");
  std::cout << "metadata:    " << f.metadata.size() << " keys\n"
            << "tensors:     " << f.tensors.size() << ", " << Mib(bytes)
            << (types.empty() ? "" : ": ") << types << "\n";
  Result<ModelConfig> config = GgufModelConfig(f);
  if (!config.ok()) {
    std::cout << "config:      " << config.status().message() << "\n";
  } else {
    PrintConfig(*config);
  }
  std::cout << "note:        GGUF models cannot be emitted or run yet (tensor names, tokenizer "
               "and quantized weights are not read)\n";
  return OkStatus();
}

Status RunInspect(const Args& a) {
  RETURN_IF_ERROR(CheckFlags(a, {"--batch", "--context", "--kv-dtype"}));
  if (a.model_dir.empty()) return Error("inspect: MODEL_DIR is required");
  if (a.model_dir.ends_with(".gguf")) return InspectGguf(a.model_dir);
  ASSIGN_OR_RETURN(ModelConfig c, LoadConfig(a.model_dir));
  ASSIGN_OR_RETURN(std::vector<WeightSpec> specs, ResolveWeightSpecs(c, a.model_dir));
  ASSIGN_OR_RETURN(int64_t batch, IntFlag(a, "--batch", 1));
  ASSIGN_OR_RETURN(int64_t context, IntFlag(a, "--context", c.max_position_embeddings));
  if (batch <= 0 || context <= 0) return Error("--batch and --context must be positive");
  ASSIGN_OR_RETURN(DType kv_dtype, KvDTypeFlag(a));
  std::map<std::string, int> dtype_counts;
  for (const auto& s : specs) ++dtype_counts[DTypeName(s.dtype)];
  std::string dtypes;
  for (const auto& [name, count] : dtype_counts)
    dtypes += StrCat(dtypes.empty() ? "" : ", ", name, " x", count);
  std::cout << "model:       " << a.model_dir << "\n";
  PrintConfig(c);
  std::cout << "parameters:  " << ParameterCount(specs) << " in " << specs.size() << " tensors\n"
            << "weights:     " << Mib(WeightBytes(specs)) << " (" << dtypes << ")\n"
            << "kv cache:    " << Mib(KvCacheBytes(c, batch, context, kv_dtype)) << " "
            << DTypeName(kv_dtype) << " for batch=" << batch
            << " context=" << context << "\n";
  return OkStatus();
}

}  // namespace hf2hlo::cli
