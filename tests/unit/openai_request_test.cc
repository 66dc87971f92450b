// The OpenAI server's pure side (src/server): request parsing and validation
// (status, param and message of every bad request), defaults from
// generation_config.json, prompt encoding, the context-length rule, the
// response and stream-chunk JSON, and the /metrics text. The HTTP side is
// tested end to end by tests/server (pytest).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "engine/model_files.h"
#include "server/server.h"
#include "test_util.h"

namespace hf2hlo::server {
namespace {

using json = nlohmann::json;

ModelInfo Info() {
  ModelInfo m;
  m.name = "tiny";
  m.context = 64;
  m.vocab = 100;
  m.defaults.temperature = 1.0;
  return m;
}

// Parses `body` (JSON text) for `endpoint`; fails the test on a parse error.
std::optional<ApiError> Parse(const std::string& body, Endpoint endpoint = Endpoint::kCompletions,
                              ParsedRequest* out = nullptr, const ModelInfo& model = Info()) {
  json j;
  auto e = ParseJsonBody(body, &j);
  EXPECT_FALSE(e.has_value()) << body << ": " << (e ? e->message : "");
  if (e) return e;
  ParsedRequest scratch;
  return ParseRequest(j, endpoint, model, out != nullptr ? out : &scratch);
}

ParsedRequest MustParse(const std::string& body, Endpoint endpoint = Endpoint::kCompletions,
                        const ModelInfo& model = Info()) {
  ParsedRequest r;
  auto e = Parse(body, endpoint, &r, model);
  EXPECT_FALSE(e.has_value()) << body << ": " << (e ? e->message : "");
  return r;
}

// A tokenizer with one token per printable ASCII character and '\n', and
// the special tokens <|im_start|> (95) and <|im_end|> (96).
Tokenizer CharTokenizer() {
  json vocab = json::object();
  for (int c = 32; c < 127; ++c) vocab[std::string(1, static_cast<char>(c))] = c - 32;
  vocab["\n"] = 97;
  json j = hf2hlo::testing::CharBpe(vocab, json::array());
  j["added_tokens"] = {hf2hlo::testing::AddedToken(95, "<|im_start|>", true),
                       hf2hlo::testing::AddedToken(96, "<|im_end|>", true)};
  auto t = Tokenizer::FromJson(j.dump());
  EXPECT_TRUE(t.ok()) << t.status().message();
  return std::move(t).value();
}

ChatFormat ChatMl() {
  ChatFormat f;
  f.chat_template =
      "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
      "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";
  return f;
}

struct BadCase {
  Endpoint endpoint;
  std::string body;
  int status;
  std::string param;    // "" = null
  std::string message;  // a substring
};

TEST(openai_request, BadRequestsNameTheField) {
  const Endpoint kC = Endpoint::kCompletions, kChat = Endpoint::kChat;
  const std::vector<BadCase> cases = {
      {kC, R"({})", 400, "prompt", "prompt is required"},
      {kC, R"({"prompt": ""})", 400, "prompt", "prompt must not be empty"},
      {kC, R"({"prompt": []})", 400, "prompt", "prompt must not be empty"},
      {kC, R"({"prompt": ["a", "b"]})", 400, "prompt", "batched prompts are not supported"},
      {kC, R"({"prompt": [[1], [2]]})", 400, "prompt", "batched prompts are not supported"},
      {kC, R"({"prompt": 5})", 400, "prompt", "prompt must be a string, a list of token ids"},
      {kC, R"({"prompt": [1, "a"]})", 400, "prompt", "list of token ids"},
      {kC, R"({"prompt": [1, -3]})", 400, "prompt", "token id -3 is outside the vocabulary"},
      {kC, R"({"prompt": "a", "model": "gpt-4"})", 404, "model",
       "The model `gpt-4` does not exist."},
      {kC, R"({"prompt": "a", "model": 3})", 400, "model", "model must be a string"},
      {kC, R"({"prompt": "a", "max_tokens": 0})", 400, "max_tokens",
       "max_tokens must be at least 1"},
      {kC, R"({"prompt": "a", "max_tokens": "9"})", 400, "max_tokens", "must be an integer"},
      {kC, R"({"prompt": "a", "max_tokens": 2.5})", 400, "max_tokens", "must be an integer"},
      {kC, R"({"prompt": "a", "temperature": 2.5})", 400, "temperature",
       "temperature must be in [0, 2], got 2.5"},
      {kC, R"({"prompt": "a", "temperature": -0.1})", 400, "temperature", "in [0, 2]"},
      {kC, R"({"prompt": "a", "temperature": "hot"})", 400, "temperature",
       "temperature must be a number, got a string"},
      {kC, R"({"prompt": "a", "top_p": 0})", 400, "top_p", "top_p must be in (0, 1], got 0"},
      {kC, R"({"prompt": "a", "top_p": 1.5})", 400, "top_p", "top_p must be in (0, 1]"},
      {kC, R"({"prompt": "a", "top_k": -2})", 400, "top_k", "top_k must be -1 or 0"},
      {kC, R"({"prompt": "a", "top_k": 1.5})", 400, "top_k", "top_k must be an integer"},
      {kC, R"({"prompt": "a", "min_p": 1.1})", 400, "min_p", "min_p must be in [0, 1]"},
      {kC, R"({"prompt": "a", "repetition_penalty": 0})", 400, "repetition_penalty", "> 0"},
      {kC, R"({"prompt": "a", "presence_penalty": 3})", 400, "presence_penalty", "[-2, 2]"},
      {kC, R"({"prompt": "a", "frequency_penalty": -2.5})", 400, "frequency_penalty", "[-2, 2]"},
      {kC, R"({"prompt": "a", "seed": 1.5})", 400, "seed", "seed must be an integer"},
      {kC, R"({"prompt": "a", "stop": 3})", 400, "stop", "stop must be a string or a list"},
      {kC, R"({"prompt": "a", "stop": ["x", 1]})", 400, "stop", "a list of strings"},
      {kC, R"({"prompt": "a", "stop": ""})", 400, "stop", "stop strings must not be empty"},
      {kC,
       R"({"prompt": "a", "stop": ["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17"]})",
       400, "stop", "at most 16"},
      {kC, R"({"prompt": "a", "stop_token_ids": [5, 100]})", 400, "stop_token_ids",
       "token id 100 is outside the vocabulary [0, 100)"},
      {kC, R"({"prompt": "a", "stop_token_ids": 5})", 400, "stop_token_ids", "list of integers"},
      {kC, R"({"prompt": "a", "ignore_eos": 1})", 400, "ignore_eos", "must be a boolean"},
      {kC, R"({"prompt": "a", "n": 2})", 400, "n", "n > 1 is not supported"},
      {kC, R"({"prompt": "a", "n": 0})", 400, "n", "n must be at least 1"},
      {kC, R"({"prompt": "a", "stream": "yes"})", 400, "stream", "stream must be a boolean"},
      {kC, R"({"prompt": "a", "stream_options": {"include_usage": true}})", 400, "stream_options",
       "only be set when stream is true"},
      {kC, R"({"prompt": "a", "stream": true, "stream_options": {"include_usage": 1}})", 400,
       "stream_options", "include_usage must be a boolean"},
      {kC, R"({"prompt": "a", "logprobs": 0})", 400, "logprobs", "logprobs is not supported"},
      {kC, R"({"prompt": "a", "echo": true})", 400, "echo", "echo is not supported"},
      {kC, R"({"prompt": "a", "suffix": "z"})", 400, "suffix", "suffix is not supported"},
      {kC, R"({"prompt": "a", "best_of": 2})", 400, "best_of", "best_of > 1 is not supported"},
      {kC, R"({"prompt": "a", "logit_bias": {"5": 10}})", 400, "logit_bias",
       "logit_bias is not supported"},
      {kChat, R"({})", 400, "messages", "messages is required"},
      {kChat, R"({"messages": []})", 400, "messages", "messages must not be empty"},
      {kChat, R"({"messages": "hi"})", 400, "messages", "must be a list"},
      {kChat, R"({"messages": [{"role": "wizard", "content": "x"}]})", 400, "messages",
       "messages[0].role must be one of system, user, assistant, tool, developer; got 'wizard'"},
      {kChat, R"({"messages": [{"content": "x"}]})", 400, "messages", "role must be a string"},
      {kChat, R"({"messages": [{"role": "user"}]})", 400, "messages",
       "messages[0].content is required"},
      {kChat, R"({"messages": [{"role": "user", "content": 3}]})", 400, "messages",
       "messages[0].content must be a string or a list"},
      {kChat, R"({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]})", 400,
       "messages", "content parts of type 'image_url' are not supported"},
      {kChat, R"({"messages": [{"role": "user", "content": "x"}], "logprobs": true})", 400,
       "logprobs", "logprobs is not supported"},
      {kChat, R"({"messages": [{"role": "user", "content": "x"}], "top_logprobs": 2})", 400,
       "top_logprobs", "top_logprobs is not supported"},
      {kChat,
       R"({"messages": [{"role": "user", "content": "x"}], "tools": [{"type": "function"}]})", 400,
       "tools", "tools is not supported"},
      {kChat,
       R"({"messages": [{"role": "user", "content": "x"}], "response_format": {"type": "json_object"}})",
       400, "response_format", "not supported"},
      {kChat, R"({"messages": [{"role": "user", "content": "x"}], "max_completion_tokens": 0})",
       400, "max_completion_tokens", "max_completion_tokens must be at least 1"},
  };
  for (const BadCase& c : cases) {
    auto e = Parse(c.body, c.endpoint);
    ASSERT_TRUE(e.has_value()) << c.body;
    EXPECT_EQ(e->status, c.status) << c.body;
    EXPECT_EQ(e->param, c.param) << c.body;
    EXPECT_NE(e->message.find(c.message), std::string::npos) << c.body << " -> " << e->message;
    EXPECT_EQ(e->type, "invalid_request_error");
    EXPECT_EQ(e->code, c.status == 404 ? "model_not_found" : "") << c.body;
  }
}

TEST(openai_request, MalformedJsonNamesThePosition) {
  json j;
  auto e = ParseJsonBody("{\"prompt\": ", &j);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->status, 400);
  EXPECT_NE(e->message.find("invalid JSON in the request body: parse error at line 1, column 12"),
            std::string::npos)
      << e->message;
  EXPECT_EQ(e->message.find("[json.exception"), std::string::npos);
  e = ParseJsonBody("[1, 2]", &j);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->message, "the request body must be a JSON object");
  EXPECT_FALSE(ParseJsonBody(R"({"prompt": "x"})", &j).has_value());
}

