#!/bin/bash
# Portolan host firewall rules, firewalld (zone and policy XML)
# Project: Kong Gateway 3.3 in front of Kubernetes workloads with PostgreSQL, Redis and Prometheus/Grafana monitoring
# Node: PostgreSQL primary and standby (postgres)
# Rule set: host:postgres
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash install.sh (as root)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
backup=/root/firewalld-before-$(date +%Y%m%d%H%M%S)
cp -a /etc/firewalld "$backup"
install -d /etc/firewalld/zones /etc/firewalld/policies
install -m 0644 "$here/zones/portolan.xml" /etc/firewalld/zones/portolan.xml
install -m 0644 "$here/policies/portolan-egress.xml" /etc/firewalld/policies/portolan-egress.xml
firewall-cmd --reload
firewall-cmd --set-default-zone=portolan
echo "Previous configuration saved in $backup"
