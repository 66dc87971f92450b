// The built-in executor's StepEngine: every program emitted, parsed and
// planned at load, weights bound in place in the mapped checkpoint, one
// scratch arena shared by all programs (they run one at a time).
#include <algorithm>
#include <chrono>
#include <cstring>

#include "emit/emit.h"
#include "engine/step_engine.h"
#include "exec/exec.h"
#include "hlo/hlo.h"
#include "weights/weights.h"

namespace hf2hlo {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Argument buffers of one program: weights point into the mapping, runtime
// inputs and caches into buffers the Model owns.
struct Bound {
  int64_t read_window = 0;  // S_r: attention reads cache positions [0, S_r)
  std::unique_ptr<exec::Program> program;
  std::vector<void*> args;
};

constexpr int64_t kSmallestWindow = 64;

// Read windows: 64, 96, 128, 192, ... (powers of two and 1.5 times them)
// below S, then S itself, so a step reads at most 1.5 times the positions it
// needs. A step runs in the smallest window that covers its positions; since
// masked positions add exact zeros, the result is bit-identical in every
// window.
std::vector<int64_t> ReadWindows(int64_t context, int64_t min_window, bool enabled) {
  std::vector<int64_t> out;
  if (enabled) {
    for (int64_t w = kSmallestWindow; w < context; w *= 2) {
      for (int64_t v : {w, w + w / 2}) {
        if (v >= min_window && v < context) out.push_back(v);
      }
    }
  }
  out.push_back(context);
  return out;
}

std::string JoinInts(const std::vector<int64_t>& values) {
  std::string out;
  for (int64_t v : values) out += (out.empty() ? "" : ", ") + std::to_string(v);
  return out;
}

// The program with the smallest window >= `needed` (the last covers S).
Bound& Pick(std::vector<Bound>& programs, int64_t needed) {
  for (Bound& b : programs) {
    if (b.read_window >= needed) return b;
  }
  return programs.back();
}

}  // namespace

class BuiltinEngine final : public StepEngine {
 public:
  BuiltinEngine(const ModelConfig& config, const std::vector<WeightSpec>& specs,
                const MappedCheckpoint& checkpoint, const EngineOptions& options)
      : config_(config), specs_(specs), checkpoint_(checkpoint), options_(options) {}

  Status Load(LoadTimes* times);

  int64_t batch() const override { return options_.batch; }
  int64_t context() const override { return options_.context; }
  int64_t chunk() const override { return options_.chunk; }
  int64_t vocab() const override { return config_.vocab; }
  const std::vector<int64_t>& decode_rows() const override { return decode_rows_; }
  const std::vector<int64_t>& prefill_chunks() const override { return prefill_chunks_; }
  void Reset() override { std::memset(cache_memory_.data(), 0, cache_memory_.bytes()); }
  Result<std::span<const float>> Prefill(int64_t slot, std::span<const int32_t> tokens,
                                         int64_t start) override;
  Result<std::span<const float>> Decode(std::span<const int32_t> tokens,
                                        std::span<const int32_t> pos) override;
  std::string ProfileReport() const override;

 private:
  Result<Bound> Compile(const ProgramShape& shape, const std::string& name, LoadTimes* times);
  Status Bind(Bound& b, bool is_prefill);

  const ModelConfig& config_;
  const std::vector<WeightSpec>& specs_;
  const MappedCheckpoint& checkpoint_;
  const EngineOptions options_;
  std::vector<int64_t> prefill_chunks_;       // increasing; the last is P
  std::vector<std::vector<Bound>> prefills_;  // per prefill_chunks_ entry, by increasing window
  std::vector<int64_t> decode_rows_;          // increasing; the last is B
  std::vector<std::vector<Bound>> decodes_;   // per decode_rows_ entry, by increasing window
  std::vector<uint8_t> arena_storage_;        // one scratch arena shared by all programs
  HugePageBuffer cache_memory_;                // every cache, in huge pages
  std::vector<uint8_t*> caches_;               // per layer K, V: [B, S, Hkv, D] of kv_dtype
  std::vector<int32_t> prefill_tokens_;       // [P]
  int32_t start_ = 0, length_ = 0, slot_ = 0;
  std::vector<int32_t> decode_tokens_, decode_pos_;  // [B]
};

Result<Bound> BuiltinEngine::Compile(const ProgramShape& shape, const std::string& name,
                                     LoadTimes* times) {
  auto t0 = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(std::string text, EmitProgram(config_, specs_, shape));
  times->emit_s += Seconds(t0);
  t0 = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(hlo::Module module, hlo::ParseModule(text, name));
  exec::ExecOptions opts;
  opts.num_threads = options_.threads;
  opts.profile = options_.profile;
  opts.pack_weights = options_.pack_weights;
  Bound b;
  b.read_window = shape.read_window;
  ASSIGN_OR_RETURN(b.program, exec::Program::Create(std::move(module), opts));
  times->parse_plan_s += Seconds(t0);
  return b;
}

