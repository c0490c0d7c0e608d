/*
 * clean.c: the boilerplate classifier.  An article's text is a list of
 * blocks (lines); each gets a verdict (content, boilerplate or comment)
 * and a reason with its evidence, so a reader can see why a block was
 * hidden.  The method follows jusText and boilerpipe, made to work on
 * Chinese, Japanese and Korean as well as on Latin and Cyrillic text.
 * This file runs the passes in order, each in its own file (clean-int.h
 * lists them):
 *
 *  1. features per block (clean-feat.c);
 *  2. strong rules, context-free (clean-strong.c, with the tests of one
 *     block's shape in clean-line.c), then repeats across the source,
 *     the title again, and the rules over runs of blocks (clean-runs.c);
 *  3. jusText's classes (clean-context.c), then what the page's
 *     structure says (clean-dom.c), then jusText's heading rule and
 *     context pass: short and near-good blocks take the class of their
 *     neighbours;
 *  4. the end of the article: nothing after a comment form or a bot footer
 *     is article; prose there is a reader comment;
 *  5. a safety net: never hide the whole article.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

static void
clean_debug(const struct clean_feat *fs, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		fprintf(stderr, "%zu\t%c\t%.3f\t%zu\t%d\t%d\t%s\t%.40s\n",
		    i + 1, fs[i].script, fs[i].sw, fs[i].wlen, fs[i].terminal,
		    fs[i].cls, clean_verdict_name(fs[i].verdict), fs[i].s);
}

const char *
clean_verdict_name(int v)
{
	/* Marked for translation, but returned untranslated: the
	 * command line prints them as data, the reader translates. */
	switch (v) {
	case VERDICT_CONTENT:
		return (N_("content"));
	case VERDICT_COMMENT:
		return (N_("comment"));
	default:
		return (N_("boilerplate"));
	}
}

/*
 * Classify the blocks of a text.  df, when not NULL, says in how many
 * other articles of the same source a block (by clean_hash) occurs.  The
 * reasons are written only with CLEAN_REASONS in flags (formatting them
 * was a twentieth of the time), else they are empty.
 */
struct clean *
clean_text(const char *title, const char *text, size_t len,
    const struct html_link *links, size_t nlinks, const struct dom *dom,
    clean_df_cb df, void *arg, int flags)
{
	struct clean		*c;
	struct clean_feat	*fs = NULL;
	const char		*p = text, *e = text + len, *nl;
	char			*lower;
	size_t			 n = 0, i, total = 0;
	unsigned		 count;

	c = xcalloc(1, sizeof *c);
	if (len == 0)
		return (c);
	for (i = 1, nl = text; (nl = memchr(nl, '\n', e - nl)) != NULL; nl++)
		i++;
	fs = xcalloc(i, sizeof *fs);
	/* The reasons are written in place, not copied from the features. */
	c->blocks = xcalloc(i, sizeof *c->blocks);
	lower = xmalloc(len + 1);	/* lower case, where offsets keep */
	while (p <= e) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		fs[n].s = p;
		fs[n].n = nl - p;
		fs[n].quiet = !(flags & CLEAN_REASONS);
		fs[n].reason = c->blocks[n].reason;
		clean_features(&fs[n], lower + (p - text), links, nlinks,
		    p - text);
		total += fs[n].wlen;
		n++;
		if (nl == e)
			break;
		p = nl + 1;
	}

	clean_strong(fs, n, total);
	if (df != NULL) {
		for (i = 0; i < n; i++) {
			if (fs[i].kind != KIND_NONE || fs[i].wlen < 15 ||
			    fs[i].wlen > 600)
				continue;
			count = df(clean_hash(fs[i].s, fs[i].n), arg);
			if (count + 1 >= 3)
				clean_set(&fs[i], KIND_REPEATED,
				    VERDICT_BOILERPLATE, "repeated: in %u "
				    "articles of this source", count + 1);
		}
	}
	if (title != NULL)
		clean_title(fs, n, title);
	clean_runs(fs, n);
	clean_classes(fs, n);
	clean_dom(fs, n, dom, c->page, sizeof c->page);
	clean_headings(fs, n);
	clean_context(fs, n);
	clean_lists(fs, n);
	clean_tail(fs, n);
	clean_safety(fs, n);
	if ((p = getenv("SIFT_CLEAN_DEBUG")) != NULL && *p != '\0')
		clean_debug(fs, n);

	c->nblocks = n;
	for (i = 0; i < n; i++) {
		c->blocks[i].start = fs[i].s - text;
		c->blocks[i].len = fs[i].n;
		c->blocks[i].verdict = fs[i].verdict;
		if (fs[i].lower_own)
			free(fs[i].lower);
	}
	free(lower);
	free(fs);
	return (c);
}

void
clean_free(struct clean *c)
{
	if (c == NULL)
		return;
	free(c->blocks);
	free(c);
}
