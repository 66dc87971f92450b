// StableHLO text -> parsed and verified module -> the executor's plan (not
// run: a verified program may legitimately compute for a long time).
#include "exec/exec.h"
#include "fuzz_target.h"
#include "hlo/hlo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto module = hf2hlo::hlo::ParseModule(hf2hlo::fuzz::AsString(data, size), "fuzz.mlir");
  if (!module.ok()) return 0;
  hf2hlo::exec::ExecOptions options;
  options.num_threads = 1;
  options.max_arena_bytes = int64_t{256} << 20;
  (void)hf2hlo::exec::Program::Create(std::move(module).value(), options);
  return 0;
}
