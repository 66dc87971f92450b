"""JAX-exported StableHLO run on the built-in executor, checked against JAX.

Each case is a small function, lowered with jax.jit(f).lower(*args).as_text(),
run on hf2hlo_exec in both reference and fast modes, and compared with
np.asarray(jax.jit(f)(*args)): f32 within ~1e-5 relative, integers and bools
exactly. JAX runs on CPU in 32-bit mode (see conftest.py).
"""
from __future__ import annotations

import re

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
import pytest

import hf2hlo_exec
from exec_helpers import MODES, assert_same, seeded_rng

jax.config.update("jax_enable_x64", False)
jax.config.update("jax_platforms", "cpu")

RNG = np.random.default_rng(1234)


@pytest.fixture(autouse=True)
def _seed_per_test(request):
    global RNG
    RNG = seeded_rng(request)


def f32(*shape, scale=1.0):
    return (RNG.standard_normal(shape) * scale).astype(np.float32)


def bf16(*shape):
    return f32(*shape).astype(ml_dtypes.bfloat16)


def export(f, *args) -> str:
    return jax.jit(f).lower(*args).as_text()


def check(f, *args, rtol=1e-5, atol=1e-6, modes=MODES, expect_ops=()):
    text = export(f, *args)
    for op in expect_ops:
        assert f"stablehlo.{op}" in text, f"expected stablehlo.{op} in the exported text:\n{text}"
    expected = [np.asarray(e) for e in jax.tree_util.tree_leaves(jax.jit(f)(*args))]
    for mode in modes:
        p = hf2hlo_exec.Program(text, filename="prog.mlir", reference=(mode == "reference"))
        assert len(p.results) == len(expected)
        outs = p.run([np.array(a, copy=True) for a in args])
        assert len(outs) == len(expected)
        for k, (o, e) in enumerate(zip(outs, expected)):
            assert_same(o, e, rtol=rtol, atol=atol, what=f"{f.__name__} [{mode}] result {k}")
    return text


# --------------------------------------------------------------------------- functions


def matmul(a, b):
    return a @ b


def batched_matmul(a, b):
    return jnp.einsum("bhqd,bhkd->bhqk", a, b)


def softmax(x):
    return jax.nn.softmax(x, axis=-1)


def layer_norm(x, g, b):
    mu = jnp.mean(x, axis=-1, keepdims=True)
    var = jnp.mean((x - mu) ** 2, axis=-1, keepdims=True)
    return (x - mu) * jax.lax.rsqrt(var + 1e-5) * g + b


def rms_norm(x, w):
    return x * jax.lax.rsqrt(jnp.mean(x * x, axis=-1, keepdims=True) + 1e-6) * w


def rope(x, cos, sin):
    # x: [seq, heads, dim]; cos/sin: [seq, dim/2]; half-split rotation
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    c = cos[:, None, :]
    s = sin[:, None, :]
    return jnp.concatenate([x1 * c - x2 * s, x2 * c + x1 * s], axis=-1)


def gather_rows(table, idx):
    return table[idx]


def gather_take(table, idx):
    return jnp.take(table, idx, axis=1)


def dus(cache, upd, pos):
    return jax.lax.dynamic_update_slice(cache, upd, (pos, jnp.int32(0)))


def dslice(x, i, j):
    return jax.lax.dynamic_slice(x, (i, j), (2, 3))


def argmax(x):
    return jnp.argmax(x, axis=-1).astype(jnp.int32), jnp.argmin(x, axis=0).astype(jnp.int32)


def bf16_matmul_f32_acc(a, b):
    return jnp.dot(a, b, preferred_element_type=jnp.float32)


def bf16_elementwise(a, b):
    return (a * b + a).astype(jnp.bfloat16), jnp.exp(a.astype(jnp.float32)) * 2


def integer_ops(a, b):
    return (a << (b & 7), a >> (b & 7), jax.lax.shift_right_logical(a, b & 7), a % b, a // b,
            jax.lax.div(a, b), jax.lax.rem(a, b), a & b, a | b, a ^ b, ~a, -a, jnp.abs(a),
            jnp.sign(a), jnp.maximum(a, b), jnp.minimum(a, b), a * b - b)


def compare_select_nan(x, y):
    return (x < y, x <= y, x == y, x != y, x > y, x >= y,
            jnp.where(x > y, x, y), jnp.where(jnp.isnan(x), 0.0, x),
            jnp.maximum(x, y), jnp.minimum(x, y))


