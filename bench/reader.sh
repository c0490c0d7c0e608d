#!/bin/sh
# The reader's benchmark (`make bench`, after import.sh made the 100,000
# article store): bench/tui.py drives the real binary in a pseudo-terminal.
set -eu
: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
OUT=bench/out
LIST=$OUT/sift-100000.db
ART=$OUT/art10m.db
HUGE=$OUT/huge20.db
if [ ! -f "$LIST" ] || [ ! -f "$OUT/one-10m.txt" ]; then
	echo "bench: reader skipped: run the import and text benchmarks first"
	exit 0
fi
if [ ! -f "$ART" ]; then
	./src/sift -d "$ART" import "$OUT/one-10m.txt" >/dev/null
fi
# Two 20 MB articles of one-10m.txt twice over, their last lines holding
# a word to search for, their first lines differing in one word (what
# tui.py waits for after J and K).
if [ ! -f "$HUGE" ]; then
	for w in PPPPPPPP QQQQQQQQ; do
		{ echo "Huge article $w begins here."; echo
		  cat "$OUT/one-10m.txt" "$OUT/one-10m.txt"; echo
		  echo "The zanzibarquux ending paragraph closes article $w."
		} >"$OUT/huge-$w.txt"
	done
	# imported P first: the list (newest first) shows Q, then P
	./src/sift -d "$HUGE" import "$OUT/huge-PPPPPPPP.txt" >/dev/null
	./src/sift -d "$HUGE" import "$OUT/huge-QQQQQQQQ.txt" >/dev/null
	rm -f "$OUT/huge-PPPPPPPP.txt" "$OUT/huge-QQQQQQQQ.txt"
fi
echo
python3 "$srcdir/bench/tui.py" ./src/sift "$LIST" "$ART" "$HUGE"
