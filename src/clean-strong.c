/*
 * clean-strong.c: the strong rules, context-free, one block at a time:
 * phrase lists (share widgets, comment forms, copyright, promos, cookie
 * banners, bot footers, bios, ads), markup residue, photo credits, bare
 * URLs, link-dense blocks, video lists, dates, counters and bylines (the
 * tests of a block's shape are in clean-line.c).  The rules are tried in
 * the order of their table; the first that hides a block gives its
 * reason.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

/* One block under the strong rules, and what each rule may read. */
struct strong_at {
	struct clean_feat	*fs;
	size_t			 i;
	struct clean_feat	*f;		/* fs + i */
	size_t			 n;		/* of blocks */
	struct lexicon_block	 lx;		/* its phrases, if it is short */
	int			 tail;		/* past the first third */
	int			 photostory;	/* captions are paragraphs */
};

static int	clean_strong_markup(struct strong_at *);
static int	clean_strong_separator(struct strong_at *);
static int	clean_strong_credit(struct strong_at *);
static int	clean_strong_placeholder(struct strong_at *);
static int	clean_strong_url(struct strong_at *);
static int	clean_strong_bot(struct strong_at *);
static int	clean_strong_comment_form(struct strong_at *);
static int	clean_strong_video(struct strong_at *);
static int	clean_strong_cta(struct strong_at *);
static int	clean_strong_copyright(struct strong_at *);
static int	clean_strong_share(struct strong_at *);
static int	clean_strong_cookie(struct strong_at *);
static int	clean_strong_promo(struct strong_at *);
static int	clean_strong_ad(struct strong_at *);
static int	clean_strong_related(struct strong_at *);
static int	clean_strong_breadcrumb(struct strong_at *);
static int	clean_strong_links(struct strong_at *);
static int	clean_strong_writer(const struct clean_feat *);
static int	clean_strong_editor(struct strong_at *);
static int	clean_strong_about(const struct clean_feat *);
static int	clean_strong_bio(struct strong_at *);
static int	clean_strong_counter(struct strong_at *);
static int	clean_strong_stamp(struct strong_at *);
static int	clean_strong_datetime(struct strong_at *);
static int	clean_strong_ago(struct strong_at *);
static int	clean_strong_byline(struct strong_at *);
static int	clean_strong_comment_words(struct strong_at *);

/*
 * The rules, in the order they are tried: the first that hides a block
 * gives its reason, and the rest are not tried.
 */
static int (*const clean_strong_rules[])(struct strong_at *) = {
	clean_strong_markup,
	clean_strong_separator,
	clean_strong_credit,
	clean_strong_placeholder,
	clean_strong_url,
	clean_strong_bot,
	clean_strong_comment_form,
	clean_strong_video,
	clean_strong_cta,
	clean_strong_copyright,
	clean_strong_share,
	clean_strong_cookie,
	clean_strong_promo,
	clean_strong_ad,
	clean_strong_related,
	clean_strong_breadcrumb,
	clean_strong_links,
	clean_strong_editor,
	clean_strong_bio,
	clean_strong_counter,
	clean_strong_stamp,
	clean_strong_datetime,
	clean_strong_ago,
	clean_strong_byline,
	clean_strong_comment_words,
};

/*
 * The strong rules, context-free: each block that one of them hides gets
 * its reason.  Phrase rules only look at short blocks, so a story that
 * mentions a newsletter or a copyright lawsuit is not caught.
 */
