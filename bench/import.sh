#!/bin/sh
# The import benchmark (`make bench`): sift import against the sqlite3
# shell inserting the same articles into a bare table with the same FTS5
# trigram index (bench/baseline.py writes that SQL script).
#
# Run from the build directory (./src/sift).  Everything it writes goes
# under bench/out/ there.  Environment:
#   BENCH_SIZES   corpus sizes (default "10000 100000")
#   BENCH_JSONL   0 to skip the JSON Lines row (default 1)
#   SQLITE3       the sqlite3 shell (default sqlite3)
#   PYTHON        python3 for bench/baseline.py (default python3)
#   srcdir        the source directory (default: this script's ../)
# Units: MB is 2^20 bytes; articles/s and MB/s are over the input files.
set -eu

: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BENCH_SIZES:=10000 100000}"
: "${BENCH_JSONL:=1}"
: "${SQLITE3:=sqlite3}"
: "${PYTHON:=python3}"
SIFT=./src/sift
OUT=bench/out
GEN=$srcdir/../shared/bin/gen-corpus
TIME=/usr/bin/time
LC_ALL=C.UTF-8
export LC_ALL

say() { printf '%s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
calc() { LC_ALL=C awk "BEGIN { $1 }" </dev/null; }

if [ ! -f "$GEN" ]; then
	say "bench: skipped: $GEN is missing (it generates the corpus)"
	exit 0
fi
[ -x "$SIFT" ] || die "$SIFT is missing: run make first (from the build directory)"
[ -x "$TIME" ] || die "$TIME (GNU time) is missing"
command -v "$SQLITE3" >/dev/null 2>&1 || die "$SQLITE3 is missing"
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON is missing"
case $(date +%N) in
*N*) NS=0 ;;
*) NS=1 ;;
esac

mkdir -p "$OUT"
free_kb=$(df -Pk "$OUT" | awk 'NR == 2 { print $4 }')
if [ "${free_kb:-0}" -lt 5242880 ]; then
	say "bench: warning: only $(calc "printf \"%.1f\", $free_kb / 1048576") GB free under $OUT; the 100000 run needs a few GB"
fi

gen() {		# gen [--jsonl] N PATH: generate once, reuse afterwards
	if [ "$1" = --jsonl ]; then
		[ -f "$3" ] && return 0
		set -- "$1" "$2" "$3" "$3.tmp"
		rm -f "$4"
	else
		[ -d "$2" ] && return 0
		set -- "" "$1" "$2" "$2.tmp"
		rm -rf "$4" "$OUT/baseline-$2.sql"
	fi
	say "bench: generating $3 ..."
	t0=$(date +%s)
	if [ -x "$GEN" ]; then
		"$GEN" ${1:+"$1"} "$2" "$4"
	else
		"$PYTHON" "$GEN" ${1:+"$1"} "$2" "$4"
	fi
	mv "$4" "$3"
	say "bench: generated $3 in $(($(date +%s) - t0)) s"
}

bytes() {	# total bytes of the files under a path
	find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f\n", s }'
}

dbsize() {	# the database, with its WAL if one is left
	s=0
	for f in "$1" "$1-wal"; do
		[ -f "$f" ] && s=$((s + $(wc -c <"$f")))
	done
	echo "$s"
}

freshdb() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# timed LOG CMD...: run CMD, its output to LOG, and set $secs, $rss_kb.
timed() {
	log=$1
	shift
	if ! "$TIME" -f '%e %M' -o "$log.time" "$@" >"$log" 2>&1; then
		say "bench: failed: $*" >&2
		tail -n 20 "$log" >&2
		tail -n 2 "$log.time" >&2
		exit 1
	fi
	read -r secs rss_kb <<EOF
$(tail -n 1 "$log.time")
EOF
}

# ms CMD...: best of three wall-clock times in milliseconds, output dropped.
ms() {
	best=
	for _ in 1 2 3; do
		if [ "$NS" = 1 ]; then
			t0=$(date +%s%N)
			"$@" >/dev/null
			t=$((($(date +%s%N) - t0) / 1000000))
		else
			"$TIME" -f '%e' -o "$OUT/ms.time" "$@" >/dev/null
			t=$(calc "printf \"%d\", $(tail -n 1 "$OUT/ms.time") * 1000")
		fi
		if [ -z "$best" ] || [ "$t" -lt "$best" ]; then
			best=$t
		fi
	done
	echo "$best"
}

# sift's output from an import: its summary line, and anything else.
report_log() {
	grep -E '^[0-9]+ imported, ' "$1" | sed "s/^/bench: $2: sift: /" || :
	if grep -Evq '^[0-9]+ imported, [0-9]+ already stored, 0 failed$' "$1"; then
		say "bench: $2: sift reported failures or printed more than its summary (all in $1):"
		grep -Ev '^[0-9]+ imported, ' "$1" | head -n 5 | sed 's/^/    /' || :
	fi
}

count() { "$SQLITE3" "$1" 'SELECT count(*) FROM articles;'; }

ROWS=$OUT/rows.$$
FINAL=$OUT/final.$$
trap 'rm -f "$ROWS" "$FINAL"' EXIT
: >"$ROWS"
: >"$FINAL"

row() { printf '%s\n' "$*" >>"$ROWS"; }

