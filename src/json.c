/*
 * json.c: a small JSON reader for JSON-LD blocks in web pages and for
 * JSON Lines records.  json_parse builds a tree of struct json that the
 * caller owns and frees with json_free.  json_record_parse reads the
 * fields of one JSON Lines record of articles (import and sift clean
 * need nothing else), and json_text gives a value as text.
 *
 * Every string in the tree (values and member names) is valid UTF-8,
 * NUL-terminated, with its length in bytes beside it: "\u0000" is kept as
 * a NUL byte, so a C-string reading of it stops there.  A lone surrogate
 * escape becomes U+FFFD.  A number keeps its text as written and its value
 * as a double (1e400 is inf, 1e-400 is 0: the text says what was meant).
 * An object keeps its members in order, duplicates included; json_get
 * returns the first, as SQLite's json_extract does.
 *
 * The parser calls itself once per level of nesting and refuses more than
 * JSON_MAXDEPTH levels, so no input can exhaust the stack; arrays grow
 * geometrically and are trimmed when they close, so time is linear.
 *
 * By default the input must be exactly one RFC 8259 value, with nothing
 * but white space around it.  JSON_LENIENT, for web pages, also takes:
 *   - a UTF-8 byte order mark, "<!--" and "<![CDATA[" (also after "//"
 *     or in a C comment) before the value;
 *   - anything at all after the first complete value ("-->", "//]]>", ";");
 *   - one trailing comma in an array or object ("[1,]", "{"a":1,}");
 *   - raw control characters (tabs, newlines) inside strings;
 *   - bytes that are not UTF-8 inside strings, each bad sequence (as
 *     u8_mbtouc delimits it, like text_repair_utf8) read as U+FFFD.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"

struct json_parser {
	const char	*s;	/* the input, for line and column */
	const char	*p;
	const char	*e;
	int		 flags;
	struct buf	 tmp;	/* the string being decoded */
	char		*cause;
};

static int	json_fail(struct json_parser *, const char *, const char *);
static void	json_ws(struct json_parser *);
static int	json_value(struct json_parser *, struct json *, unsigned);
static int	json_container(struct json_parser *, struct json *, unsigned);
static int	json_string(struct json_parser *, char **, size_t *);
static int	json_bad_utf8(const char *, const char *, int *);
static int	json_hex4(const char *, const char *, uint32_t *);
static void	json_add_uc(struct buf *, uint32_t);
static int	json_number(struct json_parser *, struct json *);
static void	json_clear(struct json *);

/*
 * Record an error at byte at, as "line L, column C: msg"; the column
 * counts characters, both count from 1.  Returns -1 for the caller to
 * pass up.
 */
static int
json_fail(struct json_parser *p, const char *at, const char *msg)
{
	const char	*q;
	unsigned long	 line = 1, col = 1;

	for (q = p->s; q < at; q++) {
		if (*q == '\n') {
			line++;
			col = 1;
		} else if ((*q & 0xc0) != 0x80)
			col++;
	}
	free(p->cause);
	p->cause = xasprintf(_("line %lu, column %lu: %s"), line, col, msg);
	return (-1);
}

static void
json_ws(struct json_parser *p)
{
	while (p->p < p->e && (*p->p == ' ' || *p->p == '\t' ||
	    *p->p == '\n' || *p->p == '\r'))
		p->p++;
}

/* Parse one value into j, whose key (if any) is already set. */
static int
json_value(struct json_parser *p, struct json *j, unsigned depth)
{
	static const struct {
		const char	*word;
		size_t		 len;
		enum json_type	 type;
	} lits[] = {
		{ "null", 4, JSON_NULL },
		{ "false", 5, JSON_FALSE },
		{ "true", 4, JSON_TRUE },
	};
	size_t	i;

	if (p->p == p->e)
		return (json_fail(p, p->p, _("unexpected end of input")));
	switch (*p->p) {
	case '{':
	case '[':
		return (json_container(p, j, depth));
	case '"':
		j->type = JSON_STRING;
		return (json_string(p, &j->s, &j->len));
	case '-':
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		return (json_number(p, j));
	}
	for (i = 0; i < sizeof lits / sizeof lits[0]; i++) {
		if ((size_t)(p->e - p->p) >= lits[i].len &&
		    memcmp(p->p, lits[i].word, lits[i].len) == 0) {
			j->type = lits[i].type;
			p->p += lits[i].len;
			return (0);
		}
	}
	return (json_fail(p, p->p, _("expected a value")));
}