// Points every argument of `b` at its buffer, by the argument-name contract
// of emit.h: weights in weight-spec order, then the runtime inputs and caches.
Status BuiltinEngine::Bind(Bound& b, bool is_prefill) {
  namespace names = program_args;
  const auto& args = b.program->args();
  b.args.assign(args.size(), nullptr);
  size_t w = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& name = args[i].name;
    if (w < specs_.size() && name == specs_[w].name) {
      // Read only (not aliased); a row view starts inside its stored tensor.
      const WeightSpec& spec = specs_[w];
      const auto* base = static_cast<const uint8_t*>(checkpoint_.Data(spec.tensor));
      CHECK(base != nullptr, "weight ", spec.tensor, " not mapped");
      const int64_t row_bytes = DTypeBytes(spec.dtype) * spec.tensor_shape.back();
      b.args[i] = const_cast<uint8_t*>(base + spec.row_begin * row_bytes);
      ++w;
    } else if (const std::optional<CacheArg> cache = ParseCacheArgName(name)) {
      CHECK(cache->layer < config_.num_layers, "cache argument ", name, " past the last layer");
      b.args[i] = caches_[static_cast<size_t>(2 * cache->layer + (cache->is_value ? 1 : 0))];
    } else if (name == names::kTokens) {
      b.args[i] = is_prefill ? prefill_tokens_.data() : decode_tokens_.data();
    } else if (name == names::kStart) {
      b.args[i] = &start_;
    } else if (name == names::kLength) {
      b.args[i] = &length_;
    } else if (name == names::kSlot) {
      b.args[i] = &slot_;
    } else if (name == names::kPos) {
      b.args[i] = decode_pos_.data();
    } else {
      return Error("program argument ", i, " (", name, ") has no buffer");
    }
  }
  return OkStatus();
}

Status BuiltinEngine::Load(LoadTimes* times) {
  const int64_t B = options_.batch, S = options_.context, P = options_.chunk;
  for (int64_t c : options_.prefill_chunks) {
    if (c < 1) return Error("prefill chunk ", c, " must be at least 1");
    if (c < P) prefill_chunks_.push_back(c);
  }
  prefill_chunks_.push_back(P);
  std::sort(prefill_chunks_.begin(), prefill_chunks_.end());
  prefill_chunks_.erase(std::unique(prefill_chunks_.begin(), prefill_chunks_.end()),
                        prefill_chunks_.end());
  for (int64_t c : prefill_chunks_) {
    std::vector<Bound>& group = prefills_.emplace_back();
    for (int64_t w : ReadWindows(S, P, options_.read_windows)) {
      ASSIGN_OR_RETURN(Bound b, Compile({ProgramKind::kPrefill, B, S, c, w, options_.kv_dtype,
                                         options_.matmul_dtype},
                                        StrCat("prefill-chunk", c, "-window", w, ".mlir"), times));
      group.push_back(std::move(b));
    }
  }
  for (int64_t n : options_.decode_rows) {
    if (n < 1 || n > B) return Error("decode rows ", n, " outside [1, B=", B, "]");
    decode_rows_.push_back(n);
  }
  decode_rows_.push_back(B);
  std::sort(decode_rows_.begin(), decode_rows_.end());
  decode_rows_.erase(std::unique(decode_rows_.begin(), decode_rows_.end()), decode_rows_.end());
  for (int64_t n : decode_rows_) {
    std::vector<Bound>& group = decodes_.emplace_back();
    for (int64_t w : ReadWindows(S, 1, options_.read_windows)) {
      ASSIGN_OR_RETURN(Bound b, Compile({ProgramKind::kDecode, n, S, 0, w, options_.kv_dtype,
                                         options_.matmul_dtype},
                                        StrCat("decode-rows", n, "-window", w, ".mlir"), times));
      group.push_back(std::move(b));
    }
  }
  // Caches back to back, each 64-byte aligned: attention streams a layer's K
  // and V every step, so they share huge pages (docs/executor.md).
  const auto cache_elems = static_cast<size_t>(B * S * config_.num_kv_heads * config_.head_dim);
  const auto element_bytes = static_cast<size_t>(DTypeBytes(options_.kv_dtype));
  const size_t cache_stride = (cache_elems * element_bytes + 63) / 64 * 64;
  const auto num_caches = static_cast<size_t>(2 * config_.num_layers);
  cache_memory_ = HugePageBuffer(num_caches * cache_stride);
  caches_.clear();
  for (size_t c = 0; c < num_caches; ++c) caches_.push_back(cache_memory_.data() + c * cache_stride);
  prefill_tokens_.assign(static_cast<size_t>(P), 0);
  decode_tokens_.assign(static_cast<size_t>(B), 0);
  decode_pos_.assign(static_cast<size_t>(B), 0);
  std::vector<Bound*> all;
  for (auto& group : prefills_) {
    for (Bound& b : group) {
      RETURN_IF_ERROR(Bind(b, true));
      all.push_back(&b);
    }
  }
  for (auto& group : decodes_) {
    for (Bound& b : group) {
      RETURN_IF_ERROR(Bind(b, false));
      all.push_back(&b);
    }
  }
  if (options_.pack_weights) {
    const auto t0 = std::chrono::steady_clock::now();
    for (Bound* b : all) RETURN_IF_ERROR(b->program->PackWeights(b->args));
    times->pack_s = Seconds(t0);
  }
  int64_t arena = 0;
  for (const Bound* b : all) arena = std::max(arena, b->program->arena_size());
  arena_storage_.resize(static_cast<size_t>(arena + 64));
  const auto base = reinterpret_cast<uintptr_t>(arena_storage_.data());
  uint8_t* aligned = arena_storage_.data() + (64 - base % 64) % 64;
  for (Bound* b : all) b->program->UseArena(aligned);
  return OkStatus();
}

