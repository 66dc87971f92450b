// hf2hlo serve: the OpenAI-compatible HTTP server over a model opened
// through the engine's front door and its continuous-batching scheduler.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "cli/args.h"
#include "engine/engine.h"
#include "server/server.h"

namespace hf2hlo::cli {
namespace {

// Set by the signal handler, read by the watcher thread: a lock-free atomic
// is both async-signal-safe and race-free (a volatile sig_atomic_t is not the
// latter; ThreadSanitizer reported it).
std::atomic<int> g_stop_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void OnStopSignal(int sig) { g_stop_signal.store(sig, std::memory_order_relaxed); }

// The last path component, ignoring trailing slashes.
std::string BaseName(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Status RunServe(const Args& a) {
  RETURN_IF_ERROR(CheckFlags(
      a, {"--engine", "--host", "--port", "--batch", "--context", "--chunk", "--threads",
          "--model-name", "--api-key", "--max-queue", "--kv-dtype", "--matmul-dtype"}));
  ASSIGN_OR_RETURN(const std::string model_dir, DefaultModelDir(a));
  ASSIGN_OR_RETURN(int64_t port, IntFlag(a, "--port", 8000));
  if (port < 0 || port > 65535) return Error("--port must be in [0, 65535]");
  OpenOptions opts;
  if (a.flags.count("--engine")) opts.engine = a.flags.at("--engine");
  ASSIGN_OR_RETURN(opts.batch, IntFlag(a, "--batch", 4));
  ASSIGN_OR_RETURN(opts.context, IntFlag(a, "--context", 0));
  ASSIGN_OR_RETURN(opts.chunk, IntFlag(a, "--chunk", 0));
  ASSIGN_OR_RETURN(int64_t threads, IntFlag(a, "--threads", 0));
  if (opts.batch < 1) return Error("--batch must be at least 1");
  if (opts.context < 0 || opts.chunk < 0 || threads < 0) {
    return Error("--context, --chunk and --threads must be >= 0");
  }
  opts.threads = static_cast<int>(threads);
  if (a.flags.count("--kv-dtype")) opts.kv_dtype = a.flags.at("--kv-dtype");
  if (a.flags.count("--matmul-dtype")) opts.matmul_dtype = a.flags.at("--matmul-dtype");
  // Smaller decode programs for a lightly loaded server: 1, 2, 4, ... < B.
  for (int64_t rows = 1; rows < opts.batch; rows *= 2) opts.decode_rows.push_back(rows);
  // Short prefill programs for prompts' last chunks (those below P are
  // compiled): a short prompt's first token comes sooner, bit-identically.
  opts.prefill_chunks = {16, 32};
  const char* profile = std::getenv("HF2HLO_PROFILE");
  opts.profile = profile != nullptr && std::string(profile) == "1";

  server::ServerOptions options;
  options.host = a.flags.count("--host") ? a.flags.at("--host") : "127.0.0.1";
  options.port = static_cast<int>(port);
  if (a.flags.count("--api-key")) {
    options.api_key = a.flags.at("--api-key");
    if (options.api_key.empty()) return Error("--api-key must not be empty");
  }
  ASSIGN_OR_RETURN(options.max_queue, IntFlag(a, "--max-queue", 0));
  if (options.max_queue < 0) return Error("--max-queue must be >= 0 (0: no limit)");
  std::string name =
      a.flags.count("--model-name") ? a.flags.at("--model-name") : BaseName(model_dir);
  if (name.empty()) return Error("--model-name must not be empty");

  std::fprintf(stderr, "hf2hlo: loading %s (emit, plan, map weights)\n", model_dir.c_str());
  ASSIGN_OR_RETURN(auto model, ServedModel::Open(model_dir, opts));
  if (model->text() == nullptr) return Error(model_dir, ": serve needs tokenizer.json");
  model->scheduler().Start();
  server::Server server(*model, name, options);
  ASSIGN_OR_RETURN(const int bound, server.Bind());

  // A client that goes away mid-stream must not kill the process; SIGINT and
  // SIGTERM stop the server (requests in flight are cancelled).
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  std::atomic<bool> served{false};
  std::thread watcher([&] {
    while (!served) {
      if (g_stop_signal != 0) server.Stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  const ModelSummary& summary = model->summary();
  std::fprintf(stderr,
               "hf2hlo: serving %s on http://%s:%d (%lld slots, context %lld, %s KV cache %.1f MiB)\n",
               name.c_str(), options.host.c_str(), bound, static_cast<long long>(summary.batch),
               static_cast<long long>(summary.context), summary.kv_dtype.c_str(),
               summary.kv_cache_bytes / 1048576.0);
  std::fflush(stderr);
  Status status = server.Serve();
  served = true;
  watcher.join();
  if (g_stop_signal != 0) {
    std::fprintf(stderr, "hf2hlo: stopped (%s)\n", g_stop_signal == SIGINT ? "SIGINT" : "SIGTERM");
  }
  return status;
}

}  // namespace hf2hlo::cli
