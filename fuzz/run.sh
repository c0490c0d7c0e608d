#!/bin/sh
# fuzz/run.sh TARGET...: run each built fuzz/fuzz-TARGET for FUZZ_SECONDS
# (default 60), FUZZ_JOBS (default 2) at a time, from its corpus
# (fuzz/corpus-TARGET, kept between runs), its regression cases
# (tests/fuzz/TARGET) and our own pages, with the dictionary of its
# input; then print, per target, the executions and the
# coverage libFuzzer reached (cov: edges, ft: features), and exit 1 if
# any target found something.  A finding's input is left as
# fuzz/TARGET-crash-* (or -leak-, -timeout-, -oom-, -slow-unit-), its
# report in fuzz/TARGET.log.  Run from the build directory; srcdir names
# the source tree.
set -u
srcdir=${srcdir:-.}
secs=${FUZZ_SECONDS:-60}
njobs=${FUZZ_JOBS:-2}

# seeds TARGET: the folders, under srcdir, its first inputs come from
seeds() {
	case $1 in
	page)	echo tests/fuzz/page tests/pages tests/clean samples ;;
	rss)	echo tests/fuzz/rss tests/clean ;;
	text)	echo tests/fuzz/text tests/encodings samples ;;
	clean)	echo tests/fuzz/clean samples ;;
	layout)	echo tests/fuzz/layout tests/wrap ;;
	*)	echo tests/fuzz/$1 ;;
	esac
}

# flags TARGET: its dictionary and its longest input
flags() {
	case $1 in
	page|rss)	echo -dict=$srcdir/fuzz/html.dict -max_len=262144 ;;
	text)		echo -dict=$srcdir/fuzz/html.dict -max_len=65536 ;;
	json|claims)	echo -dict=$srcdir/fuzz/json.dict -max_len=65536 ;;
	pattern)	echo -dict=$srcdir/fuzz/pattern.dict -max_len=4200 ;;
	*)		echo -max_len=65536 ;;
	esac
}

# run_one TARGET: run it; its row of the summary goes to fuzz/TARGET.row,
# "found" to fuzz/TARGET.found if it found something.
run_one() {
	t=$1
	bin=fuzz/fuzz-$t
	log=fuzz/$t.log
	rm -f fuzz/$t.found
	mkdir -p fuzz/corpus-$t
	dirs=
	for d in $(seeds $t); do
		[ -d "$srcdir/$d" ] && dirs="$dirs $srcdir/$d"
	done
	echo "fuzz: running $bin for $secs s"
	# shellcheck disable=SC2046,SC2086
	"$bin" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix=fuzz/$t- $(flags $t) \
	    fuzz/corpus-$t $dirs >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" |
	    tail -n 1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" |
	    tail -n 1)
	last=$(grep -E '^#[0-9]+.* cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([^ ]*\).*/\1/p')
	if [ $rc -eq 0 ]; then
		result=ok
	else
		echo found >fuzz/$t.found
		unit=$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$log" |
		    tail -n 1)
		result="FOUND (exit $rc) ${unit:-see $log}"
		echo "fuzz: $bin found something; from $log:" >&2
		grep -E -A 30 'ERROR: |runtime error|deadly signal|==[0-9]+==' \
		    "$log" | head -n 60 >&2
	fi
	printf '%-8s %6s %12s %8s %7s %7s %12s  %s\n' "$t" "$secs" \
	    "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" \
	    "$result" >fuzz/$t.row
}

for t in "$@"; do
	if [ ! -x "fuzz/fuzz-$t" ]; then
		echo "fuzz: fuzz/fuzz-$t is not built" >&2
		exit 1
	fi
done
# FUZZ_JOBS targets at a time (2: a core each on CI's machine)
running=0
for t in "$@"; do
	run_one "$t" &
	running=$((running + 1))
	if [ $running -ge "$njobs" ]; then
		wait
		running=0
	fi
done
wait
failed=0
table=
for t in "$@"; do
	[ -e fuzz/$t.found ] && failed=1
	table="$table$(cat fuzz/$t.row 2>/dev/null || echo "$t: no result")
"
done

echo
echo "fuzz summary (FUZZ_SECONDS=$secs; cov: edges covered, ft: features)"
printf '%-8s %6s %12s %8s %7s %7s %12s  %s\n' target secs executions \
    exec/s cov ft corpus result
printf '%s' "$table"
if [ $failed -ne 0 ]; then
	echo "fuzz: findings above; add each input to tests/fuzz/<target>/" >&2
	exit 1
fi
echo "fuzz: no findings"
