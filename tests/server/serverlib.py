"""Helpers of the server tests (tests/server) and scripts/bench_serve.py:
the `hf2hlo serve` subprocess (Server), the tiny random model with SmolLM2's
tokenizer (build_tiny), its HF oracle, SSE and Prometheus parsing.

Raw HTTP goes through httpx2, which the pinned openai client brings (the same
API as httpx).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from typing import Any, Iterable

try:  # openai 3.x brings httpx2 (same API as httpx); older ones bring httpx
    import httpx2 as httpx
except ImportError:  # pragma: no cover
    import httpx  # type: ignore[no-redef]

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(REPO, "python"))

TINY_SEED = 4321
# 2-D weights ~ N(0, 0.2^2): logits spread enough that greedy tokens are all
# distinct over 40 steps (with 0.1 a random Llama repeats itself), and the
# top-2 margin stays far above the float error of the engine.
TINY_STD = 0.2
TINY_VOCAB = 49152
TINY_MODEL_NAME = "tiny-llama"
SMOL_MODEL_NAME = "smollm2"
SERVE_TIMEOUT_S = 120.0


# ---------------------------------------------------------------------------
# The tiny model.

TOKENIZER_FILES = ["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja",
                   "generation_config.json"]


def build_tiny(out_dir: str, smol: str, seed: int = TINY_SEED) -> str:
    """A tiny random Llama with SmolLM2's vocabulary, saved in fp32 safetensors,
    with SmolLM2's tokenizer, chat template and generation config."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    cfg = LlamaConfig(vocab_size=TINY_VOCAB, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, head_dim=16, max_position_embeddings=512,
                      rms_norm_eps=1e-5, rope_theta=10000.0, initializer_range=TINY_STD, tie_word_embeddings=True,
                      bos_token_id=1, eos_token_id=2, pad_token_id=2, attn_implementation="eager")
    torch.manual_seed(seed)
    model = LlamaForCausalLM(cfg)
    with torch.no_grad():  # every parameter redrawn in a fixed order, norms too
        for _, p in sorted(model.named_parameters(), key=lambda kv: kv[0]):
            if p.dim() == 1:
                p.copy_(1.0 + 0.1 * torch.randn_like(p))
            else:
                p.copy_(torch.randn_like(p) * TINY_STD)
    model.config.dtype = torch.float32
    os.makedirs(out_dir, exist_ok=True)
    model.save_pretrained(out_dir, safe_serialization=True)
    with open(os.path.join(out_dir, "config.json")) as f:
        cj = json.load(f)
    cj["dtype"] = cj["torch_dtype"] = "float32"
    with open(os.path.join(out_dir, "config.json"), "w") as f:
        json.dump(cj, f, indent=2, sort_keys=True)
    for name in TOKENIZER_FILES:
        src = os.path.join(smol, name)
        if os.path.isfile(src):
            shutil.copyfile(src, os.path.join(out_dir, name))
    return out_dir


def load_tiny_hf(model_dir: str):
    """The HF oracle of the tiny folder: fp32, eager attention, no EOS stopping."""
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, attn_implementation="eager")
    model.eval()
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = 0
    model.generation_config.bos_token_id = None
    return model


def hf_greedy(model, ids: list[int], n: int) -> tuple[list[int], float]:
    """n greedy tokens (EOS ignored) and the smallest top-1/top-2 logit margin
    over the steps (how far from a tie the choices were)."""
    import torch

    x = torch.tensor([ids])
    with torch.no_grad():
        out = model.generate(input_ids=x, attention_mask=torch.ones_like(x), do_sample=False, max_new_tokens=n,
                             min_new_tokens=n, eos_token_id=None, pad_token_id=0, output_logits=True,
                             return_dict_in_generate=True)
    margin = min(float(v[0] - v[1]) for v in (torch.topk(l[0], 2).values for l in out.logits))
    return out.sequences[0, len(ids):].tolist(), margin


# ---------------------------------------------------------------------------
# The server process.

SERVING_RE = re.compile(r"hf2hlo: serving (\S+) on http://(\S+):(\d+) \((\d+) slots, context (\d+), "
                        r"(\w+) KV cache ([\d.]+) MiB\)")


