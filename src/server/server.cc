// The HTTP side of the server: routes, the per-request event channel,
// non-streaming and SSE responses, /metrics and one log line per request.
#include "server/server.h"

#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <exception>
#include <fstream>
#include <mutex>
#include <random>

namespace hf2hlo::server {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kPollInterval = std::chrono::milliseconds(100);

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The events of one request. The Scheduler's callback (on its loop thread)
// only pushes; the HTTP thread pops. Shared by both, so it outlives either.
struct Channel {
  std::mutex mu;
  std::condition_variable cv;
  std::deque<RequestEvent> events;

  void Push(const RequestEvent& e) {
    {
      std::lock_guard<std::mutex> lock(mu);
      events.push_back(e);
    }
    cv.notify_one();
  }
  // Waits up to one poll interval; false when nothing came.
  bool Pop(RequestEvent* e) {
    std::unique_lock<std::mutex> lock(mu);
    if (!cv.wait_for(lock, kPollInterval, [&] { return !events.empty(); })) return false;
    *e = std::move(events.front());
    events.pop_front();
    return true;
  }
};

// What the log line of one HTTP request reports. The pre-routing handler
// makes a fresh one per request; the handler, the stream provider and the
// logger all run on the connection's thread.
struct RequestLog {
  Clock::time_point start = Clock::now();
  std::string id;
  bool generation = false;
  RequestStats stats;
  bool stats_final = false;
  std::string finish;
  std::string error;
};
thread_local std::shared_ptr<RequestLog> tl_log;

RequestLog& Log() {
  if (!tl_log) tl_log = std::make_shared<RequestLog>();
  return *tl_log;
}

int64_t ResidentBytes() {
  std::ifstream f("/proc/self/statm");
  int64_t size = 0, resident = 0;
  if (!(f >> size >> resident)) return 0;
  return resident * static_cast<int64_t>(sysconf(_SC_PAGESIZE));
}

// httplib 0.11 listens with a backlog of 5: a burst of new connections then
// loses SYNs and waits a second or more for the retry. Listening again on the
// bound socket raises the backlog (Linux).
class HttpServer : public httplib::Server {
 public:
  void RaiseBacklog(int backlog) { ::listen(svr_sock_, backlog); }
};

void SetJson(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(Dump(body), "application/json");
}

}  // namespace

struct Server::Impl {
  Impl(ServedModel& served, std::string name, ServerOptions options)
      : scheduler(served.scheduler()),
        text(*served.text()),
        model(ModelInfo::Of(served, std::move(name))),
        options(std::move(options)),
        created(static_cast<int64_t>(std::time(nullptr))),
        rng(std::random_device{}()) {}

  Scheduler& scheduler;
  const TextCodec& text;
  const ModelInfo model;
  const ServerOptions options;
  const int64_t created;
  HttpServer http;
  std::atomic<bool> stopping{false};

  mutable std::mutex mu;  // guards rng and counters
  std::mt19937_64 rng;
  HttpCounters counters;

  uint64_t Random() {
    std::lock_guard<std::mutex> lock(mu);
    return rng();
  }

  void Routes();
  void Reject(httplib::Response& res, const ApiError& error);
  bool Authorized(const httplib::Request& req) const;
  void HandleGeneration(const httplib::Request& req, httplib::Response& res, Endpoint endpoint);
  void Respond(httplib::Response& res, uint64_t id, const std::shared_ptr<Channel>& channel,
               const ResponseMeta& meta);
  void Stream(const httplib::Request& req, httplib::Response& res, uint64_t id,
              std::shared_ptr<Channel> channel, const ResponseMeta& meta, bool include_usage);
  void WriteLogLine(const httplib::Request& req, const httplib::Response& res);
};

void Server::Impl::Reject(httplib::Response& res, const ApiError& error) {
  SetJson(res, error.status, ErrorBody(error));
  Log().error = error.message;
  if (Log().generation && error.status >= 400 && error.status < 500) {
    std::lock_guard<std::mutex> lock(mu);
    ++counters.rejected;
  }
}

