/*
 * store.c: the SQLite store, and the only file that speaks SQL.  It owns
 * the schema and its migrations (keyed by PRAGMA user_version), the one
 * connection, and the statements, prepared once at open and finalised at
 * close.  The database is in WAL mode with a busy timeout and foreign
 * keys on; a database that is not ours, is newer than this program or is
 * corrupt is refused with a message that names the file.
 */

#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "sift.h"

enum store_stmt {
	STMT_ADD_ARTICLE,
	STMT_ADD_LINK,
	STMT_BEGIN,
	STMT_COMMIT,
	STMT_ROLLBACK,
	STMT_ADD_FTS,
	STMT_COUNT_BLOCK,
	STMT_COUNT_ARTICLES,
	STMT_BLOCK_DF,
	STMT_GET_ARTICLE,
	STMT_GET_LINKS,
	STMT_GET_OVERRIDES,
	STMT_SET_OVERRIDE,
	STMT_CLEAR_OVERRIDE,
	STMT_MOVE_OVERRIDE,
	STMT_UPDATE_TEXT,
	STMT_DELETE_LINKS,
	STMT_SET_DOM,
	STMT_GET_DOM,
	STMT_UPDATE_META,
	STMT_UPDATE_TITLE,
	STMT_ALL_IDS,
	STMT_GET_ROW,
	STMT_SET_READ,
	STMT_REPEATED,
	STMT_GET_GEN,
	STMT_BUMP_GEN,
	STMT_GET_CACHE,
	STMT_PUT_CACHE,
	STMT_DROP_CACHE,
	STMT_ADD_CLAIM,
	STMT_ADD_TAG,
	STMT_GET_TAG,
	STMT_ADD_CLAIM_TAG,
	STMT_DELETE_CLAIM,
	STMT_TAG_COUNTS,
	STMT_CLAIMS,
	STMT_PURGE_CLAIM,
	STMT_ARTICLE_CLAIMS_ALL,
	STMT_ARTICLE_CLAIMS,
	STMT_MOVE_CLAIM,
	STMT_FIND_ARTICLE,
	STMT_CLAIM_MODIFIED,
	STMT_UPDATE_CLAIM,
	STMT_CLEAR_CLAIM_TAGS,
	STMT_SET_CLAIM_FIELD_NOTE,
	STMT_SET_CLAIM_FIELD_CLAIMANT,
	STMT_TAGS,
	STMT_DROP_SIBLINGS,
	STMT_TOUCH_CLAIM,
	STMT_SET_TAG_INFO,
	STMT_CLEAR_KEY,
	STMT_SET_FAMILY,
	STMT_QUICK_TAG,
	STMT_GET_CLAIM,
	STMT_RESTORE_CLAIM,
	STMT_SET_DONE,
	STMT_CLAIMANTS,
	STMT_FAMILIES,
	STMT_LAST
};

#define STORE_CLAIMS_SQL(where)						\
	"SELECT c.id, c.uuid, c.article_id, c.start, c.end, c.quote,"	\
	" c.prefix, c.suffix, c.anchor, c.claimant, c.note, c.annotator,"	\
	" c.created, c.modified, a.url, a.title, a.hash,"		\
	" (SELECT group_concat(name, ';') FROM (SELECT t.name FROM"	\
	"   claim_tags x JOIN tags t ON t.id = x.tag_id"		\
	"   WHERE x.claim_id = c.id ORDER BY t.name)),"			\
	" CASE WHEN c.start IS NULL THEN NULL ELSE"			\
	"   length(CAST(substr(CAST(a.text AS BLOB), 1, c.start) AS TEXT))" \
	" END,"								\
	" CASE WHEN c.end IS NULL THEN NULL ELSE"			\
	"   length(CAST(substr(CAST(a.text AS BLOB), 1, c.end) AS TEXT))" \
	" END,"								\
	" CASE WHEN c.anchor = 'fuzzy' THEN CAST(substr(CAST(a.text AS"	\
	"   BLOB), c.start + 1, c.end - c.start) AS TEXT) END, c.score,"	\
	" c.deleted"							\
	" FROM claims c JOIN articles a ON a.id = c.article_id"		\
	" WHERE (?1 IS NULL OR c.id IN (SELECT x.claim_id FROM claim_tags x" \
	"   JOIN tags t ON t.id = x.tag_id WHERE t.name = ?1))" where	\
	" AND (c.deleted IS NULL OR ?3)"				\
	" ORDER BY c.article_id, c.start, c.id"

