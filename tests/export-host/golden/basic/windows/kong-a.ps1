# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Two Kong nodes
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
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 1: Kong proxy from clients' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8000','8443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 2: Kong Admin API from the admin network' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8001' -RemoteAddress '10.9.0.0/24','192.168.50.0/24' -LocalAddress '10.0.1.10/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 3: Kong cluster (serf) from peers' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7946' -RemoteAddress '10.0.1.11/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 4: Kong cluster (serf) from peers' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '7946' -RemoteAddress '10.0.1.11/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 5: Kong proxy from clients' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8000','8443' -RemoteAddress '::/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a in 6: Kong Admin API from admins' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8001' -RemoteAddress '2001:db8:9::/48' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a out 7: SMTP relay' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '25','587' -RemoteAddress '192.0.2.25/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a out 8: DNS' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53' -RemoteAddress '10.0.0.2/32','10.0.0.3/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a out 9: Kong cluster (serf) to peers' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '7946' -RemoteAddress '10.0.1.11/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a out 10: Kong cluster (serf) to peers' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '7946' -RemoteAddress '10.0.1.11/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan kong-a out 11: DNS' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53' -RemoteAddress '2001:db8::53/128' | Out-Null
