/*
 * html-sax.c: the walk over libxml2's HTML parser events (SAX) that
 * builds a page's text model; no libxml2 tree is built.  It writes the
 * text as blocks separated by '\n', records the byte ranges of link text,
 * and builds the page's shape as a dom (dom.c): a node for each
 * block-level element, with what its attributes say (html-tag.c), and for
 * each block the node it was written in.  The page's metadata (title,
 * date, author, site, canonical URL, language) is gathered on the way,
 * from <title>, <h1>, <meta>, <link>, <time> and JSON-LD, for meta.c to
 * choose among; scripts are read for a story (script.c), and the markup a
 * template or a hidden <textarea> holds is read in place.
 *
 * White space is written only before a visible byte of the same block:
 * no block is empty, untrimmed or a lone U+200C.  Control characters
 * never reach the text.  Nothing here calls itself: a page of 100,000
 * nested elements costs what its bytes do.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <unictype.h>
#include <unistr.h>

#include "sift.h"
#include "meta.h"
#include "html-int.h"

#define HTML_NOPOS	((size_t)-1)
#define HTML_LD_MAX	(4 * 1024 * 1024)	/* JSON-LD kept, in bytes */
#define HTML_SCRIPT_MAX	(16 * 1024 * 1024)	/* one script read, in bytes */
#define HTML_SR_MAX	4096	/* words for a screen reader, in bytes */
#define HTML_UNSKIP_UP	32	/* levels a left-open box is looked for */

/* What an open element did, to undo at its end. */
#define OPEN_SKIP	0x01
#define OPEN_LINK	0x02
#define OPEN_PRE	0x04
#define OPEN_H1		0x08
#define OPEN_TITLE	0x10
#define OPEN_LD		0x20
#define OPEN_HEAD	0x40
#define OPEN_BLOCK	0x80
#define OPEN_SCRIPT	0x100
#define OPEN_TPL	0x200
#define OPEN_SPAN	0x400
#define OPEN_SPANJOIN	0x800
#define OPEN_SRONLY	0x1000

struct html_open {
	const xmlChar	*name;
	uint32_t	 node;		/* the dom node it opened */
	uint32_t	 prev;		/* the innermost node before it */
	int		 what;		/* OPEN_* */
};

struct html_parser {
	struct html_doc		*doc;
	struct dom		*dom;

	struct buf		 out;
	size_t			 block;	/* start of the open block */
	int			 inblock; /* it has text */
	int			 space;	/* white space is pending */
	size_t			 edge;	/* an item's end, at out.len + 1 */
	int			 glue;	/* items meet with no space */
	struct buf		 ws;	/* pending white space in <pre> */
	size_t			 pre;	/* depth of <pre> */

	struct html_open	*stack;
	size_t			 depth;
	size_t			 stacksize;
	size_t			 skip;	/* open elements whose text is not */
	size_t			 head;
	uint32_t		 cur;	/* the innermost open node */
	int			 spanon;	/* a named span's block goes */
	uint32_t		 spanup;	/* up here if text follows */
	int			 spanjoin; /* in a span named alike */
	size_t			 srskip;	/* skip depth in words for a
						   screen reader, or 0 */
	struct buf		 sr;	/* those words */

	int			 inlink;
	char			*href;
	size_t			 linkstart;
	size_t			 linkalloc;

	int			 h1state; /* 0 none, 1 in it, 2 done */
	size_t			 h1start;
	int			 intitle;
	int			 afterimg; /* an image, no text since */
	int			 indent;	/* U+3000s before its text */
	struct buf		 title;
	int			 gottitle;
	int			 inld;
	struct buf		 ld;	/* JSON-LD scripts, NUL between */
	int			 scripts; /* read scripts for a story */
	int			 inscript;
	struct buf		 script;	/* the script being read */
	struct buf		 story;	/* the longest story in them */
	int			 intpl;	/* in a <script type=text/template> */
	int			 tplrun; /* reading one's markup in place */
	int			 tplready;
	struct buf		 tpl;	/* its markup */
	size_t			 floor;	/* depth a template's end tags stop at */
	htmlSAXHandler		*sax;
	struct html_cuts	*cuts;	/* the bodies cut out, or NULL */

