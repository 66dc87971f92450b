"""Tiny random Hugging Face decoder models for the oracle tests.

Every variant is small (hidden 64, 4 heads, 2 kv heads, head_dim 16,
intermediate 128, vocab 256) and deterministic (fixed torch seed). Every 1-D
parameter is randomised, because HF initialises norms to 1 and biases to 0,
which would hide bugs such as a missing bias or a norm applied to the wrong
tensor.

Usage: python -m hf2hlo_harness.tiny OUT_DIR [VARIANT ...]
"""
from __future__ import annotations

import copy
import json
import os
import sys
from typing import Any

SEED = 1234

_BASE: dict[str, Any] = dict(
    vocab_size=256,
    hidden_size=64,
    intermediate_size=128,
    num_hidden_layers=2,
    num_attention_heads=4,
    num_key_value_heads=2,
    head_dim=16,
    max_position_embeddings=256,
    rms_norm_eps=1e-5,
    rope_theta=10000.0,
    # Larger than HF's 0.02 so that logits and attention scores have a real
    # spread (logit std ~1) and greedy choices are not near-ties.
    initializer_range=0.1,
    hidden_act="silu",
    bos_token_id=None,
    eos_token_id=None,
    pad_token_id=None,
)

# variant -> (model_type, config overrides, storage dtype)
VARIANTS: dict[str, tuple[str, dict[str, Any], str]] = {
    "llama": ("llama", dict(tie_word_embeddings=True), "f32"),
    "llama_untied": ("llama", dict(tie_word_embeddings=False), "f32"),
    "llama_bias": ("llama", dict(tie_word_embeddings=False, attention_bias=True, mlp_bias=True), "f32"),
    "llama_bf16": ("llama", dict(tie_word_embeddings=False), "bf16"),
    "llama3_scaling": (
        "llama",
        dict(
            tie_word_embeddings=False,
            rope_theta=500000.0,
            rope_scaling={
                "rope_type": "llama3",
                "factor": 8.0,
                "low_freq_factor": 1.0,
                "high_freq_factor": 4.0,
                "original_max_position_embeddings": 32,
            },
        ),
        "f32",
    ),
    "llama_linear": ("llama", dict(tie_word_embeddings=False, rope_scaling={"type": "linear", "factor": 2.0}), "f32"),
    "mistral_window": ("mistral", dict(tie_word_embeddings=False, sliding_window=8, num_hidden_layers=3), "f32"),
    "qwen2": ("qwen2", dict(tie_word_embeddings=True), "f32"),
    "qwen2_window": (
        "qwen2",
        dict(
            tie_word_embeddings=True,
            use_sliding_window=True,
            sliding_window=8,
            max_window_layers=1,
            num_hidden_layers=3,
        ),
        "f32",
    ),
}

WINDOW_VARIANTS = ["mistral_window", "qwen2_window"]


def _config_class(model_type: str):
    from transformers import LlamaConfig, MistralConfig, Qwen2Config

    return {"llama": LlamaConfig, "mistral": MistralConfig, "qwen2": Qwen2Config}[model_type]


def _model_class(model_type: str):
    from transformers import LlamaForCausalLM, MistralForCausalLM, Qwen2ForCausalLM

    return {"llama": LlamaForCausalLM, "mistral": MistralForCausalLM, "qwen2": Qwen2ForCausalLM}[model_type]


def make_config(variant: str, *, remove_window: bool = False):
    """The HF config of a variant; remove_window drops any sliding window."""
    model_type, overrides, _ = VARIANTS[variant]
    kw = dict(_BASE)
    kw.update(copy.deepcopy(overrides))
    if model_type == "qwen2":
        kw.pop("head_dim", None)  # Qwen2 has no head_dim field: 64 / 4 = 16 anyway
    if remove_window:
        if model_type == "qwen2":
            kw["use_sliding_window"] = False
        if "sliding_window" in kw:
            kw["sliding_window"] = None
        kw.pop("layer_types", None)
    cfg = _config_class(model_type)(**kw)
    cfg._attn_implementation = "eager"
    return cfg


