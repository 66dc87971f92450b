"""Tiny random Hugging Face decoder models for the oracle tests.

Every variant is small (hidden 64, 4 heads, 2 kv heads, head_dim 16,
intermediate 128, vocab 256) and deterministic (fixed torch seed). Every 1-D
parameter is randomised, because HF initialises norms to 1 and biases to 0,
which would hide bugs such as a missing bias or a norm applied to the wrong
tensor.

Remote-code families (mimo, internlm3, exaone, minicpm; not in transformers)
are saved in their hub layout (remote model_type, config keys and weight
names), while load_hf() returns the equivalent in-library model built from the
same folder (docs/layer-math.md, "Remote-code families"): the C++ emitter reads the remote
folder and is checked against that in-library oracle.

Usage: python -m hf2hlo_harness.tiny OUT_DIR [VARIANT ...]
"""
from __future__ import annotations

import copy
import json
import os
import sys
from typing import Any

from .tiny_variants import (  # noqa: F401  (re-exported: tiny.VARIANTS etc.)
    _BASE,
    _LEGACY_TYPES,
    NO_WINDOW,
    REMOTE_ORACLE,
    REMOTE_VARIANTS,
    SAVED_CONFIG_EDITS,
    SEED,
    VARIANTS,
    WINDOW_VARIANTS,
)


def _config_class(model_type: str):
    from transformers import CONFIG_MAPPING

    return CONFIG_MAPPING[model_type]


def _model_class(model_type: str):
    from transformers import MODEL_FOR_CAUSAL_LM_MAPPING

    return MODEL_FOR_CAUSAL_LM_MAPPING[_config_class(model_type)]


# PretrainedConfig arguments that no family lists in its own __init__.
_COMMON_KEYS = {"tie_word_embeddings", "bos_token_id", "eos_token_id", "pad_token_id"}