for n in $BENCH_SIZES; do
	corpus=$OUT/corpus-$n
	gen "$n" "$corpus"
	in_bytes=$(bytes "$corpus")
	nfiles=$(find "$corpus" -type f | wc -l)

	# sift, the directory form.
	db=$OUT/sift-$n.db
	freshdb "$db"
	say "bench: N=$n: sift import of $nfiles files ($(calc "printf \"%.1f\", $in_bytes / 1048576") MB) ..."
	timed "$OUT/sift-import-$n.log" "$SIFT" -d "$db" import "$corpus"
	s_secs=$secs s_rss=$rss_kb
	report_log "$OUT/sift-import-$n.log" "N=$n"
	s_stored=$(count "$db")
	s_db=$(dbsize "$db")

	# the baseline: write the script (not timed), then time sqlite3.
	sql=$OUT/baseline-$n.sql
	if [ ! -f "$sql" ]; then	# removed when the corpus is made
		say "bench: N=$n: writing $sql ..."
		"$PYTHON" "$srcdir/bench/baseline.py" "$corpus" "$sql" >/dev/null
	fi
	bdb=$OUT/base-$n.db
	freshdb "$bdb"
	say "bench: N=$n: $SQLITE3 < $sql ..."
	timed "$OUT/base-$n.log" "$SQLITE3" "$bdb" <"$sql"
	b_secs=$secs b_rss=$rss_kb
	if grep -v '^wal$' "$OUT/base-$n.log" | grep -q .; then
		say "bench: sqlite3 printed something (see $OUT/base-$n.log)"
	fi
	b_stored=$(count "$bdb")
	b_db=$(dbsize "$bdb")

	ratio=$(calc "if ($b_secs > 0) printf \"%.2f\", $s_secs / $b_secs; else print \"-\"")
	rps=$(calc "if ($s_secs > 0) printf \"%.0f\", $nfiles / $s_secs; else print \"-\"")
	mbps=$(calc "if ($s_secs > 0) printf \"%.1f\", $in_bytes / 1048576 / $s_secs; else print \"-\"")
	rss_mb=$(calc "printf \"%.0f\", $s_rss / 1024")
	row "$n dir $s_secs $rps $mbps $rss_mb $(calc "printf \"%.0f\", $s_db / 1048576") $s_stored" \
	    "$b_secs $(calc "printf \"%.0f\", $b_rss / 1024") $(calc "printf \"%.0f\", $b_db / 1048576") $b_stored $ratio"
	printf 'import N=%s: sift %s s (%s articles/s, %s MB/s, RSS %s MB), sqlite3 bare insert %s s, ratio %s (goal <= 2)\n' \
	    "$n" "$s_secs" "$rps" "$mbps" "$rss_mb" "$b_secs" "$ratio" >>"$FINAL"
	[ "$s_stored" = "$nfiles" ] || say "bench: warning: sift stored $s_stored of $nfiles articles"
	[ "$b_stored" = "$nfiles" ] || say "bench: warning: the baseline stored $b_stored of $nfiles articles"

	# the same articles as JSON Lines, against the same baseline.
	if [ "$BENCH_JSONL" != 0 ]; then
		jl=$OUT/corpus-$n.jsonl
		gen --jsonl "$n" "$jl"
		j_bytes=$(bytes "$jl")
		jdb=$OUT/sift-$n-jsonl.db
		freshdb "$jdb"
		say "bench: N=$n: sift import of $jl ($(calc "printf \"%.1f\", $j_bytes / 1048576") MB) ..."
		timed "$OUT/sift-import-$n-jsonl.log" "$SIFT" -d "$jdb" import "$jl"
		report_log "$OUT/sift-import-$n-jsonl.log" "N=$n jsonl"
		j_stored=$(count "$jdb")
		row "$n jsonl $secs" \
		    "$(calc "if ($secs > 0) printf \"%.0f\", $n / $secs; else print \"-\"")" \
		    "$(calc "if ($secs > 0) printf \"%.1f\", $j_bytes / 1048576 / $secs; else print \"-\"")" \
		    "$(calc "printf \"%.0f\", $rss_kb / 1024")" \
		    "$(calc "printf \"%.0f\", $(dbsize "$jdb") / 1048576")" "$j_stored" \
		    "$b_secs - - - $(calc "if ($b_secs > 0) printf \"%.2f\", $secs / $b_secs; else print \"-\"")"
		[ "$j_stored" = "$n" ] || say "bench: warning: sift stored $j_stored of $n articles from $jl"
	fi

	# listing and searching the directory-form database.
	say "bench: N=$n: list and search ..."
	for q in "" 普京 金正恩; do
		if [ -z "$q" ]; then
			t=$(ms "$SIFT" -d "$db" list)
			hits=$("$SIFT" -d "$db" list | wc -l)
			row "$n list $t $hits"
		else
			t=$(ms "$SIFT" -d "$db" list --search "$q")
			hits=$("$SIFT" -d "$db" list --search "$q" | wc -l)
			row "$n search $t $hits $q"
		fi
	done
done

say ""
say "import: sift vs sqlite3 with a bare table and the same FTS5 trigram index"
say "(MB = 2^20 bytes; db MB with its WAL; jsonl ratio against the same baseline;"
say " list and search: sift -d sift-N.db list [--search Q] >/dev/null, best of 3)"
say ""
printf '%-7s %-12s %8s %10s %7s %7s %7s %7s | %8s %7s %7s %7s | %6s\n' \
    size form "sift s" "articles/s" "MB/s" "RSS MB" "db MB" stored \
    "base s" "RSS MB" "db MB" stored ratio
while read -r n form a b c d e f g h i j k; do
	case $form in
	dir | jsonl)
		printf '%-7s %-12s %8s %10s %7s %7s %7s %7s | %8s %7s %7s %7s | %6s\n' \
		    "$n" "$form" "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$h" "$i" "$j" "$k"
		;;
	*)
		printf '%-7s %-12s %8s ms, %s rows%s\n' "$n" "$form" "$a" "$b" "${c:+ for $c}"
		;;
	esac
done <"$ROWS"
say ""
cat "$FINAL"
