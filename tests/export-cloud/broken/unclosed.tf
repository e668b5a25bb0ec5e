# Negative control for the HCL parse: the block is never closed.
resource "google_compute_firewall" "web" {
  name = "web"
  allow {
    protocol = "tcp"
  }
