#!/usr/bin/env python3
"""hf2hlo and llama.cpp side by side on one model, interleaved, medians.

usage: .venv/bin/python scripts/bench_vs_llamacpp.py [MODEL_DIR] [--reps 3] [--types bf16,f16]
                                                   [--threads 1,2] [--bin build/hf2hlo]
                                                   [--cases tg_short,tg_long,pp512,b16]
                                                   [--kv-dtypes f32,bf16] [--matmul-dtypes f32,bf16]

MODEL_DIR defaults to the prepared SmolLM2-135M-Instruct. llama.cpp's tools
and the GGUF files come from ../shared/bench/llamacpp.sh (built outside the
project tree from PyPI's llama-cpp-python sources; never part of hf2hlo).

Cases (each a row of the table; "hf2hlo" runs the model folder's own weights,
bf16 for the prepared SmolLM2, beside llama.cpp at each GGUF type):
  decode B=1, short history   tg: 64 tokens after a 16-token prompt, context 2048
  decode B=1, 1,500 history   tg: 64 tokens after a 1,500-token prompt (llama-bench -d 1500)
  prefill 512                 pp512
  aggregate decode B=16       16 sequences (llama-batched-bench -npl 16), 128-token prompts
hf2hlo runs with each KV-cache type of --kv-dtypes (default f32, the exact
one; llama.cpp's cache is f16) and each weight-product type of
--matmul-dtypes (default f32, exact; bf16 rounds the activations, so bf16
weights multiply as llama.cpp's bf16 path does): one column per pair, named
"hf2hlo" when both lists are the defaults, else e.g. "hf2hlo f32KV" or
"hf2hlo bf16KV bf16mm". --types may include f32 for an f32 GGUF column
(llamacpp.sh converts to f32, f16, bf16 and q8_0). Every repetition runs every
case on both engines in turn (hf2hlo at each pair, then each llama.cpp type),
so slow phases of the shared machine hit both; the table shows medians and the
ratio hf2hlo / llama.cpp. The load average before and after is printed.
Figures are reported, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "python"))

LLAMACPP_SH = os.path.join(os.path.dirname(REPO), "shared", "bench", "llamacpp.sh")


def sh(cmd: list[str], timeout: float = 1800) -> str:
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p.stdout


def load() -> str:
    return " ".join(open("/proc/loadavg").read().split()[:3])


# --- hf2hlo -----------------------------------------------------------------

def hf2hlo_bench(binary: str, model: str, threads: int, batch: int, prompt: int, steps: int,
                 kv_dtype: str = "f32", matmul_dtype: str = "f32") -> dict:
    out = sh([binary, "bench", model, "--context", "2048", "--chunk", "64", "--threads", str(threads),
              "--batches", str(batch), "--prompt-tokens", str(prompt), "--steps", str(steps),
              "--kv-dtype", kv_dtype, "--matmul-dtype", matmul_dtype])
    m = re.search(r"prefill: (\d+) tokens in [\d.]+ ms = ([\d.]+) tokens/s", out)
    d = re.search(r"decode B=\s*(\d+)\s*:\s*([\d.]+) ms/step,\s*([\d.]+) tokens/s aggregate.*?= ([\d.]+) GB/s",
                  out)
    rss = re.search(r"peak RSS: ([\d.]+) MiB", out)
    return {"prefill_tps": float(m.group(2)) if m else None, "decode_tps": float(d.group(3)),
            "gbps": float(d.group(4)), "rss_mib": float(rss.group(1))}


def hf2hlo_case(binary, model, case, threads, kv_dtype, matmul_dtype):
    dtypes = (kv_dtype, matmul_dtype)
    if case == "tg_short":
        return hf2hlo_bench(binary, model, threads, 1, 16, 64, *dtypes)["decode_tps"]
    if case == "tg_long":
        return hf2hlo_bench(binary, model, threads, 1, 1500, 64, *dtypes)["decode_tps"]
    if case == "pp512":
        return hf2hlo_bench(binary, model, threads, 1, 512, 1, *dtypes)["prefill_tps"]
    if case == "b16":
        return hf2hlo_bench(binary, model, threads, 16, 128, 32, *dtypes)["decode_tps"]
    raise ValueError(case)


def hf2hlo_columns(kvs: list[str], mms: list[str]) -> list[tuple[str, str, str]]:
    """(column name, kv dtype, matmul dtype) for every pair; "hf2hlo" alone for
    the defaults (f32 KV, f32 products)."""
    if kvs == ["f32"] and mms == ["f32"]:
        return [("hf2hlo", "f32", "f32")]
    return [(f"hf2hlo {kv}KV" + ("" if mm == "f32" else f" {mm}mm"), kv, mm) for kv in kvs for mm in mms]


# --- llama.cpp ----------------------------------------------------------------

def llama_bench(bin_dir: str, gguf: str, threads: int, args: list[str]) -> float:
    out = sh([os.path.join(bin_dir, "llama-bench"), "-m", gguf, "-t", str(threads), "-r", "1", "-o", "json",
              *args])
    rows = json.loads(out)
    return float(rows[-1]["avg_ts"])


def llama_batched(bin_dir: str, gguf: str, threads: int, npl: int) -> float:
    out = sh([os.path.join(bin_dir, "llama-batched-bench"), "-m", gguf, "-t", str(threads), "-c", "4096",
              "-b", "2048", "-ub", "512", "-npp", "128", "-ntg", "32", "-npl", str(npl)])
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 8 and cells[2] == str(npl) and cells[0] == "128":
            return float(cells[7])  # S_TG t/s: aggregate generation speed
    raise RuntimeError("no batched-bench row in:\n" + out)


def llama_case(bin_dir, gguf, case, threads):
    if case == "tg_short":
        return llama_bench(bin_dir, gguf, threads, ["-p", "0", "-n", "64", "-d", "16"])
    if case == "tg_long":
        return llama_bench(bin_dir, gguf, threads, ["-p", "0", "-n", "64", "-d", "1500"])
    if case == "pp512":
        return llama_bench(bin_dir, gguf, threads, ["-p", "512", "-n", "0"])
    if case == "b16":
        return llama_batched(bin_dir, gguf, threads, 16)
    raise ValueError(case)


CASE_NAMES = {
    "tg_short": "decode B=1, 16-token history (tok/s)",
    "tg_long": "decode B=1, 1,500-token history (tok/s)",
    "pp512": "prefill 512 tokens (tok/s)",
    "b16": "aggregate decode B=16 (tok/s)",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", nargs="?")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--types", default="bf16,f16")
    ap.add_argument("--threads", default="2")
    ap.add_argument("--cases", default="tg_short,tg_long,pp512,b16")
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "hf2hlo"))
    ap.add_argument("--kv-dtypes", default="f32", help="hf2hlo's KV-cache types")
    ap.add_argument("--matmul-dtypes", default="f32", help="hf2hlo's weight-product types (f32, bf16)")
    args = ap.parse_args()
    columns = hf2hlo_columns(args.kv_dtypes.split(","), args.matmul_dtypes.split(","))
    ours_names = [name for name, _, _ in columns]
    model = args.model
    if model is None:
        from hf2hlo_harness.smollm2 import smollm2_dir
        model = smollm2_dir()
    bin_dir = sh(["bash", LLAMACPP_SH, "build"]).strip().splitlines()[-1]
    types = args.types.split(",")
    ggufs = dict(zip(types, sh(["bash", LLAMACPP_SH, "gguf", model, *types]).split()))
    cases = args.cases.split(",")
    threads = [int(t) for t in args.threads.split(",")]
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} | {platform.processor() or platform.machine()} | "
          f"{os.cpu_count()} cpus | model {model}")
    print(f"load average before: {load()}")
    samples: dict[tuple, list[float]] = {}
    for rep in range(args.reps):
        for t in threads:
            for case in cases:
                for name, kv, mm in columns:
                    samples.setdefault((name, case, t), []).append(hf2hlo_case(args.bin, model, case, t, kv, mm))
                for ty in types:
                    samples.setdefault((ty, case, t), []).append(llama_case(bin_dir, ggufs[ty], case, t))
        print(f"rep {rep + 1}/{args.reps} done, load {load()}", flush=True)
    print(f"load average after: {load()}\n")
    pairs = [(name, ty) for name in ours_names for ty in types]
    head = "| case | threads | " + " | ".join(ours_names) + " | " + \
        " | ".join(f"llama.cpp {ty}" for ty in types) + " | " + \
        " | ".join(f"{name} / {ty}" for name, ty in pairs) + " |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for t in threads:
        for case in cases:
            ours = {name: statistics.median(samples[(name, case, t)]) for name in ours_names}
            theirs = {ty: statistics.median(samples[(ty, case, t)]) for ty in types}
            print(f"| {CASE_NAMES[case]} | {t} | " + " | ".join(f"{ours[n]:.1f}" for n in ours_names) + " | " +
                  " | ".join(f"{theirs[ty]:.1f}" for ty in types) + " | " +
                  " | ".join(f"{ours[n] / theirs[ty]:.2f}x" for n, ty in pairs) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
