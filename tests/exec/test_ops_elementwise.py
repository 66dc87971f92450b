"""Per-op tests of the built-in executor on hand-written StableHLO: the
elementwise ops (unary, binary, compare / select / clamp, convert).

Each test builds a small module (one op, sometimes a constant or two), runs it
in both the fast and the reference mode, and compares with a numpy
expectation written from the StableHLO spec. Exact ops are compared bit for bit
(NaN positions included); transcendental ops within a tight tolerance.
The structural ops are in test_ops_structural.py.
"""
from __future__ import annotations

import itertools

import ml_dtypes
import numpy as np
import pytest

from exec_helpers import (FLOATS, MODES, NP, RNG, SIGNED, assert_bitwise, assert_same, func, run, run1, tt,
                          values)

UNSIGNED = ("ui8", "ui16", "ui32", "ui64")


@pytest.fixture(autouse=True)
def _seed_per_test(request):
    RNG.reseed(request)


def wrap(v: int, dt: str) -> int:
    bits = NP[dt].itemsize * 8
    v %= 1 << bits
    if dt in SIGNED and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def elementwise(fn, dt, *arrays):
    """Applies a Python-int function elementwise and wraps the result to dt."""
    flat = [a.ravel().tolist() for a in arrays]
    out = [wrap(fn(*xs), dt) for xs in zip(*flat)]
    return np.array(out, dtype=NP[dt]).reshape(arrays[0].shape)


# =========================================================================== unary

FLOAT_UNARY = {
    # op: (numpy function in float64, exact?)
    "abs": (np.abs, True),
    "negate": (np.negative, True),
    "sign": (np.sign, True),
    "floor": (np.floor, True),
    "ceil": (np.ceil, True),
    "round_nearest_even": (np.rint, True),
    "sqrt": (np.sqrt, True),
    "exponential": (np.exp, False),
    "log": (np.log, False),
    "log_plus_one": (np.log1p, False),
    "rsqrt": (lambda x: 1.0 / np.sqrt(x), False),
    "tanh": (np.tanh, False),
    "logistic": (lambda x: 1.0 / (1.0 + np.exp(-x)), False),
    "sine": (np.sin, False),
    "cosine": (np.cos, False),
}
POSITIVE_DOMAIN = {"log", "log_plus_one", "rsqrt", "sqrt"}


def float_input(op, dt, shape=(3, 7)):
    x = values(dt, shape, -4, 4)
    if op in POSITIVE_DOMAIN:
        x = (np.abs(x.astype(np.float32)) + np.float32(0.05)).astype(NP[dt])
    if op in ("floor", "ceil", "round_nearest_even"):
        x.ravel()[:8] = np.array([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.49, -3.51], np.float32).astype(NP[dt])
    return x


def expected_float(fn, x, dt):
    with np.errstate(all="ignore"):
        return fn(x.astype(np.float64)).astype(np.float32).astype(NP[dt])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", ["f32", "bf16", "f16", "f64"])
@pytest.mark.parametrize("op", sorted(FLOAT_UNARY))
def test_unary_float(op, dt, mode):
    fn, exact = FLOAT_UNARY[op]
    x = float_input(op, dt)
    text = func([("x", tt(x.shape, dt))], [f"%r = stablehlo.{op} %x : {tt(x.shape, dt)}"],
                [("%r", tt(x.shape, dt))])
    got = run1(text, [x], mode)
    if dt == "f64":
        with np.errstate(all="ignore"):
            want = fn(x.astype(np.float64))
    else:
        want = expected_float(fn, x, dt)
    if exact:
        assert_bitwise(got, want, what=f"{op} {dt} {mode}")
    elif dt in ("f32", "f64"):
        assert_same(got, want, rtol=2e-6 if dt == "f32" else 1e-12, atol=1e-7 if dt == "f32" else 1e-14,
                    what=f"{op} {dt} {mode}")
    else:
        # 16-bit results: at most one unit in the last place of the 16-bit type.
        ulp = 2.0 ** -7 if dt == "bf16" else 2.0 ** -10
        np.testing.assert_allclose(got.astype(np.float32), want.astype(np.float32), rtol=ulp, atol=1e-3,
                                   err_msg=f"{op} {dt} {mode}")


