"""bf16 weight products (`hf2hlo emit --matmul-dtype bf16`) on the tiny models.

With bf16 the programs round the activation operand of every weight product
(q, k, v, o, the MLP's projections, the head) to bf16 (round-to-nearest-even)
and widen it back to f32 right before its dot_general; the weight operand is
untouched. f32 stays the exact default; bf16 is a lossy opt-in. These tests
check:

  (a) the text: each weight dot (7 per layer plus the head on these
      gated-MLP models) reads a rounded-and-widened activation, products of
      the same input share one rounding (4 per layer plus the head), nothing
      else is rounded, and an f32 program has no bf16 at all;
  (b) the built-in engine, IREE and XLA agree on the same bf16-product
      programs, prefill and decode (IREE's decode excepted: it skips the
      rounding in front of o_proj, pinned by test_iree_decode_skips_the_o_rounding),
      and the check fails for a program that skips a rounding;
  (c) against HF fp32 the cost is bounded, while it is real (above 1e-4).

Bounds are in units of bf16's unit roundoff u = 2^-8 times the logit scale
(max |logit| of the run, ~2.9 on these models). Figures measured on the two
variants below, every engine:

  bf16-product run vs HF fp32 (c)    1.25 u .. 1.49 u (llama), 3.86 u .. 3.90 u (gemma2)
  engine vs built-in (b)             share of the rounding <= 0.29 (prefill), <= 0.035
                                     (decode); any one call <= 1.41 u
  o_proj unrounded vs built-in (b)   share 1.13; IREE decode vs built-in 1.11 .. 1.13,
                                     vs the o_proj-unrounded program <= 0.002
"""
from __future__ import annotations

import json
import os
import re
import subprocess

import numpy as np
import pytest

from hf2hlo_harness import oracle
from hf2hlo_harness.engines import is_runtime_name, make_program
from hf2hlo_harness.program import parse_signature
from hf2hlo_harness.runner import Runner, emit

VARIANTS = ["llama", "gemma2"]  # plain; sliding window + soft-caps + sandwich norms
S, P = 64, 16
PROMPT_LEN, NEW = 21, 8  # two prefill chunks (16 + 5 rows), then 7 decode steps
U = 2.0**-8

# (b) Two engines' f32 activations differ in the last bits (summation order),
# so now and then an element lies on the other side of a bf16 rounding
# boundary and rounds to the other neighbour (a "flip"). On these tiny models
# (K = 64 or 128 per product) one flip moves the logits by up to 1.4 u x
# scale, comparable to all the roundings together (0.6 u .. 3.3 u per call),
# so test_kv_dtype's 0.25 u bound does not apply here and no per-call bound
# tells a flip from a skipped rounding. A share does: most calls have no
# flip, so summed over the calls an engine's distance to the built-in bf16
# program is a small share of the rounding's own effect (the distance between
# the built-in f32 and bf16 programs): measured <= 0.29, bound 0.5. Skipping
# one product's rounding (o_proj, as IREE's decode does) gives 1.13. Calls
# run on the same input caches: PROMPTS x (2 prefill + 7 decode) calls.
PROMPTS = [701, 702, 703]
MAX_SHARE = 0.5
FLIP_TOL_U = 4.0  # any one call: measured <= 1.4 u x scale
SAME_TOL = 2e-5  # x scale: test_kv_dtype's bound for calls that read identical values

# (c) bf16-product run vs HF fp32: measured 1.25 u .. 3.90 u x scale; bound
# 8 u (3.1e-2 x scale), twice the worst. The run must also differ from HF by
# more than F32_TOL: the rounding is real.
COST_TOL_U = 8.0
F32_TOL = 1e-4  # the oracle suite's bound for f32 programs (absolute)

_CONVERT = re.compile(r"^\s*%(\w+) = stablehlo\.convert %(\w+) : \(tensor<([0-9x]*)x(\w+)>\) -> "
                      r"tensor<([0-9x]*)x(\w+)>", re.M)
_DOT = re.compile(r"^\s*%(\w+) = stablehlo\.dot_general %(\w+), %(\w+),", re.M)


def _engines() -> list[str]:
    return [e.strip() for e in os.environ.get("HF2HLO_ENGINES", "builtin,iree,xla").split(",") if e.strip()]


