#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Limits
# Node: Node without rules (bare)
# Rule set: host:bare
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash bare.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw --force enable
