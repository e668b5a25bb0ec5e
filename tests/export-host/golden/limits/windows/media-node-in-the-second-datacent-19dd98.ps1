# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: Limits
# Node: media-node-in-the-second-datacenter-behind-the-carrier-grade-nat-with-a-long-name-x
# Rule set: host:media-node-in-the-second-datacenter-behind-the-carrier-grade-nat-with-a-long-name-x
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File media-node-in-the-second-datacent-19dd98.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan media-node-in-the-second-datacent-19dd98'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan media-node-in-the-second-datacent-19dd98 in 1: port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-li...' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '9000','9002','9004','9006','9008','9010','9012','9014','9016','9018','9020','9022','9024','9026','9028','9030','9032','9034','9036','9038','9040','9042','9044','9046','9048','9050','9052','9054','9056','9058','20000-20050','20100-20150','20200-20250','20300-20350','20400-20450','20500-20550','20600-20650','20700-20750','20800-20850','20900-20950' -RemoteAddress '10.40.0.0/16','10.40.0.0/24','10.40.1.0/24','10.40.2.0/24','10.40.3.0/24','10.40.3.128/25','10.40.4.0/24','10.40.5.0/24','10.40.6.0/24','10.40.7.0/24','10.40.8.0/24','10.40.9.0/24','10.40.10.0/24','10.40.11.0/24','10.40.12.0/24','10.40.13.0/24','10.40.14.0/24','10.40.15.0/24','10.40.16.0/24','10.40.17.0/24','10.40.18.0/24','10.40.19.0/24','10.40.20.0/24','10.40.21.0/24','10.40.22.0/24','10.40.23.0/24' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan media-node-in-the-second-datacent-19dd98 in 2: port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-list port-li...' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '9000','9002','9004','9006','9008','9010','9012','9014','9016','9018','9020','9022','9024','9026','9028','9030' -RemoteAddress '2001:db8:40::/48' | Out-Null
