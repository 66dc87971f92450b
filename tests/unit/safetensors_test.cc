// safetensors header validation and checkpoint-vs-spec resolution, on
// hand-built files.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"
#include "weights/weights.h"

namespace hf2hlo {
namespace {

namespace fs = std::filesystem;

// Writes a safetensors file with the given header JSON and `data_bytes` of zeros.
void WriteSafetensors(const std::string& path, const std::string& header, size_t data_bytes) {
  std::string out(8, '\0');
  uint64_t n = header.size();
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((n >> (8 * i)) & 0xff);
  out += header;
  out += std::string(data_bytes, '\0');
  ASSERT_TRUE(WriteFile(path, out).ok());
}

class SafetensorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("hf2hlo_st_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::string HeaderError(const std::string& header, size_t data_bytes) {
    WriteSafetensors(Path("x.safetensors"), header, data_bytes);
    auto r = ReadSafetensorsHeader(Path("x.safetensors"));
    EXPECT_FALSE(r.ok());
    return r.ok() ? "" : r.status().message();
  }
  // Header JSON for all specs of `c` as `dtype`, packed back to back.
  std::string FullHeader(const ModelConfig& c, const std::string& dtype, int64_t elem,
                         size_t* bytes, const std::string& skip = "",
                         const std::string& extra = "") {
    nlohmann::json h = nlohmann::json::object();
    int64_t at = 0;
    for (const auto& s : WeightSpecs(c)) {
      if (s.name == skip) continue;
      int64_t n = elem;
      for (int64_t d : s.shape) n *= d;
      h[s.name] = {{"dtype", dtype}, {"shape", s.shape}, {"data_offsets", {at, at + n}}};
      at += n;
    }
    if (!extra.empty()) {
      h[extra] = {{"dtype", dtype}, {"shape", {2}}, {"data_offsets", {at, at + 2 * elem}}};
      at += 2 * elem;
    }
    *bytes = static_cast<size_t>(at);
    return h.dump();
  }
  fs::path dir_;
};

TEST_F(SafetensorsTest, ReadsValidHeader) {
  WriteSafetensors(
      Path("a.safetensors"),
      R"({"__metadata__":{"format":"pt"},"w":{"dtype":"BF16","shape":[2,3],"data_offsets":[0,12]}})",
      12);
  auto r = ReadSafetensorsHeader(Path("a.safetensors"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->at("w").dtype, "BF16");
  EXPECT_EQ(r->at("w").shape, (std::vector<int64_t>{2, 3}));
}

TEST_F(SafetensorsTest, RejectsBadHeaders) {
  const std::string not_json = HeaderError("{not json", 0);
  EXPECT_NE(not_json.find("header is not valid JSON (byte 3 of the header)"), std::string::npos)
      << not_json;
  EXPECT_NE(HeaderError("[1, 2]", 0).find("header is not a JSON object"), std::string::npos);
  // A number beyond a double aborted the process (nlohmann's out_of_range).
  EXPECT_NE(HeaderError(R"({"w": {"dtype": "F32", "shape": [1e999], "data_offsets": [0, 4]}})", 4)
                .find("number overflow"),
            std::string::npos);
  // Regression (issue 13): deep nesting is rejected before it is parsed (a
  // 100 MB header of '[' peaked at 7.5 GB); brackets inside names do not count.
  EXPECT_NE(HeaderError(std::string(1'000'000, '['), 0).find("header nests 1000000 levels deep"),
            std::string::npos);
  WriteSafetensors(Path("brackets.safetensors"),
                   R"({"w[[[[[[[[[[[[[[[[[[\"{{{{{{{{{{{{{{{{{{":)"
                   R"({"dtype":"F32","shape":[1],"data_offsets":[0,4]}})",
                   4);
  auto brackets = ReadSafetensorsHeader(Path("brackets.safetensors"));
  ASSERT_TRUE(brackets.ok()) << brackets.status().message();
  EXPECT_EQ(brackets->count("w[[[[[[[[[[[[[[[[[[\"{{{{{{{{{{{{{{{{{{"), 1u);
  // Regression (issue 13): a tensor name that is not UTF-8 was reported as
  // "header is not a JSON object".
  const std::string bad_name =
      "{\"w\xff\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
  const std::string err = HeaderError(bad_name, 4);
  EXPECT_NE(err.find("header is not valid JSON"), std::string::npos) << err;
  EXPECT_NE(err.find("UTF-8"), std::string::npos) << err;
  EXPECT_NE(HeaderError(R"({"w":{"dtype":"Q4","shape":[2],"data_offsets":[0,2]}})", 2)
                .find("tensor 'w': unknown dtype \"Q4\""),
            std::string::npos);
  EXPECT_NE(HeaderError(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,16]}})", 8)
                .find("outside the data section"),
            std::string::npos);
  EXPECT_NE(
      HeaderError(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}})", 8).find("need 8"),
      std::string::npos);
  EXPECT_NE(HeaderError(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                        R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                        12)
                .find("overlap"),
            std::string::npos);
  EXPECT_NE(
      HeaderError(R"({"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,0]}})", 0).find("negative"),
      std::string::npos);
  // A length prefix claiming a huge header is refused before allocating it.
  std::string huge(8, '\0');
  huge[5] = 0x10;  // 2^44 bytes
  ASSERT_TRUE(WriteFile(Path("h.safetensors"), huge).ok());
  auto r = ReadSafetensorsHeader(Path("h.safetensors"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("exceeds the limit"), std::string::npos);
  // A header length past the end of the file (a file cut inside its header).
  std::string cut(8, '\0');
  cut[0] = 100;
  ASSERT_TRUE(WriteFile(Path("c.safetensors"), cut + "{\"w\":").ok());
  EXPECT_NE(ReadSafetensorsHeader(Path("c.safetensors")).status().message().find(
                "header length 100 runs past the end of the file (13 bytes)"),
            std::string::npos);
  ASSERT_TRUE(WriteFile(Path("t.safetensors"), "abc").ok());
  EXPECT_NE(ReadSafetensorsHeader(Path("t.safetensors")).status().message().find("truncated"),
            std::string::npos);
}

TEST_F(SafetensorsTest, ResolvesDtypesAndReportsMissingAndUnexpected) {
  ModelConfig c = testing::MustParse(testing::TinyLlamaJson());
  size_t bytes = 0;
  {
    std::string header = FullHeader(c, "BF16", 2, &bytes);
    WriteSafetensors(Path("model.safetensors"), header, bytes);
  }
  auto specs = ResolveWeightSpecs(c, dir_.string());
  ASSERT_TRUE(specs.ok()) << specs.status().message();
  for (const auto& s : *specs) EXPECT_EQ(s.dtype, DType::kBF16) << s.name;

  {
    std::string header = FullHeader(c, "F32", 4, &bytes, "model.layers.1.mlp.up_proj.weight");
    WriteSafetensors(Path("model.safetensors"), header, bytes);
  }
  auto missing = ResolveWeightSpecs(c, dir_.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing tensors: model.layers.1.mlp.up_proj.weight"),
            std::string::npos);

  {
    std::string header = FullHeader(c, "F32", 4, &bytes, "", "extra.bias");
    WriteSafetensors(Path("model.safetensors"), header, bytes);
  }
  auto extra = ResolveWeightSpecs(c, dir_.string());
  ASSERT_FALSE(extra.ok());
  EXPECT_NE(extra.status().message().find("does not use: extra.bias"), std::string::npos);

  {
    std::string header = FullHeader(c, "I32", 4, &bytes);
    WriteSafetensors(Path("model.safetensors"), header, bytes);
  }
  auto wrong = ResolveWeightSpecs(c, dir_.string());
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("has dtype I32; supported: F32, BF16, F16"),
            std::string::npos);
}

TEST_F(SafetensorsTest, WrongShapeNamesTensorAndBothShapes) {
  ModelConfig c = testing::MustParse(testing::TinyLlamaJson());
  WriteSafetensors(
      Path("model.safetensors"),
      R"({"model.embed_tokens.weight":{"dtype":"F32","shape":[255,64],"data_offsets":[0,65280]}})",
      65280);
  auto r = ResolveWeightSpecs(c, dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(
      r.status().message().find("tensor 'model.embed_tokens.weight' has shape [255, 64] but the "
                                "config implies [256, 64]"),
      std::string::npos)
      << r.status().message();
}

TEST_F(SafetensorsTest, ReadsShardsThroughIndex) {
  WriteSafetensors(Path("a.safetensors"),
                   R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", 4);
  WriteSafetensors(Path("b.safetensors"),
                   R"({"y":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}})", 4);
  ASSERT_TRUE(WriteFile(Path("model.safetensors.index.json"),
                        R"({"weight_map":{"x":"a.safetensors","y":"b.safetensors"}})")
                  .ok());
  auto r = ReadCheckpointIndex(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->at("y").dtype, "F16");
  ASSERT_TRUE(
      WriteFile(Path("model.safetensors.index.json"), R"({"weight_map":{"x":"b.safetensors"}})")
          .ok());
  EXPECT_NE(ReadCheckpointIndex(dir_.string()).status().message().find("does not hold it"),
            std::string::npos);
}

}  // namespace
}  // namespace hf2hlo