class Server:
    """`hf2hlo serve DIR --port 0 ...` as a subprocess. Its stderr is drained by
    a thread into `log` (so the pipe never fills); the listening line gives the
    port."""

    def __init__(self, hf2hlo_bin: str, model_dir: str, *, batch: int, context: int, model_name: str,
                 chunk: int | None = None, threads: int | None = None, extra: Iterable[str] = (),
                 timeout: float = SERVE_TIMEOUT_S):
        self.cmd = [hf2hlo_bin, "serve", model_dir, "--host", "127.0.0.1", "--port", "0", "--batch", str(batch),
                    "--context", str(context), "--model-name", model_name]
        if chunk is not None:
            self.cmd += ["--chunk", str(chunk)]
        if threads is not None:
            self.cmd += ["--threads", str(threads)]
        self.cmd += list(extra)
        self.model_name = model_name
        self.batch, self.context = batch, context
        self._lines: list[str] = []
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self.host = self.port = None
        self.proc = subprocess.Popen(self.cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + timeout
        while not self._ready.wait(0.1):
            if self.proc.poll() is not None:
                self._reader.join(2)
                raise RuntimeError(f"hf2hlo serve exited with {self.proc.returncode} before listening\n"
                                   f"command: {' '.join(self.cmd)}\nstderr:\n{self.log}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"hf2hlo serve printed no 'serving' line in {timeout:.0f} s\n"
                                   f"command: {' '.join(self.cmd)}\nstderr:\n{self.log}")
        self.base_url = f"http://{self.host}:{self.port}"

    def _drain(self):
        for raw in iter(self.proc.stderr.readline, b""):
            line = raw.decode("utf-8", "replace")
            with self._lock:
                self._lines.append(line)
                if len(self._lines) > 5000:  # keep the start and the latest lines
                    del self._lines[100:1100]
            m = SERVING_RE.search(line)
            if m and not self._ready.is_set():
                self.served_name, self.host, self.port = m.group(1), m.group(2), int(m.group(3))
                self.listen_slots, self.listen_context = int(m.group(4)), int(m.group(5))
                self.listen_kv_dtype, self.listen_kv_mib = m.group(6), float(m.group(7))
                self._ready.set()

    @property
    def log(self) -> str:
        with self._lock:
            return "".join(self._lines)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout: float = 15.0) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._reader.join(5)
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    # -- HTTP helpers -------------------------------------------------------
    def url(self, path: str) -> str:
        return self.base_url + path

    def client(self, timeout: float = 120.0) -> "httpx.Client":
        return httpx.Client(base_url=self.base_url, timeout=timeout, trust_env=False)

    def post(self, path: str, body: Any, timeout: float = 120.0) -> "httpx.Response":
        with self.client(timeout) as c:
            return c.post(path, json=body)

    def get(self, path: str, timeout: float = 30.0) -> "httpx.Response":
        with self.client(timeout) as c:
            return c.get(path)

    def metrics(self) -> "Metrics":
        r = self.get("/metrics")
        assert r.status_code == 200, f"/metrics answered {r.status_code}: {r.text[:500]}"
        return Metrics(r.text)

    def openai(self, timeout: float = 300.0):
        from openai import OpenAI

        return OpenAI(base_url=self.base_url + "/v1", api_key="none", max_retries=0, timeout=timeout,
                      http_client=httpx.Client(trust_env=False, timeout=timeout))

    def check_alive(self):
        assert self.alive(), f"the server died (rc {self.proc.returncode}); stderr:\n{self.log}"


# ---------------------------------------------------------------------------
# Wire helpers.

def sse_events(lines: Iterable[str]) -> Iterable[Any]:
    """Parsed JSON of each `data:` event of an SSE stream, then the string
    "[DONE]" for the terminator."""
    for line in lines:
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            yield "[DONE]"
            return
        yield json.loads(data)


class Metrics:
    """A parsed Prometheus text exposition: {(name, frozenset(labels)): value}."""

    LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)')
    LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')

    def __init__(self, text: str):
        self.text = text
        self.samples: dict[tuple[str, frozenset], float] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            m = self.LINE.match(line)
            assert m, f"not a Prometheus sample line: {line!r}"
            labels = frozenset(self.LABEL.findall(m.group(2) or ""))
            self.samples[(m.group(1), labels)] = float(m.group(3))

    def get(self, name: str, default: float | None = None, **labels) -> float:
        key = (name, frozenset((k, str(v)) for k, v in labels.items()))
        if key in self.samples:
            return self.samples[key]
        if default is not None:
            return default
        raise AssertionError(f"metric {name}{labels or ''} missing from /metrics:\n{self.text}")

    def has(self, name: str) -> bool:
        return any(k[0] == name for k in self.samples)


def wait_for(pred, timeout: float, interval: float = 0.05, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        v = pred()
        if v:
            return v
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)
