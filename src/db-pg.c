/*
 * db-pg.c: the store's statements on PostgreSQL, through libpq.  A
 * statement is sent at its first step with the values bound then (a
 * number as int8, a blob as bytea in binary, text as text); each step
 * after the first reads the next row of the answer, which libpq holds
 * whole.  What the server says when it fails is kept, with its
 * SQLSTATE, for store_cause.  A connection that went away is made again
 * before the next statement, unless a transaction went with it
 * (db_pg_ready).
 */

#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "db.h"
#include "pq-dl.h"

static int	db_pg_ready(struct db *, const char *);

static void
db_pg_error(struct db *db, const char *msg, const char *state)
{
	size_t	n;

	free(db->errmsg);
	db->errmsg = xstrdup(msg != NULL && *msg != '\0' ? msg :
	    "unknown error");
	/* libpq's messages end in a newline; ours do not */
	db->errmsg[strcspn(db->errmsg, "\n")] = '\0';
	n = strlen(db->errmsg);
	while (n > 0 && (db->errmsg[n - 1] == '\n' || db->errmsg[n - 1] == ' '))
		db->errmsg[--n] = '\0';
	snprintf(db->sqlstate, sizeof db->sqlstate, "%s",
	    state != NULL ? state : "");
}

static void
db_pg_result_error(struct db *db, PGresult *res)
{
	const char	*msg = NULL;

	/* the first line: the rest points into the statement */
	if (res != NULL)
		msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	if (msg == NULL)
		msg = PQerrorMessage(db->pg);
	db_pg_error(db, msg, res != NULL ? PQresultErrorField(res,
	    PG_DIAG_SQLSTATE) : NULL);
}

/* The notices the server sends (a table there already): not ours to show. */
static void
db_pg_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* Connect to the server a postgresql:// URI names; NULL and a cause. */
struct db *
db_pg_connect(const char *uri, char **cause)
{
	struct db	*db;
	PGconn		*conn;
	char		*msg;

	if (pq_dl_load(cause) == -1)
		return (NULL);
	conn = PQconnectdb(uri);
	if (conn == NULL) {
		*cause = xstrdup(_("out of memory"));
		return (NULL);
	}
	if (PQstatus(conn) != CONNECTION_OK) {
		msg = xstrdup(PQerrorMessage(conn));
		msg[strcspn(msg, "\n")] = '\0';
		*cause = msg;
		PQfinish(conn);
		return (NULL);
	}
	PQsetNoticeProcessor(conn, db_pg_notice, NULL);
	db = xcalloc(1, sizeof *db);
	db->pg = conn;
	db->gen = 1;	/* a statement prepared on none is at 0 */
	return (db);
}

/* The role the connection is, which names its annotator. */
const char *
db_pg_role(struct db *db)
{
	return (PQuser(db->pg));
}

/* The database, to name it in messages: no password, no options. */
char *
db_pg_name(struct db *db)
{
	const char	*host = PQhost(db->pg), *port = PQport(db->pg);
	int		 odd;

	/* a socket's directory is no host to name; 5432 goes unsaid */
	if (host == NULL || *host == '/')
		host = "";
	odd = port != NULL && *port != '\0' && strcmp(port, "5432") != 0;
	return (xasprintf("postgresql://%s@%s%s%s/%s", PQuser(db->pg), host,
	    odd ? ":" : "", odd ? port : "", PQdb(db->pg)));
}

/* Whether another session's NOTIFY came since the last call. */
int
db_pg_notified(struct db *db)
{
	PGnotify	*n;
	int		 any = 0;

	/* lost: made again when the server is back, and what came
	 * meanwhile is unknown, so everything may have changed */
	if (db->broken)
		return (0);
	if (db->lost || !PQconsumeInput(db->pg) ||
	    PQstatus(db->pg) != CONNECTION_OK) {
		db->lost = 1;
		return (db_pg_ready(db, "") == 0);
	}
	while ((n = PQnotifies(db->pg)) != NULL) {
		if (n->be_pid != PQbackendPID(db->pg))
			any = 1;
		PQfreemem(n);
	}
	return (any);
}

/* Translate the statement's SQL, counting its parameters. */
int
db_pg_prepare(db_stmt *st, const char *sql)
{
	const char	*p;
	int		 n = 0, i;

	if ((st->sql = db_pgsql(sql, &n)) == NULL) {
		db_pg_error(st->db, "SQL PostgreSQL cannot run", "XX000");
		return (SQLITE_ERROR);
	}
	st->nparam = n;
	st->param = n > 0 ? xcalloc(n, sizeof *st->param) : NULL;
	/* the parameters the SQL never names: sent as NULL text, which
	 * needs no place to give it a type */
	st->unused = n > 0 ? xcalloc(n, 1) : NULL;
	for (i = 0; i < n; i++)
		st->unused[i] = 1;
	for (p = st->sql; (p = strchr(p, '$')) != NULL; p++)
		if (isdigit((unsigned char)p[1]) &&
		    (i = atoi(p + 1)) >= 1 && i <= n)
			st->unused[i - 1] = 0;
	st->returning_id = strncmp(st->sql, "INSERT INTO articles", 20) == 0 ||
	    strncmp(st->sql, "INSERT INTO claims", 18) == 0 ||
	    strncmp(st->sql, "INSERT INTO tags", 16) == 0;
	st->row = -1;
	return (SQLITE_OK);
}

