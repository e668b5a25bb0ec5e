# Portolan host firewall rules, Windows Defender Firewall (PowerShell)
# Project: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip e...
# Node: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip e...
# Rule set: host:evil_(id)_id_ umlaut
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: powershell -ExecutionPolicy Bypass -File evil-id-id-umlaut-1-3e603a.ps1
# The plan's port redirects (Kong transparent listen) have no Windows equivalent.
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan evil-id-id-umlaut-1-3e603a'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
New-NetFirewallRule -Group $group -DisplayName 'Portolan evil-id-id-umlaut-1-3e603a in 1: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ end' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '10.66.0.0/16' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan evil-id-id-umlaut-1-3e603a in 2: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ endx_ _ _(touch /tmp/portolan-hostile-export...' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress '0.0.0.0/0' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan evil-id-id-umlaut-1-3e603a in 3: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ end' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7946' -RemoteAddress '10.66.0.2/32' | Out-Null
New-NetFirewallRule -Group $group -DisplayName 'Portolan evil-id-id-umlaut-1-3e603a out 4: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ endx_ _ _(touch /tmp/portolan-hostile-export...' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53' -RemoteAddress '2001:db8::53/128' | Out-Null
