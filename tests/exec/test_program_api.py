"""The hf2hlo_exec.Program API: argument checking, in-place aliased updates,
metadata, and parse/verify error messages."""
from __future__ import annotations

import re

import ml_dtypes
import numpy as np
import pytest

import hf2hlo_exec
from exec_helpers import MODES, program

KV = """func.func @main(%new_k: tensor<1x4xf32> loc("new_k"), %pos: tensor<i32> loc("pos"),
                 %cache: tensor<8x4xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"))
    -> (tensor<f32>, tensor<8x4xf32>) {
  %z = stablehlo.constant dense<0> : tensor<i32>
  %c = stablehlo.dynamic_update_slice %cache, %new_k, %pos, %z : (tensor<8x4xf32>, tensor<1x4xf32>, tensor<i32>, tensor<i32>) -> tensor<8x4xf32>
  %zf = stablehlo.constant dense<0.0> : tensor<f32>
  %s = stablehlo.reduce(%c init: %zf) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x4xf32>, tensor<f32>) -> tensor<f32>
  return %s, %c : tensor<f32>, tensor<8x4xf32>
}
"""


def kv_args():
    return [np.ones((1, 4), np.float32), np.array(3, np.int32), np.zeros((8, 4), np.float32)]


@pytest.fixture(params=MODES)
def kv(request):
    return program(KV, request.param)


# =========================================================================== metadata


def test_args_and_results_metadata(kv):
    assert kv.args == [("new_k", (1, 4), "f32", None), ("pos", (), "i32", None), ("cache.k.0", (8, 4), "f32", 1)]
    assert kv.results == [((), "f32"), ((8, 4), "f32")]
    stats = kv.stats
    assert set(stats) == {"steps", "arena_bytes", "views", "in_place_updates", "fused_converts", "fused_softmax", "fused_slices",
                          "result_copies"}
    assert all(isinstance(v, int) and v >= 0 for v in stats.values())


def test_dtype_names_in_metadata():
    text = """func.func @main(%a: tensor<2xbf16>, %b: tensor<i1>, %c: tensor<3x1xui8>, %d: tensor<f16>, %e: tensor<i64>) -> tensor<2xbf16> {
  return %a : tensor<2xbf16>
}
"""
    p = hf2hlo_exec.Program(text)
    assert [a[2] for a in p.args] == ["bf16", "i1", "ui8", "f16", "i64"]
    assert [a[1] for a in p.args] == [(2,), (), (3, 1), (), ()]
    assert [a[0] for a in p.args] == ["", "", "", "", ""]  # no loc("...") names
    out = p.run([np.array([1.5, -2.0], ml_dtypes.bfloat16), np.array(True), np.zeros((3, 1), np.uint8),
                 np.array(1, np.float16), np.array(2, np.int64)])
    assert out[0].dtype == ml_dtypes.bfloat16
    np.testing.assert_array_equal(out[0].astype(np.float32), [1.5, -2.0])


# =========================================================================== argument errors


def _raises(p, args, *needles):
    with pytest.raises(ValueError) as e:
        p.run(args)
    msg = str(e.value)
    for n in needles:
        assert re.search(n, msg), f"{n!r} not in {msg!r}"
    return msg


def test_wrong_argument_count(kv):
    a = kv_args()
    _raises(kv, a[:2], r"expected 3 arguments, got 2")
    _raises(kv, a + [a[0]], r"expected 3 arguments, got 4")
    _raises(kv, [], r"expected 3 arguments, got 0")


def test_wrong_shape_names_argument(kv):
    a = kv_args()
    a[0] = np.ones((2, 4), np.float32)
    _raises(kv, a, r"argument 0\b", r"new_k", r"tensor<1x4xf32>", r"tensor<2x4xf32>")
    a = kv_args()
    a[1] = np.array([3], np.int32)  # rank 1 instead of a scalar
    _raises(kv, a, r"argument 1\b", r"pos", r"tensor<i32>", r"tensor<1xi32>")


def test_wrong_dtype_names_argument(kv):
    a = kv_args()
    a[1] = np.array(3, np.int64)
    _raises(kv, a, r"argument 1\b", r"pos", r"tensor<i32>", r"tensor<i64>")
    a = kv_args()
    a[2] = np.zeros((8, 4), ml_dtypes.bfloat16)
    _raises(kv, a, r"argument 2\b", r"cache\.k\.0", r"bf16")
    a = kv_args()
    a[0] = np.ones((1, 4), np.complex64)  # not an element type at all
    _raises(kv, a, r"argument 0\b", r"complex64")


