// GGUF container reader: a hand-built file with every metadata type, one
// test per malformed case (each error must name its field), truncation at
// every byte, and a file written by gguf-py (tests/fuzz/corpus/gguf).
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>

#include "weights/weights.h"

namespace hf2hlo {
namespace {

namespace fs = std::filesystem;

constexpr uint32_t kF32 = 0, kF16 = 1, kQ8_0 = 8;

void PutU(std::string& s, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutStr(std::string& s, std::string_view v) {
  PutU(s, v.size(), 8);
  s.append(v);
}

struct TensorSpec {
  std::string name;
  std::vector<uint64_t> dims;
  uint32_t type;
  uint64_t offset;  // relative to the data section
};

// Builds GGUF bytes: header, the raw KV bytes added, tensor infos, padding to
// `alignment`, then `data_bytes` of zeros (no trailing padding, so every
// truncation of a valid file cuts something the reader needs).
struct GgufBuilder {
  uint32_t magic = 0x46554747;
  uint32_t version = 3;
  std::optional<uint64_t> tensor_count, kv_count;  // overrides of the true counts
  std::string kvs;
  uint64_t n_kv = 0;
  std::vector<TensorSpec> tensors;
  uint64_t alignment = 32;
  uint64_t data_bytes = 0;

  // A KV with `value` already encoded (after the u32 type).
  GgufBuilder& Kv(std::string_view key, uint32_t type, const std::string& value) {
    PutStr(kvs, key);
    PutU(kvs, type, 4);
    kvs += value;
    ++n_kv;
    return *this;
  }
  GgufBuilder& KvU(std::string_view key, uint32_t type, uint64_t v, int bytes) {
    std::string s;
    PutU(s, v, bytes);
    return Kv(key, type, s);
  }
  GgufBuilder& KvStr(std::string_view key, std::string_view v) {
    std::string s;
    PutStr(s, v);
    return Kv(key, 8, s);
  }
  std::string Build() const {
    std::string s;
    PutU(s, magic, 4);
    PutU(s, version, 4);
    PutU(s, tensor_count.value_or(tensors.size()), 8);
    PutU(s, kv_count.value_or(n_kv), 8);
    s += kvs;
    for (const auto& t : tensors) {
      PutStr(s, t.name);
      PutU(s, t.dims.size(), 4);
      for (uint64_t d : t.dims) PutU(s, d, 8);
      PutU(s, t.type, 4);
      PutU(s, t.offset, 8);
    }
    while (s.size() % alignment != 0) s.push_back('\0');
    s.append(data_bytes, '\0');
    return s;
  }
};

std::string F32Bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  std::string s;
  PutU(s, u, 4);
  return s;
}

// Every metadata value type, arrays, alignment 64, and three tensors:
// F32 [4, 3] at 0 (48 bytes), F16 [8] at 64 (16), Q8_0 [64, 2] at 128 (136).
GgufBuilder ValidBuilder() {
  GgufBuilder b;
  b.KvStr("general.architecture", "llama")
      .KvU("t.u8", 0, 200, 1)
      .KvU("t.i8", 1, 0xfe, 1)
      .KvU("t.u16", 2, 60000, 2)
      .KvU("t.i16", 3, 0xfffd, 2)
      .KvU("t.u32", 4, 4000000000u, 4)
      .KvU("t.i32", 5, 0xfffffffc, 4)
      .Kv("t.f32", 6, F32Bits(1.5f))
      .KvU("t.bool", 7, 1, 1)
      .KvU("t.u64", 10, 1ull << 40, 8)
      .KvU("t.i64", 11, static_cast<uint64_t>(-5ll), 8);
  double d = -0.25;
  uint64_t du;
  std::memcpy(&du, &d, 8);
  b.KvU("t.f64", 12, du, 8);
  std::string ints;
  PutU(ints, 5, 4);  // i32
  PutU(ints, 3, 8);
  for (int32_t v : {1, -2, 3}) PutU(ints, static_cast<uint32_t>(v), 4);
  b.Kv("t.ints", 9, ints);
  std::string strs;
  PutU(strs, 8, 4);
  PutU(strs, 2, 8);
  PutStr(strs, "<s>");
  PutStr(strs, "hello");
  b.Kv("t.strs", 9, strs);
  std::string floats;
  PutU(floats, 6, 4);
  PutU(floats, 2, 8);
  floats += F32Bits(0.5f) + F32Bits(-2.0f);
  b.Kv("t.floats", 9, floats);
  std::string bools;
  PutU(bools, 7, 4);
  PutU(bools, 2, 8);
  bools += std::string("\x01\x00", 2);
  b.Kv("t.bools", 9, bools);
  std::string empty;
  PutU(empty, 4, 4);
  PutU(empty, 0, 8);
  b.Kv("t.empty", 9, empty);
  b.KvU("general.alignment", 4, 64, 4);
  b.alignment = 64;
  b.tensors = {{"t.f32", {4, 3}, kF32, 0}, {"t.f16", {8}, kF16, 64}, {"t.q8", {64, 2}, kQ8_0, 128}};
  b.data_bytes = 128 + 136;
  return b;
}

// The error of parsing `bytes`; fails the test if it parses.
std::string Err(const std::string& bytes) {
  auto r = ParseGguf(bytes, "x.gguf");
  EXPECT_FALSE(r.ok());
  if (r.ok()) return "";
  EXPECT_EQ(r.status().message().rfind("x.gguf: GGUF ", 0), 0u) << r.status().message();
  return r.status().message();
}

#define EXPECT_HAS(text, part) EXPECT_NE((text).find(part), std::string::npos) << (text)

TEST(GgufTest, ValidFileEveryValueType) {
  const std::string bytes = ValidBuilder().Build();
  auto r = ParseGguf(bytes, "x.gguf");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const GgufFile& f = *r;
  EXPECT_EQ(f.version, 3u);
  EXPECT_EQ(f.alignment, 64);
  ASSERT_EQ(f.metadata.size(), 18u);
  EXPECT_EQ(f.metadata[0].first, "general.architecture");
  EXPECT_EQ(*f.Find("general.architecture")->Get<std::string>(), "llama");
  EXPECT_EQ(*f.Find("t.u8")->Get<uint64_t>(), 200u);
  EXPECT_EQ(*f.Find("t.i8")->Get<int64_t>(), -2);
  EXPECT_EQ(*f.Find("t.u16")->Get<uint64_t>(), 60000u);
  EXPECT_EQ(*f.Find("t.i16")->Get<int64_t>(), -3);
  EXPECT_EQ(*f.Find("t.u32")->Get<uint64_t>(), 4000000000u);
  EXPECT_EQ(f.Find("t.u32")->type, GgufType::kU32);
  EXPECT_EQ(*f.Find("t.i32")->Get<int64_t>(), -4);
  EXPECT_EQ(f.Find("t.i32")->AsInt(), -4);
  EXPECT_EQ(*f.Find("t.f32")->Get<double>(), 1.5);
  EXPECT_EQ(*f.Find("t.bool")->Get<bool>(), true);
  EXPECT_EQ(*f.Find("t.u64")->Get<uint64_t>(), 1ull << 40);
  EXPECT_EQ(*f.Find("t.i64")->Get<int64_t>(), -5);
  EXPECT_EQ(*f.Find("t.f64")->Get<double>(), -0.25);
  EXPECT_EQ(f.Find("t.ints")->elem_type, GgufType::kI32);
  EXPECT_EQ(*f.Find("t.ints")->Get<std::vector<int64_t>>(), (std::vector<int64_t>{1, -2, 3}));
  EXPECT_EQ(*f.Find("t.strs")->Get<std::vector<std::string>>(),
            (std::vector<std::string>{"<s>", "hello"}));
  EXPECT_EQ(*f.Find("t.floats")->Get<std::vector<double>>(), (std::vector<double>{0.5, -2.0}));
  EXPECT_EQ(*f.Find("t.bools")->Get<std::vector<bool>>(), (std::vector<bool>{true, false}));
  EXPECT_TRUE(f.Find("t.empty")->Get<std::vector<uint64_t>>()->empty());
  EXPECT_EQ(f.Find("missing"), nullptr);
  EXPECT_EQ(f.data_offset % 64, 0);
  EXPECT_EQ(f.data_offset + 128 + 136, static_cast<int64_t>(bytes.size()));
  ASSERT_EQ(f.tensors.size(), 3u);
  EXPECT_EQ(f.tensors[0].name, "t.f32");
  EXPECT_EQ(f.tensors[0].dims, (std::vector<int64_t>{4, 3}));
  EXPECT_EQ(f.tensors[0].type_name, "F32");
  EXPECT_EQ(f.tensors[0].offset, f.data_offset);
  EXPECT_EQ(f.tensors[0].bytes, 48);
  EXPECT_EQ(f.tensors[1].type_name, "F16");
  EXPECT_EQ(f.tensors[1].offset, f.data_offset + 64);
  EXPECT_EQ(f.tensors[1].bytes, 16);
  EXPECT_EQ(f.tensors[2].type, kQ8_0);
  EXPECT_EQ(f.tensors[2].type_name, "Q8_0");
  EXPECT_EQ(f.tensors[2].offset, f.data_offset + 128);
  EXPECT_EQ(f.tensors[2].bytes, 136);
}

TEST(GgufTest, VersionTwoAndZeroSizedTensor) {
  GgufBuilder b;
  b.version = 2;
  b.tensors = {{"empty", {0, 5}, kF32, 0}, {"one", {1}, kF32, 0}};
  b.data_bytes = 4;
  auto r = ParseGguf(b.Build(), "x.gguf");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->alignment, 32);
  EXPECT_EQ(r->tensors[0].bytes, 0);
}

TEST(GgufTest, TruncatedAtEveryByteIsAnError) {
  const std::string bytes = ValidBuilder().Build();
  for (size_t n = 0; n < bytes.size(); ++n) {
    // An exact-size heap copy, so ASan sees any read past the end.
    std::vector<char> copy(bytes.begin(), bytes.begin() + static_cast<ptrdiff_t>(n));
    auto r = ParseGguf(std::string_view(copy.data(), copy.size()), "x.gguf");
    ASSERT_FALSE(r.ok()) << "prefix of " << n << " bytes parsed";
  }
}

TEST(GgufTest, BadMagic) {
  GgufBuilder b;
  b.magic = 0x46554746;
  EXPECT_HAS(Err(b.Build()), "header: magic");
}

TEST(GgufTest, UnsupportedVersions) {
  GgufBuilder b;
  b.version = 1;
  EXPECT_HAS(Err(b.Build()), "version 1 is not supported");
  b.version = 4;
  EXPECT_HAS(Err(b.Build()), "version 4 is not supported");
  b.version = 0x03000000;
  EXPECT_HAS(Err(b.Build()), "big-endian");
}

TEST(GgufTest, HugeStringLengths) {
  GgufBuilder key;
  std::string kv;
  PutU(kv, 1ull << 40, 8);
  key.kvs = kv + std::string(32, 'x');
  key.kv_count = 1;
  EXPECT_HAS(Err(key.Build()), "key at byte 24 has length 1099511627776, over the limit");

  std::string v;
  PutU(v, 1ull << 62, 8);
  v += std::string(16, 'x');
  EXPECT_HAS(Err(GgufBuilder().Kv("general.name", 8, v).Build()),
             "metadata key 'general.name' (byte 24): string value at byte 48 has length");

  std::string w;  // within the limit, past the end
  PutU(w, 1000, 8);
  EXPECT_HAS(Err(GgufBuilder().Kv("general.name", 8, w).Build()),
             "metadata key 'general.name' (byte 24): truncated: string value needs 1000 bytes");
}

TEST(GgufTest, HugeArrayCount) {
  std::string a;
  PutU(a, 5, 4);
  PutU(a, 1ull << 61, 8);
  a += std::string(64, '\0');
  const std::string e = Err(GgufBuilder().Kv("tokenizer.ggml.token_type", 9, a).Build());
  EXPECT_HAS(e, "metadata key 'tokenizer.ggml.token_type'");
  EXPECT_HAS(e, "of 2305843009213693952 i32 needs at least 4 bytes each");
}

TEST(GgufTest, NestedAndUnknownValueTypes) {
  std::string a;
  PutU(a, 9, 4);
  PutU(a, 1, 8);
  PutU(a, 4, 4);
  PutU(a, 0, 8);
  EXPECT_HAS(Err(GgufBuilder().Kv("nested", 9, a).Build()),
             "metadata key 'nested' (byte 24): array at byte 42 holds arrays");
  EXPECT_HAS(Err(GgufBuilder().KvU("weird", 13, 0, 8).Build()),
             "metadata key 'weird' (byte 24): unknown value type 13");
  std::string e;
  PutU(e, 42, 4);
  PutU(e, 0, 8);
  EXPECT_HAS(Err(GgufBuilder().Kv("arr", 9, e).Build()), "unknown element type 42");
  EXPECT_HAS(Err(GgufBuilder().KvU("flag", 7, 2, 1).Build()), "metadata key 'flag'");
}

TEST(GgufTest, HugeCounts) {
  GgufBuilder t;
  t.tensor_count = 1ull << 62;
  EXPECT_HAS(Err(t.Build()), "header: tensor_count 4611686018427387904 exceeds");
  GgufBuilder k;
  k.kv_count = 1ull << 62;
  EXPECT_HAS(Err(k.Build()), "header: metadata_kv_count 4611686018427387904 exceeds");
  GgufBuilder both = ValidBuilder();  // each fits alone, not together
  both.kv_count = (both.Build().size() - 24) / 13;
  EXPECT_HAS(Err(both.Build()), "metadata_kv_count");
}

TEST(GgufTest, NDims) {
  for (uint64_t n : {0, 5}) {
    GgufBuilder b = ValidBuilder();
    b.tensors[1].dims.assign(n, 1);
    EXPECT_HAS(Err(b.Build()), "tensor 't.f16' (byte ");
    EXPECT_HAS(Err(b.Build()), StrCat("n_dims ", n, " is not in [1, 4]"));
  }
}

TEST(GgufTest, DimsTooLarge) {
  GgufBuilder b = ValidBuilder();
  b.tensors[0].dims = {1ull << 20, 1ull << 20, 1ull << 20};
  EXPECT_HAS(Err(b.Build()), "tensor 't.f32'");
  EXPECT_HAS(Err(b.Build()), "dims multiply to more than 1099511627776 elements");
  b.tensors[0].dims = {4, 0, ~0ull};
  EXPECT_HAS(Err(b.Build()), "dim 2 is 18446744073709551615, over the limit");
}

TEST(GgufTest, UnknownGgmlType) {
  for (uint32_t type : {4u, 31u, 99u}) {
    GgufBuilder b = ValidBuilder();
    b.tensors[2].type = type;
    EXPECT_HAS(Err(b.Build()), StrCat("tensor 't.q8' (byte "));
    EXPECT_HAS(Err(b.Build()), StrCat("unknown ggml type ", type));
  }
}

TEST(GgufTest, RowNotWholeBlocks) {
  GgufBuilder b = ValidBuilder();
  b.tensors[2].dims = {48, 2};
  EXPECT_HAS(Err(b.Build()), "ne[0] = 48 is not a multiple of the Q8_0 block size 32");
}

TEST(GgufTest, OffsetNotAligned) {
  GgufBuilder b = ValidBuilder();
  b.tensors[1].offset = 56;
  EXPECT_HAS(Err(b.Build()), "tensor 't.f16': offset 56 is not a multiple of the alignment 64");
}

TEST(GgufTest, TensorPastEndOfFile) {
  GgufBuilder b = ValidBuilder();
  b.data_bytes -= 1;
  EXPECT_HAS(Err(b.Build()), "tensor 't.q8': 136 bytes at offset 128 of the data section");
  b = ValidBuilder();
  b.tensors[0].offset = 1ull << 63;
  EXPECT_HAS(Err(b.Build()), "offset 9223372036854775808 is past the end of the file");
}

TEST(GgufTest, OverlappingTensors) {
  GgufBuilder b = ValidBuilder();
  b.tensors[1].offset = 0;  // inside t.f32's 48 bytes
  const std::string e = Err(b.Build());
  EXPECT_HAS(e, "overlap tensor");
  EXPECT_HAS(e, "'t.f32'");
  EXPECT_HAS(e, "'t.f16'");
}

TEST(GgufTest, DuplicateKeyAndTensorName) {
  GgufBuilder b = ValidBuilder();
  b.KvU("t.u8", 0, 1, 1);
  EXPECT_HAS(Err(b.Build()), "metadata key 't.u8'");
  EXPECT_HAS(Err(b.Build()), "duplicate key");
  b = ValidBuilder();
  b.tensors[1].name = "t.f32";
  EXPECT_HAS(Err(b.Build()), "tensor 't.f32'");
  EXPECT_HAS(Err(b.Build()), "duplicate tensor name");
}

TEST(GgufTest, BadAlignment) {
  for (uint64_t a : {0, 48}) {
    GgufBuilder b;
    b.KvU("general.alignment", 4, a, 4);
    EXPECT_HAS(Err(b.Build()), StrCat("metadata key 'general.alignment': ", a,
                                      " is not a power of two"));
  }
  GgufBuilder b;
  b.KvU("general.alignment", 5, 32, 4);
  EXPECT_HAS(Err(b.Build()), "metadata key 'general.alignment': has type i32; must be u32");
}

// Written by gguf-py's GGUFWriter (a Q8_0 tensor from gguf.quants.quantize).
TEST(GgufTest, ReadsFileWrittenByGgufPy) {
  const std::string path =
      std::string(HF2HLO_SOURCE_DIR) + "/tests/fuzz/corpus/gguf/writer_small.gguf";
  auto r = ReadGgufHeader(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const GgufFile& f = *r;
  EXPECT_EQ(f.path, path);
  EXPECT_EQ(f.version, 3u);
  EXPECT_EQ(f.alignment, 32);
  ASSERT_EQ(f.metadata.size(), 8u);
  EXPECT_EQ(*f.Find("general.architecture")->Get<std::string>(), "llama");
  EXPECT_EQ(*f.Find("general.name")->Get<std::string>(), "tiny");
  EXPECT_EQ(f.Find("llama.context_length")->type, GgufType::kU32);
  EXPECT_EQ(f.Find("llama.context_length")->AsInt(), 128);
  EXPECT_EQ(*f.Find("llama.rope.freq_base")->Get<double>(), 10000.0);
  EXPECT_EQ(*f.Find("tokenizer.ggml.add_bos_token")->Get<bool>(), true);
  EXPECT_EQ(*f.Find("tokenizer.ggml.tokens")->Get<std::vector<std::string>>(),
            (std::vector<std::string>{"<s>", "a", "b"}));
  EXPECT_EQ(f.Find("tokenizer.ggml.scores")->elem_type, GgufType::kF32);
  EXPECT_EQ(*f.Find("tokenizer.ggml.scores")->Get<std::vector<double>>(),
            (std::vector<double>{0.0, -1.5, -2.5}));
  EXPECT_EQ(f.Find("test.i32")->AsInt(), -7);
  ASSERT_EQ(f.tensors.size(), 2u);
  EXPECT_EQ(f.data_offset, 480);
  const GgufTensorInfo& a = f.tensors[0];
  EXPECT_EQ(a.name, "a.weight");
  EXPECT_EQ(a.dims, (std::vector<int64_t>{8, 4}));  // numpy [4, 8], innermost first
  EXPECT_EQ(a.type_name, "F32");
  EXPECT_EQ(a.offset, 480);
  EXPECT_EQ(a.bytes, 128);
  const GgufTensorInfo& q = f.tensors[1];
  EXPECT_EQ(q.name, "q.weight");
  EXPECT_EQ(q.dims, (std::vector<int64_t>{64, 2}));
  EXPECT_EQ(q.type, kQ8_0);
  EXPECT_EQ(q.type_name, "Q8_0");
  EXPECT_EQ(q.offset, 608);
  EXPECT_EQ(q.bytes, 2 * 2 * 34);  // 2 rows of 2 blocks
}

TEST(GgufTest, ReadGgufHeaderFileErrors) {
  const fs::path dir = fs::temp_directory_path() / ("hf2hlo_gguf_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string empty = (dir / "empty.gguf").string();
  ASSERT_TRUE(WriteFile(empty, "").ok());
  auto r = ReadGgufHeader(empty);
  ASSERT_FALSE(r.ok());
  EXPECT_HAS(r.status().message(), empty + ": GGUF header: truncated: magic");
  r = ReadGgufHeader((dir / "missing.gguf").string());
  ASSERT_FALSE(r.ok());
  EXPECT_HAS(r.status().message(), "missing.gguf: cannot open");
  r = ReadGgufHeader(dir.string());
  ASSERT_FALSE(r.ok());
  EXPECT_HAS(r.status().message(), "not a regular file");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hf2hlo

namespace hf2hlo {
namespace {

// llama.cpp's llama keys for a small model; the head tied unless `output`.
GgufBuilder LlamaMetadata(bool output, uint64_t kv_heads = 2) {
  GgufBuilder b;
  b.KvStr("general.architecture", "llama")
      .KvU("llama.block_count", 4, 2, 4)
      .KvU("llama.context_length", 4, 256, 4)
      .KvU("llama.embedding_length", 4, 64, 4)
      .KvU("llama.feed_forward_length", 4, 128, 4)
      .KvU("llama.attention.head_count", 4, 4, 4)
      .KvU("llama.attention.head_count_kv", 4, kv_heads, 4)
      .Kv("llama.rope.freq_base", 6, F32Bits(500000.0f))
      .Kv("llama.attention.layer_norm_rms_epsilon", 6, F32Bits(1e-6f))
      .KvU("llama.vocab_size", 4, 96, 4);
  b.tensors.push_back({"token_embd.weight", {64, 96}, kF16, 0});
  if (output) b.tensors.push_back({"output.weight", {64, 96}, kF16, 12288});
  b.data_bytes = output ? 24576 : 12288;
  return b;
}

TEST(GgufConfig, LlamaKeysBecomeAConfig) {
  for (bool output : {false, true}) {
    const std::string bytes = LlamaMetadata(output).Build();
    auto f = ParseGguf(bytes, "m.gguf");
    ASSERT_TRUE(f.ok()) << f.status().message();
    auto c = GgufModelConfig(*f);
    ASSERT_TRUE(c.ok()) << c.status().message();
    EXPECT_EQ(c->model_type, "llama");
    EXPECT_EQ(c->num_layers, 2);
    EXPECT_EQ(c->hidden, 64);
    EXPECT_EQ(c->intermediate, 128);
    EXPECT_EQ(c->num_heads, 4);
    EXPECT_EQ(c->num_kv_heads, 2);
    EXPECT_EQ(c->head_dim, 16);
    EXPECT_EQ(c->vocab, 96);
    EXPECT_EQ(c->max_position_embeddings, 256);
    EXPECT_FLOAT_EQ(static_cast<float>(c->norm_eps), 1e-6f);
    EXPECT_FLOAT_EQ(static_cast<float>(c->rope.theta), 500000.0f);
    EXPECT_EQ(c->tie_word_embeddings, !output);
    EXPECT_EQ(c->default_weight_dtype, DType::kF16);
    EXPECT_EQ(c->rope_layout, RopeLayout::kInterleaved);  // llama.cpp's permuted q/k rows
  }
}

TEST(GgufConfig, ErrorsNameTheKey) {
  GgufBuilder no_layers;
  no_layers.KvStr("general.architecture", "llama").KvU("llama.embedding_length", 4, 64, 4)
      .KvU("llama.attention.head_count", 4, 4, 4);
  GgufBuilder string_heads;
  string_heads.KvStr("general.architecture", "llama").KvU("llama.embedding_length", 4, 64, 4)
      .KvStr("llama.attention.head_count", "four");
  GgufBuilder qwen;
  qwen.KvStr("general.architecture", "qwen2");
  GgufBuilder scaled = LlamaMetadata(false);
  scaled.KvStr("llama.rope.scaling.type", "yarn");
  GgufBuilder odd = LlamaMetadata(false, 3);  // 4 heads are not a multiple of 3: ParseConfig's check
  const std::pair<GgufBuilder*, std::string> cases[] = {
      {&no_layers, "m.gguf: GGUF key llama.block_count: missing"},
      {&string_heads, "GGUF key llama.attention.head_count: expected an integer, got string"},
      {&qwen, "general.architecture: \"qwen2\" is not mapped to a model config yet"},
      {&scaled, "GGUF key llama.rope.scaling.type: is not mapped to a model config yet"},
      {&odd, "m.gguf (GGUF metadata)"},
  };
  for (const auto& [builder, want] : cases) {
    const std::string bytes = builder->Build();
    auto f = ParseGguf(bytes, "m.gguf");
    ASSERT_TRUE(f.ok()) << f.status().message();
    auto c = GgufModelConfig(*f);
    ASSERT_FALSE(c.ok()) << want;
    EXPECT_NE(c.status().message().find(want), std::string::npos) << c.status().message();
  }
}

}  // namespace
}  // namespace hf2hlo
