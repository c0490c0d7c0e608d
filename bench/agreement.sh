#!/bin/sh
# The agreement benchmark (`make bench`): BENCH_AGREE articles (10,000
# unless told) of 20 sentences, all marked done by two annotators (and a
# third on half of them) who each tagged about a third of the sentences
# of one family, a quarter of the time differently.  Times sift agreement
# (the figures, and the disagreements listed), and the list limited to
# the articles they disagree on (~x), each the median of three runs.
set -eu
: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${SQLITE3:=sqlite3}"
: "${BENCH_AGREE:=10000}"
OUT=bench/out/agree
DB=$OUT/agree-$BENCH_AGREE.db
SIFT=./src/sift
mkdir -p "$OUT"
if [ ! -f "$DB" ]; then
	rm -rf "$OUT/articles"
	mkdir -p "$OUT/articles"
	awk -v n="$BENCH_AGREE" -v dir="$OUT/articles" 'BEGIN {
		split("harbour,tariff,border,grain,pipeline,ferry,railway,customs,fishery,quota", w, ",")
		split("Monday,Tuesday,Wednesday,Thursday,Friday", d, ",")
		for (a = 1; a <= n; a++) {
			f = sprintf("%s/a%06d.txt", dir, a)
			printf "Title: Talks on the %s, round %d\n\n", w[a % 10 + 1], a >f
			line = ""
			for (i = 1; i <= 20; i++) {
				s = sprintf("Point %d on the %s question was raised by delegation %d on %s.",
				    i, w[(i + a) % 10 + 1], a, d[(i + a) % 5 + 1])
				line = line (line == "" ? "" : " ") s
				if (i % 5 == 0) { print line >f; print "" >f; line = "" }
			}
			close(f)
		}
	}'
	"$SIFT" -d "$DB" import "$OUT/articles" >/dev/null 2>&1
	"$SQLITE3" "$DB" "
	    BEGIN;
	    INSERT INTO tags(name) VALUES ('claim/alleged'), ('claim/denied');
	    INSERT INTO article_done(article_id, annotator, at)
	      SELECT id, 'ann', '2026-12-01T00:00:00Z' FROM articles UNION ALL
	      SELECT id, 'ben', '2026-12-01T00:00:00Z' FROM articles UNION ALL
	      SELECT id, 'cy', '2026-12-01T00:00:00Z' FROM articles WHERE id % 2 = 0;
	    CREATE TEMP TABLE draw AS
	      WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 20)
	      SELECT a.id AS article, k.i AS s, abs(random()) % 3 AS truth FROM articles a, k;
	    CREATE TEMP TABLE coded AS
	      SELECT article, s, who, CASE WHEN abs(random()) % 4 = 0 THEN abs(random()) % 3 ELSE truth END AS v
	      FROM draw, (SELECT 'ann' AS who UNION ALL SELECT 'ben' UNION ALL SELECT 'cy')
	      WHERE who != 'cy' OR article % 2 = 0;
	    INSERT INTO claims(uuid, article_id, start, end, quote, annotator, created, modified)
	      SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
	        c.article, instr(a.text, 'Point ' || c.s || ' on the') - 1,
	        instr(a.text, 'Point ' || c.s || ' on the') - 1 + length('Point ' || c.s || ' on the'),
	        'Point ' || c.s || ' on the', c.who, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z'
	      FROM coded c JOIN articles a ON a.id = c.article WHERE c.v != 0;
	    INSERT INTO claim_tags SELECT cl.id, t.id FROM claims cl
	      JOIN coded c ON c.article = cl.article_id AND c.who = cl.annotator
	        AND cl.quote = 'Point ' || c.s || ' on the'
	      JOIN tags t ON t.name = CASE c.v WHEN 1 THEN 'claim/alleged' ELSE 'claim/denied' END;
	    COMMIT;"
fi
claims=$("$SQLITE3" "$DB" "SELECT count(*) FROM claims")
echo
echo "agreement: $BENCH_AGREE articles of 20 sentences, $claims claims, 2 annotators (a third on half)"
# median3 CMD...: the median of three runs' wall time, in seconds
median3() {
	for r in 1 2 3; do
		t0=$(date +%s%N)
		"$@" >"$OUT/last" 2>&1
		t1=$(date +%s%N)
		echo $(((t1 - t0) / 1000000))
	done | sort -n | sed -n 2p | awk '{ printf "%.2f", $1 / 1000 }'
}
t=$(median3 "$SIFT" -d "$DB" agreement --annotators ann,ben)
echo "agreement: the figures, ann and ben: $t s ($(awk '$1 == "claim" { print "alpha " $6 ", kappa " $7 }' "$OUT/last"))"
t=$(median3 "$SIFT" -d "$DB" agreement)
echo "agreement: the figures, three annotators: $t s ($(awk '$1 == "claim" { print "alpha " $6 }' "$OUT/last"))"
t=$(median3 "$SIFT" -d "$DB" agreement --disagreements)
echo "agreement: --disagreements: $t s, $(wc -l <"$OUT/last" | tr -d ' ') sentences"
t=$(median3 "$SIFT" -d "$DB" list --where '~x')
echo "agreement: list --where '~x': $t s, $(wc -l <"$OUT/last" | tr -d ' ') articles"
