#include "exec/fast_dot.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "exec/dot_tiles.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;
constexpr int64_t kLanesPerTile = 8;  // positions per DotPositions call

// True when a dot's work is too small to pay for a fork/join.
bool RunsOnCaller(const DotPlan& p) {
  return p.batch * p.rows * p.cols * p.depth < (int64_t{1} << 15);
}

// One element of a strided contraction (e.g. probs x V over the key axis)
// under the strided contract of dot_tiles.h: 8 lanes by k mod 8 within spans
// of kColumnSpan positions, the spans' lanes added in order, fixed tree.
template <typename Load>
float DotStrided(const uint8_t* a, const uint8_t* b, const int64_t* ak, const int64_t* bk,
                 int64_t n, Load load_b) {
  const float* af = reinterpret_cast<const float*>(a);
  return SpanContract(n, [&](int64_t k) { return af[ak[k]]; },
                      [&](int64_t k) { return load_b(b, bk[k]); });
}

float LoadAs(ElementType t, const uint8_t* p, int64_t i) {
  switch (t) {
    case ElementType::kF32:
      return reinterpret_cast<const float*>(p)[i];
    case ElementType::kBF16:
      return BF16ToF32(reinterpret_cast<const uint16_t*>(p)[i]);
    default:
      return F16ToF32(reinterpret_cast<const uint16_t*>(p)[i]);
  }
}

// Columns [begin, end) of one lhs row x through DotStrided; w[c] is column
// c's first rhs element, o[c] its output.
void StridedColumns(const DotPlan& p, const uint8_t* x, const void* const* w, int begin, int end,
                    float* o) {
  for (int c = begin; c < end; ++c) {
    o[c] = DotStrided(x, static_cast<const uint8_t*>(w[c]), p.lhs_k.data(), p.rhs_k.data(),
                      p.depth, [&](const uint8_t* q, int64_t i) { return LoadAs(p.rhs_type, q, i); });
  }
}

// One work item: batch b, output columns [c0, c0 + C) for every row.
void RunItem(const DotPlan& p, const uint8_t* lhs, const uint8_t* rhs, float* out, int64_t b,
             int64_t c0, int cols_per_tile) {
  const int64_t rhs_size = hlo::ElementBytes(p.rhs_type);
  const int nc = static_cast<int>(std::min<int64_t>(cols_per_tile, p.cols - c0));
  const void* w[8 * kColumnGroups];  // cols_per_tile <= 16
  for (int c = 0; c < nc; ++c)
    w[c] = rhs + p.rhs_row[static_cast<size_t>(b * p.cols + c0 + c)] * rhs_size;
  if (!p.contiguous_k && p.k_affine && p.rhs_cols_adjacent && nc >= 8) {
    // Every row of this batch against nc / 8 groups of 8 columns, 4 rows at
    // a time; columns past the last whole group go through DotStrided.
    const int groups = nc / 8;
    for (int64_t r0 = 0; r0 < p.rows; r0 += kColumnRows) {
      const int nr = static_cast<int>(std::min<int64_t>(kColumnRows, p.rows - r0));
      const float* x[kColumnRows];
      for (int r = 0; r < nr; ++r) {
        x[r] = reinterpret_cast<const float*>(lhs) +
               p.lhs_row[static_cast<size_t>(b * p.rows + r0 + r)];
      }
      float* o = out + (b * p.rows + r0) * p.cols + c0;
      DotColumns(x, nr, p.lhs_k_stride, w[0], p.rhs_type, p.rhs_k_stride, p.depth, groups, o,
                 p.cols);
      for (int r = 0; r < nr; ++r)
        StridedColumns(p, reinterpret_cast<const uint8_t*>(x[r]), w, 8 * groups, nc, o + r * p.cols);
    }
    return;
  }
  for (int64_t r0 = 0; r0 < p.rows; r0 += 4) {
    const int nr = static_cast<int>(std::min<int64_t>(4, p.rows - r0));
    float* o = out + (b * p.rows + r0) * p.cols + c0;
    if (p.contiguous_k) {
      const float* x[4];
      for (int r = 0; r < nr; ++r) {
        x[r] = reinterpret_cast<const float*>(lhs) +
               p.lhs_row[static_cast<size_t>(b * p.rows + r0 + r)];
      }
      DotTile(x, nr, w, nc, p.rhs_type, p.depth, o, p.cols);
      continue;
    }
    for (int r = 0; r < nr; ++r) {
      const uint8_t* x = lhs + 4 * p.lhs_row[static_cast<size_t>(b * p.rows + r0 + r)];
      if (p.rhs_cols_adjacent) {
        for (int c = 0; c + 8 <= nc; c += 8) {
          DotColumns8(reinterpret_cast<const float*>(x), p.lhs_k.data(), w[c], p.rhs_type,
                      p.rhs_k.data(), p.depth, o + r * p.cols + c);
        }
        StridedColumns(p, x, w, nc / 8 * 8, nc, o + r * p.cols);
        continue;
      }
      StridedColumns(p, x, w, 0, nc, o + r * p.cols);
    }
  }
}

