#!/bin/sh
# Bad input: every kind gets a message naming the file and the reason, the
# good files still import, the exit status is 1 and nothing half-imported
# stays behind.
. "${srcdir:-.}/tests/lib.sh"

DB="$T/bad.db"
D="$T/mixed"
mkdir -p "$D/sub"
printf 'Good title\nA plain paragraph that is fine.\n' >"$D/good.txt"
printf '<html><head><title>Page</title></head><body><p>Fine HTML text.</p></body></html>' \
    >"$D/sub/page.html"
: >"$D/empty.txt"
printf '   \n\n\t\n' >"$D/blank.txt"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$D/image.png"
# UTF-8 with a stray byte is repaired (a Latin-1 file would be detected).
printf 'Broken bytes\nCaf\303\251 au lait and \377 more text here.\n' >"$D/broken.txt"

run "$SIFT" -d "$DB" import "$D"
is "$rc" 1 "a directory of mixed files exits 1"
like "$T/err" "mixed/empty.txt: empty file, skipped" "empty file named, with the reason"
like "$T/err" "mixed/blank.txt: empty file, skipped" "white-space-only file is empty"
like "$T/err" "mixed/image.png: binary file \(NUL byte at offset 8\), skipped" \
    "binary file named, with the offset of the NUL"
like "$T/err" "mixed/broken.txt: invalid UTF-8 at byte 31; 1 bad sequence replaced with U\+FFFD" \
    "invalid UTF-8 warned with the byte offset"
like "$T/out" '^3 imported, 0 already stored, 3 failed$' "the good files and the repaired one imported"
run "$SIFT" -d "$DB" list --search 'au lait'
like "$T/out" 'Broken bytes' "the repaired file is searchable"
if [ -n "${SQLITE3:-}" ]; then
	is "$("$SQLITE3" "$DB" "SELECT instr(text, char(65533)) > 0 FROM articles WHERE title = 'Broken bytes'")" 1 \
	    "invalid bytes stored as U+FFFD"
fi

run "$SIFT" -d "$DB" import "$T/nonexistent.txt" "$D/good.txt"
is "$rc" 1 "a missing path exits 1"
like "$T/err" "nonexistent.txt: cannot open: No such file or directory" "missing path named"
like "$T/out" '^0 imported, 1 already stored, 1 failed$' "the other file was still read"

# Unreadable: root reads anything, so drop to nobody when we are root.
U="$T/unreadable"
mkdir -p "$U"
printf 'Secret\nText that cannot be read.\n' >"$U/secret.txt"
chmod 000 "$U/secret.txt"
if [ "$(id -u)" -eq 0 ]; then
	chmod 777 "$T" "$U"
	as="setpriv --reuid=65534 --regid=65534 --clear-groups --"
	command -v setpriv >/dev/null || as=""
else
	as=""
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as" ]; then
	run $as "$SIFT" -d "$T/nobody.db" import "$U/secret.txt"
	is "$rc" 1 "an unreadable file exits 1"
	like "$T/err" "secret.txt: cannot open: Permission denied" "unreadable file named"
else
	ok 0 "# SKIP no setpriv to drop root"
	ok 0 "# SKIP no setpriv to drop root"
fi

# A 50 MB single-line file is over the size limit; the others still import.
head -c 50000000 /dev/zero | tr '\0' 'a' >"$T/huge.txt"
printf 'Small one\nStill imported after the huge one.\n' >"$T/small.txt"
run "$SIFT" -d "$DB" import "$T/huge.txt" "$T/small.txt"
is "$rc" 1 "a 50 MB single line exits 1"
like "$T/err" "huge.txt: larger than the 32 MB limit for one article \(see --max-size\), skipped" \
    "the huge file is named with the limit"
like "$T/out" '^1 imported' "the small file imported"
rm -f "$T/huge.txt"

# A truncated JSON Lines record: the others import.
cat >"$T/feed.jsonl" <<'JSON'
{"title": "First record", "url": "https://a.example/1", "date": "2024-03-01", "text": "The first record is complete."}
{"title": "Truncated", "text": "This line was cut off in the mid
{"title": "Third record", "url": "https://a.example/3", "text": "The third record is complete too."}
[1, 2, 3]
JSON
run "$SIFT" -d "$DB" import "$T/feed.jsonl"
is "$rc" 1 "a truncated JSONL record exits 1"
like "$T/err" "feed.jsonl:2: not valid JSON \(malformed JSON\), skipped" "the bad record named by line"
like "$T/err" "feed.jsonl:4: not a JSON object, skipped" "a non-object record named by line"
like "$T/out" '^2 imported, 0 already stored, 2 failed$' "the two good records imported"

# Records with neither text nor html (once pointer arithmetic on NULL,
# an abort under UBSan): each named, skipped, the others kept.
cat >"$T/notext.jsonl" <<'JSON'
{"title":"no text"}
{"title":"empty","text":""}
{"title":"nulls","text":null,"html":null}
{"title":"Kept record","text":"The one record here with text in it."}
JSON
run "$SIFT" -d "$DB" import "$T/notext.jsonl"
is "$rc" 1 "records without text: exit 1"
is "$(grep -c 'notext.jsonl:[123]: no text found, skipped' "$T/err")" 3 \
    "each record without text is named by its line"
like "$T/out" '^1 imported, 0 already stored, 3 failed$' "the record with text is kept"

# Wrong encodings.
run "$SIFT" -d "$DB" import --encoding NOPE-8 "$D/good.txt"
is "$rc" 1 "an unknown --encoding exits 1"
like "$T/err" "unknown encoding 'NOPE-8'" "and names it"
printf '标题\n这是一段中文文字。\n' >"$T/utf8.txt"
run "$SIFT" -d "$DB" import --encoding ASCII "$T/utf8.txt"
is "$rc" 1 "a file not in the given encoding exits 1"
like "$T/err" "utf8.txt: not valid ASCII at byte 0 \(wrong --encoding\?\), skipped" \
    "the file is named with the offset"

# Nothing half-imported: every article has its index entry.
if [ -n "${SQLITE3:-}" ]; then
	is "$("$SQLITE3" "$DB" "PRAGMA integrity_check")" ok "the database is intact"
	is "$(fts_indexed "$DB")" \
	    "$("$SQLITE3" "$DB" "SELECT count(*) FROM articles")" \
	    "the full-text index holds every article"
	fts_check "$DB"
	ok $? "the full-text index matches the articles"
fi
# A page with a few stray NUL bytes far into it is read, the NULs dropped.
python3 - "$T/nul.html" <<'PY'
import sys
body = "<p>" + "A sentence of the story, written out at some length. " * 40 + "</p>"
open(sys.argv[1], "wb").write(("<html><head><title>Stray</title></head><body>" +
    body).encode() + b"\0\0" + b"<p>After the stray bytes.</p></body></html>")
PY
run "$SIFT" clean --all "$T/nul.html"
is "$rc" 0 "a page with two stray NULs is cleaned"
like "$T/err" "nul.html: 2 NUL bytes dropped, the first at offset" \
    "and the NULs are named"
like "$T/out" "After the stray bytes." "the text after them is read"

done_testing
