#!/usr/bin/env python3
"""Accuracy cost of 16-bit KV caches (`--kv-dtype bf16|f16`) and of bf16 weight
products (`--matmul-dtype bf16`) on SmolLM2-135M-Instruct.

usage: .venv/bin/python scripts/kv_dtype_accuracy.py [--model DIR] [--bin build/hf2hlo]
                                                     [--dtypes f32,bf16,f16] [--matmul-dtypes f32,bf16]
                                                     [--new 64] [--long-tokens 1000] [--long-steps 32]

The reference is HF transformers fp32 eager on the converted folder (as in
tests/real/test_smollm2.py, whose 5 chat prompts and chat template this reuses).
For each KV dtype, and each weight-product dtype of --matmul-dtypes (default
f32 only; every pair is a row), the built-in engine (B=1) runs:

  teacher-forced  prefill the chat-templated prompt, then decode feeding HF's
                  own greedy tokens; per step: argmax(hf2hlo) == HF's token?
                  and max |logit diff| against HF's logits (generate with
                  output_logits=True). Step 0 is the prefill's last row.
  free-running    greedy decoding on its own; the index of the first token
                  that differs from HF's greedy sequence ("none" if all agree).

plus one long-context case: a deterministic ~1,000-token prompt (a generated
list of facts and a question, through the chat template) with --long-steps
teacher-forced and free-running steps, since a rounding error in every cached
row matters more with a long history.

Never asserts: it measures. f32 is the exact default (its rows are the
baseline); bf16 and f16 caches and bf16 products are lossy opt-ins.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time

import numpy as np

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(REPO, "python"))

from hf2hlo_harness.smollm2 import smollm2_dir  # noqa: E402


def _load_real_test():
    """tests/real/test_smollm2.py: its PROMPTS and chat-template helper _ids."""
    path = os.path.join(REPO, "tests", "real", "test_smollm2.py")
    spec = importlib.util.spec_from_file_location("_kv_dtype_real_smollm2", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---------------------------------------------------------------------------
# the long prompt: deterministic, natural text, ~1,000 tokens
# ---------------------------------------------------------------------------
_COUNTRIES = [
    ("France", "Paris", "euro", "French"), ("Germany", "Berlin", "euro", "German"),
    ("Italy", "Rome", "euro", "Italian"), ("Spain", "Madrid", "euro", "Spanish"),
    ("Portugal", "Lisbon", "euro", "Portuguese"), ("Japan", "Tokyo", "yen", "Japanese"),
    ("China", "Beijing", "yuan", "Mandarin"), ("India", "New Delhi", "rupee", "Hindi"),
    ("Brazil", "Brasilia", "real", "Portuguese"), ("Argentina", "Buenos Aires", "peso", "Spanish"),
    ("Mexico", "Mexico City", "peso", "Spanish"), ("Canada", "Ottawa", "dollar", "English"),
    ("Australia", "Canberra", "dollar", "English"), ("Egypt", "Cairo", "pound", "Arabic"),
    ("Kenya", "Nairobi", "shilling", "Swahili"), ("Russia", "Moscow", "ruble", "Russian"),
    ("Poland", "Warsaw", "zloty", "Polish"), ("Sweden", "Stockholm", "krona", "Swedish"),
    ("Norway", "Oslo", "krone", "Norwegian"), ("Greece", "Athens", "euro", "Greek"),
    ("Turkey", "Ankara", "lira", "Turkish"), ("Peru", "Lima", "sol", "Spanish"),
    ("Chile", "Santiago", "peso", "Spanish"), ("Thailand", "Bangkok", "baht", "Thai"),
    ("Vietnam", "Hanoi", "dong", "Vietnamese"), ("Indonesia", "Jakarta", "rupiah", "Indonesian"),
    ("Nigeria", "Abuja", "naira", "English"), ("Morocco", "Rabat", "dirham", "Arabic"),
    ("Ireland", "Dublin", "euro", "Irish"), ("Austria", "Vienna", "euro", "German"),
    ("Hungary", "Budapest", "forint", "Hungarian"), ("Finland", "Helsinki", "euro", "Finnish"),
    ("Denmark", "Copenhagen", "krone", "Danish"), ("Colombia", "Bogota", "peso", "Spanish"),
    ("Ukraine", "Kyiv", "hryvnia", "Ukrainian"), ("Iran", "Tehran", "rial", "Persian"),
]


def long_prompt_text(tok, target_tokens: int) -> str:
    """Facts about countries, one sentence each, repeated in a fixed order until
    the chat-templated prompt reaches about target_tokens, then a question."""
    head = "Read these notes about countries carefully.\n\n"
    question = "\nQuestion: according to the notes, what is the capital of Peru, and which currency is used there?"
    facts = []
    i = 0
    while True:
        c, cap, cur, lang = _COUNTRIES[i % len(_COUNTRIES)]
        facts.append(f"{i + 1}. The capital of {c} is {cap}; people there pay in the {cur} and many speak {lang}.")
        text = head + "\n".join(facts) + question
        n = len(tok.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True))
        if n >= target_tokens:
            return text
        i += 1


# ---------------------------------------------------------------------------
# HF reference and hf2hlo runs
# ---------------------------------------------------------------------------
def hf_greedy(model, ids: list[int], n: int) -> tuple[list[int], np.ndarray]:
    """HF greedy tokens and per-step logits [n, V] (step 0: the prompt's last row)."""
    import torch

    x = torch.tensor([ids])
    with torch.no_grad():
        out = model.generate(input_ids=x, attention_mask=torch.ones_like(x), do_sample=False, max_new_tokens=n,
                             min_new_tokens=n, eos_token_id=None, pad_token_id=0, output_logits=True,
                             return_dict_in_generate=True)
    return out.sequences[0, len(ids):].tolist(), np.stack([l[0].float().numpy() for l in out.logits])


def teacher_forced(r, ids: list[int], hf_tokens: list[int]) -> np.ndarray:
    """Logits [n, V] of the prompt's last row, then of decode steps fed HF's tokens."""
    r.reset()
    steps = [r.prefill(0, ids)]
    pos = len(ids)
    for t in hf_tokens[:-1]:
        steps.append(r.decode([t], [pos])[0])
        pos += 1
    return np.stack(steps)


def first_divergence(got: list[int], want: list[int]) -> int | None:
    for i, (a, b) in enumerate(zip(got, want)):
        if a != b:
            return i
    return None


def case_metrics(r, ids, hf_tokens, hf_logits) -> dict:
    logits = teacher_forced(r, ids, hf_tokens)
    step_max = np.max(np.abs(logits - hf_logits), axis=1)
    agree = np.argmax(logits, axis=1) == np.asarray(hf_tokens)
    top2 = np.sort(hf_logits, axis=1)[:, -2:]
    margins = (top2[:, 1] - top2[:, 0])[~agree]
    r.reset()
    free, _ = r.greedy(ids, len(hf_tokens))
    return dict(agree=agree, step_max=step_max, disagree_margins=margins.tolist(),
                first_tf_miss=first_divergence(np.argmax(logits, axis=1).tolist(), hf_tokens),
                free_div=first_divergence(free, hf_tokens), scale=float(np.max(np.abs(hf_logits))))


def fmt_div(d: int | None) -> str:
    return "none" if d is None else str(d)


def summary_row(dtype: str, cases: list[dict]) -> str:
    agree = np.concatenate([c["agree"] for c in cases])
    steps = np.concatenate([c["step_max"] for c in cases])
    margins = [m for c in cases for m in c["disagree_margins"]]
    scale = max(c["scale"] for c in cases)
    m = f"{min(margins):.3g}" if margins else "-"
    divs = ", ".join(fmt_div(c["free_div"]) for c in cases)
    return (f"| {dtype} | {100 * agree.mean():.1f}% ({int(agree.sum())}/{agree.size}) | {steps.max():.4g} "
            f"| {statistics.median(steps.tolist()):.4g} | {steps.max() / scale:.2e} | {m} | {divs} |")


def config_name(kv: str, mm: str) -> str:
    return kv if mm == "f32" else f"{kv} KV, {mm} matmul"


HEADER = ("| {} | token agreement (teacher-forced) | max \\|logit diff\\| | median per-step max \\|logit diff\\| "
          "| max diff / logit scale | min HF top-2 margin at a disagreement | free-running first divergence |\n"
          "|---|---|---|---|---|---|---|")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=smollm2_dir(), help="converted SmolLM2-135M-Instruct folder")
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "hf2hlo"), help="hf2hlo binary")
    ap.add_argument("--dtypes", default="f32,bf16,f16", help="comma-separated KV dtypes")
    ap.add_argument("--matmul-dtypes", default="f32", help="comma-separated weight-product dtypes (f32, bf16)")
    ap.add_argument("--new", type=int, default=64, help="new tokens per chat prompt")
    ap.add_argument("--chunk", type=int, default=32, help="prefill chunk of the chat prompts")
    ap.add_argument("--long-tokens", type=int, default=1000, help="approximate long-prompt length (0: skip)")
    ap.add_argument("--long-steps", type=int, default=32, help="steps of the long-context case")
    args = ap.parse_args(argv)
    configs = [(kv.strip(), mm.strip()) for kv in args.dtypes.split(",") if kv.strip()
               for mm in args.matmul_dtypes.split(",") if mm.strip()]
    column = "kv dtype" if all(mm == "f32" for _, mm in configs) else "configuration"

    # hf2hlo_exec (the built-in engine's bindings) is built next to the binary.
    binp = os.path.abspath(args.bin)
    for p in (os.path.join(os.path.dirname(binp), "python"), os.path.join(REPO, "build", "python")):
        if os.path.isdir(p) and p not in sys.path:
            sys.path.insert(0, p)
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from hf2hlo_harness.runner import Runner

    if not os.path.isfile(os.path.join(args.model, "model.safetensors")):
        print(f"{args.model} is not prepared; run `.venv/bin/python scripts/prepare_smollm2.py`", file=sys.stderr)
        return 2
    torch.manual_seed(0)
    real = _load_real_test()
    t_start = time.perf_counter()
    tok = AutoTokenizer.from_pretrained(args.model)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32, attn_implementation="eager")
    model.eval()

    # --- references ---
    chats = [real._ids(tok, p) for p in real.PROMPTS]
    refs = [hf_greedy(model, ids, args.new) for ids in chats]
    long_ids = None
    if args.long_tokens > 0:
        text = long_prompt_text(tok, args.long_tokens)
        long_ids = tok.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True)
        long_ref = hf_greedy(model, long_ids, args.long_steps)
    t_hf = time.perf_counter() - t_start

    def ctx_for(n: int, chunk: int) -> int:
        return -(-n // chunk) * chunk

    ctx = ctx_for(max(len(i) for i in chats) + args.new, args.chunk)
    long_chunk = 64
    long_ctx = ctx_for(len(long_ids) + args.long_steps, long_chunk) if long_ids else 0

    chat_rows, long_rows, per_prompt, timings, notes = [], [], {}, {}, []
    for kv, mm in configs:
        dt = config_name(kv, mm)
        t0 = time.perf_counter()
        r = Runner("builtin", args.model, binp, batch=1, context=ctx, chunk=args.chunk, kv_dtype=kv,
                   matmul_dtype=mm)
        cases = [case_metrics(r, ids, want, want_logits) for ids, (want, want_logits) in zip(chats, refs)]
        for k, c in enumerate(cases):  # both runs share every step up to the first teacher-forced miss
            if c["free_div"] != c["first_tf_miss"]:
                notes.append(f"{dt} prompt {k}: free-running diverges at {fmt_div(c['free_div'])} but the first "
                             f"teacher-forced miss is {fmt_div(c['first_tf_miss'])} (non-deterministic steps?)")
        chat_rows.append(summary_row(dt, cases))
        per_prompt[dt] = cases
        if long_ids:
            rl = Runner("builtin", args.model, binp, batch=1, context=long_ctx, chunk=long_chunk, kv_dtype=kv,
                        matmul_dtype=mm)
            lc = case_metrics(rl, long_ids, *long_ref)
            long_rows.append(summary_row(dt, [lc]))
        timings[dt] = time.perf_counter() - t0

    what = "KV-cache dtype" if column == "kv dtype" else "KV-cache and weight-product dtype"
    print(f"# {what} accuracy: SmolLM2-135M-Instruct, built-in engine, B=1, vs HF fp32 eager\n")
    print(f"model {args.model}\nbinary {binp}\n")
    print(f"## {len(chats)} chat prompts (tests/real/test_smollm2.py), {args.new} new tokens each, "
          f"context {ctx}, chunk {args.chunk}\n")
    print(f"prompt lengths: {[len(i) for i in chats]} tokens; agreement is over {len(chats)} x {args.new} steps; "
          f"free-running divergence is listed per prompt (0-based index into the {args.new} new tokens)\n")
    print(HEADER.format(column))
    print("\n".join(chat_rows))
    print("\nper prompt: max |logit diff| (teacher-forced) / logit scale (max |HF logit|)\n")
    print(f"| {column} | " + " | ".join(f"prompt {k}" for k in range(len(chats))) + " |")
    print("|---|" + "---|" * len(chats))
    for dt, cases in per_prompt.items():
        print(f"| {dt} | " + " | ".join(f"{c['step_max'].max():.3g} / {c['scale']:.1f}" for c in cases) + " |")
    if long_ids:
        print(f"\n## long context: {len(long_ids)}-token prompt (facts list + question), {args.long_steps} steps, "
              f"context {long_ctx}, chunk {long_chunk}\n")
        print(HEADER.format(column))
        print("\n".join(long_rows))
    for n in notes:
        print(f"\nNOTE: {n}")
    print(f"\nHF references {t_hf:.0f}s; hf2hlo per {'dtype' if column == 'kv dtype' else column}: " +
          ", ".join(f"{dt} {s:.0f}s" for dt, s in timings.items()) +
          f"; total {time.perf_counter() - t_start:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