// Row-major strides of `dims`.
std::vector<int64_t> Strides(const std::vector<int64_t>& dims) {
  std::vector<int64_t> s(dims.size(), 1);
  for (int64_t i = static_cast<int64_t>(dims.size()) - 2; i >= 0; --i)
    s[i] = s[i + 1] * dims[i + 1];
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

std::vector<int64_t> FreeAxes(int64_t rank, const std::vector<int64_t>& batch,
                              const std::vector<int64_t>& contract) {
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
std::vector<int64_t> RowOffsets(const std::vector<int64_t>& dims,
                                const std::vector<int64_t>& strides,
                                const std::vector<int64_t>& batch,
                                const std::vector<int64_t>& free) {
  std::vector<int64_t> b = Offsets(dims, strides, batch), f = Offsets(dims, strides, free), out;
  out.reserve(b.size() * f.size());
  for (int64_t x : b)
    for (int64_t y : f) out.push_back(x + y);
  return out;
}

}  // namespace

std::shared_ptr<const DotPlan> ShareDotPlan(DotPlan plan) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a over the plan's integers
  auto mix = [&](int64_t v) { h = (h ^ static_cast<uint64_t>(v)) * 1099511628211ull; };
  for (int64_t v : {int64_t(plan.lhs_type), int64_t(plan.rhs_type), plan.batch, plan.rows,
                    plan.cols, plan.depth, plan.head_group})
    mix(v);
  for (const auto* table : {&plan.lhs_row, &plan.rhs_row, &plan.lhs_k, &plan.rhs_k}) {
    mix(static_cast<int64_t>(table->size()));
    for (int64_t v : *table) mix(v);
  }
  static std::mutex mu;
  static std::unordered_map<uint64_t, std::vector<std::weak_ptr<const DotPlan>>> plans;
  std::lock_guard<std::mutex> lock(mu);
  auto& bucket = plans[h];
  std::erase_if(bucket, [](const std::weak_ptr<const DotPlan>& w) { return w.expired(); });
  for (const auto& w : bucket) {
    if (auto shared = w.lock(); shared && *shared == plan) return shared;
  }
  auto shared = std::make_shared<const DotPlan>(std::move(plan));
  bucket.push_back(shared);
  return shared;
}

bool FastDotSupported(ElementType lhs, ElementType rhs, ElementType result) {
  auto ok = [](ElementType t) {
    return t == ElementType::kF32 || t == ElementType::kBF16 || t == ElementType::kF16;
  };
  return result == ElementType::kF32 && ok(rhs) && lhs == ElementType::kF32;
}