	struct meta		*meta;
};

static void	html_break(struct html_parser *, int);

static void
html_ws_clear(struct html_parser *p)
{
	p->space = 0;
	p->ws.len = 0;
	if (p->ws.data != NULL)
		p->ws.data[0] = '\0';
}

/* Write visible bytes after the pending separator; a block's first byte
 * records where in the page the block stands. */
static void
html_write(struct html_parser *p, const char *s, size_t n)
{
	if (!p->inblock) {
		if (p->out.len > 0)
			buf_addc(&p->out, '\n');
		p->block = p->out.len;
		p->inblock = 1;
		dom_add_block(p->dom, p->cur);
		for (; p->indent > 0; p->indent--)
			buf_add(&p->out, "\xe3\x80\x80", 3);
		if (p->afterimg)
			p->dom->blocks[p->dom->nblocks - 1].flags |=
			    DOM_B_AFTERIMG;
	} else if (p->spanon && p->spanjoin == 0) {
		/* text after a named span: the block is not the span's */
		p->dom->blocks[p->dom->nblocks - 1].node = p->spanup;
		p->spanon = 0;
	}
	if (p->glue && p->inblock && html_glued(p->out.data + p->block,
	    p->out.len - p->block, s, n))
		p->space = 1;
	p->glue = 0;
	if (p->pre != 0 && p->ws.len != 0)
		buf_add(&p->out, p->ws.data, p->ws.len);
	else if (p->pre == 0 && p->space && p->out.len > p->block)
		buf_addc(&p->out, ' ');
	html_ws_clear(p);
	p->afterimg = 0;
	if (p->inlink && p->linkstart == HTML_NOPOS)
		p->linkstart = p->out.len;
	if (p->h1state == 1 && p->h1start == HTML_NOPOS)
		p->h1start = p->out.len;
	buf_add(&p->out, s, n);
}

/* Add text: white space is made pending (in <pre>, a line break ends
 * the block), control characters are dropped, the rest is written. */
static void
html_put(struct html_parser *p, const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, j;
	int			 nbsp, c1, wrote = 0, lines = 0;

	while (i < n) {
		nbsp = u[i] == 0xc2 && i + 1 < n && u[i + 1] == 0xa0;
		c1 = u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 &&
		    u[i + 1] <= 0x9f;
		if (HTML_SPACE(u[i]) || nbsp) {
			/* a blank line between words of one text: a
			 * post laid out by white-space: pre-wrap (a BBS
			 * article) has its paragraphs so */
			if (p->pre == 0 && u[i] == '\n' && wrote &&
			    ++lines == 2)
				html_break(p, 1);
			if (p->pre == 0)
				p->space = 1;
			else if (u[i] == '\n' || u[i] == '\r')
				html_break(p, 1);
			else
				buf_addc(&p->ws, u[i] == '\t' ? '\t' : ' ');
			i += 1 + nbsp;
		} else if (u[i] < 0x20 || u[i] == 0x7f || c1)
			i += 1 + c1;	/* a control: no text, no break */
		else if (!p->inblock && (j = utf8_invisible(s + i, n - i)))
			i += j;		/* starts no block */
		else if (!p->inblock && p->pre == 0 && n - i >= 3 &&
		    u[i] == 0xe3 && u[i + 1] == 0x80 && u[i + 2] == 0x80) {
			/* a paragraph's indent, written with its text: a
			 * "<p>　　<img></p>" makes no block */
			p->indent += p->indent < 8;
			html_ws_clear(p);
			i += 3;
		}
		else {
			/* words with single spaces between, at once */
			for (j = i + 1; j < n && (HTML_WORD(u[j]) ||
			    (p->pre == 0 && u[j] == ' ' && j + 1 < n &&
			    HTML_WORD(u[j + 1]))); j++)
				/* nothing */;
			html_write(p, s + i, j - i);
			i = j;
			wrote = 1;
			lines = 0;
		}
	}
}