SPECIALS = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, -1.0, 1e-30, 1e30], np.float32)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", sorted(FLOAT_UNARY))
def test_unary_float_special_values(op, mode):
    """NaN propagates; infinities, signed zeros and out-of-domain inputs follow IEEE."""
    fn, _ = FLOAT_UNARY[op]
    x = SPECIALS
    text = func([("x", tt(x.shape, "f32"))], [f"%r = stablehlo.{op} %x : {tt(x.shape, 'f32')}"],
                [("%r", tt(x.shape, "f32"))])
    got = run1(text, [x], mode)
    want = expected_float(fn, x, "f32")
    if op == "sign":
        want[1:5] = [1.0, -1.0, 0.0, -0.0]  # spec: sign(-0.0) = -0.0 (np.sign gives +0.0)
    assert np.isnan(got[0]), f"{op}(NaN) = {got[0]} [{mode}]"
    np.testing.assert_allclose(got, want, rtol=2e-6, atol=0, equal_nan=True, err_msg=f"{op} [{mode}]")
    # Signed results of exact ops keep the sign of zero.
    if op in ("negate", "abs", "floor", "ceil", "round_nearest_even", "sqrt", "sign"):
        np.testing.assert_array_equal(np.signbit(got[3:5]), np.signbit(want[3:5]), err_msg=f"{op} [{mode}]")