static const char *store_sql[STMT_LAST] = {
	[STMT_ADD_ARTICLE] =
	    "INSERT INTO articles(hash, source, url, title, lang, published,"
	    " format, path, raw, text, author, encoding)"
	    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
	    " ON CONFLICT(hash) DO NOTHING",
	[STMT_ADD_LINK] =
	    "INSERT OR IGNORE INTO links(article_id, start, len, href)"
	    " VALUES (?,?,?,?)",
	[STMT_BEGIN] = "BEGIN IMMEDIATE",
	[STMT_COMMIT] = "COMMIT",
	[STMT_ROLLBACK] = "ROLLBACK",
	/*
	 * The index entry is written here, not by a trigger: a trigger
	 * makes every insert a statement transaction, and FTS5 flushes its
	 * pending terms at each, which doubles the cost of an import.
	 */
	[STMT_ADD_FTS] =
	    "INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)",
	[STMT_COUNT_BLOCK] =
	    "INSERT INTO block_counts(source, hash, n) VALUES (?1, ?2, ?3)"
	    " ON CONFLICT(source, hash) DO UPDATE SET n = n + ?3",
	[STMT_COUNT_ARTICLES] = "SELECT count(*) FROM articles",
	[STMT_BLOCK_DF] =
	    "SELECT n FROM block_counts WHERE hash = ?1 AND source = ?2",
	[STMT_GET_ARTICLE] =
	    "SELECT title, url, published, lang, source, format, path,"
	    " CASE WHEN ?2 THEN raw ELSE x'' END, text, hash, author, encoding"
	    " FROM articles WHERE id = ?1",
	[STMT_GET_LINKS] =
	    "SELECT start, len, href FROM links WHERE article_id = ?"
	    " ORDER BY start",
	[STMT_GET_OVERRIDES] =
	    "SELECT start, len, hash, verdict FROM block_overrides"
	    " WHERE article_id = ?",
	[STMT_SET_OVERRIDE] =
	    "INSERT INTO block_overrides(article_id, start, len, hash,"
	    " verdict) VALUES (?,?,?,?,?) ON CONFLICT(article_id, start, len)"
	    " DO UPDATE SET hash = excluded.hash, verdict = excluded.verdict,"
	    " created = excluded.created",
	[STMT_CLEAR_OVERRIDE] =
	    "DELETE FROM block_overrides WHERE article_id = ? AND start = ?"
	    " AND len = ?",
	[STMT_MOVE_OVERRIDE] =
	    "UPDATE OR REPLACE block_overrides SET start = ?4, len = ?5"
	    " WHERE article_id = ?1 AND start = ?2 AND len = ?3",
	[STMT_UPDATE_TEXT] =
	    "UPDATE articles SET text = ?2, hash = ?3 WHERE id = ?1",
	[STMT_DELETE_LINKS] = "DELETE FROM links WHERE article_id = ?",
	[STMT_SET_DOM] =
	    "INSERT OR REPLACE INTO article_dom(article_id, data) VALUES (?,?)",
	[STMT_GET_DOM] = "SELECT data FROM article_dom WHERE article_id = ?",
	[STMT_UPDATE_META] =
	    "UPDATE articles SET author = coalesce(?2, author),"
	    " encoding = coalesce(?3, encoding),"
	    " published = coalesce(?4, published) WHERE id = ?1",
	/* only when it changes: the index trigger re-reads the text */
	[STMT_UPDATE_TITLE] =
	    "UPDATE articles SET title = ?2 WHERE id = ?1 AND ?2 IS NOT NULL"
	    " AND title IS NOT ?2",
	[STMT_ALL_IDS] = "SELECT id FROM articles ORDER BY id",
	[STMT_GET_ROW] =
	    "SELECT published, source, lang,"
	    " coalesce(nullif(title, ''), substr(text, 1, 200)), url,"
	    " (SELECT read FROM article_state WHERE article_id = ?1),"
	    " (SELECT count(*) FROM claims c WHERE c.article_id = ?1"
	    "   AND c.deleted IS NULL),"
	    " (SELECT done FROM article_state WHERE article_id = ?1)"
	    " FROM articles WHERE id = ?1",
	[STMT_REPEATED] =
	    "SELECT hash, n FROM block_counts WHERE source = ? AND n >= 3"
	    " ORDER BY hash",
	[STMT_GET_GEN] = "SELECT gen FROM source_gen WHERE source = ?",
	[STMT_BUMP_GEN] =
	    "INSERT INTO source_gen(source, gen) VALUES (?, 1)"
	    " ON CONFLICT(source) DO UPDATE SET gen = gen + 1",
	[STMT_GET_CACHE] =
	    "SELECT data FROM verdict_cache WHERE article_id = ? AND gen = ?"
	    " AND version = ?",
	[STMT_PUT_CACHE] =
	    "INSERT OR REPLACE INTO verdict_cache(article_id, gen, version,"
	    " data) VALUES (?,?,?,?)",
	[STMT_DROP_CACHE] = "DELETE FROM verdict_cache WHERE article_id = ?",
	[STMT_ADD_CLAIM] =
	    "INSERT INTO claims(uuid, article_id, start, end, quote, prefix,"
	    " suffix, claimant, note, annotator, created, modified)"
	    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
	[STMT_ADD_TAG] = "INSERT OR IGNORE INTO tags(name) VALUES (?)",
	[STMT_GET_TAG] = "SELECT id FROM tags WHERE name = ?",
	[STMT_ADD_CLAIM_TAG] =
	    "INSERT OR IGNORE INTO claim_tags(claim_id, tag_id) VALUES (?,?)",
	/* Deleting leaves a tombstone: the row without tags or place. */
	[STMT_DELETE_CLAIM] =
	    "UPDATE claims SET deleted = ?3, modified = ?3, start = NULL,"
	    " end = NULL WHERE (id = ?1 OR uuid = ?2) AND deleted IS NULL"
	    " RETURNING id",
	[STMT_PURGE_CLAIM] = "DELETE FROM claims WHERE uuid = ?",
	[STMT_TAG_COUNTS] =
	    "SELECT t.name, count(ct.claim_id) FROM tags t"
	    " LEFT JOIN claim_tags ct ON ct.tag_id = t.id"
	    " GROUP BY t.id ORDER BY t.name",
	/* Claims with their article and tags, filtered by tag, and by
	 * article in a statement of its own, which can use the index. */
	[STMT_CLAIMS] = STORE_CLAIMS_SQL(""),
	[STMT_ARTICLE_CLAIMS_ALL] = STORE_CLAIMS_SQL(" AND c.article_id = ?2"),
	[STMT_ARTICLE_CLAIMS] =
	    "SELECT id, start, end, quote, prefix, suffix, anchor FROM claims"
	    " WHERE deleted IS NULL AND article_id = ?",
	[STMT_FIND_ARTICLE] =
	    "SELECT id FROM articles WHERE hash = ?1 UNION ALL"
	    " SELECT id FROM articles WHERE ?2 IS NOT NULL AND url = ?2"
	    " LIMIT 1",
	[STMT_CLAIM_MODIFIED] =
	    "SELECT id, modified, deleted FROM claims WHERE uuid = ?",
	[STMT_UPDATE_CLAIM] =
	    "UPDATE claims SET note = ?2, claimant = ?3, modified = ?4,"
	    " deleted = NULL WHERE id = ?1",
	[STMT_CLEAR_CLAIM_TAGS] = "DELETE FROM claim_tags WHERE claim_id = ?",
	[STMT_SET_CLAIM_FIELD_NOTE] =
	    "UPDATE claims SET note = ?2, modified = ?3 WHERE id = ?1",
	[STMT_SET_CLAIM_FIELD_CLAIMANT] =
	    "UPDATE claims SET claimant = ?2, modified = ?3 WHERE id = ?1",
	[STMT_MOVE_CLAIM] =
	    "UPDATE claims SET start = ?2, end = ?3, anchor = ?4, score = ?5"
	    " WHERE id = ?1",
	/* The picker's tags: key, description, use, exclusive family. */
	[STMT_TAGS] =
	    "SELECT t.name, t.key, t.description,"
	    " (SELECT count(*) FROM claim_tags x WHERE x.tag_id = t.id),"
	    " EXISTS (SELECT 1 FROM tag_families f WHERE f.exclusive AND"
	    "   substr(t.name, 1, length(f.family) + 1) = f.family || '/')"
	    " FROM tags t ORDER BY t.name",
	/* Applying family/x to a claim of an exclusive family drops the
	 * claim's other family/y (direct children only). */
	[STMT_DROP_SIBLINGS] =
	    "DELETE FROM claim_tags WHERE claim_id = ?1 AND tag_id IN"
	    " (SELECT t.id FROM tags t, tag_families f WHERE f.family = ?3"
	    "  AND f.exclusive AND t.name != ?2"
	    "  AND substr(t.name, 1, length(?3) + 1) = ?3 || '/'"
	    "  AND instr(substr(t.name, length(?3) + 2), '/') = 0)",
	[STMT_TOUCH_CLAIM] = "UPDATE claims SET modified = ?2 WHERE id = ?1",
	[STMT_SET_TAG_INFO] =
	    "INSERT INTO tags(name, key, description) VALUES (?1, ?2, ?3)"
	    " ON CONFLICT(name) DO UPDATE SET key = ?2, description = ?3",
	[STMT_CLEAR_KEY] =
	    "UPDATE tags SET key = NULL WHERE key = ?1 AND name != ?2",
	[STMT_SET_FAMILY] =
	    "INSERT INTO tag_families(family, exclusive) VALUES (?1, ?2)"
	    " ON CONFLICT(family) DO UPDATE SET exclusive = ?2",
	[STMT_QUICK_TAG] = "SELECT name FROM tags WHERE key = ?",
	[STMT_GET_CLAIM] =
	    "SELECT uuid, article_id, start, end, quote, prefix, suffix,"
	    " anchor, claimant, note, annotator, created, modified,"
	    " (SELECT group_concat(name, ';') FROM (SELECT t.name FROM"
	    "   claim_tags x JOIN tags t ON t.id = x.tag_id"
	    "   WHERE x.claim_id = c.id ORDER BY t.name))"
	    " FROM claims c WHERE id = ?",
	[STMT_RESTORE_CLAIM] =
	    "INSERT INTO claims(uuid, article_id, start, end, quote, prefix,"
	    " suffix, anchor, claimant, note, annotator, created, modified)"
	    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
	[STMT_SET_DONE] =
	    "INSERT INTO article_state(article_id, done) VALUES (?1, ?2)"
	    " ON CONFLICT(article_id) DO UPDATE SET done = ?2",
	[STMT_CLAIMANTS] =
	    "SELECT claimant FROM claims WHERE claimant IS NOT NULL"
	    " AND deleted IS NULL"
	    " AND claimant != '' GROUP BY claimant"
	    " ORDER BY max(modified) DESC LIMIT 1000",
	[STMT_FAMILIES] =
	    "SELECT family FROM tag_families WHERE exclusive ORDER BY family",
	[STMT_SET_READ] =
	    "INSERT INTO article_state(article_id, read) VALUES (?, 1)"
	    " ON CONFLICT(article_id) DO UPDATE SET read = 1 WHERE read = 0",
};

/*
 * Migrations: each runs in its own transaction and sets user_version to
 * its number.  Append; never edit one that has shipped.
 */
