// Shape rules of the structural ops, dot_general, reduce and gather, with
// the constraint tags of docs/design.md, "Verifier".
#include <algorithm>

#include "hlo/verify.h"

namespace hf2hlo::hlo {
namespace {

std::string Dims(const std::vector<int64_t>& dims) {
  std::string s = "[";
  for (size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + std::to_string(dims[i]);
  return s + "]";
}

bool Contains(const std::vector<int64_t>& v, int64_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

Status Verifier::VerifyBroadcastInDim(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 1, 1));
  const TensorType& x = T(op.operands[0]);
  const TensorType& r = T(op.results[0]);
  if (x.element != r.element)
    return Fail(op, "element types differ (", x.ToString(), " -> ", r.ToString(), ")");
  if (static_cast<int64_t>(op.dims.size()) != x.rank()) {  // broadcast_in_dim_c2
    return Fail(op, "dims ", Dims(op.dims), " must have one entry per operand dimension (rank ",
                x.rank(), ")");
  }
  RETURN_IF_ERROR(CheckDims(op, "dims", op.dims, r.rank(), true));  // c3, c4
  for (size_t i = 0; i < op.dims.size(); ++i) {                     // c5
    int64_t want = r.dims[static_cast<size_t>(op.dims[i])];
    if (x.dims[i] != 1 && x.dims[i] != want) {
      return Fail(op, "operand dim ", i, " = ", x.dims[i], " must be 1 or equal result dim ",
                  op.dims[i], " = ", want);
    }
  }
  return OkStatus();
}

Status Verifier::VerifyReshapeTranspose(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 1, 1));
  const TensorType& x = T(op.operands[0]);
  const TensorType& r = T(op.results[0]);
  if (x.element != r.element)
    return Fail(op, "element types differ (", x.ToString(), " -> ", r.ToString(), ")");
  if (op.code == OpCode::kReshape) {  // reshape_c1
    if (x.num_elements() != r.num_elements()) {
      return Fail(op, "element count changes from ", x.num_elements(), " (", x.ToString(), ") to ",
                  r.num_elements(), " (", r.ToString(), ")");
    }
    return OkStatus();
  }
  if (static_cast<int64_t>(op.dims.size()) != x.rank()) {
    return Fail(op, "permutation ", Dims(op.dims), " must have ", x.rank(), " entries");
  }
  RETURN_IF_ERROR(CheckDims(op, "permutation", op.dims, x.rank(), true));  // transpose_c2
  std::vector<int64_t> want;
  for (int64_t p : op.dims) want.push_back(x.dims[static_cast<size_t>(p)]);
  if (want != r.dims) {  // transpose_c3
    return Fail(op, "result type must be ", TensorType{x.element, want}.ToString(), ", got ",
                r.ToString());
  }
  return OkStatus();
}

Status Verifier::VerifySlice(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 1, 1));
  const TensorType& x = T(op.operands[0]);
  const TensorType& r = T(op.results[0]);
  if (x.element != r.element) return Fail(op, "element types differ");
  size_t n = static_cast<size_t>(x.rank());
  if (op.dims.size() != n || op.limits.size() != n || op.strides.size() != n) {  // slice_c2
    return Fail(op, "needs ", n, " start/limit/stride entries, got ", op.dims.size());
  }
  std::vector<int64_t> want;
  for (size_t i = 0; i < n; ++i) {
    int64_t s = op.dims[i], l = op.limits[i], st = op.strides[i];
    if (s < 0 || s > l || l > x.dims[i]) {  // slice_c3
      return Fail(op, "bounds ", s, ":", l, " of dimension ", i,
                  " must satisfy 0 <= start <= limit <= ", x.dims[i]);
    }
    if (st <= 0)
      return Fail(op, "stride ", st, " of dimension ", i, " must be positive");  // slice_c4
    want.push_back((l - s) / st + ((l - s) % st != 0));
  }
  if (want != r.dims) {  // slice_c5
    return Fail(op, "result type must be ", TensorType{x.element, want}.ToString(), ", got ",
                r.ToString());
  }
  return OkStatus();
}

Status Verifier::VerifyConcatenate(const Op& op) {
  if (op.operands.empty()) return Fail(op, "needs at least one operand");
  RETURN_IF_ERROR(CheckCounts(op, op.operands.size(), 1));
  const TensorType& first = T(op.operands[0]);
  const TensorType& r = T(op.results[0]);
  if (op.dims.size() != 1 || op.dims[0] < 0 || op.dims[0] >= first.rank()) {  // concatenate_c4
    return Fail(op, "dim ", op.dims.empty() ? -1 : op.dims[0], " is out of range for rank ",
                first.rank());
  }
  size_t dim = static_cast<size_t>(op.dims[0]);
  std::vector<int64_t> want = first.dims;
  want[dim] = 0;
  for (size_t i = 0; i < op.operands.size(); ++i) {
    const TensorType& t = T(op.operands[i]);
    bool same = t.element == first.element && t.rank() == first.rank();
    for (size_t d = 0; same && d < t.dims.size(); ++d)
      same = d == dim || t.dims[d] == first.dims[d];
    if (!same) {  // concatenate_c1, c2
      return Fail(op, "operand #", i, " ", t.ToString(), " does not match ", first.ToString(),
                  " outside dimension ", dim);
    }
    want[dim] += t.dims[dim];
  }
  if (r.element != first.element || r.dims != want) {  // concatenate_c6
    return Fail(op, "result type must be ", TensorType{first.element, want}.ToString(), ", got ",
                r.ToString());
  }
  return OkStatus();
}

