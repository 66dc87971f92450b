// Shape rules of reduce and gather (constraint tags: docs/design.md, "Verifier").
#include <algorithm>

#include "hlo/verify.h"

namespace hf2hlo::hlo {

Status Verifier::VerifyReduce(const Op& op) {
  size_t n = op.results.size();
  if (n == 0 || op.operands.size() != 2 * n) {  // reduce_c3
    return Fail(op, "needs N inputs, N init values and N results; got ", op.operands.size(),
                " operands and ", n, " results");
  }
  const TensorType& first = T(op.operands[0]);
  RETURN_IF_ERROR(CheckDims(op, "dimensions", op.dims, first.rank(), true));  // c4, c5
  std::vector<int64_t> kept;
  for (int64_t i = 0; i < first.rank(); ++i) {
    if (std::find(op.dims.begin(), op.dims.end(), i) == op.dims.end())
      kept.push_back(first.dims[static_cast<size_t>(i)]);
  }
  for (size_t i = 0; i < n; ++i) {
    const TensorType& x = T(op.operands[i]);
    const TensorType& init = T(op.operands[n + i]);
    const TensorType& r = T(op.results[i]);
    if (x.dims != first.dims) {  // c1
      return Fail(op, "input #", i, " ", x.ToString(), " has a different shape from input #0 ",
                  first.ToString());
    }
    if (init.rank() != 0 || init.element != x.element) {  // c2
      return Fail(op, "init value #", i, " must be tensor<", ElementTypeName(x.element), ">, got ",
                  init.ToString());
    }
    TensorType want{x.element, kept};
    if (r != want)
      return Fail(op, "result #", i, " must be ", want.ToString(), ", got ",
                  r.ToString());  // c7, c8
  }
  if (!op.body) return Fail(op, "missing reducer body");
  const Region& body = *op.body;
  if (body.args.size() != 2 * n) {  // c6
    return Fail(op, "reducer takes ", body.args.size(), " argument(s), expected ", 2 * n);
  }
  for (size_t k = 0; k < 2 * n; ++k) {
    TensorType want{T(op.operands[k % n]).element, {}};
    if (body.args[k] < 0 || static_cast<size_t>(body.args[k]) >= module_.value_types.size() ||
        T(body.args[k]) != want) {
      return Fail(op, "reducer argument #", k, " must be ", want.ToString());
    }
  }
  std::vector<TensorType> returned;
  if (verified_bodies_.insert(op.body.get()).second) {
    RETURN_IF_ERROR(VerifyRegion(body, next_region_id_++, &returned));
  } else {
    for (ValueId v : body.ops.back().operands) returned.push_back(T(v));
  }
  if (returned.size() != n)
    return Fail(op, "reducer returns ", returned.size(), " value(s), expected ", n);
  for (size_t i = 0; i < n; ++i) {
    TensorType want{T(op.operands[i]).element, {}};
    if (returned[i] != want) {
      return Fail(op, "reducer result #", i, " is ", returned[i].ToString(), ", expected ",
                  want.ToString());
    }
  }
  return OkStatus();
}

Status Verifier::VerifyGather(const Op& op) {
  RETURN_IF_ERROR(CheckCounts(op, 2, 1));
  const TensorType& x = T(op.operands[0]);
  const TensorType& idx = T(op.operands[1]);
  const TensorType& r = T(op.results[0]);
  const GatherDimensions& g = op.gather;
  if (!IsInteger(idx.element))
    return Fail(op, "start_indices must be integers, got ", idx.ToString());
  int64_t expected_rank = static_cast<int64_t>(
      g.offset_dims.size() + g.collapsed_slice_dims.size() + g.operand_batching_dims.size());
  if (x.rank() != expected_rank) {  // gather_c1
    return Fail(op, "operand rank ", x.rank(),
                " must equal |offset_dims| + |collapsed_slice_dims| + "
                "|operand_batching_dims| = ",
                expected_rank);
  }
  if (g.index_vector_dim < 0 || g.index_vector_dim > idx.rank()) {  // c2
    return Fail(op, "index_vector_dim ", g.index_vector_dim, " is out of range [0, ", idx.rank(),
                "]");
  }
  size_t ivd = static_cast<size_t>(g.index_vector_dim);
  int64_t index_size = ivd < idx.dims.size() ? idx.dims[ivd] : 1;
  if (static_cast<int64_t>(g.start_index_map.size()) != index_size) {  // c3
    return Fail(op, "start_index_map has ", g.start_index_map.size(),
                " entries, the index vector has ", index_size);
  }
  if (!std::is_sorted(g.offset_dims.begin(), g.offset_dims.end()) ||
      std::adjacent_find(g.offset_dims.begin(), g.offset_dims.end()) !=
          g.offset_dims.end()) {  // c4
    return Fail(op, "offset_dims must be sorted and unique");
  }
  RETURN_IF_ERROR(CheckDims(op, "offset_dims", g.offset_dims, r.rank(), true));  // c5
  std::vector<int64_t> dropped = g.collapsed_slice_dims;
  dropped.insert(dropped.end(), g.operand_batching_dims.begin(), g.operand_batching_dims.end());
  RETURN_IF_ERROR(CheckDims(op, "collapsed_slice_dims + operand_batching_dims", dropped, x.rank(),
                            true));  // c6, c8, c11
  if (!std::is_sorted(g.collapsed_slice_dims.begin(), g.collapsed_slice_dims.end())) {  // c7
    return Fail(op, "collapsed_slice_dims must be sorted");
  }
  if (!std::is_sorted(g.operand_batching_dims.begin(), g.operand_batching_dims.end())) {  // c10
    return Fail(op, "operand_batching_dims must be sorted");
  }
  RETURN_IF_ERROR(CheckDims(op, "start_indices_batching_dims", g.start_indices_batching_dims,
                            idx.rank(), true));  // c13, c14
  if (std::find(g.start_indices_batching_dims.begin(), g.start_indices_batching_dims.end(),
                g.index_vector_dim) != g.start_indices_batching_dims.end()) {  // c15
    return Fail(op, "index_vector_dim must not be in start_indices_batching_dims");
  }
  if (g.operand_batching_dims.size() != g.start_indices_batching_dims.size()) {  // c16
    return Fail(op, "operand_batching_dims and start_indices_batching_dims differ in size");
  }
  for (size_t i = 0; i < g.operand_batching_dims.size(); ++i) {  // c17
    int64_t a = x.dims[static_cast<size_t>(g.operand_batching_dims[i])];
    int64_t b = idx.dims[static_cast<size_t>(g.start_indices_batching_dims[i])];
    if (a != b)
      return Fail(op, "batching dimension sizes differ (operand ", a, ", start_indices ", b, ")");
  }
  std::vector<int64_t> mapped = g.start_index_map;
  mapped.insert(mapped.end(), g.operand_batching_dims.begin(), g.operand_batching_dims.end());
  RETURN_IF_ERROR(CheckDims(op, "start_index_map + operand_batching_dims", mapped, x.rank(),
                            true));                              // c18, c19
  if (static_cast<int64_t>(g.slice_sizes.size()) != x.rank()) {  // c20
    return Fail(op, "slice_sizes has ", g.slice_sizes.size(), " entries, operand rank is ",
                x.rank());
  }
  for (size_t i = 0; i < g.slice_sizes.size(); ++i) {  // c21
    if (g.slice_sizes[i] < 0 || g.slice_sizes[i] > x.dims[i]) {
      return Fail(op, "slice_sizes[", i, "] = ", g.slice_sizes[i], " must be in [0, ", x.dims[i],
                  "]");
    }
  }
  for (int64_t d : dropped) {  // c9, c12
    if (g.slice_sizes[static_cast<size_t>(d)] > 1) {
      return Fail(op, "slice_sizes[", d, "] must be 0 or 1 for a collapsed or batching dimension");
    }
  }
  // c22: offset dims take the kept slice sizes, the others the batch dims of start_indices.
  std::vector<int64_t> offsets, batch;
  for (size_t i = 0; i < g.slice_sizes.size(); ++i) {
    if (std::find(dropped.begin(), dropped.end(), static_cast<int64_t>(i)) == dropped.end()) {
      offsets.push_back(g.slice_sizes[i]);
    }
  }
  for (size_t i = 0; i < idx.dims.size(); ++i) {
    if (i != ivd) batch.push_back(idx.dims[i]);
  }
  std::vector<int64_t> want;
  size_t oi = 0, bi = 0;
  for (int64_t i = 0; i < static_cast<int64_t>(offsets.size() + batch.size()); ++i) {
    bool is_offset =
        std::find(g.offset_dims.begin(), g.offset_dims.end(), i) != g.offset_dims.end();
    if (is_offset ? oi >= offsets.size() : bi >= batch.size()) {
      return Fail(op, "offset_dims do not fit the result rank");
    }
    want.push_back(is_offset ? offsets[oi++] : batch[bi++]);
  }
  if (r.element != x.element || r.dims != want) {  // c22, c23
    return Fail(op, "result type must be ", TensorType{x.element, want}.ToString(), ", got ",
                r.ToString());
  }
  return OkStatus();
}

}  // namespace hf2hlo::hlo
