"""Bad requests to the tiny server each get their 4xx with an OpenAI-style
error body ({"error": {"message", "type", "param", "code"}}), are counted in
/metrics, and leave the server answering good requests exactly as before."""
from __future__ import annotations

import json
import re

import pytest

from serverlib import TINY_MODEL_NAME, TINY_VOCAB

M = TINY_MODEL_NAME
COMP = "/v1/completions"
CHAT = "/v1/chat/completions"
MSGS = [{"role": "user", "content": "hi"}]


def comp(**kw):
    return json.dumps({"model": M, "prompt": "hello there", "max_tokens": 4, **kw})


def chat(**kw):
    return json.dumps({"model": M, "messages": MSGS, "max_tokens": 4, **kw})


def without(body: str, key: str) -> str:
    j = json.loads(body)
    del j[key]
    return json.dumps(j)


# (id, path, raw body, status, error.code or None when not checked, substring of the message or None)
CASES = [
    ("malformed-json", COMP, '{"model": "tiny-llama", "prompt": ', 400, None, None),
    ("malformed-json-chat", CHAT, '{"model": "tiny-llama", "messages": [}', 400, None, None),
    ("empty-body", COMP, "", 400, None, None),
    ("body-array", COMP, "[1, 2, 3]", 400, None, None),
    ("body-string", CHAT, '"hello"', 400, None, None),
    ("max-tokens-string", COMP, comp(max_tokens="ten"), 400, None, None),
    ("max-tokens-float", COMP, comp(max_tokens=2.5), 400, None, None),
    ("temperature-string", CHAT, chat(temperature="hot"), 400, None, None),
    ("messages-not-list", CHAT, chat(messages="hi"), 400, None, None),
    ("messages-missing", CHAT, without(chat(), "messages"), 400, None, None),
    ("message-without-content", CHAT, chat(messages=[{"role": "user"}]), 400, None, None),
    ("prompt-missing", COMP, without(comp(), "prompt"), 400, None, None),
    ("prompt-number", COMP, comp(prompt=5), 400, None, None),
    ("stop-number", COMP, comp(stop=5), 400, None, None),
    ("stop-number-chat", CHAT, chat(stop=5), 400, None, None),
    ("temperature-negative", COMP, comp(temperature=-1), 400, None, None),
    ("top-p-zero", COMP, comp(top_p=0), 400, None, None),
    ("top-p-above-1", CHAT, chat(top_p=1.5), 400, None, None),
    ("max-tokens-zero", COMP, comp(max_tokens=0), 400, None, None),
    ("max-tokens-negative", CHAT, chat(max_tokens=-5), 400, None, None),
    ("n-2", COMP, comp(n=2), 400, None, None),
    ("n-2-chat", CHAT, chat(n=2), 400, None, None),
    ("presence-penalty-3", COMP, comp(presence_penalty=3), 400, None, None),
    ("frequency-penalty--3", CHAT, chat(frequency_penalty=-3), 400, None, None),
    ("repetition-penalty-0", COMP, comp(repetition_penalty=0), 400, None, None),
    ("min-p-above-1", COMP, comp(min_p=1.5), 400, None, None),
    ("unknown-model", COMP, comp(model="gpt-4"), 404, "model_not_found", None),
    ("unknown-model-chat", CHAT, chat(model="gpt-4"), 404, "model_not_found", None),
    ("max-tokens-int64-max", COMP, comp(max_tokens=2**63 - 1), 400, None, "maximum context length"),
    ("too-long", COMP, comp(prompt=list(range(100, 300)), max_tokens=100), 400, None, "maximum context length"),
    ("too-long-prompt", COMP, comp(prompt=list(range(100, 400)), max_tokens=1), 400, None,
     "maximum context length"),
    ("too-long-chat", CHAT, chat(messages=[{"role": "user", "content": "hello " * 300}]), 400, None,
     "maximum context length"),
    ("empty-prompt", COMP, comp(prompt=""), 400, None, None),
    ("empty-token-list", COMP, comp(prompt=[]), 400, None, None),
    ("token-id-vocab", COMP, comp(prompt=[100, TINY_VOCAB]), 400, None, None),
    ("token-id-negative", COMP, comp(prompt=[100, -1]), 400, None, None),
    ("two-prompts", COMP, comp(prompt=["a", "b"]), 400, None, None),
    ("logprobs", COMP, comp(logprobs=1), 400, None, None),
    ("logprobs-chat", CHAT, chat(logprobs=True), 400, None, None),
    ("echo", COMP, comp(echo=True), 400, None, None),
    ("suffix", COMP, comp(suffix="end"), 400, None, None),
    ("best-of-2", COMP, comp(best_of=2), 400, None, None),
    ("logit-bias", CHAT, chat(logit_bias={"100": 5}), 400, None, None),
    ("tools", CHAT, chat(tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}]), 400,
     None, None),
]

GOOD = {"model": M, "prompt": [100, 200, 300, 400], "max_tokens": 12, "temperature": 0, "ignore_eos": True}


def _check_error_body(r, status, code=None, contains=None, openai_type=True):
    assert r.status_code == status, f"status {r.status_code} (want {status}): {r.text[:500]}"
    assert r.headers.get("content-type", "").startswith("application/json"), r.headers
    j = r.json()
    assert isinstance(j, dict) and isinstance(j.get("error"), dict), j
    e = j["error"]
    assert isinstance(e.get("message"), str) and e["message"].strip(), j
    assert "param" in e and "code" in e, f"error body lacks param/code: {j}"
    if openai_type:
        assert e.get("type") == "invalid_request_error", j
    if code is not None:
        assert e["code"] == code, j
    if contains is not None:
        assert contains in e["message"], j


