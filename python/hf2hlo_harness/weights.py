"""Load safetensors checkpoints as numpy and resolve program argument names.

A weight argument's name is a checkpoint tensor name, optionally with a row
slice suffix `name[a:b]` (rows a..b-1 of the stored tensor). The stored dtype
is kept: f32 and f16 natively, bf16 as ml_dtypes.bfloat16 (bit view).
"""
from __future__ import annotations

import glob
import json
import os
import re

import ml_dtypes
import numpy as np

_SLICE_RE = re.compile(r"^(.*)\[(\d+):(\d+)\]$")


def _to_numpy(t) -> np.ndarray:
    import torch

    t = t.detach().contiguous()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().view(ml_dtypes.bfloat16).copy()
    return t.numpy().copy()


class Checkpoint:
    """All tensors of a HF model folder (model.safetensors or sharded), as numpy."""

    def __init__(self, model_dir: str):
        from safetensors.torch import load_file

        self.model_dir = model_dir
        files = sorted(glob.glob(os.path.join(model_dir, "*.safetensors")))
        index = os.path.join(model_dir, "model.safetensors.index.json")
        if os.path.exists(index):
            with open(index) as f:
                wm = json.load(f)["weight_map"]
            files = sorted({os.path.join(model_dir, v) for v in wm.values()})
        if not files:
            raise FileNotFoundError(f"no *.safetensors in {model_dir}")
        self.tensors: dict[str, np.ndarray] = {}
        for fn in files:
            for k, v in load_file(fn).items():
                self.tensors[k] = _to_numpy(v)

    def resolve(self, name: str) -> np.ndarray:
        """The array for an argument name, applying a `[a:b]` row slice."""
        if name in self.tensors:
            return self.tensors[name]
        m = _SLICE_RE.match(name)
        if m and m.group(1) in self.tensors:
            base = self.tensors[m.group(1)]
            a, b = int(m.group(2)), int(m.group(3))
            if not 0 <= a < b <= base.shape[0]:
                raise ValueError(f"row slice {name!r} is out of range for shape {base.shape}")
            return np.ascontiguousarray(base[a:b])
        raise KeyError(name)

    def resolve_all(self, args) -> dict[str, np.ndarray]:
        """Resolve weight arguments (objects with .name/.shape/.dtype); checks
        shapes and dtypes and lists every missing name in one error."""
        out, missing, bad = {}, [], []
        for a in args:
            try:
                arr = self.resolve(a.name)
            except KeyError:
                missing.append(a.name)
                continue
            if tuple(arr.shape) != tuple(a.shape) or arr.dtype != a.dtype:
                bad.append(f"{a.name}: checkpoint {arr.dtype}{list(arr.shape)} vs program {a.dtype}{list(a.shape)}")
                continue
            out[a.name] = arr
        if missing or bad:
            msg = [f"cannot bind weights from {self.model_dir}:"]
            if missing:
                msg.append(f"  missing from checkpoint ({len(missing)}): " + ", ".join(missing))
                msg.append("  checkpoint has: " + ", ".join(sorted(self.tensors)))
            if bad:
                msg.append("  shape/dtype mismatch:\n    " + "\n    ".join(bad))
            raise KeyError("\n".join(msg))
        return out


_CACHE: dict[str, Checkpoint] = {}


def load_checkpoint(model_dir: str) -> Checkpoint:
    """Checkpoint loading, cached per folder (and file mtimes) in-process."""
    key = os.path.abspath(model_dir)
    stamp = tuple(os.path.getmtime(f) for f in sorted(glob.glob(os.path.join(key, "*.safetensors"))))
    ck = _CACHE.get(key)
    if ck is None or getattr(ck, "_stamp", None) != stamp:
        ck = Checkpoint(key)
        ck._stamp = stamp  # type: ignore[attr-defined]
        _CACHE[key] = ck
    return ck
