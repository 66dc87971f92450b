// The model folder's chat format (src/engine/model_files.h): where the
// template comes from, that a missing one is no error, and that a broken one
// is an error naming the file and line:column instead of silently becoming
// "no template".
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <utility>
#include <vector>

#include "engine/model_files.h"

namespace hf2hlo {
namespace {

namespace fs = std::filesystem;

class ChatFormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hf2hlo_chat_format_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    ASSERT_TRUE(WriteFile((dir_ / name).string(), text).ok());
  }
  Result<ChatFormat> Load() { return ChatFormat::Load(dir_.string()); }
  fs::path dir_;
};

TEST_F(ChatFormatTest, NoTemplateIsNotAnError) {
  auto f = Load();
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_TRUE(f->chat_template.empty());
  Write("tokenizer_config.json", R"({"bos_token": "<s>", "eos_token": {"content": "</s>"}})");
  f = Load();
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_TRUE(f->chat_template.empty());
  EXPECT_EQ(f->bos_token, "<s>");
  EXPECT_EQ(f->eos_token, "</s>");
}

TEST_F(ChatFormatTest, TemplateFromConfigOrJinjaFile) {
  Write("tokenizer_config.json",
        R"({"chat_template": [{"name": "default", "template": "D"},
                              {"name": "tool_use", "template": "T"}]})");
  EXPECT_EQ(Load()->chat_template, "D");
  Write("chat_template.jinja", "J");
  EXPECT_EQ(Load()->chat_template, "J") << "chat_template.jinja wins, as in transformers";
}

TEST_F(ChatFormatTest, BrokenTemplatesAreErrorsNamingTheFile) {
  Write("tokenizer_config.json", R"({"chat_template": "{% for m in messages %}{{ m }"})");
  auto f = Load();
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("tokenizer_config.json: chat_template"), std::string::npos)
      << f.status().message();
  EXPECT_NE(f.status().message().find("1:"), std::string::npos) << f.status().message();
  Write("tokenizer_config.json", R"({"chat_template": 3})");
  f = Load();
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("expected a string or a list"), std::string::npos);
  Write("tokenizer_config.json", R"({"chat_template": )");
  f = Load();
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("tokenizer_config.json:1:"), std::string::npos)
      << f.status().message();
  Write("tokenizer_config.json", "{}");
  Write("chat_template.jinja", "{% if %}");
  f = Load();
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("chat_template.jinja"), std::string::npos)
      << f.status().message();
}

// generation_config.json is input from strangers: counts and token ids out
// of range are errors naming the file and key, never a wrapped or undefined
// conversion (a top_k of 1e300 was cast to int64_t as is).
TEST(GenerationConfig, OutOfRangeValuesAreErrorsNamingTheKey) {
  auto good = ParseGenerationConfig(
      R"({"eos_token_id": [2, 7], "do_sample": true, "top_k": 40, "max_new_tokens": 256,
          "temperature": 0.7})",
      "generation_config.json");
  ASSERT_TRUE(good.ok()) << good.status().message();
  EXPECT_EQ(good->eos_token_ids, (std::vector<int32_t>{2, 7}));
  EXPECT_EQ(good->defaults.top_k, 40);
  EXPECT_EQ(good->max_new_tokens, 256);
  EXPECT_FLOAT_EQ(static_cast<float>(good->defaults.temperature), 0.7f);
  for (const auto& [text, key] : std::vector<std::pair<std::string, std::string>>{
           {R"({"top_k": 1e300})", "top_k"},
           {R"({"top_k": -1})", "top_k"},
           {R"({"top_k": 2.5})", "top_k"},
           {R"({"max_new_tokens": 1e19})", "max_new_tokens"},
           {R"({"max_new_tokens": -3})", "max_new_tokens"},
           {R"({"eos_token_id": 1099511627776})", "eos_token_id"},
           {R"({"eos_token_id": -1})", "eos_token_id"},
           {R"({"eos_token_id": [0, 18446744073709551615]})", "eos_token_id"},
           {R"({"eos_token_id": 2.0})", "eos_token_id"}}) {
    auto g = ParseGenerationConfig(text, "generation_config.json");
    ASSERT_FALSE(g.ok()) << text;
    EXPECT_NE(g.status().message().find("generation_config.json"), std::string::npos)
        << g.status().message();
    EXPECT_NE(g.status().message().find(key), std::string::npos) << g.status().message();
  }
}

}  // namespace
}  // namespace hf2hlo
