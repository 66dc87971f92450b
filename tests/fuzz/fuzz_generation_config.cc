// generation_config.json -> GenerationConfig (EOS ids, sampling defaults).
#include "engine/model_files.h"
#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)hf2hlo::ParseGenerationConfig(hf2hlo::fuzz::AsString(data, size),
                                      "generation_config.json");
  return 0;
}
