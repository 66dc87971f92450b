#!/usr/bin/env python3
"""Throughput and latency of `hf2hlo serve` under B concurrent streaming clients.

usage: .venv/bin/python scripts/bench_serve.py [MODEL_DIR] [--batches 1,4,8,16] [--prompt-tokens 64]
                                          [--max-tokens 64] [--context 1024] [--rounds 2] [--threads T]
                                          [--bin build/hf2hlo]

MODEL_DIR defaults to the prepared SmolLM2-135M-Instruct ($HF2HLO_CACHE or
~/.cache/hf2hlo). For each B it starts its own `hf2hlo serve --batch B`: every
figure is then that of a server sized for B and fully occupied, which is what
a deployment with --batch B gets. One server at the largest B would be less
fair to small B: a B-slot load in a 16-slot server may run wider decode
programs than it needs (idle rows cost time), and its KV cache is larger.
Loading takes about a second, so a server per B costs little.

Each round, B client threads start together (a barrier) and each streams one
/v1/completions request: a fixed-length prompt of token ids (different per
client), temperature 0, ignore_eos, max_tokens tokens. The first round is a
warm-up and is not reported (page faults, first-touch of caches); later rounds
are pooled. Per B it reports:
  decode tok/s  aggregate: tokens the B streams received while all B were
                decoding (from the last stream's first token to the first
                stream's last token), over that window's length
  TTFT          time to first token (mean, p50), from the request's send; at
                B > 1 it includes waiting for the other prompts' prefill chunks
  ITL           inter-token latency: gaps between consecutive streamed
                chunks (mean, p50, p95); the server streams one chunk per
                decode step, so this is the step time each client sees
  ms/step       the server's own mean decode step (/metrics histogram)
Never asserts on the figures: it measures.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "server"))

from serverlib import Server, sse_events  # noqa: E402  (puts python/ on sys.path)
from hf2hlo_harness.smollm2 import smollm2_dir  # noqa: E402


def percentile(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def stream_one(server: Server, prompt: list[int], max_tokens: int) -> dict:
    """One streaming request: send time, chunk arrival times, usage."""
    body = {"model": server.model_name, "prompt": prompt, "max_tokens": max_tokens, "temperature": 0,
            "ignore_eos": True, "stream": True, "stream_options": {"include_usage": True}}
    times: list[float] = []
    usage = None
    with server.client(timeout=600) as c:
        t0 = time.perf_counter()
        with c.stream("POST", "/v1/completions", json=body) as r:
            if r.status_code != 200:
                raise RuntimeError(f"HTTP {r.status_code}: {r.read()[:300]!r}")
            for ev in sse_events(r.iter_lines()):
                if ev == "[DONE]":
                    break
                if ev["choices"]:
                    times.append(time.perf_counter())
                if ev.get("usage"):
                    usage = ev["usage"]
    return {"t0": t0, "times": times, "tokens": usage["completion_tokens"] if usage else len(times)}


def run_round(server: Server, prompts: list[list[int]], max_tokens: int) -> list[dict]:
    results: list[dict | None] = [None] * len(prompts)
    errors: list[str] = []
    barrier = threading.Barrier(len(prompts))

    def client(i):
        try:
            barrier.wait()
            results[i] = stream_one(server, prompts[i], max_tokens)
        except Exception as e:  # noqa: BLE001
            errors.append(f"client {i}: {e}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(len(prompts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise RuntimeError("; ".join(errors))
    return results  # type: ignore[return-value]


def summarize(rounds: list[list[dict]]) -> dict:
    ttft, itl, rates, chunk_ratio = [], [], [], []
    for res in rounds:
        for r in res:
            if r["times"]:
                ttft.append(r["times"][0] - r["t0"])
                itl += [b - a for a, b in zip(r["times"], r["times"][1:])]
                chunk_ratio.append(r["tokens"] / len(r["times"]))
        start = max(r["times"][0] for r in res)
        end = min(r["times"][-1] for r in res)
        if end > start:
            # tokens received in [start, end] by every stream (chunks x tokens/chunk)
            n = sum(sum(1 for t in r["times"] if start < t <= end) * r["tokens"] / len(r["times"]) for r in res)
            rates.append(n / (end - start))
    return {
        "decode_tps": statistics.mean(rates) if rates else float("nan"),
        "ttft_mean": statistics.mean(ttft), "ttft_p50": percentile(ttft, 50),
        "itl_mean": statistics.mean(itl) if itl else float("nan"), "itl_p50": percentile(itl, 50),
        "itl_p95": percentile(itl, 95),
        "tokens_per_chunk": statistics.mean(chunk_ratio) if chunk_ratio else float("nan"),
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", nargs="?", default=smollm2_dir())
    ap.add_argument("--batches", default="1,4,8,16")
    ap.add_argument("--prompt-tokens", type=int, default=64)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--context", type=int, default=1024)
    ap.add_argument("--rounds", type=int, default=2, help="measured rounds per B (after one warm-up)")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--bin", default=os.environ.get("HF2HLO_BIN", os.path.join(REPO, "build", "hf2hlo")))
    a = ap.parse_args(argv)
    batches = [int(b) for b in a.batches.split(",")]
    if a.prompt_tokens + a.max_tokens > a.context:
        ap.error("--prompt-tokens + --max-tokens exceed --context")

    import random

    rng = random.Random(0)
    rows = []
    print(f"model {a.model_dir}; prompt {a.prompt_tokens} tokens, {a.max_tokens} new tokens, context {a.context}, "
          f"{a.rounds} measured round(s) per B after a warm-up; one server per B", flush=True)
    for b in batches:
        prompts = [[rng.randrange(17, 32000) for _ in range(a.prompt_tokens)] for _ in range(b)]
        with Server(a.bin, a.model_dir, batch=b, context=a.context, threads=a.threads,
                    model_name="bench") as server:
            run_round(server, prompts, min(4, a.max_tokens))  # warm-up
            m0 = server.metrics()
            t0 = time.perf_counter()
            rounds = [run_round(server, prompts, a.max_tokens) for _ in range(a.rounds)]
            wall = time.perf_counter() - t0
            m1 = server.metrics()
        s = summarize(rounds)
        steps = m1.get("hf2hlo_decode_step_seconds_count") - m0.get("hf2hlo_decode_step_seconds_count")
        secs = m1.get("hf2hlo_decode_step_seconds_sum") - m0.get("hf2hlo_decode_step_seconds_sum")
        s["ms_step"] = 1e3 * secs / steps if steps else float("nan")
        s["B"], s["wall"] = b, wall
        rows.append(s)
        print(f"  B={b}: {wall:.1f} s", flush=True)

    print()
    print("|  B | decode tok/s | TTFT mean ms | TTFT p50 ms | ITL mean ms | ITL p50 ms | ITL p95 ms | "
          "server ms/step | tok/chunk |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in rows:
        print(f"| {s['B']:2d} | {s['decode_tps']:.1f} | {1e3 * s['ttft_mean']:.0f} | {1e3 * s['ttft_p50']:.0f} | "
              f"{1e3 * s['itl_mean']:.1f} | {1e3 * s['itl_p50']:.1f} | {1e3 * s['itl_p95']:.1f} | "
              f"{s['ms_step']:.1f} | {s['tokens_per_chunk']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
