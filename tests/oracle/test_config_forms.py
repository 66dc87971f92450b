"""Config keys whose effect in HF 4.57.6 differs from what they say, checked
on the saved folder that hf2hlo reads (the oracle tests of test_oracle.py
compare the same variants' logits and tokens with HF).

- exaone4_letters: config.json gives the sliding layers only as the letter
  `sliding_window_pattern` that Exaone4Config documents but fails on; hf2hlo
  reads it as the explicit layer_types the HF oracle is built with.
- gemma3_softcap: config.json carries `attn_logit_softcapping`, which HF's
  Gemma3 attention stores and never applies; hf2hlo applies no cap either and
  `inspect` lists the key as ignored.
"""
from __future__ import annotations

import json
import os
import subprocess

import pytest


def _config(model_dir: str) -> dict:
    with open(os.path.join(model_dir, "config.json")) as f:
        return json.load(f)


def _inspect(hf2hlo_bin: str, model_dir: str) -> str:
    out = subprocess.run([hf2hlo_bin, "inspect", model_dir], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _exaone4_letters(model_dir: str, hf2hlo_bin: str) -> None:
    from transformers import AutoConfig

    c = _config(model_dir)
    assert c["sliding_window_pattern"] == "LLGL" and "layer_types" not in c and c["sliding_window"] == 8
    with pytest.raises(TypeError):  # HF 4.57.6: (i + 1) % "LLGL"
        AutoConfig.from_pretrained(model_dir)
    info = _inspect(hf2hlo_bin, model_dir)
    assert "sliding_window=8 (layers 0,1)\n" in info and "nope_layers=2,3\n" in info, info


def _gemma3_softcap(model_dir: str, hf2hlo_bin: str) -> None:
    c = _config(model_dir)
    assert c["attn_logit_softcapping"] == 2.0 and c["final_logit_softcapping"] is None
    info = _inspect(hf2hlo_bin, model_dir)
    assert "attn_softcap" not in info, info
    assert "ignored:\n  attn_logit_softcapping=2 (present; HF's Gemma3 attention never applies it)\n" in info, info


FEATURE_CHECKS = {"exaone4_letters": _exaone4_letters, "gemma3_softcap": _gemma3_softcap}


def test_saved_config_form(feature_variant, model_dir_of, hf2hlo_bin):
    FEATURE_CHECKS[feature_variant](model_dir_of(feature_variant), hf2hlo_bin)
