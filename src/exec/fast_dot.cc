#include "exec/fast_dot.h"

#include <algorithm>
#include <cstring>

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;

// Accumulation lanes. The order of a dot product is fixed: lane l sums
// elements k = l (mod kLanes) in increasing k, the tail goes to lanes 0.., and
// the lanes are combined pairwise. Independent of everything but K.
constexpr int kLanes = 16;

inline float Bf16ToF32(uint16_t v) {
  uint32_t bits = static_cast<uint32_t>(v) << 16;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

inline float F16ToF32(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
  uint32_t exp = (h >> 10) & 0x1f;
  uint32_t mant = h & 0x3ff;
  uint32_t bits;
  if (exp == 0x1f) {
    bits = sign | 0x7f800000 | (mant << 13);
  } else if (exp != 0) {
    bits = sign | ((exp + 112) << 23) | (mant << 13);
  } else if (mant == 0) {
    bits = sign;
  } else {  // subnormal: normalise
    int shift = 0;
    while ((mant & 0x400) == 0) {
      mant <<= 1;
      ++shift;
    }
    bits = sign | ((113 - shift) << 23) | ((mant & 0x3ff) << 13);
  }
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

template <typename T>
inline float Load(const T* p, int64_t i);
template <>
inline float Load<float>(const float* p, int64_t i) { return p[i]; }
struct Bf16 { uint16_t v; };
struct F16 { uint16_t v; };
template <>
inline float Load<Bf16>(const Bf16* p, int64_t i) { return Bf16ToF32(p[i].v); }
template <>
inline float Load<F16>(const F16* p, int64_t i) { return F16ToF32(p[i].v); }

inline float CombineLanes(float* acc) {
  for (int width = kLanes / 2; width >= 1; width /= 2) {
    for (int l = 0; l < width; ++l) acc[l] += acc[l + width];
  }
  return acc[0];
}

template <typename A, typename B>
__attribute__((target_clones("avx2", "default"))) float DotContig(const A* a, const B* b, int64_t n) {
  float acc[kLanes] = {};
  int64_t k = 0;
  for (; k + kLanes <= n; k += kLanes) {
    for (int l = 0; l < kLanes; ++l) acc[l] += Load(a, k + l) * Load(b, k + l);
  }
  for (int l = 0; k < n; ++k, ++l) acc[l] += Load(a, k) * Load(b, k);
  return CombineLanes(acc);
}

template <typename A, typename B>
float DotStrided(const A* a, const B* b, const int64_t* ak, const int64_t* bk, int64_t n) {
  float acc[kLanes] = {};
  int64_t k = 0;
  for (; k + kLanes <= n; k += kLanes) {
    for (int l = 0; l < kLanes; ++l) acc[l] += Load(a, ak[k + l]) * Load(b, bk[k + l]);
  }
  for (int l = 0; k < n; ++k, ++l) acc[l] += Load(a, ak[k]) * Load(b, bk[k]);
  return CombineLanes(acc);
}

template <typename A, typename B>
void RunTyped(const DotPlan& p, const A* lhs, const B* rhs, float* out, ThreadPool& pool) {
  const int64_t rows = p.batch * p.rows;
  auto element = [&](int64_t r, int64_t j) {
    const int64_t b = r / p.rows;
    const A* a = lhs + p.lhs_row[static_cast<size_t>(r)];
    const B* w = rhs + p.rhs_row[static_cast<size_t>(b * p.cols + j)];
    out[r * p.cols + j] = p.contiguous_k ? DotContig(a, w, p.depth)
                                         : DotStrided(a, w, p.lhs_k.data(), p.rhs_k.data(), p.depth);
  };
  // Split the larger of the output axes across threads; every element is
  // computed the same way whatever the split.
  const int64_t work = rows * p.cols * p.depth;
  if (work < (int64_t{1} << 15)) {
    for (int64_t r = 0; r < rows; ++r) for (int64_t j = 0; j < p.cols; ++j) element(r, j);
  } else if (p.cols >= rows) {
    pool.ParallelFor(p.cols, [&](int64_t begin, int64_t end) {
      for (int64_t j = begin; j < end; ++j) for (int64_t r = 0; r < rows; ++r) element(r, j);
    });
  } else {
    pool.ParallelFor(rows, [&](int64_t begin, int64_t end) {
      for (int64_t r = begin; r < end; ++r) for (int64_t j = 0; j < p.cols; ++j) element(r, j);
    });
  }
}

template <typename A>
void DispatchRhs(const DotPlan& p, const A* lhs, const void* rhs, float* out, ThreadPool& pool) {
  switch (p.rhs_type) {
    case ElementType::kF32: return RunTyped(p, lhs, static_cast<const float*>(rhs), out, pool);
    case ElementType::kBF16: return RunTyped(p, lhs, static_cast<const Bf16*>(rhs), out, pool);
    case ElementType::kF16: return RunTyped(p, lhs, static_cast<const F16*>(rhs), out, pool);
    default: CHECK(false, "fast dot rhs type");
  }
}

// Row-major strides of `dims`.
std::vector<int64_t> Strides(const std::vector<int64_t>& dims) {
  std::vector<int64_t> s(dims.size(), 1);
  for (int64_t i = static_cast<int64_t>(dims.size()) - 2; i >= 0; --i) s[i] = s[i + 1] * dims[i + 1];
  return s;
}

// Offsets of every multi-index over `axes` (row-major order of axes).
std::vector<int64_t> Offsets(const std::vector<int64_t>& dims, const std::vector<int64_t>& strides,
                             const std::vector<int64_t>& axes) {
  std::vector<int64_t> out = {0};
  for (int64_t axis : axes) {
    std::vector<int64_t> next;
    next.reserve(out.size() * static_cast<size_t>(dims[axis]));
    for (int64_t base : out) {
      for (int64_t x = 0; x < dims[axis]; ++x) next.push_back(base + x * strides[axis]);
    }
    out.swap(next);
  }
  return out;
}

std::vector<int64_t> FreeAxes(int64_t rank, const std::vector<int64_t>& batch, const std::vector<int64_t>& contract) {
  std::vector<int64_t> out;
  for (int64_t i = 0; i < rank; ++i) {
    if (std::find(batch.begin(), batch.end(), i) == batch.end() &&
        std::find(contract.begin(), contract.end(), i) == contract.end()) {
      out.push_back(i);
    }
  }
  return out;
}

// Offsets of (batch, free) rows: for each batch multi-index, each free one.
std::vector<int64_t> RowOffsets(const std::vector<int64_t>& dims, const std::vector<int64_t>& batch,
                                const std::vector<int64_t>& free) {
  auto strides = Strides(dims);
  std::vector<int64_t> b = Offsets(dims, strides, batch), f = Offsets(dims, strides, free), out;
  out.reserve(b.size() * f.size());
  for (int64_t x : b) for (int64_t y : f) out.push_back(x + y);
  return out;
}

}  // namespace

bool FastDotSupported(ElementType lhs, ElementType rhs, ElementType result) {
  auto ok = [](ElementType t) { return t == ElementType::kF32 || t == ElementType::kBF16 || t == ElementType::kF16; };
  return result == ElementType::kF32 && ok(rhs) && lhs == ElementType::kF32;
}

DotPlan MakeDotPlan(const hlo::Op& op, const hlo::TensorType& lhs, const hlo::TensorType& rhs,
                    ElementType lhs_read, ElementType rhs_read) {
  const hlo::DotDimensions& d = op.dot;
  DotPlan p;
  p.lhs_type = lhs_read;
  p.rhs_type = rhs_read;
  std::vector<int64_t> lhs_free = FreeAxes(lhs.rank(), d.lhs_batch, d.lhs_contracting);
  std::vector<int64_t> rhs_free = FreeAxes(rhs.rank(), d.rhs_batch, d.rhs_contracting);
  for (int64_t a : d.lhs_batch) p.batch *= lhs.dims[a];
  for (int64_t a : lhs_free) p.rows *= lhs.dims[a];
  for (int64_t a : rhs_free) p.cols *= rhs.dims[a];
  for (int64_t a : d.lhs_contracting) p.depth *= lhs.dims[a];
  p.lhs_row = RowOffsets(lhs.dims, d.lhs_batch, lhs_free);
  p.rhs_row = RowOffsets(rhs.dims, d.rhs_batch, rhs_free);
  p.lhs_k = Offsets(lhs.dims, Strides(lhs.dims), d.lhs_contracting);
  p.rhs_k = Offsets(rhs.dims, Strides(rhs.dims), d.rhs_contracting);
  p.contiguous_k = true;
  for (int64_t k = 0; k < p.depth; ++k) {
    p.contiguous_k &= p.lhs_k[static_cast<size_t>(k)] == k && p.rhs_k[static_cast<size_t>(k)] == k;
  }
  return p;
}

void RunDot(const DotPlan& p, const void* lhs, const void* rhs, float* out, ThreadPool& pool) {
  CHECK(p.lhs_type == ElementType::kF32, "fast dot lhs must be f32");
  DispatchRhs(p, static_cast<const float*>(lhs), rhs, out, pool);
}

float DotContiguous(const void* a, ElementType a_type, const void* b, ElementType b_type, int64_t n) {
  CHECK(a_type == ElementType::kF32, "DotContiguous lhs must be f32");
  const float* x = static_cast<const float*>(a);
  switch (b_type) {
    case ElementType::kF32: return DotContig(x, static_cast<const float*>(b), n);
    case ElementType::kBF16: return DotContig(x, static_cast<const Bf16*>(b), n);
    case ElementType::kF16: return DotContig(x, static_cast<const F16*>(b), n);
    default: CHECK(false, "DotContiguous type");
  }
  return 0;
}

}  // namespace hf2hlo::exec
