"""Per-op tests of the built-in executor on hand-written StableHLO: the
structural ops (data movement, dot_general, reduce, dynamic_slice /
dynamic_update_slice, gather, func.call) and thread counts.

Each test builds a small module (one op, sometimes a constant or two), runs it
in both the fast and the reference mode, and compares with a numpy
expectation written from the StableHLO spec. Exact ops are compared bit for bit
(NaN positions included); transcendental ops within a tight tolerance.
The elementwise ops are in test_ops_elementwise.py.
"""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from exec_helpers import (FLOATS, MODES, NP, RNG, assert_bitwise, assert_same, func, program, run, run1,
                          tt, values)


@pytest.fixture(autouse=True)
def _seed_per_test(request):
    RNG.reseed(request)


# =========================================================================== data movement


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("in_shape,out_shape,dims", [
    ((), (2, 3), []),
    ((3,), (2, 3), [1]),
    ((2,), (2, 3), [0]),
    ((1, 3), (4, 2, 3), [1, 2]),      # size-1 expansion of operand dim 0 to 2
    ((2, 1), (2, 5), [0, 1]),         # size-1 expansion to 5
    ((1, 1), (3, 4), [0, 1]),
    ((2, 3), (3, 2), [1, 0]),         # dims need not be increasing: a transpose
    ((2, 1, 3), (2, 4, 3, 5), [0, 1, 2]),
])
@pytest.mark.parametrize("dt", ["f32", "i8", "bf16", "i1"])
def test_broadcast_in_dim(in_shape, out_shape, dims, dt, mode):
    x = values(dt, in_shape)
    t_in, t_out = tt(in_shape, dt), tt(out_shape, dt)
    text = func([("x", t_in)], [f"%r = stablehlo.broadcast_in_dim %x, dims = {dims} : ({t_in}) -> {t_out}"],
                [("%r", t_out)])
    # numpy reference: place operand dims at `dims`, then broadcast.
    want = np.empty(out_shape, NP[dt])
    for idx in itertools.product(*[range(n) for n in out_shape]):
        src = tuple(0 if in_shape[i] == 1 else idx[d] for i, d in enumerate(dims))
        want[idx] = x[src]
    assert_bitwise(run1(text, [x], mode), want)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("in_shape,out_shape", [((2, 3, 4), (6, 4)), ((2, 3, 4), (24,)), ((), (1, 1)),
                                                ((1, 1), ()), ((6,), (3, 1, 2))])
def test_reshape(in_shape, out_shape, mode):
    x = values("f32", in_shape)
    t_in, t_out = tt(in_shape, "f32"), tt(out_shape, "f32")
    text = func([("x", t_in)], [f"%r = stablehlo.reshape %x : ({t_in}) -> {t_out}"], [("%r", t_out)])
    assert_bitwise(run1(text, [x], mode), x.reshape(out_shape))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("perm", [[1, 0, 2], [2, 0, 1], [2, 1, 0], [0, 1, 2]])
@pytest.mark.parametrize("dt", ["f32", "bf16", "i64", "i1"])
def test_transpose(perm, dt, mode):
    x = values(dt, (2, 3, 4))
    t_out = tt(tuple(x.shape[p] for p in perm), dt)
    text = func([("x", tt(x.shape, dt))], [f"%r = stablehlo.transpose %x, dims = {perm} : ({tt(x.shape, dt)}) -> {t_out}"],
                [("%r", t_out)])
    assert_bitwise(run1(text, [x], mode), np.transpose(x, perm))


@pytest.mark.parametrize("mode", MODES)
def test_transpose_large_matrix(mode):
    x = values("f32", (67, 129))
    text = func([("x", tt(x.shape, "f32"))], [f"%r = stablehlo.transpose %x, dims = [1, 0] : (tensor<67x129xf32>) -> tensor<129x67xf32>"],
                [("%r", "tensor<129x67xf32>")])
    assert_bitwise(run1(text, [x], mode), x.T)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("spec", [
    [(0, 4, 1), (0, 6, 1)],
    [(1, 3, 1), (0, 6, 2)],
    [(0, 4, 3), (5, 6, 1)],
    [(3, 4, 2), (1, 5, 3)],
    [(2, 2, 1), (0, 6, 1)],   # empty slice
])
def test_slice(spec, mode):
    x = values("f32", (4, 6))
    want = x[tuple(slice(s, l, st) for s, l, st in spec)]
    text = func([("x", "tensor<4x6xf32>")],
                [f"%r = stablehlo.slice %x [{', '.join(f'{s}:{l}:{st}' for s, l, st in spec)}] : "
                 f"(tensor<4x6xf32>) -> {tt(want.shape, 'f32')}"], [("%r", tt(want.shape, "f32"))])
    assert_bitwise(run1(text, [x], mode), want)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dim", [0, 1, 2])
