/*
 * db.h: the store's connection and statements on either backend, SQLite
 * or PostgreSQL, with SQLite's calling conventions: a statement is
 * prepared once, then bound, stepped (SQLITE_ROW, SQLITE_DONE or an
 * error code), read a column at a time and reset.  Only the store*.c
 * files include it.
 *
 * On SQLite every call is SQLite's own.  On PostgreSQL (db-pg.c) a
 * statement's SQL is SQLite's, translated once (db-pgsql.c) unless the
 * store gives one of its own; its first step sends it with the values
 * bound, and the rows come back whole: what SQLite reads row by row
 * libpq holds in memory until the reset.
 */

#ifndef DB_H
#define DB_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

struct pg_conn;
struct pg_result;

struct db {
	sqlite3		*lite;		/* SQLite, or NULL */
	struct pg_conn	*pg;		/* PostgreSQL, or NULL */
	char		*errmsg;	/* PostgreSQL's last error */
	char		 sqlstate[6];
	int		 changes;	/* rows the last statement changed */
	int64_t		 lastid;	/* id the last insert made */
	unsigned	 names;		/* statements named so far */
	unsigned	 gen;		/* connections made again */
	int		 lost;		/* the server went away */
	int		 broken;	/* and with it a transaction */
	int		 listening;	/* LISTEN sift, again when made again */
};

struct db_value {
	char		*v;		/* NULL: SQL NULL */
	int		 len;
	int		 binary;	/* a blob */
	unsigned	 type;		/* PostgreSQL's type Oid, 0 unknown */
};

struct db_stmt {
	struct db	*db;
	sqlite3_stmt	*lite;
	/* PostgreSQL */
	char		*sql;
	int		 nparam;
	struct db_value	*param;
	char		*unused;	/* parameters the SQL does not name */
	struct pg_result *res;
	int		 row;		/* the row read, -1 before the first */
	int		 nrows;
	int		 returning_id;	/* an insert that says its id */
	char		*name;		/* prepared on the server as */
	unsigned	 prepared;	/* on connection gen (0: none) */
	int		 runs;
	int		 unpreparable;
	void		**blob;		/* columns read as blobs, decoded */
	size_t		*bloblen;
	int		 blobrow;
};
typedef struct db_stmt db_stmt;

/* db.c */
int		 db_prepare(struct db *, const char *, const char *,
		     db_stmt **);
int		 db_step(db_stmt *);
int		 db_reset(db_stmt *);
int		 db_clear_bindings(db_stmt *);
int		 db_finalize(db_stmt *);
int		 db_bind_int64(db_stmt *, int, int64_t);
int		 db_bind_int(db_stmt *, int, int);
int		 db_bind_double(db_stmt *, int, double);
int		 db_bind_null(db_stmt *, int);
int		 db_bind_text(db_stmt *, int, const char *, int,
		     void (*)(void *));
int		 db_bind_text64(db_stmt *, int, const char *, uint64_t,
		     void (*)(void *), unsigned char);
int		 db_bind_blob64(db_stmt *, int, const void *, uint64_t,
		     void (*)(void *));
int		 db_column_type(db_stmt *, int);
int64_t		 db_column_int64(db_stmt *, int);
int		 db_column_int(db_stmt *, int);
double		 db_column_double(db_stmt *, int);
const unsigned char *db_column_text(db_stmt *, int);
const void	*db_column_blob(db_stmt *, int);
int		 db_column_bytes(db_stmt *, int);
int		 db_changes(struct db *);
int64_t		 db_last_insert_rowid(struct db *);
int		 db_get_autocommit(struct db *);
int		 db_exec(struct db *, const char *);
const char	*db_errmsg(struct db *);
void		 db_close(struct db *);

/* db-pg.c */
struct db	*db_pg_connect(const char *, char **);
int		 db_pg_prepare(db_stmt *, const char *);
int		 db_pg_step(db_stmt *);
void		 db_pg_reset(db_stmt *);
void		 db_pg_forget(db_stmt *);
int		 db_pg_exec(struct db *, const char *);
int		 db_pg_autocommit(struct db *);
const char	*db_pg_value(db_stmt *, int, int *, unsigned *);
const void	*db_pg_blob(db_stmt *, int, size_t *);
void		 db_pg_close(struct db *);
const char	*db_pg_role(struct db *);
char		*db_pg_name(struct db *);
int		 db_pg_notified(struct db *);

/* db-pgsql.c: SQLite's SQL in PostgreSQL's words; NULL if it cannot be */
char		*db_pgsql(const char *, int *);

#endif /* DB_H */
