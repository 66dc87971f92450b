#include "cli/args.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace hf2hlo::cli {

Result<Args> ParseArgs(int argc, char** argv) {
  Args a;
  if (argc < 2) return Error("missing command");
  a.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--raw" || arg == "--verbose" || arg == "--read-bandwidth") {  // the boolean flags
      a.flags.insert_or_assign(arg, std::string("1"));
    } else if (arg.rfind("-", 0) == 0) {
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
  if (s.empty() || *end != '\0' || errno != 0)
    return Error(flag, ": expected an integer, got '", s, "'");
  return static_cast<int64_t>(v);
}

Result<double> DoubleFlag(const Args& a, const std::string& flag, double fallback) {
  auto it = a.flags.find(flag);
  if (it == a.flags.end()) return fallback;
  const std::string& s = it->second;
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0' || errno != 0)
    return Error(flag, ": expected a number, got '", s, "'");
  return v;
}

std::string Mib(int64_t bytes) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.2f MiB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

Result<std::vector<int32_t>> IntListFlag(const Args& a, const std::string& flag) {
  auto it = a.flags.find(flag);
  if (it == a.flags.end()) return Error(flag, " is required");
  std::vector<int32_t> out;
  const std::string& s = it->second;
  size_t at = 0;
  while (at <= s.size()) {
    size_t comma = s.find(',', at);
    std::string item = s.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(item.c_str(), &end, 10);
    if (item.empty() || *end != '\0' || errno != 0 || v < 0 || v > INT32_MAX) {
      return Error(flag, ": expected comma-separated non-negative integers, got '", item, "'");
    }
    out.push_back(static_cast<int32_t>(v));
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return out;
}

Result<std::string> DefaultModelDir(const Args& a) {
  if (!a.model_dir.empty()) return a.model_dir;
  const char* cache = std::getenv("HF2HLO_CACHE");
  const char* home = std::getenv("HOME");
  const std::string root = cache != nullptr  ? cache
                           : home != nullptr ? JoinPath(home, ".cache/hf2hlo")
                                             : ".cache/hf2hlo";
  const std::string dir = JoinPath(root, "SmolLM2-135M-Instruct");
  if (!FileExists(JoinPath(dir, "config.json"))) {
    return Error("no MODEL_DIR given and the default model is not prepared at ", dir,
                 "; run `make demo` or `.venv/bin/python scripts/prepare_smollm2.py`");
  }
  return dir;
}

}  // namespace hf2hlo::cli
