// The dot kernels bit for bit: every ISA path present on this machine (the
// run-time dispatch: AVX2 where the CPU has it) against the portable path,
// and the portable path against the numerics contract of dot_tiles.h written
// out plainly, over shapes, tails, f32/bf16/f16 weights, special values, the
// packed tile layout and the whole fast dot with and without packing.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

#include "emit/emit.h"
#include "exec/dot_tiles.h"
#include "exec/exec.h"
#include "exec/fast_dot.h"
#include "hlo/hlo.h"
#include "test_util.h"

namespace hf2hlo::exec {
namespace {

using hlo::ElementType;

constexpr ElementType kTypes[] = {ElementType::kF32, ElementType::kBF16, ElementType::kF16};

int64_t Size(ElementType t) { return t == ElementType::kF32 ? 4 : 2; }

float Widen(ElementType t, const uint8_t* p, int64_t i) {
  if (t == ElementType::kF32) {
    float f;
    std::memcpy(&f, p + 4 * i, 4);
    return f;
  }
  uint16_t h;
  std::memcpy(&h, p + 2 * i, 2);
  return t == ElementType::kBF16 ? BF16ToF32(h) : F16ToF32(h);
}

// The contract of dot_tiles.h, independent of the kernels.
float Contract(const float* a, const std::vector<float>& b) {
  float lane[8] = {};
  for (size_t k = 0; k < b.size(); ++k) lane[k % 8] = std::fma(a[k], b[k], lane[k % 8]);
  return ((lane[0] + lane[4]) + (lane[2] + lane[6])) + ((lane[1] + lane[5]) + (lane[3] + lane[7]));
}

// Values that exercise rounding: normal floats, with a sprinkle of zeros of
// both signs, subnormals and (with `specials`) infinities.
float Draw(std::mt19937& rng, bool specials) {
  std::uniform_real_distribution<float> u(-2.0f, 2.0f);
  std::uniform_int_distribution<int> pick(0, 99);
  switch (pick(rng)) {
    case 0:
      return 0.0f;
    case 1:
      return -0.0f;
    case 2:
      return 1e-39f;  // f32 subnormal; flushes in narrower types' rounding
    case 3:
      return specials ? std::numeric_limits<float>::infinity() : 3.0f;
    default:
      return u(rng) * std::ldexp(1.0f, static_cast<int>(pick(rng) % 9) - 4);
  }
}

std::vector<uint8_t> Weights(ElementType t, int64_t n, std::mt19937& rng, bool specials) {
  std::vector<uint8_t> out(static_cast<size_t>(n * Size(t)));
  for (int64_t i = 0; i < n; ++i) {
    const float f = Draw(rng, specials);
    if (t == ElementType::kF32) {
      std::memcpy(out.data() + 4 * i, &f, 4);
    } else {
      const uint16_t h = t == ElementType::kBF16 ? F32ToBF16(f) : F32ToF16(f);
      std::memcpy(out.data() + 2 * i, &h, 2);
    }
  }
  return out;
}

std::vector<float> Activations(int64_t n, std::mt19937& rng, bool specials) {
  std::vector<float> out(static_cast<size_t>(n));
  for (float& f : out) f = Draw(rng, specials);
  return out;
}

// Bit equality, except that any NaN matches any NaN (payloads may differ
// between scalar and vector code).
::testing::AssertionResult SameBits(float x, float y) {
  if (std::isnan(x) && std::isnan(y)) return ::testing::AssertionSuccess();
  uint32_t a, b;
  std::memcpy(&a, &x, 4);
  std::memcpy(&b, &y, 4);
  if (a == b) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << x << " (0x" << std::hex << a << ") vs " << y << " (0x"
                                       << b << ")";
}

// Four activation rows and eight row-major weight columns of length k.
struct Operands {
  std::vector<uint8_t> w;
  std::vector<float> x;
  const float* a[4];
  const void* b[8];
};

Operands MakeOperands(ElementType t, int64_t k, std::mt19937& rng, bool specials) {
  Operands o{Weights(t, 8 * k, rng, specials), Activations(4 * k, rng, specials), {}, {}};
  for (int r = 0; r < 4; ++r) o.a[r] = o.x.data() + r * k;
  for (int c = 0; c < 8; ++c) o.b[c] = o.w.data() + c * k * Size(t);
  return o;
}

const int64_t kDepths[] = {1, 2, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 129, 576};

TEST(DotKernels, ReportsDispatch) {
  std::printf("dot kernels: %s path\n", DotKernelsUseAvx2() ? "AVX2" : "portable");
  RecordProperty("avx2", DotKernelsUseAvx2() ? "1" : "0");
}

TEST(DotKernels, RowMajorTilesMatchPortableAndContract) {
  std::mt19937 rng(1);
  for (ElementType t : kTypes) {
    for (int64_t k : kDepths) {
      for (bool specials : {false, true}) {
        const Operands o = MakeOperands(t, k, rng, specials);
        const auto& [w, x, a, b] = o;
        for (int rows = 1; rows <= 4; ++rows) {
          for (int cols = 1; cols <= 8; ++cols) {
            float fast[4 * 8], portable[4 * 8];
            DotTile(a, rows, b, cols, t, k, fast, 8);
            DotTilePortable(a, rows, b, cols, t, k, portable, 8);
            for (int r = 0; r < rows; ++r) {
              for (int c = 0; c < cols; ++c) {
                std::vector<float> col(static_cast<size_t>(k));
                for (int64_t i = 0; i < k; ++i)
                  col[static_cast<size_t>(i)] = Widen(t, w.data() + c * k * Size(t), i);
                const std::string where =
                    StrCat(hlo::ElementTypeName(t), " k=", k, " rows=", rows, " cols=", cols,
                           " r=", r, " c=", c);
                ASSERT_TRUE(SameBits(fast[r * 8 + c], portable[r * 8 + c])) << where;
                ASSERT_TRUE(SameBits(portable[r * 8 + c], Contract(a[r], col))) << where;
              }
            }
          }
        }
      }
    }
  }
}

TEST(DotKernels, PackedLayoutIsTheDocumentedOne) {
  std::mt19937 rng(2);
  for (ElementType t : kTypes) {
    for (int64_t k : {1, 8, 13, 24}) {
      for (int64_t cols : {1, 8, 11, 16}) {
        // Column j starts at j * (k + 3): rows need not be adjacent.
        auto src = Weights(t, cols * (k + 3), rng, false);
        std::vector<int64_t> offset;
        for (int64_t j = 0; j < cols; ++j) offset.push_back(j * (k + 3));
        const int64_t tiles = (cols + 7) / 8;
        std::vector<uint8_t> packed(static_cast<size_t>(tiles * PackedTileElements(k) * Size(t)),
                                    0xAB);
        PackTiles(src.data(), t, offset.data(), cols, k, packed.data());
        const int64_t k8 = k / 8 * 8;
        for (int64_t j = 0; j < tiles * 8; ++j) {
          const uint8_t* tile = packed.data() + j / 8 * PackedTileElements(k) * Size(t);
          const int64_t c = j % 8;
          for (int64_t i = 0; i < k; ++i) {
            const int64_t at = i < k8 ? (i / 8 * 8 + c) * 8 + i % 8 : 8 * k8 + c * (k - k8) + i - k8;
            const uint8_t* got = tile + at * Size(t);
            std::vector<uint8_t> want(static_cast<size_t>(Size(t)), 0);
            if (j < cols) std::memcpy(want.data(), src.data() + (offset[j] + i) * Size(t), want.size());
            ASSERT_EQ(std::memcmp(got, want.data(), want.size()), 0)
                << hlo::ElementTypeName(t) << " k=" << k << " cols=" << cols << " j=" << j
                << " i=" << i;
          }
        }
      }
    }
  }
}

TEST(DotKernels, PackedTilesMatchRowMajorBitForBit) {
  std::mt19937 rng(3);
  for (ElementType t : kTypes) {
    for (int64_t k : kDepths) {
      for (bool specials : {false, true}) {
        const Operands o = MakeOperands(t, k, rng, specials);
        const auto& [w, x, a, b] = o;
        std::vector<int64_t> offset;
        for (int64_t j = 0; j < 8; ++j) offset.push_back(j * k);
        std::vector<uint8_t> tile(static_cast<size_t>(PackedTileElements(k) * Size(t)));
        PackTiles(w.data(), t, offset.data(), 8, k, tile.data());
        for (int rows = 1; rows <= 4; ++rows) {
          float want[4 * 8];
          DotTilePortable(a, rows, b, 8, t, k, want, 8);
          for (int col0 = 0; col0 < 8; ++col0) {
            for (int cols = 1; col0 + cols <= 8; ++cols) {
              float fast[4 * 8], portable[4 * 8];
              DotPackedTile(a, rows, tile.data(), col0, cols, t, k, fast, 8);
              DotPackedTilePortable(a, rows, tile.data(), col0, cols, t, k, portable, 8);
              for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < cols; ++c) {
                  const std::string where =
                      StrCat(hlo::ElementTypeName(t), " k=", k, " rows=", rows, " col0=", col0,
                             " cols=", cols, " r=", r, " c=", c);
                  ASSERT_TRUE(SameBits(fast[r * 8 + c], want[r * 8 + col0 + c])) << where;
                  ASSERT_TRUE(SameBits(portable[r * 8 + c], want[r * 8 + col0 + c])) << where;
                }
              }
            }
          }
        }
      }
    }
  }
}

