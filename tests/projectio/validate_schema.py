#!/usr/bin/env python3
"""Validates project files against docs/project.schema.json.

usage: validate_schema.py SCHEMA EXAMPLES_DIR VALID_DIR INVALID_DIR

Every *.yaml in EXAMPLES_DIR and VALID_DIR must validate; every *.yaml in
INVALID_DIR must be rejected (so the check itself can fail). Exits 77, which
CTest reports as skipped, when python3-jsonschema or python3-yaml is
missing: a missing validator is never a silent pass.
"""
import glob
import json
import os
import sys

SKIP = 77

try:
    import yaml
except ImportError:
    print("skipped: python3-yaml is not installed (apt-get install python3-yaml)")
    sys.exit(SKIP)
try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(SKIP)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def main():
    schema_path, examples, valid, invalid = sys.argv[1:5]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    try:
        from importlib.metadata import version
        print(f"{validator_class.__name__}, jsonschema {version('jsonschema')}")
    except Exception:
        print(validator_class.__name__)

    failures = 0
    good = sorted(glob.glob(os.path.join(examples, "*.yaml"))) + sorted(glob.glob(os.path.join(valid, "*.yaml")))
    if not any(p.startswith(examples) for p in good):
        print(f"FAIL: no examples in {examples}")
        failures += 1
    for path in good:
        errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(e.path))
        if errors:
            failures += 1
            for e in errors:
                where = "/".join(str(p) for p in e.path) or "(top)"
                print(f"FAIL {path}: {where}: {e.message}")
        else:
            print(f"ok   {path}")

    bad = sorted(glob.glob(os.path.join(invalid, "*.yaml")))
    if not bad:
        print(f"FAIL: no schema-invalid fixtures in {invalid}")
        failures += 1
    for path in bad:
        errors = list(validator.iter_errors(load(path)))
        if errors:
            print(f"ok   {path} rejected: {errors[0].message}")
        else:
            failures += 1
            print(f"FAIL {path}: the schema accepts a file it must reject")

    print(f"{len(good)} valid, {len(bad)} invalid checked, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