Status Verifier::VerifyIotaConstant(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 0, 1));
  const TensorType& r = T(op.results[0]);
  if (op.code == OpCode::kConstant) {
    if (static_cast<int64_t>(op.literal.size()) != r.bytes()) {
      return Fail(op, "literal has ", op.literal.size(), " bytes, ", r.ToString(), " needs ",
                  r.bytes());
    }
    return OkStatus();
  }
  if (op.dims.size() != 1 || op.dims[0] < 0 || op.dims[0] >= r.rank()) {  // iota_c1
    return Fail(op, "dim ", op.dims.empty() ? -1 : op.dims[0], " is out of range for ",
                r.ToString());
  }
  if (r.element == ElementType::kI1) return Fail(op, "result element type must not be i1");
  return OkStatus();
}

Status Verifier::VerifyDynamicSlice(const Op& op) {
  if (op.operands.empty()) return Fail(op, "needs an operand");
  const TensorType& x = T(op.operands[0]);
  RETURN_IF_ERROR(CheckCounts(op, 1 + static_cast<size_t>(x.rank()), 1));  // dynamic_slice_c2
  const TensorType& r = T(op.results[0]);
  for (size_t i = 1; i < op.operands.size(); ++i) {  // dynamic_slice_c3
    const TensorType& s = T(op.operands[i]);
    if (s.rank() != 0 || !IsInteger(s.element) || s != T(op.operands[1])) {
      return Fail(op, "start index #", i - 1, " must be a 0-d integer like the others, got ",
                  s.ToString());
    }
  }
  if (op.sizes.size() != x.dims.size())
    return Fail(op, "sizes ", Dims(op.sizes), " must have ", x.rank(), " entries");
  for (size_t i = 0; i < op.sizes.size(); ++i) {  // dynamic_slice_c4
    if (op.sizes[i] < 0 || op.sizes[i] > x.dims[i]) {
      return Fail(op, "size ", op.sizes[i], " of dimension ", i, " must be in [0, ", x.dims[i],
                  "]");
    }
  }
  if (r.element != x.element || r.dims != op.sizes) {  // dynamic_slice_c1, c5
    return Fail(op, "result type must be ", TensorType{x.element, op.sizes}.ToString(), ", got ",
                r.ToString());
  }
  return OkStatus();
}

Status Verifier::VerifyDynamicUpdateSlice(const Op& op) {
  if (op.operands.size() < 2) return Fail(op, "needs an operand and an update");
  const TensorType& x = T(op.operands[0]);
  const TensorType& u = T(op.operands[1]);
  RETURN_IF_ERROR(CheckCounts(op, 2 + static_cast<size_t>(x.rank()), 1));  // c4
  const TensorType& r = T(op.results[0]);
  if (r != x)
    return Fail(op, "result type ", r.ToString(), " differs from operand type ",
                x.ToString());                           // c1
  if (u.element != x.element || u.rank() != x.rank()) {  // c2, c3
    return Fail(op, "update ", u.ToString(), " must have the operand's rank and element type (",
                x.ToString(), ")");
  }
  for (size_t i = 0; i < u.dims.size(); ++i) {  // c6
    if (u.dims[i] > x.dims[i]) {
      return Fail(op, "update dim ", i, " = ", u.dims[i], " exceeds operand dim ", x.dims[i]);
    }
  }
  for (size_t i = 2; i < op.operands.size(); ++i) {  // c5
    const TensorType& s = T(op.operands[i]);
    if (s.rank() != 0 || !IsInteger(s.element) || s != T(op.operands[2])) {
      return Fail(op, "start index #", i - 2, " must be a 0-d integer like the others, got ",
                  s.ToString());
    }
  }
  return OkStatus();
}

