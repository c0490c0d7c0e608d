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
		    i + 1, fs[i].script, fs[i].sw, (size_t)fs[i].wlen,
		    fs[i].terminal, fs[i].cls, clean_verdict_name(fs[i].verdict), fs[i].s);
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

/* A block is written over the features of those before it. */
typedef char clean_block_fits[sizeof (struct clean_block) <=
    sizeof (struct clean_feat) ? 1 : -1];

/*
 * The verdicts, in the features' memory: a block is smaller than a
 * block's features, so block i, written once features i are read,
 * covers only features already read, and the peak is the features' own.
 */
static void
clean_blocks(struct clean *c, struct clean_feat *fs, size_t n,
    const char *text, const char **reasons)
{
	struct clean_block	b;
	size_t			i;

	for (i = 0; i < n; i++) {
		b.start = fs[i].s - text;
		b.len = fs[i].n;
		b.verdict = fs[i].verdict;
		b.overridden = 0;
		b.reason = reasons != NULL ? reasons[i] : "";
		if (fs[i].lower_own)
			free(fs[i].lower);
		memcpy((char *)fs + i * sizeof b, &b, sizeof b);
	}
	free(reasons);
	c->blocks = xreallocarray(fs, n, sizeof b);
	c->nblocks = n;
}

/*
 * The end of the block that starts at p: its newline, or the text's end
 * e; a longer line than CLEAN_BLOCK_MAX bytes is cut there.
 */
static const char *
clean_block_end(const char *p, const char *e)
{
	const char	*nl;

	if ((size_t)(e - p) > CLEAN_BLOCK_MAX)
		e = p + CLEAN_BLOCK_MAX;
	nl = memchr(p, '\n', e - p);
	return (nl != NULL ? nl : e);
}

/*
 * Mark the blocks in a web page's <pre>: what looks like a tag there is
 * text the page shows (its entities decoded), a program's or a
 * command's, not markup left in it.
 */
static void
clean_code(struct clean_feat *fs, size_t n, const struct dom *d)
{
	size_t		i;
	uint32_t	k;
	int		up;

	if (d == NULL || d->nblocks != n)
		return;
	for (i = 0; i < n; i++) {
		for (k = d->blocks[i].node, up = 0; k != DOM_NONE && up < 64;
		    k = d->nodes[k].parent, up++) {
			if (d->nodes[k].tag == DOM_PRE) {
				fs[i].code = 1;
				break;
			}
		}
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
	for (i = 1, nl = text; (nl = clean_block_end(nl, e)) != e; i++)
		nl += *nl == '\n';
	fs = xcalloc(i, sizeof *fs);
	clean_reasons_begin((flags & CLEAN_REASONS) ? c : NULL, fs, i);
	lower = xmalloc(len + 1);	/* lower case, where offsets keep */
	for (;;) {
		nl = clean_block_end(p, e);
		fs[n].s = p;
		fs[n].n = nl - p;
		clean_features(&fs[n], lower + (p - text), links, nlinks,
		    p - text);
		total += fs[n].wlen;
		n++;
		if (nl == e)
			break;
		p = nl + (*nl == '\n');
	}

	clean_code(fs, n, dom);
	clean_factcheck(fs, n);
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
		clean_title(fs, n, title, dom == NULL);
	clean_runs(fs, n, dom == NULL);
	clean_classes(fs, n);
	clean_deals(fs, n);
	clean_dom(fs, n, dom, c->page, sizeof c->page);
	clean_headings(fs, n);
	clean_context(fs, n);
	clean_lists(fs, n);
	clean_tail(fs, n);
	clean_safety(fs, n);
	if ((p = getenv("SIFT_CLEAN_DEBUG")) != NULL && *p != '\0')
		clean_debug(fs, n);

	free(lower);
	clean_blocks(c, fs, n, text, clean_reasons_end());
	return (c);
}

void
clean_free(struct clean *c)
{
	if (c == NULL)
		return;
	free(c->blocks);
	clean_reasons_free(c->reasons);
	free(c);
}
