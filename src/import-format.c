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
#define IMPORT_WRAP_MIN		60	/* columns a wrap leaves at least */
#define IMPORT_WRAP_COLS	1024	/* columns a wrap's width is read to */

static void	 import_trim_line(const char **, const char **);
static void	 import_cut(struct article *, size_t, size_t);
static const char *import_wrap_line(const char *, const char *, size_t *,
		    size_t *);

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
 * Does plain text hard-wrap its paragraphs over several lines?  A file
 * of long lines is a line a paragraph (or a widget), with a blank line
 * here and there: its lines are kept (0); so is a page's text saved a
 * block a line, whose lines inside a run end their sentences ("。") far
 * more often than a wrap that cuts them where the width falls.  Returns
 * 2 when the text separates paragraphs with blank lines and the lines
 * that go on fill nearly the width the text is cut at: all of them are
 * joined; 1 when it may be wrapped all the same (a text browser's dump,
 * its menus' lines run together with its paragraphs' lines): then
 * import_wraps says which lines a wrap cut.
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
	if (lines < runs * 2 || longer * 10 > lines || ends * 3 >= inner)
		return (0);
	if (runs < 2)
		return (1);
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
	return (full * 3 >= inner * 2 ? 2 : 1);
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
		import_cut(a, ls - a->text, nl + 1 - a->text);
	}
}

/* Take a->text[from..to) out, and the links in it; those after move. */
static void
import_cut(struct article *a, size_t from, size_t to)
{
	size_t	i, k;

	memmove(a->text + from, a->text + to, a->len - to + 1);
	a->len -= to - from;
	for (i = k = 0; i < a->nlinks; i++) {
		if (a->links[i].start >= from && a->links[i].start < to) {
			free(a->links[i].href);
			continue;
		}
		a->links[k] = a->links[i];
		if (a->links[k].start >= to)
			a->links[k].start -= to - from;
		else if (a->links[k].start + a->links[k].len > from)
			a->links[k].len = from - a->links[k].start;
		k++;
	}
	a->nlinks = k;
}

/*
 * Plain text to blocks.  One paragraph a line, unless the text wraps
 * paragraphs over several lines: then a line the wrap cut is joined to
 * the next (with no space between CJK characters), and list items start
 * blocks of their own.  With find_title, a short first line that does
 * not end like a sentence is the title.
 */
void
import_text_blocks(struct article *a, const char *s, size_t n,
    int find_title)
{
	import_text_linked(a, s, n, find_title, NULL, 0, s, n);
}

/*
 * Which lines of a wrapped text s[0..n) go on in the next one?  All of
 * a paragraph's, in a text wrapped throughout; else where a wrap cut the
 * line because the next one's first word would not fit: the line, its
 * indent, a space and that word fill the width (what the longest tenth
 * of the lines that may go on reach).  A list's item and a line after a
 * blank one start afresh; so does any line of a text not wrapped (NULL).
 * A dump read without its marks (cut) is always read line by line: a
 * text browser or html2text wraps at its width, and runs the lines of
 * menus and forms together with a paragraph's.
 */
static unsigned char *
import_wraps(const char *s, size_t n, int cut)
{
	const char	*p, *end = s + n, *nl;
	size_t		*hist, lines = 0, i, k = 0, width = 0, wraps = 0;
	size_t		 cols, first, prev = 0, below;
	unsigned char	*goes;
	int		 all;

	if ((all = import_is_wrapped(s, n)) == 0)
		return (NULL);
	if (cut)
		all = 1;
	/* the width: what the longest tenth of the lines that may go on
	 * reach (counted by their columns, a long line as the longest) */
	hist = xcalloc(IMPORT_WRAP_COLS, sizeof *hist);
	for (p = s; p < end; p = nl + 1, lines++) {
		nl = import_wrap_line(p, end, &cols, &first);
		if (prev != 0 && first != 0) {
			hist[prev < IMPORT_WRAP_COLS ? prev :
			    IMPORT_WRAP_COLS - 1]++;
			k++;
		}
		prev = cols;
	}
	for (below = 0; width < IMPORT_WRAP_COLS && k > 0 &&
	    (below += hist[width]) < k - k / 10; width++)
		/* nothing */;
	free(hist);
	goes = xcalloc(lines + 1, 1);
	for (p = s, i = 0, prev = 0; p < end; p = nl + 1, i++) {
		nl = import_wrap_line(p, end, &cols, &first);
		if (i > 0 && prev != 0 && first != 0 && (all == 2 ||
		    prev + first + 2 >= width)) {
			goes[i - 1] = 1;
			wraps++;
		}
		prev = cols;
	}
	/* a wrap fills many of them, at a width a wrap leaves */
	if (all == 1 && (wraps * 5 < k * 2 || width < IMPORT_WRAP_MIN)) {
		free(goes);
		return (NULL);
	}
	return (goes);
}

