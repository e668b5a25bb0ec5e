# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Kong Gateway 3.3 in front of Kubernetes workloads with PostgreSQL, Redis and Prometheus/Grafana monitoring
# Node: PostgreSQL primary and standby (postgres)
# Rule set: host:postgres
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File postgres.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan postgres'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan postgres in 1: node-exporter metrics' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '9100' -RemoteAddress '10.30.1.11/32','10.30.1.12/32','10.30.2.11/32','10.30.2.12/32','10.30.2.13/32','10.30.2.21/32','10.30.2.22/32','10.30.2.23/32','10.30.3.21/32','10.30.9.11/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan postgres in 2: server sql' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '5432' -RemoteAddress '10.30.2.16/28' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan postgres in 3: node-exporter metrics, server replication' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '5432','9100' -RemoteAddress '10.30.3.11/32','10.30.3.12/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan postgres in 4: host ssh' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '10.30.9.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan postgres out 5: host dns, host ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
