// hf2hlo emit: StableHLO text for the program kinds of docs/programs.md.
//
// prefill: main(weights..., tokens: [P] i32, start, length, slot: i32,
//               caches...) -> (logits: [V] f32, caches...)
// decode:  main(weights..., tokens: [B] i32, pos: [B] i32, caches...)
//               -> (logits: [B, V] f32, caches...)
// caches: per layer K then V, each [B, S, Hkv, D] f32, marked
// tf.aliasing_output of its result index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "model/model.h"

namespace hf2hlo {

// The argument-name contract between the emitter and every engine
// (docs/programs.md): engines bind runtime buffers by these names; weights are
// named by their checkpoint tensors.
namespace program_args {
inline constexpr std::string_view kTokens = "tokens";  // prefill [P], decode [B] i32
inline constexpr std::string_view kStart = "start";    // prefill: first position, i32
inline constexpr std::string_view kLength = "length";  // prefill: real tokens, i32
inline constexpr std::string_view kSlot = "slot";      // prefill: cache slot, i32
inline constexpr std::string_view kPos = "pos";        // decode: [B] i32 positions
inline constexpr std::string_view kCachePrefix = "cache.";
}  // namespace program_args

// A KV-cache argument: layer L's K ("cache.k.L") or V ("cache.v.L").
struct CacheArg {
  int64_t layer = 0;
  bool is_value = false;
};
std::string CacheArgName(const CacheArg& arg);
// The cache argument `name` denotes, or nullopt when it is not one.
std::optional<CacheArg> ParseCacheArgName(std::string_view name);

enum class ProgramKind { kPrefill, kDecode };
const char* ProgramKindName(ProgramKind kind);
Result<ProgramKind> ParseProgramKind(const std::string& name);

struct ProgramShape {
  ProgramKind kind = ProgramKind::kPrefill;
  int64_t batch = 1;    // B: cache slots (decode rows)
  int64_t context = 0;  // S: cache positions per slot
  int64_t chunk = 0;    // P: prefill chunk length (prefill only)
  // S_r: attend only cache positions [0, S_r) (a read window,
  // docs/programs.md). 0 means S. The host keeps every attended position below
  // S_r; masked positions add exact zeros, so a row's logits do not depend on
  // the window it ran in.
  int64_t read_window = 0;
  // Element type of the KV caches: f32 (exact, the default), bf16 or f16
  // (lossy: K and V rows are rounded to nearest-even when written, and
  // widened exactly when read; docs/programs.md).
  DType kv_dtype = DType::kF32;
  // Type the activation operand of every weight product is rounded to
  // (nearest even) before the product: f32 (exact, the default) or bf16
  // (lossy; bf16 weights then multiply as bf16 x bf16 with f32 sums, the
  // precision of llama.cpp's bf16 path; docs/programs.md).
  DType matmul_dtype = DType::kF32;
};

// The KV-cache element type named `name` ("f32", "bf16" or "f16").
Result<DType> ParseKvDType(const std::string& name);
// The weight-product activation type named `name` ("f32" or "bf16").
Result<DType> ParseMatmulDType(const std::string& name);

// Checks the shape against the model: positive sizes, S a multiple of P for
// prefill, and S within the model's RoPE validity (dynamic NTK).
Status ValidateProgramShape(const ModelConfig& config, const ProgramShape& shape);

// Emits the program. `weights` are the specs in argument order with their
// stored dtypes (see ResolveWeightSpecs). The text is byte-stable.
Result<std::string> EmitProgram(const ModelConfig& config, const std::vector<WeightSpec>& weights,
                                const ProgramShape& shape);

}  // namespace hf2hlo
