#!/bin/sh
# Claims from the command line: tag, untag, tags, claims, export in CSV,
# JSON Lines and W3C (checked with python3's csv and json), CJK quotes,
# odd tag names, and claims surviving reclean.
. "${srcdir:-.}/tests/lib.sh"
command -v python3 >/dev/null || skip_all "no python3"

DB="$T/claims.db"
cat >"$T/a.txt" <<'TXT'
Kim invites Putin to North Korea
Washington has accused North Korea of providing arms to Russia, but it is unclear whether any deliveries have been made.
Both countries have denied those claims.
TXT
cat >"$T/b.txt" <<'TXT'
金正恩或将与普京会面
朝鲜领导人金正恩近期或将到访俄罗斯，与普京总统讨论平壤为乌克兰战争向莫斯科出售武器以及俄罗斯向朝鲜提供粮食问题。
美国表示，朝鲜否认向俄罗斯提供武器。
TXT
"$SIFT" -d "$DB" import "$T/a.txt" "$T/b.txt" >/dev/null
export SIFT_ANNOTATOR=mei

run "$SIFT" -d "$DB" tag 1 --quote "Both countries have denied those claims." arms-supply/denied
is "$rc" 0 "tag a sentence"
like "$T/out" '^claim 1 \([0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\)$' "a version-7 UUID"
run "$SIFT" -d "$DB" tag 1 --quote "ACCUSED NORTH KOREA" --claimant Washington --note "the U.S. view" arms-supply/alleged us
is "$rc" 0 "a case-folded quote with a note, a claimant and two tags"
run "$SIFT" -d "$DB" tag 2 --quote "朝鲜否认向俄罗斯提供武器" arms-supply/denied
is "$rc" 0 "a Chinese quote"
run "$SIFT" -d "$DB" tag 1 --quote "not in the text" x
is "$rc" 1 "a quote the article lacks"
like "$T/err" "article 1 does not contain the quote" "is refused with a reason"
for bad in "a;b" " lead" "tab	x" ""; do
	run "$SIFT" -d "$DB" tag 1 --quote "Both" "$bad"
	is "$rc" 2 "odd tag name '$bad' is refused"
done
run "$SIFT" -d "$DB" tag 1 --quote "Both" "arms-supply/🚀 – 武器"
is "$rc" 0 "a tag with emoji, dash and CJK is fine"

run "$SIFT" -d "$DB" tags
is "$(cat "$T/out")" "arms-supply/alleged	1
arms-supply/denied	2
arms-supply/🚀 – 武器	1
us	1" "tags counts each claim once"
run "$SIFT" -d "$DB" claims --tag arms-supply/denied
is "$(cut -f1,2,3,4 "$T/out" | tr '\n' '|')" "1	1	arms-supply/denied	exact|3	2	arms-supply/denied	exact|" "claims --tag"
run "$SIFT" -d "$DB" claims --article 2
like "$T/out" "朝鲜否认向俄罗斯提供武器" "claims --article"

"$SIFT" -d "$DB" export --format csv >"$T/claims.csv"
python3 - "$T/claims.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert len(rows) == 4, rows
q = {r["quote"]: r for r in rows}
r = q["accused North Korea"]
assert r["tags"] == "arms-supply/alleged;us" and r["claimant"] == "Washington"
assert r["note"] == "the U.S. view" and r["annotator"] == "mei"
assert q["朝鲜否认向俄罗斯提供武器"]["tags"] == "arms-supply/denied"
zh = q["朝鲜否认向俄罗斯提供武器"]
assert int(zh["end"]) - int(zh["start"]) == 12          # code points
assert int(zh["byte_end"]) - int(zh["byte_start"]) == 36
PY
ok $? "CSV parses and holds the claims with tags, note, claimant, offsets"
"$SIFT" -d "$DB" export --format jsonl >"$T/claims.jsonl"
python3 - "$T/claims.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == 4
for r in rows:
    assert r["id"].startswith("urn:uuid:") and r["quote"] and r["tags"]
    assert len(r["prefix"]) <= 40 and len(r["suffix"]) <= 40
