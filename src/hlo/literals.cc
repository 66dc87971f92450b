// Literal conversion: decimal and hex element spellings to the bytes of each
// StableHLO element type.
#include "hlo/literals.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace hf2hlo::hlo {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses "0x..." or decimal digits into a uint64; false on overflow or junk.
bool ParseUnsigned(std::string_view text, uint64_t* out) {
  uint64_t v = 0;
  if (text.size() > 2 && text[0] == '0' && text[1] == 'x') {
    text.remove_prefix(2);
    for (char c : text) {
      int h = HexValue(c);
      if (h < 0 || v > (std::numeric_limits<uint64_t>::max() >> 4)) return false;
      v = (v << 4) | static_cast<uint64_t>(h);
    }
  } else {
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size()) return false;
  }
  *out = v;
  return true;
}

void StoreLE(uint64_t bits, int64_t nbytes, uint8_t* dst) {
  for (int64_t i = 0; i < nbytes; ++i) dst[i] = static_cast<uint8_t>(bits >> (8 * i));
}

void StoreDouble(ElementType type, double v, uint8_t* dst) {
  switch (type) {
    case ElementType::kF64:
      StoreLE(std::bit_cast<uint64_t>(v), 8, dst);
      break;
    case ElementType::kF32:
      StoreLE(std::bit_cast<uint32_t>(static_cast<float>(v)), 4, dst);
      break;
    case ElementType::kF16:
      StoreLE(FloatToHalf(static_cast<float>(v)), 2, dst);
      break;
    default:
      StoreLE(FloatToBFloat16(static_cast<float>(v)), 2, dst);
      break;
  }
}

Status EncodeFloat(ElementType type, const DenseScalar& s, uint8_t* dst) {
  int64_t nbytes = ElementBytes(type);
  if (s.kind == Tok::kInt && s.text.size() > 2 && s.text[1] == 'x') {
    // A hex float is the element's bit pattern.
    uint64_t bits = 0;
    if (s.negative || !ParseUnsigned(s.text, &bits) ||
        (nbytes < 8 && (bits >> (8 * nbytes)) != 0)) {
      return Error("hex float '", s.text, "' does not fit ", ElementTypeName(type));
    }
    StoreLE(bits, nbytes, dst);
    return OkStatus();
  }
  double v = 0;
  if (s.kind == Tok::kIdent && (s.text == "inf" || s.text == "nan")) {
    v = s.text == "inf" ? std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::quiet_NaN();
  } else if (s.kind == Tok::kInt || s.kind == Tok::kFloat) {
    auto [ptr, ec] = std::from_chars(s.text.data(), s.text.data() + s.text.size(), v);
    if (ptr != s.text.data() + s.text.size() ||
        (ec != std::errc() && ec != std::errc::result_out_of_range)) {
      return Error("malformed float literal '", s.text, "'");
    }
    if (ec == std::errc::result_out_of_range) {
      // Out of double range: overflow to infinity, underflow to zero.
      bool big = s.text.find_first_of("eE") == std::string_view::npos ||
                 s.text[s.text.find_first_of("eE") + 1] != '-';
      v = big ? std::numeric_limits<double>::infinity() : 0.0;
    }
  } else {
    return Error("expected a float literal for ", ElementTypeName(type), ", got '", s.text, "'");
  }
  StoreDouble(type, s.negative ? -v : v, dst);
  return OkStatus();
}

Status EncodeInt(ElementType type, const DenseScalar& s, uint8_t* dst) {
  if (type == ElementType::kI1) {
    if (s.kind == Tok::kIdent && (s.text == "true" || s.text == "false")) {
      dst[0] = s.text == "true" ? 1 : 0;
      return OkStatus();
    }
    if (s.kind == Tok::kInt && !s.negative && (s.text == "0" || s.text == "1")) {
      dst[0] = s.text == "1" ? 1 : 0;
      return OkStatus();
    }
    return Error("expected true, false, 0 or 1 for i1, got '", s.negative ? "-" : "", s.text, "'");
  }
  uint64_t mag = 0;
  if (s.kind != Tok::kInt || !ParseUnsigned(s.text, &mag)) {
    return Error("expected an integer literal for ", ElementTypeName(type), ", got '",
                 s.negative ? "-" : "", s.text, "'");
  }
  int bits = static_cast<int>(ElementBytes(type) * 8);
  uint64_t umax = bits == 64 ? std::numeric_limits<uint64_t>::max() : (uint64_t{1} << bits) - 1;
  // Signless integers accept [-2^(n-1), 2^n - 1] like MLIR; unsigned [0, 2^n - 1].
  uint64_t neg_max = IsUnsignedInt(type) ? 0 : uint64_t{1} << (bits - 1);
  if ((s.negative && mag > neg_max) || (!s.negative && mag > umax)) {
    return Error("integer literal ", s.negative ? "-" : "", s.text, " does not fit ",
                 ElementTypeName(type));
  }
  uint64_t v = s.negative ? (~mag + 1) : mag;
  StoreLE(v, ElementBytes(type), dst);
  return OkStatus();
}

