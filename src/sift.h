/*
 * sift.h: the one private header of sift.  Every module's structs and
 * functions are declared here, grouped by the file that owns them, so the
 * whole program can be read from one page.  Only store*.c speak SQL (the
 * store's private header is store-int.h) and only ui*.c and keys.c draw
 * on the terminal; everything else is plain C with unit tests.
 *
 * Ownership, one rule for every struct: a struct's char * fields are its
 * own, malloc'd, and freed by its _free or _clear (never a pointer into a
 * SQLite row, a literal or another struct's string); text it only borrows
 * is const char *, and whoever fills it in says for how long it is valid.
 * A function returning char * hands the memory to its caller; one
 * returning const char * lends it.
 */

#ifndef SIFT_H
#define SIFT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <unitypes.h>

#include "gettext.h"
#define _(s)	gettext(s)
#define N_(s)	gettext_noop(s)

#define SIFT_APPLICATION_ID	0x53494654	/* "SIFT" */

struct sqlite3;
struct store;

/* util.c */
void		*xmalloc(size_t);
void		*xcalloc(size_t, size_t);
void		*xcalloc_dense(size_t, size_t);
void		*xrealloc(void *, size_t);
void		*xreallocarray(void *, size_t, size_t);
char		*xstrdup(const char *);
char		*xstrndup(const char *, size_t);
char		*xasprintf(const char *, ...)
		    __attribute__((format(printf, 1, 2)));
char		*xvasprintf(const char *, va_list);
void		 fatal(const char *, ...)
		    __attribute__((format(printf, 1, 2), noreturn));
void		 fatalx(const char *, ...)
		    __attribute__((format(printf, 1, 2), noreturn));
extern void	(*fatal_hook)(void);

/*
 * Decode the UTF-8 character at p (before e) into *c and return its
 * length: inline for the well-formed text import produces, through
 * libunistring (U+FFFD for a bad sequence) for anything else.
 */
int		 utf8_next_slow(uint32_t *, const uint8_t *, const uint8_t *);
int		 utf8_valid(const char *, size_t);
size_t		 utf8_invisible(const char *, size_t);
static inline int
utf8_next(uint32_t *c, const uint8_t *p, const uint8_t *e)
{
	uint32_t	v;

	if (p[0] < 0x80) {
		*c = p[0];
		return (1);
	}
	if (p[0] >= 0xc2 && p[0] < 0xe0 && e - p >= 2 &&
	    (p[1] & 0xc0) == 0x80) {
		*c = ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
		return (2);
	}
	if (p[0] >= 0xe0 && p[0] < 0xf0 && e - p >= 3 &&
	    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		v = ((uint32_t)(p[0] & 0x0f) << 12) |
		    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		if (v >= 0x800 && (v < 0xd800 || v > 0xdfff)) {
			*c = v;
			return (3);
		}
	}
	return (utf8_next_slow(c, p, e));
}

/* A growable byte buffer; data is always NUL-terminated. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 size;
};
void		 buf_init(struct buf *);
void		 buf_free(struct buf *);
void		 buf_grow(struct buf *, size_t);
void		 buf_add(struct buf *, const void *, size_t);
void		 buf_addc(struct buf *, char);
void		 buf_adds(struct buf *, const char *);
void		 buf_printf(struct buf *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
void		 buf_add_json(struct buf *, const char *);
char		*buf_release(struct buf *);

/* pattern.c: the pattern language (a tree; store-pattern.c makes SQL) */
enum pattern_op {
	PATTERN_AND, PATTERN_OR, PATTERN_NOT,
	PATTERN_TAG,		/* ~t: a claim so tagged (glob) */
	PATTERN_CLAIMS,		/* ~C: a claim at all */
	PATTERN_SOURCE,		/* ~s */
	PATTERN_LANG,		/* ~l */
	PATTERN_DATE,		/* ~d: from, to */
	PATTERN_BODY,		/* ~b */
	PATTERN_TITLE,		/* ~h */
	PATTERN_UNREAD,		/* ~U */
	PATTERN_DONE,		/* ~D */
	PATTERN_CLAIMANT,	/* ~c */
	PATTERN_ANNOTATOR,	/* ~a */
	PATTERN_ORPHANED,	/* ~o: a claim whose text is gone */
	PATTERN_DISAGREE,	/* ~x: annotators who read it disagree */
	PATTERN_TEXT,		/* a bare word: title or body */
	PATTERN_ALLTEXT		/* ~B: body, hidden text too */
};
#define PATTERN_MAX	4096	/* bytes of a pattern */
#define PATTERN_DEPTH	16	/* nested ( and !: SQLite parses 100 deep */
#define PATTERN_TERMS	64	/* ~ patterns and words */
struct pattern {
	enum pattern_op	 op;
	struct pattern	*l, *r;		/* and, or: both; not: l */
	char		*arg;
	char		 from[11];	/* ~d: YYYY-MM-DD bounds, "" open */
	char		 to[11];
};
struct pattern	*pattern_parse(const char *, char **);
void		 pattern_free(struct pattern *);