// A body of nested arrays is refused from a scan of its bytes: parsed, a 16
// MiB body of '[' took 530 MB of heap.
TEST(openai_request, DeeplyNestedBodyIsRefusedBeforeParsing) {
  json j;
  const std::string deep = "{\"prompt\": " + std::string(1 << 20, '[') + std::string(1 << 20, ']') + "}";
  auto e = ParseJsonBody(deep, &j);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->status, 400);
  EXPECT_NE(e->message.find("nests 1048577 levels deep (limit 64)"), std::string::npos) << e->message;
  // Brackets inside strings do not count.
  EXPECT_FALSE(ParseJsonBody("{\"prompt\": \"" + std::string(1000, '[') + "\"}", &j).has_value());
}

TEST(openai_request, ErrorBodyHasOpenAiShape) {
  ApiError e;
  e.message = "bad";
  EXPECT_EQ(json::parse(Dump(ErrorBody(e))),
            json::parse(R"({"error": {"message": "bad", "type": "invalid_request_error",
                                      "param": null, "code": null}})"));
  e.param = "model";
  e.code = "model_not_found";
  json j = json::parse(Dump(ErrorBody(e)));
  EXPECT_EQ(j["error"]["param"], "model");
  EXPECT_EQ(j["error"]["code"], "model_not_found");
}

