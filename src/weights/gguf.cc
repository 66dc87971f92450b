// GGUF container reader: header, metadata and tensor infos, validated as
// untrusted input (docs/hostile-input.md). Tensor data is never read.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <set>
#include <tuple>
#include <type_traits>

#include "weights/weights.h"

namespace hf2hlo {
namespace {

constexpr uint32_t kGgufMagic = 0x46554747;  // "GGUF" little-endian
// One string (key, string value, tensor name); real ones are a few hundred bytes.
constexpr uint64_t kMaxStringBytes = 1ull << 20;
// Elements over all metadata arrays (a vocabulary is ~10^5 tokens, with
// scores, types and merges); each costs up to 32 bytes once widened.
constexpr uint64_t kMaxArrayElements = 1ull << 24;
constexpr uint64_t kMaxTensors = 1ull << 20;
constexpr int64_t kMaxTensorElements = int64_t{1} << 40;
constexpr uint32_t kMaxDims = 4;
// Smallest encodings: key (u64 length) + u32 type + 1-byte value; tensor info
// with an empty name and one dim.
constexpr uint64_t kMinKvBytes = 8 + 4 + 1;
constexpr uint64_t kMinTensorInfoBytes = 8 + 4 + 8 + 4 + 8;

struct GgmlType {
  const char* name;
  int64_t block;        // elements per block
  int64_t block_bytes;  // bytes per block
};

// ggml type numbers and block sizes, as in gguf-py's GGML_QUANT_SIZES except
// Q8_1: 36 bytes (two f16 + 32 int8) as ggml's C block_q8_1, where gguf-py
// has a stale 40.
const GgmlType* FindGgmlType(uint32_t type) {
  static const GgmlType kUnknown = {nullptr, 0, 0};
  static const GgmlType kTypes[] = {
      {"F32", 1, 4},        {"F16", 1, 2},         {"Q4_0", 32, 18},     {"Q4_1", 32, 20},
      kUnknown,             kUnknown,              {"Q5_0", 32, 22},     {"Q5_1", 32, 24},
      {"Q8_0", 32, 34},     {"Q8_1", 32, 36},      {"Q2_K", 256, 84},    {"Q3_K", 256, 110},
      {"Q4_K", 256, 144},   {"Q5_K", 256, 176},    {"Q6_K", 256, 210},   {"Q8_K", 256, 292},
      {"IQ2_XXS", 256, 66}, {"IQ2_XS", 256, 74},   {"IQ3_XXS", 256, 98}, {"IQ1_S", 256, 50},
      {"IQ4_NL", 32, 18},   {"IQ3_S", 256, 110},   {"IQ2_S", 256, 82},   {"IQ4_XS", 256, 136},
      {"I8", 1, 1},         {"I16", 1, 2},         {"I32", 1, 4},        {"I64", 1, 8},
      {"F64", 1, 8},        {"IQ1_M", 256, 56},    {"BF16", 1, 2},       kUnknown,
      kUnknown,             kUnknown,              {"TQ1_0", 256, 54},   {"TQ2_0", 256, 66},
      kUnknown,             kUnknown,              kUnknown,             {"MXFP4", 32, 17},
      {"NVFP4", 64, 36},    {"Q1_0", 128, 18},
  };
  if (type >= std::size(kTypes) || kTypes[type].name == nullptr) return nullptr;
  return &kTypes[type];
}

// Bytes of one scalar of `t` in the file; 0 for string and array.
uint64_t ScalarBytes(GgufType t) {
  switch (t) {
    case GgufType::kU8: case GgufType::kI8: case GgufType::kBool: return 1;
    case GgufType::kU16: case GgufType::kI16: return 2;
    case GgufType::kU32: case GgufType::kI32: case GgufType::kF32: return 4;
    case GgufType::kU64: case GgufType::kI64: case GgufType::kF64: return 8;
    default: return 0;
  }
}

bool IsValueType(uint32_t t) { return t <= static_cast<uint32_t>(GgufType::kF64); }

// Sequential little-endian reads from the buffer. Each failure is an error
// naming `what` and the byte offset; nothing is read past the end.
class Reader {
 public:
  Reader(std::string_view bytes, const std::string& path) : b_(bytes), path_(path) {}
  uint64_t pos() const { return pos_; }
  uint64_t remaining() const { return b_.size() - pos_; }
  uint64_t size() const { return b_.size(); }