def _filter_base(model_type: str, kw: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Drop the _BASE keys that the family's config class does not take (e.g.
    rms_norm_eps for the LayerNorm families, hidden_act for gemma2/3, head_dim
    where HF derives it), so no stray, misleading key lands in config.json.
    Explicit overrides are always kept."""
    import inspect

    params = set(inspect.signature(_config_class(model_type).__init__).parameters)
    return {k: v for k, v in kw.items() if k in params or k in _COMMON_KEYS or k in overrides}


# ---- remote-code families: hub config.json <-> in-library oracle config ----

_REMOTE_DROP = ("model_type", "architectures", "auto_map", "transformers_version", "torch_dtype", "dtype")


def _remote_config_json(model_type: str, kw: dict[str, Any]) -> dict[str, Any]:
    """The hub-style config.json of a remote family, from _BASE + overrides."""
    kw = dict(kw)
    common = dict(
        vocab_size=kw["vocab_size"],
        hidden_size=kw["hidden_size"],
        intermediate_size=kw["intermediate_size"],
        num_attention_heads=kw["num_attention_heads"],
        num_key_value_heads=kw["num_key_value_heads"],
        max_position_embeddings=kw["max_position_embeddings"],
        rope_theta=kw["rope_theta"],
        rope_scaling=kw.get("rope_scaling"),
        initializer_range=kw["initializer_range"],
        bos_token_id=kw["bos_token_id"],
        eos_token_id=kw["eos_token_id"],
        pad_token_id=kw["pad_token_id"],
        use_cache=True,
        attention_dropout=0.0,
    )
    if model_type == "mimo":
        j = dict(
            common,
            architectures=["MiMoForCausalLM"],
            auto_map={
                "AutoConfig": "configuration_mimo.MiMoConfig",
                "AutoModel": "modeling_mimo.MiMoModel",
                "AutoModelForCausalLM": "modeling_mimo.MiMoForCausalLM",
            },
            num_hidden_layers=kw["num_hidden_layers"],
            hidden_act=kw["hidden_act"],
            rms_norm_eps=kw["rms_norm_eps"],
            # as the released MiMo configs: a window that use_sliding_window=false turns off
            use_sliding_window=False,
            sliding_window=32768,
            max_window_layers=kw["num_hidden_layers"],
            num_nextn_predict_layers=kw["num_nextn_predict_layers"],
            tie_word_embeddings=kw["tie_word_embeddings"],
        )
    elif model_type == "internlm3":
        j = dict(
            common,
            architectures=["InternLM3ForCausalLM"],
            auto_map={
                "AutoConfig": "configuration_internlm3.InternLM3Config",
                "AutoModel": "modeling_internlm3.InternLM3Model",
                "AutoModelForCausalLM": "modeling_internlm3.InternLM3ForCausalLM",
            },
            num_hidden_layers=kw["num_hidden_layers"],
            head_dim=kw["head_dim"],
            hidden_act=kw["hidden_act"],
            rms_norm_eps=kw["rms_norm_eps"],
            qkv_bias=kw["qkv_bias"],
            bias=kw["bias"],
            tie_word_embeddings=kw["tie_word_embeddings"],
        )
    elif model_type == "exaone":
        j = dict(
            common,
            architectures=["ExaoneForCausalLM"],
            auto_map={
                "AutoConfig": "configuration_exaone.ExaoneConfig",
                "AutoModelForCausalLM": "modeling_exaone.ExaoneForCausalLM",
                "AutoModelForSequenceClassification": "modeling_exaone.ExaoneForSequenceClassification",
            },
            num_layers=kw["num_hidden_layers"],
            activation_function=kw["hidden_act"],
            layer_norm_epsilon=kw["rms_norm_eps"],
            embed_dropout=0.0,
            tie_word_embeddings=kw["tie_word_embeddings"],
        )
    elif model_type == "minicpm":
        j = dict(
            common,
            architectures=["MiniCPMForCausalLM"],
            auto_map={
                "AutoConfig": "configuration_minicpm.MiniCPMConfig",
                "AutoModel": "modeling_minicpm.MiniCPMModel",
                "AutoModelForCausalLM": "modeling_minicpm.MiniCPMForCausalLM",
            },
            num_hidden_layers=kw["num_hidden_layers"],
            hidden_act=kw["hidden_act"],
            rms_norm_eps=kw["rms_norm_eps"],
            scale_emb=kw["scale_emb"],
            dim_model_base=kw["dim_model_base"],
            scale_depth=kw["scale_depth"],
        )
        if "tie_word_embeddings" in kw:
            j["tie_word_embeddings"] = kw["tie_word_embeddings"]
    else:
        raise KeyError(model_type)
    j["model_type"] = model_type
    return j


def remote_to_oracle(cfg_json: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(oracle model_type, oracle config kwargs) for a remote family's
    config.json (docs/layer-math.md, "Remote-code families"). The inverse of _remote_config_json."""
    mt = cfg_json["model_type"]
    j = {k: v for k, v in cfg_json.items() if k not in _REMOTE_DROP}
    if mt == "mimo":
        # MiMoConfig(Qwen2Config) + num_nextn_predict_layers; the mtp layers are not used in forward
        j.pop("num_nextn_predict_layers", None)
        return "qwen2", j
    if mt == "internlm3":
        qkv_bias, bias = bool(j.pop("qkv_bias", False)), bool(j.pop("bias", False))
        # Llama's attention_bias covers q,k,v and o; the missing ones are zero-filled on load
        j["attention_bias"] = qkv_bias or bias
        j["mlp_bias"] = bias
        j.setdefault("tie_word_embeddings", False)
        return "llama", j
    if mt == "exaone":
        j["num_hidden_layers"] = j.pop("num_layers")
        j["hidden_act"] = j.pop("activation_function", "silu")
        j["rms_norm_eps"] = j.pop("layer_norm_epsilon", 1e-5)
        j.pop("embed_dropout", None)
        if j.get("intermediate_size") is None:
            j["intermediate_size"] = 4 * j["hidden_size"]
        j.setdefault("tie_word_embeddings", True)  # not in ExaoneConfig's signature: PretrainedConfig default
        j["attention_bias"] = False
        j["mlp_bias"] = False
        return "llama", j
    if mt == "minicpm":
        import math

        scale_emb = float(j.pop("scale_emb", 1.0))
        dim_model_base = j.pop("dim_model_base", j["hidden_size"])
        scale_depth = float(j.pop("scale_depth", 1.0))
        heads = j["num_attention_heads"]
        head_dim = j.get("head_dim") or j["hidden_size"] // heads
        j["embedding_multiplier"] = scale_emb
        j["residual_multiplier"] = scale_depth / math.sqrt(j["num_hidden_layers"])
        j["attention_multiplier"] = head_dim**-0.5
        j["logits_scaling"] = j["hidden_size"] / dim_model_base
        j.setdefault("tie_word_embeddings", True)
        return "granite", j
    raise KeyError(f"not a remote family: {mt!r}")