TEST(openai_request, PromptForms) {
  ParsedRequest r = MustParse(R"({"prompt": "hello"})");
  EXPECT_EQ(r.prompt_text, "hello");
  r = MustParse(R"({"prompt": ["hello"]})");
  EXPECT_EQ(r.prompt_text, "hello");
  r = MustParse(R"({"prompt": [1, 2, 3.0]})");
  EXPECT_FALSE(r.prompt_text.has_value());
  EXPECT_EQ(r.prompt_ids, (std::vector<int32_t>{1, 2, 3}));
  r = MustParse(R"({"prompt": [[4, 5]], "model": "tiny"})");
  EXPECT_EQ(r.prompt_ids, (std::vector<int32_t>{4, 5}));
}

TEST(openai_request, AbsentAndNullFieldsTakeTheGenerationConfigDefaults) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("hf2hlo_openai_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ASSERT_TRUE(WriteFile((dir / "generation_config.json").string(),
                        R"({"eos_token_id": 2, "temperature": 0.6, "top_p": 0.9, "top_k": 40})")
                  .ok());
  auto gen = LoadGenerationConfig(dir.string());
  fs::remove_all(dir);
  ASSERT_TRUE(gen.ok()) << gen.status().message();
  ModelInfo m = Info();
  m.defaults = gen->server_defaults;

  ParsedRequest r =
      MustParse(R"({"prompt": "a", "temperature": null, "stop": null})", Endpoint::kCompletions, m);
  EXPECT_EQ(r.sampling.temperature, 0.6);
  EXPECT_EQ(r.sampling.top_p, 0.9);
  EXPECT_EQ(r.sampling.top_k, 40);
  EXPECT_EQ(r.sampling.min_p, 0.0);
  EXPECT_EQ(r.sampling.repetition_penalty, 1.0);
  EXPECT_FALSE(r.seed.has_value());
  EXPECT_FALSE(r.max_tokens.has_value());
  EXPECT_TRUE(r.stop.empty());
  EXPECT_FALSE(r.stream);

  r = MustParse(R"({"prompt": "a", "temperature": 0, "top_p": 0.5, "top_k": -1, "min_p": 0.1,
                    "repetition_penalty": 1.2, "presence_penalty": 0.5,
                    "frequency_penalty": -0.5, "seed": 42, "ignore_eos": true,
                    "max_tokens": 7, "n": 1, "best_of": 1, "logprobs": null, "echo": false,
                    "logit_bias": {}, "user": "someone", "unknown_field": [1]})",
                Endpoint::kCompletions, m);
  EXPECT_EQ(r.sampling.temperature, 0.0);
  EXPECT_EQ(r.sampling.top_p, 0.5);
  EXPECT_EQ(r.sampling.top_k, 0) << "-1 turns top-k off";
  EXPECT_EQ(r.sampling.min_p, 0.1);
  EXPECT_EQ(r.sampling.repetition_penalty, 1.2);
  EXPECT_EQ(r.sampling.presence_penalty, 0.5);
  EXPECT_EQ(r.sampling.frequency_penalty, -0.5);
  EXPECT_EQ(r.seed, 42u);
  EXPECT_TRUE(r.ignore_eos);
  EXPECT_EQ(r.max_tokens, 7);
  EXPECT_EQ(r.max_tokens_param, "max_tokens");
}

