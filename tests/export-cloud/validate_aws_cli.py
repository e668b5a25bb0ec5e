"""Validate an AWS CLI --cli-input-json document against the EC2 input shape.

usage: python3 validate_aws_cli.py OPERATION FILE
exit 0 valid, 1 invalid, 3 botocore missing (the test then skips).
"""
import json
import sys

try:
    import botocore.session
    from botocore.validate import ParamValidator
except ImportError as error:  # the test reports this as a skip, never a pass
    print(f"botocore is not installed: {error}")
    sys.exit(3)

operation, path = sys.argv[1], sys.argv[2]
model = botocore.session.get_session().get_service_model("ec2")
shape = model.operation_model(operation).input_shape
with open(path, encoding="utf-8") as handle:
    params = json.load(handle)
report = ParamValidator().validate(params, shape)
if report.has_errors():
    print(report.generate_report())
    sys.exit(1)
