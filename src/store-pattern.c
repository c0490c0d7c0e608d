/*
 * store-pattern.c: a pattern (pattern.c's tree) as an SQL condition on
 * the articles table (alias a).  Every string of the pattern is a bound
 * parameter, never SQL text: a tag or a source may hold quotes, '%' or
 * FTS5 syntax and still match only itself.
 *
 * Text matches (~s, ~l, ~h, ~c, ~a) ignore ASCII case: a glob when the
 * argument has '*' or '?', else a substring.  ~t is a glob over the tag
 * names, exact without wildcards.  ~b (the visible body), ~B (hidden
 * text too) and bare words (title and body) are searches, as sift list
 * --search makes them (store-search.c).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "index.h"
#include "store-int.h"

#define STORE_PATTERN_UPPER	"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define STORE_PATTERN_LOWER	"abcdefghijklmnopqrstuvwxyz"

#define STORE_PATTERN_CLAIM						\
	"EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id"	\
	" AND c.deleted IS NULL"

static int
store_pattern_is_glob(const char *s)
{
	return (strpbrk(s, "*?") != NULL);
}

/* A glob of ours (only * and ? are special) in SQLite's GLOB syntax. */
static char *
store_pattern_glob(const char *s, int lower)
{
	struct buf	b;

	buf_init(&b);
	for (; *s != '\0'; s++) {
		if (*s == '[')
			buf_adds(&b, "[[]");
		else if (lower && *s >= 'A' && *s <= 'Z')
			buf_addc(&b, *s - 'A' + 'a');
		else
			buf_addc(&b, *s);
	}
	return (buf_release(&b));
}

/*
 * A glob of ours as a PostgreSQL regular expression, anchored: * and ?
 * are .* and ., and every other ASCII character that is not a letter
 * or a digit is escaped.
 */
static char *
store_pattern_regex(const char *s, int lower)
{
	struct buf	b;

	buf_init(&b);
	buf_addc(&b, '^');
	for (; *s != '\0'; s++) {
		if (*s == '*')
			buf_adds(&b, ".*");
		else if (*s == '?')
			buf_addc(&b, '.');
		else if (lower && *s >= 'A' && *s <= 'Z')
			buf_addc(&b, *s - 'A' + 'a');
		else {
			if ((unsigned char)*s < 0x80 &&
			    !(*s >= 'a' && *s <= 'z') &&
			    !(*s >= 'A' && *s <= 'Z') &&
			    !(*s >= '0' && *s <= '9'))
				buf_addc(&b, '\\');
			buf_addc(&b, *s);
		}
	}
	buf_addc(&b, '$');
	return (buf_release(&b));
}

/* col matches the glob arg (lower: ASCII case ignored). */
static void
store_pattern_glob_sql(struct buf *sql, struct store_binds *b,
    const char *col, const char *arg, int lower)
{
	const char	*lc = lower ? "lower(" : "", *rc = lower ? ")" : "";

	if (b->s != NULL && b->s->db->pg != NULL) {
		/* ASCII letters only, as SQLite's lower() */
		if (lower) {
			lc = "translate(";
			rc = ", '" STORE_PATTERN_UPPER "', '"
			    STORE_PATTERN_LOWER "')";
		}
		buf_printf(sql, "%s%s%s ~ ?%d", lc, col, rc,
		    store_search_bind(b, store_pattern_regex(arg, lower)));
	} else
		buf_printf(sql, "%s%s%s GLOB ?%d", lc, col, rc,
		    store_search_bind(b, store_pattern_glob(arg, lower)));
}