Status Verifier::VerifyPad(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 2, 1));
  const TensorType& x = T(op.operands[0]);
  const TensorType& v = T(op.operands[1]);
  const TensorType& r = T(op.results[0]);
  if (v.rank() != 0 || v.element != x.element) {  // pad_c1
    return Fail(op, "padding value must be tensor<", ElementTypeName(x.element), ">, got ",
                v.ToString());
  }
  size_t n = x.dims.size();
  if (op.pad_low.size() != n || op.pad_high.size() != n || op.pad_interior.size() != n) {  // pad_c2
    return Fail(op, "low/high/interior must have ", n, " entries each");
  }
  std::vector<int64_t> want;
  for (size_t i = 0; i < n; ++i) {
    if (op.pad_interior[i] < 0)
      return Fail(op, "interior padding ", op.pad_interior[i], " is negative");  // c3
    __int128 d = static_cast<__int128>(x.dims[i]) + op.pad_low[i] + op.pad_high[i] +
                 static_cast<__int128>(std::max<int64_t>(x.dims[i] - 1, 0)) * op.pad_interior[i];
    if (d < 0 || d > (static_cast<__int128>(1) << 40)) {
      return Fail(op, "padded dimension ", i, " is out of range");
    }
    want.push_back(static_cast<int64_t>(d));
  }
  if (r.element != x.element || r.dims != want) {  // pad_c4
    return Fail(op, "result type must be ", TensorType{x.element, want}.ToString(), ", got ",
                r.ToString());
  }
  return OkStatus();
}

Status Verifier::VerifyReverse(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 1, 1));
  if (T(op.results[0]) != T(op.operands[0])) {  // reverse_c1
    return Fail(op, "result type ", T(op.results[0]).ToString(), " differs from operand type ",
                T(op.operands[0]).ToString());
  }
  return CheckDims(op, "dims", op.dims, T(op.operands[0]).rank(), true);  // reverse_c2, c3
}

Status Verifier::VerifyDotGeneral(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 2, 1));
  const TensorType& l = T(op.operands[0]);
  const TensorType& rh = T(op.operands[1]);
  const TensorType& r = T(op.results[0]);
  const DotDimensions& d = op.dot;
  if (d.lhs_batch.size() != d.rhs_batch.size()) {  // dot_general_c1
    return Fail(op, "batching dims differ in count (", Dims(d.lhs_batch), " x ", Dims(d.rhs_batch),
                ")");
  }
  if (d.lhs_contracting.size() != d.rhs_contracting.size()) {  // c2
    return Fail(op, "contracting dims differ in count (", Dims(d.lhs_contracting), " x ",
                Dims(d.rhs_contracting), ")");
  }
  std::vector<int64_t> lhs_all = d.lhs_batch, rhs_all = d.rhs_batch;
  lhs_all.insert(lhs_all.end(), d.lhs_contracting.begin(), d.lhs_contracting.end());
  rhs_all.insert(rhs_all.end(), d.rhs_contracting.begin(), d.rhs_contracting.end());
  RETURN_IF_ERROR(
      CheckDims(op, "lhs batching+contracting dims", lhs_all, l.rank(), true));  // c3, c5, c6
  RETURN_IF_ERROR(
      CheckDims(op, "rhs batching+contracting dims", rhs_all, rh.rank(), true));  // c4, c7, c8
  for (size_t i = 0; i < d.lhs_batch.size(); ++i) {                               // c9
    int64_t a = l.dims[static_cast<size_t>(d.lhs_batch[i])],
            b = rh.dims[static_cast<size_t>(d.rhs_batch[i])];
    if (a != b) {
      return Fail(op, "batching dimension sizes differ (lhs dim ", d.lhs_batch[i], " = ", a,
                  ", rhs dim ", d.rhs_batch[i], " = ", b, ")");
    }
  }
  for (size_t i = 0; i < d.lhs_contracting.size(); ++i) {  // c10
    int64_t a = l.dims[static_cast<size_t>(d.lhs_contracting[i])];
    int64_t b = rh.dims[static_cast<size_t>(d.rhs_contracting[i])];
    if (a != b) {
      return Fail(op, "contracting dimension sizes differ (lhs dim ", d.lhs_contracting[i], " = ",
                  a, ", rhs dim ", d.rhs_contracting[i], " = ", b, ")");
    }
  }
  if (l.element != rh.element) {  // c13 (non-quantized)
    return Fail(op, "lhs and rhs element types differ (", l.ToString(), ", ", rh.ToString(), ")");
  }
  if (IsFloat(l.element) != IsFloat(r.element)) {
    return Fail(op, "result element type ", ElementTypeName(r.element),
                " does not fit operands of ", ElementTypeName(l.element));
  }
  std::vector<int64_t> want;  // c12: batch, lhs free, rhs free
  for (int64_t b : d.lhs_batch) want.push_back(l.dims[static_cast<size_t>(b)]);
  for (int64_t i = 0; i < l.rank(); ++i) {
    if (!Contains(lhs_all, i)) want.push_back(l.dims[static_cast<size_t>(i)]);
  }
  for (int64_t i = 0; i < rh.rank(); ++i) {
    if (!Contains(rhs_all, i)) want.push_back(rh.dims[static_cast<size_t>(i)]);
  }
  if (r.dims != want) {
    return Fail(op, "result type must be ", TensorType{r.element, want}.ToString(),
                " (batch, lhs free, rhs free dims), got ", r.ToString());
  }
  return OkStatus();
}

}  // namespace hf2hlo::hlo
