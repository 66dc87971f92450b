"""Shared helpers for tests/exec: build, run and compare executor programs."""
from __future__ import annotations

import os
import zlib

import numpy as np
import ml_dtypes

import hf2hlo_exec

BF16 = np.dtype(ml_dtypes.bfloat16)

MODES = ("fast", "reference")


def seeded_rng(request) -> np.random.Generator:
    """A test's own generator: seeded by its node id mixed with $HF2HLO_EXEC_SEED,
    so its data does not depend on which tests ran before it."""
    return np.random.default_rng([zlib.crc32(request.node.nodeid.encode()), int(os.environ.get("HF2HLO_EXEC_SEED", "0"))])


def program(text: str, mode: str = "fast", **kw) -> "hf2hlo_exec.Program":
    return hf2hlo_exec.Program(text, filename="prog.mlir", reference=(mode == "reference"), **kw)


def assert_same(actual, expected, rtol=1e-5, atol=1e-6, what=""):
    actual = np.asarray(actual)
    expected = np.asarray(expected)
    assert actual.shape == expected.shape, f"{what}: shape {actual.shape} != {expected.shape}"
    assert actual.dtype == expected.dtype, f"{what}: dtype {actual.dtype} != {expected.dtype}"
    if expected.dtype.kind in "biu":
        np.testing.assert_array_equal(actual, expected, err_msg=what)
    elif expected.dtype == BF16:
        np.testing.assert_allclose(actual.astype(np.float32), expected.astype(np.float32),
                                   rtol=max(rtol, 1e-2), atol=atol, equal_nan=True, err_msg=what)
    else:
        np.testing.assert_allclose(actual, expected, rtol=rtol, atol=atol, equal_nan=True, err_msg=what)


def assert_bitwise(actual, expected, what=""):
    """Exact equality including NaN positions (and bf16 bits)."""
    actual = np.asarray(actual)
    expected = np.asarray(expected)
    assert actual.shape == expected.shape, f"{what}: shape {actual.shape} != {expected.shape}"
    assert actual.dtype == expected.dtype, f"{what}: dtype {actual.dtype} != {expected.dtype}"
    if expected.dtype.kind == "f" or expected.dtype == BF16:
        a = actual.astype(np.float64)
        e = expected.astype(np.float64)
        np.testing.assert_array_equal(np.isnan(a), np.isnan(e), err_msg=f"{what}: NaN positions")
        m = ~np.isnan(e)
        np.testing.assert_array_equal(a[m], e[m], err_msg=what)
    else:
        np.testing.assert_array_equal(actual, expected, err_msg=what)


# ---- hand-written single-op programs (test_ops_elementwise.py, test_ops_structural.py) ----

NP = {
    "f32": np.dtype(np.float32), "f64": np.dtype(np.float64), "f16": np.dtype(np.float16), "bf16": BF16,
    "i1": np.dtype(bool), "i8": np.dtype(np.int8), "i16": np.dtype(np.int16), "i32": np.dtype(np.int32),
    "i64": np.dtype(np.int64), "ui8": np.dtype(np.uint8), "ui16": np.dtype(np.uint16),
    "ui32": np.dtype(np.uint32), "ui64": np.dtype(np.uint64),
}
FLOATS = ("f32", "bf16", "f16", "f64")
SIGNED = ("i8", "i16", "i32", "i64")


class PerTestRng:
    """The running test's generator: a test module's autouse fixture calls
    reseed(request), and values() and the tests draw from the same stream."""

    def __init__(self, seed: int):
        self.gen = np.random.default_rng(seed)

    def reseed(self, request) -> None:
        self.gen = seeded_rng(request)

    def __getattr__(self, name):
        return getattr(self.gen, name)


RNG = PerTestRng(7)


def tt(shape, dt) -> str:
    """StableHLO tensor type: tt((2, 3), "f32") -> "tensor<2x3xf32>"."""
    return "tensor<" + "".join(f"{d}x" for d in shape) + dt + ">"


def func(args, body, results) -> str:
    """A module with one public @main. args: [(name, type)]; body: op lines;
    results: [(value, type)]."""
    sig = ", ".join(f"%{n}: {t}" for n, t in args)
    res = ", ".join(t for _, t in results)
    lines = [f"func.func @main({sig}) -> ({res}) {{"]
    lines += [f"  {line}" for line in body]
    lines.append(f"  return {', '.join(v for v, _ in results)} : {res}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def run(text, args, mode, **kw):
    p = program(text, mode, **kw)
    return p.run([np.array(a, copy=True) for a in args])


def run1(text, args, mode, **kw):
    outs = run(text, args, mode, **kw)
    assert len(outs) == 1
    return outs[0]


def values(dt, shape, lo=-5, hi=5):
    d = NP[dt]
    if dt == "i1":
        return RNG.integers(0, 2, size=shape).astype(bool)
    if d.kind in "iu":
        info = np.iinfo(d)
        return RNG.integers(max(lo, info.min), min(hi, info.max) + 1, size=shape).astype(d)
    return (RNG.uniform(lo, hi, size=shape)).astype(np.float32).astype(d)