@pytest.mark.parametrize("dt", ["f32", "i1", "bf16"])
def test_concatenate(dim, dt, mode):
    shapes = []
    for n in (1, 3, 2):
        s = [2, 3, 4]
        s[dim] = n
        shapes.append(tuple(s))
    xs = [values(dt, s) for s in shapes]
    want = np.concatenate(xs, axis=dim)
    ins = [tt(s, dt) for s in shapes]
    text = func([(f"x{i}", t) for i, t in enumerate(ins)],
                [f"%r = stablehlo.concatenate %x0, %x1, %x2, dim = {dim} : ({', '.join(ins)}) -> {tt(want.shape, dt)}"],
                [("%r", tt(want.shape, dt))])
    assert_bitwise(run1(text, xs, mode), want)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dim", [0, 1, 2])
@pytest.mark.parametrize("dt", ["i32", "f32", "bf16", "ui8", "i64", "f16"])
def test_iota(dim, dt, mode):
    shape = (3, 4, 5)
    text = func([], [f"%r = stablehlo.iota dim = {dim} : {tt(shape, dt)}"], [("%r", tt(shape, dt))])
    want = np.broadcast_to(np.arange(shape[dim]).reshape([-1 if i == dim else 1 for i in range(3)]), shape)
    assert_bitwise(run1(text, [], mode), want.astype(NP[dt]))


@pytest.mark.parametrize("mode", MODES)
def test_constants(mode):
    body = [
        "%a = stablehlo.constant dense<[[1.5, -2.0], [0x7FC00000, 0xFF800000]]> : tensor<2x2xf32>",
        "%b = stablehlo.constant dense<-3> : tensor<2x3xi32>",
        "%c = stablehlo.constant dense<[true, false, true]> : tensor<3xi1>",
        '%d = stablehlo.constant dense<"0x0000803F00000040"> : tensor<2xf32>',
        "%e = stablehlo.constant dense<[1.00390625, 1.01171875]> : tensor<2xbf16>",
        "%f = stablehlo.constant dense<255> : tensor<ui8>",
        "%g = stablehlo.constant dense<-9223372036854775808> : tensor<i64>",
        '%h = "stablehlo.constant"() <{value = dense<[1, 2]> : tensor<2xi32>}> : () -> tensor<2xi32>',
    ]
    types = ["tensor<2x2xf32>", "tensor<2x3xi32>", "tensor<3xi1>", "tensor<2xf32>", "tensor<2xbf16>", "tensor<ui8>",
             "tensor<i64>", "tensor<2xi32>"]
    text = func([], body, list(zip("%a %b %c %d %e %f %g %h".split(), types)))
    a, b, c, d, e, f, g, h = run(text, [], mode)
    assert_bitwise(a, np.array([[1.5, -2.0], [np.nan, -np.inf]], np.float32))
    assert_bitwise(b, np.full((2, 3), -3, np.int32))
    assert_bitwise(c, np.array([True, False, True]))
    assert_bitwise(d, np.array([1.0, 2.0], np.float32))
    np.testing.assert_array_equal(e.view(np.uint16), [0x3F80, 0x3F82])  # parsed with round-to-nearest-even
    assert_bitwise(f, np.array(255, np.uint8))
    assert_bitwise(g, np.array(np.iinfo(np.int64).min, np.int64))
    assert_bitwise(h, np.array([1, 2], np.int32))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dt", ["f32", "i32", "bf16"])
