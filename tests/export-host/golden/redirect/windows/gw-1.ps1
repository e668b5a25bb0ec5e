# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Kong transparent proxy
# Node: Gateway 1 (gw-1)
# Rule set: host:gw-1
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File gw-1.ps1
# The plan's port redirects (Kong transparent listen) have no Windows equivalent.
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan gw-1'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan gw-1 in 1: Kong proxy (after redirect)' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8000','8443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan gw-1 in 2: stream listener (after redirect)' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '5000' -RemoteAddress '203.0.113.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan gw-1 in 3: any-to-any inside the site' -Direction Inbound -Action Allow -Protocol Any -RemoteAddress '10.20.0.0/16' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan gw-1 in 4: any-to-any inside the site' -Direction Inbound -Action Allow -Protocol Any -RemoteAddress 'fd00:20::/48' | Out-Null
