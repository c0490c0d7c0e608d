/*
 * store.c: the SQLite store's statements and calls.  Every statement the
 * program runs is in the table below, prepared once when the store opens
 * (store-open.c) and finalised at close; stepping them, binding text,
 * transactions and the message for a failed call are here too.  Only the store*.c files speak SQL: store-schema.c
 * the schema and its migrations, store-article.c articles, blocks,
 * decisions and caches, store-claim.c claims, tags and undo snapshots.
 */

#include "config.h"

#include <sys/resource.h>
#include <sys/stat.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "store-int.h"

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
	" AND (c.deleted IS NULL OR ?3 <> 0)"				\
	" ORDER BY c.article_id, c.start, c.id"

#define STORE_DONE_SQL(where)						\
	"SELECT a.id, a.url, a.title, a.hash, CASE d.annotator WHEN ''"	\
	"  THEN ?1 ELSE d.annotator END, min(d.at)"			\
	" FROM article_done d JOIN articles a ON a.id = d.article_id"	\
	" WHERE a.removed IS NULL" where " GROUP BY 1, 5 ORDER BY 1, 5"

static const char *store_sql[STMT_LAST] = {
	[STMT_ADD_ARTICLE] =
	    "INSERT INTO articles(hash, source, url, title, lang, published,"
	    " format, path, raw, text, author, encoding)"
	    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,x'',?10,?11,?12)"
	    " ON CONFLICT(hash) DO NOTHING",
	[STMT_ADD_LINK] =
	    "INSERT OR IGNORE INTO links(article_id, start, len, href)"
	    " VALUES (?,?,?,?)",
	[STMT_BEGIN] = "BEGIN IMMEDIATE",
	[STMT_COMMIT] = "COMMIT",
	[STMT_ROLLBACK] = "ROLLBACK",
	/*
	 * The search index (store-index.c), written here, not by a
	 * trigger: a trigger makes every insert a statement transaction,
	 * and FTS5 flushes its pending terms at each, which doubles the
	 * cost of an import.  Contentless: an entry is taken out with
	 * the values it went in with, made again from search_rows.
	 */
	[STMT_INDEX_ADD] =
	    "INSERT INTO search(rowid, title, body) VALUES (?,?,?)",
	[STMT_INDEX_ADD_HIDDEN] =
	    "INSERT INTO search_hidden(rowid, hidden) VALUES (?,?)",
	[STMT_INDEX_ADD_GRAMS] =
	    "INSERT INTO search_grams(rowid, grams) VALUES (?,?)",
	[STMT_INDEX_ADD_ROW] =
	    "INSERT INTO search_rows(article_id, title, mask) VALUES (?,?,?)",
	[STMT_INDEX_GET_ROW] =
	    "SELECT r.title, r.mask, a.text FROM search_rows r"
	    " JOIN articles a ON a.id = r.article_id WHERE r.article_id = ?",
	[STMT_INDEX_DEL] =
	    "INSERT INTO search(search, rowid, title, body)"
	    " VALUES ('delete',?,?,?)",
	[STMT_INDEX_DEL_HIDDEN] =
	    "INSERT INTO search_hidden(search_hidden, rowid, hidden)"
	    " VALUES ('delete',?,?)",
	[STMT_INDEX_DEL_GRAMS] =
	    "INSERT INTO search_grams(search_grams, rowid, grams)"
	    " VALUES ('delete',?,?)",
	[STMT_INDEX_DEL_ROW] = "DELETE FROM search_rows WHERE article_id = ?",
	[STMT_INDEX_STATE] = "SELECT complete, EXISTS (SELECT 1 FROM"
	    " search_todo) FROM search_state",
	[STMT_INDEX_SET_STATE] = "UPDATE search_state SET complete = 1",
	[STMT_INDEX_TODO_ADD] =
	    "INSERT OR IGNORE INTO search_todo(article_id) VALUES (?)",
	[STMT_INDEX_TODO_DEL] = "DELETE FROM search_todo WHERE article_id = ?",
	[STMT_INDEX_TODO_HAS] = "SELECT 1 FROM search_todo t JOIN articles a"
	    " ON a.id = t.article_id WHERE t.article_id = ?1"
	    " AND (?2 IS NULL OR a.hash = ?2) AND a.removed IS NULL",
	/* those indexed take themselves out (store_index_put_doc) */
	[STMT_INDEX_TODO_CLEAR] = "DELETE FROM search_todo WHERE NOT EXISTS"
	    " (SELECT 1 FROM articles a WHERE a.id = article_id"
	    " AND a.removed IS NULL)",
	[STMT_INDEX_MISSING] =
	    "SELECT id FROM articles a WHERE removed IS NULL AND NOT EXISTS"
	    " (SELECT 1 FROM search_rows r WHERE r.article_id = a.id)"
	    " ORDER BY id",
	[STMT_COUNT_BLOCK] =
	    "INSERT INTO block_counts(source, hash, n) VALUES (?1, ?2, ?3)"
	    " ON CONFLICT(source, hash) DO UPDATE SET n = block_counts.n + ?3",
	[STMT_COUNT_ARTICLES] =
	    "SELECT live FROM article_count",
	[STMT_BLOCK_DF] =
	    "SELECT n FROM block_counts WHERE hash = ?1 AND source = ?2",
	[STMT_GET_ARTICLE] =
	    "SELECT title, url, published, lang, source, format, path,"
	    " CASE WHEN ?2 <> 0 THEN coalesce((SELECT r.raw FROM article_raw r"
	    "  WHERE r.article_id = ?1), raw) ELSE x'' END, NULL, hash,"
	    " author, encoding"
	    " FROM articles WHERE id = ?1 AND removed IS NULL",
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
	[STMT_ALL_IDS] =
	    "SELECT id FROM articles WHERE removed IS NULL ORDER BY id",
	[STMT_GET_ROW] =
	    "SELECT published, source, lang,"
	    " nullif(title, ''), url,"
	    " (SELECT read FROM article_state WHERE article_id = ?1),"
	    " (SELECT count(*) FROM claims c WHERE c.article_id = ?1"
	    "   AND c.deleted IS NULL),"
	    " EXISTS (SELECT 1 FROM article_done WHERE article_id = ?1"
	    "   AND annotator IN (?2, ''))"
	    " FROM articles WHERE id = ?1",
	[STMT_REPEATED] =
	    "SELECT hash, n FROM block_counts WHERE source = ? AND n >= 3"
	    " ORDER BY hash",
	[STMT_GET_GEN] = "SELECT gen FROM source_gen WHERE source = ?",
	[STMT_BUMP_GEN] =
	    "INSERT INTO source_gen(source, gen) VALUES (?, 1)"
	    " ON CONFLICT(source) DO UPDATE SET gen = source_gen.gen + 1",
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
	    " EXISTS (SELECT 1 FROM tag_families f WHERE f.exclusive <> 0 AND"
	    "   substr(t.name, 1, length(f.family) + 1) = f.family || '/')"
	    " FROM tags t ORDER BY t.name",
	/* Applying family/x to a claim of an exclusive family drops the
	 * claim's other family/y (direct children only). */
	[STMT_DROP_SIBLINGS] =
	    "DELETE FROM claim_tags WHERE claim_id = ?1 AND tag_id IN"
	    " (SELECT t.id FROM tags t, tag_families f WHERE f.family = ?3"
	    "  AND f.exclusive <> 0 AND t.name != ?2"
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
	/* a restored claim takes back its id, unless another has it */
	[STMT_KEEP_CLAIM_ID] =
	    "UPDATE claims SET id = ?1 WHERE id = ?2"
	    " AND NOT EXISTS (SELECT 1 FROM claims WHERE id = ?1)",
	[STMT_SET_DONE] =
	    "INSERT OR IGNORE INTO article_done(article_id, annotator, at)"
	    " VALUES (?, ?, ?)",
	[STMT_UNSET_DONE] =
	    "DELETE FROM article_done WHERE article_id = ?"
	    " AND annotator IN (?, '')",
	[STMT_CLAIMANTS] =
	    "SELECT claimant FROM claims WHERE claimant IS NOT NULL"
	    " AND deleted IS NULL"
	    " AND claimant != '' GROUP BY claimant"
	    " ORDER BY max(modified) DESC LIMIT 1000",
	/* changes when another process commits: the reader's refresh */
	[STMT_DATA_VERSION] = "PRAGMA data_version",
	[STMT_LIVE_CLAIMS] =
	    "SELECT count(*) FROM claims WHERE article_id = ? AND deleted IS NULL",
	[STMT_DELETE_ARTICLE] = "DELETE FROM articles WHERE id = ?",
	/* what is left of an article whose claims stay: who it was */
	[STMT_TOMBSTONE] =
	    "UPDATE articles SET removed = ?2, text = '', raw = x'', path = NULL"
	    " WHERE id = ?1",
	[STMT_ORPHAN_CLAIMS] =
	    "UPDATE claims SET anchor = 'orphaned', start = NULL, end = NULL,"
	    " score = NULL, modified = ?2 WHERE article_id = ?1"
	    " AND deleted IS NULL",
	/* import --replace: the copy an earlier import made of the same
	 * URL, or of the same file when it held one article */
	[STMT_FIND_COPY] =
	    "SELECT id FROM articles WHERE removed IS NULL AND"
	    " (CASE WHEN ?1 IS NOT NULL THEN url = ?1"
	    "  ELSE ?2 IS NOT NULL AND path = ?2 AND ?3 NOT IN ('jsonl', 'rss')"
	    "  AND format NOT IN ('jsonl', 'rss') END)"
	    " ORDER BY id DESC LIMIT 1",
	[STMT_FIND_HASH] = "SELECT id FROM articles WHERE hash = ?",
	/* ?2 of the statements above: an article's input, in its table */
	[STMT_SET_RAW] =
	    "INSERT INTO article_raw(article_id, raw) VALUES (?1, ?2)"
	    " ON CONFLICT(article_id) DO UPDATE SET raw = excluded.raw",
	[STMT_REPLACE_INPUT] =
	    "UPDATE articles SET raw = x'', format = ?3, path = ?4,"
	    " encoding = ?5, lang = ?6, url = coalesce(?7, url) WHERE id = ?1",
	/* the same article imported again: it takes its place back */
	[STMT_REVIVE] =
	    "UPDATE articles SET removed = NULL, source = ?2, url = ?3,"
	    " title = ?4, lang = ?5, published = ?6, format = ?7, path = ?8,"
	    " raw = x'', text = ?10, author = ?11, encoding = ?12"
	    " WHERE hash = ?1 AND removed IS NOT NULL RETURNING id",
	[STMT_CLAIM_AT] =
	    "SELECT id FROM claims WHERE article_id = ? AND start = ?"
	    " AND end = ? AND annotator IS ? AND deleted IS NULL"
	    " ORDER BY id DESC LIMIT 1",
	[STMT_FAMILIES] =
	    "SELECT family FROM tag_families WHERE exclusive <> 0"
	    " ORDER BY family",
	[STMT_GET_DONE] =
	    "SELECT EXISTS (SELECT 1 FROM article_done WHERE article_id = ?"
	    "  AND annotator IN (?, ''))",
	[STMT_SET_READ] =
	    "INSERT INTO article_state(article_id, read) VALUES (?, 1)"
	    " ON CONFLICT(article_id) DO UPDATE SET read = 1"
	    " WHERE article_state.read = 0",
	/* The done marks (store-done.c), '' as the annotator who runs sift
	 * (?1): of every live article, or of one (?2) through the key. */
	[STMT_DONE_ALL] = STORE_DONE_SQL(""),
	[STMT_DONE_ONE] = STORE_DONE_SQL(" AND d.article_id = ?2"),
	[STMT_ARTICLE_LIVE] =
	    "SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?"
	    " AND removed IS NULL)",
	/* Whose a claim is, and who may change others' (store-claim.c). */
	[STMT_CLAIM_OWNER] =
	    "SELECT annotator FROM claims"
	    " WHERE (id = ?1 OR uuid = ?2) AND deleted IS NULL",
	[STMT_IS_EDITOR] = "SELECT 1 FROM editors WHERE annotator = ?",
	[STMT_ADD_EDITOR] =
	    "INSERT OR IGNORE INTO editors(annotator) VALUES (?)",
	[STMT_DEL_EDITOR] = "DELETE FROM editors WHERE annotator = ?",
	[STMT_EDITORS] = "SELECT annotator FROM editors ORDER BY annotator",
};