def test_non_array_argument(kv):
    a = kv_args()
    a[0] = [[1.0, 1.0, 1.0, 1.0]]  # converted by numpy to f64, then rejected by type
    _raises(kv, a, r"argument 0 \(new_k\)", r"tensor<1x4xf32>", r"tensor<1x4xf64>")
    a[0] = "text"
    _raises(kv, a, r"argument 0 \(new_k\)", r"unsupported dtype")


def test_non_contiguous_argument(kv):
    a = kv_args()
    a[2] = np.zeros((8, 8), np.float32)[:, ::2]
    _raises(kv, a, r"argument 2\b", r"contiguous")
    a = kv_args()
    a[2] = np.asfortranarray(np.zeros((8, 4), np.float32))
    _raises(kv, a, r"argument 2\b", r"contiguous")


def test_read_only_aliased_argument(kv):
    a = kv_args()
    a[2].setflags(write=False)
    _raises(kv, a, r"argument 2\b", r"aliased", r"writable")
    np.testing.assert_array_equal(a[2], 0)  # untouched


def test_read_only_unaliased_argument_is_fine(kv):
    a = kv_args()
    for x in a[:2]:
        x.setflags(write=False)
    s, c = kv.run(a)
    assert c is a[2]
    assert float(s) == 4.0


def test_failed_run_leaves_program_usable(kv):
    a = kv_args()
    _raises(kv, a[:1], r"expected 3")
    s, c = kv.run(a)
    assert float(s) == 4.0 and c is a[2]


# =========================================================================== in-place aliased updates


def test_kv_update_in_place(kv):
    new_k, pos, cache = kv_args()
    cache_id = id(cache)
    base_ptr = cache.__array_interface__["data"][0]
    s, c = kv.run([new_k, pos, cache])
    assert c is cache and id(c) == cache_id
    assert c.__array_interface__["data"][0] == base_ptr
    want = np.zeros((8, 4), np.float32)
    want[3] = 1
    np.testing.assert_array_equal(cache, want)
    assert float(s) == 4.0
    stats = kv.stats
    assert stats["in_place_updates"] >= 1
    assert stats["result_copies"] == 0


def test_kv_decode_loop_accumulates_in_callers_array(kv):
    cache = np.zeros((8, 4), np.float32)
    for step in range(10):  # steps 8 and 9 clamp to row 7
        tok = np.full((1, 4), step + 1, np.float32)
        s, c = kv.run([tok, np.array(step, np.int32), cache])
        assert c is cache
    want = np.repeat(np.arange(1, 9, dtype=np.float32)[:, None], 4, axis=1)
    want[7] = 10
    np.testing.assert_array_equal(cache, want)
    assert float(s) == want.sum()


def test_non_aliased_arguments_are_not_written(kv):
    new_k, pos, cache = kv_args()
    keep = new_k.copy()
    kv.run([new_k, pos, cache])
    np.testing.assert_array_equal(new_k, keep)
    assert int(pos) == 3


def test_aliased_argument_may_be_a_contiguous_view(kv):
    big = np.zeros((2, 8, 4), np.float32)
    view = big[1]  # C-contiguous, writable view into `big`
    _, c = kv.run([np.full((1, 4), 5, np.float32), np.array(6, np.int32), view])
    assert c is view
    assert np.all(big[1, 6] == 5) and big.sum() == 20