void Server::Impl::HandleGeneration(const httplib::Request& req, httplib::Response& res,
                                    Endpoint endpoint) {
  RequestLog& log = Log();
  log.generation = true;
  nlohmann::json body;
  if (auto e = ParseJsonBody(req.body, &body)) return Reject(res, *e);
  ParsedRequest parsed;
  if (auto e = ParseRequest(body, endpoint, model, &parsed)) return Reject(res, *e);
  std::vector<int32_t> prompt;
  if (auto e = EncodePrompt(parsed, text, model.context, &prompt)) return Reject(res, *e);
  Request request;
  if (auto e = BuildEngineRequest(parsed, std::move(prompt), model, Random(), &request)) {
    return Reject(res, *e);
  }
  ResponseMeta meta;
  meta.endpoint = endpoint;
  meta.id = ResponseId(endpoint, Random(), Random());
  meta.created = static_cast<int64_t>(std::time(nullptr));
  meta.model = model.name;
  log.id = meta.id;
  log.stats.prompt_tokens = static_cast<int64_t>(request.prompt.size());

  if (options.max_queue > 0 && scheduler.metrics().queue_depth >= options.max_queue) {
    res.set_header("Retry-After", "1");
    return Reject(res, ApiError{429,
                                StrCat("the server is busy: ", options.max_queue,
                                       " requests are already waiting; retry later"),
                                "", "rate_limit_exceeded", "rate_limit_error"});
  }
  auto channel = std::make_shared<Channel>();
  auto id =
      scheduler.Submit(std::move(request), [channel](const RequestEvent& e) { channel->Push(e); });
  if (!id.ok()) {
    ApiError e;
    e.message = id.status().message();
    return Reject(res, e);
  }
  if (parsed.stream) {
    // httplib 0.11 would gzip a text/event-stream body for a client that
    // accepts gzip, holding every event back until the end.
    const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
    Stream(req, res, *id, std::move(channel), meta, parsed.include_usage);
  } else {
    Respond(res, *id, channel, meta);
  }
}

void Server::Impl::Respond(httplib::Response& res, uint64_t id,
                           const std::shared_ptr<Channel>& channel, const ResponseMeta& meta) {
  RequestLog& log = Log();
  std::string text;
  RequestEvent e;
  bool cancel_sent = false;
  while (true) {
    if (stopping && !cancel_sent) {
      scheduler.Cancel(id);
      cancel_sent = true;
    }
    if (!channel->Pop(&e)) continue;
    text += e.text;
    log.stats.completion_tokens += static_cast<int64_t>(e.tokens.size());
    if (e.finish != FinishReason::kNone) break;
  }
  log.stats = e.stats;
  log.stats_final = true;
  log.finish = FinishReasonName(e.finish);
  if (e.finish == FinishReason::kStop || e.finish == FinishReason::kLength) {
    SetJson(res, 200, CompletionResponse(meta, text, e.finish, e.stats));
    return;
  }
  ApiError error;
  error.type = "server_error";
  if (e.finish == FinishReason::kError) {
    error.status = 500;
    error.message = "generation failed: " + e.error;
  } else {
    error.status = 503;
    error.message = "the request was cancelled: the server is shutting down";
  }
  Reject(res, error);
}

namespace {

// One streaming response: the state the chunk provider keeps between calls.
struct StreamState {
  Scheduler* scheduler = nullptr;
  const std::atomic<bool>* stopping = nullptr;
  uint64_t id = 0;
  std::shared_ptr<Channel> channel;
  ResponseMeta meta;
  bool include_usage = false;
  bool started = false;   // the chat role chunk is out
  bool finished = false;  // the final event came
  bool cancelled = false;
  std::shared_ptr<RequestLog> log;