/* Parse an array or object: its items go into j->v, grown by doubling. */
static int
json_container(struct json_parser *p, struct json *j, unsigned depth)
{
	struct json	*m;
	const char	*comma = NULL;
	char		 close;
	size_t		 size = 0;

	if (depth >= JSON_MAXDEPTH)
		return (json_fail(p, p->p, _("nested too deep")));
	j->type = *p->p == '[' ? JSON_ARRAY : JSON_OBJECT;
	close = *p->p == '[' ? ']' : '}';
	p->p++;
	for (;;) {
		json_ws(p);
		if (p->p == p->e) {
			return (json_fail(p, p->p,
			    _("unexpected end of input")));
		}
		if (*p->p == close) {
			if (comma != NULL && (~p->flags & JSON_LENIENT))
				return (json_fail(p, comma,
				    _("trailing comma")));
			break;
		}
		if (j->n == size) {
			size = size == 0 ? 4 : size * 2;
			j->v = xreallocarray(j->v, size, sizeof *j->v);
		}
		m = &j->v[j->n++];
		memset(m, 0, sizeof *m);
		if (j->type == JSON_OBJECT) {
			if (*p->p != '"') {
				return (json_fail(p, p->p,
				    _("expected a string as member name")));
			}
			if (json_string(p, &m->key, &m->keylen) != 0)
				return (-1);
			json_ws(p);
			if (p->p == p->e) {
				return (json_fail(p, p->p,
				    _("unexpected end of input")));
			}
			if (*p->p != ':')
				return (json_fail(p, p->p, _("expected ':'")));
			p->p++;
			json_ws(p);
		}
		if (json_value(p, m, depth + 1) != 0)
			return (-1);
		json_ws(p);
		if (p->p == p->e) {
			return (json_fail(p, p->p,
			    _("unexpected end of input")));
		}
		if (*p->p == ',') {
			comma = p->p++;
			continue;
		}
		if (*p->p == close)
			break;
		return (json_fail(p, p->p, close == ']' ?
		    _("expected ',' or ']'") : _("expected ',' or '}'")));
	}
	p->p++;
	if (j->n != 0 && j->n < size)
		j->v = xreallocarray(j->v, j->n, sizeof *j->v);
	return (0);
}

/* Read four hex digits at s (before e) into *u. */
static int
json_hex4(const char *s, const char *e, uint32_t *u)
{
	int	i, c;

	if (e - s < 4)
		return (-1);
	*u = 0;
	for (i = 0; i < 4; i++) {
		c = (unsigned char)s[i];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if (c >= 'a' && c <= 'f')
			c -= 'a' - 10;
		else if (c >= 'A' && c <= 'F')
			c -= 'A' - 10;
		else
			return (-1);
		*u = (*u << 4) | (uint32_t)c;
	}
	return (0);
}

/* Append code point u (not a surrogate) as UTF-8. */
static void
json_add_uc(struct buf *b, uint32_t u)
{
	char	s[4];

	if (u < 0x80) {
		buf_addc(b, (char)u);
		return;
	}
	if (u < 0x800) {
		s[0] = (char)(0xc0 | (u >> 6));
		s[1] = (char)(0x80 | (u & 0x3f));
		buf_add(b, s, 2);
	} else if (u < 0x10000) {
		s[0] = (char)(0xe0 | (u >> 12));
		s[1] = (char)(0x80 | ((u >> 6) & 0x3f));
		s[2] = (char)(0x80 | (u & 0x3f));
		buf_add(b, s, 3);
	} else {
		s[0] = (char)(0xf0 | (u >> 18));
		s[1] = (char)(0x80 | ((u >> 12) & 0x3f));
		s[2] = (char)(0x80 | ((u >> 6) & 0x3f));
		s[3] = (char)(0x80 | (u & 0x3f));
		buf_add(b, s, 4);
	}
}

/*
 * Is the character at q (before e) a bad UTF-8 sequence?  *l is its
 * length.  U+FFFD comes back for both, but only one is written EF BF BD.
 */