KV2 = """func.func @main(%tok: tensor<2x1x3xbf16>, %pos: tensor<i32>,
                 %k: tensor<2x6x3xbf16> {tf.aliasing_output = 1 : i32},
                 %v: tensor<2x6x3xbf16> {tf.aliasing_output = 2 : i32}) -> (tensor<2x3xf32>, tensor<2x6x3xbf16>, tensor<2x6x3xbf16>) {
  %z = stablehlo.constant dense<0> : tensor<i32>
  %k1 = stablehlo.dynamic_update_slice %k, %tok, %z, %pos, %z : (tensor<2x6x3xbf16>, tensor<2x1x3xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x6x3xbf16>
  %n = stablehlo.negate %tok : tensor<2x1x3xbf16>
  %v1 = stablehlo.dynamic_update_slice %v, %n, %z, %pos, %z : (tensor<2x6x3xbf16>, tensor<2x1x3xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x6x3xbf16>
  %kf = stablehlo.convert %k1 : (tensor<2x6x3xbf16>) -> tensor<2x6x3xf32>
  %zf = stablehlo.constant dense<0.0> : tensor<f32>
  %s = stablehlo.reduce(%kf init: %zf) applies stablehlo.add across dimensions = [1] : (tensor<2x6x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %s, %k1, %v1 : tensor<2x3xf32>, tensor<2x6x3xbf16>, tensor<2x6x3xbf16>
}
"""


@pytest.mark.parametrize("mode", MODES)
def test_two_bf16_caches_in_place(mode):
    p = program(KV2, mode)
    k = np.zeros((2, 6, 3), ml_dtypes.bfloat16)
    v = np.zeros((2, 6, 3), ml_dtypes.bfloat16)
    for pos in range(3):
        tok = np.full((2, 1, 3), pos + 1, ml_dtypes.bfloat16)
        s, k_out, v_out = p.run([tok, np.array(pos, np.int32), k, v])
        assert k_out is k and v_out is v
    np.testing.assert_array_equal(k[:, :3, 0].astype(np.float32), [[1, 2, 3], [1, 2, 3]])
    np.testing.assert_array_equal(v[:, :3, 0].astype(np.float32), [[-1, -2, -3], [-1, -2, -3]])
    np.testing.assert_array_equal(k[:, 3:].astype(np.float32), 0)
    np.testing.assert_array_equal(s, np.full((2, 3), 6.0, np.float32))
    assert p.stats["in_place_updates"] >= 2
    assert p.stats["result_copies"] == 0


# =========================================================================== aliasing hazards


def _run_alias_case(text, args, mode):
    p = program(text, mode)
    args = [np.array(a, copy=True) for a in args]
    return p, args, p.run(args)


@pytest.mark.parametrize("mode", MODES)
def test_update_reads_from_the_cache_itself(mode):
    # cache[pos:pos+2] = cache[0:2]: overlapping source and destination.
    text = """func.func @main(%cache: tensor<6x2xf32> {tf.aliasing_output = 0 : i32}, %pos: tensor<i32>) -> tensor<6x2xf32> {
  %z = stablehlo.constant dense<0> : tensor<i32>
  %u = stablehlo.slice %cache [0:2, 0:2] : (tensor<6x2xf32>) -> tensor<2x2xf32>
  %c = stablehlo.dynamic_update_slice %cache, %u, %pos, %z : (tensor<6x2xf32>, tensor<2x2xf32>, tensor<i32>, tensor<i32>) -> tensor<6x2xf32>
  return %c : tensor<6x2xf32>
}
"""
    cache = np.arange(12, dtype=np.float32).reshape(6, 2)
    _, args, (c,) = _run_alias_case(text, [cache, np.array(1, np.int32)], mode)
    want = cache.copy()
    want[1:3] = cache[0:2]
    assert c is args[0]
    np.testing.assert_array_equal(c, want)


@pytest.mark.parametrize("mode", MODES)
def test_old_cache_read_after_update(mode):
    text = """func.func @main(%cache: tensor<6x2xf32> {tf.aliasing_output = 0 : i32}, %u: tensor<1x2xf32>, %pos: tensor<i32>) -> (tensor<6x2xf32>, tensor<6x2xf32>) {
  %z = stablehlo.constant dense<0> : tensor<i32>
  %c = stablehlo.dynamic_update_slice %cache, %u, %pos, %z : (tensor<6x2xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<6x2xf32>
  %n = stablehlo.negate %cache : tensor<6x2xf32>
  return %c, %n : tensor<6x2xf32>, tensor<6x2xf32>
}
"""
    cache = np.arange(12, dtype=np.float32).reshape(6, 2)
    _, _, (c, n) = _run_alias_case(text, [cache, np.full((1, 2), 100, np.float32), np.array(3, np.int32)], mode)
    want = cache.copy()
    want[3] = 100
    np.testing.assert_array_equal(c, want)
    np.testing.assert_array_equal(n, -cache)