Status EncodeScalar(ElementType type, const DenseScalar& s, uint8_t* dst) {
  return IsFloat(type) ? EncodeFloat(type, s, dst) : EncodeInt(type, s, dst);
}

}  // namespace

uint16_t FloatToHalf(float value) {
  uint32_t x = std::bit_cast<uint32_t>(value);
  uint32_t sign = (x >> 16) & 0x8000u;
  uint32_t exp = (x >> 23) & 0xffu;
  uint32_t mant = x & 0x7fffffu;
  if (exp == 0xff)
    return static_cast<uint16_t>(sign | 0x7c00u | (mant ? 0x200u | (mant >> 13) : 0u));
  int e = static_cast<int>(exp) - 127 + 15;
  if (e >= 31) return static_cast<uint16_t>(sign | 0x7c00u);
  if (e <= 0) {
    if (e < -10) return static_cast<uint16_t>(sign);
    mant |= 0x800000u;
    int shift = 14 - e;
    uint32_t h = mant >> shift;
    uint32_t rem = mant & ((1u << shift) - 1);
    uint32_t halfway = 1u << (shift - 1);
    if (rem > halfway || (rem == halfway && (h & 1u))) ++h;
    return static_cast<uint16_t>(sign | h);
  }
  uint32_t h = (static_cast<uint32_t>(e) << 10) | (mant >> 13);
  uint32_t rem = mant & 0x1fffu;
  if (rem > 0x1000u || (rem == 0x1000u && (h & 1u))) ++h;  // a carry may reach inf: correct
  return static_cast<uint16_t>(sign | h);
}

uint16_t FloatToBFloat16(float value) {
  uint32_t x = std::bit_cast<uint32_t>(value);
  if (std::isnan(value)) return static_cast<uint16_t>((x >> 16) | 0x40u);
  uint32_t lsb = (x >> 16) & 1u;
  x += 0x7fffu + lsb;
  return static_cast<uint16_t>(x >> 16);
}

Status LiteralToBytes(const DenseLiteral& literal, const TensorType& type,
                      std::vector<uint8_t>* bytes, SourceLoc* error_loc) {
  *error_loc = literal.loc;
  int64_t n = type.num_elements();
  int64_t eb = ElementBytes(type.element);
  if (n > kMaxLiteralBytes / eb) {
    return Error("constant of type ", type.ToString(), " is larger than the limit of ",
                 kMaxLiteralBytes, " bytes");
  }
  int64_t total = n * eb;
  switch (literal.kind) {
    case DenseLiteral::Kind::kHex: {
      int64_t got = static_cast<int64_t>(literal.hex.size() / 2);
      if (literal.hex.size() % 2 != 0 || (got != total && got != eb)) {
        return Error("hex literal has ", literal.hex.size(), " digits; ", type.ToString(),
                     " needs ", 2 * total, " (or ", 2 * eb, " for a splat)");
      }
      std::vector<uint8_t> raw(static_cast<size_t>(got));
      for (int64_t i = 0; i < got; ++i) {
        int hi = HexValue(literal.hex[2 * i]), lo = HexValue(literal.hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return Error("bad hex digit in literal at byte ", i);
        raw[i] = static_cast<uint8_t>(hi * 16 + lo);
        if (type.element == ElementType::kI1) raw[i] = raw[i] != 0;
      }
      if (got == total) {
        *bytes = std::move(raw);
      } else {
        bytes->resize(static_cast<size_t>(total));
        for (int64_t i = 0; i < n; ++i) std::memcpy(bytes->data() + i * eb, raw.data(), eb);
      }
      return OkStatus();
    }
    case DenseLiteral::Kind::kSplat: {
      uint8_t one[8] = {};
      *error_loc = literal.elements[0].loc;
      RETURN_IF_ERROR(EncodeScalar(type.element, literal.elements[0], one));
      bytes->resize(static_cast<size_t>(total));
      for (int64_t i = 0; i < n; ++i) std::memcpy(bytes->data() + i * eb, one, eb);
      return OkStatus();
    }
    case DenseLiteral::Kind::kList: {
      if (literal.shape != type.dims) {
        TensorType got{type.element, literal.shape};
        return Error("literal shape ", got.ToString(), " does not match its type ",
                     type.ToString());
      }
      if (static_cast<int64_t>(literal.elements.size()) != n)
        return Error("literal has the wrong element count");
      bytes->resize(static_cast<size_t>(total));
      for (int64_t i = 0; i < n; ++i) {
        const DenseScalar& s = literal.elements[static_cast<size_t>(i)];
        *error_loc = s.loc;
        RETURN_IF_ERROR(EncodeScalar(type.element, s, bytes->data() + i * eb));
      }
      return OkStatus();
    }
  }
  return Error("bad literal");
}

}  // namespace hf2hlo::hlo
