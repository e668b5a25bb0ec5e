#!/usr/bin/env bash
# Negative control for bash -n: the description's quote never closes.
gcloud compute firewall-rules create web --description='it'"s broken
