/*
 * db.c: a statement's calls, sent to the backend its connection is on
 * (db.h): SQLite's own calls, or db-pg.c's.  On PostgreSQL a value bound
 * is copied at once, whatever the destructor says: the statement sends
 * the values at its first step.
 */

#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "db.h"

/* PostgreSQL's type Oids for the values bound (pg_type.h) */
#define DB_INT8OID	20
#define DB_FLOAT8OID	701
#define DB_BYTEAOID	17
#define DB_TEXTOID	25

/*
 * Prepare sql (SQLite's), or on PostgreSQL pgsql when there is one, else
 * sql translated.  SQLITE_OK, or an error code with db_errmsg set.
 */
int
db_prepare(struct db *db, const char *sql, const char *pgsql, db_stmt **stp)
{
	db_stmt	*st;
	int	 rc;

	st = xcalloc(1, sizeof *st);
	st->db = db;
	if (db->lite != NULL) {
		rc = sqlite3_prepare_v3(db->lite, sql, -1,
		    SQLITE_PREPARE_PERSISTENT, &st->lite, NULL);
		if (rc != SQLITE_OK) {
			free(st);
			*stp = NULL;
			return (rc);
		}
		*stp = st;
		return (SQLITE_OK);
	}
	if ((rc = db_pg_prepare(st, pgsql != NULL ? pgsql : sql)) !=
	    SQLITE_OK) {
		db_finalize(st);
		*stp = NULL;
		return (rc);
	}
	*stp = st;
	return (SQLITE_OK);
}

int
db_step(db_stmt *st)
{
	if (st->lite != NULL)
		return (sqlite3_step(st->lite));
	return (db_pg_step(st));
}

int
db_reset(db_stmt *st)
{
	if (st == NULL)
		return (SQLITE_OK);
	if (st->lite != NULL)
		return (sqlite3_reset(st->lite));
	db_pg_reset(st);
	return (SQLITE_OK);
}

static void
db_value_clear(struct db_value *v)
{
	free(v->v);
	memset(v, 0, sizeof *v);
}

int
db_clear_bindings(db_stmt *st)
{
	int	i;

	if (st->lite != NULL)
		return (sqlite3_clear_bindings(st->lite));
	for (i = 0; i < st->nparam; i++)
		db_value_clear(&st->param[i]);
	return (SQLITE_OK);
}

int
db_finalize(db_stmt *st)
{
	int	rc = SQLITE_OK;

	if (st == NULL)
		return (SQLITE_OK);
	if (st->lite != NULL)
		rc = sqlite3_finalize(st->lite);
	else {
		db_pg_reset(st);
		db_pg_forget(st);
		db_clear_bindings(st);
		free(st->param);
		free(st->unused);
		free(st->sql);
	}
	free(st);
	return (rc);
}

/* Parameter i (from 1) of a PostgreSQL statement, emptied; NULL past. */
static struct db_value *
db_param(db_stmt *st, int i)
{
	if (i < 1 || i > st->nparam)
		return (NULL);
	db_value_clear(&st->param[i - 1]);
	return (&st->param[i - 1]);
}

int
db_bind_int64(db_stmt *st, int i, int64_t n)
{
	struct db_value	*v;

	if (st->lite != NULL)
		return (sqlite3_bind_int64(st->lite, i, n));
	if ((v = db_param(st, i)) == NULL)
		return (SQLITE_RANGE);
	v->v = xasprintf("%" PRId64, n);
	v->len = (int)strlen(v->v);
	v->type = DB_INT8OID;
	return (SQLITE_OK);
}

int
db_bind_int(db_stmt *st, int i, int n)
{
	return (db_bind_int64(st, i, n));
}

int
db_bind_double(db_stmt *st, int i, double d)
{
	struct db_value	*v;

	if (st->lite != NULL)
		return (sqlite3_bind_double(st->lite, i, d));
	if ((v = db_param(st, i)) == NULL)
		return (SQLITE_RANGE);
	v->v = xasprintf("%.17g", d);
	v->len = (int)strlen(v->v);
	v->type = DB_FLOAT8OID;
	return (SQLITE_OK);
}

int
db_bind_null(db_stmt *st, int i)
{
	if (st->lite != NULL)
		return (sqlite3_bind_null(st->lite, i));
	return (db_param(st, i) == NULL ? SQLITE_RANGE : SQLITE_OK);
}

/* Text of n bytes (-1: up to its NUL), as PostgreSQL's text. */
static int
db_pg_text(db_stmt *st, int i, const char *s, int64_t n)
{
	struct db_value	*v;

	if ((v = db_param(st, i)) == NULL)
		return (SQLITE_RANGE);
	if (s == NULL)
		return (SQLITE_OK);
	if (n < 0)
		n = (int64_t)strlen(s);
	if (n > INT32_MAX - 1)
		return (SQLITE_TOOBIG);
	v->v = xmalloc((size_t)n + 1);
	memcpy(v->v, s, (size_t)n);
	v->v[n] = '\0';
	v->len = (int)n;
	v->type = DB_TEXTOID;
	return (SQLITE_OK);
}