DotPlan MakeDotPlan(const hlo::Op& op, const hlo::TensorType& lhs, const hlo::TensorType& rhs,
                    ElementType lhs_read, ElementType rhs_read, const StridedView* rhs_view) {
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
  const std::vector<int64_t> lhs_strides = Strides(lhs.dims);
  const std::vector<int64_t> rhs_strides = rhs_view ? rhs_view->strides : Strides(rhs.dims);
  p.lhs_row = RowOffsets(lhs.dims, lhs_strides, d.lhs_batch, lhs_free);
  p.rhs_row = RowOffsets(rhs.dims, rhs_strides, d.rhs_batch, rhs_free);
  if (rhs_view) {
    for (int64_t& r : p.rhs_row) r += rhs_view->base;
  }
  p.lhs_k = Offsets(lhs.dims, lhs_strides, d.lhs_contracting);
  p.rhs_k = Offsets(rhs.dims, rhs_strides, d.rhs_contracting);
  p.rhs_cols_adjacent = true;
  for (int64_t b = 0; b < p.batch; ++b) {
    for (int64_t j = 0; j < p.cols; ++j) {
      p.rhs_cols_adjacent &= p.rhs_row[static_cast<size_t>(b * p.cols + j)] ==
                             p.rhs_row[static_cast<size_t>(b * p.cols)] + j;
    }
  }
  p.lhs_k_stride = p.depth > 1 ? p.lhs_k[1] : 1;
  p.rhs_k_stride = p.depth > 1 ? p.rhs_k[1] : 1;
  p.k_affine = true;
  for (int64_t k = 0; k < p.depth; ++k) {
    p.k_affine &= p.lhs_k[static_cast<size_t>(k)] == k * p.lhs_k_stride &&
                  p.rhs_k[static_cast<size_t>(k)] == k * p.rhs_k_stride;
  }
  p.contiguous_k = true;
  for (int64_t k = 0; k < p.depth; ++k) {
    p.contiguous_k &= p.lhs_k[static_cast<size_t>(k)] == k && p.rhs_k[static_cast<size_t>(k)] == k;
  }
  if (p.contiguous_k) {  // the kernels read the tables only for other contractions
    std::vector<int64_t>().swap(p.lhs_k);
    std::vector<int64_t>().swap(p.rhs_k);
  }
  auto rhs_at = [&](int64_t b, int64_t j) { return p.rhs_row[static_cast<size_t>(b * p.cols + j)]; };
  p.rhs_col_stride = p.cols > 1 ? rhs_at(0, 1) - rhs_at(0, 0) : 0;
  p.rhs_cols_affine = true;
  for (int64_t b = 0; b < p.batch; ++b) {
    for (int64_t j = 0; j < p.cols; ++j)
      p.rhs_cols_affine &= rhs_at(b, j) == rhs_at(b, 0) + j * p.rhs_col_stride;
  }
  if (p.rhs_cols_affine && p.rows <= 4) {
    for (int64_t g = std::min<int64_t>(p.batch, kPositionRows / p.rows); g >= 2; --g) {
      bool ok = p.batch % g == 0;
      for (int64_t b = 0; ok && b < p.batch; ++b)
        ok = b % g == 0 || rhs_at(b, 0) == rhs_at(b - 1, 0) + (p.contiguous_k ? p.depth : p.cols);
      if (ok) {
        p.head_group = g;
        break;
      }
    }
  }
  return p;
}