def sliding_layers(cfg) -> list[int]:
    """Indices of the layers that use a sliding window in HF for this config."""
    if getattr(cfg, "sliding_window", None) is None:
        return []
    types = getattr(cfg, "layer_types", None)
    if types is None:  # mistral: every layer slides when sliding_window is set
        return list(range(cfg.num_hidden_layers))
    return [i for i, t in enumerate(types) if t == "sliding_attention"]


def _randomise(model, seed: int) -> None:
    import torch

    torch.manual_seed(seed)
    # Re-draw in a fixed order so the values do not depend on HF init details.
    std = model.config.initializer_range
    with torch.no_grad():
        for name, p in sorted(model.named_parameters(), key=lambda kv: kv[0]):
            if p.dim() == 1:
                if name.endswith("bias"):
                    p.copy_(torch.randn_like(p) * 0.1)
                else:  # norm weights
                    p.copy_(1.0 + 0.1 * torch.randn_like(p))
            else:
                p.copy_(torch.randn_like(p) * std)


def variant_seed(variant: str) -> int:
    """A fixed per-variant seed, so variants do not share their weight values."""
    return SEED + 101 * list(VARIANTS).index(variant)


def build_model(variant: str, *, seed: int | None = None):
    """Build the fp32 HF model of a variant with its final (stored) weight values."""
    import torch

    if seed is None:
        seed = variant_seed(variant)

    model_type, _, storage = VARIANTS[variant]
    cfg = make_config(variant)
    torch.manual_seed(seed)
    model = _model_class(model_type)(cfg)
    _randomise(model, seed)
    if storage == "bf16":
        with torch.no_grad():
            for p in model.parameters():
                p.copy_(p.to(torch.bfloat16).to(torch.float32))
    elif storage != "f32":
        raise ValueError(f"unknown storage dtype {storage!r}")
    model.eval()
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = 0
    model.generation_config.bos_token_id = None
    return model


def save_variant(variant: str, out_dir: str, *, seed: int | None = None) -> str:
    """Build a variant and save it (safetensors) into out_dir. Returns out_dir."""
    import torch

    _, _, storage = VARIANTS[variant]
    if seed is None:
        seed = variant_seed(variant)
    model = build_model(variant, seed=seed)
    if storage == "bf16":
        model = model.to(torch.bfloat16)
    model.config.dtype = torch.bfloat16 if storage == "bf16" else torch.float32
    os.makedirs(out_dir, exist_ok=True)
    model.save_pretrained(out_dir, safe_serialization=True)
    # transformers 4.57 writes "dtype"; checkpoints saved by older versions
    # (most of the hub) carry "torch_dtype". Write both so either reader works.
    cfg_path = os.path.join(out_dir, "config.json")
    with open(cfg_path) as f:
        cfg_json = json.load(f)
    cfg_json["torch_dtype"] = cfg_json.get("dtype", "bfloat16" if storage == "bf16" else "float32")
    with open(cfg_path, "w") as f:
        json.dump(cfg_json, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(out_dir, "hf2hlo_variant.json"), "w") as f:
        json.dump({"variant": variant, "seed": seed, "storage": storage}, f)
    return out_dir


def load_hf(model_dir: str, *, remove_window: bool = False):
    """Load a saved tiny model in fp32 eager (the oracle). remove_window drops the
    sliding window while keeping the same weights."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    cfg = AutoConfig.from_pretrained(model_dir)
    if remove_window:
        d = cfg.to_dict()
        d.pop("layer_types", None)
        d["sliding_window"] = None
        if d.get("model_type") == "qwen2":
            d["use_sliding_window"] = False
        cfg = type(cfg).from_dict(d)
    model = AutoModelForCausalLM.from_pretrained(
        model_dir, config=cfg, dtype=torch.float32, attn_implementation="eager"
    )
    model.eval()
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = 0
    model.generation_config.bos_token_id = None
    return model


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        print("variants:", ", ".join(VARIANTS))
        return 2
    out = argv[0]
    names = argv[1:] or list(VARIANTS)
    for v in names:
        d = save_variant(v, os.path.join(out, v))
        print(d)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
