#!/bin/sh
# The command line itself: help, version, usage errors and exit status.
. "${srcdir:-.}/tests/lib.sh"

run "$SIFT" --version
is "$rc" 0 "--version exits 0"
like "$T/out" '^sift [0-9]+\.[0-9]+' "--version prints the version"

run "$SIFT" --help
is "$rc" 0 "--help exits 0"
for c in read import list clean show mark reclean tag untag tags claims export import-claims; do
	like "$T/out" "^  $c " "--help lists $c"
done
like "$T/out" '-d, --db STORE' "--help names -d"

for c in read import list clean show mark reclean tag untag tags claims export import-claims; do
	run "$SIFT" $c --help
	is "$rc" 0 "$c --help exits 0"
	like "$T/out" "^usage: sift \[-d DB\] $c" "$c --help shows its usage"
	run "$SIFT" help $c
	is "$rc" 0 "help $c exits 0"
done
run "$SIFT" import --help
for o in --format --encoding --source --max-size; do
	like "$T/out" -- "$o" "import --help names $o"
done
run "$SIFT" list --help
for o in --search --format --limit; do
	like "$T/out" -- "$o" "list --help names $o"
done

run "$SIFT" frobnicate
is "$rc" 2 "an unknown command exits 2"
like "$T/err" "unknown command 'frobnicate'" "and says so"
run "$SIFT" --bogus
is "$rc" 2 "an unknown option exits 2"
run "$SIFT" import
is "$rc" 2 "import without a path exits 2"
like "$T/err" 'nothing to import' "and says why"
run "$SIFT" import --format pdf x
is "$rc" 2 "an unknown --format exits 2"
like "$T/err" "not 'pdf'" "and names it"
run "$SIFT" list --format xml
is "$rc" 2 "list --format xml exits 2"
run "$SIFT" list --limit -3
is "$rc" 2 "a negative --limit exits 2"
run "$SIFT" import --max-size lots x
is "$rc" 2 "a bad --max-size exits 2"
run "$SIFT" list --search '  '
is "$rc" 2 "an empty search exits 2"

# Every option in --help is in the man page, which renders cleanly.
if command -v groff >/dev/null; then
	groff -mandoc -Tascii -P-bcu -ww "$srcdir/man/sift.1" >"$T/man" 2>"$T/manerr"
	is "$(wc -c <"$T/manerr")" 0 "the man page renders without warnings"
	for o in --db --version --format --encoding --source --max-size --search --limit --explain --all --width --korean-words --emoji --quote --note --claimant --tag --article --output; do
		grep -q -- "$o" "$T/man"
		ok $? "man page documents $o"
	done
fi
done_testing