namespace {

// Attention scores at decode: items are (head group, 8 positions), each read
// as one run of memory, position by position; a thread's items are
// consecutive positions of one cache.
void RunDotPositions(const DotPlan& p, const uint8_t* lhs, const uint8_t* rhs, float* out,
                     ThreadPool& pool) {
  const int64_t rhs_size = hlo::ElementBytes(p.rhs_type);
  const int64_t heads = p.head_group, groups = p.batch / heads;
  const int64_t tiles = (p.cols + kLanesPerTile - 1) / kLanesPerTile;
  auto run = [&](int64_t begin, int64_t end) {
    for (int64_t item = begin; item < end; ++item) {
      const int64_t b0 = item / tiles * heads, j0 = item % tiles * kLanesPerTile;
      const float* x[kPositionRows];
      for (int64_t i = 0; i < heads * p.rows; ++i) {
        x[i] = reinterpret_cast<const float*>(lhs) + p.lhs_row[static_cast<size_t>(b0 * p.rows + i)];
      }
      const int n = static_cast<int>(std::min<int64_t>(kLanesPerTile, p.cols - j0));
      DotPositions(x, static_cast<int>(heads), static_cast<int>(p.rows),
                   rhs + p.rhs_row[static_cast<size_t>(b0 * p.cols + j0)] * rhs_size, p.rhs_type,
                   p.rhs_col_stride, p.depth, n, out + b0 * p.rows * p.cols + j0, p.cols);
    }
  };
  if (RunsOnCaller(p)) {
    run(0, groups * tiles);
  } else {
    pool.ParallelFor(groups * tiles, run);
  }
}

// Decode probs x V over the heads of a cache: items are (head group, span
// of positions), each reading its positions in memory order; a second pass
// adds the spans' lane partials in span order (dot_tiles.h).
bool UsesColumnSpans(const DotPlan& p) {
  return !p.contiguous_k && p.k_affine && p.head_group >= 2 && p.rhs_cols_affine &&
         p.rhs_col_stride == 1 && p.cols % 8 == 0 &&
         (p.depth > kColumnSpan || p.batch > p.head_group);
}

int64_t SpanCount(const DotPlan& p) { return (p.depth + kColumnSpan - 1) / kColumnSpan; }

// Floats of one item's lane partials.
int64_t SpanFloats(const DotPlan& p) { return p.head_group * p.rows * p.cols * 8; }

void RunColumnSpans(const DotPlan& p, const uint8_t* lhs, const uint8_t* rhs, float* out,
                    ThreadPool& pool, float* scratch) {
  const int64_t rhs_size = hlo::ElementBytes(p.rhs_type);
  const int64_t heads = p.head_group, head_groups = p.batch / heads, spans = SpanCount(p);
  const int64_t span_floats = SpanFloats(p);
  auto spans_of = [&](int64_t begin, int64_t end) {
    for (int64_t item = begin; item < end; ++item) {
      const int64_t b0 = item / spans * heads, k0 = item % spans * kColumnSpan;
      const float* x[kPositionRows];
      for (int64_t i = 0; i < heads * p.rows; ++i) {
        x[i] = reinterpret_cast<const float*>(lhs) +
               p.lhs_row[static_cast<size_t>(b0 * p.rows + i)] + k0 * p.lhs_k_stride;
      }
      DotColumnsSpan(x, static_cast<int>(heads), static_cast<int>(p.rows), p.lhs_k_stride,
                     rhs + (p.rhs_row[static_cast<size_t>(b0 * p.cols)] + k0 * p.rhs_k_stride) *
                               rhs_size,
                     p.rhs_type, p.rhs_k_stride, p.cols, static_cast<int>(p.cols / 8),
                     std::min(kColumnSpan, p.depth - k0), scratch + item * span_floats);
    }
  };
  auto combine = [&](int64_t begin, int64_t end) {
    for (int64_t g = begin; g < end; ++g) {
      CombineColumnSpans(scratch + g * spans * span_floats, spans, span_floats, heads * p.rows,
                         static_cast<int>(p.cols / 8), out + g * heads * p.rows * p.cols);
    }
  };
  pool.ParallelFor(head_groups * spans, spans_of);
  pool.ParallelFor(head_groups, combine);
}

}  // namespace

int64_t DotScratchFloats(const DotPlan& p) {
  if (!UsesColumnSpans(p)) return 0;
  return p.batch / p.head_group * SpanCount(p) * SpanFloats(p);
}

