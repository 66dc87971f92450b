"""Exactness of the C++ tokenizer (hf2hlo_tokenizer) against HF `tokenizers`.

For every tokenizer.json the tests can obtain (SmolLM2's from the prepare
script's cache, plus byte-level and SentencePiece-style BPE tokenizers trained
here with the `tokenizers` library, so nothing depends on a download), on a
deterministic corpus of a few thousand strings:

- ids identical with add_special_tokens on and off, and with special-token text
  treated as plain text (allow_special=False vs HF encode_special_tokens=True);
- decode identical (skip_special_tokens on and off), also for random id lists;
- streaming decode: every chunk is valid UTF-8 and the chunks concatenate to
  the full decode.

Run: PYTHONPATH=python:build/python .venv/bin/python -m pytest tests/tokenizer -q
"""

import json
import os
import random
import time

import pytest

import hf2hlo_tokenizer  # built into build/python; a missing module is a failure, not a skip
from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
from tokenizers import pre_tokenizers, processors, trainers

from hf2hlo_harness.smollm2 import smollm2_dir

SMOLLM2_DIR = smollm2_dir()

# Llama-3 style split regex (needs look-ahead and case-insensitive groups).
LLAMA3_SPLIT = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?"
                r"[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")

SPECIALS = ["<|im_start|>", "<|im_end|>", "<|endoftext|>", "<s>", "</s>", "<unk>"]

# ---------------------------------------------------------------- corpus

WORDS = {
    "latin": ["café", "naïve", "résumé", "Straße", "größer", "señor", "año", "façade", "über",
              "Ærøskøbing", "Łódź", "český", "the", "quick", "brown", "fox", "jumps", "over",
              "lazy", "dog", "Hello", "WORLD", "it's", "I'm", "we'll", "they've", "don't",
              "e\u0301", "cafe\u0301", "A\u030a"],
    "cjk": ["日本語", "東京", "中文", "汉字", "한국어", "서울", "ひらがな", "カタカナ", "漢字仮名",
            "你好世界", "今日は良い天気です", "。", "、", "「引用」"],
    "cyrillic": ["Привет", "мир", "Москва", "ёжик", "Україна", "їжак", "СЛОВО", "щука"],
    "arabic": ["مرحبا", "بالعالم", "العربية", "كتاب", "السلام عليكم", "١٢٣", "٤٥٦"],
    "hindi": ["नमस्ते", "दुनिया", "हिन्दी", "भारत", "क्षत्रिय", "१२३"],
    "other": ["Ελληνικά", "עברית", "ภาษาไทย", "ქართული", "Հայերեն", "தமிழ்", "বাংলা"],
}
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👩🏿‍💻", "🇫🇷", "🇯🇵", "❤️", "🧑‍🤝‍🧑", "✨", "🤖", "1️⃣",
         "👁‍🗨", "🫠"]
CODE = [
    "def f(x):\n    return x ** 2  # square\n",
    "for (int i = 0; i < n; ++i) {\n\tsum += a[i];\n}",
    "const x = {a: 1, \"b\": [2, 3]};",
    "SELECT * FROM users WHERE id = 42;",
    "#include <stdio.h>\nint main() { printf(\"%d\\n\", 1); }",
    "if x != None and y >= 3:\n        pass",
    "<div class=\"x\">&nbsp;</div>",
    "λx. x + 1 → ∀y ∈ ℝ",
    "   indented\n\n\n\ttabbed\r\nwindows",
]
WHITESPACE = [" ", "  ", "   ", "\t", "\n", "\r\n", "\n\n", " \t ", "\u00a0", "\u3000", "\u2009",
              "\u200b", "\u0085", "\u2028", "\u180e", "\x0b", "\x0c"]
PUNCT = list(".,;:!?'\"()[]{}<>-_=+*/\\|@#$%^&~`") + ["...", "--", "—", "«", "»", "¿", "¡"]


def random_unicode(rng, n):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.4:
            cp = rng.randint(0x20, 0x2FF)
        elif r < 0.8:
            cp = rng.randint(0x300, 0xD7FF)
        elif r < 0.95:
            cp = rng.randint(0xE000, 0xFFFD)
        else:
            # Planes 1-3, including code points newer than the system PCRE2's
            # Unicode tables (the tokenizer extends \p{..} to match Oniguruma).
            cp = rng.randint(0x10000, 0x323AF)
        out.append(chr(cp))
    return "".join(out)


