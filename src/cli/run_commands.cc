// hf2hlo run | bench: a model folder opened through the engine's front door.
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

Result<OpenOptions> ReadOpenOptions(const Args& a, int64_t batch) {
  OpenOptions o;
  o.batch = batch;
  if (a.flags.count("--engine")) o.engine = a.flags.at("--engine");
  ASSIGN_OR_RETURN(o.context, IntFlag(a, "--context", 0));
  ASSIGN_OR_RETURN(o.chunk, IntFlag(a, "--chunk", 0));
  ASSIGN_OR_RETURN(int64_t threads, IntFlag(a, "--threads", 0));
  o.threads = static_cast<int>(threads);
  if (a.flags.count("--kv-dtype")) o.kv_dtype = a.flags.at("--kv-dtype");
  if (a.flags.count("--matmul-dtype")) o.matmul_dtype = a.flags.at("--matmul-dtype");
  const char* profile = std::getenv("HF2HLO_PROFILE");
  o.profile = profile != nullptr && std::string(profile) == "1";
  if (o.context < 0 || o.chunk < 0 || threads < 0)
    return Error("--context, --chunk and --threads must be >= 0");
  return o;
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
  RETURN_IF_ERROR(CheckFlags(a, {"--tokens", "--prompt", "--system", "--raw", "--max-tokens",
                                 "--engine", "--context", "--chunk", "--threads", "--kv-dtype",
                                 "--matmul-dtype", "--temperature",
                                 "--top-p", "--top-k", "--min-p", "--seed", "--verbose"}));
  const bool text_mode = a.flags.count("--prompt") > 0;
  if (text_mode == (a.flags.count("--tokens") > 0)) {
    return Error("run: give exactly one of --prompt TEXT or --tokens 1,2,3");
  }
  const bool verbose = a.flags.count("--verbose") > 0;
  ASSIGN_OR_RETURN(const std::string model_dir, DefaultModelDir(a));
  ASSIGN_OR_RETURN(int64_t max_tokens, IntFlag(a, "--max-tokens", text_mode ? 256 : 16));
  if (max_tokens < 1) return Error("--max-tokens must be at least 1");
  ASSIGN_OR_RETURN(OpenOptions opts, ReadOpenOptions(a, 1));
  opts.load_text = text_mode;
  auto t0 = Clock::now();
  std::fprintf(stderr, "hf2hlo: loading %s (emit, plan, map weights)\n", model_dir.c_str());
  ASSIGN_OR_RETURN(auto model, ServedModel::Open(model_dir, opts));
  const double load_s = Since(t0);
  const GenerationConfig& gen = model->generation();
  ASSIGN_OR_RETURN(SamplingParams sampling, ReadSampling(a, gen.defaults));

  const TextCodec* text = model->text();
  std::vector<int32_t> prompt;
  if (text_mode) {
    if (text == nullptr) return Error(model_dir, ": --prompt needs tokenizer.json (or use --tokens)");
    const std::string& user = a.flags.at("--prompt");
    const bool raw = a.flags.count("--raw") > 0;
    if (!raw && !text->has_chat_template()) {
      std::fprintf(stderr, "hf2hlo: the model has no chat template; the prompt is raw text\n");
    }
    if (raw || !text->has_chat_template()) {
      if (a.flags.count("--system")) return Error("--system needs a chat template (not --raw)");
      ASSIGN_OR_RETURN(prompt, text->EncodeText(user));
    } else {
      std::vector<ChatMessage> messages;
      if (a.flags.count("--system")) messages.push_back({"system", a.flags.at("--system")});
      messages.push_back({"user", user});
      ASSIGN_OR_RETURN(prompt, text->EncodeChat(messages));
    }
  } else {
    ASSIGN_OR_RETURN(prompt, IntListFlag(a, "--tokens"));
  }
  if (verbose) std::fprintf(stderr, "prompt ids: %s\n", Ids(prompt).c_str());
  Request request;
  request.prompt = prompt;
  request.max_tokens = max_tokens;
  request.sampling = sampling;
  if (auto problem = model->Check(request)) {
    return Error(problem->field == "max_tokens" ? "--max-tokens: " : "", problem->message);
  }
  double first_s = 0;
  t0 = Clock::now();
  std::vector<int32_t> out;
  if (text_mode) {
    // Streams text as it is produced; EOS ends the answer and is not printed.
    TextStream stream = text->NewStream();
    const std::vector<int32_t>& eos = gen.eos_token_ids;
    ASSIGN_OR_RETURN(out, model->Generate(prompt, max_tokens, sampling, eos, [&](int32_t t) {
                       if (first_s == 0) first_s = Since(t0);
                       if (std::find(eos.begin(), eos.end(), t) != eos.end()) return;
                       std::fputs(stream.Step(t).c_str(), stdout);
                       std::fflush(stdout);
                     }));
    std::fputs(stream.Finish().c_str(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
  } else {
    ASSIGN_OR_RETURN(out, model->Generate(prompt, max_tokens, sampling, {}, [&](int32_t) {
                       if (first_s == 0) first_s = Since(t0);
                     }));
    std::cout << Ids(out) << std::endl;
  }
  PrintTimings(load_s, prompt.size(), out.size(), first_s, Since(t0));
  return OkStatus();
}

Status RunBench(const Args& a) {
  RETURN_IF_ERROR(CheckFlags(a, {"--engine", "--context", "--chunk", "--prompt-tokens", "--steps",
                                 "--batches", "--threads", "--kv-dtype", "--matmul-dtype",
                                 "--read-bandwidth"}));
  if (a.model_dir.empty()) return Error("bench: MODEL_DIR is required");
  std::vector<int32_t> batches = {1, 4, 8, 16};
  if (a.flags.count("--batches")) {
    ASSIGN_OR_RETURN(batches, IntListFlag(a, "--batches"));
  }
  ASSIGN_OR_RETURN(int64_t steps, IntFlag(a, "--steps", 32));
  if (steps < 1) return Error("--steps must be at least 1");
  double bandwidth = 0;  // GB/s; 0: not measured
  for (int32_t batch : batches) {
    if (batch < 1) return Error("--batches: each B must be at least 1");
    ASSIGN_OR_RETURN(OpenOptions opts, ReadOpenOptions(a, batch));
    opts.load_text = false;
    auto t0 = Clock::now();
    ASSIGN_OR_RETURN(auto model, ServedModel::Open(a.model_dir, opts));
    const double load_s = Since(t0);
    const ModelSummary& c = model->summary();
    ASSIGN_OR_RETURN(int64_t prompt_len,
                     IntFlag(a, "--prompt-tokens", std::min<int64_t>(128, c.context / 2)));
    prompt_len =
        std::max<int64_t>(1, std::min(prompt_len, c.context - steps - c.chunk));
    std::vector<int32_t> prompt(static_cast<size_t>(prompt_len));
    for (size_t i = 0; i < prompt.size(); ++i)
      prompt[i] = static_cast<int32_t>((i * 7919 + 13) % c.vocab);
    if (batch == batches.front()) {
      const auto& lt = model->load_times();
      const std::string matmul = c.matmul_dtype == "f32" ? "" : "; " + c.matmul_dtype + " matmul";
      std::printf(
          "model %s (%s): %lld layers, hidden %lld, vocab %lld; context %lld, chunk %lld, %d "
          "threads; %s KV cache%s\n",
          a.model_dir.c_str(), c.family.c_str(), static_cast<long long>(c.layers),
          static_cast<long long>(c.hidden), static_cast<long long>(c.vocab),
          static_cast<long long>(c.context), static_cast<long long>(c.chunk),
          opts.threads, c.kv_dtype.c_str(), matmul.c_str());
      std::printf("load: %.3f s (config %.3f, emit %.3f, parse+plan %.3f, map %.3f, pack %.3f)\n",
                  load_s, lt.config_s, lt.emit_s, lt.parse_plan_s, lt.map_s, lt.pack_s);
      if (a.flags.count("--read-bandwidth")) {
        ThreadPool pool(opts.threads);
        bandwidth = MeasureReadBandwidth(pool, int64_t{1} << 30, 5);
        std::printf("read bandwidth: %.1f GB/s (streaming 1 GiB on %d threads, median of 5)\n",
                    bandwidth, pool.size());
      }
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
    const int64_t bytes = c.WeightBytesPerStep(batch);
    std::printf(
        "decode B=%-2d: %7.2f ms/step, %8.1f tokens/s aggregate; weights %.1f MiB/step = %.2f "
        "GB/s, "
        "%.1f MiB per token; KV cache %.1f MiB\n",
        batch, 1e3 * step_s, batch / step_s, bytes / 1048576.0, bytes / step_s / 1e9,
        bytes / 1048576.0 / batch, c.kv_cache_bytes / 1048576.0);
    if (bandwidth > 0) {
      std::printf("  weights read at %.0f%% of the read bandwidth\n",
                  100 * bytes / step_s / 1e9 / bandwidth);
    }
    if (opts.profile) std::printf("%s", model->ProfileReport().c_str());
  }
  std::printf("peak RSS: %.1f MiB\n", PeakRssBytes() / 1048576.0);
  return OkStatus();
}

}  // namespace hf2hlo::cli
