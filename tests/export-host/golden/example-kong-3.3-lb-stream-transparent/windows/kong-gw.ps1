# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Kong Gateway 3.3 behind a load balancer, with a stream listener and transparent proxying
# Node: Kong Gateway nodes (kong-gw)
# Rule set: host:kong-gw
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File kong-gw.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan kong-gw'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-gw in 1: node proxy-ssl, node stream' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '4242','8443' -RemoteAddress '10.20.0.10/32','203.0.113.10/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-gw in 2: host ssh, node admin-ssl' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22','8444' -RemoteAddress '10.20.9.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-gw out 3: host dns, host ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