def _runner(engine, model_dir, hf2hlo_bin, matmul="bf16"):
    return Runner(engine, model_dir, hf2hlo_bin, batch=1, context=S, chunk=P, matmul_dtype=matmul)


# ---------------------------------------------------------------------------
# (a) the emitted text
# ---------------------------------------------------------------------------
def _weight_dots(text: str) -> tuple[list[str], list[str], dict]:
    """(lhs of every dot whose rhs is a weight argument, possibly through
    converts; lhs of every other dot; convert result -> (source, from, to))."""
    weights = {f"arg{a.index}" for a in parse_signature(text).args if not is_runtime_name(a.name)}
    converts = {m[0]: (m[1], m[3], m[5]) for m in _CONVERT.findall(text)}
    weight_lhs, other_lhs = [], []
    for _, lhs, rhs in _DOT.findall(text):
        while rhs in converts:
            rhs = converts[rhs][0]
        (weight_lhs if rhs in weights else other_lhs).append(lhs)
    return weight_lhs, other_lhs, converts


def _rounded(value: str, converts: dict) -> bool:
    """`value` is convert(convert(x: f32) -> bf16) -> f32."""
    src, frm, to = converts.get(value, (None, None, None))
    if (frm, to) != ("bf16", "f32"):
        return False
    return converts.get(src, (None, None, None))[1:] == ("f32", "bf16")


@pytest.mark.parametrize("name", VARIANTS)
def test_weight_dots_read_rounded_activations(name, hf2hlo_bin, model_dir_of):
    d = model_dir_of(name)
    with open(os.path.join(d, "config.json")) as f:
        layers = json.load(f)["num_hidden_layers"]
    for kind in ("prefill", "decode"):
        text = emit(hf2hlo_bin, d, kind, 1, S, P, matmul_dtype="bf16")
        weight_lhs, other_lhs, converts = _weight_dots(text)
        assert len(weight_lhs) == 7 * layers + 1, f"{kind}: {len(weight_lhs)} weight dots"
        unrounded = [v for v in weight_lhs if not _rounded(v, converts)]
        assert not unrounded, f"{kind}: weight dots read unrounded activations {unrounded}"
        assert other_lhs and not any(_rounded(v, converts) for v in other_lhs), f"{kind}: attention dots rounded"
        # One rounding and one widening convert per distinct input (q/k/v
        # share one, gate/up one), and no other bf16 (the tiny models'
        # weights and caches are f32).
        inputs = 4 * layers + 1
        assert len(set(weight_lhs)) == inputs, f"{kind}: {len(set(weight_lhs))} rounded inputs"
        rounds = sum(1 for _, frm, to in converts.values() if (frm, to) == ("f32", "bf16"))
        widens = sum(1 for _, frm, to in converts.values() if (frm, to) == ("bf16", "f32"))
        assert (rounds, widens) == (inputs, inputs), f"{kind}: converts {rounds}, {widens}"
        assert text.count("xbf16>") == 2 * inputs, kind
        sig = parse_signature(text)
        assert {a.type.elem for a in sig.args} <= {"f32", "i32"} and sig.results[0].elem == "f32", kind