  void Cancel() {
    if (finished || cancelled) return;
    scheduler->Cancel(id);
    cancelled = true;
    log->finish = "cancelled";
  }
  // Writes `data`; on a disconnect cancels the request and returns false.
  bool Write(httplib::DataSink& sink, const std::string& data) {
    if (sink.write(data.data(), data.size())) return true;
    Cancel();
    return false;
  }
  // One provider call: everything that is ready, after waiting for it.
  bool Provide(httplib::DataSink& sink) {
    const bool chat = meta.endpoint == Endpoint::kChat;
    if (!started) {
      started = true;
      if (chat)
        return Write(sink,
                     SseEvent(StreamChunk(meta, "", FinishReason::kNone, true, include_usage)));
    }
    // httplib stops calling the provider once the server stops, so the
    // request is cancelled here already.
    if (*stopping) Cancel();
    RequestEvent e;
    while (!channel->Pop(&e)) {
      if (!sink.is_writable()) {
        Cancel();
        return false;
      }
      if (*stopping) Cancel();
    }
    while (true) {
      log->stats.completion_tokens += static_cast<int64_t>(e.tokens.size());
      const bool final = e.finish != FinishReason::kNone;
      const bool ok = e.finish == FinishReason::kStop || e.finish == FinishReason::kLength;
      // Completions put the last text into the finish chunk; chat sends it first.
      if (!e.text.empty() && (chat || !final)) {
        if (!Write(sink, SseEvent(StreamChunk(meta, e.text, FinishReason::kNone, false,
                                              include_usage)))) {
          return false;
        }
      }
      if (final) return Finish(sink, e, ok);
      std::lock_guard<std::mutex> lock(channel->mu);
      if (channel->events.empty()) return true;
      e = std::move(channel->events.front());
      channel->events.pop_front();
    }
  }
  bool Finish(httplib::DataSink& sink, const RequestEvent& e, bool ok) {
    finished = true;
    log->stats = e.stats;
    log->stats_final = true;
    log->finish = FinishReasonName(e.finish);
    std::string out;
    if (ok) {
      const bool chat = meta.endpoint == Endpoint::kChat;
      out += SseEvent(StreamChunk(meta, chat ? "" : e.text, e.finish, false, include_usage));
      if (include_usage) out += SseEvent(UsageChunk(meta, e.stats));
    } else {
      ApiError error;
      error.status = 500;
      error.type = "server_error";
      error.message = e.finish == FinishReason::kError ? "generation failed: " + e.error
                                                       : "the request was cancelled";
      log->error = error.message;
      out += SseEvent(ErrorBody(error));
    }
    out += "data: [DONE]\n\n";
    if (!sink.write(out.data(), out.size())) return false;
    sink.done();
    return true;
  }
};

}  // namespace

void Server::Impl::Stream(const httplib::Request& req, httplib::Response& res, uint64_t id,
                          std::shared_ptr<Channel> channel, const ResponseMeta& meta,
                          bool include_usage) {
  auto st = std::make_shared<StreamState>();
  st->scheduler = &scheduler;
  st->stopping = &stopping;
  st->id = id;
  st->channel = std::move(channel);
  st->meta = meta;
  st->include_usage = include_usage;
  st->log = tl_log;
  res.status = 200;
  res.set_header("Cache-Control", "no-cache");
  res.set_chunked_content_provider(
      "text/event-stream", [st](size_t, httplib::DataSink& sink) { return st->Provide(sink); },
      [st](bool success) { st->Cancel(); });  // no-op once finished
}

void Server::Impl::WriteLogLine(const httplib::Request& req, const httplib::Response& res) {
  {
    std::lock_guard<std::mutex> lock(mu);
    ++counters.responses[res.status];
  }
  std::shared_ptr<RequestLog> log = std::move(tl_log);
  tl_log.reset();
  std::string line = StrCat("hf2hlo: ", req.method, " ", req.path, " ", res.status);
  if (log && !log->id.empty()) {
    const RequestStats& s = log->stats;
    char buf[160];
    if (log->stats_final) {
      std::snprintf(buf, sizeof(buf), " queue=%.3fs ttft=%.3fs total=%.3fs", s.queue_s,
                    s.first_token_s, s.total_s);
    } else {
      std::snprintf(buf, sizeof(buf), " total=%.3fs", Since(log->start));
    }
    line +=
        StrCat(" id=", log->id, " prompt=", s.prompt_tokens, " completion=", s.completion_tokens,
               " finish=", log->finish.empty() ? "cancelled" : log->finish, buf);
  }
  if (log && !log->error.empty()) {
    line += " error=" + Dump(Json(log->error));
  } else if (res.status >= 400) {
    line += " error=" + Dump(Json(res.body));
  }
  line += "\n";
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
}