# EXAONE 3.x checkpoint names -> Llama names (docs/layer-math.md, "EXAONE 3.x"); {N} = layer index
_EXAONE_NAMES = [
    ("transformer.wte.weight", "model.embed_tokens.weight"),
    ("transformer.ln_f.weight", "model.norm.weight"),
    ("transformer.h.{N}.ln_1.weight", "model.layers.{N}.input_layernorm.weight"),
    ("transformer.h.{N}.ln_2.weight", "model.layers.{N}.post_attention_layernorm.weight"),
    ("transformer.h.{N}.attn.attention.q_proj.weight", "model.layers.{N}.self_attn.q_proj.weight"),
    ("transformer.h.{N}.attn.attention.k_proj.weight", "model.layers.{N}.self_attn.k_proj.weight"),
    ("transformer.h.{N}.attn.attention.v_proj.weight", "model.layers.{N}.self_attn.v_proj.weight"),
    ("transformer.h.{N}.attn.attention.out_proj.weight", "model.layers.{N}.self_attn.o_proj.weight"),
    ("transformer.h.{N}.mlp.c_fc_0.weight", "model.layers.{N}.mlp.gate_proj.weight"),
    ("transformer.h.{N}.mlp.c_fc_1.weight", "model.layers.{N}.mlp.up_proj.weight"),
    ("transformer.h.{N}.mlp.c_proj.weight", "model.layers.{N}.mlp.down_proj.weight"),
    ("lm_head.weight", "lm_head.weight"),
]


def _translate(name: str, pairs, src: int) -> str | None:
    import re

    for pair in pairs:
        pat = "^" + re.escape(pair[src]).replace(r"\{N\}", r"(\d+)") + "$"
        m = re.match(pat, name)
        if m:
            return pair[1 - src].replace("{N}", m.group(1)) if m.groups() else pair[1 - src]
    return None


def remote_weight_name(model_type: str, oracle_name: str) -> str:
    """The hub checkpoint name of an oracle (in-library) parameter name."""
    if model_type != "exaone":
        return oracle_name
    out = _translate(oracle_name, _EXAONE_NAMES, 1)
    if out is None:
        raise KeyError(f"exaone: no checkpoint name for {oracle_name!r}")
    return out


def oracle_weight_name(model_type: str, remote_name: str) -> str | None:
    """The oracle parameter name of a hub checkpoint tensor; None = not used by
    the forward (mimo's multi-token-prediction layers)."""
    if model_type == "mimo" and remote_name.startswith("model.mtp_layers."):
        return None
    if model_type != "exaone":
        return remote_name
    out = _translate(remote_name, _EXAONE_NAMES, 0)
    if out is None:
        raise KeyError(f"exaone: unknown checkpoint tensor {remote_name!r}")
    return out


def _mimo_mtp_tensors(cfg, seed: int) -> dict[str, Any]:
    """Random stand-ins for MiMo's multi-token-prediction block (unused by the forward)."""
    import torch

    g = torch.Generator().manual_seed(seed + 7)
    H, I = cfg.hidden_size, cfg.intermediate_size
    hd = H // cfg.num_attention_heads
    q, kv = cfg.num_attention_heads * hd, cfg.num_key_value_heads * hd
    p = "model.mtp_layers.0."
    shapes = {
        "token_layernorm.weight": [H],
        "hidden_layernorm.weight": [H],
        "input_proj.weight": [H, 2 * H],
        "input_layernorm.weight": [H],
        "self_attn.q_proj.weight": [q, H],
        "self_attn.q_proj.bias": [q],
        "self_attn.k_proj.weight": [kv, H],
        "self_attn.k_proj.bias": [kv],
        "self_attn.v_proj.weight": [kv, H],
        "self_attn.v_proj.bias": [kv],
        "self_attn.o_proj.weight": [H, q],
        "post_attention_layernorm.weight": [H],
        "mlp.gate_proj.weight": [I, H],
        "mlp.up_proj.weight": [I, H],
        "mlp.down_proj.weight": [H, I],
        "final_layernorm.weight": [H],
    }
    return {p + k: torch.randn(s, generator=g) * 0.1 for k, s in shapes.items()}


def _variant_kwargs(variant: str) -> dict[str, Any]:
    model_type, overrides, _ = VARIANTS[variant]
    kw = dict(_BASE)
    kw.update(copy.deepcopy(overrides))
    return kw


