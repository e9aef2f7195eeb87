#!/usr/bin/env python3
"""Build the held-out cleaning corpus from src/*.txt: a line prefixed "D|" is
boilerplate (drop_lines), "E|" may go either way (either_lines), any other
line is body. Writes <name>.txt without the prefixes and gold.json."""
import json
import sys
from pathlib import Path

# Optional argument: another folder laid out the same way (batch2/).
HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
articles = []
for src in sorted((HERE / "src").glob("*.txt")):
    lines, drop, either = [], [], []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("D|"):
            drop.append(n)
        elif line.startswith("E|"):
            either.append(n)
        lines.append(line[2:] if line[:2] in ("D|", "E|") else line)
    (HERE / src.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles.append({"id": src.stem, "published": None, "drop_lines": drop, "either_lines": either})
(HERE / "gold.json").write_text(json.dumps({"corpus": "bench/clean_heldout", "articles": articles}, indent=1) + "\n")
print(f"{len(articles)} articles")
