#!/usr/bin/env bash
# Installs what hf2hlo needs on a fresh Debian machine: the C++ toolchain and
# libraries from apt, and a project-local Python venv (.venv) with the pinned
# versions of python/requirements.txt. Idempotent and quick when done before.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for cmd in g++ cmake ninja; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
for pkg in libgtest-dev nlohmann-json3-dev libpcre2-dev libutf8proc-dev libcpp-httplib-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  pkgs=()
  for m in "${missing[@]}"; do
    case "$m" in
      ninja) pkgs+=(ninja-build) ;;
      *) pkgs+=("$m") ;;
    esac
  done
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo=sudo
  echo "setup: installing Debian packages: ${pkgs[*]}" >&2
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${pkgs[@]}"
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $($python --version)" >&2
  "$python" -m venv .venv
fi
stamp=.venv/.requirements.sha256
want=$(sha256sum python/requirements.txt | cut -d' ' -f1)
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  echo "setup: installing python/requirements.txt into .venv (a few minutes the first time)" >&2
  .venv/bin/pip install --progress-bar off -q -r python/requirements.txt
  echo "$want" > "$stamp"
fi
