// One fuzz target: LLVMFuzzerTestOneInput runs one parser of untrusted input
// on `data`. Built two ways (tests/fuzz/CMakeLists.txt): with libFuzzer under
// clang for `make fuzz`, and with replay_main.cc in every build, where ctest
// replays the target's seed corpus (tests/fuzz/corpus/NAME) as a smoke test
// (under ASan+UBSan in the sanitizer build). A target must never crash,
// hang or allocate more than the input honestly needs; errors are values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace hf2hlo::fuzz {

inline std::string AsString(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace hf2hlo::fuzz
