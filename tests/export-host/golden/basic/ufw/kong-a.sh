#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Two Kong nodes
# Node: Kong A (kong-a)
# Rule set: host:kong-a
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash kong-a.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 0.0.0.0/0 to 0.0.0.0/0 port 8000,8443 comment 'Kong proxy from clients'
ufw allow in proto tcp from 10.9.0.0/24 to 10.0.1.10/32 port 8001 comment 'Kong Admin API from the admin network'
ufw allow in proto tcp from 192.168.50.0/24 to 10.0.1.10/32 port 8001 comment 'Kong Admin API from the admin network'
ufw allow in proto tcp from 10.0.1.11/32 to 0.0.0.0/0 port 7946 comment 'Kong cluster (serf) from peers'
ufw allow in proto udp from 10.0.1.11/32 to 0.0.0.0/0 port 7946 comment 'Kong cluster (serf) from peers'
ufw allow in proto tcp from ::/0 to ::/0 port 8000,8443 comment 'Kong proxy from clients'
ufw allow in proto tcp from 2001:db8:9::/48 to ::/0 port 8001 comment 'Kong Admin API from admins'
ufw allow out proto tcp from 0.0.0.0/0 to 192.0.2.25/32 port 25,587 comment 'SMTP relay'
ufw allow out proto udp from 0.0.0.0/0 to 10.0.0.2/32 port 53 comment 'DNS'
ufw allow out proto udp from 0.0.0.0/0 to 10.0.0.3/32 port 53 comment 'DNS'
ufw allow out proto tcp from 0.0.0.0/0 to 10.0.1.11/32 port 7946 comment 'Kong cluster (serf) to peers'
ufw allow out proto udp from 0.0.0.0/0 to 10.0.1.11/32 port 7946 comment 'Kong cluster (serf) to peers'
ufw allow out proto udp from ::/0 to 2001:db8::53/128 port 53 comment 'DNS'
ufw --force enable