static int
json_bad_utf8(const char *q, const char *e, int *l)
{
	uint32_t	u;

	*l = utf8_next(&u, (const uint8_t *)q, (const uint8_t *)e);
	return (u == 0xfffd && (*l != 3 || memcmp(q, "\xef\xbf\xbd", 3) != 0));
}

/*
 * Decode the escape whose letter is at *qp (after its backslash) into
 * p->tmp, leaving *qp at its last byte.
 */
static int
json_escape(struct json_parser *p, const char **qp)
{
	const char	*q = *qp, *e = p->e;
	uint32_t	 u, lo;

	switch (*q) {
	case '"':
	case '\\':
	case '/':
		buf_addc(&p->tmp, *q);
		break;
	case 'b':
		buf_addc(&p->tmp, '\b');
		break;
	case 'f':
		buf_addc(&p->tmp, '\f');
		break;
	case 'n':
		buf_addc(&p->tmp, '\n');
		break;
	case 'r':
		buf_addc(&p->tmp, '\r');
		break;
	case 't':
		buf_addc(&p->tmp, '\t');
		break;
	case 'u':
		if (json_hex4(q + 1, e, &u) != 0) {
			return (json_fail(p, q - 1,
			    _("invalid \\u escape")));
		}
		q += 4;
		if (u >= 0xd800 && u <= 0xdbff && e - q >= 7 &&
		    q[1] == '\\' && q[2] == 'u' &&
		    json_hex4(q + 3, e, &lo) == 0 &&
		    lo >= 0xdc00 && lo <= 0xdfff) {
			u = 0x10000 + ((u - 0xd800) << 10) +
			    (lo - 0xdc00);
			q += 6;
		} else if (u >= 0xd800 && u <= 0xdfff)
			u = 0xfffd;
		json_add_uc(&p->tmp, u);
		break;
	default:
		return (json_fail(p, q - 1, _("invalid escape")));
	}
	*qp = q;
	return (0);
}

/*
 * Decode the string at p->p (its opening quote) into a new *out of *len
 * bytes.  A string with no escapes, control characters or bad bytes (no
 * NUL, then) is copied straight from the input; any other is decoded into
 * p->tmp, runs of plain text at a time.
 */
static int
json_string(struct json_parser *p, char **out, size_t *len)
{
	const char	*start = p->p, *q = p->p + 1, *run, *e = p->e;
	int		 l = 1;

	p->tmp.len = 0;
	for (;;) {
		for (run = q; q < e; q += l) {
			l = 1;
			if (*q == '"' || *q == '\\' || (unsigned char)*q < 0x20)
				break;
			if ((unsigned char)*q >= 0x80 &&
			    json_bad_utf8(q, e, &l))
				break;
		}
		if (q < e && *q == '"' && p->tmp.len == 0) {
			p->p = q + 1;	/* nothing to decode: copy it */
			*len = q - run;
			*out = xstrndup(run, q - run);
			return (0);
		}
		buf_add(&p->tmp, run, q - run);
		if (q == e)
			return (json_fail(p, start, _("unterminated string")));
		if (*q == '"')
			break;
		if ((unsigned char)*q < 0x20) {
			if (~p->flags & JSON_LENIENT) {
				return (json_fail(p, q,
				    _("control character in string")));
			}
			buf_addc(&p->tmp, *q++);
			continue;
		}
		if ((unsigned char)*q >= 0x80) {	/* a bad sequence */
			if (~p->flags & JSON_LENIENT) {
				return (json_fail(p, q,
				    _("invalid UTF-8 in string")));
			}
			buf_add(&p->tmp, "\xef\xbf\xbd", 3);
			q += l;
			continue;
		}
		if (++q == e)
			return (json_fail(p, start, _("unterminated string")));
		if (json_escape(p, &q) != 0)
			return (-1);
		q++;
	}
	p->p = q + 1;
	*len = p->tmp.len;
	*out = xmalloc(p->tmp.len + 1);
	if (p->tmp.len != 0)
		memcpy(*out, p->tmp.data, p->tmp.len);
	(*out)[p->tmp.len] = '\0';
	return (0);
}

/*
 * A number as RFC 8259 writes it.  strtod reads the locale's decimal
 * point, so a '.' is swapped for it first; integers of up to 15 digits,
 * which doubles hold exactly, skip strtod.
 */