TEST(DotKernels, ColumnKernelMatchesPortable) {
  std::mt19937 rng(4);
  for (ElementType t : kTypes) {
    for (int64_t depth : kDepths) {
      const int64_t stride = 19;  // b row k holds 19 elements; columns 5..12 are read
      auto b = Weights(t, depth * stride, rng, true);
      auto a = Activations(3 * depth, rng, true);
      std::vector<int64_t> a_k, b_k;
      for (int64_t k = 0; k < depth; ++k) a_k.push_back(3 * k), b_k.push_back(k * stride + 5);
      float fast[8], portable[8];
      DotColumns8(a.data(), a_k.data(), b.data(), t, b_k.data(), depth, fast);
      DotColumns8Portable(a.data(), a_k.data(), b.data(), t, b_k.data(), depth, portable);
      for (int c = 0; c < 8; ++c) {
        std::vector<float> x, y;
        for (int64_t k = 0; k < depth; ++k) {
          x.push_back(a[static_cast<size_t>(3 * k)]);
          y.push_back(Widen(t, b.data(), k * stride + 5 + c));
        }
        ASSERT_TRUE(SameBits(fast[c], portable[c])) << hlo::ElementTypeName(t) << " " << depth;
        ASSERT_TRUE(SameBits(portable[c], Contract(x.data(), y)))
            << hlo::ElementTypeName(t) << " " << depth;
      }
    }
  }
}

