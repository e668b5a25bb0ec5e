#!/bin/bash
# Portolan host firewall rules, ufw (command script)
# Project: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip e...
# Node: x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip e...
# Rule set: host:evil_(id)_id_ umlaut
# Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand.
# Ingress: default drop. Accepted: loopback, established and related traffic, IPv6 neighbour
# discovery, and the rules below.
# Egress: default accept. The plan lists the node's own outbound services (the egress
# rules below, kept as documentation) but not its connections to peers and back ends.
# Apply: bash evil-id-id-umlaut-1-3e603a.sh (as root)
set -euo pipefail
ufw --force reset
ufw default deny incoming
ufw default allow outgoing
ufw allow in proto tcp from 10.66.0.0/16 to 0.0.0.0/0 port 22 comment 'x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ end'
ufw allow in proto tcp from 0.0.0.0/0 to 0.0.0.0/0 port 443 comment 'x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ endx_ _ _(touch /tmp/portolan-hostile-export...'
ufw allow in proto tcp from 10.66.0.2/32 to 0.0.0.0/0 port 7946 comment 'x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ end'
ufw allow out proto udp from ::/0 to 2001:db8::53/128 port 53 comment 'x_ _ _(touch /tmp/portolan-hostile-export-ran) _touch /tmp/portolan-hostile-export-ran_ _ _filter COMMIT _ table ip evil _ _ # _-- --_ _ e_ _ _var_ _if_ endx_ _ _(touch /tmp/portolan-hostile-export...'
# Redirects (Kong transparent listen): ufw has no command for these. Add to the top of
# /etc/ufw/before.rules (and before6.rules), then run: ufw reload
#   *nat
#   :PREROUTING ACCEPT [0:0]
#   -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8000
#   COMMIT
ufw --force enable
