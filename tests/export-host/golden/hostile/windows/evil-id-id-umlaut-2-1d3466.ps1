# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip e...
# Node: twin (evil-id-id-umlaut)
# Rule set: host:evil-id-id-umlaut
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File evil-id-id-umlaut-2-1d3466.ps1
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan evil-id-id-umlaut-2-1d3466'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