// DotColumns (every rows x groups shape, depths across several position
// blocks and with tails) gives DotColumns8's bits per row and group.
TEST(DotKernels, BlockedColumnKernelMatchesPerRowKernel) {
  std::mt19937 rng(5);
  for (ElementType t : kTypes) {
    for (int64_t depth : {int64_t{1}, int64_t{7}, int64_t{8}, int64_t{63}, int64_t{64},
                          int64_t{65}, int64_t{200}, int64_t{517}}) {
      const int64_t stride = 37;  // columns 3 .. 18 of each b row are read
      auto b = Weights(t, depth * stride, rng, true);
      auto a = Activations(kColumnRows * 2 * depth, rng, true);
      std::vector<int64_t> a_k, b_k;
      for (int64_t k = 0; k < depth; ++k) a_k.push_back(2 * k), b_k.push_back(k * stride);
      const int64_t size = t == ElementType::kF32 ? 4 : 2;
      const auto* b3 = reinterpret_cast<const uint8_t*>(b.data()) + 3 * size;
      for (int rows = 1; rows <= kColumnRows; ++rows) {
        for (int groups = 1; groups <= kColumnGroups; ++groups) {
          const float* x[kColumnRows];
          for (int r = 0; r < rows; ++r) x[r] = a.data() + r * 2 * depth;
          float got[kColumnRows * 8 * kColumnGroups];
          DotColumns(x, rows, 2, b3, t, stride, depth, groups, got, 8 * kColumnGroups);
          for (int r = 0; r < rows; ++r) {
            for (int g = 0; g < groups; ++g) {
              float want[8];
              DotColumns8Portable(x[r], a_k.data(), b3 + 8 * g * size, t, b_k.data(), depth,
                                  want);
              for (int c = 0; c < 8; ++c) {
                ASSERT_TRUE(SameBits(got[r * 8 * kColumnGroups + 8 * g + c], want[c]))
                    << hlo::ElementTypeName(t) << " depth=" << depth << " rows=" << rows
                    << " groups=" << groups << " r=" << r << " g=" << g << " c=" << c;
              }
            }
          }
        }
      }
    }
  }
}

// DotPositions (heads x rows x positions, with tails) gives DotTile's bits
// for each head's rows against that head's vector at each position.
TEST(DotKernels, PositionKernelMatchesTilePerHead) {
  std::mt19937 rng(6);
  for (ElementType t : kTypes) {
    for (int64_t k : {int64_t{1}, int64_t{7}, int64_t{8}, int64_t{64}, int64_t{67}}) {
      for (int rows = 1; rows <= 4; ++rows) {
        for (int heads : {1, 2, 3, kPositionRows / rows}) {
          const int64_t stride = heads * k + 5;  // a gap after each position's heads
          auto b = Weights(t, 8 * stride, rng, true);
          auto a = Activations(heads * rows * k, rng, true);
          const float* x[kPositionRows];
          for (int i = 0; i < heads * rows; ++i) x[i] = a.data() + i * k;
          for (int n = 1; n <= 8; ++n) {
            std::vector<float> got(static_cast<size_t>(heads * rows * 8), -1.0f);
            DotPositions(x, heads, rows, b.data(), t, stride, k, n, got.data(), 8);
            for (int h = 0; h < heads; ++h) {
              const void* cols[8];
              for (int c = 0; c < n; ++c)
                cols[c] = reinterpret_cast<const uint8_t*>(b.data()) + (c * stride + h * k) * Size(t);
              float want[4 * 8];
              DotTilePortable(x + h * rows, rows, cols, n, t, k, want, 8);
              for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < n; ++c) {
                  ASSERT_TRUE(SameBits(got[static_cast<size_t>((h * rows + r) * 8 + c)],
                                       want[r * 8 + c]))
                      << hlo::ElementTypeName(t) << " k=" << k << " rows=" << rows
                      << " heads=" << heads << " n=" << n << " h=" << h << " r=" << r
                      << " c=" << c;
                }
              }
            }
          }
        }
      }
    }
  }
}

// An attention dot_general with batch dims (B, Hkv) on both sides
// (lhs [B, Hkv, G, X], rhs [B, W, Hkv, D]): lhs axis 3 against rhs axis
// `rhs_contracting` (3: scores over D; 1: values over the positions W).
hlo::Op AttentionDot(int64_t rhs_contracting) {
  hlo::Op op;
  op.code = hlo::OpCode::kDotGeneral;
  op.dot.lhs_batch = {0, 1};
  op.dot.rhs_batch = {0, 2};
  op.dot.lhs_contracting = {3};
  op.dot.rhs_contracting = {rhs_contracting};
  return op;
}