/* Record the part of the open link written so far, if any. */
static void
html_link_cut(struct html_parser *p)
{
	struct html_doc		*doc = p->doc;
	struct html_link	*l;

	if (!p->inlink || p->linkstart == HTML_NOPOS)
		return;
	if (p->out.len > p->linkstart && !html_link_mark(p->href,
	    p->out.data + p->linkstart, p->out.len - p->linkstart)) {
		if (doc->nlinks == p->linkalloc) {
			p->linkalloc = p->linkalloc == 0 ? 8 :
			    p->linkalloc * 2;
			doc->links = xreallocarray(doc->links, p->linkalloc,
			    sizeof *doc->links);
		}
		l = &doc->links[doc->nlinks++];
		l->start = p->linkstart;
		l->len = p->out.len - p->linkstart;
		l->href = p->href != NULL ? xstrdup(p->href) : NULL;
	}
	p->linkstart = HTML_NOPOS;
}

static void
html_link_close(struct html_parser *p)
{
	html_link_cut(p);
	free(p->href);
	p->href = NULL;
	p->inlink = 0;
}

static void
html_h1_finish(struct html_parser *p)
{
	char	*h1;

	h1 = text_squash(xstrndup(p->out.data + p->h1start,
	    p->out.len - p->h1start));
	p->h1state = h1 != NULL ? 2 : 0;
	p->h1start = HTML_NOPOS;
	meta_set_h1(p->meta, h1);
}

/* End the open block; a <br> does not end the <h1> being read. */
static void
html_break(struct html_parser *p, int br)
{
	html_link_cut(p);
	if (!br && p->h1state == 1 && p->h1start != HTML_NOPOS)
		html_h1_finish(p);
	p->inblock = 0;
	p->spanon = 0;
	p->indent = 0;
	html_ws_clear(p);
}

/* Metadata from <html>, <meta>, <link> and <time>. */
static void
html_meta(struct html_parser *p, const char *name, const xmlChar **atts)
{
	const char	*v, *key;

	if (HTML_IS(name, "html")) {
		if ((v = html_attr(atts, "lang")) != NULL)
			meta_set(p->meta, META_LANG, v, 0);
	} else if (HTML_IS(name, "time")) {
		if ((v = html_attr(atts, "datetime")) != NULL && p->skip == 0)
			meta_set(p->meta, META_DATE, v, META_PRIO_TIME);
	} else if (HTML_IS(name, "link")) {
		if ((v = html_attr(atts, "rel")) != NULL &&
		    html_has_word(v, "canonical") &&
		    (v = html_attr(atts, "href")) != NULL)
			meta_set(p->meta, META_URL, v, 0);
	} else if (HTML_IS(name, "meta")) {
		if ((v = html_attr(atts, "content")) == NULL)
			return;
		if ((key = html_attr(atts, "property")) != NULL)
			meta_key(p->meta, key, v);
		if ((key = html_attr(atts, "name")) != NULL)
			meta_key(p->meta, key, v);
		if ((key = html_attr(atts, "itemprop")) != NULL)
			meta_key(p->meta, key, v);
	}
}

static struct html_open *
html_push(struct html_parser *p, const xmlChar *name)
{
	struct html_open	*o;

	if (p->depth == p->stacksize) {
		p->stacksize = p->stacksize == 0 ? 64 : p->stacksize * 2;
		p->stack = xreallocarray(p->stack, p->stacksize,
		    sizeof *p->stack);
	}
	o = &p->stack[p->depth++];
	o->name = name;
	o->node = DOM_NONE;
	o->prev = p->cur;
	o->what = 0;
	return (o);
}

/* Is an element of a form open (a textarea there is the reader's)? */
static int
html_in_form(const struct html_parser *p)
{
	size_t	i;

	for (i = 0; i < p->depth; i++)
		if (HTML_IS((const char *)p->stack[i].name, "form"))
			return (1);
	return (0);
}

