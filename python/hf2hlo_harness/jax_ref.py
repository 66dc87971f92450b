"""A reference implementation of the hf2hlo program contract, written in JAX.

Development aid only: it lets the harness (runner, engines, oracle tests) be
checked end to end independently of the C++ emitter, and gives a second
opinion when an emitted program disagrees with HF. Supports the llama,
mistral and qwen2 families of the tiny variants (biases, tied head, rope
scaling through HF's own rotary module, sliding windows).

CLI, mirroring `hf2hlo emit`:
  python -m hf2hlo_harness.jax_ref emit MODEL_DIR --kind prefill|decode \
      --batch B --context S --chunk P -o FILE
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

import numpy as np

from .program import _match_close, _split_top


def _load_cfg(model_dir: str):
    from transformers import AutoConfig

    return AutoConfig.from_pretrained(model_dir)


def _rope_tables(cfg, S: int) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin [S, D] exactly as HF's rotary module computes them."""
    import torch
    from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding

    rot = LlamaRotaryEmbedding(cfg)
    x = torch.zeros(1, dtype=torch.float32)
    cos, sin = rot(x, torch.arange(S)[None])
    return cos[0].numpy(), sin[0].numpy()


def _weight_names(cfg, dtypes: dict[str, str]) -> list[str]:
    mt = cfg.model_type
    attn_bias = getattr(cfg, "attention_bias", False) if mt == "llama" else False
    qkv_bias = attn_bias or mt == "qwen2"
    mlp_bias = getattr(cfg, "mlp_bias", False) if mt == "llama" else False
    names = ["model.embed_tokens.weight"]
    for i in range(cfg.num_hidden_layers):
        p = f"model.layers.{i}."
        names.append(p + "input_layernorm.weight")
        for m in "qkv":
            names.append(p + f"self_attn.{m}_proj.weight")
            if qkv_bias:
                names.append(p + f"self_attn.{m}_proj.bias")
        names.append(p + "self_attn.o_proj.weight")
        if attn_bias:
            names.append(p + "self_attn.o_proj.bias")
        names.append(p + "post_attention_layernorm.weight")
        for m in ("gate", "up", "down"):
            names.append(p + f"mlp.{m}_proj.weight")
            if mlp_bias:
                names.append(p + f"mlp.{m}_proj.bias")
    names.append("model.norm.weight")
    if not cfg.tie_word_embeddings:
        names.append("lm_head.weight")
    return names


def _sliding(cfg) -> list[bool]:
    W = getattr(cfg, "sliding_window", None)
    n = cfg.num_hidden_layers
    if W is None:
        return [False] * n
    types = getattr(cfg, "layer_types", None)
    if types is None:
        return [True] * n
    return [t == "sliding_attention" for t in types]


