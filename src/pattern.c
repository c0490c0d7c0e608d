/*
 * pattern.c: the pattern language that limits the list, the claims and
 * the exports, as mutt's limit and newsboat's filters do.  One parser for
 * the reader and the command line; store-pattern.c turns the tree into
 * SQL with bound parameters.
 *
 *	pattern := or
 *	or      := and ('|' and)*
 *	and     := unary unary*		(side by side: both)
 *	unary   := '!' unary | '(' or ')' | atom
 *	atom    := ~t TAG | ~C | ~s SOURCE | ~l LANG | ~d RANGE | ~b TEXT
 *		 | ~B TEXT | ~h TEXT | ~U | ~D | ~c CLAIMANT | ~a ANNOTATOR | ~o | WORD
 *
 * An argument is a word (up to white space, '|' or ')') or a quoted
 * string ("..." or '...', a backslash taking the next character).  A
 * bare word searches the title and the body, ~b the body (what the
 * reader shows), ~B the body and the hidden blocks (mutt's whole-message
 * search).  A date range is <N or >N
 * with a unit d, w, m or y (newer or older than that), a date (YYYY,
 * YYYY-MM, YYYY-MM-DD) or two joined by "..", either end left open.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unistr.h>

#include "sift.h"

struct pattern_parser {
	const char	*src;
	const char	*p;
	int		 depth;		/* of '(' and '!' */
	int		 terms;
	char		*cause;
	const char	*at;		/* where the fault is */
};

static struct pattern	*pattern_or(struct pattern_parser *);

static void
pattern_fault(struct pattern_parser *pp, const char *at, char *msg)
{
	if (pp->cause == NULL) {
		pp->cause = msg;
		pp->at = at;
	} else
		free(msg);
}

static struct pattern *
pattern_node(enum pattern_op op, struct pattern *l, struct pattern *r)
{
	struct pattern	*n = xcalloc(1, sizeof *n);

	n->op = op;
	n->l = l;
	n->r = r;
	return (n);
}

void
pattern_free(struct pattern *n)
{
	if (n == NULL)
		return;
	pattern_free(n->l);
	pattern_free(n->r);
	free(n->arg);
	free(n);
}

static void
pattern_space(struct pattern_parser *pp)
{
	while (*pp->p == ' ' || *pp->p == '\t')
		pp->p++;
}

/* An argument: a quoted string or a word.  NULL (and a fault) if none. */
static char *
pattern_arg(struct pattern_parser *pp, const char *what)
{
	struct buf	 b;
	const char	*open;
	char		 q;

	pattern_space(pp);
	buf_init(&b);
	if (*pp->p == '"' || *pp->p == '\'') {
		open = pp->p;
		q = *pp->p++;
		while (*pp->p != q) {
			if (*pp->p == '\0') {
				buf_free(&b);
				pattern_fault(pp, open, xasprintf(_("this "
				    "quote (%c) is not closed"), q));
				return (NULL);
			}
			if (*pp->p == '\\' && pp->p[1] != '\0')
				pp->p++;
			buf_addc(&b, *pp->p++);
		}
		pp->p++;
		return (buf_release(&b));
	}
	while (*pp->p != '\0' && *pp->p != ' ' && *pp->p != '\t' &&
	    *pp->p != '|' && *pp->p != ')')
		buf_addc(&b, *pp->p++);
	if (b.len == 0) {
		buf_free(&b);
		pattern_fault(pp, pp->p, xasprintf(_("%s expected"), what));
		return (NULL);
	}
	return (buf_release(&b));
}

/* YYYY, YYYY-MM or YYYY-MM-DD: the first and last day it covers. */
static int
pattern_date(const char *s, size_t n, char *from, char *to)
{
	size_t	i;

	if (n != 4 && n != 7 && n != 10)
		return (-1);
	for (i = 0; i < n; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return (-1);
		} else if (s[i] < '0' || s[i] > '9')
			return (-1);
	}
	/* string bounds: "2023-09" covers "2023-09-01" to "2023-09-99" */
	memcpy(from, s, n);
	memcpy(to, s, n);
	memcpy(from + n, "-01-01" + (n - 4), 10 - n);
	memcpy(to + n, "-99-99" + (n - 4), 10 - n);
	from[10] = to[10] = '\0';
	return (0);
}

