// Sampler: greedy, filters, penalties, seeded reproducibility; generation
// config parsing.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>

#include "engine/engine.h"
#include "engine/model_files.h"

namespace hf2hlo {
namespace {

const std::vector<float> kLogits = {1.0f, 3.0f, 2.5f, -1.0f, 2.9f, 0.0f};

int32_t Draw(const SamplingParams& p, int n = 1) {
  Sampler s(p, static_cast<int64_t>(kLogits.size()));
  int32_t t = -1;
  for (int i = 0; i < n; ++i) t = s.Sample(kLogits);
  return t;
}

// Regression: a subnormal temperature (1e-310) overflowed the scaled logits
// to infinity, and the NaN probabilities picked the last kept token.
TEST(Sampler, TinyTemperaturesAreGreedy) {
  for (double t : {1e-310, 5e-324, 1e-300, 1e-6, 9.9e-6}) {
    SamplingParams p;
    p.temperature = t;
    p.top_k = 3;
    p.top_p = 0.9;
    ASSERT_TRUE(p.Validate().ok()) << t;
    for (uint64_t seed = 0; seed < 10; ++seed) {
      p.seed = seed;
      EXPECT_EQ(Draw(p, 3), 1) << "temperature " << t << " seed " << seed;
    }
  }
}

TEST(Sampler, GreedyAndDegenerateFiltersPickTheArgmax) {
  SamplingParams p;
  EXPECT_EQ(Draw(p), 1);
  p.temperature = 1.0;
  p.top_k = 1;
  for (uint64_t seed = 0; seed < 20; ++seed) {
    p.seed = seed;
    EXPECT_EQ(Draw(p), 1);
  }
  p.top_k = 0;
  p.top_p = 1e-6;
  EXPECT_EQ(Draw(p), 1);
  p.top_p = 1.0;
  p.min_p = 1.0;
  EXPECT_EQ(Draw(p), 1);
}

TEST(Sampler, SameSeedSameTokensAndFrequenciesFollowTheSoftmax) {
  SamplingParams p;
  p.temperature = 0.7;
  p.seed = 42;
  Sampler a(p, 6), b(p, 6);
  std::map<int32_t, int> freq;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    int32_t x = a.Sample(kLogits);
    ASSERT_EQ(x, b.Sample(kLogits));
    ++freq[x];
  }
  double z = 0;
  for (float l : kLogits) z += std::exp(l / 0.7);
  for (int32_t t = 0; t < 6; ++t) {
    double want = std::exp(kLogits[t] / 0.7) / z;
    EXPECT_NEAR(freq[t] / static_cast<double>(n), want, 0.015) << "token " << t;
  }
}

TEST(Sampler, TopKAndTopPRestrictTheCandidates) {
  SamplingParams p;
  p.temperature = 1.0;
  p.top_k = 3;  // tokens 1, 4, 2
  for (uint64_t seed = 0; seed < 200; ++seed) {
    p.seed = seed;
    int32_t t = Draw(p);
    EXPECT_TRUE(t == 1 || t == 4 || t == 2) << t;
  }
  p.top_k = 0;
  p.top_p = 0.5;  // 1 (~0.33) then 4 (~0.30) reach 0.5
  for (uint64_t seed = 0; seed < 200; ++seed) {
    p.seed = seed;
    int32_t t = Draw(p);
    EXPECT_TRUE(t == 1 || t == 4) << t;
  }
}

TEST(Sampler, PenaltiesApplyToSeenAndGeneratedTokens) {
  SamplingParams p;
  p.repetition_penalty = 2.0;  // 3.0 -> 1.5 for a seen token
  Sampler s(p, 6);
  s.Observe(1, /*generated=*/false);
  EXPECT_EQ(s.Sample(kLogits), 4);
  SamplingParams q;
  q.presence_penalty = 0.2;  // only generated tokens
  Sampler t(q, 6);
  t.Observe(1, false);
  EXPECT_EQ(t.Sample(kLogits), 1);
  t.Observe(1, true);
  EXPECT_EQ(t.Sample(kLogits), 4);
}

TEST(Sampler, ValidateNamesTheParameter) {
  SamplingParams p;
  p.top_p = 0;
  EXPECT_NE(p.Validate().message().find("top_p"), std::string::npos);
  p = SamplingParams();
  p.temperature = -1;
  EXPECT_NE(p.Validate().message().find("temperature"), std::string::npos);
}

TEST(GenerationConfig, ReadsEosListsAndSamplingDefaults) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("hf2hlo_gen_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto g = LoadGenerationConfig(dir.string());
  ASSERT_TRUE(g.ok());
  EXPECT_TRUE(g->eos_token_ids.empty());
  ASSERT_TRUE(WriteFile((dir / "generation_config.json").string(),
                        R"({"eos_token_id": [2, 7], "do_sample": true, "temperature": 0.6,
                            "top_p": 0.9, "top_k": 20})")
                  .ok());
  g = LoadGenerationConfig(dir.string());
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->eos_token_ids, (std::vector<int32_t>{2, 7}));
  EXPECT_EQ(g->defaults.temperature, 0.6);
  EXPECT_EQ(g->defaults.top_k, 20);
  ASSERT_TRUE(WriteFile((dir / "generation_config.json").string(),
                        R"({"eos_token_id": 5, "temperature": 0.6})")
                  .ok());
  g = LoadGenerationConfig(dir.string());
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->defaults.temperature, 0.0) << "greedy unless do_sample";
  EXPECT_EQ(g->server_defaults.temperature, 0.6) << "a server takes the file's value (vLLM)";
  ASSERT_TRUE(WriteFile((dir / "generation_config.json").string(),
                        R"({"do_sample": true, "top_p": 0.8, "max_new_tokens": 99})")
                  .ok());
  g = LoadGenerationConfig(dir.string());
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->defaults.temperature, 1.0) << "HF's default temperature when sampling";
  EXPECT_EQ(g->server_defaults.temperature, 1.0) << "OpenAI's default";
  EXPECT_EQ(g->server_defaults.top_p, 0.8);
  EXPECT_EQ(g->max_new_tokens, 99);
  ASSERT_TRUE(
      WriteFile((dir / "generation_config.json").string(), R"({"eos_token_id": "x"})").ok());
  EXPECT_NE(LoadGenerationConfig(dir.string()).status().message().find("eos_token_id"),
            std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hf2hlo