def build(model_dir: str, kind: str, B: int, S: int, P: int) -> str:
    import jax
    import jax.numpy as jnp
    from jax import lax

    from .weights import load_checkpoint

    cfg = _load_cfg(model_dir)
    ck = load_checkpoint(model_dir)
    names = _weight_names(cfg, {})
    warrs = [ck.resolve(n) for n in names]
    L = cfg.num_hidden_layers
    Hq, Hkv = cfg.num_attention_heads, cfg.num_key_value_heads
    D = getattr(cfg, "head_dim", None) or cfg.hidden_size // Hq
    eps = cfg.rms_norm_eps
    W = getattr(cfg, "sliding_window", None)
    sliding = _sliding(cfg)
    cos_t, sin_t = _rope_tables(cfg, S)
    scale = np.float32(D**-0.5)
    NEG = np.float32(-1e30)

    def wmap(ws):
        return {n: w.astype(jnp.float32) for n, w in zip(names, ws)}

    def rms(x, w):
        return w * (x * lax.rsqrt(jnp.mean(x * x, axis=-1, keepdims=True) + eps))

    def lin(w, x, name):
        y = x @ w[name + ".weight"].T
        if name + ".bias" in w:
            y = y + w[name + ".bias"]
        return y

    def rope(x, cos, sin):  # x [T, H, D], cos/sin [T, D]
        h = D // 2
        rot = jnp.concatenate([-x[..., h:], x[..., :h]], axis=-1)
        return x * cos[:, None, :] + rot * sin[:, None, :]

    def layer_qkv(w, i, x, cos, sin):
        p = f"model.layers.{i}."
        h = rms(x, w[p + "input_layernorm.weight"])
        T = x.shape[0]
        q = lin(w, h, p + "self_attn.q_proj").reshape(T, Hq, D)
        k = lin(w, h, p + "self_attn.k_proj").reshape(T, Hkv, D)
        v = lin(w, h, p + "self_attn.v_proj").reshape(T, Hkv, D)
        return rope(q, cos, sin), rope(k, cos, sin), v

    def attend(q, K, V, qpos, i):  # q [T,Hq,D], K/V [S,Hkv,D], qpos [T]
        rep = Hq // Hkv
        Kr = jnp.repeat(K, rep, axis=1)
        Vr = jnp.repeat(V, rep, axis=1)
        s = jnp.einsum("thd,shd->hts", q, Kr) * scale
        j = jnp.arange(S)[None, :]
        ok = j <= qpos[:, None]
        if sliding[i]:
            ok = ok & (j > qpos[:, None] - W)
        s = s + jnp.where(ok, np.float32(0), NEG)[None]
        pr = jax.nn.softmax(s, axis=-1)
        o = jnp.einsum("hts,shd->thd", pr, Vr)
        return o.reshape(q.shape[0], Hq * D)

    def block_rest(w, i, x, o):
        p = f"model.layers.{i}."
        x = x + lin(w, o, p + "self_attn.o_proj")
        h = rms(x, w[p + "post_attention_layernorm.weight"])
        g = lin(w, h, p + "mlp.gate_proj")
        u = lin(w, h, p + "mlp.up_proj")
        return x + lin(w, jax.nn.silu(g) * u, p + "mlp.down_proj")

    def head(w, x):
        x = rms(x, w["model.norm.weight"])
        hw = w["model.embed_tokens.weight"] if cfg.tie_word_embeddings else w["lm_head.weight"]
        return x @ hw.T

    cos_c, sin_c = jnp.asarray(cos_t), jnp.asarray(sin_t)
    nW = len(names)

    if kind == "prefill":

        def f(*args):
            w = wmap(args[:nW])
            tokens, start, length, slot = args[nW : nW + 4]
            caches = list(args[nW + 4 :])
            x = jnp.take(w["model.embed_tokens.weight"], tokens, axis=0)
            cos = lax.dynamic_slice(cos_c, (start, 0), (P, D))
            sin = lax.dynamic_slice(sin_c, (start, 0), (P, D))
            qpos = start + jnp.arange(P, dtype=jnp.int32)
            for i in range(L):
                q, k, v = layer_qkv(w, i, x, cos, sin)
                z = jnp.int32(0)
                kc = lax.dynamic_update_slice(caches[2 * i], k[None], (slot, start, z, z))
                vc = lax.dynamic_update_slice(caches[2 * i + 1], v[None], (slot, start, z, z))
                caches[2 * i], caches[2 * i + 1] = kc, vc
                K = lax.dynamic_slice(kc, (slot, 0, 0, 0), (1, S, Hkv, D))[0]
                V = lax.dynamic_slice(vc, (slot, 0, 0, 0), (1, S, Hkv, D))[0]
                x = block_rest(w, i, x, attend(q, K, V, qpos, i))
            last = lax.dynamic_slice(x, (length - 1, 0), (1, x.shape[1]))
            return (head(w, last)[0], *caches)

        rt = [
            jax.ShapeDtypeStruct((P,), jnp.int32),
            *[jax.ShapeDtypeStruct((), jnp.int32)] * 3,
        ]
        rt_names = ["tokens", "start", "length", "slot"]
    elif kind == "decode":

        def f(*args):
            w = wmap(args[:nW])
            tokens, pos = args[nW : nW + 2]
            caches = list(args[nW + 2 :])
            x = jnp.take(w["model.embed_tokens.weight"], tokens, axis=0)  # [B, H]
            cos = jnp.take(cos_c, pos, axis=0)
            sin = jnp.take(sin_c, pos, axis=0)
            for i in range(L):
                q, k, v = layer_qkv(w, i, x, cos, sin)  # T = B rows
                kc, vc = caches[2 * i], caches[2 * i + 1]
                z = jnp.int32(0)
                outs = []
                for b in range(B):
                    kc = lax.dynamic_update_slice(kc, k[b][None, None], (jnp.int32(b), pos[b], z, z))
                    vc = lax.dynamic_update_slice(vc, v[b][None, None], (jnp.int32(b), pos[b], z, z))
                for b in range(B):
                    outs.append(attend(q[b][None], kc[b], vc[b], pos[b][None], i))
                caches[2 * i], caches[2 * i + 1] = kc, vc
                x = block_rest(w, i, x, jnp.concatenate(outs, axis=0))
            return (head(w, x), *caches)

        rt = [jax.ShapeDtypeStruct((B,), jnp.int32)] * 2
        rt_names = ["tokens", "pos"]
    else:
        raise ValueError(f"unknown kind {kind!r}")

    cache_names = [f"cache.{kv}.{i}" for i in range(L) for kv in "kv"]
    specs = [jax.ShapeDtypeStruct(a.shape, a.dtype) for a in warrs] + rt
    specs += [jax.ShapeDtypeStruct((B, S, Hkv, D), jnp.float32)] * (2 * L)
    donate = tuple(range(len(specs) - 2 * L, len(specs)))
    text = jax.jit(f, donate_argnums=donate).lower(*specs).as_text()
    all_names = names + rt_names + cache_names
    return _rewrite_main(text, kind, all_names, first_cache=len(specs) - 2 * L)


def _rewrite_main(text: str, kind: str, arg_names: list[str], first_cache: int) -> str:
    """Give @main the contract's header: module name, loc names, aliasing."""
    text = re.sub(r"module\s+@[\w$.-]+", f"module @{kind}", text, count=1)
    m = re.search(r"func\.func\s+public\s+@main\s*\(", text)
    o = m.end() - 1
    c = _match_close(text, o)
    parts = _split_top(text[o + 1 : c])
    assert len(parts) == len(arg_names), (len(parts), len(arg_names))
    new = []
    for k, (part, name) in enumerate(zip(parts, arg_names)):
        tm = re.match(r"%arg\d+\s*:\s*(tensor<[^>]*>)", part)
        attrs = ""
        if k >= first_cache:
            attrs = f" {{tf.aliasing_output = {k - first_cache + 1} : i32}}"
        new.append(f"%arg{k}: {tm.group(1)}{attrs} loc(\"{name}\")")
    header = text[: o + 1] + ", ".join(new) + text[c:]
    # result attributes (jax.result_info) are harmless; drop them for brevity
    return header


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="jax_ref")
    ap.add_argument("cmd", choices=["emit"])
    ap.add_argument("model_dir")
    ap.add_argument("--kind", required=True)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--context", type=int, required=True)
    ap.add_argument("--chunk", type=int, default=16)
    ap.add_argument("-o", dest="out", required=True)
    a = ap.parse_args(argv)
    text = build(a.model_dir, a.kind, a.batch, a.context, a.chunk)
    with open(a.out, "w") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
