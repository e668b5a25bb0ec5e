#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: LiveKit with SIP on AWS
# Node: LiveKit servers (livekit)
# Rule set: host:livekit
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash livekit.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 0.0.0.0/0 to 0.0.0.0/0 port 7881 comment 'server ice-tcp'
ufw allow in proto tcp from 10.20.1.10/32 to 0.0.0.0/0 port 5349,7880 comment 'server api, server turn-tls'
ufw allow in proto tcp from 192.168.50.0/24 to 0.0.0.0/0 port 22 comment 'host ssh'
ufw allow in proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 3478,50000:60000 comment 'server ice-udp, server turn-udp'
ufw allow out proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 53,123 comment 'host dns, host ntp'
ufw --force enable