/*
 * An image, not an icon or an avatar (under 48 pixels wide or high, at
 * most 100 both ways, or an SVG) nor a pixel that counts readers: the
 * text after it may be its caption, the element it stands in its box.
 */
static void
html_image(struct html_parser *p, const xmlChar **atts)
{
	static const char *const sizes[] = { "width", "height" };
	const char	*v;
	size_t		 i, n, small = 0;

	for (i = 0; i < 2; i++) {
		if ((v = html_attr(atts, sizes[i])) == NULL)
			continue;
		while (HTML_SPACE(*v))
			v++;
		for (n = 0; *v >= '0' && *v <= '9'; v++)
			if (n < 100000)
				n = n * 10 + (size_t)(*v - '0');
		if (*v != '\0' && *v != 'p' && *v != ' ')
			continue;	/* a percentage, or no size */
		if (n < 48)
			return;
		small += n <= 100;
	}
	if (small == 2)
		return;
	if ((v = html_attr(atts, "src")) != NULL && ((n = strlen(v)) >= 4 &&
	    html_caseprefix(v + n - 4, 4, ".svg")))
		return;
	p->afterimg = 1;
	if (p->cur != DOM_NONE)
		p->dom->nodes[p->cur].flags |= DOM_N_IMG;
}

/*
 * An <input> that asks for an e-mail address marks the form it is in
 * (or, in a form scripts make, the element it stands in) as a signup:
 * clean-box.c hides the box around it.
 */
static void
html_signup(struct html_parser *p)
{
	uint32_t	k = p->cur;
	size_t		i;

	for (i = p->depth; i-- > 0;)
		if (HTML_IS((const char *)p->stack[i].name, "form")) {
			k = p->stack[i].node;
			break;
		}
	if (k != DOM_NONE)
		p->dom->nodes[k].flags |= DOM_N_SIGNUP;
}

/*
 * The elements whose content is read aside, not as the page's text: the
 * <head>, the <title>, JSON-LD, and templates (or a <textarea> outside a
 * form) holding markup.  Returns 1 when name is one.
 */
static int
html_start_aside(struct html_parser *p, struct html_open *o,
    const char *name, const xmlChar **atts)
{
	const char	*v;

	if (HTML_IS(name, "head")) {
		o->what |= OPEN_HEAD;
		p->head++;
		return (1);
	}
	if (HTML_IS(name, "title")) {
		if (!p->gottitle && p->h1state != 1) {
			o->what |= OPEN_TITLE;
			p->intitle = 1;
		}
		return (1);
	}
	if (HTML_IS(name, "script") && (v = html_attr(atts, "type")) !=
	    NULL && html_casefind(v, "ld+json") != NULL) {
		o->what |= OPEN_LD | OPEN_SKIP;
		p->inld = 1;
		p->skip++;
		return (1);
	}
	if (!p->tplrun && ((HTML_IS(name, "script") &&
	    (v = html_attr(atts, "type")) != NULL &&
	    (html_casefind(v, "text/template") != NULL ||
	    html_casefind(v, "text/html") != NULL ||
	    html_casefind(v, "text/x-template") != NULL)) ||
	    (HTML_IS(name, "textarea") && !html_in_form(p)))) {
		o->what |= OPEN_SKIP | OPEN_TPL;
		p->skip++;
		p->intpl = 1;
		p->tpl.len = 0;
		return (1);
	}
	return (0);
}

/*
 * A block, or an element html-tag.c does not know: a dom node of its
 * own, with what its attributes say.
 */
static void
html_start_node(struct html_parser *p, struct html_open *o,
    const struct html_tagdef *def, const char *name, const xmlChar **atts)
{
	struct dom_node	*nd;

	if (def != NULL && (def->flags & TAG_BLOCK)) {
		html_break(p, 0);
		o->what |= OPEN_BLOCK;
	}
	o->node = dom_add_node(p->dom, p->cur,
	    def != NULL ? def->dom : DOM_OTHER);
	nd = &p->dom->nodes[o->node];
	if (def == NULL)
		dom_name(nd, name, DOM_ATTR_CLASS);
	html_node_read(p->dom, nd, atts);
	p->cur = o->node;
	if (def != NULL && (def->flags & TAG_PRE)) {
		o->what |= OPEN_PRE;
		p->pre++;
	}
	if (def != NULL && def->dom == DOM_H1 && p->h1state == 0) {
		o->what |= OPEN_H1;
		p->h1state = 1;
	}
}