/* A sorted set of ids (articles a pattern matched), util.c. */
struct idset {
	int64_t	*v;
	size_t	 n;
	size_t	 alloc;
};
void		 idset_add(struct idset *, int64_t);
void		 idset_sort(struct idset *);
int		 idset_has(const struct idset *, int64_t);
void		 idset_free(struct idset *);

/* json.c */
enum json_type {
	JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING,
	JSON_ARRAY, JSON_OBJECT
};
/*
 * A JSON value.  Strings (s, key) are valid UTF-8 and NUL-terminated, with
 * their length in bytes beside them, as "\u0000" may put a NUL inside.
 * An array's items and an object's members, in order, are v[0] to v[n-1];
 * a member's name is its key.  The tree belongs to json_parse's caller.
 */
struct json {
	enum json_type	 type;
	char		*key;		/* a member's name, else NULL */
	size_t		 keylen;
	char		*s;		/* a string; a number's text */
	size_t		 len;		/* bytes of s */
	double		 number;	/* a number's value (1e400: inf) */
	struct json	*v;		/* items, members */
	size_t		 n;
};
#define JSON_LENIENT	0x1		/* web pages: see json.c */
#define JSON_MAXDEPTH	512		/* arrays and objects in each other */
struct json	*json_parse(const char *, size_t, int, char **);
void		 json_free(struct json *);
const struct json *json_get(const struct json *, const char *);
const char	*json_str(const struct json *);
size_t		 json_len(const struct json *);
const struct json *json_at(const struct json *, size_t);
char		*json_text(const struct json *);
/* Fields of one JSON Lines record, malloc'd, NULL when absent. */
struct json_record {
	char	*title;
	char	*url;
	char	*date;
	char	*text;
	char	*html;
	char	*source;
	char	*lang;
};
int		 json_record_parse(const char *, size_t, struct json_record *,
		     char **);
void		 json_record_clear(struct json_record *);

/* sha256.c */
#define SHA256_HEX_LEN	64
void		 sha256_hex(const void *, size_t, char[SHA256_HEX_LEN + 1]);

