// Layer core: HF LlamaDecoderLayer math (families.md §1.2-1.6, §2.1-2.3) in
// f32, op for op in HF's order where rounding could differ.
#include "emit/layer.h"

#include <cmath>

namespace hf2hlo::emit {
namespace {

// x [N, Hh, D] rotated by rows cos/sin [N, D] in the half-split layout:
// x * cos + rotate_half(x) * sin, rotate_half(x) = cat(-x[D/2:], x[:D/2]).
Value ApplyRope(Builder& b, const Value& x, const Value& cos, const Value& sin) {
  const int64_t n = x.dim(0), heads = x.dim(1), d = x.dim(2);
  const Dims full = {n, heads, d};
  Value lo = b.Slice(x, {0, 0, 0}, {n, heads, d / 2});
  Value hi = b.Slice(x, {0, 0, d / 2}, {n, heads, d});
  Value rotated = b.Concatenate({b.Negate(hi), lo}, 2);
  Value c = b.Broadcast(cos, {0, 2}, full);
  Value s = b.Broadcast(sin, {0, 2}, full);
  return b.Add(b.Multiply(x, c), b.Multiply(rotated, s));
}

// Softmax over the last axis: exp(x - max) / sum.
Value Softmax(Builder& b, const Value& x) {
  const int64_t last = x.rank() - 1;
  Dims keep;
  for (int64_t i = 0; i < last; ++i) keep.push_back(i);
  Value max = b.Broadcast(b.ReduceMax(x, {last}), keep, x.type.dims);
  Value e = b.Exp(b.Subtract(x, max));
  Value sum = b.Broadcast(b.ReduceSum(e, {last}), keep, x.type.dims);
  return b.Divide(e, sum);
}

// Scaled-dot-product attention of q [N, Hq, D] against this layer's cache.
// Returns [N, Hq * D] in head order (query head h reads kv head h / G, as HF
// repeat_kv does).
Value Attention(Builder& b, const ModelConfig& c, const StepContext& ctx, int64_t layer,
                const Value& q, const Value& k_cache, const Value& v_cache) {
  const int64_t n = ctx.rows, s = k_cache.dim(1), hkv = c.num_kv_heads, d = c.head_dim;
  const int64_t g = c.num_heads / hkv;
  Value q4 = b.Reshape(q, {n, hkv, g, d});
  const Value& mask = c.IsSliding(layer) ? ctx.mask_sliding : ctx.mask_full;
  const float scale = static_cast<float>(std::pow(static_cast<double>(d), -0.5));
  if (ctx.layout == AttentionLayout::kChunk) {
    // The slot's whole cache: [S, Hkv, D].
    std::vector<Value> at = {ctx.slot, ctx.zero_i32, ctx.zero_i32, ctx.zero_i32};
    Value k = b.Reshape(b.DynamicSlice(k_cache, at, {1, s, hkv, d}), {s, hkv, d});
    Value v = b.Reshape(b.DynamicSlice(v_cache, at, {1, s, hkv, d}), {s, hkv, d});
    Value scores = b.DotGeneral(q4, k, {1}, {1}, {3}, {2});  // [Hkv, N, G, S]
    scores = b.Multiply(scores, b.SplatF32(scale, scores.type.dims));
    scores = b.Add(scores, b.Broadcast(mask, {1, 3}, scores.type.dims));
    Value probs = Softmax(b, scores);
    Value out = b.DotGeneral(probs, v, {0}, {1}, {3}, {0});  // [Hkv, N, G, D]
    out = b.Transpose(out, {1, 0, 2, 3});                    // [N, Hkv, G, D]
    return b.Reshape(out, {n, hkv * g * d});
  }
  Value scores = b.DotGeneral(q4, k_cache, {0, 1}, {0, 2}, {3}, {3});  // [B, Hkv, G, S]
  scores = b.Multiply(scores, b.SplatF32(scale, scores.type.dims));
  scores = b.Add(scores, b.Broadcast(mask, {0, 3}, scores.type.dims));
  Value probs = Softmax(b, scores);
  Value out = b.DotGeneral(probs, v_cache, {0, 1}, {0, 2}, {3}, {1});  // [B, Hkv, G, D]
  return b.Reshape(out, {n, hkv * g * d});
}

// Writes k/v rows [N, Hkv, D] into the cache [B, S, Hkv, D].
Value WriteCache(Builder& b, const StepContext& ctx, const Value& cache, const Value& rows) {
  const int64_t n = rows.dim(0), hkv = rows.dim(1), d = rows.dim(2);
  if (ctx.layout == AttentionLayout::kChunk) {
    Value update = b.Reshape(rows, {1, n, hkv, d});
    return b.DynamicUpdateSlice(cache, update, {ctx.slot, ctx.start, ctx.zero_i32, ctx.zero_i32});
  }
  Value out = cache;
  for (int64_t r = 0; r < n; ++r) {
    Value update = b.Reshape(b.Slice(rows, {r, 0, 0}, {r + 1, hkv, d}), {1, 1, hkv, d});
    out = b.DynamicUpdateSlice(out, update,
                               {ctx.row_index[static_cast<size_t>(r)],
                                ctx.row_pos[static_cast<size_t>(r)], ctx.zero_i32, ctx.zero_i32});
  }
  return out;
}

Value Mlp(Builder& b, const ModelConfig& c, const WeightArgs& w, int64_t layer, const Value& x) {
  Value gate = Linear(b, x, w.Get(WeightRole::kGate, layer), w.Find(WeightRole::kGateBias, layer));
  Value up = Linear(b, x, w.Get(WeightRole::kUp, layer), w.Find(WeightRole::kUpBias, layer));
  Value act = b.Multiply(gate, b.Logistic(gate));  // silu
  return Linear(b, b.Multiply(act, up), w.Get(WeightRole::kDown, layer),
                w.Find(WeightRole::kDownBias, layer));
}

}  // namespace

const Value& WeightArgs::Get(WeightRole role, int64_t layer) const {
  const Value* v = Find(role, layer);
  CHECK(v != nullptr, "no weight argument for role ", static_cast<int>(role), " layer ", layer);
  return *v;
}

const Value* WeightArgs::Find(WeightRole role, int64_t layer) const {
  auto it = args_.find({role, layer});
  return it == args_.end() ? nullptr : &it->second;
}

Value RmsNorm(Builder& b, const ModelConfig& c, const Value& x, const Value& weight) {
  const int64_t n = x.dim(0), h = x.dim(1);
  Value sum = b.ReduceSum(b.Multiply(x, x), {1});  // [N]
  Value mean = b.Divide(sum, b.SplatF32(static_cast<float>(h), {n}));
  Value inv = b.Rsqrt(b.Add(mean, b.SplatF32(static_cast<float>(c.norm_eps), {n})));
  Value normed = b.Multiply(x, b.Broadcast(inv, {0}, {n, h}));
  Value w = b.Broadcast(b.Convert(weight, DType::kF32), {1}, {n, h});
  return b.Multiply(w, normed);
}

Value Linear(Builder& b, const Value& x, const Value& weight, const Value* bias) {
  Value y = b.DotGeneral(x, b.Convert(weight, DType::kF32), {}, {}, {1}, {1});
  if (bias == nullptr) return y;
  return b.Add(y, b.Broadcast(b.Convert(*bias, DType::kF32), {1}, y.type.dims));
}

Value DecoderLayer(Builder& b, const ModelConfig& c, const WeightArgs& w, const StepContext& ctx,
                   int64_t layer, const Value& x, Value& k_cache, Value& v_cache) {
  const int64_t n = ctx.rows, d = c.head_dim;
  auto W = [&](WeightRole role) -> const Value& { return w.Get(role, layer); };
  auto Wopt = [&](WeightRole role) { return w.Find(role, layer); };

  Value h = RmsNorm(b, c, x, W(WeightRole::kInputNorm));
  Value q =
      b.Reshape(Linear(b, h, W(WeightRole::kQ), Wopt(WeightRole::kQBias)), {n, c.num_heads, d});
  Value k =
      b.Reshape(Linear(b, h, W(WeightRole::kK), Wopt(WeightRole::kKBias)), {n, c.num_kv_heads, d});
  Value v =
      b.Reshape(Linear(b, h, W(WeightRole::kV), Wopt(WeightRole::kVBias)), {n, c.num_kv_heads, d});
  const bool sliding = c.IsSliding(layer);
  const Value& cos = sliding ? ctx.cos_sliding : ctx.cos;
  const Value& sin = sliding ? ctx.sin_sliding : ctx.sin;
  q = ApplyRope(b, q, cos, sin);
  k = ApplyRope(b, k, cos, sin);
  k_cache = WriteCache(b, ctx, k_cache, k);
  v_cache = WriteCache(b, ctx, v_cache, v);
  Value attn = Attention(b, c, ctx, layer, q, k_cache, v_cache);
  Value o = Linear(b, attn, W(WeightRole::kO), Wopt(WeightRole::kOBias));
  Value residual = b.Add(x, o);
  Value h2 = RmsNorm(b, c, residual, W(WeightRole::kPostAttnNorm));
  return b.Add(residual, Mlp(b, c, w, layer, h2));
}

}  // namespace hf2hlo::emit