def clamp(x, lo, hi):
    return jnp.clip(x, -1.0, 1.0), jax.lax.clamp(lo, x, hi)


def pad(x):
    return (jax.lax.pad(x, 0.5, [(1, 2, 0), (0, 1, 1)]),
            jax.lax.pad(x, -1.0, [(-1, 1, 1), (2, -2, 0)]),
            jnp.pad(x, ((1, 1), (2, 0))))


def reverse_flip(x):
    return jnp.flip(x, axis=0), x[:, ::-1], jnp.flip(x)


def concat_transpose(a, b):
    return jnp.concatenate([a, b, a], axis=1).T, jnp.transpose(jnp.stack([a, b]), (2, 0, 1))


def iota_arange(x):
    n = x.shape[0]
    i = jnp.arange(n, dtype=jnp.int32)
    tri = jnp.arange(n)[:, None] >= jnp.arange(n)[None, :]
    return i * 3 + 1, jnp.where(tri, x, 0.0), jnp.arange(5, dtype=jnp.float32) * 0.5


def unary_math(x):
    pos = jnp.abs(x) + 0.1
    return (jnp.exp(x), jnp.log(pos), jnp.log1p(pos), jnp.sqrt(pos), jax.lax.rsqrt(pos), jnp.tanh(x),
            jax.nn.sigmoid(x), jax.lax.logistic(x), jnp.sin(x), jnp.cos(x), jnp.floor(x), jnp.ceil(x), jnp.round(x),
            jnp.sign(x), -x, jnp.power(pos, x), x / pos, jnp.fmod(x, 0.7))


def reductions(x):
    return (jnp.sum(x, axis=0), jnp.max(x, axis=1), jnp.min(x), jnp.prod(x[:2, :3], axis=1),
            jnp.mean(x), jnp.sum(x > 0, axis=1).astype(jnp.int32), jnp.all(x > -10), jnp.any(x > 10))


def slicing_reshape(x):
    return x[1:3, ::2], x.reshape(3, 8), x, x[::-2, 1:5:3], jnp.expand_dims(x, 1)[:, :, :2]


def silu_gelu(x):
    return jax.nn.silu(x), jax.nn.gelu(x, approximate=True), jax.nn.relu(x)


def convert_ops(x):
    return (x.astype(jnp.int32), x.astype(jnp.bfloat16), x.astype(jnp.bfloat16).astype(jnp.float32),
            (x * 10).astype(jnp.int8), x > 0, (x > 0).astype(jnp.float32), jnp.uint8(3) + (x > 0))


def causal_attention(q, k, v):
    d = q.shape[-1]
    s = jnp.einsum("hqd,hkd->hqk", q, k) / np.sqrt(d).astype(np.float32)
    n = q.shape[1]
    mask = jnp.tril(jnp.ones((n, n), bool))
    s = jnp.where(mask, s, -jnp.inf)
    return jnp.einsum("hqk,hkd->hqd", jax.nn.softmax(s, axis=-1), v)


def toy_transformer(tokens, emb, ln1, wq, wk, wv, wo, ln2, w1, w3, w2, lnf, cos, sin):
    """Two layers, unrolled; tokens [T], emb [V, D]; wq.. [L, D, D]; w1/w3 [L, D, F]; w2 [L, F, D]."""
    heads = 2
    t = tokens.shape[0]
    d = emb.shape[1]
    hd = d // heads
    x = emb[tokens]
    mask = jnp.arange(t)[:, None] >= jnp.arange(t)[None, :]

    def rms(h, w):
        return h * jax.lax.rsqrt(jnp.mean(h * h, -1, keepdims=True) + 1e-6) * w

    def rot(h):  # [T, H, hd]
        half = hd // 2
        h1, h2 = h[..., :half], h[..., half:]
        c, s = cos[:, None, :], sin[:, None, :]
        return jnp.concatenate([h1 * c - h2 * s, h2 * c + h1 * s], -1)

    for layer in range(2):
        h = rms(x, ln1[layer])
        q = rot((h @ wq[layer]).reshape(t, heads, hd))
        k = rot((h @ wk[layer]).reshape(t, heads, hd))
        v = (h @ wv[layer]).reshape(t, heads, hd)
        s = jnp.einsum("qhd,khd->hqk", q, k) * (1.0 / np.sqrt(hd))
        s = jnp.where(mask[None], s, jnp.finfo(jnp.float32).min)
        a = jnp.einsum("hqk,khd->qhd", jax.nn.softmax(s, -1), v).reshape(t, d)
        x = x + a @ wo[layer]
        h = rms(x, ln2[layer])
        x = x + (jax.nn.silu(h @ w1[layer]) * (h @ w3[layer])) @ w2[layer]
    logits = rms(x, lnf) @ emb.T
    return logits, jnp.argmax(logits[-1]).astype(jnp.int32)