std::string BuiltinEngine::ProfileReport() const {
  std::string out;
  auto add = [&](const Bound& b, const std::string& what) {
    std::string report = b.program->ProfileReport();
    if (!report.empty()) out += StrCat(what, " (read window ", b.read_window, "):\n", report);
  };
  for (size_t i = 0; i < prefills_.size(); ++i) {
    for (const Bound& b : prefills_[i]) add(b, StrCat("prefill chunk ", prefill_chunks_[i]));
  }
  for (size_t i = 0; i < decodes_.size(); ++i) {
    for (const Bound& b : decodes_[i]) add(b, StrCat("decode ", decode_rows_[i], " rows"));
  }
  return out;
}

Result<std::span<const float>> BuiltinEngine::Prefill(int64_t slot,
                                                      std::span<const int32_t> tokens,
                                                      int64_t start) {
  const int64_t P = options_.chunk, S = options_.context;
  if (slot < 0 || slot >= options_.batch)
    return Error("slot ", slot, " is outside [0, ", options_.batch, ")");
  if (tokens.empty()) return Error("empty prompt");
  const int64_t chunks = (static_cast<int64_t>(tokens.size()) + P - 1) / P;
  if (start < 0 || start + chunks * P > S) {
    return Error("prompt of ", tokens.size(), " tokens at position ", start, " needs ",
                 start + chunks * P, " cache positions (chunks of ", P, "), the context is ", S);
  }
  std::span<const float> logits;
  for (int64_t c = 0; c < chunks; ++c) {
    const int64_t begin = c * P;
    const int64_t n = std::min<int64_t>(P, static_cast<int64_t>(tokens.size()) - begin);
    std::fill(prefill_tokens_.begin(), prefill_tokens_.end(), 0);
    std::copy_n(tokens.begin() + begin, n, prefill_tokens_.begin());
    start_ = static_cast<int32_t>(start + begin);
    length_ = static_cast<int32_t>(n);
    slot_ = static_cast<int32_t>(slot);
    // The smallest chunk program that holds these n tokens (chunks still
    // start at multiples of P; a chunk's logits do not depend on its length).
    const auto group = static_cast<size_t>(
        std::lower_bound(prefill_chunks_.begin(), prefill_chunks_.end(), n) -
        prefill_chunks_.begin());
    Bound& program = Pick(prefills_[group], start + begin + n);
    ASSIGN_OR_RETURN(auto outs, program.program->Run(program.args));
    logits = std::span<const float>(static_cast<const float*>(outs[0]),
                                    static_cast<size_t>(config_.vocab));
  }
  return logits;
}

Result<std::span<const float>> BuiltinEngine::Decode(std::span<const int32_t> tokens,
                                                     std::span<const int32_t> pos) {
  const auto B = static_cast<int64_t>(tokens.size());
  const auto rows = std::find(decode_rows_.begin(), decode_rows_.end(), B);
  if (rows == decode_rows_.end() || static_cast<int64_t>(pos.size()) != B) {
    return Error("decode got ", tokens.size(), " tokens and ", pos.size(),
                 " positions; the decode programs take ", JoinInts(decode_rows_), " rows");
  }
  for (int64_t b = 0; b < B; ++b) {
    if (pos[b] < 0 || pos[b] >= options_.context) {
      return Error("row ", b, ": position ", pos[b], " is outside the context of ",
                   options_.context);
    }
  }
  std::copy(tokens.begin(), tokens.end(), decode_tokens_.begin());
  std::copy(pos.begin(), pos.end(), decode_pos_.begin());
  const int64_t needed = *std::max_element(pos.begin(), pos.end()) + 1;
  Bound& program = Pick(decodes_[static_cast<size_t>(rows - decode_rows_.begin())], needed);
  ASSIGN_OR_RETURN(auto outs, program.program->Run(program.args));
  return std::span<const float>(static_cast<const float*>(outs[0]),
                                static_cast<size_t>(B * config_.vocab));
}

Result<std::unique_ptr<StepEngine>> CreateBuiltinEngine(const ModelConfig& config,
                                                        const std::vector<WeightSpec>& specs,
                                                        const MappedCheckpoint& checkpoint,
                                                        const EngineOptions& options,
                                                        LoadTimes* times) {
  CHECK(options.batch >= 1 && options.context >= 1 && options.chunk >= 1,
        "CreateBuiltinEngine needs resolved shapes");
  auto engine = std::make_unique<BuiltinEngine>(config, specs, checkpoint, options);
  RETURN_IF_ERROR(engine->Load(times));
  return std::unique_ptr<StepEngine>(std::move(engine));
}

}  // namespace hf2hlo