static int
json_number(struct json_parser *p, struct json *j)
{
	const char	*q = p->p, *e = p->e, *dp;
	char		*s;
	size_t		 n, i, dplen;
	int		 simple = 1;
	double		 v = 0;

#define DIGIT(q) ((q) < e && *(q) >= '0' && *(q) <= '9')
	if (*q == '-')
		q++;
	if (!DIGIT(q))
		return (json_fail(p, q, _("invalid number")));
	if (*q == '0') {
		q++;
		if (DIGIT(q))
			return (json_fail(p, q, _("invalid number")));
	} else {
		while (DIGIT(q))
			q++;
	}
	if (q < e && *q == '.') {
		simple = 0;
		q++;
		if (!DIGIT(q))
			return (json_fail(p, q, _("invalid number")));
		while (DIGIT(q))
			q++;
	}
	if (q < e && (*q == 'e' || *q == 'E')) {
		simple = 0;
		q++;
		if (q < e && (*q == '+' || *q == '-'))
			q++;
		if (!DIGIT(q))
			return (json_fail(p, q, _("invalid number")));
		while (DIGIT(q))
			q++;
	}
#undef DIGIT
	n = q - p->p;
	j->type = JSON_NUMBER;
	j->s = xstrndup(p->p, n);
	j->len = n;
	p->p = q;

	s = j->s + (*j->s == '-');
	if (simple && strlen(s) <= 15) {
		for (; *s != '\0'; s++)
			v = v * 10 + (*s - '0');
		j->number = *j->s == '-' ? -v : v;
		return (0);
	}
	dp = localeconv()->decimal_point;
	if (strcmp(dp, ".") == 0 || strchr(j->s, '.') == NULL) {
		j->number = strtod(j->s, NULL);
		return (0);
	}
	dplen = strlen(dp);
	s = xmalloc(n + dplen);
	for (i = 0; j->s[i] != '.'; i++)
		s[i] = j->s[i];
	memcpy(s + i, dp, dplen);
	memcpy(s + i + dplen, j->s + i + 1, n - i);
	j->number = strtod(s, NULL);
	free(s);
	return (0);
}

struct json *
json_parse(const char *s, size_t n, int flags, char **cause)
{
	static const char	*wrappers[] = {
		"\xef\xbb\xbf", "<!--", "<![CDATA[", "//<![CDATA[",
		"/*<![CDATA[*/"
	};
	struct json_parser	 p;
	struct json		*j;
	size_t			 i, l;

	memset(&p, 0, sizeof p);
	p.s = p.p = s;
	p.e = s + n;
	p.flags = flags;
	buf_init(&p.tmp);
	j = xcalloc(1, sizeof *j);

	json_ws(&p);
	while (flags & JSON_LENIENT) {
		for (i = 0; i < sizeof wrappers / sizeof wrappers[0]; i++) {
			l = strlen(wrappers[i]);
			if ((size_t)(p.e - p.p) >= l &&
			    memcmp(p.p, wrappers[i], l) == 0)
				break;
		}
		if (i == sizeof wrappers / sizeof wrappers[0])
			break;
		p.p += l;
		json_ws(&p);
	}
	if (json_value(&p, j, 0) == 0) {
		json_ws(&p);
		if (p.p != p.e && (~flags & JSON_LENIENT))
			json_fail(&p, p.p,
			    _("unexpected data after the value"));
	}
	buf_free(&p.tmp);
	if (p.cause != NULL) {
		json_free(j);
		if (cause != NULL)
			*cause = p.cause;
		else
			free(p.cause);
		return (NULL);
	}
	return (j);
}

/* Free what j holds, but not j: items live in their parent's array. */
static void
json_clear(struct json *j)
{
	size_t	i;

	for (i = 0; i < j->n; i++)
		json_clear(&j->v[i]);
	free(j->v);
	free(j->key);
	free(j->s);
}

void
json_free(struct json *j)
{
	if (j == NULL)
		return;
	json_clear(j);
	free(j);
}

/* The first member named key, NULL if there is none or j is no object. */
const struct json *
json_get(const struct json *j, const char *key)
{
	size_t	i, len;

	if (j == NULL || j->type != JSON_OBJECT)
		return (NULL);
	len = strlen(key);
	for (i = 0; i < j->n; i++) {
		if (j->v[i].keylen == len &&
		    memcmp(j->v[i].key, key, len) == 0)
			return (&j->v[i]);
	}
	return (NULL);
}