// Attention scores, q [B, Hkv, G, D] . K [B, S, Hkv, D] over D with batch
// dims (B, Hkv): at decode the plan groups each slot's heads (one run of
// memory per position), at prefill it packs the cache rows into tiles; every
// element keeps the contract, on any thread count.
TEST(DotKernels, AttentionScoresByHeadGroupKeepTheContract) {
  std::mt19937 rng(7);
  ThreadPool one(1), two(2), three(3);
  const hlo::Op op = AttentionDot(3);
  for (ElementType t : kTypes) {
    for (auto [slots, heads, rows, positions, depth] :
         {std::array<int64_t, 5>{1, 3, 3, 37, 64}, {2, 3, 1, 9, 20}, {4, 2, 4, 130, 16},
          {1, 8, 4, 17, 64}, {1, 16, 4, 11, 8},
          // Prefill: many query rows per head (packed stack tiles with
          // AVX-512), and a depth past the stack tile.
          {2, 3, 12, 21, 72}, {1, 2, 9, 40, 520}}) {
      hlo::TensorType q{ElementType::kF32, {slots, heads, rows, depth}};
      hlo::TensorType cache{t, {slots, positions, heads, depth}};
      DotPlan plan = MakeDotPlan(op, q, cache, ElementType::kF32, t);
      if (rows <= 4) EXPECT_GE(plan.head_group, 2) << slots << "x" << heads << "x" << rows;
      EXPECT_EQ(heads % plan.head_group, 0);
      auto a = Activations(q.num_elements(), rng, false);
      auto b = Weights(t, cache.num_elements(), rng, false);
      for (ThreadPool* pool : {&one, &two, &three}) {
        std::vector<float> got(static_cast<size_t>(slots * heads * rows * positions), -1.0f);
        RunDot(plan, a.data(), b.data(), got.data(), *pool);
        for (int64_t s = 0; s < slots; ++s) {
          for (int64_t h = 0; h < heads; ++h) {
            for (int64_t r = 0; r < rows; ++r) {
              const float* x = a.data() + ((s * heads + h) * rows + r) * depth;
              for (int64_t p = 0; p < positions; ++p) {
                std::vector<float> col(static_cast<size_t>(depth));
                const auto* base = reinterpret_cast<const uint8_t*>(b.data());
                for (int64_t d = 0; d < depth; ++d)
                  col[static_cast<size_t>(d)] = Widen(t, base, ((s * positions + p) * heads + h) * depth + d);
                const float want = Contract(x, col);
                ASSERT_TRUE(SameBits(got[static_cast<size_t>(((s * heads + h) * rows + r) * positions + p)], want))
                    << hlo::ElementTypeName(t) << " slot " << s << " head " << h << " row " << r
                    << " position " << p << " threads " << pool->size();
              }
            }
          }
        }
      }
    }
  }
}

// DotPackedPanel (every ISA path here: AVX-512 register tiles of 6 rows x
// 8 columns where the CPU has it) gives the portable tile's bits for every
// row count, column count and depth tail.
TEST(DotKernels, PackedPanelMatchesPortableTile) {
  std::mt19937 rng(10);
  for (ElementType t : kTypes) {
    for (int64_t k : {int64_t{1}, int64_t{7}, int64_t{8}, int64_t{29}, int64_t{64}, int64_t{300}}) {
      for (int cols = 1; cols <= 8; ++cols) {
        auto w = Weights(t, 8 * k, rng, true);
        std::vector<int64_t> offsets(8);
        for (int c = 0; c < 8; ++c) offsets[static_cast<size_t>(c)] = c * k;
        std::vector<uint8_t> tile(static_cast<size_t>(PackedTileElements(k) * Size(t)));
        PackTiles(w.data(), t, offsets.data(), cols, k, tile.data());
        for (int64_t rows : {1, 2, 5, 6, 7, 13}) {
          auto x = Activations(rows * (k + 3), rng, true);
          std::vector<int64_t> row_offset;
          for (int64_t r = 0; r < rows; ++r) row_offset.push_back(r * (k + 3));
          std::vector<float> got(static_cast<size_t>(rows * 9), -1.0f);
          DotPackedPanel(x.data(), row_offset.data(), rows, tile.data(), cols, t, k, got.data(), 9);
          for (int64_t r = 0; r < rows; ++r) {
            const float* a[1] = {x.data() + row_offset[static_cast<size_t>(r)]};
            float want[8];
            DotPackedTilePortable(a, 1, tile.data(), 0, cols, t, k, want, 8);
            for (int c = 0; c < cols; ++c) {
              ASSERT_TRUE(SameBits(got[static_cast<size_t>(r * 9 + c)], want[c]))
                  << hlo::ElementTypeName(t) << " k=" << k << " cols=" << cols
                  << " rows=" << rows << " r=" << r << " c=" << c
                  << " avx512=" << DotKernelsUseAvx512();
            }
            EXPECT_EQ(got[static_cast<size_t>(r * 9 + 8)], -1.0f);  // nothing past the columns
          }
        }
      }
    }
  }
}

// The strided contract of dot_tiles.h written out: spans of kColumnSpan,
// lanes by position mod 8 within a span, spans added in order, the tree.
float StridedContract(const std::vector<float>& a, const std::vector<float>& b) {
  return SpanContract(static_cast<int64_t>(a.size()),
                      [&](int64_t k) { return a[static_cast<size_t>(k)]; },
                      [&](int64_t k) { return b[static_cast<size_t>(k)]; });
}