/* dom.c */
#define DOM_NONE	((uint32_t)-1)
/* Block-level elements the classifier tells apart; the rest are OTHER. */
enum dom_tag {
	DOM_OTHER, DOM_HTML, DOM_BODY, DOM_DIV, DOM_P, DOM_SECTION,
	DOM_ARTICLE, DOM_MAIN, DOM_NAV, DOM_ASIDE, DOM_HEADER, DOM_FOOTER,
	DOM_FORM, DOM_MENU, DOM_DIALOG, DOM_UL, DOM_OL, DOM_LI, DOM_DL,
	DOM_DT, DOM_DD, DOM_TABLE, DOM_TR, DOM_TD, DOM_TH, DOM_H1, DOM_H2,
	DOM_H3, DOM_H4, DOM_H5, DOM_H6, DOM_PRE, DOM_BLOCKQUOTE, DOM_FIGURE,
	DOM_FIGCAPTION, DOM_ADDRESS, DOM_DETAILS, DOM_CAPTION, DOM_FIELDSET,
	DOM_CENTER, DOM_HGROUP, DOM_SEARCH, DOM_NTAGS
};
/* What a page's class, id, role or itemprop call an element. */
enum dom_family {
	DOM_FAM_NONE, DOM_FAM_NAV, DOM_FAM_SIDEBAR, DOM_FAM_RELATED,
	DOM_FAM_COMMENTS, DOM_FAM_SHARE, DOM_FAM_AD, DOM_FAM_FOOTER,
	DOM_FAM_META, DOM_FAM_SUBSCRIBE, DOM_FAM_TICKER, DOM_FAM_TAGS,
	DOM_FAM_HIDDEN, DOM_FAM_POPUP, DOM_FAM_CAPTION, DOM_FAM_CONTENT,
	DOM_FAM_BODY, DOM_FAM_PLAYER, DOM_FAM_STANDFIRST,
	DOM_NFAMILIES	/* stored: add at the end */
};
#define DOM_ATTR_CLASS		1
#define DOM_ATTR_ID		2
#define DOM_ATTR_ROLE		3
#define DOM_ATTR_ITEMPROP	4
#define DOM_ATTR_DATA		5	/* data-testid, -component, -qa */
/* Node flags: what the element is, beyond its tag. */
#define DOM_N_HIDDEN	0x0001	/* hidden, display:none, aria-hidden */
#define DOM_N_NAV	0x0002	/* role navigation, menu, menubar */
#define DOM_N_ASIDE	0x0004	/* role complementary */
#define DOM_N_FOOTER	0x0008	/* role contentinfo */
#define DOM_N_BANNER	0x0010	/* role banner */
#define DOM_N_DIALOG	0x0020	/* role dialog, alert, alertdialog */
#define DOM_N_MAIN	0x0040	/* role main */
#define DOM_N_ARTICLE	0x0080	/* itemtype ...Article, role article */
#define DOM_N_ARTBODY	0x0100	/* itemprop articleBody */
#define DOM_N_COMMENT	0x0200	/* itemtype Comment, UserComments */
#define DOM_N_BODY	0x0400	/* a class or id naming the story body */
#define DOM_N_CONTENT	0x0800	/* a class or id naming content (weak) */
#define DOM_N_SEARCH	0x1000	/* role search */
#define DOM_N_WIDGET	0x2000	/* role button, slider, toolbar, ... */
#define DOM_N_IMGCAP	0x4000	/* a line in italics under an image */
#define DOM_N_SIGNUP	0x8000	/* a form that asks for an e-mail address */
#define DOM_N_IMG	0x10000	/* an <img> in it, or in a textless child */
#define DOM_N_MEDIA	0x20000	/* the same, a <video> or an <audio> */
#define DOM_N_TOGGLES	0x40000	/* holds a control that opens a panel */
#define DOM_N_BUTTON	0x80000	/* holds a <button> or a form's submit */
struct dom_node {
	uint32_t	 parent;	/* DOM_NONE for a root */
	uint8_t		 tag;		/* enum dom_tag */
	uint8_t		 family;	/* enum dom_family */
	uint8_t		 attr;		/* DOM_ATTR_*: where the name was */
	uint16_t	 token;		/* the name's entry, for reasons */
	uint32_t	 flags;		/* DOM_N_* */
};
#define DOM_B_LDBODY	0x01	/* its text is in the page's articleBody */
#define DOM_B_TITLE	0x02	/* the page's title heading */
#define DOM_B_AFTERIMG	0x04	/* the first text after an <img> */
#define DOM_B_DESC	0x08	/* the page's og:description */
struct dom_block {
	uint32_t	 node;		/* where its text stands, or DOM_NONE */
	uint32_t	 flags;		/* DOM_B_* */
};
#define DOM_P_PAGE	0x04	/* a whole page (a head), not a fragment */
#define DOM_P_SCRIPT	0x08	/* the story came from the page's scripts */
#define DOM_P_LDBODY	0x10	/* the story came from its JSON-LD articleBody */
#define DOM_P_TITLED	0x20	/* its first block, the title, was taken out */
struct dom {
	struct dom_node		*nodes;		/* parents first */
	size_t			 nnodes;
	size_t			 nodesize;
	struct dom_block	*blocks;	/* one a line of the text */
	size_t			 nblocks;
	size_t			 blocksize;
	unsigned		 flags;		/* DOM_P_* */
};
#define DOM_TOKEN_MAX	32	/* longer tokens are not names */
struct dom	*dom_new(void);
void		 dom_free(struct dom *);
uint32_t	 dom_add_node(struct dom *, uint32_t, int);
void		 dom_add_block(struct dom *, uint32_t);
void		 dom_drop_first_block(struct dom *);
void		 dom_split_block(struct dom *, size_t);
void		 dom_prune(struct dom *);
void		 dom_pack(const struct dom *, struct buf *);
struct dom	*dom_unpack(const void *, size_t);
/* dom-name.c */
void		 dom_name(struct dom_node *, const char *, int);
const char	*dom_family_name(int);
const char	*dom_token_name(int);
int		 dom_name_entries(void);
int		 dom_name_word(const char *, size_t);
int		 dom_name_offscreen(const struct dom_node *);

/* html.c, html-tag.c (html_detect) */
struct html_link {
	size_t	 start;		/* byte offset in html_doc.text */
	size_t	 len;		/* bytes of link text */
	char	*href;		/* may be NULL */
};
struct html_doc {
	char			*text;	/* blocks separated by '\n' */
	size_t			 len;
	struct html_link	*links;
	size_t			 nlinks;
	char			*title;	/* each of these may be NULL */
	char			*lang;	/* <html lang> */
	char			*url;	/* canonical link or og:url */
	char			*date;	/* published time, as written */
	char			*site;	/* the site's name */
	char			*author;
	struct dom		*dom;	/* where each block stood */
};
int		 html_detect(const char *, size_t);
/* What html_tag_span found ahead: the next '>', newline and "-->". */
struct html_span {
	const char	*gt, *nl, *close;
};
size_t		 html_tag_span(const char *, size_t, size_t, int *,
		    struct html_span *);