// Checks run on a request's headers before its body is read (httplib calls
// the pre-routing handler first): framing that RFC 9112 says to reject, a
// compressed body (httplib would inflate it without a limit; no client needs
// one for a JSON request), and methods the routes do not take. The answer
// closes the connection, as the body is left unread.
// Whether the request carries "Authorization: Bearer <api_key>"; compared in
// time independent of where the first difference is.
bool Server::Impl::Authorized(const httplib::Request& req) const {
  const std::string header = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (header.size() != prefix.size() + options.api_key.size() || header.rfind(prefix, 0) != 0)
    return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < options.api_key.size(); ++i)
    diff |= static_cast<unsigned char>(header[prefix.size() + i] ^ options.api_key[i]);
  return diff == 0;
}

constexpr const char* kGetRoute = "GET, HEAD";
constexpr const char* kPostRoute = "POST";

// The Allow header of a known path, or nullptr for an unknown one.
static const char* AllowedMethods(const std::string& p) {
  if (p == "/health" || p == "/v1/models" || p == "/metrics") return kGetRoute;
  if (p == "/v1/completions" || p == "/v1/chat/completions" || p == "/tokenize") return kPostRoute;
  return nullptr;
}

static std::optional<ApiError> CheckRequestHead(const httplib::Request& req) {
  ApiError e;
  const size_t lengths = req.get_header_value_count("Content-Length");
  if (lengths > 0) {
    const std::string first = req.get_header_value("Content-Length", 0);
    bool digits = !first.empty() && first.size() <= 18;
    for (char c : first) digits &= c >= '0' && c <= '9';
    if (!digits) {
      e.message = StrCat("invalid Content-Length '", first, "'");
      return e;
    }
    for (size_t i = 1; i < lengths; ++i) {
      if (req.get_header_value("Content-Length", i) != first) {
        e.message = "conflicting Content-Length headers";
        return e;
      }
    }
    if (req.has_header("Transfer-Encoding")) {
      e.message = "both Content-Length and Transfer-Encoding are set";
      return e;
    }
  }
  const std::string encoding = req.get_header_value("Content-Encoding");
  if (!encoding.empty() && encoding != "identity") {
    e.status = 415;
    e.message = StrCat("Content-Encoding '", encoding,
                       "' is not accepted; send the JSON body uncompressed");
    return e;
  }
  const char* allowed = AllowedMethods(req.path);
  const bool head_or_get = req.method == "GET" || req.method == "HEAD";
  if (allowed != nullptr && (allowed == kGetRoute ? !head_or_get : req.method != "POST")) {
    e.status = 405;
    e.message = StrCat("method ", req.method, " is not allowed for ", req.path);
    return e;
  }
  return std::nullopt;
}