const char *
json_str(const struct json *j)
{
	if (j == NULL || j->type != JSON_STRING)
		return (NULL);
	return (j->s);
}

/* Items of an array or members of an object; 0 for anything else. */
size_t
json_len(const struct json *j)
{
	if (j == NULL || (j->type != JSON_ARRAY && j->type != JSON_OBJECT))
		return (0);
	return (j->n);
}

/* Item i of an array, or member i of an object (its key names it). */
const struct json *
json_at(const struct json *j, size_t i)
{
	if (i >= json_len(j))
		return (NULL);
	return (&j->v[i]);
}

/* Append j as compact JSON. */
static void
json_write(struct buf *b, const struct json *j)
{
	size_t	i;

	switch (j->type) {
	case JSON_NULL:
		buf_adds(b, "null");
		break;
	case JSON_TRUE:
		buf_adds(b, "true");
		break;
	case JSON_FALSE:
		buf_adds(b, "false");
		break;
	case JSON_NUMBER:
		buf_adds(b, j->s);
		break;
	case JSON_STRING:
		buf_add_json(b, j->s);
		break;
	case JSON_ARRAY:
	case JSON_OBJECT:
		buf_addc(b, j->type == JSON_ARRAY ? '[' : '{');
		for (i = 0; i < j->n; i++) {
			if (i > 0)
				buf_addc(b, ',');
			if (j->type == JSON_OBJECT) {
				buf_add_json(b, j->v[i].key);
				buf_addc(b, ':');
			}
			json_write(b, &j->v[i]);
		}
		buf_addc(b, j->type == JSON_ARRAY ? ']' : '}');
		break;
	}
}

/* A number as text: an integer as its digits, else as a real. */
static char *
json_number_text(const struct json *j)
{
	const char	*p = j->s;
	char		*end, *s;
	long long	 v;

	if (*p == '-')
		p++;
	if (p[strspn(p, "0123456789")] == '\0') {
		errno = 0;
		v = strtoll(j->s, &end, 10);
		if (errno == 0 && *end == '\0')
			return (xasprintf("%lld", v));
	}
	s = xasprintf("%.15g", j->number);
	if (strpbrk(s, ".eni") == NULL) {
		end = xasprintf("%s.0", s);
		free(s);
		s = end;
	}
	return (s);
}

/*
 * A value as text, as a program reading SQLite's json_extract as text
 * had it (sift did, before this module): a string as it is, to its first
 * NUL; a number as its digits; true and false as 1 and 0; an array or an
 * object as compact JSON; null, or no value, as NULL.  Malloc'd.
 */
char *
json_text(const struct json *j)
{
	struct buf	 b;

	if (j == NULL)
		return (NULL);
	switch (j->type) {
	case JSON_NULL:
		return (NULL);
	case JSON_TRUE:
		return (xstrdup("1"));
	case JSON_FALSE:
		return (xstrdup("0"));
	case JSON_STRING:
		return (xstrdup(j->s));
	case JSON_NUMBER:
		return (json_number_text(j));
	default:
		buf_init(&b);
		json_write(&b, j);
		return (buf_release(&b));
	}
}

/*
 * Read one JSON Lines record of articles (sift import, sift clean): it
 * must be an object; its fields are copied out, and the rest ignored.
 */
int
json_record_parse(const char *line, size_t n, struct json_record *r,
    char **cause)
{
	static const char	*names[] = { "title", "url", "date", "text",
				    "html", "source", "lang" };
	char			**field[] = { &r->title, &r->url, &r->date,
				    &r->text, &r->html, &r->source, &r->lang };
	struct json		*j;
	size_t			 i;

	memset(r, 0, sizeof *r);
	if ((j = json_parse(line, n, 0, NULL)) == NULL) {
		*cause = xasprintf(_("not valid JSON (%s)"), "malformed JSON");
		return (-1);
	}
	if (j->type != JSON_OBJECT) {
		*cause = xstrdup(_("not a JSON object"));
		json_free(j);
		return (-1);
	}
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		*field[i] = json_text(json_get(j, names[i]));
	json_free(j);
	return (0);
}

void
json_record_clear(struct json_record *r)
{
	free(r->title);
	free(r->url);
	free(r->date);
	free(r->text);
	free(r->html);
	free(r->source);
	free(r->lang);
	memset(r, 0, sizeof *r);
}