void		 html_init(void);	/* html-run.c */
char		*html_sniff_charset(const char *, size_t);
struct html_doc	*html_parse(const char *, size_t);
void		 html_doc_free(struct html_doc *);

/* script.c */
void		 script_unescape(const char *, size_t, struct buf *);
void		 script_scan(struct buf *, const char *, size_t);

/* text.c */
size_t		 text_repair_utf8(const char *, size_t, struct buf *,
		     size_t *);
char		*text_nfc(const char *, size_t, size_t *);
int		 text_is_nfc(const char *, size_t);
char		*text_squeeze(const char *, size_t, size_t *);
char		*text_squash(char *);
const char	*text_guess_lang(const char *, size_t);
char		*text_lang(const char *, const char *, size_t);
int32_t		 text_display_uc(uint32_t, uint32_t, uint32_t, int, int *);
int		 text_display(const char *, size_t, int, int, struct buf *);
char		*text_safe(const char *);
void		 text_sentences(const char *, size_t,
		     void (*)(size_t, size_t, void *), void *);
char		*text_fold(const char *, size_t, size_t *, size_t **);

/*
 * An article as import builds it and the store keeps it.  text holds the
 * blocks separated by '\n'; links are byte ranges of link text in it.
 */
struct article {
	int64_t			 id;
	char			*title;
	char			*url;
	char			*published;	/* ISO 8601, UTC */
	char			*lang;
	char			*source;
	const char		*format;	/* "text", "html", ... */
	char			*path;
	const char		*raw;		/* the input as read: lent by
						   the importer, or raw_buf */
	size_t			 rawlen;
	char			*raw_buf;	/* raw, when the article has it */
	char			*text;
	size_t			 len;
	struct html_link	*links;
	size_t			 nlinks;
	char			*author;	/* each may be NULL */
	char			*encoding;	/* what the input was in: an
						   iconv name; NULL: UTF-8 */
	struct dom		*dom;		/* a web page's shape */
	char			 hash[SHA256_HEX_LEN + 1];
	struct article_prep	*prep;		/* ready for the store, or
						   NULL (import_batch_prepare) */
};

/*
 * What the store needs of an article that the article alone decides,
 * worked out before the store is reached (on import's reading thread).
 */
struct article_prep {
	uint64_t		*blocks;	/* distinct block hashes,
						   sorted */
	size_t			 nblocks;
	int			 cached;	/* its verdicts are cached */
	char			*dom;		/* its shape, packed; NULL:
						   none */
	size_t			 domlen;
};

/* layout.c */
struct layout_line {
	size_t	 start;		/* byte range in the text */
	size_t	 len;
	int	 width;		/* columns */
};
struct layout_opts {
	int	 width;
	int	 korean_words;	/* keep-all: break Korean between words */
	int	 emoji_full;	/* show emoji sequences as they are */
};
struct layout_block {
	size_t			 start;
	size_t			 len;
	struct layout_line	*lines;
	size_t			 nlines;
	int			 wrapped;
};
struct layout {
	const char		*text;
	size_t			 len;
	struct layout_opts	 opts;
	struct layout_block	*blocks;
	size_t			 nblocks;
};
void		 layout_breaks(const char *, size_t, int, char *);
size_t		 layout_wrap(const char *, size_t, size_t,
		     const struct layout_opts *, struct layout_line **,
		     size_t *, size_t *);
struct layout	*layout_new(const char *, size_t, const struct layout_opts *);
void		 layout_free(struct layout *);
void		 layout_set_width(struct layout *, int);
const struct layout_line *layout_block(struct layout *, size_t, size_t *);
void		 layout_print_line(FILE *, const char *,
		     const struct layout_line *, int);

/* find.c: a search in an article's text */
struct find {
	size_t	*start;		/* the matches' byte ranges, in order */
	size_t	*len;
	size_t	 n;
	size_t	 size;
};
typedef int	(*find_skip_cb)(size_t, void *);
struct finder;
void		 find_text(struct find *, const char *, size_t, const char *);
struct finder	*finder_new(const char *);
void		 finder_run(struct finder *, struct find *, const char *,
		     size_t, find_skip_cb, void *, int);
