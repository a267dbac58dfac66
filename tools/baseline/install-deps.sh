#!/usr/bin/env bash
# Installs what tools/baseline needs on Debian (there is no PyPI here): numpy, scipy and scikit-learn for the
# linear/tree baselines (train_sklearn.py, ~60 MB), the onnx package to build and check the exported graphs, and
# PyTorch (CPU build, ~750 MB) for the character CNN (train.py) -- `--no-torch` skips it.
# Debian's python is /usr/bin/python3; run the trainers with that interpreter, not with a pyenv/virtualenv python
# that cannot see the Debian packages.
set -euo pipefail
packages=(python3-numpy python3-scipy python3-sklearn python3-onnx)
check='import numpy, scipy, sklearn, onnx'
if [ "${1:-}" != "--no-torch" ]; then packages+=(python3-torch); check="$check, torch"; fi
if /usr/bin/python3 -c "$check" 2>/dev/null; then
  echo "already installed: ${packages[*]}"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${packages[@]}"
/usr/bin/python3 -c "$check; print('numpy', numpy.__version__, 'scipy', scipy.__version__, 'sklearn', sklearn.__version__, 'onnx', onnx.__version__)"