# --------------------------------------------------------------------------- tests


def test_matmul():
    check(matmul, f32(5, 7), f32(7, 3), expect_ops=["dot_general"])


def test_matmul_larger_exercises_fast_path():
    # Big enough that the fast dot kernel (blocking, threads) is used.
    check(matmul, f32(67, 130), f32(130, 45), rtol=2e-5, atol=2e-5)


def test_batched_matmul():
    check(batched_matmul, f32(2, 3, 5, 8), f32(2, 3, 4, 8), expect_ops=["dot_general"])


def test_softmax():
    check(softmax, f32(4, 9, scale=3.0), expect_ops=["reduce", "exponential"])


def test_layer_norm():
    check(layer_norm, f32(3, 16), f32(16), f32(16), expect_ops=["rsqrt", "reduce"])


def test_rms_norm():
    check(rms_norm, f32(5, 32), f32(32), rtol=2e-5)


def test_rope():
    seq, dim = 6, 8
    pos = np.arange(seq, dtype=np.float32)[:, None]
    inv = 1.0 / (10000 ** (np.arange(0, dim, 2, dtype=np.float32) / dim))
    ang = pos * inv[None, :]
    check(rope, f32(seq, 3, dim), np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32),
          expect_ops=["concatenate", "slice"])


def test_gather_index_array():
    table = f32(10, 4)
    idx = np.array([3, 0, 9, 3, 7], np.int32)
    check(gather_rows, table, idx, expect_ops=["gather"])
    # Negative indices wrap in JAX (select + add before the gather).
    check(gather_rows, table, np.array([-1, -10, 2], np.int32))


def test_gather_take():
    table = f32(3, 8)
    check(gather_take, table, np.array([[1, 7], [0, 0], [5, 2]], np.int32), expect_ops=["gather"])


@pytest.mark.parametrize("pos", [0, 3, 5, 6, 100, -4])
def test_dynamic_update_slice_clamps(pos):
    # cache has 8 rows, update 3: starts > 5 clamp to 5; JAX wraps negative starts
    # (adds the size) and the executor clamps whatever reaches it.
    text = check(dus, f32(8, 4), f32(3, 4), np.int32(pos), expect_ops=["dynamic_update_slice"])
    assert "tf.aliasing_output" not in text


@pytest.mark.parametrize("i,j", [(0, 0), (2, 1), (9, 9), (-1, -7)])
def test_dynamic_slice_clamps(i, j):
    check(dslice, f32(4, 5), np.int32(i), np.int32(j), expect_ops=["dynamic_slice"])


def test_argmax_multi_operand_reduce():
    x = f32(6, 11)
    x[2, 4] = x[2, 9] = 50.0  # ties: first index wins
    x[4, 3] = np.nan  # NaN wins argmax in JAX
    text = check(argmax, x, expect_ops=["reduce"])
    assert re.search(r"stablehlo\.reduce\(%\w+ init: %\w+\), \(%\w+ init: %\w+\)", text) or \
        '"stablehlo.reduce"' in text or "reducer" in text


def test_bf16_matmul_f32_accumulation():
    a, b = bf16(6, 40), bf16(40, 5)
    check(bf16_matmul_f32_acc, a, b, rtol=1e-5, atol=1e-5, expect_ops=["dot_general"])


def test_bf16_elementwise():
    a, b = bf16(4, 7), bf16(4, 7)
    check(bf16_elementwise, a, b, rtol=1e-5, atol=1e-6)


def test_integer_ops():
    a = RNG.integers(-1000, 1000, size=(4, 9)).astype(np.int32)
    b = RNG.integers(-50, 50, size=(4, 9)).astype(np.int32)
    b[b == 0] = 7
    a[0, :4] = [-7, 7, -7, 7]
    b[0, :4] = [2, -2, -2, 2]
    check(integer_ops, a, b, expect_ops=["shift_left", "remainder", "divide"])


def test_compare_select_with_nan():
    x = np.array([1.0, np.nan, 3.0, -0.0, np.inf, np.nan, -2.0], np.float32)
    y = np.array([2.0, 1.0, np.nan, 0.0, np.inf, np.nan, -3.0], np.float32)
    check(compare_select_nan, x, y, expect_ops=["compare", "select"])