def make_config(variant: str, *, remove_window: bool = False):
    """The HF config of a variant (for a remote family: of its in-library
    oracle); remove_window takes away any sliding window's effect."""
    model_type, overrides, _ = VARIANTS[variant]
    kw = _variant_kwargs(variant)
    if model_type in REMOTE_ORACLE:
        otype, okw = remote_to_oracle(_remote_config_json(model_type, kw))
        cfg = _config_class(otype)(**okw)
        cfg._attn_implementation = "eager"
        return _remove_window(cfg) if remove_window else cfg
    if model_type in _LEGACY_TYPES:
        if model_type == "qwen2":
            kw.pop("head_dim", None)  # Qwen2 has no head_dim field: 64 / 4 = 16 anyway
        if remove_window:
            if model_type == "qwen2":
                kw["use_sliding_window"] = False
            if "sliding_window" in kw:
                kw["sliding_window"] = None
            kw.pop("layer_types", None)
        cfg = _config_class(model_type)(**kw)
    else:
        kw = _filter_base(model_type, kw, overrides)
        cfg = _config_class(model_type)(**kw)
        if remove_window:
            cfg = _remove_window(cfg)
    cfg._attn_implementation = "eager"
    return cfg


def _remove_window(cfg):
    """A copy of an HF config whose sliding window no longer bites: the legacy
    families (llama, mistral, qwen2) drop it as before; the others keep their
    layer_types (they also pick RoPE theta/scaling/NoPE per layer) and get a
    window of NO_WINDOW tokens, larger than any prompt."""
    d = cfg.to_dict()
    if d.get("model_type") in _LEGACY_TYPES:
        d.pop("layer_types", None)
        d["sliding_window"] = None
        if d.get("model_type") == "qwen2":
            d["use_sliding_window"] = False
    elif d.get("sliding_window") is not None:
        d["sliding_window"] = NO_WINDOW
    new = type(cfg).from_dict(d)
    new._attn_implementation = "eager"
    return new


def sliding_layers(cfg) -> list[int]:
    """Indices of the layers that use a sliding window in HF for this config
    (whatever its size; see window_bites())."""
    if getattr(cfg, "sliding_window", None) is None:
        return []
    if getattr(cfg, "model_type", None) == "smollm3" and not getattr(cfg, "use_sliding_window", False):
        return []
    types = getattr(cfg, "layer_types", None)
    if types is None:  # mistral, phi3, starcoder2: every layer slides when sliding_window is set
        return list(range(cfg.num_hidden_layers))
    return [i for i, t in enumerate(types) if t == "sliding_attention"]


def window_bites(cfg, length: int) -> bool:
    """Whether HF's sliding window hides any key from a query in a sequence of
    `length` tokens (window W shows keys i-W < j <= i)."""
    return bool(sliding_layers(cfg)) and length > cfg.sliding_window


def nope_layers(cfg) -> list[int]:
    """Indices of the layers that apply no RoPE in HF for this config."""
    mt = getattr(cfg, "model_type", None)
    n = cfg.num_hidden_layers
    if mt == "smollm3":
        return [i for i in range(n) if not cfg.no_rope_layers[i]]
    if mt == "exaone4":  # RoPE iff sliding_window is None or the layer slides
        if cfg.sliding_window is None:
            return []
        return [i for i in range(n) if cfg.layer_types[i] != "sliding_attention"]
    if mt == "cohere2":  # RoPE only on sliding layers
        if cfg.sliding_window is None:
            return list(range(n))
        return [i for i in range(n) if cfg.layer_types[i] != "sliding_attention"]
    return []


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

    _, _, storage = VARIANTS[variant]
    cfg = make_config(variant)
    torch.manual_seed(seed)
    model = _model_class(cfg.model_type)(cfg)  # a remote family: its in-library oracle
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


def _write_config_json(out_dir: str, cfg_json: dict[str, Any], storage: str) -> None:
    # transformers 4.57 writes "dtype"; checkpoints saved by older versions
    # (most of the hub) carry "torch_dtype". Write both so either reader works.
    cfg_json["torch_dtype"] = cfg_json.get("dtype", "bfloat16" if storage == "bf16" else "float32")
    cfg_json.setdefault("dtype", cfg_json["torch_dtype"])
    with open(os.path.join(out_dir, "config.json"), "w") as f:
        json.dump(cfg_json, f, indent=2, sort_keys=True)
        f.write("\n")