// DotColumnsSpan's lane partials: the ISA path against the portable one.
TEST(DotKernels, ColumnSpanKernelMatchesPortable) {
  // Every path present, the wider ones turned off in turn.
  std::vector<DotIsa> paths;
  if (DotKernelsUseAvx512()) paths.push_back(DotIsa::kAvx512);
  if (DotKernelsUseAvx2()) paths.push_back(DotIsa::kAvx2);
  paths.push_back(DotIsa::kPortable);
  for (DotIsa isa : paths) {
    LimitDotIsa(isa);
    std::mt19937 rng(8);
    for (ElementType t : kTypes) {
      for (int64_t n : {int64_t{1}, int64_t{9}, int64_t{64}, int64_t{200}, kColumnSpan}) {
        for (auto [heads, rows, groups] :
             {std::array<int, 3>{1, 1, 1}, {3, 3, 8}, {2, 4, 2}, {8, 4, 1}, {4, 2, 3}}) {
          const int64_t head_cols = 8 * groups + 3, stride = heads * head_cols + 1;
          auto b = Weights(t, n * stride, rng, true);
          auto a = Activations(heads * rows * n * 2, rng, true);
          const float* x[kPositionRows];
          for (int i = 0; i < heads * rows; ++i) x[i] = a.data() + i * n * 2;
          const size_t floats = static_cast<size_t>(heads * rows * groups * 64);
          std::vector<float> got(floats, -1.0f), want(floats, -2.0f);
          DotColumnsSpan(x, heads, rows, 2, b.data(), t, stride, head_cols, groups, n, got.data());
          DotColumnsSpanPortable(x, heads, rows, 2, b.data(), t, stride, head_cols, groups, n,
                                 want.data());
          for (size_t i = 0; i < floats; ++i) {
            ASSERT_TRUE(SameBits(got[i], want[i]))
                << hlo::ElementTypeName(t) << " n=" << n << " heads=" << heads << " rows=" << rows
                << " groups=" << groups << " at " << i << " isa " << static_cast<int>(isa);
          }
        }
      }
    }
  }
  LimitDotIsa(DotIsa::kAvx512Bf16);
}

// The panel's lane partials (strided contractions run it span by span):
// every path present against the portable form, bit for bit.
TEST(DotKernels, PanelLanesMatchPortable) {
  std::vector<DotIsa> paths = {DotIsa::kPortable};
  if (DotKernelsUseAvx512()) paths.push_back(DotIsa::kAvx512);
  std::mt19937 rng(10);
  for (DotIsa isa : paths) {
    LimitDotIsa(isa);
    for (ElementType t : kTypes) {
      for (int64_t k : {int64_t{1}, int64_t{9}, int64_t{64}, int64_t{256}, int64_t{300}}) {
        for (int64_t rows : {1, 5, 8, 13}) {
          auto w = Weights(t, kPackCols * k, rng, true);
          std::vector<int64_t> col_offset(kPackCols);
          for (int c = 0; c < kPackCols; ++c) col_offset[static_cast<size_t>(c)] = c * k;
          std::vector<uint8_t> tile(static_cast<size_t>(PackedTileElements(k) * 4));
          PackTiles(w.data(), t, col_offset.data(), kPackCols, k, tile.data());
          auto a = Activations(rows * k, rng, true);
          std::vector<int64_t> row_offset;
          for (int64_t r = 0; r < rows; ++r) row_offset.push_back(r * k);
          const size_t floats = static_cast<size_t>(rows * kPanelLanes);
          std::vector<float> got(floats, -1.0f), want(floats, -2.0f);
          DotPackedPanelLanes(a.data(), row_offset.data(), rows, tile.data(), t, k, got.data());
          DotPackedPanelLanesPortable(a.data(), row_offset.data(), rows, tile.data(), t, k,
                                      want.data());
          for (size_t i = 0; i < floats; ++i) {
            ASSERT_TRUE(SameBits(got[i], want[i]))
                << hlo::ElementTypeName(t) << " k=" << k << " rows=" << rows << " at " << i
                << " isa " << static_cast<int>(isa);
          }
        }
      }
    }
  }
  LimitDotIsa(DotIsa::kAvx512Bf16);
}

// Decode probs x V, p [B, Hkv, G, W] . V [B, W, Hkv, D] over W with batch
// dims (B, Hkv): with scratch the positions are cut into spans shared
// between threads; every element keeps the strided contract, with or
// without scratch, on any thread count.
TEST(DotKernels, AttentionValuesBySpanKeepTheContract) {
  std::mt19937 rng(9);
  ThreadPool one(1), two(2), three(3);
  const hlo::Op op = AttentionDot(1);
  for (ElementType t : kTypes) {
    for (auto [slots, heads, rows, positions, depth] :
         {std::array<int64_t, 5>{1, 3, 3, 600, 64}, {2, 3, 1, 9, 16}, {1, 2, 4, 257, 8},
          {3, 8, 4, 300, 16}, {1, 3, 3, 100, 64},
          // Head sizes that are not whole groups of 8 columns: the last
          // columns of each head take the plain strided kernel.
          {1, 3, 3, 300, 12}, {2, 2, 5, 270, 4},
          // Prefill: many query rows per head (span panels with AVX-512),
          // spans past 256 positions, several row blocks, short tiles.
          {1, 3, 12, 600, 64}, {1, 2, 9, 257, 12}, {1, 3, 200, 300, 16}, {2, 2, 8, 9, 8}}) {
      hlo::TensorType p{ElementType::kF32, {slots, heads, rows, positions}};
      hlo::TensorType v{t, {slots, positions, heads, depth}};
      DotPlan plan = MakeDotPlan(op, p, v, ElementType::kF32, t);
      if (rows <= 4) EXPECT_GE(plan.head_group, 2);
      const int64_t need = DotScratchFloats(plan);
      EXPECT_EQ(need > 0, (positions > kColumnSpan || slots > 1) && depth % 8 == 0 && rows <= 4)
          << slots << "x" << positions;
      std::vector<float> scratch(static_cast<size_t>(need) + 1);
      auto a = Activations(p.num_elements(), rng, false);
      auto b = Weights(t, v.num_elements(), rng, false);
      const auto* base = reinterpret_cast<const uint8_t*>(b.data());
      for (ThreadPool* pool : {&one, &two, &three}) {
        for (float* s : {static_cast<float*>(nullptr), scratch.data()}) {
          std::vector<float> got(static_cast<size_t>(slots * heads * rows * depth), -1.0f);
          RunDot(plan, a.data(), b.data(), got.data(), *pool, s);
          for (int64_t sl = 0; sl < slots; ++sl) {
            for (int64_t h = 0; h < heads; ++h) {
              for (int64_t r = 0; r < rows; ++r) {
                const size_t row = static_cast<size_t>(((sl * heads + h) * rows + r));
                std::vector<float> x(a.begin() + row * positions, a.begin() + (row + 1) * positions);
                for (int64_t d = 0; d < depth; ++d) {
                  std::vector<float> col;
                  for (int64_t k = 0; k < positions; ++k)
                    col.push_back(Widen(t, base, ((sl * positions + k) * heads + h) * depth + d));
                  ASSERT_TRUE(SameBits(got[row * depth + d], StridedContract(x, col)))
                      << hlo::ElementTypeName(t) << " slot " << sl << " head " << h << " row "
                      << r << " column " << d << " threads " << pool->size()
                      << (s ? " scratch" : "");
                }
              }
            }
          }
        }
      }
    }
  }
}

