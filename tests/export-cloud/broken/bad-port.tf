# Negative control for terraform validate: from_port is not a number and
# the rule names an attribute the provider does not have.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

resource "aws_security_group" "group" {
  name        = "group"
  description = "broken on purpose"
}

resource "aws_vpc_security_group_ingress_rule" "rule" {
  security_group_id = aws_security_group.group.id
  ip_protocol       = "tcp"
  from_port         = "https"
  to_port           = 443
  cidr_ip           = "0.0.0.0/0"
}