def test_f32_stays_the_default(hf2hlo_bin, model_dir_of):
    """`--matmul-dtype f32` emits byte for byte what no flag emits, with no bf16."""
    d = model_dir_of(VARIANTS[0])
    texts = []
    for extra in ([], ["--matmul-dtype", "f32"]):  # the text goes to stdout
        out = subprocess.run([hf2hlo_bin, "emit", d, "--kind", "prefill", "--context", str(S), "--chunk", str(P),
                              *extra], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "module @prefill" in out.stdout, out.stderr
        texts.append(out.stdout)
    assert texts[0] == texts[1]
    assert "bf16" not in texts[0]
    weight_lhs, _, converts = _weight_dots(texts[0])
    assert weight_lhs and not converts


# ---------------------------------------------------------------------------
# (b) engines agree on the same bf16-product programs
# ---------------------------------------------------------------------------
def _programs(engine, model_dir, hf2hlo_bin, text_of=None):
    """(prefill, decode) of the bf16-product programs on `engine`; text_of
    rewrites each text first."""
    progs = []
    for kind in ("prefill", "decode"):
        text = emit(hf2hlo_bin, model_dir, kind, 1, S, P, matmul_dtype="bf16")
        progs.append(make_program(engine, text_of(text) if text_of else text).bind_weights(model_dir))
    return tuple(progs)


def _lockstep(progs, kind):
    """Every `kind` call of PROMPTS on each (prefill, decode) pair of `progs`,
    call by call on the same input caches (those of progs[0], whose greedy
    tokens feed the decode steps). Returns per call the logits of each."""
    k = 0 if kind == "prefill" else 1
    out = []
    for seed in PROMPTS:
        prompt = oracle.prompt(seed, PROMPT_LEN)
        caches = {a.name: np.zeros(a.shape, a.dtype) for a in progs[0][1].sig.args if a.name.startswith("cache.")}
        calls = []
        for start in range(0, len(prompt), P):
            n = min(P, len(prompt) - start)
            tokens = np.zeros(P, np.int32)
            tokens[:n] = prompt[start:start + n]
            calls.append({"tokens": tokens, "start": np.int32(start), "length": np.int32(n), "slot": np.int32(0)})
        pos = len(prompt)
        for step in range(len(calls) + NEW - 1):
            decode = step >= len(calls)
            inputs = {"tokens": np.array([tok], np.int32), "pos": np.array([pos + step - len(calls)], np.int32)} \
                if decode else calls[step]
            row = []
            for i, pair in enumerate(progs):
                outs = pair[int(decode)].call({**inputs, **caches})
                row.append(outs[0].reshape(-1))
                if i == 0:
                    next_caches = {a.name: outs[a.aliasing_output] for a in pair[0].sig.args
                                   if a.name.startswith("cache.")}
            caches, tok = next_caches, int(np.argmax(row[0]))
            if int(decode) == k:
                out.append(row)
    return out


def _rounding_share(calls, ref: int = 0, engine: int = 2) -> tuple[float, list[str]]:
    """calls: per call the logits of the built-in bf16 and f32 programs, then
    of others. Returns sum |engine - ref| / sum |f32 - bf16| over the calls
    (per call max |diff|), and what fails test_engines_agree_on_bf16_products's
    checks."""
    dist = [float(np.max(np.abs(c[engine] - c[ref]))) for c in calls]
    share = sum(dist) / sum(float(np.max(np.abs(c[1] - c[0]))) for c in calls)
    scale = max(float(np.max(np.abs(c[ref]))) for c in calls)
    exact = sum(1 for d, c in zip(dist, calls) if d <= SAME_TOL * np.max(np.abs(c[ref])))
    print(f"  share of the rounding {share:.3f}; {exact}/{len(calls)} calls within f32 noise; "
          f"max|diff| {max(dist) / (U * scale):.2f} u x scale")
    fails = []
    if share > MAX_SHARE:
        fails.append(f"share {share:.2f} > {MAX_SHARE} of the rounding's own effect")
    if max(dist) > FLIP_TOL_U * U * scale:
        fails.append(f"logits max|diff| {max(dist):.3g} > {FLIP_TOL_U} u x {scale:.2f}")
    if any(np.argmax(c[engine]) != np.argmax(c[ref]) for c in calls):
        fails.append("greedy tokens differ")
    return share, fails


def _references(d, hf2hlo_bin):
    """The built-in engine's (prefill, decode) of the bf16 and f32 programs."""
    f32 = tuple(make_program("builtin", emit(hf2hlo_bin, d, k, 1, S, P)).bind_weights(d)
                for k in ("prefill", "decode"))
    return _programs("builtin", d, hf2hlo_bin), f32


def _check(engine, d, hf2hlo_bin, kind, label, text_of=None):
    print(f"[{label} {kind}]")
    calls = _lockstep((*_references(d, hf2hlo_bin), _programs(engine, d, hf2hlo_bin, text_of)), kind)
    return _rounding_share(calls)[1]


@pytest.mark.parametrize("kind", ["prefill", "decode"])
@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("other", ["iree", "xla"])
def test_engines_agree_on_bf16_products(other, name, kind, hf2hlo_bin, model_dir_of):
    if other not in _engines() or "builtin" not in _engines():
        pytest.skip(f"HF2HLO_ENGINES leaves out {other} or builtin")
    if (other, kind) == ("iree", "decode"):
        pytest.skip("IREE drops the rounding before o_proj in decode: test_iree_decode_skips_the_o_rounding")
    fails = _check(other, model_dir_of(name), hf2hlo_bin, kind, f"{other} vs builtin {name}")
    assert not fails, f"{other} vs builtin, {name} {kind}: " + "; ".join(fails)


def _drop_o_rounding(text: str) -> str:
    """The program with the attention output fed to o_proj unrounded."""
    out, n = re.subn(r"(%(\w+) = stablehlo\.reshape [^\n]*loc\(\"layers\.\d+\.attn\"\)\n"
                     r"\s*%(\w+) = stablehlo\.convert %\2 [^\n]*\n"
                     r"\s*%(\w+) = stablehlo\.convert %\3 [^\n]*\n"
                     r"\s*%\w+ = stablehlo\.dot_general )%\4,", r"\1%\2,", text)
    assert n > 0, "no o_proj rounding found"
    return out


def test_agreement_check_catches_a_skipped_rounding(hf2hlo_bin, model_dir_of):
    """The checks of test_engines_agree_on_bf16_products fail for a program
    that leaves one product's activations unrounded: o_proj's, as IREE
    does (built-in engine, no compile cost)."""
    d = model_dir_of(VARIANTS[0])
    fails = _check("builtin", d, hf2hlo_bin, "decode", "o_proj unrounded vs builtin", _drop_o_rounding)
    assert any(f.startswith("share") for f in fails), fails


def test_iree_decode_skips_the_o_rounding(hf2hlo_bin, model_dir_of):
    """IREE 3.13 (llvm-cpu) computes decode programs as if the f32 -> bf16 ->
    f32 round trip in front of o_proj were not there: the pair lands in the
    epilogue of attention's batch_matmul dispatch, and its
    iree-convert-bf16-arith-to-f32 pass folds it away. Its decode logits are
    those of the built-in engine on the program without that rounding. When
    this fails, IREE keeps the rounding: drop the skip in
    test_engines_agree_on_bf16_products."""
    if "iree" not in _engines():
        pytest.skip("HF2HLO_ENGINES leaves out iree")
    for name in VARIANTS:
        d = model_dir_of(name)
        progs = (*_references(d, hf2hlo_bin), _programs("builtin", d, hf2hlo_bin, _drop_o_rounding),
                 _programs("iree", d, hf2hlo_bin))
        calls = _lockstep(progs, "decode")
        print(f"[iree decode vs builtin without the o rounding, {name}]")
        unrounded_share, _ = _rounding_share(calls, ref=2, engine=3)
        print(f"[iree decode vs builtin, {name}]")
        share, _ = _rounding_share(calls, ref=0, engine=3)
        assert unrounded_share <= MAX_SHARE < share, f"{name}: {unrounded_share:.3f}, {share:.3f}"


# ---------------------------------------------------------------------------
# (c) the cost against HF fp32 is bounded, and real
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", VARIANTS)
def test_bf16_product_cost_against_hf_is_bounded(engine, name, hf2hlo_bin, model_dir_of, hf_model):
    prompt = oracle.prompt(PROMPTS[0], PROMPT_LEN)
    want, want_logits = oracle.generate(hf_model(name), prompt, NEW)
    got, logits = _runner(engine, model_dir_of(name), hf2hlo_bin).greedy(prompt, NEW)
    scale = float(np.max(np.abs(want_logits)))
    d = float(np.max(np.abs(logits - want_logits)))
    print(f"[{engine} {name}] max|diff| vs HF {d:.3g} = {d / (U * scale):.2f} u x scale {scale:.2f}")
    assert got == want, f"{engine} {name}: greedy {got} != HF {want}"
    tol = COST_TOL_U * U * scale
    assert d <= tol, f"{engine} {name}: max|diff| {d:.3g} > {COST_TOL_U} u x {scale:.2f} = {tol:.3g}"
    assert d > F32_TOL, f"{engine} {name}: max|diff| {d:.3g} <= {F32_TOL}: are the activations rounded?"
