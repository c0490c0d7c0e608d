/*
 * import-format.c: a decoded plain text into an article's fields.  It
 * becomes blocks (a paragraph a line, or hard-wrapped paragraphs joined)
 * with a title found in its first lines, or under a saved page's top if
 * it has one (import-head.c finds that headline); import-html.c reads
 * pages and RSS dumps.  Nothing here
 * reports or counts: import-read.c, which calls these, does.
 */

#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"
#include "import-int.h"

#define IMPORT_WRAP_MAX		160	/* characters in a hard-wrapped line */

static char	*import_clean_line(const char *, size_t);

static int
import_is_bullet(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return (1);
	if (n >= 3 && (memcmp(s, "•", 3) == 0 || memcmp(s, "・", 3) == 0))
		return (1);
	while (n > 0 && isdigit((unsigned char)*s))
		s++, n--;
	return (n >= 2 && (*s == '.' || *s == ')') && s[1] == ' ');
}

/*
 * The next line of s[..end) from p: its first non-blank byte in *ls and
 * its end in *nl (*ls == *nl for a blank line); the line after starts at
 * *nl + 1.
 */
static void
import_line(const char *p, const char *end, const char **ls,
    const char **nl)
{
	if ((*nl = memchr(p, '\n', end - p)) == NULL)
		*nl = end;
	for (*ls = p; *ls < *nl && isspace((unsigned char)**ls); (*ls)++)
		/* nothing */;
}

/*
 * Does plain text separate paragraphs with blank lines and hard-wrap
 * them over several lines?  Then their lines are to be joined.  A file
 * of long lines is a line a paragraph (or a widget), with a blank line
 * here and there: its lines are kept; so is a page's text saved a block
 * a line, whose lines inside a run end their sentences ("。") far more
 * often than a wrap that cuts them where the width falls, and are of
 * any length, where a wrap's lines fill nearly its width.
 */
static int
import_is_wrapped(const char *s, size_t n)
{
	const char	*p, *end = s + n, *ls, *nl;
	size_t		 lines = 0, runs = 0, blank = 1, len, longer = 0;
	size_t		 inner = 0, ends = 0, full = 0, width = 0, prev = 0;
	int		 ended = 0;

	/* Count the non-blank lines and the runs of them. */
	for (p = s; p < end; p = nl + 1) {
		import_line(p, end, &ls, &nl);
		if (ls == nl) {
			blank = 1;
			continue;
		}
		lines++;
		if (blank)
			runs++;
		else {		/* the line before goes on here */
			inner++;
			ends += ended;
			if (prev > width)
				width = prev;
		}
		blank = 0;
		ended = import_ends_sentence(ls, nl);
		len = nl - ls;	/* a character is 1 to 4 bytes */
		if (len > 4 * IMPORT_WRAP_MAX || (len > IMPORT_WRAP_MAX &&
		    import_chars(ls, len) > IMPORT_WRAP_MAX))
			longer++;
		prev = len;	/* a wrap's width in bytes: CJK or not, a
				 * line it fills is near the longest */
	}
	if (runs < 2 || lines < runs * 2 || longer * 10 > lines ||
	    ends * 3 >= inner)
		return (0);
	/* and the lines that go on fill the width the text is cut at */
	for (p = s, blank = 1; p < end; p = nl + 1) {
		import_line(p, end, &ls, &nl);
		if (ls == nl) {
			blank = 1;
			continue;
		}
		if (!blank && prev * 10 >= width * 6)
			full++;
		blank = 0;
		prev = nl - ls;
	}
	return (full * 3 >= inner * 2);
}

/* Is a line a forum's name alone ("r/worldnews")? */
static int
import_is_forum(const char *s, size_t n)
{
	size_t	i;

	if (n < 3 || n > 24 || memcmp(s, "r/", 2) != 0)
		return (0);
	for (i = 2; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '_')
			return (0);
	return (1);
}

/* Is a line a thread's note on who posted it ("Posted by u/… 9 hours ago")? */
static int
import_is_poster(const char *s, size_t n)
{
	return ((n > 13 && memcmp(s, "Posted by u/", 12) == 0) ||
	    (n > 14 && memcmp(s, "Posted by /u/", 13) == 0));
}

/*
 * A short first line that does not end like a sentence (or the one after
 * a navigation bar or a thread's poster, or a headline after a forum's
 * name) is the title:
 * take it out of a->text.  A headline
 * under a page's top is the title too, and stays in the text.
 */