static const struct {
	int		 version;
	const char	*sql;
} store_migrations[] = {
	{ 1,
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  hash TEXT NOT NULL UNIQUE,"
	"  source TEXT NOT NULL DEFAULT '',"
	"  url TEXT,"
	"  title TEXT,"
	"  lang TEXT NOT NULL DEFAULT 'und',"
	"  published TEXT,"
	"  imported TEXT NOT NULL"
	"    DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
	"  format TEXT NOT NULL,"
	"  path TEXT,"
	"  raw BLOB NOT NULL,"
	"  text TEXT NOT NULL,"
	"  read INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE INDEX articles_by_date ON articles(published, id);"
	"CREATE INDEX articles_by_source ON articles(source);"
	"CREATE TABLE links ("
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL,"
	"  len INTEGER NOT NULL,"
	"  href TEXT,"
	"  PRIMARY KEY (article_id, start)"
	") WITHOUT ROWID;"
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,"
	"  content='articles', content_rowid='id', tokenize='trigram');"
	"CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, text)"
	"    VALUES ('delete', old.id, old.title, old.text);"
	"END;"
	"CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text"
	"  ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, text)"
	"    VALUES ('delete', old.id, old.title, old.text);"
	"  INSERT INTO articles_fts(rowid, title, text)"
	"    VALUES (new.id, new.title, new.text);"
	"END;" },
	{ 2,
	"CREATE TABLE block_overrides ("
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL,"
	"  len INTEGER NOT NULL,"
	"  hash INTEGER NOT NULL,"
	"  verdict TEXT NOT NULL"
	"    CHECK (verdict IN ('content', 'boilerplate', 'comment')),"
	"  created TEXT NOT NULL"
	"    DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
	"  PRIMARY KEY (article_id, start, len)"
	") WITHOUT ROWID;"
	/* In how many articles of a source each block hash occurs. */
	"CREATE TABLE block_counts ("
	"  source TEXT NOT NULL,"
	"  hash INTEGER NOT NULL,"
	"  n INTEGER NOT NULL,"
	"  PRIMARY KEY (source, hash)"
	") WITHOUT ROWID;" },
	{ 3,
	/*
	 * Verdicts of large articles, computed once: valid while their
	 * source's generation (bumped whenever its block counts change) and
	 * the classifier's version are those stored with them.
	 */
	"CREATE TABLE source_gen ("
	"  source TEXT PRIMARY KEY,"
	"  gen INTEGER NOT NULL"
	") WITHOUT ROWID;"
	"CREATE TABLE verdict_cache ("
	"  article_id INTEGER PRIMARY KEY"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  gen INTEGER NOT NULL,"
	"  version INTEGER NOT NULL,"
	"  data BLOB NOT NULL"
	");" },
	{ 4,
	/* Claims: a range of an article's text with tags, kept with its
	 * quote and context so it can be found again when the text moves. */
	"CREATE TABLE tags ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  key TEXT,"
	"  description TEXT"
	");"
	"CREATE TABLE claims ("
	"  id INTEGER PRIMARY KEY,"
	"  uuid TEXT NOT NULL UNIQUE,"
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER,"
	"  end INTEGER,"
	"  quote TEXT NOT NULL,"
	"  prefix TEXT NOT NULL DEFAULT '',"
	"  suffix TEXT NOT NULL DEFAULT '',"
	"  anchor TEXT NOT NULL DEFAULT 'exact'"
	"    CHECK (anchor IN ('exact', 'moved', 'orphaned')),"
	"  claimant TEXT,"
	"  note TEXT,"
	"  annotator TEXT NOT NULL,"
	"  created TEXT NOT NULL,"
	"  modified TEXT NOT NULL"
	");"
	"CREATE INDEX claims_by_article ON claims(article_id, start);"
	"CREATE TABLE claim_tags ("
	"  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
	"  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (claim_id, tag_id)"
	") WITHOUT ROWID;"
	"CREATE INDEX claim_tags_by_tag ON claim_tags(tag_id);" },
	{ 5,
	/* A reader's state of an article apart from the article's row:
	 * marking a 10 MB article read must not rewrite its text.  The
	 * articles.read column of schema 1 is no longer used. */
	"CREATE TABLE article_state ("
	"  article_id INTEGER PRIMARY KEY"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  read INTEGER NOT NULL DEFAULT 0"
	");"
	"INSERT INTO article_state(article_id, read)"
	"  SELECT id, read FROM articles WHERE read != 0;" },
	{ 6,
	/* Claims found again by a fuzzy match are 'fuzzy', with their
	 * score, and a deleted claim stays as a tombstone (deleted is its
	 * time) so that a merge carries the deletion: the table is rebuilt
	 * for the new CHECK (foreign keys are off while migrating, so its
	 * tags stay).  Tag families may be
	 * exclusive (a claim is alleged or denied, not both), and a reader
	 * marks an article done. */
	"CREATE TABLE claims_new ("
	"  id INTEGER PRIMARY KEY,"
	"  uuid TEXT NOT NULL UNIQUE,"
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER,"
	"  end INTEGER,"
	"  quote TEXT NOT NULL,"
	"  prefix TEXT NOT NULL DEFAULT '',"
	"  suffix TEXT NOT NULL DEFAULT '',"
	"  anchor TEXT NOT NULL DEFAULT 'exact'"
	"    CHECK (anchor IN ('exact', 'moved', 'fuzzy', 'orphaned')),"
	"  score REAL,"
	"  claimant TEXT,"
	"  note TEXT,"
	"  annotator TEXT NOT NULL,"
	"  created TEXT NOT NULL,"
	"  modified TEXT NOT NULL,"
	"  deleted TEXT"
	");"
	"INSERT INTO claims_new(id, uuid, article_id, start, end, quote,"
	"  prefix, suffix, anchor, claimant, note, annotator, created,"
	"  modified) SELECT id, uuid, article_id, start, end, quote, prefix,"
	"  suffix, anchor, claimant, note, annotator, created, modified"
	"  FROM claims;"
	"DROP TABLE claims;"
	"ALTER TABLE claims_new RENAME TO claims;"
	"CREATE INDEX claims_by_article ON claims(article_id, start);"
	"CREATE TABLE tag_families ("
	"  family TEXT PRIMARY KEY,"
	"  exclusive INTEGER NOT NULL DEFAULT 0"
	") WITHOUT ROWID;"
	"ALTER TABLE article_state ADD COLUMN done INTEGER NOT NULL DEFAULT 0;" },
	{ 7,
	/* A web page's author and the encoding its bytes were in, and its
	 * shape: where each block of its text stood in the page (dom.c's
	 * packed form), the classifier's evidence beside the text. */
	"ALTER TABLE articles ADD COLUMN author TEXT;"
	"ALTER TABLE articles ADD COLUMN encoding TEXT;"
	"CREATE TABLE article_dom ("
	"  article_id INTEGER PRIMARY KEY"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  data BLOB NOT NULL"
	");" },
};
#define STORE_NMIGRATIONS \
	(sizeof store_migrations / sizeof store_migrations[0])

struct store {
	sqlite3		*db;
	char		*path;
	int		 readonly;
	sqlite3_stmt	*stmt[STMT_LAST];
};

static char	*store_cause(struct store *, const char *);
static int	 store_exec(struct store *, const char *, char **);
static int	 store_pragma_int(struct store *, const char *, int *,
		     char **);
static int	 store_migrate(struct store *, int, char **);
static int	 store_step_done(struct store *, enum store_stmt,
		     const char *, char **);
static int	 store_mkdirs(const char *, char **);
static void	 store_bind_text(sqlite3_stmt *, int, const char *);

/*
 * The message for a failed SQLite call: what was being done, the file and
 * SQLite's own words, with corruption and foreign files named plainly.
 */
static char *
store_cause(struct store *s, const char *doing)
{
	int	code = sqlite3_extended_errcode(s->db) & 0xff;

	switch (code) {
	case SQLITE_NOTADB:
		return (xasprintf(_("%s: not a SQLite database"), s->path));
	case SQLITE_CORRUPT:
		return (xasprintf(_("%s: the database is corrupt (%s)"),
		    s->path, sqlite3_errmsg(s->db)));
	case SQLITE_READONLY:
		return (xasprintf(_("%s: the database is read-only (%s)"),
		    s->path, sqlite3_errmsg(s->db)));
	case SQLITE_FULL:
		return (xasprintf(_("%s: disk full while %s"), s->path,
		    doing));
	default:
		return (xasprintf(_("%s: %s: %s"), s->path, doing,
		    sqlite3_errmsg(s->db)));
	}
}

static int
store_exec(struct store *s, const char *sql, char **cause)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		*cause = store_cause(s, _("updating the schema"));
		return (-1);
	}
	return (0);
}

static int
store_pragma_int(struct store *s, const char *sql, int *value, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = store_cause(s, _("reading the database header"));
		return (-1);
	}
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*cause = store_cause(s, _("reading the database header"));
		sqlite3_finalize(st);
		return (-1);
	}
	*value = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (0);
}

static int
store_migrate(struct store *s, int from, char **cause)
{
	char	*sql;
	size_t	 i;

	/* off while tables are rebuilt, which drops the old ones; a
	 * pragma that has no effect inside a transaction */
	if (store_exec(s, "PRAGMA foreign_keys = OFF", cause) != 0)
		return (-1);
	for (i = 0; i < STORE_NMIGRATIONS; i++) {
		if (store_migrations[i].version <= from)
			continue;
		if (store_exec(s, "BEGIN IMMEDIATE", cause) != 0)
			return (-1);
		sql = xasprintf("%s; PRAGMA user_version = %d;"
		    " PRAGMA application_id = %d;", store_migrations[i].sql,
		    store_migrations[i].version, SIFT_APPLICATION_ID);
		if (store_exec(s, sql, cause) != 0 ||
		    store_exec(s, "COMMIT", cause) != 0) {
			free(sql);
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			sqlite3_exec(s->db, "PRAGMA foreign_keys = ON", NULL,
			    NULL, NULL);
			return (-1);
		}
		free(sql);
	}
	return (store_exec(s, "PRAGMA foreign_keys = ON", cause));
}

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

struct store *
store_open(const char *path, char **cause)
{
	struct store	*s;
	struct stat	 sb;
	char		*def = NULL;
	int		 appid, version, tables, i;

	if (path == NULL || *path == '\0')
		path = getenv("SIFT_DB");
	if (path == NULL || *path == '\0') {
		path = def = store_default_path();
		if (store_mkdirs(path, cause) != 0) {
			free(def);
			return (NULL);
		}
	}
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		*cause = xasprintf(_("%s: is a directory, not a database"),
		    path);
		free(def);
		return (NULL);
	}

	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	free(def);
	if (sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
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

	if (store_pragma_int(s, "PRAGMA application_id", &appid, cause) != 0 ||
	    store_pragma_int(s, "PRAGMA user_version", &version, cause) != 0 ||
	    store_pragma_int(s, "SELECT count(*) FROM sqlite_schema", &tables,
	    cause) != 0)
		goto fail;
	if (appid != SIFT_APPLICATION_ID && (appid != 0 || tables != 0)) {
		*cause = xasprintf(_("%s: not a sift database"), s->path);
		goto fail;
	}
	if (version > STORE_SCHEMA_VERSION) {
		*cause = xasprintf(_("%s: the database has schema version %d, "
		    "newer than this sift knows (%d); upgrade sift"), s->path,
		    version, STORE_SCHEMA_VERSION);
		goto fail;
	}
	if (!s->readonly) {
		if (store_exec(s, "PRAGMA journal_mode = WAL", cause) != 0)
			goto fail;
	}
	if (store_exec(s, "PRAGMA foreign_keys = ON;"
	    " PRAGMA synchronous = NORMAL", cause) != 0)
		goto fail;
	if (version < STORE_SCHEMA_VERSION) {
		if (s->readonly) {
			*cause = xasprintf(_("%s: the database is read-only "
			    "and needs an upgrade"), s->path);
			goto fail;
		}
		if (store_migrate(s, version, cause) != 0)
			goto fail;
	}
	for (i = 0; i < STMT_LAST; i++) {
		if (sqlite3_prepare_v3(s->db, store_sql[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &s->stmt[i], NULL) !=
		    SQLITE_OK) {
			*cause = store_cause(s, _("preparing statements"));
			goto fail;
		}
	}
	return (s);

fail:
	store_close(s);
	return (NULL);
}

void
store_close(struct store *s)
{
	int	i;

	if (s == NULL)
		return;
	for (i = 0; i < STMT_LAST; i++)
		sqlite3_finalize(s->stmt[i]);
	if (s->db != NULL)
		sqlite3_close(s->db);
	free(s->path);
	free(s);
}

const char *
store_path(struct store *s)
{
	return (s->path);
}

static int
store_step_done(struct store *s, enum store_stmt i, const char *doing,
    char **cause)
{
	sqlite3_stmt	*st = s->stmt[i];
	int		 rc;

	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		if (cause != NULL)
			*cause = store_cause(s, doing);
		return (-1);
	}
	return (0);
}

