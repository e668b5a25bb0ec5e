# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Cumulocity on premises
# Node: Apama smart rules (apama)
# Rule set: host:apama
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File apama.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan apama'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan apama in 1: apama smartrule' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8334' -RemoteAddress '10.30.2.11/32','10.30.2.12/32','10.30.2.13/32','10.30.2.31/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan apama in 2: apama ssh' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '10.30.9.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan apama in 3: apama internal' -Direction Inbound -Action Allow -Protocol Any -RemoteAddress '10.30.2.11/32','10.30.2.12/32','10.30.2.13/32','10.30.2.31/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan apama out 4: apama egress-http, apama egress-https, apama egress-smtp' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '25','80','443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan apama out 5: apama platform' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '80' -RemoteAddress '10.30.2.11/32','10.30.2.12/32','10.30.2.13/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan apama out 6: apama dns, apama ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
