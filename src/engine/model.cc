#include <algorithm>
#include <chrono>
#include <cstring>

#include "emit/emit.h"
#include "engine/engine.h"
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

// Read windows: powers of two from 256 below S, then S itself. A step runs in
// the smallest window that covers its positions; since masked positions add
// exact zeros, the result is bit-identical in every window.
std::vector<int64_t> ReadWindows(int64_t context, int64_t min_window, bool enabled) {
  std::vector<int64_t> out;
  if (enabled) {
    for (int64_t w = 256; w < context; w *= 2) {
      if (w >= min_window) out.push_back(w);
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

struct Model::Impl {
  ModelConfig config;
  std::vector<WeightSpec> specs;
  std::unique_ptr<MappedCheckpoint> checkpoint;
  ModelOptions options;
  LoadTimes times;
  std::vector<int64_t> prefill_chunks;       // increasing; the last is P
  std::vector<std::vector<Bound>> prefills;  // per prefill_chunks entry, by increasing read window
  std::vector<int64_t> decode_rows;          // increasing; the last is B
  std::vector<std::vector<Bound>> decodes;   // per decode_rows entry, by increasing read window
  std::vector<uint8_t> arena_storage;        // one scratch arena shared by all programs
  std::vector<std::vector<float>> caches;    // per layer K, V: [B, S, Hkv, D]
  std::vector<int32_t> prefill_tokens;       // [P]
  int32_t start = 0, length = 0, slot = 0;
  std::vector<int32_t> decode_tokens, decode_pos;  // [B]

  Result<Bound> Compile(const ProgramShape& shape, const std::string& name) {
    auto t0 = std::chrono::steady_clock::now();
    ASSIGN_OR_RETURN(std::string text, EmitProgram(config, specs, shape));
    times.emit_s += Seconds(t0);
    t0 = std::chrono::steady_clock::now();
    ASSIGN_OR_RETURN(hlo::Module module, hlo::ParseModule(text, name));
    exec::ExecOptions opts;
    opts.num_threads = options.threads;
    opts.profile = options.profile;
    Bound b;
    b.read_window = shape.read_window;
    ASSIGN_OR_RETURN(b.program, exec::Program::Create(std::move(module), opts));
    times.parse_plan_s += Seconds(t0);
    return b;
  }

  // Points every argument of `b` at its buffer, by argument name.
  Status Bind(Bound& b, bool is_prefill) {
    const auto& args = b.program->args();
    b.args.assign(args.size(), nullptr);
    size_t w = 0;
    for (size_t i = 0; i < args.size(); ++i) {
      const std::string& name = args[i].name;
      if (w < specs.size() && name == specs[w].name) {
        // Read only (not aliased); a row view starts inside its stored tensor.
        const WeightSpec& spec = specs[w];
        const auto* base = static_cast<const uint8_t*>(checkpoint->Data(spec.tensor));
        CHECK(base != nullptr, "weight ", spec.tensor, " not mapped");
        const int64_t row_bytes = DTypeBytes(spec.dtype) * spec.tensor_shape.back();
        b.args[i] = const_cast<uint8_t*>(base + spec.row_begin * row_bytes);
        ++w;
      } else if (name.rfind("cache.", 0) == 0) {
        // cache.k.L / cache.v.L in layer order, K before V.
        size_t layer = std::stoul(name.substr(8));
        b.args[i] = caches[2 * layer + (name[6] == 'v' ? 1 : 0)].data();
      } else if (name == "tokens") {
        b.args[i] = is_prefill ? prefill_tokens.data() : decode_tokens.data();
      } else if (name == "start") {
        b.args[i] = &start;
      } else if (name == "length") {
        b.args[i] = &length;
      } else if (name == "slot") {
        b.args[i] = &slot;
      } else if (name == "pos") {
        b.args[i] = decode_pos.data();
      } else {
        return Error("program argument ", i, " (", name, ") has no buffer");
      }
    }
    return OkStatus();
  }
};

Model::Model() : impl_(std::make_unique<Impl>()) {}
Model::~Model() = default;

Result<std::unique_ptr<Model>> Model::Load(const std::string& model_dir,
                                           const ModelOptions& options) {
  std::unique_ptr<Model> model(new Model());
  Impl& s = *model->impl_;
  auto t0 = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(s.config, LoadConfig(model_dir));
  ASSIGN_OR_RETURN(s.specs, ResolveWeightSpecs(s.config, model_dir));
  s.times.config_s = Seconds(t0);
  t0 = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(s.checkpoint, MappedCheckpoint::Open(model_dir, &s.config));
  s.times.map_s = Seconds(t0);
  s.options = options;
  if (s.options.context <= 0)
    s.options.context = std::min<int64_t>(s.config.max_position_embeddings, 2048);
  if (s.options.chunk <= 0) s.options.chunk = std::min<int64_t>(64, s.options.context);
  const int64_t B = s.options.batch, S = s.options.context, P = s.options.chunk;
  for (int64_t c : options.prefill_chunks) {
    if (c < 1) return Error("prefill chunk ", c, " must be at least 1");
    if (c < P) s.prefill_chunks.push_back(c);
  }
  s.prefill_chunks.push_back(P);
  std::sort(s.prefill_chunks.begin(), s.prefill_chunks.end());
  s.prefill_chunks.erase(std::unique(s.prefill_chunks.begin(), s.prefill_chunks.end()),
                         s.prefill_chunks.end());
  for (int64_t c : s.prefill_chunks) {
    std::vector<Bound>& group = s.prefills.emplace_back();
    for (int64_t w : ReadWindows(S, P, options.read_windows)) {
      ASSIGN_OR_RETURN(Bound b, s.Compile({ProgramKind::kPrefill, B, S, c, w},
                                          StrCat("prefill-chunk", c, "-window", w, ".mlir")));
      group.push_back(std::move(b));
    }
  }
  for (int64_t n : options.decode_rows) {
    if (n < 1 || n > B) return Error("decode rows ", n, " outside [1, B=", B, "]");
    s.decode_rows.push_back(n);
  }
  s.decode_rows.push_back(B);
  std::sort(s.decode_rows.begin(), s.decode_rows.end());
  s.decode_rows.erase(std::unique(s.decode_rows.begin(), s.decode_rows.end()), s.decode_rows.end());
  for (int64_t n : s.decode_rows) {
    std::vector<Bound>& group = s.decodes.emplace_back();
    for (int64_t w : ReadWindows(S, 1, options.read_windows)) {
      ASSIGN_OR_RETURN(Bound b, s.Compile({ProgramKind::kDecode, n, S, 0, w},
                                          StrCat("decode-rows", n, "-window", w, ".mlir")));
      group.push_back(std::move(b));
    }
  }
  const size_t cache_elems = static_cast<size_t>(B * S * s.config.num_kv_heads * s.config.head_dim);
  s.caches.assign(static_cast<size_t>(2 * s.config.num_layers),
                  std::vector<float>(cache_elems, 0.0f));
  s.prefill_tokens.assign(static_cast<size_t>(P), 0);
  s.decode_tokens.assign(static_cast<size_t>(B), 0);
  s.decode_pos.assign(static_cast<size_t>(B), 0);
  for (auto& group : s.prefills) {
    for (Bound& b : group) RETURN_IF_ERROR(s.Bind(b, true));
  }
  for (auto& group : s.decodes) {
    for (Bound& b : group) RETURN_IF_ERROR(s.Bind(b, false));
  }
  // Programs run one at a time: they share the largest arena.
  std::vector<Bound*> all;
  for (auto& group : s.prefills) {
    for (Bound& b : group) all.push_back(&b);
  }
  for (auto& group : s.decodes) {
    for (Bound& b : group) all.push_back(&b);
  }
  int64_t arena = 0;
  for (const Bound* b : all) arena = std::max(arena, b->program->arena_size());
  s.arena_storage.resize(static_cast<size_t>(arena + 64));
  const auto base = reinterpret_cast<uintptr_t>(s.arena_storage.data());
  uint8_t* aligned = s.arena_storage.data() + (64 - base % 64) % 64;
  for (Bound* b : all) b->program->UseArena(aligned);
  return model;
}

const ModelConfig& Model::config() const { return impl_->config; }
const std::vector<WeightSpec>& Model::weights() const { return impl_->specs; }
int64_t Model::batch() const { return impl_->options.batch; }
int64_t Model::context() const { return impl_->options.context; }
int64_t Model::chunk() const { return impl_->options.chunk; }
const LoadTimes& Model::load_times() const { return impl_->times; }
const exec::PlanStats& Model::decode_stats() const {
  return impl_->decodes.back().back().program->stats();
}
const std::vector<int64_t>& Model::decode_rows() const { return impl_->decode_rows; }
const std::vector<int64_t>& Model::prefill_chunks() const { return impl_->prefill_chunks; }

std::string Model::ProfileReport() const {
  std::string out;
  auto add = [&](const Bound& b, const std::string& what) {
    std::string report = b.program->ProfileReport();
    if (!report.empty()) out += StrCat(what, " (read window ", b.read_window, "):\n", report);
  };
  for (size_t i = 0; i < impl_->prefills.size(); ++i) {
    for (const Bound& b : impl_->prefills[i])
      add(b, StrCat("prefill chunk ", impl_->prefill_chunks[i]));
  }
  for (size_t i = 0; i < impl_->decodes.size(); ++i) {
    for (const Bound& b : impl_->decodes[i])
      add(b, StrCat("decode ", impl_->decode_rows[i], " rows"));
  }
  return out;
}

void Model::Reset() {
  for (auto& c : impl_->caches) std::fill(c.begin(), c.end(), 0.0f);
}

Result<std::span<const float>> Model::Prefill(int64_t slot, std::span<const int32_t> tokens,
                                              int64_t start) {
  Impl& s = *impl_;
  const int64_t P = s.options.chunk, S = s.options.context;
  if (slot < 0 || slot >= s.options.batch)
    return Error("slot ", slot, " is outside [0, ", s.options.batch, ")");
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
    std::fill(s.prefill_tokens.begin(), s.prefill_tokens.end(), 0);
    std::copy_n(tokens.begin() + begin, n, s.prefill_tokens.begin());
    s.start = static_cast<int32_t>(start + begin);
    s.length = static_cast<int32_t>(n);
    s.slot = static_cast<int32_t>(slot);
    // The smallest chunk program that holds these n tokens (chunks still
    // start at multiples of P; a chunk's logits do not depend on its length).
    const size_t group =
        static_cast<size_t>(std::lower_bound(s.prefill_chunks.begin(), s.prefill_chunks.end(), n) -
                            s.prefill_chunks.begin());
    Bound& program = Pick(s.prefills[group], start + begin + n);
    ASSIGN_OR_RETURN(auto outs, program.program->Run(program.args));
    logits = std::span<const float>(static_cast<const float*>(outs[0]),
                                    static_cast<size_t>(s.config.vocab));
  }
  return logits;
}

Result<std::span<const float>> Model::Decode(std::span<const int32_t> tokens,
                                             std::span<const int32_t> pos) {
  Impl& s = *impl_;
  const auto B = static_cast<int64_t>(tokens.size());
  const auto rows = std::find(s.decode_rows.begin(), s.decode_rows.end(), B);
  if (rows == s.decode_rows.end() || static_cast<int64_t>(pos.size()) != B) {
    return Error("decode got ", tokens.size(), " tokens and ", pos.size(),
                 " positions; the decode programs take ", JoinInts(s.decode_rows), " rows");
  }
  for (int64_t b = 0; b < B; ++b) {
    if (pos[b] < 0 || pos[b] >= s.options.context) {
      return Error("row ", b, ": position ", pos[b], " is outside the context of ",
                   s.options.context);
    }
  }
  std::copy(tokens.begin(), tokens.end(), s.decode_tokens.begin());
  std::copy(pos.begin(), pos.end(), s.decode_pos.begin());
  const int64_t needed = *std::max_element(pos.begin(), pos.end()) + 1;
  Bound& program = Pick(s.decodes[static_cast<size_t>(rows - s.decode_rows.begin())], needed);
  ASSIGN_OR_RETURN(auto outs, program.program->Run(program.args));
  return std::span<const float>(static_cast<const float*>(outs[0]),
                                static_cast<size_t>(B * s.config.vocab));
}

int32_t Argmax(std::span<const float> logits) {
  int32_t best = 0;
  for (size_t i = 1; i < logits.size(); ++i) {
    if (logits[i] > logits[static_cast<size_t>(best)]) best = static_cast<int32_t>(i);
  }
  return best;
}

Result<std::vector<int32_t>> Generate(Model& model, std::span<const int32_t> prompt,
                                      int64_t max_tokens, Sampler& sampler,
                                      std::span<const int32_t> stop_ids,
                                      const std::function<void(int32_t)>& on_token) {
  std::vector<int32_t> out;
  if (max_tokens <= 0) return out;
  const int64_t B = model.decode_rows().front();  // slot 0 is in every decode program
  const auto vocab = static_cast<size_t>(model.config().vocab);
  if (prompt.empty()) return Error("empty prompt");
  if (max_tokens - 1 > model.context() - static_cast<int64_t>(prompt.size())) {  // no overflow
    return Error("prompt (", prompt.size(), " tokens) + max tokens (", max_tokens,
                 ") exceeds the context of ", model.context());
  }
  for (int32_t t : prompt) sampler.Observe(t, /*generated=*/false);
  auto emit = [&](int32_t t) {
    out.push_back(t);
    sampler.Observe(t, /*generated=*/true);
    if (on_token) on_token(t);
    return std::find(stop_ids.begin(), stop_ids.end(), t) != stop_ids.end();
  };
  ASSIGN_OR_RETURN(auto logits, model.Prefill(0, prompt, 0));
  if (emit(sampler.Sample(logits))) return out;
  std::vector<int32_t> tokens(static_cast<size_t>(B), 0), pos(static_cast<size_t>(B), 0);
  int32_t next = static_cast<int32_t>(prompt.size());
  while (static_cast<int64_t>(out.size()) < max_tokens) {
    tokens[0] = out.back();
    pos[0] = next++;
    ASSIGN_OR_RETURN(auto step, model.Decode(tokens, pos));
    if (emit(sampler.Sample(step.first(vocab)))) break;
  }
  return out;
}

Result<std::vector<int32_t>> GenerateGreedy(Model& model, std::span<const int32_t> prompt,
                                            int64_t max_tokens,
                                            const std::function<void(int32_t)>& on_token) {
  Sampler greedy(SamplingParams{}, model.config().vocab);
  return Generate(model, prompt, max_tokens, greedy, {}, on_token);
}

}  // namespace hf2hlo
