/*
 * store-claim.c: the store's claims and tags: adding, deleting (a
 * tombstone stays, so a merge carries the deletion), listing, merging a
 * claim from an export by UUID, the places re-anchoring reads and writes
 * (claim.c decides them), the tag set with its quick keys and exclusive
 * families, and whole claims as undo and redo snapshot and restore them.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "store-int.h"

static int	store_drop_siblings(struct store *, int64_t, const char *,
		    char **);
static char	**store_strings(struct store *, enum store_stmt, size_t *);
static int	store_tag_claim(struct store *, int64_t, const struct claim *,
		    char **);
static int	store_place_claim(struct store *, int64_t, enum claim_anchor,
		    size_t, size_t, double, const char *, char **);
static const char *store_anchor_name(enum claim_anchor);
static enum claim_anchor store_anchor_value(const char *);

/*
 * Store a claim and its tags in one transaction; the tags are created as
 * needed.  Returns the claim's id, or -1 with a cause.
 */
int64_t
store_add_claim(struct store *s, const struct claim *c, char **cause)
{
	db_stmt	*st = s->stmt[STMT_ADD_CLAIM];
	int64_t		 id;

	if (store_begin(s, cause) != 0)
		return (-1);
	store_bind_text(st, 1, c->uuid);
	db_bind_int64(st, 2, c->article_id);
	if (c->orphaned) {
		db_bind_null(st, 3);
		db_bind_null(st, 4);
	} else {
		db_bind_int64(st, 3, c->start);
		db_bind_int64(st, 4, c->end);
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
	id = db_last_insert_rowid(s->db);
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
	db_stmt	*st;
	int64_t		 tag;
	size_t		 i;

	for (i = 0; i < c->ntags; i++) {
		store_bind_text(s->stmt[STMT_ADD_TAG], 1, c->tags[i]);
		if (store_step_done(s, STMT_ADD_TAG, _("adding a tag"),
		    cause) != 0)
			return (-1);
		st = s->stmt[STMT_GET_TAG];
		store_bind_text(st, 1, c->tags[i]);
		tag = db_step(st) == SQLITE_ROW ?
		    db_column_int64(st, 0) : -1;
		db_reset(st);
		if (store_drop_siblings(s, id, c->tags[i], cause) != 0)
			return (-1);
		st = s->stmt[STMT_ADD_CLAIM_TAG];
		db_bind_int64(st, 1, id);
		db_bind_int64(st, 2, tag);
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
	db_stmt	*st = s->stmt[STMT_DELETE_CLAIM];
	char		*end, now[32];
	long long	 id;
	int64_t		 got = 0;
	int		 rc;

	id = strtoll(which, &end, 10);
	claim_now(now);
	if (store_begin(s, cause) != 0)
		return (-1);
	db_bind_int64(st, 1, *end == '\0' ? id : -1);
	store_bind_text(st, 2, which);
	db_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	/* the update is done by the first step; RETURNING names the row */
	if ((rc = db_step(st)) == SQLITE_ROW)
		got = db_column_int64(st, 0);
	db_reset(st);
	db_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = store_cause(s, _("deleting a claim"));
		goto fail;
	}
	if (got > 0) {
		db_bind_int64(s->stmt[STMT_CLEAR_CLAIM_TAGS], 1, got);
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
	db_stmt	*st = s->stmt[STMT_TAG_COUNTS];
	int		 rc;

	while ((rc = db_step(st)) == SQLITE_ROW)
		cb((const char *)db_column_text(st, 0),
		    db_column_int64(st, 1), arg);
	db_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

/* Claims with their article and tags, by tag and article (NULL, 0: all). */
int
store_claims(struct store *s, const char *tag, int64_t article,
    int with_deleted, int (*cb)(const struct claim_row *, void *), void *arg,
    char **cause)
{
	db_stmt	*st = s->stmt[article > 0 ? STMT_ARTICLE_CLAIMS_ALL :
			    STMT_CLAIMS];
	struct claim_row r;
	int		 rc, i;

	store_bind_text(st, 1, tag);
	if (article > 0)
		db_bind_int64(st, 2, article);
	db_bind_int(st, 3, with_deleted);
	while ((rc = db_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		r.id = db_column_int64(st, 0);
		r.article_id = db_column_int64(st, 2);
		r.has_range = db_column_type(st, 3) != SQLITE_NULL;
		r.start = db_column_int64(st, 3);
		r.end = db_column_int64(st, 4);
		r.cp_start = db_column_int64(st, 18);
		r.cp_end = db_column_int64(st, 19);
		r.found = (const char *)db_column_text(st, 20);
		r.has_score = db_column_type(st, 21) != SQLITE_NULL;
		r.score = db_column_double(st, 21);
		r.deleted = (const char *)db_column_text(st, 22);
		for (i = 0; i < 14; i++)
			r.s[i] = (const char *)db_column_text(st,
			    i == 0 ? 1 : i + 4);
		if (cb(&r, arg) != 0)
			break;
	}
	db_reset(st);
	db_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = store_cause(s, _("listing claims"));
		return (-1);
	}
	return (0);
}

/* The article an export names: by its content hash, else its URL. */
int64_t
store_find_article(struct store *s, const char *hash, const char *url)
{
	db_stmt	*st = s->stmt[STMT_FIND_ARTICLE];
	int64_t		 id = 0;

	store_bind_text(st, 1, hash);
	store_bind_text(st, 2, url);
	if (db_step(st) == SQLITE_ROW)
		id = db_column_int64(st, 0);
	db_reset(st);
	db_clear_bindings(st);
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
	db_stmt	*st = s->stmt[STMT_CLAIM_MODIFIED];
	const char	*m;
	int64_t		 id = 0;
	int		 newer = 0, dead = 0;

	store_bind_text(st, 1, c->uuid);
	if (db_step(st) == SQLITE_ROW) {
		id = db_column_int64(st, 0);
		m = (const char *)db_column_text(st, 1);
		newer = c->modified != NULL && m != NULL &&
		    strcmp(c->modified, m) > 0;
		dead = db_column_type(st, 2) != SQLITE_NULL;
	}
	db_reset(st);
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
	db_bind_int64(st, 1, id);
	store_bind_text(st, 2, c->note);
	store_bind_text(st, 3, c->claimant);
	store_bind_text(st, 4, c->modified);
	if (store_step_done(s, STMT_UPDATE_CLAIM, _("updating a claim"),
	    cause) != 0)
		goto fail;
	db_bind_int64(s->stmt[STMT_CLEAR_CLAIM_TAGS], 1, id);
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
	db_stmt	*st = s->stmt[i];
	char		 now[32];

	claim_now(now);
	db_bind_int64(st, 1, id);
	store_bind_text(st, 2, value);
	db_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
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
	db_stmt	*st = s->stmt[STMT_DROP_SIBLINGS];
	const char	*slash = strrchr(tag, '/');
	int		 rc;

	if (slash == NULL)
		return (0);
	db_bind_int64(st, 1, claim);
	store_bind_text(st, 2, tag);
	db_bind_text(st, 3, tag, slash - tag, SQLITE_TRANSIENT);
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
	const char	*tags[1];
	char		 now[32];

	memset(&c, 0, sizeof c);
	tags[0] = tag;
	c.tags = tags;
	c.ntags = 1;
	if (store_begin(s, cause) != 0)
		return (-1);
	if (store_tag_claim(s, id, &c, cause) != 0)
		goto fail;
	claim_now(now);
	db_bind_int64(s->stmt[STMT_TOUCH_CLAIM], 1, id);
	db_bind_text(s->stmt[STMT_TOUCH_CLAIM], 2, now, -1,
	    SQLITE_TRANSIENT);
	if (store_step_done(s, STMT_TOUCH_CLAIM, _("updating a claim"),
	    cause) != 0 || store_commit(s, cause) != 0)
		goto fail;
	return (0);
fail:
	store_rollback(s);
	return (-1);
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

/* The claims of an article that are not deleted, with their places. */
int
store_anchors(struct store *s, int64_t id, struct store_anchor **out,
    size_t *n, char **cause)
{
	db_stmt		*st = s->stmt[STMT_ARTICLE_CLAIMS];
	struct store_anchor	*c = NULL;
	int			 rc;

	*n = 0;
	db_bind_int64(st, 1, id);
	while ((rc = db_step(st)) == SQLITE_ROW) {
		c = xreallocarray(c, *n + 1, sizeof *c);
		c[*n].id = db_column_int64(st, 0);
		c[*n].start = db_column_type(st, 1) == SQLITE_NULL ? -1 :
		    db_column_int64(st, 1);
		c[*n].end = db_column_int64(st, 2);
		c[*n].quote = xstrdup((const char *)db_column_text(st, 3));
		c[*n].prefix = xstrdup(db_column_type(st, 4) ==
		    SQLITE_NULL ? "" : (const char *)db_column_text(st, 4));
		c[*n].suffix = xstrdup(db_column_type(st, 5) ==
		    SQLITE_NULL ? "" : (const char *)db_column_text(st, 5));
		c[*n].anchor = store_anchor_value((const char *)
		    db_column_text(st, 6));
		(*n)++;
	}
	db_reset(st);
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
	db_stmt	*st = s->stmt[STMT_MOVE_CLAIM];

	db_bind_int64(st, 1, id);
	if (anchor == CLAIM_ORPHANED) {
		db_bind_null(st, 2);
		db_bind_null(st, 3);
	} else {
		db_bind_int64(st, 2, start);
		db_bind_int64(st, 3, end);
	}
	db_bind_text(st, 4, store_anchor_name(anchor), -1,
	    SQLITE_STATIC);
	if (anchor == CLAIM_FUZZY)
		db_bind_double(st, 5, score);
	return (store_step_done(s, STMT_MOVE_CLAIM, doing, cause));
}

/* Every tag, for the picker, in name order. */
int
store_tags(struct store *s, struct store_tag **out, size_t *n, char **cause)
{
	db_stmt	*st = s->stmt[STMT_TAGS];
	struct store_tag *t = NULL;
	int		 rc;

	*n = 0;
	while ((rc = db_step(st)) == SQLITE_ROW) {
		t = xreallocarray(t, *n + 1, sizeof *t);
		t[*n].name = store_column_dup(st, 0);
		t[*n].key = store_column_dup(st, 1);
		t[*n].description = store_column_dup(st, 2);
		t[*n].count = db_column_int64(st, 3);
		t[*n].exclusive = db_column_int(st, 4);
		(*n)++;
	}
	db_reset(st);
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
	db_stmt	*st;
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
		db_bind_int(st, 2, 1);
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
	db_stmt	*st = s->stmt[STMT_QUICK_TAG];
	char		*name = NULL;

	store_bind_text(st, 1, key);
	if (db_step(st) == SQLITE_ROW)
		name = store_column_dup(st, 0);
	db_reset(st);
	db_clear_bindings(st);
	return (name);
}

/* A stored claim, whole, for undo and redo. */
int
store_get_claim(struct store *s, int64_t id, struct claim_snap *c)
{
	db_stmt	*st = s->stmt[STMT_GET_CLAIM];
	const char	*uuid;
	int		 rc;

	memset(c, 0, sizeof *c);
	db_bind_int64(st, 1, id);
	if ((rc = db_step(st)) == SQLITE_ROW) {
		uuid = (const char *)db_column_text(st, 0);
		c->id = id;
		snprintf(c->uuid, sizeof c->uuid, "%s", uuid != NULL ? uuid :
		    "");
		c->article_id = db_column_int64(st, 1);
		c->start = db_column_type(st, 2) == SQLITE_NULL ? -1 :
		    db_column_int64(st, 2);
		c->end = db_column_type(st, 3) == SQLITE_NULL ? -1 :
		    db_column_int64(st, 3);
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
	db_reset(st);
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
	db_stmt	*st;
	struct claim	 cl;
	const char	**list = NULL;
	char		 now[32], *tags, *p, *q;
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
	db_bind_int64(st, 2, c->article_id);
	if (c->start < 0) {
		db_bind_null(st, 3);
		db_bind_null(st, 4);
	} else {
		db_bind_int64(st, 3, c->start);
		db_bind_int64(st, 4, c->end);
	}
	store_bind_text(st, 5, c->quote);
	store_bind_text(st, 6, c->prefix != NULL ? c->prefix : "");
	store_bind_text(st, 7, c->suffix != NULL ? c->suffix : "");
	store_bind_text(st, 8, c->anchor != NULL ? c->anchor : "exact");
	store_bind_text(st, 9, c->claimant);
	store_bind_text(st, 10, c->note);
	store_bind_text(st, 11, c->annotator);
	store_bind_text(st, 12, c->created);
	db_bind_text(st, 13, now, -1, SQLITE_TRANSIENT);
	if (store_step_done(s, STMT_RESTORE_CLAIM, _("restoring a claim"),
	    cause) != 0)
		goto fail;
	id = db_last_insert_rowid(s->db);
	/* the same id again, as `sift claims' showed it and PostgreSQL's
	 * sequence would not give it (SQLite gives it if it was the last) */
	if (c->id > 0 && c->id != id) {
		st = s->stmt[STMT_KEEP_CLAIM_ID];
		db_bind_int64(st, 1, c->id);
		db_bind_int64(st, 2, id);
		if (store_step_done(s, STMT_KEEP_CLAIM_ID,
		    _("restoring a claim"), cause) != 0)
			goto fail;
		if (db_changes(s->db) > 0)
			id = c->id;
	}
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

/* The exclusive tag families. */
char **
store_families(struct store *s, size_t *n)
{
	return (store_strings(s, STMT_FAMILIES, n));
}

/*
 * The newest live claim of an annotator on exactly bytes [start, end)
 * of an article: 0 when there is none, -1 with a cause when the store
 * failed.
 */
int64_t
store_claim_at(struct store *s, int64_t article, size_t start, size_t end,
    const char *annotator, char **cause)
{
	db_stmt	*st = s->stmt[STMT_CLAIM_AT];
	int64_t		 id = 0;
	int		 rc;

	db_bind_int64(st, 1, article);
	db_bind_int64(st, 2, (sqlite3_int64)start);
	db_bind_int64(st, 3, (sqlite3_int64)end);
	store_bind_text(st, 4, annotator);
	if ((rc = db_step(st)) == SQLITE_ROW)
		id = db_column_int64(st, 0);
	else if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("finding a claim"));
		id = -1;
	}
	db_reset(st);
	db_clear_bindings(st);
	return (id);
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
	db_stmt	*st = s->stmt[i];
	char		**out = NULL;

	*n = 0;
	while (db_step(st) == SQLITE_ROW) {
		out = xreallocarray(out, *n + 1, sizeof *out);
		out[(*n)++] = store_column_dup(st, 0);
	}
	db_reset(st);
	return (out);
}

/*
 * Whose is a claim (by number or UUID, live): *owner is its annotator's
 * name, the caller's to free.  1 found, 0 no such claim, -1 with *cause
 * set.
 */
int
store_claim_owner(struct store *s, const char *which, char **owner,
    char **cause)
{
	db_stmt	*st = s->stmt[STMT_CLAIM_OWNER];
	char		*end;
	long long	 id;
	int		 rc;

	*owner = NULL;
	id = strtoll(which, &end, 10);
	db_bind_int64(st, 1, *end == '\0' && *which != '\0' ? id : -1);
	db_bind_text(st, 2, which, -1, SQLITE_TRANSIENT);
	rc = db_step(st);
	if (rc == SQLITE_ROW)
		*owner = store_column_dup(st, 0);
	else if (rc != SQLITE_DONE)
		*cause = store_cause(s, _("reading a claim"));
	db_reset(st);
	db_clear_bindings(st);
	return (rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1);
}

/* May this annotator change others' claims?  1 yes, 0 no. */
int
store_is_editor(struct store *s, const char *name)
{
	db_stmt	*st = s->stmt[STMT_IS_EDITOR];
	int		 yes;

	db_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	yes = db_step(st) == SQLITE_ROW;
	db_reset(st);
	db_clear_bindings(st);
	return (yes);
}

/* Make an annotator an editor, or not.  0, or -1 with *cause set. */
int
store_set_editor(struct store *s, const char *name, int editor,
    char **cause)
{
	enum store_stmt	i = editor ? STMT_ADD_EDITOR : STMT_DEL_EDITOR;

	db_bind_text(s->stmt[i], 1, name, -1, SQLITE_TRANSIENT);
	return (store_step_done(s, i, _("changing the editors"), cause));
}

/* The editors, by name.  0, or -1 with *cause set. */
int
store_editors(struct store *s, void (*cb)(const char *, void *), void *arg,
    char **cause)
{
	db_stmt	*st = s->stmt[STMT_EDITORS];
	int		 rc;

	while ((rc = db_step(st)) == SQLITE_ROW)
		cb((const char *)db_column_text(st, 0), arg);
	db_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("reading the editors"));
		return (-1);
	}
	return (0);
}
