/*
 * store-schema.c: the store's schema, as fossil keeps its schema: the
 * migrations, each a version and its SQL, applied in order from the
 * database's PRAGMA user_version, each in its own transaction that also
 * sets user_version and application_id.  A database of another program,
 * or newer than this one, is refused before anything is written to it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "store-int.h"

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
	{ 8,
	/* sift rm --force: an article taken out whose claims are kept, as
	 * orphans, on what is left of it (its identity, not its text) */
	"ALTER TABLE articles ADD COLUMN removed TEXT;" },
	{ 9,
	/* The list without reading the articles' rows: removed is their
	 * last column, after the text and the raw input, so testing it
	 * followed every row's overflow pages (the list of 100,000 took
	 * 359 ms, against 25 ms from an index).  Indexes of the articles
	 * not removed serve the list's orders, its count and each id (with
	 * its date and source, which order a search's hits). */
	"CREATE INDEX articles_live_by_date ON articles(published, id)"
	"  WHERE removed IS NULL;"
	"CREATE INDEX articles_live_by_source"
	"  ON articles(source, published, id) WHERE removed IS NULL;"
	"CREATE INDEX articles_live ON articles(id, published, source)"
	"  WHERE removed IS NULL;"
	/* and how many there are, kept by the store itself: counting
	 * even an index takes 20 ms a 100,000 articles, and the reader
	 * says how many before it has read a million ids */
	"CREATE TABLE article_count ("
	"  one INTEGER PRIMARY KEY CHECK (one = 1),"
	"  live INTEGER NOT NULL"
	");"
	"INSERT INTO article_count(one, live)"
	"  SELECT 1, count(*) FROM articles WHERE removed IS NULL;"
	"CREATE TRIGGER article_count_add AFTER INSERT ON articles"
	"  WHEN new.removed IS NULL BEGIN"
	"  UPDATE article_count SET live = live + 1;"
	"END;"
	"CREATE TRIGGER article_count_delete AFTER DELETE ON articles"
	"  WHEN old.removed IS NULL BEGIN"
	"  UPDATE article_count SET live = live - 1;"
	"END;"
	"CREATE TRIGGER article_count_removed AFTER UPDATE OF removed"
	"  ON articles WHEN (old.removed IS NULL) != (new.removed IS NULL)"
	"  BEGIN UPDATE article_count SET live = live +"
	"  (CASE WHEN new.removed IS NULL THEN 1 ELSE -1 END);"
	"END;" },
	{ 10,
	/* The search index covers what the reader shows (index.c): the
	 * title and the visible blocks, the hidden ones apart, and a word
	 * index of CJK characters and pairs for terms of one or two.
	 * Contentless, so the text is not kept twice; search_rows keeps
	 * what each entry was made of (the title, a bit a hidden block),
	 * to take it out again.  The articles of an older store are
	 * indexed by the first command that writes (search_state). */
	"DROP TRIGGER articles_fts_delete;"
	"DROP TRIGGER articles_fts_update;"
	"DROP TABLE articles_fts;"
	"CREATE VIRTUAL TABLE search USING fts5(title, body, hidden,"
	"  content='', tokenize='trigram');"
	"CREATE VIRTUAL TABLE search_grams USING fts5(grams,"
	"  content='', tokenize='unicode61', detail='none');"
	"CREATE TABLE search_rows ("
	"  article_id INTEGER PRIMARY KEY,"
	"  title TEXT,"
	"  mask BLOB"
	");"
	"CREATE TABLE search_state (complete INTEGER NOT NULL);"
	"INSERT INTO search_state SELECT NOT EXISTS"
	"  (SELECT 1 FROM articles WHERE removed IS NULL);" },
	{ 11,
	/* An article's raw input apart from its row: in the row it came
	 * before the text, and reading a 20 MB article's text walked the
	 * 20 MB of its input first.  Articles stored before keep theirs
	 * in the row, and are read the same way. */
	"CREATE TABLE article_raw ("
	"  article_id INTEGER PRIMARY KEY"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  raw BLOB NOT NULL"
	");"
	"CREATE TRIGGER article_raw_removed AFTER UPDATE OF removed"
	"  ON articles WHEN new.removed IS NOT NULL BEGIN"
	"  DELETE FROM article_raw WHERE article_id = new.id;"
	"END;" },
	{ 12,
	/* The trigram indexes without positions, one of the title and
	 * the visible blocks, one of the hidden blocks (index.c): a
	 * seventh of the size, built in half the time.  The articles are
	 * indexed again by the first command that writes, as after the
	 * upgrade to 10. */
	"DROP TABLE search;"
	"CREATE VIRTUAL TABLE search USING fts5(title, body,"
	"  content='', tokenize='trigram', detail='none');"
	"CREATE VIRTUAL TABLE search_hidden USING fts5(hidden,"
	"  content='', tokenize='trigram', detail='none');"
	"INSERT INTO search_grams(search_grams) VALUES ('delete-all');"
	"DELETE FROM search_rows;"
	"UPDATE search_state SET complete = NOT EXISTS"
	"  (SELECT 1 FROM articles WHERE removed IS NULL);" },
	{ 13,
	/* The articles stored but not yet indexed: import indexes a
	 * batch with the next one, while a thread of its own classifies
	 * it (import-index.c).  A search reads their text meanwhile; the
	 * next writing command indexes those an import left, killed
	 * before it could. */
	"CREATE TABLE search_todo (article_id INTEGER PRIMARY KEY);" },
	{ 14,
	/* Who marked an article done: sift agreement compares annotators
	 * on the articles each of them read to the end.  The marks made
	 * before have no name ('': the store's own annotator, whoever
	 * runs sift on it).  And the editors: the annotators who may
	 * change or delete others' claims. */
	"CREATE TABLE article_done ("
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  annotator TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  PRIMARY KEY (article_id, annotator)"
	") WITHOUT ROWID;"
	"INSERT INTO article_done(article_id, annotator, at)"
	"  SELECT article_id, '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
	"  FROM article_state WHERE done != 0;"
	"CREATE TABLE editors (annotator TEXT PRIMARY KEY) WITHOUT ROWID;"
	/* A source's repeated blocks without a scan of all its counts
	 * (store_repeated, for each article classified: agreement read
	 * 10,000 articles of one source in 49 s, now 2.7 s). */
	"CREATE INDEX block_counts_repeated ON block_counts(source, hash, n)"
	"  WHERE n >= 3;" },
};
#define STORE_NMIGRATIONS \
	(sizeof store_migrations / sizeof store_migrations[0])

