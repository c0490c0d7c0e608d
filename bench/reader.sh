#!/bin/sh
# The reader's benchmark (`make bench`, after import.sh made the 100,000
# article store): bench/tui.py drives the real binary in a pseudo-terminal.
set -eu
: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
OUT=bench/out
LIST=$OUT/sift-100000.db
ART=$OUT/art10m.db
if [ ! -f "$LIST" ] || [ ! -f "$OUT/one-10m.txt" ]; then
	echo "bench: reader skipped: run the import and text benchmarks first"
	exit 0
fi
if [ ! -f "$ART" ]; then
	./src/sift -d "$ART" import "$OUT/one-10m.txt" >/dev/null
fi
echo
python3 "$srcdir/bench/tui.py" ./src/sift "$LIST" "$ART"
