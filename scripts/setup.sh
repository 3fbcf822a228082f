#!/usr/bin/env bash
# Set up kg on a fresh machine: a virtualenv in .venv with kg and its dependencies.
#   bash scripts/setup.sh          # what `kg build` needs
#   bash scripts/setup.sh --test   # plus the test tools (pytest, Chromium for the HTML tests, node)
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
pip() { .venv/bin/python -m pip "$@"; }
pip install -q --upgrade pip >/dev/null 2>&1 || true
# camel-tools pulls in torch: install the CPU wheel first so pip never fetches a CUDA build.
if ! .venv/bin/python -c "import torch" >/dev/null 2>&1; then
  pip install -q -c constraints.txt "torch==2.13.0"
fi
if [ "$want_test" = 1 ]; then
  pip install -q -c constraints.txt -e ".[test]"
  if [ -x scripts/setup-test-system.sh ]; then
    bash scripts/setup-test-system.sh
  fi
else
  pip install -q -c constraints.txt -e .
fi
echo "kg is set up in .venv ($(.venv/bin/kg --version))"