/* The day N units before now, as YYYY-MM-DD. */
static int
pattern_ago(const char *s, char *day)
{
	struct tm	 tm;
	time_t		 now = time(NULL);
	char		*end;
	long		 n;

	n = strtol(s, &end, 10);
	if (end == s || n < 0 || n > 100000 || end[1] != '\0')
		return (-1);
	gmtime_r(&now, &tm);
	switch (*end) {
	case 'd':
		tm.tm_mday -= n;
		break;
	case 'w':
		tm.tm_mday -= 7 * n;
		break;
	case 'm':
		tm.tm_mon -= n;
		break;
	case 'y':
		tm.tm_year -= n;
		break;
	default:
		return (-1);
	}
	tm.tm_isdst = 0;
	now = timegm(&tm);
	gmtime_r(&now, &tm);
	strftime(day, 11, "%Y-%m-%d", &tm);
	return (0);
}

/* A date range into n->from and n->to ("" for an open end). */
static int
pattern_range(struct pattern *n, const char *s)
{
	const char	*dots = strstr(s, "..");
	char		 f[11], t[11];

	n->from[0] = n->to[0] = '\0';
	if (*s == '<')
		return (pattern_ago(s + 1, n->from));
	if (*s == '>')
		return (pattern_ago(s + 1, n->to));
	if (dots == NULL)
		return (pattern_date(s, strlen(s), n->from, n->to));
	if (dots > s) {
		if (pattern_date(s, dots - s, n->from, t) != 0)
			return (-1);
	}
	if (dots[2] != '\0') {
		if (pattern_date(dots + 2, strlen(dots + 2), f, n->to) != 0)
			return (-1);
	}
	return (dots == s && dots[2] == '\0' ? -1 : 0);
}

static const struct {
	char		 letter;
	enum pattern_op	 op;
	const char	*arg;		/* what its argument is, or NULL */
} pattern_atoms[] = {
	{ 't', PATTERN_TAG, N_("a tag") },
	{ 'C', PATTERN_CLAIMS, NULL },
	{ 's', PATTERN_SOURCE, N_("a source") },
	{ 'l', PATTERN_LANG, N_("a language") },
	{ 'd', PATTERN_DATE, N_("a date range") },
	{ 'b', PATTERN_BODY, N_("a text") },
	{ 'B', PATTERN_ALLTEXT, N_("a text") },
	{ 'h', PATTERN_TITLE, N_("a text") },
	{ 'U', PATTERN_UNREAD, NULL },
	{ 'D', PATTERN_DONE, NULL },
	{ 'c', PATTERN_CLAIMANT, N_("a claimant") },
	{ 'a', PATTERN_ANNOTATOR, N_("an annotator") },
	{ 'o', PATTERN_ORPHANED, NULL },
	{ 'x', PATTERN_DISAGREE, NULL },
};

/* The length of the character at s, in bytes (valid UTF-8). */
static int
pattern_char_len(const char *s)
{
	int	l = u8_mblen((const uint8_t *)s, strnlen(s, 4));

	return (l > 0 ? l : 1);
}

/* ~X and its argument, or a bare word. */
static struct pattern *
pattern_atom(struct pattern_parser *pp)
{
	struct pattern	*n;
	const char	*at = pp->p;
	size_t		 i;

	if (*pp->p != '~') {
		n = pattern_node(PATTERN_TEXT, NULL, NULL);
		if ((n->arg = pattern_arg(pp, _("a pattern"))) == NULL) {
			free(n);
			return (NULL);
		}
		return (n);
	}
	for (i = 0; i < sizeof pattern_atoms / sizeof pattern_atoms[0]; i++)
		if (pp->p[1] == pattern_atoms[i].letter)
			break;
	if (i == sizeof pattern_atoms / sizeof pattern_atoms[0]) {
		if (pp->p[1] == '\0')
			pattern_fault(pp, at, xstrdup(_("a letter expected "
			    "after ~")));
		else
			pattern_fault(pp, at, xasprintf(_("no pattern ~%.*s"),
			    pattern_char_len(pp->p + 1), pp->p + 1));
		return (NULL);
	}
	pp->p += 2;
	n = pattern_node(pattern_atoms[i].op, NULL, NULL);
	if (pattern_atoms[i].arg == NULL)
		return (n);
	at = pp->p;
	if ((n->arg = pattern_arg(pp, _(pattern_atoms[i].arg))) == NULL) {
		free(n);
		return (NULL);
	}
	if (n->op == PATTERN_DATE && pattern_range(n, n->arg) != 0) {
		pattern_space(pp);
		pattern_fault(pp, at + (pp->p - at > 0 ? 1 : 0), xasprintf(
		    _("'%s' is not a date range (<1w, >2m, 2023-09, "
		    "2023-09-01..2023-09-30)"), n->arg));
		pattern_free(n);
		return (NULL);
	}
	return (n);
}

