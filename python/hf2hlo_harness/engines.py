"""Engines that compile and run an emitted StableHLO text program.

Every engine is a `Program` subclass registered by name in ENGINES:

    prog = make_program("iree", text)       # compiles (once per (engine, text))
    prog.bind_weights(model_dir)            # or a dict name -> np.ndarray
    outs = prog.call({"tokens": ..., "start": 0, ...})   # list of np.ndarray

`call_native` returns engine-native output arrays (IREE DeviceArray, jax Array)
so that caches can be fed back into the next call without a host round trip.
Arguments marked `tf.aliasing_output` may be donated: IREE overwrites the input
buffer in place, XLA deletes the input jax Array. Never reuse a native array
passed for such an argument; use the returned one.
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import Future
from typing import Any, Callable, Mapping

import numpy as np

from .program import Arg, Signature, parse_signature
from .weights import load_checkpoint

RUNTIME_NAMES = frozenset({"tokens", "start", "length", "slot", "pos"})


def is_runtime_name(name: str | None) -> bool:
    """Argument names supplied per call (everything else is a weight)."""
    return name is None or name in RUNTIME_NAMES or name.startswith("cache.")


class Program:
    """Base class: one compiled program of one engine."""

    engine = "base"

    # (engine, text) -> Future of (compiled artifact, compile seconds); shared by
    # all instances in this process so that a program is compiled once per
    # session, and filled either inline or by a background `precompile`.
    _compiled: dict[tuple[str, str], Future] = {}
    _lock = threading.Lock()

    def __init__(self, text: str):
        self.text = text
        self.sig: Signature = parse_signature(text)
        fut, owner = self._future(text)
        if owner:
            self._compile_into(fut, text)
        artifact, secs = fut.result()
        self.cached = not owner
        self.artifact = artifact
        self.compile_s: float = secs  # wall seconds of the (first) compile of this text
        self._load(artifact)
        self._weights: dict[int, Any] = {}  # arg index -> native array

    @classmethod
    def _future(cls, text: str) -> tuple[Future, bool]:
        key = (cls.engine, text)
        with Program._lock:
            fut = Program._compiled.get(key)
            if fut is not None:
                return fut, False
            fut = Future()
            Program._compiled[key] = fut
            return fut, True

    @classmethod
    def _compile_into(cls, fut: Future, text: str) -> None:
        try:
            t0 = time.perf_counter()
            artifact = cls._compile(text)
            fut.set_result((artifact, time.perf_counter() - t0))
        except BaseException as e:  # the error surfaces where the program is used
            fut.set_exception(e)

    @classmethod
    def precompile(cls, text: str, executor, stop: threading.Event | None = None) -> None:
        """Start compiling `text` on `executor` unless it is compiled or queued.
        If `stop` is set before the job starts, the job is dropped (and a later
        Program(text) compiles inline)."""
        fut, owner = cls._future(text)
        if not owner:
            return

        def job():
            if stop is not None and stop.is_set():
                with Program._lock:
                    Program._compiled.pop((cls.engine, text), None)
                fut.set_exception(RuntimeError("precompile cancelled"))
                return
            cls._compile_into(fut, text)

        executor.submit(job)

    # --- engine hooks -------------------------------------------------------
    @classmethod
    def _compile(cls, text: str) -> Any:
        raise NotImplementedError

    def _load(self, artifact: Any) -> None:
        pass

    def from_host(self, arr: np.ndarray) -> Any:
        raise NotImplementedError

    def to_host(self, x: Any) -> np.ndarray:
        raise NotImplementedError

    def _invoke(self, args: list[Any]) -> list[Any]:
        raise NotImplementedError

    def _weight_native(self, key: tuple, arr: np.ndarray) -> Any:
        return self.from_host(arr)

    # --- public API -----------------------------------------------------------
    @property
    def weight_args(self) -> list[Arg]:
        return [a for a in self.sig.args if not is_runtime_name(a.name)]

    @property
    def runtime_args(self) -> list[Arg]:
        return [a for a in self.sig.args if a.index not in self._weights]

    def bind_weights(self, source: str | Mapping[str, np.ndarray]) -> "Program":
        """Upload weights once. source: a model folder (binds every non-runtime
        argument from its safetensors) or a dict name -> array (binds those)."""
        if isinstance(source, str):
            ck = load_checkpoint(source)
            arrays = ck.resolve_all(self.weight_args)
            prefix: tuple = ("ckpt", ck.model_dir, getattr(ck, "_stamp", None))
        else:
            arrays = {}
            for k, v in source.items():
                a = self.sig.arg(k)
                v = np.asarray(v)
                if v.shape != a.shape or v.dtype != a.dtype:
                    raise ValueError(f"weight {k}: got {v.dtype}{list(v.shape)}, want {a.dtype}{list(a.shape)}")
                arrays[k] = v
            prefix = ("dict", id(source))
        self._weights = {}
        for a in self.sig.args:
            if a.name in arrays:
                self._weights[a.index] = self._weight_native(prefix + (a.name,), arrays[a.name])
        return self

    def _prepare(self, inputs: Mapping[str, Any]) -> list[Any]:
        args: list[Any] = []
        seen = set()
        for a in self.sig.args:
            if a.index in self._weights:
                args.append(self._weights[a.index])
                continue
            if a.name not in inputs:
                missing = [r.name for r in self.runtime_args if r.name not in inputs]
                raise KeyError(f"{self.engine}: missing runtime inputs {missing}")
            v = inputs[a.name]
            seen.add(a.name)
            if isinstance(v, (np.ndarray, np.generic, int, float, list, tuple)):
                arr = np.asarray(v)
                if arr.dtype != a.dtype:
                    if arr.dtype.kind == a.dtype.kind or (arr.dtype.kind in "iu" and a.dtype.kind in "iu"):
                        arr = arr.astype(a.dtype)
                    else:
                        raise TypeError(f"input {a.name}: dtype {arr.dtype}, want {a.dtype}")
                if arr.shape != a.shape:
                    raise ValueError(f"input {a.name}: shape {arr.shape}, want {a.shape}")
                args.append(self.from_host(np.array(arr, order="C")))  # not ascontiguousarray: it makes 0-d arrays 1-d
            else:
                args.append(v)  # a native array, e.g. a cache returned by the previous call
        extra = set(inputs) - seen
        if extra:
            raise KeyError(f"{self.engine}: unknown inputs {sorted(extra)}")
        return args

    def call_native(self, inputs: Mapping[str, Any]) -> list[Any]:
        return self._invoke(self._prepare(inputs))

    def call(self, inputs: Mapping[str, Any]) -> list[np.ndarray]:
        return [self.to_host(x) for x in self.call_native(inputs)]


# ---------------------------------------------------------------------------
# IREE (llvm-cpu, local-task)
# ---------------------------------------------------------------------------
class IreeProgram(Program):
    engine = "iree"
    extra_args = ["--iree-llvmcpu-target-cpu=host"]
    driver = "local-task"

    _config = None
    _weight_cache: dict[tuple, Any] = {}

    @classmethod
    def config(cls):
        import iree.runtime as rt

        if IreeProgram._config is None:
            IreeProgram._config = rt.Config(cls.driver)
        return IreeProgram._config

    @classmethod
    def _compile(cls, text: str) -> bytes:
        import iree.compiler

        return iree.compiler.compile_str(
            text, input_type="stablehlo", target_backends=["llvm-cpu"], extra_args=list(cls.extra_args)
        )

    def _load(self, vmfb: bytes) -> None:
        import iree.runtime as rt

        cfg = self.config()
        self._ctx = rt.SystemContext(config=cfg)
        self._ctx.add_vm_module(rt.VmModule.copy_buffer(self._ctx.instance, vmfb))
        mod = self.sig.module_name or "module"
        self._fn = self._ctx.modules[mod]["main"]

    def from_host(self, arr: np.ndarray):
        import iree.runtime as rt

        return rt.asdevicearray(self.config().device, arr)

    def _weight_native(self, key: tuple, arr: np.ndarray):
        # Weights are never donated, so programs of one model share them.
        hit = IreeProgram._weight_cache.get(key)
        if hit is None or key[0] == "dict":
            hit = self.from_host(arr)
            if key[0] != "dict":
                IreeProgram._weight_cache[key] = hit
        return hit

    def to_host(self, x) -> np.ndarray:
        # DeviceArray.to_host() may map device memory (a view that an in-place
        # update would change later): copy.
        if hasattr(x, "to_host"):
            return np.array(x.to_host(), copy=True)
        return np.array(x, copy=True)

    def _invoke(self, args: list[Any]) -> list[Any]:
        out = self._fn(*args)
        if not isinstance(out, (tuple, list)):
            out = [out]
        return list(out)


# ---------------------------------------------------------------------------
# XLA (jaxlib CPU client)
# ---------------------------------------------------------------------------
class XlaProgram(Program):
    engine = "xla"
    _weight_cache: dict[tuple, Any] = {}

    @staticmethod
    def backend():
        from jax.extend.backend import get_backend

        return get_backend("cpu")

    @classmethod
    def device(cls):
        return cls.backend().local_devices()[0]

    @classmethod
    def _compile(cls, text: str):
        from jax._src.interpreters import mlir
        from jax._src.lib import xla_client
        from jax.extend.backend import get_compile_options
        from jax.extend.mlir import ir

        be = cls.backend()
        with mlir.make_ir_context():
            module = ir.Module.parse(text)
            opts = get_compile_options(num_replicas=1, num_partitions=1)
            return be.compile_and_load(module, xla_client.DeviceList((cls.device(),)), opts)

    def _load(self, exe) -> None:
        self._exe = exe

    def from_host(self, arr: np.ndarray):
        import jax

        return jax.device_put(arr, self.device())

    def _weight_native(self, key: tuple, arr: np.ndarray):
        hit = XlaProgram._weight_cache.get(key)
        if hit is None or key[0] == "dict":
            hit = self.from_host(arr)
            if key[0] != "dict":
                XlaProgram._weight_cache[key] = hit
        return hit

    def to_host(self, x) -> np.ndarray:
        return np.array(x, copy=True)

    def _invoke(self, args: list[Any]) -> list[Any]:
        return list(self._exe.execute(args))


# ---------------------------------------------------------------------------
# hf2hlo's built-in executor (the hf2hlo_exec module, built into build/python)
# ---------------------------------------------------------------------------
class BuiltinProgram(Program):
    engine = "builtin"

    @classmethod
    def _compile(cls, text: str):
        import hf2hlo_exec

        return hf2hlo_exec.Program(text, "program.mlir")

    def _load(self, program) -> None:
        self._prog = program

    def from_host(self, arr: np.ndarray) -> np.ndarray:
        # Aliased arguments are updated in place: give the executor its own copy.
        return np.array(arr, order="C", copy=True)

    def to_host(self, x) -> np.ndarray:
        return np.array(x, copy=True)

    def _invoke(self, args: list[Any]) -> list[Any]:
        return self._prog.run(list(args))


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
ENGINES: dict[str, Callable[[str], Program]] = {
    "builtin": BuiltinProgram,
    "iree": IreeProgram,
    "xla": XlaProgram,
}


def register_engine(name: str, factory: Callable[[str], Program]) -> None:
    """Add an engine (e.g. the built-in executor) under `name`."""
    ENGINES[name] = factory


def make_program(engine: str, text: str) -> Program:
    try:
        factory = ENGINES[engine]
    except KeyError:
        raise KeyError(f"unknown engine {engine!r}; registered: {sorted(ENGINES)}") from None
    return factory(text)


def precompile(engine: str, text: str, executor, stop: threading.Event | None = None) -> None:
    """Queue a background compile (engines without `precompile` are skipped)."""
    factory = ENGINES[engine]
    pc = getattr(factory, "precompile", None)
    if pc is not None:
        pc(text, executor, stop)