  // An error "PATH: GGUF <where>: <what>".
  template <typename... Args>
  Status Fail(const std::string& where, const Args&... what) const {
    return Error(path_, ": GGUF ", where, ": ", what...);
  }

  Status Need(uint64_t n, const std::string& where, const char* what) const {
    if (n <= remaining()) return OkStatus();
    return Fail(where, "truncated: ", what, " needs ", n, " bytes at byte ", pos_,
                " but the file has ", remaining(), " left");
  }

  template <typename T>
  Result<T> Read(const std::string& where, const char* what) {
    RETURN_IF_ERROR(Need(sizeof(T), where, what));
    T v = 0;
    for (size_t i = 0; i < sizeof(T); ++i) {
      v |= static_cast<T>(static_cast<uint64_t>(static_cast<uint8_t>(b_[pos_ + i])) << (8 * i));
    }
    pos_ += sizeof(T);
    return v;
  }

  // A GGUF string (u64 length + bytes), viewed in the buffer.
  Result<std::string_view> String(const std::string& where, const char* what) {
    const uint64_t at = pos_;
    ASSIGN_OR_RETURN(uint64_t len, Read<uint64_t>(where, what));
    if (len > kMaxStringBytes) {
      return Fail(where, what, " at byte ", at, " has length ", len, ", over the limit of ",
                  kMaxStringBytes);
    }
    RETURN_IF_ERROR(Need(len, where, what));
    std::string_view s = b_.substr(pos_, len);
    pos_ += len;
    return s;
  }

