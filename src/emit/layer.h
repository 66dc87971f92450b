// The one shared decoder-layer core. Every family is a set of switches in
// ModelConfig; every program kind calls the same functions with a different
// AttentionLayout. Internal to src/emit.
#pragma once

#include <map>
#include <utility>
#include <vector>

#include "emit/builder.h"
#include "model/model.h"

namespace hf2hlo::emit {

// Weight arguments by (role, layer); layer -1 for model-level weights.
class WeightArgs {
 public:
  void Add(WeightRole role, int64_t layer, Value v) { args_[{role, layer}] = std::move(v); }
  const Value& Get(WeightRole role, int64_t layer = -1) const;
  const Value* Find(WeightRole role, int64_t layer = -1) const;

 private:
  std::map<std::pair<WeightRole, int64_t>, Value> args_;
};

enum class AttentionLayout {
  kChunk,  // prefill: N query rows of one slot at positions start..start+N-1
  kRows,   // decode: row b is slot b at its own position
};

// Per-program values every layer reads. N = rows (P or B).
struct StepContext {
  AttentionLayout layout = AttentionLayout::kChunk;
  int64_t rows = 0;                // N
  Value cos, sin;                  // [N, D] rope rows for full layers
  Value cos_sliding, sin_sliding;  // [N, D] for sliding layers (may alias cos/sin)
  Value mask_full;                 // [N, S_r] additive 0 / -1e30
  Value mask_sliding;              // [N, S_r], only when some layer slides
  Value slot, start;               // kChunk: tensor<i32> scalars
  std::vector<Value> row_pos;      // kRows: pos[b] as tensor<i32>, [B]
  std::vector<Value> row_index;    // kRows: constant b as tensor<i32>, [B]
  Value zero_i32;                  // tensor<i32> 0
  int64_t read_window = 0;         // S_r <= S: cache positions attention reads
  DType matmul_dtype = DType::kF32;  // ProgramShape::matmul_dtype
};

// The family's norm over the last axis: x [N, K] -> [N, K]; `bias` only for
// LayerNorm with bias.
Value Norm(Builder& b, const ModelConfig& c, const Value& x, const Value& weight,
           const Value* bias);
// tanh(x / cap) * cap (Gemma2 soft-caps).
Value SoftCap(Builder& b, const Value& x, double cap);
// x [N, K] @ W[M, K]^T (+ bias [M]) -> [N, M], W converted to f32 where used.
Value Linear(Builder& b, const Value& x, const Value& weight, const Value* bias);
// The lhs of weight products: x rounded to `matmul_dtype` and widened back
// (ProgramShape::matmul_dtype), x itself for f32. Products reading the same
// x share one rounding.
Value RoundForMatmul(Builder& b, const Value& x, DType matmul_dtype);

// One decoder layer: x [N, H] -> [N, H]. Writes this step's K/V rows into
// `k_cache` / `v_cache` ([B, S, Hkv, D]) and replaces them with the updated
// values.
Value DecoderLayer(Builder& b, const ModelConfig& c, const WeightArgs& w, const StepContext& ctx,
                   int64_t layer, const Value& x, Value& k_cache, Value& v_cache);

}  // namespace hf2hlo::emit