// The plan of x[rows, k] . W[cols, k]^T.
DotPlan MatmulPlan(int64_t rows, int64_t cols, int64_t k, ElementType t) {
  hlo::Op op;
  op.code = hlo::OpCode::kDotGeneral;
  op.dot.lhs_contracting = {1};
  op.dot.rhs_contracting = {1};
  return MakeDotPlan(op, hlo::TensorType{ElementType::kF32, {rows, k}},
                     hlo::TensorType{t, {cols, k}}, ElementType::kF32, t);
}

TEST(DotKernels, PackedFastDotMatchesRowMajorAcrossShapesAndThreads) {
  std::mt19937 rng(5);
  ThreadPool one(1), two(2), three(3);
  for (ElementType t : kTypes) {
    for (int64_t rows : {1, 2, 3, 4, 5, 9, 16}) {
      for (int64_t cols : {1, 7, 8, 9, 24, 70}) {
        for (int64_t k : {5, 16, 67, 576}) {
          DotPlan plan = MatmulPlan(rows, cols, k, t);
          ASSERT_TRUE(RhsPackable(plan));
          auto w = Weights(t, cols * k, rng, false);
          auto x = Activations(rows * k, rng, false);
          std::vector<uint8_t> packed(static_cast<size_t>(PackedRhsBytes(plan)));
          PackRhs(plan, w.data(), packed.data());
          std::vector<float> want(static_cast<size_t>(rows * cols));
          RunDot(plan, x.data(), w.data(), want.data(), one);
          for (ThreadPool* pool : {&one, &two, &three}) {
            std::vector<float> got(want.size(), -1.0f), plain(want.size(), -1.0f);
            RunDotPacked(plan, x.data(), packed.data(), got.data(), *pool);
            RunDot(plan, x.data(), w.data(), plain.data(), *pool);
            for (size_t i = 0; i < want.size(); ++i) {
              const std::string where = StrCat(hlo::ElementTypeName(t), " ", rows, "x", cols,
                                               "x", k, " threads ", pool->size(), " at ", i);
              ASSERT_TRUE(SameBits(got[i], want[i])) << where;
              ASSERT_TRUE(SameBits(plain[i], want[i])) << where;
            }
          }
          // Row 0 alone (B = 1) equals row 0 of the batch.
          std::vector<float> row(static_cast<size_t>(cols));
          RunDotPacked(MatmulPlan(1, cols, k, t), x.data(), packed.data(), row.data(), two);
          for (int64_t j = 0; j < cols; ++j)
            ASSERT_TRUE(SameBits(row[static_cast<size_t>(j)], want[static_cast<size_t>(j)]));
        }
      }
    }
  }
}

std::unique_ptr<Program> Compile(const ModelConfig& c, ProgramKind kind, int64_t batch,
                                 bool pack) {
  auto text = EmitProgram(c, WeightSpecs(c), {kind, batch, 32, 8});
  EXPECT_TRUE(text.ok()) << text.status().message();
  auto module = hlo::ParseModule(*text, "program.mlir");
  EXPECT_TRUE(module.ok()) << module.status().message();
  auto p = Program::Create(std::move(module).value(),
                           ExecOptions{.num_threads = 2, .pack_weights = pack});
  EXPECT_TRUE(p.ok()) << p.status().message();
  return std::move(p).value();
}

// Deterministic arguments of `p`: i32 inputs small and in range, floats
// random. Returned buffers back the argument pointers.
std::vector<std::vector<uint8_t>> Arguments(const Program& p, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<std::vector<uint8_t>> out;
  for (size_t i = 0; i < p.args().size(); ++i) {
    const hlo::TensorType& t = p.arg_type(i);
    if (t.element == ElementType::kI32) {
      std::vector<uint8_t> b(static_cast<size_t>(t.bytes()));
      for (int64_t e = 0; e < t.num_elements(); ++e) {
        int32_t v = static_cast<int32_t>(e % 3);
        if (p.args()[i].name == "length") v = 5;
        std::memcpy(b.data() + 4 * e, &v, 4);
      }
      out.push_back(std::move(b));
    } else if (t.element == ElementType::kF32 && p.args()[i].aliasing_output) {
      out.push_back(std::vector<uint8_t>(static_cast<size_t>(t.bytes()), 0));  // caches
    } else {
      out.push_back(Weights(t.element, t.num_elements(), rng, false));
    }
  }
  return out;
}

