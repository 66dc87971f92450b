"""Emitted programs vs HF transformers fp32 eager, per variant x engine.

Contract shapes: context S=64; chunk P=16 (P=8 for the multi-chunk test);
B=1 for single-sequence runs, B=4 for the continuous-batching test.
"""
from __future__ import annotations

import functools

import numpy as np
import pytest

from hf2hlo_harness import oracle, tiny

S = 64
TOL = 1e-4  # vs HF
TOL_BATCH = 1e-5  # B=4 rows vs their own B=1 run
# Engines whose kernels are batch-invariant by design (docs/design.md,
# "The numerics contract"): a row's logits are bit-identical alone or in a batch.
BATCH_INVARIANT_ENGINES = {"builtin"}


def maxdiff(a, b) -> float:
    a, b = np.asarray(a, np.float32), np.asarray(b, np.float32)
    assert a.shape == b.shape, (a.shape, b.shape)
    return float(np.max(np.abs(a - b)))


@functools.lru_cache(maxsize=None)
def _hf_generate(model_id: int, model, prompt: tuple, n: int):
    return oracle.generate(model, list(prompt), n)


def hf_generate(model, prompt, n):
    return _hf_generate(id(model), model, tuple(prompt), n)


def test_prefill_one_chunk(engine, variant, make_runner, hf_model):
    prompt = oracle.prompt(11, 13)
    r = make_runner(engine, variant, batch=1, chunk=16, context=S)
    got = r.prefill(0, prompt)
    want = oracle.last_logits(hf_model(variant), prompt)
    d = maxdiff(got, want)
    print(f"[{engine}/{variant}] prefill 13 tokens, P=16: max|diff| = {d:.3g}")
    assert d <= TOL, f"{engine}/{variant}: prefill logits max|diff| {d:.3g} > {TOL}"


def test_prefill_chunks(engine, variant, make_runner, hf_model):
    prompt = oracle.prompt(12, 20)  # 3 chunks of P=8: 8 + 8 + 4
    r = make_runner(engine, variant, batch=1, chunk=8, context=S)
    got = r.prefill(0, prompt)
    want = oracle.last_logits(hf_model(variant), prompt)
    d = maxdiff(got, want)
    print(f"[{engine}/{variant}] prefill 20 tokens, P=8: max|diff| = {d:.3g}")
    assert d <= TOL, f"{engine}/{variant}: 3-chunk prefill logits max|diff| {d:.3g} > {TOL}"


def test_greedy_decode(engine, variant, make_runner, hf_model):
    prompt, n = oracle.prompt(13, 13), 16
    r = make_runner(engine, variant, batch=1, chunk=16, context=S)
    got_toks, got_logits = r.greedy(prompt, n)
    want_toks, want_logits = hf_generate(hf_model(variant), prompt, n)
    # per-step logits up to (and including) the first divergent token
    k = next((i for i, (a, b) in enumerate(zip(got_toks, want_toks)) if a != b), n - 1)
    diffs = [maxdiff(got_logits[i], want_logits[i]) for i in range(k + 1)]
    worst = int(np.argmax(diffs))
    print(f"[{engine}/{variant}] greedy {n}: worst step {worst} max|diff| = {diffs[worst]:.3g}")
    assert got_toks == want_toks, (
        f"{engine}/{variant}: tokens differ from HF at step {k}\n  got  {got_toks}\n  want {want_toks}\n"
        f"  per-step logits max|diff|: {[f'{x:.2g}' for x in diffs]}"
    )
    assert diffs[worst] <= TOL, (
        f"{engine}/{variant}: step {worst} logits max|diff| {diffs[worst]:.3g} > {TOL}; "
        f"per step: {[f'{x:.2g}' for x in diffs]}"
    )


BATCH_LENGTHS = (5, 11, 17, 23)
BATCH_NEW = 8


