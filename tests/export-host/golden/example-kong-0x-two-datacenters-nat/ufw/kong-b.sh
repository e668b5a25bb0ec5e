#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Kong 0.x cluster across two datacenters
# Node: Kong B (behind NAT) (kong-b)
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
ufw allow in proto tcp from 0.0.0.0/0 to 0.0.0.0/0 port 8443 comment 'node proxy-ssl'
ufw allow in proto tcp from 192.168.1.10/32 to 0.0.0.0/0 port 80 comment 'node cluster'
ufw allow in proto tcp from 192.168.1.128/25 to 0.0.0.0/0 port 22,8001 comment 'host ssh, node admin'
ufw allow in proto udp from 192.168.1.10/32 to 0.0.0.0/0 port 80 comment 'node cluster'
ufw allow out proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 53,123 comment 'host dns, host ntp'
ufw --force enable