int
store_begin(struct store *s, char **cause)
{
	return (store_step_done(s, STMT_BEGIN, _("starting a transaction"),
	    cause));
}

int
store_commit(struct store *s, char **cause)
{
	return (store_step_done(s, STMT_COMMIT, _("committing"), cause));
}

int
store_rollback(struct store *s)
{
	if (sqlite3_get_autocommit(s->db))
		return (0);
	return (store_step_done(s, STMT_ROLLBACK, "rollback", NULL));
}

static void
store_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

/* Store the link ranges of an article. */
static int
store_add_links(struct store *s, const struct article *a, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_ADD_LINK];
	size_t		 i;

	for (i = 0; i < a->nlinks; i++) {
		sqlite3_bind_int64(st, 1, a->id);
		sqlite3_bind_int64(st, 2, a->links[i].start);
		sqlite3_bind_int64(st, 3, a->links[i].len);
		store_bind_text(st, 4, a->links[i].href);
		if (store_step_done(s, STMT_ADD_LINK, _("adding links"),
		    cause) != 0)
			return (-1);
	}
	return (0);
}

/*
 * Add one article, its index entry and its links.  Returns 1 when added,
 * 0 when an article with the same hash is already stored, -1 on error;
 * after an error the caller must roll the transaction back (the article
 * may be half written), so a batch is all or nothing.
 */
int
store_add_article(struct store *s, struct article *a, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_ADD_ARTICLE];

	store_bind_text(st, 1, a->hash);
	store_bind_text(st, 2, a->source != NULL ? a->source : "");
	store_bind_text(st, 3, a->url);
	store_bind_text(st, 4, a->title);
	store_bind_text(st, 5, a->lang != NULL ? a->lang : "und");
	store_bind_text(st, 6, a->published);
	store_bind_text(st, 7, a->format);
	store_bind_text(st, 8, a->path);
	sqlite3_bind_blob64(st, 9, a->raw, a->rawlen, SQLITE_STATIC);
	sqlite3_bind_text64(st, 10, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	store_bind_text(st, 11, a->author);
	store_bind_text(st, 12, a->encoding);
	if (store_step_done(s, STMT_ADD_ARTICLE, _("adding an article"),
	    cause) != 0)
		return (-1);
	if (sqlite3_changes(s->db) == 0)
		return (0);
	a->id = sqlite3_last_insert_rowid(s->db);
	st = s->stmt[STMT_ADD_FTS];
	sqlite3_bind_int64(st, 1, a->id);
	store_bind_text(st, 2, a->title);
	sqlite3_bind_text64(st, 3, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	if (store_step_done(s, STMT_ADD_FTS, _("indexing an article"),
	    cause) != 0)
		return (-1);
	if (store_add_links(s, a, cause) != 0)
		return (-1);
	if (store_set_dom(s, a->id, a->dom, cause) != 0)
		return (-1);
	return (1);
}

/* Store a web page's shape (NULL: it has none, nothing is written). */
int
store_set_dom(struct store *s, int64_t id, const struct dom *d,
    char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_SET_DOM];
	struct buf	 b;
	int		 ret;

	if (d == NULL)
		return (0);
	buf_init(&b);
	dom_pack(d, &b);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_blob64(st, 2, b.data, b.len, SQLITE_STATIC);
	ret = store_step_done(s, STMT_SET_DOM, _("adding a page's shape"),
	    cause);
	buf_free(&b);
	return (ret);
}

int64_t
store_count(struct store *s)
{
	sqlite3_stmt	*st = s->stmt[STMT_COUNT_ARTICLES];
	int64_t		 n = -1;

	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return (n);
}

/*
 * Split a search into terms: white space separates them, double quotes
 * group a phrase.  Returns the number of terms; each is malloc'd.
 */
static size_t
store_search_terms(const char *q, char ***terms)
{
	const char	*p = q, *start;
	size_t		 n = 0;

	*terms = NULL;
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		if (*p == '"') {
			start = ++p;
			while (*p != '\0' && *p != '"')
				p++;
		} else {
			start = p;
			while (*p != '\0' && *p != ' ' && *p != '\t')
				p++;
		}
		if (p > start) {
			*terms = xreallocarray(*terms, n + 1, sizeof **terms);
			(*terms)[n++] = xstrndup(start, p - start);
		}
		if (*p == '"')
			p++;
	}
	return (n);
}

static size_t
store_utf8_chars(const char *s)
{
	size_t	n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return (n);
}

/*
 * List articles, newest first.  A search is full text: terms of three
 * characters or more go to the trigram index; shorter ones (one or two
 * CJK characters are whole words) are matched as substrings.
 */
int
store_list(struct store *s, const struct store_query *q, store_row_cb cb,
    void *arg, char **cause)
{
	struct buf	 sql, match, like;
	sqlite3_stmt	*st;
	struct store_row row;
	char		**terms = NULL;
	size_t		 nterms = 0, i, nlike = 0;
	const char	*p;
	int		 rc, param = 1, ret = 0;

	buf_init(&sql);
	buf_init(&match);
	if (q->ids_only)
		buf_adds(&sql, "SELECT a.id, NULL, NULL, NULL, NULL, NULL"
		    " FROM articles a WHERE 1");
	else
		buf_adds(&sql, "SELECT a.id, a.published, a.source, a.lang,"
		    " coalesce(nullif(a.title, ''), substr(a.text, 1, 200)),"
		    " a.url FROM articles a WHERE 1");
	if (q->search != NULL)
		nterms = store_search_terms(q->search, &terms);
	for (i = 0; i < nterms; i++) {
		if (store_utf8_chars(terms[i]) >= 3) {
			if (match.len != 0)
				buf_addc(&match, ' ');
			buf_addc(&match, '"');
			for (p = terms[i]; *p != '\0'; p++) {
				if (*p == '"')
					buf_addc(&match, '"');
				buf_addc(&match, *p);
			}
			buf_addc(&match, '"');
		} else {
			buf_printf(&sql, " AND (a.title LIKE ?%d ESCAPE '\\'"
			    " OR a.text LIKE ?%d ESCAPE '\\')", param, param);
			param++;
			nlike++;
		}
	}
	if (match.len != 0)
		buf_printf(&sql, " AND a.id IN (SELECT rowid FROM articles_fts"
		    " WHERE articles_fts MATCH ?%d)", param);
	if (q->tag != NULL)
		buf_printf(&sql, " AND a.id IN (SELECT c.article_id FROM claims c"
		    " JOIN claim_tags ct ON ct.claim_id = c.id JOIN tags t"
		    " ON t.id = ct.tag_id WHERE t.name = ?%d)", param + 1);
	switch (q->sort) {
	case STORE_SORT_SOURCE:
		buf_adds(&sql, " ORDER BY a.source, a.published DESC, a.id DESC");
		break;
	case STORE_SORT_TITLE:
		buf_adds(&sql, " ORDER BY a.title IS NULL, a.title, a.id");
		break;
	default:
		/* NULL sorts lowest, so undated articles come last, and
		 * the index on (published, id) serves the order. */
		buf_adds(&sql, " ORDER BY a.published DESC, a.id DESC");
		break;
	}
	if (q->limit > 0)
		buf_printf(&sql, " LIMIT %d", q->limit);

	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		*cause = store_cause(s, _("listing articles"));
		ret = -1;
		goto out;
	}
	param = 1;
	for (i = 0; i < nterms; i++) {
		if (store_utf8_chars(terms[i]) >= 3)
			continue;
		buf_init(&like);
		buf_addc(&like, '%');
		for (p = terms[i]; *p != '\0'; p++) {
			if (*p == '%' || *p == '_' || *p == '\\')
				buf_addc(&like, '\\');
			buf_addc(&like, *p);
		}
		buf_addc(&like, '%');
		sqlite3_bind_text(st, param++, like.data, -1, SQLITE_TRANSIENT);
		buf_free(&like);
	}
	if (match.len != 0)
		sqlite3_bind_text(st, param, match.data, -1, SQLITE_STATIC);
	if (q->tag != NULL)
		sqlite3_bind_text(st, param + 1, q->tag, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		row.id = sqlite3_column_int64(st, 0);
		row.published = (const char *)sqlite3_column_text(st, 1);
		row.source = (const char *)sqlite3_column_text(st, 2);
		row.lang = (const char *)sqlite3_column_text(st, 3);
		row.title = (const char *)sqlite3_column_text(st, 4);
		row.url = (const char *)sqlite3_column_text(st, 5);
		if (cb(&row, arg) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = store_cause(s, _("listing articles"));
		ret = -1;
	}
	sqlite3_finalize(st);
out:
	for (i = 0; i < nterms; i++)
		free(terms[i]);
	free(terms);
	buf_free(&sql);
	buf_free(&match);
	(void)nlike;
	return (ret);
}