void		 finder_free(struct finder *);
void		 find_free(struct find *);
size_t		 find_after(const struct find *, size_t);

/* page.c: an article as the reader and show --width lay it out */
#define PAGE_REASONS_NONE	0
#define PAGE_REASONS_HIDDEN	1	/* a row naming why it is hidden */
#define PAGE_REASONS_ALL	2	/* and why each block shows */
struct page {
	const struct clean	*c;
	struct layout		*lo;	/* borrowed: the wrapped blocks */
	int			 all;	/* every block, in the text's order */
	int			 reasons;
	size_t			*vis;	/* the blocks shown, in order */
	size_t			 nvis;
	size_t			*item;	/* each block's index in vis, or nvis */
	size_t			 comments; /* vis index of the first comment */
};
enum page_kind { PAGE_LINE, PAGE_BLANK, PAGE_HEADING, PAGE_REASON };
struct page_row {
	enum page_kind			 kind;
	size_t				 block;
	const struct layout_line	*line;	/* PAGE_LINE */
};
void		 page_order(struct page *, const struct clean *,
		     struct layout *, int, int);
void		 page_free(struct page *);
size_t		 page_rows(struct page *, size_t);
void		 page_row(struct page *, size_t, size_t, struct page_row *);
size_t		 page_row_of(struct page *, size_t, size_t);
size_t		 page_item_of(const struct page *, size_t);

/* show.c: an article printed as show and clean print it */
struct show_opts {
	int			explain;
	int			all;
	int			first;
	int			bare;	/* SHOW_BARE_*: what clean omits */
	struct layout_opts	lo;	/* lo.width 0: one block a line */
};
#define SHOW_BARE_TITLE		0x01	/* a web page's title */
#define SHOW_BARE_COMMENTS	0x02	/* the reader comments */
void		 show_article(const struct article *, const struct clean *,
		     struct show_opts *);

/* ui.c */
int		 ui_run(struct store *, int64_t);

/* clean.c (clean_hash, clean_lower_fast: clean-base.c) */
#define CLEAN_VERSION		39	/* bump when verdicts or their cache
					   change */
#define CLEAN_HEAD_LINES	100	/* a text's top lines, where its page's
					   headline may stand */
#define VERDICT_CONTENT		0
#define VERDICT_BOILERPLATE	1
#define VERDICT_COMMENT		2
struct clean_block {
	size_t		 start;		/* byte range in the article's text */
	size_t		 len;
	int		 verdict;
	int		 overridden;	/* a reader's decision */
	const char	*reason;	/* in the clean's reasons, or "" */
};
struct clean_reasons;
struct clean {
	struct clean_block	*blocks;
	size_t			 nblocks;
	struct clean_reasons	*reasons;	/* their text */
	char			 page[160];	/* how the page was read */
};
/* In how many other articles of the source a block hash occurs. */
typedef unsigned (*clean_df_cb)(uint64_t, void *);
#define CLEAN_REASONS		0x1	/* fill in every block's reason */
struct clean	*clean_text(const char *, const char *, size_t,
		     const struct html_link *, size_t, const struct dom *,
		     clean_df_cb, void *, int);
void		 clean_free(struct clean *);
#define CLEAN_REASON_MAX	128	/* bytes of a reason, with its NUL */
const char	*clean_keep_reason(struct clean *, const char *);
uint64_t	 clean_hash(const char *, size_t);
int		 clean_lower_fast(const char *, size_t, char *);
const char	*clean_verdict_name(int);

/* claim.c */
/*
 * A claim being added or merged.  quote, prefix and suffix are its own
 * (claim_context fills them; the caller frees them); the other strings,
 * and tags (the array and its names), are borrowed from the caller for as
 * long as the claim is used.
 */
