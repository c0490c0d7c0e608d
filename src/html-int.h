/*
 * html-int.h: what the files of the HTML reader share and nothing else
 * needs: html-tag.c's table of elements and attribute helpers,
 * html-cut.c's cut bodies and html-sax.c's walk.  The layers: html.c
 * calls html-cut.c and html-sax.c, html-sax.c calls html-cut.c, both
 * call html-tag.c, and never the other way.
 */

#ifndef HTML_INT_H
#define HTML_INT_H

#include <libxml/HTMLparser.h>

#define HTML_SPACE(c)	((c) == ' ' || (c) == '\t' || (c) == '\n' || \
			    (c) == '\r' || (c) == '\f')
#define HTML_ALNUM(c)	(((c) >= 'a' && (c) <= 'z') || \
			    ((c) >= 'A' && (c) <= 'Z') || \
			    ((c) >= '0' && (c) <= '9'))
/* A byte of a word for html_put: not a space, a control or 0xc2 (C1, NBSP) */
#define HTML_WORD(c)	((c) > 0x20 && (c) != 0x7f && (c) != 0xc2)
/* Is the name s the literal lit?  The first byte settles most. */
#define HTML_IS(s, lit)	((s)[0] == (lit)[0] && strcmp((s), (lit)) == 0)
#define HTML_LOWER(c)	((c) >= 'A' && (c) <= 'Z' ? (c) - 'A' + 'a' : (c))

#define HTML_IMGCAP_MAX	200	/* a caption in italics, in characters */

#define TAG_BLOCK	0x01	/* starts and ends a block of text */
#define TAG_SKIP	0x02	/* its content is never article text */
#define TAG_INLINE	0x04	/* phrasing: no node of its own */
#define TAG_PRE		0x08	/* keeps its white space */
#define TAG_FLOW	0x10	/* flow content, never in a box of phrasing */
#define TAG_PHRASE	0x20	/* a box of phrasing only (a <button>) */

/* A script's or style's body cut out of a page (html-cut.c). */
struct html_cut {
	size_t		 gt;		/* its start tag's '>' in the cut page */
	size_t		 from;		/* the body in the page */
	size_t		 len;
};

struct html_cuts {
	struct html_cut		*v;
	size_t			 n;
	size_t			 size;
	size_t			 next;	/* the next to claim */
	int			 bad;	/* one was passed over */
	const char		*src;	/* the page they were cut from */
	struct buf		 page;	/* the page without them */
	htmlParserCtxtPtr	 ctxt;	/* libxml2 reading it */
};

struct html_tagdef {
	const char	*name;
	int		 flags;
	int		 dom;		/* enum dom_tag */
};

/* html-tag.c */
const struct html_tagdef *html_tag(const char *, size_t);
int		 html_caseprefix(const char *, size_t, const char *);
int		 html_link_hidden(const xmlChar **);
int		 html_link_mark(const char *, const char *, size_t);
const char	*html_attr(const xmlChar **, const char *);
const char	*html_casefind(const char *, const char *);
int		 html_has_word(const char *, const char *);
int		 html_input_email(const xmlChar **);
int		 html_input_submit(const xmlChar **);
int		 html_iframe_video(const xmlChar **);
void		 html_node_attrs(struct dom_node *, const xmlChar **);
void		 html_toggle(struct dom *, uint32_t, const xmlChar **);
void		 html_node_read(struct dom *, struct dom_node *,
		     const xmlChar **);
int		 html_item(const char *);
int		 html_span_hides(const struct dom_node *);
int		 html_caption_prose(const char *, size_t);
int		 html_glued(const char *, size_t, const char *, size_t);

/* html-cut.c */
int		 html_cut(const char *, size_t, struct html_cuts *);
const struct html_cut *html_cut_claim(struct html_cuts *);
int		 html_cut_whole(const struct html_cuts *);
void		 html_cut_feed(const struct html_cuts *,
		     const struct html_cut *,
		     void (*)(void *, const xmlChar *, int), void *);
void		 html_cut_free(struct html_cuts *);

/* html-run.c */
void		 html_run(const char *, size_t, htmlSAXHandler *, void *,
		     int, htmlParserCtxtPtr *);

/* html-sax.c */
struct html_doc	*html_walk(const char *, size_t, int, struct html_cuts *,
		     struct buf *, char **);

#endif /* HTML_INT_H */