@pytest.fixture(scope="module")
def good_text(tiny_server):
    r = tiny_server.post(COMP, GOOD)
    assert r.status_code == 200, r.text
    return r.json()["choices"][0]["text"]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_request(tiny_server, good_text, case):
    _, path, body, status, code, contains = case
    with tiny_server.client() as c:
        r = c.post(path, content=body.encode(), headers={"content-type": "application/json"})
    _check_error_body(r, status, code, contains)


def test_bad_stream_request_is_not_a_stream(tiny_server):
    # A bad streaming request gets a plain JSON error, not an event stream.
    body = json.loads(comp(temperature=-1))
    body["stream"] = True
    r = tiny_server.post(COMP, body)
    _check_error_body(r, 400)


def test_prompt_text_beyond_the_context_is_refused_before_encoding(tiny_server):
    # 4 MB of text cannot encode to the tiny model's context: refused from
    # its byte count (TextCodec::MaxTextBytes), without tokenizing it.
    for path, body in ((COMP, {"prompt": "ab " * 1_400_000, "max_tokens": 1}),
                       (CHAT, {"messages": [{"role": "user", "content": "ab " * 1_400_000}]})):
        r = tiny_server.post(path, body)
        _check_error_body(r, 400, contains="cannot fit in the context")
        assert r.json()["error"]["param"] == ("prompt" if path == COMP else "messages"), r.text


_GOOD_SMALL = b'{"prompt": "hi", "max_tokens": 1}'


def _raw_status(server, request: bytes) -> tuple[int, dict]:
    """Sends raw bytes, returns the first response's status and JSON body."""
    import socket
    with socket.create_connection((server.host, server.port), timeout=60) as s:
        s.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            assert chunk, data
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
        while len(rest) < length:
            chunk = s.recv(65536)
            assert chunk, data
            rest += chunk
    return int(head.split(b" ")[1]), json.loads(rest[:length])


@pytest.mark.parametrize("name,request_bytes,status", [
    # A compressed body is refused before it is read: httplib inflated gzip
    # without a limit (a 3 MB body became 3 GiB).
    ("gzip", b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             b"Content-Encoding: gzip\r\nContent-Length: 10\r\n\r\n0123456789", 415),
    # RFC 9112: conflicting framing is a 400 (request smuggling behind proxies).
    # The bodies are good requests under one reading, so only the framing
    # check refuses them.
    ("length and chunked", b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                           b"Transfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n"
                           % (len(_GOOD_SMALL), _GOOD_SMALL), 400),
    ("two lengths", b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n"
                    b"Content-Length: %d\r\n\r\n%s"
                    % (len(_GOOD_SMALL), len(_GOOD_SMALL) + 1, _GOOD_SMALL), 400),
    # Answered from the headers, without waiting for a body that never comes
    # (they were a 413 and a 400 after the 5 s read timeout).
    ("negative length", b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", 400),
    ("put", b"PUT /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n", 405),
], ids=["gzip", "length and chunked", "two lengths", "negative length", "put"])
def test_request_head_checks(tiny_server, name, request_bytes, status):
    got, body = _raw_status(tiny_server, request_bytes)
    assert got == status, (name, got, body)
    assert body["error"]["message"], body


@pytest.mark.parametrize("method,path,status", [
    ("GET", "/v1/nothing", 404),
    ("POST", "/v1/nothing", 404),
    ("GET", "/", 404),
    ("GET", COMP, 405),
    ("GET", CHAT, 405),
    ("DELETE", COMP, 405),
    ("POST", "/health", 405),
])
def test_routes_and_methods(tiny_server, method, path, status):
    with tiny_server.client() as c:
        r = c.request(method, path, content=b"{}" if method == "POST" else None)
    assert r.status_code == status, f"{method} {path}: {r.status_code} {r.text[:300]}"
    if r.headers.get("content-type", "").startswith("application/json"):
        assert r.json().get("error", {}).get("message"), r.text


def test_server_still_serves_after_errors(tiny_server, good_text):
    m0 = tiny_server.metrics()
    n400 = m0.get("hf2hlo_http_responses_total", default=0.0, code="400")
    # The whole barrage again, counted.
    with tiny_server.client() as c:
        for _, path, body, status, _, _ in CASES:
            r = c.post(path, content=body.encode(), headers={"content-type": "application/json"})
            assert r.status_code == status, (path, body[:200], r.status_code, r.text[:300])
    m1 = tiny_server.metrics()
    want400 = sum(1 for c in CASES if c[3] == 400)
    got400 = m1.get("hf2hlo_http_responses_total", code="400") - n400
    assert got400 == want400, f"hf2hlo_http_responses_total{{code=\"400\"}} grew by {got400}, want {want400}"
    assert m1.get("hf2hlo_active_slots") == 0 and m1.get("hf2hlo_queue_depth") == 0, m1.text
    # Rejected requests generated nothing.
    assert m1.get("hf2hlo_generation_tokens_total") == m0.get("hf2hlo_generation_tokens_total")

    r = tiny_server.get("/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}, r.text
    r = tiny_server.post(COMP, GOOD)
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["choices"][0]["text"] == good_text and j["choices"][0]["finish_reason"] == "length", j
    assert j["usage"]["completion_tokens"] == 12, j
    tiny_server.check_alive()