void
clean_strong(struct clean_feat *fs, size_t n, size_t total)
{
	struct strong_at	 at;
	size_t			 i, r, ncred = 0, nprose = 0;

	/* a photo story (图集): its captions are its paragraphs */
	for (i = 0; i < n; i++) {
		if ((fs[i].cjkcred = clean_cjk_credit(&fs[i])) != 0)
			ncred++;
		else if (fs[i].cjk > 0 && fs[i].wlen >= 60 && fs[i].terminal)
			nprose++;
	}
	at.fs = fs;
	at.n = n;
	at.photostory = ncred >= 3 && ncred >= nprose;
	for (i = 0; i < n; i++) {
		at.i = i;
		at.f = &fs[i];
		at.tail = i * 3 >= n;
		/* the phrase lists are for short blocks; a long one has an
		 * empty set, where no phrase is found */
		if (at.f->wlen < 2 * STRONG_MAX)
			lexicon_prepare(&at.lx, at.f->lower, at.f->lowern);
		else
			memset(&at.lx, 0, sizeof at.lx);
		for (r = 0; r < sizeof clean_strong_rules /
		    sizeof clean_strong_rules[0]; r++) {
			if (clean_strong_rules[r](&at))
				break;
		}
	}
	(void)total;
}

/* Residue of markup: tags, attributes, entities. */
static int
clean_strong_markup(struct strong_at *at)
{
	struct clean_feat	*f = at->f;
	int			 hits;

	if (f->code)
		return (0);	/* "#include <stdio.h>" in a page's <pre> */
	if ((hits = f->marks > 0 || f->wlen < 40 ? clean_markup(f) : 0) >= 2 ||
	    (hits == 1 && f->wlen < 40)) {
		clean_set(f, KIND_MARKUP, VERDICT_BOILERPLATE,
		    "markup: %d tag%s or entit%s", hits,
		    hits == 1 ? "" : "s", hits == 1 ? "y" : "ies");
		return (1);
	}
	return (0);
}

/*
 * A caption that a photo's credit closes (in a photo story, a Latin
 * credit only: its CJK captions are its paragraphs).
 */
static int
clean_strong_credit(struct strong_at *at)
{
	struct clean_feat	*f = at->f;
	int			 photostory = at->photostory, g;

	/* (in a photo story a caption its credit closes is a paragraph) */
	if ((g = clean_cjk_giver(f)) != 0 && !(photostory && g == 1 &&
	    f->cjkcred)) {
		clean_set(f, KIND_COPYRIGHT, VERDICT_BOILERPLATE, g == 1 ?
		    "caption: a photo's giver alone" : g == 2 ?
		    "caption: marked as one" : "caption: a photo's credit "
		    "closes it");
		f->anchored = 1;
		f->slot = 1;
		return (1);
	}
	if ((!photostory && f->cjkcred) || clean_latin_credit(f)) {
		clean_set(f, KIND_COPYRIGHT, VERDICT_BOILERPLATE,
		    "caption: a photo's credit closes it");
		f->anchored = 1;
		f->slot = 1;
		return (1);
	}
	return (0);
}

/*
 * A separator: a line of three marks or more and no words ("###",
 * "* * *", "---"), or a press release's end mark "-30-".
 */
static int
clean_strong_separator(struct strong_at *at)
{
	struct clean_feat	*f = at->f;
	const char		*p = f->lower, *e = f->lower + f->lowern;

	if (f->lowern < 3 || f->lowern > 12)
		return (0);	/* a table's "-" or "--" is its data */
	if ((f->lowern == 4 && memcmp(p, "-30-", 4) == 0) ||
	    (f->lowern == 6 && memcmp(p, "- 30 -", 6) == 0))
		p = e;
	for (; p < e && strchr("#*-=_~. ", *p) != NULL; p++)
		/* nothing */;
	if (p < e)
		return (0);
	clean_set(f, KIND_MARKUP, VERDICT_BOILERPLATE,
	    "markup: a separator");
	return (1);
}

/* A template's placeholder. */
static int
clean_strong_placeholder(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if (clean_placeholder(f)) {
		clean_set(f, KIND_MARKUP, VERDICT_BOILERPLATE,
		    "markup: a template's placeholder");
		return (1);
	}
	return (0);
}

/* A bare URL. */
static int
clean_strong_url(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if (clean_bare_url(f)) {
		clean_set(f, KIND_URL, VERDICT_BOILERPLATE,
		    "link: a bare URL");
		return (1);
	}
	return (0);
}