 private:
  std::string_view b_;
  const std::string& path_;
  uint64_t pos_ = 0;
};

std::string KeyWhere(std::string_view key) { return StrCat("metadata key '", key, "'"); }

// Reads a little-endian In into `v` as Out (same-width two's complement for
// signed types).
template <typename In, typename Out>
Result<GgufValue> Widen(Reader& r, GgufValue& v, const std::string& where, const char* what) {
  using U = std::make_unsigned_t<In>;
  ASSIGN_OR_RETURN(U x, r.Read<U>(where, what));
  v.value = static_cast<Out>(static_cast<In>(x));
  return std::move(v);
}

// Reads one scalar of type `t` (not string or array), widened.
Result<GgufValue> ReadScalar(Reader& r, GgufType t, const std::string& where) {
  GgufValue v;
  v.type = t;
  switch (t) {
    case GgufType::kU8: return Widen<uint8_t, uint64_t>(r, v, where, "u8");
    case GgufType::kU16: return Widen<uint16_t, uint64_t>(r, v, where, "u16");
    case GgufType::kU32: return Widen<uint32_t, uint64_t>(r, v, where, "u32");
    case GgufType::kU64: return Widen<uint64_t, uint64_t>(r, v, where, "u64");
    case GgufType::kI8: return Widen<int8_t, int64_t>(r, v, where, "i8");
    case GgufType::kI16: return Widen<int16_t, int64_t>(r, v, where, "i16");
    case GgufType::kI32: return Widen<int32_t, int64_t>(r, v, where, "i32");
    case GgufType::kI64: return Widen<int64_t, int64_t>(r, v, where, "i64");
    case GgufType::kF32: {
      ASSIGN_OR_RETURN(auto x, r.Read<uint32_t>(where, "f32"));
      float f;
      std::memcpy(&f, &x, 4);
      v.value = static_cast<double>(f);
      break;
    }
    case GgufType::kF64: {
      ASSIGN_OR_RETURN(auto x, r.Read<uint64_t>(where, "f64"));
      double d;
      std::memcpy(&d, &x, 8);
      v.value = d;
      break;
    }
    case GgufType::kBool: {
      const uint64_t at = r.pos();
      ASSIGN_OR_RETURN(auto x, r.Read<uint8_t>(where, "bool"));
      if (x > 1) return r.Fail(where, "bool at byte ", at, " is ", int{x}, ", not 0 or 1");
      v.value = x == 1;
      break;
    }
    default:
      return r.Fail(where, "internal: ", GgufTypeName(t), " is not a scalar type");
  }
  return v;
}

// Reads an array body (u32 element type, u64 count, elements). `*elements`
// counts elements over the whole file against kMaxArrayElements.
Result<GgufValue> ReadArray(Reader& r, const std::string& where, uint64_t* elements) {
  const uint64_t at = r.pos();
  ASSIGN_OR_RETURN(uint32_t et, r.Read<uint32_t>(where, "array element type"));
  if (!IsValueType(et)) {
    return r.Fail(where, "array at byte ", at, " has unknown element type ", et);
  }
  const GgufType elem = static_cast<GgufType>(et);
  if (elem == GgufType::kArray) {
    return r.Fail(where, "array at byte ", at, " holds arrays; nested arrays are not supported");
  }
  ASSIGN_OR_RETURN(uint64_t count, r.Read<uint64_t>(where, "array count"));
  const uint64_t min_bytes = elem == GgufType::kString ? 8 : ScalarBytes(elem);
  if (count > r.remaining() / min_bytes) {
    return r.Fail(where, "array at byte ", at, " of ", count, " ", GgufTypeName(elem),
                  " needs at least ", min_bytes, " bytes each, but the file has ", r.remaining(),
                  " left");
  }
  if (count > kMaxArrayElements - *elements) {
    return r.Fail(where, "array at byte ", at, " of ", count,
                  " elements takes the metadata arrays over the limit of ", kMaxArrayElements,
                  " elements in all");
  }
  *elements += count;
  GgufValue v;
  v.type = GgufType::kArray;
  v.elem_type = elem;
  auto fill = [&](auto vec) -> Result<GgufValue> {
    vec.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
      ASSIGN_OR_RETURN(GgufValue e, ReadScalar(r, elem, where));
      vec.push_back(std::get<typename decltype(vec)::value_type>(e.value));
    }
    v.value = std::move(vec);
    return std::move(v);
  };
  switch (elem) {
    case GgufType::kString: {
      std::vector<std::string> vec;
      vec.reserve(count);
      for (uint64_t i = 0; i < count; ++i) {
        ASSIGN_OR_RETURN(std::string_view s, r.String(where, "array string"));
        vec.emplace_back(s);
      }
      v.value = std::move(vec);
      return v;
    }
    case GgufType::kU8: case GgufType::kU16: case GgufType::kU32: case GgufType::kU64:
      return fill(std::vector<uint64_t>());
    case GgufType::kI8: case GgufType::kI16: case GgufType::kI32: case GgufType::kI64:
      return fill(std::vector<int64_t>());
    case GgufType::kF32: case GgufType::kF64:
      return fill(std::vector<double>());
    case GgufType::kBool:
      return fill(std::vector<bool>());
    default:
      return r.Fail(where, "internal: bad array element type");
  }
}

Result<GgufValue> ReadValue(Reader& r, uint32_t type, uint64_t type_at, const std::string& where,
                            uint64_t* elements) {
  if (!IsValueType(type)) {
    return r.Fail(where, "unknown value type ", type, " at byte ", type_at);
  }
  const GgufType t = static_cast<GgufType>(type);
  if (t == GgufType::kArray) return ReadArray(r, where, elements);
  if (t == GgufType::kString) {
    ASSIGN_OR_RETURN(std::string_view s, r.String(where, "string value"));
    GgufValue v;
    v.type = t;
    v.value = std::string(s);
    return v;
  }
  return ReadScalar(r, t, where);
}

Result<GgufTensorInfo> ReadTensorInfo(Reader& r, uint64_t index, std::string_view* name_view) {
  const uint64_t at = r.pos();
  const std::string where0 = StrCat("tensor #", index, " (byte ", at, ")");
  ASSIGN_OR_RETURN(*name_view, r.String(where0, "name"));
  GgufTensorInfo t;
  t.name = std::string(*name_view);
  const std::string where = StrCat("tensor '", t.name, "' (byte ", at, ")");
  ASSIGN_OR_RETURN(uint32_t n_dims, r.Read<uint32_t>(where, "n_dims"));
  if (n_dims < 1 || n_dims > kMaxDims) {
    return r.Fail(where, "n_dims ", n_dims, " is not in [1, ", kMaxDims, "]");
  }
  int64_t elements = 1;
  for (uint32_t i = 0; i < n_dims; ++i) {
    ASSIGN_OR_RETURN(uint64_t d, r.Read<uint64_t>(where, "dim"));
    if (d > static_cast<uint64_t>(kMaxTensorElements)) {
      return r.Fail(where, "dim ", i, " is ", d, ", over the limit of ", kMaxTensorElements);
    }
    const int64_t dim = static_cast<int64_t>(d);
    if (dim != 0 && elements > kMaxTensorElements / dim) {
      return r.Fail(where, "dims multiply to more than ", kMaxTensorElements, " elements");
    }
    elements *= dim;
    t.dims.push_back(dim);
  }
  ASSIGN_OR_RETURN(t.type, r.Read<uint32_t>(where, "type"));
  const GgmlType* gt = FindGgmlType(t.type);
  if (gt == nullptr) return r.Fail(where, "unknown ggml type ", t.type);
  t.type_name = gt->name;
  if (t.dims[0] % gt->block != 0) {
    return r.Fail(where, "ne[0] = ", t.dims[0], " is not a multiple of the ", t.type_name,
                  " block size ", gt->block);
  }
  t.bytes = elements / gt->block * gt->block_bytes;  // < 2^40 * 292 / 32: no overflow
  ASSIGN_OR_RETURN(uint64_t offset, r.Read<uint64_t>(where, "offset"));
  if (offset > r.size()) {
    return r.Fail(where, "offset ", offset, " is past the end of the file (", r.size(), " bytes)");
  }
  t.offset = static_cast<int64_t>(offset);  // relative until the data section is known
  return t;
}

}  // namespace