void Server::Impl::Routes() {
  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    tl_log = std::make_shared<RequestLog>();
    std::optional<ApiError> e = CheckRequestHead(req);
    if (!e && !options.api_key.empty() && req.path != "/health" && !Authorized(req)) {
      e = ApiError{401, "Incorrect API key provided; send it as 'Authorization: Bearer KEY'", "",
                   "invalid_api_key"};
      res.set_header("WWW-Authenticate", "Bearer");
    }
    if (!e) return httplib::Server::HandlerResponse::Unhandled;
    if (e->status == 405) res.set_header("Allow", AllowedMethods(req.path));
    res.set_header("Connection", "close");
    Reject(res, *e);
    return httplib::Server::HandlerResponse::Handled;
  });
  http.Get("/health", [](const httplib::Request&, httplib::Response& res) {
    SetJson(res, 200, Json{{"status", "ok"}});
  });
  http.Get("/v1/models", [this](const httplib::Request&, httplib::Response& res) {
    Json m{{"id", model.name},
           {"object", "model"},
           {"created", created},
           {"owned_by", "hf2hlo"},
           {"max_model_len", model.context}};
    SetJson(res, 200, Json{{"object", "list"}, {"data", Json::array({m})}});
  });
  http.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    HttpCounters http_counters;
    {
      std::lock_guard<std::mutex> lock(mu);
      http_counters = counters;
    }
    res.set_content(FormatMetrics(scheduler.metrics(), http_counters, ResidentBytes()),
                    "text/plain; version=0.0.4");
  });
  http.Post("/v1/completions", [this](const httplib::Request& req, httplib::Response& res) {
    HandleGeneration(req, res, Endpoint::kCompletions);
  });
  // vLLM's /tokenize: {"prompt": ...} or {"messages": [...]} -> the ids a
  // generation request with that body would run.
  http.Post("/tokenize", [this](const httplib::Request& req, httplib::Response& res) {
    nlohmann::json body;
    if (auto e = ParseJsonBody(req.body, &body)) return Reject(res, *e);
    const Endpoint endpoint =
        body.is_object() && body.contains("messages") ? Endpoint::kChat : Endpoint::kCompletions;
    ParsedRequest parsed;
    if (auto e = ParseRequest(body, endpoint, model, &parsed)) return Reject(res, *e);
    std::vector<int32_t> prompt;
    if (auto e = EncodePrompt(parsed, text, model.context, &prompt)) return Reject(res, *e);
    SetJson(res, 200,
            Json{{"tokens", prompt},
                 {"count", prompt.size()},
                 {"max_model_len", model.context}});
  });
  http.Post("/v1/chat/completions", [this](const httplib::Request& req, httplib::Response& res) {
    HandleGeneration(req, res, Endpoint::kChat);
  });
  // Errors that httplib found (404, a bad request line, a body over the
  // limit) get OpenAI's error body; a known path with the wrong method is 405.
  http.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req,
                                                                     httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    ApiError e;
    e.status = res.status;
    const std::string& p = req.path;
    if (const char* allowed = AllowedMethods(p); res.status == 404 && allowed != nullptr) {
      e.status = 405;
      e.message = StrCat("method ", req.method, " is not allowed for ", p);
      res.set_header("Allow", allowed);
    } else if (res.status == 404) {
      e.message = StrCat("Invalid URL (", req.method, " ", p, ")");
    } else if (res.status == 413 &&
               req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) ==
                   0) {
      e.message =
          "form-encoded request bodies are limited to 8192 bytes; send the JSON body "
          "with Content-Type: application/json";
    } else if (res.status == 413) {
      e.message = StrCat("the request body is larger than ", options.max_body_bytes, " bytes");
    } else {
      e.message = StrCat("HTTP error ", res.status, res.status == 400 ? ": malformed request" : "");
    }
    if (res.status >= 500) e.type = "server_error";
    SetJson(res, e.status, ErrorBody(e));
    Log().error = e.message;
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        ApiError e;
        e.status = 500;
        e.type = "server_error";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& x) {
          e.message = StrCat("internal error: ", x.what());
        } catch (...) {
          e.message = "internal error";
        }
        SetJson(res, 500, ErrorBody(e));
        Log().error = e.message;
      });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    WriteLogLine(req, res);
  });
}

Server::Server(ServedModel& model, std::string name, ServerOptions options)
    : impl_(std::make_unique<Impl>(model, std::move(name), std::move(options))) {
  CHECK(model.text() != nullptr, "Server needs a model with a tokenizer");
  const int threads = impl_->options.http_threads;
  impl_->http.new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<size_t>(threads));
  };
  impl_->http.set_keep_alive_max_count(1000);
  impl_->http.set_payload_max_length(impl_->options.max_body_bytes);
  impl_->Routes();
}

Server::~Server() = default;

Result<int> Server::Bind() {
  const ServerOptions& o = impl_->options;
  if (o.port < 0 || o.port > 65535) return Error("port ", o.port, " is out of range");
  int port = o.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(o.host);
    if (port < 0) return Error("cannot listen on ", o.host, " (any port)");
  } else if (!impl_->http.bind_to_port(o.host, port)) {
    return Error("cannot listen on ", o.host, ":", port, " (in use, or not a local address?)");
  }
  impl_->http.RaiseBacklog(SOMAXCONN);
  return port;
}

Status Server::Serve() {
  if (impl_->stopping) return OkStatus();
  if (!impl_->http.listen_after_bind() && !impl_->stopping) {
    return Error("the HTTP server stopped unexpectedly");
  }
  return OkStatus();
}