/*
 * The line at p: its columns with its indent in *cols (0: blank), and in
 * *first those of its first word and the space before it (a character,
 * if CJK; 0 for a list's item or a blank line).  Returns its end.
 */
static const char *
import_wrap_line(const char *p, const char *end, size_t *cols,
    size_t *first)
{
	const char	*ls, *nl, *le, *w;
	ucs4_t		 uc = 0;

	import_line(p, end, &ls, &nl);
	for (le = nl; le > ls && isspace((unsigned char)le[-1]); le--)
		/* nothing */;
	*cols = ls == le ? 0 : (ls - p) + import_cols(ls, le - ls);
	if (ls < le)
		u8_mbtouc(&uc, (const uint8_t *)ls, le - ls);
	for (w = ls; w < le && *w != ' '; w++)
		/* nothing */;
	*first = ls == le || import_is_bullet(ls, le - ls) ? 0 :
	    import_is_cjk(uc) && (uc < 0xac00 || uc > 0xd7af) ? 2 :
	    import_cols(ls, w - ls) + 1;
	return (nl);
}

/*
 * The same, for a text with links (links[0..nlinks), sorted, offsets in
 * s; a Markdown or lynx dump): they become a->links, at their text's
 * place in a->text.  A link cut by a line's end ends there.  The lines
 * of laid[0..laidn), the text as it was laid out (the dump with its
 * marks; s itself for a plain text), one for each of s, say which were
 * wrapped.
 */
void
import_text_linked(struct article *a, const char *s, size_t n,
    int find_title, struct html_link *links, size_t nlinks,
    const char *laid, size_t laidn)
{
	struct buf	 b;
	const char	*p, *end = s + n, *nl, *ls, *le;
	size_t		 blank = 1, len, l = 0, k = 0, off, line = 0;
	size_t		 prev = 0;
	unsigned char	*goes;
	ucs4_t		 last, next;

	goes = import_wraps(laid, laidn, laid != s);
	buf_init(&b);
	for (p = s; p < end; p = nl + 1, line++) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		ls = p;
		le = nl;
		import_trim_line(&ls, &le);
		len = le - ls;
		if (len == 0) {
			blank = 1;
			continue;
		}
		if (b.len != 0) {
			if (goes == NULL || blank || !goes[prev])
				buf_addc(&b, '\n');
			else {
				last = import_prev_uc(b.data, b.data + b.len);
				u8_mbtouc(&next, (const uint8_t *)ls, len);
				if (!import_is_cjk(last) ||
				    !import_is_cjk(next))
					buf_addc(&b, ' ');
			}
		}
		/* the links that start in the line, where it now is */
		for (; l < nlinks && links[l].start < (size_t)(le - s); l++) {
			off = links[l].start;
			if (off < (size_t)(ls - s)) {
				free(links[l].href);
				continue;
			}
			links[k] = links[l];
			links[k].start = b.len + (off - (ls - s));
			if (off + links[k].len > (size_t)(le - s))
				links[k].len = (le - s) - off;
			k++;
		}
		buf_add(&b, ls, len);
		blank = 0;
		prev = line;
	}
	free(goes);
	for (; l < nlinks; l++)
		free(links[l].href);
	a->text = buf_release(&b);
	a->len = strlen(a->text);
	a->links = links;
	a->nlinks = k;
	if (k == 0) {
		free(links);
		a->links = NULL;
	}
	if (find_title)
		import_text_title(a);
}

/*
 * One line of plain text, [*s, *end): CR and other line-end debris
 * removed, white space trimmed at both ends.  Tabs inside are kept.
 */
static void
import_trim_line(const char **sp, const char **endp)
{
	const char	*s = *sp, *end = *endp;

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
	*sp = s;
	*endp = end;
}
