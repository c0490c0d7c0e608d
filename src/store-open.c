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

#include "sift.h"
#include "store-int.h"

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
 * path, whose directories are made.  *named says whether the user named
 * it.  NULL with a cause when it cannot be a store.
 */
static char *
store_where(const char *path, int *named, char **cause)
{
	struct stat	 sb;
	char		*where;

	*named = 1;
	if (path == NULL || *path == '\0')
		path = getenv("SIFT_DB");
	if (path == NULL || *path == '\0') {
		*named = 0;
		where = store_default_path();
		if (store_mkdirs(where, cause) != 0) {
			free(where);
			return (NULL);
		}
	} else
		where = xstrdup(path);
	if (stat(where, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		*cause = xasprintf(_("%s: is a directory, not a database"),
		    where);
		free(where);
		return (NULL);
	}
	return (where);
}

static struct store	*store_open_as(const char *, int, char **);

/* Open the store, making it when there is none: the commands that add. */
struct store *
store_open(const char *path, char **cause)
{
	return (store_open_as(path, 1, cause));
}

/*
 * Open a store that is there already: the commands that only read or
 * change what is stored never make one where a mistyped -d points.
 */
struct store *
store_open_existing(const char *path, char **cause)
{
	return (store_open_as(path, 0, cause));
}

static struct store *
store_open_as(const char *path, int create, char **cause)
{
	struct store	*s;
	char		*where;
	int		 version, named;

	if ((where = store_where(path, &named, cause)) == NULL)
		return (NULL);
	if (!create && named && access(where, F_OK) != 0 && errno == ENOENT) {
		*cause = xasprintf(_("%s: no such store (sift import makes "
		    "one)"), where);
		free(where);
		return (NULL);
	}
	s = xcalloc(1, sizeof *s);
	s->path = where;
	if (sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE |
	    (create || !named ? SQLITE_OPEN_CREATE : 0), NULL) != SQLITE_OK) {
		if (s->db == NULL)
			*cause = xasprintf(_("%s: cannot open"), s->path);
		else
			*cause = xasprintf(_("%s: cannot open: %s"), s->path,
			    sqlite3_errmsg(s->db));
		store_close(s);
		return (NULL);
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	s->readonly = sqlite3_db_readonly(s->db, "main") == 1;

	if (store_schema_check(s, &version, cause) != 0)
		goto fail;
	if (!s->readonly) {
		if (store_exec(s, "PRAGMA journal_mode = WAL", cause) != 0)
			goto fail;
	}
	if (store_exec(s, "PRAGMA foreign_keys = ON;"
	    " PRAGMA synchronous = NORMAL", cause) != 0)
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

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	store_finalize(s);
	if (s->db != NULL)
		sqlite3_close(s->db);
	free(s->path);
	free(s);
}
