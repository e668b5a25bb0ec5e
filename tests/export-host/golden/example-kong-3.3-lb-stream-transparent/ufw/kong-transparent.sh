#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Kong Gateway 3.3 behind a load balancer, with a stream listener and transparent proxying
# Node: Kong transparent proxy (kong-transparent)
# Rule set: host:kong-transparent
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash kong-transparent.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 10.20.2.0/24 to 0.0.0.0/0 port 8000 comment 'node proxy'
ufw allow in proto tcp from 10.20.9.0/24 to 0.0.0.0/0 port 22,8444 comment 'host ssh, node admin-ssl'
ufw allow out proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 53,123 comment 'host dns, host ntp'
# Redirects (Kong transparent listen): ufw has no command for these. Add to the top of
# /etc/ufw/before.rules (and before6.rules), then run: ufw reload
#   *nat
#   :PREROUTING ACCEPT [0:0]
#   -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8000
#   COMMIT
ufw --force enable