/*
 * An inline element that opens a block and is named for what the page
 * hides (a <span class="media-caption">, a photo credit, a share label,
 * a video's title, a hidden span), or a line in italics right under an
 * image: a dom node of its own, whose block is read by its name unless
 * text follows it in the block ("<span class=count>1</span>/5").
 * A span named alike right after it (a toggle's "open" and "close"
 * labels, both off screen) is not such text.  A name that says nothing
 * of the kind (a drop cap) leaves the text as it is.  Inside a line, an
 * element for screen readers alone is skipped: the page does not show
 * it.
 */
static void
html_start_span(struct html_parser *p, struct html_open *o,
    const char *name, const xmlChar **atts)
{
	struct dom_node		 tmp;
	const struct dom_node	*had;
	const char		*v;

	if (p->pre != 0 || p->inlink)
		return;
	memset(&tmp, 0, sizeof tmp);
	if (p->inblock && !p->spanon) {
		/* words for a screen reader inside a line: not shown (only
		 * a class says so; most inline elements have none) */
		if (p->srskip == 0 && (v = html_attr(atts, "class")) != NULL) {
			dom_name(&tmp, v, DOM_ATTR_CLASS);
			if (dom_name_offscreen(&tmp)) {
				o->what |= OPEN_SKIP | OPEN_SRONLY;
				p->srskip = ++p->skip;
				p->sr.len = 0;
			}
		}
		return;
	}
	html_node_attrs(&tmp, atts);
	if (!p->inblock && p->afterimg && tmp.family == DOM_FAM_NONE &&
	    (HTML_IS(name, "i") || HTML_IS(name, "em") ||
	    HTML_IS(name, "small"))) {
		/* a line in italics right under an image: its caption */
		tmp.family = DOM_FAM_CAPTION;
		tmp.flags |= DOM_N_IMGCAP;
	}
	if (!html_span_hides(&tmp))
		return;
	if (p->inblock) {
		had = &p->dom->nodes[p->dom->blocks[p->dom->nblocks - 1].node];
		if (had->family == tmp.family &&
		    (had->flags & DOM_N_HIDDEN) == (tmp.flags & DOM_N_HIDDEN)) {
			o->what |= OPEN_SPANJOIN;
			p->spanjoin++;
		}
		return;
	}
	o->node = dom_add_node(p->dom, p->cur, DOM_OTHER);
	p->dom->nodes[o->node].family = tmp.family;
	p->dom->nodes[o->node].token = tmp.token;
	p->dom->nodes[o->node].attr = tmp.attr;
	p->dom->nodes[o->node].flags |= tmp.flags;
	p->cur = o->node;
	o->what |= OPEN_SPAN;
}

/*
 * A flow element (def) inside a box of phrasing that is all the walk
 * skips: the box was left open, and its skip ends here (html-tag.c).
 * The box is looked for a few levels up only, so that a deep tree
 * under another skipped element costs no more than its bytes.
 */
static int
html_unskip(struct html_parser *p, const struct html_tagdef *def)
{
	const struct html_tagdef	*b;
	size_t				 i, n;

	if (p->skip != 1 || def == NULL || !(def->flags & TAG_FLOW))
		return (0);
	for (i = p->depth - 1, n = 0; i > p->floor && n < HTML_UNSKIP_UP &&
	    !(p->stack[i - 1].what & OPEN_SKIP); i--, n++)
		/* nothing */;
	if (i <= p->floor || n == HTML_UNSKIP_UP ||
	    (b = html_tag((const char *)p->stack[i - 1].name,
	    strlen((const char *)p->stack[i - 1].name))) == NULL ||
	    !(b->flags & TAG_PHRASE) || (p->stack[i - 1].what & ~OPEN_SKIP))
		return (0);
	p->stack[i - 1].what = 0;
	p->skip = 0;
	return (1);
}