@pytest.mark.parametrize("mode", MODES)
def test_aliased_result_computed_elsewhere_is_copied_back(mode):
    text = """func.func @main(%a: tensor<3xf32> {tf.aliasing_output = 0 : i32}) -> tensor<3xf32> {
  %n = stablehlo.negate %a : tensor<3xf32>
  %r = stablehlo.reverse %n, dims = [0] : tensor<3xf32>
  return %r : tensor<3xf32>
}
"""
    p, args, (r,) = _run_alias_case(text, [np.arange(3, dtype=np.float32)], mode)
    assert r is args[0]
    np.testing.assert_array_equal(r, [-2.0, -1.0, -0.0])
    assert p.stats["result_copies"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_aliased_result_returned_unchanged(mode):
    text = """func.func @main(%a: tensor<3xf32> {tf.aliasing_output = 0 : i32}) -> tensor<3xf32> {
  return %a : tensor<3xf32>
}
"""
    p, args, (r,) = _run_alias_case(text, [np.arange(3, dtype=np.float32)], mode)
    assert r is args[0]
    np.testing.assert_array_equal(r, [0, 1, 2])
    assert p.stats["result_copies"] == 0


SWAP = """func.func @main(%a: tensor<3xf32> {tf.aliasing_output = 0 : i32}, %b: tensor<3xf32> {tf.aliasing_output = 1 : i32}) -> (tensor<3xf32>, tensor<3xf32>) {
  return %b, %a : tensor<3xf32>, tensor<3xf32>
}
"""

CROSS_DUS = """func.func @main(%a: tensor<3xf32> {tf.aliasing_output = 0 : i32}, %b: tensor<3xf32> {tf.aliasing_output = 1 : i32}, %u: tensor<1xf32>) -> (tensor<3xf32>, tensor<3xf32>) {
  %z = stablehlo.constant dense<1> : tensor<i32>
  %a1 = stablehlo.dynamic_update_slice %b, %u, %z : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
  %b1 = stablehlo.dynamic_update_slice %a, %u, %z : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
  return %a1, %b1 : tensor<3xf32>, tensor<3xf32>
}
"""

OLD_VALUE_RETURNED = """func.func @main(%a: tensor<4xf32> {tf.aliasing_output = 0 : i32}, %u: tensor<1xf32>) -> (tensor<4xf32>, tensor<2xf32>, tensor<4xf32>) {
  %z = stablehlo.constant dense<0> : tensor<i32>
  %s = stablehlo.slice %a [0:2] : (tensor<4xf32>) -> tensor<2xf32>
  %c = stablehlo.dynamic_update_slice %a, %u, %z : (tensor<4xf32>, tensor<1xf32>, tensor<i32>) -> tensor<4xf32>
  return %c, %s, %a : tensor<4xf32>, tensor<2xf32>, tensor<4xf32>
}
"""

@pytest.mark.parametrize("mode", MODES)
def test_swapped_aliased_arguments(mode):
    a, b = np.arange(3, dtype=np.float32), 10 + np.arange(3, dtype=np.float32)
    _, args, (ra, rb) = _run_alias_case(SWAP, [a, b], mode)
    assert ra is args[0] and rb is args[1]
    np.testing.assert_array_equal(ra, b)
    np.testing.assert_array_equal(rb, a)


@pytest.mark.parametrize("mode", MODES)
def test_crossed_updates_of_two_aliased_arguments(mode):
    a, b = np.arange(3, dtype=np.float32), 10 + np.arange(3, dtype=np.float32)
    _, _, (ra, rb) = _run_alias_case(CROSS_DUS, [a, b, np.full((1,), 7, np.float32)], mode)
    np.testing.assert_array_equal(ra, [10, 7, 12])
    np.testing.assert_array_equal(rb, [0, 7, 2])


@pytest.mark.parametrize("mode", MODES)
def test_old_value_of_aliased_argument_returned(mode):
    a = np.arange(4, dtype=np.float32)
    _, args, (c, s, old) = _run_alias_case(OLD_VALUE_RETURNED, [a, np.full((1,), 7, np.float32)], mode)
    np.testing.assert_array_equal(c, [7, 1, 2, 3])
    np.testing.assert_array_equal(s, [0, 1])
    np.testing.assert_array_equal(old, [0, 1, 2, 3])
    assert s is not args[0] and old is not args[0]


# =========================================================================== repeated runs


@pytest.mark.parametrize("mode", MODES)
def test_results_are_fresh_arrays_each_run(mode):
    text = """func.func @main(%a: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>) {
  %e = stablehlo.exponential %a : tensor<3xf32>
  %n = stablehlo.negate %e : tensor<3xf32>
  return %e, %n : tensor<3xf32>, tensor<3xf32>
}
"""
    p = program(text, mode)
    first = p.run([np.zeros(3, np.float32)])
    second = p.run([np.ones(3, np.float32)])
    np.testing.assert_array_equal(first[0], [1, 1, 1])  # not overwritten by the second run
    np.testing.assert_array_equal(first[1], [-1, -1, -1])
    np.testing.assert_allclose(second[0], np.exp(np.ones(3, np.float32)))
    assert first[0] is not second[0]
    second[0][:] = 0  # results are writable, owned by the caller
    np.testing.assert_allclose(p.run([np.ones(3, np.float32)])[0], np.exp(np.ones(3, np.float32)))


def test_programs_are_independent():
    p1, p2 = program(KV, "fast"), program(KV, "reference")
    c1, c2 = np.zeros((8, 4), np.float32), np.zeros((8, 4), np.float32)
    p1.run([np.ones((1, 4), np.float32), np.array(0, np.int32), c1])
    p2.run([np.full((1, 4), 2, np.float32), np.array(1, np.int32), c2])
    assert c1.sum() == 4 and c2.sum() == 8 and c1[0, 0] == 1 and c2[1, 0] == 2


# =========================================================================== parse and verify errors


def _parse_error(text, filename="prog.mlir"):
    with pytest.raises(ValueError) as e:
        hf2hlo_exec.Program(text, filename=filename)
    return str(e.value)


def _loc(msg, filename="prog.mlir"):
    m = re.search(re.escape(filename) + r":(\d+):(\d+)", msg)
    assert m, f"no {filename}:LINE:COL in {msg!r}"
    return int(m.group(1)), int(m.group(2))


def test_parse_error_has_file_line_col():
    text = ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n"
            "  %r = stablehlo.add %a %a : tensor<2xf32>\n"
            "  return %r : tensor<2xf32>\n}\n")
    msg = _parse_error(text)
    line, col = _loc(msg)
    assert line == 2
    assert col == text.splitlines()[1].index("%a %a") + len("%a ") + 1  # at the second %a