/* A bot's footer. */
static int
clean_strong_bot(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	if (f->wlen < 2 * STRONG_MAX &&
	    (m = lexicon_match(LEXICON_BOT, lx))) {
		clean_set(f, KIND_BOT, VERDICT_BOILERPLATE,
		    "bot-footer: \"%s\"", m);
		return (1);
	}
	return (0);
}

/* A comment form. */
static int
clean_strong_comment_form(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	if (f->wlen < STRONG_MAX &&
	    (m = lexicon_match(LEXICON_COMMENT_FORM, lx)) &&
	    clean_form_word(f, m) &&
	    !clean_narrated(f, lx, LEXICON_COMMENT_FORM, m)) {
		clean_set(f, KIND_COMMENT_FORM, VERDICT_BOILERPLATE,
		    "comment-form: \"%s\"", m);
		f->anchored = lexicon_anchored(LEXICON_COMMENT_FORM, m);
		return (1);
	}
	return (0);
}

/*
 * Is f, a time alone, a video's length under its title ("FAA
 * investigating radar outage", "1:32")?  Under a line that is no
 * sentence, and short of ten minutes ("1:32", "0:42"): a live page's
 * "15:02" opens its entry, and a clock's time has its hour.
 */
static int
clean_strong_length(const struct strong_at *at)
{
	const struct clean_feat	*f = at->f, *t;

	if (at->i == 0 || f->lowern < 4 || f->lowern > 5 ||
	    (f->lowern == 5 && f->lower[0] != '0') || !clean_only_time(f))
		return (0);
	t = &at->fs[at->i - 1];
	return (t->kind == KIND_NONE && !t->terminal && t->wlen < 100 &&
	    t->linkchars == 0 && !t->duration);
}

/* An item of a video list: a duration, a view count, a time ago. */
static int
clean_strong_video(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if (f->wlen < 2 * STRONG_MAX && ((f->views && (f->duration ||
	    f->ago)) || (f->duration && f->ago) ||
	    ((f->views || f->duration) && !f->terminal)) &&
	    !(f->duration && !f->views && clean_only_time(f) &&
	    !clean_strong_length(at))) {
		clean_set(f, KIND_VIDEO, VERDICT_BOILERPLATE,
		    "video-list: %s%s%s", f->duration ? "duration " : "",
		    f->views ? "view count " : "",
		    f->ago ? "time ago" : "");
		return (1);
	}
	return (0);
}

/*
 * Does phrase m open or close block f, within 40 bytes of either end?
 * A longer block that opens with a call ("Ich bin damit einverstanden,
 * dass mir der externe Inhalt ...") or closes with one ("... Hier
 * geht's zur Anmeldung!") is that call, however long its middle.
 */
static int
clean_strong_edge(const struct clean_feat *f, const char *m)
{
	const char	*at, *next, *e = f->lower + f->lowern;
	size_t		 len;

	if (*m == '^' || *m == '=')
		m++;
	len = strlen(m);
	if ((at = memmem(f->lower, f->lowern, m, len)) == NULL)
		return (0);
	if (at - f->lower < 40)
		return (1);
	/* the last time it occurs */
	while ((next = memmem(at + 1, e - at - 1, m, len)) != NULL)
		at = next;
	return (e - (at + len) < 40);
}

/* A call to action: a promo no story says. */
static int
clean_strong_cta(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	if (clean_poll_question(at->fs, at->i)) {
		clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
		    "promo: a poll's question");
		return (1);
	}
	if (f->wlen < 3 * STRONG_MAX &&
	    (m = lexicon_match(LEXICON_CTA, lx)) &&
	    (f->wlen < STRONG_MAX || clean_strong_edge(f, m)) &&
	    !clean_told_closes(f, m)) {
		clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
		    "promo: \"%s\"", m);
		f->anchored = 1;	/* no story says it */
		return (1);
	}
	if ((m = clean_colon_cta(f)) != NULL) {
		clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
		    "promo: \"%s ...:\", a call to the reader", m);
		return (1);
	}
	return (0);
}

