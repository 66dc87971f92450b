// Command-line parsing shared by the hf2hlo commands. Internal to src/cli.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"

namespace hf2hlo::cli {

// "CMD [MODEL_DIR] --flag value ..."; every flag takes a value except the
// boolean --raw.
struct Args {
  std::string command;
  std::string model_dir;
  std::map<std::string, std::string> flags;
};

Result<Args> ParseArgs(int argc, char** argv);
// Rejects flags outside `allowed`, naming the command.
Status CheckFlags(const Args& a, const std::vector<std::string>& allowed);
// An integer flag; `fallback` when absent, or an error if it is required.
Result<int64_t> IntFlag(const Args& a, const std::string& flag, std::optional<int64_t> fallback);
// A comma-separated list of integers, e.g. "--tokens 1,2,3".
Result<std::vector<int32_t>> IntListFlag(const Args& a, const std::string& flag);
// A number flag; `fallback` when absent.
Result<double> DoubleFlag(const Args& a, const std::string& flag, double fallback);
std::string Mib(int64_t bytes);
// MODEL_DIR, or the prepared SmolLM2-135M-Instruct folder
// ($HF2HLO_CACHE or ~/.cache/hf2hlo) when none is given.
Result<std::string> DefaultModelDir(const Args& a);

Status RunEmit(const Args& a);
Status RunInspect(const Args& a);
Status RunRun(const Args& a);
Status RunBench(const Args& a);
Status RunServe(const Args& a);

}  // namespace hf2hlo::cli
