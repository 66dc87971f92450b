"""Emitted programs vs HF transformers fp32 eager, per variant x engine.

Contract shapes: context S=64; chunk P=16 (P=8 for the multi-chunk test);
B=1 for single-sequence runs, B=4 for the continuous-batching test.
"""
from __future__ import annotations

import functools

import numpy as np
import pytest

from hf2hlo_harness import oracle, tiny

S = 64
TOL = 1e-4  # vs HF
TOL_BATCH = 1e-5  # B=4 rows vs their own B=1 run
# Engines whose kernels are batch-invariant by design (DESIGN.md, "The built-in
# executor"): a row's logits are bit-identical alone or in a batch.
BATCH_INVARIANT_ENGINES = {"builtin"}


def maxdiff(a, b) -> float:
    a, b = np.asarray(a, np.float32), np.asarray(b, np.float32)
    assert a.shape == b.shape, (a.shape, b.shape)
    return float(np.max(np.abs(a - b)))


@functools.lru_cache(maxsize=None)
def _hf_generate(model_id: int, model, prompt: tuple, n: int):
    return oracle.generate(model, list(prompt), n)


def hf_generate(model, prompt, n):
    return _hf_generate(id(model), model, tuple(prompt), n)


def test_prefill_one_chunk(engine, variant, make_runner, hf_model):
    prompt = oracle.prompt(11, 13)
    r = make_runner(engine, variant, batch=1, chunk=16, context=S)
    got = r.prefill(0, prompt)
    want = oracle.last_logits(hf_model(variant), prompt)
    d = maxdiff(got, want)
    print(f"[{engine}/{variant}] prefill 13 tokens, P=16: max|diff| = {d:.3g}")
    assert d <= TOL, f"{engine}/{variant}: prefill logits max|diff| {d:.3g} > {TOL}"


def test_prefill_chunks(engine, variant, make_runner, hf_model):
    prompt = oracle.prompt(12, 20)  # 3 chunks of P=8: 8 + 8 + 4
    r = make_runner(engine, variant, batch=1, chunk=8, context=S)
    got = r.prefill(0, prompt)
    want = oracle.last_logits(hf_model(variant), prompt)
    d = maxdiff(got, want)
    print(f"[{engine}/{variant}] prefill 20 tokens, P=8: max|diff| = {d:.3g}")
    assert d <= TOL, f"{engine}/{variant}: 3-chunk prefill logits max|diff| {d:.3g} > {TOL}"


def test_greedy_decode(engine, variant, make_runner, hf_model):
    prompt, n = oracle.prompt(13, 13), 16
    r = make_runner(engine, variant, batch=1, chunk=16, context=S)
    got_toks, got_logits = r.greedy(prompt, n)
    want_toks, want_logits = hf_generate(hf_model(variant), prompt, n)
    # per-step logits up to (and including) the first divergent token
    k = next((i for i, (a, b) in enumerate(zip(got_toks, want_toks)) if a != b), n - 1)
    diffs = [maxdiff(got_logits[i], want_logits[i]) for i in range(k + 1)]
    worst = int(np.argmax(diffs))
    print(f"[{engine}/{variant}] greedy {n}: worst step {worst} max|diff| = {diffs[worst]:.3g}")
    assert got_toks == want_toks, (
        f"{engine}/{variant}: tokens differ from HF at step {k}\n  got  {got_toks}\n  want {want_toks}\n"
        f"  per-step logits max|diff|: {[f'{x:.2g}' for x in diffs]}"
    )
    assert diffs[worst] <= TOL, (
        f"{engine}/{variant}: step {worst} logits max|diff| {diffs[worst]:.3g} > {TOL}; "
        f"per step: {[f'{x:.2g}' for x in diffs]}"
    )


BATCH_LENGTHS = (5, 11, 17, 23)
BATCH_NEW = 8


