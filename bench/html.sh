#!/bin/sh
# The whole-page benchmark (`make bench`): real web pages, each parsed by
# libxml2, read for its shape and metadata and classified as `sift clean`
# does, one page at a time in one process; readability-lxml over the same
# pages in one process; and the peak memory of `sift clean` on a 10 MB
# and a 50 MB page against the page's size.
#
#   bench/html.sh [DIR...]
#
# DIR holds .html pages (other people's pages stay outside the
# repository: pass their folder, as bench/html-devset.sh builds it, or
# set HTML_PAGES); without one, the labelled pages of tests/pages are
# used.  Run from the build directory.
set -eu

: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
OUT=bench/out
TIME=/usr/bin/time
LC_ALL=C.UTF-8
export LC_ALL
mkdir -p "$OUT"

if [ $# -eq 0 ]; then
	if [ -z "${HTML_PAGES:-}" ]; then
		echo
		echo "note: no HTML_PAGES given, so the pages are tests/pages:"
		echo "  labelled pages of 4.5 kB, 43% of it text, where the cost"
		echo "  of each block decides; the real pages of the dev set are"
		echo "  253 kB on average, 5% of it text.  For real pages, build"
		echo "  the dev set (bench/html-devset.sh) and run"
		echo "  make bench HTML_PAGES=DIR"
	fi
	# shellcheck disable=SC2086 # a list of folders
	set -- ${HTML_PAGES:-$srcdir/tests/pages}
fi
echo
echo "whole web pages: $*"
line=$(./bench/bench-text pages "$@")
echo "$line"
one=$(echo "$line" | sed -n 's/.* = \([0-9.]*\) MB\/s.*/\1/p')

bytes=0
for d in "$@"; do
	b=$(cat "$d"/*.html | wc -c)
	bytes=$((bytes + b))
done
mb=$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }")

# The command a user runs on them: sift clean, in one process that reads
# and parses on one core while it classifies and prints on the other
# (src/import-pipe.c); the pages given as many times over as make 8 MB,
# so that the start of the process counts for little; the best of 3.
reps=$(( (8388608 + bytes - 1) / bytes ))
files=""
i=0
while [ "$i" -lt "$reps" ]; do
	for d in "$@"; do
		files="$files $d/*.html"
	done
	i=$((i + 1))
done
cmd=""
for _ in 1 2 3; do
	# shellcheck disable=SC2086 # the pages' globs
	$TIME -f '%e' -o "$OUT/clean-pages.time" ./src/sift clean $files \
	    >/dev/null
	s=$(cat "$OUT/clean-pages.time")
	cmd=$(awk "BEGIN { c = \"$cmd\"; print (c == \"\" || $s < c) ? $s : c }")
done
cmdmb=$(awk "BEGIN { printf \"%.1f\", $bytes * $reps / 1048576 / $cmd }")
echo "sift clean of the same pages in one process (reading on one core," \
    "classifying on the other; $reps times over): $cmd s = $cmdmb MB/s"
if /usr/bin/python3 -c 'import readability' 2>/dev/null; then
	cat >"$OUT/run-readability-pages.py" <<'PY'
import os, sys, time
from readability import Document
pages = []
for d in sys.argv[1:]:
    for name in sorted(os.listdir(d)):
        if name.endswith(".html"):
            pages.append(open(os.path.join(d, name), "rb").read())
best, runs, start = None, 0, time.monotonic()
# the best of 3 runs, or of as many as fit in 10 s, as for sift
while runs < 3 or (runs < 50 and time.monotonic() - start < 10):
    t = time.monotonic()
    for p in pages:
        try:
            Document(p).summary()
        except Exception:
            pass
    t = time.monotonic() - t
    best = t if best is None else min(best, t)
    runs += 1
print("%.3f" % best)
PY
	r=$(/usr/bin/python3 "$OUT/run-readability-pages.py" "$@")
	rmb=$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 / $r }")
	echo "readability-lxml on the same pages ($mb MB): $r s = $rmb MB/s"
	echo "sift against readability-lxml: $(awk "BEGIN { printf \"%.1f\", $one / $rmb }")x on one core, $(awk "BEGIN { printf \"%.1f\", $cmdmb / $rmb }")x as sift clean"
else
	echo "readability-lxml (python3-readability) is not installed: no comparison"
fi

# Memory: one big page, 10 and 50 MB, of our own pages' bodies.
python3 - "$srcdir/tests/pages" "$OUT" <<'PY'
import glob, os, re, sys
src, out = sys.argv[1], sys.argv[2]
pages = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(src + "/*.html"))]
bodies = [re.search(r"<body[^>]*>(.*)</body>", p, re.S).group(1) for p in pages]
head = re.search(r"^(.*?<body[^>]*>)", pages[0], re.S).group(1)
for mb in (10, 50):
    path = os.path.join(out, "page-%dm.html" % mb)
    if os.path.exists(path):
        continue
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        size, i = len(head), 0
        while size < mb * 1048576:
            s = "<section>" + bodies[i % len(bodies)] + "</section>\n"
            f.write(s)
            size += len(s.encode())
            i += 1
        f.write("</body></html>\n")
PY
for mb in 10 50; do
	f="$OUT/page-${mb}m.html"
	size=$(wc -c <"$f")
	$TIME -f '%e %M' -o "$OUT/page-$mb.time" ./src/sift clean \
	    --max-size 64 "$f" >/dev/null
	read -r s rss <"$OUT/page-$mb.time"
	echo "sift clean of a $mb MB page: $s s = $(awk "BEGIN { printf \"%.1f\", $size / 1048576 / $s }") MB/s, peak RSS $((rss / 1024)) MB = $(awk "BEGIN { printf \"%.1f\", $rss * 1024 / $size }")x the page"
done
