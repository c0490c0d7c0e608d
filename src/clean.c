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
    const char *text)
{
	struct clean_block	b;
	size_t			i;

	for (i = 0; i < n; i++) {
		b.start = fs[i].s - text;
		b.len = fs[i].n;
		b.verdict = fs[i].verdict;
		b.overridden = 0;
		b.reason = fs[i].reason;
		if (fs[i].lower_own)
			free(fs[i].lower);
		memcpy((char *)fs + i * sizeof b, &b, sizeof b);
	}
	c->blocks = xreallocarray(fs, n, sizeof b);
	c->nblocks = n;
}

/*
 * A reason's text, kept with the verdicts (the same text as one of the
 * last kept is shared: runs of blocks often have one reason); "" is not
 * kept.  Chunks never move, so a block's pointer holds.
 */
#define CLEAN_CHUNK	65536
#define CLEAN_RECENT	64
struct clean_chunk {
	struct clean_chunk	*next;
	size_t			 used;
	size_t			 size;
	char			 data[];
};
struct clean_reasons {
	struct clean_chunk	*chunks;
	const char		*recent[CLEAN_RECENT];
};

const char *
clean_keep_reason(struct clean *c, const char *s)
{
	struct clean_reasons	*r;
	struct clean_chunk	*k;
	size_t			 n = strlen(s) + 1, h;
	char			*p;

	if (n == 1)
		return ("");
	if ((r = c->reasons) == NULL)
		r = c->reasons = xcalloc(1, sizeof *r);
	h = clean_fnv(s, n - 1) % CLEAN_RECENT;
	if (r->recent[h] != NULL && strcmp(r->recent[h], s) == 0)
		return (r->recent[h]);
	if ((k = r->chunks) == NULL || k->size - k->used < n) {
		k = xmalloc(sizeof *k + (n > CLEAN_CHUNK ? n : CLEAN_CHUNK));
		k->size = n > CLEAN_CHUNK ? n : CLEAN_CHUNK;
		k->used = 0;
		k->next = r->chunks;
		r->chunks = k;
	}
	p = k->data + k->used;
	memcpy(p, s, n);
	k->used += n;
	return (r->recent[h] = p);
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
	lower = xmalloc(len + 1);	/* lower case, where offsets keep */
	while (p <= e) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		fs[n].s = p;
		fs[n].n = nl - p;
		fs[n].out = (flags & CLEAN_REASONS) ? c : NULL;
		fs[n].reason = "";
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

	free(lower);
	clean_blocks(c, fs, n, text);
	return (c);
}

void
clean_free(struct clean *c)
{
	struct clean_chunk	*k;

	if (c == NULL)
		return;
	free(c->blocks);
	if (c->reasons != NULL) {
		while ((k = c->reasons->chunks) != NULL) {
			c->reasons->chunks = k->next;
			free(k);
		}
		free(c->reasons);
	}
	free(c);
}