def test_decode_batch(engine, variant, make_runner):
    """Four prompts join a B=4 batch at steps 0, 3, 6, 9 (chunked prefill into
    their slot between decode steps); each row must equal its own B=1 run."""
    B = len(BATCH_LENGTHS)
    prompts = [oracle.prompt(100 + b, n) for b, n in enumerate(BATCH_LENGTHS)]
    join = [3 * b for b in range(B)]
    r = make_runner(engine, variant, batch=B, chunk=16, context=S)
    toks: list[list[int]] = [[] for _ in range(B)]
    logits: list[list[np.ndarray]] = [[] for _ in range(B)]
    step = 0
    while True:
        for b in range(B):
            if join[b] == step:
                lg = r.prefill(b, prompts[b])
                logits[b].append(lg)
                toks[b].append(int(np.argmax(lg)))
        active = [join[b] <= step and len(toks[b]) < BATCH_NEW for b in range(B)]
        if not any(active):
            if all(len(t) == BATCH_NEW for t in toks):
                break
            step += 1
            continue
        feed = [toks[b][-1] if active[b] else 0 for b in range(B)]
        pos = list(r.next_pos)  # active: the fed token's position; idle: next free
        lg = r.decode(feed, pos)
        for b in range(B):
            if active[b]:
                r.next_pos[b] += 1
                logits[b].append(lg[b])
                toks[b].append(int(np.argmax(lg[b])))
        step += 1

    failures = []
    for b in range(B):
        ref = make_runner(engine, variant, batch=1, chunk=16, context=S)
        want_toks, want_logits = ref.greedy(prompts[b], BATCH_NEW)
        d = maxdiff(np.stack(logits[b]), want_logits) if toks[b] == want_toks else float("nan")
        print(f"[{engine}/{variant}] B=4 row {b} (len {BATCH_LENGTHS[b]}, joins step {join[b]}): max|diff| vs B=1 = {d:.3g}")
        if toks[b] != want_toks:
            per = [f"{maxdiff(x, y):.2g}" for x, y in zip(logits[b], want_logits)]
            failures.append(f"row {b}: tokens {toks[b]} != B=1 {want_toks}; per-step max|diff| {per}")
        elif engine in BATCH_INVARIANT_ENGINES and d != 0.0:
            failures.append(f"row {b}: logits differ from the B=1 run by {d:.3g}; {engine} must be bit-identical")
        elif not d <= TOL_BATCH:
            per = [f"{maxdiff(x, y):.2g}" for x, y in zip(logits[b], want_logits)]
            failures.append(f"row {b}: logits max|diff| {d:.3g} > {TOL_BATCH}; per step {per}")
    assert not failures, f"{engine}/{variant} B=4:\n  " + "\n  ".join(failures)


def test_window_bites(window_variant, hf_model):
    """The window variants' prompts are long enough for the window to change
    HF's logits, so the window checks above are not vacuous."""
    m = hf_model(window_variant)
    W = m.config.sliding_window
    layers = tiny.sliding_layers(m.config)
    assert W == 8 and layers, f"{window_variant}: no sliding layers (window {W}, layers {layers})"
    nowin = hf_model(window_variant, remove_window=True)
    assert tiny.sliding_layers(nowin.config) == []
    for length in (13, 20, 23):  # the prompt lengths used above
        prompt = oracle.prompt({13: 11, 20: 12, 23: 103}[length], length)
        d = maxdiff(oracle.last_logits(m, prompt), oracle.last_logits(nowin, prompt))
        print(f"[{window_variant}] window {W} on layers {layers}, {length} tokens: with vs without max|diff| = {d:.3g}")
        assert d > 1e-3, f"{window_variant}: window does not change the logits of a {length}-token prompt ({d:.3g})"
    # and the greedy continuation of the 13-token prompt is window-sensitive too
    p13 = oracle.prompt(13, 13)
    _, lw = oracle.generate(m, p13, 16)
    _, ln = oracle.generate(nowin, p13, 16)
    assert maxdiff(lw, ln) > 1e-3


def test_cli_run_matches_hf_greedy(variant, hf2hlo_bin, model_dir_of, hf_model):
    """`hf2hlo run` (built-in engine, prefill in 3 chunks, then decode) prints
    exactly HF's 16 greedy tokens."""
    import subprocess

    prompt, n = oracle.prompt(14, 19), 16
    cmd = [hf2hlo_bin, "run", model_dir_of(variant), "--tokens", ",".join(map(str, prompt)),
           "--max-tokens", str(n), "--context", str(S), "--chunk", "8"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, f"{' '.join(cmd)} failed:\n{out.stderr}"
    got = [int(t) for t in out.stdout.strip().split(",")]
    want, _ = hf_generate(hf_model(variant), prompt, n)
    print(f"[cli/{variant}] {out.stderr.strip()}")
    assert got == want, f"{variant}: hf2hlo run printed {got}, HF greedy is {want}"
