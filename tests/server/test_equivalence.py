"""The gate of continuous batching: 12 greedy requests of different prompt
lengths (1 to 5 prefill chunks of 32) and budgets, submitted staggered to the
tiny server (4 slots) so that they join and leave a shared batch at different
steps, each produce exactly the text of the same request run alone, which is
HF transformers' greedy continuation (fp32, eager) decoded with special
tokens skipped. /metrics shows the batch really was shared."""
from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from serverlib import TINY_VOCAB, hf_greedy, sse_events

# (prompt length, max_tokens); every prompt + budget fits the context of 256.
CASES = [(3, 40), (150, 5), (17, 23), (40, 12), (5, 37), (96, 8), (33, 29), (64, 16), (8, 40), (120, 20),
         (65, 7), (31, 33)]
STAGGER_S = 0.01
# The tiny model's top-1/top-2 logit gap must be far above the engine's float
# error (~1e-5), or a mismatch could be a legitimate tie-break.
MIN_MARGIN = 1e-3


def _prompts() -> list[list[int]]:
    rng = np.random.default_rng(1)  # smallest top-2 margin over all steps: 6.9e-3
    # ids >= 17: SmolLM2's special tokens are 0..16
    return [rng.integers(17, TINY_VOCAB, size=n).tolist() for n, _ in CASES]


@pytest.fixture(scope="module")
def references(tiny_hf, smol_tok):
    refs = []
    for ids, (_, n) in zip(_prompts(), CASES):
        toks, margin = hf_greedy(tiny_hf, ids, n)
        assert margin > MIN_MARGIN, f"test data too close to a tie (margin {margin}); change TINY_SEED"
        refs.append(smol_tok.decode(toks, skip_special_tokens=True))
    return refs


def _body(server, ids, n, stream=False):
    body = {"model": server.model_name, "prompt": ids, "max_tokens": n, "temperature": 0, "ignore_eos": True}
    if stream:
        body.update(stream=True, stream_options={"include_usage": True})
    return body


def _complete(client, server, ids, n) -> str:
    r = client.post("/v1/completions", json=_body(server, ids, n))
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["object"] == "text_completion" and len(j["choices"]) == 1, j
    c = j["choices"][0]
    assert c["finish_reason"] == "length", j
    u = j["usage"]
    assert (u["prompt_tokens"], u["completion_tokens"], u["total_tokens"]) == (len(ids), n, len(ids) + n), u
    return c["text"]


def _complete_stream(client, server, ids, n) -> str:
    text, finish, usage, done = [], None, None, False
    with client.stream("POST", "/v1/completions", json=_body(server, ids, n, stream=True)) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream"), r.headers
        for ev in sse_events(r.iter_lines()):
            if ev == "[DONE]":
                done = True
                break
            if ev["choices"]:
                c = ev["choices"][0]
                text.append(c["text"])
                if c.get("finish_reason"):
                    finish = c["finish_reason"]
            if ev.get("usage"):
                usage = ev["usage"]
    assert done, "stream did not end with data: [DONE]"
    assert finish == "length"
    assert usage and usage["prompt_tokens"] == len(ids) and usage["completion_tokens"] == n, usage
    return "".join(text)


def test_staggered_batch_equals_solo_and_hf(tiny_server, references, report):
    prompts = _prompts()
    # Solo: one request at a time, each alone in the batch.
    with tiny_server.client() as c:
        solo = [_complete(c, tiny_server, ids, n) for ids, (_, n) in zip(prompts, CASES)]
    for k, (got, want) in enumerate(zip(solo, references)):
        assert got == want, f"request {k} (prompt {CASES[k][0]} tokens, {CASES[k][1]} new) alone != HF greedy"

    before = tiny_server.metrics()
    results: list[str | None] = [None] * len(CASES)
    errors: list[str] = []
    active_max = [0.0]
    stop_sampling = threading.Event()

    def sample():
        with tiny_server.client() as c:
            while not stop_sampling.is_set():
                r = c.get("/metrics")
                for line in r.text.splitlines():
                    if line.startswith("hf2hlo_active_slots"):
                        active_max[0] = max(active_max[0], float(line.split()[-1]))
                time.sleep(0.002)

    def worker(k):
        try:
            time.sleep(k * STAGGER_S)
            ids, n = prompts[k], CASES[k][1]
            with tiny_server.client() as c:  # every other request streams
                results[k] = (_complete_stream if k % 2 else _complete)(c, tiny_server, ids, n)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(f"request {k}: {type(e).__name__}: {e}")

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(len(CASES))]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 120
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    stop_sampling.set()
    sampler.join(10)
    assert not any(t.is_alive() for t in threads), "staggered requests did not finish in 120 s"
    assert not errors, "\n".join(errors)
    after = tiny_server.metrics()

    for k, (got, want) in enumerate(zip(results, references)):
        assert got == want, (f"request {k} (prompt {CASES[k][0]} tokens, {CASES[k][1]} new, "
                             f"{'streamed' if k % 2 else 'not streamed'}) in the shared batch != alone / HF\n"
                             f"got  {got!r}\nwant {want!r}")

    # The batch was really shared: several slots were busy at once, and fewer
    # decode steps ran than tokens were decoded (each request's first token
    # comes from its prefill).
    decoded = sum(n - 1 for _, n in CASES)
    steps = after.get("hf2hlo_decode_step_seconds_count") - before.get("hf2hlo_decode_step_seconds_count")
    report.append(f"equivalence: {len(CASES)} staggered requests, {decoded} decoded tokens in {steps:.0f} decode "
                  f"steps, at most {active_max[0]:.0f} active slots seen")
    assert active_max[0] > 1, f"hf2hlo_active_slots never exceeded 1 (max {active_max[0]})"
    gen = after.get("hf2hlo_generation_tokens_total") - before.get("hf2hlo_generation_tokens_total")
    assert gen == sum(n for _, n in CASES), f"hf2hlo_generation_tokens_total grew by {gen}"
    assert 0 < steps < decoded, f"{steps} decode steps for {decoded} decoded tokens: no step served two requests"
    prompt = after.get("hf2hlo_prompt_tokens_total") - before.get("hf2hlo_prompt_tokens_total")
    assert prompt == sum(n for n, _ in CASES), f"hf2hlo_prompt_tokens_total grew by {prompt}"


def test_stop_token_id_ends_request(tiny_server, tiny_hf, smol_tok):
    # The greedy run's 4th token as a stop token id ends the request there.
    ids = _prompts()[0]
    toks, _ = hf_greedy(tiny_hf, ids, 12)
    stop_id = toks[3]
    assert stop_id not in toks[:3]
    body = _body(tiny_server, ids, 12)
    body["stop_token_ids"] = [stop_id]
    r = tiny_server.post("/v1/completions", body)
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["choices"][0]["finish_reason"] == "stop" and j["usage"]["completion_tokens"] == 4, j
    assert j["choices"][0]["text"].startswith(smol_tok.decode(toks[:3], skip_special_tokens=True)), j