static void
html_start(void *arg, const xmlChar *xname, const xmlChar **atts)
{
	struct html_parser		*p = arg;
	const char			*name = (const char *)xname, *v;
	const struct html_tagdef	*def;
	struct html_open		*o;

	def = html_tag(name, strlen(name));
	o = html_push(p, xname);
	html_meta(p, name, atts);
	if (p->skip != 0 && !html_unskip(p, def))
		return;
	html_toggle(p->dom, p->cur, atts);
	if (HTML_IS(name, "title") || HTML_IS(name, "meta"))
		p->dom->flags |= DOM_P_PAGE;
	if (html_start_aside(p, o, name, atts))
		return;
	if (HTML_IS(name, "input") && html_input_email(atts))
		html_signup(p);
	if (p->cur != DOM_NONE && (HTML_IS(name, "button") ||
	    (HTML_IS(name, "input") && html_input_submit(atts))))
		p->dom->nodes[p->cur].flags |= DOM_N_BUTTON;
	if (def != NULL && (def->flags & TAG_SKIP)) {
		o->what |= OPEN_SKIP;
		p->skip++;
		if (p->cur != DOM_NONE && (HTML_IS(name, "video") ||
		    HTML_IS(name, "audio") || (HTML_IS(name, "iframe") &&
		    html_iframe_video(atts))))	/* a player's box */
			p->dom->nodes[p->cur].flags |= DOM_N_MEDIA;
		if (p->scripts && HTML_IS(name, "script")) {
			o->what |= OPEN_SCRIPT;
			p->inscript = 1;
			p->script.len = 0;
		}
		return;
	}
	if (def == NULL || !(def->flags & TAG_INLINE)) {
		html_start_node(p, o, def, name, atts);
		return;
	}
	if (p->edge == p->out.len + 1 && !p->space && html_item(name))
		p->glue = 1;
	if (HTML_IS(name, "br"))
		html_break(p, 1);
	else if (HTML_IS(name, "a") && html_link_hidden(atts)) {
		o->what |= OPEN_SKIP;
		p->skip++;
	} else if (HTML_IS(name, "a")) {
		html_link_close(p);
		p->inlink = 1;
		o->what |= OPEN_LINK;
		if ((v = html_attr(atts, "href")) != NULL)
			p->href = text_squash(xstrdup(v));
	} else if (HTML_IS(name, "img"))
		html_image(p, atts);
	else
		html_start_span(p, o, name, atts);
}

/*
 * The end of words for a screen reader inside a line.  Punctuation that
 * only joins what the page shows ("Covid-19<span>: </span>Lässt sich")
 * is written as it stands; words are not, and leave a space behind.
 */
static void
html_sr_end(struct html_parser *p)
{
	const uint8_t	*u = (const uint8_t *)p->sr.data;
	size_t		 i = 0;
	ucs4_t		 c;
	int		 len;

	p->srskip = 0;
	while (i < p->sr.len) {
		len = u8_mbtouc(&c, u + i, p->sr.len - i);
		if (uc_is_alnum(c)) {
			p->space = 1;
			return;
		}
		i += len;
	}
	if (p->sr.len > 0)
		html_put(p, p->sr.data, p->sr.len);
}