def test_decode_batch(engine, variant, make_runner):
    """Four prompts join a B=4 batch at steps 0, 3, 6, 9 (chunked prefill into
    their slot between decode steps); each row must equal its own B=1 run."""
    B = len(BATCH_LENGTHS)
    prompts = [oracle.prompt(100 + b, n) for b, n in enumerate(BATCH_LENGTHS)]
    join = [3 * b for b in range(B)]
    r = make_runner(engine, variant, batch=B, chunk=16, context=S)
    toks: list[list[int]] = [[] for _ in range(B)]
    logits: list[list[np.ndarray]] = [[] for _ in range(B)]
    step = 0
    while True:
        for b in range(B):
            if join[b] == step:
                lg = r.prefill(b, prompts[b])
                logits[b].append(lg)
                toks[b].append(int(np.argmax(lg)))
        active = [join[b] <= step and len(toks[b]) < BATCH_NEW for b in range(B)]
        if not any(active):
            if all(len(t) == BATCH_NEW for t in toks):
                break
            step += 1
            continue
        feed = [toks[b][-1] if active[b] else 0 for b in range(B)]
        pos = list(r.next_pos)  # active: the fed token's position; idle: next free
        lg = r.decode(feed, pos)
        for b in range(B):
            if active[b]:
                r.next_pos[b] += 1
                logits[b].append(lg[b])
                toks[b].append(int(np.argmax(lg[b])))
        step += 1

    failures = []
    for b in range(B):
        ref = make_runner(engine, variant, batch=1, chunk=16, context=S)
        want_toks, want_logits = ref.greedy(prompts[b], BATCH_NEW)
        d = maxdiff(np.stack(logits[b]), want_logits) if toks[b] == want_toks else float("nan")
        print(f"[{engine}/{variant}] B=4 row {b} (len {BATCH_LENGTHS[b]}, joins step {join[b]}): max|diff| vs B=1 = {d:.3g}")
        if toks[b] != want_toks:
            per = [f"{maxdiff(x, y):.2g}" for x, y in zip(logits[b], want_logits)]
            failures.append(f"row {b}: tokens {toks[b]} != B=1 {want_toks}; per-step max|diff| {per}")
        elif engine in BATCH_INVARIANT_ENGINES and d != 0.0:
            failures.append(f"row {b}: logits differ from the B=1 run by {d:.3g}; {engine} must be bit-identical")
        elif not d <= TOL_BATCH:
            per = [f"{maxdiff(x, y):.2g}" for x, y in zip(logits[b], want_logits)]
            failures.append(f"row {b}: logits max|diff| {d:.3g} > {TOL_BATCH}; per step {per}")
    assert not failures, f"{engine}/{variant} B=4:\n  " + "\n  ".join(failures)


def test_window_bites(window_variant, hf_model):
    """The window variants' prompts are long enough for the window to change
    HF's logits, so the window checks above are not vacuous."""
    m = hf_model(window_variant)
    W = m.config.sliding_window
    layers = tiny.sliding_layers(m.config)
    assert W == 8 and layers, f"{window_variant}: no sliding layers (window {W}, layers {layers})"
    nowin = hf_model(window_variant, remove_window=True)
    # remove_window takes away only the window's bite: the legacy families drop
    # it, the newer ones widen it past any prompt and keep their per-layer
    # types, which also decide RoPE theta/scaling and NoPE there
    assert not any(tiny.window_bites(nowin.config, n) for n in (13, 20, 23, S)), (
        f"{window_variant}: remove_window left window {nowin.config.sliding_window} "
        f"on layers {tiny.sliding_layers(nowin.config)}"
    )
    if m.config.model_type not in tiny._LEGACY_TYPES:
        assert getattr(nowin.config, "layer_types", None) == getattr(m.config, "layer_types", None)
        assert tiny.nope_layers(nowin.config) == tiny.nope_layers(m.config)
    for length in (13, 20, 23):  # the prompt lengths used above
        prompt = oracle.prompt({13: 11, 20: 12, 23: 103}[length], length)
        d = maxdiff(oracle.last_logits(m, prompt), oracle.last_logits(nowin, prompt))
        print(f"[{window_variant}] window {W} on layers {layers}, {length} tokens: with vs without max|diff| = {d:.3g}")
        assert d > 1e-3, f"{window_variant}: window does not change the logits of a {length}-token prompt ({d:.3g})"
    # and the greedy continuation of the 13-token prompt is window-sensitive too
    p13 = oracle.prompt(13, 13)
    _, lw = oracle.generate(m, p13, 16)
    _, ln = oracle.generate(nowin, p13, 16)
    assert maxdiff(lw, ln) > 1e-3


