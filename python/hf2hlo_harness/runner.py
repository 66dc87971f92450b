"""Emit, compile and run the prefill and decode programs of one model.

    r = Runner("iree", model_dir, "build/hf2hlo", batch=1, context=64, chunk=16)
    logits = r.prefill(0, prompt)            # last-position logits [V]
    logits = r.decode(tokens, pos)           # [B, V]
    toks, step_logits = r.greedy(prompt, 16) # slot 0

Emitted text is cached per (binary, model, kind, B, S, P) and compiled
programs per (engine, text), both for the whole process (a pytest session), so
a program is emitted and compiled once however many Runners use it.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
from typing import Any, Sequence

import numpy as np

from .engines import Program, make_program, precompile


class EmitError(RuntimeError):
    pass


# ---------------------------------------------------------------------------
# timings (figures only)
# ---------------------------------------------------------------------------
class Timings:
    def __init__(self):
        self._lock = threading.Lock()
        self.compiles: dict[tuple, dict] = {}
        self.steps: dict[tuple, list[float]] = {}
        self.emits: dict[tuple, float] = {}
        self._texts: set = set()

    def compile(self, engine, variant, kind, batch, chunk, seconds, text_key=None):
        with self._lock:
            if (engine, variant, kind, batch, chunk) in self.compiles:
                return
            first = (engine, text_key) not in self._texts
            self._texts.add((engine, text_key))
            self.compiles[(engine, variant, kind, batch, chunk)] = {"compile_s": seconds, "distinct": first}

    def step(self, engine, variant, kind, batch, chunk, seconds):
        with self._lock:
            self.steps.setdefault((engine, variant, kind, batch, chunk), []).append(seconds)

    def emit(self, variant, kind, batch, chunk, seconds):
        with self._lock:
            self.emits.setdefault((variant, kind, batch, chunk), seconds)

    def rows(self) -> list[dict]:
        rows = []
        for (engine, variant, kind, b, p), c in sorted(self.compiles.items()):
            st = self.steps.get((engine, variant, kind, b, p), [])
            rows.append(
                dict(
                    engine=engine, variant=variant, kind=kind, batch=b, chunk=p,
                    compile_s=round(c["compile_s"], 4),
                    distinct_program=c["distinct"],
                    emit_s=round(self.emits.get((variant, kind, b, p if kind == "prefill" else None), float("nan")), 4),
                    steps=len(st),
                    step_ms_median=round(1e3 * statistics.median(st), 4) if st else None,
                    step_ms_min=round(1e3 * min(st), 4) if st else None,
                )
            )
        return rows

    def table(self) -> list[str]:
        """Per engine and program shape: mean compile seconds over variants,
        median per-call milliseconds over all calls."""
        agg: dict[tuple, dict[str, list[float]]] = {}
        for r in self.rows():
            k = (r["engine"], r["kind"], r["batch"], r["chunk"])
            a = agg.setdefault(k, {"compile": [], "steps": []})
            if r["distinct_program"]:  # the same text under another (kind, P) was compiled once
                a["compile"].append(r["compile_s"])
            a["steps"].extend(self.steps.get((r["engine"], r["variant"], r["kind"], r["batch"], r["chunk"]), []))
        lines = [f"{'engine':<8} {'kind':<8} {'B':>2} {'P':>3} {'programs':>8} {'compile_s(mean)':>15} "
                 f"{'compile_s(max)':>14} {'calls':>6} {'call_ms(median)':>15}"]
        for (e, kind, b, p), a in sorted(agg.items()):
            med = f"{1e3 * statistics.median(a['steps']):.3f}" if a["steps"] else "-"
            cm = f"{statistics.mean(a['compile']):.2f}" if a["compile"] else "(shared)"
            cx = f"{max(a['compile']):.2f}" if a["compile"] else "-"
            lines.append(f"{e:<8} {kind:<8} {b:>2} {p:>3} {len(a['compile']):>8} "
                         f"{cm:>15} {cx:>14} {len(a['steps']):>6} {med:>15}")
        return lines


TIMINGS = Timings()


# ---------------------------------------------------------------------------
# emission (cached)
# ---------------------------------------------------------------------------
_EMIT_CACHE: dict[tuple, str] = {}
_EMIT_LOCK = threading.Lock()


def emit(hf2hlo_bin: str, model_dir: str, kind: str, batch: int, context: int, chunk: int,
         read_window: int = 0, kv_dtype: str = "f32", matmul_dtype: str = "f32") -> str:
    """Run `hf2hlo emit` and return the program text (cached in-process).
    read_window > 0 emits a program that attends only cache positions [0, read_window);
    kv_dtype "bf16" or "f16" keeps the KV caches in that type; matmul_dtype "bf16"
    rounds each weight product's activations to bf16."""
    binp = os.path.abspath(hf2hlo_bin)
    if kind != "prefill":
        chunk = None  # the CLI takes --chunk for prefill only
    key = (binp, os.path.getmtime(binp), os.path.abspath(model_dir), kind, batch, context, chunk, read_window,
           kv_dtype, matmul_dtype)
    with _EMIT_LOCK:
        if key in _EMIT_CACHE:
            return _EMIT_CACHE[key]
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, f"{kind}.mlir")
        cmd = [binp, "emit", model_dir, "--kind", kind, "--batch", str(batch), "--context", str(context)]
        if chunk is not None:
            cmd += ["--chunk", str(chunk)]
        if read_window:
            cmd += ["--read-window", str(read_window)]
        if kv_dtype != "f32":
            cmd += ["--kv-dtype", kv_dtype]
        if matmul_dtype != "f32":
            cmd += ["--matmul-dtype", matmul_dtype]
        cmd += ["-o", out]
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        secs = time.perf_counter() - t0
        if p.returncode != 0 or not os.path.exists(out):
            raise EmitError(f"{' '.join(cmd)} failed (rc={p.returncode}):\n{p.stdout}\n{p.stderr}")
        with open(out) as f:
            text = f.read()
    TIMINGS.emit(_variant_name(model_dir), kind, batch, chunk, secs)
    with _EMIT_LOCK:
        _EMIT_CACHE[key] = text
    return text