/* Undo what an open element did. */
static void
html_close(struct html_parser *p, struct html_open *o)
{
	if (p->inblock && html_item((const char *)o->name))
		p->edge = p->out.len + 1;
	if (o->what & OPEN_SKIP) {
		p->skip--;
		p->inld = 0;
	}
	if (o->what & OPEN_SRONLY)
		html_sr_end(p);
	if (o->what & OPEN_HEAD)
		p->head--;
	if (o->what & OPEN_TITLE) {
		p->intitle = 0;
		p->gottitle = 1;
		meta_set(p->meta, META_TITLE, p->title.data != NULL ?
		    p->title.data : "", META_PRIO_TITLE);
	}
	if (o->what & OPEN_LD)
		buf_addc(&p->ld, '\0');
	if (o->what & OPEN_SCRIPT) {
		p->inscript = 0;
		script_scan(&p->story, p->script.data, p->script.len);
	}
	if (o->what & OPEN_TPL) {
		p->intpl = 0;
		p->tplready = 1;
	}
	if (o->what & OPEN_LINK)
		html_link_close(p);
	if (o->what & OPEN_SPANJOIN)
		p->spanjoin--;
	if (o->what & OPEN_PRE)
		p->pre--;
	if (o->what & OPEN_BLOCK)
		html_break(p, 0);
	if ((o->what & OPEN_SPAN) && p->inblock && p->dom->nblocks > 0 &&
	    p->dom->blocks[p->dom->nblocks - 1].node == o->node) {
		p->spanon = 1;
		p->spanup = o->prev;
		/* a paragraph in italics under an image is no caption */
		if ((p->dom->nodes[o->node].flags & DOM_N_IMGCAP) &&
		    html_caption_prose(p->out.data + p->block,
		    p->out.len - p->block))
			p->dom->blocks[p->dom->nblocks - 1].node = o->prev;
	}
	if ((o->what & OPEN_H1) && p->h1state == 1)
		p->h1state = 0;	/* it was empty: try the next */
	if (o->node != DOM_NONE)
		p->cur = o->prev;
}

/*
 * Blogger's templates (Google's own blogs among them) ship the post as
 * markup in a <script type="text/template"> inside the article's own
 * element, for a script to show; some portals (huanqiu.com) keep it
 * escaped in a hidden <textarea>.  Read that markup in place, as a
 * browser would show it once the script ran, unless it is a template
 * with holes to fill in ("{{title}}", "<%= body %>"): that is a
 * widget's, not a story.
 */
static void
html_tpl(struct html_parser *p)
{
	struct buf	 t;
	size_t		 depth = p->depth, floor = p->floor, i;

	if (!p->tplready)
		return;
	p->tplready = 0;
	t = p->tpl;
	buf_init(&p->tpl);
	for (i = 0; i < t.len && strchr(" \t\r\n", t.data[i]) != NULL; i++)
		/* nothing */;
	/* markup, not JSON that holds some ("<![CDATA[ {...<\/p>") */
	if (t.len >= 200 && i + 1 < t.len && t.data[i] == '<' &&
	    ((t.data[i + 1] | 0x20) >= 'a' && (t.data[i + 1] | 0x20) <= 'z') &&
	    memmem(t.data, t.len, "<\\/", 3) == NULL &&
	    (memmem(t.data, t.len, "<p", 2) != NULL ||
	    memmem(t.data, t.len, "<br", 3) != NULL ||
	    memmem(t.data, t.len, "<P", 2) != NULL) &&
	    memmem(t.data, t.len, "{{", 2) == NULL &&
	    memmem(t.data, t.len, "<%", 2) == NULL &&
	    memmem(t.data, t.len, "${", 2) == NULL &&
	    memmem(t.data, t.len, "{%", 2) == NULL) {
		p->tplrun = 1;
		p->floor = depth;
		html_run(t.data, t.len, p->sax, p, 1, NULL);
		while (p->depth > depth)
			html_close(p, &p->stack[--p->depth]);
		p->floor = floor;
		p->tplrun = 0;
	}
	buf_free(&t);
}

static void
html_end(void *arg, const xmlChar *name)
{
	struct html_parser	*p = arg;
	size_t			 i;

	/* libxml2 balances its events; be safe if it did not. */
	for (i = p->depth; i > p->floor && p->stack[i - 1].name != name &&
	    strcmp((const char *)p->stack[i - 1].name,
	    (const char *)name) != 0; i--)
		/* nothing */;
	if (i == p->floor)
		return;
	while (p->depth >= i)
		html_close(p, &p->stack[--p->depth]);
	html_tpl(p);
}