static int	 store_pragma_int(struct store *, const char *, int *,
		     char **);
static int	 store_migrate(struct store *, int, char **);
static int	 store_migrate_steps(struct store *, size_t, size_t, char **);

static int
store_pragma_int(struct store *s, const char *sql, int *value, char **cause)
{
	db_stmt	*st;
	int		 rc;

	if (db_prepare(s->db, sql, NULL, &st) != SQLITE_OK) {
		*cause = store_cause(s, _("reading the database header"));
		return (-1);
	}
	rc = db_step(st);
	if (rc != SQLITE_ROW) {
		*cause = store_cause(s, _("reading the database header"));
		db_finalize(st);
		return (-1);
	}
	*value = db_column_int(st, 0);
	db_finalize(st);
	return (0);
}

/*
 * Migrations i to j - 1 in one write transaction, which reads the
 * version again inside it: another process may have taken the steps
 * since this one read the header (any number may open a new store at
 * once).  1 when it had begun them already: nothing was done.
 */
static int
store_migrate_steps(struct store *s, size_t i, size_t j, char **cause)
{
	struct buf	 sql;
	size_t		 k;
	int		 now;

	if (store_exec(s, "BEGIN IMMEDIATE", cause) != 0)
		return (-1);
	if (store_pragma_int(s, "PRAGMA user_version", &now, cause) != 0)
		goto fail;
	if (now >= store_migrations[i].version)
		return (store_exec(s, "COMMIT", cause) != 0 ? -1 : 1);
	buf_init(&sql);
	for (k = i; k < j; k++)
		buf_printf(&sql, "%s;", store_migrations[k].sql);
	buf_printf(&sql, " PRAGMA user_version = %d;"
	    " PRAGMA application_id = %d;", store_migrations[j - 1].version,
	    SIFT_APPLICATION_ID);
	if (store_exec(s, sql.data, cause) != 0 ||
	    store_exec(s, "COMMIT", cause) != 0) {
		buf_free(&sql);
		goto fail;
	}
	buf_free(&sql);
	if (now == 0)
		s->created = 1;
	return (0);
fail:
	db_exec(s->db, "ROLLBACK");
	return (-1);
}