/*
 * Before a statement: a connection that was lost is made again (and
 * listens again), unless it was lost inside a transaction, whose writes
 * went with it: then every statement fails until the store's rollback,
 * so that no commit on the new connection can say they were kept.
 * 0 to send, 1 done already (that rollback), -1 failed.
 */
static int
db_pg_ready(struct db *db, const char *sql)
{
	PGresult	*res;

	if (db->broken) {
		if (strncmp(sql, "ROLLBACK", 8) == 0) {
			db->broken = 0;
			return (1);
		}
		db_pg_error(db, _("the connection to the server was lost"),
		    "08006");
		return (-1);
	}
	if (!db->lost && PQstatus(db->pg) == CONNECTION_OK)
		return (0);
	PQreset(db->pg);
	if (PQstatus(db->pg) != CONNECTION_OK) {
		db->lost = 1;
		db_pg_error(db, PQerrorMessage(db->pg), "08006");
		return (-1);
	}
	db->lost = 0;
	db->gen++;	/* its prepared statements went with it */
	if (db->listening) {
		res = PQexec(db->pg, "LISTEN sift");
		PQclear(res);
	}
	return (0);
}

/* After a failure: was the connection lost, and with it a transaction? */
static void
db_pg_failed(struct db *db, PGTransactionStatusType before)
{
	if (PQstatus(db->pg) != CONNECTION_BAD)
		return;
	db->lost = 1;
	if (before == PQTRANS_INTRANS || before == PQTRANS_INERROR)
		db->broken = 1;
}

/*
 * The answer of a statement sent when the transaction status was before:
 * SQLITE_OK, or the error kept (and the connection's loss noted).
 */
static int
db_pg_answer(struct db *db, PGresult *res, PGTransactionStatusType before)
{
	ExecStatusType	status;

	status = res != NULL ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
		return (SQLITE_OK);
	db_pg_failed(db, before);
	db_pg_result_error(db, res);
	return (db->lost ? SQLITE_IOERR : SQLITE_ERROR);
}

/*
 * Run the statement.  From its second run on a connection it is
 * prepared there, once, under a name of its own (the types of its
 * parameters inferred by the server, text for those the SQL does not
 * name) and then only executed: an import runs each statement of the
 * store hundreds of thousands of times.  One whose types the server
 * cannot infer is sent whole each time, with the values' own types.
 */
static PGresult *
db_pg_run(db_stmt *st, Oid *types, const char **vals, int *lens, int *fmts)
{
	struct db	*db = st->db;
	PGresult	*res;
	Oid		*ptypes;
	const char	*state;
	int		 i;

	if (st->prepared != db->gen && !st->unpreparable && ++st->runs >= 2) {
		ptypes = st->nparam > 0 ? xcalloc(st->nparam, sizeof *ptypes) :
		    NULL;
		for (i = 0; i < st->nparam; i++)
			ptypes[i] = st->unused[i] ? 25 : 0;
		free(st->name);
		st->name = xasprintf("sift%u", ++db->names);
		res = PQprepare(db->pg, st->name, st->sql, st->nparam, ptypes);
		free(ptypes);
		if (res != NULL && PQresultStatus(res) == PGRES_COMMAND_OK)
			st->prepared = db->gen;
		else if (res != NULL && (state = PQresultErrorField(res,
		    PG_DIAG_SQLSTATE)) != NULL && strncmp(state, "42", 2) == 0)
			st->unpreparable = 1;
		PQclear(res);
	}
	if (st->prepared == db->gen)
		return (PQexecPrepared(db->pg, st->name, st->nparam, vals, lens,
		    fmts, 0));
	return (PQexecParams(db->pg, st->sql, st->nparam, types, vals, lens,
	    fmts, 0));
}

/* The statement's name on the server goes with it. */
void
db_pg_forget(db_stmt *st)
{
	PGresult	*res;
	char		*sql;

	if (st->name != NULL && st->prepared == st->db->gen &&
	    PQstatus(st->db->pg) == CONNECTION_OK &&
	    PQtransactionStatus(st->db->pg) != PQTRANS_INERROR) {
		sql = xasprintf("DEALLOCATE %s", st->name);
		res = PQexec(st->db->pg, sql);
		PQclear(res);
		free(sql);
	}
	free(st->name);
	st->name = NULL;
}