namespace {

// Many lhs rows against unpacked columns (prefill attention scores: a
// chunk's queries against the cache): each item packs 8 columns into a
// stack tile and runs the panel kernel over every row. Same contract as
// DotTile, so the same bits as the row-major path.
constexpr int64_t kMaxStackTileElements = 8 * 512;
constexpr int64_t kPanelMinRows = 8;

bool UsesStackPanels(const DotPlan& p) {
  return DotKernelsUseAvx512() && p.contiguous_k && p.rows >= kPanelMinRows &&
         PackedTileElements(p.depth) <= kMaxStackTileElements;
}

void RunStackPanels(const DotPlan& p, const uint8_t* lhs, const uint8_t* rhs, float* out,
                    ThreadPool& pool) {
  const int64_t tiles = (p.cols + kPackCols - 1) / kPackCols;
  auto run = [&](int64_t begin, int64_t end) {
    alignas(64) uint8_t tile[kMaxStackTileElements * sizeof(float)];
    for (int64_t item = begin; item < end; ++item) {
      const int64_t b = item / tiles, c0 = item % tiles * kPackCols;
      const int nc = static_cast<int>(std::min<int64_t>(kPackCols, p.cols - c0));
      PackTiles(rhs, p.rhs_type, p.rhs_row.data() + b * p.cols + c0, nc, p.depth, tile);
      DotPackedPanel(reinterpret_cast<const float*>(lhs), p.lhs_row.data() + b * p.rows, p.rows,
                     tile, nc, p.rhs_type, p.depth, out + b * p.rows * p.cols + c0, p.cols);
    }
  };
  if (RunsOnCaller(p)) {
    run(0, p.batch * tiles);
  } else {
    pool.ParallelFor(p.batch * tiles, run);
  }
}

// Many rows of a strided contraction whose lhs is contiguous along it and
// whose columns are adjacent (prefill probs x V: a chunk's query rows against
// the cache, columns the head's dimensions): each item packs 8 columns of a
// 256-position span into a stack tile (a transpose of the cache rows), runs
// the panel kernel for the span's lane partials, and adds the spans' lanes in
// order, then the tree: the strided contract of dot_tiles.h.
constexpr int64_t kStridedPanelRows = 192;  // rows per block: lanes of 48 KiB

bool UsesStridedPanels(const DotPlan& p) {
  return DotKernelsUseAvx512() && !p.contiguous_k && p.k_affine && p.lhs_k_stride == 1 &&
         p.rhs_cols_adjacent && p.rows >= kPanelMinRows;
}

void RunStridedPanels(const DotPlan& p, const uint8_t* lhs, const uint8_t* rhs, float* out,
                      ThreadPool& pool) {
  const int64_t tiles = (p.cols + kPackCols - 1) / kPackCols;
  const auto* l = reinterpret_cast<const float*>(lhs);
  auto run = [&](int64_t begin, int64_t end) {
    alignas(64) float tile[kPackCols * kColumnSpan];
    alignas(64) float part[kStridedPanelRows * kPanelLanes];
    alignas(64) float total[kStridedPanelRows * kPanelLanes];
    for (int64_t item = begin; item < end; ++item) {
      const int64_t b = item / tiles, c0 = item % tiles * kPackCols;
      const int nc = static_cast<int>(std::min<int64_t>(kPackCols, p.cols - c0));
      const int64_t* cols = p.rhs_row.data() + b * p.cols + c0;
      for (int64_t r0 = 0; r0 < p.rows; r0 += kStridedPanelRows) {
        const int64_t nr = std::min(kStridedPanelRows, p.rows - r0);
        const int64_t* rows = p.lhs_row.data() + b * p.rows + r0;
        for (int64_t k0 = 0; k0 < p.depth; k0 += kColumnSpan) {
          const int64_t n = std::min(kColumnSpan, p.depth - k0);
          PackStridedColumns(rhs, p.rhs_type, cols[0] + k0 * p.rhs_k_stride, p.rhs_k_stride, nc,
                             n, tile);
          float* lanes = k0 == 0 ? total : part;
          DotPackedPanelLanes(l + k0, rows, nr, tile, ElementType::kF32, n, lanes);
          if (k0 > 0) {
            for (int64_t i = 0; i < nr * kPanelLanes; ++i) total[i] = total[i] + part[i];
          }
        }
        for (int64_t r = 0; r < nr; ++r) {
          for (int c = 0; c < nc; ++c) {
            out[(b * p.rows + r0 + r) * p.cols + c0 + c] =
                LaneTree(total + r * kPanelLanes + c * 8);
          }
        }
      }
    }
  };
  pool.ParallelFor(p.batch * tiles, run);
}

// bf16 x bf16 products from unpacked weights (the planner's bf16-lhs dots
// have one batch and contiguous K): each 8-column tile is packed on the
// stack and run through the panel, whose contract does not depend on where
// the tile lives; past kMaxStackTile elements, the contract element by
// element.
void RunBf16Dot(const DotPlan& p, const uint16_t* lhs, const uint16_t* rhs, float* out,
                ThreadPool& pool) {
  CHECK(p.batch == 1 && p.contiguous_k && p.rhs_type == ElementType::kBF16,
        "bf16 x bf16 dot: unsupported plan");
  constexpr int64_t kMaxStackTile = kPackCols * 8192;
  const int64_t tiles = (p.cols + kPackCols - 1) / kPackCols;
  auto run = [&](int64_t begin, int64_t end) {
    for (int64_t t = begin; t < end; ++t) {
      const int64_t c0 = t * kPackCols;
      const int nc = static_cast<int>(std::min<int64_t>(kPackCols, p.cols - c0));
      if (PackedTileElements(p.depth) <= kMaxStackTile) {
        alignas(64) uint16_t tile[kMaxStackTile];
        PackTiles(rhs, ElementType::kBF16, p.rhs_row.data() + c0, nc, p.depth, tile);
        DotPackedPanelBf16(lhs, p.lhs_row.data(), p.rows, tile, nc, p.depth, out + c0, p.cols);
        continue;
      }
      for (int c = 0; c < nc; ++c) {
        const uint16_t* w = rhs + p.rhs_row[static_cast<size_t>(c0 + c)];
        for (int64_t i = 0; i < p.rows; ++i) {
          out[i * p.cols + c0 + c] =
              DotBf16Contiguous(lhs + p.lhs_row[static_cast<size_t>(i)], w, p.depth);
        }
      }
    }
  };
  if (RunsOnCaller(p)) return run(0, tiles);
  pool.ParallelFor(tiles, run);
}

}  // namespace

