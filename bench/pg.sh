#!/bin/sh
# PostgreSQL beside SQLite (`make bench`, after import.sh and scale.sh):
# the same figures of the same articles on both stores.
#
#   import      sift import of the generated corpus of PG_N articles
#               (default 100,000), wall clock and peak RSS
#   the reader  first paint, page down and / searches at PG_N, and first
#               paint at PG_LARGE (default 1,000,000) when that store is
#               there (bench/scale.py measure, on each store)
#   list search sift list --search TERM from the command line
#   tagging     key to committed row in the reader (bench/tag.py), eight
#               readers tagging at once, each its own article, 8 rounds
#               of 4 actions: the median and the 99th percentile of all
#
# The cluster is the benchmark's own (initdb as user nobody when run as
# root), kept under bench/out/pg with its databases between runs and
# stopped at the end; it listens on a Unix socket only.  The SQLite store
# of PG_N articles is import.sh's (bench/out/sift-PG_N.db), the one of
# PG_LARGE scale.sh's; the PostgreSQL store of PG_LARGE is copied from it
# (sift copy) once, when PG_LARGE_COPY=1: about an hour on 2 cores.
#
# Environment: PG_N, PG_LARGE, PG_LARGE_COPY, PG_RUNS (default 3),
# PG_TERMS (default "普京 金正恩 ammunition"), PG_REIMPORT=1 (import again),
# PG_TAGGING_ONLY=1 (measure the tagging again, keep the rest).
set -eu

: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${PG_N:=100000}"
: "${PG_LARGE:=1000000}"
: "${PG_LARGE_COPY:=0}"
: "${PG_RUNS:=3}"
: "${PG_TERMS:=普京 金正恩 ammunition}"
: "${PG_REIMPORT:=0}"
: "${PG_TAGGING_ONLY:=0}"
SIFT=./src/sift
OUT=bench/out
GEN=$srcdir/../shared/bin/gen-corpus
TIME=/usr/bin/time
LC_ALL=C.UTF-8
export LC_ALL

say() { printf 'bench: pg: %s\n' "$*"; }

