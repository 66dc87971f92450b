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
