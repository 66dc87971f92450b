#include "emit/builder.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>

namespace hf2hlo::emit {
namespace {

std::string DimsList(const Dims& dims) {
  std::string out = "[";
  for (size_t i = 0; i < dims.size(); ++i) out += (i ? ", " : "") + std::to_string(dims[i]);
  return out + "]";
}

bool IsFloat(DType t) { return t == DType::kF32 || t == DType::kBF16 || t == DType::kF16; }

std::string HexF32(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, 4);
  char buf[16];
  std::snprintf(buf, sizeof(buf), "0x%08X", bits);
  return buf;
}

}  // namespace

std::string TypeString(const TensorType& type) {
  std::string out = "tensor<";
  for (int64_t d : type.dims) out += std::to_string(d) + "x";
  return out + DTypeName(type.dtype) + ">";
}

Value Builder::Emit(const std::string& op, const std::string& text_after_op,
                    const TensorType& type) {
  Value v{StrCat("%", next_value_++), type};
  defining_line_[v.name] = body_.size();
  body_.push_back(StrCat("    ", v.name, " = ", op, text_after_op));
  ++op_counts_[op];
  return v;
}

Value Builder::Name(const Value& v, const std::string& loc) {
  auto it = defining_line_.find(v.name);
  CHECK(it != defining_line_.end(), "Name(", loc, "): ", v.name, " is not an op result");
  for (const auto& [key, constant] : constants_) {
    CHECK(constant.name != v.name, "Name(", loc, "): ", v.name, " is a shared constant");
  }
  CHECK(loc.find('"') == std::string::npos && loc.find('\\') == std::string::npos, "bad loc ", loc);
  std::string& line = body_[it->second];
  CHECK(line.find(" loc(") == std::string::npos, "Name(", loc, "): ", v.name, " is named already");
  line += StrCat(" loc(\"", loc, "\")");
  return v;
}

int64_t Builder::CountOps(const std::string& op) const {
  auto it = op_counts_.find(op);
  return it == op_counts_.end() ? 0 : it->second;
}

Value Builder::Arg(const TensorType& type, const std::string& loc,
                   std::optional<int> alias_result) {
  Value v{StrCat("%arg", next_arg_++), type};
  std::string attrs =
      alias_result ? StrCat(" {tf.aliasing_output = ", *alias_result, " : i32}") : "";
  CHECK(loc.find('"') == std::string::npos && loc.find('\\') == std::string::npos, "bad loc ", loc);
  args_.push_back(StrCat(v.name, ": ", TypeString(type), attrs, " loc(\"", loc, "\")"));
  return v;
}

Value Builder::ScalarConstant(const std::string& literal, const TensorType& type) {
  std::string key = literal + "|" + TypeString(type);
  auto it = constants_.find(key);
  if (it != constants_.end()) return it->second;
  Value v = Emit("stablehlo.constant", StrCat(" dense<", literal, "> : ", TypeString(type)), type);
  constants_.emplace(key, v);
  return v;
}

Value Builder::SplatF32(float value, const Dims& dims) {
  bool finite = value == value && value - value == 0.0f;
  return ScalarConstant(finite ? FormatF32(value) : HexF32(value), TensorType{DType::kF32, dims});
}

Value Builder::SplatI32(int32_t value, const Dims& dims) {
  return ScalarConstant(std::to_string(value), TensorType{DType::kI32, dims});
}

Value Builder::TableF32(const std::vector<float>& values, const Dims& dims) {
  int64_t n = 1;
  for (int64_t d : dims) n *= d;
  CHECK(static_cast<int64_t>(values.size()) == n, "table size ", values.size(), " vs ", n);
  std::string hex = "\"0x";
  hex.reserve(values.size() * 8 + 4);
  static const char* kDigits = "0123456789ABCDEF";
  for (float f : values) {
    unsigned char b[4];
    std::memcpy(b, &f, 4);  // little-endian host, as the blob format requires
    for (unsigned char c : b) {
      hex.push_back(kDigits[c >> 4]);
      hex.push_back(kDigits[c & 15]);
    }
  }
  hex += "\"";
  return ScalarConstant(hex, TensorType{DType::kF32, dims});
}

