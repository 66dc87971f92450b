"""A streaming client that goes away cancels its request: the slot is freed
(hf2hlo_active_slots back to 0), the request is counted as cancelled, and new
requests are served.

These run on the SmolLM2 server, not the tiny one: the tiny model writes its
240 tokens in about 0.25 s, so a client hiccup on this 2-core machine could
let the request finish before the server sees the hang-up, and the test would
prove nothing or flake. SmolLM2 takes several seconds for them, so a request
that is not cancelled is unmistakable."""
from __future__ import annotations

import threading
import time

from serverlib import SMOL_MODEL_NAME, Metrics, sse_events, wait_for

LONG = 240  # several seconds of SmolLM2 on 2 cores
# A cancelled request leaves its slot within one iteration. This bound only
# keeps a broken server from hanging the test: what proves the cancellation
# is the finish-reason count and the tokens generated, never a time.
CANCEL_S = 60


def _long_body(k: int):
    return {"model": SMOL_MODEL_NAME, "prompt": [100 + k, 200, 300], "max_tokens": LONG, "temperature": 0,
            "ignore_eos": True, "stream": True}


def _cancelled(m: Metrics) -> float:
    return m.get("hf2hlo_requests_total", default=0.0, finish_reason="cancelled")


def _open_and_drop(server, k: int, chunks: int = 2):
    """Opens a long streaming completion, reads `chunks` events, then closes
    the connection."""
    c = server.client()
    try:
        with c.stream("POST", "/v1/completions", json=_long_body(k)) as r:
            assert r.status_code == 200, r.read()
            got = 0
            for ev in sse_events(r.iter_lines()):
                assert ev != "[DONE]", "the long request ended before the client left"
                if ev["choices"]:
                    got += 1
                if got >= chunks:
                    break
    finally:
        c.close()  # drops the connection


def _idle(server) -> Metrics | None:
    m = server.metrics()
    return m if m.get("hf2hlo_active_slots") == 0 and m.get("hf2hlo_queue_depth") == 0 else None


def _good(server, k: int = 0) -> dict:
    r = server.post("/v1/completions", {"model": SMOL_MODEL_NAME, "prompt": [500 + k, 600], "max_tokens": 8,
                                        "temperature": 0, "ignore_eos": True}, timeout=30)
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["choices"][0]["finish_reason"] == "length" and j["usage"]["completion_tokens"] == 8, j
    return j


def test_disconnect_cancels_request(smol_server, report):
    wait_for(lambda: _idle(smol_server), 30, what="an idle server before the test")
    before = smol_server.metrics()
    _open_and_drop(smol_server, 0)
    t0 = time.monotonic()
    after = wait_for(lambda: _idle(smol_server), CANCEL_S, what="hf2hlo_active_slots == 0 after the client left")
    assert _cancelled(after) == _cancelled(before) + 1, (
        f"cancelled requests {_cancelled(before)} -> {_cancelled(after)}\n{after.text}")
    # It stopped early: far fewer than LONG tokens were generated.
    gen = after.get("hf2hlo_generation_tokens_total") - before.get("hf2hlo_generation_tokens_total")
    report.append(f"disconnect: slot free {time.monotonic() - t0:.2f} s after the client left, "
                  f"{gen:.0f} of {LONG} tokens generated")
    assert gen < LONG / 2, f"{gen} tokens generated for a request dropped after 2 chunks"
    _good(smol_server)
    smol_server.check_alive()


def test_disconnect_all_slots_frees_them(smol_server):
    wait_for(lambda: _idle(smol_server), 30, what="an idle server before the test")
    before = smol_server.metrics()
    slots = int(before.get("hf2hlo_slots"))
    assert slots == 4, before.text
    errors: list[str] = []

    def drop(k):
        try:
            _open_and_drop(smol_server, k)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(f"client {k}: {type(e).__name__}: {e}")

    threads = [threading.Thread(target=drop, args=(k,), daemon=True) for k in range(slots)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads) and not errors, errors
    after = wait_for(lambda: _idle(smol_server), CANCEL_S, what="all slots free after 4 clients left")
    assert _cancelled(after) == _cancelled(before) + slots, (
        f"cancelled requests {_cancelled(before)} -> {_cancelled(after)}\n{after.text}")

    # Four new requests complete in the freed slots.
    done: list[dict] = []
    ts = [threading.Thread(target=lambda k=k: done.append(_good(smol_server, k)), daemon=True) for k in range(slots)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(30)
    assert len(done) == slots, f"only {len(done)} of {slots} new requests completed"
    smol_server.check_alive()