static const char *store_anchor_name(enum claim_anchor);
static enum claim_anchor store_anchor_value(const char *);

static int
store_verdict(const char *v)
{
	if (v == NULL)
		return (VERDICT_BOILERPLATE);
	if (strcmp(v, "content") == 0)
		return (VERDICT_CONTENT);
	if (strcmp(v, "comment") == 0)
		return (VERDICT_COMMENT);
	return (VERDICT_BOILERPLATE);
}

/* An anchor as the claims table keeps it. */
static const char *
store_anchor_name(enum claim_anchor anchor)
{
	switch (anchor) {
	case CLAIM_MOVED:
	case CLAIM_FOLDED:
		return ("moved");
	case CLAIM_FUZZY:
		return ("fuzzy");
	case CLAIM_ORPHANED:
		return ("orphaned");
	default:
		return ("exact");
	}
}

static enum claim_anchor
store_anchor_value(const char *v)
{
	if (v == NULL || strcmp(v, "exact") == 0)
		return (CLAIM_EXACT);
	if (strcmp(v, "moved") == 0)
		return (CLAIM_MOVED);
	if (strcmp(v, "fuzzy") == 0)
		return (CLAIM_FUZZY);
	return (CLAIM_ORPHANED);
}

/* In how many articles of a source a block hash occurs. */
unsigned
store_block_df(struct store *s, const char *source, uint64_t hash)
{
	sqlite3_stmt	*st = s->stmt[STMT_BLOCK_DF];
	unsigned	 n = 0;

	sqlite3_bind_int64(st, 1, (int64_t)hash);
	sqlite3_bind_text(st, 2, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = (unsigned)sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return (n);
}

/* Add delta to the number of articles of a source with a block. */
int
store_count_block(struct store *s, const char *source, uint64_t hash,
    int delta, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_COUNT_BLOCK];

	sqlite3_bind_text(st, 1, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (int64_t)hash);
	sqlite3_bind_int(st, 3, delta);
	return (store_step_done(s, STMT_COUNT_BLOCK, _("counting blocks"),
	    cause));
}

static char *
store_column_dup(sqlite3_stmt *st, int i)
{
	const unsigned char	*v = sqlite3_column_text(st, i);

	return (v != NULL ? xstrdup((const char *)v) : NULL);
}

/*
 * Load a stored article with its links.  Returns NULL with a cause when
 * there is no such article.
 */
struct article *
store_get_article(struct store *s, int64_t id, int with_raw,
    char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_GET_ARTICLE];
	struct article	*a;
	const char	*v;
	int		 rc;

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, with_raw);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			*cause = xasprintf(_("no article %lld in %s"),
			    (long long)id, s->path);
		else
			*cause = store_cause(s, _("reading an article"));
		sqlite3_reset(st);
		return (NULL);
	}
	a = xcalloc(1, sizeof *a);
	a->id = id;
	a->title = store_column_dup(st, 0);
	a->url = store_column_dup(st, 1);
	a->published = store_column_dup(st, 2);
	a->lang = store_column_dup(st, 3);
	a->source = store_column_dup(st, 4);
	v = (const char *)sqlite3_column_text(st, 5);
	a->format = v == NULL ? "text" : strcmp(v, "html") == 0 ? "html" :
	    strcmp(v, "rss") == 0 ? "rss" : strcmp(v, "jsonl") == 0 ?
	    "jsonl" : "text";
	a->path = store_column_dup(st, 6);
	if (with_raw) {
		a->rawlen = sqlite3_column_bytes(st, 7);
		a->raw = xmalloc(a->rawlen + 1);
		if (a->rawlen != 0)
			memcpy(a->raw, sqlite3_column_blob(st, 7), a->rawlen);
		a->raw[a->rawlen] = '\0';
		a->raw_owned = 1;
	}
	a->len = sqlite3_column_bytes(st, 8);
	a->text = xmalloc(a->len + 1);
	memcpy(a->text, sqlite3_column_text(st, 8), a->len);
	a->text[a->len] = '\0';
	v = (const char *)sqlite3_column_text(st, 9);
	snprintf(a->hash, sizeof a->hash, "%s", v != NULL ? v : "");
	a->author = store_column_dup(st, 10);
	a->encoding = store_column_dup(st, 11);
	sqlite3_reset(st);

	st = s->stmt[STMT_GET_DOM];
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		a->dom = dom_unpack(sqlite3_column_blob(st, 0),
		    sqlite3_column_bytes(st, 0));
	sqlite3_reset(st);

	st = s->stmt[STMT_GET_LINKS];
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		a->links = xreallocarray(a->links, a->nlinks + 1,
		    sizeof *a->links);
		a->links[a->nlinks].start = sqlite3_column_int64(st, 0);
		a->links[a->nlinks].len = sqlite3_column_int64(st, 1);
		a->links[a->nlinks].href = store_column_dup(st, 2);
		a->nlinks++;
	}
	sqlite3_reset(st);
	return (a);
}

/* The reader's decisions on an article's blocks. */
int
store_overrides(struct store *s, int64_t id, struct store_override **out,
    size_t *n, char **cause)
{
	sqlite3_stmt		*st = s->stmt[STMT_GET_OVERRIDES];
	struct store_override	*ov = NULL;
	int			 rc;

	*n = 0;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ov = xreallocarray(ov, *n + 1, sizeof *ov);
		ov[*n].start = sqlite3_column_int64(st, 0);
		ov[*n].len = sqlite3_column_int64(st, 1);
		ov[*n].hash = sqlite3_column_int64(st, 2);
		ov[*n].verdict = store_verdict((const char *)
		    sqlite3_column_text(st, 3));
		(*n)++;
	}
	sqlite3_reset(st);
	*out = ov;
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("reading decisions"));
		return (-1);
	}
	return (0);
}

/* Store a reader's decision on a block; verdict -1 clears it. */
int
store_set_override(struct store *s, int64_t id, size_t start, size_t len,
    uint64_t hash, int verdict, char **cause)
{
	sqlite3_stmt	*st;
	int		 i;

	if (verdict < 0) {
		i = STMT_CLEAR_OVERRIDE;
		st = s->stmt[i];
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, start);
		sqlite3_bind_int64(st, 3, len);
	} else {
		i = STMT_SET_OVERRIDE;
		st = s->stmt[i];
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, start);
		sqlite3_bind_int64(st, 3, len);
		sqlite3_bind_int64(st, 4, (int64_t)hash);
		sqlite3_bind_text(st, 5, clean_verdict_name(verdict), -1,
		    SQLITE_STATIC);
	}
	return (store_step_done(s, i, _("storing a decision"), cause));
}

/* Move a reader's decision to another block of the article. */
int
store_move_override(struct store *s, int64_t id, size_t start, size_t len,
    size_t to_start, size_t to_len, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_MOVE_OVERRIDE];

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, start);
	sqlite3_bind_int64(st, 3, len);
	sqlite3_bind_int64(st, 4, to_start);
	sqlite3_bind_int64(st, 5, to_len);
	return (store_step_done(s, STMT_MOVE_OVERRIDE, _("moving a decision"),
	    cause));
}

/*
 * Replace an article's text and links, and what import learns of it
 * (re-cleaning after an upgrade).
 */
int
store_update_text(struct store *s, const struct article *a, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_UPDATE_TEXT];

	sqlite3_bind_int64(st, 1, a->id);
	sqlite3_bind_text64(st, 2, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	sqlite3_bind_text(st, 3, a->hash, -1, SQLITE_STATIC);
	if (store_step_done(s, STMT_UPDATE_TEXT, _("updating an article"),
	    cause) != 0)
		return (-1);
	sqlite3_bind_int64(s->stmt[STMT_DELETE_LINKS], 1, a->id);
	if (store_step_done(s, STMT_DELETE_LINKS, _("updating links"),
	    cause) != 0)
		return (-1);
	if (store_add_links(s, a, cause) != 0)
		return (-1);
	return (store_update_meta(s, a, cause));	/* drops the cache */
}

/*
 * Bring what import learns of a page up to date: its title, date,
 * author, encoding and shape (re-cleaning after an upgrade).  What the
 * fresh reading does not give is kept, and so is the source, which the
 * user may have named.
 */
