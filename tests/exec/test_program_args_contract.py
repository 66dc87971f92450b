"""The argument-name contract (src/emit/emit.h `program_args`, docs/programs.md)
checked against the harness's copy (hf2hlo_harness.engines.RUNTIME_NAMES and
the cache.* rule): every argument of an emitted prefill and decode program is
either a checkpoint weight (named by its tensor) or a runtime name the harness
knows, and the caches are exactly cache.k.L / cache.v.L for every layer."""
from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from hf2hlo_harness.engines import RUNTIME_NAMES, is_runtime_name
from hf2hlo_harness.program import parse_signature

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(REPO, "tests", "goldens", "llama")


def emit(kind: str) -> str:
    binary = os.environ.get("HF2HLO_BIN", os.path.join(REPO, "build", "hf2hlo"))
    args = [binary, "emit", GOLDEN, "--kind", kind, "--batch", "2", "--context", "32"]
    if kind == "prefill":
        args += ["--chunk", "8"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("kind,runtime", [("prefill", {"tokens", "start", "length", "slot"}),
                                          ("decode", {"tokens", "pos"})])
def test_runtime_argument_names_match_the_harness(kind, runtime):
    sig = parse_signature(emit(kind))
    names = [a.name for a in sig.args]
    assert all(n for n in names), "every argument carries its name"
    runtime_args = [n for n in names if is_runtime_name(n)]
    assert {n for n in runtime_args if not n.startswith("cache.")} == runtime
    assert runtime <= RUNTIME_NAMES
    layers = json.load(open(os.path.join(GOLDEN, "config.json")))["num_hidden_layers"]
    caches = [n for n in runtime_args if n.startswith("cache.")]
    assert caches == [f"cache.{kv}.{i}" for i in range(layers) for kv in ("k", "v")]
    weights = [n for n in names if not is_runtime_name(n)]
    assert weights and all(re.fullmatch(r"[A-Za-z0-9_.\[\]:]+", n) for n in weights)
    # Weights come first, then the runtime inputs, then the caches.
    assert names == weights + [n for n in runtime_args if not n.startswith("cache.")] + caches