// Runs `p` reading its non-aliased arguments in place from `args` and its
// aliased ones (caches) from fresh copies; returns every result's bytes.
std::vector<std::vector<uint8_t>> RunOn(Program& p, const std::vector<std::vector<uint8_t>>& args) {
  std::vector<std::vector<uint8_t>> caches;
  caches.reserve(args.size());
  std::vector<void*> ptrs;
  for (size_t i = 0; i < args.size(); ++i) {
    if (p.args()[i].aliasing_output) {
      ptrs.push_back(caches.emplace_back(args[i]).data());
    } else {
      ptrs.push_back(const_cast<uint8_t*>(args[i].data()));
    }
  }
  auto out = p.Run(ptrs);
  EXPECT_TRUE(out.ok()) << out.status().message();
  std::vector<std::vector<uint8_t>> results;
  for (size_t k = 0; k < p.result_types().size(); ++k) {
    const auto* b = static_cast<const uint8_t*>(out.value()[k]);
    results.emplace_back(b, b + p.result_types()[k].bytes());
  }
  return results;
}

// Equal bytes, result by result; the first difference names the f32 element.
::testing::AssertionResult SameResults(const std::vector<std::vector<uint8_t>>& a,
                                       const std::vector<std::vector<uint8_t>>& b) {
  if (a.size() != b.size()) return ::testing::AssertionFailure() << "result counts differ";
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k].size() != b[k].size()) return ::testing::AssertionFailure() << "result " << k;
    for (size_t i = 0; i + 4 <= a[k].size(); i += 4) {
      float x, y;
      std::memcpy(&x, a[k].data() + i, 4);
      std::memcpy(&y, b[k].data() + i, 4);
      if (std::memcmp(&x, &y, 4) != 0)
        return ::testing::AssertionFailure() << "result " << k << " element " << i / 4 << ": " << x
                                             << " vs " << y;
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(PackedWeights, ProgramsGiveBitIdenticalResults) {
  for (const char* dtype : {"bfloat16", "float16", "float32"}) {
    auto j = testing::TinyLlamaJson();
    j["torch_dtype"] = dtype;
    ModelConfig c = testing::MustParse(j);
    for (ProgramKind kind : {ProgramKind::kDecode, ProgramKind::kPrefill}) {
      for (int64_t batch : {1, 3}) {
        auto plain = Compile(c, kind, batch, false), packed = Compile(c, kind, batch, true);
        EXPECT_EQ(plain->stats().packed_dots, 0);
        EXPECT_EQ(packed->stats().packed_dots, 7 * c.num_layers + 1)  // 7 per layer, tied head
            << dtype << " " << ProgramKindName(kind);
        EXPECT_GT(packed->stats().packed_bytes, 0);
        // Weights at one address never change while the programs live
        // (ExecOptions::pack_weights): both sets stay allocated. Runs repeat
        // a set (packed copies reused) and switch between them (new
        // addresses).
        const std::vector<std::vector<uint8_t>> sets[] = {Arguments(*plain, 1),
                                                          Arguments(*plain, 2)};
        for (int set : {0, 0, 1, 0}) {
          EXPECT_TRUE(SameResults(RunOn(*packed, sets[set]), RunOn(*plain, sets[set])))
              << dtype << " " << ProgramKindName(kind) << " batch " << batch << " set " << set;
        }
      }
    }
  }
}

TEST(PackedWeights, ProgramsReadingTheSameWeightsAgree) {
  // Read windows of one decode program read the same weights: the second
  // program finds the first one's packed copies.
  auto j = testing::TinyLlamaJson();
  j["torch_dtype"] = "bfloat16";
  ModelConfig c = testing::MustParse(j);
  std::vector<std::unique_ptr<Program>> programs;
  for (int64_t window : {16, 32}) {
    auto text = EmitProgram(c, WeightSpecs(c), {ProgramKind::kDecode, 2, 32, 8, window});
    ASSERT_TRUE(text.ok()) << text.status().message();
    for (bool pack : {true, false}) {
      auto module = hlo::ParseModule(*text, "decode.mlir");
      ASSERT_TRUE(module.ok()) << module.status().message();
      auto p = Program::Create(std::move(module).value(),
                               ExecOptions{.num_threads = 2, .pack_weights = pack});
      ASSERT_TRUE(p.ok()) << p.status().message();
      programs.push_back(std::move(p).value());
    }
  }
  const auto args = Arguments(*programs[0], 4);
  const auto want = RunOn(*programs[1], args);
  for (auto& p : programs) EXPECT_TRUE(SameResults(RunOn(*p, args), want));
}

// The bf16 x bf16 pair contract of dot_tiles.h written out: D flushes
// subnormals to a zero of their sign; four lanes over blocks of 8, each
// pair's odd element first; (l0 + l2) + (l1 + l3).
float FlushToZero(float x) { return std::fpclassify(x) == FP_SUBNORMAL ? std::copysign(0.0f, x) : x; }
float PairContract(const uint16_t* a, const uint16_t* b, int64_t k) {
  float l[4] = {};
  auto step = [](uint16_t x, uint16_t y, float acc) {
    return FlushToZero(std::fma(FlushToZero(BF16ToF32(x)), FlushToZero(BF16ToF32(y)), FlushToZero(acc)));
  };
  for (int64_t block = 0; block < k; block += 8) {
    for (int p = 0; p < 4; ++p) {
      const int64_t even = block + 2 * p;
      if (even + 1 < k) l[p] = step(a[even + 1], b[even + 1], l[p]);
      if (even < k) l[p] = step(a[even], b[even], l[p]);
    }
  }
  return (l[0] + l[2]) + (l[1] + l[3]);
}

std::vector<uint16_t> Bf16Values(int64_t n, std::mt19937& rng) {
  std::vector<uint16_t> out(static_cast<size_t>(n));
  for (uint16_t& h : out) h = F32ToBF16(Draw(rng, true));
  return out;
}

// DotPackedPanelBf16 on every path present (AVX512-BF16 where the CPU has
// it, the portable form always) gives the written-out contract's bits for
// every row count, column count and depth tail.
TEST(DotKernels, Bf16PanelKeepsThePairContract) {
  std::mt19937 rng(31);
  std::vector<DotIsa> paths = {DotIsa::kAvx512};  // the portable bf16 form
  if (DotKernelsUseAvx512Bf16()) paths.push_back(DotIsa::kAvx512Bf16);
  for (int64_t k : kDepths) {
    for (int cols : {1, 3, 8}) {
      auto w = Bf16Values(8 * k, rng);
      std::vector<int64_t> offsets(8);
      for (int c = 0; c < 8; ++c) offsets[static_cast<size_t>(c)] = c * k;
      std::vector<uint16_t> tile(static_cast<size_t>(PackedTileElements(k)));
      PackTiles(w.data(), ElementType::kBF16, offsets.data(), cols, k, tile.data());
      for (int64_t rows : {1, 2, 5, 12, 13, 25}) {
        auto x = Bf16Values(rows * (k + 5), rng);
        std::vector<int64_t> row_offset;
        for (int64_t r = 0; r < rows; ++r) row_offset.push_back(r * (k + 5));
        for (DotIsa isa : paths) {
          LimitDotIsa(isa);
          std::vector<float> got(static_cast<size_t>(rows * 9), -1.0f);
          DotPackedPanelBf16(x.data(), row_offset.data(), rows, tile.data(), cols, k, got.data(),
                             9, tile.data());
          for (int64_t r = 0; r < rows; ++r) {
            const uint16_t* a = x.data() + row_offset[static_cast<size_t>(r)];
            for (int c = 0; c < cols; ++c) {
              const float want = PairContract(a, w.data() + c * k, k);
              ASSERT_TRUE(SameBits(got[static_cast<size_t>(r * 9 + c)], want))
                  << "k=" << k << " cols=" << cols << " rows=" << rows << " r=" << r
                  << " c=" << c << " isa=" << static_cast<int>(isa);
              ASSERT_TRUE(SameBits(DotBf16Contiguous(a, w.data() + c * k, k), want));
            }
            EXPECT_EQ(got[static_cast<size_t>(r * 9 + 8)], -1.0f);  // nothing past the columns
          }
        }
      }
    }
  }
  LimitDotIsa(DotIsa::kAvx512Bf16);
}

// The flushes are vdpbf16ps's: a subnormal input counts as zero, and so does
// a product that would be subnormal; the odd element of a pair goes first.
TEST(DotKernels, Bf16ProductsFlushSubnormalsAndTakeTheOddElementFirst) {
  const uint16_t smallest_subnormal = 0x0001, two_pow_126 = F32ToBF16(std::ldexp(1.0f, 126));
  const uint16_t one = F32ToBF16(1.0f), tiny = F32ToBF16(1e-20f);
  const uint16_t p24 = F32ToBF16(std::ldexp(1.0f, 24)), minus_p24 = F32ToBF16(-std::ldexp(1.0f, 24));
  struct Case {
    std::vector<uint16_t> a, b;
    float want;
  } cases[] = {
      // 2^-133 x 2^126 would add 2^-7.
      {{smallest_subnormal, one}, {two_pow_126, one}, 1.0f},
      // 1e-20 x 1e-20 is subnormal in f32.
      {{tiny}, {tiny}, 0.0f},
      // Lane 0 holds 1 after the first block; in the second, element 9
      // (2^24) goes first: 1 + 2^24 rounds to 2^24, and element 8 (-2^24)
      // leaves 0. Even first would leave 1 (1 - 2^24 is exact).
      {{one, 0, 0, 0, 0, 0, 0, 0, minus_p24, p24}, std::vector<uint16_t>(10, one), 0.0f},
  };
  std::vector<DotIsa> paths = {DotIsa::kAvx512};
  if (DotKernelsUseAvx512Bf16()) paths.push_back(DotIsa::kAvx512Bf16);
  for (const Case& tc : cases) {
    const int64_t k = static_cast<int64_t>(tc.a.size());
    std::vector<int64_t> offsets(8, 0);
    std::vector<uint16_t> tile(static_cast<size_t>(PackedTileElements(k)));
    PackTiles(tc.b.data(), ElementType::kBF16, offsets.data(), 1, k, tile.data());
    const int64_t row0 = 0;
    for (DotIsa isa : paths) {
      LimitDotIsa(isa);
      float got = -1.0f;
      DotPackedPanelBf16(tc.a.data(), &row0, 1, tile.data(), 1, k, &got, 1);
      EXPECT_TRUE(SameBits(got, tc.want)) << "k=" << k << " isa=" << static_cast<int>(isa);
    }
    EXPECT_TRUE(SameBits(PairContract(tc.a.data(), tc.b.data(), k), tc.want));
  }
  LimitDotIsa(DotIsa::kAvx512Bf16);
}

}  // namespace
}  // namespace hf2hlo::exec
