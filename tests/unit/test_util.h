// Helpers shared by the unit tests: tiny configs and emitted-text queries.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "emit/emit.h"
#include "model/model.h"
#include "nlohmann/json.hpp"

namespace hf2hlo::testing {

// A tiny Llama config.json object (H=64, 4 heads, 2 kv heads, 2 layers).
nlohmann::json TinyLlamaJson();
// Parses `j` or fails the test.
ModelConfig MustParse(const nlohmann::json& j);
// Emits with the config's own specs (no checkpoint) or fails the test.
std::string MustEmit(const ModelConfig& c, ProgramKind kind, int64_t batch = 2,
                     int64_t context = 32, int64_t chunk = 8);
// Number of function arguments ("%argN: ") in the text.
int CountArgs(const std::string& text);
// Number of ops named `op` ("stablehlo.add") in the text.
int CountOps(const std::string& text, const std::string& op);
// Number of non-overlapping occurrences of `needle`.
int CountSubstr(const std::string& text, const std::string& needle);
// Every op name the emitter's builder can write ("stablehlo.add", ...).
const std::vector<std::string>& AllOps();
// Op counts of `with` minus those of `without` over AllOps(), nonzero entries only.
std::map<std::string, int> OpDelta(const std::string& with, const std::string& without);
// The loc("...") names of the function arguments, in order.
std::vector<std::string> ArgNames(const std::string& text);

// tokenizer.json of a BPE over single characters with the given vocab and
// merges; no normalizer, pre-tokenizer or decoder unless the caller adds them.
nlohmann::json CharBpe(const nlohmann::json& vocab, const nlohmann::json& merges);
// One entry of tokenizer.json's added_tokens.
nlohmann::json AddedToken(int id, const std::string& content, bool special, bool lstrip = false,
                          bool rstrip = false, bool single_word = false);

// Counts the heap allocations (operator new, on any thread) made while it
// lives; the unit-test binary replaces the global operator new to count them.
// One counter at a time.
class AllocationCounter {
 public:
  AllocationCounter();
  ~AllocationCounter();
  AllocationCounter(const AllocationCounter&) = delete;
  AllocationCounter& operator=(const AllocationCounter&) = delete;
  int64_t allocations() const;
};

}  // namespace hf2hlo::testing