int
store_update_meta(struct store *s, const struct article *a, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_UPDATE_META];

	sqlite3_bind_int64(st, 1, a->id);
	store_bind_text(st, 2, a->author);
	store_bind_text(st, 3, a->encoding);
	store_bind_text(st, 4, a->published);
	if (store_step_done(s, STMT_UPDATE_META, _("updating an article"),
	    cause) != 0)
		return (-1);
	st = s->stmt[STMT_UPDATE_TITLE];
	sqlite3_bind_int64(st, 1, a->id);
	store_bind_text(st, 2, a->title);
	if (store_step_done(s, STMT_UPDATE_TITLE, _("updating an article"),
	    cause) != 0)
		return (-1);
	sqlite3_bind_int64(s->stmt[STMT_DROP_CACHE], 1, a->id);
	if (store_step_done(s, STMT_DROP_CACHE, _("updating an article"),
	    cause) != 0)
		return (-1);
	return (store_set_dom(s, a->id, a->dom, cause));
}

/* Call cb with the id of every article, in order. */
int
store_each_id(struct store *s, int (*cb)(int64_t, void *), void *arg,
    char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_ALL_IDS];
	int64_t		*ids = NULL;
	size_t		 n = 0, i;
	int		 rc, ret = 0;

	/* Collect first: the callback may write to the same tables. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ids = xreallocarray(ids, n + 1, sizeof *ids);
		ids[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("listing articles"));
		free(ids);
		return (-1);
	}
	for (i = 0; i < n && ret == 0; i++)
		ret = cb(ids[i], arg);
	free(ids);
	return (ret);
}

int
store_in_transaction(struct store *s)
{
	return (!sqlite3_get_autocommit(s->db));
}

/* One article's list row: malloc'd strings, freed by store_item_free. */
int
store_get_item(struct store *s, int64_t id, struct store_item *it)
{
	sqlite3_stmt	*st = s->stmt[STMT_GET_ROW];
	int		 rc;

	memset(it, 0, sizeof *it);
	it->id = id;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		it->published = store_column_dup(st, 0);
		it->source = store_column_dup(st, 1);
		it->lang = store_column_dup(st, 2);
		it->title = store_column_dup(st, 3);
		it->url = store_column_dup(st, 4);
		it->read = sqlite3_column_int(st, 5);
		it->claims = sqlite3_column_int(st, 6);
		it->done = sqlite3_column_int(st, 7);
	}
	sqlite3_reset(st);
	return (rc == SQLITE_ROW ? 0 : -1);
}

void
store_item_free(struct store_item *it)
{
	free(it->published);
	free(it->source);
	free(it->lang);
	free(it->title);
	free(it->url);
	memset(it, 0, sizeof *it);
}

/* Mark an article read; committed at once. */
int
store_set_read(struct store *s, int64_t id, char **cause)
{
	sqlite3_bind_int64(s->stmt[STMT_SET_READ], 1, id);
	return (store_step_done(s, STMT_SET_READ, _("marking an article read"),
	    cause));
}

/*
 * The blocks of a source that three or more of its articles share, as
 * (hash, count) pairs sorted by hash, for classifying an article in one
 * query instead of one a block.
 */
size_t
store_repeated(struct store *s, const char *source, uint64_t **hashes,
    unsigned **counts)
{
	sqlite3_stmt	*st = s->stmt[STMT_REPEATED];
	size_t		 n = 0, size = 0;

	*hashes = NULL;
	*counts = NULL;
	sqlite3_bind_text(st, 1, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == size) {
			size = size == 0 ? 64 : size * 2;
			*hashes = xreallocarray(*hashes, size, sizeof **hashes);
			*counts = xreallocarray(*counts, size, sizeof **counts);
		}
		(*hashes)[n] = sqlite3_column_int64(st, 0);
		(*counts)[n++] = (unsigned)sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return (n);
}

/* The generation of a source's block counts (0 before any). */
int64_t
store_source_gen(struct store *s, const char *source)
{
	sqlite3_stmt	*st = s->stmt[STMT_GET_GEN];
	int64_t		 gen = 0;

	sqlite3_bind_text(st, 1, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		gen = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return (gen);
}

/* A source's block counts changed: its cached verdicts are stale. */
int
store_bump_gen(struct store *s, const char *source, char **cause)
{
	sqlite3_bind_text(s->stmt[STMT_BUMP_GEN], 1, source != NULL ? source :
	    "", -1, SQLITE_STATIC);
	return (store_step_done(s, STMT_BUMP_GEN, _("counting blocks"),
	    cause));
}

/* Cached verdicts of an article, if made at gen by this classifier. */
char *
store_get_cache(struct store *s, int64_t id, int64_t gen, int version,
    size_t *len)
{
	sqlite3_stmt	*st = s->stmt[STMT_GET_CACHE];
	char		*data = NULL;

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, gen);
	sqlite3_bind_int(st, 3, version);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*len = sqlite3_column_bytes(st, 0);
		data = xmalloc(*len + 1);
		if (*len > 0)
			memcpy(data, sqlite3_column_blob(st, 0), *len);
	}
	sqlite3_reset(st);
	return (data);
}

/* Cache verdicts; a read-only store simply keeps none. */
void
store_put_cache(struct store *s, int64_t id, int64_t gen, int version,
    const void *data, size_t len)
{
	sqlite3_stmt	*st = s->stmt[STMT_PUT_CACHE];

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, gen);
	sqlite3_bind_int(st, 3, version);
	sqlite3_bind_blob64(st, 4, data, len, SQLITE_STATIC);
	store_step_done(s, STMT_PUT_CACHE, "cache", NULL);
}

static int	store_drop_siblings(struct store *, int64_t, const char *,
		    char **);
static char	**store_strings(struct store *, enum store_stmt, size_t *);
static int	store_tag_claim(struct store *, int64_t, const struct claim *,
		    char **);
static int	store_place_claim(struct store *, int64_t, enum claim_anchor,
		    size_t, size_t, double, const char *, char **);

/*
 * Store a claim and its tags in one transaction; the tags are created as
 * needed.  Returns the claim's id, or -1 with a cause.
 */
int64_t
store_add_claim(struct store *s, const struct claim *c, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_ADD_CLAIM];
	int64_t		 id;

	if (store_begin(s, cause) != 0)
		return (-1);
	store_bind_text(st, 1, c->uuid);
	sqlite3_bind_int64(st, 2, c->article_id);
	if (c->orphaned) {
		sqlite3_bind_null(st, 3);
		sqlite3_bind_null(st, 4);
	} else {
		sqlite3_bind_int64(st, 3, c->start);
		sqlite3_bind_int64(st, 4, c->end);
	}
	store_bind_text(st, 5, c->quote);
	store_bind_text(st, 6, c->prefix != NULL ? c->prefix : "");
	store_bind_text(st, 7, c->suffix != NULL ? c->suffix : "");
	store_bind_text(st, 8, c->claimant);
	store_bind_text(st, 9, c->note);
	store_bind_text(st, 10, c->annotator);
	store_bind_text(st, 11, c->created);
	store_bind_text(st, 12, c->modified != NULL ? c->modified :
	    c->created);
	if (store_step_done(s, STMT_ADD_CLAIM, _("adding a claim"),
	    cause) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(s->db);
	/* placed by an approximate match (a merge), or nowhere */
	if ((c->orphaned || c->score > 0) && store_place_claim(s, id,
	    c->orphaned ? CLAIM_ORPHANED : CLAIM_FUZZY, c->start, c->end,
	    c->score, _("adding a claim"), cause) != 0)
		goto fail;
	if (store_tag_claim(s, id, c, cause) != 0)
		goto fail;
	if (store_commit(s, cause) != 0)
		goto fail;
	return (id);
fail:
	store_rollback(s);
	return (-1);
}

/* Give a claim its tags (creating the tags as needed). */
static int
store_tag_claim(struct store *s, int64_t id, const struct claim *c,
    char **cause)
{
	sqlite3_stmt	*st;
	int64_t		 tag;
	size_t		 i;

	for (i = 0; i < c->ntags; i++) {
		store_bind_text(s->stmt[STMT_ADD_TAG], 1, c->tags[i]);
		if (store_step_done(s, STMT_ADD_TAG, _("adding a tag"),
		    cause) != 0)
			return (-1);
		st = s->stmt[STMT_GET_TAG];
		store_bind_text(st, 1, c->tags[i]);
		tag = sqlite3_step(st) == SQLITE_ROW ?
		    sqlite3_column_int64(st, 0) : -1;
		sqlite3_reset(st);
		if (store_drop_siblings(s, id, c->tags[i], cause) != 0)
			return (-1);
		st = s->stmt[STMT_ADD_CLAIM_TAG];
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, tag);
		if (tag < 0 || store_step_done(s, STMT_ADD_CLAIM_TAG,
		    _("adding a tag"), cause) != 0)
			return (-1);
	}
	return (0);
}

/* Delete a claim by id or UUID; returns 1 if there was one. */
int
store_delete_claim(struct store *s, const char *which, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_DELETE_CLAIM];
	char		*end, now[32];
	long long	 id;
	int64_t		 got = 0;
	int		 rc;

	id = strtoll(which, &end, 10);
	claim_now(now);
	if (store_begin(s, cause) != 0)
		return (-1);
	sqlite3_bind_int64(st, 1, *end == '\0' ? id : -1);
	store_bind_text(st, 2, which);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	/* the update is done by the first step; RETURNING names the row */
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		got = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = store_cause(s, _("deleting a claim"));
		goto fail;
	}
	if (got > 0) {
		sqlite3_bind_int64(s->stmt[STMT_CLEAR_CLAIM_TAGS], 1, got);
		if (store_step_done(s, STMT_CLEAR_CLAIM_TAGS,
		    _("deleting a claim"), cause) != 0)
			goto fail;
	}
	if (store_commit(s, cause) != 0)
		goto fail;
	return (got > 0);