const char* GgufTypeName(GgufType type) {
  static const char* kNames[] = {"u8",  "i8",     "u16",   "i16", "u32", "i32", "f32",
                                 "bool", "string", "array", "u64", "i64", "f64"};
  const auto i = static_cast<uint32_t>(type);
  return i < std::size(kNames) ? kNames[i] : "?";
}

std::optional<int64_t> GgufValue::AsInt() const {
  if (const auto* i = std::get_if<int64_t>(&value)) return *i;
  if (const auto* u = std::get_if<uint64_t>(&value)) {
    if (*u <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      return static_cast<int64_t>(*u);
    }
  }
  return std::nullopt;
}

const GgufValue* GgufFile::Find(std::string_view key) const {
  for (const auto& [k, v] : metadata) {
    if (k == key) return &v;
  }
  return nullptr;
}

Result<GgufFile> ParseGguf(std::string_view bytes, const std::string& path) {
  Reader r(bytes, path);
  GgufFile f;
  f.path = path;
  ASSIGN_OR_RETURN(uint32_t magic, r.Read<uint32_t>("header", "magic"));
  if (magic != kGgufMagic) {
    return r.Fail("header", "magic at byte 0 is 0x", std::hex, magic, std::dec,
                  ", not 0x46554747 (\"GGUF\"); not a GGUF file");
  }
  ASSIGN_OR_RETURN(f.version, r.Read<uint32_t>("header", "version"));
  if (f.version == 1) {
    return r.Fail("header", "version 1 is not supported (32-bit counts; re-convert the file "
                            "with a current llama.cpp)");
  }
  if (f.version == 0x02000000 || f.version == 0x03000000) {
    return r.Fail("header", "version ", f.version, " is a big-endian file; not supported");
  }
  if (f.version != 2 && f.version != 3) {
    return r.Fail("header", "version ", f.version, " is not supported (expected 2 or 3)");
  }
  ASSIGN_OR_RETURN(uint64_t tensor_count, r.Read<uint64_t>("header", "tensor_count"));
  ASSIGN_OR_RETURN(uint64_t kv_count, r.Read<uint64_t>("header", "metadata_kv_count"));
  if (tensor_count > kMaxTensors || tensor_count > r.remaining() / kMinTensorInfoBytes) {
    return r.Fail("header", "tensor_count ", tensor_count, " exceeds what ", r.remaining(),
                  " remaining bytes can hold (limit ", kMaxTensors, ")");
  }
  if (kv_count > r.remaining() / kMinKvBytes) {
    return r.Fail("header", "metadata_kv_count ", kv_count, " exceeds what ", r.remaining(),
                  " remaining bytes can hold");
  }
  if (kv_count * kMinKvBytes + tensor_count * kMinTensorInfoBytes > r.remaining()) {
    return r.Fail("header", "metadata_kv_count ", kv_count, " and tensor_count ", tensor_count,
                  " exceed what ", r.remaining(), " remaining bytes can hold");
  }

  f.metadata.reserve(kv_count);
  std::set<std::string_view> keys;
  uint64_t array_elements = 0;
  for (uint64_t i = 0; i < kv_count; ++i) {
    const uint64_t at = r.pos();
    ASSIGN_OR_RETURN(std::string_view key,
                     r.String(StrCat("metadata #", i, " (byte ", at, ")"), "key"));
    const std::string where = StrCat(KeyWhere(key), " (byte ", at, ")");
    if (!keys.insert(key).second) return r.Fail(where, "duplicate key");
    const uint64_t type_at = r.pos();
    ASSIGN_OR_RETURN(uint32_t type, r.Read<uint32_t>(where, "value type"));
    ASSIGN_OR_RETURN(GgufValue v, ReadValue(r, type, type_at, where, &array_elements));
    f.metadata.emplace_back(std::string(key), std::move(v));
  }
  if (const GgufValue* a = f.Find("general.alignment")) {
    const std::string where = KeyWhere("general.alignment");
    if (a->type != GgufType::kU32) {
      return r.Fail(where, "has type ", GgufTypeName(a->type), "; must be u32");
    }
    const uint64_t align = *a->Get<uint64_t>();
    if (align == 0 || (align & (align - 1)) != 0) {
      return r.Fail(where, align, " is not a power of two");
    }
    f.alignment = static_cast<int64_t>(align);
  }

  f.tensors.reserve(tensor_count);
  std::set<std::string_view> names;
  for (uint64_t i = 0; i < tensor_count; ++i) {
    std::string_view name;
    const uint64_t at = r.pos();
    ASSIGN_OR_RETURN(GgufTensorInfo t, ReadTensorInfo(r, i, &name));
    if (!names.insert(name).second) {
      return r.Fail(StrCat("tensor '", t.name, "' (byte ", at, ")"), "duplicate tensor name");
    }
    f.tensors.push_back(std::move(t));
  }
  // pos <= size < 2^63 and alignment <= 2^31: no overflow.
  const uint64_t align = static_cast<uint64_t>(f.alignment);
  f.data_offset = static_cast<int64_t>((r.pos() + align - 1) / align * align);

  const int64_t size = static_cast<int64_t>(bytes.size());
  std::vector<std::tuple<int64_t, int64_t, size_t>> ranges;  // [begin, end), index
  ranges.reserve(f.tensors.size());
  for (size_t i = 0; i < f.tensors.size(); ++i) {
    GgufTensorInfo& t = f.tensors[i];
    const std::string where = StrCat("tensor '", t.name, "'");
    if (t.offset % f.alignment != 0) {
      return r.Fail(where, "offset ", t.offset, " is not a multiple of the alignment ",
                    f.alignment);
    }
    const int64_t rel = t.offset;  // <= size, checked when read
    t.offset = f.data_offset + rel;
    if (t.offset > size || t.bytes > size - t.offset) {
      return r.Fail(where, t.bytes, " bytes at offset ", rel, " of the data section (byte ",
                    t.offset, ") run past the end of the file (", size, " bytes)");
    }
    ranges.emplace_back(t.offset, t.offset + t.bytes, i);
  }
  std::sort(ranges.begin(), ranges.end());
  for (size_t i = 1; i < ranges.size(); ++i) {
    const auto& [b0, e0, i0] = ranges[i - 1];
    const auto& [b1, e1, i1] = ranges[i];
    if (b1 < e0 && b1 < e1) {
      return r.Fail(StrCat("tensor '", f.tensors[i1].name, "'"), "bytes [", b1, ", ", e1,
                    ") overlap tensor '", f.tensors[i0].name, "' at [", b0, ", ", e0, ")");
    }
  }
  return f;
}

Result<GgufFile> ReadGgufHeader(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error(path, ": cannot open: ", std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    return Error(path, ": cannot stat: ", std::strerror(err));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Error(path, ": not a regular file");
  }
  const size_t size = static_cast<size_t>(st.st_size);
  if (size == 0) {
    ::close(fd);
    return ParseGguf(std::string_view(), path);
  }
  void* addr = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const int err = errno;
  ::close(fd);
  if (addr == MAP_FAILED) return Error(path, ": mmap failed: ", std::strerror(err));
  Result<GgufFile> out = ParseGguf(std::string_view(static_cast<const char*>(addr), size), path);
  ::munmap(addr, size);
  return out;
}

}  // namespace hf2hlo
