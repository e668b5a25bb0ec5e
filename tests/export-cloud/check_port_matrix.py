"""Read a port matrix back from CSV, HTML and Markdown and compare every cell
with the expected rows (JSON list of lists, header first).

usage: python3 check_port_matrix.py EXPECTED.json MATRIX.csv MATRIX.html MATRIX.md
exit 0 when all three give exactly the expected cells, 1 otherwise.
"""
import csv
import json
import re
import sys
from html.parser import HTMLParser

expected = json.load(open(sys.argv[1], encoding="utf-8"))
problems = []


def compare(name, rows):
    if rows != expected:
        for i, (got, want) in enumerate(zip(rows, expected)):
            if got != want:
                problems.append(f"{name} row {i}: {got!r} != {want!r}")
                break
        if len(rows) != len(expected):
            problems.append(f"{name}: {len(rows)} rows, expected {len(expected)}")


with open(sys.argv[2], encoding="utf-8", newline="") as handle:
    raw = handle.read()
if "\n" in raw.replace("\r\n", "") or not raw.endswith("\r\n"):
    problems.append("csv: line ends must be CRLF")
rows = list(csv.reader(raw.splitlines(keepends=True), strict=True))
compare("csv", [[cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@") else cell for cell in row] for row in rows])


class Cells(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = ""
        elif self.cell is not None:
            problems.append(f"html: markup <{tag}> inside a cell")

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


parser = Cells()
parser.feed(open(sys.argv[3], encoding="utf-8").read())
compare("html", parser.rows)

md_rows = []
for line in open(sys.argv[4], encoding="utf-8").read().split("\n"):
    if not line.startswith("| ") or line.startswith("|:"):
        continue
    cells = line[2:-2].split(" | ")  # a literal | in a cell is always written \|
    md_rows.append([re.sub(r"\\(.)", r"\1", cell) for cell in cells])
compare("markdown", md_rows)

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"{len(expected) - 1} rows read back from CSV, HTML and Markdown")
