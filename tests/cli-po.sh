#!/bin/sh
# Translations: every source file with a _() string is in po/POTFILES.in,
# and xgettext reads them all without complaint.
. "${srcdir:-.}/tests/lib.sh"

for f in "$srcdir"/src/*.c; do
	rel=src/${f##*/}
	if grep -q '_("' "$f"; then
		grep -qx "$rel" "$srcdir/po/POTFILES.in"
		ok $? "$rel is in po/POTFILES.in"
	fi
done
if command -v xgettext >/dev/null; then
	(cd "$srcdir" && grep -v '^#' po/POTFILES.in |
	    xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 -o "$T/sift.pot" -f -) 2>"$T/err"
	ok $? "xgettext extracts the strings"
	is "$(wc -c <"$T/err")" 0 "without warnings"
	n=$(grep -c '^msgid "' "$T/sift.pot")
	[ "$n" -gt 50 ]
	ok $? "a catalogue of $n strings"
fi
done_testing
