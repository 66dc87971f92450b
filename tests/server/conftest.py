"""OpenAI-compatible server tests: `hf2hlo serve` as a subprocess, driven over HTTP.

Environment:
  HF2HLO_BIN    path of the hf2hlo binary (default <repo>/build/hf2hlo)
  HF2HLO_CACHE  cache root holding SmolLM2-135M-Instruct/ (default ~/.cache/hf2hlo)
`make server` prepares the SmolLM2 folder first; without it these tests fail
with the command to run, they never skip silently. The tiny random model
(tiny_dir) borrows SmolLM2's tokenizer, chat template and generation config,
so it needs the folder too.

Two servers live for the whole session: `tiny_server` (the tiny random Llama,
4 slots, context 256, prefill chunk 32) and `smol_server` (SmolLM2, 4 slots,
context 1024). The helpers (Server, Metrics, SSE parsing) are in serverlib.py.
"""
from __future__ import annotations

import os
import signal

import pytest

from hf2hlo_harness.smollm2 import require_smollm2
from serverlib import REPO, SMOL_MODEL_NAME, TINY_MODEL_NAME, Server, build_tiny, hf_greedy, load_tiny_hf

# Measurements that tests want shown in the terminal summary (pytest without -s
# hides the prints of passing tests). Tests append lines.
REPORT: list[str] = []


@pytest.fixture(scope="session")
def report() -> list[str]:
    return REPORT


def pytest_configure(config):
    config.addinivalue_line("markers", "load: the concurrent load test (runs in `make server`)")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if REPORT:
        terminalreporter.section("server measurements")
        for line in REPORT:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def smol_dir() -> str:
    d = require_smollm2("server")
    return d


@pytest.fixture(scope="session")
def hf2hlo_bin() -> str:
    b = os.environ.get("HF2HLO_BIN", os.path.join(REPO, "build", "hf2hlo"))
    if not os.access(b, os.X_OK):
        pytest.fail(f"{b} is not an executable; build it (make build) or set HF2HLO_BIN", pytrace=False)
    return b


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory, smol_dir) -> str:
    d = build_tiny(str(tmp_path_factory.mktemp("tiny") / "tiny-llama"), smol_dir)
    # Not degenerate: greedy continuations of a few prompts use many distinct tokens.
    model = load_tiny_hf(d)
    for ids in ([100, 200, 300], list(range(1000, 1020))):
        toks, _ = hf_greedy(model, ids, 24)
        assert len(set(toks)) >= 8, f"tiny model degenerate: greedy tokens {toks}"
    return d


@pytest.fixture(scope="session")
def tiny_hf(tiny_dir):
    return load_tiny_hf(tiny_dir)


@pytest.fixture(scope="session")
def smol_tok(smol_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(smol_dir)


def _server_fixture(**kw):
    s = Server(**kw)
    yield s
    rc = s.stop()
    # SIGTERM is the normal way to stop it; a crash before then is a failure.
    assert rc in (0, -signal.SIGTERM, 128 + signal.SIGTERM), f"server exit status {rc}; stderr:\n{s.log}"


@pytest.fixture(scope="session")
def tiny_server(hf2hlo_bin, tiny_dir):
    yield from _server_fixture(hf2hlo_bin=hf2hlo_bin, model_dir=tiny_dir, batch=4, context=256, chunk=32,
                               model_name=TINY_MODEL_NAME)


@pytest.fixture(scope="session")
def smol_server(hf2hlo_bin, smol_dir):
    yield from _server_fixture(hf2hlo_bin=hf2hlo_bin, model_dir=smol_dir, batch=4, context=1024,
                               model_name=SMOL_MODEL_NAME)