fail:
	store_rollback(s);
	return (-1);
}

/* Every tag with the number of claims that carry it. */
int
store_tag_counts(struct store *s, void (*cb)(const char *, int64_t, void *),
    void *arg)
{
	sqlite3_stmt	*st = s->stmt[STMT_TAG_COUNTS];
	int		 rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		cb((const char *)sqlite3_column_text(st, 0),
		    sqlite3_column_int64(st, 1), arg);
	sqlite3_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

/* Claims with their article and tags, by tag and article (NULL, 0: all). */
int
store_claims(struct store *s, const char *tag, int64_t article,
    int with_deleted, int (*cb)(const struct claim_row *, void *), void *arg,
    char **cause)
{
	sqlite3_stmt	*st = s->stmt[article > 0 ? STMT_ARTICLE_CLAIMS_ALL :
			    STMT_CLAIMS];
	struct claim_row r;
	int		 rc, i;

	store_bind_text(st, 1, tag);
	if (article > 0)
		sqlite3_bind_int64(st, 2, article);
	sqlite3_bind_int(st, 3, with_deleted);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		r.id = sqlite3_column_int64(st, 0);
		r.article_id = sqlite3_column_int64(st, 2);
		r.has_range = sqlite3_column_type(st, 3) != SQLITE_NULL;
		r.start = sqlite3_column_int64(st, 3);
		r.end = sqlite3_column_int64(st, 4);
		r.cp_start = sqlite3_column_int64(st, 18);
		r.cp_end = sqlite3_column_int64(st, 19);
		r.found = (const char *)sqlite3_column_text(st, 20);
		r.has_score = sqlite3_column_type(st, 21) != SQLITE_NULL;
		r.score = sqlite3_column_double(st, 21);
		r.deleted = (const char *)sqlite3_column_text(st, 22);
		for (i = 0; i < 14; i++)
			r.s[i] = (const char *)sqlite3_column_text(st,
			    i == 0 ? 1 : i + 4);
		if (cb(&r, arg) != 0)
			break;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = store_cause(s, _("listing claims"));
		return (-1);
	}
	return (0);
}

/* The claims of an article that are not deleted, with their places. */
int
store_anchors(struct store *s, int64_t id, struct store_anchor **out,
    size_t *n, char **cause)
{
	sqlite3_stmt		*st = s->stmt[STMT_ARTICLE_CLAIMS];
	struct store_anchor	*c = NULL;
	int			 rc;

	*n = 0;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		c = xreallocarray(c, *n + 1, sizeof *c);
		c[*n].id = sqlite3_column_int64(st, 0);
		c[*n].start = sqlite3_column_type(st, 1) == SQLITE_NULL ? -1 :
		    sqlite3_column_int64(st, 1);
		c[*n].end = sqlite3_column_int64(st, 2);
		c[*n].quote = xstrdup((const char *)sqlite3_column_text(st, 3));
		c[*n].prefix = xstrdup(sqlite3_column_type(st, 4) ==
		    SQLITE_NULL ? "" : (const char *)sqlite3_column_text(st, 4));
		c[*n].suffix = xstrdup(sqlite3_column_type(st, 5) ==
		    SQLITE_NULL ? "" : (const char *)sqlite3_column_text(st, 5));
		c[*n].anchor = store_anchor_value((const char *)
		    sqlite3_column_text(st, 6));
		(*n)++;
	}
	sqlite3_reset(st);
	*out = c;
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("moving a claim"));
		return (-1);
	}
	return (0);
}

void
store_anchors_free(struct store_anchor *c, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(c[i].quote);
		free(c[i].prefix);
		free(c[i].suffix);
	}
	free(c);
}

/*
 * Give a claim a new place and anchor: none for an orphan, and a score
 * for a fuzzy one.
 */
int
store_move_claim(struct store *s, int64_t id, enum claim_anchor anchor,
    size_t start, size_t end, double score, char **cause)
{
	return (store_place_claim(s, id, anchor, start, end, score,
	    _("moving a claim"), cause));
}

static int
store_place_claim(struct store *s, int64_t id, enum claim_anchor anchor,
    size_t start, size_t end, double score, const char *doing, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_MOVE_CLAIM];

	sqlite3_bind_int64(st, 1, id);
	if (anchor == CLAIM_ORPHANED) {
		sqlite3_bind_null(st, 2);
		sqlite3_bind_null(st, 3);
	} else {
		sqlite3_bind_int64(st, 2, start);
		sqlite3_bind_int64(st, 3, end);
	}
	sqlite3_bind_text(st, 4, store_anchor_name(anchor), -1,
	    SQLITE_STATIC);
	if (anchor == CLAIM_FUZZY)
		sqlite3_bind_double(st, 5, score);
	return (store_step_done(s, STMT_MOVE_CLAIM, doing, cause));
}

/* The article an export names: by its content hash, else its URL. */
int64_t
store_find_article(struct store *s, const char *hash, const char *url)
{
	sqlite3_stmt	*st = s->stmt[STMT_FIND_ARTICLE];
	int64_t		 id = 0;

	store_bind_text(st, 1, hash);
	store_bind_text(st, 2, url);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return (id);
}

/*
 * Merge a claim from another store.  A new UUID is added; a known one is
 * updated (note, claimant, tags) when the incoming one is newer, and a
 * newer deletion (a tombstone) deletes it here.  Returns 1 added, 2
 * updated or deleted, 0 unchanged, -1 on error.
 */
int
store_merge_claim(struct store *s, const struct claim *c, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_CLAIM_MODIFIED];
	const char	*m;
	int64_t		 id = 0;
	int		 newer = 0, dead = 0;

	store_bind_text(st, 1, c->uuid);
	if (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		m = (const char *)sqlite3_column_text(st, 1);
		newer = c->modified != NULL && m != NULL &&
		    strcmp(c->modified, m) > 0;
		dead = sqlite3_column_type(st, 2) != SQLITE_NULL;
	}
	sqlite3_reset(st);
	if (id == 0 && c->deleted != NULL)
		return (0);	/* deleted before it came here */
	if (id == 0)
		return (store_add_claim(s, c, cause) < 0 ? -1 : 1);
	if (!newer)
		return (0);
	if (c->deleted != NULL) {
		/* a newer deletion travels */
		if (dead)
			return (0);
		return (store_delete_claim(s, c->uuid, cause) < 0 ? -1 : 2);
	}
	if (store_begin(s, cause) != 0)
		return (-1);
	st = s->stmt[STMT_UPDATE_CLAIM];
	sqlite3_bind_int64(st, 1, id);
	store_bind_text(st, 2, c->note);
	store_bind_text(st, 3, c->claimant);
	store_bind_text(st, 4, c->modified);
	if (store_step_done(s, STMT_UPDATE_CLAIM, _("updating a claim"),
	    cause) != 0)
		goto fail;
	sqlite3_bind_int64(s->stmt[STMT_CLEAR_CLAIM_TAGS], 1, id);
	if (store_step_done(s, STMT_CLEAR_CLAIM_TAGS, _("updating a claim"),
	    cause) != 0 || store_tag_claim(s, id, c, cause) != 0 ||
	    store_commit(s, cause) != 0)
		goto fail;
	return (2);
fail:
	store_rollback(s);
	return (-1);
}

/* Set a claim's note (claimant 0) or claimant (1); NULL clears it. */
int
store_set_claim_text(struct store *s, int64_t id, int claimant,
    const char *value, char **cause)
{
	int		 i = claimant ? STMT_SET_CLAIM_FIELD_CLAIMANT :
			    STMT_SET_CLAIM_FIELD_NOTE;
	sqlite3_stmt	*st = s->stmt[i];
	char		 now[32];

	claim_now(now);
	sqlite3_bind_int64(st, 1, id);
	store_bind_text(st, 2, value);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	return (store_step_done(s, i, _("updating a claim"), cause));
}

/*
 * Before a claim gets tag family/x: drop its other tags of the family
 * when the family is exclusive (a claim is alleged or denied, not both).
 */
static int
store_drop_siblings(struct store *s, int64_t claim, const char *tag,
    char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_DROP_SIBLINGS];
	const char	*slash = strrchr(tag, '/');
	int		 rc;

	if (slash == NULL)
		return (0);
	sqlite3_bind_int64(st, 1, claim);
	store_bind_text(st, 2, tag);
	sqlite3_bind_text(st, 3, tag, slash - tag, SQLITE_TRANSIENT);
	rc = store_step_done(s, STMT_DROP_SIBLINGS, _("adding a tag"), cause);
	return (rc);
}

/*
 * Add a tag to a stored claim (replacing an exclusive sibling), in one
 * transaction.  Returns 0, or -1 with *cause set.
 */
