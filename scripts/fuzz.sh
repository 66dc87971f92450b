#!/usr/bin/env bash
# `make fuzz`: builds the fuzz targets (tests/fuzz) with clang and libFuzzer,
# ASan and UBSan in build-fuzz, then runs each for FUZZ_SECONDS (default 300)
# from a working corpus seeded with tests/fuzz/corpus/NAME. Prints the
# executions per target; a crash, leak, timeout (10 s an input) or an input
# taking over 2 GB is a finding, saved under build-fuzz/findings, and makes
# the run fail. Reproduce one with the replay build:
#   build/tests/fuzz/fuzz_NAME build-fuzz/findings/NAME-crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-300}
targets=(${FUZZ_TARGETS:-config generation_config tokenizer chat_template stablehlo safetensors gguf request})

if ! command -v clang++ >/dev/null 2>&1 || ! dpkg -s libclang-rt-14-dev >/dev/null 2>&1; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo=sudo
  echo "fuzz: installing clang and its runtime libraries (libFuzzer) from Debian" >&2
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang libclang-rt-14-dev
fi

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DHF2HLO_FUZZ=ON -DHF2HLO_PYTHON=OFF > /dev/null
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"

rm -rf build-fuzz/findings  # this run's findings only (fixed ones belong in tests/fuzz/corpus)
mkdir -p build-fuzz/findings
report=build-fuzz/fuzz_report.txt
: > "$report"
status=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  log=build-fuzz/fuzz_$t.log
  echo "fuzz: $t for ${seconds}s" >&2
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      build-fuzz/tests/fuzz/fuzz_"$t" "$corpus" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix=build-fuzz/findings/"$t"- > "$log" 2>&1; then
    result=ok
  else
    result="FINDING (see $log)"
    status=1
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  printf '%-14s %12s executions in %ss  %s\n' "$t" "$execs" "$seconds" "$result" | tee -a "$report"
done
echo "fuzz: report in $report" >&2
exit $status
