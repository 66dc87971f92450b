// Attribute values, integer lists and dense<...> literals.
#include <charconv>
#include <cstdint>
#include <limits>

#include "hlo/parser.h"

namespace hf2hlo::hlo {
namespace {

bool ToInt64(std::string_view text, bool negative, int64_t* out) {
  uint64_t mag = 0;
  std::from_chars_result r{};
  if (text.size() > 2 && text[1] == 'x') {
    r = std::from_chars(text.data() + 2, text.data() + text.size(), mag, 16);
  } else {
    r = std::from_chars(text.data(), text.data() + text.size(), mag);
  }
  if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return false;
  if (mag > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return false;
  *out = negative ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
  return true;
}

}  // namespace

Result<int64_t> Parser::ParseInt() {
  SourceLoc loc = Here();
  bool negative = Consume(Tok::kMinus);
  if (!Is(Tok::kInt)) return Unexpected("an integer");
  int64_t v = 0;
  if (!ToInt64(tok_.text, negative, &v)) return Err(loc, "integer '", tok_.text, "' out of range");
  Advance();
  return v;
}

Result<std::vector<int64_t>> Parser::ParseIntList() {
  RETURN_IF_ERROR(Expect(Tok::kLSquare, "'['"));
  std::vector<int64_t> out;
  if (Consume(Tok::kRSquare)) return out;
  do {
    ASSIGN_OR_RETURN(int64_t v, ParseInt());
    out.push_back(v);
  } while (Consume(Tok::kComma));
  RETURN_IF_ERROR(Expect(Tok::kRSquare, "',' or ']'"));
  return out;
}

Result<AttrDict> Parser::ParseAttrDict(int depth) {
  RETURN_IF_ERROR(Expect(Tok::kLBrace, "'{'"));
  AttrDict dict;
  if (Consume(Tok::kRBrace)) return dict;
  do {
    if (!Is(Tok::kIdent) && !Is(Tok::kString)) return Unexpected("an attribute name");
    std::string key(tok_.text);
    SourceLoc loc = Here();
    Advance();
    Attr value;
    value.loc = loc;
    if (Consume(Tok::kEqual)) {
      ASSIGN_OR_RETURN(value, ParseAttr(depth + 1));
    } else {
      value.kind = Attr::Kind::kBool;  // a unit attribute
      value.text = "true";
    }
    dict.emplace_back(std::move(key), std::move(value));
  } while (Consume(Tok::kComma));
  RETURN_IF_ERROR(Expect(Tok::kRBrace, "',' or '}' in the attribute dictionary"));
  return dict;
}

Result<Attr> Parser::ParseAttr(int depth) {
  if (depth > kMaxDepth) return Err(Here(), "attributes nested too deeply");
  Attr a;
  a.loc = Here();
  if (Is(Tok::kInt) || Is(Tok::kMinus)) {
    a.negative = Consume(Tok::kMinus);
    if (Is(Tok::kFloat)) {
      Advance();
      if (Consume(Tok::kColon)) RETURN_IF_ERROR(SkipAttrValue());
      return a;  // kOther
    }
    if (!Is(Tok::kInt)) return Unexpected("a number");
    a.kind = Attr::Kind::kInt;
    a.text = tok_.text;
    int64_t v = 0;
    if (!ToInt64(tok_.text, a.negative, &v))
      return Err(a.loc, "integer '", tok_.text, "' out of range");
    a.ints = {v};
    Advance();
    if (Consume(Tok::kColon)) {
      if (!Is(Tok::kIdent)) return Unexpected("an integer type");
      Advance();
    }
    return a;
  }
  if (IsIdent("true") || IsIdent("false")) {
    a.kind = Attr::Kind::kBool;
    a.text = tok_.text;
    Advance();
    return a;
  }
  if (Is(Tok::kString)) {
    a.kind = Attr::Kind::kString;
    a.text = tok_.text;
    Advance();
    if (Consume(Tok::kColon)) RETURN_IF_ERROR(SkipAttrValue());
    return a;
  }
  if (IsIdent("array")) {  // array<i64: 1, 2>
    Advance();
    RETURN_IF_ERROR(Expect(Tok::kLess, "'<' after 'array'"));
    if (!IsIdent("i64") && !IsIdent("i32")) return Unexpected("'i64' in array<...>");
    Advance();
    a.kind = Attr::Kind::kInts;
    if (Consume(Tok::kColon)) {
      do {
        ASSIGN_OR_RETURN(int64_t v, ParseInt());
        a.ints.push_back(v);
      } while (Consume(Tok::kComma));
    }
    RETURN_IF_ERROR(Expect(Tok::kGreater, "',' or '>' in array<...>"));
    return a;
  }
  if (IsIdent("dense")) {
    ASSIGN_OR_RETURN(a.dense, ParseDense());
    RETURN_IF_ERROR(Expect(Tok::kColon, "':' and a type after dense<...>"));
    ASSIGN_OR_RETURN(a.dense_type, ParseType());
    a.kind = Attr::Kind::kDense;
    // Old-style dimension lists: dense<[1, 0]> : tensor<2xi64>.
    bool ints = a.dense.kind != DenseLiteral::Kind::kHex;
    for (const DenseScalar& s : a.dense.elements) {
      int64_t v = 0;
      if (s.kind != Tok::kInt || !ToInt64(s.text, s.negative, &v)) {
        ints = false;
        break;
      }
      a.ints.push_back(v);
    }
    if (!ints) a.ints.clear();
    return a;
  }
  if (Consume(Tok::kLSquare)) {
    a.kind = Attr::Kind::kList;
    if (!Is(Tok::kRSquare)) {
      do {
        ASSIGN_OR_RETURN(Attr item, ParseAttr(depth + 1));
        a.items.push_back(std::move(item));
      } while (Consume(Tok::kComma));
    }
    RETURN_IF_ERROR(Expect(Tok::kRSquare, "',' or ']'"));
    bool all_ints = true;
    for (const Attr& item : a.items) all_ints = all_ints && item.kind == Attr::Kind::kInt;
    if (all_ints) {
      for (const Attr& item : a.items) a.ints.push_back(item.ints[0]);
    }
    return a;
  }
  if (Is(Tok::kHash)) {
    std::string_view name = tok_.text;
    Advance();
    if (!Is(Tok::kLess)) return a;  // an alias such as #loc3
    if (name == "#stablehlo") {     // #stablehlo<comparison_direction LT>
      Advance();
      if (!Is(Tok::kIdent)) return Unexpected("an enum kind");
      Advance();
      if (!Is(Tok::kIdent)) return Unexpected("an enum value");
      a.kind = Attr::Kind::kEnum;
      a.text = tok_.text;
      Advance();
      RETURN_IF_ERROR(Expect(Tok::kGreater, "'>' closing the enum"));
      return a;
    }
    if (name.substr(0, 11) == "#stablehlo.") {  // #stablehlo.gather<k = v, ...>
      Advance();
      a.kind = Attr::Kind::kStruct;
      a.text = name;
      if (!Is(Tok::kGreater)) {
        do {
          if (!Is(Tok::kIdent)) return Unexpected("a field name");
          std::string key(tok_.text);
          Advance();
          RETURN_IF_ERROR(Expect(Tok::kEqual, "'=' after the field name"));
          ASSIGN_OR_RETURN(Attr value, ParseAttr(depth + 1));
          a.fields.push_back(AttrField{std::move(key), std::move(value)});
        } while (Consume(Tok::kComma));
      }
      RETURN_IF_ERROR(Expect(Tok::kGreater, "',' or '>'"));
      return a;
    }
    RETURN_IF_ERROR(SkipBalanced());
    return a;
  }
  if (Is(Tok::kLBrace)) {
    RETURN_IF_ERROR(ParseAttrDict(depth + 1).status());
    return a;
  }
  RETURN_IF_ERROR(SkipAttrValue());
  return a;
}

// dense<"0x..."> | dense<scalar> | dense<[...]>; the type follows elsewhere.
Result<DenseLiteral> Parser::ParseDense() {
  DenseLiteral lit;
  lit.loc = Here();
  RETURN_IF_ERROR(ExpectIdent("dense"));
  RETURN_IF_ERROR(Expect(Tok::kLess, "'<' after 'dense'"));
  if (Is(Tok::kString)) {
    std::string_view s = tok_.text;
    if (s.size() < 2 || s[0] != '0' || s[1] != 'x')
      return Err(Here(), "expected a hex string \"0x...\"");
    lit.kind = DenseLiteral::Kind::kHex;
    lit.hex = s.substr(2);
    Advance();
  } else if (Is(Tok::kLSquare)) {
    lit.kind = DenseLiteral::Kind::kList;
    RETURN_IF_ERROR(ParseDenseList(&lit, 0));
  } else {
    lit.kind = DenseLiteral::Kind::kSplat;
    RETURN_IF_ERROR(ParseDenseList(&lit, 0));
  }
  RETURN_IF_ERROR(Expect(Tok::kGreater, "'>' closing dense<...>"));
  return lit;
}

// A scalar, or a '[' list ']' whose sizes must agree with earlier lists at
// the same depth (lit->shape); all scalars sit at one depth.
Status Parser::ParseDenseList(DenseLiteral* lit, size_t depth) {
  size_t leaf = lit->elements.empty() ? SIZE_MAX : lit->leaf_depth;
  if (!Is(Tok::kLSquare)) {
    if (depth != lit->shape.size() || (leaf != SIZE_MAX && depth != leaf)) {
      return Err(Here(), "literal nesting is inconsistent");
    }
    DenseScalar s;
    s.loc = Here();
    s.negative = Consume(Tok::kMinus);
    if (!Is(Tok::kInt) && !Is(Tok::kFloat) && !IsIdent("true") && !IsIdent("false") &&
        !IsIdent("inf") && !IsIdent("nan")) {
      return Unexpected("a literal element");
    }
    s.kind = tok_.kind;
    s.text = tok_.text;
    Advance();
    lit->leaf_depth = depth;
    lit->elements.push_back(s);
    return OkStatus();
  }
  SourceLoc loc = Here();
  if (depth >= static_cast<size_t>(kMaxRank)) return Err(loc, "literal nested too deeply");
  if (depth > lit->shape.size() || (leaf != SIZE_MAX && depth >= leaf)) {
    return Err(loc, "literal nesting is inconsistent");
  }
  Advance();
  if (lit->shape.size() == depth) lit->shape.push_back(-1);
  int64_t count = 0;
  if (!Is(Tok::kRSquare)) {
    do {
      RETURN_IF_ERROR(ParseDenseList(lit, depth + 1));
      ++count;
    } while (Consume(Tok::kComma));
  }
  RETURN_IF_ERROR(Expect(Tok::kRSquare, "',' or ']' in the literal"));
  if (lit->shape[depth] == -1) lit->shape[depth] = count;
  if (lit->shape[depth] != count) {
    return Err(loc, "literal list has ", count, " elements, expected ", lit->shape[depth]);
  }
  return OkStatus();
}

}  // namespace hf2hlo::hlo