zh = [r for r in rows if r["quote"] == "朝鲜否认向俄罗斯提供武器"][0]
assert zh["suffix"] == "。" and zh["prefix"].endswith("美国表示，")
PY
ok $? "JSON Lines parses; prefix and suffix are context of whole characters"
run "$SIFT" -d "$DB" export --format w3c -o "$T/claims.json"
is "$rc" 0 "W3C export to a file"
python3 - "$T/claims.json" "$T/b.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["type"] == "AnnotationCollection" and d["total"] == 4
items = d["first"]["items"]
assert all(i["type"] == "Annotation" for i in items)
tags = sorted(b["value"] for i in items for b in i["body"] if b["purpose"] == "tagging")
assert tags == ["arms-supply/alleged", "arms-supply/denied", "arms-supply/denied", "arms-supply/🚀 – 武器", "us"], tags
zh = [i for i in items if i["target"]["selector"][0]["exact"] == "朝鲜否认向俄罗斯提供武器"][0]
pos = zh["target"]["selector"][1]
text = "\n".join(open(sys.argv[2], encoding="utf-8").read().split("\n")[1:]).strip()
assert text[pos["start"]:pos["end"]] == "朝鲜否认向俄罗斯提供武器", (pos, text[pos["start"]:pos["end"]])
PY
ok $? "W3C collection parses; positions count code points"
ls "$T" | grep -q 'claims.json\.' && ok 1 "no temporary file left" || ok 0 "no temporary file left"
run "$SIFT" -d "$DB" export --format w3c -o "$T/nodir/x.json"
is "$rc" 1 "an export that cannot be written exits 1"
[ ! -e "$T/nodir/x.json" ]
ok $? "and leaves no file"

# Claims survive re-import and reclean, and move with their text.
"$SIFT" -d "$DB" import "$T/a.txt" >/dev/null
run "$SIFT" -d "$DB" claims --article 1
is "$(wc -l <"$T/out")" 3 "re-import keeps the claims"
if [ -n "${SQLITE3:-}" ]; then
	"$SQLITE3" "$DB" "UPDATE articles SET text = 'An added first paragraph.' || char(10) || text WHERE id = 1"
	"$SIFT" -d "$DB" reclean 1 >/dev/null
	run "$SIFT" -d "$DB" claims --article 1
	like "$T/out" "	exact	Both countries" "after reclean the claim holds its quote again"
	"$SQLITE3" "$DB" "UPDATE article_raw SET raw = replace(raw, 'Both countries', 'Both nations') WHERE article_id = 1"
	"$SIFT" -d "$DB" reclean 1 >/dev/null
	run "$SIFT" -d "$DB" claims --article 1
	like "$T/out" "	fuzzy	Both countries have denied" "a quote with a word changed is found again, fuzzy"
	is "$("$SQLITE3" "$DB" "SELECT substr(text, start + 1, end - start) FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.quote LIKE 'Both countries%'")" \
	    "Both nations have denied those claims." "on the changed sentence"
	"$SIFT" -d "$DB" export --format jsonl --article 1 >"$T/fuzzy.jsonl"
	"$SIFT" -d "$DB" export --format w3c --article 1 >"$T/fuzzy.w3c"
	python3 - "$T/fuzzy.jsonl" "$T/fuzzy.w3c" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
f = [r for r in rows if r["anchor"] == "fuzzy"]
assert len(f) == 1 and f[0]["quote"] == "Both countries have denied those claims.", f
assert f[0]["found"] == "Both nations have denied those claims." and 0.75 <= f[0]["score"] <= 1, f
assert all(r["score"] is None for r in rows if r["anchor"] != "fuzzy")
items = json.load(open(sys.argv[2], encoding="utf-8"))["first"]["items"]
w = [i for i in items if any(b["value"] == "quoted as: Both countries have denied those claims." for b in i["body"])]
assert len(w) == 1 and w[0]["target"]["selector"][0]["exact"] == f[0]["found"], w
assert w[0]["target"]["selector"][1]["end"] - w[0]["target"]["selector"][1]["start"] == len(f[0]["found"])
PY
	ok $? "exports give a fuzzy claim its score and the text found; W3C's selectors agree"
	"$SQLITE3" "$DB" "UPDATE article_raw SET raw = replace(raw, 'Both nations have denied those claims.', 'Officials in Seoul met on Tuesday.') WHERE article_id = 1"
	"$SIFT" -d "$DB" reclean 1 >/dev/null
	run "$SIFT" -d "$DB" claims --article 1
	like "$T/out" "	orphaned	Both countries have denied" "a quote that is gone is orphaned, not dropped"
fi