def make_corpus(n=2400, seed=1234):
    rng = random.Random(seed)
    all_words = [w for ws in WORDS.values() for w in ws]
    corpus = []
    fixed = ["", " ", "a", "Hello world!", "  leading", "trailing  ", "\n", "<|im_start|>",
             "<|im_start|>user\nHi there<|im_end|>\n<|im_start|>assistant\n",
             "text<|im_end|>more", " <|im_end|> ", "<|im_start|<|im_start|>>", "<s> </s><unk>",
             "<mask>", " <mask> x", "a<mask>b", "foo hello bar", "hellohello", "_hello_",
             "0123456789" * 5, "1,000,000.00", "3.14159", "x" * 300, " " * 40, "\t" * 10,
             "\n" * 12, "🤖" * 20, "\u00e9", "e\u0301", "ﬁ ﬂ ① ㎏ Ⅻ ｆｕｌｌ"]
    corpus.extend(fixed)
    kinds = ["latin", "cjk", "cyrillic", "arabic", "hindi", "other", "digits", "ws", "emoji",
             "code", "special", "random", "mixed"]
    while len(corpus) < n:
        kind = kinds[len(corpus) % len(kinds)]
        if kind in WORDS:
            parts = [rng.choice(WORDS[kind]) for _ in range(rng.randint(1, 8))]
            s = "".join(p + rng.choice([" ", " ", " ", ", ", ". ", "", "\n"]) for p in parts)
        elif kind == "digits":
            s = " ".join(str(rng.randint(0, 10 ** rng.randint(1, 20))) for _ in
                         range(rng.randint(1, 4)))
            s = rng.choice(["", "x", "v", "$", "№"]) + s + rng.choice(["", "%", "px", "."])
        elif kind == "ws":
            s = "".join(rng.choice(WHITESPACE) * rng.randint(1, 4) + rng.choice(all_words)
                        for _ in range(rng.randint(1, 4)))
            s += rng.choice(WHITESPACE) * rng.randint(0, 3)
        elif kind == "emoji":
            s = "".join(rng.choice(EMOJI) + rng.choice(["", " ", "", "a"]) for _ in
                        range(rng.randint(1, 6)))
        elif kind == "code":
            s = rng.choice(CODE)
            if rng.random() < 0.5:
                s = s.replace("x", rng.choice(all_words))
        elif kind == "special":
            s = "".join(rng.choice(SPECIALS + ["<|im_", "im_end|>", "<mask>", " ", "\n", "hi",
                                               "hello", "user", "日本"])
                        for _ in range(rng.randint(1, 8)))
        elif kind == "random":
            s = random_unicode(rng, rng.randint(1, 30))
        else:
            pool = all_words + EMOJI + PUNCT + WHITESPACE + SPECIALS + ["123", "4567", "'s"]
            s = "".join(rng.choice(pool) for _ in range(rng.randint(1, 15)))
        corpus.append(s)
    return corpus


CORPUS = make_corpus()


# ---------------------------------------------------------------- tokenizers

def _reload(tok, edit=None):
    """Round-trips through JSON (optionally editing it), as a file would be read."""
    data = json.loads(tok.to_str())
    if edit:
        edit(data)
    text = json.dumps(data, ensure_ascii=False)
    return text, Tokenizer.from_str(text)


def train_byte_level(split_regex, add_prefix_space, ignore_merges):
    tok = Tokenizer(models.BPE())
    if split_regex:
        tok.pre_tokenizer = pre_tokenizers.Sequence([
            pre_tokenizers.Split(Regex(LLAMA3_SPLIT), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ])
    else:
        tok.normalizer = normalizers.NFC()
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=add_prefix_space)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=1500, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  special_tokens=["<|begin_of_text|>", "<|im_start|>",
                                                  "<|im_end|>"])
    tok.train_from_iterator(CORPUS[::2], trainer=trainer)
    tok.add_tokens([AddedToken("<mask>", lstrip=True, rstrip=True, normalized=False),
                    AddedToken("hello", single_word=True, normalized=True)])
    tok.post_processor = processors.Sequence([
        processors.ByteLevel(trim_offsets=False),
        processors.TemplateProcessing(single="<|begin_of_text|> $A", pair="$A $B",
                                      special_tokens=[("<|begin_of_text|>", 0)]),
    ])

    def edit(data):
        data["model"]["ignore_merges"] = ignore_merges
    return _reload(tok, edit)


