/*
 * bench-index.c: what the search index is made of, for bench/index-cost.sh.
 * "docs STORE OUT" reads every article of STORE (read only) with the mask
 * of hidden blocks its import indexed it with (search_rows), and writes
 * what the index holds of it (index.c: title, text, CJK grams) and, for
 * the index of schemas 10 and 11, the visible and the hidden blocks
 * apart, into the table docs of the SQLite file OUT, so that the script
 * can build the index with other settings from the same values and
 * compare.  It prints the time spent making the values, apart from the
 * reading and writing.  (Classifying each article again, without the
 * counts of its source kept from one to the next as import keeps them,
 * took longer than the rest of the benchmark.)
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>

#include "sift.h"
#include "index.h"

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec + ts.tv_nsec / 1e9);
}

struct docs {
	struct store	*s;
	sqlite3_stmt	*ins;
	sqlite3_stmt	*mask;		/* of search_rows, on STORE */
	double		 make;
	size_t		 n;
};

/* The blocks of text (len bytes) that mask hides, or shows, a line each. */
static char *
docs_part(const char *text, size_t len, const uint8_t *mask,
    size_t masklen, int hidden)
{
	const char	*p = text, *e = text + len, *nl;
	struct buf	 b;
	size_t		 i = 0;
	int		 h;

	buf_init(&b);
	while (len > 0 && p <= e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		h = i / 8 < masklen && (mask[i / 8] & (1 << (i % 8)));
		i++;
		if (h == hidden) {
			if (b.len != 0)
				buf_addc(&b, '\n');
			buf_add(&b, p, nl - p);
		}
		if (nl == e)
			break;
		p = nl + 1;
	}
	return (buf_release(&b));
}

static int
docs_one(int64_t id, void *arg)
{
	struct docs	*d = arg;
	struct article	*a;
	struct index_doc doc;
	char		*body, *hidden;
	const uint8_t	*mask = NULL;
	size_t		 masklen = 0;
	char		*cause;
	double		 t1;

	if ((a = store_get_article(d->s, id, 0, &cause)) == NULL) {
		free(cause);
		return (0);
	}
	sqlite3_bind_int64(d->mask, 1, id);
	if (sqlite3_step(d->mask) == SQLITE_ROW) {
		mask = sqlite3_column_blob(d->mask, 0);
		masklen = sqlite3_column_bytes(d->mask, 0);
	}
	t1 = now();
	index_doc_make(&doc, a->title, a->text, a->len, mask, masklen);
	body = docs_part(a->text, a->len, mask, masklen, 0);
	hidden = docs_part(a->text, a->len, mask, masklen, 1);
	d->make += now() - t1;
	sqlite3_bind_int64(d->ins, 1, id);
	sqlite3_bind_text(d->ins, 2, a->title != NULL ? a->title : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(d->ins, 3, body, -1, SQLITE_STATIC);
	sqlite3_bind_text(d->ins, 4, hidden, -1, SQLITE_STATIC);
	sqlite3_bind_text(d->ins, 5, doc.grams, -1, SQLITE_STATIC);
	sqlite3_bind_text(d->ins, 6, a->text, a->len, SQLITE_STATIC);
	if (sqlite3_step(d->ins) != SQLITE_DONE)
		fatalx("docs: insert failed");
	sqlite3_reset(d->ins);
	d->n++;
	index_doc_free(&doc);
	free(body);
	free(hidden);
	sqlite3_reset(d->mask);
	article_free(a);
	return (0);
}

int
main(int argc, char **argv)
{
	struct docs	 d;
	sqlite3		*out, *in;
	char		*cause;

	setlocale(LC_ALL, "");
	if (argc != 4 || strcmp(argv[1], "docs") != 0) {
		fprintf(stderr, "usage: bench-index docs STORE OUT\n");
		return (2);
	}
	memset(&d, 0, sizeof d);
	if ((d.s = store_open_mode(argv[2], STORE_READ, &cause)) == NULL)
		fatalx("%s", cause);
	if (sqlite3_open_v2(argv[2], &in, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK || sqlite3_prepare_v2(in, "SELECT mask FROM search_rows"
	    " WHERE article_id = ?", -1, &d.mask, NULL) != SQLITE_OK)
		fatalx("%s: %s", argv[2], sqlite3_errmsg(in));
	if (sqlite3_open(argv[3], &out) != SQLITE_OK ||
	    sqlite3_exec(out, "PRAGMA journal_mode = OFF;"
	    " PRAGMA synchronous = OFF; DROP TABLE IF EXISTS docs;"
	    " CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT,"
	    " body TEXT, hidden TEXT, grams TEXT, text TEXT); BEGIN",
	    NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(out, "INSERT INTO docs VALUES (?,?,?,?,?,?)",
	    -1, &d.ins, NULL) != SQLITE_OK)
		fatalx("%s: %s", argv[3], sqlite3_errmsg(out));
	if (store_each_id(d.s, docs_one, &d, &cause) != 0)
		fatalx("%s", cause);
	sqlite3_finalize(d.ins);
	if (sqlite3_exec(out, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		fatalx("%s: %s", argv[3], sqlite3_errmsg(out));
	sqlite3_close(out);
	sqlite3_finalize(d.mask);
	sqlite3_close(in);
	printf("articles %zu make_s %.2f\n", d.n, d.make);
	store_close(d.s);
	return (0);
}