def test_pad(dt, mode):
    x = values(dt, (3, 4))
    pv = np.array(7, NP[dt])
    cases = [([1, 0], [2, 1], [0, 1]), ([-1, 2], [1, -2], [1, 0]), ([0, 0], [0, 0], [2, 3]),
             ([-2, -1], [-1, -1], [1, 1]), ([0, -3], [0, 1], [0, 0])]
    for low, high, interior in cases:
        # numpy reference: interior first, then edges (negative edges crop).
        shape = [(n - 1) * (i + 1) + 1 for n, i in zip(x.shape, interior)]
        mid = np.full(shape, pv, NP[dt])
        mid[tuple(slice(None, None, i + 1) for i in interior)] = x
        full = np.full([s + max(lo, 0) + max(hi, 0) for s, lo, hi in zip(shape, low, high)], pv, NP[dt])
        full[tuple(slice(max(lo, 0), max(lo, 0) + s) for s, lo in zip(shape, low))] = mid
        want = full[tuple(slice(max(-lo, 0), full.shape[d] - max(-hi, 0)) for d, (lo, hi) in enumerate(zip(low, high)))]
        t_in, t_out = tt(x.shape, dt), tt(want.shape, dt)
        text = func([("x", t_in), ("p", tt((), dt))],
                    [f"%r = stablehlo.pad %x, %p, low = {low}, high = {high}, interior = {interior} : "
                     f"({t_in}, {tt((), dt)}) -> {t_out}"], [("%r", t_out)])
        assert_bitwise(run1(text, [x, pv], mode), want, what=f"pad {low} {high} {interior}")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dims", [[0], [1], [2], [0, 2], [0, 1, 2]])
def test_reverse(dims, mode):
    x = values("i32", (2, 3, 4), -100, 100)
    t = tt(x.shape, "i32")
    text = func([("x", t)], [f"%r = stablehlo.reverse %x, dims = {dims} : {t}"], [("%r", t)])
    assert_bitwise(run1(text, [x], mode), np.flip(x, axis=tuple(dims)))


# =========================================================================== dot_general


