// A GGUF file (the input is the whole file) -> its header, metadata and
// tensor infos.
#include <string_view>

#include "fuzz_target.h"
#include "weights/weights.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)hf2hlo::ParseGguf(std::string_view(reinterpret_cast<const char*>(data), size),
                          "fuzz.gguf");
  return 0;
}
