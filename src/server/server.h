// hf2hlo server: an OpenAI-compatible HTTP API (as vLLM serves it) over a
// Scheduler: /v1/completions, /v1/chat/completions (both with SSE streaming),
// /v1/models, /health and Prometheus /metrics.
//
// The request side is a few pure functions (openai.cc), so that every
// validation rule can be tested without a socket: ParseJsonBody ->
// ParseRequest -> EncodePrompt -> BuildEngineRequest, each returning an
// ApiError (an HTTP status and OpenAI's error body) when the request is bad.
// The response builders write OpenAI's JSON objects and stream chunks.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "engine/engine.h"

namespace hf2hlo::server {

using Json = nlohmann::ordered_json;  // keeps OpenAI's key order in responses

// ---------------------------------------------------------------------------
// Requests.

// What request validation needs to know about the served model.
struct ModelInfo {
  static ModelInfo Of(const ServedModel& model, std::string name);
  std::string name;            // the id clients send as "model"
  int64_t context = 0;         // S: prompt + completion tokens at most
  int64_t vocab = 0;           // token ids must be in [0, vocab)
  SamplingParams defaults;     // GenerationConfig::server_defaults
  int64_t max_new_tokens = 0;  // generation_config.json's cap when max_tokens is absent; 0: none
};

// An error response: `status` and OpenAI's body
// {"error": {"message", "type", "param", "code"}}; empty param / code are null.
struct ApiError {
  int status = 400;
  std::string message;
  std::string param;
  std::string code;
  std::string type = "invalid_request_error";
};
Json ErrorBody(const ApiError& error);

enum class Endpoint { kCompletions, kChat };

// A request body that passed validation, before tokenization.
struct ParsedRequest {
  Endpoint endpoint = Endpoint::kCompletions;
  // The prompt: completions have text or ids, chat has messages.
  std::optional<std::string> prompt_text;
  std::vector<int32_t> prompt_ids;
  std::vector<ChatMessage> messages;
  std::optional<int64_t> max_tokens;  // absent: the endpoint's default
  std::string max_tokens_param;       // "max_tokens" or "max_completion_tokens"
  SamplingParams sampling;            // ModelInfo::defaults overridden by the body
  std::optional<uint64_t> seed;       // absent: a random seed
  std::vector<std::string> stop;
  std::vector<int32_t> stop_token_ids;
  bool ignore_eos = false;
  bool stream = false;
  bool include_usage = false;  // stream_options.include_usage
};

// Parses a request body; the error of malformed JSON names its position.
std::optional<ApiError> ParseJsonBody(const std::string& body, nlohmann::json* out);
// Checks every field of a /v1/completions or /v1/chat/completions body.
// Unknown fields are ignored; null counts as absent.
std::optional<ApiError> ParseRequest(const nlohmann::json& body, Endpoint endpoint,
                                     const ModelInfo& model, ParsedRequest* out);
// The prompt's token ids under the engine's one encoding policy
// (TextCodec): completions text with EncodeText, chat messages with
// EncodeChat, ids taken as they are.
// A text prompt (or chat messages' contents) longer than any `context`
// tokens can hold (TextCodec::MaxTextBytes) is refused before it is encoded.
std::optional<ApiError> EncodePrompt(const ParsedRequest& request, const TextCodec& text,
                                     int64_t context, std::vector<int32_t>* prompt);
// The Scheduler request: resolves the max_tokens default (completions: 16,
// chat: all of the context left, both capped by the context and
// ModelInfo::max_new_tokens) and the seed (`random_seed` when absent), then
// applies the engine's one admission check (CheckRequest: prompt ids,
// context length with vLLM's message, sampling, stops), naming the request's
// own field.
std::optional<ApiError> BuildEngineRequest(const ParsedRequest& request,
                                           std::vector<int32_t> prompt, const ModelInfo& model,
                                           uint64_t random_seed, Request* out);

// ---------------------------------------------------------------------------
// Responses.

// What every response object and chunk of one request shares.
struct ResponseMeta {
  Endpoint endpoint = Endpoint::kCompletions;
  std::string id;  // "cmpl-..." / "chatcmpl-..."
  int64_t created = 0;
  std::string model;
};

// "cmpl-" or "chatcmpl-" and 24 hex digits of `random`.
std::string ResponseId(Endpoint endpoint, uint64_t random_hi, uint64_t random_lo);
Json Usage(const RequestStats& stats);
// The non-streaming response: "text_completion" or "chat.completion".
Json CompletionResponse(const ResponseMeta& meta, const std::string& text, FinishReason finish,
                        const RequestStats& stats);
// One stream chunk. Completions: {"text": delta}, finish_reason when `finish`
// is set. Chat: the delta is {"role": "assistant", "content": ""} when `role`,
// {} when `finish` is set, else {"content": delta}. With include_usage every
// chunk has "usage": null.
Json StreamChunk(const ResponseMeta& meta, const std::string& delta, FinishReason finish, bool role,
                 bool include_usage);
// The chunk after the finish with include_usage: "choices": [] and the usage.
Json UsageChunk(const ResponseMeta& meta, const RequestStats& stats);
// "data: <json>\n\n".
std::string SseEvent(const Json& data);
// JSON text; invalid UTF-8 is replaced, never thrown on.
std::string Dump(const Json& j);

// ---------------------------------------------------------------------------
// Metrics.

// Counters the HTTP layer keeps besides the Scheduler's.
struct HttpCounters {
  std::map<int, int64_t> responses;  // by status code
  int64_t rejected = 0;              // generation requests answered 4xx
};
// Prometheus text exposition (format 0.0.4).
std::string FormatMetrics(const SchedulerMetrics& scheduler, const HttpCounters& http,
                          int64_t resident_bytes);

// ---------------------------------------------------------------------------
// The server.

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8000;        // 0: any free port
  int http_threads = 64;  // connections served at once; a streaming client holds one
  size_t max_body_bytes = 16 << 20;
  // Non-empty: every route but /health needs "Authorization: Bearer KEY"
  // (401 in OpenAI's error shape otherwise).
  std::string api_key;
  // > 0: a generation request that finds this many requests already waiting
  // for a slot is refused at once with 429 and Retry-After (checked before it
  // is queued, so concurrent arrivals can overshoot by the HTTP threads).
  int64_t max_queue = 0;
};

class Server {
 public:
  // Serves `model` (which needs a tokenizer) under the id `name`; its
  // scheduler must be Start()ed by the caller. `model` must outlive the Server.
  Server(ServedModel& model, std::string name, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; returns the port (the chosen one for port 0).
  Result<int> Bind();
  // Serves on the bound socket until Stop(). Blocks.
  Status Serve();
  // Thread-safe (also from another thread than Serve's). Requests in flight
  // are cancelled; Serve returns once their connections are closed.
  void Stop();
  // The /metrics text.
  std::string Metrics() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hf2hlo::server