int
db_bind_text(db_stmt *st, int i, const char *s, int n,
    void (*destructor)(void *))
{
	if (st->lite != NULL)
		return (sqlite3_bind_text(st->lite, i, s, n, destructor));
	return (db_pg_text(st, i, s, n));
}

int
db_bind_text64(db_stmt *st, int i, const char *s, uint64_t n,
    void (*destructor)(void *), unsigned char encoding)
{
	if (st->lite != NULL)
		return (sqlite3_bind_text64(st->lite, i, s, n, destructor,
		    encoding));
	return (db_pg_text(st, i, s, (int64_t)n));
}

int
db_bind_blob64(db_stmt *st, int i, const void *p, uint64_t n,
    void (*destructor)(void *))
{
	struct db_value	*v;

	if (st->lite != NULL)
		return (sqlite3_bind_blob64(st->lite, i, p, n, destructor));
	if ((v = db_param(st, i)) == NULL)
		return (SQLITE_RANGE);
	if (n > INT32_MAX - 1)
		return (SQLITE_TOOBIG);
	v->v = xmalloc(n + 1);
	if (n > 0)
		memcpy(v->v, p, n);
	v->len = (int)n;
	v->binary = 1;
	v->type = DB_BYTEAOID;
	return (SQLITE_OK);
}

int
db_column_type(db_stmt *st, int i)
{
	unsigned	type;
	int		len;

	if (st->lite != NULL)
		return (sqlite3_column_type(st->lite, i));
	if (db_pg_value(st, i, &len, &type) == NULL)
		return (SQLITE_NULL);
	switch (type) {
	case 20: case 21: case 23: case 16:	/* int8, int2, int4, bool */
		return (SQLITE_INTEGER);
	case 700: case 701: case 1700:
		return (SQLITE_FLOAT);
	case DB_BYTEAOID:
		return (SQLITE_BLOB);
	default:
		return (SQLITE_TEXT);
	}
}

int64_t
db_column_int64(db_stmt *st, int i)
{
	const char	*v;
	unsigned	 type;
	int		 len;

	if (st->lite != NULL)
		return (sqlite3_column_int64(st->lite, i));
	if ((v = db_pg_value(st, i, &len, &type)) == NULL)
		return (0);
	if (type == 16)		/* bool: t or f */
		return (*v == 't');
	return (strtoll(v, NULL, 10));
}

int
db_column_int(db_stmt *st, int i)
{
	if (st->lite != NULL)
		return (sqlite3_column_int(st->lite, i));
	return ((int)db_column_int64(st, i));
}

double
db_column_double(db_stmt *st, int i)
{
	const char	*v;
	unsigned	 type;
	int		 len;

	if (st->lite != NULL)
		return (sqlite3_column_double(st->lite, i));
	if ((v = db_pg_value(st, i, &len, &type)) == NULL)
		return (0);
	return (strtod(v, NULL));
}

const unsigned char *
db_column_text(db_stmt *st, int i)
{
	unsigned	type;
	int		len;

	if (st->lite != NULL)
		return (sqlite3_column_text(st->lite, i));
	if (db_column_type(st, i) == SQLITE_BLOB)
		return (db_column_blob(st, i));
	return ((const unsigned char *)db_pg_value(st, i, &len, &type));
}

const void *
db_column_blob(db_stmt *st, int i)
{
	unsigned	type;
	size_t		n;
	int		len;

	if (st->lite != NULL)
		return (sqlite3_column_blob(st->lite, i));
	if (db_pg_value(st, i, &len, &type) == NULL)
		return (NULL);
	if (type != DB_BYTEAOID)
		return (db_pg_value(st, i, &len, &type));
	return (db_pg_blob(st, i, &n));
}

int
db_column_bytes(db_stmt *st, int i)
{
	unsigned	type;
	size_t		n;
	int		len;

	if (st->lite != NULL)
		return (sqlite3_column_bytes(st->lite, i));
	if (db_pg_value(st, i, &len, &type) == NULL)
		return (0);
	if (type != DB_BYTEAOID)
		return (len);
	(void)db_pg_blob(st, i, &n);
	return ((int)n);
}

int
db_changes(struct db *db)
{
	if (db->lite != NULL)
		return (sqlite3_changes(db->lite));
	return (db->changes);
}

int64_t
db_last_insert_rowid(struct db *db)
{
	if (db->lite != NULL)
		return (sqlite3_last_insert_rowid(db->lite));
	return (db->lastid);
}

int
db_get_autocommit(struct db *db)
{
	if (db->lite != NULL)
		return (sqlite3_get_autocommit(db->lite));
	return (db_pg_autocommit(db));
}

/* Run SQL without rows (statements separated by ';' on SQLite). */
int
db_exec(struct db *db, const char *sql)
{
	if (db->lite != NULL)
		return (sqlite3_exec(db->lite, sql, NULL, NULL, NULL));
	return (db_pg_exec(db, sql));
}

const char *
db_errmsg(struct db *db)
{
	if (db->lite != NULL)
		return (sqlite3_errmsg(db->lite));
	return (db->errmsg != NULL ? db->errmsg : "");
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	if (db->lite != NULL)
		sqlite3_close(db->lite);
	else
		db_pg_close(db);
	free(db->errmsg);
	free(db);
}
