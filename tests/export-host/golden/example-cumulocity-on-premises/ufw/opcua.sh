#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Cumulocity on premises
# Node: OPC UA agent (opcua)
# Rule set: host:opcua
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash opcua.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 10.30.2.11/32 to 0.0.0.0/0 port 6670 comment 'opcua opcua'
ufw allow in proto tcp from 10.30.2.12/32 to 0.0.0.0/0 port 6670 comment 'opcua opcua'
ufw allow in proto tcp from 10.30.2.13/32 to 0.0.0.0/0 port 6670 comment 'opcua opcua'
ufw allow in proto tcp from 10.30.2.21/32 to 0.0.0.0/0 port 6670 comment 'opcua opcua'
ufw allow in proto tcp from 10.30.9.0/24 to 0.0.0.0/0 port 22 comment 'opcua ssh'
ufw allow in from 10.30.2.11/32 to 0.0.0.0/0 comment 'opcua internal'
ufw allow in from 10.30.2.12/32 to 0.0.0.0/0 comment 'opcua internal'
ufw allow in from 10.30.2.13/32 to 0.0.0.0/0 comment 'opcua internal'
ufw allow in from 10.30.2.21/32 to 0.0.0.0/0 comment 'opcua internal'
ufw allow out proto tcp from 0.0.0.0/0 to 10.30.2.11/32 port 80 comment 'opcua platform'
ufw allow out proto tcp from 0.0.0.0/0 to 10.30.2.12/32 port 80 comment 'opcua platform'
ufw allow out proto tcp from 0.0.0.0/0 to 10.30.2.13/32 port 80 comment 'opcua platform'
ufw allow out proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 53,123 comment 'opcua dns, opcua ntp'
ufw --force enable
