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
#include "clean-int.h"

/*
 * The strong rules, context-free: each block that one of them hides gets
 * its reason.  Phrase rules only look at short blocks, so a story that
 * mentions a newsletter or a copyright lawsuit is not caught.
 */
void
clean_strong(struct clean_feat *fs, size_t n, size_t total)
{
	struct clean_feat	*f;
	struct lexicon_block	 lx;
	const char		*m;
	size_t			 i, ncred = 0, nprose = 0;
	int			 hits, tail, photostory;

	/* a photo story (图集): its captions are its paragraphs */
	for (i = 0; i < n; i++) {
		if (clean_cjk_credit(&fs[i]))
			ncred++;
		else if (fs[i].cjk > 0 && fs[i].wlen >= 60)
			nprose++;
	}
	photostory = ncred >= 3 && ncred >= nprose;
	for (i = 0; i < n; i++) {
		f = &fs[i];
		tail = i * 3 >= n;
		/* the phrase lists are for short blocks; a long one has an
		 * empty set, where no phrase is found */
		if (f->wlen < 2 * STRONG_MAX)
			lexicon_prepare(&lx, f->lower, f->lowern);
		else
			memset(&lx, 0, sizeof lx);
		if ((hits = f->marks > 0 ? clean_markup(f) : 0) >= 2 ||
		    (hits == 1 && f->wlen < 40)) {
			clean_set(f, KIND_MARKUP, VERDICT_BOILERPLATE,
			    "markup: %d tag%s or entit%s", hits,
			    hits == 1 ? "" : "s", hits == 1 ? "y" : "ies");
			continue;
		}
		if ((photostory ? clean_latin_credit(f) :
		    clean_photo_credit(f))) {
			clean_set(f, KIND_COPYRIGHT, VERDICT_BOILERPLATE,
			    "caption: a photo's credit closes it");
			f->anchored = 1;
			continue;
		}
		if (clean_placeholder(f)) {
			clean_set(f, KIND_MARKUP, VERDICT_BOILERPLATE,
			    "markup: a template's placeholder");
			continue;
		}
		if (clean_bare_url(f)) {
			clean_set(f, KIND_URL, VERDICT_BOILERPLATE,
			    "link: a bare URL");
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX &&
		    (m = lexicon_match(LEXICON_BOT, &lx))) {
			clean_set(f, KIND_BOT, VERDICT_BOILERPLATE,
			    "bot-footer: \"%s\"", m);
			continue;
		}
		if (f->wlen < STRONG_MAX &&
		    (m = lexicon_match(LEXICON_COMMENT_FORM, &lx))) {
			clean_set(f, KIND_COMMENT_FORM, VERDICT_BOILERPLATE,
			    "comment-form: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_COMMENT_FORM, m);
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX && ((f->views && (f->duration ||
		    f->ago)) || (f->duration && f->ago) ||
		    ((f->views || f->duration) && !f->terminal)) &&
		    !(f->duration && !f->views && clean_only_time(f))) {
			clean_set(f, KIND_VIDEO, VERDICT_BOILERPLATE,
			    "video-list: %s%s%s", f->duration ? "duration " : "",
			    f->views ? "view count " : "",
			    f->ago ? "time ago" : "");
			continue;
		}
		if (f->wlen < STRONG_MAX &&
		    (m = lexicon_match(LEXICON_CTA, &lx))) {
			clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
			    "promo: \"%s\"", m);
			f->anchored = 1;	/* no story says it */
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX &&
		    (m = lexicon_match(LEXICON_COPYRIGHT, &lx))) {
			clean_set(f, KIND_COPYRIGHT, VERDICT_BOILERPLATE,
			    "copyright: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_COPYRIGHT, m);
			continue;
		}
		if (f->wlen < 150 &&
		    (m = lexicon_match(LEXICON_SHARE, &lx))) {
			clean_set(f, KIND_SHARE, VERDICT_BOILERPLATE,
			    "share-widget: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_SHARE, m);
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX &&
		    (m = lexicon_match(LEXICON_COOKIE, &lx)) &&
		    (f->wlen < 60 || (lexicon_match(LEXICON_SITE, &lx) &&
		    !clean_speech(f)))) {
			clean_set(f, KIND_COOKIE, VERDICT_BOILERPLATE,
			    "cookie-banner: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_COOKIE, m);
			continue;
		}
		if (f->wlen < STRONG_MAX &&
		    (m = lexicon_match(LEXICON_PROMO, &lx))) {
			clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
			    "promo: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_PROMO, m);
			continue;
		}
		if ((m = lexicon_match(LEXICON_AD, &lx))) {
			clean_set(f, KIND_AD, VERDICT_BOILERPLATE, "ad: \"%s\"",
			    m);
			f->anchored = lexicon_anchored(LEXICON_AD, m);
			continue;
		}
		if (f->wlen < 100 && !f->terminal &&
		    (m = lexicon_match(LEXICON_RELATED, &lx))) {
			clean_set(f, KIND_RELATED, VERDICT_BOILERPLATE,
			    "related-heading: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_RELATED, m);
			continue;
		}
		if (clean_breadcrumb(f)) {
			clean_set(f, KIND_BREADCRUMB, VERDICT_BOILERPLATE,
			    "breadcrumb");
			continue;
		}
		if (f->linkchars > 0 && (f->ld > 0.5 || (f->ld > 0.25 &&
		    f->wlen < LENGTH_HIGH) || (f->wlen < 50 && !f->terminal))) {
			clean_set(f, KIND_LINKS, VERDICT_BOILERPLATE,
			    "link-dense: %.2f", f->ld);
			continue;
		}
		if (f->wlen < 100 && (m = lexicon_match(LEXICON_EDITOR,
		    &lx)) != NULL) {
			clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
			    "editor: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_EDITOR, m);
			continue;
		}
		if (tail && f->wlen < STRONG_MAX &&
		    (((m = lexicon_match(LEXICON_BIO, &lx)) != NULL &&
		    clean_byline_name(f, m) && !clean_byline_lede(f, m) &&
		    (strcmp(m, "@") != 0 || clean_handle(f))) ||
		    ((m = lexicon_match(LEXICON_BIO_WEAK, &lx)) != NULL &&
		    ((i > 0 && clean_name_line(&fs[i - 1])) ||
		    clean_name_then(f, m))))) {
			clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
			    "bio: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_BIO, m);
			/* a line that starts as a byline, or a Korean
			 * reporter's name: a reporter's line in a story */
			f->byline = f->wlen < 150 && (strstr(f->lower,
			    "기자") != NULL || strstr(f->lower, "記者") != NULL ||
			    strstr(f->lower, "记者") != NULL ||
			    ((m = lexicon_match(LEXICON_BYLINE,
			    &lx)) != NULL && clean_reporter(m) &&
			    clean_byline_name(f, m)));
			if (i > 0 && clean_name_line(&fs[i - 1]))
				clean_set(&fs[i - 1], KIND_BIO,
				    VERDICT_BOILERPLATE, "bio: the author's name "
				    "above a bio");
			continue;
		}
		if (clean_counter(f)) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "counter: a slide or page number");
			continue;
		}
		if (clean_stamp(f)) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "timestamp: only a date or time");
			continue;
		}
		if (f->wlen < 150 && (!f->terminal || (f->wlen < 80 &&
		    (memmem(f->s, f->n, "·", 2) != NULL ||
		    memchr(f->s, '|', f->n) != NULL)) ||
		    clean_stamp_word(f)) && clean_datetime(f)) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "timestamp: a date and a time");
			continue;
		}
		if (f->ago && f->wlen < 100 && !f->terminal) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "timestamp: \"N ago\"");
			continue;
		}
		if (f->wlen < 100 && !f->terminal &&
		    (m = lexicon_match(LEXICON_BYLINE, &lx)) != NULL &&
		    clean_byline_name(f, m)) {
			clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
			    "byline: \"%s\"", m);
			f->byline = clean_reporter(m);
			continue;
		}
		if (f->wlen < 80 && !f->terminal &&
		    (m = lexicon_match(LEXICON_COMMENT_WORDS, &lx)) &&
		    /* a commentator (评论员) signs a commentary */
		    strstr(f->lower, "评论员") == NULL &&
		    strstr(f->lower, "評論員") == NULL) {
			clean_set(f, KIND_COMMENT_FORM, VERDICT_BOILERPLATE,
			    "comment-form: \"%s\"", m);
			continue;
		}
	}
	(void)total;
}
