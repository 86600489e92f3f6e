#!/usr/bin/env python3
"""Build a seed folder from the round-13 probe articles, for ../../shared/tools/score.py.

articles.txt holds the 26 probe articles written for Sitrep, each opened by a line
"@@<id> <publication date> <line|none>" (whether the text carries a Published line); gold/ holds
their hand-made gold in the dev set's format. This writes DIR/seed/000_round13.txt (the articles
concatenated, newest first) with DIR/seed/INDEX.tsv, and copies the gold to DIR/gold, so that

    python3 make_seed.py /tmp/r13
    swift run -c release sitrep /tmp/r13/seed/000_round13.txt -o /tmp/r13/out
    python3 ../../shared/tools/score.py --project /tmp/r13/gold /tmp/r13/out

scores the pipeline on them (score.py pairs outputs with gold by text).
"""
import os
import shutil
import sys

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/r13"
articles, current = [], None
for line in open(os.path.join(here, "articles.txt"), encoding="utf-8").read().split("\n"):
    if line.startswith("@@"):
        ident, published, source = line[2:].split()
        current = {"id": ident, "published": published, "source": source, "lines": []}
        articles.append(current)
    elif line:
        current["lines"].append(line)
articles.sort(key=lambda a: a["published"], reverse=True)
os.makedirs(os.path.join(out, "seed"), exist_ok=True)
lines, index = [], []
for a in articles:
    index.append((a["id"], len(lines) + 1, len(lines) + len(a["lines"]), a["published"], a["source"]))
    lines += a["lines"]
with open(os.path.join(out, "seed", "000_round13.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(out, "seed", "INDEX.tsv"), "w", encoding="utf-8") as f:
    f.write("id\tfirst_line\tlast_line\tpublished\tpublished_source\n")
    for row in index:
        f.write("\t".join(map(str, row)) + "\n")
shutil.copytree(os.path.join(here, "gold"), os.path.join(out, "gold"), dirs_exist_ok=True)
print(f"{out}: {len(articles)} articles, {len(lines)} lines")
