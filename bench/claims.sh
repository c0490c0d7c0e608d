#!/bin/sh
# The claims benchmark (`make bench`, after import.sh made the 100,000
# article store): export of 100,000 claims in each format (goal < 2 s),
# the time of one `sift tag` from the command line, process start
# included, and the reader's time per tagging action, key to committed
# row (goal: median < 5 ms), in the store of 100,000 claims.
set -eu
: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${SQLITE3:=sqlite3}"
OUT=bench/out
SRC=$OUT/sift-100000.db
DB=$OUT/claims-100000.db
if [ ! -f "$SRC" ]; then
	echo "bench: claims skipped: run the import benchmark first"
	exit 0
fi
if [ ! -f "$DB" ]; then
	rm -f "$DB" "$DB-wal" "$DB-shm"
	"$SQLITE3" "$SRC" "VACUUM INTO '$DB'"
	./src/sift -d "$DB" tags >/dev/null	# migrate
	"$SQLITE3" "$DB" "
	    BEGIN;
	    INSERT INTO tags(name) VALUES ('arms-supply/alleged'), ('arms-supply/denied'), ('meeting/confirmed');
	    INSERT INTO claims(uuid, article_id, start, end, quote, prefix, suffix, annotator, created, modified)
	      SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
	        id, 0, 60, CAST(substr(CAST(text AS BLOB), 1, 60) AS TEXT), '', CAST(substr(CAST(text AS BLOB), 61, 40) AS TEXT), 'bench',
	        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	      FROM articles ORDER BY id LIMIT 100000;
	    INSERT INTO claim_tags SELECT id, 1 + id % 3 FROM claims;
	    COMMIT;" 
fi
n=$("$SQLITE3" "$DB" "SELECT count(*) FROM claims")
echo
for f in csv jsonl w3c; do
	/usr/bin/time -f '%e' -o "$OUT/claims.time" ./src/sift -d "$DB" export --format $f -o "$OUT/claims.$f" 2>/dev/null
	s=$(cat "$OUT/claims.time")
	echo "claims: export of $n claims as $f: $s s (goal < 2 s), $(du -h "$OUT/claims.$f" | cut -f1)"
done
cp "$DB" "$OUT/claims-tag.db"
t0=$(date +%s%N)
i=0
while [ $i -lt 20 ]; do
	./src/sift -d "$OUT/claims-tag.db" tag $((i + 1)) --quote "$("$SQLITE3" "$OUT/claims-tag.db" "SELECT quote FROM claims WHERE article_id = $((i + 1)) LIMIT 1")" bench/tagged >/dev/null 2>&1 || true
	i=$((i + 1))
done
t1=$(date +%s%N)
echo "claims: sift tag from the command line: $(( (t1 - t0) / 20000000 )) ms a claim (process start, open, find, commit)"
printf '1 arms-supply/alleged\n2 arms-supply/denied\n3 meeting/confirmed\nexclusive arms-supply/*\n' |
    ./src/sift -d "$OUT/claims-tag.db" tagset - >/dev/null
python3 "$srcdir/bench/tag.py" ./src/sift "$OUT/claims-tag.db" 1
