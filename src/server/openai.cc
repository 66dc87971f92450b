// OpenAI request parsing and validation, and the response JSON. Pure
// functions of their arguments (see server.h); the rules follow vLLM's
// OpenAI-compatible server where OpenAI leaves a choice open.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <limits>

#include "server/server.h"

namespace hf2hlo::server {
namespace {

using json = nlohmann::json;

ApiError Bad(std::string message, std::string param = "") {
  ApiError e;
  e.message = std::move(message);
  e.param = std::move(param);
  return e;
}

const char* TypeName(const json& v) {
  if (v.is_boolean()) return "a boolean";
  if (v.is_number()) return "a number";
  if (v.is_string()) return "a string";
  if (v.is_array()) return "a list";
  if (v.is_object()) return "an object";
  return "null";
}

// The field `key` of `body`, or null when absent or JSON null.
const json* Field(const json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return nullptr;
  return &*it;
}

// An integer, also written as an integral float (16.0) as pydantic accepts.
bool AsInt(const json& v, int64_t* out) {
  if (v.is_number_unsigned()) {
    uint64_t u = v.get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return false;
    *out = static_cast<int64_t>(u);
    return true;
  }
  if (v.is_number_integer()) {
    *out = v.get<int64_t>();
    return true;
  }
  if (v.is_number_float()) {
    double d = v.get<double>();
    if (!(std::floor(d) == d) || !(std::fabs(d) < 9.2e18)) return false;
    *out = static_cast<int64_t>(d);
    return true;
  }
  return false;
}

std::optional<ApiError> GetInt(const json& body, const char* key, std::optional<int64_t>* out) {
  const json* v = Field(body, key);
  if (v == nullptr) return std::nullopt;
  int64_t x = 0;
  if (!AsInt(*v, &x)) return Bad(StrCat(key, " must be an integer, got ", v->dump()), key);
  *out = x;
  return std::nullopt;
}

std::optional<ApiError> GetNumber(const json& body, const char* key, double* out) {
  const json* v = Field(body, key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_number()) return Bad(StrCat(key, " must be a number, got ", TypeName(*v)), key);
  *out = v->get<double>();
  return std::nullopt;
}

std::optional<ApiError> GetBool(const json& body, const char* key, bool* out) {
  const json* v = Field(body, key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_boolean()) return Bad(StrCat(key, " must be a boolean, got ", TypeName(*v)), key);
  *out = v->get<bool>();
  return std::nullopt;
}

// A number field that must lie in [lo, hi] (or (lo, hi] when !lo_closed).
std::optional<ApiError> GetRanged(const json& body, const char* key, double lo, bool lo_closed,
                                  double hi, double* out) {
  double x = *out;
  if (auto e = GetNumber(body, key, &x)) return e;
  if (Field(body, key) == nullptr) return std::nullopt;
  const bool ok = std::isfinite(x) && (lo_closed ? x >= lo : x > lo) && x <= hi;
  if (!ok) {
    return Bad(StrCat(key, " must be in ", lo_closed ? "[" : "(", lo, ", ", hi, "], got ", x), key);
  }
  *out = x;
  return std::nullopt;
}

// Fields this server does not implement: an error when they ask for anything.
std::optional<ApiError> CheckUnsupported(const json& body, Endpoint endpoint) {
  auto unsupported = [](const std::string& what, const char* param) {
    return Bad(what + " is not supported", param);
  };
  if (const json* v = Field(body, "logprobs")) {
    // Chat: a boolean; completions: a count, where even 0 asks for logprobs.
    if (endpoint == Endpoint::kCompletions || !(v->is_boolean() && !v->get<bool>())) {
      return unsupported("logprobs", "logprobs");
    }
  }
  if (const json* v = Field(body, "top_logprobs")) {
    if (!(v->is_number() && v->get<double>() == 0))
      return unsupported("top_logprobs", "top_logprobs");
  }
  if (const json* v = Field(body, "echo")) {
    if (!(v->is_boolean() && !v->get<bool>())) return unsupported("echo", "echo");
  }
  if (const json* v = Field(body, "suffix")) {
    if (!(v->is_string() && v->get<std::string>().empty())) return unsupported("suffix", "suffix");
  }
  if (const json* v = Field(body, "best_of")) {
    int64_t n = 0;
    if (!AsInt(*v, &n))
      return Bad(StrCat("best_of must be an integer, got ", v->dump()), "best_of");
    if (n > 1) return unsupported("best_of > 1", "best_of");
    if (n < 1) return Bad(StrCat("best_of must be at least 1, got ", n), "best_of");
  }
  if (const json* v = Field(body, "logit_bias")) {
    if (!(v->is_object() && v->empty())) return unsupported("logit_bias", "logit_bias");
  }
  for (const char* key : {"tools", "functions"}) {
    if (const json* v = Field(body, key)) {
      if (!(v->is_array() && v->empty())) return unsupported(key, key);
    }
  }
  if (const json* v = Field(body, "response_format")) {
    const json* type = v->is_object() ? Field(*v, "type") : nullptr;
    if (!(type != nullptr && *type == "text")) {
      return unsupported("response_format other than {\"type\": \"text\"}", "response_format");
    }
  }
  return std::nullopt;
}

std::optional<ApiError> ParseStop(const json& body, const ModelInfo& model, ParsedRequest* out) {
  if (const json* v = Field(body, "stop")) {
    std::vector<std::string> stop;
    if (v->is_string()) {
      stop.push_back(v->get<std::string>());
    } else if (v->is_array()) {
      for (const json& s : *v) {
        if (!s.is_string()) return Bad("stop must be a string or a list of strings", "stop");
        stop.push_back(s.get<std::string>());
      }
    } else {
      return Bad(StrCat("stop must be a string or a list of strings, got ", TypeName(*v)), "stop");
    }
    if (stop.size() > 16) return Bad("stop may hold at most 16 strings", "stop");
    for (const std::string& s : stop) {
      if (s.empty()) return Bad("stop strings must not be empty", "stop");
    }
    out->stop = std::move(stop);
  }
  if (const json* v = Field(body, "stop_token_ids")) {
    if (!v->is_array()) return Bad("stop_token_ids must be a list of integers", "stop_token_ids");
    for (const json& t : *v) {
      int64_t id = 0;
      if (!AsInt(t, &id)) return Bad("stop_token_ids must be a list of integers", "stop_token_ids");
      if (id < 0 || id >= model.vocab) {
        return Bad(StrCat("stop_token_ids: token id ", id, " is outside the vocabulary [0, ",
                          model.vocab, ")"),
                   "stop_token_ids");
      }
      out->stop_token_ids.push_back(static_cast<int32_t>(id));
    }
  }
  return std::nullopt;
}

std::optional<ApiError> ParseSampling(const json& body, const ModelInfo& model,
                                      ParsedRequest* out) {
  SamplingParams& p = out->sampling;
  p = model.defaults;
  if (auto e = GetRanged(body, "temperature", 0, true, 2, &p.temperature)) return e;
  if (auto e = GetRanged(body, "top_p", 0, false, 1, &p.top_p)) return e;
  if (auto e = GetRanged(body, "min_p", 0, true, 1, &p.min_p)) return e;
  if (auto e = GetRanged(body, "presence_penalty", -2, true, 2, &p.presence_penalty)) return e;
  if (auto e = GetRanged(body, "frequency_penalty", -2, true, 2, &p.frequency_penalty)) return e;
  if (auto e = GetNumber(body, "repetition_penalty", &p.repetition_penalty)) return e;
  if (!(p.repetition_penalty > 0) || !std::isfinite(p.repetition_penalty)) {
    return Bad(StrCat("repetition_penalty must be > 0, got ", p.repetition_penalty),
               "repetition_penalty");
  }
  std::optional<int64_t> top_k;
  if (auto e = GetInt(body, "top_k", &top_k)) return e;
  if (top_k) {
    if (*top_k < -1) {
      return Bad(StrCat("top_k must be -1 or 0 (off) or at least 1, got ", *top_k), "top_k");
    }
    p.top_k = *top_k < 0 ? 0 : *top_k;
  }
  if (const json* v = Field(body, "seed")) {
    if (v->is_number_unsigned()) {
      out->seed = v->get<uint64_t>();
    } else if (v->is_number_integer()) {
      out->seed = static_cast<uint64_t>(v->get<int64_t>());
    } else {
      return Bad(StrCat("seed must be an integer, got ", v->dump()), "seed");
    }
  }
  return std::nullopt;
}

std::optional<ApiError> ParseCompletionPrompt(const json& body, ParsedRequest* out) {
  const json* v = Field(body, "prompt");
  if (v == nullptr) return Bad("prompt is required", "prompt");
  const char* kType = "prompt must be a string, a list of token ids, or a list of one of these";
  json prompt = *v;
  if (prompt.is_array() && !prompt.empty() && (prompt[0].is_string() || prompt[0].is_array())) {
    if (prompt.size() > 1) return Bad("batched prompts are not supported", "prompt");
    prompt = json(prompt[0]);
  }
  if (prompt.is_string()) {
    out->prompt_text = prompt.get<std::string>();
    if (out->prompt_text->empty()) return Bad("prompt must not be empty", "prompt");
    return std::nullopt;
  }
  if (!prompt.is_array()) return Bad(kType, "prompt");
  if (prompt.empty()) return Bad("prompt must not be empty", "prompt");
  for (const json& t : prompt) {
    int64_t id = 0;
    if (!AsInt(t, &id)) return Bad(kType, "prompt");
    if (id < 0 || id > std::numeric_limits<int32_t>::max()) {
      return Bad(StrCat("prompt token id ", id, " is outside the vocabulary"), "prompt");
    }
    out->prompt_ids.push_back(static_cast<int32_t>(id));
  }
  return std::nullopt;
}

std::optional<ApiError> ParseMessages(const json& body, ParsedRequest* out) {
  const json* v = Field(body, "messages");
  if (v == nullptr) return Bad("messages is required", "messages");
  if (!v->is_array()) return Bad("messages must be a list of message objects", "messages");
  if (v->empty()) return Bad("messages must not be empty", "messages");
  for (size_t i = 0; i < v->size(); ++i) {
    const json& m = (*v)[i];
    const std::string at = StrCat("messages[", i, "]");
    if (!m.is_object()) return Bad(at + " must be an object", "messages");
    const json* role = Field(m, "role");
    if (role == nullptr || !role->is_string())
      return Bad(at + ".role must be a string", "messages");
    const std::string r = role->get<std::string>();
    if (r != "system" && r != "user" && r != "assistant" && r != "tool" && r != "developer") {
      return Bad(StrCat(at, ".role must be one of system, user, assistant, tool, developer; got '",
                        r, "'"),
                 "messages");
    }
    ChatMessage message{r, ""};
    const json* content = Field(m, "content");
    if (content == nullptr) {
      // Only an assistant turn (one that made tool calls) may have no content.
      if (r != "assistant") return Bad(at + ".content is required", "messages");
    } else if (content->is_string()) {
      message.content = content->get<std::string>();
    } else if (content->is_array()) {
      // Text parts, joined with newlines as vLLM does.
      for (size_t k = 0; k < content->size(); ++k) {
        const json& part = (*content)[k];
        const std::string pat = StrCat(at, ".content[", k, "]");
        const json* type = part.is_object() ? Field(part, "type") : nullptr;
        if (type == nullptr || !type->is_string()) {
          return Bad(pat + " must be an object with a string 'type'", "messages");
        }
        if (*type != "text") {
          return Bad(StrCat("content parts of type '", type->get<std::string>(),
                            "' are not supported (", pat, ")"),
                     "messages");
        }
        const json* text = Field(part, "text");
        if (text == nullptr || !text->is_string()) {
          return Bad(pat + ".text must be a string", "messages");
        }
        if (k > 0) message.content += "\n";
        message.content += text->get<std::string>();
      }
    } else {
      return Bad(at + ".content must be a string or a list of content parts", "messages");
    }
    out->messages.push_back(std::move(message));
  }
  return std::nullopt;
}

}  // namespace

Json ErrorBody(const ApiError& error) {
  Json e;
  e["message"] = error.message;
  e["type"] = error.type;
  e["param"] = error.param.empty() ? Json(nullptr) : Json(error.param);
  e["code"] = error.code.empty() ? Json(nullptr) : Json(error.code);
  return Json{{"error", e}};
}

std::optional<ApiError> ParseJsonBody(const std::string& body, nlohmann::json* out) {
  // A request nests about 5 levels (messages, content parts, tool schemas
  // a few more).
  constexpr int64_t kMaxDepth = 64;
  if (const int64_t depth = JsonNestingDepth(body); depth > kMaxDepth) {
    return Bad(StrCat("the request body's JSON nests ", depth, " levels deep (limit ", kMaxDepth,
                      ")"));
  }
  try {
    *out = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception& e) {
    std::string what = e.what();  // "[json.exception.parse_error.101] parse error at ..."
    if (size_t close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != what.npos)
      what = what.substr(close + 2);
    return Bad("invalid JSON in the request body: " + what);
  }
  if (!out->is_object()) return Bad("the request body must be a JSON object");
  return std::nullopt;
}

std::optional<ApiError> ParseRequest(const nlohmann::json& body, Endpoint endpoint,
                                     const ModelInfo& model, ParsedRequest* out) {
  *out = ParsedRequest();
  out->endpoint = endpoint;
  if (!body.is_object()) return Bad("the request body must be a JSON object");
  if (const json* v = Field(body, "model")) {
    if (!v->is_string()) return Bad("model must be a string", "model");
    if (v->get<std::string>() != model.name) {
      ApiError e = Bad(StrCat("The model `", v->get<std::string>(), "` does not exist."), "model");
      e.status = 404;
      e.code = "model_not_found";
      return e;
    }
  }
  if (auto e = CheckUnsupported(body, endpoint)) return e;
  if (auto e = endpoint == Endpoint::kChat ? ParseMessages(body, out)
                                           : ParseCompletionPrompt(body, out)) {
    return e;
  }
  // max_tokens; chat also takes OpenAI's newer max_completion_tokens first.
  for (const char* key : {"max_completion_tokens", "max_tokens"}) {
    if (endpoint == Endpoint::kCompletions && std::string(key) != "max_tokens") continue;
    if (auto e = GetInt(body, key, &out->max_tokens)) return e;
    if (out->max_tokens) {
      out->max_tokens_param = key;
      if (*out->max_tokens < 1) {
        return Bad(StrCat(key, " must be at least 1, got ", *out->max_tokens), key);
      }
      break;
    }
  }
  std::optional<int64_t> n;
  if (auto e = GetInt(body, "n", &n)) return e;
  if (n && *n < 1) return Bad(StrCat("n must be at least 1, got ", *n), "n");
  if (n && *n > 1) return Bad("n > 1 is not supported", "n");
  if (auto e = ParseSampling(body, model, out)) return e;
  if (auto e = ParseStop(body, model, out)) return e;
  if (auto e = GetBool(body, "ignore_eos", &out->ignore_eos)) return e;
  if (auto e = GetBool(body, "stream", &out->stream)) return e;
  if (const json* v = Field(body, "stream_options")) {
    if (!v->is_object()) return Bad("stream_options must be an object", "stream_options");
    if (!out->stream) {
      return Bad("stream_options can only be set when stream is true", "stream_options");
    }
    if (const json* u = Field(*v, "include_usage")) {
      if (!u->is_boolean()) {
        return Bad("stream_options.include_usage must be a boolean", "stream_options");
      }
      out->include_usage = u->get<bool>();
    }
  }
  return std::nullopt;
}

ModelInfo ModelInfo::Of(const ServedModel& model, std::string name) {
  ModelInfo info;
  info.name = std::move(name);
  info.context = model.summary().context;
  info.vocab = model.summary().vocab;
  info.defaults = model.generation().server_defaults;
  info.max_new_tokens = model.generation().max_new_tokens;
  return info;
}

std::optional<ApiError> EncodePrompt(const ParsedRequest& request, const TextCodec& text,
                                     int64_t context, std::vector<int32_t>* prompt) {
  const bool chat = request.endpoint == Endpoint::kChat;
  if (std::optional<int64_t> most = text.MaxTextBytes(context)) {
    size_t bytes = 0;
    if (chat) {
      for (const ChatMessage& m : request.messages) bytes += m.content.size();
    } else if (request.prompt_text) {
      bytes = request.prompt_text->size();
    }
    if (bytes > static_cast<size_t>(*most)) {
      return Bad(StrCat("the prompt's ", bytes, " bytes of text cannot fit in the context of ",
                        context, " tokens (at most ", *most, " bytes encode to that many)"),
                 chat ? "messages" : "prompt");
    }
  }
  if (chat) {
    if (!text.has_chat_template()) {
      return Bad("this model has no chat template; use /v1/completions", "messages");
    }
    auto ids = text.EncodeChat(request.messages, /*add_generation_prompt=*/true);
    if (!ids.ok())
      return Bad("cannot apply the chat template: " + ids.status().message(), "messages");
    *prompt = std::move(ids).value();
    return std::nullopt;
  }
  if (!request.prompt_text) {
    *prompt = request.prompt_ids;
    return std::nullopt;
  }
  auto ids = text.EncodeText(*request.prompt_text);
  if (!ids.ok()) return Bad("cannot encode the prompt: " + ids.status().message(), "prompt");
  *prompt = std::move(ids).value();
  return std::nullopt;
}

std::optional<ApiError> BuildEngineRequest(const ParsedRequest& request,
                                           std::vector<int32_t> prompt, const ModelInfo& model,
                                           uint64_t random_seed, Request* out) {
  const bool chat = request.endpoint == Endpoint::kChat;
  const char* prompt_param = chat ? "messages" : "prompt";
  const auto p = static_cast<int64_t>(prompt.size());
  const int64_t s = model.context;
  int64_t max_tokens = 0;
  if (request.max_tokens) {
    max_tokens = *request.max_tokens;
  } else {
    // At least 1, so that a prompt that fills the context fails the one check.
    max_tokens = std::max<int64_t>(1, chat ? s - p : std::min<int64_t>(16, s - p));
    if (model.max_new_tokens > 0) max_tokens = std::min(max_tokens, model.max_new_tokens);
  }
  *out = Request();
  out->prompt = std::move(prompt);
  out->max_tokens = max_tokens;
  out->sampling = request.sampling;
  out->sampling.seed = request.seed ? *request.seed : random_seed;
  out->stop = request.stop;
  out->stop_token_ids = request.stop_token_ids;
  out->ignore_eos = request.ignore_eos;
  auto problem = CheckRequest(*out, s, model.vocab, /*has_tokenizer=*/true, prompt_param);
  if (!problem) return std::nullopt;
  std::string param = problem->field;
  if (param == "prompt") param = prompt_param;
  if (param == "max_tokens" && request.max_tokens) param = request.max_tokens_param;
  return Bad(problem->message, param);
}

std::string ResponseId(Endpoint endpoint, uint64_t random_hi, uint64_t random_lo) {
  char hex[32];
  std::snprintf(hex, sizeof(hex), "%08" PRIx32 "%016" PRIx64, static_cast<uint32_t>(random_hi),
                random_lo);
  return (endpoint == Endpoint::kChat ? "chatcmpl-" : "cmpl-") + std::string(hex);
}

Json Usage(const RequestStats& stats) {
  return Json{{"prompt_tokens", stats.prompt_tokens},
              {"completion_tokens", stats.completion_tokens},
              {"total_tokens", stats.prompt_tokens + stats.completion_tokens}};
}

namespace {

Json FinishJson(FinishReason finish) {
  if (finish == FinishReason::kNone) return Json(nullptr);
  return Json(FinishReasonName(finish));
}

Json Head(const ResponseMeta& meta, const char* object) {
  return Json{
      {"id", meta.id}, {"object", object}, {"created", meta.created}, {"model", meta.model}};
}

}  // namespace

Json CompletionResponse(const ResponseMeta& meta, const std::string& text, FinishReason finish,
                        const RequestStats& stats) {
  const bool chat = meta.endpoint == Endpoint::kChat;
  Json j = Head(meta, chat ? "chat.completion" : "text_completion");
  Json choice{{"index", 0}};
  if (chat) {
    choice["message"] = Json{{"role", "assistant"}, {"content", text}};
  } else {
    choice["text"] = text;
  }
  choice["logprobs"] = nullptr;
  choice["finish_reason"] = FinishJson(finish);
  j["choices"] = Json::array({choice});
  j["usage"] = Usage(stats);
  return j;
}

Json StreamChunk(const ResponseMeta& meta, const std::string& delta, FinishReason finish, bool role,
                 bool include_usage) {
  const bool chat = meta.endpoint == Endpoint::kChat;
  Json j = Head(meta, chat ? "chat.completion.chunk" : "text_completion");
  Json choice{{"index", 0}};
  if (chat) {
    if (role) {
      choice["delta"] = Json{{"role", "assistant"}, {"content", ""}};
    } else if (finish != FinishReason::kNone) {
      choice["delta"] = Json::object();
    } else {
      choice["delta"] = Json{{"content", delta}};
    }
  } else {
    choice["text"] = delta;
  }
  choice["logprobs"] = nullptr;
  choice["finish_reason"] = FinishJson(finish);
  j["choices"] = Json::array({choice});
  if (include_usage) j["usage"] = nullptr;
  return j;
}

Json UsageChunk(const ResponseMeta& meta, const RequestStats& stats) {
  Json j =
      Head(meta, meta.endpoint == Endpoint::kChat ? "chat.completion.chunk" : "text_completion");
  j["choices"] = Json::array();
  j["usage"] = Usage(stats);
  return j;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string SseEvent(const Json& data) { return "data: " + Dump(data) + "\n\n"; }

}  // namespace hf2hlo::server
