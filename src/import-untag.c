/*
 * import-untag.c: the markup a scraper left in a plain-text dump when it
 * stripped most of a page's tags but not all ("<div class=\"share\">分享到：",
 * "…<br><br>…", "<!-- 广告位 -->", "&nbsp;").  A text with three tags or
 * more that html-tag.c knows, or a "<br><br>", loses them all: a <br> or
 * a block's tag ends the line, a comment or an inline tag goes, a line
 * left with nothing goes too, and the commonest entities are decoded.
 * A text with fewer is left as it is, so one that quotes a tag ("use <p>
 * for a paragraph") keeps it.  Blank lines stay where they were.
 * Linear in the text.
 */

#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "import-int.h"

#define UNTAG_MIN	3	/* known tags that make markup debris */

static const struct {
	const char	*name;
	const char	*text;
} untag_entities[] = {
	{ "&nbsp;", " " }, { "&amp;", "&" }, { "&quot;", "\"" },
	{ "&#39;", "'" }, { "&apos;", "'" }, { "&lt;", "<" }, { "&gt;", ">" },
};

/*
 * Has s[0..n) UNTAG_MIN known tags or more, or two line breaks in a row
 * (paragraphs a scraper joined with "<br><br>": no text quotes that)?
 */
static int
untag_debris(const char *s, size_t n)
{
	struct html_span	 sp = { NULL, NULL, NULL };
	const char		*p;
	size_t			 count = 0;
	int			 brk;

	if (memmem(s, n, "<br><br>", 8) != NULL ||
	    memmem(s, n, "<br/><br/>", 10) != NULL ||
	    memmem(s, n, "<br /><br />", 12) != NULL)
		return (1);
	for (p = s; (p = memchr(p, '<', n - (p - s))) != NULL; p++)
		if (html_tag_span(s, n, p - s, &brk, &sp) > 0 &&
		    ++count >= UNTAG_MIN)
			return (1);
	return (0);
}

/*
 * End the line begun at b->data + from: keep it with its newline when it
 * holds more than white space, else drop it.
 */
static void
untag_end_line(struct buf *b, size_t from)
{
	size_t	i;

	for (i = from; i < b->len; i++)
		if (!isspace((unsigned char)b->data[i])) {
			buf_addc(b, '\n');
			return;
		}
	b->len = from;
	b->data[b->len] = '\0';
}

/* The entity at s (its length in *len) decoded, or NULL. */
static const char *
untag_entity(const char *s, size_t n, size_t *len)
{
	size_t	i;

	for (i = 0; i < sizeof untag_entities / sizeof untag_entities[0];
	    i++) {
		*len = strlen(untag_entities[i].name);
		if (n >= *len && memcmp(s, untag_entities[i].name, *len) == 0)
			return (untag_entities[i].text);
	}
	return (NULL);
}

/*
 * s[0..n) without its markup debris, its length in *outlen; NULL when
 * it has none to lose.
 */
char *
import_untag(const char *s, size_t n, size_t *outlen)
{
	struct html_span	 sp = { NULL, NULL, NULL };
	struct buf		 b;
	const char		*t;
	size_t			 i, k, from;
	int			 brk, blank = 1;

	if (!untag_debris(s, n))
		return (NULL);
	buf_init(&b);
	from = 0;
	for (i = 0; i < n; ) {
		if (s[i] == '\n') {
			/* a line blank in the text stays blank */
			if (blank)
				buf_addc(&b, '\n');
			else
				untag_end_line(&b, from);
			from = b.len;
			blank = 1;
			i++;
		} else if (s[i] == '<' &&
		    (k = html_tag_span(s, n, i, &brk, &sp)) > 0) {
			if (brk) {
				untag_end_line(&b, from);
				from = b.len;
			}
			blank = 0;
			i += k;
		} else if (s[i] == '&' &&
		    (t = untag_entity(s + i, n - i, &k)) != NULL) {
			buf_adds(&b, t);
			blank = 0;
			i += k;
		} else {
			blank &= isspace((unsigned char)s[i]) != 0;
			buf_addc(&b, s[i++]);
		}
	}
	if (!blank)
		untag_end_line(&b, from);
	*outlen = b.len;
	return (buf_release(&b));
}