DOT_CASES = [
    # (lhs shape, rhs shape, lhs_batch, rhs_batch, lhs_contract, rhs_contract, einsum)
    ((5, 7), (7, 3), [], [], [1], [0], "ik,kj->ij"),
    ((7, 5), (7, 3), [], [], [0], [0], "ki,kj->ij"),            # transposed lhs
    ((5, 7), (3, 7), [], [], [1], [1], "ik,jk->ij"),            # transposed rhs
    ((6,), (6,), [], [], [0], [0], "k,k->"),
    ((4, 6), (6,), [], [], [1], [0], "ik,k->i"),
    ((2, 4, 6), (2, 6, 3), [0], [0], [2], [1], "bik,bkj->bij"),
    ((4, 2, 6), (6, 2, 3), [1], [1], [2], [0], "ibk,kbj->bij"),  # batch dims not leading
    ((2, 3, 4, 5), (2, 3, 5, 4), [0, 1], [0, 1], [3], [2], "abik,abkj->abij"),
    ((3, 4, 5), (4, 5, 2), [], [], [1, 2], [0, 1], "ikl,klj->ij"),  # two contracting dims
    ((3, 4), (5, 2), [], [], [], [], "ij,kl->ijkl"),           # outer product
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", DOT_CASES, ids=[c[-1] for c in DOT_CASES])
@pytest.mark.parametrize("types", [("f32", "f32"), ("bf16", "f32"), ("bf16", "bf16"), ("i32", "i32"), ("f64", "f64")])
def test_dot_general(case, types, mode):
    ls, rs, lb, rb, lc, rc, eq = case
    dt, out = types
    a, b = values(dt, ls), values(dt, rs)
    want64 = np.einsum(eq, a.astype(np.float64), b.astype(np.float64))
    want = want64.astype(np.int64).astype(NP[out]) if out == "i32" else want64.astype(np.float32).astype(NP[out])
    dims = ""
    if lb:
        dims += f"batching_dims = {lb} x {rb}, "
    dims += f"contracting_dims = {lc} x {rc}"
    text = func([("a", tt(ls, dt)), ("b", tt(rs, dt))],
                [f"%r = stablehlo.dot_general %a, %b, {dims} : ({tt(ls, dt)}, {tt(rs, dt)}) -> {tt(want.shape, out)}"],
                [("%r", tt(want.shape, out))])
    got = run1(text, [a, b], mode)
    if out == "i32":
        assert_bitwise(got, want)
    elif out == "bf16":
        np.testing.assert_allclose(got.astype(np.float32), want.astype(np.float32), rtol=2 ** -7, atol=1e-2)
    else:
        assert_same(got, want, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("mode", MODES)
def test_dot_general_generic_form_and_large(mode):
    a, b = values("f32", (70, 150)), values("f32", (150, 33))
    text = func([("a", "tensor<70x150xf32>"), ("b", "tensor<150x33xf32>")],
                ['%r = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<'
                 'lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = '
                 '[#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : '
                 '(tensor<70x150xf32>, tensor<150x33xf32>) -> tensor<70x33xf32>'],
                [("%r", "tensor<70x33xf32>")])
    assert_same(run1(text, [a, b], mode), (a.astype(np.float64) @ b).astype(np.float32), rtol=1e-5, atol=1e-4)


@pytest.mark.parametrize("mode", MODES)
def test_dot_general_reads_converted_bf16(mode):
    """convert(bf16 -> f32) feeding a dot: the fast mode may fuse the convert."""
    a, b = values("bf16", (8, 32)), values("bf16", (32, 16))
    text = func([("a", "tensor<8x32xbf16>"), ("b", "tensor<32x16xbf16>")],
                ["%af = stablehlo.convert %a : (tensor<8x32xbf16>) -> tensor<8x32xf32>",
                 "%bf = stablehlo.convert %b : (tensor<32x16xbf16>) -> tensor<32x16xf32>",
                 "%r = stablehlo.dot_general %af, %bf, contracting_dims = [1] x [0] : "
                 "(tensor<8x32xf32>, tensor<32x16xf32>) -> tensor<8x16xf32>"],
                [("%r", "tensor<8x16xf32>")])
    want = (a.astype(np.float64) @ b.astype(np.float64)).astype(np.float32)
    assert_same(run1(text, [a, b], mode), want, rtol=1e-5, atol=1e-5)


# =========================================================================== reduce


def reduce_text(x_t, init_t, out_t, body_op, dims):
    return func([("x", x_t), ("i", init_t)],
                [f"%r = stablehlo.reduce(%x init: %i) applies stablehlo.{body_op} across dimensions = {dims} : "
                 f"({x_t}, {init_t}) -> {out_t}"], [("%r", out_t)])


REDUCERS = {"add": np.add, "multiply": np.multiply, "maximum": np.maximum, "minimum": np.minimum,
            "and": np.bitwise_and, "or": np.bitwise_or}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dims", [[0], [1], [2], [0, 2], [0, 1, 2], []])
@pytest.mark.parametrize("op,dt,init", [("add", "f32", 10.0), ("add", "i32", 10), ("multiply", "f32", 2.0),
                                        ("maximum", "f32", -np.inf), ("maximum", "f32", 1.5),
                                        ("minimum", "i32", 3), ("add", "bf16", 0.0), ("and", "i1", True),
                                        ("or", "i1", False), ("add", "ui8", 1), ("maximum", "i64", -7)])
def test_reduce(op, dt, init, dims, mode):
    shape = (3, 4, 5)
    x = values(dt, shape, -3, 3) if dt != "ui8" else values(dt, shape, 0, 20)
    if op == "multiply":
        x = (x.astype(np.float32) * 0.3 + 1.0).astype(np.float32)
    out_shape = tuple(n for i, n in enumerate(shape) if i not in dims)
    text = reduce_text(tt(shape, dt), tt((), dt), tt(out_shape, dt), op, dims)
    iv = np.array(init, NP[dt])
    got = run1(text, [x, iv], mode)
    fn = REDUCERS[op]
    acc64 = x.astype(np.float64) if dt in FLOATS else x
    # The init value is combined once (as XLA does), also when no dimension is reduced.
    want64 = fn.reduce(acc64, axis=tuple(dims)) if dims else acc64
    want64 = fn(want64, iv.astype(acc64.dtype))
    want = want64
    want = np.asarray(want).astype(np.float32).astype(NP[dt]) if dt in FLOATS else np.asarray(want).astype(NP[dt])
    if dt == "bf16":
        # The reducer body is a bf16 add, so partial sums may be rounded to bf16 at every
        # step (the executor does). Bound: recursive summation error <= (n + 1) u sum|x|.
        n = int(np.prod([shape[d] for d in dims])) if dims else 1
        mag = np.abs(x.astype(np.float64)).sum(axis=tuple(dims)) if dims else np.abs(x.astype(np.float64))
        bound = (n + 1) * 2.0 ** -8 * (mag + abs(float(iv))) + 1e-6
        err = np.abs(got.astype(np.float64) - want64)
        assert np.all(err <= bound), f"bf16 sum error {err.max()} > bound {bound.min()}"
    elif dt in FLOATS:
        assert_same(got, want, rtol=1e-5, atol=1e-5)
    else:
        assert_bitwise(got, want)


@pytest.mark.parametrize("mode", MODES)
def test_reduce_sum_init_ten(mode):
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    text = reduce_text("tensor<3x4xf32>", "tensor<f32>", "tensor<3xf32>", "add", [1])
    assert_bitwise(run1(text, [x, np.float32(10)], mode), np.array([16.0, 32.0, 48.0], np.float32))


@pytest.mark.parametrize("mode", MODES)
def test_reduce_max_nan_propagates(mode):
    x = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]], np.float32)
    text = reduce_text("tensor<2x3xf32>", "tensor<f32>", "tensor<2xf32>", "maximum", [1])
    assert_bitwise(run1(text, [x, np.float32(-np.inf)], mode), np.array([np.nan, 6.0], np.float32))