def test_clamp():
    x = f32(3, 5, scale=2.0)
    check(clamp, x, np.float32(-0.5), np.float32(0.25), expect_ops=["clamp"])


def test_pad_negative_and_interior():
    check(pad, f32(3, 4), expect_ops=["pad"])


def test_reverse_flip():
    check(reverse_flip, f32(3, 4), expect_ops=["reverse"])


def test_concatenate_transpose():
    check(concat_transpose, f32(2, 3), f32(2, 3), expect_ops=["concatenate", "transpose"])


def test_iota_arange():
    check(iota_arange, f32(5, 5), expect_ops=["iota"])


def test_unary_math():
    x = f32(4, 6, scale=2.0)
    x[0, :4] = [0.5, -0.5, 1.5, 2.5]  # round half away from zero in jnp.round? (it is half-to-even)
    check(unary_math, x, rtol=2e-5, atol=1e-6)


def test_reductions():
    check(reductions, f32(4, 6), rtol=2e-5)


def test_slicing_reshape():
    check(slicing_reshape, f32(4, 6), expect_ops=["slice", "reshape"])


def test_activations():
    check(silu_gelu, f32(3, 10, scale=3.0), rtol=2e-5)


def test_converts():
    x = f32(3, 8, scale=4.0)
    x[0, :4] = [2.5, -2.5, 1e10, -1e10]
    check(convert_ops, x, expect_ops=["convert"])


def test_causal_attention():
    check(causal_attention, f32(2, 5, 8), f32(2, 5, 8), f32(2, 5, 8), rtol=2e-5, atol=2e-6)


def test_toy_transformer_two_layers():
    v, d, f, t, layers = 32, 16, 24, 7, 2
    hd = d // 2
    pos = np.arange(t, dtype=np.float32)[:, None]
    inv = 1.0 / (10000 ** (np.arange(0, hd, 2, dtype=np.float32) / hd))
    ang = pos * inv[None, :]
    args = (RNG.integers(0, v, size=(t,)).astype(np.int32), f32(v, d),
            1 + 0.1 * f32(layers, d), f32(layers, d, d, scale=0.3), f32(layers, d, d, scale=0.3),
            f32(layers, d, d, scale=0.3), f32(layers, d, d, scale=0.3), 1 + 0.1 * f32(layers, d),
            f32(layers, d, f, scale=0.3), f32(layers, d, f, scale=0.3), f32(layers, f, d, scale=0.3),
            1 + 0.1 * f32(d), np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32))
    text = check(toy_transformer, *args, rtol=1e-4, atol=1e-4,
                 expect_ops=["gather", "dot_general", "select", "rsqrt"])
    assert "call @" in text  # private functions (silu, argmax) are inlined
    assert text.count("stablehlo.dot_general") >= 2 * 8


# --------------------------------------------------------------------------- unsupported ops


@pytest.mark.parametrize("name,f,arg", [  # name: the op the message must name
    ("stablehlo.sort", jnp.sort, np.arange(6, dtype=np.float32)[::-1].copy()),
    ("stablehlo.reduce_window", jnp.cumsum, np.arange(6, dtype=np.float32)),
    ("stablehlo.while", lambda x: jax.lax.fori_loop(0, 3, lambda i, c: c * 2, x), np.arange(4, dtype=np.float32)),
    ("stablehlo.case", lambda x: jax.lax.cond(x[0] > 0, lambda: x, lambda: -x), np.arange(4, dtype=np.float32)),
    ("chlo.top_k", lambda x: jax.lax.top_k(x, 2)[0], np.arange(6, dtype=np.float32)),
    ("chlo.erf", jax.lax.erf, np.arange(4, dtype=np.float32)),
])
def test_unsupported_op_rejected_with_location(name, f, arg):
    text = export(f, arg)
    with pytest.raises(ValueError) as e:
        hf2hlo_exec.Program(text, filename="prog.mlir")
    msg = str(e.value)
    assert re.search(r"prog\.mlir:\d+:\d+", msg), msg
    ops = sorted(set(re.findall(r"(?:stablehlo|chlo)\.(\w+)", text)))
    line = int(re.search(r"prog\.mlir:(\d+):", msg).group(1))
    src_line = text.splitlines()[line - 1]
    # The message names the offending op, and the line it points at holds it.
    named = [op for op in ops if op in msg]
    assert named, f"error does not name an op: {msg}"
    assert any(op in src_line for op in named), (msg, src_line)
    assert "unsupported" in msg and name in msg, msg
