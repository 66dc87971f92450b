"""Real-checkpoint tests: SmolLM2-135M-Instruct converted by scripts/prepare_smollm2.py.

Environment:
  HF2HLO_BIN    path of the hf2hlo binary (default <repo>/build/hf2hlo)
  HF2HLO_CACHE  cache root holding SmolLM2-135M-Instruct/ (default ~/.cache/hf2hlo)
`make real` prepares the folder first; without it these tests fail with the
command to run, they never skip silently.
"""
from __future__ import annotations

import os
import sys

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(REPO, "python"))


from hf2hlo_harness.smollm2 import require_smollm2  # noqa: E402


@pytest.fixture(scope="session")
def model_dir() -> str:
    d = require_smollm2("real")
    return d


@pytest.fixture(scope="session")
def hf2hlo_bin() -> str:
    return os.environ.get("HF2HLO_BIN", os.path.join(REPO, "build", "hf2hlo"))


@pytest.fixture(scope="session")
def hf(model_dir):
    """(model, tokenizer): HF fp32 eager on the converted folder, the oracle."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, attn_implementation="eager")
    model.eval()
    return model, tok