struct claim {
	int64_t		 article_id;
	size_t		 start;		/* bytes in the article's text */
	size_t		 end;
	char		*quote;
	char		*prefix;	/* 32 code points, whole clusters */
	char		*suffix;
	const char	*claimant;
	const char	*note;
	const char	*annotator;
	const char	*modified;	/* NULL: created */
	const char	*deleted;	/* a tombstone's time, or NULL */
	int		 orphaned;	/* no range */
	double		 score;		/* > 0: placed by a fuzzy match */
	char		 uuid[37];
	char		 created[32];
	const char	**tags;
	size_t		 ntags;
};
/* A claim as listed: borrowed strings, valid during the callback. */
struct claim_row {
	int64_t		 id;
	int64_t		 article_id;
	int		 has_range;
	int64_t		 start;		/* bytes */
	int64_t		 end;
	int64_t		 cp_start;	/* code points */
	int64_t		 cp_end;
	const char	*found;		/* fuzzy: the text at the range now */
	const char	*deleted;	/* a tombstone: when it was deleted */
	double		 score;		/* fuzzy: how well it matched */
	int		 has_score;
	const char	*s[14];		/* uuid, quote, prefix, suffix, anchor,
					   claimant, note, annotator, created,
					   modified, url, title, hash, tags */
};
#define CLAIM_UUID	0
#define CLAIM_QUOTE	1
#define CLAIM_PREFIX	2
#define CLAIM_SUFFIX	3
#define CLAIM_ANCHOR	4
#define CLAIM_CLAIMANT	5
#define CLAIM_NOTE	6
#define CLAIM_ANNOTATOR	7
#define CLAIM_CREATED	8
#define CLAIM_MODIFIED	9
#define CLAIM_URL	10
#define CLAIM_TITLE	11
#define CLAIM_HASH	12
#define CLAIM_TAGS	13
/* A claim as stored, every string owned: what undo and redo put back. */
struct claim_snap {
	int64_t		 id;
	char		 uuid[37];
	int64_t		 article_id;
	int64_t		 start;		/* -1: orphaned */
	int64_t		 end;
	char		*quote;
	char		*prefix;
	char		*suffix;
	char		*anchor;
	char		*claimant;
	char		*note;
	char		*annotator;
	char		*created;
	char		*modified;
	char		*tags;		/* ';' between, sorted */
};
/* Where a claim stands in its article's text. */
enum claim_anchor {
	CLAIM_EXACT,		/* at its place */
	CLAIM_MOVED,		/* its quote, elsewhere */
	CLAIM_FUZZY,		/* an approximate match */
	CLAIM_ORPHANED,		/* nowhere: no range */
	CLAIM_FOLDED		/* claim_reanchor only: its quote folded */
};
int		 claim_check_tag(const char *, char **);
int		 claim_find(const char *, size_t, const char *, size_t *,
		     size_t *);
void		 claim_context(struct claim *, const char *, size_t);
int		 claim_fuzzy(const char *, size_t, const char *, const char *,
		     const char *, size_t, size_t *, size_t *, double *);
enum claim_anchor claim_reanchor(const char *, size_t, const char *,
		     const char *, const char *, int64_t, int64_t, int, size_t *,
		     size_t *, double *);
void		 claim_place(struct claim *, const char *, size_t, int64_t);
void		 claim_uuid(char[37]);
void		 claim_now(char[32]);
const char	*claim_annotator(void);
int		 claim_check_annotator(const char *, char **);
void		 claim_set_annotator(const char *);
void		 claim_set_role(const char *);

/* tagging.c */
int64_t		 tagging_find(struct store *, const struct claim *, char **);
int64_t		 tagging_apply(struct store *, const struct claim *, int64_t,
		     char **);
int		 tagging_may_change(struct store *, const char *, char **);

/* claim-read.c.  A done mark read: hash, URL, annotator, time (or NULL). */
typedef int	(*claim_done_cb)(const char *, const char *, const char *,
		     const char *, void *);
int		 claim_read(const char *, int, int (*)(struct claim *,
		     const char *, const char *, int64_t, void *),
		     claim_done_cb, void *, char **);

/* export.c */
void		 export_csv_cell(struct buf *, const char *, int);
#define EXPORT_CSV	0
#define EXPORT_JSONL	1
#define EXPORT_W3C	2
long		 export_claims(struct store *, int, const char *, int64_t,
		     const struct idset *, const char *, FILE *, char **);

/* store.c, store-schema.c, store-article.c, store-claim.c */
#define STORE_SCHEMA_VERSION	14

/* One row of `sift list`: borrowed strings, valid during the callback. */
struct store_row {
	int64_t		 id;
	const char	*published;
	const char	*source;
	const char	*lang;
	const char	*title;		/* the title, or the text's start */
	const char	*url;
};
#define STORE_SORT_DATE		0
#define STORE_SORT_SOURCE	1
#define STORE_SORT_TITLE	2
struct store_query {
	const char	*search;	/* NULL: every article */
	int		 limit;		/* 0: no limit */
	int		 sort;		/* STORE_SORT_* */
	int		 ids_only;	/* only row.id is set */
	const char	*tag;		/* only articles with a claim so tagged */
	const struct pattern *where;	/* only articles it matches */
	int		 all;		/* search hidden text too */
};
/* An article's row in the reader's list. */
struct store_item {
	int64_t	 id;
	char	*published;
	char	*source;
	char	*lang;
	char	*title;
	char	*url;
	int	 read;
	int	 claims;
	int	 done;		/* read, nothing more to tag */
};
/* A claim's place, as re-anchoring reads it; the strings are its own. */
struct store_anchor {
	int64_t			 id;
	int64_t			 start;		/* bytes; -1: none */
	int64_t			 end;
	char			*quote;
	char			*prefix;
	char			*suffix;
	enum claim_anchor	 anchor;
};
/* A reader's decision on a block: its range, its text's hash, VERDICT_*. */
struct store_override {
	size_t		 start;
	size_t		 len;
	uint64_t	 hash;
	int		 verdict;
};
/* A tag as the picker shows it. */
struct store_tag {
	char	*name;
	char	*key;		/* its quick key, "1" to "9", or NULL */
	char	*description;
	int64_t	 count;		/* claims with it */
	int	 exclusive;	/* in an exclusive family */
};
typedef int	(*store_row_cb)(const struct store_row *, void *);

