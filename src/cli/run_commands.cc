// hf2hlo run | bench: the built-in executor on a model folder.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "cli/args.h"
#include "engine/engine.h"

namespace hf2hlo::cli {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

int64_t PeakRssBytes() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<int64_t>(ru.ru_maxrss) * 1024;
}

Result<ModelOptions> ReadModelOptions(const Args& a, int64_t batch) {
  ModelOptions o;
  o.batch = batch;
  ASSIGN_OR_RETURN(o.context, IntFlag(a, "--context", 0));
  ASSIGN_OR_RETURN(o.chunk, IntFlag(a, "--chunk", 0));
  ASSIGN_OR_RETURN(int64_t threads, IntFlag(a, "--threads", 0));
  o.threads = static_cast<int>(threads);
  const char* profile = std::getenv("HF2HLO_PROFILE");
  o.profile = profile != nullptr && std::string(profile) == "1";
  if (o.context < 0 || o.chunk < 0 || threads < 0)
    return Error("--context, --chunk and --threads must be >= 0");
  return o;
}

// Bytes of weights one decode step reads: every weight in full, except the
// embedding table when a separate head exists (then only B rows).
int64_t WeightBytesPerStep(const Model& m) {
  int64_t total = 0;
  for (const auto& w : m.weights()) {
    int64_t n = DTypeBytes(w.dtype);
    for (int64_t d : w.shape) n *= d;
    if (w.role == WeightRole::kEmbed && !m.config().tie_word_embeddings)
      n = n / w.shape[0] * m.batch();
    total += n;
  }
  return total;
}

std::string Ids(const std::vector<int32_t>& ids) {
  std::string s;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) s += ',';
    s += std::to_string(ids[i]);
  }
  return s;
}

// Sampling from generation_config.json defaults, overridden by the flags.
Result<SamplingParams> ReadSampling(const Args& a, SamplingParams p) {
  ASSIGN_OR_RETURN(p.temperature, DoubleFlag(a, "--temperature", p.temperature));
  ASSIGN_OR_RETURN(p.top_p, DoubleFlag(a, "--top-p", p.top_p));
  ASSIGN_OR_RETURN(p.min_p, DoubleFlag(a, "--min-p", p.min_p));
  ASSIGN_OR_RETURN(p.top_k, IntFlag(a, "--top-k", p.top_k));
  ASSIGN_OR_RETURN(int64_t seed, IntFlag(a, "--seed", 0));
  p.seed = static_cast<uint64_t>(seed);
  RETURN_IF_ERROR(p.Validate());
  return p;
}

void PrintTimings(double load_s, size_t prompt_tokens, size_t generated, double first_s,
                  double total_s) {
  std::fprintf(
      stderr,
      "load %.3f s | prefill %zu tokens %.2f ms (%.1f tokens/s) | decode %zu tokens %.2f ms/token "
      "(%.1f tokens/s)\n",
      load_s, prompt_tokens, 1e3 * first_s, prompt_tokens / first_s, generated - 1,
      generated > 1 ? 1e3 * (total_s - first_s) / (generated - 1) : 0.0,
      generated > 1 ? (generated - 1) / (total_s - first_s) : 0.0);
}

}  // namespace

