// config.json -> ModelConfig (every family's switches and checks).
#include "fuzz_target.h"
#include "model/model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)hf2hlo::ParseConfig(hf2hlo::fuzz::AsString(data, size), "config.json");
  return 0;
}