TEST(openai_request, StopAndStreamOptions) {
  ParsedRequest r = MustParse(R"({"prompt": "a", "stop": "\n\n", "stop_token_ids": [7, 8]})");
  EXPECT_EQ(r.stop, (std::vector<std::string>{"\n\n"}));
  EXPECT_EQ(r.stop_token_ids, (std::vector<int32_t>{7, 8}));
  r = MustParse(R"({"prompt": "a", "stop": ["x", "yz"], "stream": true})");
  EXPECT_EQ(r.stop, (std::vector<std::string>{"x", "yz"}));
  EXPECT_TRUE(r.stream);
  EXPECT_FALSE(r.include_usage);
  r = MustParse(R"({"prompt": "a", "stream": true, "stream_options": {"include_usage": true}})");
  EXPECT_TRUE(r.include_usage);
  r = MustParse(R"({"prompt": "a", "stream": false, "stream_options": null})");
  EXPECT_FALSE(r.stream);
}

TEST(openai_request, ChatMessagesAndMaxCompletionTokens) {
  ParsedRequest r = MustParse(
      R"({"messages": [{"role": "system", "content": "be brief"},
                       {"role": "user", "content": [{"type": "text", "text": "a"},
                                                    {"type": "text", "text": "b"}]},
                       {"role": "assistant", "content": null}],
          "max_tokens": 5, "max_completion_tokens": 9})",
      Endpoint::kChat);
  ASSERT_EQ(r.messages.size(), 3u);
  EXPECT_EQ(r.messages[0].role, "system");
  EXPECT_EQ(r.messages[0].content, "be brief");
  EXPECT_EQ(r.messages[1].content, "a\nb");
  EXPECT_EQ(r.messages[2].content, "");
  EXPECT_EQ(r.max_tokens, 9) << "max_completion_tokens wins";
  EXPECT_EQ(r.max_tokens_param, "max_completion_tokens");
  r = MustParse(R"({"messages": [{"role": "user", "content": "x"}], "max_tokens": 5})",
                Endpoint::kChat);
  EXPECT_EQ(r.max_tokens, 5);
  EXPECT_EQ(r.max_tokens_param, "max_tokens");
}