def test_parse_error_uses_given_filename():
    msg = _parse_error("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  return %b : tensor<2xf32>\n}\n",
                       filename="decode_step.mlir")
    assert _loc(msg, "decode_step.mlir") == (2, 10)
    assert "%b" in msg


@pytest.mark.parametrize("text,line,needle", [
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = stablehlo.add %a, %b : tensor<2xf32>\n"
     "  return %r : tensor<2xf32>\n}\n", 2, "undefined value '%b'"),
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = stablehlo.add %a, %a : tensor<3xf32>\n"
     "  return %r : tensor<2xf32>\n}\n", 2, "stablehlo.add"),
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = stablehlo.frobnicate %a : tensor<2xf32>\n"
     "  return %r : tensor<2xf32>\n}\n", 2, "stablehlo.frobnicate"),
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = \"stablehlo.sort\"(%a) : (tensor<2xf32>) -> tensor<2xf32>\n"
     "  return %r : tensor<2xf32>\n}\n", 2, "stablehlo.sort"),
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = call @nope(%a) : (tensor<2xf32>) -> tensor<2xf32>\n"
     "  return %r : tensor<2xf32>\n}\n", 2, "nope"),
    ("func.func @main(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {\n\n  %r = stablehlo.transpose %a, dims = [0, 1] : "
     "(tensor<2x3xf32>) -> tensor<3x2xf32>\n  return %r : tensor<3x2xf32>\n}\n", 3, "transpose"),
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %c = stablehlo.constant dense<[1.0, 2.0, 3.0]> : tensor<2xf32>\n"
     "  return %c : tensor<2xf32>\n}\n", 2, "constant"),
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  return %a : tensor<2xi32>\n}\n", 2, ""),
    ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = stablehlo.add %a, %a : tensor<2xf32>\n", 3, ""),
    ("func.func @main(%a: tensor<2xf32) -> tensor<2xf32> {\n  return %a : tensor<2xf32>\n}\n", 1, ""),
], ids=["undefined_value", "type_mismatch", "unknown_op", "unsupported_generic_op", "unknown_callee",
        "bad_permutation", "constant_too_long", "return_type_mismatch", "truncated", "bad_type_syntax"])