PGBIN=$(pg_config --bindir 2>/dev/null || :)
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || PGBIN=$(ls -d \
    /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
	say "skipped: PostgreSQL is not installed (./bootstrap installs it)"
	exit 0
fi
[ -x "$SIFT" ] || { say "$SIFT is missing: run make first"; exit 1; }
mkdir -p "$OUT"
CL=$(cd "$OUT" && pwd)/pg
SOCK=$(mktemp -d /tmp/sift-bench-pg.XXXXXX)
as=""
if [ "$(id -u)" = 0 ]; then
	as="runuser -u nobody --"
	chown nobody "$SOCK"
fi
if [ ! -d "$CL/data" ]; then
	mkdir -p "$CL"
	[ -z "$as" ] || chown nobody "$CL"
	$as "$PGBIN/initdb" -D "$CL/data" -A trust -U sift -E UTF8 \
	    --locale=C.UTF-8 >"$CL/initdb.log" 2>&1
fi
$as "$PGBIN/pg_ctl" -D "$CL/data" -l "$CL/log" -w -o "-k $SOCK \
    -c listen_addresses='' -c shared_buffers=256MB" start >/dev/null
trap '$as "$PGBIN/pg_ctl" -D "$CL/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$SOCK"' EXIT
uri() { echo "postgresql:///$1?host=$SOCK&user=sift"; }
has_db() {
	"$PGBIN/psql" -X -A -t "$(uri postgres)" -c \
	    "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1
}

# The corpus and the SQLite store of PG_N articles, as import.sh makes
# them; the PostgreSQL store imported from the same corpus, timed.
CORPUS=$OUT/corpus-$PG_N.jsonl
if [ ! -f "$CORPUS" ]; then
	if [ ! -x "$GEN" ]; then
		say "skipped: $GEN is missing (it generates the corpus)"
		exit 0
	fi
	"$GEN" --jsonl "$PG_N" "$CORPUS.tmp" >/dev/null
	mv "$CORPUS.tmp" "$CORPUS"
fi
LITE=$OUT/pg-lite-$PG_N.db
PG=$(uri "n$PG_N")
for b in lite pg; do
	t=$OUT/pg-import-$b-$PG_N.time
	if [ "$b" = lite ]; then db=$LITE; else db=$PG; fi
	if [ "$PG_REIMPORT" = 1 ] || [ ! -f "$t" ]; then
		if [ "$b" = lite ]; then
			rm -f "$LITE" "$LITE-wal" "$LITE-shm"
		else
			PGOPTIONS='-c client_min_messages=warning' \
			    "$PGBIN/psql" -X -q "$(uri postgres)" -c \
			    "DROP DATABASE IF EXISTS n$PG_N" -c \
			    "CREATE DATABASE n$PG_N"
		fi
		say "importing $CORPUS into the $b store ..."
		"$TIME" -f '%e %M' -o "$t.tmp" "$SIFT" -d "$db" import \
		    "$CORPUS" >/dev/null 2>&1
		mv "$t.tmp" "$t"
	fi
done

# tagging DB: eight readers tag at once; median and 99th percentile
tagging() {
	printf '1 bench/alleged\n2 bench/denied\n3 bench/other\nexclusive bench/*\n' |
	    "$SIFT" -d "$1" tagset - >/dev/null
	# articles with sentences to tag: some are all boilerplate
	i=1
	for id in $("$SIFT" -d "$1" list --search ammunition --limit 8 |
	    cut -f1); do
		python3 "$srcdir/bench/tag.py" "$SIFT" "$1" "$id" 8 \
		    "$OUT/pg-tag.$i" >/dev/null &
		i=$((i + 1))
	done
	wait
	cat "$OUT"/pg-tag.? | sort -n | awk '{ v[NR] = $1 }
	    END { printf "%.2f %.2f %d", v[int(NR / 2) + 1] * 1000,
		v[int(NR * 0.99) + 1] * 1000, NR }'
	rm -f "$OUT"/pg-tag.?
}

for b in lite pg; do
	if [ "$b" = lite ]; then db=$LITE; else db=$PG; fi
	say "measuring the $b store of $PG_N articles ..."
	if [ "$PG_TAGGING_ONLY" = 1 ] && [ -f "$OUT/pg-$b-$PG_N.txt" ]; then
		sed -i '/^tagging=/d' "$OUT/pg-$b-$PG_N.txt"
	else
		python3 "$srcdir/bench/scale.py" measure "$SIFT" "$db" \
		    "$PG_RUNS" "$OUT/pg-$b-$PG_N.txt" $PG_TERMS
	fi
	echo "tagging=$(tagging "$db")" >>"$OUT/pg-$b-$PG_N.txt"
done

# The large stores: first paint.
LARGE_LITE=$OUT/sift-$PG_LARGE.db
PGL=$(uri "n$PG_LARGE")
if [ -f "$LARGE_LITE" ] && ! has_db "n$PG_LARGE" && [ "$PG_LARGE_COPY" = 1 ]; then
	"$PGBIN/psql" -X -q "$(uri postgres)" -c "CREATE DATABASE n$PG_LARGE"
	say "copying $LARGE_LITE into PostgreSQL (about an hour) ..."
	"$TIME" -f '%e %M' -o "$OUT/pg-copy-$PG_LARGE.time" "$SIFT" copy \
	    "$LARGE_LITE" "$PGL" >/dev/null 2>&1 || say "the copy failed"
fi
for b in lite pg; do
	if [ "$b" = lite ]; then
		[ -f "$LARGE_LITE" ] || continue
		db=$LARGE_LITE
	else
		has_db "n$PG_LARGE" || continue
		db=$PGL
	fi
	python3 "$srcdir/bench/scale.py" measure "$SIFT" "$db" "$PG_RUNS" \
	    "$OUT/pg-$b-$PG_LARGE.txt" ammunition
done

get() { sed -n "s/^$2=//p" "$1" 2>/dev/null | head -1; }
echo
echo "pg: sift on PostgreSQL beside SQLite, $PG_N articles (ms unless named; load $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores)"
printf '%-22s %-22s %s\n' "SQLite" "PostgreSQL" ""
# the label last: printf pads bytes, and a CJK term is wider than its bytes
row() { printf '%-22s %-22s %s\n' "$2" "$3" "$1"; }
imp() { set -- $(cat "$OUT/pg-import-$1-$PG_N.time"); echo "$1 s, $(($2 / 1024)) MB"; }
L=$OUT/pg-lite-$PG_N.txt
P=$OUT/pg-pg-$PG_N.txt
row "import of $PG_N" "$(imp lite)" "$(imp pg)"
row "first paint at $PG_N" "$(get "$L" first_ms)" "$(get "$P" first_ms)"
row "page down (median, worst)" "$(get "$L" pgdn_ms), $(get "$L" pgdn_worst_ms)" \
    "$(get "$P" pgdn_ms), $(get "$P" pgdn_worst_ms)"
i=0
for t in $PG_TERMS; do
	row "/ $t in the reader (hits)" "$(get "$L" ui_ms_$i) ($(get "$L" ui_hits_$i))" \
	    "$(get "$P" ui_ms_$i) ($(get "$P" ui_hits_$i))"
	row "list --search $t (hits)" "$(get "$L" cli_ms_$i) ($(get "$L" cli_hits_$i))" \
	    "$(get "$P" cli_ms_$i) ($(get "$P" cli_hits_$i))"
	i=$((i + 1))
done
tl=$(get "$L" tagging)
tp=$(get "$P" tagging)
row "tagging, 8 at once: median" "${tl%% *}" "${tp%% *}"
tl=${tl#* }
tp=${tp#* }
row "tagging, 8 at once: 99th pct" "${tl%% *} (of ${tl#* })" "${tp%% *} (of ${tp#* })"
row "first paint at $PG_LARGE" "$(get "$OUT/pg-lite-$PG_LARGE.txt" first_ms)" \
    "$(get "$OUT/pg-pg-$PG_LARGE.txt" first_ms)"