class Prefetcher:
    """Emit and compile programs in the background, in the order given.

    jobs: iterable of (engine, model_dir, kind, batch, context, chunk). One
    thread emits them in order and queues each compile on a pool of `workers`
    threads (IREE compiles in a subprocess, XLA releases the GIL), so compiles
    overlap with each other and with the tests. A text is compiled once per
    engine however often it appears. A failure is left for the test that uses
    the program to report. stop() drops the jobs not yet started.
    """

    def __init__(self, hf2hlo_bin: str, jobs, workers: int = 2):
        from concurrent.futures import ThreadPoolExecutor

        self.stop_event = threading.Event()
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hf2hlo-compile")
        self.jobs = list(jobs)
        self.hf2hlo_bin = hf2hlo_bin
        self.thread = threading.Thread(target=self._run, name="hf2hlo-emit", daemon=True)
        self.thread.start()

    def _run(self):
        for engine, *job in self.jobs:
            if self.stop_event.is_set():
                break
            try:
                text = emit(self.hf2hlo_bin, *job)
                precompile(engine, text, self.pool, self.stop_event)
            except Exception:
                continue

    def stop(self):
        self.stop_event.set()
        self.thread.join()
        self.pool.shutdown(wait=True)


def _variant_name(model_dir: str) -> str:
    try:
        with open(os.path.join(model_dir, "hf2hlo_variant.json")) as f:
            return json.load(f)["variant"]
    except (OSError, KeyError, ValueError):
        return os.path.basename(os.path.normpath(model_dir))


