#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: Kong Gateway 3.3 in front of Kubernetes workloads with PostgreSQL, Redis and Prometheus/Grafana monitoring
# Node: Redis cache (redis)
# Rule set: host:redis
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash redis.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 10.30.1.11/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.1.12/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.2.11/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.2.12/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.2.13/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.2.21/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.2.22/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.2.23/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.3.11/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.3.12/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.9.11/32 to 0.0.0.0/0 port 9100 comment 'node-exporter metrics'
ufw allow in proto tcp from 10.30.2.16/28 to 0.0.0.0/0 port 6379 comment 'server client'
ufw allow in proto tcp from 10.30.9.0/24 to 0.0.0.0/0 port 22 comment 'host ssh'
ufw allow out proto udp from 0.0.0.0/0 to 0.0.0.0/0 port 53,123 comment 'host dns, host ntp'
ufw --force enable
