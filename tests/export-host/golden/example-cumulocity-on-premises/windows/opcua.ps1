# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Cumulocity on premises
# Node: OPC UA agent (opcua)
# Rule set: host:opcua
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File opcua.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan opcua'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan opcua in 1: opcua opcua' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '6670' -RemoteAddress '10.30.2.11/32','10.30.2.12/32','10.30.2.13/32','10.30.2.21/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan opcua in 2: opcua ssh' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '10.30.9.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan opcua in 3: opcua internal' -Direction Inbound -Action Allow -Protocol Any -RemoteAddress '10.30.2.11/32','10.30.2.12/32','10.30.2.13/32','10.30.2.21/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan opcua out 4: opcua platform' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '80' -RemoteAddress '10.30.2.11/32','10.30.2.12/32','10.30.2.13/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan opcua out 5: opcua dns, opcua ntp' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','123' -RemoteAddress '0.0.0.0/0' | Out-Null
