// RoPE inv_freq against values torch 2.13 / transformers 4.57.6 computed
// (ROPE_INIT_FUNCTIONS), bit for bit.
#include "emit/rope.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

namespace hf2hlo::emit {
namespace {

std::vector<uint32_t> Bits(const std::vector<float>& v) {
  std::vector<uint32_t> out;
  for (float f : v) {
    uint32_t b;
    std::memcpy(&b, &f, 4);
    out.push_back(b);
  }
  return out;
}

TEST(Rope, Llama3MatchesHf) {
  RopeParams p;
  p.type = RopeType::kLlama3;
  p.theta = 500000.0;
  p.factor = 8.0;
  p.low_freq_factor = 1.0;
  p.high_freq_factor = 4.0;
  p.original_max_position_embeddings = 32;
  EXPECT_EQ(Bits(InvFreq(p, 16)),
            (std::vector<uint32_t>{0x3f800000, 0x3cc693b0, 0x3b9a08c8, 0x3a6ef74f, 0x39395d21,
                                   0x380fc8f8, 0x36df10c4, 0x35ad07a7}));
}

TEST(Rope, LinearMatchesHf) {
  RopeParams p;
  p.type = RopeType::kLinear;
  p.factor = 2.0;
  EXPECT_EQ(Bits(InvFreq(p, 16)),
            (std::vector<uint32_t>{0x3f000000, 0x3e21e89b, 0x3d4ccccd, 0x3c8186e3, 0x3ba3d70a,
                                   0x3acf3e38, 0x3a03126f, 0x3925cb60}));
}

TEST(Rope, TablesAreHalfSplitAndPositionZeroIsIdentity) {
  RopeParams p;
  RopeTables t = MakeRopeTables(p, 8, 3);
  ASSERT_EQ(t.cos.size(), 24u);
  for (int col = 0; col < 8; ++col) {
    EXPECT_EQ(t.cos[col], 1.0f);
    EXPECT_EQ(t.sin[col], 0.0f);
  }
  for (int row = 0; row < 3; ++row) {
    for (int k = 0; k < 4; ++k) {
      EXPECT_EQ(t.cos[row * 8 + k], t.cos[row * 8 + k + 4]);
      EXPECT_EQ(t.sin[row * 8 + k], t.sin[row * 8 + k + 4]);
    }
  }
  // Angle is the f32 product position * inv_freq; inv_freq[0] = 1.
  EXPECT_EQ(t.cos[2 * 8], static_cast<float>(std::cos(2.0)));
}

}  // namespace
}  // namespace hf2hlo::emit
