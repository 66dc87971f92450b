#include "test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <regex>

namespace {
std::atomic<bool> g_counting{false};
std::atomic<int64_t> g_allocations{0};
}  // namespace

// The replaceable global allocation functions, counting while a counter
// lives. Every plain and nothrow form of new and delete, single and array, is
// replaced, so that all of them allocate with malloc and free with free (a
// sanitizer's own nothrow new freed by a replaced delete is a mismatch); the
// aligned forms stay the library's, which pair among themselves.
namespace {
void* CountedAlloc(std::size_t n) noexcept {
  if (g_counting.load(std::memory_order_relaxed))
    g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
void* CountedAllocOrThrow(std::size_t n) {
  if (void* p = CountedAlloc(n)) return p;
  throw std::bad_alloc();
}
}  // namespace

void* operator new(std::size_t n) { return CountedAllocOrThrow(n); }
void* operator new[](std::size_t n) { return CountedAllocOrThrow(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return CountedAlloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return CountedAlloc(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace hf2hlo::testing {

nlohmann::json TinyLlamaJson() {
  return nlohmann::json{{"model_type", "llama"},    {"hidden_size", 64},
                        {"intermediate_size", 128}, {"num_hidden_layers", 2},
                        {"num_attention_heads", 4}, {"num_key_value_heads", 2},
                        {"vocab_size", 256},        {"max_position_embeddings", 256},
                        {"rms_norm_eps", 1e-5},     {"tie_word_embeddings", true}};
}

ModelConfig MustParse(const nlohmann::json& j) {
  auto r = ParseConfig(j.dump(), "config.json");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r.value() : ModelConfig{};
}

std::string MustEmit(const ModelConfig& c, ProgramKind kind, int64_t batch, int64_t context,
                     int64_t chunk) {
  ProgramShape shape{kind, batch, context, kind == ProgramKind::kPrefill ? chunk : 0};
  auto r = EmitProgram(c, WeightSpecs(c), shape);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r.value() : std::string();
}

int CountSubstr(const std::string& text, const std::string& needle) {
  int n = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++n;
  return n;
}

int CountArgs(const std::string& text) {
  static const std::regex kArg(R"(%arg\d+: )");
  return static_cast<int>(
      std::distance(std::sregex_iterator(text.begin(), text.end(), kArg), std::sregex_iterator()));
}

int CountOps(const std::string& text, const std::string& op) {
  return CountSubstr(text, " = " + op + " ") + CountSubstr(text, " = " + op + "(") +
         CountSubstr(text, " = \"" + op + "\"(");
}

const std::vector<std::string>& AllOps() {
  static const std::vector<std::string> kOps = {"stablehlo.add",
                                                "stablehlo.subtract",
                                                "stablehlo.multiply",
                                                "stablehlo.divide",
                                                "stablehlo.and",
                                                "stablehlo.negate",
                                                "stablehlo.exponential",
                                                "stablehlo.rsqrt",
                                                "stablehlo.logistic",
                                                "stablehlo.tanh",
                                                "stablehlo.abs",
                                                "stablehlo.sign",
                                                "stablehlo.compare",
                                                "stablehlo.select",
                                                "stablehlo.constant",
                                                "stablehlo.convert",
                                                "stablehlo.broadcast_in_dim",
                                                "stablehlo.reshape",
                                                "stablehlo.transpose",
                                                "stablehlo.slice",
                                                "stablehlo.concatenate",
                                                "stablehlo.iota",
                                                "stablehlo.reduce",
                                                "stablehlo.dot_general",
                                                "stablehlo.dynamic_slice",
                                                "stablehlo.dynamic_update_slice",
                                                "stablehlo.gather"};
  return kOps;
}

std::map<std::string, int> OpDelta(const std::string& with, const std::string& without) {
  std::map<std::string, int> d;
  for (const std::string& op : AllOps()) {
    int n = CountOps(with, op) - CountOps(without, op);
    if (n != 0) d[op] = n;
  }
  return d;
}

std::vector<std::string> ArgNames(const std::string& text) {
  static const std::regex kArg(R"re(%arg\d+: [^\n]* loc\("([^"]*)"\))re");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kArg); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

nlohmann::json CharBpe(const nlohmann::json& vocab, const nlohmann::json& merges) {
  using json = nlohmann::json;
  return {{"version", "1.0"},
          {"added_tokens", json::array()},
          {"normalizer", nullptr},
          {"pre_tokenizer", nullptr},
          {"post_processor", nullptr},
          {"decoder", nullptr},
          {"model",
           {{"type", "BPE"},
            {"dropout", nullptr},
            {"unk_token", nullptr},
            {"continuing_subword_prefix", nullptr},
            {"end_of_word_suffix", nullptr},
            {"fuse_unk", false},
            {"byte_fallback", false},
            {"ignore_merges", false},
            {"vocab", vocab},
            {"merges", merges}}}};
}

nlohmann::json AddedToken(int id, const std::string& content, bool special, bool lstrip,
                          bool rstrip, bool single_word) {
  return {{"id", id},          {"content", content}, {"single_word", single_word},
          {"lstrip", lstrip},  {"rstrip", rstrip},   {"normalized", false},
          {"special", special}};
}

AllocationCounter::AllocationCounter() {
  g_allocations.store(0);
  g_counting.store(true);
}
AllocationCounter::~AllocationCounter() { g_counting.store(false); }
int64_t AllocationCounter::allocations() const { return g_allocations.load(); }

}  // namespace hf2hlo::testing