Value Builder::Binary(const std::string& op, const Value& a, const Value& b) {
  CHECK(a.type == b.type, op, ": ", TypeString(a.type), " vs ", TypeString(b.type));
  return Emit("stablehlo." + op, StrCat(" ", a.name, ", ", b.name, " : ", TypeString(a.type)),
              a.type);
}

Value Builder::Unary(const std::string& op, const Value& a) {
  CHECK(IsFloat(a.type.dtype) || op == "negate", op, " on ", TypeString(a.type));
  return Emit("stablehlo." + op, StrCat(" ", a.name, " : ", TypeString(a.type)), a.type);
}

Value Builder::Convert(const Value& a, DType dtype) {
  if (a.type.dtype == dtype) return a;
  TensorType t{dtype, a.type.dims};
  return Emit("stablehlo.convert",
              StrCat(" ", a.name, " : (", TypeString(a.type), ") -> ", TypeString(t)), t);
}

Value Builder::Broadcast(const Value& a, const Dims& dims, const Dims& result_dims) {
  CHECK(static_cast<int64_t>(dims.size()) == a.rank(), "broadcast dims rank");
  for (size_t i = 0; i < dims.size(); ++i) {
    CHECK(dims[i] < static_cast<int64_t>(result_dims.size()), "broadcast dim out of range");
    int64_t from = a.type.dims[i], to = result_dims[static_cast<size_t>(dims[i])];
    CHECK(from == 1 || from == to, "broadcast ", from, " -> ", to);
  }
  TensorType t{a.type.dtype, result_dims};
  return Emit("stablehlo.broadcast_in_dim",
              StrCat(" ", a.name, ", dims = ", DimsList(dims), " : (", TypeString(a.type), ") -> ",
                     TypeString(t)),
              t);
}

Value Builder::Reshape(const Value& a, const Dims& result_dims) {
  int64_t from = 1, to = 1;
  for (int64_t d : a.type.dims) from *= d;
  for (int64_t d : result_dims) to *= d;
  CHECK(from == to, "reshape ", from, " -> ", to);
  TensorType t{a.type.dtype, result_dims};
  return Emit("stablehlo.reshape",
              StrCat(" ", a.name, " : (", TypeString(a.type), ") -> ", TypeString(t)), t);
}

Value Builder::Transpose(const Value& a, const Dims& perm) {
  CHECK(static_cast<int64_t>(perm.size()) == a.rank(), "transpose rank");
  Dims out;
  for (int64_t p : perm) out.push_back(a.type.dims[static_cast<size_t>(p)]);
  TensorType t{a.type.dtype, out};
  return Emit("stablehlo.transpose",
              StrCat(" ", a.name, ", dims = ", DimsList(perm), " : (", TypeString(a.type), ") -> ",
                     TypeString(t)),
              t);
}

Value Builder::Slice(const Value& a, const Dims& start, const Dims& limit) {
  CHECK(static_cast<int64_t>(start.size()) == a.rank() && start.size() == limit.size(),
        "slice rank");
  Dims out;
  std::string ranges = "[";
  for (size_t i = 0; i < start.size(); ++i) {
    CHECK(0 <= start[i] && start[i] <= limit[i] && limit[i] <= a.type.dims[i], "slice bounds");
    out.push_back(limit[i] - start[i]);
    ranges += StrCat(i ? ", " : "", start[i], ":", limit[i]);
  }
  TensorType t{a.type.dtype, out};
  return Emit("stablehlo.slice",
              StrCat(" ", a.name, " ", ranges, "] : (", TypeString(a.type), ") -> ", TypeString(t)),
              t);
}

Value Builder::Concatenate(const std::vector<Value>& values, int64_t dim) {
  CHECK(!values.empty(), "concatenate of nothing");
  Dims out = values[0].type.dims;
  out[static_cast<size_t>(dim)] = 0;
  std::string names, types;
  for (size_t i = 0; i < values.size(); ++i) {
    const Value& v = values[i];
    CHECK(v.type.dtype == values[0].type.dtype && v.rank() == values[0].rank(),
          "concatenate types");
    out[static_cast<size_t>(dim)] += v.dim(dim);
    names += (i ? ", " : "") + v.name;
    types += (i ? ", " : "") + TypeString(v.type);
  }
  TensorType t{values[0].type.dtype, out};
  return Emit("stablehlo.concatenate",
              StrCat(" ", names, ", dim = ", dim, " : (", types, ") -> ", TypeString(t)), t);
}