# Two stores, one set of claims: import-claims merges by UUID.
DB2="$T/other.db"
"$SIFT" -d "$DB2" import "$T/b.txt" "$T/a.txt" >/dev/null
run "$SIFT" -d "$DB2" import-claims "$T/claims.jsonl"
is "$rc" 0 "import-claims of JSON Lines"
like "$T/out" "^4 claims added, 0 updated, 0 unchanged, 0 skipped$" "adds every claim"
run "$SIFT" -d "$DB2" import-claims "$T/claims.json"
like "$T/out" "^0 claims added, 0 updated, 4 unchanged, 0 skipped$" "the W3C export of the same claims adds nothing"
run "$SIFT" -d "$DB2" claims --tag arms-supply/denied
like "$T/out" "^[0-9]+	1	arms-supply/denied	exact	朝鲜否认向俄罗斯提供武器$" \
    "claims land on the right article (by content hash) and place"
python3 - "$T/claims.jsonl" "$T/newer.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
r = [r for r in rows if r["quote"] == "accused North Korea"][0]
r["tags"] = ["arms-supply/denied"]
r["note"] = "revised"
r["modified"] = "2099-01-01T00:00:00.000Z"
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(r, ensure_ascii=False) + "\n")
PY
run "$SIFT" -d "$DB2" import-claims "$T/newer.jsonl"
like "$T/out" "^0 claims added, 1 updated, 0 unchanged, 0 skipped$" "a newer claim updates its tags and note"
run "$SIFT" -d "$DB2" tags
like "$T/out" "^arms-supply/alleged	0$" "the old tag is gone from it"
printf 'not json at all\n' >"$T/junk.jsonl"
run "$SIFT" -d "$DB2" import-claims "$T/junk.jsonl"
is "$rc" 1 "a file that is not an export exits 1"
like "$T/err" "junk.jsonl: not a claim export" "and says so"
run "$SIFT" -d "$DB2" import-claims "$T/nonexistent"
is "$rc" 1 "a missing file exits 1"

# A merge into a store whose copy of the article differs a little (same
# URL, a word changed) places the claim by a fuzzy match, not orphaned.
printf '%s\n' '{"title":"Arms","url":"https://example.org/arms","text":"Washington accused North Korea of sending arms. Both countries have denied those claims. Talks resume soon."}' >"$T/u1.jsonl"
printf '%s\n' '{"title":"Arms","url":"https://example.org/arms","text":"Washington accused North Korea of sending arms. Both nations have denied those claims. Talks resume soon."}' >"$T/u2.jsonl"
"$SIFT" -d "$T/u1.db" import "$T/u1.jsonl" >/dev/null
"$SIFT" -d "$T/u2.db" import "$T/u2.jsonl" >/dev/null
"$SIFT" -d "$T/u1.db" tag 1 --quote "Both countries have denied those claims." stance/denied >/dev/null
"$SIFT" -d "$T/u1.db" export --format jsonl >"$T/u1-claims.jsonl"
run "$SIFT" -d "$T/u2.db" import-claims "$T/u1-claims.jsonl"
like "$T/out" "^1 claim added" "a claim merges into a store whose text differs a little"
"$SIFT" -d "$T/u2.db" export --format jsonl >"$T/u2-claims.jsonl"
python3 - "$T/u2-claims.jsonl" <<'PY'
import json, sys
r = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][0]
assert r["anchor"] == "fuzzy" and r["found"] == "Both nations have denied those claims.", r
assert r["quote"] == "Both countries have denied those claims." and r["score"] >= 0.75, r
PY
ok $? "placed by a fuzzy match on the changed sentence, with its score"

# kill -9 in the middle of a tagging session loses no acknowledged claim.
if [ -n "${SQLITE3:-}" ]; then
	(
		i=0
		while [ $i -lt 200 ]; do
			"$SIFT" -d "$DB" tag 1 --quote "Washington" "bulk/$i" >>"$T/acked" 2>/dev/null
			i=$((i + 1))
		done
	) &
	loop=$!
	sleep 1
	# stop the loop first, so that no sift starts after the kill
	kill -STOP $loop 2>/dev/null
	pkill -9 -P $loop -f "sift" 2>/dev/null
	kill -9 $loop 2>/dev/null
	wait $loop 2>/dev/null
	sleep 0.2
	is "$("$SQLITE3" -cmd ".timeout 5000" "$DB" "PRAGMA integrity_check")" ok "killed while tagging: the database is intact"
	n=$(grep -c '^claim ' "$T/acked")
	missing=0
	for id in $(sed -n 's/^claim \([0-9]*\) .*/\1/p' "$T/acked"); do
		[ "$("$SQLITE3" "$DB" "SELECT count(*) FROM claims WHERE id = $id")" = 1 ] || missing=$((missing + 1))
	done
	is "$missing" 0 "every acknowledged claim ($n) is stored"
