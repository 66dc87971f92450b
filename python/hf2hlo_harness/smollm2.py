"""Where the prepared SmolLM2-135M-Instruct folder lives: $HF2HLO_CACHE (default
~/.cache/hf2hlo)/SmolLM2-135M-Instruct, the folder scripts/prepare_smollm2.py
writes and `hf2hlo run` / `serve` use when given no MODEL_DIR."""
from __future__ import annotations

import os


def smollm2_dir() -> str:
    root = os.environ.get("HF2HLO_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "hf2hlo")
    return os.path.join(root, "SmolLM2-135M-Instruct")


def require_smollm2(make_target: str) -> str:
    """The folder, or a pytest failure naming the command that prepares it
    (never a silent skip)."""
    import pytest

    d = smollm2_dir()
    if not os.path.isfile(os.path.join(d, "model.safetensors")):
        pytest.fail(f"{d} is not prepared; run `.venv/bin/python scripts/prepare_smollm2.py` "
                    f"(make {make_target} does)", pytrace=False)
    return d