/*
 * A new store is made in one transaction, all of its schema or none (a
 * store killed while being made is empty, never at an older version);
 * an older one is brought up a migration a transaction.
 */
static int
store_migrate(struct store *s, int from, char **cause)
{
	size_t	 i;
	int	 rc;

	/* off while tables are rebuilt, which drops the old ones; a
	 * pragma that has no effect inside a transaction */
	if (store_exec(s, "PRAGMA foreign_keys = OFF", cause) != 0)
		return (-1);
	rc = from == 0 ? store_migrate_steps(s, 0, STORE_NMIGRATIONS,
	    cause) : 1;
	for (i = 0; rc > 0 && i < STORE_NMIGRATIONS; i++) {
		if (store_migrations[i].version <= from)
			continue;
		if (store_migrate_steps(s, i, i + 1, cause) < 0)
			rc = -1;
	}
	if (rc < 0) {
		db_exec(s->db, "PRAGMA foreign_keys = ON");
		return (-1);
	}
	return (store_exec(s, "PRAGMA foreign_keys = ON", cause));
}

/*
 * Read the database's header: refuse a database of another program (an
 * application_id not ours, or tables without one) or of a newer sift.
 * The schema version is in *version.
 */
int
store_schema_check(struct store *s, int *version, char **cause)
{
	int	appid, tables;

	/* one read transaction: the three agree even while another
	 * process is creating the schema */
	if (store_exec(s, "BEGIN", cause) != 0)
		return (-1);
	if (store_pragma_int(s, "PRAGMA application_id", &appid, cause) != 0 ||
	    store_pragma_int(s, "PRAGMA user_version", version, cause) != 0 ||
	    store_pragma_int(s, "SELECT count(*) FROM sqlite_schema", &tables,
	    cause) != 0 || store_exec(s, "COMMIT", cause) != 0) {
		db_exec(s->db, "ROLLBACK");
		return (-1);
	}
	if (appid != SIFT_APPLICATION_ID && (appid != 0 || tables != 0)) {
		*cause = xasprintf(_("%s: not a sift database"), s->path);
		return (-1);
	}
	if (*version > STORE_SCHEMA_VERSION) {
		*cause = xasprintf(_("%s: the database has schema version %d, "
		    "newer than this sift knows (%d); upgrade sift"), s->path,
		    *version, STORE_SCHEMA_VERSION);
		return (-1);
	}
	return (0);
}

/* Bring a database of schema version to this sift's; one read-only cannot. */
int
store_schema_upgrade(struct store *s, int version, char **cause)
{
	if (version >= STORE_SCHEMA_VERSION)
		return (0);
	if (s->readonly) {
		*cause = xasprintf(_("%s: read-only store made by an "
		    "older sift: it needs an upgrade, which needs write "
		    "access"), s->path);
		return (-1);
	}
	return (store_migrate(s, version, cause));
}