TextCodec Codec(ChatFormat format) {
  return TextCodec(std::make_unique<TextCodec::Impl>(TextCodec::Impl{CharTokenizer(), format}));
}

TEST(openai_request, EncodePrompt) {
  const Tokenizer tok = CharTokenizer();
  const TextCodec chat_ml = Codec(ChatMl()), no_template = Codec(ChatFormat());
  std::vector<int32_t> ids;
  ParsedRequest r = MustParse(R"({"prompt": "ab<|im_end|>"})");
  ASSERT_FALSE(EncodePrompt(r, chat_ml, 2048, &ids).has_value());
  EXPECT_EQ(ids, (std::vector<int32_t>{'a' - 32, 'b' - 32, 96})) << "special tokens recognised";
  r = MustParse(R"({"prompt": [3, 4]})");
  ASSERT_FALSE(EncodePrompt(r, chat_ml, 2048, &ids).has_value());
  EXPECT_EQ(ids, (std::vector<int32_t>{3, 4}));

  r = MustParse(R"({"messages": [{"role": "user", "content": "hi"}]})", Endpoint::kChat);
  ASSERT_FALSE(EncodePrompt(r, chat_ml, 2048, &ids).has_value());
  auto want = tok.Encode("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n");
  ASSERT_TRUE(want.ok());
  EXPECT_EQ(ids, *want);
  EXPECT_EQ(ids.front(), 95);
  auto e = EncodePrompt(r, no_template, 2048, &ids);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->status, 400);
  EXPECT_NE(e->message.find("no chat template"), std::string::npos);
}

