#!/bin/sh
# The scale benchmark (`make bench`, after import.sh, reader.sh and
# newsboat.sh): the list of a generated store of BENCH_SCALE articles
# (default 1,000,000) beside import.sh's 100,000-article store and
# newsboat's figures at 100,000 (bench/out/newsboat/results-100000.txt,
# which newsboat.sh writes).  bench/scale.py drives the real binary.
#
# Made once and kept under bench/out/ (about 2.1 GB of JSON Lines and a
# store of about 6.5 GB at 1,000,000 articles):
#   corpus-N.jsonl      gen-corpus --jsonl N (31 s to 4 minutes)
#   sift-N.db           sift import corpus-N.jsonl, timed (577 s at
#                       1,000,000 on the shared 2-core machine,
#                       2026-12-02, schema 13; 56 minutes, niced, before)
#   sift-import-N.time  its seconds and peak RSS (KB); written only when the
#                       import succeeded, so a store without it is imported
#                       again
# Then each run measures both stores with ./src/sift (scale-N.txt,
# key=value) and prints the table.  The stores are not imported again
# unless asked: BENCH_REIMPORT=1 times a new import of the kept corpus,
# and of bench/out/corpus-SCALE_SMALL into import.sh's store of it (do
# that after a change to the import or the schema).
#
# Environment:
#   BENCH_SCALE     articles of the large store (default 1000000; 0 skips)
#   BENCH_REIMPORT  1: import both stores again (default 0)
#   SCALE_SMALL     the store beside it: bench/out/sift-SCALE_SMALL.db,
#                   import.sh's (default 100000)
#   SCALE_RUNS      runs of each measurement (default 3)
#   SCALE_TERMS     searched terms (default: 1 and 2 CJK characters, 3, and
#                   a Latin word: "普 普京 金正恩 ammunition")
#   PYTHON          python3 (default python3)
#   srcdir          the source directory (default: this script's ../)
# Units: ms of wall clock; MB is 2^20 bytes.
set -eu

: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BENCH_SCALE:=1000000}"
: "${BENCH_REIMPORT:=0}"
: "${SCALE_SMALL:=100000}"
: "${SCALE_RUNS:=3}"
: "${SCALE_TERMS:=普 普京 金正恩 ammunition}"
: "${PYTHON:=python3}"
SIFT=./src/sift
OUT=bench/out
GEN=$srcdir/../shared/bin/gen-corpus
TIME=/usr/bin/time
N=$BENCH_SCALE
LC_ALL=C.UTF-8
export LC_ALL

say() { printf '%s\n' "$*"; }
die() { printf 'bench: scale: %s\n' "$*" >&2; exit 1; }
calc() { LC_ALL=C awk "BEGIN { $1 }" </dev/null; }

case $N in
0)
	say "bench: scale skipped: BENCH_SCALE=0"
	exit 0
	;;
'' | *[!0-9]*) die "BENCH_SCALE must be a number, not '$N'" ;;
esac
if [ ! -f "$GEN" ]; then
	say "bench: scale skipped: $GEN is missing (it generates the corpus)"
	exit 0
fi
[ -x "$SIFT" ] || die "$SIFT is missing: run make first (from the build directory)"
[ -x "$TIME" ] || die "$TIME (GNU time) is missing"
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON is missing"
mkdir -p "$OUT"

dbsize() {	# the store with its WAL, in MB
	s=0
	for f in "$1" "$1-wal"; do
		[ -f "$f" ] && s=$((s + $(wc -c <"$f")))
	done
	calc "printf \"%.0f\", $s / 1048576"
}

JSONL=$OUT/corpus-$N.jsonl
DB=$OUT/sift-$N.db
ITIME=$OUT/sift-import-$N.time
if [ ! -f "$JSONL" ]; then
	free_kb=$(df -Pk "$OUT" | awk 'NR == 2 { print $4 }')
	need_kb=$((N / 1000 * 16 * 1024))	# ~2.2 KB of JSON, ~12 KB of store
	if [ "${free_kb:-0}" -lt "$need_kb" ]; then
		say "bench: scale skipped: $((free_kb / 1048576)) GB free under $OUT; $N articles need about $((need_kb / 1048576)) GB"
		exit 0
	fi
	say "bench: scale: generating $JSONL ..."
	t0=$(date +%s)
	rm -f "$JSONL.tmp"
	if [ -x "$GEN" ]; then
		"$GEN" --jsonl "$N" "$JSONL.tmp"
	else
		"$PYTHON" "$GEN" --jsonl "$N" "$JSONL.tmp"
	fi
	mv "$JSONL.tmp" "$JSONL"
	say "bench: scale: generated $JSONL ($(calc "printf \"%.0f\", $(wc -c <"$JSONL") / 1048576") MB) in $(($(date +%s) - t0)) s"