@pytest.mark.parametrize("mode", MODES)
def test_reduce_generic_form_custom_body(mode):
    # Body: acc + x * x (sum of squares), in the generic "stablehlo.reduce" form.
    x = values("f32", (4, 6))
    text = func([("x", "tensor<4x6xf32>")], [
        "%z = stablehlo.constant dense<0.0> : tensor<f32>",
        '%r = "stablehlo.reduce"(%x, %z) ({',
        "  ^bb0(%acc: tensor<f32>, %v: tensor<f32>):",
        "    %sq = stablehlo.multiply %v, %v : tensor<f32>",
        "    %s = stablehlo.add %acc, %sq : tensor<f32>",
        '    "stablehlo.return"(%s) : (tensor<f32>) -> ()',
        "  }) {dimensions = array<i64: 0>} : (tensor<4x6xf32>, tensor<f32>) -> tensor<6xf32>",
    ], [("%r", "tensor<6xf32>")])
    assert_same(run1(text, [x], mode), (x.astype(np.float64) ** 2).sum(0).astype(np.float32), rtol=1e-5)


ARGMAX = """func.func @main(%x: tensor<3x6xf32>) -> (tensor<3xf32>, tensor<3xi32>) {
  %i = stablehlo.iota dim = 1 : tensor<3x6xi32>
  %ninf = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %c0 = stablehlo.constant dense<0> : tensor<i32>
  %r:2 = stablehlo.reduce(%x init: %ninf), (%i init: %c0) across dimensions = [1] : (tensor<3x6xf32>, tensor<3x6xi32>, tensor<f32>, tensor<i32>) -> (tensor<3xf32>, tensor<3xi32>)
   reducer(%a: tensor<f32>, %b: tensor<f32>) (%ai: tensor<i32>, %bi: tensor<i32>)  {
    %gt = stablehlo.compare GT, %a, %b, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %nan = stablehlo.compare NE, %a, %a, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %take = stablehlo.or %gt, %nan : tensor<i1>
    %eq = stablehlo.compare EQ, %a, %b, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %lt = stablehlo.compare LT, %ai, %bi, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %tie = stablehlo.and %eq, %lt : tensor<i1>
    %takei = stablehlo.or %take, %tie : tensor<i1>
    %v = stablehlo.select %take, %a, %b : tensor<i1>, tensor<f32>
    %vi = stablehlo.select %takei, %ai, %bi : tensor<i1>, tensor<i32>
    stablehlo.return %v, %vi : tensor<f32>, tensor<i32>
  }
  return %r#0, %r#1 : tensor<3xf32>, tensor<3xi32>
}
"""


@pytest.mark.parametrize("mode", MODES)
def test_reduce_multi_operand_argmax(mode):
    x = values("f32", (3, 6))
    x[1, 2] = x[1, 5] = 9.0  # tie: first index
    x[2, 4] = np.nan         # NaN wins
    mx, am = run(ARGMAX, [x], mode)
    assert_bitwise(am, np.array([np.argmax(x[0]), 2, 4], np.int32))
    assert_bitwise(mx, np.array([x[0].max(), 9.0, np.nan], np.float32))


