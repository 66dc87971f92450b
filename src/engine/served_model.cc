// ServedModel and TextCodec: the engine's front door (engine.h).
#include <algorithm>
#include <chrono>
#include <mutex>

#include "engine/engine.h"
#include "engine/model_files.h"
#include "emit/emit.h"
#include "engine/step_engine.h"
#include "model/model.h"
#include "weights/weights.h"

namespace hf2hlo {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

int64_t TensorBytes(const WeightSpec& w) {
  int64_t n = DTypeBytes(w.dtype);
  for (int64_t d : w.shape) n *= d;
  return n;
}

}  // namespace

const std::vector<std::string>& EngineNames() {
  static const std::vector<std::string> names = {"builtin"};
  return names;
}

int64_t ModelSummary::WeightBytesPerStep(int64_t rows) const {
  if (tied_embeddings || vocab == 0) return weight_bytes;
  return weight_bytes - embedding_bytes + embedding_bytes / vocab * rows;
}

// ---------------------------------------------------------------------------
// Text

struct TextStream::Impl {
  StreamDecoder decoder;
};

TextStream::TextStream(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextStream::TextStream(TextStream&&) noexcept = default;
TextStream::~TextStream() = default;
std::string TextStream::Step(int32_t id) { return impl_->decoder.Step(id); }
std::string TextStream::Finish() { return impl_->decoder.Finish(); }

TextCodec::TextCodec(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextCodec::~TextCodec() = default;

Result<std::unique_ptr<TextCodec>> TextCodec::Open(const std::string& model_dir) {
  ASSIGN_OR_RETURN(Tokenizer tokenizer, Tokenizer::FromFile(JoinPath(model_dir, "tokenizer.json")));
  ASSIGN_OR_RETURN(ChatFormat format, ChatFormat::Load(model_dir));
  return std::make_unique<TextCodec>(
      std::make_unique<Impl>(Impl{std::move(tokenizer), std::move(format)}));
}

std::optional<int64_t> TextCodec::MaxTextBytes(int64_t tokens) const {
  std::optional<int64_t> per_token = impl_->tokenizer.max_input_bytes_per_token();
  if (!per_token || tokens < 0) return std::nullopt;
  if (tokens > std::numeric_limits<int64_t>::max() / *per_token) return std::nullopt;
  return tokens * *per_token;
}

Result<std::vector<int32_t>> TextCodec::EncodeText(std::string_view text) const {
  EncodeOptions options;
  options.add_special_tokens = true;
  options.allow_special = true;
  return impl_->tokenizer.Encode(text, options);
}

Result<std::vector<int32_t>> TextCodec::EncodeChat(const std::vector<ChatMessage>& messages,
                                                   bool add_generation_prompt) const {
  return hf2hlo::EncodeChat(impl_->tokenizer, impl_->format, messages, add_generation_prompt);
}

bool TextCodec::has_chat_template() const { return !impl_->format.chat_template.empty(); }

std::string TextCodec::Decode(std::span<const int32_t> ids, bool skip_special_tokens) const {
  return impl_->tokenizer.Decode(ids, skip_special_tokens);
}

TextStream TextCodec::NewStream() const {
  return TextStream(std::make_unique<TextStream::Impl>(
      TextStream::Impl{StreamDecoder(impl_->tokenizer, /*skip_special_tokens=*/true)}));
}

// ---------------------------------------------------------------------------
// ServedModel

struct ServedModel::Impl {
  ModelConfig config;
  std::vector<WeightSpec> specs;
  std::unique_ptr<MappedCheckpoint> checkpoint;
  GenerationConfig generation;
  std::unique_ptr<TextCodec> text;
  ModelSummary summary;
  LoadTimes times;
  std::unique_ptr<StepEngine> engine;  // after what it references
  std::once_flag scheduler_once;
  std::unique_ptr<Scheduler> scheduler;
};

ServedModel::ServedModel() : impl_(std::make_unique<Impl>()) {}
ServedModel::~ServedModel() {
  impl_->scheduler.reset();  // before the engine it drives
}

Result<std::unique_ptr<ServedModel>> ServedModel::Open(const std::string& model_dir,
                                                       const OpenOptions& options) {
  if (std::find(EngineNames().begin(), EngineNames().end(), options.engine) ==
      EngineNames().end()) {
    return Error("engine \"", options.engine, "\" is not available; available: builtin");
  }
  if (options.batch < 1) return Error("batch must be at least 1, got ", options.batch);
  if (options.context < 0 || options.chunk < 0 || options.threads < 0)
    return Error("context, chunk and threads must be >= 0");
  std::unique_ptr<ServedModel> model(new ServedModel());
  Impl& s = *model->impl_;
  auto t0 = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(s.config, LoadConfig(model_dir));
  ASSIGN_OR_RETURN(s.specs, ResolveWeightSpecs(s.config, model_dir));
  ASSIGN_OR_RETURN(s.generation, LoadGenerationConfig(model_dir));
  s.times.config_s = Seconds(t0);
  if (options.load_text && FileExists(JoinPath(model_dir, "tokenizer.json"))) {
    t0 = std::chrono::steady_clock::now();
    ASSIGN_OR_RETURN(s.text, TextCodec::Open(model_dir));
    s.times.text_s = Seconds(t0);
  }
  t0 = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(s.checkpoint, MappedCheckpoint::Open(model_dir, &s.config));
  s.times.map_s = Seconds(t0);

  EngineOptions e;
  e.batch = options.batch;
  e.context = options.context > 0 ? options.context
                                  : std::min<int64_t>(s.config.max_position_embeddings, 2048);
  e.chunk = options.chunk > 0 ? options.chunk : std::min<int64_t>(64, e.context);
  e.threads = options.threads;
  e.profile = options.profile;
  e.read_windows = options.read_windows;
  e.pack_weights = options.pack_weights;
  ASSIGN_OR_RETURN(e.kv_dtype, ParseKvDType(options.kv_dtype));
  ASSIGN_OR_RETURN(e.matmul_dtype, ParseMatmulDType(options.matmul_dtype));
  e.decode_rows = options.decode_rows;
  e.prefill_chunks = options.prefill_chunks;
  ASSIGN_OR_RETURN(s.engine, CreateBuiltinEngine(s.config, s.specs, *s.checkpoint, e, &s.times));

  ModelSummary& m = s.summary;
  m.dir = model_dir;
  m.family = s.config.family;
  m.layers = s.config.num_layers;
  m.hidden = s.config.hidden;
  m.vocab = s.config.vocab;
  m.batch = e.batch;
  m.context = e.context;
  m.chunk = e.chunk;
  m.kv_dtype = DTypeName(e.kv_dtype);
  m.matmul_dtype = DTypeName(e.matmul_dtype);
  m.kv_cache_bytes = KvCacheBytes(s.config, e.batch, e.context, e.kv_dtype);
  m.tied_embeddings = s.config.tie_word_embeddings;
  for (const WeightSpec& w : s.specs) {
    m.weight_bytes += TensorBytes(w);
    if (w.role == WeightRole::kEmbed) m.embedding_bytes += TensorBytes(w);
  }
  return model;
}

const ModelSummary& ServedModel::summary() const { return impl_->summary; }
const LoadTimes& ServedModel::load_times() const { return impl_->times; }
const GenerationConfig& ServedModel::generation() const { return impl_->generation; }
const TextCodec* ServedModel::text() const { return impl_->text.get(); }

std::optional<RequestProblem> ServedModel::Check(const Request& request,
                                                 std::string_view prompt_noun) const {
  return CheckRequest(request, impl_->engine->context(), impl_->engine->vocab(),
                      impl_->text != nullptr, prompt_noun);
}

Result<std::vector<int32_t>> ServedModel::Generate(std::span<const int32_t> prompt,
                                                   int64_t max_tokens,
                                                   const SamplingParams& sampling,
                                                   std::span<const int32_t> stop_ids,
                                                   const std::function<void(int32_t)>& on_token) {
  RETURN_IF_ERROR(sampling.Validate());
  Sampler sampler(sampling, impl_->engine->vocab());
  return hf2hlo::Generate(*impl_->engine, prompt, max_tokens, sampler, stop_ids, on_token);
}

Scheduler& ServedModel::scheduler() {
  std::call_once(impl_->scheduler_once, [&] {
    impl_->scheduler = NewScheduler(impl_->generation.eos_token_ids);
  });
  return *impl_->scheduler;
}

std::unique_ptr<Scheduler> ServedModel::NewScheduler(std::vector<int32_t> eos_ids) {
  const Tokenizer* tokenizer = impl_->text ? &impl_->text->impl().tokenizer : nullptr;
  return std::make_unique<Scheduler>(*impl_->engine, tokenizer, std::move(eos_ids));
}

const std::vector<int64_t>& ServedModel::decode_rows() const {
  return impl_->engine->decode_rows();
}
const std::vector<int64_t>& ServedModel::prefill_chunks() const {
  return impl_->engine->prefill_chunks();
}
void ServedModel::Reset() { impl_->engine->Reset(); }
Result<std::span<const float>> ServedModel::Prefill(int64_t slot, std::span<const int32_t> tokens,
                                                    int64_t start) {
  return impl_->engine->Prefill(slot, tokens, start);
}
Result<std::span<const float>> ServedModel::Decode(std::span<const int32_t> tokens,
                                                   std::span<const int32_t> pos) {
  return impl_->engine->Decode(tokens, pos);
}
std::string ServedModel::ProfileReport() const { return impl_->engine->ProfileReport(); }

}  // namespace hf2hlo
