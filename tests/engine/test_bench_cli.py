"""`hf2hlo bench` on a tiny model: the report's lines and figures, the read
bandwidth probe, the profile table, and flag errors. Figures are checked for
form and consistency only, never against a speed."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(REPO, "python"))

from hf2hlo_harness import tiny  # noqa: E402

BIN = os.environ.get("HF2HLO_BIN", os.path.join(REPO, "build", "hf2hlo"))


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    return tiny.save_variant("llama", str(tmp_path_factory.mktemp("llama")))


def bench(model_dir, *flags, env=None):
    cmd = [BIN, "bench", model_dir, "--context", "128", "--chunk", "16", "--prompt-tokens", "20",
           "--steps", "3", "--threads", "2", *flags]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def test_report_lines_and_bandwidth_share(model_dir):
    out = bench(model_dir, "--batches", "1,2", "--read-bandwidth")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert re.search(r"^load: [\d.]+ s \(config [\d.]+, emit [\d.]+, parse\+plan [\d.]+, map [\d.]+, "
                     r"pack [\d.]+\)$", text, re.M), text
    bw = re.search(r"^read bandwidth: ([\d.]+) GB/s \(streaming 1 GiB on 2 threads, median of 5\)$",
                   text, re.M)
    assert bw and float(bw.group(1)) > 0, text
    assert re.search(r"^prefill: 20 tokens in [\d.]+ ms = [\d.]+ tokens/s$", text, re.M), text
    rates = re.findall(r"^decode B=(\d+)\s*: +[\d.]+ ms/step, +[\d.]+ tokens/s aggregate; weights "
                       r"[\d.]+ MiB/step = ([\d.]+) GB/s", text, re.M)
    assert [b for b, _ in rates] == ["1", "2"], text
    shares = [float(s) for s in re.findall(r"^  weights read at (\d+)% of the read bandwidth$", text, re.M)]
    assert len(shares) == 2, text
    for (_, gbs), share in zip(rates, shares):
        assert abs(100 * float(gbs) / float(bw.group(1)) - share) <= 1, (gbs, share, text)
    assert re.search(r"^peak RSS: [\d.]+ MiB$", text, re.M), text


def test_profile_table_names_the_dots(model_dir):
    out = bench(model_dir, "--batches", "1", env={"HF2HLO_PROFILE": "1"})
    assert out.returncode == 0, out.stderr
    assert "weights read at" not in out.stdout  # only with --read-bandwidth
    assert re.search(r"^decode 1 rows \(read window \d+\):$", out.stdout, re.M), out.stdout
    assert re.search(r"^  dot 1x\[1x\d+\]x\[\d+x\d+\] f32 packed +[\d.]+ ms +[\d.]+% +\d+ steps$",
                     out.stdout, re.M), out.stdout


@pytest.mark.parametrize("flags, message", [
    (["--batches", "0"], "--batches: each B must be at least 1"),
    (["--steps", "0"], "--steps must be at least 1"),
    (["--read-bandwidth", "3"], "unexpected argument '3'"),
])
def test_bad_flags_are_errors(model_dir, flags, message):
    out = bench(model_dir, *flags)
    assert out.returncode != 0
    assert message in out.stderr + out.stdout


def test_kv_dtype_sets_the_cache_type_and_size(model_dir):
    sizes = {}
    for kv in ("f32", "bf16", "f16"):
        out = bench(model_dir, "--batches", "2", "--kv-dtype", kv)
        assert out.returncode == 0, out.stderr
        assert re.search(rf"^model .* threads; {kv} KV cache$", out.stdout, re.M), out.stdout
        size = re.search(r"^decode B=2 .*; KV cache ([\d.]+) MiB$", out.stdout, re.M)
        assert size, out.stdout
        sizes[kv] = float(size.group(1))
    # The tiny llama: 2 layers x K and V x B=2 x S=128 x 2 KV heads x 16 dims.
    assert sizes["f32"] == pytest.approx(2 * 2 * 2 * 128 * 2 * 16 * 4 / 2**20, abs=0.06)
    assert sizes["bf16"] == sizes["f16"] == pytest.approx(sizes["f32"] / 2, abs=0.06)
    bad = bench(model_dir, "--batches", "1", "--kv-dtype", "int8")
    assert bad.returncode != 0
    assert '--kv-dtype: "int8" is not a cache type; supported: f32, bf16, f16' in bad.stderr


def test_matmul_dtype_sets_the_header(model_dir):
    """--matmul-dtype bf16 shows in the header next to the KV cache type; f32
    (the default) leaves the header as it was."""
    for mm, header in (("f32", "bf16 KV cache"), ("bf16", "bf16 KV cache; bf16 matmul")):
        out = bench(model_dir, "--batches", "1", "--kv-dtype", "bf16", "--matmul-dtype", mm)
        assert out.returncode == 0, out.stderr
        assert re.search(rf"^model .* threads; {header}$", out.stdout, re.M), out.stdout
    bad = bench(model_dir, "--batches", "1", "--matmul-dtype", "f16")
    assert bad.returncode != 0
    assert '--matmul-dtype: "f16" is not supported; supported: f32, bf16' in bad.stderr