char		*store_default_path(void);
/* How a command opens the store (store_open_mode). */
enum store_mode {
	STORE_CREATE,		/* make it when there is none */
	STORE_WRITE,		/* one that is there; read-only if it must */
	STORE_READ		/* one that is there, never written */
};
struct store	*store_open_mode(const char *, enum store_mode, char **);
struct store	*store_open(const char *, char **);
struct store	*store_open_existing(const char *, char **);
int		 store_readonly(struct store *);
int		 store_shared(struct store *);
int		 store_created(struct store *);
void		 store_close(struct store *);
const char	*store_path(struct store *);
char		*store_fault(struct store *);
int		 store_begin(struct store *, char **);
int		 store_commit(struct store *, char **);
int		 store_begin_read(struct store *, char **);
void		 store_end_read(struct store *);
void		 store_bulk(struct store *);
int		 store_rollback(struct store *);
int		 store_in_transaction(struct store *);
int		 store_add_article(struct store *, struct article *, char **);
int		 store_list(struct store *, const struct store_query *,
		     store_row_cb, void *, char **);
int64_t		 store_count(struct store *);
int		 store_match_ids(struct store *, const struct pattern *,
		     struct idset *, char **);
int64_t		 store_data_version(struct store *);
int64_t		 store_live_claims(struct store *, int64_t);
int		 store_delete_article(struct store *, int64_t, char **);
int		 store_tombstone_article(struct store *, int64_t, char **);
int64_t		 store_revive_article(struct store *, struct article *,
		     char **);
int64_t		 store_find_copy(struct store *, const struct article *);
int64_t		 store_find_hash(struct store *, const char *);
int		 store_replace_input(struct store *, const struct article *,
		     char **);
int		 store_get_item(struct store *, int64_t, struct store_item *);
void		 store_item_free(struct store_item *);
int		 store_set_read(struct store *, int64_t, char **);
int64_t		 store_add_claim(struct store *, const struct claim *, char **);
int		 store_delete_claim(struct store *, const char *, char **);
int		 store_tag_counts(struct store *,
		     void (*)(const char *, int64_t, void *), void *);
int		 store_claims(struct store *, const char *, int64_t, int,
		     int (*)(const struct claim_row *, void *), void *, char **);
int		 store_anchors(struct store *, int64_t, struct store_anchor **,
		     size_t *, char **);
void		 store_anchors_free(struct store_anchor *, size_t);
int		 store_move_claim(struct store *, int64_t, enum claim_anchor,
		     size_t, size_t, double, char **);
int64_t		 store_find_article(struct store *, const char *, const char *);
int		 store_merge_claim(struct store *, const struct claim *, char **);
int		 store_set_claim_text(struct store *, int64_t, int, const char *,
		     char **);
int		 store_claim_owner(struct store *, const char *, char **,
		     char **);
int		 store_is_editor(struct store *, const char *);
int		 store_set_editor(struct store *, const char *, int, char **);
int		 store_editors(struct store *, void (*)(const char *, void *),
		     void *, char **);
int		 store_add_claim_tag(struct store *, int64_t, const char *,
		     char **);
int		 store_tags(struct store *, struct store_tag **, size_t *,
		     char **);
void		 store_tags_free(struct store_tag *, size_t);
int		 store_load_tagset(struct store *, const struct store_tag *,
		     size_t, char **, size_t, char **);
char		*store_quick_tag(struct store *, const char *);
int		 store_get_claim(struct store *, int64_t, struct claim_snap *);
int64_t		 store_claim_at(struct store *, int64_t, size_t, size_t,
		     const char *, char **);
void		 store_claim_snap_free(struct claim_snap *);
int		 store_restore_claim(struct store *, const char *,
		     const struct claim_snap *, char **);