INT_UNARY = {
    "abs": lambda a: abs(a),
    "negate": lambda a: -a,
    "sign": lambda a: (a > 0) - (a < 0),
    "not": lambda a: ~a,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", SIGNED + ("ui8", "ui32"))
@pytest.mark.parametrize("op", sorted(INT_UNARY))
def test_unary_int(op, dt, mode):
    if dt in UNSIGNED and op in ("abs", "sign"):
        pytest.skip("abs/sign take signed integers")
    info = np.iinfo(NP[dt])
    x = values(dt, (2, 6), -100, 100)
    x.ravel()[:3] = [info.min, info.max, 0]
    text = func([("x", tt(x.shape, dt))], [f"%r = stablehlo.{op} %x : {tt(x.shape, dt)}"],
                [("%r", tt(x.shape, dt))])
    got = run1(text, [x], mode)
    assert_bitwise(got, elementwise(INT_UNARY[op], dt, x), what=f"{op} {dt} {mode}")


@pytest.mark.parametrize("mode", MODES)
def test_not_i1(mode):
    x = np.array([True, False, True], bool)
    text = func([("x", "tensor<3xi1>")], ["%r = stablehlo.not %x : tensor<3xi1>"], [("%r", "tensor<3xi1>")])
    assert_bitwise(run1(text, [x], mode), ~x)


# =========================================================================== binary

FLOAT_BINARY = {
    "add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
    "remainder": np.fmod, "maximum": np.maximum, "minimum": np.minimum, "power": np.power,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", ["f32", "bf16", "f16", "f64"])
@pytest.mark.parametrize("op", sorted(FLOAT_BINARY))
def test_binary_float(op, dt, mode):
    shape = (4, 9)
    a, b = values(dt, shape), values(dt, shape)
    if op == "power":
        a = np.abs(a.astype(np.float32)).astype(NP[dt])
    if op in ("divide", "remainder"):
        b = np.where(b.astype(np.float32) == 0, 1.5, b.astype(np.float32)).astype(NP[dt])
    # NaN and signed infinities in the last row.
    a[-1, :4] = np.array([np.nan, 1.0, np.inf, -np.inf], np.float32).astype(NP[dt])
    b[-1, :4] = np.array([2.0, np.nan, 3.0, np.inf], np.float32).astype(NP[dt])
    t = tt(shape, dt)
    text = func([("a", t), ("b", t)], [f"%r = stablehlo.{op} %a, %b : {t}"], [("%r", t)])
    got = run1(text, [a, b], mode)
    with np.errstate(all="ignore"):
        want64 = FLOAT_BINARY[op](a.astype(np.float64), b.astype(np.float64))
    want = want64.astype(NP[dt]) if dt in ("f32", "f64") else want64.astype(np.float32).astype(NP[dt])
    if op == "power":
        np.testing.assert_allclose(got.astype(np.float64), want.astype(np.float64),
                                   rtol={"f32": 2e-6, "f64": 1e-12}.get(dt, 2.0 ** -7), equal_nan=True)
    else:
        assert_bitwise(got, want, what=f"{op} {dt} {mode}")


def _int_div(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _int_rem(a, b):
    return a - _int_div(a, b) * b


def _shift_amount(s, dt):
    bits = NP[dt].itemsize * 8
    return s % (1 << bits), bits  # shift counts are read as unsigned


def _shl(dt):
    def f(a, s):
        s, bits = _shift_amount(s, dt)
        return 0 if s >= bits else a << s
    return f


def _shr_logical(dt):
    def f(a, s):
        s, bits = _shift_amount(s, dt)
        return 0 if s >= bits else (a % (1 << bits)) >> s
    return f


def _shr_arith(dt):
    def f(a, s):
        s, bits = _shift_amount(s, dt)
        return (-1 if a < 0 else 0) if s >= bits else a >> s
    return f


def _ipow(a, b):
    if b < 0:
        return 1 if a == 1 else (-1 if b % 2 else 1) if a == -1 else 0
    return a ** b


INT_BINARY = {
    "add": lambda dt: lambda a, b: a + b,
    "subtract": lambda dt: lambda a, b: a - b,
    "multiply": lambda dt: lambda a, b: a * b,
    "divide": lambda dt: _int_div,
    "remainder": lambda dt: _int_rem,
    "maximum": lambda dt: max,
    "minimum": lambda dt: min,
    "power": lambda dt: _ipow,
    "and": lambda dt: lambda a, b: a & b,
    "or": lambda dt: lambda a, b: a | b,
    "xor": lambda dt: lambda a, b: a ^ b,
    "shift_left": _shl,
    "shift_right_logical": _shr_logical,
    "shift_right_arithmetic": _shr_arith,
}


def int_operands(op, dt, shape=(4, 8)):
    info = np.iinfo(NP[dt])
    a = values(dt, shape, -1000, 1000)
    b = values(dt, shape, -40, 40)
    if op in ("divide", "remainder"):
        b[b == 0] = 3
        # Negative operands: quotient truncates toward zero, remainder has the dividend's sign.
        if dt in SIGNED:
            a[0, :4] = [-7, 7, -7, 7]
            b[0, :4] = [2, -2, -2, 2]
    if op == "power":
        a = values(dt, shape, -3, 3)
        b = values(dt, shape, 0, 9)
        if dt in SIGNED:
            b[0, :4] = [-1, -2, -1, -3]
            a[0, :4] = [2, 1, -1, -1]
    if op.startswith("shift"):
        bits = NP[dt].itemsize * 8
        a[0, :4] = [info.min, info.max, 1, info.min + 1]
        amounts = [0, 1, bits - 1, bits, bits + 1, 2 * bits, 255 if bits == 8 else 1000, bits - 2]
        b = np.array([amounts[i % len(amounts)] for i in range(b.size)], np.int64).reshape(shape)
        b = np.array([wrap(int(v), dt) for v in b.ravel()], NP[dt]).reshape(shape)
        if dt in SIGNED:
            b[1, :2] = [-1, -bits]  # negative counts read as huge unsigned counts
    if op in ("maximum", "minimum", "add", "subtract", "multiply", "and", "or", "xor"):
        a[0, :2] = [info.min, info.max]
        b[0, :2] = [info.max if op != "subtract" else 1, info.max]
    return a, b


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", ["i8", "i16", "i32", "i64", "ui8", "ui32", "ui64"])
@pytest.mark.parametrize("op", sorted(INT_BINARY))
def test_binary_int(op, dt, mode):
    if op == "shift_right_arithmetic" and dt in UNSIGNED:
        pytest.skip("arithmetic shift of unsigned types is not pinned down by the spec")
    a, b = int_operands(op, dt)
    t = tt(a.shape, dt)
    text = func([("a", t), ("b", t)], [f"%r = stablehlo.{op} %a, %b : {t}"], [("%r", t)])
    got = run1(text, [a, b], mode)
    want = elementwise(INT_BINARY[op](dt), dt, a, b)
    assert_bitwise(got, want, what=f"{op} {dt} {mode}\na={a}\nb={b}")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op,fn", [("and", np.logical_and), ("or", np.logical_or), ("xor", np.logical_xor)])
def test_logical_i1(op, fn, mode):
    a = np.array([True, True, False, False])
    b = np.array([True, False, True, False])
    text = func([("a", "tensor<4xi1>"), ("b", "tensor<4xi1>")], [f"%r = stablehlo.{op} %a, %b : tensor<4xi1>"],
                [("%r", "tensor<4xi1>")])
    assert_bitwise(run1(text, [a, b], mode), fn(a, b))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", ["i8", "i32", "i64", "ui8"])
def test_integer_division_edge_cases_do_not_trap(dt, mode):
    """x / 0 and INT_MIN / -1 must not crash the process (SIGFPE). Results follow
    XLA: x / 0 = -1 (all ones), x % 0 = x, INT_MIN / -1 = INT_MIN, INT_MIN % -1 = 0."""
    info = np.iinfo(NP[dt])
    if dt in SIGNED:
        a = np.array([5, -5, info.min, info.min, 0], NP[dt])
        b = np.array([0, 0, -1, 0, 0], NP[dt])
        want_q = np.array([-1, -1, info.min, -1, -1], NP[dt])
        want_r = np.array([5, -5, 0, info.min, 0], NP[dt])
    else:
        a = np.array([5, 0, info.max], NP[dt])
        b = np.array([0, 0, 0], NP[dt])
        want_q = np.array([info.max] * 3, NP[dt])
        want_r = a.copy()
    t = tt(a.shape, dt)
    text = func([("a", t), ("b", t)], [f"%q = stablehlo.divide %a, %b : {t}", f"%r = stablehlo.remainder %a, %b : {t}"],
                [("%q", t), ("%r", t)])
    q, r = run(text, [a, b], mode)
    assert_bitwise(q, want_q, what="quotient")
    assert_bitwise(r, want_r, what="remainder")


@pytest.mark.parametrize("mode", MODES)
def test_maximum_minimum_nan_propagates(mode):
    a = np.array([np.nan, 1.0, np.nan, -0.0, 2.0], np.float32)
    b = np.array([1.0, np.nan, np.nan, 3.0, -np.inf], np.float32)
    t = "tensor<5xf32>"
    text = func([("a", t), ("b", t)], [f"%x = stablehlo.maximum %a, %b : {t}", f"%n = stablehlo.minimum %a, %b : {t}"],
                [("%x", t), ("%n", t)])
    mx, mn = run(text, [a, b], mode)
    assert_bitwise(mx, np.array([np.nan, np.nan, np.nan, 3.0, 2.0], np.float32))
    assert_bitwise(mn, np.array([np.nan, np.nan, np.nan, -0.0, -np.inf], np.float32))


# =========================================================================== compare / select / clamp

DIRECTIONS = {"EQ": np.equal, "NE": np.not_equal, "GE": np.greater_equal, "GT": np.greater,
              "LE": np.less_equal, "LT": np.less}


def _total_order_key(x):
    bits = x.astype(np.float32).view(np.int32).astype(np.int64)
    return np.where(bits < 0, bits ^ 0x7FFFFFFF, bits)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("direction", sorted(DIRECTIONS))
@pytest.mark.parametrize("dt,ctype", [("f32", "FLOAT"), ("f32", ""), ("bf16", "FLOAT"), ("f64", "FLOAT"),
                                      ("f32", "TOTALORDER"), ("i32", "SIGNED"), ("i8", ""), ("i64", "SIGNED"),
                                      ("ui8", "UNSIGNED"), ("ui32", ""), ("i1", "UNSIGNED")])
def test_compare(dt, ctype, direction, mode):
    if dt in FLOATS:
        vals = np.array([np.nan, -np.nan, 1.0, -1.0, 0.0, -0.0, np.inf, -np.inf, 2.5], np.float32)
        a = np.array(list(itertools.product(vals, vals)), np.float32)
        a, b = a[:, 0].astype(NP[dt]), a[:, 1].astype(NP[dt])
    elif dt == "i1":
        a = np.array([False, False, True, True])
        b = np.array([False, True, False, True])
    else:
        info = np.iinfo(NP[dt])
        vals = np.array(sorted({info.min, info.max, 0, 1, -1 if dt in SIGNED else 2, 5}), NP[dt])
        a = np.array(list(itertools.product(vals, vals)), NP[dt])
        a, b = a[:, 0].copy(), a[:, 1].copy()
    t = tt(a.shape, dt)
    suffix = f", {ctype}" if ctype else ""
    text = func([("a", t), ("b", t)],
                [f"%r = stablehlo.compare {direction}, %a, %b{suffix} : ({t}, {t}) -> {tt(a.shape, 'i1')}"],
                [("%r", tt(a.shape, "i1"))])
    got = run1(text, [a, b], mode)
    if ctype == "TOTALORDER":
        want = DIRECTIONS[direction](_total_order_key(a), _total_order_key(b))
    else:
        with np.errstate(invalid="ignore"):  # numpy: NaN != NaN, ordered comparisons with NaN false
            want = DIRECTIONS[direction](a.astype(np.float64) if dt in FLOATS else a,
                                         b.astype(np.float64) if dt in FLOATS else b)
    assert_bitwise(got, want, what=f"compare {direction} {dt} {ctype} {mode}\na={a}\nb={b}")


@pytest.mark.parametrize("mode", MODES)
def test_compare_generic_form(mode):
    a = np.array([1.0, np.nan, 3.0], np.float32)
    b = np.array([1.0, np.nan, 2.0], np.float32)
    text = func([("a", "tensor<3xf32>"), ("b", "tensor<3xf32>")],
                ['%r = "stablehlo.compare"(%a, %b) {comparison_direction = #stablehlo<comparison_direction NE>, '
                 'compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>'],
                [("%r", "tensor<3xi1>")])
    assert_bitwise(run1(text, [a, b], mode), np.array([False, True, True]))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", ["f32", "bf16", "i32", "i1", "ui8", "f64"])
def test_select(dt, mode):
    p = RNG.integers(0, 2, size=(3, 5)).astype(bool)
    a, b = values(dt, (3, 5)), values(dt, (3, 5))
    t = tt((3, 5), dt)
    text = func([("p", "tensor<3x5xi1>"), ("a", t), ("b", t)],
                [f"%r = stablehlo.select %p, %a, %b : (tensor<3x5xi1>, {t}, {t}) -> {t}"], [("%r", t)])
    assert_bitwise(run1(text, [p, a, b], mode), np.where(p, a, b))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("pred", [True, False])
def test_select_scalar_predicate(pred, mode):
    a, b = values("f32", (2, 3)), values("f32", (2, 3))
    t = "tensor<2x3xf32>"
    text = func([("p", "tensor<i1>"), ("a", t), ("b", t)],
                [f"%r = stablehlo.select %p, %a, %b : (tensor<i1>, {t}, {t}) -> {t}"], [("%r", t)])
    assert_bitwise(run1(text, [np.array(pred), a, b], mode), a if pred else b)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", ["f32", "i32", "bf16", "ui8"])
def test_clamp_scalar_bounds(dt, mode):
    x = values(dt, (4, 5), -9, 9)
    lo, hi = np.array(-2 if dt != "ui8" else 2, NP[dt]), np.array(3, NP[dt])
    t, s = tt(x.shape, dt), tt((), dt)
    text = func([("lo", s), ("x", t), ("hi", s)], [f"%r = stablehlo.clamp %lo, %x, %hi : ({s}, {t}, {s}) -> {t}"],
                [("%r", t)])
    assert_bitwise(run1(text, [lo, x, hi], mode), np.minimum(np.maximum(x, lo), hi))


@pytest.mark.parametrize("mode", MODES)
def test_clamp_tensor_bounds_and_nan(mode):
    x = np.array([np.nan, -5.0, 0.5, 9.0, 1.0], np.float32)
    lo = np.array([0.0, 0.0, 1.0, np.nan, -1.0], np.float32)
    hi = np.array([1.0, 1.0, 2.0, 3.0, 0.0], np.float32)  # last: lo > hi -> hi (min(max(x, lo), hi))
    t = "tensor<5xf32>"
    text = func([("lo", t), ("x", t), ("hi", t)], [f"%r = stablehlo.clamp %lo, %x, %hi : {t}"], [("%r", t)])
    assert_bitwise(run1(text, [lo, x, hi], mode), np.array([np.nan, 0.0, 1.0, np.nan, 0.0], np.float32))


# =========================================================================== convert


def _bits(a):
    return a.view(np.uint16) if a.dtype.itemsize == 2 else a.view(np.uint32)


CONVERT_CASES = [
    # (from, to, input, expected)
    ("f32", "bf16", [1.00390625, 1.01171875, 1.0039063, -1.00390625, 3.0e38, 3.4e38, np.inf, np.nan, 1e-40, -0.0],
     None),  # expected: ml_dtypes (round to nearest even)
    ("f32", "i32", [2.7, -2.7, -0.5, 0.99, -0.99, 123456.9, -2147483520.0, 0.0], [2, -2, 0, 0, 0, 123456, -2147483520, 0]),
    ("f32", "i8", [2.7, -2.7, 127.9, -128.9], [2, -2, 127, -128]),
    ("f32", "ui8", [2.7, 255.5, 0.2], [2, 255, 0]),
    ("f64", "i64", [1e15 + 0.5, -3.99], [1000000000000000, -3]),
    ("i32", "f32", [16777217, -16777217, 16777219, 7], [16777216.0, -16777216.0, 16777220.0, 7.0]),
    ("i32", "i8", [300, -129, 127, -1], [44, 127, 127, -1]),
    ("i32", "ui8", [300, -1, 255], [44, 255, 255]),
    ("ui8", "i32", [255, 0, 128], [255, 0, 128]),
    ("i8", "i64", [-128, 127, -1], [-128, 127, -1]),
    ("ui32", "f32", [4294967295, 1], [4294967296.0, 1.0]),
    ("i32", "i1", [0, 1, -1, 256], [False, True, True, True]),
    ("f32", "i1", [0.0, -0.0, 0.5, np.nan, -np.inf], [False, False, True, True, True]),
    ("i1", "f32", [True, False], [1.0, 0.0]),
    ("i1", "i32", [True, False], [1, 0]),
    ("bf16", "f32", [1.0078125, -3.0, np.inf, np.nan], [1.0078125, -3.0, np.inf, np.nan]),
    ("f32", "f16", [0.1, 65520.0, 65504.0, 5.960464477539063e-08, 2.98023223876953125e-08, np.nan], None),
    ("f16", "f32", [0.1, 65504.0, -np.inf], None),
    ("f32", "f64", [0.1, -np.inf, np.nan], None),
    ("f64", "f32", [0.1, 1e300, -1e-300, np.nan], None),
    ("bf16", "f16", [1.0078125, 70000.0], None),
    ("f32", "f32", [1.5, np.nan], None),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("src,dst,inp,want", CONVERT_CASES, ids=[f"{c[0]}->{c[1]}" for c in CONVERT_CASES])
def test_convert(src, dst, inp, want, mode):
    x = np.array(inp, dtype=np.float64 if src in FLOATS else object).astype(NP[src])
    if want is None:
        with np.errstate(all="ignore"):
            want = x.astype(np.float32).astype(NP[dst]) if src in ("bf16", "f16") else x.astype(NP[dst])
    want = np.array(want, dtype=NP[dst] if dst not in FLOATS else np.float64).astype(NP[dst])
    t_in, t_out = tt(x.shape, src), tt(x.shape, dst)
    text = func([("x", t_in)], [f"%r = stablehlo.convert %x : ({t_in}) -> {t_out}"], [("%r", t_out)])
    got = run1(text, [x], mode)
    assert_bitwise(got, want, what=f"convert {src}->{dst} [{mode}]")
    if dst in ("bf16", "f16"):
        finite = np.isfinite(want.astype(np.float32))
        np.testing.assert_array_equal(_bits(got)[finite], _bits(want)[finite])


@pytest.mark.parametrize("mode", MODES)
def test_convert_f32_to_bf16_round_to_nearest_even_many(mode):
    # Every rounding situation: random bit patterns, plus exact ties.
    bits = RNG.integers(0, 2**32, size=4096, dtype=np.uint64).astype(np.uint32)
    ties = (RNG.integers(0, 2**16, size=512, dtype=np.uint64).astype(np.uint32) << 16) | np.uint32(0x8000)
    x = np.concatenate([bits, ties]).view(np.float32)
    x = x[np.isfinite(x)]
    t_in, t_out = tt(x.shape, "f32"), tt(x.shape, "bf16")
    text = func([("x", t_in)], [f"%r = stablehlo.convert %x : ({t_in}) -> {t_out}"], [("%r", t_out)])
    got = run1(text, [x], mode)
    np.testing.assert_array_equal(got.view(np.uint16), x.astype(ml_dtypes.bfloat16).view(np.uint16))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dst", ["i32", "i8", "ui8", "i64", "ui32"])
def test_convert_float_to_int_out_of_range_saturates(dst, mode):
    """Implementation-defined in the spec; the executor follows XLA: saturate, NaN -> 0
    (and never relies on C++'s undefined out-of-range float->int cast)."""
    x = np.array([np.nan, np.inf, -np.inf, 1e10, -1e10, -1.5], np.float32)
    info = np.iinfo(NP[dst])
    big = (int(1e10), -int(1e10)) if dst == "i64" else (info.max, info.min)
    want = np.array([0, info.max, info.min, *big, -1 if dst in SIGNED else 0], NP[dst])
    text = func([("x", "tensor<6xf32>")], [f"%r = stablehlo.convert %x : (tensor<6xf32>) -> {tt((6,), dst)}"],
                [("%r", tt((6,), dst))])
    assert_bitwise(run1(text, [x], mode), want)
