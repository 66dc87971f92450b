// Reference kernel: gather, following the StableHLO spec:
//   batch_dims = result dims not in offset_dims; batch_index = those indices.
//   start_index = start_indices[batch_index with ':' at index_vector_dim]
//     (index_vector_dim == rank(start_indices): an implicit trailing size-1
//     dimension, so the index vector is the single element at batch_index).
//   full_start_index[start_index_map[k]] = clamp(start_index[k], 0,
//     dim(operand, d) - slice_sizes[d]); other operand dims 0.
//   full_batching_index[operand_batching_dims[i]] = the batch_index element
//     for start_indices_batching_dims[i].
//   full_offset_index = offset indices, with 0 at collapsed_slice_dims and
//     operand_batching_dims.
//   result[result_index] = operand[full_start + full_batching + full_offset].
#include <algorithm>
#include <cstdint>
#include <vector>

#include "exec/reference_util.h"

namespace hf2hlo::exec::ref {
namespace {

bool Contains(const std::vector<int64_t>& v, int64_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

template <typename W>
void GatherT(const hlo::Op& op, const ConstView& operand, const ConstView& indices,
             const MutView& out) {
  const hlo::GatherDimensions& g = op.gather;
  const auto& op_dims = operand.type->dims;
  const auto& idx_dims = indices.type->dims;
  const auto& res_dims = out.type->dims;
  const auto op_rank = static_cast<int64_t>(op_dims.size());
  const auto idx_rank = static_cast<int64_t>(idx_dims.size());
  const auto res_rank = static_cast<int64_t>(res_dims.size());
  const int64_t ivd = g.index_vector_dim;

  // Result batch dims and the start_indices dim each one walks.
  Dims batch_dims;
  for (int64_t d = 0; d < res_rank; ++d) {
    if (!Contains(g.offset_dims, d)) batch_dims.push_back(d);
  }
  Dims batch_idx_dim;  // start_indices dim of batch_dims[k]
  for (int64_t d = 0; d < idx_rank; ++d) {
    if (d != ivd) batch_idx_dim.push_back(d);
  }
  CHECK(batch_idx_dim.size() == batch_dims.size(), "gather batch rank");

  // Operand dims that offset_dims walk, in order.
  Dims offset_operand_dims;
  for (int64_t d = 0; d < op_rank; ++d) {
    if (!Contains(g.collapsed_slice_dims, d) && !Contains(g.operand_batching_dims, d))
      offset_operand_dims.push_back(d);
  }
  CHECK(offset_operand_dims.size() == g.offset_dims.size(), "gather offset rank");

  // Operand batching dim i follows result dim batch_dims[k] where
  // batch_idx_dim[k] == start_indices_batching_dims[i].
  Dims batching_res_dim(g.operand_batching_dims.size());
  for (size_t i = 0; i < g.operand_batching_dims.size(); ++i) {
    auto it =
        std::find(batch_idx_dim.begin(), batch_idx_dim.end(), g.start_indices_batching_dims[i]);
    CHECK(it != batch_idx_dim.end(), "gather start_indices_batching_dims");
    batching_res_dim[i] = batch_dims[static_cast<size_t>(it - batch_idx_dim.begin())];
  }

  const Dims idx_strides = Strides(idx_dims);
  int64_t ivd_stride = ivd < idx_rank ? idx_strides[static_cast<size_t>(ivd)] : 0;

  const Dims op_strides = Strides(op_dims);
  const W* src = static_cast<const W*>(operand.data);
  W* dst = static_cast<W*>(out.data);
  int64_t n = NumElements(*out.type);
  Dims res_idx(static_cast<size_t>(res_rank), 0);
  for (int64_t o = 0; o < n; ++o) {
    int64_t idx_base = 0;
    for (size_t k = 0; k < batch_dims.size(); ++k) {
      idx_base += res_idx[static_cast<size_t>(batch_dims[k])] *
                  idx_strides[static_cast<size_t>(batch_idx_dim[k])];
    }
    int64_t off = 0;
    for (size_t k = 0; k < g.start_index_map.size(); ++k) {
      auto d = static_cast<size_t>(g.start_index_map[k]);
      int64_t s = ReadIndex(indices, idx_base + static_cast<int64_t>(k) * ivd_stride);
      s = std::clamp<int64_t>(s, 0, std::max<int64_t>(op_dims[d] - g.slice_sizes[d], 0));
      off += s * op_strides[d];
    }
    for (size_t i = 0; i < g.operand_batching_dims.size(); ++i) {
      off += res_idx[static_cast<size_t>(batching_res_dim[i])] *
             op_strides[static_cast<size_t>(g.operand_batching_dims[i])];
    }
    for (size_t j = 0; j < g.offset_dims.size(); ++j) {
      off += res_idx[static_cast<size_t>(g.offset_dims[j])] *
             op_strides[static_cast<size_t>(offset_operand_dims[j])];
    }
    dst[o] = src[off];
    for (size_t d = res_idx.size(); d-- > 0;) {
      if (++res_idx[d] < res_dims[d]) break;
      res_idx[d] = 0;
    }
  }
}

}  // namespace

void EvalGather(const hlo::Op& op, const hlo::Module&, std::span<const ConstView> in,
                std::span<const MutView> outs) {
  const MutView& out = outs[0];
  switch (ElementBytes(out.type->element)) {
    case 1:
      return GatherT<uint8_t>(op, in[0], in[1], out);
    case 2:
      return GatherT<uint16_t>(op, in[0], in[1], out);
    case 4:
      return GatherT<uint32_t>(op, in[0], in[1], out);
    case 8:
      return GatherT<uint64_t>(op, in[0], in[1], out);
  }
  CHECK(false, "gather element size");
}

}  // namespace hf2hlo::exec::ref
