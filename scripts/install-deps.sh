#!/usr/bin/env bash
# Installs the Debian 12 packages Portolan needs, skipping what is there.
# Real package names only: a name another package merely provides (such as
# libqt6svg6-dev, provided by qt6-svg-dev) never reads as installed, so it
# would send every run to apt-get update.
#   install-deps.sh build   - to build and run the app
#   install-deps.sh test    - plus the validators and tools the test suite uses
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(
    build-essential cmake ninja-build pkg-config mold
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libyaml-cpp-dev
)
# Validators named in TARGETS.md, the headless display for GUI tests, the
# Python modules the schema and botocore checks use, for the network
# namespace tests (tests/netns, and the lab in tests/lab, whose agent is
# standard-library python3) iproute2, iptables, nftables and python3,
# haproxy and openssl for the load balancer export test (haproxy -c with
# throw-away certificates), poppler-utils for the rendered PDF checks,
# clang with its libFuzzer and sanitizer runtimes for the fuzz stage,
# clang-format for the style check (tests/architecture), and
# desktop-file-utils for the packaging test (it skipped on every fresh
# machine without it), git and patch for the plan diff tests (REV:PATH in a
# throw-away repository, the git diff driver, exported diffs applied), and
# ipset: the iptables export writes a cluster's long member list once as an
# ipset file, which the export tests `ipset restore` in a namespace before
# iptables-restore --test of the host files matching it.
test_packages=(
    nftables iptables ipset firewalld ufw haproxy openssl python3 python3-botocore python3-jsonschema python3-yaml
    desktop-file-utils poppler-utils git patch
    xvfb xauth imagemagick util-linux iproute2 libbenchmark-dev
    clang libclang-rt-14-dev clang-format
)

wanted=("${build_packages[@]}")
[ "${1:-build}" = test ] && wanted+=("${test_packages[@]}")

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} Debian packages present"
else
    echo "install-deps: installing ${missing[*]}"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The HCL parser the Terraform export tests use comes from the npm registry,
# pinned by tools/hcl2json/package-lock.json.
if [ "${1:-build}" = test ] && [ ! -d tools/hcl2json/node_modules/@cdktf/hcl2json ]; then
    if ! command -v npm >/dev/null; then
        $SUDO apt-get update -qq
        $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
    fi
    (cd tools/hcl2json && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "install-deps: done"