# =========================================================================== dynamic_slice / dynamic_update_slice

INDEX_TYPES = ["i32", "i64", "i8", "ui32", "ui8", "i16"]


def _clamp(v, hi):
    return min(max(int(v), 0), hi)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("itype", INDEX_TYPES)
@pytest.mark.parametrize("starts", [(0, 0), (1, 2), (-1, 1), (2, -100), (3, 9), (100, 100), (-128, 127)])
def test_dynamic_slice_clamps(starts, itype, mode):
    if itype.startswith("ui") and min(starts) < 0:
        starts = tuple(s % (1 << (NP[itype].itemsize * 8)) for s in starts)  # huge unsigned: clamp high
    info = np.iinfo(NP[itype])
    starts = tuple(min(max(s, info.min), info.max) for s in starts)
    x = values("f32", (5, 7))
    i0, i1 = _clamp(starts[0], 5 - 3), _clamp(starts[1], 7 - 4)  # sizes (3, 4)
    want = x[i0:i0 + 3, i1:i1 + 4]
    st = tt((), itype)
    text = func([("x", "tensor<5x7xf32>"), ("i", st), ("j", st)],
                [f"%r = stablehlo.dynamic_slice %x, %i, %j, sizes = [3, 4] : (tensor<5x7xf32>, {st}, {st}) -> tensor<3x4xf32>"],
                [("%r", "tensor<3x4xf32>")])
    got = run1(text, [x, np.array(starts[0], NP[itype]), np.array(starts[1], NP[itype])], mode)
    assert_bitwise(got, want, what=f"starts {starts} -> ({i0}, {i1})")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("itype", ["i32", "i64", "ui32"])
@pytest.mark.parametrize("starts", [(0, 0), (1, 2), (-1, 1), (2, -100), (3, 9), (100, 100)])
def test_dynamic_update_slice_clamps(starts, itype, mode):
    if itype.startswith("ui"):
        starts = tuple(s % (1 << 32) for s in starts)
    x = values("f32", (5, 7))
    u = values("f32", (3, 4)) + 100
    i0, i1 = _clamp(starts[0], 5 - 3), _clamp(starts[1], 7 - 4)
    want = x.copy()
    want[i0:i0 + 3, i1:i1 + 4] = u
    st = tt((), itype)
    text = func([("x", "tensor<5x7xf32>"), ("u", "tensor<3x4xf32>"), ("i", st), ("j", st)],
                [f"%r = stablehlo.dynamic_update_slice %x, %u, %i, %j : (tensor<5x7xf32>, tensor<3x4xf32>, {st}, {st}) -> tensor<5x7xf32>"],
                [("%r", "tensor<5x7xf32>")])
    x_in = x.copy()
    got = run1(text, [x_in, u, np.array(starts[0], NP[itype]), np.array(starts[1], NP[itype])], mode)
    assert_bitwise(got, want, what=f"starts {starts}")


@pytest.mark.parametrize("mode", MODES)
def test_dynamic_update_slice_does_not_touch_unaliased_operand(mode):
    x = values("f32", (4, 3))
    keep = x.copy()
    u = np.ones((1, 3), np.float32)
    text = func([("x", "tensor<4x3xf32>"), ("u", "tensor<1x3xf32>"), ("i", "tensor<i32>")],
                ["%z = stablehlo.constant dense<0> : tensor<i32>",
                 "%r = stablehlo.dynamic_update_slice %x, %u, %i, %z : (tensor<4x3xf32>, tensor<1x3xf32>, tensor<i32>, tensor<i32>) -> tensor<4x3xf32>"],
                [("%r", "tensor<4x3xf32>")])
    p = program(text, mode)
    got = p.run([x, u, np.array(2, np.int32)])[0]
    np.testing.assert_array_equal(x, keep)  # the caller's array is only read
    want = keep.copy()
    want[2] = 1
    assert_bitwise(got, want)