/* A copyright line. */
static int
clean_strong_copyright(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	if (f->wlen < 2 * STRONG_MAX &&
	    (m = lexicon_match(LEXICON_COPYRIGHT, lx)) &&
	    !clean_copyright_owner(f, m) &&
	    !clean_narrated(f, lx, LEXICON_COPYRIGHT, m)) {
		clean_set(f, KIND_COPYRIGHT, VERDICT_BOILERPLATE,
		    "copyright: \"%s\"", m);
		f->anchored = lexicon_anchored(LEXICON_COPYRIGHT, m);
		return (1);
	}
	return (0);
}

/*
 * A share widget; or an embed's placeholder, still loading when the page
 * was saved ("Loading…", "加载中", "관련 뉴스 불러오는 중"): it marks where a
 * widget stood in the story's run, a slot, not where the story ends.
 */
static int
clean_strong_share(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;
	int				 loading = 0;

	if (f->wlen < 150 && (((m = lexicon_match(LEXICON_SHARE, lx)) &&
	    !clean_narrated(f, lx, LEXICON_SHARE, m)) ||
	    (loading = (m = lexicon_match(LEXICON_LOADING, lx)) != NULL) ||
	    (m = clean_share_line(f)))) {
		clean_set(f, KIND_SHARE, VERDICT_BOILERPLATE,
		    "share-widget: \"%s\"", m);
		f->anchored = lexicon_anchored(loading ? LEXICON_LOADING :
		    LEXICON_SHARE, m);
		f->slot = loading;
		return (1);
	}
	return (0);
}

/*
 * Is a site's word only the reader's pronoun ("you", "us"), the last of
 * its list: a story about a privacy policy may address its reader.
 */
static int
clean_strong_you(const char *site)
{
	return (strcmp(site, " you") == 0 || strcmp(site, "^you") == 0 ||
	    strcmp(site, " us ") == 0 || strcmp(site, " us.") == 0);
}

/*
 * A cookie banner: short, or naming the site (more than its reader)
 * and not quoting anyone; not a sentence of a story on a regulator's
 * fine over cookie banners, which tells of them (clean_narrated).
 */
static int
clean_strong_cookie(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m, *site;

	if (f->wlen < 2 * STRONG_MAX &&
	    (m = lexicon_match(LEXICON_COOKIE, lx)) &&
	    (f->wlen < 60 || ((site = lexicon_match(LEXICON_SITE, lx)) &&
	    !clean_strong_you(site) && !clean_speech(f))) &&
	    !clean_narrated(f, lx, LEXICON_COOKIE, m)) {
		clean_set(f, KIND_COOKIE, VERDICT_BOILERPLATE,
		    "cookie-banner: \"%s\"", m);
		f->anchored = lexicon_anchored(LEXICON_COOKIE, m);
		return (1);
	}
	return (0);
}

/*
 * Does a block speak of the publication's own ("our app", "unsere
 * Homepage", "我们的")?
 */
static int
clean_strong_own(const struct clean_feat *f)
{
	static const char *const words[] = { " our ", "unsere", "notre",
	    "nuestr", "nostr", "наш", "我们的", "我們的", "本站", "本报",
	    NULL };

	return (clean_holds(f, words));
}

/* A promo. */
static int
clean_strong_promo(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	/* (words apart, "get&app", only in a short block or one of the
	 * publication's own: "to get the new version of the app, Google
	 * Play sends …" is a sentence) */
	if (f->wlen < STRONG_MAX &&
	    (m = lexicon_match(LEXICON_PROMO, lx)) &&
	    (strchr(m, '&') == NULL || f->wlen < 150 || clean_strong_own(f)) &&
	    !clean_told(f, m) && !clean_negated(f, m) &&
	    !clean_narrated(f, lx, LEXICON_PROMO, m)) {
		clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
		    "promo: \"%s\"", m);
		f->anchored = lexicon_anchored(LEXICON_PROMO, m);
		return (1);
	}
	return (0);
}

/* An advertisement. */
static int
clean_strong_ad(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	if ((m = lexicon_match(LEXICON_AD, lx))) {
		clean_set(f, KIND_AD, VERDICT_BOILERPLATE, "ad: \"%s\"",
		    m);
		f->anchored = lexicon_anchored(LEXICON_AD, m);
		return (1);
	}
	return (0);
}

