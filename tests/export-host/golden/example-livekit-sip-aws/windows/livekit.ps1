# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: LiveKit with SIP on AWS
# Node: LiveKit servers (livekit)
# Rule set: host:livekit
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File livekit.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan livekit'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit in 1: server ice-tcp' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7881' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit in 2: server api, server turn-tls' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '5349','7880' -RemoteAddress '10.20.1.10/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit in 3: host ssh' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '192.168.50.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit in 4: server ice-udp, server turn-udp' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '3478','50000-60000' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit out 5: host dns, host ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