@pytest.mark.parametrize("mode", MODES)
def test_dynamic_slice_generic_form_rank3(mode):
    x = values("i32", (4, 5, 6), -100, 100)
    text = func([("x", "tensor<4x5x6xi32>"), ("a", "tensor<i64>"), ("b", "tensor<i64>"), ("c", "tensor<i64>")],
                ['%r = "stablehlo.dynamic_slice"(%x, %a, %b, %c) <{slice_sizes = array<i64: 2, 5, 1>}> : '
                 "(tensor<4x5x6xi32>, tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2x5x1xi32>"],
                [("%r", "tensor<2x5x1xi32>")])
    got = run1(text, [x, np.int64(3), np.int64(-2), np.int64(5)], mode)
    assert_bitwise(got, x[2:4, 0:5, 5:6])


# =========================================================================== gather


def gather_reference(operand, indices, offset_dims, collapsed, start_index_map, index_vector_dim, slice_sizes,
                     operand_batching_dims=(), start_indices_batching_dims=()):
    """The StableHLO spec's gather semantics, written out elementwise."""
    if index_vector_dim == indices.ndim:
        indices = indices[..., None]
    batch_shape = [n for d, n in enumerate(indices.shape) if d != index_vector_dim]
    offset_sizes = [slice_sizes[d] for d in range(operand.ndim)
                    if d not in collapsed and d not in operand_batching_dims]
    rank = len(batch_shape) + len(offset_sizes)
    batch_dims = [d for d in range(rank) if d not in offset_dims]
    out_shape = [0] * rank
    for d, n in zip(batch_dims, batch_shape):
        out_shape[d] = n
    for d, n in zip(offset_dims, offset_sizes):
        out_shape[d] = n
    out = np.empty(out_shape, operand.dtype)
    offset_operand_dims = [d for d in range(operand.ndim) if d not in collapsed and d not in operand_batching_dims]
    for ridx in itertools.product(*[range(n) for n in out_shape]):
        bidx = [ridx[d] for d in batch_dims]
        sidx = list(bidx)
        sidx.insert(index_vector_dim, slice(None))
        start = indices[tuple(sidx)]
        full = [0] * operand.ndim
        for k, d in enumerate(start_index_map):
            full[d] = min(max(int(start[k]), 0), operand.shape[d] - slice_sizes[d])
        for ob, sb in zip(operand_batching_dims, start_indices_batching_dims):
            full[ob] += bidx[sb if sb < index_vector_dim else sb - 1]
        for k, d in enumerate(offset_operand_dims):
            full[d] += ridx[offset_dims[k]]
        out[ridx] = operand[tuple(full)]
    return out


def gather_text(x_t, i_t, out_t, offset_dims, collapsed, start_index_map, index_vector_dim, slice_sizes,
                operand_batching_dims=(), start_indices_batching_dims=()):
    batching = ""
    if operand_batching_dims:
        batching = (f", operand_batching_dims = {list(operand_batching_dims)}, "
                    f"start_indices_batching_dims = {list(start_indices_batching_dims)}")
    return func([("x", x_t), ("i", i_t)], [
        f'%r = "stablehlo.gather"(%x, %i) {{dimension_numbers = #stablehlo.gather<offset_dims = {list(offset_dims)}, '
        f"collapsed_slice_dims = {list(collapsed)}{batching}, start_index_map = {list(start_index_map)}, "
        f"index_vector_dim = {index_vector_dim}>, indices_are_sorted = false, "
        f"slice_sizes = array<i64: {', '.join(map(str, slice_sizes))}>}} : ({x_t}, {i_t}) -> {out_t}"],
        [("%r", out_t)])


