// hf2hlo emit: StableHLO text for the program kinds of DESIGN.md
// ("Program contracts (v1)").
//
// prefill: main(weights..., tokens: [P] i32, start, length, slot: i32,
//               caches...) -> (logits: [V] f32, caches...)
// decode:  main(weights..., tokens: [B] i32, pos: [B] i32, caches...)
//               -> (logits: [B, V] f32, caches...)
// caches: per layer K then V, each [B, S, Hkv, D] f32, marked
// tf.aliasing_output of its result index.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/base.h"
#include "model/model.h"

namespace hf2hlo {

enum class ProgramKind { kPrefill, kDecode };
const char* ProgramKindName(ProgramKind kind);
Result<ProgramKind> ParseProgramKind(const std::string& name);

struct ProgramShape {
  ProgramKind kind = ProgramKind::kPrefill;
  int64_t batch = 1;    // B: cache slots (decode rows)
  int64_t context = 0;  // S: cache positions per slot
  int64_t chunk = 0;    // P: prefill chunk length (prefill only)
  // S_r: attend only cache positions [0, S_r) (a read window; DESIGN.md
  // "later kinds"). 0 means S. The host keeps every attended position below
  // S_r; masked positions add exact zeros, so a row's logits do not depend on
  // the window it ran in.
  int64_t read_window = 0;
};

// Checks the shape against the model: positive sizes, S a multiple of P for
// prefill, and S within the model's RoPE validity (dynamic NTK).
Status ValidateProgramShape(const ModelConfig& config, const ProgramShape& shape);

// Emits the program. `weights` are the specs in argument order with their
// stored dtypes (see ResolveWeightSpecs). The text is byte-stable.
Result<std::string> EmitProgram(const ModelConfig& config, const std::vector<WeightSpec>& weights,
                                const ProgramShape& shape);

}  // namespace hf2hlo
