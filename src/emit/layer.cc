// Layer core: HF LlamaDecoderLayer math (docs/layer-math.md, "The decoder layer") in
// f32, op for op in HF's order where rounding could differ.
#include "emit/layer.h"

#include <cmath>

namespace hf2hlo::emit {
namespace {

// x [N, Hh, R] rotated by rows cos/sin [N, R]: x * cos + rotate(x) * sin.
// Half layout: rotate(x) = cat(-x[R/2:], x[:R/2]). Interleaved layout:
// rotate(x)[2i] = -x[2i+1], rotate(x)[2i+1] = x[2i].
Value RotateFull(Builder& b, RopeLayout layout, const Value& x, const Value& cos,
                 const Value& sin) {
  const int64_t n = x.dim(0), heads = x.dim(1), r = x.dim(2);
  const Dims full = {n, heads, r};
  Value rotated;
  if (layout == RopeLayout::kHalf) {
    Value lo = b.Slice(x, {0, 0, 0}, {n, heads, r / 2});
    Value hi = b.Slice(x, {0, 0, r / 2}, {n, heads, r});
    rotated = b.Concatenate({b.Negate(hi), lo}, 2);
  } else {
    Value pairs = b.Reshape(x, {n, heads, r / 2, 2});
    Value even = b.Slice(pairs, {0, 0, 0, 0}, {n, heads, r / 2, 1});
    Value odd = b.Slice(pairs, {0, 0, 0, 1}, {n, heads, r / 2, 2});
    rotated = b.Reshape(b.Concatenate({b.Negate(odd), even}, 3), full);
  }
  Value c = b.Broadcast(cos, {0, 2}, full);
  Value s = b.Broadcast(sin, {0, 2}, full);
  return b.Add(b.Multiply(x, c), b.Multiply(rotated, s));
}

// RoPE on the first R = rotary_dim dims of each head of x [N, Hh, D]; the
// rest passes through (partial rotary).
Value ApplyRope(Builder& b, const ModelConfig& c, const Value& x, const Value& cos,
                const Value& sin) {
  const int64_t n = x.dim(0), heads = x.dim(1), d = x.dim(2), r = c.rotary_dim;
  if (r == d) return RotateFull(b, c.rope_layout, x, cos, sin);
  Value rot = RotateFull(b, c.rope_layout, b.Slice(x, {0, 0, 0}, {n, heads, r}), cos, sin);
  return b.Concatenate({rot, b.Slice(x, {0, 0, r}, {n, heads, d})}, 2);
}

}  // namespace

Value SoftCap(Builder& b, const Value& x, double cap) {
  Value c = b.SplatF32(static_cast<float>(cap), x.type.dims);
  return b.Multiply(b.Tanh(b.Divide(x, c)), c);
}

namespace {

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

// Cache rows as attention reads them: f32 (exact from bf16 or f16 caches).
// The convert comes after the slice, so an engine reads the stored type.
Value Widen(Builder& b, const Value& cache_rows) { return b.Convert(cache_rows, DType::kF32); }

// Scaled-dot-product attention of q [N, Hq, D] against this layer's cache.
// Returns [N, Hq * D] in head order (query head h reads kv head h / G, as HF
// repeat_kv does).
Value Attention(Builder& b, const ModelConfig& c, const StepContext& ctx, int64_t layer,
                const Value& q, const Value& k_cache, const Value& v_cache) {
  const int64_t n = ctx.rows, s = ctx.read_window, hkv = c.num_kv_heads, d = c.head_dim;
  const int64_t g = c.num_heads / hkv;
  Value q4 = b.Reshape(q, {n, hkv, g, d});
  const Value& mask = c.IsSliding(layer) ? ctx.mask_sliding : ctx.mask_full;
  const auto scale = static_cast<float>(c.attention_scale);
  auto scaled = [&](const Value& scores) {
    Value out = b.Multiply(scores, b.SplatF32(scale, scores.type.dims));
    return c.attn_softcap ? SoftCap(b, out, *c.attn_softcap) : out;
  };
  if (ctx.layout == AttentionLayout::kChunk) {
    // The first S_r positions of the slot: [S_r, Hkv, D].
    std::vector<Value> at = {ctx.slot, ctx.zero_i32, ctx.zero_i32, ctx.zero_i32};
    Value k = Widen(b, b.Reshape(b.DynamicSlice(k_cache, at, {1, s, hkv, d}), {s, hkv, d}));
    Value v = Widen(b, b.Reshape(b.DynamicSlice(v_cache, at, {1, s, hkv, d}), {s, hkv, d}));
    Value scores = scaled(b.DotGeneral(q4, k, {1}, {1}, {3}, {2}));  // [Hkv, N, G, S_r]
    scores = b.Add(scores, b.Broadcast(mask, {1, 3}, scores.type.dims));
    Value probs = Softmax(b, scores);
    Value out = b.DotGeneral(probs, v, {0}, {1}, {3}, {0});  // [Hkv, N, G, D]
    out = b.Transpose(out, {1, 0, 2, 3});                    // [N, Hkv, G, D]
    return b.Reshape(out, {n, hkv * g * d});
  }
  // The first S_r positions of every slot: [B, S_r, Hkv, D].
  const int64_t batch = k_cache.dim(0);
  const bool whole = s == k_cache.dim(1);
  const Value k = Widen(b, whole ? k_cache : b.Slice(k_cache, {0, 0, 0, 0}, {batch, s, hkv, d}));
  const Value v = Widen(b, whole ? v_cache : b.Slice(v_cache, {0, 0, 0, 0}, {batch, s, hkv, d}));
  Value scores = scaled(b.DotGeneral(q4, k, {0, 1}, {0, 2}, {3}, {3}));  // [B, Hkv, G, S_r]
  scores = b.Add(scores, b.Broadcast(mask, {0, 3}, scores.type.dims));
  Value probs = Softmax(b, scores);
  Value out = b.DotGeneral(probs, v, {0, 1}, {0, 2}, {3}, {1});  // [B, Hkv, G, D]
  return b.Reshape(out, {n, hkv * g * d});
}

// Writes k/v rows [N, Hkv, D] f32 into the cache [B, S, Hkv, D], rounded to
// the cache's element type.
Value WriteCache(Builder& b, const StepContext& ctx, const Value& cache, const Value& f32_rows) {
  const Value rows = b.Convert(f32_rows, cache.type.dtype);
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

// erf(z) by Abramowitz & Stegun 7.1.26 (|error| <= 1.5e-7), from ops every
// engine has: sign(z) * (1 - poly(t) * exp(-z^2)), t = 1 / (1 + p|z|).
Value Erf(Builder& b, const Value& z) {
  const Dims& dims = z.type.dims;
  auto k = [&](double v) { return b.SplatF32(static_cast<float>(v), dims); };
  Value az = b.Abs(z);
  Value t = b.Divide(k(1.0), b.Add(k(1.0), b.Multiply(k(0.3275911), az)));
  Value poly = k(1.061405429);
  for (double a : {-1.453152027, 1.421413741, -0.284496736, 0.254829592}) {
    poly = b.Add(b.Multiply(poly, t), k(a));
  }
  poly = b.Multiply(poly, t);
  Value tail = b.Multiply(poly, b.Exp(b.Negate(b.Multiply(z, z))));
  return b.Multiply(b.Sign(z), b.Subtract(k(1.0), tail));
}

// The family's activation, in torch's CPU operation order.
Value Activate(Builder& b, Activation act, const Value& x) {
  const Dims& dims = x.type.dims;
  auto k = [&](double v) { return b.SplatF32(static_cast<float>(v), dims); };
  switch (act) {
    case Activation::kSilu:
      return b.Multiply(x, b.Logistic(x));
    case Activation::kGeluTanh: {
      // 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))
      Value cube = b.Multiply(b.Multiply(x, x), x);
      Value inner =
          b.Multiply(k(M_SQRT2 * M_2_SQRTPI * 0.5), b.Add(x, b.Multiply(k(0.044715), cube)));
      return b.Multiply(b.Multiply(k(0.5), x), b.Add(k(1.0), b.Tanh(inner)));
    }
    case Activation::kGeluExact:
      // x * 0.5 * (1 + erf(x / sqrt(2)))
      return b.Multiply(b.Multiply(x, k(0.5)), b.Add(k(1.0), Erf(b, b.Multiply(x, k(M_SQRT1_2)))));
  }
  CHECK(false, "unknown activation");
  return x;
}

Value Mlp(Builder& b, const ModelConfig& c, const WeightArgs& w, int64_t layer, const Value& x,
          DType matmul_dtype) {
  // `in` rounded for the product (RoundForMatmul).
  auto proj = [&](WeightRole weight, WeightRole bias, const Value& in) {
    return Linear(b, in, w.Get(weight, layer), w.Find(bias, layer));
  };
  const Value xm = RoundForMatmul(b, x, matmul_dtype);
  Value hidden;
  if (c.mlp == MlpKind::kDense) {
    hidden = Activate(b, c.activation, proj(WeightRole::kUp, WeightRole::kUpBias, xm));
  } else {
    Value gate = proj(WeightRole::kGate, WeightRole::kGateBias, xm);
    Value up = proj(WeightRole::kUp, WeightRole::kUpBias, xm);
    hidden = b.Multiply(Activate(b, c.activation, gate), up);
  }
  return proj(WeightRole::kDown, WeightRole::kDownBias, RoundForMatmul(b, hidden, matmul_dtype));
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

Value Norm(Builder& b, const ModelConfig& c, const Value& x, const Value& weight,
           const Value* bias) {
  const int64_t n = x.dim(0), h = x.dim(1);
  if (c.norm == NormKind::kLayerNorm) {
    Value mean = b.Divide(b.ReduceSum(x, {1}), b.SplatF32(static_cast<float>(h), {n}));
    Value centred = b.Subtract(x, b.Broadcast(mean, {0}, {n, h}));
    Value var = b.Divide(b.ReduceSum(b.Multiply(centred, centred), {1}),
                         b.SplatF32(static_cast<float>(h), {n}));
    Value inv = b.Rsqrt(b.Add(var, b.SplatF32(static_cast<float>(c.norm_eps), {n})));
    Value normed = b.Multiply(centred, b.Broadcast(inv, {0}, {n, h}));
    Value y = b.Multiply(b.Broadcast(b.Convert(weight, DType::kF32), {1}, {n, h}), normed);
    if (bias == nullptr) return y;
    return b.Add(y, b.Broadcast(b.Convert(*bias, DType::kF32), {1}, {n, h}));
  }
  CHECK(bias == nullptr, "RMSNorm has no bias");
  Value sum = b.ReduceSum(b.Multiply(x, x), {1});  // [N]
  Value mean = b.Divide(sum, b.SplatF32(static_cast<float>(h), {n}));
  Value inv = b.Rsqrt(b.Add(mean, b.SplatF32(static_cast<float>(c.norm_eps), {n})));
  Value normed = b.Multiply(x, b.Broadcast(inv, {0}, {n, h}));
  if (c.norm == NormKind::kRmsOnePlus) {
    Value one_plus = b.Add(b.SplatF32(1.0f, {h}), b.Convert(weight, DType::kF32));
    return b.Multiply(normed, b.Broadcast(one_plus, {1}, {n, h}));
  }
  Value w = b.Broadcast(b.Convert(weight, DType::kF32), {1}, {n, h});
  return b.Multiply(w, normed);
}

Value RoundForMatmul(Builder& b, const Value& x, DType matmul_dtype) {
  if (matmul_dtype == DType::kF32) return x;
  return b.Convert(b.Convert(x, matmul_dtype), DType::kF32);
}

Value Linear(Builder& b, const Value& x, const Value& weight, const Value* bias) {
  Value y = b.DotGeneral(x, b.Convert(weight, DType::kF32), {}, {}, {1}, {1});
  if (bias == nullptr) return y;
  return b.Add(y, b.Broadcast(b.Convert(*bias, DType::kF32), {1}, y.type.dims));
}

namespace {

// q, k or v of one layer: x [N, H] -> [N, heads, D], with the family's q/k
// norm (`norm` is null for v and when the family has none).
Value Projection(Builder& b, const ModelConfig& c, const Value& x, const Value& weight,
                 const Value* bias, const Value* norm, int64_t heads) {
  const int64_t n = x.dim(0), d = c.head_dim;
  Value y = Linear(b, x, weight, bias);
  if (norm != nullptr && c.qk_norm == QkNormKind::kFullProjection) {
    y = Norm(b, c, y, *norm, nullptr);
  }
  if (norm != nullptr && c.qk_norm == QkNormKind::kPerHead) {
    Value per_head = Norm(b, c, b.Reshape(y, {n * heads, d}), *norm, nullptr);
    return b.Reshape(per_head, {n, heads, d});
  }
  return b.Reshape(y, {n, heads, d});
}

}  // namespace

Value DecoderLayer(Builder& b, const ModelConfig& c, const WeightArgs& w, const StepContext& ctx,
                   int64_t layer, const Value& x, Value& k_cache, Value& v_cache) {
  auto W = [&](WeightRole role) -> const Value& { return w.Get(role, layer); };
  auto Wopt = [&](WeightRole role) { return w.Find(role, layer); };
  auto norm = [&](WeightRole weight, WeightRole bias, const Value& in) {
    return Norm(b, c, in, W(weight), Wopt(bias));
  };
  auto branch = [&](const Value& v) {
    if (!c.residual_scale) return v;
    return b.Multiply(v, b.SplatF32(static_cast<float>(*c.residual_scale), v.type.dims));
  };

  auto name = [&](const Value& v, const char* what) {
    return b.Name(v, StrCat("layers.", layer, ".", what));
  };
  const Value h = c.block == BlockKind::kPostNorm
                      ? x
                      : name(norm(WeightRole::kInputNorm, WeightRole::kInputNormBias, x),
                             "attn_norm");
  const Value hm = RoundForMatmul(b, h, ctx.matmul_dtype);  // rounded once for q, k and v
  Value q = Projection(b, c, hm, W(WeightRole::kQ), Wopt(WeightRole::kQBias),
                       Wopt(WeightRole::kQNorm), c.num_heads);
  Value k = Projection(b, c, hm, W(WeightRole::kK), Wopt(WeightRole::kKBias),
                       Wopt(WeightRole::kKNorm), c.num_kv_heads);
  Value v =
      Projection(b, c, hm, W(WeightRole::kV), Wopt(WeightRole::kVBias), nullptr, c.num_kv_heads);
  if (c.HasRope(layer)) {
    const bool sliding = c.IsSliding(layer);
    const Value& cos = sliding ? ctx.cos_sliding : ctx.cos;
    const Value& sin = sliding ? ctx.sin_sliding : ctx.sin;
    q = ApplyRope(b, c, q, cos, sin);
    k = ApplyRope(b, c, k, cos, sin);
  }
  name(q, "q");  // [N, Hq, D], after q-norm and RoPE
  name(k, "k");  // [N, Hkv, D], as written to the cache
  name(v, "v");
  k_cache = WriteCache(b, ctx, k_cache, k);
  v_cache = WriteCache(b, ctx, v_cache, v);
  Value attn = name(Attention(b, c, ctx, layer, q, k_cache, v_cache), "attn");  // [N, Hq * D]
  Value o = name(Linear(b, RoundForMatmul(b, attn, ctx.matmul_dtype), W(WeightRole::kO),
                        Wopt(WeightRole::kOBias)),
                 "attn_out");
  switch (c.block) {
    case BlockKind::kPreNorm: {
      Value residual = b.Add(x, branch(o));
      Value h2 = norm(WeightRole::kPostAttnNorm, WeightRole::kPostAttnNormBias, residual);
      return name(b.Add(residual, branch(Mlp(b, c, w, layer, h2, ctx.matmul_dtype))), "out");
    }
    case BlockKind::kPostNorm: {
      Value residual = b.Add(x, norm(WeightRole::kPostAttnNorm, WeightRole::kPostAttnNormBias, o));
      Value m = Mlp(b, c, w, layer, residual, ctx.matmul_dtype);
      return name(b.Add(residual, Norm(b, c, m, W(WeightRole::kPostFfwNorm), nullptr)), "out");
    }
    case BlockKind::kSandwich: {
      Value residual = b.Add(x, norm(WeightRole::kPostAttnNorm, WeightRole::kPostAttnNormBias, o));
      Value m = Mlp(b, c, w, layer, Norm(b, c, residual, W(WeightRole::kPreFfwNorm), nullptr), ctx.matmul_dtype);
      return name(b.Add(residual, Norm(b, c, m, W(WeightRole::kPostFfwNorm), nullptr)), "out");
    }
    case BlockKind::kParallel:
      return name(b.Add(b.Add(x, o), Mlp(b, c, w, layer, h, ctx.matmul_dtype)), "out");
  }
  CHECK(false, "unknown block kind");
  return x;
}

}  // namespace hf2hlo::emit