def train_sentencepiece(metaspace):
    tok = Tokenizer(models.BPE(unk_token="<unk>", byte_fallback=True, fuse_unk=True))
    if metaspace:
        tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="first")
        tok.decoder = decoders.Sequence([decoders.ByteFallback(),
                                         decoders.Metaspace(replacement="▁",
                                                            prepend_scheme="first")])
    else:
        tok.normalizer = normalizers.Sequence([normalizers.Prepend("▁"),
                                               normalizers.Replace(" ", "▁")])
        tok.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(),
                                         decoders.Fuse(), decoders.Strip(" ", 1, 0)])
    # Few initial characters, so that byte fallback is exercised a lot.
    trainer = trainers.BpeTrainer(vocab_size=1200, show_progress=False, limit_alphabet=150,
                                  special_tokens=["<unk>", "<s>", "</s>"])
    tok.train_from_iterator(CORPUS[1::2], trainer=trainer)
    tok.add_tokens([AddedToken("<mask>", lstrip=True, normalized=False, special=False)])
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A </s> $B", special_tokens=[("<s>", 1), ("</s>", 2)])

    def edit(data):  # SentencePiece byte tokens live in the model vocab
        vocab = data["model"]["vocab"]
        next_id = max(max(vocab.values()), max(t["id"] for t in data["added_tokens"])) + 1
        for b in range(256):
            vocab.setdefault(f"<0x{b:02X}>", next_id + b)
    return _reload(tok, edit)


def smollm2():
    path = os.path.join(SMOLLM2_DIR, "tokenizer.json")
    if not os.path.isfile(path):
        pytest.skip(f"SmolLM2 tokenizer not prepared ({path} missing): run "
                    "scripts/prepare_smollm2.py")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text, Tokenizer.from_str(text)


TOKENIZERS = {
    "smollm2": smollm2,
    "bytelevel_llama3_split": lambda: train_byte_level(True, False, True),
    "bytelevel_gpt2_prefix_nfc": lambda: train_byte_level(False, True, False),
    "sentencepiece_prepend_bytefallback": lambda: train_sentencepiece(False),
    "sentencepiece_metaspace_bytefallback": lambda: train_sentencepiece(True),
}


@pytest.fixture(scope="module", params=sorted(TOKENIZERS))
def pair(request):
    text, hf = TOKENIZERS[request.param]()
    return request.param, hf, hf2hlo_tokenizer.Tokenizer.from_str(text), text


# ---------------------------------------------------------------- tests

def _first_mismatch(name, label, expected, got, texts):
    for t, a, b in zip(texts, expected, got):
        if a != b:
            return f"{name} {label}: {t!r}\n  HF:     {a}\n  hf2hlo: {b}"
    return None


def test_corpus_size():
    assert len(CORPUS) >= 2000
    assert len(set(CORPUS)) > 1900


@pytest.mark.parametrize("add_special", [True, False])
def test_encode_identical(pair, add_special):
    name, hf, ours, _ = pair
    expected = [e.ids for e in hf.encode_batch(CORPUS, add_special_tokens=add_special)]
    got = [ours.encode(t, add_special_tokens=add_special) for t in CORPUS]
    assert expected == got, _first_mismatch(name, f"add_special={add_special}", expected, got,
                                            CORPUS)


def test_encode_special_text_is_plain_text(pair):
    name, hf, ours, text = pair
    plain = Tokenizer.from_str(text)
    plain.encode_special_tokens = True
    expected = [e.ids for e in plain.encode_batch(CORPUS, add_special_tokens=False)]
    got = [ours.encode(t, add_special_tokens=False, allow_special=False) for t in CORPUS]
    assert expected == got, _first_mismatch(name, "allow_special=False", expected, got, CORPUS)
    if name != "smollm2":
        return  # trained vocabularies learn "</s>" etc. as ordinary merges of the corpus text
    special_ids = {i for i in range(ours.vocab_size) if ours.is_special(i)}
    assert special_ids
    for ids in got:
        assert not special_ids.intersection(ids)


def _random_id_lists(hf, n, seed):
    rng = random.Random(seed)
    size = hf.get_vocab_size(with_added_tokens=True)
    return [[rng.randrange(size) for _ in range(rng.randint(1, 12))] for _ in range(n)]


