/*
 * store-pgsql.c: what the store says on PostgreSQL that SQLite's words
 * cannot (db-pgsql.c translates the rest of store.c's table), and the
 * messages for what the server answers: a lost connection, a role
 * without the right, a conflict.  Below store.c, which asks it for both.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "db.h"
#include "store-int.h"

/* Code points in the first n bytes of column text of a (claims' ends). */
#define STORE_PG_CP(n)							\
	"length(convert_from(substring(convert_to(a.text, 'UTF8')"	\
	" FROM 1 FOR (" n ")::int), 'UTF8'))"

#define STORE_PG_TAGS							\
	"(SELECT string_agg(t.name, ';' ORDER BY t.name) FROM"		\
	" claim_tags x JOIN tags t ON t.id = x.tag_id"			\
	" WHERE x.claim_id = c.id)"

#define STORE_PG_CLAIMS_SQL(where)					\
	"SELECT c.id, c.uuid, c.article_id, c.start, c.\"end\", c.quote,"	\
	" c.prefix, c.suffix, c.anchor, c.claimant, c.note, c.annotator,"	\
	" c.created, c.modified, a.url, a.title, a.hash, " STORE_PG_TAGS ","	\
	" CASE WHEN c.start IS NULL THEN NULL ELSE"			\
	"   " STORE_PG_CP("c.start") " END,"				\
	" CASE WHEN c.\"end\" IS NULL THEN NULL ELSE"			\
	"   " STORE_PG_CP("c.\"end\"") " END,"				\
	" CASE WHEN c.anchor = 'fuzzy' THEN convert_from(substring("	\
	"   convert_to(a.text, 'UTF8') FROM (c.start + 1)::int FOR"	\
	"   (c.\"end\" - c.start)::int), 'UTF8') END, c.score, c.deleted"	\
	" FROM claims c JOIN articles a ON a.id = c.article_id"		\
	" WHERE ($1::text IS NULL OR c.id IN (SELECT x.claim_id FROM"	\
	"   claim_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = $1))" \
	where " AND (c.deleted IS NULL OR $3 <> 0)"			\
	" ORDER BY c.article_id, c.start NULLS FIRST, c.id"

