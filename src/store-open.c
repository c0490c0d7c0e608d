/*
 * store-open.c: opening and closing the store.  The database is named by
 * -d, $SIFT_DB or the default path (its directories made); a directory
 * or a file that is not ours is refused with a message that names it.
 * The connection gets a busy timeout, WAL mode and foreign keys, has
 * store-schema.c check and upgrade the schema, and store.c prepare the
 * statements.  Only the store*.c files speak SQL: store-schema.c the
 * schema and its migrations, store-article.c articles, blocks, decisions
 * and caches, store-claim.c claims, tags and undo snapshots.
 */

#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "store-int.h"

/* How long to wait for another process's write to end (ms). */
#define STORE_BUSY_MS	30000

/* The database path when neither -d nor $SIFT_DB names one. */
char *
store_default_path(void)
{
	const char	*xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return (xasprintf("%s/sift/sift.db", xdg));
	if (home == NULL || *home == '\0')
		home = ".";
	return (xasprintf("%s/.local/share/sift/sift.db", home));
}

/* Create the directories above a file, like mkdir -p. */
static int
store_mkdirs(const char *path, char **cause)
{
	char	*copy = xstrdup(path), *p;

	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0777) != 0 && errno != EEXIST) {
			*cause = xasprintf(_("%s: cannot create directory: %s"),
			    copy, strerror(errno));
			free(copy);
			return (-1);
		}
		*p = '/';
	}
	free(copy);
	return (0);
}

/*
 * The file the store is in: path (-d), else $SIFT_DB, else the default
 * path, whose directories are made when the store may be created.
 * *named says whether the user named it.  NULL with a cause when it
 * cannot be a store: a directory, a device such as /dev/null, a pipe.
 */
static char *
store_where(const char *path, int create, int *named, char **cause)
{
	struct stat	 sb;
	char		*where;

	*named = 1;
	if (path == NULL || *path == '\0')
		path = getenv("SIFT_DB");
	if (path == NULL || *path == '\0') {
		*named = 0;
		where = store_default_path();
		if (create && store_mkdirs(where, cause) != 0) {
			free(where);
			return (NULL);
		}
	} else
		where = xstrdup(path);
	if (stat(where, &sb) == 0 && S_ISDIR(sb.st_mode))
		*cause = xasprintf(_("%s: is a directory, not a database"),
		    where);
	else if (stat(where, &sb) == 0 && !S_ISREG(sb.st_mode))
		*cause = xasprintf(_("%s: not a regular file, so it cannot "
		    "hold a store"), where);
	else
		return (where);
	free(where);
	return (NULL);
}

/*
 * The URI that opens path as an immutable file: SQLite then reads it
 * without the -shm file a WAL database otherwise needs beside it.
 */
static char *
store_immutable_uri(const char *path)
{
	struct buf	 b;
	const char	*p;

	buf_init(&b);
	buf_adds(&b, "file:");
	for (p = path; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/._-~", *p) != NULL)
			buf_addc(&b, *p);
		else
			buf_printf(&b, "%%%02X", (unsigned char)*p);
	}
	buf_adds(&b, "?immutable=1");
	return (buf_release(&b));
}

/* Open s->path with flags (or as an immutable file); 0 or -1 and a cause. */
static int
store_connect(struct store *s, int flags, int immutable, char **cause)
{
	sqlite3	*lite = NULL;
	char	*uri = NULL;
	int	 rc;

	db_close(s->db);
	s->db = NULL;
	s->locked = 0;
	if (immutable) {
		uri = store_immutable_uri(s->path);
		rc = sqlite3_open_v2(uri, &lite, SQLITE_OPEN_READONLY |
		    SQLITE_OPEN_URI, NULL);
		free(uri);
	} else
		rc = sqlite3_open_v2(s->path, &lite, flags, NULL);
	if (rc != SQLITE_OK) {
		if (lite == NULL)
			*cause = xasprintf(_("%s: cannot open"), s->path);
		else
			*cause = xasprintf(_("%s: cannot open: %s"), s->path,
			    sqlite3_errmsg(lite));
		sqlite3_close(lite);
		return (-1);
	}
	s->db = xcalloc(1, sizeof *s->db);
	s->db->lite = lite;
	sqlite3_extended_result_codes(lite, 1);
	sqlite3_busy_timeout(lite, STORE_BUSY_MS);
	if (store_search_functions(lite) != SQLITE_OK ||
	    store_disagree_function(lite, s) != SQLITE_OK) {
		*cause = xasprintf(_("%s: cannot open: %s"), s->path,
		    sqlite3_errmsg(lite));
		return (-1);
	}
	s->readonly = sqlite3_db_readonly(lite, "main") == 1;
	return (0);
}

