// hf2hlo command line: emit | inspect.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "base/base.h"
#include "emit/emit.h"
#include "model/model.h"
#include "weights/weights.h"

namespace hf2hlo {
namespace {

constexpr const char* kUsage = R"(usage:
  hf2hlo emit MODEL_DIR --kind prefill|decode [--batch B] --context S [--chunk P] [-o FILE]
      (--chunk is required for prefill and ignored by decode)
      Write the StableHLO program of one kind (stdout unless -o).
      prefill: one chunk of P tokens into one of B cache slots (B defaults to 1).
      decode:  one step for B slots.
  hf2hlo inspect MODEL_DIR [--batch B] [--context S]
      Print the family, active switches, parameter count, and the memory of the
      weights and of the KV cache for B slots of S positions.
  hf2hlo help
)";

struct Args {
  std::string command;
  std::string model_dir;
  std::map<std::string, std::string> flags;
};

// Parses "CMD MODEL_DIR --flag value ..."; every flag takes a value.
Result<Args> ParseArgs(int argc, char** argv) {
  Args a;
  if (argc < 2) return Error("missing command");
  a.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("-", 0) == 0) {
      if (i + 1 >= argc) return Error(arg, ": missing value");
      a.flags[arg] = argv[++i];
    } else if (a.model_dir.empty()) {
      a.model_dir = arg;
    } else {
      return Error("unexpected argument '", arg, "'");
    }
  }
  return a;
}

Status CheckFlags(const Args& a, const std::vector<std::string>& allowed) {
  for (const auto& [flag, value] : a.flags) {
    bool ok = false;
    for (const auto& f : allowed) ok |= flag == f;
    if (!ok) return Error("unknown option ", flag, " for '", a.command, "'");
  }
  return OkStatus();
}

Result<int64_t> IntFlag(const Args& a, const std::string& flag, std::optional<int64_t> fallback) {
  auto it = a.flags.find(flag);
  if (it == a.flags.end()) {
    if (fallback) return *fallback;
    return Error(flag, " is required");
  }
  const std::string& s = it->second;
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno != 0) return Error(flag, ": expected an integer, got '", s, "'");
  return static_cast<int64_t>(v);
}

std::string Mib(int64_t bytes) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.2f MiB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

Status RunEmit(const Args& a) {
  RETURN_IF_ERROR(CheckFlags(a, {"--kind", "--batch", "--context", "--chunk", "-o"}));
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

Status RunInspect(const Args& a) {
  RETURN_IF_ERROR(CheckFlags(a, {"--batch", "--context"}));
  if (a.model_dir.empty()) return Error("inspect: MODEL_DIR is required");
  ASSIGN_OR_RETURN(ModelConfig c, LoadConfig(a.model_dir));
  ASSIGN_OR_RETURN(std::vector<WeightSpec> specs, ResolveWeightSpecs(c, a.model_dir));
  ASSIGN_OR_RETURN(int64_t batch, IntFlag(a, "--batch", 1));
  ASSIGN_OR_RETURN(int64_t context, IntFlag(a, "--context", c.max_position_embeddings));
  if (batch <= 0 || context <= 0) return Error("--batch and --context must be positive");
  std::map<std::string, int> dtype_counts;
  for (const auto& s : specs) ++dtype_counts[DTypeName(s.dtype)];
  std::string dtypes;
  for (const auto& [name, count] : dtype_counts) dtypes += StrCat(dtypes.empty() ? "" : ", ", name, " x", count);
  std::cout << "model:       " << a.model_dir << "\n"
            << "family:      " << c.family << " (model_type " << c.model_type << ")\n"
            << "dimensions:  layers=" << c.num_layers << " hidden=" << c.hidden
            << " intermediate=" << c.intermediate << " heads=" << c.num_heads
            << " kv_heads=" << c.num_kv_heads << " head_dim=" << c.head_dim << " vocab=" << c.vocab
            << " max_position_embeddings=" << c.max_position_embeddings << "\n"
            << "norm_eps:    " << c.norm_eps << "\n"
            << "switches:\n";
  for (const auto& s : ActiveSwitches(c)) std::cout << "  " << s << "\n";
  std::cout << "parameters:  " << ParameterCount(specs) << " in " << specs.size() << " tensors\n"
            << "weights:     " << Mib(WeightBytes(specs)) << " (" << dtypes << ")\n"
            << "kv cache:    " << Mib(KvCacheBytes(c, batch, context)) << " f32 for batch=" << batch
            << " context=" << context << "\n";
  return OkStatus();
}

int Main(int argc, char** argv) {
  auto args = ParseArgs(argc, argv);
  if (!args.ok()) {
    std::cerr << "hf2hlo: " << args.status().message() << "\n" << kUsage;
    return 2;
  }
  const std::string& cmd = args->command;
  if (cmd == "help" || cmd == "--help" || cmd == "-h") {
    std::cout << kUsage;
    return 0;
  }
  Status status;
  if (cmd == "emit") {
    status = RunEmit(*args);
  } else if (cmd == "inspect") {
    status = RunInspect(*args);
  } else {
    std::cerr << "hf2hlo: unknown command '" << cmd << "'\n" << kUsage;
    return 2;
  }
  if (!status.ok()) {
    std::cerr << "hf2hlo: error: " << status.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace hf2hlo

int main(int argc, char** argv) { return hf2hlo::Main(argc, argv); }
