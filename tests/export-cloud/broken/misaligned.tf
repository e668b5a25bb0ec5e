# Negative control for terraform fmt -check: the equals signs are not aligned.
resource "digitalocean_tag" "web" {
  name = "web"
  extra_value = "x"
}
