#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Cumulocity on premises
# Node: Core nodes (core)
# Rule set: host:core
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash core.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 10.30.2.21/32 to 0.0.0.0/0 port 80 comment 'apama platform, opcua platform'
ufw allow in proto tcp from 10.30.2.31/32 to 0.0.0.0/0 port 80 comment 'apama platform, opcua platform'
ufw allow in proto tcp from 10.30.9.0/24 to 0.0.0.0/0 port 22 comment 'core ssh'
ufw allow in proto tcp from 203.0.113.50/32 to 0.0.0.0/0 port 80,443,1883,8883 comment 'core http, core https, core mqtt, core mqtt-tls'
ufw allow in from 10.30.2.11/32 to 0.0.0.0/0 comment 'core internal'
ufw allow in from 10.30.2.12/32 to 0.0.0.0/0 comment 'core internal'
ufw allow in from 10.30.2.13/32 to 0.0.0.0/0 comment 'core internal'
ufw allow in from 10.30.2.21/32 to 0.0.0.0/0 comment 'core internal'
ufw allow in from 10.30.2.31/32 to 0.0.0.0/0 comment 'core internal'
ufw allow out proto tcp from 0.0.0.0/0 to 0.0.0.0/0 port 25,80,443 comment 'core egress-http, core egress-https, core egress-smtp'
ufw allow out proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 53,123 comment 'core dns, core ntp'
ufw --force enable
