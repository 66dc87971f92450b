// MLX affine-quantized checkpoints on hand-built vectors: config parsing,
// validation of the packed/scales/biases triple, and dequantized values.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "test_util.h"
#include "weights/weights.h"

namespace hf2hlo {
namespace {

namespace fs = std::filesystem;

// A safetensors file from (name, dtype, shape, bytes) entries.
struct Entry {
  std::string name, dtype;
  std::vector<int64_t> shape;
  std::string bytes;
};

void Write(const std::string& path, const std::vector<Entry>& entries) {
  nlohmann::json h = nlohmann::json::object();
  std::string data;
  for (const Entry& e : entries) {
    h[e.name] = {{"dtype", e.dtype},
                 {"shape", e.shape},
                 {"data_offsets", {data.size(), data.size() + e.bytes.size()}}};
    data += e.bytes;
  }
  std::string header = h.dump();
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((header.size() >> (8 * i)) & 0xff);
  ASSERT_TRUE(WriteFile(path, out + header + data).ok());
}

template <typename T>
std::string Bytes(const std::vector<T>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

uint16_t Bf16(float f) {  // exact for the values used here
  uint32_t b;
  std::memcpy(&b, &f, 4);
  return static_cast<uint16_t>(b >> 16);
}

float FromBf16(uint16_t h) {
  uint32_t b = static_cast<uint32_t>(h) << 16;
  float f;
  std::memcpy(&f, &b, 4);
  return f;
}

class QuantizedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("hf2hlo_q_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  ModelConfig Config(int bits, int group) {
    auto j = testing::TinyLlamaJson();
    j["quantization"] = {{"bits", bits}, {"group_size", group}};
    return testing::MustParse(j);
  }
  fs::path dir_;
};

TEST_F(QuantizedTest, FourBitGroupsDequantizeToScaleTimesLevelPlusBias) {
  // 2 rows x 64 columns of 4-bit levels: 8 per u32, low nibble first; two
  // groups of 32 columns per row.
  std::vector<uint32_t> packed(2 * 8);
  std::vector<int> level(2 * 64);
  for (int i = 0; i < 128; ++i) level[i] = (i * 7 + 3) % 16;
  for (int r = 0; r < 2; ++r) {
    for (int c = 0; c < 64; ++c) {
      packed[r * 8 + c / 8] |= static_cast<uint32_t>(level[r * 64 + c]) << (4 * (c % 8));
    }
  }
  const std::vector<float> scale = {0.5f, -0.25f, 2.0f, 0.125f}, bias = {-1.0f, 3.0f, 0.5f, -2.0f};
  std::vector<uint16_t> s, b;
  for (int g = 0; g < 4; ++g) s.push_back(Bf16(scale[g])), b.push_back(Bf16(bias[g]));
  Write(Path("model.safetensors"), {{"w.weight", "U32", {2, 8}, Bytes(packed)},
                                    {"w.scales", "BF16", {2, 2}, Bytes(s)},
                                    {"w.biases", "BF16", {2, 2}, Bytes(b)},
                                    {"norm.weight", "F32", {2}, Bytes(std::vector<float>{1, 2})}});
  ModelConfig c = Config(4, 32);
  auto ck = MappedCheckpoint::Open(dir_.string(), &c);
  ASSERT_TRUE(ck.ok()) << ck.status().message();
  const TensorInfo& t = (*ck)->tensors().at("w.weight");
  EXPECT_EQ(t.dtype, "BF16");
  EXPECT_EQ(t.shape, (std::vector<int64_t>{2, 64}));
  EXPECT_EQ((*ck)->tensors().count("w.scales"), 0u);
  const auto* w = static_cast<const uint16_t*>((*ck)->Data("w.weight"));
  for (int r = 0; r < 2; ++r) {
    for (int col = 0; col < 64; ++col) {
      const int g = r * 2 + col / 32;
      const float want = scale[g] * static_cast<float>(level[r * 64 + col]) + bias[g];
      ASSERT_EQ(FromBf16(w[r * 64 + col]), want) << r << "," << col;
    }
  }
  // The plain tensor sits at an odd file offset here (the hand-built header
  // is not padded): it is served from an aligned copy.
  const void* norm = (*ck)->Data("norm.weight");
  EXPECT_EQ(reinterpret_cast<uintptr_t>(norm) % alignof(float), 0u);
  EXPECT_EQ(static_cast<const float*>(norm)[1], 2.0f);
}

TEST_F(QuantizedTest, EightBitWithF32Scales) {
  std::vector<uint32_t> packed(1 * 8);  // 1 row x 32 columns, 4 per word
  for (int c = 0; c < 32; ++c) packed[c / 4] |= static_cast<uint32_t>(c * 8 + 1) << (8 * (c % 4));
  Write(Path("model.safetensors"), {{"w.weight", "U32", {1, 8}, Bytes(packed)},
                                    {"w.scales", "F32", {1, 1}, Bytes(std::vector<float>{0.1f})},
                                    {"w.biases", "F32", {1, 1}, Bytes(std::vector<float>{-3})}});
  ModelConfig c = Config(8, 32);
  auto ck = MappedCheckpoint::Open(dir_.string(), &c);
  ASSERT_TRUE(ck.ok()) << ck.status().message();
  const auto* w = static_cast<const float*>((*ck)->Data("w.weight"));
  for (int col = 0; col < 32; ++col) {
    ASSERT_EQ(w[col], 0.1f * static_cast<float>(col * 8 + 1) + -3.0f) << col;
  }
}

TEST_F(QuantizedTest, MismatchedTriplesAreNamedErrors) {
  std::vector<uint32_t> packed(2 * 8, 0);
  std::vector<uint16_t> two(4, 0), one(2, 0);
  ModelConfig c = Config(4, 32);
  auto error = [&](const std::vector<Entry>& entries) {
    Write(Path("model.safetensors"), entries);
    auto r = MappedCheckpoint::Open(dir_.string(), &c);
    EXPECT_FALSE(r.ok());
    return r.ok() ? std::string() : r.status().message();
  };
  std::string e = error({{"w.weight", "U32", {2, 8}, Bytes(packed)}});
  EXPECT_NE(e.find("quantized tensor 'w.weight': U32 weight without 'w.scales'"), std::string::npos)
      << e;
  e = error({{"w.weight", "U32", {2, 8}, Bytes(packed)},
             {"w.scales", "BF16", {2, 1}, Bytes(one)},
             {"w.biases", "BF16", {2, 1}, Bytes(one)}});
  EXPECT_NE(e.find("must both be [2, 2] for 4-bit groups of 32"), std::string::npos) << e;
  e = error({{"w.weight", "U32", {2, 8}, Bytes(packed)},
             {"w.scales", "BF16", {2, 2}, Bytes(two)},
             {"w.biases", "F16", {2, 2}, Bytes(two)}});
  EXPECT_NE(e.find("must share a dtype"), std::string::npos) << e;
}

TEST_F(QuantizedTest, ConfigRejectsUnsupportedQuantization) {
  auto j = testing::TinyLlamaJson();
  auto err = [&](const nlohmann::json& q, const char* key = "quantization") {
    auto k = j;
    k[key] = q;
    auto r = ParseConfig(k.dump(), "m/config.json");
    EXPECT_FALSE(r.ok());
    return r.ok() ? std::string() : r.status().message();
  };
  EXPECT_NE(err({{"bits", 3}, {"group_size", 64}}).find("'bits': 3 is not supported"),
            std::string::npos);
  EXPECT_NE(err({{"bits", 4}, {"group_size", 16}}).find("'group_size': 16 is not supported"),
            std::string::npos);
  EXPECT_NE(
      err({{"quant_method", "gptq"}}, "quantization_config").find("\"gptq\" is not supported"),
      std::string::npos);
  auto ok = j;
  ok["quantization"] = {{"bits", 8}, {"group_size", 128}};
  auto r = ParseConfig(ok.dump(), "m/config.json");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->quant_bits, 8);
  EXPECT_EQ(r->quant_group_size, 128);
}

}  // namespace
}  // namespace hf2hlo
