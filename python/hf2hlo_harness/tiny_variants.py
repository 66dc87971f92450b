"""The tiny variant table: every variant's model type, config overrides and
storage dtype, in the order that fixes each variant's seed (variant_seed), plus
the window, legacy and remote-code lists derived from it. tiny.py builds, saves
and loads the models; it re-exports every name defined here.

Append new variants at the end: a variant's seed is its index in VARIANTS, so
inserting one would change every later variant's weights and goldens.
"""
from __future__ import annotations

from typing import Any

SEED = 1234

_BASE: dict[str, Any] = dict(
    vocab_size=256,
    hidden_size=64,
    intermediate_size=128,
    num_hidden_layers=2,
    num_attention_heads=4,
    num_key_value_heads=2,
    head_dim=16,
    max_position_embeddings=256,
    rms_norm_eps=1e-5,
    rope_theta=10000.0,
    # Larger than HF's 0.02 so that logits and attention scores have a real
    # spread (logit std ~1) and greedy choices are not near-ties.
    initializer_range=0.1,
    hidden_act="silu",
    bos_token_id=None,
    eos_token_id=None,
    pad_token_id=None,
)

# variant -> (model_type, config overrides, storage dtype)
VARIANTS: dict[str, tuple[str, dict[str, Any], str]] = {
    "llama": ("llama", dict(tie_word_embeddings=True), "f32"),
    "llama_untied": ("llama", dict(tie_word_embeddings=False), "f32"),
    "llama_bias": ("llama", dict(tie_word_embeddings=False, attention_bias=True, mlp_bias=True), "f32"),
    "llama_bf16": ("llama", dict(tie_word_embeddings=False), "bf16"),
    "llama3_scaling": (
        "llama",
        dict(
            tie_word_embeddings=False,
            rope_theta=500000.0,
            rope_scaling={
                "rope_type": "llama3",
                "factor": 8.0,
                "low_freq_factor": 1.0,
                "high_freq_factor": 4.0,
                "original_max_position_embeddings": 32,
            },
        ),
        "f32",
    ),
    "llama_linear": ("llama", dict(tie_word_embeddings=False, rope_scaling={"type": "linear", "factor": 2.0}), "f32"),
    "mistral_window": ("mistral", dict(tie_word_embeddings=False, sliding_window=8, num_hidden_layers=3), "f32"),
    "qwen2": ("qwen2", dict(tie_word_embeddings=True), "f32"),
    "qwen2_window": (
        "qwen2",
        dict(
            tie_word_embeddings=True,
            use_sliding_window=True,
            sliding_window=8,
            max_window_layers=1,
            num_hidden_layers=3,
        ),
        "f32",
    ),
    # ---- families added after the first nine (append only: variant_seed uses the index) ----
    # gemma reads hidden_act (hidden_activation is ignored by 4.57); both are set
    # to the same value so the config is unambiguous for any reader.
    "gemma": (
        "gemma",
        dict(hidden_act="gelu_pytorch_tanh", hidden_activation="gelu_pytorch_tanh", tie_word_embeddings=True),
        "f32",
    ),
    "gemma_gelu": ("gemma", dict(hidden_act="gelu", hidden_activation="gelu", tie_word_embeddings=True), "f32"),
    "gemma2": (
        "gemma2",
        dict(
            num_hidden_layers=3,  # layer_types default: even layers slide
            sliding_window=8,
            query_pre_attn_scalar=24,
            attn_logit_softcapping=2.0,
            final_logit_softcapping=3.0,
            hidden_activation="gelu_pytorch_tanh",
            tie_word_embeddings=True,
        ),
        "f32",
    ),
    "gemma3": (
        "gemma3_text",
        dict(
            num_hidden_layers=3,
            layer_types=["sliding_attention", "full_attention", "sliding_attention"],
            sliding_window=8,
            rope_theta=1000000.0,  # global (full) layers, with rope_scaling
            rope_local_base_freq=10000.0,  # sliding layers, unscaled
            rope_scaling={"rope_type": "linear", "factor": 8.0},
            query_pre_attn_scalar=24,
            hidden_activation="gelu_pytorch_tanh",
            tie_word_embeddings=True,
        ),
        "f32",
    ),
    "qwen3": ("qwen3", dict(head_dim=24, tie_word_embeddings=False), "f32"),
    "smollm3": ("smollm3", dict(num_hidden_layers=4, no_rope_layers=[1, 1, 1, 0], tie_word_embeddings=True), "f32"),
    "olmo2": ("olmo2", dict(tie_word_embeddings=False), "f32"),
    "olmo3": (
        "olmo3",
        dict(
            num_hidden_layers=4,  # layer_types default: (i+1) % 4 != 0 slides -> 0,1,2 slide, 3 full
            sliding_window=8,
            rope_scaling={"rope_type": "linear", "factor": 2.0},  # full layers only
            tie_word_embeddings=False,
        ),
        "f32",
    ),
    "seed_oss": (
        "seed_oss",
        dict(head_dim=24, attention_bias=True, attention_out_bias=False, tie_word_embeddings=False),
        "f32",
    ),
    # remote: config.json / weight names in the hub layout, oracle Qwen2ForCausalLM
    "mimo": ("mimo", dict(num_nextn_predict_layers=1, tie_word_embeddings=False), "f32"),
    # remote: oracle LlamaForCausalLM(attention_bias=qkv_bias|bias, mlp_bias=bias)
    "internlm3": (
        "internlm3",
        dict(
            qkv_bias=True,
            bias=True,
            head_dim=16,
            rope_scaling={"rope_type": "dynamic", "factor": 2.0},
            tie_word_embeddings=False,
        ),
        "f32",
    ),
    # remote: EXAONE 3.x config keys and transformer.h.N.* weight names, oracle LlamaForCausalLM
    "exaone": (
        "exaone",
        dict(
            rope_theta=500000.0,
            rope_scaling={
                "rope_type": "llama3",
                "factor": 8.0,
                "low_freq_factor": 1.0,
                "high_freq_factor": 4.0,
                "original_max_position_embeddings": 32,
            },
            tie_word_embeddings=False,
        ),
        "f32",
    ),
    "exaone4": (
        "exaone4",
        dict(
            num_hidden_layers=4,  # 0,1,2 sliding with RoPE; 3 full and NoPE
            sliding_window=8,
            sliding_window_pattern=4,
            tie_word_embeddings=False,
        ),
        "f32",
    ),
    "cohere": (
        "cohere",
        dict(logit_scale=0.25, use_qk_norm=False, layer_norm_eps=1e-5, tie_word_embeddings=True),
        "f32",
    ),
    "cohere2": (
        "cohere2",
        dict(
            num_hidden_layers=4,  # 0,1,2 sliding with (interleaved) RoPE; 3 full and NoPE
            sliding_window=8,
            sliding_window_pattern=4,
            logit_scale=0.25,
            layer_norm_eps=1e-5,
            tie_word_embeddings=True,
        ),
        "f32",
    ),
    "phi3": (
        "phi3",
        dict(partial_rotary_factor=0.5, original_max_position_embeddings=256, tie_word_embeddings=False),
        "f32",
    ),
    "phi3_window": (
        "phi3",
        dict(sliding_window=8, num_hidden_layers=3, original_max_position_embeddings=256, tie_word_embeddings=False),
        "f32",
    ),
    "stablelm": (
        "stablelm",
        dict(
            partial_rotary_factor=0.25,
            use_qkv_bias=True,
            use_parallel_residual=False,
            layer_norm_eps=1e-5,
            tie_word_embeddings=False,
        ),
        "f32",
    ),
    "stablelm_parallel": (
        "stablelm",
        dict(use_parallel_residual=True, use_qkv_bias=False, layer_norm_eps=1e-5, tie_word_embeddings=True),
        "f32",
    ),
    "starcoder2": (
        "starcoder2",
        dict(
            use_bias=True,
            sliding_window=8,
            hidden_act="gelu_pytorch_tanh",
            num_hidden_layers=3,
            norm_epsilon=1e-5,
            tie_word_embeddings=True,
        ),
        "f32",
    ),
    "granite": (
        "granite",
        dict(
            embedding_multiplier=3.0,
            attention_multiplier=0.1,
            residual_multiplier=0.5,
            logits_scaling=2.0,
            tie_word_embeddings=False,
        ),
        "f32",
    ),
    # remote: MiniCPM v1 (tie_word_embeddings left out of config.json: the remote
    # default is True), oracle GraniteForCausalLM (docs/layer-math.md, "MiniCPM v1")
    "minicpm": ("minicpm", dict(scale_emb=3.0, dim_model_base=16, scale_depth=1.4), "f32"),
}

