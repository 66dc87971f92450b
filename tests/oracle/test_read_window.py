"""Read-window programs (`hf2hlo emit --read-window R`) on every engine.

A read window makes attention read only cache positions [0, R) of an S-slot
cache, so attention cost follows the sequence length; the built-in engine runs
every step in the smallest window that covers it. While all positions stay
below R the programs must agree with HF exactly as the full ones do.
"""
from __future__ import annotations

import numpy as np
import pytest

from hf2hlo_harness import oracle

S, R = 64, 32
VARIANTS = ["llama_bias", "gemma2"]  # plain; window + soft-caps + sandwich norms
TOL = 1e-4


@pytest.mark.parametrize("name", VARIANTS)
def test_read_window_prefill_and_batched_decode(engine, name, make_runner, hf_model):
    variant = name
    lengths, new = (5, 9, 13, 17), 8  # last position 17 + 8 - 1 = 24 < R
    prompts = [oracle.prompt(300 + b, n) for b, n in enumerate(lengths)]
    r = make_runner(engine, variant, batch=len(prompts), chunk=16, context=S, read_window=R)
    toks = [[int(np.argmax(r.prefill(b, p)))] for b, p in enumerate(prompts)]
    logits = [[] for _ in prompts]
    for _ in range(new - 1):
        lg = r.decode([t[-1] for t in toks], list(r.next_pos))
        for b in range(len(prompts)):
            r.next_pos[b] += 1
            logits[b].append(lg[b])
            toks[b].append(int(np.argmax(lg[b])))
    for b, p in enumerate(prompts):
        want, want_logits = oracle.generate(hf_model(variant), p, new)
        assert toks[b] == want, f"{engine}/{variant} row {b}: {toks[b]} != HF {want}"
        d = float(np.max(np.abs(np.stack(logits[b]) - want_logits[1:])))
        assert d <= TOL, f"{engine}/{variant} row {b}: decode logits max|diff| {d:.3g} > {TOL}"


@pytest.mark.parametrize("name", VARIANTS)
def test_cli_run_uses_read_windows_exactly(name, hf2hlo_bin, model_dir_of, hf_model):
    """`hf2hlo run` at S=512 compiles windows 64, 96, ..., 384 and 512 and
    runs the steps of this 21 + 12 token sequence in the 64 one; its tokens
    are still HF's."""
    import subprocess

    prompt, n = oracle.prompt(31, 21), 12
    cmd = [hf2hlo_bin, "run", model_dir_of(name), "--tokens", ",".join(map(str, prompt)), "--max-tokens", str(n),
           "--context", "512", "--chunk", "16"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    want, _ = oracle.generate(hf_model(name), prompt, n)
    assert [int(t) for t in out.stdout.strip().split(",")] == want