Status RunRun(const Args& a) {
  RETURN_IF_ERROR(CheckFlags(
      a, {"--tokens", "--prompt", "--system", "--raw", "--max-tokens", "--engine", "--context",
          "--chunk", "--threads", "--temperature", "--top-p", "--top-k", "--min-p", "--seed"}));
  auto engine = a.flags.find("--engine");
  if (engine != a.flags.end() && engine->second != "builtin") {
    return Error("--engine ", engine->second,
                 ": the command line runs the built-in engine only; IREE and XLA ",
                 "run through python/hf2hlo_harness");
  }
  const bool text_mode = a.flags.count("--prompt") > 0;
  if (text_mode == (a.flags.count("--tokens") > 0)) {
    return Error("run: give exactly one of --prompt TEXT or --tokens 1,2,3");
  }
  ASSIGN_OR_RETURN(const std::string model_dir, DefaultModelDir(a));
  ASSIGN_OR_RETURN(GenerationConfig gen, LoadGenerationConfig(model_dir));
  ASSIGN_OR_RETURN(SamplingParams sampling, ReadSampling(a, gen.defaults));
  ASSIGN_OR_RETURN(int64_t max_tokens, IntFlag(a, "--max-tokens", text_mode ? 256 : 16));
  if (max_tokens < 1) return Error("--max-tokens must be at least 1");

  std::optional<Tokenizer> tokenizer;
  std::vector<int32_t> prompt;
  auto t0 = Clock::now();
  if (text_mode) {
    const std::string& text = a.flags.at("--prompt");
    std::fprintf(stderr, "hf2hlo: loading the tokenizer of %s\n", model_dir.c_str());
    ASSIGN_OR_RETURN(tokenizer, Tokenizer::FromFile(JoinPath(model_dir, "tokenizer.json")));
    ASSIGN_OR_RETURN(ChatFormat format, ChatFormat::Load(model_dir));
    if (a.flags.count("--raw") || format.chat_template.empty()) {
      EncodeOptions options;
      options.allow_special = false;
      ASSIGN_OR_RETURN(prompt, tokenizer->Encode(text, options));
    } else {
      std::vector<ChatMessage> messages;
      if (a.flags.count("--system")) messages.push_back({"system", a.flags.at("--system")});
      messages.push_back({"user", text});
      ASSIGN_OR_RETURN(prompt, EncodeChat(*tokenizer, format, messages, true));
    }
  } else {
    ASSIGN_OR_RETURN(prompt, IntListFlag(a, "--tokens"));
  }
  ASSIGN_OR_RETURN(ModelOptions opts, ReadModelOptions(a, 1));
  std::fprintf(stderr, "hf2hlo: loading %s (emit, plan, map weights)\n", model_dir.c_str());
  ASSIGN_OR_RETURN(auto model, Model::Load(model_dir, opts));
  const double load_s = Since(t0);
  for (int32_t t : prompt) {
    if (t >= model->config().vocab)
      return Error("prompt token id ", t, " is outside the vocabulary of ", model->config().vocab);
  }
  Sampler sampler(sampling, model->config().vocab);
  double first_s = 0;
  t0 = Clock::now();
  std::vector<int32_t> out;
  if (text_mode) {
    // Streams text as it is produced; EOS ends the answer and is not printed.
    StreamDecoder stream(*tokenizer, /*skip_special_tokens=*/true);
    const std::vector<int32_t>& eos = gen.eos_token_ids;
    ASSIGN_OR_RETURN(out, Generate(*model, prompt, max_tokens, sampler, eos, [&](int32_t t) {
                       if (first_s == 0) first_s = Since(t0);
                       if (std::find(eos.begin(), eos.end(), t) != eos.end()) return;
                       std::fputs(stream.Step(t).c_str(), stdout);
                       std::fflush(stdout);
                     }));
    std::fputs(stream.Finish().c_str(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
  } else {
    ASSIGN_OR_RETURN(out, Generate(*model, prompt, max_tokens, sampler, {}, [&](int32_t) {
                       if (first_s == 0) first_s = Since(t0);
                     }));
    std::cout << Ids(out) << std::endl;
  }
  PrintTimings(load_s, prompt.size(), out.size(), first_s, Since(t0));
  return OkStatus();
}

Status RunBench(const Args& a) {
  RETURN_IF_ERROR(CheckFlags(
      a, {"--context", "--chunk", "--prompt-tokens", "--steps", "--batches", "--threads"}));
  if (a.model_dir.empty()) return Error("bench: MODEL_DIR is required");
  std::vector<int32_t> batches = {1, 4, 8, 16};
  if (a.flags.count("--batches")) {
    ASSIGN_OR_RETURN(batches, IntListFlag(a, "--batches"));
  }
  ASSIGN_OR_RETURN(int64_t steps, IntFlag(a, "--steps", 32));
  if (steps < 1) return Error("--steps must be at least 1");
  for (int32_t batch : batches) {
    if (batch < 1) return Error("--batches: each B must be at least 1");
    ASSIGN_OR_RETURN(ModelOptions opts, ReadModelOptions(a, batch));
    auto t0 = Clock::now();
    ASSIGN_OR_RETURN(auto model, Model::Load(a.model_dir, opts));
    const double load_s = Since(t0);
    const ModelConfig& c = model->config();
    ASSIGN_OR_RETURN(int64_t prompt_len,
                     IntFlag(a, "--prompt-tokens", std::min<int64_t>(128, model->context() / 2)));
    prompt_len =
        std::max<int64_t>(1, std::min(prompt_len, model->context() - steps - model->chunk()));
    std::vector<int32_t> prompt(static_cast<size_t>(prompt_len));
    for (size_t i = 0; i < prompt.size(); ++i)
      prompt[i] = static_cast<int32_t>((i * 7919 + 13) % c.vocab);
    if (batch == batches.front()) {
      const auto& lt = model->load_times();
      std::printf(
          "model %s (%s): %lld layers, hidden %lld, vocab %lld; context %lld, chunk %lld, %d "
          "threads\n",
          a.model_dir.c_str(), c.family.c_str(), static_cast<long long>(c.num_layers),
          static_cast<long long>(c.hidden), static_cast<long long>(c.vocab),
          static_cast<long long>(model->context()), static_cast<long long>(model->chunk()),
          opts.threads);
      std::printf("load: %.3f s (config %.3f, emit %.3f, parse+plan %.3f, map %.3f)\n", load_s,
                  lt.config_s, lt.emit_s, lt.parse_plan_s, lt.map_s);
    }
    // Prefill every slot, timing the first.
    double prefill_s = 0;
    for (int64_t slot = 0; slot < batch; ++slot) {
      auto p0 = Clock::now();
      RETURN_IF_ERROR(model->Prefill(slot, prompt, 0).status());
      if (slot == 0) prefill_s = Since(p0);
    }
    if (batch == batches.front()) {
      std::printf("prefill: %lld tokens in %.2f ms = %.1f tokens/s\n",
                  static_cast<long long>(prompt_len), 1e3 * prefill_s, prompt_len / prefill_s);
    }
    std::vector<int32_t> tokens(static_cast<size_t>(batch), 1), pos(static_cast<size_t>(batch));
    auto d0 = Clock::now();
    for (int64_t s = 0; s < steps; ++s) {
      for (int64_t b = 0; b < batch; ++b)
        pos[static_cast<size_t>(b)] = static_cast<int32_t>(prompt_len + s);
      ASSIGN_OR_RETURN(auto logits, model->Decode(tokens, pos));
      for (int64_t b = 0; b < batch; ++b) {
        tokens[static_cast<size_t>(b)] =
            Argmax(logits.subspan(static_cast<size_t>(b * c.vocab), static_cast<size_t>(c.vocab)));
      }
    }
    const double step_s = Since(d0) / steps;
    const int64_t bytes = WeightBytesPerStep(*model);
    std::printf(
        "decode B=%-2d: %7.2f ms/step, %8.1f tokens/s aggregate; weights %.1f MiB/step = %.2f "
        "GB/s, "
        "%.1f MiB per token\n",
        batch, 1e3 * step_s, batch / step_s, bytes / 1048576.0, bytes / step_s / 1e9,
        bytes / 1048576.0 / batch);
    if (opts.profile) std::printf("%s", model->ProfileReport().c_str());
  }
  std::printf("peak RSS: %.1f MiB\n", PeakRssBytes() / 1048576.0);
  return OkStatus();
}

}  // namespace hf2hlo::cli
