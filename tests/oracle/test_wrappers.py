"""Multimodal wrappers whose text tower is a supported family.

A hub Gemma3 checkpoint (model_type "gemma3") keeps the text config in
`text_config` and the text weights under `language_model.model.*`, beside
vision tensors that hf2hlo ignores. The test rewrites the tiny gemma3_text
variant into that layout and checks that `hf2hlo run` on it prints HF's greedy
tokens of the original text model.
"""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from hf2hlo_harness import oracle, tiny

pytestmark = pytest.mark.skipif("gemma3" not in tiny.VARIANTS, reason="no gemma3 tiny variant")


def _to_hub_wrapper(src: str, dst: str) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    text_cfg = json.load(open(os.path.join(src, "config.json")))
    tensors = {}
    for name, t in load_file(os.path.join(src, "model.safetensors")).items():
        if name.startswith("model."):
            tensors["language_model.model." + name[len("model."):]] = t
        elif name != "lm_head.weight":  # tied: the head is the embedding
            tensors[name] = t
    tensors["vision_tower.vision_model.embeddings.patch_embedding.weight"] = torch.zeros(4, 3, 2, 2)
    tensors["multi_modal_projector.mm_input_projection_weight"] = torch.zeros(4, 64)
    os.makedirs(dst, exist_ok=True)
    save_file(tensors, os.path.join(dst, "model.safetensors"))
    text_cfg.pop("architectures", None)
    wrapper = {"model_type": "gemma3", "architectures": ["Gemma3ForConditionalGeneration"],
               "text_config": text_cfg, "vision_config": {"model_type": "siglip_vision_model"},
               "torch_dtype": "float32"}
    with open(os.path.join(dst, "config.json"), "w") as f:
        json.dump(wrapper, f, indent=1)


def _wrapper_matches_hf(tmp_path, hf2hlo_bin, model_dir_of, hf_model, variant: str) -> str:
    """Runs `variant` rewritten into the wrapper layout and checks that `hf2hlo
    run` prints HF's greedy tokens of the text model. Returns `inspect`'s output."""
    dst = str(tmp_path / f"{variant}-wrapper")
    _to_hub_wrapper(model_dir_of(variant), dst)
    info = subprocess.run([hf2hlo_bin, "inspect", dst], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    assert "text tower of gemma3" in info.stdout
    prompt, n = oracle.prompt(21, 17), 12
    out = subprocess.run([hf2hlo_bin, "run", dst, "--tokens", ",".join(map(str, prompt)), "--max-tokens", str(n),
                          "--context", "64", "--chunk", "8"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    got = [int(t) for t in out.stdout.strip().split(",")]
    want, _ = oracle.generate(hf_model(variant), prompt, n)
    assert got == want
    return info.stdout


def test_gemma3_wrapper_runs_the_text_tower(tmp_path, hf2hlo_bin, model_dir_of, hf_model):
    _wrapper_matches_hf(tmp_path, hf2hlo_bin, model_dir_of, hf_model, "gemma3")


def test_gemma3_wrapper_ignores_attn_softcap(tmp_path, hf2hlo_bin, model_dir_of, hf_model):
    """The wrapper's text_config carries attn_logit_softcapping=2, which HF's
    Gemma3 attention ignores: no cap is applied and inspect lists the key as
    ignored."""
    info = _wrapper_matches_hf(tmp_path, hf2hlo_bin, model_dir_of, hf_model, "gemma3_softcap")
    assert "attn_softcap" not in info and "ignored:\n  attn_logit_softcapping=2 (" in info, info