# gemma3 with an attention soft-cap small enough to bite, which HF 4.57.6's
# Gemma3Attention stores but never applies (hf2hlo ignores it likewise)
VARIANTS["gemma3_softcap"] = ("gemma3_text", dict(VARIANTS["gemma3"][1], attn_logit_softcapping=2.0), "f32")
# exaone4 whose HF model has explicit layer_types and whose saved config.json
# has only the equivalent letter pattern (SAVED_CONFIG_EDITS)
VARIANTS["exaone4_letters"] = (
    "exaone4",
    dict(
        num_hidden_layers=4,  # 0,1 sliding with RoPE; 2,3 full and NoPE
        sliding_window=8,
        layer_types=["sliding_attention", "sliding_attention", "full_attention", "full_attention"],
        tie_word_embeddings=False,
    ),
    "f32",
)

# variant -> (keys dropped, keys set) in the config.json that save_variant
# writes, for a config form HF 4.57.6 cannot load: the HF model and load_hf
# use the variant's explicit config instead (make_config). "LLGL": L slides,
# G is global, and the last layer is always global (Exaone4Config's
# docstring), which is exaone4_letters' layer_types, not the default pattern 4.
SAVED_CONFIG_EDITS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "exaone4_letters": (("layer_types",), {"sliding_window_pattern": "LLGL"}),
}

WINDOW_VARIANTS = [
    "mistral_window",
    "qwen2_window",
    "gemma2",
    "gemma3",
    "olmo3",
    "exaone4",
    "cohere2",
    "phi3_window",
    "starcoder2",
    "exaone4_letters",
]

# The model types of the first nine variants: their configs are built exactly
# as before (no key filtering), so their saved folders do not change.
_LEGACY_TYPES = ("llama", "mistral", "qwen2")

# remote model_type -> in-library oracle model_type
REMOTE_ORACLE = {"mimo": "qwen2", "internlm3": "llama", "exaone": "llama", "minicpm": "granite"}
REMOTE_VARIANTS = [v for v, (mt, _, _) in VARIANTS.items() if mt in REMOTE_ORACLE]

# A window larger than any test prompt or context: remove_window=True sets this
# for the newer families instead of None, because None also changes other
# things there (exaone4/cohere2: which layers use RoPE; gemma2/3, olmo3: the
# sliding mask needs a window).
NO_WINDOW = 4096
