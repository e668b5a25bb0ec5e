# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: LiveKit with SIP on AWS
# Node: LiveKit SIP (livekit-sip)
# Rule set: host:livekit-sip
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File livekit-sip.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan livekit-sip'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit-sip in 1: sip sip-tcp, sip sip-tls' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '5060-5061' -RemoteAddress '192.0.2.0/26' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit-sip in 2: host ssh' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '192.168.50.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit-sip in 3: sip rtp, sip sip-udp' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '5060','10000-20000' -RemoteAddress '192.0.2.0/26' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan livekit-sip out 4: host dns, host ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
