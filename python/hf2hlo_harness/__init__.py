"""Python oracle harness for hf2hlo.

Builds tiny random Hugging Face models, compiles the StableHLO programs that
`hf2hlo emit` writes with IREE (llvm-cpu) and XLA (jaxlib CPU), runs them, and
compares against HF transformers fp32 eager.

Modules:
  program  - parse the @main signature of an emitted program
  weights  - load safetensors checkpoints and resolve argument names
  engines  - IREE / XLA program wrappers and the pluggable engine registry
  runner   - emit + compile + run prefill/decode for one model
  tiny     - tiny random HF model variants
  oracle   - HF reference helpers
"""