/*
 * Whether a write stopped at the file size limit (ulimit -f): SQLite says
 * SQLITE_FULL for a short write, with no errno, so the database and its
 * WAL are measured against the limit.
 */
static int
store_at_size_limit(struct store *s)
{
	struct rlimit	 rl;
	struct stat	 sb;
	char		*wal;
	off_t		 size = 0;

	if (getrlimit(RLIMIT_FSIZE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return (0);
	if (stat(s->path, &sb) == 0)
		size = sb.st_size;
	wal = xasprintf("%s-wal", s->path);
	if (stat(wal, &sb) == 0 && sb.st_size > size)
		size = sb.st_size;
	free(wal);
	return ((uintmax_t)size + 65536 >= (uintmax_t)rl.rlim_cur);
}

/*
 * The disk fault behind the last failed call, in plain words, or NULL
 * when it was not one (SQLite says "disk I/O error" for all of them).
 */
char *
store_fault(struct store *s)
{
	int	code = sqlite3_extended_errcode(s->db->lite);
	int	err = sqlite3_system_errno(s->db->lite);

	if ((code & 0xff) != SQLITE_FULL && (code & 0xff) != SQLITE_IOERR)
		return (NULL);
	if (err == EFBIG || store_at_size_limit(s))
		return (xstrdup(_("the file size limit (ulimit -f) was "
		    "reached")));
	if (err == EDQUOT)
		return (xstrdup(_("disk quota exceeded")));
	if (code == SQLITE_IOERR_SHMSIZE || code == SQLITE_IOERR_SHMOPEN ||
	    code == SQLITE_IOERR_SHMMAP) {
		/* the WAL index every reader shares, beside the store */
		if (err == ENOSPC || err == 0)
			return (xasprintf(_("disk full (no room for %s-shm, "
			    "which reading the store needs)"), s->path));
		return (xasprintf(_("cannot use %s-shm: %s"), s->path,
		    strerror(err)));
	}
	if (err == ENOSPC || (code & 0xff) == SQLITE_FULL)
		return (xstrdup(_("disk full")));
	if (err == EIO || err == 0)
		return (xstrdup(_("input/output error (the disk may be "
		    "failing)")));
	return (xasprintf(_("input/output error: %s"), strerror(err)));
}

/*
 * The message for a failed SQLite call: what was being done, the file and
 * SQLite's own words, with corruption, foreign files and disk faults
 * named plainly.
 */
char *
store_cause(struct store *s, const char *doing)
{
	int	 code;
	char	*fault, *cause;

	if (s->db->lite == NULL)
		return (store_pg_cause(s, doing));
	code = sqlite3_extended_errcode(s->db->lite) & 0xff;
	s->lasterr = code;
	if ((fault = store_fault(s)) != NULL) {
		cause = xasprintf(_("%s: %s while %s"), s->path, fault, doing);
		free(fault);
		return (cause);
	}
	switch (code) {
	case SQLITE_NOTADB:
		return (xasprintf(_("%s: not a SQLite database"), s->path));
	case SQLITE_CORRUPT:
	case SQLITE_TOOBIG:	/* a record's length is garbage */
		return (xasprintf(_("%s: the database is corrupt (%s)"),
		    s->path, db_errmsg(s->db)));
	case SQLITE_READONLY:
		return (xasprintf(_("%s: read-only store: it or its folder "
		    "cannot be written, so nothing was changed"), s->path));
	default:
		return (xasprintf(_("%s: %s: %s"), s->path, doing,
		    db_errmsg(s->db)));
	}
}

int
store_exec(struct store *s, const char *sql, char **cause)
{
	if (db_exec(s->db, sql) != SQLITE_OK) {
		*cause = store_cause(s, _("updating the schema"));
		return (-1);
	}
	return (0);
}

/* Prepare every statement of the table above, once. */
int
store_prepare(struct store *s, char **cause)
{
	int	i;

	for (i = 0; i < STMT_LAST; i++) {
		if (db_prepare(s->db, store_sql[i], s->db->pg != NULL ?
		    store_pg_sql(i) : NULL, &s->stmt[i]) != SQLITE_OK) {
			*cause = store_cause(s, _("preparing statements"));
			return (-1);
		}
	}
	return (0);
}

/* Finalise them: the connection can close. */
void
store_finalize(struct store *s)
{
	int	i;

	for (i = 0; i < STMT_LAST; i++) {
		db_finalize(s->stmt[i]);
		s->stmt[i] = NULL;
	}
}

const char *
store_path(struct store *s)
{
	return (s->path);
}

/* The number statement i answers for id (its ?1); 0 when no row. */
int64_t
store_int_of(struct store *s, enum store_stmt i, int64_t id)
{
	db_stmt	*st = s->stmt[i];
	int64_t		 n = 0;

	db_bind_int64(st, 1, id);
	if (db_step(st) == SQLITE_ROW)
		n = db_column_int64(st, 0);
	db_reset(st);
	return (n);
}

int
store_step_done(struct store *s, enum store_stmt i, const char *doing,
    char **cause)
{
	db_stmt	*st = s->stmt[i];
	int		 rc;

	rc = db_step(st);
	db_reset(st);
	db_clear_bindings(st);
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

/*
 * A read transaction: what the reads until store_end_read see is the
 * store as it was at the first of them, whatever others commit.
 */
int
store_begin_read(struct store *s, char **cause)
{
	if (db_exec(s->db, s->db->lite != NULL ? "BEGIN DEFERRED" :
	    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") !=
	    SQLITE_OK) {
		*cause = store_cause(s, _("starting a transaction"));
		return (-1);
	}
	return (0);
}

void
store_end_read(struct store *s)
{
	if (store_in_transaction(s))
		store_rollback(s);
}

/*
 * Tune the connection for a run of large transactions (import): a page
 * cache that holds a batch, where 2 MB spilled dirty pages to the WAL
 * mid-transaction and read them back, and a checkpoint every 64 MB of
 * WAL instead of every 4 MB, each of which copied the pages of the
 * search index that every batch changes again; and statement journals
 * in memory: an insert that fires a trigger, or writes the search index,
 * keeps the pages it changes until it ends, and kept in temporary files
 * they were three writes of four at import (247,283 writes for 10,000
 * articles; 67,501 in memory).  Nothing on disk changes but the WAL's
 * size; the connection keeps it until it is closed.
 */
void
store_bulk(struct store *s)
{
	db_stmt	*st;
	char		 sql[128];
	int		 page = 4096;

	if (s->db->lite == NULL)
		return;
	if (db_prepare(s->db, "PRAGMA page_size", NULL, &st) == SQLITE_OK) {
		if (db_step(st) == SQLITE_ROW &&
		    db_column_int(st, 0) > 0)
			page = db_column_int(st, 0);
		db_finalize(st);
	}
	/* the checkpoint counts pages: 64 MB of them, whatever their size */
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -65536;"
	    " PRAGMA wal_autocheckpoint = %d; PRAGMA temp_store = MEMORY",
	    (64 << 20) / page);
	db_exec(s->db, sql);
}

int
store_rollback(struct store *s)
{
	if (db_get_autocommit(s->db))
		return (0);
	return (store_step_done(s, STMT_ROLLBACK, "rollback", NULL));
}

int
store_in_transaction(struct store *s)
{
	return (!db_get_autocommit(s->db));
}

void
store_bind_text(db_stmt *st, int i, const char *v)
{
	if (v == NULL)
		db_bind_null(st, i);
	else
		db_bind_text(st, i, v, -1, SQLITE_STATIC);
}

char *
store_column_dup(db_stmt *st, int i)
{
	const unsigned char	*v = db_column_text(st, i);

	return (v != NULL ? xstrdup((const char *)v) : NULL);
}

/* Close the store: its statements, then its connection. */
void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	store_finalize(s);
	db_close(s->db);
	free(s->path);
	free(s);
}
