"""Load: 32 concurrent clients x 50 short requests each (completions and
chat, streamed and not) against the tiny server (4 slots). Every request gets
200 and a well-formed answer, the server's resident memory stays flat between
the middle and the end, and the whole run is bounded by a deadline."""
from __future__ import annotations

import sys
import threading
import time

import psutil
import pytest

from serverlib import TINY_MODEL_NAME, sse_events, wait_for

CLIENTS = 32
PER_CLIENT = 50
DEADLINE_S = 600.0
MAX_GROWTH_BYTES = 32 << 20
MAX_GROWTH_FRACTION = 0.25


def _request(c, cid: int, k: int) -> None:
    """One request of client cid; raises AssertionError on anything wrong."""
    kind = (cid + k) % 4
    n = 1 + (cid * 7 + k) % 8
    stream = kind in (1, 3)
    if kind < 2:
        path = "/v1/completions"
        prompt = f"Client {cid} request {k}: the quick brown fox" if k % 2 else [100 + cid, 200 + k, 300]
        body = {"model": TINY_MODEL_NAME, "prompt": prompt, "max_tokens": n}
    else:
        path = "/v1/chat/completions"
        body = {"model": TINY_MODEL_NAME, "max_tokens": n,
                "messages": [{"role": "user", "content": f"Hello from client {cid}, request {k}."}]}
    body["temperature"] = 0 if k % 3 else 0.7
    body["seed"] = cid * 1000 + k
    if not stream:
        r = c.post(path, json=body)
        assert r.status_code == 200, f"{path} {body}: {r.status_code} {r.text[:300]}"
        j = r.json()
        ch = j["choices"][0]
        assert ch["finish_reason"] in ("stop", "length"), j
        assert 1 <= j["usage"]["completion_tokens"] <= n, j
        assert ("text" in ch) if kind == 0 else (ch["message"]["role"] == "assistant"), j
        return
    body["stream"] = True
    body["stream_options"] = {"include_usage": True}
    finish, usage, done = None, None, False
    with c.stream("POST", path, json=body) as r:
        assert r.status_code == 200, f"{path} {body}: {r.status_code} {r.read()[:300]!r}"
        for ev in sse_events(r.iter_lines()):
            if ev == "[DONE]":
                done = True
                break
            if ev["choices"] and ev["choices"][0].get("finish_reason"):
                finish = ev["choices"][0]["finish_reason"]
            if ev.get("usage"):
                usage = ev["usage"]
    assert done and finish in ("stop", "length") and usage and 1 <= usage["completion_tokens"] <= n, (
        body, done, finish, usage)


@pytest.mark.load
def test_concurrent_load(tiny_server, report, record_property):
    proc = psutil.Process(tiny_server.pid)

    def idle():
        m = tiny_server.metrics()
        return m if m.get("hf2hlo_active_slots") == 0 and m.get("hf2hlo_queue_depth") == 0 else None

    m0 = wait_for(idle, 30, what="an idle server")
    lock = threading.Lock()
    completed = [0]
    rss: dict[str, int] = {}
    errors: list[str] = []
    total = CLIENTS * PER_CLIENT
    stop = threading.Event()

    def client(cid):
        with tiny_server.client(timeout=60) as c:
            for k in range(PER_CLIENT):
                if stop.is_set():
                    return
                try:
                    _request(c, cid, k)
                except Exception as e:  # noqa: BLE001 - collected and reported
                    with lock:
                        errors.append(f"client {cid} request {k}: {type(e).__name__}: {str(e)[:400]}")
                    if len(errors) > 20:
                        stop.set()
                    continue
                with lock:
                    completed[0] += 1
                    if completed[0] == total // 2:
                        rss["half"] = proc.memory_info().rss

    t0 = time.monotonic()
    rss["start"] = proc.memory_info().rss
    threads = [threading.Thread(target=client, args=(cid,), daemon=True) for cid in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(0.0, DEADLINE_S - (time.monotonic() - t0)))
    wall = time.monotonic() - t0
    if any(t.is_alive() for t in threads):
        stop.set()
        pytest.fail(f"load test passed its {DEADLINE_S:.0f} s deadline with {completed[0]} of {total} requests "
                    f"done; server alive: {tiny_server.alive()}")
    assert not errors, f"{len(errors)} failed requests:\n" + "\n".join(errors[:20])
    assert completed[0] == total
    tiny_server.check_alive()
    after = wait_for(idle, 30, what="an idle server after the load")
    rss["end"] = proc.memory_info().rss

    finished = sum(after.get("hf2hlo_requests_total", default=0.0, finish_reason=r)
                   - m0.get("hf2hlo_requests_total", default=0.0, finish_reason=r) for r in ("stop", "length"))
    assert finished == total, f"hf2hlo_requests_total grew by {finished} for {total} requests"
    for code in ("500", "503"):
        assert after.get("hf2hlo_http_responses_total", default=0.0, code=code) == m0.get(
            "hf2hlo_http_responses_total", default=0.0, code=code), f"{code} responses under load"

    growth = rss["end"] - rss["half"]
    mib = 1 << 20
    line = (f"load: {total} requests from {CLIENTS} clients in {wall:.1f} s = {total / wall:.1f} requests/s; "
            f"server RSS start {rss['start'] / mib:.1f} MiB, half {rss['half'] / mib:.1f} MiB, "
            f"end {rss['end'] / mib:.1f} MiB")
    report.append(line)
    print(line, file=sys.stderr)
    record_property("wall_s", round(wall, 2))
    record_property("requests_per_s", round(total / wall, 1))
    record_property("rss_bytes", dict(rss))
    assert growth < MAX_GROWTH_BYTES and growth < MAX_GROWTH_FRACTION * rss["half"], (
        f"server RSS grew by {growth / mib:.1f} MiB between the middle and the end: {line}")