/*
 * Whether the first read fails for want of room for the -shm file, the
 * WAL index every connection shares: on a full disk.
 */
static int
store_shm_full(struct store *s)
{
	int	code;

	if (db_exec(s->db, "PRAGMA schema_version") == SQLITE_OK)
		return (0);
	code = sqlite3_extended_errcode(s->db->lite);
	return (code == SQLITE_IOERR_SHMSIZE || code == SQLITE_IOERR_SHMOPEN ||
	    code == SQLITE_IOERR_SHMMAP);
}

/*
 * Open the store again in exclusive locking mode, which keeps the WAL
 * index in memory and needs no -shm file, so a full disk can still be
 * read (SQLite wants the file opened for writing for that; a reading
 * command still writes nothing).  Other processes are locked out until
 * this one ends.
 */
static int
store_connect_exclusive(struct store *s, int flags, char **cause)
{
	if (store_connect(s, flags, 0, cause) != 0)
		return (-1);
	if (db_exec(s->db, "PRAGMA locking_mode = EXCLUSIVE") != SQLITE_OK) {
		*cause = xasprintf(_("%s: cannot open: %s"), s->path,
		    db_errmsg(s->db));
		return (-1);
	}
	s->locked = 1;
	return (0);
}

static int
store_wal_mode(void *arg, int n, char **v, char **names)
{
	(void)names;
	*(int *)arg = n == 1 && v[0] != NULL && strcmp(v[0], "wal") == 0;
	return (0);
}

/*
 * Put the store in WAL mode.  A new store's first change of mode needs
 * every other process off it; while others are opening it at the same
 * time SQLite may answer busy, or leave the mode as it was, without
 * waiting: try again for as long as the busy timeout.
 */
static int
store_wal(struct store *s, char **cause)
{
	int	wal = 0, rc, i, kept = 0;

	/*
	 * A new store's pages are 16 KB (no effect on a store that has
	 * any): an article's text is a few pages, not a chain of many, and
	 * a 20 MB one is read in 1,280 reads, not 5,120.  Importing 10,000
	 * articles took 8% less.
	 */
	db_exec(s->db, "PRAGMA page_size = 16384");
	for (i = 0; i < STORE_BUSY_MS / 50; i++) {
		rc = sqlite3_exec(s->db->lite, "PRAGMA journal_mode = WAL",
		    store_wal_mode, &wal, NULL);
		if (rc == SQLITE_OK && (wal || ++kept == 20))
			return (0);	/* WAL, or a mode it keeps: fine */
		if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY &&
		    (rc & 0xff) != SQLITE_LOCKED)
			break;
		usleep(50000);
	}
	*cause = store_cause(s, _("setting WAL mode"));
	return (-1);
}

/* Whether a file is there with something in it. */
static int
store_has_bytes(const char *path, const char *suffix)
{
	struct stat	 sb;
	char		*name = xasprintf("%s%s", path, suffix);
	int		 r;

	r = stat(name, &sb) == 0 && sb.st_size > 0;
	free(name);
	return (r);
}

/*
 * Read the header of the store, falling back to reading it as an
 * immutable file when it cannot be written and SQLite cannot make its
 * -shm file either (a read-only folder or mount).  That is safe only
 * with no -wal file holding writes the file lacks; then say so.
 */
