"""Regenerates the JAX-exported StableHLO samples of hlo_parser_test.cc.

Run with the project venv: .venv/bin/python tests/unit/testdata/hlo/generate.py
"""
import os
import re

import jax
import jax.numpy as jnp

OUT = os.path.dirname(os.path.abspath(__file__))


def dump(name, f, *args, debug_info=False):
    text = jax.jit(f).lower(*args).as_text(debug_info=debug_info)
    text = re.sub(r'loc\("[^"]*\.py"', 'loc("generate.py"', text)  # no local paths
    with open(os.path.join(OUT, name + ".mlir"), "w") as out:
        out.write(text)


def layer_norm(a, g, b):
    m = a.mean(-1, keepdims=True)
    v = ((a - m) ** 2).mean(-1, keepdims=True)
    return (a - m) * jax.lax.rsqrt(v + 1e-5) * g + b


def misc(a):
    return (jnp.where(a > 0, a, jnp.nan), jnp.pad(a, ((0, 1), (1, 0))), a[::2, ::-1],
            jnp.array([[1.0, 2.0], [3.0, -jnp.inf]]), jnp.clip(a, 0, 1).astype(jnp.bfloat16),
            jax.nn.gelu(a), jnp.array([True, False]), jnp.array([-3, 7], jnp.int8),
            jnp.concatenate([a, a], 0).T, jnp.arange(6).reshape(2, 3))


x = jnp.ones((4, 8), jnp.float32)
dump("matmul", lambda a, b: a @ b, x, jnp.ones((8, 3), jnp.float32))
dump("softmax", lambda a: jax.nn.softmax(a, axis=-1), x, debug_info=True)
dump("argmax", lambda a: jnp.argmax(a, axis=-1), x)
dump("gather", lambda t, i: t[i], jnp.ones((16, 4)), jnp.array([1, 2, 3], jnp.int32))
dump("dynamic_update_slice", lambda c, u, i: jax.lax.dynamic_update_slice(c, u, (i, 0)),
     jnp.ones((8, 4)), jnp.ones((2, 4)), jnp.int32(1))
dump("layer_norm", layer_norm, x, jnp.ones(8), jnp.zeros(8))
dump("misc", misc, x)