static void
import_text_title(struct article *a)
{
	const char	*ls, *le, *nl;
	size_t		 len;
	ucs4_t		 last;
	int		 k;

	/* the headline under a page's top: the text keeps it, and the
	 * lines over it, for the cleaner to hide */
	if ((ls = import_headline(a->text, a->len, &le)) != NULL) {
		a->title = xstrndup(ls, le - ls);
		return;
	}
	ls = a->text;
	nl = memchr(ls, '\n', a->len);
	/* a thread's forum, its button ("Join") and its poster over its
	 * headline */
	for (k = 0; k < 3 && nl != NULL && (import_is_forum(ls, nl - ls) ||
	    import_is_poster(ls, nl - ls) || (k > 0 && nl - ls <= 12 &&
	    memchr(ls, ' ', nl - ls) == NULL)); k++) {
		ls = nl + 1;
		nl = memchr(ls, '\n', a->len - (ls - a->text));
	}
	if (k > 0 && (nl == NULL || !import_is_headline(ls, nl))) {
		ls = a->text;
		nl = memchr(ls, '\n', a->len);
	} else if (k == 0 && nl != NULL && import_is_nav(ls, nl - ls)) {
		ls = nl + 1;
		nl = memchr(ls, '\n', a->len - (ls - a->text));
	}
	if (nl == NULL)
		return;
	le = nl;
	last = import_prev_uc(ls, le);
	if (u8_mbsnlen((const uint8_t *)ls, le - ls) <= IMPORT_TITLE_MAX &&
	    last != '.' && last != ',' && last != ':' && last != ';' &&
	    last != 0x3002 && last != 0xff0c && last != 0xff1a &&
	    !import_is_bullet(ls, le - ls) && !import_is_nav(ls, le - ls) &&
	    !import_is_chrome(ls, le)) {
		a->title = xstrndup(ls, le - ls);
		len = a->len - (nl + 1 - a->text);
		memmove((char *)ls, nl + 1, len + 1);
		a->len = (ls - a->text) + len;
	}
}

/*
 * Plain text to blocks.  One paragraph a line, unless the text separates
 * paragraphs with blank lines and wraps them over several lines: then the
 * lines of a paragraph are joined (with no space between CJK characters)
 * and only list items start blocks of their own.  With find_title, a short
 * first line that does not end like a sentence is the title.
 */
void
import_text_blocks(struct article *a, const char *s, size_t n,
    int find_title)
{
	struct buf	 b;
	const char	*p, *end = s + n, *nl;
	size_t		 blank = 1, len;
	int		 join;
	ucs4_t		 last, next;
	char		*line;

	join = import_is_wrapped(s, n);
	buf_init(&b);
	for (p = s; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		line = import_clean_line(p, nl - p);
		len = strlen(line);
		if (len == 0) {
			blank = 1;
			free(line);
			continue;
		}
		if (b.len != 0) {
			if (!join || blank || import_is_bullet(line, len))
				buf_addc(&b, '\n');
			else {
				last = import_prev_uc(b.data, b.data + b.len);
				u8_mbtouc(&next, (const uint8_t *)line, len);
				if (!import_is_cjk(last) ||
				    !import_is_cjk(next))
					buf_addc(&b, ' ');
			}
		}
		buf_add(&b, line, len);
		free(line);
		blank = 0;
	}
	a->text = buf_release(&b);
	a->len = strlen(a->text);
	if (find_title)
		import_text_title(a);
}

/*
 * One line of plain text: CR and other line-end debris removed, white
 * space trimmed at both ends.  Tabs inside are kept.
 */
static char *
import_clean_line(const char *s, size_t n)
{
	const char	*end = s + n;

	while (s < end && (isspace((unsigned char)*s)))
		s++;
	while (end > s && (isspace((unsigned char)end[-1])))
		end--;
	/* U+00A0 and U+3000 at the ends are padding too, and so is an
	 * invisible character at the start */
	for (;;) {
		if (end - s >= 2 && memcmp(s, "\xc2\xa0", 2) == 0)
			s += 2;
		else if (utf8_invisible(s, end - s) != 0)
			s += utf8_invisible(s, end - s);
		else if (end - s >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0)
			s += 3;
		else if (end - s >= 2 && memcmp(end - 2, "\xc2\xa0", 2) == 0)
			end -= 2;
		else if (end - s >= 3 &&
		    memcmp(end - 3, "\xe3\x80\x80", 3) == 0)
			end -= 3;
		else
			break;
		while (s < end && (isspace((unsigned char)*s)))
			s++;
		while (end > s && (isspace((unsigned char)end[-1])))
			end--;
	}
	return (xstrndup(s, end - s));
}