static int
store_check(struct store *s, int *version, char **cause)
{
	int	code;

	if (store_schema_check(s, version, cause) == 0)
		return (0);
	code = s->lasterr;
	if (code != SQLITE_READONLY && code != SQLITE_CANTOPEN)
		return (-1);
	free(*cause);
	*cause = NULL;
	if (store_has_bytes(s->path, "-wal")) {
		*cause = xasprintf(_("%s: read-only store whose last changes "
		    "are still in %s-wal; open it once where it can be "
		    "written to fold them in"), s->path, s->path);
		return (-1);
	}
	if (store_connect(s, 0, 1, cause) != 0)
		return (-1);
	return (store_schema_check(s, version, cause));
}

/*
 * Open the store at path (see store_where) for mode: STORE_CREATE makes
 * one where there is none, STORE_WRITE and STORE_READ need one there;
 * STORE_READ never writes, and STORE_WRITE falls back to reading a store
 * it cannot write (store_readonly says so).
 */
struct store *
store_open_mode(const char *path, enum store_mode mode, char **cause)
{
	struct store	*s;
	char		*where;
	const char	*name = path;
	int		 version, named, flags;

	if (name == NULL || *name == '\0')
		name = getenv("SIFT_DB");
	if (store_is_pg(name))
		return (store_pg_open(name, mode, cause));
	if ((where = store_where(path, mode == STORE_CREATE, &named,
	    cause)) == NULL)
		return (NULL);
	if (mode != STORE_CREATE && access(where, F_OK) != 0 &&
	    errno == ENOENT) {
		if (named)
			*cause = xasprintf(_("%s: no such store (sift import "
			    "makes one)"), where);
		else
			*cause = xasprintf(_("no store yet at %s (sift import "
			    "FILE... makes one)"), where);
		free(where);
		return (NULL);
	}
	s = xcalloc(1, sizeof *s);
	s->path = where;
	if (mode == STORE_READ)
		flags = SQLITE_OPEN_READONLY;
	else
		flags = SQLITE_OPEN_READWRITE |
		    (mode == STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
	if (store_connect(s, flags, 0, cause) != 0)
		goto fail;
	if (mode != STORE_CREATE && store_shm_full(s) &&
	    store_connect_exclusive(s, SQLITE_OPEN_READWRITE, cause) != 0)
		goto fail;
	if (store_check(s, &version, cause) != 0)
		goto fail;
	/* a store of an older sift is upgraded, by any command, when it
	 * can be written */
	if (mode == STORE_READ && version < STORE_SCHEMA_VERSION &&
	    (store_connect(s, SQLITE_OPEN_READWRITE, 0, cause) != 0 ||
	    store_check(s, &version, cause) != 0))
		goto fail;
	if (!s->readonly && store_wal(s, cause) != 0)
		goto fail;
	/* FULL: a commit is on the disk before sift says it is done, so
	 * a failing disk shows at the commit, not after the acknowledgement
	 * (one fsync a commit: a thousand articles, or a tag) */
	if (store_exec(s, "PRAGMA foreign_keys = ON;"
	    " PRAGMA synchronous = FULL", cause) != 0)
		goto fail;
	if (store_schema_upgrade(s, version, cause) != 0)
		goto fail;
	if (store_prepare(s, cause) != 0)
		goto fail;
	return (s);

fail:
	store_close(s);
	return (NULL);
}

/* Open the store, making it when there is none: the commands that add. */
struct store *
store_open(const char *path, char **cause)
{
	return (store_open_mode(path, STORE_CREATE, cause));
}

/*
 * Open a store that is there already: the commands that only read or
 * change what is stored never make one where a mistyped -d points.
 */
struct store *
store_open_existing(const char *path, char **cause)
{
	return (store_open_mode(path, STORE_WRITE, cause));
}

/*
 * Whether a second connection of this process can read the store while
 * this one is open: not when this one holds it exclusively (a full disk).
 */
int
store_shared(struct store *s)
{
	return (!s->locked);
}

/* Whether the store can only be read: its file, folder or mount. */
int
store_readonly(struct store *s)
{
	return (s->readonly);
}

/* Whether this process made the store (its schema from nothing). */
int
store_created(struct store *s)
{
	return (s->created);
}
