"""The C++ chat-template renderer (hf2hlo_chat) against transformers' own.

Every template under templates/ is rendered for a set of conversations, with
and without the generation prompt, by transformers (render_jinja_template,
what apply_chat_template(tokenize=False) calls) and by hf2hlo_chat; the text
must match byte for byte. A template that raises must raise in both, and a
raise_exception(...) message must be the same.
"""

import copy
import os
import json
import pathlib

import pytest

import hf2hlo_chat  # built into build/python; a missing module is a failure, not a skip
import jinja2
from transformers.utils.chat_template_utils import render_jinja_template  # noqa: E402

TEMPLATES = sorted((pathlib.Path(__file__).parent / "templates").glob("*.jinja"))
# The real SmolLM2 template as converted by scripts/prepare_smollm2.py (make
# chat prepares it); the test below fails if it is missing.
SMOLLM2_TEMPLATE = pathlib.Path(os.environ.get("HF2HLO_CACHE") or pathlib.Path.home() / ".cache" / "hf2hlo",
                                "SmolLM2-135M-Instruct", "chat_template.jinja")
if SMOLLM2_TEMPLATE.is_file():
    TEMPLATES.append(SMOLLM2_TEMPLATE)

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather in a given location. Ünïcode: ☀️",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "City name, e.g. Paris"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "Unit"},
                "days": {"type": ["integer", "null"], "description": "Days ahead"},
                "hours": {"type": "array", "items": {"type": "number"}, "description": "Hours"},
            },
            "required": ["location"],
        },
    },
}
SEARCH_TOOL = {
    "type": "function",
    "function": {
        "name": "search",
        "description": "  Search the web.  ",
        "parameters": {
            "type": "object",
            "properties": {"query": {"type": "string", "description": "What to look for"},
                           "limit": {"type": "integer", "description": "At most", "default": 3.5}},
            "required": ["query", "limit"],
        },
    },
}
TOOL_CALL = {
    "id": "call12345",
    "type": "function",
    "function": {"name": "get_weather", "arguments": {"location": "Paris", "unit": "celsius",
                                                      "days": None, "hours": [1.5, 2, 1e-7]}},
}

SPECIAL = "Stop <|im_end|><|eot_id|></s><s>[INST] <start_of_turn>user <｜end▁of▁sentence｜> here."
UNICODE = "Héllo wörld — 世界 🎉 \u00e9\u0301 'quotes' \"double\" \\ back\ttab"
BRACES = "Literal {{ messages }} and {% if x %} and {# c #} and }} {{ stay as text"

CONVERSATIONS = {
    "user_only": [{"role": "user", "content": "Hello!"}],
    "system_user": [{"role": "system", "content": "You are terse."},
                    {"role": "user", "content": "What is 2+2?"}],
    "multi_turn": [{"role": "system", "content": "  Be nice.  "},
                   {"role": "user", "content": "Hi"},
                   {"role": "assistant", "content": " Hello! How can I help? "},
                   {"role": "user", "content": "Tell me a joke.\n"}],
    "multi_turn_no_system": [{"role": "user", "content": "Hi"},
                             {"role": "assistant", "content": "<think>hmm</think>\n\nHello."},
                             {"role": "user", "content": "Again"}],
    "special_tokens": [{"role": "user", "content": SPECIAL}],
    "unicode": [{"role": "system", "content": UNICODE},
                {"role": "user", "content": UNICODE}],
    "braces": [{"role": "user", "content": BRACES},
               {"role": "assistant", "content": BRACES},
               {"role": "user", "content": "ok"}],
    "not_alternating": [{"role": "user", "content": "one"}, {"role": "user", "content": "two"}],
    "tools": [{"role": "system", "content": "Use tools."},
              {"role": "user", "content": "Weather in Paris?"}],
    "tool_call": [{"role": "user", "content": "Weather in Paris?"},
                  {"role": "assistant", "content": None, "tool_calls": [TOOL_CALL]},
                  {"role": "tool", "tool_call_id": "call12345", "content": "22 degrees"},
                  {"role": "assistant", "content": "It is 22 degrees."},
                  {"role": "user", "content": "Thanks"}],
    "content_parts": [{"role": "user", "content": [{"type": "text", "text": " Describe "},
                                                   {"type": "image"},
                                                   {"type": "text", "text": "this."}]}],
    "empty": [],
}
TOOLS = {"tools": [WEATHER_TOOL, SEARCH_TOOL], "tool_call": [WEATHER_TOOL]}
EXTRA = {"bos_token": "<s>", "eos_token": "</s>"}


def render_hf(template, messages, tools, add_generation_prompt):
    try:
        out = render_jinja_template(conversations=[copy.deepcopy(messages)], tools=tools,
                                    chat_template=template,
                                    add_generation_prompt=add_generation_prompt, **EXTRA)
        return ("ok", out[0][0])
    except jinja2.exceptions.UndefinedError as e:
        return ("error", type(e).__name__, str(e))
    except jinja2.exceptions.TemplateError as e:  # raise_exception
        return ("raise", str(e))
    except Exception as e:  # noqa: BLE001 - any Python error in the template
        return ("error", type(e).__name__, str(e))


def render_cpp(template, messages, tools, add_generation_prompt):
    context = {"messages": messages, "tools": tools, "documents": None,
               "add_generation_prompt": add_generation_prompt, **EXTRA}
    try:
        return ("ok", hf2hlo_chat.render(template, context))
    except hf2hlo_chat.TemplateError as e:
        return ("error", str(e))


CASES = [(t, c, g) for t in TEMPLATES for c in CONVERSATIONS for g in (False, True)]


@pytest.mark.parametrize("path,conv,gen", CASES,
                         ids=[f"{t.stem}-{c}-{'gen' if g else 'nogen'}" for t, c, g in CASES])
def test_matches_transformers(path, conv, gen):
    template = path.read_text()
    messages = CONVERSATIONS[conv]
    tools = TOOLS.get(conv)
    want = render_hf(template, messages, tools, gen)
    got = render_cpp(template, messages, tools, gen)
    if want[0] == "ok":
        assert got == want
        for m in messages:  # message text is data: it appears verbatim or not at all
            if m.get("content") in (SPECIAL, BRACES) and m["content"] in want[1]:
                assert m["content"] in got[1]
    elif want[0] == "raise":
        assert got[0] == "error", f"transformers raised {want[1]!r}, hf2hlo rendered"
        assert got[1].endswith(": " + want[1]), (got[1], want[1])
    else:
        assert got[0] == "error", f"transformers failed with {want}, hf2hlo rendered {got}"


def test_every_template_renders_something():
    """Each checked-in template renders at least the basic conversations."""
    assert len(TEMPLATES) >= 11
    for path in TEMPLATES:
        ok = [c for c in CONVERSATIONS
              if render_hf(path.read_text(), CONVERSATIONS[c], TOOLS.get(c), True)[0] == "ok"]
        assert len(ok) >= 5, (path.name, ok)


def test_smollm2_exact_prompt():
    template = (pathlib.Path(__file__).parent / "templates" / "smollm2.jinja").read_text()
    out = hf2hlo_chat.render(template, {"messages": [{"role": "user", "content": "Hi"}],
                                        "add_generation_prompt": True})
    assert out == ("<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by "
                   "Hugging Face<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
                   "<|im_start|>assistant\n")


def test_real_smollm2_template_is_covered():
    assert SMOLLM2_TEMPLATE.is_file(), f"{SMOLLM2_TEMPLATE} missing: run scripts/prepare_smollm2.py"
    assert SMOLLM2_TEMPLATE in TEMPLATES
