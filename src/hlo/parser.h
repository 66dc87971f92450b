// hf2hlo hlo: the recursive-descent parser behind ParseModule (internal).
//
// One token of lookahead over Lexer. Names are resolved while parsing, so
// undefined and redefined values are parse errors; private functions called
// with `call` are inlined into their callers once every function is parsed.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/base.h"
#include "hlo/hlo.h"
#include "hlo/lexer.h"
#include "hlo/literals.h"

namespace hf2hlo::hlo {

struct AttrField;

// A generic-form attribute value, reduced to what the supported ops read.
struct Attr {
  enum class Kind { kInt, kInts, kBool, kString, kEnum, kStruct, kDense, kList, kOther };
  Kind kind = Kind::kOther;
  bool negative = false;
  std::string_view text;                             // kInt digits, kString contents, kEnum word
  std::vector<int64_t> ints;                         // kInts (and kInt's value at ints[0])
  std::vector<AttrField> fields;                     // kStruct
  std::vector<Attr> items;                           // kList
  DenseLiteral dense;                                // kDense
  TensorType dense_type;                             // kDense
  SourceLoc loc;
};
// A field of a struct attribute (a named member, not std::pair: a pair of
// the incomplete Attr is rejected by clang with libstdc++).
struct AttrField {
  std::string key;
  Attr value;
};
using AttrDict = std::vector<std::pair<std::string, Attr>>;

// The `:` part of an op: `(ins) -> outs` or a plain type list.
struct Signature {
  bool functional = false;
  std::vector<TensorType> ins, outs;
  SourceLoc loc;
};

struct CallSite {
  size_t op_index = 0;  // the call sits before body.ops[op_index]
  std::string callee;
  std::vector<ValueId> operands, results;
  SourceLoc loc;
};

class Parser {
 public:
  Parser(std::string_view text, std::string_view filename);
  Result<Module> Run();

 private:
  struct ResultName {
    std::string name;  // without '%'
    int count = 1;
    SourceLoc loc;
  };
  using Scope = std::unordered_map<std::string, std::vector<ValueId>>;

  // Tokens and errors.
  void Advance();
  bool Is(Tok kind) const { return tok_.kind == kind; }
  bool IsIdent(std::string_view word) const {
    return tok_.kind == Tok::kIdent && tok_.text == word;
  }
  bool Consume(Tok kind);
  bool ConsumeIdent(std::string_view word);
  Status Expect(Tok kind, std::string_view what);
  Status ExpectIdent(std::string_view word);
  SourceLoc Here() const { return {tok_.line, tok_.column}; }
  template <typename... Args>
  Status Err(SourceLoc loc, const Args&... args) const {
    return Error(filename_, ":", loc.line, ":", loc.column, ": ", args...);
  }
  Status Unexpected(std::string_view what) const;

  // Module structure (parser.cc).
  Status ParseTopLevel();
  Status ParseFunction();
  Status ParseFunctionArg(Function* fn, Scope* scope);
  Status ParseRegionBody(Region* region, bool is_function, int depth);
  Status SkipLocation(std::string* name, std::string* alias);
  Status SkipBalanced();
  Status SkipAttrValue();
  Result<Attr> ParseAttr(int depth);
  Result<AttrDict> ParseAttrDict(int depth);
  Result<std::vector<int64_t>> ParseIntList();  // [1, 2, -3]
  Result<int64_t> ParseInt();                   // 1, -2
  Result<TensorType> ParseType();
  Result<Signature> ParseSignature();
  Result<DenseLiteral> ParseDense();
  Status ParseDenseList(DenseLiteral* lit, size_t depth);
  Status InlineCalls();
  Status ResolveArgNames();

  // Values.
  ValueId NewValue(const TensorType& type, std::string name);
  Result<ValueId> ParseOperand();
  Result<std::vector<ValueId>> ParseOperandList(Tok close);  // until `close`, not consumed
  Status DefineResults(const std::vector<ResultName>& names, const std::vector<ValueId>& values);

  // Operations (parse_ops.cc).
  Status ParseOperation(Region* region, bool is_function, int depth, bool* terminated);
  Status ParsePrettyOp(OpCode code, Op* op, std::vector<TensorType>* result_types, int depth,
                       int num_results);
  Status ParseGenericOp(std::string_view name, SourceLoc name_loc, Op* op,
                        std::vector<TensorType>* result_types, int depth);
  Status ApplyGenericAttrs(const AttrDict& attrs, Op* op, SourceLoc loc);
  Status ParsePrettyReduce(Op* op, std::vector<TensorType>* result_types, int depth);
  Status ParseReducerRegions(Op* op, size_t n, int depth);
  Status ParseCall(const std::vector<ResultName>& names, Region* region, bool is_function,
                   SourceLoc loc);
  Status MatchSignature(const Op& op, const Signature& sig, std::vector<TensorType>* result_types);
  Status SkipTrailer();  // optional attr-dict handled by callers; optional loc(...)

  std::string_view text_;
  std::string filename_;
  Lexer lexer_;
  Token tok_;
  Module module_;
  std::vector<Scope*> scopes_;                // innermost last; regions are isolated from above
  std::vector<std::vector<CallSite>> calls_;  // per function
  struct PendingArgLoc {
    size_t function = 0, arg = 0;
    std::string alias;  // "#loc3"
  };
  std::vector<PendingArgLoc> pending_arg_locs_;
  std::map<std::string, std::string, std::less<>> loc_names_;  // "#loc3" -> name
  std::unordered_set<std::string> function_names_;
  int64_t total_ops_ = 0;
};

// The op table's row named `name`, or null. Terminators are not found: the
// parser recognises their spellings itself.
const OpInfo* FindOp(std::string_view name);

// Caps on what hostile input can make the parser allocate.
inline constexpr int64_t kMaxElements = int64_t{1} << 40;
inline constexpr int kMaxRank = 64;
inline constexpr int64_t kMaxOps = int64_t{1} << 20;
inline constexpr size_t kMaxValues = size_t{1} << 26;
inline constexpr int kMaxDepth = 32;

}  // namespace hf2hlo::hlo