fi

# Two people, one store: two sift processes tagging the same sentence at
# the same time both keep every tag (WAL, a busy timeout, immediate
# writes), each on a claim of their own (tagging.c: a range's claim is
# its annotator's).
if [ -n "${SQLITE3:-}" ]; then
	before=$("$SQLITE3" "$DB" "SELECT count(*) FROM claims")
	for who in ana ben; do
		(
			i=0
			while [ $i -lt 40 ]; do
				SIFT_ANNOTATOR=$who "$SIFT" -d "$DB" tag 2 --quote "朝鲜否认" "two/$who-$i" >>"$T/acked-$who" 2>>"$T/busy-$who"
				i=$((i + 1))
			done
		) &
	done
	wait
	is "$(grep -c '^claim ' "$T/acked-ana") $(grep -c '^claim ' "$T/acked-ben")" "40 40" \
	    "two processes tagging at once: every action is acknowledged"
	is "$("$SQLITE3" "$DB" "SELECT count(*) FROM claims") $("$SQLITE3" "$DB" "SELECT count(DISTINCT annotator) FROM claims WHERE annotator IN ('ana', 'ben')")" \
	    "$((before + 2)) 2" "and the store holds one claim of each on the sentence"
	is "$("$SQLITE3" "$DB" "SELECT count(*) FROM claim_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name LIKE 'two/%'")" \
	    80 "with all 80 tags of both"
fi

"$SIFT" -d "$DB" export --format jsonl >"$T/before-untag.jsonl"
run "$SIFT" -d "$DB" untag 1
is "$rc" 0 "untag a claim"
run "$SIFT" -d "$DB" untag 1
is "$rc" 1 "untag of a missing claim exits 1"
like "$T/err" "no claim 1" "and says so"
run "$SIFT" -d "$DB" tags
like "$T/out" "^arms-supply/denied	1$" "its tag counts one less"
run "$SIFT" -d "$DB" claims
unlike "$T/out" "^1	" "and claims no longer lists it"

# A deletion travels: the export keeps a tombstone, and merging it into
# a store that has the claim deletes it there; an older copy of the
# claim does not bring it back.
DB4="$T/fourth.db"
DB5="$T/fifth.db"
"$SIFT" -d "$DB4" import "$T/a.txt" >/dev/null
"$SIFT" -d "$DB5" import "$T/a.txt" >/dev/null
"$SIFT" -d "$DB4" tag 1 --quote "Both countries" stance/denied >/dev/null
"$SIFT" -d "$DB4" tag 1 --quote "accused North Korea" stance/alleged >/dev/null
"$SIFT" -d "$DB4" export --format jsonl >"$T/before-untag.jsonl"
"$SIFT" -d "$DB4" untag 1 >/dev/null
"$SIFT" -d "$DB4" export --format jsonl >"$T/after-untag.jsonl"
python3 - "$T/after-untag.jsonl" <<'PY'
import json, sys
dead = [r for r in map(json.loads, open(sys.argv[1], encoding="utf-8")) if r["deleted"]]
assert len(dead) == 1 and dead[0]["claim_id"] == 1 and dead[0]["modified"] == dead[0]["deleted"], dead
PY
ok $? "the JSON Lines export keeps the deleted claim as a tombstone"
"$SIFT" -d "$DB5" import-claims "$T/before-untag.jsonl" >/dev/null
is "$("$SIFT" -d "$DB5" claims | wc -l)" 2 "the other store has both claims"
run "$SIFT" -d "$DB5" import-claims "$T/after-untag.jsonl"
like "$T/out" "^0 claims added, 1 updated, 1 unchanged, 0 skipped$" "merging the tombstone counts one update"
run "$SIFT" -d "$DB5" claims
is "$(cut -f3 "$T/out")" "stance/alleged" "and deletes the claim in the other store"
run "$SIFT" -d "$DB5" import-claims "$T/before-untag.jsonl"
like "$T/out" "^0 claims added, 0 updated, 2 unchanged" "the older export does not bring it back"
done_testing
