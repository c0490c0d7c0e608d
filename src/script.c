/*
 * script.c: a story that a page keeps only in its scripts.  A page that
 * a script renders in the reader's browser (Next.js, Nuxt and the like)
 * ships its story as an HTML string inside a JSON or JavaScript literal,
 * "\u003cp\u003eThe council voted ...": the page's markup then holds
 * its menus and nothing of the story.  script_scan finds the longest
 * such literal that holds paragraphs, decoded; html.c decides whether
 * the page needs it.
 */

#include "config.h"

#include <string.h>

#include <unistr.h>

#include "sift.h"

#define SCRIPT_MIN	200	/* a literal shorter than this is no story */

/* Is c a hexadecimal digit?  Its value in *v. */
static int
script_hex(int c, unsigned *v)
{
	if (c >= '0' && c <= '9')
		*v = *v * 16 + (unsigned)(c - '0');
	else if (c >= 'a' && c <= 'f')
		*v = *v * 16 + (unsigned)(c - 'a' + 10);
	else if (c >= 'A' && c <= 'F')
		*v = *v * 16 + (unsigned)(c - 'A' + 10);
	else
		return (0);
	return (1);
}

/* n hexadecimal digits at s, or -1. */
static long
script_hexn(const char *s, const char *e, int n)
{
	unsigned	v = 0;
	int		i;

	if (e - s < n)
		return (-1);
	for (i = 0; i < n; i++)
		if (!script_hex((unsigned char)s[i], &v))
			return (-1);
	return ((long)v);
}

static void
script_put(struct buf *out, ucs4_t uc)
{
	uint8_t	u[6];
	int	l;

	if (uc == 0 || (uc >= 0xd800 && uc < 0xe000) || uc > 0x10ffff)
		uc = 0xfffd;
	if ((l = u8_uctomb(u, uc, sizeof u)) > 0)
		buf_add(out, u, (size_t)l);
}

/*
 * Decode the body of a JSON or JavaScript string literal (without its
 * quotes) into out: \" \\ \/ \b \f \n \r \t, \uXXXX with surrogate
 * pairs, \xHH; any other escaped byte stands for itself.  A lone
 * surrogate or a NUL becomes U+FFFD.
 */
void
script_unescape(const char *s, size_t n, struct buf *out)
{
	const char	*e = s + n;
	long		 v, lo;

	while (s < e) {
		if (*s != '\\' || s + 1 == e) {
			buf_addc(out, *s++);
			continue;
		}
		s++;
		switch (*s) {
		case 'n':
			buf_addc(out, '\n');
			break;
		case 't':
			buf_addc(out, '\t');
			break;
		case 'r':
			buf_addc(out, '\r');
			break;
		case 'b':
		case 'f':
			buf_addc(out, ' ');
			break;
		case 'u':
			if ((v = script_hexn(s + 1, e, 4)) < 0) {
				buf_addc(out, 'u');
				break;
			}
			s += 4;
			if (v >= 0xd800 && v < 0xdc00 && e - s >= 7 &&
			    s[1] == '\\' && s[2] == 'u' &&
			    (lo = script_hexn(s + 3, e, 4)) >= 0xdc00 &&
			    lo < 0xe000) {
				v = 0x10000 + ((v - 0xd800) << 10) +
				    (lo - 0xdc00);
				s += 6;
			}
			script_put(out, (ucs4_t)v);
			break;
		case 'x':
			if ((v = script_hexn(s + 1, e, 2)) < 0) {
				buf_addc(out, 'x');
				break;
			}
			s += 2;
			script_put(out, (ucs4_t)v);
			break;
		default:
			buf_addc(out, *s);
			break;
		}
		s++;
	}
}

/*
 * Does a literal's raw text open a paragraph: "<p>", "<p class=...",
 * escaped once or twice ("\u003cp\u003e", "\\u003cp\\u003e")?
 */
static int
script_has_p(const char *s, size_t n)
{
	static const char	*opens[] = { "u003cp", "u003Cp", "x3cp", "<p",
		"&lt;p", NULL };
	const char		*p, *e = s + n;
	size_t			 i, l;

	for (i = 0; opens[i] != NULL; i++) {
		l = strlen(opens[i]);
		for (p = s; (p = memmem(p, (size_t)(e - p), opens[i], l)) !=
		    NULL; p += l) {
			if (p + l < e && (p[l] == '>' || p[l] == ' ' ||
			    p[l] == '\\' || (p[l] == '&' && e - p >
			    (ptrdiff_t)l + 3 && memcmp(p + l, "&gt;", 4) == 0)))
				return (1);
		}
	}
	return (0);
}

/*
 * A literal that holds its HTML escaped as text ("&lt;p&gt;", as
 * toutiao.com's pages keep their articles): the markup, with the quote
 * marks around it dropped ("&quot;&lt;div&gt;...&quot;".slice(6, -6)).
 */
static void
script_unentity(struct buf *b)
{
	static const struct {
		const char	*ent;
		char		 c;
	} ents[] = { { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' },
		{ "&#34;", '"' }, { "&#39;", '\'' }, { "&#x27;", '\'' },
		{ "&amp;", '&' } };
	size_t	i, k, j, l;

	for (i = k = 0; i < b->len; ) {
		for (j = 0; j < sizeof ents / sizeof ents[0]; j++) {
			l = strlen(ents[j].ent);
			if (b->len - i >= l && memcmp(b->data + i, ents[j].ent,
			    l) == 0)
				break;
		}
		if (j < sizeof ents / sizeof ents[0]) {
			b->data[k++] = ents[j].c;
			i += l;
		} else
			b->data[k++] = b->data[i++];
	}
	b->len = k;
	if (k >= 2 && b->data[0] == '"' && b->data[k - 1] == '"') {
		memmove(b->data, b->data + 1, k - 2);
		b->len = k - 2;
	}
}

/*
 * Read a script's text for string literals that hold paragraphs of
 * HTML, and keep in best the longest one decoded.  A literal that holds
 * JSON holding the HTML (escaped twice: a JSON document in a JavaScript
 * string) is read once more for the literals in it.
 */
static void
script_scan_at(struct buf *best, const char *s, size_t n, int depth)
{
	const char	*p = s, *e = s + n, *b;
	struct buf	 one;
	char		 q;

	buf_init(&one);
	while (p < e) {
		if (*p != '"' && *p != '\'') {
			p++;
			continue;
		}
		q = *p++;
		for (b = p; p < e && *p != q && *p != '\n'; p++)
			if (*p == '\\' && p + 1 < e)
				p++;
		if (p >= e || *p != q) {
			p = b;	/* no string after all: read on from here */
			continue;
		}
		if ((size_t)(p - b) >= SCRIPT_MIN &&
		    (size_t)(p - b) > best->len &&
		    script_has_p(b, (size_t)(p - b))) {
			one.len = 0;
			script_unescape(b, (size_t)(p - b), &one);
			if (memmem(one.data, one.len, "&lt;p", 5) != NULL &&
			    memmem(one.data, one.len, "<p", 2) == NULL)
				script_unentity(&one);
			if (depth < 2 && memmem(one.data, one.len, "\\u003c",
			    6) != NULL)
				script_scan_at(best, one.data, one.len,
				    depth + 1);
			else if (one.len > best->len) {
				best->len = 0;
				buf_add(best, one.data, one.len);
			}
		}
		p++;
	}
	buf_free(&one);
}

void
script_scan(struct buf *best, const char *s, size_t n)
{
	if (s != NULL && n > 0)
		script_scan_at(best, s, n, 0);
}