// A prompt whose text is longer than any `context` tokens can hold is
// refused before it is encoded (a 15 MB prompt cost seconds of CPU before the
// context check). Here a token stands for at most 12 bytes (<|im_start|>).
TEST(openai_request, PromptTextBeyondTheContextIsRefusedUnencoded) {
  const TextCodec chat_ml = Codec(ChatMl());
  ASSERT_EQ(chat_ml.MaxTextBytes(10), 120);
  std::vector<int32_t> ids = {7};
  ParsedRequest r = MustParse(R"({"prompt": ")" + std::string(121, 'a') + R"("})");
  auto e = EncodePrompt(r, chat_ml, 10, &ids);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->status, 400);
  EXPECT_EQ(e->param, "prompt");
  EXPECT_NE(e->message.find("121 bytes of text cannot fit in the context of 10 tokens"),
            std::string::npos)
      << e->message;
  EXPECT_EQ(ids, std::vector<int32_t>{7}) << "nothing encoded";
  r = MustParse(R"({"prompt": ")" + std::string(120, 'a') + R"("})");
  EXPECT_FALSE(EncodePrompt(r, chat_ml, 10, &ids).has_value()) << "at the bound: encoded";
  r = MustParse(R"({"messages": [{"role": "user", "content": ")" + std::string(70, 'a') +
                    R"("}, {"role": "user", "content": ")" + std::string(60, 'b') + R"("}]})",
                Endpoint::kChat);
  e = EncodePrompt(r, chat_ml, 10, &ids);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "messages");
}

TEST(openai_request, ContextLengthAndMaxTokensDefaults) {
  ModelInfo m = Info();  // S = 64
  Request out;
  auto build = [&](const std::string& body, Endpoint ep, size_t prompt_len,
                   const ModelInfo& model) {
    ParsedRequest r = MustParse(body, ep, model);
    return BuildEngineRequest(r, std::vector<int32_t>(prompt_len, 1), model, 777, &out);
  };
  const std::string completion = R"({"prompt": "x"})";
  const std::string chat = R"({"messages": [{"role": "user", "content": "x"}]})";
  ASSERT_FALSE(build(completion, Endpoint::kCompletions, 10, m).has_value());
  EXPECT_EQ(out.max_tokens, 16) << "OpenAI's completions default";
  EXPECT_EQ(out.sampling.seed, 777u) << "a random seed when none is given";
  EXPECT_EQ(out.prompt.size(), 10u);
  ASSERT_FALSE(build(completion, Endpoint::kCompletions, 60, m).has_value());
  EXPECT_EQ(out.max_tokens, 4) << "the default is capped by the context";
  ASSERT_FALSE(build(chat, Endpoint::kChat, 10, m).has_value());
  EXPECT_EQ(out.max_tokens, 54) << "chat: the rest of the context";
  ModelInfo capped = m;
  capped.max_new_tokens = 20;
  ASSERT_FALSE(build(chat, Endpoint::kChat, 10, capped).has_value());
  EXPECT_EQ(out.max_tokens, 20) << "generation_config's max_new_tokens";
  ASSERT_FALSE(build(R"({"prompt": "x", "max_tokens": 54, "seed": 5, "stop": "q"})",
                     Endpoint::kCompletions, 10, m)
                   .has_value());
  EXPECT_EQ(out.max_tokens, 54) << "exactly S";
  EXPECT_EQ(out.sampling.seed, 5u);
  EXPECT_EQ(out.stop, (std::vector<std::string>{"q"}));

  auto e = build(R"({"prompt": "x", "max_tokens": 55})", Endpoint::kCompletions, 10, m);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->status, 400);
  EXPECT_EQ(e->param, "max_tokens");
  EXPECT_EQ(e->message,
            "This model's maximum context length is 64 tokens. However, you requested 65 tokens "
            "(10 in the prompt, 55 in the completion). Please reduce the length of the prompt or "
            "completion.");
  e = build(R"({"messages": [{"role": "user", "content": "x"}], "max_completion_tokens": 60})",
            Endpoint::kChat, 10, m);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "max_completion_tokens");
  EXPECT_NE(e->message.find("(10 in the messages, 60 in the completion)"), std::string::npos);
  // Regression: prompt + INT64_MAX overflowed and passed the check.
  e = build(R"({"prompt": "x", "max_tokens": 9223372036854775807})", Endpoint::kCompletions, 10, m);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "max_tokens");
  EXPECT_NE(e->message.find("you requested more than 64 tokens"), std::string::npos) << e->message;
  e = build(R"({"prompt": "x", "max_tokens": 1})", Endpoint::kCompletions, 70, m);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "prompt") << "the prompt alone is too long";
  e = build(chat, Endpoint::kChat, 64, m);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "messages");
  EXPECT_NE(e->message.find("maximum context length is 64 tokens"), std::string::npos);
  e = build(completion, Endpoint::kCompletions, 0, m);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "prompt");
  EXPECT_EQ(e->message, "prompt must not be empty");

  ParsedRequest r = MustParse(R"({"prompt": [1, 100]})");
  e = BuildEngineRequest(r, r.prompt_ids, m, 0, &out);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->param, "prompt");
  EXPECT_EQ(e->message, "prompt token id 100 is outside the vocabulary [0, 100)");
}