@pytest.mark.parametrize("skip", [False, True])
def test_decode_identical(pair, skip):
    name, hf, ours, _ = pair
    id_lists = [e.ids for e in hf.encode_batch(CORPUS)] + _random_id_lists(hf, 600, 7)
    expected = hf.decode_batch(id_lists, skip_special_tokens=skip)
    got = [ours.decode(ids, skip_special_tokens=skip) for ids in id_lists]
    assert expected == got, _first_mismatch(name, f"decode skip={skip}", expected, got,
                                            id_lists)


@pytest.mark.parametrize("skip", [False, True])
def test_stream_decode(pair, skip):
    name, hf, ours, _ = pair
    id_lists = [e.ids for e in hf.encode_batch(CORPUS)] + _random_id_lists(hf, 300, 11)
    expected = hf.decode_batch(id_lists, skip_special_tokens=skip)
    for ids, want in zip(id_lists, expected):
        stream = hf2hlo_tokenizer.StreamDecoder(ours, skip_special_tokens=skip)
        chunks = [stream.step(i) for i in ids] + [stream.finish()]
        for chunk in chunks:
            chunk.decode("utf-8")  # strict: raises on a broken sequence
        assert b"".join(chunks).decode("utf-8") == want, (name, ids)


def test_byte_level_round_trip(pair):
    """Byte-level BPE without a normalizer gives the text back exactly."""
    name, hf, ours, _ = pair
    if not name.startswith("bytelevel_llama3") and name != "smollm2":
        pytest.skip("SentencePiece unk / NFC normalization are lossy by design")
    for t in CORPUS:
        if "<mask>" not in t:  # an added token with lstrip / rstrip eats spaces
            assert ours.decode(ours.encode(t, add_special_tokens=False)) == t, (name, t)


def test_encode_speed(pair):
    name, hf, ours, _ = pair
    text = "\n".join(CORPUS)
    text = (text * (1_000_000 // len(text.encode()) + 1))[:1_000_000]
    start = time.perf_counter()
    ids = ours.encode(text, add_special_tokens=False)
    elapsed = time.perf_counter() - start
    assert ids
    assert elapsed < 1.0, f"{name}: encoding 1 MB took {elapsed:.2f}s"


def test_errors_name_json_paths():
    _, hf = train_byte_level(True, False, True)
    data = json.loads(hf.to_str())
    data["pre_tokenizer"]["pretokenizers"][1]["type"] = "Whitespace"
    with pytest.raises(ValueError, match=r"pre_tokenizer\.pretokenizers\[1\]"):
        hf2hlo_tokenizer.Tokenizer.from_str(json.dumps(data))
    data = json.loads(hf.to_str())
    data["model"]["type"] = "Unigram"
    with pytest.raises(ValueError, match=r"model\.type"):
        hf2hlo_tokenizer.Tokenizer.from_str(json.dumps(data))
    with pytest.raises(ValueError, match="invalid JSON"):
        hf2hlo_tokenizer.Tokenizer.from_str("{")


@pytest.mark.parametrize("form", ["NFC", "NFD", "NFKC", "NFKD"])
def test_unicode_normalizers_on_every_code_point(form):
    """Byte-level ids with no merges spell out the normalized text byte by byte."""
    alphabet = pre_tokenizers.ByteLevel.alphabet()
    tok = Tokenizer(models.BPE(vocab={c: i for i, c in enumerate(sorted(alphabet))}, merges=[]))
    tok.normalizer = getattr(normalizers, form)()
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    tok.decoder = decoders.ByteLevel()
    ours = hf2hlo_tokenizer.Tokenizer.from_str(tok.to_str())
    cps = [c for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF]
    items = []
    for c in cps:
        items += [chr(c), "a" + chr(c) + "\u0301", "\u1100" + chr(c) + "\u0334\u0301"]
    chunks = ["\n".join(items[i:i + 20000]) for i in range(0, len(items), 20000)]
    expected = [e.ids for e in tok.encode_batch(chunks, add_special_tokens=False)]
    got = [ours.encode(c, add_special_tokens=False) for c in chunks]
    for chunk, a, b in zip(chunks, expected, got):
        if a != b:
            items_a = tok.decode(a).split("\n")
            items_b = ours.decode(b).split("\n")
            first = next(k for k, (x, y) in enumerate(zip(items_a, items_b)) if x != y)
            pytest.fail(f"{form}: {chunk.split(chr(10))[first]!r} -> HF {items_a[first]!r}, "
                        f"hf2hlo {items_b[first]!r}")