/* s with ASCII letters made lower case, as SQLite's lower() does. */
static char *
store_pattern_lower(const char *s)
{
	char	*l = xstrdup(s), *p;

	for (p = l; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = *p - 'A' + 'a';
	return (l);
}

/* col matches arg, ASCII case ignored: a glob, else a substring. */
static void
store_pattern_text(struct buf *sql, struct store_binds *b, const char *col,
    const char *arg)
{
	if (store_pattern_is_glob(arg))
		store_pattern_glob_sql(sql, b, col, arg, 1);
	else if (b->s != NULL && b->s->db->pg != NULL)
		buf_printf(sql, "strpos(translate(%s, '" STORE_PATTERN_UPPER
		    "', '" STORE_PATTERN_LOWER "'), ?%d) > 0", col,
		    store_search_bind(b, store_pattern_lower(arg)));
	else
		buf_printf(sql, "instr(lower(%s), ?%d) > 0", col,
		    store_search_bind(b, store_pattern_lower(arg)));
}

/* The language: "zh" is zh, zh-CN, zh_TW; a glob as it is. */
static void
store_pattern_lang(struct buf *sql, struct store_binds *b, const char *arg)
{
	int	n;

	if (store_pattern_is_glob(arg)) {
		store_pattern_text(sql, b, "a.lang", arg);
		return;
	}
	n = store_search_bind(b, store_pattern_lower(arg));
	buf_printf(sql, "(lower(a.lang) = ?%d OR", n);
	if (b->s != NULL && b->s->db->pg != NULL)
		buf_printf(sql, " substr(lower(a.lang), 1, length(?%d) + 1) IN"
		    " (?%d || '-', ?%d || '_'))", n, n, n);
	else
		buf_printf(sql, " lower(a.lang) GLOB ?%d || '[-_]*')",
		    store_search_bind(b, store_pattern_glob(arg, 1)));
}

static void
store_pattern_date(struct buf *sql, struct store_binds *b,
    const struct pattern *p)
{
	buf_adds(sql, "(a.published IS NOT NULL");
	if (p->from[0] != '\0')
		buf_printf(sql, " AND substr(a.published, 1, 10) >= ?%d",
		    store_search_bind(b, xstrdup(p->from)));
	if (p->to[0] != '\0')
		buf_printf(sql, " AND substr(a.published, 1, 10) <= ?%d",
		    store_search_bind(b, xstrdup(p->to)));
	buf_addc(sql, ')');
}

/* A claim of the article whose column matches. */
static void
store_pattern_claim(struct buf *sql, struct store_binds *b, const char *col,
    const char *arg)
{
	buf_adds(sql, STORE_PATTERN_CLAIM " AND ");
	store_pattern_text(sql, b, col, arg);
	buf_addc(sql, ')');
}

/* Done by the annotator who runs sift ('': a mark made before names). */
static void
store_pattern_done(struct buf *sql, struct store_binds *b)
{
	buf_printf(sql, "EXISTS (SELECT 1 FROM article_done d"
	    " WHERE d.article_id = a.id AND d.annotator IN (?%d, ''))",
	    store_search_bind(b, xstrdup(claim_annotator())));
}

static void	store_pattern_node(const struct pattern *, struct buf *,
		    struct store_binds *);

/*
 * The terms of a chain of one operator (a and b and c), written flat:
 * nesting costs SQLite's parser stack (100 deep), and a pattern's terms
 * side by side would otherwise nest one level a term.
 */
static void
store_pattern_chain(const struct pattern *p, enum pattern_op op,
    struct buf *sql, struct store_binds *b)
{
	if (p->op != op) {
		store_pattern_node(p, sql, b);
		return;
	}
	store_pattern_chain(p->l, op, sql, b);
	buf_adds(sql, op == PATTERN_AND ? " AND " : " OR ");
	store_pattern_chain(p->r, op, sql, b);
}

/* Append p as a condition on the article a; its strings go to b. */
void
store_pattern_sql(const struct pattern *p, struct buf *sql,
    struct store_binds *b)
{
	store_pattern_node(p, sql, b);
}

static void
store_pattern_node(const struct pattern *p, struct buf *sql,
    struct store_binds *b)
{
	int	not = 0;

	/* !!x is x: one NOT at most, before a term or a group */
	while (p->op == PATTERN_NOT) {
		not = !not;
		p = p->l;
	}
	if (not)
		buf_adds(sql, "NOT ");
	switch (p->op) {
	case PATTERN_NOT:
		break;
	case PATTERN_AND:
	case PATTERN_OR:
		buf_addc(sql, '(');
		store_pattern_chain(p, p->op, sql, b);
		buf_addc(sql, ')');
		break;
	case PATTERN_TAG:
		buf_adds(sql, STORE_PATTERN_CLAIM " AND c.id IN (SELECT"
		    " ct.claim_id FROM claim_tags ct JOIN tags t ON t.id ="
		    " ct.tag_id WHERE ");
		store_pattern_glob_sql(sql, b, "t.name", p->arg, 0);
		buf_adds(sql, "))");
		break;
	case PATTERN_CLAIMS:
		buf_adds(sql, STORE_PATTERN_CLAIM ")");
		break;
	case PATTERN_ORPHANED:
		buf_adds(sql, STORE_PATTERN_CLAIM " AND c.anchor = 'orphaned')");
		break;
	case PATTERN_DISAGREE:
		/* Two done marks at least, then agreement.c reads it. */
		if (b->s != NULL && b->s->db->pg != NULL)
			store_disagree_ids(b->s, sql);
		else
			buf_adds(sql, "(a.id IN (SELECT article_id FROM"
			    " article_done GROUP BY article_id"
			    " HAVING count(*) > 1) AND sift_disagrees(a.id))");
		break;
	case PATTERN_SOURCE:
		store_pattern_text(sql, b, "a.source", p->arg);
		break;
	case PATTERN_LANG:
		store_pattern_lang(sql, b, p->arg);
		break;
	case PATTERN_DATE:
		store_pattern_date(sql, b, p);
		break;
	case PATTERN_BODY:
		store_search_cond(sql, b, p->arg, INDEX_BODY);
		break;
	case PATTERN_ALLTEXT:
		store_search_cond(sql, b, p->arg, INDEX_BODY | INDEX_HIDDEN);
		break;
	case PATTERN_TEXT:
		store_search_cond(sql, b, p->arg, INDEX_TITLE | INDEX_BODY);
		break;
	case PATTERN_TITLE:
		store_pattern_text(sql, b, "coalesce(a.title, '')", p->arg);
		break;
	case PATTERN_UNREAD:
		buf_adds(sql, "(NOT EXISTS (SELECT 1 FROM article_state s"
		    " WHERE s.article_id = a.id AND s.read <> 0) AND NOT ");
		store_pattern_done(sql, b);
		buf_addc(sql, ')');
		break;
	case PATTERN_DONE:
		store_pattern_done(sql, b);
		break;
	case PATTERN_CLAIMANT:
		store_pattern_claim(sql, b, "coalesce(c.claimant, '')", p->arg);
		break;
	case PATTERN_ANNOTATOR:
		store_pattern_claim(sql, b, "c.annotator", p->arg);
		break;
	}
}

/* Bind b's strings to st, from parameter b->base. */
void
store_pattern_bind_all(db_stmt *st, const struct store_binds *b)
{
	size_t	i;

	for (i = 0; i < b->n; i++)
		db_bind_text(st, b->base + (int)i, b->v[i], -1,
		    SQLITE_STATIC);
}

void
store_pattern_binds_free(struct store_binds *b)
{
	size_t	i;

	for (i = 0; i < b->n; i++)
		free(b->v[i]);
	free(b->v);
	b->v = NULL;
	b->n = 0;
}
