# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Two Kong nodes
# Node: Kong B (kong-b)
# Rule set: host:kong-b
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File kong-b.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan kong-b'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b in 1: Kong proxy from clients' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8000','8443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b in 2: Kong cluster (serf) from peers' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7946' -RemoteAddress '10.0.1.10/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b in 3: Kong cluster (serf) from peers' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '7946' -RemoteAddress '10.0.1.10/32' | Out-Null
