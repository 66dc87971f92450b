"""Engines and the signature parser on a hand-written StableHLO module.

The module has a bf16 weight, an i32 scalar and an f32 "cache" marked
tf.aliasing_output, the same ingredients as the emitted programs, so the
engine wrappers are checked before the oracle relies on them.
"""
import ml_dtypes
import numpy as np
import pytest

from hf2hlo_harness.engines import make_program
from hf2hlo_harness.program import parse_signature, parse_tensor_type

TEXT = """
module @toy {
  func.func public @main(%arg0: tensor<4x3xbf16> loc("w"),
      %arg1: tensor<i32> loc("slot"),
      %arg2: tensor<2x3xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0")) -> (tensor<3xf32>, tensor<2x3xf32>) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.convert %arg0 : (tensor<4x3xbf16>) -> tensor<4x3xf32>
    %1 = stablehlo.reduce(%0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<4x3xf32>, tensor<f32>) -> tensor<3xf32>
    %2 = stablehlo.reshape %1 : (tensor<3xf32>) -> tensor<1x3xf32>
    %3 = stablehlo.dynamic_slice %arg2, %arg1, %c0, sizes = [1, 3] : (tensor<2x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x3xf32>
    %4 = stablehlo.add %2, %3 : tensor<1x3xf32>
    %5 = stablehlo.dynamic_update_slice %arg2, %4, %arg1, %c0 : (tensor<2x3xf32>, tensor<1x3xf32>, tensor<i32>, tensor<i32>) -> tensor<2x3xf32>
    return %1, %5 : tensor<3xf32>, tensor<2x3xf32>
  }
}
"""

# bf16 values that are not f32-representable-after-truncation ambiguities: all exact in bf16.
W = (np.arange(12, dtype=np.float32).reshape(4, 3) * 0.5 + 0.25).astype(ml_dtypes.bfloat16)
COLSUM = W.astype(np.float32).sum(axis=0)


def test_parse_signature():
    sig = parse_signature(TEXT)
    assert sig.module_name == "toy"
    assert [a.name for a in sig.args] == ["w", "slot", "cache.k.0"]
    assert sig.args[0].shape == (4, 3) and sig.args[0].dtype == np.dtype(ml_dtypes.bfloat16)
    assert sig.args[1].shape == () and sig.args[1].dtype == np.int32
    assert [a.aliasing_output for a in sig.args] == [None, None, 1]
    assert [str(r) for r in sig.results] == ["tensor<3xf32>", "tensor<2x3xf32>"]


def test_parse_signature_loc_aliases_and_single_result():
    text = """
module {
  func.func @main(%arg0: tensor<2xf16> loc(#loc1), %arg1: tensor<2x2xf32> {jax.buffer_donor = true, tf.aliasing_output = 0 : i32} loc("a[0:2]")) -> tensor<2x2xf32> {
    return %arg1 : tensor<2x2xf32>
  } loc(#loc)
} loc(#loc)
#loc = loc(unknown)
#loc1 = loc("model.norm.weight")
"""
    sig = parse_signature(text)
    assert sig.module_name is None
    assert [a.name for a in sig.args] == ["model.norm.weight", "a[0:2]"]
    assert sig.args[0].dtype == np.float16
    assert sig.args[1].aliasing_output == 0
    assert sig.results == (parse_tensor_type("tensor<2x2xf32>"),)


def test_engine_toy(engine):
    prog = make_program(engine, TEXT)
    assert prog.compile_s >= 0
    prog.bind_weights({"w": W})
    assert [a.name for a in prog.runtime_args] == ["slot", "cache.k.0"]

    # numpy in, numpy out
    out = prog.call({"slot": 1, "cache.k.0": np.zeros((2, 3), np.float32)})
    np.testing.assert_array_equal(out[0], COLSUM)
    np.testing.assert_array_equal(out[1], np.stack([np.zeros(3), COLSUM]).astype(np.float32))

    # native cache fed back through two calls (donated input, returned output)
    cache = prog.from_host(np.zeros((2, 3), np.float32))
    logits, cache = prog.call_native({"slot": np.int32(0), "cache.k.0": cache})
    logits2, cache = prog.call_native({"slot": np.int32(0), "cache.k.0": cache})
    np.testing.assert_array_equal(prog.to_host(logits), COLSUM)
    np.testing.assert_array_equal(prog.to_host(logits2), COLSUM)
    np.testing.assert_array_equal(prog.to_host(cache), np.stack([2 * COLSUM, np.zeros(3)]).astype(np.float32))

    # a second instance of the same text shares the compiled artifact
    prog2 = make_program(engine, TEXT)
    assert prog2.cached and prog2.compile_s == prog.compile_s


def test_engine_rejects_bad_inputs(engine):
    prog = make_program(engine, TEXT).bind_weights({"w": W})
    with pytest.raises(KeyError, match="missing runtime inputs"):
        prog.call({"slot": 0})
    with pytest.raises(ValueError, match="shape"):
        prog.call({"slot": 0, "cache.k.0": np.zeros((3, 3), np.float32)})
    with pytest.raises(KeyError, match="unknown inputs"):
        prog.call({"slot": 0, "cache.k.0": np.zeros((2, 3), np.float32), "bogus": 1})


def test_weights_dtypes_slices_and_missing(tmp_path):
    import torch
    from safetensors.torch import save_file

    from hf2hlo_harness.program import Arg, TensorType
    from hf2hlo_harness.weights import Checkpoint

    a = torch.arange(12, dtype=torch.float32).reshape(6, 2) / 7
    save_file(
        {"a": a, "b": a.to(torch.bfloat16), "h": a.to(torch.float16)},
        str(tmp_path / "model.safetensors"),
    )
    ck = Checkpoint(str(tmp_path))
    assert ck.resolve("a").dtype == np.float32
    np.testing.assert_array_equal(ck.resolve("a"), a.numpy())
    # bf16 is a bit view: exactly the stored bf16 values
    assert ck.resolve("b").dtype == np.dtype(ml_dtypes.bfloat16)
    np.testing.assert_array_equal(ck.resolve("b").astype(np.float32), a.to(torch.bfloat16).float().numpy())
    assert ck.resolve("h").dtype == np.float16
    np.testing.assert_array_equal(ck.resolve("b[2:5]").astype(np.float32), a[2:5].to(torch.bfloat16).float().numpy())
    with pytest.raises(ValueError, match="out of range"):
        ck.resolve("a[4:9]")
    args = [
        Arg(0, "a[0:3]", TensorType((3, 2), "f32"), None),
        Arg(1, "nope", TensorType((2,), "f32"), None),
        Arg(2, "h", TensorType((6, 2), "f32"), None),
    ]
    with pytest.raises(KeyError) as e:
        ck.resolve_all(args)
    assert "missing from checkpoint (1): nope" in str(e.value)
    assert "h: checkpoint float16[6, 2] vs program float32[6, 2]" in str(e.value)
