# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Kong 0.x cluster across two datacenters
# Node: Kong A (kong-a)
# Rule set: host:kong-a
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File kong-a.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan kong-a'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 1: node proxy-ssl' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 2: host ssh, node admin' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22','8001' -RemoteAddress '192.168.1.128/25' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 3: node cluster' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7946' -RemoteAddress '192.168.23.45/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 4: node cluster' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '7946' -RemoteAddress '192.168.23.45/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a out 5: host dns, host ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
