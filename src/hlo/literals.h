// hf2hlo hlo: dense<...> literals -> row-major bytes (internal to the parser).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "hlo/hlo.h"
#include "hlo/lexer.h"

namespace hf2hlo::hlo {

// Largest constant literal, in bytes, that the parser materializes.
inline constexpr int64_t kMaxLiteralBytes = int64_t{1} << 31;

// One element of a dense literal as written: an int, float, hex int (a bit
// pattern for float types), true/false, or inf/nan; `negative` when a '-'
// preceded it.
struct DenseScalar {
  Tok kind = Tok::kInt;
  std::string_view text;
  bool negative = false;
  SourceLoc loc;
};

// The body of dense<...> before its type is known: a hex blob
// ("0x0000803F..."), a splat scalar, or a nested list with its shape.
struct DenseLiteral {
  enum class Kind { kHex, kSplat, kList } kind = Kind::kSplat;
  std::string_view hex;               // kHex: the digits after "0x"
  std::vector<int64_t> shape;         // kList: nested list sizes, outermost first
  std::vector<DenseScalar> elements;  // kSplat: one; kList: row-major
  size_t leaf_depth = 0;              // kList: nesting depth of the scalars
  SourceLoc loc;
};

// Converts the literal to the bytes of `type` (row-major, little-endian, i1
// as 0/1 bytes). Errors name the offending element and say what was expected;
// they carry no file prefix, only the text after "line:col: ".
Status LiteralToBytes(const DenseLiteral& literal, const TensorType& type,
                      std::vector<uint8_t>* bytes, SourceLoc* error_loc);

// IEEE binary16 and bfloat16 bits of `value`, rounded to nearest even.
uint16_t FloatToHalf(float value);
uint16_t FloatToBFloat16(float value);

}  // namespace hf2hlo::hlo
