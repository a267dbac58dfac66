#!/usr/bin/env bash
# Installs what tools/baseline/train.py needs on Debian: PyTorch (CPU build, ~750 MB) and the onnx package used
# to check the exported graph. Debian's python is /usr/bin/python3; run the trainer with that interpreter, not
# with a pyenv/virtualenv python that cannot see the Debian packages.
set -euo pipefail
if /usr/bin/python3 -c 'import torch, onnx' 2>/dev/null; then
  echo "python3-torch and python3-onnx already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q python3-torch python3-onnx
/usr/bin/python3 -c 'import torch, onnx; print("torch", torch.__version__, "onnx", onnx.__version__)'
