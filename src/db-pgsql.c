/*
 * db-pgsql.c: the store's SQL, written for SQLite, in PostgreSQL's
 * words.  Only what the store's statements use is translated:
 *
 *	?N, ?			$N (a bare ? numbered as SQLite does),
 *				$N::text before IS NULL: a NULL is sent
 *				without a type, and there it would get none
 *	x'AB'			'\xAB'::bytea
 *	end (a column)		"end", a reserved word there
 *	group_concat, instr	string_agg, strpos
 *	IS ?, IS NOT ?		IS NOT DISTINCT FROM, IS DISTINCT FROM
 *	INSERT OR IGNORE	INSERT ... ON CONFLICT DO NOTHING
 *	BEGIN IMMEDIATE		BEGIN
 *	an insert of an id'd row	... RETURNING id (db_last_insert_rowid)
 *
 * What has no translation (INSERT OR REPLACE, GLOB, MATCH, a cast to
 * BLOB, a pragma) makes it return NULL: the store gives such statements
 * in PostgreSQL's words itself.  SQL keywords are upper case in the
 * store's SQL and names lower case, which is how "end" the column is
 * told from END the keyword.
 */

#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "db.h"

static int
db_pgsql_word(int c)
{
	return (isalnum(c) || c == '_');
}

/* The next word of p after white space, its length in *n. */
static const char *
db_pgsql_next(const char *p, size_t *n)
{
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	*n = 0;
	while (db_pgsql_word((unsigned char)p[*n]))
		(*n)++;
	return (p);
}

static int
db_pgsql_is(const char *p, size_t n, const char *w)
{
	return (n == strlen(w) && strncmp(p, w, n) == 0);
}

/* Whether p is IS NULL or IS NOT NULL. */
static int
db_pgsql_null_test(const char *p)
{
	const char	*q;
	size_t		 n;

	q = db_pgsql_next(p, &n);
	if (!db_pgsql_is(q, n, "IS"))
		return (0);
	q = db_pgsql_next(q + n, &n);
	if (db_pgsql_is(q, n, "NOT"))
		q = db_pgsql_next(q + n, &n);
	return (db_pgsql_is(q, n, "NULL"));
}

/* A string literal from p (at its quote), copied; past its end. */
static const char *
db_pgsql_string(struct buf *b, const char *p, int hex)
{
	if (hex)
		buf_adds(b, "'\\x");
	else
		buf_addc(b, '\'');
	for (p++; *p != '\0'; p++) {
		if (*p == '\'' && p[1] == '\'') {
			buf_adds(b, "''");
			p++;
			continue;
		}
		if (*p == '\'') {
			p++;
			break;
		}
		buf_addc(b, *p);
	}
	buf_addc(b, '\'');
	if (hex)
		buf_adds(b, "::bytea");
	return (p);
}

/* A word at p (n bytes): its translation added; past what it took. */
static const char *
db_pgsql_token(struct buf *b, const char *p, size_t n, int *ignore,
    int *bad)
{
	const char	*q;
	size_t		 m;

	if (db_pgsql_is(p, n, "end"))
		buf_adds(b, "\"end\"");
	else if (db_pgsql_is(p, n, "group_concat"))
		buf_adds(b, "string_agg");
	else if (db_pgsql_is(p, n, "instr"))
		buf_adds(b, "strpos");
	else if (db_pgsql_is(p, n, "IMMEDIATE") ||
	    db_pgsql_is(p, n, "DEFERRED"))
		;
	else if (db_pgsql_is(p, n, "GLOB") || db_pgsql_is(p, n, "MATCH") ||
	    db_pgsql_is(p, n, "BLOB") || db_pgsql_is(p, n, "PRAGMA") ||
	    db_pgsql_is(p, n, "rowid"))
		*bad = 1;
	else if (db_pgsql_is(p, n, "OR") && b->len >= 7 &&
	    (strncmp(b->data + b->len - 7, "INSERT ", 7) == 0 ||
	    strncmp(b->data + b->len - 7, "UPDATE ", 7) == 0)) {
		q = db_pgsql_next(p + n, &m);
		if (db_pgsql_is(q, m, "IGNORE") &&
		    b->data[b->len - 7] == 'I') {
			*ignore = 1;
			b->len--;	/* the space after INSERT */
			b->data[b->len] = '\0';
			return (q + m);
		}
		*bad = 1;
	} else if (db_pgsql_is(p, n, "IS")) {
		q = db_pgsql_next(p + n, &m);
		if (db_pgsql_is(q, m, "NOT") &&
		    *db_pgsql_next(q + m, &m) == '?') {
			buf_adds(b, "IS DISTINCT FROM");
			return (q + 3);
		}
		if (*q == '?')
			buf_adds(b, "IS NOT DISTINCT FROM");
		else
			buf_adds(b, "IS");
	} else
		buf_add(b, p, n);
	return (p + n);
}

/*
 * SQLite's SQL in PostgreSQL's words, with its number of parameters in
 * *nparam; NULL when it has none (see above).
 */
char *
db_pgsql(const char *sql, int *nparam)
{
	struct buf	 b;
	const char	*p = sql;
	size_t		 n;
	int		 max = 0, k, ignore = 0, bad = 0;

	buf_init(&b);
	while (*p != '\0' && !bad) {
		if ((*p == 'x' || *p == 'X') && p[1] == '\'' &&
		    (p == sql || !db_pgsql_word((unsigned char)p[-1]))) {
			p = db_pgsql_string(&b, p + 1, 1);
		} else if (*p == '\'') {
			p = db_pgsql_string(&b, p, 0);
		} else if (*p == '"') {
			/* a quoted name, as it is */
			n = strcspn(p + 1, "\"") + 1;
			buf_add(&b, p, n);
			p += n;
			if (*p == '"')
				buf_addc(&b, *p++);
		} else if (*p == '$' && isdigit((unsigned char)p[1])) {
			/* PostgreSQL's own numbering, in the store's own */
			k = (int)strtol(p + 1, NULL, 10);
			if (k > max)
				max = k;
			buf_addc(&b, *p++);
		} else if (*p == '?') {
			p++;
			if (isdigit((unsigned char)*p)) {
				k = (int)strtol(p, (char **)&p, 10);
			} else
				k = max + 1;
			if (k > max)
				max = k;
			buf_printf(&b, "$%d", k);
			/* a NULL is bound untyped: here it has no place
			 * that would give it a type */
			if (db_pgsql_null_test(p))
				buf_adds(&b, "::text");
		} else if (db_pgsql_word((unsigned char)*p) &&
		    (p == sql || !db_pgsql_word((unsigned char)p[-1]))) {
			for (n = 0; db_pgsql_word((unsigned char)p[n]); n++)
				;
			p = db_pgsql_token(&b, p, n, &ignore, &bad);
		} else
			buf_addc(&b, *p++);
	}
	if (bad) {
		buf_free(&b);
		return (NULL);
	}
	if (ignore)
		buf_adds(&b, " ON CONFLICT DO NOTHING");
	if ((strncmp(b.data, "INSERT INTO articles", 20) == 0 ||
	    strncmp(b.data, "INSERT INTO claims", 18) == 0 ||
	    strncmp(b.data, "INSERT INTO tags", 16) == 0) &&
	    strstr(b.data, "RETURNING") == NULL)
		buf_adds(&b, " RETURNING id");
	*nparam = max;
	return (buf_release(&b));
}
