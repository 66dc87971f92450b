// Host-side RoPE tables that reproduce HF's f32 arithmetic
// (modeling_rope_utils.py): inv_freq is computed with f32 operations in
// HF's order, the angle is the f32 product position * inv_freq, and cos/sin
// are the correctly rounded f32 values of that f32 angle.
#pragma once

#include <cstdint>
#include <vector>

#include "model/model.h"

namespace hf2hlo::emit {

// inv_freq[k] for k in [0, rotary_dim/2), after the scaling of `params`.
// Dynamic NTK equals default within max_position_embeddings, which the
// emitter enforces.
std::vector<float> InvFreq(const RopeParams& params, int64_t rotary_dim);

// cos and sin tables, each [positions, rotary_dim] row-major. Half layout:
// columns k and k + rotary_dim/2 share inv_freq[k]; interleaved layout:
// columns 2k and 2k + 1 do (HF repeat_interleave).
struct RopeTables {
  std::vector<float> cos, sin;
};
RopeTables MakeRopeTables(const RopeParams& params, int64_t rotary_dim, int64_t positions,
                          RopeLayout layout = RopeLayout::kHalf);

}  // namespace hf2hlo::emit
