# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Kong 0.x cluster across two datacenters
# Node: Kong B (behind NAT) (kong-b)
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
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b in 1: node proxy-ssl' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b in 2: node cluster' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '80' -RemoteAddress '192.168.1.10/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b in 3: host ssh, node admin' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22','8001' -RemoteAddress '192.168.1.128/25' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b in 4: node cluster' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '80' -RemoteAddress '192.168.1.10/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-b out 5: host dns, host ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