static void
html_chars(void *arg, const xmlChar *s, int n)
{
	struct html_parser	*p = arg;

	if (p->intitle) {
		buf_add(&p->title, s, n);
		return;
	}
	if (p->intpl && p->tpl.len + n < HTML_SCRIPT_MAX) {
		buf_add(&p->tpl, s, n);
		return;
	}
	if (p->srskip != 0 && p->skip == p->srskip) {
		if (p->sr.len + n < HTML_SR_MAX)
			buf_add(&p->sr, s, n);
		return;
	}
	if (p->skip != 0 || p->head != 0)
		return;
	html_put(p, (const char *)s, n);
}

static void
html_cdata(void *arg, const xmlChar *s, int n)
{
	struct html_parser	*p = arg;

	if (p->inld && p->ld.len + n < HTML_LD_MAX)
		buf_add(&p->ld, s, n);
	else if (p->intpl && p->tpl.len + n < HTML_SCRIPT_MAX)
		buf_add(&p->tpl, s, n);
	else if (p->inscript && p->script.len + n < HTML_SCRIPT_MAX)
		buf_add(&p->script, s, n);
}

/* A script or style starts in a page with cut bodies: its own, if kept. */
static void
html_start_cut(void *arg, const xmlChar *xname, const xmlChar **atts)
{
	struct html_parser	*p = arg;
	const struct html_cut	*k;

	html_start(arg, xname, atts);
	if (!p->tplrun && (HTML_IS((const char *)xname, "script") ||
	    HTML_IS((const char *)xname, "style")) &&
	    (k = html_cut_claim(p->cuts)) != NULL &&
	    (p->inld || p->intpl || p->inscript))
		html_cut_feed(p->cuts, k, html_cdata, p);
}

/*
 * Walk a page (UTF-8 without NULs) into a new html_doc: its text, links,
 * dom and metadata.  With scripts, the longest story its scripts hold is
 * left in *story (the caller frees it) and *ldbody is the JSON-LD
 * articleBody the page does not show (meta.c decides), or NULL.  With
 * cuts, s..n is cuts->page.
 */
struct html_doc *
html_walk(const char *s, size_t n, int scripts, struct html_cuts *cuts,
    struct buf *story, char **ldbody)
{
	struct html_parser	 p;
	struct html_doc		*doc;
	htmlSAXHandler		 sax;

	memset(&p, 0, sizeof p);
	p.scripts = scripts;
	buf_init(&p.script);
	buf_init(&p.story);
	doc = p.doc = xcalloc(1, sizeof *doc);
	p.dom = doc->dom = dom_new();
	p.meta = meta_new();
	p.cur = DOM_NONE;
	p.linkstart = p.h1start = HTML_NOPOS;
	buf_init(&p.out);
	buf_init(&p.ws);
	buf_init(&p.title);
	buf_init(&p.ld);

	memset(&sax, 0, sizeof sax);
	sax.startElement = cuts != NULL ? html_start_cut : html_start;
	sax.endElement = html_end;
	sax.characters = html_chars;
	sax.ignorableWhitespace = html_chars;
	sax.cdataBlock = html_cdata;
	p.sax = &sax;
	buf_init(&p.tpl);
	p.cuts = cuts;
	html_run(s, n, &sax, &p, 0, cuts != NULL ? &cuts->ctxt : NULL);
	while (p.depth > 0)
		html_close(&p, &p.stack[--p.depth]);
	html_tpl(&p);

	html_link_close(&p);
	if (p.h1state == 1 && p.h1start != HTML_NOPOS)
		html_h1_finish(&p);
	if (p.ld.len > 0)
		meta_jsonld(p.meta, p.ld.data, p.ld.len);
	doc->len = p.out.len;
	doc->text = buf_release(&p.out);
	meta_finish(p.meta, doc);
	*ldbody = scripts ? meta_body_unshown(p.meta) : NULL;
	meta_free(p.meta);
	dom_prune(doc->dom);

	free(p.stack);
	buf_free(&p.ws);
	buf_free(&p.title);
	buf_free(&p.ld);
	buf_free(&p.script);
	buf_free(&p.tpl);
	buf_free(&p.sr);
	*story = p.story;
	return (doc);
}