int		 store_set_done(struct store *, int64_t, int, char **);
int		 store_get_done(struct store *, int64_t);
/* Do the annotators who marked an article done disagree on it?  1 yes,
 * 0 no, -1 (*cause set) cannot tell; agreement.c's, set by main. */
typedef int	(*store_disagree_cb)(struct store *, int64_t, char **);
/* A done mark as an export writes it: borrowed strings. */
struct store_done {
	int64_t		 article;
	const char	*url;
	const char	*title;
	const char	*hash;
	const char	*annotator;
	const char	*at;
};
int		 store_done_rows(struct store *, int64_t,
		     int (*)(const struct store_done *, void *), void *,
		     char **);
int		 store_add_done(struct store *, int64_t, const char *,
		     const char *, char **);
int		 store_article_live(struct store *, int64_t);
void		 store_set_disagree(store_disagree_cb);
char		**store_claimants(struct store *, size_t *);
char		**store_families(struct store *, size_t *);
unsigned	 store_block_df(struct store *, const char *, uint64_t);
int		 store_count_block(struct store *, const char *, uint64_t, int,
		     char **);
struct article	*store_get_article(struct store *, int64_t, int, char **);
size_t		 store_repeated(struct store *, const char *, uint64_t **,
		     unsigned **);
int64_t		 store_source_gen(struct store *, const char *);
int		 store_bump_gen(struct store *, const char *, char **);
char		*store_get_cache(struct store *, int64_t, int64_t, int, size_t *);
void		 store_put_cache(struct store *, int64_t, int64_t, int,
		     const void *, size_t);
int		 store_overrides(struct store *, int64_t,
		     struct store_override **, size_t *, char **);
int		 store_set_override(struct store *, int64_t, size_t, size_t,
		     uint64_t, int, char **);
int		 store_move_override(struct store *, int64_t, size_t, size_t,
		     size_t, size_t, char **);
int		 store_update_text(struct store *, const struct article *,
		     char **);
int		 store_update_meta(struct store *, const struct article *,
		     char **);
int		 store_set_dom(struct store *, int64_t, const struct dom *,
		     char **);
int		 store_each_id(struct store *, int (*)(int64_t, void *),
		     void *, char **);

/* date.c */
char		*date_parse(const char *);

/* store-index.c: the search index's rows */
int		 store_index_put(struct store *, int64_t, const char *,
		     const char *, size_t, const uint8_t *, size_t, char **);
int		 store_index_later(struct store *, int64_t, char **);
int		 store_index_drop(struct store *, int64_t, char **);
int		 store_index_complete(struct store *);
int		 store_index_missing(struct store *, int64_t **, size_t *,
		     char **);
int		 store_index_set_complete(struct store *, char **);

/* remove.c */
enum remove_result {
	REMOVE_GONE,		/* no claims: nothing of it is left */
	REMOVE_KEPT_CLAIMS,	/* forced: its claims stay, orphaned */
	REMOVE_REFUSED,		/* it has claims and it was not forced */
	REMOVE_NONE		/* no such article */
};
int		 article_remove(struct store *, int64_t, int,
		     enum remove_result *, int64_t *, char **);

/* import.c, import-read.c (import_path, import_buffer, import_reparse) */
struct import_opts {
	const char	*format;	/* NULL: detect */
	const char	*encoding;	/* NULL: UTF-8 with detection */
	const char	*source;	/* NULL: from the article */
	size_t		 max_size;	/* largest article, in bytes */
	int		 no_hash;	/* not stored: no hash, no language */
	int		 replace;	/* import --replace (import-batch.c) */
	int		 found;		/* format is the one import found
					   (reclean): read as found */
};
struct import_stats {
	unsigned long	 added;
	unsigned long	 duplicates;
	unsigned long	 failed;	/* files or records refused */
	unsigned long	 warnings;
	unsigned long	 bytes;
};
/* Called for every article parsed; return -1 to count it as failed. */
typedef int	(*import_article_cb)(struct article *, void *);
typedef void	(*import_report_cb)(const char *, const char *, void *);
struct importer;

struct importer	*import_new(const struct import_opts *, import_article_cb,
		     import_report_cb, void *);
void		 import_free(struct importer *);
void		 import_abort(struct importer *);
int		 import_path(struct importer *, const char *);
int		 import_buffer(struct importer *, const char *, const char *,
		     size_t);
const struct import_stats *import_stats(struct importer *);
int		 import_check_encoding(const char *, char **);
void		 article_free(struct article *);
int		 import_reparse(const struct article *, struct article **);

#endif /* SIFT_H */
