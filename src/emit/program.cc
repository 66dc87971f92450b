// The program kinds: argument lists, per-program inputs (positions, RoPE rows,
// masks), the layer loop, and the head.
#include "emit/builder.h"
#include "emit/emit.h"
#include "emit/layer.h"
#include "emit/rope.h"

namespace hf2hlo {

using emit::AttentionLayout;
using emit::Builder;
using emit::CompareType;
using emit::StepContext;
using emit::TensorType;
using emit::Value;

namespace {

constexpr float kMaskedOut = -1e30f;

// Additive mask [N, S]: key j is visible to row n iff j <= pos[n] (and, on
// sliding layers, pos[n] - W < j).
void BuildMasks(Builder& b, const ModelConfig& c, const Value& pos, int64_t context,
                StepContext& ctx) {
  const int64_t n = pos.dim(0);
  const emit::Dims shape = {n, context};
  Value key = b.Iota(1, TensorType{DType::kI32, shape});
  Value query = b.Broadcast(pos, {0}, shape);
  Value causal = b.Compare("LE", key, query, CompareType::kSigned);
  Value zero = b.SplatF32(0.0f, shape);
  Value masked = b.SplatF32(kMaskedOut, shape);
  ctx.mask_full = b.Select(causal, zero, masked);
  if (c.sliding_window) {
    Value age = b.Subtract(query, key);
    Value in_window =
        b.Compare("LT", age, b.SplatI32(static_cast<int32_t>(*c.sliding_window), shape),
                  CompareType::kSigned);
    ctx.mask_sliding = b.Select(b.And(causal, in_window), zero, masked);
  }
}

// RoPE rows [N, R] for positions pos [N]: one pair of tables per RoPE
// parameter set that some rotating layer uses (sliding layers share the full
// layers' rows when their parameters are equal).
void BuildRopeRows(Builder& b, const ModelConfig& c, const Value& pos, int64_t context,
                   StepContext& ctx) {
  auto rows = [&](const RopeParams& p, Value& cos, Value& sin) {
    const int64_t r = c.rotary_dim;
    emit::RopeTables t = emit::MakeRopeTables(p, r, context, c.rope_layout);
    cos = b.GatherRows(b.TableF32(t.cos, {context, r}), pos);
    sin = b.GatherRows(b.TableF32(t.sin, {context, r}), pos);
  };
  bool full_rope = false, sliding_rope = false;
  for (int64_t i = 0; i < c.num_layers; ++i) {
    if (!c.HasRope(i)) continue;
    (c.IsSliding(i) ? sliding_rope : full_rope) = true;
  }
  const bool shared = c.rope_sliding == c.rope;
  if (full_rope || (sliding_rope && shared)) rows(c.rope, ctx.cos, ctx.sin);
  if (sliding_rope && !shared) {
    rows(c.rope_sliding, ctx.cos_sliding, ctx.sin_sliding);
  } else {
    ctx.cos_sliding = ctx.cos;
    ctx.sin_sliding = ctx.sin;
  }
}

// Multiplies or divides by an f32 constant when the switch is on.
Value Scaled(Builder& b, const Value& x, const std::optional<double>& s, bool divide) {
  if (!s) return x;
  Value k = b.SplatF32(static_cast<float>(*s), x.type.dims);
  return divide ? b.Divide(x, k) : b.Multiply(x, k);
}

// Final norm and head: x [N, H] -> logits [N, V], with the family's
// post-processing in HF's order.
Value Head(Builder& b, const ModelConfig& c, const emit::WeightArgs& w, const Value& x,
           DType matmul_dtype) {
  Value h = b.Name(
      emit::Norm(b, c, x, w.Get(WeightRole::kFinalNorm), w.Find(WeightRole::kFinalNormBias)),
      "final_norm");
  h = Scaled(b, h, c.hidden_divisor, /*divide=*/true);
  const Value* head = w.Find(WeightRole::kLmHead);
  Value logits = emit::Linear(b, emit::RoundForMatmul(b, h, matmul_dtype),
                               head ? *head : w.Get(WeightRole::kEmbed), nullptr);
  logits = Scaled(b, logits, c.logit_scale, /*divide=*/false);
  logits = Scaled(b, logits, c.logits_divisor, /*divide=*/true);
  if (c.final_softcap) logits = emit::SoftCap(b, logits, *c.final_softcap);
  return logits;
}

}  // namespace

const char* ProgramKindName(ProgramKind kind) {
  return kind == ProgramKind::kPrefill ? "prefill" : "decode";
}

Result<ProgramKind> ParseProgramKind(const std::string& name) {
  if (name == "prefill") return ProgramKind::kPrefill;
  if (name == "decode") return ProgramKind::kDecode;
  return Error("--kind: \"", name, "\" is not a program kind; supported: prefill, decode");
}

Status ValidateProgramShape(const ModelConfig& c, const ProgramShape& s) {
  if (s.batch <= 0) return Error("--batch must be positive, got ", s.batch);
  if (s.context <= 0) return Error("--context must be positive, got ", s.context);
  if (s.context > (int64_t{1} << 30)) return Error("--context ", s.context, " is too large");
  if (s.kind == ProgramKind::kPrefill) {
    if (s.chunk <= 0) return Error("--chunk must be positive, got ", s.chunk);
    if (s.context % s.chunk != 0) {
      return Error("--context ", s.context, " must be a multiple of --chunk ", s.chunk);
    }
  }
  if (s.read_window < 0 || s.read_window > s.context) {
    return Error("--read-window ", s.read_window, " must be in [1, --context ", s.context, "]");
  }
  if (s.kind == ProgramKind::kPrefill && s.read_window > 0 && s.read_window < s.chunk) {
    return Error("--read-window ", s.read_window, " is smaller than --chunk ", s.chunk);
  }
  if (s.kv_dtype != DType::kF32 && s.kv_dtype != DType::kBF16 && s.kv_dtype != DType::kF16) {
    return Error("--kv-dtype ", DTypeName(s.kv_dtype), " is not a cache type; supported: f32, bf16, f16");
  }
  if (s.matmul_dtype != DType::kF32 && s.matmul_dtype != DType::kBF16) {
    return Error("--matmul-dtype ", DTypeName(s.matmul_dtype), " is not supported; supported: f32, bf16");
  }
  for (const RopeParams* r : {&c.rope, &c.rope_sliding}) {
    if (r->type == RopeType::kDynamic && s.context > c.max_position_embeddings) {
      return Error("--context ", s.context,
                   " exceeds max_position_embeddings = ", c.max_position_embeddings,
                   "; dynamic NTK RoPE beyond it changes with the sequence length and is not "
                   "supported");
    }
  }
  return OkStatus();
}

Result<DType> ParseKvDType(const std::string& name) {
  for (DType t : {DType::kF32, DType::kBF16, DType::kF16}) {
    if (name == DTypeName(t)) return t;
  }
  return Error("--kv-dtype: \"", name, "\" is not a cache type; supported: f32, bf16, f16");
}

Result<DType> ParseMatmulDType(const std::string& name) {
  for (DType t : {DType::kF32, DType::kBF16}) {
    if (name == DTypeName(t)) return t;
  }
  return Error("--matmul-dtype: \"", name, "\" is not supported; supported: f32, bf16");
}

std::string CacheArgName(const CacheArg& arg) {
  return StrCat(program_args::kCachePrefix, arg.is_value ? "v." : "k.", arg.layer);
}

std::optional<CacheArg> ParseCacheArgName(std::string_view name) {
  if (!name.starts_with(program_args::kCachePrefix)) return std::nullopt;
  name.remove_prefix(program_args::kCachePrefix.size());
  if (name.size() < 3 || (name[0] != 'k' && name[0] != 'v') || name[1] != '.') return std::nullopt;
  CacheArg arg;
  arg.is_value = name[0] == 'v';
  name.remove_prefix(2);
  if (name.size() > 9 || (name.size() > 1 && name[0] == '0')) return std::nullopt;
  for (char ch : name) {
    if (ch < '0' || ch > '9') return std::nullopt;
    arg.layer = arg.layer * 10 + (ch - '0');
  }
  return arg;
}

Result<std::string> EmitProgram(const ModelConfig& c, const std::vector<WeightSpec>& weights,
                                const ProgramShape& shape) {
  RETURN_IF_ERROR(ValidateProgramShape(c, shape));
  Builder b;
  emit::WeightArgs w;
  for (const auto& spec : weights) {
    w.Add(spec.role, spec.layer, b.Arg(TensorType{spec.dtype, spec.shape}, spec.name));
  }
  const bool prefill = shape.kind == ProgramKind::kPrefill;
  const int64_t n = prefill ? shape.chunk : shape.batch;
  const TensorType scalar{DType::kI32, {}};
  StepContext ctx;
  ctx.rows = n;
  ctx.matmul_dtype = shape.matmul_dtype;
  Value tokens = b.Arg(TensorType{DType::kI32, {n}}, std::string(program_args::kTokens));
  Value pos;
  Value length;
  if (prefill) {
    ctx.layout = AttentionLayout::kChunk;
    ctx.start = b.Arg(scalar, std::string(program_args::kStart));
    length = b.Arg(scalar, std::string(program_args::kLength));
    ctx.slot = b.Arg(scalar, std::string(program_args::kSlot));
  } else {
    ctx.layout = AttentionLayout::kRows;
    pos = b.Arg(TensorType{DType::kI32, {n}}, std::string(program_args::kPos));
  }
  const TensorType cache_type{shape.kv_dtype,
                              {shape.batch, shape.context, c.num_kv_heads, c.head_dim}};
  std::vector<Value> k_caches, v_caches;
  for (int64_t i = 0; i < c.num_layers; ++i) {
    k_caches.push_back(b.Arg(cache_type, CacheArgName({i, false}), static_cast<int>(1 + 2 * i)));
    v_caches.push_back(b.Arg(cache_type, CacheArgName({i, true}), static_cast<int>(2 + 2 * i)));
  }

  ctx.zero_i32 = b.SplatI32(0, {});
  if (prefill) {
    pos = b.Add(b.Iota(0, TensorType{DType::kI32, {n}}), b.Broadcast(ctx.start, {}, {n}));
  } else {
    for (int64_t r = 0; r < n; ++r) {
      ctx.row_index.push_back(b.SplatI32(static_cast<int32_t>(r), {}));
      ctx.row_pos.push_back(b.Reshape(b.Slice(pos, {r}, {r + 1}), {}));
    }
  }
  BuildRopeRows(b, c, pos, shape.context, ctx);
  ctx.read_window = shape.read_window > 0 ? shape.read_window : shape.context;
  BuildMasks(b, c, pos, ctx.read_window, ctx);

  Value x = b.Convert(b.GatherRows(w.Get(WeightRole::kEmbed), tokens), DType::kF32);  // [N, H]
  x = b.Name(Scaled(b, x, c.embedding_scale, /*divide=*/false), "embed");
  for (int64_t i = 0; i < c.num_layers; ++i) {
    x = emit::DecoderLayer(b, c, w, ctx, i, x, k_caches[static_cast<size_t>(i)],
                           v_caches[static_cast<size_t>(i)]);
  }
  Value logits;
  if (prefill) {
    // Only the last real row: x[length - 1].
    Value last = b.Subtract(length, b.SplatI32(1, {}));
    Value row = b.DynamicSlice(x, {last, ctx.zero_i32}, {1, c.hidden});
    logits = b.Reshape(Head(b, c, w, row, shape.matmul_dtype), {c.vocab});
  } else {
    logits = Head(b, c, w, x, shape.matmul_dtype);
  }
  std::vector<Value> results = {b.Name(logits, "logits")};
  for (int64_t i = 0; i < c.num_layers; ++i) {
    results.push_back(k_caches[static_cast<size_t>(i)]);
    results.push_back(v_caches[static_cast<size_t>(i)]);
  }
  return b.Finish(ProgramKindName(shape.kind), results);
}

}  // namespace hf2hlo