def save_variant(variant: str, out_dir: str, *, seed: int | None = None) -> str:
    """Build a variant and save it (safetensors) into out_dir. Returns out_dir.
    A remote family is saved in its hub layout (config keys, weight names,
    extra unused tensors)."""
    import torch

    model_type, _, storage = VARIANTS[variant]
    if seed is None:
        seed = variant_seed(variant)
    model = build_model(variant, seed=seed)
    if storage == "bf16":
        model = model.to(torch.bfloat16)
    model.config.dtype = torch.bfloat16 if storage == "bf16" else torch.float32
    os.makedirs(out_dir, exist_ok=True)
    model.save_pretrained(out_dir, safe_serialization=True)
    if model_type in REMOTE_ORACLE:
        import transformers
        from safetensors.torch import load_file, save_file

        cfg_json = _remote_config_json(model_type, _variant_kwargs(variant))
        cfg_json["dtype"] = "bfloat16" if storage == "bf16" else "float32"
        cfg_json["transformers_version"] = transformers.__version__
        st = os.path.join(out_dir, "model.safetensors")
        tensors = load_file(st)  # save_pretrained already left out a tied lm_head
        remote = {remote_weight_name(model_type, k): v.contiguous() for k, v in tensors.items()}
        if model_type == "mimo":
            dtype = next(iter(tensors.values())).dtype
            remote.update({k: v.to(dtype) for k, v in _mimo_mtp_tensors(model.config, seed).items()})
        os.remove(st)
        save_file(remote, st, metadata={"format": "pt"})
    else:
        with open(os.path.join(out_dir, "config.json")) as f:
            cfg_json = json.load(f)
    drop, put = SAVED_CONFIG_EDITS.get(variant, ((), {}))
    for k in drop:
        cfg_json.pop(k, None)
    cfg_json.update(put)
    _write_config_json(out_dir, cfg_json, storage)
    with open(os.path.join(out_dir, "hf2hlo_variant.json"), "w") as f:
        json.dump({"variant": variant, "seed": seed, "storage": storage}, f)
    return out_dir


def _finish(model):
    model.eval()
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = 0
    model.generation_config.bos_token_id = None
    return model


def _load_remote(model_dir: str, cfg_json: dict[str, Any], remove_window: bool):
    """The in-library oracle of a remote family's folder: the config reverse-mapped
    (remote_to_oracle), the weights renamed, mimo's mtp tensors dropped, and
    biases the oracle has but the checkpoint lacks (internlm3 qkv_bias != bias)
    zero-filled."""
    import glob

    import torch
    from safetensors.torch import load_file

    mt = cfg_json["model_type"]
    otype, okw = remote_to_oracle(cfg_json)
    cfg = _config_class(otype)(**okw)
    cfg._attn_implementation = "eager"
    if remove_window:
        cfg = _remove_window(cfg)
    torch.manual_seed(0)
    model = _model_class(otype)(cfg).to(torch.float32)
    sd: dict[str, Any] = {}
    for fn in sorted(glob.glob(os.path.join(model_dir, "*.safetensors"))):
        for k, v in load_file(fn).items():
            name = oracle_weight_name(mt, k)
            if name is not None:
                sd[name] = v.to(torch.float32)
    want = model.state_dict()
    if cfg.tie_word_embeddings:
        sd.setdefault("lm_head.weight", sd.get("model.embed_tokens.weight"))
    for k, v in want.items():
        if k not in sd and k.endswith(".bias") and mt == "internlm3":
            sd[k] = torch.zeros_like(v)
    missing = sorted(set(want) - set(sd))
    unexpected = sorted(set(sd) - set(want))
    if missing or unexpected:
        raise KeyError(f"{model_dir} ({mt} -> {otype}): missing {missing}, unexpected {unexpected}")
    model.load_state_dict(sd, strict=True)
    if cfg.tie_word_embeddings:
        model.tie_weights()
    return _finish(model)


def saved_variant(model_dir: str) -> str | None:
    """The variant save_variant wrote into model_dir, or None."""
    try:
        with open(os.path.join(model_dir, "hf2hlo_variant.json")) as f:
            return json.load(f).get("variant")
    except FileNotFoundError:
        return None


def load_hf(model_dir: str, *, remove_window: bool = False):
    """Load a saved tiny model in fp32 eager (the oracle). remove_window takes
    away the sliding window's effect while keeping the same weights (and, for
    the newer families, the same per-layer RoPE/NoPE choices). A remote family
    gives its in-library equivalent; a SAVED_CONFIG_EDITS variant its explicit
    config."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    with open(os.path.join(model_dir, "config.json")) as f:
        cfg_json = json.load(f)
    if cfg_json.get("model_type") in REMOTE_ORACLE:
        return _load_remote(model_dir, cfg_json, remove_window)
    variant = saved_variant(model_dir)
    if variant in SAVED_CONFIG_EDITS:
        cfg = make_config(variant, remove_window=remove_window)
    else:
        cfg = AutoConfig.from_pretrained(model_dir)
        if remove_window:
            cfg = _remove_window(cfg)
    model = AutoModelForCausalLM.from_pretrained(
        model_dir, config=cfg, dtype=torch.float32, attn_implementation="eager"
    )
    return _finish(model)


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
