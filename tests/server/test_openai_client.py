"""SmolLM2-135M-Instruct behind `hf2hlo serve`, driven by the official openai
client: both endpoints, streaming and not, usage, finish reasons, stop strings
across token boundaries, seeded sampling, and a sensible greedy answer."""
from __future__ import annotations

import pytest

from serverlib import SMOL_MODEL_NAME

CAPITAL = [{"role": "user", "content": "What is the capital of France?"}]
HAIKU = [{"role": "user", "content": "Write a haiku about the sea."}]
STORY = "Once upon a time, in a small village by the sea,"


@pytest.fixture(scope="module")
def client(smol_server):
    c = smol_server.openai()
    yield c
    c.close()


def _chat(client, messages, stream=False, **kw):
    """(text, finish_reason, usage) of one chat request."""
    if not stream:
        r = client.chat.completions.create(model=SMOL_MODEL_NAME, messages=messages, **kw)
        assert r.object == "chat.completion" and r.model == SMOL_MODEL_NAME and len(r.choices) == 1, r
        ch = r.choices[0]
        assert ch.index == 0 and ch.message.role == "assistant", r
        return ch.message.content, ch.finish_reason, r.usage
    text, finish, usage, saw_empty_choices = [], None, None, False
    s = client.chat.completions.create(model=SMOL_MODEL_NAME, messages=messages, stream=True,
                                       stream_options={"include_usage": True}, **kw)
    ids = set()
    for chunk in s:
        assert chunk.object == "chat.completion.chunk", chunk
        ids.add(chunk.id)
        if not chunk.choices:
            saw_empty_choices = True
            assert chunk.usage is not None, f"chunk without choices and without usage: {chunk}"
            usage = chunk.usage
            continue
        assert usage is None, "a chunk with choices came after the usage chunk"
        assert chunk.usage is None, f"usage on a chunk with choices: {chunk}"
        d = chunk.choices[0]
        if d.delta.content:
            text.append(d.delta.content)
        if d.finish_reason:
            assert finish is None, "two finish reasons"
            finish = d.finish_reason
    assert len(ids) == 1, f"chunks of one completion carry different ids: {ids}"
    assert saw_empty_choices, "include_usage gave no final usage chunk with empty choices"
    return "".join(text), finish, usage


def _complete(client, prompt, stream=False, **kw):
    """(text, finish_reason, usage) of one completions request."""
    if not stream:
        r = client.completions.create(model=SMOL_MODEL_NAME, prompt=prompt, **kw)
        assert r.object == "text_completion" and len(r.choices) == 1, r
        return r.choices[0].text, r.choices[0].finish_reason, r.usage
    text, finish, usage = [], None, None
    for chunk in client.completions.create(model=SMOL_MODEL_NAME, prompt=prompt, stream=True,
                                           stream_options={"include_usage": True}, **kw):
        if not chunk.choices:
            usage = chunk.usage
            continue
        assert usage is None, "a chunk with choices came after the usage chunk"
        text.append(chunk.choices[0].text)
        if chunk.choices[0].finish_reason:
            assert finish is None, "two finish reasons"
            finish = chunk.choices[0].finish_reason
    assert usage is not None, "include_usage gave no final usage chunk"
    return "".join(text), finish, usage


def _chat_prompt_len(tok, messages) -> int:
    return len(tok.apply_chat_template(messages, add_generation_prompt=True))


