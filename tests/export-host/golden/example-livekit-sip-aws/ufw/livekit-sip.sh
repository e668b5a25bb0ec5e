#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: LiveKit with SIP on AWS
# Node: LiveKit SIP (livekit-sip)
# Rule set: host:livekit-sip
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash livekit-sip.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 192.0.2.0/26 to 0.0.0.0/0 port 5060:5061 comment 'sip sip-tcp, sip sip-tls'
ufw allow in proto tcp from 192.168.50.0/24 to 0.0.0.0/0 port 22 comment 'host ssh'
ufw allow in proto udp from 192.0.2.0/26 to 0.0.0.0/0 port 5060,10000:20000 comment 'sip rtp, sip sip-udp'
ufw allow out proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 53,123 comment 'host dns, host ntp'
ufw --force enable
