"""--api-key and --max-queue on a server of the tiny model with one slot (and a
bf16 KV cache, which these tests do not depend on)."""
from __future__ import annotations

import json
import threading
import time

import pytest

from conftest import _server_fixture
from serverlib import TINY_MODEL_NAME, Metrics, httpx

KEY = "sk-test-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}
HANG_GUARD_S = 120  # a bound on waiting for the server, never a timing assertion


@pytest.fixture(scope="module")
def guarded_server(hf2hlo_bin, tiny_dir):
    yield from _server_fixture(hf2hlo_bin=hf2hlo_bin, model_dir=tiny_dir, batch=1, context=256, chunk=32,
                               model_name=TINY_MODEL_NAME,
                               extra=["--api-key", KEY, "--max-queue", "1", "--kv-dtype", "bf16"])


def client(server, headers=None):
    return httpx.Client(base_url=server.base_url, timeout=HANG_GUARD_S, trust_env=False, headers=headers or {})


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY},
                                     {"Authorization": f"Bearer {KEY}x"}, {"Authorization": f"Basic {KEY}"}])
@pytest.mark.parametrize("method,path", [("GET", "/v1/models"), ("GET", "/metrics"),
                                         ("POST", "/v1/completions"), ("POST", "/tokenize")])
def test_routes_need_the_key(guarded_server, headers, method, path):
    with client(guarded_server, headers) as c:
        r = c.request(method, path, json={"prompt": "hi", "max_tokens": 1} if method == "POST" else None)
    assert r.status_code == 401, r.text
    e = r.json()["error"]
    assert e["code"] == "invalid_api_key" and e["type"] == "invalid_request_error" and e["message"], e
    assert r.headers.get("www-authenticate") == "Bearer"


def test_the_listening_line_names_the_kv_cache(guarded_server):
    # The tiny model: 2 layers x K and V x 1 slot x 256 positions x 2 KV heads x 16 dims x 2 bytes.
    assert guarded_server.listen_kv_dtype == "bf16", guarded_server.log
    assert guarded_server.listen_kv_mib == pytest.approx(2 * 2 * 256 * 2 * 16 * 2 / 2**20, abs=0.06)


def test_health_is_open_and_the_key_opens_the_rest(guarded_server):
    with client(guarded_server) as c:
        assert c.get("/health").status_code == 200
    with client(guarded_server, AUTH) as c:
        assert c.get("/v1/models").status_code == 200
        assert c.get("/metrics").status_code == 200
        r = c.post("/v1/completions", json={"prompt": "hi", "max_tokens": 2})
        assert r.status_code == 200, r.text


def test_a_full_queue_answers_429_at_once(guarded_server):
    """One slot busy with a long stream, one request waiting: the next one is
    refused with 429 and Retry-After, and the two admitted ones complete."""
    results: dict[str, object] = {}
    with client(guarded_server, AUTH) as c:
        long_body = {"prompt": "hi", "max_tokens": 200, "temperature": 0, "ignore_eos": True, "stream": True}
        with c.stream("POST", "/v1/completions", json=long_body) as stream:
            lines = stream.iter_lines()
            first = next(l for l in lines if l.startswith("data: "))  # the slot is taken
            assert json.loads(first[6:])["choices"], first

            def waiting():
                with client(guarded_server, AUTH) as c2:
                    results["waiting"] = c2.post("/v1/completions", json={"prompt": "ab", "max_tokens": 1})

            t = threading.Thread(target=waiting)
            t.start()
            deadline = time.monotonic() + HANG_GUARD_S
            while Metrics(c.get("/metrics").text).get("hf2hlo_queue_depth") < 1:
                assert time.monotonic() < deadline, "the second request never queued"
                time.sleep(0.05)
            r = c.post("/v1/completions", json={"prompt": "cd", "max_tokens": 1})
            assert r.status_code == 429, r.text
            assert r.headers.get("retry-after") == "1"
            assert r.json()["error"]["type"] == "rate_limit_error", r.text
            tokens = sum(1 for l in lines if l.startswith("data: ") and l != "data: [DONE]")
        t.join(HANG_GUARD_S)
    assert not t.is_alive()
    assert results["waiting"].status_code == 200, results["waiting"].text
    assert tokens > 0