TEST(openai_response, CompletionAndChatObjects) {
  RequestStats stats;
  stats.prompt_tokens = 5;
  stats.completion_tokens = 3;
  ResponseMeta meta{Endpoint::kCompletions, "cmpl-abc", 1700000000, "tiny"};
  EXPECT_EQ(json::parse(Dump(CompletionResponse(meta, "Hi!", FinishReason::kStop, stats))),
            json::parse(R"({"id": "cmpl-abc", "object": "text_completion", "created": 1700000000,
                "model": "tiny", "choices": [{"index": 0, "text": "Hi!", "logprobs": null,
                "finish_reason": "stop"}], "usage": {"prompt_tokens": 5,
                "completion_tokens": 3, "total_tokens": 8}})"));
  meta = {Endpoint::kChat, "chatcmpl-abc", 1700000000, "tiny"};
  EXPECT_EQ(json::parse(Dump(CompletionResponse(meta, "Hi!", FinishReason::kLength, stats))),
            json::parse(R"({"id": "chatcmpl-abc", "object": "chat.completion",
                "created": 1700000000, "model": "tiny", "choices": [{"index": 0,
                "message": {"role": "assistant", "content": "Hi!"}, "logprobs": null,
                "finish_reason": "length"}], "usage": {"prompt_tokens": 5,
                "completion_tokens": 3, "total_tokens": 8}})"));
  // Key order as OpenAI writes it.
  EXPECT_EQ(Dump(CompletionResponse(meta, "", FinishReason::kStop, stats)).rfind(R"({"id":)", 0),
            0u);
}

TEST(openai_response, StreamChunks) {
  RequestStats stats;
  stats.prompt_tokens = 2;
  stats.completion_tokens = 4;
  ResponseMeta meta{Endpoint::kCompletions, "cmpl-1", 7, "tiny"};
  json c = json::parse(Dump(StreamChunk(meta, "ab", FinishReason::kNone, false, false)));
  EXPECT_EQ(c, json::parse(R"({"id": "cmpl-1", "object": "text_completion", "created": 7,
      "model": "tiny", "choices": [{"index": 0, "text": "ab", "logprobs": null,
      "finish_reason": null}]})"));
  c = json::parse(Dump(StreamChunk(meta, "c", FinishReason::kLength, false, true)));
  EXPECT_EQ(c["choices"][0]["text"], "c");
  EXPECT_EQ(c["choices"][0]["finish_reason"], "length");
  ASSERT_TRUE(c.contains("usage"));
  EXPECT_TRUE(c["usage"].is_null());

  meta = {Endpoint::kChat, "chatcmpl-1", 7, "tiny"};
  c = json::parse(Dump(StreamChunk(meta, "", FinishReason::kNone, true, false)));
  EXPECT_EQ(c["object"], "chat.completion.chunk");
  EXPECT_EQ(c["choices"][0]["delta"], json::parse(R"({"role": "assistant", "content": ""})"));
  EXPECT_TRUE(c["choices"][0]["finish_reason"].is_null());
  EXPECT_FALSE(c.contains("usage"));
  c = json::parse(Dump(StreamChunk(meta, "hey", FinishReason::kNone, false, false)));
  EXPECT_EQ(c["choices"][0]["delta"], json::parse(R"({"content": "hey"})"));
  c = json::parse(Dump(StreamChunk(meta, "", FinishReason::kStop, false, false)));
  EXPECT_EQ(c["choices"][0]["delta"], json::object());
  EXPECT_EQ(c["choices"][0]["finish_reason"], "stop");

  c = json::parse(Dump(UsageChunk(meta, stats)));
  EXPECT_EQ(c, json::parse(R"({"id": "chatcmpl-1", "object": "chat.completion.chunk",
      "created": 7, "model": "tiny", "choices": [], "usage": {"prompt_tokens": 2,
      "completion_tokens": 4, "total_tokens": 6}})"));

  EXPECT_EQ(SseEvent(Json{{"a", 1}}), "data: {\"a\":1}\n\n");
  EXPECT_EQ(Dump(Json("\xff")), "\"\xef\xbf\xbd\"") << "invalid UTF-8 never throws";
}