Value Builder::Iota(int64_t dim, const TensorType& type) {
  CHECK(dim < static_cast<int64_t>(type.dims.size()), "iota dim");
  return Emit("stablehlo.iota", StrCat(" dim = ", dim, " : ", TypeString(type)), type);
}

Value Builder::Compare(const std::string& direction, const Value& a, const Value& b,
                       CompareType type) {
  CHECK(a.type == b.type, "compare types");
  TensorType t{DType::kI1, a.type.dims};
  const char* ct = type == CompareType::kSigned ? "SIGNED" : "FLOAT";
  return Emit("stablehlo.compare",
              StrCat("  ", direction, ", ", a.name, ", ", b.name, ",  ", ct, " : (",
                     TypeString(a.type), ", ", TypeString(b.type), ") -> ", TypeString(t)),
              t);
}

Value Builder::Select(const Value& pred, const Value& on_true, const Value& on_false) {
  CHECK(pred.type.dtype == DType::kI1 && pred.type.dims == on_true.type.dims, "select pred");
  CHECK(on_true.type == on_false.type, "select branches");
  return Emit("stablehlo.select",
              StrCat(" ", pred.name, ", ", on_true.name, ", ", on_false.name, " : ",
                     TypeString(pred.type), ", ", TypeString(on_true.type)),
              on_true.type);
}

Value Builder::Reduce(const Value& a, const Dims& dims, const std::string& op, const Value& init) {
  Dims out;
  for (int64_t i = 0; i < a.rank(); ++i) {
    if (std::find(dims.begin(), dims.end(), i) == dims.end()) out.push_back(a.dim(i));
  }
  TensorType t{a.type.dtype, out};
  return Emit("stablehlo.reduce",
              StrCat("(", a.name, " init: ", init.name, ") applies stablehlo.", op,
                     " across dimensions = ", DimsList(dims), " : (", TypeString(a.type), ", ",
                     TypeString(init.type), ") -> ", TypeString(t)),
              t);
}

Value Builder::ReduceSum(const Value& a, const Dims& dims) {
  CHECK(a.type.dtype == DType::kF32, "ReduceSum on ", TypeString(a.type));
  return Reduce(a, dims, "add", SplatF32(0.0f, {}));
}

Value Builder::ReduceMax(const Value& a, const Dims& dims) {
  CHECK(a.type.dtype == DType::kF32, "ReduceMax on ", TypeString(a.type));
  return Reduce(a, dims, "maximum", SplatF32(-std::numeric_limits<float>::infinity(), {}));
}

Value Builder::DotGeneral(const Value& lhs, const Value& rhs, const Dims& lb, const Dims& rb,
                          const Dims& lc, const Dims& rc) {
  CHECK(lhs.type.dtype == rhs.type.dtype, "dot_general element types");
  CHECK(lb.size() == rb.size() && lc.size() == rc.size(), "dot_general dim lists");
  for (size_t i = 0; i < lb.size(); ++i)
    CHECK(lhs.dim(lb[i]) == rhs.dim(rb[i]), "batch dim mismatch");
  for (size_t i = 0; i < lc.size(); ++i) {
    CHECK(lhs.dim(lc[i]) == rhs.dim(rc[i]), "contracting dim mismatch ", lhs.dim(lc[i]), " vs ",
          rhs.dim(rc[i]));
  }
  auto used = [](const Dims& a, const Dims& b, int64_t i) {
    return std::find(a.begin(), a.end(), i) != a.end() ||
           std::find(b.begin(), b.end(), i) != b.end();
  };
  Dims out;
  for (int64_t d : lb) out.push_back(lhs.dim(d));
  for (int64_t i = 0; i < lhs.rank(); ++i)
    if (!used(lb, lc, i)) out.push_back(lhs.dim(i));
  for (int64_t i = 0; i < rhs.rank(); ++i)
    if (!used(rb, rc, i)) out.push_back(rhs.dim(i));
  TensorType t{DType::kF32, out};
  std::string batching =
      lb.empty() ? "" : StrCat("batching_dims = ", DimsList(lb), " x ", DimsList(rb), ", ");
  return Emit("stablehlo.dot_general",
              StrCat(" ", lhs.name, ", ", rhs.name, ", ", batching,
                     "contracting_dims = ", DimsList(lc), " x ", DimsList(rc), " : (",
                     TypeString(lhs.type), ", ", TypeString(rhs.type), ") -> ", TypeString(t)),
              t);
}