int
store_add_claim_tag(struct store *s, int64_t id, const char *tag,
    char **cause)
{
	struct claim	 c;
	char		*tags[1], now[32];

	memset(&c, 0, sizeof c);
	tags[0] = (char *)tag;
	c.tags = tags;
	c.ntags = 1;
	if (store_begin(s, cause) != 0)
		return (-1);
	if (store_tag_claim(s, id, &c, cause) != 0)
		goto fail;
	claim_now(now);
	sqlite3_bind_int64(s->stmt[STMT_TOUCH_CLAIM], 1, id);
	sqlite3_bind_text(s->stmt[STMT_TOUCH_CLAIM], 2, now, -1,
	    SQLITE_TRANSIENT);
	if (store_step_done(s, STMT_TOUCH_CLAIM, _("updating a claim"),
	    cause) != 0 || store_commit(s, cause) != 0)
		goto fail;
	return (0);
fail:
	store_rollback(s);
	return (-1);
}

/* Every tag, for the picker, in name order. */
int
store_tags(struct store *s, struct store_tag **out, size_t *n, char **cause)
{
	sqlite3_stmt	*st = s->stmt[STMT_TAGS];
	struct store_tag *t = NULL;
	int		 rc;

	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		t = xreallocarray(t, *n + 1, sizeof *t);
		t[*n].name = store_column_dup(st, 0);
		t[*n].key = store_column_dup(st, 1);
		t[*n].description = store_column_dup(st, 2);
		t[*n].count = sqlite3_column_int64(st, 3);
		t[*n].exclusive = sqlite3_column_int(st, 4);
		(*n)++;
	}
	sqlite3_reset(st);
	*out = t;
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("reading the tags"));
		store_tags_free(t, *n);
		*out = NULL;
		*n = 0;
		return (-1);
	}
	return (0);
}

void
store_tags_free(struct store_tag *t, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(t[i].name);
		free(t[i].key);
		free(t[i].description);
	}
	free(t);
}

/*
 * Load a tag set: tags with their quick keys and descriptions (a key
 * moves to its new tag), and the exclusive families; one transaction.
 */
int
store_load_tagset(struct store *s, const struct store_tag *t, size_t n,
    char **families, size_t nfamilies, char **cause)
{
	sqlite3_stmt	*st;
	size_t		 i;

	if (store_begin(s, cause) != 0)
		return (-1);
	for (i = 0; i < n; i++) {
		if (t[i].key != NULL) {
			st = s->stmt[STMT_CLEAR_KEY];
			store_bind_text(st, 1, t[i].key);
			store_bind_text(st, 2, t[i].name);
			if (store_step_done(s, STMT_CLEAR_KEY,
			    _("loading the tag set"), cause) != 0)
				goto fail;
		}
		st = s->stmt[STMT_SET_TAG_INFO];
		store_bind_text(st, 1, t[i].name);
		store_bind_text(st, 2, t[i].key);
		store_bind_text(st, 3, t[i].description);
		if (store_step_done(s, STMT_SET_TAG_INFO,
		    _("loading the tag set"), cause) != 0)
			goto fail;
	}
	for (i = 0; i < nfamilies; i++) {
		st = s->stmt[STMT_SET_FAMILY];
		store_bind_text(st, 1, families[i]);
		sqlite3_bind_int(st, 2, 1);
		if (store_step_done(s, STMT_SET_FAMILY,
		    _("loading the tag set"), cause) != 0)
			goto fail;
	}
	if (store_commit(s, cause) != 0)
		goto fail;
	return (0);
fail:
	store_rollback(s);
	return (-1);
}

/* The tag a quick key applies, malloc'd, or NULL. */
char *
store_quick_tag(struct store *s, const char *key)
{
	sqlite3_stmt	*st = s->stmt[STMT_QUICK_TAG];
	char		*name = NULL;

	store_bind_text(st, 1, key);
	if (sqlite3_step(st) == SQLITE_ROW)
		name = store_column_dup(st, 0);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return (name);
}

/* A stored claim, whole, for undo and redo. */
int
store_get_claim(struct store *s, int64_t id, struct claim_snap *c)
{
	sqlite3_stmt	*st = s->stmt[STMT_GET_CLAIM];
	const char	*uuid;
	int		 rc;

	memset(c, 0, sizeof *c);
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uuid = (const char *)sqlite3_column_text(st, 0);
		snprintf(c->uuid, sizeof c->uuid, "%s", uuid != NULL ? uuid :
		    "");
		c->article_id = sqlite3_column_int64(st, 1);
		c->start = sqlite3_column_type(st, 2) == SQLITE_NULL ? -1 :
		    sqlite3_column_int64(st, 2);
		c->end = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 :
		    sqlite3_column_int64(st, 3);
		c->quote = store_column_dup(st, 4);
		c->prefix = store_column_dup(st, 5);
		c->suffix = store_column_dup(st, 6);
		c->anchor = store_column_dup(st, 7);
		c->claimant = store_column_dup(st, 8);
		c->note = store_column_dup(st, 9);
		c->annotator = store_column_dup(st, 10);
		c->created = store_column_dup(st, 11);
		c->modified = store_column_dup(st, 12);
		c->tags = store_column_dup(st, 13);
	}
	sqlite3_reset(st);
	return (rc == SQLITE_ROW ? 0 : -1);
}

void
store_claim_snap_free(struct claim_snap *c)
{
	free(c->quote);
	free(c->prefix);
	free(c->suffix);
	free(c->anchor);
	free(c->claimant);
	free(c->note);
	free(c->annotator);
	free(c->created);
	free(c->modified);
	free(c->tags);
	memset(c, 0, sizeof *c);
}

/*
 * Put a claim back as a snapshot has it (NULL: delete it, leaving a
 * tombstone), by UUID, in one transaction: undo and redo.  The
 * modification time is now, so a merge carries the change.
 */
int
store_restore_claim(struct store *s, const char *uuid,
    const struct claim_snap *c, char **cause)
{
	sqlite3_stmt	*st;
	struct claim	 cl;
	char		 now[32], *tags, *p, *q, **list = NULL;
	size_t		 n = 0;
	int64_t		 id;

	if (c == NULL)		/* a tombstone, as a deletion makes */
		return (store_delete_claim(s, uuid, cause) < 0 ? -1 : 0);
	if (store_begin(s, cause) != 0)
		return (-1);
	st = s->stmt[STMT_PURGE_CLAIM];
	store_bind_text(st, 1, uuid);
	if (store_step_done(s, STMT_PURGE_CLAIM, _("restoring a claim"),
	    cause) != 0)
		goto fail;
	claim_now(now);
	st = s->stmt[STMT_RESTORE_CLAIM];
	store_bind_text(st, 1, c->uuid);
	sqlite3_bind_int64(st, 2, c->article_id);
	if (c->start < 0) {
		sqlite3_bind_null(st, 3);
		sqlite3_bind_null(st, 4);
	} else {
		sqlite3_bind_int64(st, 3, c->start);
		sqlite3_bind_int64(st, 4, c->end);
	}
	store_bind_text(st, 5, c->quote);
	store_bind_text(st, 6, c->prefix != NULL ? c->prefix : "");
	store_bind_text(st, 7, c->suffix != NULL ? c->suffix : "");
	store_bind_text(st, 8, c->anchor != NULL ? c->anchor : "exact");
	store_bind_text(st, 9, c->claimant);
	store_bind_text(st, 10, c->note);
	store_bind_text(st, 11, c->annotator);
	store_bind_text(st, 12, c->created);
	sqlite3_bind_text(st, 13, now, -1, SQLITE_TRANSIENT);
	if (store_step_done(s, STMT_RESTORE_CLAIM, _("restoring a claim"),
	    cause) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(s->db);
	tags = xstrdup(c->tags != NULL ? c->tags : "");
	for (p = tags; *p != '\0'; p = q) {
		if ((q = strchr(p, ';')) != NULL)
			*q++ = '\0';
		else
			q = p + strlen(p);
		list = xreallocarray(list, n + 1, sizeof *list);
		list[n++] = p;
	}
	memset(&cl, 0, sizeof cl);
	cl.tags = list;
	cl.ntags = n;
	if (store_tag_claim(s, id, &cl, cause) != 0) {
		free(list);
		free(tags);
		goto fail;
	}
	free(list);
	free(tags);
	if (store_commit(s, cause) != 0)
		goto fail;
	return (0);
fail:
	store_rollback(s);
	return (-1);
}

/* Mark an article done (or not): read, nothing more to tag. */
int
store_set_done(struct store *s, int64_t id, int done, char **cause)
{
	sqlite3_bind_int64(s->stmt[STMT_SET_DONE], 1, id);
	sqlite3_bind_int(s->stmt[STMT_SET_DONE], 2, done);
	return (store_step_done(s, STMT_SET_DONE, _("marking an article done"),
	    cause));
}

/* The exclusive tag families. */
char **
store_families(struct store *s, size_t *n)
{
	return (store_strings(s, STMT_FAMILIES, n));
}

/* The claimants named before, most recent first, for completion. */
char **
store_claimants(struct store *s, size_t *n)
{
	return (store_strings(s, STMT_CLAIMANTS, n));
}

/* The first column of a statement's rows. */
static char **
store_strings(struct store *s, enum store_stmt i, size_t *n)
{
	sqlite3_stmt	*st = s->stmt[i];
	char		**out = NULL;

	*n = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		out = xreallocarray(out, *n + 1, sizeof *out);
		out[(*n)++] = store_column_dup(st, 0);
	}
	sqlite3_reset(st);
	return (out);
}
