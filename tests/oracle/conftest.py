"""Oracle suite configuration.

Environment:
  HF2HLO_BIN      path of the hf2hlo binary (default <repo>/build/hf2hlo)
  HF2HLO_ENGINES  comma-separated engines (default "builtin,iree,xla")
  HF2HLO_VARIANTS comma-separated tiny variants (default: all)
  HF2HLO_PREFETCH 0 turns off background emit+compile (default on: programs
                  are compiled two at a time, overlapping the tests, so the
                  recorded compile and step times include that contention)

Timings (compile and per-step) are printed in the terminal summary and written
to <repo>/build/oracle_timings.json. They are figures only, never asserted.
"""
from __future__ import annotations

import json
import os
import sys

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
_PY = os.path.join(REPO, "python")
if _PY not in sys.path:
    sys.path.insert(0, _PY)

from hf2hlo_harness import runner as _runner  # noqa: E402
from hf2hlo_harness import tiny  # noqa: E402
from hf2hlo_harness.engines import ENGINES  # noqa: E402


def engines() -> list[str]:
    names = [e.strip() for e in os.environ.get("HF2HLO_ENGINES", "builtin,iree,xla").split(",") if e.strip()]
    unknown = [e for e in names if e not in ENGINES]
    if unknown:
        raise pytest.UsageError(f"HF2HLO_ENGINES names unknown engines {unknown}; registered: {sorted(ENGINES)}")
    return names


def variants() -> list[str]:
    env = os.environ.get("HF2HLO_VARIANTS")
    names = [v.strip() for v in env.split(",") if v.strip()] if env else list(tiny.VARIANTS)
    unknown = [v for v in names if v not in tiny.VARIANTS]
    if unknown:
        raise pytest.UsageError(f"HF2HLO_VARIANTS names unknown variants {unknown}; known: {list(tiny.VARIANTS)}")
    return names


def pytest_generate_tests(metafunc):
    if "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", engines())
    if "variant" in metafunc.fixturenames:
        metafunc.parametrize("variant", variants(), scope="session")
    if "window_variant" in metafunc.fixturenames:
        metafunc.parametrize("window_variant", [v for v in tiny.WINDOW_VARIANTS if v in variants()])
    if "remote_variant" in metafunc.fixturenames:
        metafunc.parametrize("remote_variant", [v for v in tiny.REMOTE_VARIANTS if v in variants()])
    if "feature_variant" in metafunc.fixturenames:
        checks = getattr(metafunc.module, "FEATURE_CHECKS", {})
        metafunc.parametrize("feature_variant", [v for v in variants() if v in checks])


@pytest.fixture(scope="session")
def hf2hlo_bin() -> str:
    path = os.environ.get("HF2HLO_BIN", os.path.join(REPO, "build", "hf2hlo"))
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        pytest.fail(
            f"hf2hlo binary not found or not executable at {path!r}. Build it (cmake -S . -B build && "
            f"cmake --build build) or set HF2HLO_BIN.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("tiny_models"))


_MODEL_DIRS: dict[str, str] = {}


@pytest.fixture(scope="session")
def model_dir_of(models_dir):
    """variant -> saved model folder (built once per session)."""

    def get(variant: str) -> str:
        if variant not in _MODEL_DIRS:
            _MODEL_DIRS[variant] = tiny.save_variant(variant, os.path.join(models_dir, variant))
        return _MODEL_DIRS[variant]

    return get


_HF: dict[tuple[str, bool], object] = {}


@pytest.fixture(scope="session")
def hf_model(model_dir_of):
    """(variant, remove_window=False) -> HF fp32 eager model loaded from the saved folder."""

    def get(variant: str, remove_window: bool = False):
        key = (variant, remove_window)
        if key not in _HF:
            _HF[key] = tiny.load_hf(model_dir_of(variant), remove_window=remove_window)
        return _HF[key]

    return get


# Programs the oracle tests use: (kind, batch, chunk) at context 64.
PROGRAMS = [("prefill", 1, 16), ("decode", 1, 16), ("prefill", 1, 8), ("decode", 1, 8),
            ("prefill", 4, 16), ("decode", 4, 16)]
CONTEXT = 64


@pytest.fixture(scope="session")
def prefetch(hf2hlo_bin, model_dir_of):
    """Emit and compile every program of the session in the background, in test
    order (engine-major, then variant). HF2HLO_PREFETCH=0 turns it off (compile
    times are then measured without overlap)."""
    if os.environ.get("HF2HLO_PREFETCH", "1") == "0":
        yield None
        return
    vs = variants()
    for v in vs:  # build the models up front, on this thread
        model_dir_of(v)
    jobs = [(e, model_dir_of(v), kind, b, CONTEXT, p) for e in engines() for v in vs for kind, b, p in PROGRAMS]
    pf = _runner.Prefetcher(hf2hlo_bin, jobs, workers=2)
    yield pf
    pf.stop()


@pytest.fixture(scope="session")
def make_runner(hf2hlo_bin, model_dir_of, prefetch):
    """(engine, variant, batch, chunk, context=64) -> Runner with fresh zero caches.
    Emitted text and compiled programs are cached for the whole session."""

    def get(engine: str, variant: str, *, batch: int = 1, chunk: int = 16, context: int = 64, read_window: int = 0):
        return _runner.Runner(engine, model_dir_of(variant), hf2hlo_bin, batch=batch, context=context, chunk=chunk,
                              read_window=read_window)

    return get


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    rows = _runner.TIMINGS.rows()
    if not rows:
        return
    tr = terminalreporter
    tr.section("hf2hlo oracle timings (figures only, not asserted)")
    for line in _runner.TIMINGS.table():
        tr.write_line(line)
    out = os.path.join(REPO, "build", "oracle_timings.json")
    try:
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w") as f:
            json.dump(rows, f, indent=1)
        tr.write_line(f"written to {out}")
    except OSError as e:  # never fail the run over a figures file
        tr.write_line(f"could not write {out}: {e}")