def test_health_and_models(smol_server, client):
    r = smol_server.get("/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}, r.text
    models = client.models.list()
    assert [m.id for m in models.data] == [SMOL_MODEL_NAME]
    assert models.data[0].object == "model"


def test_chat_greedy_answer_stops_at_eos(client, smol_tok):
    text, finish, usage = _chat(client, CAPITAL, temperature=0, max_tokens=64)
    assert "Paris" in text, text
    assert finish == "stop", (finish, text)
    assert usage.prompt_tokens == _chat_prompt_len(smol_tok, CAPITAL), usage
    assert 0 < usage.completion_tokens < 64, usage
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens, usage
    # The text is the tokens before EOS (re-encoding it may merge a little differently).
    assert abs(len(smol_tok.encode(text)) - (usage.completion_tokens - 1)) <= 2, (text, usage)


def test_default_max_tokens(client, smol_tok, smol_server):
    # Chat: no max_tokens means the rest of the context. A prompt 8 tokens
    # short of it gets exactly 8 (EOS ignored).
    want_new = 8
    words = smol_server.context - 40
    while True:
        messages = [{"role": "user", "content": "hello" + " hello" * words}]
        n = _chat_prompt_len(smol_tok, messages)
        if n == smol_server.context - want_new:
            break
        words += smol_server.context - want_new - n
    text, finish, usage = _chat(client, messages, temperature=0, extra_body={"ignore_eos": True})
    assert (finish, usage.prompt_tokens, usage.completion_tokens) == ("length", n, want_new), (finish, usage)
    # Completions: 16 by default.
    _, finish, usage = _complete(client, STORY, temperature=0, extra_body={"ignore_eos": True})
    assert (finish, usage.completion_tokens) == ("length", 16), (finish, usage)


@pytest.mark.parametrize("messages,max_tokens", [(CAPITAL, 64), (HAIKU, 24)], ids=["eos", "length"])
def test_chat_stream_equals_non_stream(client, smol_tok, messages, max_tokens):
    want = _chat(client, messages, temperature=0, max_tokens=max_tokens)
    got = _chat(client, messages, stream=True, temperature=0, max_tokens=max_tokens)
    assert got[0] == want[0], f"streamed {got[0]!r} != non-streamed {want[0]!r}"
    assert got[1] == want[1], (got[1], want[1])
    assert (got[2].prompt_tokens, got[2].completion_tokens, got[2].total_tokens) == (
        want[2].prompt_tokens, want[2].completion_tokens, want[2].total_tokens)
    assert got[2].prompt_tokens == _chat_prompt_len(smol_tok, messages)
    if max_tokens == 24:
        assert want[1] == "length" and want[2].completion_tokens == 24, want


def test_chat_ignore_eos_runs_to_max_tokens(client):
    text, finish, usage = _chat(client, CAPITAL, temperature=0, max_tokens=40, extra_body={"ignore_eos": True})
    assert finish == "length" and usage.completion_tokens == 40, (finish, usage)
    assert "Paris" in text
    # max_completion_tokens is the newer name of the same budget.
    _, finish, usage = _chat(client, CAPITAL, temperature=0, max_completion_tokens=5)
    assert finish == "length" and usage.completion_tokens == 5, (finish, usage)


def test_completion_length_and_stream(client, smol_tok):
    want = _complete(client, STORY, temperature=0, max_tokens=16)
    assert want[1] == "length", want
    assert want[2].prompt_tokens == len(smol_tok.encode(STORY)), want[2]
    assert want[2].completion_tokens == 16 and want[2].total_tokens == want[2].prompt_tokens + 16, want[2]
    assert want[0].strip(), want
    got = _complete(client, STORY, stream=True, temperature=0, max_tokens=16)
    assert got[0] == want[0] and got[1] == "length", (got, want)
    assert (got[2].prompt_tokens, got[2].completion_tokens) == (want[2].prompt_tokens, 16)


def test_completion_token_id_prompt(client, smol_tok):
    ids = smol_tok.encode(STORY)
    want = _complete(client, STORY, temperature=0, max_tokens=8)
    for prompt in (ids, [ids]):
        got = _complete(client, prompt, temperature=0, max_tokens=8)
        assert got[0] == want[0] and got[2].prompt_tokens == len(ids), (prompt, got, want)


def _boundary_stop(tok, text: str) -> tuple[str, str]:
    """A stop string made of the last 2 characters of one token and the first 2
    of the next (both tokens of at least 2 characters, from the middle of the
    text, and the first occurrence of the string), and the text before it."""
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
    offs = enc["offset_mapping"]
    order = sorted(range(1, len(offs) - 1), key=lambda k: abs(k - len(offs) // 2))
    for k in order:
        (a, b), (c, d) = offs[k], offs[k + 1]
        if b != c or b - a < 2 or d - c < 2:
            continue
        stop = text[b - 2:b + 2]
        if text.find(stop) == b - 2 and stop.strip() and "\ufffd" not in stop:
            return stop, text[:b - 2]
    raise AssertionError(f"no token boundary to put a stop string on in {text!r}")


@pytest.mark.parametrize("endpoint", ["completions", "chat"])
def test_stop_string_across_token_boundary(client, smol_tok, endpoint):
    if endpoint == "chat":
        def call(**kw):
            return _chat(client, HAIKU, temperature=0, **kw)
    else:
        def call(**kw):
            return _complete(client, STORY, temperature=0, **kw)

    full, finish, _ = call(max_tokens=32)
    assert finish == "length", (finish, full)
    stop, want = _boundary_stop(smol_tok, full)
    for stream in (False, True):
        text, finish, usage = call(max_tokens=32, stop=[stop], stream=stream)
        assert text == want, f"stop={stop!r} stream={stream}: got {text!r}, want {want!r}"
        assert finish == "stop", (stream, finish)
        assert usage.completion_tokens < 32, usage
    # A plain string works as well as a list; a stop string that never occurs changes nothing.
    text, finish, _ = call(max_tokens=32, stop=stop)
    assert (text, finish) == (want, "stop")
    text, finish, _ = call(max_tokens=32, stop=["\u2603never\u2603"], stream=True)
    assert (text, finish) == (full, "length")


def test_seeded_sampling_is_reproducible(client):
    kw = dict(temperature=0.8, max_tokens=16)
    a = _complete(client, STORY, seed=123, **kw)[0]
    b = _complete(client, STORY, seed=123, **kw)[0]
    assert a == b, f"seed 123 gave {a!r} then {b!r}"
    c = _complete(client, STORY, seed=123, stream=True, **kw)[0]
    assert c == a, f"seed 123 streamed {c!r}, not streamed {a!r}"
    others = [_complete(client, STORY, seed=s, **kw)[0] for s in (124, 125, 126)]
    assert any(o != a for o in others), f"seeds 123..126 all gave {a!r}"
    chat_a = _chat(client, HAIKU, seed=7, **kw)[0]
    chat_b = _chat(client, HAIKU, seed=7, **kw)[0]
    assert chat_a == chat_b, (chat_a, chat_b)
