# hf2hlo: `make demo` runs the main job, `make test` runs every test.
SHELL := /bin/bash
BUILD ?= build
ASAN_BUILD ?= build-asan
# Evaluated in the recipe, after setup has created the venv.
CMAKE_FLAGS = -DPython_EXECUTABLE=$(abspath .venv/bin/python) -Dpybind11_DIR="$$(.venv/bin/python -m pybind11 --cmakedir)"
PYTEST = PYTHONPATH=python:$(BUILD)/python HF2HLO_BIN=$(abspath $(BUILD))/hf2hlo .venv/bin/python -m pytest

.PHONY: all setup build unit asan exec oracle test demo goldens clean

all: build

setup:
	@scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) > /dev/null
	@cmake --build $(BUILD)

unit: build
	ctest --test-dir $(BUILD) --output-on-failure -j2

# C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: setup
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHF2HLO_SANITIZE=ON -DHF2HLO_PYTHON=OFF > /dev/null
	@cmake --build $(ASAN_BUILD)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j2

# Built-in executor through Python: per-op tests vs numpy, JAX-exported
# programs vs JAX, the program API contract.
exec: build
	$(PYTEST) tests/exec -q -ra

# HF transformers oracle vs emitted programs on IREE and XLA.
oracle: build
	$(PYTEST) tests/oracle -q -ra

test: unit asan exec oracle

demo: build
	PYTHONPATH=python:$(BUILD)/python HF2HLO_BIN=$(abspath $(BUILD))/hf2hlo .venv/bin/python -m hf2hlo_harness.demo

goldens:
	scripts/regen_goldens.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
