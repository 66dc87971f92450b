// Reference kernels: data movement (broadcast_in_dim, reshape, transpose,
// slice, concatenate, dynamic_slice, dynamic_update_slice, pad, reverse).
// These only move elements, so they work on raw words of the element size.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "exec/reference_util.h"

namespace hf2hlo::exec::ref {

int64_t ReadIndex(const ConstView& v, int64_t i) {
  return Dispatch(v.type->element, [&](auto t) -> int64_t {
    using T = decltype(t);
    auto x = T::Load(static_cast<const typename T::Storage*>(v.data)[i]);
    if constexpr (T::kIsFloat) {
      CHECK(false, "index tensor of float type");
      return 0;
    } else if constexpr (std::is_same_v<decltype(x), uint64_t>) {
      return x > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(x);
    } else {
      return static_cast<int64_t>(x);
    }
  });
}

namespace {

template <typename W>
void CopyStridedT(const W* in, int64_t offset, std::span<const int64_t> strides,
                  std::span<const int64_t> dims, W* out) {
  size_t rank = dims.size();
  int64_t n = 1;
  for (int64_t d : dims) n *= d;
  if (n == 0) return;
  if (rank == 0) {
    out[0] = in[offset];
    return;
  }
  int64_t inner = dims[rank - 1];
  int64_t inner_stride = strides[rank - 1];
  Dims idx(rank, 0);
  int64_t base = offset;
  for (int64_t o = 0; o < n; o += inner) {
    const W* src = in + base;
    for (int64_t j = 0; j < inner; ++j) out[o + j] = src[j * inner_stride];
    // Advance the odometer over dims [0, rank-1).
    for (size_t d = rank - 1; d-- > 0;) {
      base += strides[d];
      if (++idx[d] < dims[d]) break;
      base -= strides[d] * dims[d];
      idx[d] = 0;
    }
  }
}

// Clamped start indices from scalar index operands in[first..first+rank).
Dims ClampedStarts(std::span<const ConstView> in, size_t first,
                   const std::vector<int64_t>& operand_dims, const std::vector<int64_t>& sizes) {
  Dims starts(operand_dims.size());
  CHECK(in.size() == first + operand_dims.size(), "start index count");
  for (size_t d = 0; d < operand_dims.size(); ++d) {
    int64_t hi = operand_dims[d] - sizes[d];
    starts[d] = std::clamp<int64_t>(ReadIndex(in[first + d], 0), 0, std::max<int64_t>(hi, 0));
  }
  return starts;
}

int64_t Dot(std::span<const int64_t> a, std::span<const int64_t> b) {
  int64_t s = 0;
  for (size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
  return s;
}

void BroadcastInDim(const hlo::Op& op, const ConstView& in, const MutView& out, int64_t eb) {
  const auto& in_dims = in.type->dims;
  Dims in_strides = Strides(in_dims);
  Dims strides(out.type->dims.size(), 0);
  CHECK(op.dims.size() == in_dims.size(), "broadcast_dimensions size");
  for (size_t i = 0; i < in_dims.size(); ++i) {
    if (in_dims[i] != 1) strides[static_cast<size_t>(op.dims[i])] = in_strides[i];
  }
  CopyStrided(in.data, 0, strides, out.type->dims, out.data, eb);
}

void Transpose(const hlo::Op& op, const ConstView& in, const MutView& out, int64_t eb) {
  Dims in_strides = Strides(in.type->dims);
  Dims strides(op.dims.size());
  for (size_t i = 0; i < op.dims.size(); ++i)
    strides[i] = in_strides[static_cast<size_t>(op.dims[i])];
  CopyStrided(in.data, 0, strides, out.type->dims, out.data, eb);
}

// op.dims = start indices, op.limits, op.strides.
void Slice(const hlo::Op& op, const ConstView& in, const MutView& out, int64_t eb) {
  Dims in_strides = Strides(in.type->dims);
  Dims strides(in_strides.size());
  for (size_t i = 0; i < strides.size(); ++i) {
    strides[i] = in_strides[i] * (op.strides.empty() ? 1 : op.strides[i]);
  }
  CopyStrided(in.data, Dot(op.dims, in_strides), strides, out.type->dims, out.data, eb);
}

void Reverse(const hlo::Op& op, const ConstView& in, const MutView& out, int64_t eb) {
  const auto& dims = in.type->dims;
  Dims strides = Strides(dims);
  int64_t offset = 0;
  for (int64_t d : op.dims) {
    auto u = static_cast<size_t>(d);
    if (dims[u] == 0) return;
    offset += (dims[u] - 1) * strides[u];
    strides[u] = -strides[u];
  }
  CopyStrided(in.data, offset, strides, dims, out.data, eb);
}

void Concatenate(const hlo::Op& op, std::span<const ConstView> in, const MutView& out, int64_t eb) {
  auto axis = static_cast<size_t>(op.dims.at(0));
  const auto& out_dims = out.type->dims;
  int64_t outer = 1, inner = eb;
  for (size_t i = 0; i < axis; ++i) outer *= out_dims[i];
  for (size_t i = axis + 1; i < out_dims.size(); ++i) inner *= out_dims[i];
  int64_t out_row = out_dims[axis] * inner;
  auto* dst = static_cast<uint8_t*>(out.data);
  int64_t col = 0;
  for (const ConstView& v : in) {
    int64_t row = v.type->dims[axis] * inner;
    const auto* src = static_cast<const uint8_t*>(v.data);
    if (row > 0) {
      for (int64_t o = 0; o < outer; ++o)
        std::memcpy(dst + o * out_row + col, src + o * row, static_cast<size_t>(row));
    }
    col += row;
  }
}

// operands: operand, start indices...; op.sizes = slice sizes.
void DynamicSlice(const hlo::Op& op, std::span<const ConstView> in, const MutView& out,
                  int64_t eb) {
  const auto& dims = in[0].type->dims;
  Dims starts = ClampedStarts(in, 1, dims, out.type->dims);
  Dims strides = Strides(dims);
  CopyStrided(in[0].data, Dot(starts, strides), strides, out.type->dims, out.data, eb);
}

// operands: operand, update, start indices... The output may be the operand's
// buffer: then only the update region is written.
void DynamicUpdateSlice(std::span<const ConstView> in, const MutView& out, int64_t eb) {
  const auto& dims = in[0].type->dims;
  const auto& upd_dims = in[1].type->dims;
  if (out.data != in[0].data && NumElements(*out.type) > 0) {
    std::memcpy(out.data, in[0].data, static_cast<size_t>(NumElements(*out.type) * eb));
  }
  Dims starts = ClampedStarts(in, 2, dims, upd_dims);
  int64_t n = NumElements(*in[1].type);
  if (n == 0) return;
  Dims strides = Strides(dims);
  size_t rank = dims.size();
  const auto* src = static_cast<const uint8_t*>(in[1].data);
  auto* dst = static_cast<uint8_t*>(out.data);
  if (rank == 0) {
    std::memcpy(dst, src, static_cast<size_t>(eb));
    return;
  }
  // A row is contiguous in both: the last dimension, and with it every
  // dimension before it as long as the update spans the ones after it whole
  // (a cache row [1, 1, Hkv, D] is one row of Hkv * D elements).
  size_t row_dim = rank - 1;
  int64_t row_elems = upd_dims[row_dim];
  while (row_dim > 0 && upd_dims[row_dim] == dims[row_dim]) {
    --row_dim;
    row_elems *= upd_dims[row_dim];
  }
  const int64_t row = row_elems * eb;
  Dims idx(rank, 0);
  int64_t base = Dot(starts, strides);
  for (int64_t o = 0; o < n; o += row_elems) {
    std::memmove(dst + base * eb, src + o * eb, static_cast<size_t>(row));
    for (size_t d = row_dim; d-- > 0;) {
      base += strides[d];
      if (++idx[d] < upd_dims[d]) break;
      base -= strides[d] * upd_dims[d];
      idx[d] = 0;
    }
  }
}

// operands: operand, padding value (0-d). Negative low/high crop.
void Pad(const hlo::Op& op, std::span<const ConstView> in, const MutView& out, int64_t eb) {
  const auto& in_dims = in[0].type->dims;
  const auto& out_dims = out.type->dims;
  size_t rank = in_dims.size();
  int64_t out_n = NumElements(*out.type);
  auto* dst = static_cast<uint8_t*>(out.data);
  const auto* pad = static_cast<const uint8_t*>(in[1].data);
  for (int64_t i = 0; i < out_n; ++i) std::memcpy(dst + i * eb, pad, static_cast<size_t>(eb));
  int64_t in_n = NumElements(*in[0].type);
  if (in_n == 0 || out_n == 0) return;
  Dims out_strides = Strides(out_dims);
  const auto* src = static_cast<const uint8_t*>(in[0].data);
  Dims idx(rank, 0);
  for (int64_t i = 0; i < in_n; ++i) {
    int64_t off = 0;
    bool inside = true;
    for (size_t d = 0; d < rank; ++d) {
      int64_t p = op.pad_low[d] + idx[d] * (op.pad_interior[d] + 1);
      if (p < 0 || p >= out_dims[d]) {
        inside = false;
        break;
      }
      off += p * out_strides[d];
    }
    if (inside) std::memcpy(dst + off * eb, src + i * eb, static_cast<size_t>(eb));
    for (size_t d = rank; d-- > 0;) {
      if (++idx[d] < in_dims[d]) break;
      idx[d] = 0;
    }
  }
}

}  // namespace

void CopyStrided(const void* in, int64_t offset, std::span<const int64_t> in_strides,
                 std::span<const int64_t> out_dims, void* out, int64_t elem_bytes) {
  switch (elem_bytes) {
    case 1:
      return CopyStridedT(static_cast<const uint8_t*>(in), offset, in_strides, out_dims,
                          static_cast<uint8_t*>(out));
    case 2:
      return CopyStridedT(static_cast<const uint16_t*>(in), offset, in_strides, out_dims,
                          static_cast<uint16_t*>(out));
    case 4:
      return CopyStridedT(static_cast<const uint32_t*>(in), offset, in_strides, out_dims,
                          static_cast<uint32_t*>(out));
    case 8:
      return CopyStridedT(static_cast<const uint64_t*>(in), offset, in_strides, out_dims,
                          static_cast<uint64_t*>(out));
  }
  CHECK(false, "element size ", elem_bytes);
}

void EvalMovement(const hlo::Op& op, const hlo::Module&, std::span<const ConstView> in,
                  std::span<const MutView> outs) {
  const MutView& out = outs[0];
  int64_t eb = ElementBytes(out.type->element);
  switch (op.code) {
    case hlo::OpCode::kBroadcastInDim:
      return BroadcastInDim(op, in[0], out, eb);
    case hlo::OpCode::kReshape:
      if (NumElements(*out.type) > 0) {
        std::memcpy(out.data, in[0].data, static_cast<size_t>(NumElements(*out.type) * eb));
      }
      return;
    case hlo::OpCode::kTranspose:
      return Transpose(op, in[0], out, eb);
    case hlo::OpCode::kSlice:
      return Slice(op, in[0], out, eb);
    case hlo::OpCode::kReverse:
      return Reverse(op, in[0], out, eb);
    case hlo::OpCode::kConcatenate:
      return Concatenate(op, in, out, eb);
    case hlo::OpCode::kDynamicSlice:
      return DynamicSlice(op, in, out, eb);
    case hlo::OpCode::kDynamicUpdateSlice:
      return DynamicUpdateSlice(in, out, eb);
    case hlo::OpCode::kPad:
      return Pad(op, in, out, eb);
    default:
      CHECK(false, "no movement reference kernel for ", hlo::OpName(op.code));
  }
}

}  // namespace hf2hlo::exec::ref
