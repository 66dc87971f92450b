"""Tests of the built-in StableHLO CPU executor (Python module hf2hlo_exec).

The module is imported normally (the Makefile runs pytest with
PYTHONPATH=python:build/python). If it is not importable, this conftest also
tries $HF2HLO_PYTHON_DIR and <repo>/build/python, then fails with a message
that says how to build it.

JAX (used by test_jax_export.py as the oracle) is pinned to the CPU backend
and 32-bit mode before anything imports it.
"""
from __future__ import annotations

import os
import sys

os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ["JAX_ENABLE_X64"] = "0"

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
_HERE = os.path.dirname(os.path.abspath(__file__))
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)


def _import_exec():
    try:
        import hf2hlo_exec  # noqa: F401
        return None
    except ImportError as first:
        candidates = [os.environ.get("HF2HLO_PYTHON_DIR"), os.path.join(REPO, "build", "python")]
        for d in candidates:
            if d and os.path.isdir(d) and d not in sys.path:
                sys.path.append(d)
                try:
                    import hf2hlo_exec  # noqa: F401
                    return None
                except ImportError:
                    sys.path.remove(d)
        return first


_IMPORT_ERROR = _import_exec()


def pytest_configure(config):
    if _IMPORT_ERROR is not None:
        import pytest

        raise pytest.UsageError(
            "tests/exec: cannot import the hf2hlo_exec module "
            f"({_IMPORT_ERROR}). Build it with `make build` (or `ninja -C build hf2hlo_exec`) "
            "and run pytest with PYTHONPATH=python:build/python, or point HF2HLO_PYTHON_DIR "
            "at the folder holding hf2hlo_exec*.so.")
