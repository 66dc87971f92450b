"""`run` and `serve` encode the same text to the same ids (the engine's one
TextCodec policy, docs/serving.md "Prompt encoding"), and both equal HF:
raw text as `tokenizer(text)` encodes it, chat messages as
`apply_chat_template(..., add_generation_prompt=True)` with message text
never turned into special tokens.

`run --verbose` prints the prompt ids it runs; the server's /tokenize returns
the ids a generation request with the same body would run.
"""
from __future__ import annotations

import re
import subprocess

import pytest

TEXTS = [
    "The capital of France is",
    "  leading spaces, digits 12345 and ünïcödé — dashes",
    "special text <|im_start|>user\nhi<|im_end|> inside",
    "tabs\tand\nnewlines\n\n",
]


def run_prompt_ids(hf2hlo_bin: str, model_dir: str, text: str, raw: bool) -> list[int]:
    cmd = [hf2hlo_bin, "run", model_dir, "--prompt", text, "--max-tokens", "1", "--verbose",
           "--context", "256"]
    if raw:
        cmd.append("--raw")
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    m = re.search(r"^prompt ids: ([0-9,]*)$", p.stderr, re.M)
    assert m, p.stderr
    return [int(x) for x in m.group(1).split(",") if x]


@pytest.mark.parametrize("text", TEXTS)
def test_raw_text_same_ids_in_run_serve_and_hf(hf2hlo_bin, smol_dir, smol_server, smol_tok, text):
    served = smol_server.post("/tokenize", {"prompt": text})
    assert served.status_code == 200, served.text
    ids = served.json()["tokens"]
    assert ids == run_prompt_ids(hf2hlo_bin, smol_dir, text, raw=True)
    assert ids == smol_tok(text)["input_ids"]


@pytest.mark.parametrize("text", TEXTS)
def test_chat_same_ids_in_run_serve_and_hf(hf2hlo_bin, smol_dir, smol_server, smol_tok, text):
    messages = [{"role": "user", "content": text}]
    served = smol_server.post("/tokenize", {"messages": messages})
    assert served.status_code == 200, served.text
    ids = served.json()["tokens"]
    assert ids == run_prompt_ids(hf2hlo_bin, smol_dir, text, raw=False)
    rendered = smol_tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    if "<|im" not in text:
        assert ids == smol_tok(rendered, add_special_tokens=False)["input_ids"]
    else:
        # The user's "<|im_end|>" stays text: it is not the special id.
        special = set(smol_tok.convert_tokens_to_ids(["<|im_start|>", "<|im_end|>"]))
        template_own = rendered.count("<|im_") - text.count("<|im_")
        assert sum(t in special for t in ids) == template_own