TEST(openai_response, Ids) {
  const std::string c = ResponseId(Endpoint::kCompletions, 0x1234, 0xabcdef);
  EXPECT_EQ(c, "cmpl-000012340000000000abcdef");
  EXPECT_EQ(ResponseId(Endpoint::kChat, ~0ull, ~0ull), "chatcmpl-" + std::string(24, 'f'));
}

TEST(openai_metrics, PrometheusText) {
  SchedulerMetrics m;
  m.requests_finished[static_cast<int>(FinishReason::kStop)] = 3;
  m.requests_finished[static_cast<int>(FinishReason::kLength)] = 1;
  m.generation_tokens = 40;
  m.slots = 4;
  m.decode_steps = 10;
  m.decode_seconds = 0.125;
  for (int i = 0; i < 8; ++i) m.decode_step_buckets[i] = i < 2 ? 6 : 10;
  HttpCounters http;
  http.responses[200] = 4;
  http.responses[400] = 2;
  http.rejected = 2;
  const std::string text = FormatMetrics(m, http, 123456);
  for (const char* line : {
           "# TYPE hf2hlo_requests_total counter\n",
           "hf2hlo_requests_total{finish_reason=\"stop\"} 3\n",
           "hf2hlo_requests_total{finish_reason=\"length\"} 1\n",
           "hf2hlo_requests_total{finish_reason=\"cancelled\"} 0\n",
           "hf2hlo_requests_total{finish_reason=\"error\"} 0\n",
           "hf2hlo_requests_rejected_total 2\n",
           "hf2hlo_http_responses_total{code=\"200\"} 4\n",
           "hf2hlo_http_responses_total{code=\"400\"} 2\n",
           "hf2hlo_generation_tokens_total 40\n",
           "# TYPE hf2hlo_slots gauge\n",
           "hf2hlo_slots 4\n",
           "# TYPE hf2hlo_decode_step_seconds histogram\n",
           "hf2hlo_decode_step_seconds_bucket{le=\"0.005\"} 6\n",
           "hf2hlo_decode_step_seconds_bucket{le=\"1\"} 10\n",
           "hf2hlo_decode_step_seconds_bucket{le=\"+Inf\"} 10\n",
           "hf2hlo_decode_step_seconds_sum 0.125\n",
           "hf2hlo_decode_step_seconds_count 10\n",
           "hf2hlo_prefill_chunks_total 0\n",
           "hf2hlo_resident_memory_bytes 123456\n",
       }) {
    EXPECT_NE(text.find(line), std::string::npos) << line;
  }
  // Every sample line follows its HELP and TYPE lines.
  EXPECT_LT(text.find("# HELP hf2hlo_queue_depth"), text.find("hf2hlo_queue_depth 0"));
}

}  // namespace
}  // namespace hf2hlo::server
