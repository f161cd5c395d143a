#!/usr/bin/env bash
# Installs what jit/tests/aarch64.rs needs to run aarch64 code on an x86-64
# Debian host (ADR 0015): qemu-user (static build: runs a static aarch64
# executable with no sysroot) and the aarch64 cross gcc with its C library,
# which links the emitted object with the C harness. Without them the test
# only compiles for aarch64 and says so. Idempotent; needs root (or sudo).
#
#   bash jit/tests/aarch64/setup.sh
#   MVM_AARCH64=require cargo test --release -p jit --test aarch64
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if { have qemu-aarch64-static || have qemu-aarch64; } && have aarch64-linux-gnu-gcc \
    && [ -e /usr/aarch64-linux-gnu/lib/libc.a ]; then
    echo "aarch64 test tools: already installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends \
    qemu-user-static gcc-aarch64-linux-gnu libc6-dev-arm64-cross
echo "aarch64 test tools: installed"
