#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Kong transparent proxy
# Node: Gateway 1 (gw-1)
# Rule set: host:gw-1
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash gw-1.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 0.0.0.0/0 to 0.0.0.0/0 port 8000,8443 comment 'Kong proxy (after redirect)'
ufw allow in proto udp from 203.0.113.0/24 to 0.0.0.0/0 port 5000 comment 'stream listener (after redirect)'
ufw allow in from 10.20.0.0/16 to 0.0.0.0/0 comment 'any-to-any inside the site'
ufw allow in from fd00:20::/48 to ::/0 comment 'any-to-any inside the site'
# Redirects (Kong transparent listen): ufw has no command for these. Add to the top of
# /etc/ufw/before.rules (and before6.rules), then run: ufw reload
#   *nat
#   :PREROUTING ACCEPT [0:0]
#   -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8000
#   -A PREROUTING -p tcp --dport 443 -j REDIRECT --to-ports 8443
#   -A PREROUTING -p udp --dport 5000:5010 -j REDIRECT --to-ports 5000
#   COMMIT
ufw --force enable