# ---------------------------------------------------------------------------
# runner
# ---------------------------------------------------------------------------
class Runner:
    def __init__(self, engine: str, model_dir: str, hf2hlo_bin: str, batch: int, context: int, chunk: int,
                 read_window: int = 0, kv_dtype: str = "f32", matmul_dtype: str = "f32"):
        if context % chunk:
            raise ValueError(f"context {context} must be a multiple of chunk {chunk}")
        self.engine, self.model_dir = engine, model_dir
        self.B, self.S, self.P, self.read_window, self.kv_dtype = batch, context, chunk, read_window, kv_dtype
        self.matmul_dtype = matmul_dtype
        self.variant = _variant_name(model_dir)
        self.prefill_prog = self._program("prefill", hf2hlo_bin)
        self.decode_prog = self._program("decode", hf2hlo_bin)
        self.cache_args = [a for a in self.decode_prog.sig.args if a.name and a.name.startswith("cache.")]
        pre = [(a.name, a.shape, a.dtype) for a in self.prefill_prog.sig.args if a.name and a.name.startswith("cache.")]
        dec = [(a.name, a.shape, a.dtype) for a in self.cache_args]
        if pre != dec:
            raise ValueError(f"prefill and decode caches differ:\n  prefill {pre}\n  decode  {dec}")
        if not dec:
            raise ValueError("the programs have no cache.* arguments")
        for prog in (self.prefill_prog, self.decode_prog):
            for a in prog.sig.args:
                if a.name and a.name.startswith("cache.") and a.aliasing_output is None:
                    raise ValueError(f"{prog.sig.module_name}: {a.name} has no tf.aliasing_output")
                if a.name and a.name.startswith("cache.") and a.shape[:2] != (batch, context):
                    raise ValueError(f"{a.name} has shape {a.shape}, want [B={batch}, S={context}, ...]")
        self.reset()

    def _program(self, kind: str, hf2hlo_bin: str) -> Program:
        text = emit(hf2hlo_bin, self.model_dir, kind, self.B, self.S, self.P, self.read_window, self.kv_dtype,
                    self.matmul_dtype)
        prog = make_program(self.engine, text)
        TIMINGS.compile(self.engine, self.variant, kind, self.B, self.P, prog.compile_s, hash(text))
        prog.bind_weights(self.model_dir)
        return prog

    def reset(self) -> None:
        """Fresh zero caches; every slot empty."""
        self.caches: dict[str, Any] = {
            a.name: self.decode_prog.from_host(np.zeros(a.shape, a.dtype)) for a in self.cache_args
        }
        self.next_pos = [0] * self.B

    def _run(self, prog: Program, kind: str, inputs: dict[str, Any]) -> np.ndarray:
        inputs = dict(inputs)
        inputs.update(self.caches)
        # The caches are donated: drop our references before the call.
        self.caches = {}
        t0 = time.perf_counter()
        outs = prog.call_native(inputs)
        logits = prog.to_host(outs[0])  # blocks until the computation is done
        TIMINGS.step(self.engine, self.variant, kind, self.B, self.P, time.perf_counter() - t0)
        by_name = {a.name: a for a in prog.sig.args}
        self.caches = {a.name: outs[by_name[a.name].aliasing_output] for a in self.cache_args}
        return logits

    def prefill(self, slot: int, token_ids: Sequence[int], start: int = 0) -> np.ndarray:
        """Prefill token_ids into `slot` at positions start.. in chunks of P.
        Returns the logits of the last token, float32 [V]."""
        if not 0 <= slot < self.B:
            raise ValueError(f"slot {slot} out of range for B={self.B}")
        toks = [int(t) for t in token_ids]
        if not toks:
            raise ValueError("empty prompt")
        logits = None
        pos, i = start, 0
        while i < len(toks):
            n = min(self.P, len(toks) - i)
            if pos + self.P > self.S:
                raise ValueError(f"chunk at start {pos} with P={self.P} would pass S={self.S}")
            chunk = np.zeros(self.P, np.int32)
            chunk[:n] = toks[i : i + n]
            logits = self._run(
                self.prefill_prog,
                "prefill",
                {"tokens": chunk, "start": np.int32(pos), "length": np.int32(n), "slot": np.int32(slot)},
            )
            pos += n
            i += n
        self.next_pos[slot] = pos
        return logits

    def decode(self, tokens: Sequence[int], pos: Sequence[int]) -> np.ndarray:
        """One decode step for every row. Returns logits float32 [B, V]."""
        tokens = np.asarray(tokens, np.int32).reshape(self.B)
        pos = np.asarray(pos, np.int32).reshape(self.B)
        if (pos < 0).any() or (pos >= self.S).any():
            raise ValueError(f"positions {pos.tolist()} outside [0, {self.S})")
        return self._run(self.decode_prog, "decode", {"tokens": tokens, "pos": pos})

    def greedy(self, prompt: Sequence[int], n: int, slot: int = 0) -> tuple[list[int], np.ndarray]:
        """Greedy-generate n tokens for `slot` (other rows idle). Returns
        (tokens, per-step logits float32 [n, V]); step 0 is the prefill's."""
        logits = self.prefill(slot, prompt)
        steps = [logits]
        out = [int(np.argmax(logits))]
        for _ in range(n - 1):
            toks = [0] * self.B
            pos = list(self.next_pos)  # idle rows: their slot's next free position
            toks[slot] = out[-1]
            lg = self.decode(toks, pos)
            self.next_pos[slot] += 1
            steps.append(lg[slot])
            out.append(int(np.argmax(lg[slot])))
        return out, np.stack(steps)
