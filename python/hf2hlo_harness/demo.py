"""The main job for now: emit, compile and run the bundled tiny model.

Builds the deterministic tiny Llama (python -m hf2hlo_harness.tiny), prints
`hf2hlo inspect`, emits the prefill and decode programs, runs them on every
engine (IREE llvm-cpu and XLA CPU), and prints the greedy continuation of a
prompt with compile and step times next to HF transformers' own continuation.

Usage: python -m hf2hlo_harness.demo [--model-dir DIR] [--engines builtin,iree,xla] [--tokens N]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

import numpy as np

from . import oracle, tiny
from .runner import TIMINGS, Runner

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model-dir", default=os.path.join(REPO, "build", "demo", "tiny-llama"))
    ap.add_argument("--engines", default="builtin,iree,xla")
    ap.add_argument("--tokens", type=int, default=16)
    ap.add_argument("--context", type=int, default=64)
    ap.add_argument("--chunk", type=int, default=16)
    args = ap.parse_args(argv)
    binary = os.environ.get("HF2HLO_BIN", os.path.join(REPO, "build", "hf2hlo"))

    if not os.path.exists(os.path.join(args.model_dir, "model.safetensors")):
        print(f"[demo] building the bundled tiny Llama in {args.model_dir}", flush=True)
        tiny.save_variant("llama", args.model_dir)
    print(subprocess.run([binary, "inspect", args.model_dir, "--context", str(args.context)],
                         check=True, capture_output=True, text=True).stdout)

    prompt = oracle.prompt(seed=7, length=13)
    print(f"prompt token ids: {prompt}")
    hf = tiny.load_hf(args.model_dir)
    t0 = time.perf_counter()
    ref, _ = oracle.generate(hf, prompt, args.tokens)
    hf_s = time.perf_counter() - t0
    print(f"{'HF transformers (fp32 eager)':<30} {ref}  ({1e3 * hf_s / args.tokens:.2f} ms/token)")

    ok = True
    for engine in [e for e in args.engines.split(",") if e]:
        print(f"[demo] {engine}: emitting and compiling prefill (P={args.chunk}) and decode (B=1), "
              f"context {args.context}", flush=True)
        t0 = time.perf_counter()
        runner = Runner(engine, args.model_dir, binary, batch=1, context=args.context, chunk=args.chunk)
        setup_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        tokens, _ = runner.greedy(prompt, args.tokens)
        run_s = time.perf_counter() - t0
        same = tokens == ref
        ok &= same
        print(f"{'hf2hlo on ' + engine:<30} {tokens}  (emit+compile {setup_s:.2f} s, "
              f"{1e3 * run_s / args.tokens:.2f} ms/token) {'== HF' if same else '!= HF'}")
    print()
    for line in TIMINGS.table():
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
