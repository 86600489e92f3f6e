#!/usr/bin/env python3
"""Build a seed folder from a round of probe articles, for ../shared/tools/score.py.

ROUND/articles.txt holds the round's probe articles, written for Sitrep, each opened by a line
"@@<id> <publication date> <line|none>" (whether the text carries a Published line); ROUND/gold/
holds their hand-made gold in the dev set's format. This writes OUT/seed/000_<round>.txt (the
articles concatenated, newest first) with OUT/seed/INDEX.tsv, and copies the gold to OUT/gold, so
that, from the repository's root,

    python3 docs/probes/make_seed.py docs/probes/round13 /tmp/r13
    swift run -c release sitrep /tmp/r13/seed/000_round13.txt -o /tmp/r13/out
    python3 ../shared/tools/score.py --project /tmp/r13/gold /tmp/r13/out

scores the pipeline on them (score.py pairs outputs with gold by text).
"""
import os
import shutil
import sys

if len(sys.argv) != 3:
    sys.exit("usage: make_seed.py ROUND_DIR OUT_DIR")
here, out = os.path.abspath(sys.argv[1]), sys.argv[2]
name = os.path.basename(here.rstrip("/"))
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
with open(os.path.join(out, "seed", f"000_{name}.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(out, "seed", "INDEX.tsv"), "w", encoding="utf-8") as f:
    f.write("id\tfirst_line\tlast_line\tpublished\tpublished_source\n")
    for row in index:
        f.write("\t".join(map(str, row)) + "\n")
shutil.copytree(os.path.join(here, "gold"), os.path.join(out, "gold"), dirs_exist_ok=True)
print(f"{out}: {len(articles)} articles, {len(lines)} lines")