/*
 * Does a sentence name the phrase m in its middle and end with a colon,
 * leading in to a list of the story ("According to the library's
 * records, the most popular items last year were:")?
 */
static int
clean_strong_leadin(const struct clean_feat *f, const char *m)
{
	const char	*at = clean_phrase_at(f, m);

	return (at != NULL && at - f->lower > 20 && f->lowern > 0 &&
	    f->lower[f->lowern - 1] == ':' && f->sw > 0);
}

/* A heading of related stories: a sentence only as the whole line. */
static int
clean_strong_related(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	/* a heading; or a label and its teaser, however that ends */
	if ((m = clean_more_reports(f)) != NULL || (f->wlen < 200 &&
	    (m = lexicon_match(LEXICON_RELATED, lx)) &&
	    (clean_label_colon(f->lower, f->lower + f->lowern, m) ||
	    (f->wlen < 100 && (!f->terminal || (f->wlen < 30 &&
	    lexicon_ends_abbrev(f->s, f->n)) ||
	    (size_t)(lx->e - lx->b) == strlen(m)) &&
	    clean_cjk_edge(lx->b, lx->e, m) && !clean_strong_leadin(f, m))))) {
		clean_set(f, KIND_RELATED, VERDICT_BOILERPLATE,
		    "related-heading: \"%s\"", m);
		f->anchored = lexicon_anchored(LEXICON_RELATED, m);
		return (1);
	}
	return (0);
}

/* A breadcrumb. */
static int
clean_strong_breadcrumb(struct strong_at *at)
{
	struct clean_feat	*f = at->f;
	int			 crumb;

	if (((crumb = clean_breadcrumb(f)) &&
	    !clean_text_row(at->fs, at->n, at->i)) ||
	    (!crumb && clean_menu_line(f))) {
		clean_set(f, KIND_BREADCRUMB, VERDICT_BOILERPLATE,
		    "breadcrumb%s", crumb ? "" : ": a menu of the site's "
		    "sections");
		return (1);
	}
	return (0);
}

/* A block mostly of links, or short, unpunctuated and linked. */
static int
clean_strong_links(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if (clean_hashtags(f)) {
		clean_set(f, KIND_LINKS, VERDICT_BOILERPLATE,
		    "tags: hashtags only");
		return (1);
	}
	if (f->linkchars > 0 && (clean_ld(f) > 0.5 || (clean_ld(f) > 0.25 &&
	    f->wlen < LENGTH_HIGH) || (f->wlen < 50 && !f->terminal))) {
		clean_set(f, KIND_LINKS, VERDICT_BOILERPLATE,
		    "link-dense: %.2f", clean_ld(f));
		return (1);
	}
	return (0);
}

/*
 * Does a line open with who wrote the story ("文｜周一鸣　　编辑｜林夕"):
 * then it is the story's byline, its editor named after.
 */
static int
clean_strong_writer(const struct clean_feat *f)
{
	static const char *const writers[] = {
		"文｜", "文|", "文 |", "文／", "文/", "文：", "记者", "記者",
		"作者", "撰文", NULL
	};

	return (clean_opens(f, writers));
}

/* An editor's line. */
static int
clean_strong_editor(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	if (f->wlen < 100 && (m = lexicon_match(LEXICON_EDITOR,
	    lx)) != NULL && (lexicon_anchored(LEXICON_EDITOR, m) ||
	    !clean_strong_writer(f)) && !clean_after_sentence(f, m) &&
	    !(f->terminal && strstr(m, "版）") != NULL)) {
		clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
		    "editor: \"%s\"", m);
		f->anchored = lexicon_anchored(LEXICON_EDITOR, m);
		return (1);
	}
	return (0);
}

/* Does a name line say it is about the name ("About Clara Benedikt")? */
static int
clean_strong_about(const struct clean_feat *f)
{
	static const char *const abouts[] = {
		"about ", "über ", "sobre ", "à propos de ", "a proposito di ",
		"об ", NULL
	};

	return (clean_opens(f, abouts));
}

