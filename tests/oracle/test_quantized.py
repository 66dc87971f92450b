"""MLX affine-quantized checkpoints end to end.

The tiny Llama's weights are quantized the MLX way (4-bit levels packed eight
to a u32, low bits first, with a bf16 scale and bias per group of 32 columns)
and saved with `quantization: {bits: 4, group_size: 32}` in config.json. HF
gets the same weights dequantized (w = scale * level + bias in f32, rounded to
bf16). `hf2hlo run`, which dequantizes on load, must print HF's greedy tokens.
"""
from __future__ import annotations

import json
import os
import subprocess

import ml_dtypes
import numpy as np

from hf2hlo_harness import oracle, tiny

BITS, GROUP = 4, 32


def quantize(w: np.ndarray):
    """[out, in] f32 -> (packed u32 [out, in/8], scales bf16, biases bf16, dequantized f32)."""
    out, n = w.shape
    g = w.reshape(out, n // GROUP, GROUP)
    lo, hi = g.min(axis=2), g.max(axis=2)
    scale = ((hi - lo) / (2**BITS - 1)).astype(ml_dtypes.bfloat16)
    bias = lo.astype(ml_dtypes.bfloat16)
    s32, b32 = scale.astype(np.float32), bias.astype(np.float32)
    safe = np.where(s32 == 0, 1, s32)
    levels = np.clip(np.rint((g - b32[..., None]) / safe[..., None]), 0, 2**BITS - 1).astype(np.uint32)
    deq = (s32[..., None] * levels.astype(np.float32) + b32[..., None]).astype(np.float32)
    deq = deq.astype(ml_dtypes.bfloat16).astype(np.float32).reshape(out, n)
    flat = levels.reshape(out, n // 8, 8)
    packed = np.zeros((out, n // 8), np.uint32)
    for k in range(8):
        packed |= flat[:, :, k] << np.uint32(BITS * k)
    return packed, scale, bias, deq


def test_quantized_checkpoint_matches_hf_on_dequantized_weights(tmp_path, hf2hlo_bin, model_dir_of):
    import torch
    from safetensors.numpy import save_file

    src = model_dir_of("llama_untied")
    model = tiny.load_hf(src)
    tensors, state = {}, {}
    for name, p in model.state_dict().items():
        w = p.detach().numpy().astype(np.float32)
        if w.ndim == 2 and w.shape[1] % GROUP == 0:
            packed, scale, bias, deq = quantize(w)
            base = name[: -len(".weight")]
            tensors[name], tensors[base + ".scales"], tensors[base + ".biases"] = packed, scale, bias
            state[name] = torch.from_numpy(deq)
        else:
            b = w.astype(ml_dtypes.bfloat16)
            tensors[name] = b
            state[name] = torch.from_numpy(b.astype(np.float32))
    dst = tmp_path / "llama-q4"
    dst.mkdir()
    save_file(tensors, str(dst / "model.safetensors"))
    cfg = json.load(open(os.path.join(src, "config.json")))
    cfg["quantization"] = {"bits": BITS, "group_size": GROUP}
    cfg["torch_dtype"] = cfg["dtype"] = "bfloat16"
    json.dump(cfg, open(dst / "config.json", "w"))

    model.load_state_dict(state)
    prompt, n = oracle.prompt(41, 15), 16
    want, _ = oracle.generate(model, prompt, n)
    out = subprocess.run([hf2hlo_bin, "run", str(dst), "--tokens", ",".join(map(str, prompt)),
                          "--max-tokens", str(n), "--context", "64", "--chunk", "16"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [int(t) for t in out.stdout.strip().split(",")] == want
