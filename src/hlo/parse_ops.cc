// Operations: pretty forms as StableHLO prints them, the generic
// "stablehlo.op"(...) form, returns and calls.
#include <unordered_map>

#include "hlo/parser.h"

namespace hf2hlo::hlo {
namespace {

bool ParseDirection(std::string_view s, ComparisonDirection* out) {
  static const std::pair<std::string_view, ComparisonDirection> kDirs[] = {
      {"EQ", ComparisonDirection::kEq}, {"NE", ComparisonDirection::kNe},
      {"GE", ComparisonDirection::kGe}, {"GT", ComparisonDirection::kGt},
      {"LE", ComparisonDirection::kLe}, {"LT", ComparisonDirection::kLt}};
  for (const auto& [name, d] : kDirs) {
    if (s == name) {
      *out = d;
      return true;
    }
  }
  return false;
}

bool ParseCompareType(std::string_view s, ComparisonType* out) {
  static const std::pair<std::string_view, ComparisonType> kTypes[] = {
      {"NOTYPE", ComparisonType::kNone},
      {"FLOAT", ComparisonType::kFloat},
      {"TOTALORDER", ComparisonType::kTotalOrder},
      {"SIGNED", ComparisonType::kSigned},
      {"UNSIGNED", ComparisonType::kUnsigned}};
  for (const auto& [name, t] : kTypes) {
    if (s == name) {
      *out = t;
      return true;
    }
  }
  return false;
}

bool IsReturnName(std::string_view s) {
  return s == "return" || s == "func.return" || s == "stablehlo.return";
}

}  // namespace

const OpInfo* FindOp(std::string_view name) {
  static const auto* by_name = [] {
    auto* m = new std::unordered_map<std::string_view, const OpInfo*>();
    for (const OpInfo& op : kOpTable) {
      if (op.category != OpCategory::kTerminator) (*m)[op.name] = &op;
    }
    return m;
  }();
  auto it = by_name->find(name);
  return it == by_name->end() ? nullptr : it->second;
}

Status Parser::ParseOperation(Region* region, bool is_function, int depth, bool* terminated) {
  std::vector<ResultName> names;
  int num_results = 0;
  if (Is(Tok::kValue)) {
    do {
      if (!Is(Tok::kValue)) return Unexpected("a result name");
      ResultName r;
      r.loc = Here();
      r.name = std::string(tok_.text.substr(1));
      if (r.name.find('#') != std::string::npos)
        return Err(r.loc, "bad result name '", tok_.text, "'");
      Advance();
      if (Consume(Tok::kColon)) {
        ASSIGN_OR_RETURN(int64_t count, ParseInt());
        if (count < 1 || count > 4096) return Err(r.loc, "bad result count ", count);
        r.count = static_cast<int>(count);
      }
      num_results += r.count;
      names.push_back(std::move(r));
    } while (Consume(Tok::kComma));
    RETURN_IF_ERROR(Expect(Tok::kEqual, "'=' after the result names"));
  }
  SourceLoc loc = Here();
  Op op;
  op.loc = loc;
  std::vector<TensorType> result_types;
  std::string_view name;
  if (Is(Tok::kString)) {
    name = tok_.text;
    Advance();
    RETURN_IF_ERROR(ParseGenericOp(name, loc, &op, &result_types, depth));
  } else if (Is(Tok::kIdent)) {
    name = tok_.text;
    if (name == "call" || name == "func.call") {
      Advance();
      return ParseCall(names, region, is_function, loc);
    }
    if (IsReturnName(name)) {
      Advance();
      op.code = OpCode::kReturn;
      if (Is(Tok::kValue)) {
        ASSIGN_OR_RETURN(op.operands, ParseOperandList(Tok::kColon));
        RETURN_IF_ERROR(Expect(Tok::kColon, "':' and the returned types"));
        ASSIGN_OR_RETURN(Signature sig, ParseSignature());
        RETURN_IF_ERROR(MatchSignature(op, sig, &result_types));
      }
    } else {
      const OpInfo* info = FindOp(name);
      if (!info) return Err(loc, "unsupported op '", name, "'");
      op.code = info->code;
      Advance();
      RETURN_IF_ERROR(ParsePrettyOp(op.code, &op, &result_types, depth, num_results));
    }
  } else {
    return Unexpected("an operation");
  }
  if (IsIdent("loc")) RETURN_IF_ERROR(SkipLocation(nullptr, nullptr));
  if (op.code == OpCode::kReturn) {
    if (!names.empty()) return Err(names[0].loc, "'", name, "' has no results");
    bool func_return = name != "stablehlo.return";
    if (func_return != is_function) {
      return Err(loc, "'", name, "' cannot end ",
                 is_function ? "a function (use 'return')" : "a region (use 'stablehlo.return')");
    }
    *terminated = true;
  }
  if (static_cast<int>(result_types.size()) != num_results) {
    return Err(loc, OpName(op.code), ": op has ", result_types.size(), " result(s) but ",
               num_results, " name(s) are bound");
  }
  for (const TensorType& t : result_types) op.results.push_back(NewValue(t, ""));
  RETURN_IF_ERROR(DefineResults(names, op.results));
  if (module_.value_types.size() > kMaxValues) return Err(loc, "too many values");
  if (++total_ops_ > kMaxOps) return Err(loc, "too many operations (limit ", kMaxOps, ")");
  region->ops.push_back(std::move(op));
  return OkStatus();
}

Status Parser::MatchSignature(const Op& op, const Signature& sig,
                              std::vector<TensorType>* result_types) {
  size_t n = op.operands.size();
  std::vector<TensorType> ins;
  result_types->clear();
  if (sig.functional) {
    ins = sig.ins;
    *result_types = sig.outs;
  } else if (op.code == OpCode::kReturn) {
    ins = sig.ins;
  } else if (op.code == OpCode::kSelect && sig.ins.size() == 2) {
    ins = {sig.ins[0], sig.ins[1], sig.ins[1]};
    result_types->push_back(sig.ins[1]);
  } else if (sig.ins.size() == 1) {
    ins.assign(n, sig.ins[0]);
    result_types->push_back(sig.ins[0]);
  } else {
    return Err(sig.loc, OpName(op.code), ": expected a type like '(operand types) -> result type'");
  }
  if (ins.size() != n) {
    return Err(sig.loc, OpName(op.code), ": ", ins.size(), " operand type(s) given for ", n,
               " operand(s)");
  }
  for (size_t i = 0; i < n; ++i) {
    const TensorType& actual = module_.type(op.operands[i]);
    if (actual != ins[i]) {
      return Err(sig.loc, OpName(op.code), ": operand #", i, " (",
                 module_.value_names[static_cast<size_t>(op.operands[i])], ") has type ",
                 actual.ToString(), " but the op's type says ", ins[i].ToString());
    }
  }
  return OkStatus();
}

Status Parser::ParsePrettyOp(OpCode code, Op* op, std::vector<TensorType>* result_types, int depth,
                             int num_results) {
  auto operands = [&](int count) -> Status {
    for (int i = 0; i < count; ++i) {
      if (i > 0) RETURN_IF_ERROR(Expect(Tok::kComma, "','"));
      ASSIGN_OR_RETURN(ValueId v, ParseOperand());
      op->operands.push_back(v);
    }
    return OkStatus();
  };
  // `, word = [ints]` (or `word = [ints]` when `comma` is false).
  auto keyword_list = [&](std::string_view word, bool comma, std::vector<int64_t>* out) -> Status {
    if (comma) RETURN_IF_ERROR(Expect(Tok::kComma, "','"));
    RETURN_IF_ERROR(ExpectIdent(word));
    RETURN_IF_ERROR(Expect(Tok::kEqual, "'='"));
    ASSIGN_OR_RETURN(*out, ParseIntList());
    return OkStatus();
  };
  // Operands up to (not including) `, word`.
  auto operands_until = [&](std::string_view word) -> Status {
    ASSIGN_OR_RETURN(ValueId v, ParseOperand());
    op->operands.push_back(v);
    while (Consume(Tok::kComma)) {
      if (IsIdent(word)) return OkStatus();
      ASSIGN_OR_RETURN(ValueId w, ParseOperand());
      op->operands.push_back(w);
    }
    return Unexpected(StrCat("', ", word, " = ...'"));
  };
  DenseLiteral literal;
  const OpInfo& info = GetOpInfo(code);
  if (info.form == OpForm::kOperandsOnly) {
    if (info.operands == kVariadic) {
      ASSIGN_OR_RETURN(op->operands, ParseOperandList(Tok::kColon));
    } else {
      RETURN_IF_ERROR(operands(info.operands));
    }
  } else {
    switch (code) {
      case OpCode::kCompare: {
        if (!Is(Tok::kIdent) || !ParseDirection(tok_.text, &op->direction)) {
          return Unexpected("a comparison direction (EQ, NE, GE, GT, LE, LT)");
        }
        Advance();
        RETURN_IF_ERROR(Expect(Tok::kComma, "','"));
        RETURN_IF_ERROR(operands(2));
        if (Consume(Tok::kComma)) {
          if (!Is(Tok::kIdent) || !ParseCompareType(tok_.text, &op->compare_type)) {
            return Unexpected("a comparison type (FLOAT, TOTALORDER, SIGNED, UNSIGNED, NOTYPE)");
          }
          Advance();
        }
        break;
      }
      case OpCode::kBroadcastInDim:
      case OpCode::kTranspose:
      case OpCode::kReverse:
        RETURN_IF_ERROR(operands(1));
        RETURN_IF_ERROR(keyword_list("dims", true, &op->dims));
        break;
      case OpCode::kIota: {
        RETURN_IF_ERROR(ExpectIdent("dim"));
        RETURN_IF_ERROR(Expect(Tok::kEqual, "'='"));
        ASSIGN_OR_RETURN(int64_t d, ParseInt());
        op->dims = {d};
        break;
      }
      case OpCode::kConcatenate: {
        RETURN_IF_ERROR(operands_until("dim"));
        Advance();
        RETURN_IF_ERROR(Expect(Tok::kEqual, "'='"));
        ASSIGN_OR_RETURN(int64_t d, ParseInt());
        op->dims = {d};
        break;
      }
      case OpCode::kSlice: {
        RETURN_IF_ERROR(operands(1));
        RETURN_IF_ERROR(Expect(Tok::kLSquare, "'[' and slice bounds like [0:2, 1:4]"));
        if (!Is(Tok::kRSquare)) {
          do {
            ASSIGN_OR_RETURN(int64_t start, ParseInt());
            RETURN_IF_ERROR(Expect(Tok::kColon, "':' in the slice bounds"));
            ASSIGN_OR_RETURN(int64_t limit, ParseInt());
            int64_t stride = 1;
            if (Consume(Tok::kColon)) {
              ASSIGN_OR_RETURN(stride, ParseInt());
            }
            op->dims.push_back(start);
            op->limits.push_back(limit);
            op->strides.push_back(stride);
          } while (Consume(Tok::kComma));
        }
        RETURN_IF_ERROR(Expect(Tok::kRSquare, "',' or ']' in the slice bounds"));
        break;
      }
      case OpCode::kDynamicSlice:
        RETURN_IF_ERROR(operands_until("sizes"));
        RETURN_IF_ERROR(keyword_list("sizes", false, &op->sizes));
        break;
      case OpCode::kPad:
        RETURN_IF_ERROR(operands(2));
        RETURN_IF_ERROR(keyword_list("low", true, &op->pad_low));
        RETURN_IF_ERROR(keyword_list("high", true, &op->pad_high));
        RETURN_IF_ERROR(keyword_list("interior", true, &op->pad_interior));
        break;
      case OpCode::kDotGeneral: {
        RETURN_IF_ERROR(operands(2));
        while (Consume(Tok::kComma)) {
          SourceLoc kloc = Here();
          if (!Is(Tok::kIdent))
            return Unexpected("'batching_dims', 'contracting_dims' or 'precision'");
          std::string_view key = tok_.text;
          Advance();
          RETURN_IF_ERROR(Expect(Tok::kEqual, "'='"));
          if (key == "batching_dims" || key == "contracting_dims") {
            bool batch = key == "batching_dims";
            ASSIGN_OR_RETURN(auto lhs, ParseIntList());
            RETURN_IF_ERROR(ExpectIdent("x"));
            ASSIGN_OR_RETURN(auto rhs, ParseIntList());
            (batch ? op->dot.lhs_batch : op->dot.lhs_contracting) = std::move(lhs);
            (batch ? op->dot.rhs_batch : op->dot.rhs_contracting) = std::move(rhs);
          } else if (key == "precision") {
            RETURN_IF_ERROR(SkipBalanced());
          } else if (key == "algorithm") {
            return Err(kloc, "stablehlo.dot_general: 'algorithm' is not supported");
          } else {
            return Err(kloc, "stablehlo.dot_general: unknown attribute '", key, "'");
          }
        }
        break;
      }
      case OpCode::kConstant: {
        ASSIGN_OR_RETURN(literal, ParseDense());
        break;
      }
      case OpCode::kReduce:
        return ParsePrettyReduce(op, result_types, depth);
      case OpCode::kGather:
        return Err(op->loc,
                   "stablehlo.gather has no pretty form; write it as \"stablehlo.gather\"(...)");
      default:
        return Err(op->loc, "unsupported op '", OpName(code), "'");
    }
  }
  if (Is(Tok::kLBrace)) RETURN_IF_ERROR(ParseAttrDict(0).status());
  RETURN_IF_ERROR(Expect(Tok::kColon, "':' and the op's type"));
  ASSIGN_OR_RETURN(Signature sig, ParseSignature());
  RETURN_IF_ERROR(MatchSignature(*op, sig, result_types));
  if (code == OpCode::kConstant) {
    if (result_types->size() != 1)
      return Err(sig.loc, "stablehlo.constant: expected one result type");
    SourceLoc error_loc;
    Status s = LiteralToBytes(literal, (*result_types)[0], &op->literal, &error_loc);
    if (!s.ok()) return Err(error_loc, "stablehlo.constant: ", s.message());
  }
  return OkStatus();
}

// stablehlo.reduce(%x init: %c), ... (applies OP | ...) across dimensions = [..] : sig [reducer
// ...]
Status Parser::ParsePrettyReduce(Op* op, std::vector<TensorType>* result_types, int depth) {
  std::vector<ValueId> inputs, inits;
  do {
    RETURN_IF_ERROR(Expect(Tok::kLParen, "'(' and '%input init: %init'"));
    ASSIGN_OR_RETURN(ValueId x, ParseOperand());
    RETURN_IF_ERROR(ExpectIdent("init"));
    RETURN_IF_ERROR(Expect(Tok::kColon, "':' after 'init'"));
    ASSIGN_OR_RETURN(ValueId c, ParseOperand());
    RETURN_IF_ERROR(Expect(Tok::kRParen, "')'"));
    inputs.push_back(x);
    inits.push_back(c);
  } while (Consume(Tok::kComma));
  op->operands = inputs;
  op->operands.insert(op->operands.end(), inits.begin(), inits.end());
  std::optional<OpCode> applies;
  SourceLoc applies_loc = Here();
  if (ConsumeIdent("applies")) {
    applies_loc = Here();
    const OpInfo* reducer = Is(Tok::kIdent) ? FindOp(tok_.text) : nullptr;
    if (!reducer || reducer->category != OpCategory::kBinaryElementwise) {
      return Unexpected("a binary elementwise op after 'applies'");
    }
    applies = reducer->code;
    Advance();
  }
  RETURN_IF_ERROR(ExpectIdent("across"));
  RETURN_IF_ERROR(ExpectIdent("dimensions"));
  RETURN_IF_ERROR(Expect(Tok::kEqual, "'='"));
  ASSIGN_OR_RETURN(op->dims, ParseIntList());
  if (Is(Tok::kLBrace)) RETURN_IF_ERROR(ParseAttrDict(0).status());
  RETURN_IF_ERROR(Expect(Tok::kColon, "':' and the op's type"));
  ASSIGN_OR_RETURN(Signature sig, ParseSignature());
  RETURN_IF_ERROR(MatchSignature(*op, sig, result_types));
  if (IsIdent("loc")) RETURN_IF_ERROR(SkipLocation(nullptr, nullptr));
  if (!applies) {
    RETURN_IF_ERROR(ExpectIdent("reducer"));
    return ParseReducerRegions(op, inputs.size(), depth);
  }
  if (inputs.size() != 1)
    return Err(applies_loc, "stablehlo.reduce: 'applies' needs exactly one input");
  auto body = std::make_shared<Region>();
  TensorType scalar{module_.type(inits[0]).element, {}};
  ValueId a = NewValue(scalar, "%lhs"), b = NewValue(scalar, "%rhs"), r = NewValue(scalar, "%r");
  body->args = {a, b};
  Op inner;
  inner.code = *applies;
  inner.loc = applies_loc;
  inner.operands = {a, b};
  inner.results = {r};
  Op ret;
  ret.code = OpCode::kReturn;
  ret.loc = applies_loc;
  ret.operands = {r};
  body->ops.push_back(std::move(inner));
  body->ops.push_back(std::move(ret));
  op->body = std::move(body);
  return OkStatus();
}

// reducer(%a: T, %b: T) (%c: U, %d: U) { ... }: group i binds block args i and n + i.
Status Parser::ParseReducerRegions(Op* op, size_t n, int depth) {
  if (depth + 1 > kMaxDepth) return Err(Here(), "regions nested too deeply");
  Scope scope;
  scopes_.push_back(&scope);
  auto body = std::make_shared<Region>();
  body->args.assign(2 * n, -1);
  for (size_t i = 0; i < n; ++i) {
    RETURN_IF_ERROR(Expect(Tok::kLParen, "'(' and two reducer arguments"));
    for (size_t k = 0; k < 2; ++k) {
      if (k == 1) RETURN_IF_ERROR(Expect(Tok::kComma, "','"));
      if (!Is(Tok::kValue)) return Unexpected("a reducer argument like '%a: tensor<f32>'");
      std::string name(tok_.text.substr(1));
      SourceLoc loc = Here();
      Advance();
      RETURN_IF_ERROR(Expect(Tok::kColon, "':'"));
      ASSIGN_OR_RETURN(TensorType t, ParseType());
      if (scope.count(name)) return Err(loc, "redefinition of value '%", name, "'");
      ValueId v = NewValue(t, "%" + name);
      scope[name] = {v};
      body->args[k * n + i] = v;
    }
    RETURN_IF_ERROR(Expect(Tok::kRParen, "')'"));
  }
  RETURN_IF_ERROR(Expect(Tok::kLBrace, "'{' opening the reducer body"));
  RETURN_IF_ERROR(ParseRegionBody(body.get(), false, depth + 1));
  scopes_.pop_back();
  op->body = std::move(body);
  return OkStatus();
}

Status Parser::ParseCall(const std::vector<ResultName>& names, Region* region, bool is_function,
                         SourceLoc loc) {
  if (!is_function) return Err(loc, "a call inside a region is not supported");
  if (!Is(Tok::kSymbol)) return Unexpected("a callee like '@f'");
  CallSite call;
  call.loc = loc;
  call.callee = std::string(tok_.text);
  Advance();
  RETURN_IF_ERROR(Expect(Tok::kLParen, "'('"));
  ASSIGN_OR_RETURN(call.operands, ParseOperandList(Tok::kRParen));
  RETURN_IF_ERROR(Expect(Tok::kRParen, "',' or ')'"));
  if (Is(Tok::kLBrace)) RETURN_IF_ERROR(ParseAttrDict(0).status());
  RETURN_IF_ERROR(Expect(Tok::kColon, "':' and the call's type"));
  ASSIGN_OR_RETURN(Signature sig, ParseSignature());
  if (!sig.functional)
    return Err(sig.loc, "call: expected a type like '(operand types) -> result types'");
  if (IsIdent("loc")) RETURN_IF_ERROR(SkipLocation(nullptr, nullptr));
  if (sig.ins.size() != call.operands.size()) {
    return Err(sig.loc, "call: ", sig.ins.size(), " operand type(s) for ", call.operands.size(),
               " operand(s)");
  }
  for (size_t i = 0; i < sig.ins.size(); ++i) {
    if (module_.type(call.operands[i]) != sig.ins[i]) {
      return Err(sig.loc, "call: operand #", i, " has type ",
                 module_.type(call.operands[i]).ToString(), " but the call's type says ",
                 sig.ins[i].ToString());
    }
  }
  size_t count = 0;
  for (const ResultName& r : names) count += static_cast<size_t>(r.count);
  if (count != sig.outs.size()) {
    return Err(loc, "call: ", sig.outs.size(), " result(s) but ", count, " name(s) are bound");
  }
  for (const TensorType& t : sig.outs) call.results.push_back(NewValue(t, ""));
  RETURN_IF_ERROR(DefineResults(names, call.results));
  call.op_index = region->ops.size();
  calls_.back().push_back(std::move(call));
  return OkStatus();
}

}  // namespace hf2hlo::hlo
