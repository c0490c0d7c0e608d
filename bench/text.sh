#!/bin/sh
# The text benchmarks (`make bench`): clean throughput on a 10 MB article
# and on 10,000 articles (in memory from one JSON Lines file, and as 10,000
# files with the reading and printing), parsing included and the
# classifier alone, against readability-lxml on the same pages; wrap
# throughput at 80 columns on a 10 MB Chinese and a 10 MB English article,
# and the time to lay out the first screen.  Run from the build directory.
set -eu

: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
OUT=bench/out
GEN=$srcdir/../shared/bin/gen-corpus
TIME=/usr/bin/time
LC_ALL=C.UTF-8
export LC_ALL
mkdir -p "$OUT"

if [ ! -f "$GEN" ]; then
	echo "bench: skipped: $GEN is missing (it generates the corpus)"
	exit 0
fi

# One large article of each kind: gen-corpus's mix, and pure Chinese and
# English made from the paragraphs of our own labelled test set.
[ -f "$OUT/one-10m.txt" ] || python3 "$GEN" --one-article 10485760 "$OUT/one-10m.txt"
python3 - "$srcdir/tests/clean" "$OUT" <<'PY'
import os, re, sys
src, out = sys.argv[1], sys.argv[2]
zh, en = [], []
for name in sorted(os.listdir(src)):
    path = os.path.join(src, name + ".labels")
    if not os.path.exists(path):
        continue
    for line in open(path, encoding="utf-8"):
        if not line.startswith("+ "):
            continue
        text = line[2:].strip()
        if "_zh-" in name and len(text) >= 20:
            zh.append(text)
        elif "_en_" in name and len(text) >= 40:
            en.append(text)
for label, pars in (("zh", zh), ("en", en)):
    path = os.path.join(out, "wrap-%s-10m.txt" % label)
    if os.path.exists(path):
        continue
    with open(path, "w", encoding="utf-8") as f:
        size, i = 0, 0
        while size < 10 * 1048576:
            # three snippets make a paragraph
            p = pars[i % len(pars)] + pars[(i + 7) % len(pars)] + pars[(i + 13) % len(pars)]
            f.write(p + "\n")
            size += len(p.encode()) + 1
            i += 1
PY

echo
echo "clean and wrap (one core; best of several runs)"
./bench/bench-text clean "$OUT/one-10m.txt"
[ -f "$OUT/corpus-10000.jsonl" ] || python3 "$GEN" --jsonl 10000 "$OUT/corpus-10000.jsonl"
./bench/bench-text clean "$OUT/corpus-10000.jsonl"
./bench/bench-text classify "$OUT/one-10m.txt"
./bench/bench-text classify "$OUT/corpus-10000.jsonl"
./bench/bench-text wrap "$OUT/wrap-zh-10m.txt" 80
./bench/bench-text wrap "$OUT/wrap-en-10m.txt" 80
./bench/bench-text wrap "$OUT/one-10m.txt" 80

# 10,000 articles, as HTML pages (a <p> a line), for sift and readability.
N=10000
if [ ! -d "$OUT/html-$N" ]; then
	[ -d "$OUT/corpus-$N" ] || python3 "$GEN" "$N" "$OUT/corpus-$N"
	python3 - "$OUT/corpus-$N" "$OUT/html-$N" <<'PY'
import html, os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
for name in sorted(os.listdir(src)):
    lines = open(os.path.join(src, name), encoding="utf-8").read().split("\n")
    body = "".join("<p>%s</p>\n" % html.escape(l) for l in lines[1:] if l)
    with open(os.path.join(dst, name[:-4] + ".html"), "w", encoding="utf-8") as f:
        f.write("<html><head><meta charset=utf-8><title>%s</title></head><body><article>%s</article></body></html>\n"
                % (html.escape(lines[0]), body))
PY
fi
# gen-corpus's own articles (text files), then the same as HTML pages.
tbytes=$(du -sb "$OUT/corpus-$N" | cut -f1)
best=
for run in 1 2 3; do
	$TIME -f '%e %M' -o "$OUT/clean-text-$N.time" ./src/sift clean "$OUT/corpus-$N" >/dev/null
	read -r s rss <"$OUT/clean-text-$N.time"
	if [ -z "$best" ] || [ "$(awk "BEGIN { print ($s < $best) }")" = 1 ]; then
		best=$s
	fi
done
echo "clean $N text articles ($(awk "BEGIN { printf \"%.1f\", $tbytes / 1048576 }") MB): sift $best s = $(awk "BEGIN { printf \"%.1f\", $tbytes / 1048576 / $best }") MB/s (best of 3), RSS $((rss / 1024)) MB"
bytes=$(du -sb "$OUT/html-$N" | cut -f1)
mb=$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }")
$TIME -f '%e %M' -o "$OUT/clean-$N.time" ./src/sift clean "$OUT/html-$N" >/dev/null
read -r s rss <"$OUT/clean-$N.time"
echo "clean $N HTML pages ($mb MB): sift $s s = $(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 / $s }") MB/s, RSS $((rss / 1024)) MB"
if /usr/bin/python3 -c 'import readability' 2>/dev/null; then
	cat >"$OUT/run-readability.py" <<'PY'
import os, sys, time
from readability import Document
d = sys.argv[1]
t = time.monotonic()
for name in sorted(os.listdir(d)):
    Document(open(os.path.join(d, name), encoding="utf-8").read()).summary()
print("%.2f" % (time.monotonic() - t))
PY
	r=$(/usr/bin/python3 "$OUT/run-readability.py" "$OUT/html-$N")
	echo "clean $N HTML pages ($mb MB): readability-lxml $r s = $(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 / $r }") MB/s; sift is $(awk "BEGIN { printf \"%.1f\", $r / $s }")x faster"
else
	echo "readability-lxml (python3-readability) is not installed: no comparison"
fi