/* The statements in PostgreSQL's own words (NULL: store.c's, translated). */
static const char *store_pg_sql_of[STMT_LAST] = {
	/* an id is spent by an insert that conflicts: ask first, as
	 * SQLite's numbers would have no gaps */
	[STMT_ADD_ARTICLE] =
	    "INSERT INTO articles(hash, source, url, title, lang, published,"
	    " format, path, raw, text, author, encoding)"
	    " SELECT $1, $2, $3, $4, $5, $6, $7, $8, ''::bytea, $10, $11, $12"
	    " WHERE ($9::bytea IS NULL OR true) AND NOT EXISTS"
	    " (SELECT 1 FROM articles WHERE hash = $1)"
	    " ON CONFLICT(hash) DO NOTHING RETURNING id",
	[STMT_ADD_TAG] =
	    "INSERT INTO tags(name) SELECT $1 WHERE NOT EXISTS"
	    " (SELECT 1 FROM tags WHERE name = $1)"
	    " ON CONFLICT DO NOTHING RETURNING id",
	/*
	 * The search index: search_docs keeps what the reader shows (the
	 * title and the visible blocks) and the hidden blocks apart, each
	 * with a trigram index (store-pg.c); it takes the place of the
	 * FTS5 tables, and the CJK grams need no table of their own.
	 */
	[STMT_INDEX_ADD] =
	    "INSERT INTO search_docs(article_id, title, body) VALUES ($1, $2,"
	    " $3) ON CONFLICT(article_id) DO UPDATE SET title = excluded.title,"
	    " body = excluded.body, hidden = ''",
	[STMT_INDEX_ADD_HIDDEN] =
	    "UPDATE search_docs SET hidden = $2 WHERE article_id = $1",
	[STMT_INDEX_ADD_GRAMS] = "SELECT $1::bigint, $2::text WHERE false",
	[STMT_INDEX_DEL] = "DELETE FROM search_docs WHERE article_id = $1"
	    " AND ($2::text IS NULL OR true) AND ($3::text IS NULL OR true)",
	[STMT_INDEX_DEL_HIDDEN] = "SELECT $1::bigint, $2::text WHERE false",
	[STMT_INDEX_DEL_GRAMS] = "SELECT $1::bigint, $2::text WHERE false",
	[STMT_MOVE_OVERRIDE] =
	    "WITH gone AS (DELETE FROM block_overrides WHERE article_id = $1"
	    " AND start = $4 AND len = $5 AND NOT (start = $2 AND len = $3))"
	    " UPDATE block_overrides SET start = $4, len = $5"
	    " WHERE article_id = $1 AND start = $2 AND len = $3",
	[STMT_SET_DOM] =
	    "INSERT INTO article_dom(article_id, data) VALUES ($1, $2)"
	    " ON CONFLICT(article_id) DO UPDATE SET data = excluded.data",
	[STMT_PUT_CACHE] =
	    "INSERT INTO verdict_cache(article_id, gen, version, data)"
	    " VALUES ($1, $2, $3, $4) ON CONFLICT(article_id) DO UPDATE"
	    " SET gen = excluded.gen, version = excluded.version,"
	    " data = excluded.data",
	[STMT_CLAIMS] = STORE_PG_CLAIMS_SQL(""),
	[STMT_ARTICLE_CLAIMS_ALL] =
	    STORE_PG_CLAIMS_SQL(" AND c.article_id = $2"),
	[STMT_GET_CLAIM] =
	    "SELECT uuid, article_id, start, \"end\", quote, prefix, suffix,"
	    " anchor, claimant, note, annotator, created, modified, "
	    STORE_PG_TAGS " FROM claims c WHERE id = $1",
	/* store_data_version counts the notifications instead */
	[STMT_DATA_VERSION] = "SELECT 0",
	/* an editor: in the table, or a member of role sift_editors */
	[STMT_IS_EDITOR] =
	    "SELECT 1 FROM editors WHERE annotator = $1 UNION ALL"
	    " SELECT 1 FROM pg_roles r, pg_roles u"
	    " WHERE r.rolname = 'sift_editors' AND u.rolname = $1"
	    " AND pg_has_role(u.oid, r.oid, 'MEMBER') LIMIT 1",
};

/* Statement i in PostgreSQL's words, or NULL: translate store.c's. */
const char *
store_pg_sql(int i)
{
	return (i >= 0 && i < STMT_LAST ? store_pg_sql_of[i] : NULL);
}

/* Whether -d names a PostgreSQL database (a postgresql:// URI). */
int
store_is_pg(const char *name)
{
	return (name != NULL && (strncmp(name, "postgresql://", 13) == 0 ||
	    strncmp(name, "postgres://", 11) == 0));
}

/*
 * What the server said, with what was being done and the database, and
 * the failures a user can act on named plainly.
 */
char *
store_pg_cause(struct store *s, const char *doing)
{
	const char	*state = s->db->sqlstate, *msg = db_errmsg(s->db);

	s->lasterr = SQLITE_ERROR;
	if (s->db->lost || strcmp(state, "08000") == 0 ||
	    strcmp(state, "08003") == 0 || strcmp(state, "08006") == 0 ||
	    strncmp(state, "57P0", 4) == 0)
		return (xasprintf(_("%s: the connection to the server was "
		    "lost while %s, and what it was doing was not saved: %s"),
		    s->path, doing, msg));
	if (strcmp(state, "42501") == 0 || strcmp(state, "25006") == 0) {
		s->lasterr = SQLITE_READONLY;
		return (xasprintf(_("%s: role %s may not change this store, so "
		    "nothing was changed (%s)"), s->path, db_pg_role(s->db),
		    msg));
	}
	if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0)
		s->lasterr = SQLITE_BUSY;
	return (xasprintf(_("%s: %s: %s"), s->path, doing, msg));
}