Value Builder::DynamicSlice(const Value& a, const std::vector<Value>& starts, const Dims& sizes) {
  CHECK(static_cast<int64_t>(starts.size()) == a.rank() && sizes.size() == starts.size(),
        "dynamic_slice rank");
  std::string names, types;
  for (size_t i = 0; i < starts.size(); ++i) {
    CHECK(starts[i].type == (TensorType{DType::kI32, {}}),
          "dynamic_slice start must be tensor<i32>");
    CHECK(sizes[i] <= a.type.dims[i], "dynamic_slice size");
    names += ", " + starts[i].name;
    types += ", " + TypeString(starts[i].type);
  }
  TensorType t{a.type.dtype, sizes};
  return Emit("stablehlo.dynamic_slice",
              StrCat(" ", a.name, names, ", sizes = ", DimsList(sizes), " : (", TypeString(a.type),
                     types, ") -> ", TypeString(t)),
              t);
}

Value Builder::DynamicUpdateSlice(const Value& a, const Value& update,
                                  const std::vector<Value>& starts) {
  CHECK(static_cast<int64_t>(starts.size()) == a.rank() && update.rank() == a.rank(), "dus rank");
  CHECK(update.type.dtype == a.type.dtype, "dus dtype");
  std::string names, types;
  for (size_t i = 0; i < starts.size(); ++i) {
    CHECK(starts[i].type == (TensorType{DType::kI32, {}}), "dus start must be tensor<i32>");
    CHECK(update.type.dims[i] <= a.type.dims[i], "dus update larger than operand");
    names += ", " + starts[i].name;
    types += ", " + TypeString(starts[i].type);
  }
  return Emit("stablehlo.dynamic_update_slice",
              StrCat(" ", a.name, ", ", update.name, names, " : (", TypeString(a.type), ", ",
                     TypeString(update.type), types, ") -> ", TypeString(a.type)),
              a.type);
}

Value Builder::GatherRows(const Value& table, const Value& indices) {
  CHECK(table.rank() == 2 && indices.rank() == 1 && indices.type.dtype == DType::kI32,
        "gather rows");
  Value idx = Reshape(indices, {indices.dim(0), 1});
  TensorType t{table.type.dtype, {indices.dim(0), table.dim(1)}};
  return Emit("\"stablehlo.gather\"",
              StrCat("(", table.name, ", ", idx.name,
                     ") <{dimension_numbers = #stablehlo.gather<offset_dims = [1], "
                     "collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, "
                     "indices_are_sorted = false, slice_sizes = array<i64: 1, ",
                     table.dim(1), ">}> : (", TypeString(table.type), ", ", TypeString(idx.type),
                     ") -> ", TypeString(t)),
              t);
}

std::string Builder::Finish(const std::string& module_name,
                            const std::vector<Value>& results) const {
  std::string out = StrCat("module @", module_name, " {\n  func.func public @main(\n");
  for (size_t i = 0; i < args_.size(); ++i) {
    out += StrCat("      ", args_[i], i + 1 < args_.size() ? ",\n" : ")\n");
  }
  std::string result_types, result_names;
  for (size_t i = 0; i < results.size(); ++i) {
    result_types += (i ? ", " : "") + TypeString(results[i].type);
    result_names += (i ? ", " : "") + results[i].name;
  }
  out += StrCat("      -> (", result_types, ") {\n");
  for (const auto& line : body_) out += line + "\n";
  out += StrCat("    return ", result_names, " : ", result_types, "\n  }\n}\n");
  return out;
}

}  // namespace hf2hlo::emit
