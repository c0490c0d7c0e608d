/*
 * store-int.h: what the store's files share and nothing else includes:
 * the connection, its prepared statements (named by enum store_stmt, their
 * SQL in store.c's table) and the helpers that run them and word their
 * failures.  The store's API, in the model's words, is in sift.h.
 */

#ifndef STORE_INT_H
#define STORE_INT_H

#include "db.h"

enum store_stmt {
	STMT_ADD_ARTICLE,
	STMT_ADD_LINK,
	STMT_BEGIN,
	STMT_COMMIT,
	STMT_ROLLBACK,
	STMT_INDEX_ADD,
	STMT_INDEX_ADD_HIDDEN,
	STMT_INDEX_ADD_GRAMS,
	STMT_INDEX_ADD_ROW,
	STMT_INDEX_GET_ROW,
	STMT_INDEX_DEL,
	STMT_INDEX_DEL_HIDDEN,
	STMT_INDEX_DEL_GRAMS,
	STMT_INDEX_DEL_ROW,
	STMT_INDEX_STATE,
	STMT_INDEX_SET_STATE,
	STMT_INDEX_TODO_ADD,
	STMT_INDEX_TODO_DEL,
	STMT_INDEX_TODO_HAS,
	STMT_INDEX_TODO_CLEAR,
	STMT_INDEX_MISSING,
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
	STMT_GET_DONE,
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
	STMT_KEEP_CLAIM_ID,
	STMT_SET_DONE,
	STMT_UNSET_DONE,
	STMT_CLAIMANTS,
	STMT_FAMILIES,
	STMT_CLAIM_AT,
	STMT_DATA_VERSION,
	STMT_LIVE_CLAIMS,
	STMT_DELETE_ARTICLE,
	STMT_TOMBSTONE,
	STMT_ORPHAN_CLAIMS,
	STMT_REVIVE,
	STMT_FIND_COPY,
	STMT_FIND_HASH,
	STMT_REPLACE_INPUT,
	STMT_SET_RAW,
	STMT_DONE_ALL,
	STMT_DONE_ONE,
	STMT_ARTICLE_LIVE,
	STMT_CLAIM_OWNER,
	STMT_IS_EDITOR,
	STMT_ADD_EDITOR,
	STMT_DEL_EDITOR,
	STMT_EDITORS,
	STMT_LAST
};

struct store {
	struct db	*db;
	char		*path;
	int		 readonly;
	int		 created;	/* this process made its schema */
	int		 locked;	/* exclusive: no other connection */
	int		 lasterr;	/* SQLite's code at the last cause */
	int64_t		 notified;	/* PostgreSQL: notifications */
	db_stmt	*stmt[STMT_LAST];
};

/* store.c */
char		*store_cause(struct store *, const char *);
int		 store_exec(struct store *, const char *, char **);
int		 store_prepare(struct store *, char **);
void		 store_finalize(struct store *);
int64_t		 store_int_of(struct store *, enum store_stmt, int64_t);
int		 store_step_done(struct store *, enum store_stmt, const char *,
		     char **);
void		 store_bind_text(db_stmt *, int, const char *);
int		 store_set_raw(struct store *, const struct article *,
		     char **);
char		*store_column_dup(db_stmt *, int);

/* store-pattern.c: a pattern's strings, bound from parameter base on */
struct store_binds {
	char	**v;
	size_t	  n;
	int	  base;
	int	  partial;	/* STORE_INDEX_*: some articles are not
				   indexed yet */
	struct store *s;	/* PostgreSQL's: s->db->pg; ~x reads it */
};
void		 store_pattern_sql(const struct pattern *, struct buf *,
		     struct store_binds *);
void		 store_pattern_bind_all(db_stmt *,
		     const struct store_binds *);
void		 store_pattern_binds_free(struct store_binds *);

/* store-search.c */
size_t		 store_search_terms(const char *, char ***);
int		 store_search_bind(struct store_binds *, char *);
int		 store_search_functions(sqlite3 *);

/* store-done.c */
int		 store_disagree_function(sqlite3 *, struct store *);
void		 store_disagree_ids(struct store *, struct buf *);
void		 store_search_cond(struct buf *, struct store_binds *,
		     const char *, int);

/* store-article.c */
int		 store_add_links(struct store *, const struct article *,
		     char **);
void		 store_bind_article(db_stmt *, const struct article *);

/* store-schema.c */
int		 store_schema_check(struct store *, int *, char **);
int		 store_schema_upgrade(struct store *, int, char **);

/* store-pg.c */
const char	*store_pg_sql(int);
int		 store_is_pg(const char *);
char		*store_pg_cause(struct store *, const char *);
struct store	*store_pg_open(const char *, enum store_mode, char **);
int64_t		 store_pg_data_version(struct store *);

/* store-index.c: how far the index goes (store_index_state) */
#define STORE_INDEX_COMPLETE	0	/* every article indexed */
#define STORE_INDEX_PARTIAL	1	/* an older store's, not yet */
#define STORE_INDEX_TODO	2	/* all but those in search_todo */
int		 store_index_state(struct store *);

#endif /* STORE_INT_H */