fi

if [ "$BENCH_REIMPORT" = 1 ] || [ ! -f "$DB" ] || [ ! -f "$ITIME" ]; then
	rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal" "$ITIME" "$ITIME.tmp"
	say "bench: scale: importing $JSONL into $DB (56 minutes at 1,000,000 on 2026-12-02) ..."
	if ! "$TIME" -f '%e %M' -o "$ITIME.tmp" "$SIFT" -d "$DB" import "$JSONL" \
	    >"$OUT/sift-import-$N.log" 2>&1; then
		tail -n 5 "$OUT/sift-import-$N.log" >&2
		die "sift import failed ($OUT/sift-import-$N.log)"
	fi
	mv "$ITIME.tmp" "$ITIME"
	say "bench: scale: imported in $(awk '{ print $1 }' "$ITIME") s: $(grep -E '^[0-9]+ imported' "$OUT/sift-import-$N.log" || :)"
else
	say "bench: scale: $DB from an earlier run ($(date -u -r "$ITIME" '+%Y-%m-%d %H:%M UTC'); BENCH_REIMPORT=1 imports it again)"
	if [ "$SIFT" -nt "$ITIME" ]; then
		say "bench: scale: note: $SIFT is newer than that import: its import time is not measured"
	fi
fi

# results FILE TIMEFILE DB N: measure DB, then add its import figures.
results() {
	"$PYTHON" "$srcdir/bench/scale.py" measure "$SIFT" "$3" "$SCALE_RUNS" "$1" $SCALE_TERMS
	{
		echo "n=$4"
		echo "db_mb=$(dbsize "$3")"
		if [ -f "$2" ]; then
			set -- $(tail -n 1 "$2")
			echo "import_s=$1"
			echo "import_rss_mb=$(calc "printf \"%.0f\", $2 / 1024")"
		fi
	} >>"$1"
}

say "bench: scale: measuring $DB ..."
results "$OUT/scale-$N.txt" "$ITIME" "$DB" "$N"
SMALL=$OUT/sift-$SCALE_SMALL.db
STIME=$OUT/sift-import-$SCALE_SMALL.log.time	# import.sh's names
if [ "$BENCH_REIMPORT" = 1 ] && [ -d "$OUT/corpus-$SCALE_SMALL" ]; then
	rm -f "$SMALL" "$SMALL-wal" "$SMALL-shm" "$SMALL-journal" "$STIME"
	say "bench: scale: importing $OUT/corpus-$SCALE_SMALL into $SMALL ..."
	if ! "$TIME" -f '%e %M' -o "$STIME.tmp" "$SIFT" -d "$SMALL" import \
	    "$OUT/corpus-$SCALE_SMALL" >"$OUT/sift-import-$SCALE_SMALL.log" 2>&1; then
		tail -n 5 "$OUT/sift-import-$SCALE_SMALL.log" >&2
		die "sift import failed ($OUT/sift-import-$SCALE_SMALL.log)"
	fi
	mv "$STIME.tmp" "$STIME"
	say "bench: scale: imported in $(awk '{ print $1 }' "$STIME") s"
fi
if [ -f "$SMALL" ]; then
	say "bench: scale: measuring $SMALL ..."
	results "$OUT/scale-$SCALE_SMALL.txt" "$STIME" "$SMALL" "$SCALE_SMALL"
	small=$OUT/scale-$SCALE_SMALL.txt
else
	say "bench: scale: no $SMALL (bench/import.sh makes it): its column stays empty"
	small=-
fi
nb=$OUT/newsboat/results-$SCALE_SMALL.txt
if [ ! -f "$nb" ]; then
	say "bench: scale: no $nb (bench/newsboat.sh writes it): newsboat's column stays empty"
	nb=-
fi
echo
"$PYTHON" "$srcdir/bench/scale.py" table "$OUT/scale-$N.txt" "$small" "$nb"