/* A bio where the story has ended, and the author's name above it. */
static int
clean_strong_bio(struct strong_at *at)
{
	struct clean_feat		*fs = at->fs;
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;
	size_t				 i = at->i;
	int				 tail = at->tail;

	/* the heading of the author's box ("Die Autorin"), and the bio
	 * under it, a line of the author's name (its link, or its name
	 * and roles) between */
	if (f->wlen < 40 && !f->terminal &&
	    (m = lexicon_match(LEXICON_BIO_HEAD, lx)) != NULL) {
		clean_set(f, KIND_BIO, VERDICT_BOILERPLATE, "bio: \"%s\"", m);
		f->biohead = 1;
		return (1);
	}
	if (f->wlen < 600 && ((i > 0 && fs[i - 1].biohead) || (i > 1 &&
	    fs[i - 2].biohead && (fs[i - 1].kind == KIND_BIO ||
	    fs[i - 1].kind == KIND_LINKS || !fs[i - 1].terminal) &&
	    fs[i - 1].wlen < (fs[i - 1].inbio && !fs[i - 1].terminal ?
	    200 : 80)) || clean_bio_more(fs, i))) {
		clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
		    "bio: under the author's heading");
		f->inbio = 1;
		return (1);
	}
	if ((tail || clean_bio_self(fs, i, lx)) &&
	    (f->wlen < STRONG_MAX || clean_bio_opens(f)) &&
	    (((m = lexicon_match(LEXICON_BIO, lx)) != NULL &&
	    (strchr(m, '&') == NULL || f->wlen < 200) &&
	    clean_byline_name(f, m) && !clean_byline_lede(f, m) &&
	    (strcmp(m, "@") != 0 || clean_handle(f))) ||
	    ((m = lexicon_match(LEXICON_BIO_WEAK, lx)) != NULL &&
	    !clean_speech(f) && ((i > 0 && clean_name_line(&fs[i - 1])) ||
	    clean_name_then(f, m))))) {
		clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
		    "bio: \"%s\"", m);
		f->anchored = lexicon_anchored(LEXICON_BIO, m);
		/* a line that starts as a byline, or a Korean
		 * reporter's name: a reporter's line in a story (not
		 * a bio's sentence, "…记者，关注…") */
		f->byline = f->wlen < 150 && strstr(m, "，") == NULL &&
		    (strstr(f->lower, "기자") != NULL ||
		    strstr(f->lower, "記者") != NULL ||
		    strstr(f->lower, "记者") != NULL ||
		    ((m = lexicon_match(LEXICON_BYLINE,
		    lx)) != NULL && clean_reporter(m) &&
		    clean_byline_name(f, m)));
		if (i > 0 && clean_name_line(&fs[i - 1])) {
			clean_set(&fs[i - 1], KIND_BIO,
			    VERDICT_BOILERPLATE, "bio: the author's name "
			    "above a bio");
			/* "About Clara Benedikt" heads the bio's box */
			fs[i - 1].biohead = clean_strong_about(&fs[i - 1]);
		}
		return (1);
	}
	return (0);
}

/* A slide or page number. */
static int
clean_strong_counter(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if (clean_counter(f)) {
		clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
		    "counter: a slide or page number");
		f->slot = 1;	/* a photo story goes on after it */
		return (1);
	}
	return (0);
}

/* Only a date or a time, or a phone number. */
static int
clean_strong_stamp(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if ((clean_stamp(f) || clean_phone(f)) && !f->factpart &&
	    !clean_text_row(at->fs, at->n, at->i)) {
		clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE, "%s",
		    clean_phone(f) ? "contact: a phone number alone" :
		    "timestamp: only a date or time");
		f->slot = 1;	/* a live page's entries go on after it */
		return (1);
	}
	return (0);
}

/*
 * A date and a time, in a line that is not a sentence (nor a log's line
 * in a page's <pre>).
 */
