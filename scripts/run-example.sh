#!/usr/bin/env bash
# Installs what is missing, builds Portolan, and opens the GUI on a bundled
# example (the seed 001 Kong cluster behind NAT unless you name another).
set -euo pipefail
cd "$(dirname "$0")/.."
example="${1:-resources/examples/kong-0x-two-datacenters-nat.yaml}"
scripts/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default
exec build/default/app/gui/portolan "$example"
