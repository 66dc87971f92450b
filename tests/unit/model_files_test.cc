// The model folder's chat format (src/engine/model_files.h): where the
// template comes from, that a missing one is no error, and that a broken one
// is an error naming the file and line:column instead of silently becoming
// "no template".
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

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

}  // namespace
}  // namespace hf2hlo