void Server::Stop() {
  impl_->stopping = true;
  impl_->http.stop();
}

std::string Server::Metrics() const {
  HttpCounters counters;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    counters = impl_->counters;
  }
  return FormatMetrics(impl_->scheduler.metrics(), counters, ResidentBytes());
}

std::string FormatMetrics(const SchedulerMetrics& m, const HttpCounters& http,
                          int64_t resident_bytes) {
  std::string out;
  auto head = [&](const char* name, const char* type, const char* help) {
    out += StrCat("# HELP ", name, " ", help, "\n# TYPE ", name, " ", type, "\n");
  };
  auto num = [](double v) {
    char buf[64];
    std::snprintf(buf, sizeof(buf), "%.9g", v);
    return std::string(buf);
  };
  head("hf2hlo_requests_total", "counter", "Generation requests finished, by finish reason.");
  for (FinishReason r : {FinishReason::kStop, FinishReason::kLength, FinishReason::kCancelled,
                         FinishReason::kError}) {
    out += StrCat("hf2hlo_requests_total{finish_reason=\"", FinishReasonName(r), "\"} ",
                  m.requests_finished[static_cast<int>(r)], "\n");
  }
  head("hf2hlo_requests_submitted_total", "counter", "Generation requests accepted for running.");
  out += StrCat("hf2hlo_requests_submitted_total ", m.requests_submitted, "\n");
  head("hf2hlo_requests_rejected_total", "counter",
       "Generation requests answered with a 4xx error (validation).");
  out += StrCat("hf2hlo_requests_rejected_total ", http.rejected, "\n");
  head("hf2hlo_http_responses_total", "counter", "HTTP responses, by status code.");
  for (const auto& [code, n] : http.responses) {
    out += StrCat("hf2hlo_http_responses_total{code=\"", code, "\"} ", n, "\n");
  }
  head("hf2hlo_prompt_tokens_total", "counter", "Prompt tokens of the requests run.");
  out += StrCat("hf2hlo_prompt_tokens_total ", m.prompt_tokens, "\n");
  head("hf2hlo_generation_tokens_total", "counter", "Tokens generated.");
  out += StrCat("hf2hlo_generation_tokens_total ", m.generation_tokens, "\n");
  head("hf2hlo_queue_depth", "gauge", "Requests waiting for a slot.");
  out += StrCat("hf2hlo_queue_depth ", m.queue_depth, "\n");
  head("hf2hlo_active_slots", "gauge", "Cache slots holding a request.");
  out += StrCat("hf2hlo_active_slots ", m.active_slots, "\n");
  head("hf2hlo_slots", "gauge", "Cache slots (the batch size B).");
  out += StrCat("hf2hlo_slots ", m.slots, "\n");
  head("hf2hlo_decode_step_seconds", "histogram", "Latency of one decode step of all slots.");
  for (int i = 0; i < 8; ++i) {
    out += StrCat("hf2hlo_decode_step_seconds_bucket{le=\"", num(SchedulerMetrics::kBuckets[i]),
                  "\"} ", m.decode_step_buckets[i], "\n");
  }
  out += StrCat("hf2hlo_decode_step_seconds_bucket{le=\"+Inf\"} ", m.decode_steps, "\n");
  out += StrCat("hf2hlo_decode_step_seconds_sum ", num(m.decode_seconds), "\n");
  out += StrCat("hf2hlo_decode_step_seconds_count ", m.decode_steps, "\n");
  head("hf2hlo_prefill_chunks_total", "counter", "Prefill chunks run.");
  out += StrCat("hf2hlo_prefill_chunks_total ", m.prefill_chunks, "\n");
  head("hf2hlo_prefill_seconds_total", "counter", "Time spent in prefill chunks.");
  out += StrCat("hf2hlo_prefill_seconds_total ", num(m.prefill_seconds), "\n");
  head("hf2hlo_resident_memory_bytes", "gauge", "Resident memory of the process.");
  out += StrCat("hf2hlo_resident_memory_bytes ", resident_bytes, "\n");
  return out;
}

}  // namespace hf2hlo::server