void RunDot(const DotPlan& p, const void* lhs, const void* rhs, float* out, ThreadPool& pool,
            float* scratch) {
  if (p.lhs_type == ElementType::kBF16) {
    return RunBf16Dot(p, static_cast<const uint16_t*>(lhs), static_cast<const uint16_t*>(rhs), out,
                      pool);
  }
  CHECK(p.lhs_type == ElementType::kF32, "fast dot lhs must be f32");
  if (UsesStackPanels(p)) {
    return RunStackPanels(p, static_cast<const uint8_t*>(lhs), static_cast<const uint8_t*>(rhs),
                          out, pool);
  }
  if (UsesStridedPanels(p)) {
    return RunStridedPanels(p, static_cast<const uint8_t*>(lhs), static_cast<const uint8_t*>(rhs),
                            out, pool);
  }
  if (p.contiguous_k && p.head_group >= 2) {
    return RunDotPositions(p, static_cast<const uint8_t*>(lhs), static_cast<const uint8_t*>(rhs),
                           out, pool);
  }
  if (scratch != nullptr && UsesColumnSpans(p)) {
    return RunColumnSpans(p, static_cast<const uint8_t*>(lhs), static_cast<const uint8_t*>(rhs),
                          out, pool, scratch);
  }
  // Tiles of 4 rows x 2 columns when there are rows to share loads, else
  // 1 x 4 (matrix-vector). Work items are (batch, column tile) pairs.
  const int cols_per_tile = (!p.contiguous_k && p.rhs_cols_adjacent) ? 8 * kColumnGroups
                            : p.rows >= 4                            ? 2
                            : p.rows == 1                            ? 8
                                                                     : 4;
  const int64_t col_tiles = (p.cols + cols_per_tile - 1) / cols_per_tile;
  const int64_t items = p.batch * col_tiles;
  auto* l = static_cast<const uint8_t*>(lhs);
  auto* r = static_cast<const uint8_t*>(rhs);
  // Column tile outer, batch inner: in attention the batch axes (slot, KV
  // head) of one cache position are neighbours in memory, so consecutive items
  // read neighbouring rows.
  auto run = [&](int64_t begin, int64_t end) {
    for (int64_t item = begin; item < end; ++item) {
      RunItem(p, l, r, out, item % p.batch, (item / p.batch) * cols_per_tile, cols_per_tile);
    }
  };
  if (RunsOnCaller(p)) {
    run(0, items);
  } else {
    pool.ParallelFor(items, run);
  }
}