static int
clean_strong_datetime(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if (f->wlen < 150 && !f->code && (!f->terminal || (f->wlen < 80 &&
	    (memmem(f->s, f->n, "·", 2) != NULL ||
	    memchr(f->s, '|', f->n) != NULL)) ||
	    clean_stamp_word(f)) && clean_datetime(f)) {
		clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
		    "timestamp: a date and a time");
		return (1);
	}
	return (0);
}

/* "N hours ago", not in a sentence. */
static int
clean_strong_ago(struct strong_at *at)
{
	struct clean_feat	*f = at->f;

	if (f->ago && f->wlen < 100 && !f->terminal) {
		clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
		    "timestamp: \"N ago\"");
		return (1);
	}
	return (0);
}

/* A byline. */
static int
clean_strong_byline(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	/* (not a lead-in: "记者和陈国栋有过这样一段对话：") */
	if (f->wlen < 100 && !f->terminal && !(clean_colon_end(f) &&
	    f->wlen >= 30) &&
	    (m = lexicon_match(LEXICON_BYLINE, lx)) != NULL &&
	    clean_byline_name(f, m)) {
		clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
		    "byline: \"%s\"", m);
		f->byline = clean_reporter(m);
		return (1);
	}
	return (0);
}

/*
 * Does phrase m open f as an opinion piece's kicker, over its title
 * ("Kommentar: Die Gesundheitsversorgung darf keine Frage der
 * Postleitzahl sein", "Comentario: …")?
 */
static int
clean_strong_kicker(const struct clean_feat *f, const char *m)
{
	size_t	l = strlen(m);

	return (f->lowern > l + 20 && memcmp(f->lower, m, l) == 0 &&
	    f->lower[l] == ':' && f->lower[l + 1] == ' ');
}

/*
 * Does marked block f read as a story's subhead, five words or more
 * after its mark ("■ 댓글 기능 도입 후 체류시간 늘어")?
 */
static int
clean_strong_subhead(const struct clean_feat *f)
{
	size_t	i, words = 0;

	if (!clean_ctx_marked(f))
		return (0);
	for (i = 3; i < f->n; i++)
		words += f->s[i] != ' ' && (i == 3 || f->s[i - 1] == ' ');
	return (words >= 5);
}

/*
 * Does a thread's word stand at an edge of block f, as a thread's
 * heading or button has it ("Comments (12)", "みんなのコメント", "댓글 3",
 * "View all 40 replies"), not in the middle of a list's point or a
 * headline ("シェアによる拡散で、誹謗中傷のコメントが集中しやすい",
 * "포털 뉴스 댓글 '실명제' 논의 재점화")?
 */
static int
clean_strong_edge_word(const struct clean_feat *f, const char *m)
{
	const char	*at = clean_phrase_at(f, m);

	return (at != NULL && (at - f->lower <= 12 ||
	    (size_t)(f->lower + f->lowern - (at + strlen(m))) <=
	    (f->cjk > 0 ? 9 : 12)));
}

/*
 * Words of a comment section ("12 comments", "log in to
 * reply"), not in a sentence; not an opinion piece's kicker, nor a
 * story's subhead, nor its lead-in to a quote ("Asked about the delays,
 * a spokesperson sent a one-line reply:").
 */
static int
clean_strong_comment_words(struct strong_at *at)
{
	struct clean_feat		*f = at->f;
	const struct lexicon_block	*lx = &at->lx;
	const char			*m;

	if (f->wlen < 80 && !f->terminal &&
	    (m = lexicon_match(LEXICON_COMMENT_WORDS, lx)) &&
	    clean_strong_edge_word(f, m) &&
	    !clean_has_sentence(f) && !clean_names_critic(f) &&
	    !clean_strong_kicker(f, m) && !clean_strong_subhead(f) &&
	    !(f->wlen >= 40 && clean_colon_end(f))) {
		clean_set(f, KIND_COMMENT_FORM, VERDICT_BOILERPLATE,
		    "comment-form: \"%s\"", m);
		return (1);
	}
	return (0);
}