/* Send the statement with its values; the answer is st->res. */
static int
db_pg_send(db_stmt *st)
{
	struct db	 *db = st->db;
	const char	**vals = NULL;
	int		 *lens = NULL, *fmts = NULL, i, rc;
	Oid		 *types = NULL;
	PGresult	 *res;
	PGTransactionStatusType before;

	if ((i = db_pg_ready(db, st->sql)) != 0)
		return (i > 0 ? SQLITE_OK : SQLITE_IOERR);
	before = PQtransactionStatus(db->pg);
	if (st->nparam > 0) {
		vals = xcalloc(st->nparam, sizeof *vals);
		lens = xcalloc(st->nparam, sizeof *lens);
		fmts = xcalloc(st->nparam, sizeof *fmts);
		types = xcalloc(st->nparam, sizeof *types);
	}
	for (i = 0; i < st->nparam; i++) {
		vals[i] = st->param[i].v;
		lens[i] = st->param[i].len;
		fmts[i] = st->param[i].binary;
		types[i] = st->param[i].type;
		if (st->unused[i] && types[i] == 0)
			types[i] = 25;	/* text */
	}
	res = db_pg_run(st, types, vals, lens, fmts);
	/* a read outside a transaction is safe to ask again, once */
	if (PQstatus(db->pg) == CONNECTION_BAD && before == PQTRANS_IDLE &&
	    strncmp(st->sql, "SELECT", 6) == 0 && db_pg_ready(db, "") == 0) {
		PQclear(res);
		res = db_pg_run(st, types, vals, lens, fmts);
	}
	free(vals);
	free(lens);
	free(fmts);
	free(types);
	if ((rc = db_pg_answer(db, res, before)) != SQLITE_OK) {
		PQclear(res);
		return (rc);
	}
	db->changes = atoi(PQcmdTuples(res));
	st->res = res;
	st->nrows = PQresultStatus(res) == PGRES_TUPLES_OK ? PQntuples(res) : 0;
	st->row = -1;
	if (st->returning_id) {
		if (st->nrows > 0)
			db->lastid = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
		st->nrows = 0;
	}
	return (SQLITE_OK);
}

int
db_pg_step(db_stmt *st)
{
	int	rc;

	if (st->res == NULL && (rc = db_pg_send(st)) != SQLITE_OK)
		return (rc);
	if (st->row + 1 >= st->nrows) {
		st->row = st->nrows;
		return (SQLITE_DONE);
	}
	st->row++;
	return (SQLITE_ROW);
}

void
db_pg_reset(db_stmt *st)
{
	int	i, n;

	if (st->res != NULL) {
		n = PQnfields(st->res);
		for (i = 0; st->blob != NULL && i < n; i++)
			free(st->blob[i]);
		free(st->blob);
		free(st->bloblen);
		st->blob = NULL;
		st->bloblen = NULL;
		PQclear(st->res);
		st->res = NULL;
	}
	st->row = -1;
	st->nrows = 0;
}

/* Column i of the row read: its text, length and type; NULL for NULL. */
const char *
db_pg_value(db_stmt *st, int i, int *len, unsigned *type)
{
	*len = 0;
	*type = 0;
	if (st->res == NULL || st->row < 0 || st->row >= st->nrows ||
	    i < 0 || i >= PQnfields(st->res) ||
	    PQgetisnull(st->res, st->row, i))
		return (NULL);
	*len = PQgetlength(st->res, st->row, i);
	*type = PQftype(st->res, i);
	return (PQgetvalue(st->res, st->row, i));
}

/* A bytea column of the row read, decoded (and NUL-ended), kept until
 * the next row or the reset. */
const void *
db_pg_blob(db_stmt *st, int i, size_t *n)
{
	unsigned char	*raw;
	unsigned	 type;
	int		 len, k, nf = PQnfields(st->res);
	const char	*v;
	void		*copy;

	*n = 0;
	if ((v = db_pg_value(st, i, &len, &type)) == NULL)
		return (NULL);
	if (st->blob == NULL) {
		st->blob = xcalloc(nf, sizeof *st->blob);
		st->bloblen = xcalloc(nf, sizeof *st->bloblen);
		st->blobrow = st->row;
	}
	if (st->blobrow != st->row) {
		for (k = 0; k < nf; k++) {
			free(st->blob[k]);
			st->blob[k] = NULL;
		}
		st->blobrow = st->row;
	}
	if (st->blob[i] != NULL) {
		*n = st->bloblen[i];
		return (st->blob[i]);
	}
	if ((raw = PQunescapeBytea((const unsigned char *)v, n)) == NULL)
		return (NULL);
	copy = xmalloc(*n + 1);
	memcpy(copy, raw, *n);
	((char *)copy)[*n] = '\0';
	PQfreemem(raw);
	st->blob[i] = copy;
	st->bloblen[i] = *n;
	return (copy);
}

/* Run SQL with no values, perhaps several statements. */
int
db_pg_exec(struct db *db, const char *sql)
{
	PGresult	*res;
	PGTransactionStatusType before;
	int		 r;

	if ((r = db_pg_ready(db, sql)) != 0)
		return (r > 0 ? SQLITE_OK : SQLITE_IOERR);
	before = PQtransactionStatus(db->pg);
	res = PQexec(db->pg, sql);
	if (strncmp(sql, "LISTEN", 6) == 0)
		db->listening = 1;
	r = db_pg_answer(db, res, before);
	PQclear(res);
	return (r);
}

int
db_pg_autocommit(struct db *db)
{
	return (PQtransactionStatus(db->pg) == PQTRANS_IDLE);
}

void
db_pg_close(struct db *db)
{
	PQfinish(db->pg);
	db->pg = NULL;
}