GATHER_CASES = {
    # name: (operand shape, indices, offset_dims, collapsed, start_index_map, index_vector_dim, slice_sizes,
    #        operand_batching_dims, start_indices_batching_dims)
    "rows": ((5, 3), [[1], [4], [0], [2]], [1], [0], [0], 1, [1, 3], (), ()),
    "rows_out_of_range_clamped": ((5, 3), [[7], [-2], [5], [-100]], [1], [0], [0], 1, [1, 3], (), ()),
    "implicit_index_vector_dim": ((5, 3), [3, 9, -1], [1], [0], [0], 1, [1, 3], (), ()),
    "columns": ((3, 6), [[5], [0], [8]], [0], [1], [1], 1, [3, 1], (), ()),
    "2d_windows_clamped": ((4, 6), [[1, 4], [3, 5], [-1, 0], [2, 2]], [1, 2], [], [0, 1], 1, [2, 3], (), ()),
    "start_index_map_permuted": ((4, 6), [[4, 1], [0, 9]], [1], [0], [1, 0], 1, [1, 2], (), ()),
    "index_vector_dim_0": ((4, 6), [[1, 3, 9], [0, 5, 2]], [1], [0], [0, 1], 0, [1, 2], (), ()),
    "scalar_elements": ((4, 5), [[[0, 1], [3, 4]], [[9, 9], [-1, 2]]], [], [0, 1], [0, 1], 2, [1, 1], (), ()),
    "batching_dims": ((2, 5, 3), [[0, 4, 2, 7], [1, 1, -3, 3]], [2], [1], [1], 2, [1, 1, 3], (0,), (0,)),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("itype", ["i32", "i64"])
@pytest.mark.parametrize("name", sorted(GATHER_CASES))
def test_gather(name, itype, mode):
    xs, idx, od, cd, sim, ivd, ss, obd, sibd = GATHER_CASES[name]
    x = values("f32", xs)
    idx = np.array(idx, NP[itype])
    want = gather_reference(x, idx, od, cd, sim, ivd, ss, obd, sibd)
    text = gather_text(tt(x.shape, "f32"), tt(idx.shape, itype), tt(want.shape, "f32"), od, cd, sim, ivd, ss, obd, sibd)
    assert_bitwise(run1(text, [x, idx], mode), want, what=name)


def test_gather_reference_matches_numpy():
    """Self-check of gather_reference on the simplest case (row lookup with clamping)."""
    x = np.arange(15, dtype=np.float32).reshape(5, 3)
    idx = np.array([[7], [-2], [3]])
    got = gather_reference(x, idx, [1], [0], [0], 1, [1, 3])
    np.testing.assert_array_equal(got, x[[4, 0, 3]])


# =========================================================================== func.call

CALLS = """module @m {
  func.func public @main(%x: tensor<2x3xf32>, %y: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
    %0 = call @axpy(%x, %y) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %1 = func.call @axpy(%0, %x) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %2:2 = call @pair(%1) : (tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>)
    return %2#0, %2#1 : tensor<2x3xf32>, tensor<2x3xf32>
  }
  func.func private @axpy(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %c = stablehlo.constant dense<2.0> : tensor<2x3xf32>
    %m = stablehlo.multiply %a, %c : tensor<2x3xf32>
    %s = stablehlo.add %m, %b : tensor<2x3xf32>
    return %s : tensor<2x3xf32>
  }
  func.func private @pair(%a: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
    %n = stablehlo.negate %a : tensor<2x3xf32>
    %s = call @axpy(%a, %n) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    return %n, %s : tensor<2x3xf32>, tensor<2x3xf32>
  }
}
"""


@pytest.mark.parametrize("mode", MODES)
def test_func_call_private_functions(mode):
    x, y = values("f32", (2, 3)), values("f32", (2, 3))
    one = 2 * x + y
    two = 2 * one + x
    n, s = run(CALLS, [x, y], mode)
    assert_bitwise(n, -two)
    assert_bitwise(s, 2 * two - two)


# =========================================================================== threads / modes agree


@pytest.mark.parametrize("threads", [1, 2, 5])
def test_thread_counts_agree(threads):
    a, b = values("f32", (96, 200)), values("f32", (200, 80))
    text = func([("a", "tensor<96x200xf32>"), ("b", "tensor<200x80xf32>")],
                ["%d = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : "
                 "(tensor<96x200xf32>, tensor<200x80xf32>) -> tensor<96x80xf32>",
                 "%e = stablehlo.exponential %d : tensor<96x80xf32>",
                 "%z = stablehlo.constant dense<0.0> : tensor<f32>",
                 "%s = stablehlo.reduce(%e init: %z) applies stablehlo.add across dimensions = [1] : "
                 "(tensor<96x80xf32>, tensor<f32>) -> tensor<96xf32>"],
                [("%d", "tensor<96x80xf32>"), ("%s", "tensor<96xf32>")])
    a *= 0.05
    ref = program(text, "reference", threads=1).run([a, b])
    got = program(text, "fast", threads=threads).run([a, b])
    for g, r in zip(got, ref):
        assert_same(g, r, rtol=1e-5, atol=1e-5)
