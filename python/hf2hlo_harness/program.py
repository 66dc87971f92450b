"""Parse the signature of `func.func @main` in an emitted StableHLO text program.

Handles arguments split across lines, argument attribute dictionaries such as
`{tf.aliasing_output = 1 : i32}`, inline `loc("NAME")` locations and location
aliases (`loc(#loc3)` with `#loc3 = loc("NAME")` elsewhere in the file).
"""
from __future__ import annotations

import dataclasses
import re

import ml_dtypes
import numpy as np

DTYPES: dict[str, np.dtype] = {
    "f32": np.dtype(np.float32),
    "f16": np.dtype(np.float16),
    "bf16": np.dtype(ml_dtypes.bfloat16),
    "f64": np.dtype(np.float64),
    "i32": np.dtype(np.int32),
    "i64": np.dtype(np.int64),
    "i8": np.dtype(np.int8),
    "ui8": np.dtype(np.uint8),
    "i1": np.dtype(np.bool_),
}


class ProgramParseError(ValueError):
    pass


@dataclasses.dataclass(frozen=True)
class TensorType:
    shape: tuple[int, ...]
    elem: str  # MLIR element type, e.g. "f32", "bf16", "i32"

    @property
    def dtype(self) -> np.dtype:
        try:
            return DTYPES[self.elem]
        except KeyError:
            raise ProgramParseError(f"unsupported element type {self.elem!r}") from None

    def __str__(self) -> str:
        return "tensor<" + "".join(f"{d}x" for d in self.shape) + self.elem + ">"


@dataclasses.dataclass(frozen=True)
class Arg:
    index: int
    name: str | None  # the loc("NAME") string, None if the argument has none
    type: TensorType
    aliasing_output: int | None  # tf.aliasing_output, if present

    @property
    def shape(self) -> tuple[int, ...]:
        return self.type.shape

    @property
    def dtype(self) -> np.dtype:
        return self.type.dtype


@dataclasses.dataclass(frozen=True)
class Signature:
    module_name: str | None
    args: tuple[Arg, ...]
    results: tuple[TensorType, ...]

    def arg(self, name: str) -> Arg:
        for a in self.args:
            if a.name == name:
                return a
        raise KeyError(f"no argument named {name!r}; names: {[a.name for a in self.args]}")

    def names(self) -> list[str | None]:
        return [a.name for a in self.args]


_TENSOR_RE = re.compile(r"^tensor<\s*((?:\d+x)*)([a-z][a-z0-9]*)\s*>$")


def parse_tensor_type(text: str) -> TensorType:
    t = text.strip()
    m = _TENSOR_RE.match(t)
    if not m:
        raise ProgramParseError(f"cannot parse type {text!r} (only static ranked tensors are supported)")
    dims = tuple(int(d) for d in m.group(1).split("x") if d)
    return TensorType(dims, m.group(2))


def _match_close(text: str, i: int) -> int:
    """text[i] is an opening bracket; return the index of its matching closer.
    Tracks (), [], {}, <> and skips string literals."""
    pairs = {"(": ")", "[": "]", "{": "}", "<": ">"}
    stack = [pairs[text[i]]]
    j = i + 1
    n = len(text)
    while j < n:
        c = text[j]
        if c == '"':
            j += 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
        elif c in pairs:
            stack.append(pairs[c])
        elif c in ")]}>":
            # '->' inside a nested function type is not a closer
            if c == ">" and text[j - 1] == "-":
                pass
            else:
                if c != stack[-1]:
                    raise ProgramParseError(f"unbalanced {c!r} at offset {j}")
                stack.pop()
                if not stack:
                    return j
        j += 1
    raise ProgramParseError("unterminated bracket in @main signature")


def _split_top(text: str) -> list[str]:
    """Split on commas that are not nested inside brackets or strings."""
    parts, depth, cur, i = [], 0, [], 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            cur.append(text[i : j + 1])
            i = j + 1
            continue
        if c in "([{<":
            depth += 1
        elif c in ")]}" or (c == ">" and not (i > 0 and text[i - 1] == "-")):
            depth -= 1
        if c == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    if "".join(cur).strip():
        parts.append("".join(cur))
    return [p.strip() for p in parts]


_LOC_ALIAS_RE = re.compile(r'^(#[\w.$-]+)\s*=\s*loc\(\s*"((?:[^"\\]|\\.)*)"', re.M)
_ALIAS_ATTR_RE = re.compile(r"tf\.aliasing_output\s*=\s*(-?\d+)")
_ARG_RE = re.compile(r"^%arg(\d+)\s*:\s*(tensor<[^>]*>)\s*(\{.*\})?\s*(loc\((.*)\))?\s*$", re.S)


def _loc_name(loc_body: str | None, aliases: dict[str, str]) -> str | None:
    if loc_body is None:
        return None
    body = loc_body.strip()
    if body.startswith('"'):
        m = re.match(r'"((?:[^"\\]|\\.)*)"', body)
        return m.group(1) if m else None
    if body.startswith("#"):
        return aliases.get(body)
    return None


def parse_signature(text: str, func: str = "main") -> Signature:
    aliases = {m.group(1): m.group(2) for m in _LOC_ALIAS_RE.finditer(text)}
    mm = re.search(r"\bmodule\s+@([\w$.-]+)", text)
    module_name = mm.group(1) if mm else None
    fm = re.search(r"func\.func\s+(?:public\s+|private\s+)?@" + re.escape(func) + r"\s*\(", text)
    if not fm:
        raise ProgramParseError(f"no func.func @{func} found")
    open_i = fm.end() - 1
    close_i = _match_close(text, open_i)
    args_text = text[open_i + 1 : close_i]
    args: list[Arg] = []
    for k, part in enumerate(_split_top(args_text)):
        m = _ARG_RE.match(part)
        if not m:
            raise ProgramParseError(f"cannot parse argument {k}: {part!r}")
        idx = int(m.group(1))
        if idx != k:
            raise ProgramParseError(f"argument {k} is named %arg{idx}")
        ttype = parse_tensor_type(m.group(2))
        alias = None
        if m.group(3):
            am = _ALIAS_ATTR_RE.search(m.group(3))
            if am:
                alias = int(am.group(1))
        args.append(Arg(idx, _loc_name(m.group(5), aliases), ttype, alias))
    rest = text[close_i + 1 :]
    rm = re.match(r"\s*->\s*", rest)
    results: list[TensorType] = []
    if rm:
        p = rm.end()
        if rest[p] == "(":
            q = _match_close(rest, p)
            items = _split_top(rest[p + 1 : q])
        else:
            m2 = re.match(r"tensor<[^>]*>", rest[p:])
            if not m2:
                raise ProgramParseError("cannot parse the result type of @main")
            items = [m2.group(0)]
        for it in items:
            tm = re.match(r"tensor<[^>]*>", it.strip())
            if not tm:
                raise ProgramParseError(f"cannot parse result type {it!r}")
            results.append(parse_tensor_type(tm.group(0)))
    sig = Signature(module_name, tuple(args), tuple(results))
    for a in sig.args:
        if a.aliasing_output is not None:
            if not 0 <= a.aliasing_output < len(results):
                raise ProgramParseError(f"%arg{a.index} aliases result {a.aliasing_output}, out of range")
            if results[a.aliasing_output] != a.type:
                raise ProgramParseError(
                    f"%arg{a.index} ({a.type}) aliases result {a.aliasing_output} ({results[a.aliasing_output]})"
                )
    return sig