def test_bad_text_reports_line(text, line, needle):
    msg = _parse_error(text)
    got_line, col = _loc(msg)
    assert got_line == line, msg
    assert col >= 1
    assert needle in msg


def test_unsupported_op_error_names_op_and_location():
    text = ("module {\n  func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n"
            "    %r = stablehlo.cbrt %a : tensor<4xf32>\n    return %r : tensor<4xf32>\n  }\n}\n")
    msg = _parse_error(text)
    assert _loc(msg) == (3, 10)
    assert "unsupported" in msg and "stablehlo.cbrt" in msg


@pytest.mark.parametrize("text", ["", "garbage", "module {\n}\n", "func.func @main(\n"],
                         ids=["empty", "garbage", "empty_module", "truncated_signature"])
def test_empty_or_garbage_text(text):
    msg = _parse_error(text)
    assert "prog.mlir:" in msg


def test_missing_main_function():
    msg = _parse_error("func.func @other(%a: tensor<2xf32>) -> tensor<2xf32> {\n  return %a : tensor<2xf32>\n}\n")
    assert "main" in msg


@pytest.mark.parametrize("text", [
    "func.func @main() -> tensor<2xf32> {\n  %c = stablehlo.constant dense<\"0x0000\"> : tensor<2xf32>\n  return %c : tensor<2xf32>\n}\n",
    "func.func @main() -> tensor<99999999999x99999999999xf32> {\n  %c = stablehlo.constant dense<0.0> : tensor<99999999999x99999999999xf32>\n"
    "  return %c : tensor<99999999999x99999999999xf32>\n}\n",
    "func.func @main(%a: tensor<-1xf32>) -> tensor<-1xf32> {\n  return %a : tensor<-1xf32>\n}\n",
    "func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = stablehlo.slice %a [0:5] : (tensor<2xf32>) -> tensor<5xf32>\n"
    "  return %a : tensor<2xf32>\n}\n",
    "func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %r = stablehlo.reduce(%a init: %a) applies stablehlo.add across dimensions = [0] : "
    "(tensor<2xf32>, tensor<2xf32>) -> tensor<f32>\n  return %a : tensor<2xf32>\n}\n",
], ids=["short_hex_constant", "huge_shape", "negative_dim", "slice_out_of_bounds", "reduce_non_scalar_init"])
def test_malformed_modules_raise_not_crash(text):
    msg = _parse_error(text)
    assert _loc(msg)[0] in (1, 2), msg


def test_scalar_and_list_arguments_are_converted_when_not_aliased():
    text = """func.func @main(%a: tensor<f32>, %b: tensor<2xi32>) -> (tensor<f32>, tensor<2xi32>) {
  %n = stablehlo.negate %a : tensor<f32>
  %m = stablehlo.negate %b : tensor<2xi32>
  return %n, %m : tensor<f32>, tensor<2xi32>
}
"""
    p = program(text, "fast")
    n, m = p.run([np.float32(2.5), np.array([1, -3], np.int32)])
    assert n == np.float32(-2.5)
    np.testing.assert_array_equal(m, [-1, 3])


def test_missing_entry_function_names_the_file():
    text = """func.func @other(%a: tensor<f32>) -> tensor<f32> {
  return %a : tensor<f32>
}
"""
    with pytest.raises(ValueError, match=r"^prog\.mlir: module has no function @main"):
        hf2hlo_exec.Program(text, filename="prog.mlir")


def test_errors_name_the_argument():
    text = """func.func @main(%cache: tensor<2xf32> {tf.aliasing_output = 0 : i32}) -> tensor<2xf32> {
  return %cache : tensor<2xf32>
}
"""
    p = program(text, "fast")
    with pytest.raises(ValueError, match=r"argument 0 is aliased to a result and must be a numpy array"):
        p.run([[1.0, 2.0]])
