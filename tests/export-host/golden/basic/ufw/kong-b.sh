#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Two Kong nodes
# Node: Kong B (kong-b)
# Rule set: host:kong-b
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash kong-b.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 0.0.0.0/0 to 0.0.0.0/0 port 8000,8443 comment 'Kong proxy from clients'
ufw allow in proto tcp from 10.0.1.10/32 to 0.0.0.0/0 port 7946 comment 'Kong cluster (serf) from peers'
ufw allow in proto udp from 10.0.1.10/32 to 0.0.0.0/0 port 7946 comment 'Kong cluster (serf) from peers'
ufw --force enable