static struct pattern *
pattern_unary(struct pattern_parser *pp)
{
	struct pattern	*n;
	const char	*at;

	pattern_space(pp);
	at = pp->p;
	if ((*pp->p == '!' || *pp->p == '(') && ++pp->depth > PATTERN_DEPTH) {
		pattern_fault(pp, at, xasprintf(_("nested more than %d deep"),
		    PATTERN_DEPTH));
		return (NULL);
	}
	if (*pp->p != '!' && *pp->p != '(' && ++pp->terms > PATTERN_TERMS) {
		pattern_fault(pp, at, xasprintf(_("more than %d terms"),
		    PATTERN_TERMS));
		return (NULL);
	}
	switch (*pp->p) {
	case '!':
		pp->p++;
		if ((n = pattern_unary(pp)) == NULL)
			return (NULL);
		pp->depth--;
		return (pattern_node(PATTERN_NOT, n, NULL));
	case '(':
		pp->p++;
		if ((n = pattern_or(pp)) == NULL)
			return (NULL);
		pattern_space(pp);
		if (*pp->p != ')') {
			pattern_free(n);
			pattern_fault(pp, at, xstrdup(_("this '(' is not "
			    "closed")));
			return (NULL);
		}
		pp->p++;
		pp->depth--;
		return (n);
	case '\0':
	case ')':
	case '|':
		pattern_fault(pp, at, xstrdup(_("a pattern expected")));
		return (NULL);
	}
	return (pattern_atom(pp));
}

/* Patterns side by side: all of them. */
static struct pattern *
pattern_and(struct pattern_parser *pp)
{
	struct pattern	*l, *r;

	if ((l = pattern_unary(pp)) == NULL)
		return (NULL);
	for (;;) {
		pattern_space(pp);
		if (*pp->p == '\0' || *pp->p == '|' || *pp->p == ')')
			return (l);
		if ((r = pattern_unary(pp)) == NULL) {
			pattern_free(l);
			return (NULL);
		}
		l = pattern_node(PATTERN_AND, l, r);
	}
}

static struct pattern *
pattern_or(struct pattern_parser *pp)
{
	struct pattern	*l, *r;

	if ((l = pattern_and(pp)) == NULL)
		return (NULL);
	for (;;) {
		pattern_space(pp);
		if (*pp->p != '|')
			return (l);
		pp->p++;
		if ((r = pattern_and(pp)) == NULL) {
			pattern_free(l);
			return (NULL);
		}
		l = pattern_node(PATTERN_OR, l, r);
	}
}

/*
 * Parse a pattern.  NULL with a cause that names the column (in
 * characters, from 1) where it goes wrong.
 */
struct pattern *
pattern_parse(const char *src, char **cause)
{
	struct pattern_parser	 pp;
	struct pattern		*n;
	size_t			 col;

	memset(&pp, 0, sizeof pp);
	pp.src = pp.p = src;
	if (u8_check((const uint8_t *)src, strlen(src)) != NULL)
		pattern_fault(&pp, src, xstrdup(_("not UTF-8 text")));
	else if (strlen(src) > PATTERN_MAX)
		pattern_fault(&pp, src, xasprintf(_("longer than %d bytes"),
		    PATTERN_MAX));
	else if ((n = pattern_or(&pp)) != NULL) {
		pattern_space(&pp);
		if (*pp.p == '\0')
			return (n);
		pattern_free(n);
		pattern_fault(&pp, pp.p, xstrdup(*pp.p == ')' ?
		    _("this ')' closes nothing") : _("unexpected text")));
	}
	col = u8_mbsnlen((const uint8_t *)src, pp.at - src) + 1;
	if (strlen(src) <= 80 && u8_check((const uint8_t *)src,
	    strlen(src)) == NULL)
		*cause = xasprintf(_("pattern '%s', column %zu: %s"), src,
		    col, pp.cause);
	else
		*cause = xasprintf(_("pattern, column %zu: %s"), col,
		    pp.cause);
	free(pp.cause);
	return (NULL);
}
