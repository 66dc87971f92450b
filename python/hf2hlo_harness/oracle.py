"""HF transformers fp32 eager reference helpers (the oracle)."""
from __future__ import annotations

from typing import Sequence

import numpy as np


def _ids(tokens: Sequence[int]):
    import torch

    return torch.tensor([list(int(t) for t in tokens)], dtype=torch.long)


def last_logits(model, tokens: Sequence[int]) -> np.ndarray:
    """Logits of the last position of a full (uncached) forward: float32 [V]."""
    import torch

    with torch.no_grad():
        out = model(input_ids=_ids(tokens), use_cache=False)
    return out.logits[0, -1].to(torch.float32).numpy().copy()


def all_logits(model, tokens: Sequence[int]) -> np.ndarray:
    """Logits of every position of a full forward: float32 [T, V]."""
    import torch

    with torch.no_grad():
        out = model(input_ids=_ids(tokens), use_cache=False)
    return out.logits[0].to(torch.float32).numpy().copy()


def generate(model, tokens: Sequence[int], n: int) -> tuple[list[int], np.ndarray]:
    """Greedy generation of n new tokens with HF generate(do_sample=False).

    Returns (new token ids, per-step raw logits float32 [n, V]); step 0's logits
    are those of the prompt's last position.
    """
    import torch

    ids = _ids(tokens)
    with torch.no_grad():
        out = model.generate(
            input_ids=ids,
            attention_mask=torch.ones_like(ids),
            do_sample=False,
            max_new_tokens=n,
            min_new_tokens=n,
            eos_token_id=None,
            pad_token_id=0,
            output_logits=True,
            return_dict_in_generate=True,
        )
    new = out.sequences[0, ids.shape[1]:].tolist()
    assert len(new) == n, (len(new), n)
    logits = np.stack([l[0].to(torch.float32).numpy() for l in out.logits])
    return new, logits


def prompt(seed: int, length: int, vocab: int = 256) -> list[int]:
    """A deterministic random prompt (token 0 avoided, it is the padding id)."""
    rng = np.random.default_rng(seed)
    return rng.integers(1, vocab, size=length).tolist()
