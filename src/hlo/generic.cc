// The generic op form: "stablehlo.op"(operands) ({regions}) <{props}> {attrs}
// : (types) -> types, and the inherent attributes of each supported op.
#include "hlo/parser.h"

namespace hf2hlo::hlo {
namespace {

const Attr* Find(const AttrDict& attrs, std::string_view key) {
  for (const auto& [k, v] : attrs) {
    if (k == key) return &v;
  }
  return nullptr;
}

}  // namespace

Status Parser::ParseGenericOp(std::string_view name, SourceLoc name_loc, Op* op,
                              std::vector<TensorType>* result_types, int depth) {
  if (name == "func.return" || name == "stablehlo.return") {
    op->code = OpCode::kReturn;
  } else {
    const OpInfo* info = FindOp(name);
    if (!info) return Err(name_loc, "unsupported op '", name, "'");
    op->code = info->code;
  }
  RETURN_IF_ERROR(Expect(Tok::kLParen, "'(' and the operands"));
  ASSIGN_OR_RETURN(op->operands, ParseOperandList(Tok::kRParen));
  RETURN_IF_ERROR(Expect(Tok::kRParen, "',' or ')' in the operands"));
  if (Is(Tok::kLParen)) {  // ({ ^bb0(%a: T, %b: T): ... })
    if (op->code != OpCode::kReduce) return Err(Here(), name, " takes no regions");
    if (depth + 1 > kMaxDepth) return Err(Here(), "regions nested too deeply");
    Advance();
    RETURN_IF_ERROR(Expect(Tok::kLBrace, "'{' opening the region"));
    Scope scope;
    scopes_.push_back(&scope);
    auto body = std::make_shared<Region>();
    if (Consume(Tok::kCaret)) {
      RETURN_IF_ERROR(Expect(Tok::kLParen, "'(' and the block arguments"));
      if (!Is(Tok::kRParen)) {
        do {
          if (!Is(Tok::kValue)) return Unexpected("a block argument");
          std::string arg(tok_.text.substr(1));
          SourceLoc loc = Here();
          Advance();
          RETURN_IF_ERROR(Expect(Tok::kColon, "':'"));
          ASSIGN_OR_RETURN(TensorType t, ParseType());
          if (scope.count(arg)) return Err(loc, "redefinition of value '%", arg, "'");
          ValueId v = NewValue(t, "%" + arg);
          scope[arg] = {v};
          body->args.push_back(v);
          if (IsIdent("loc")) RETURN_IF_ERROR(SkipLocation(nullptr, nullptr));
        } while (Consume(Tok::kComma));
      }
      RETURN_IF_ERROR(Expect(Tok::kRParen, "')'"));
      RETURN_IF_ERROR(Expect(Tok::kColon, "':' after the block arguments"));
    }
    RETURN_IF_ERROR(ParseRegionBody(body.get(), false, depth + 1));
    scopes_.pop_back();
    op->body = std::move(body);
    RETURN_IF_ERROR(Expect(Tok::kRParen, "')' closing the regions"));
  } else if (op->code == OpCode::kReduce) {
    return Unexpected("'(' and the reducer region");
  }
  AttrDict attrs;
  if (Consume(Tok::kLess)) {
    ASSIGN_OR_RETURN(attrs, ParseAttrDict(0));
    RETURN_IF_ERROR(Expect(Tok::kGreater, "'>' closing the properties"));
  }
  if (Is(Tok::kLBrace)) {
    ASSIGN_OR_RETURN(AttrDict more, ParseAttrDict(0));
    for (auto& kv : more) attrs.push_back(std::move(kv));
  }
  RETURN_IF_ERROR(Expect(Tok::kColon, "':' and the op's type"));
  ASSIGN_OR_RETURN(Signature sig, ParseSignature());
  if (!sig.functional)
    return Err(sig.loc, "expected a type like '(operand types) -> result types'");
  RETURN_IF_ERROR(MatchSignature(*op, sig, result_types));
  if (op->code == OpCode::kConstant) {
    const Attr* value = Find(attrs, "value");
    if (!value || value->kind != Attr::Kind::kDense)
      return Err(name_loc, name, ": missing attribute 'value'");
    if (result_types->size() != 1 || value->dense_type != (*result_types)[0]) {
      return Err(name_loc, name, ": the value's type ", value->dense_type.ToString(),
                 " differs from the result type");
    }
    SourceLoc error_loc;
    Status s = LiteralToBytes(value->dense, value->dense_type, &op->literal, &error_loc);
    if (!s.ok()) return Err(error_loc, name, ": ", s.message());
    return OkStatus();
  }
  return ApplyGenericAttrs(attrs, op, name_loc);
}

Status Parser::ApplyGenericAttrs(const AttrDict& attrs, Op* op, SourceLoc loc) {
  const char* opname = OpName(op->code);
  auto ints_of = [&](const Attr* a, std::string_view key, std::vector<int64_t>* out) -> Status {
    bool ok = a->kind == Attr::Kind::kInts ||
              (a->kind == Attr::Kind::kList && a->ints.size() == a->items.size()) ||
              (a->kind == Attr::Kind::kDense && !a->ints.empty()) ||
              (a->kind == Attr::Kind::kDense && a->dense_type.num_elements() == 0);
    if (!ok) return Err(a->loc, opname, ": attribute '", key, "' must be a list of integers");
    *out = a->ints;
    return OkStatus();
  };
  auto ints = [&](std::string_view key, std::vector<int64_t>* out, bool required) -> Status {
    const Attr* a = Find(attrs, key);
    if (!a) return required ? Err(loc, opname, ": missing attribute '", key, "'") : OkStatus();
    return ints_of(a, key, out);
  };
  auto integer = [&](const AttrDict& dict, std::string_view key, int64_t* out) -> Status {
    const Attr* a = Find(dict, key);
    if (!a) return Err(loc, opname, ": missing attribute '", key, "'");
    if (a->kind != Attr::Kind::kInt)
      return Err(a->loc, opname, ": attribute '", key, "' must be an integer");
    *out = a->ints[0];
    return OkStatus();
  };
  switch (op->code) {
    case OpCode::kBroadcastInDim:
      return ints("broadcast_dimensions", &op->dims, true);
    case OpCode::kTranspose:
      return ints("permutation", &op->dims, true);
    case OpCode::kReverse:
    case OpCode::kReduce:
      return ints("dimensions", &op->dims, true);
    case OpCode::kIota:
    case OpCode::kConcatenate: {
      op->dims.assign(1, 0);
      return integer(attrs, op->code == OpCode::kIota ? "iota_dimension" : "dimension",
                     &op->dims[0]);
    }
    case OpCode::kSlice:
      RETURN_IF_ERROR(ints("start_indices", &op->dims, true));
      RETURN_IF_ERROR(ints("limit_indices", &op->limits, true));
      RETURN_IF_ERROR(ints("strides", &op->strides, false));
      if (!Find(attrs, "strides")) op->strides.assign(op->dims.size(), 1);
      return OkStatus();
    case OpCode::kDynamicSlice:
      return ints("slice_sizes", &op->sizes, true);
    case OpCode::kPad:
      RETURN_IF_ERROR(ints("edge_padding_low", &op->pad_low, true));
      RETURN_IF_ERROR(ints("edge_padding_high", &op->pad_high, true));
      return ints("interior_padding", &op->pad_interior, true);
    case OpCode::kCompare: {
      const Attr* dir = Find(attrs, "comparison_direction");
      if (!dir) return Err(loc, opname, ": missing attribute 'comparison_direction'");
      static const std::pair<std::string_view, ComparisonDirection> kDirs[] = {
          {"EQ", ComparisonDirection::kEq}, {"NE", ComparisonDirection::kNe},
          {"GE", ComparisonDirection::kGe}, {"GT", ComparisonDirection::kGt},
          {"LE", ComparisonDirection::kLe}, {"LT", ComparisonDirection::kLt}};
      bool found = false;
      for (const auto& [n, d] : kDirs) {
        if (dir->kind == Attr::Kind::kEnum && dir->text == n) op->direction = d, found = true;
      }
      if (!found) return Err(dir->loc, opname, ": bad comparison_direction");
      if (const Attr* type = Find(attrs, "compare_type")) {
        static const std::pair<std::string_view, ComparisonType> kTypes[] = {
            {"NOTYPE", ComparisonType::kNone},
            {"FLOAT", ComparisonType::kFloat},
            {"TOTALORDER", ComparisonType::kTotalOrder},
            {"SIGNED", ComparisonType::kSigned},
            {"UNSIGNED", ComparisonType::kUnsigned}};
        found = false;
        for (const auto& [n, t] : kTypes) {
          if (type->kind == Attr::Kind::kEnum && type->text == n)
            op->compare_type = t, found = true;
        }
        if (!found) return Err(type->loc, opname, ": bad compare_type");
      }
      return OkStatus();
    }
    case OpCode::kDotGeneral: {
      if (const Attr* alg = Find(attrs, "algorithm"))
        return Err(alg->loc, opname, ": 'algorithm' is not supported");
      const Attr* dn = Find(attrs, "dot_dimension_numbers");
      if (!dn || dn->kind != Attr::Kind::kStruct)
        return Err(loc, opname, ": missing attribute 'dot_dimension_numbers'");
      for (const auto& [key, value] : dn->fields) {
        std::vector<int64_t>* out = key == "lhs_batching_dimensions"      ? &op->dot.lhs_batch
                                    : key == "rhs_batching_dimensions"    ? &op->dot.rhs_batch
                                    : key == "lhs_contracting_dimensions" ? &op->dot.lhs_contracting
                                    : key == "rhs_contracting_dimensions" ? &op->dot.rhs_contracting
                                                                          : nullptr;
        if (!out) return Err(value.loc, opname, ": unknown field '", key, "'");
        RETURN_IF_ERROR(ints_of(&value, key, out));
      }
      return OkStatus();
    }
    case OpCode::kGather: {
      GatherDimensions& g = op->gather;
      const Attr* dn = Find(attrs, "dimension_numbers");
      if (!dn || dn->kind != Attr::Kind::kStruct)
        return Err(loc, opname, ": missing attribute 'dimension_numbers'");
      bool have_ivd = false;
      for (const auto& [key, value] : dn->fields) {
        if (key == "index_vector_dim") {
          if (value.kind != Attr::Kind::kInt)
            return Err(value.loc, opname, ": index_vector_dim must be an integer");
          g.index_vector_dim = value.ints[0];
          have_ivd = true;
          continue;
        }
        std::vector<int64_t>* out = key == "offset_dims"             ? &g.offset_dims
                                    : key == "collapsed_slice_dims"  ? &g.collapsed_slice_dims
                                    : key == "operand_batching_dims" ? &g.operand_batching_dims
                                    : key == "start_indices_batching_dims"
                                        ? &g.start_indices_batching_dims
                                    : key == "start_index_map" ? &g.start_index_map
                                                               : nullptr;
        if (!out) return Err(value.loc, opname, ": unknown field '", key, "'");
        RETURN_IF_ERROR(ints_of(&value, key, out));
      }
      if (!have_ivd) return Err(dn->loc, opname, ": missing field 'index_vector_dim'");
      RETURN_IF_ERROR(ints("slice_sizes", &g.slice_sizes, true));
      if (const Attr* sorted = Find(attrs, "indices_are_sorted")) {
        if (sorted->kind != Attr::Kind::kBool)
          return Err(sorted->loc, opname, ": indices_are_sorted must be a bool");
        g.indices_are_sorted = sorted->text == "true";
      }
      return OkStatus();
    }
    default:
      return OkStatus();
  }
}

}  // namespace hf2hlo::hlo