bool RhsPackable(const DotPlan& p) {
  if (p.batch != 1 || !p.contiguous_k) return false;
  // Weight rows equally spaced, so (first row, J, K, spacing) names the bytes.
  const int64_t stride = p.cols > 1 ? p.rhs_row[1] - p.rhs_row[0] : p.depth;
  for (int64_t j = 0; j < p.cols; ++j) {
    if (p.rhs_row[static_cast<size_t>(j)] != p.rhs_row[0] + j * stride) return false;
  }
  return true;
}

int64_t PackedRhsBytes(const DotPlan& p) {
  const int64_t tiles = (p.cols + kPackCols - 1) / kPackCols;
  return tiles * PackedTileElements(p.depth) * hlo::ElementBytes(p.rhs_type);
}

void PackRhs(const DotPlan& p, const void* rhs, void* dst) {
  CHECK(RhsPackable(p), "PackRhs: the rhs is not packable");
  PackTiles(rhs, p.rhs_type, p.rhs_row.data(), p.cols, p.depth, dst);
}

void RunDotPacked(const DotPlan& p, const void* lhs, const void* packed_rhs, float* out,
                  ThreadPool& pool) {
  const bool bf16_products = p.lhs_type == ElementType::kBF16;
  CHECK((p.lhs_type == ElementType::kF32 || (bf16_products && p.rhs_type == ElementType::kBF16)) &&
            RhsPackable(p),
        "RunDotPacked: unsupported plan");
  const int64_t tiles = (p.cols + kPackCols - 1) / kPackCols;
  const int64_t tile_bytes = PackedTileElements(p.depth) * hlo::ElementBytes(p.rhs_type);
  auto* r = static_cast<const uint8_t*>(packed_rhs);
  // Work item: one tile (8 output columns) for every lhs row.
  auto run = [&](int64_t begin, int64_t end) {
    for (int64_t t = begin; t < end; ++t) {
      const int nc = static_cast<int>(std::min<int64_t>(kPackCols, p.cols - t * kPackCols));
      const uint8_t* next = t + 1 < end ? r + (t + 1) * tile_bytes : nullptr;
      if (bf16_products) {
        DotPackedPanelBf16(static_cast<const uint16_t*>(lhs), p.lhs_row.data(), p.rows,
                           r + t * tile_bytes, nc, p.depth, out + t * kPackCols, p.cols, next);
      } else {
        DotPackedPanel(static_cast<const float*>(lhs), p.lhs_row.data(), p.rows,
                       r + t * tile_bytes, nc, p.rhs_type, p.depth, out + t * kPackCols, p.cols,
                       next);
      }
    }
  };
  if (RunsOnCaller(p)) {
    run(0, tiles);
  } else {
    pool.ParallelFor(tiles, run);
  }
}

float DotContiguous(const void* a, ElementType a_type, const void* b, ElementType b_type,
                    int64_t n) {
  CHECK(a_type == ElementType::kF32, "DotContiguous lhs must be f32");
  const float* x[1] = {static_cast<const float*>(a)};
  const void* w[1] = {b};
  float out = 0;
  DotTile(x, 1, w, 1, b_type, n, &out, 1);
  return out;
}

}  // namespace hf2hlo::exec
