# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Cumulocity on premises
# Node: Core nodes (core)
# Rule set: host:core
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File core.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan core'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan core in 1: apama platform, opcua platform' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '80' -RemoteAddress '10.30.2.21/32','10.30.2.31/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan core in 2: core ssh' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '10.30.9.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan core in 3: core http, core https, core mqtt, core mqtt-tls' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '80','443','1883','8883' -RemoteAddress '203.0.113.50/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan core in 4: core internal' -Direction Inbound -Action Allow -Protocol Any -RemoteAddress '10.30.2.11/32','10.30.2.12/32','10.30.2.13/32','10.30.2.21/32','10.30.2.31/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan core out 5: core egress-http, core egress-https, core egress-smtp' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '25','80','443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan core out 6: core dns, core ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