# ---- the tiny configs really exercise the feature each variant is there for ----


def _differs(model, mutate, prompt_len=13, tol=1e-3) -> float:
    """max|diff| of the last logits before and after mutate(model) (restored after)."""
    p = oracle.prompt(11, prompt_len)
    before = oracle.last_logits(model, p)
    undo = mutate(model)
    try:
        after = oracle.last_logits(model, p)
    finally:
        undo()
    d = maxdiff(before, after)
    assert d > tol, f"the feature does not change the logits ({d:.3g})"
    return d


def _set_attr(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    return lambda: setattr(obj, name, old)


def _act_kind(fn) -> str:
    import torch

    x = torch.linspace(-4, 4, 81)
    y = fn(x)
    if torch.equal(y, torch.nn.functional.gelu(x)):
        return "gelu_erf"
    if torch.equal(y, torch.nn.functional.gelu(x, approximate="tanh")):
        return "gelu_tanh"
    if torch.equal(y, torch.nn.functional.silu(x)):
        return "silu"
    return "other"


def _inv_freq(theta: float, d: int):
    import torch

    return 1.0 / (theta ** (torch.arange(0, d, 2, dtype=torch.int64).float() / d))


def _swap_act(name):
    from transformers.activations import ACT2FN

    def mutate(m):
        undo = [_set_attr(layer.mlp, "act_fn", ACT2FN[name]) for layer in m.model.layers]
        return lambda: [u() for u in undo]

    return mutate


def _feat_gemma(m, v):
    c = m.config
    assert c.hidden_act == c.hidden_activation == "gelu_pytorch_tanh"
    assert _act_kind(m.model.layers[0].mlp.act_fn) == "gelu_tanh"
    # exact vs tanh GELU is visible at the oracle's tolerance (1e-4)
    _differs(m, _swap_act("gelu"), tol=5e-4)


def _feat_gemma_gelu(m, v):
    c = m.config
    assert c.hidden_act == c.hidden_activation == "gelu"
    assert _act_kind(m.model.layers[0].mlp.act_fn) == "gelu_erf"
    _differs(m, _swap_act("gelu_pytorch_tanh"), tol=5e-4)


def _feat_gemma2(m, v):
    c = m.config
    assert (c.attn_logit_softcapping, c.final_logit_softcapping) == (2.0, 3.0)
    assert c.query_pre_attn_scalar == 24 != c.head_dim
    assert m.model.layers[0].self_attn.scaling == 24**-0.5
    assert tiny.sliding_layers(c) == [0, 2]
    assert _act_kind(m.model.layers[0].mlp.act_fn) == "gelu_tanh"
    # both caps bite on the test prompts
    _differs(m, lambda mm: _set_attr(mm.config, "final_logit_softcapping", None))

    def no_attn_cap(mm):
        undo = [_set_attr(layer.self_attn, "attn_logit_softcapping", None) for layer in mm.model.layers]
        return lambda: [u() for u in undo]

    _differs(m, no_attn_cap)


def _feat_gemma3(m, v):
    import torch

    c = m.config
    assert c.layer_types == ["sliding_attention", "full_attention", "sliding_attention"]
    assert c.rope_theta == 1e6 and c.rope_local_base_freq == 1e4
    assert c.rope_scaling["rope_type"] == "linear" and c.rope_scaling["factor"] == 8.0
    assert c.query_pre_attn_scalar == 24 and c.attn_logit_softcapping is None and c.final_logit_softcapping is None
    hd = c.head_dim
    # global (full) layers: theta 1e6 scaled by 1/8; local (sliding): theta 1e4 unscaled
    torch.testing.assert_close(m.model.rotary_emb.inv_freq, _inv_freq(1e6, hd) / 8.0, rtol=0, atol=0)
    torch.testing.assert_close(m.model.rotary_emb_local.inv_freq, _inv_freq(1e4, hd), rtol=0, atol=0)
    assert m.model.layers[0].self_attn.q_norm.weight.shape == (hd,)
    # the dual base bites: local RoPE on the global layer changes the logits
    _differs(m, lambda mm: _set_attr(mm.model.rotary_emb, "inv_freq", mm.model.rotary_emb_local.inv_freq.clone()))


def _feat_qwen3(m, v):
    c = m.config
    assert c.head_dim == 24 and c.num_attention_heads * c.head_dim != c.hidden_size
    a = m.model.layers[0].self_attn
    assert a.q_proj.weight.shape == (4 * 24, 64) and a.q_norm.weight.shape == (24,)
    assert not c.tie_word_embeddings


def _feat_smollm3(m, v):
    c = m.config
    assert c.no_rope_layers == [1, 1, 1, 0] and tiny.nope_layers(c) == [3]
    assert [bool(layer.self_attn.use_rope) for layer in m.model.layers] == [True, True, True, False]
    assert tiny.sliding_layers(c) == [] and c.tie_word_embeddings
    _differs(m, lambda mm: _set_attr(mm.model.layers[3].self_attn, "use_rope", 1))


def _feat_olmo2(m, v):
    a = m.model.layers[0].self_attn
    assert a.q_norm.weight.shape == (64,) and a.k_norm.weight.shape == (32,)  # over the full projection
    assert not hasattr(m.model.layers[0], "input_layernorm")


def _feat_olmo3(m, v):
    import torch

    c = m.config
    assert tiny.sliding_layers(c) == [0, 1, 2] and c.layer_types[3] == "full_attention"
    full, slide = m.model.rotary_embs["full_attention"], m.model.rotary_embs["sliding_attention"]
    torch.testing.assert_close(full.inv_freq, slide.inv_freq / 2.0, rtol=0, atol=0)
    _feat_olmo2(m, v)
    # the full-layer-only scaling bites
    _differs(m, lambda mm: _set_attr(full, "inv_freq", slide.inv_freq.clone()))


def _feat_seed_oss(m, v):
    a = m.model.layers[0].self_attn
    assert m.config.head_dim == 24 and a.q_proj.weight.shape == (96, 64)
    assert a.q_proj.bias is not None and a.k_proj.bias is not None and a.v_proj.bias is not None
    assert a.o_proj.bias is None and m.model.layers[0].mlp.down_proj.bias is None


def _feat_exaone4(m, v):
    c = m.config
    assert tiny.sliding_layers(c) == [0, 1, 2] and tiny.nope_layers(c) == [3]
    attn = [layer.self_attn for layer in m.model.layers]
    assert [a.is_sliding for a in attn] == [True, True, True, False] and all(a.sliding_window == 8 for a in attn)
    assert attn[0].q_norm.weight.shape == (16,)  # per head
    assert not hasattr(m.model.layers[0], "input_layernorm")
    # NoPE on the full layer bites: giving it RoPE (sliding_window None -> RoPE everywhere) changes the logits
    _differs(m, lambda mm: _set_attr(attn[3], "sliding_window", None))


def _feat_exaone4_letters(m, v):
    """HF's model has exaone4_letters' explicit layer_types (the folder's
    config.json has only the letter pattern; test_config_forms.py checks it)."""
    c = m.config
    assert c.layer_types == ["sliding_attention", "sliding_attention", "full_attention", "full_attention"]
    assert tiny.sliding_layers(c) == [0, 1] and tiny.nope_layers(c) == [2, 3]
    attn = [layer.self_attn for layer in m.model.layers]
    assert [a.is_sliding for a in attn] == [True, True, False, False]
    # the pattern is not the default one: layer 2 sliding with RoPE (pattern 4) changes the logits

    def slide_layer_2(mm):
        undo = [_set_attr(attn[2], "is_sliding", True)]
        types = list(mm.config.layer_types)
        types[2] = "sliding_attention"
        undo.append(_set_attr(mm.config, "layer_types", types))
        return lambda: [u() for u in reversed(undo)]

    _differs(m, slide_layer_2)


def _feat_gemma3_softcap(m, v):
    """HF 4.57.6 stores attn_logit_softcapping on Gemma3Attention but never
    passes it to the attention function: the logits are bit-identical with
    the cap at None, although applying it would change them."""
    import transformers.models.gemma3.modeling_gemma3 as g3

    c = m.config
    attn = [layer.self_attn for layer in m.model.layers]
    assert c.attn_logit_softcapping == 2.0 and all(a.attn_logit_softcapping == 2.0 for a in attn)
    assert c.final_logit_softcapping is None and c.layer_types == tiny.VARIANTS["gemma3"][1]["layer_types"]
    p = oracle.prompt(11, 13)
    capped = oracle.last_logits(m, p)
    undo = [_set_attr(c, "attn_logit_softcapping", None)] + [_set_attr(a, "attn_logit_softcapping", None) for a in attn]
    try:
        uncapped = oracle.last_logits(m, p)
    finally:
        [u() for u in undo]
    assert np.array_equal(capped, uncapped), "HF 4.57.6 Gemma3 now applies attn_logit_softcapping"
    orig = g3.eager_attention_forward

    def applied(*args, **kwargs):
        return orig(*args, **dict(kwargs, softcap=c.attn_logit_softcapping))

    d = _differs(m, lambda mm: _set_attr(g3, "eager_attention_forward", applied))
    print(f"[{v}] attention soft-cap {c.attn_logit_softcapping}, if HF applied it: max|diff| = {d:.3g}")


def _feat_cohere(m, v):
    c = m.config
    assert c.logit_scale == 0.25 and not c.use_qk_norm and c.tie_word_embeddings
    assert not hasattr(m.model.layers[0], "post_attention_layernorm")


def _feat_cohere2(m, v):
    c = m.config
    assert c.logit_scale == 0.25
    assert tiny.sliding_layers(c) == [0, 1, 2] and tiny.nope_layers(c) == [3]
    assert [layer.self_attn.sliding_window for layer in m.model.layers] == [8, 8, 8, None]
    # NoPE on the full layer bites (a window value on its attention module turns RoPE on; the mask is unchanged)
    _differs(m, lambda mm: _set_attr(mm.model.layers[3].self_attn, "sliding_window", 8))


def _feat_phi3(m, v):
    c = m.config
    assert c.partial_rotary_factor == 0.5 and m.model.rotary_emb.inv_freq.numel() == 4  # rot dim 8 of 16
    assert hasattr(m.model.layers[0].self_attn, "qkv_proj") and hasattr(m.model.layers[0].mlp, "gate_up_proj")
    assert c.sliding_window is None


def _feat_phi3_window(m, v):
    assert tiny.sliding_layers(m.config) == [0, 1, 2] and m.model.rotary_emb.inv_freq.numel() == 8


def _feat_stablelm(m, v):
    c = m.config
    a = m.model.layers[0].self_attn
    assert c.partial_rotary_factor == 0.25 and m.model.rotary_emb.inv_freq.numel() == 2  # rot dim 4 of 16
    assert not c.use_parallel_residual and a.q_proj.bias is not None and a.o_proj.bias is None
    assert m.model.layers[0].input_layernorm.bias is not None and m.model.norm.bias is not None


def _feat_stablelm_parallel(m, v):
    c = m.config
    assert c.use_parallel_residual and m.model.layers[0].self_attn.q_proj.bias is None
    assert getattr(m.model.layers[0], "post_attention_layernorm", None) is None


def _feat_starcoder2(m, v):
    layer = m.model.layers[0]
    assert tiny.sliding_layers(m.config) == [0, 1, 2]
    assert layer.self_attn.o_proj.bias is not None and layer.mlp.c_fc.bias is not None
    assert layer.input_layernorm.bias is not None
    assert _act_kind(layer.mlp.act) == "gelu_tanh"


def _feat_granite(m, v):
    c = m.config
    assert (c.embedding_multiplier, c.attention_multiplier, c.residual_multiplier, c.logits_scaling) == (
        3.0, 0.1, 0.5, 2.0)
    assert m.model.layers[0].self_attn.scaling == 0.1


FEATURE_CHECKS = {
    "gemma": _feat_gemma,
    "gemma_gelu": _feat_gemma_gelu,
    "gemma2": _feat_gemma2,
    "gemma3": _feat_gemma3,
    "qwen3": _feat_qwen3,
    "smollm3": _feat_smollm3,
    "olmo2": _feat_olmo2,
    "olmo3": _feat_olmo3,
    "seed_oss": _feat_seed_oss,
    "exaone4": _feat_exaone4,
    "cohere": _feat_cohere,
    "cohere2": _feat_cohere2,
    "phi3": _feat_phi3,
    "phi3_window": _feat_phi3_window,
    "stablelm": _feat_stablelm,
    "stablelm_parallel": _feat_stablelm_parallel,
    "starcoder2": _feat_starcoder2,
    "granite": _feat_granite,
    "gemma3_softcap": _feat_gemma3_softcap,
    "exaone4_letters": _feat_exaone4_letters,
}


def test_tiny_features(feature_variant, model_dir_of):
    """The feature a variant exists for (NoPE layers, dual RoPE base,
    softcaps, partial rotary, ...) is present in its saved config and, where
    it can be switched off in place, changes HF's logits."""
    m = tiny.load_hf(model_dir_of(feature_variant))  # a private copy: the checks patch it
    assert m.config.model_type == tiny.VARIANTS[feature_variant][0]
    FEATURE_CHECKS[feature_variant](m, feature_variant)


def test_every_1d_parameter_randomised(variant):
    """HF initialises norms to 1 (gemma: 0) and biases to 0; every 1-D
    parameter of every tiny model must hold random values instead."""
    import torch

    m = tiny.build_model(variant)
    for name, p in m.named_parameters():
        p = p.detach()
        if p.dim() == 1:
            # (bf16 storage rounds some values together, hence the 1/4)
            random = torch.unique(p).numel() > p.numel() // 4 and float(p.std()) > 0.02
            assert random, f"{variant}: {name} is not random"


# ---- remote-code families: hub layout on disk, in-library oracle ----

REMOTE_ORACLE_CLASS = {
    "mimo": "Qwen2ForCausalLM",
    "internlm3": "LlamaForCausalLM",
    "exaone": "LlamaForCausalLM",
    "minicpm": "GraniteForCausalLM",
}


def _remote_reference_logits(model_dir: str, tokens) -> np.ndarray:
    """All-position logits computed straight from a remote family's folder
    (hub config keys and weight names) with the remote modeling code's math
    (docs/layer-math.md, "Remote-code families"), independently of load_hf's mapping."""
    import json
    import math
    import os

    import torch

    from hf2hlo_harness import weights

    with open(os.path.join(model_dir, "config.json")) as f:
        c = json.load(f)
    mt = c["model_type"]
    W = {k: torch.from_numpy(np.asarray(v, np.float32)) for k, v in weights.load_checkpoint(model_dir).tensors.items()}
    if mt == "exaone":
        L, eps, act = c["num_layers"], c["layer_norm_epsilon"], c["activation_function"]
        pre = "transformer.h.{}."
        nm = dict(ln1="ln_1", ln2="ln_2", q="attn.attention.q_proj", k="attn.attention.k_proj",
                  v="attn.attention.v_proj", o="attn.attention.out_proj", gate="mlp.c_fc_0", up="mlp.c_fc_1",
                  down="mlp.c_proj")
        emb, fnorm, tie = "transformer.wte.weight", "transformer.ln_f.weight", c.get("tie_word_embeddings", True)
    else:
        L, eps, act = c["num_hidden_layers"], c["rms_norm_eps"], c["hidden_act"]
        pre = "model.layers.{}."
        nm = dict(ln1="input_layernorm", ln2="post_attention_layernorm", q="self_attn.q_proj", k="self_attn.k_proj",
                  v="self_attn.v_proj", o="self_attn.o_proj", gate="mlp.gate_proj", up="mlp.up_proj",
                  down="mlp.down_proj")
        emb, fnorm = "model.embed_tokens.weight", "model.norm.weight"
        tie = c.get("tie_word_embeddings", {"mimo": False, "internlm3": False, "minicpm": True}[mt])
    assert act == "silu"
    H, nh, nkv = c["hidden_size"], c["num_attention_heads"], c["num_key_value_heads"]
    hd = c.get("head_dim") or H // nh
    qkv_bias = {"mimo": True, "internlm3": c.get("qkv_bias", False)}.get(mt, False)
    out_bias = mt == "internlm3" and c.get("bias", False)

    def lin(x, name, bias):
        y = x @ W[name + ".weight"].T
        return y + W[name + ".bias"] if bias else y

    def rms(x, w):
        return w * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps))

    # RoPE (half-split); dynamic NTK is the default RoPE for S <= max_position_embeddings
    theta, rs = float(c["rope_theta"]), c.get("rope_scaling") or {}
    inv = 1.0 / (theta ** (torch.arange(0, hd, 2, dtype=torch.int64).float() / hd))
    rtype = rs.get("rope_type", rs.get("type"))
    if rtype == "llama3":
        f, lo, hi = rs["factor"], rs["low_freq_factor"], rs["high_freq_factor"]
        orig = rs["original_max_position_embeddings"]
        wl = 2 * math.pi / inv
        s = (orig / wl - lo) / (hi - lo)
        inv = torch.where(wl > orig / lo, inv / f, torch.where(wl < orig / hi, inv, (1 - s) * inv / f + s * inv))
    else:
        assert rtype in (None, "default", "dynamic") and len(tokens) <= c["max_position_embeddings"]
    T = len(tokens)
    ang = torch.arange(T).float()[:, None] * inv[None, :]
    cos, sin = torch.cat([ang.cos()] * 2, -1), torch.cat([ang.sin()] * 2, -1)

    def rope(x):  # [heads, T, hd]
        x1, x2 = x[..., : hd // 2], x[..., hd // 2:]
        return x * cos + torch.cat([-x2, x1], -1) * sin

    h = W[emb][torch.tensor(tokens)]
    if mt == "minicpm":
        h = h * c["scale_emb"]
    res = c["scale_depth"] / math.sqrt(L) if mt == "minicpm" else 1.0
    mask = torch.full((T, T), float("-inf")).triu(1)
    for i in range(L):
        p = pre.format(i)
        x = rms(h, W[p + nm["ln1"] + ".weight"])
        q = lin(x, p + nm["q"], qkv_bias).view(T, nh, hd).transpose(0, 1)
        k = lin(x, p + nm["k"], qkv_bias).view(T, nkv, hd).transpose(0, 1)
        v = lin(x, p + nm["v"], qkv_bias).view(T, nkv, hd).transpose(0, 1)
        q, k = rope(q), rope(k)
        k, v = k.repeat_interleave(nh // nkv, 0), v.repeat_interleave(nh // nkv, 0)
        a = torch.softmax(q @ k.transpose(1, 2) / math.sqrt(hd) + mask, -1) @ v
        h = h + lin(a.transpose(0, 1).reshape(T, nh * hd), p + nm["o"], out_bias) * res
        x = rms(h, W[p + nm["ln2"] + ".weight"])
        g = torch.nn.functional.silu(lin(x, p + nm["gate"], out_bias)) * lin(x, p + nm["up"], out_bias)
        h = h + lin(g, p + nm["down"], out_bias) * res
    h = rms(h, W[fnorm])
    if mt == "minicpm":
        h = h / (H / c["dim_model_base"])
    head = W[emb] if tie else W["lm_head.weight"]
    return (h @ head.T).numpy()


def test_remote_layout(remote_variant, model_dir_of, hf_model):
    """A remote family is saved in its hub layout (remote model_type, config
    keys, weight names, extra unused tensors), its oracle is the in-library
    equivalent, and that oracle equals the remote math computed straight from
    the folder."""
    import json
    import os

    from hf2hlo_harness import weights

    d = model_dir_of(remote_variant)
    mt = tiny.VARIANTS[remote_variant][0]
    with open(os.path.join(d, "config.json")) as f:
        c = json.load(f)
    names = set(weights.load_checkpoint(d).tensors)
    assert c["model_type"] == mt and c["torch_dtype"] == c["dtype"] == "float32"
    if mt == "mimo":
        assert c["num_nextn_predict_layers"] == 1
        assert any(n.startswith("model.mtp_layers.0.") for n in names)
        assert "model.layers.0.self_attn.q_proj.bias" in names
    elif mt == "internlm3":
        assert c["qkv_bias"] is True and c["bias"] is True and "attention_bias" not in c and "mlp_bias" not in c
        assert c["rope_scaling"] == {"rope_type": "dynamic", "factor": 2.0}
        for n in ("self_attn.q_proj.bias", "self_attn.o_proj.bias", "mlp.gate_proj.bias", "mlp.down_proj.bias"):
            assert "model.layers.0." + n in names
    elif mt == "exaone":
        assert "num_layers" in c and "num_hidden_layers" not in c
        assert c["activation_function"] == "silu" and "hidden_act" not in c
        assert "layer_norm_epsilon" in c and "rms_norm_eps" not in c
        assert c["rope_scaling"]["rope_type"] == "llama3" and c["tie_word_embeddings"] is False
        assert all(n.startswith("transformer.") or n == "lm_head.weight" for n in names), sorted(names)
        for n in ("transformer.wte.weight", "transformer.h.0.attn.attention.out_proj.weight",
                  "transformer.h.1.mlp.c_fc_0.weight", "transformer.ln_f.weight", "lm_head.weight"):
            assert n in names
    elif mt == "minicpm":
        assert (c["scale_emb"], c["dim_model_base"], c["scale_depth"]) == (3.0, 16, 1.4)
        assert "tie_word_embeddings" not in c and "lm_head.weight" not in names  # remote default: tied
    m = hf_model(remote_variant)
    assert type(m).__name__ == REMOTE_ORACLE_CLASS[mt] and type(m).__module__.startswith("transformers.models.")
    if mt == "minicpm":
        import math

        assert m.config.tie_word_embeddings
        assert m.config.residual_multiplier == 1.4 / math.sqrt(2)
        mc = m.config
        assert (mc.embedding_multiplier, mc.attention_multiplier, mc.logits_scaling) == (3.0, 0.25, 4.0)
    prompt = oracle.prompt(11, 23)
    ref = _remote_reference_logits(d, prompt)
    got = oracle.all_logits(m, prompt)
    diff = maxdiff(got, ref)
    print(f"[{remote_variant}] {REMOTE_ORACLE_CLASS[mt]} oracle vs remote math from the folder: max|diff| = {diff:.3g}")
    assert diff <= 1e-5, f"{remote_variant}: oracle differs from the remote math by {diff:.3g}"


def test_cli_run_matches_hf_greedy(variant, hf2hlo_bin, model_dir_of, hf_model):
    """`hf2hlo run` (built-in engine, prefill in 3 chunks, then decode) prints
    exactly HF's 16 greedy tokens."""
    import subprocess

    prompt, n = oracle.prompt(14, 19), 16
    cmd = [hf2hlo_bin, "run", model_dir_of(variant), "--tokens", ",".join(map(str, prompt)),
           "--max-tokens", str(n), "--context", str(S), "--chunk", "8"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, f"{' '.join(cmd)} failed:\n{out.stderr}"
    got = [int(t) for t in out.stdout.strip().split(",")]
    want, _ = hf_generate(hf_model(variant), prompt, n)
    print(f"[cli/{variant}] {out.stderr.strip()}")
    assert got == want, f"{variant}: hf2hlo run printed {got}, HF greedy is {want}"
