/*
 * reclean.c: joining the classifier (clean.c) to the store.  Verdicts are
 * not stored: they are derived from an article's text, from how many
 * articles of its source share each block (kept current at import in
 * block_counts) and from the reader's decisions, and computed when an
 * article is shown, in well under a millisecond.  So an article imported
 * today changes the verdicts of yesterday's articles that it repeats
 * without touching them, and an upgraded classifier reaches every stored
 * article at once.  `sift reclean` re-reads an article's raw input with
 * the current importer; the reader's decisions follow their blocks' text.
 * The search index holds what the reader shows: an article is indexed
 * with its verdicts when its batch's counts are in (reclean_flush), and
 * again when re-cleaned or a reader decides on one of its blocks.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "reclean.h"
#include "index.h"

static void	reclean_add(struct reclean *, const char *, uint64_t, int);
struct reclean_df;
static struct clean *reclean_classify(struct store *, const struct article *,
		    struct reclean_df *, char **);

/* Classifying this many blocks takes some tens of milliseconds. */
#define RECLEAN_CACHE_BLOCKS	8192

/*
 * Are a text's verdicts cached?  A long text's, and one of many blocks
 * (120 KB of 60,000 short lines took 0.2 s to classify on every view).
 */
int
reclean_cached(const char *text, size_t len)
{
	const char	*p = text, *e = text + len;
	size_t		 n = 1;

	if (len >= RECLEAN_CACHE_MIN)
		return (1);
	while (n < RECLEAN_CACHE_BLOCKS && len > 0 &&
	    (p = memchr(p, '\n', e - p)) != NULL) {
		p++;
		n++;
	}
	return (n >= RECLEAN_CACHE_BLOCKS);
}

struct reclean_df {
	uint64_t	*hashes;	/* sorted */
	unsigned	*counts;
	size_t		 n;
	char		*source;	/* whose they are, when kept */
};

/* In how many other articles of the source a block occurs. */
static unsigned
reclean_df_cb(uint64_t hash, void *arg)
{
	struct reclean_df	*d = arg;
	size_t			 lo = 0, hi = d->n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (d->hashes[mid] < hash)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < d->n && d->hashes[lo] == hash)
		return (d->counts[lo] - 1);	/* the article is counted */
	return (0);
}

static void
reclean_df_free(struct reclean_df *d)
{
	if (d == NULL)
		return;
	free(d->hashes);
	free(d->counts);
	free(d->source);
	memset(d, 0, sizeof *d);
}

static int
reclean_cmp_hash(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x < y ? -1 : x > y);
}

/* The distinct block hashes of a text, sorted. */
size_t
reclean_block_hashes(const char *text, size_t len, uint64_t **out)
{
	const char	*p = text, *e = text + len, *nl;
	uint64_t	*h = NULL;
	size_t		 n = 0, size = 0, i, k;

	while (p <= e && len > 0) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		if (n == size) {
			size = size == 0 ? 64 : size * 2;
			h = xreallocarray(h, size, sizeof *h);
		}
		h[n++] = clean_hash(p, nl - p);
		if (nl == e)
			break;
		p = nl + 1;
	}
	if (n > 1)
		qsort(h, n, sizeof *h, reclean_cmp_hash);
	for (i = k = 0; i < n; i++)
		if (k == 0 || h[k - 1] != h[i])
			h[k++] = h[i];
	*out = h;
	return (k);
}

/*
 * Count an article's blocks in (1) or out (-1) of its source's counts.
 * The changes gather in memory and reach the store in reclean_flush,
 * once a batch: an upsert per block at import made FTS5 flush its pending
 * index at every statement, which tripled the cost of an import.
 */
static void
reclean_count_hashes(struct reclean *r, const char *source,
    const uint64_t *h, size_t n, int delta)
{
	struct reclean_delta	*d;
	size_t			 i, k, old;

	if (source == NULL)
		source = "";
	if ((r->ndeltas + n) * 2 > r->size) {
		/* Grow and rehash. */
		old = r->size;
		d = r->deltas;
		r->size = r->size == 0 ? 1024 : r->size;
		while ((r->ndeltas + n) * 2 > r->size)
			r->size *= 2;
		r->deltas = xcalloc(r->size, sizeof *r->deltas);
		r->ndeltas = 0;
		for (i = 0; i < old; i++)
			if (d[i].source != NULL)
				reclean_add(r, d[i].source, d[i].hash, d[i].n);
		for (i = 0; i < old; i++)
			free(d[i].source);
		free(d);
	}
	for (k = 0; k < n; k++)
		reclean_add(r, source, h[k], delta);
}

static int
reclean_count(struct reclean *r, const char *source, const char *text,
    size_t len, int delta, char **cause)
{
	uint64_t	*h;
	size_t		 n;

	(void)cause;
	n = reclean_block_hashes(text, len, &h);
	reclean_count_hashes(r, source, h, n, delta);
	free(h);
	return (0);
}

/* Add delta to the count of (source, hash) in the table. */
static void
reclean_add(struct reclean *r, const char *source, uint64_t hash, int delta)
{
	struct reclean_delta	*d;
	size_t			 i;

	i = (hash ^ (hash >> 29) ^ (uint64_t)strlen(source) * 31) &
	    (r->size - 1);
	for (;;) {
		d = &r->deltas[i];
		if (d->source == NULL) {
			d->source = xstrdup(source);
			d->hash = hash;
			d->n = delta;
			r->ndeltas++;
			return;
		}
		if (d->hash == hash && strcmp(d->source, source) == 0) {
			d->n += delta;
			return;
		}
		i = (i + 1) & (r->size - 1);
	}
}

/* Forget the gathered block counts (their transaction was rolled back). */
void
reclean_discard(struct reclean *r)
{
	size_t	i;

	for (i = 0; i < r->size; i++)
		free(r->deltas[i].source);
	free(r->deltas);
	r->deltas = NULL;
	r->ndeltas = r->size = 0;
	free(r->big);
	r->big = NULL;
	r->nbig = 0;
	free(r->fresh);
	r->fresh = NULL;
	r->nfresh = 0;
	free(r->later);
	r->later = NULL;
	r->nlater = 0;
}

/* An article to index at the end of the batch, when the counts are in. */
static void
reclean_to_index(struct reclean *r, int64_t id)
{
	r->fresh = xreallocarray(r->fresh, r->nfresh + 1, sizeof *r->fresh);
	r->fresh[r->nfresh++] = id;
}

/*
 * Make the index entry of a stored article as the reader would show it
 * now (index.c), into m: its title and visible blocks, its hidden
 * blocks apart.  Only reads the store; with keep, the source's repeated
 * blocks are kept for the next article of the same source.
 */
static int
reclean_index_make_one(struct store *s, int64_t id, const struct article *a,
    struct reclean_df *keep, struct index_made *m, char **cause)
{
	struct clean	*c;

	memset(m, 0, sizeof *m);
	m->id = id;
	if (a == NULL) {
		if ((m->own = store_get_article(s, id, 0, cause)) == NULL)
			return (-1);
		a = m->own;
	}
	if ((c = reclean_classify(s, a, keep, cause)) == NULL) {
		article_free(m->own);
		m->own = NULL;
		return (-1);
	}
	m->a = a;
	m->mask = index_mask(c, &m->masklen);
	clean_free(c);
	index_doc_make(&m->d, a->title, a->text, a->len, m->mask, m->masklen);
	return (0);
}

static void
reclean_index_made_clear(struct index_made *m)
{
	if (m->a == NULL)
		return;
	index_doc_free(&m->d);
	free(m->mask);
	article_free(m->own);
	m->a = m->own = NULL;
}

void
reclean_index_made_free(struct index_made *m, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		reclean_index_made_clear(&m[i]);
	free(m);
}

/*
 * The index entries of the stored articles of ids[0..n), made and not
 * written: import's indexing thread makes them (import-index.c) on a
 * connection of its own, which only reads.
 */
int
reclean_index_make(struct store *s, const int64_t *ids, size_t n,
    struct index_made **out, char **cause)
{
	struct reclean_df	 keep;
	struct index_made	*m;
	size_t			 i;

	memset(&keep, 0, sizeof keep);
	m = xcalloc(n == 0 ? 1 : n, sizeof *m);
	for (i = 0; i < n; i++)
		if (reclean_index_make_one(s, ids[i], NULL, &keep, &m[i],
		    cause) != 0) {
			reclean_df_free(&keep);
			reclean_index_made_free(m, i);
			*out = NULL;
			return (-1);
		}
	reclean_df_free(&keep);
	*out = m;
	return (0);
}

/* Write the entries made (reclean_index_make), in the caller's transaction. */
int
reclean_index_put(struct store *s, const struct index_made *m, size_t n,
    char **cause)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (store_index_put_doc(s, m[i].id, m[i].a->title, &m[i].d,
		    m[i].mask, m[i].masklen, cause) != 0)
			return (-1);
	return (0);
}

/*
 * Index a stored article as the reader would show it now.  In one
 * transaction, the caller's if it has one.
 */
int
reclean_index(struct store *s, const struct article *a, char **cause)
{
	struct index_made	 m;
	int			 own = !store_in_transaction(s), ret;

	if (own && store_begin(s, cause) != 0)
		return (-1);
	ret = reclean_index_make_one(s, a->id, a, NULL, &m, cause);
	if (ret == 0)
		ret = reclean_index_put(s, &m, 1, cause);
	reclean_index_made_clear(&m);
	if (own && ret == 0)
		ret = store_commit(s, cause);
	else if (own)
		store_rollback(s);
	return (ret);
}

/* Index the stored articles of ids[0..n), in the caller's transaction. */
int
reclean_index_ids(struct store *s, const int64_t *ids, size_t n,
    char **cause)
{
	struct reclean_df	 keep;
	struct index_made	 m;
	size_t			 i;
	int			 ret = 0;

	memset(&keep, 0, sizeof keep);
	for (i = 0; i < n && ret == 0; i++) {
		ret = reclean_index_make_one(s, ids[i], NULL, &keep, &m,
		    cause);
		if (ret == 0)
			ret = reclean_index_put(s, &m, 1, cause);
		reclean_index_made_clear(&m);
	}
	reclean_df_free(&keep);
	return (ret);
}

/*
 * Index the articles an older sift stored (once, after the upgrade to
 * an index of what the reader shows), a thousand a transaction, telling
 * progress(done, total, arg) after each.
 */
int
reclean_index_missing(struct store *s, reclean_progress_cb progress,
    void *arg, char **cause)
{
	int64_t	*ids;
	size_t	 n, i, k;

	if (store_index_missing(s, &ids, &n, cause) != 0)
		return (-1);
	for (i = 0; i < n; i += k) {
		k = n - i < 1000 ? n - i : 1000;
		if (store_begin(s, cause) != 0)
			goto fail;
		if (reclean_index_ids(s, ids + i, k, cause) != 0 ||
		    store_commit(s, cause) != 0) {
			store_rollback(s);
			goto fail;
		}
		if (progress != NULL)
			progress(i + k, n, arg);
	}
	free(ids);
	return (store_index_set_complete(s, cause));
fail:
	free(ids);
	return (-1);
}

/*
 * The batch's fresh articles but the large ones (big[0..nbig), whose
 * verdicts are cached) are indexed later, by import's indexing thread:
 * they go in search_todo and r->later.  The large ones are indexed now.
 */
static int
reclean_index_defer(struct reclean *r, const int64_t *big, size_t nbig,
    char **cause)
{
	size_t	i, k;

	for (i = 0; i < r->nfresh; i++) {
		for (k = 0; k < nbig && big[k] != r->fresh[i]; k++)
			/* nothing */;
		if (k < nbig) {
			if (reclean_index_ids(r->store, &r->fresh[i], 1,
			    cause) != 0)
				return (-1);
			continue;
		}
		if (store_index_later(r->store, r->fresh[i], cause) != 0)
			return (-1);
		r->later = xreallocarray(r->later, r->nlater + 1,
		    sizeof *r->later);
		r->later[r->nlater++] = r->fresh[i];
	}
	return (0);
}

/*
 * Write the gathered block counts to the store, mark the sources whose
 * counts changed, and cache the verdicts of the large articles of the
 * batch, now that the counts are final.
 */
int
reclean_flush(struct reclean *r, char **cause)
{
	struct article	*a;
	struct clean	*c;
	char		**sources = NULL;
	int64_t		*big;
	size_t		 i, k, nsources = 0, nbig;
	int		 ret = 0;

	for (i = 0; i < r->size; i++) {
		if (r->deltas[i].source == NULL)
			continue;
		if (ret == 0 && r->deltas[i].n != 0)
			ret = store_count_block(r->store, r->deltas[i].source,
			    r->deltas[i].hash, r->deltas[i].n, cause);
		for (k = 0; k < nsources; k++)
			if (strcmp(sources[k], r->deltas[i].source) == 0)
				break;
		if (k == nsources) {
			sources = xreallocarray(sources, nsources + 1,
			    sizeof *sources);
			sources[nsources++] = r->deltas[i].source;
		} else
			free(r->deltas[i].source);
	}
	for (k = 0; k < nsources; k++) {
		if (ret == 0)
			ret = store_bump_gen(r->store, sources[k], cause);
		free(sources[k]);
	}
	free(sources);
	free(r->deltas);
	r->deltas = NULL;
	r->ndeltas = r->size = 0;
	for (i = 0; i < r->nbig && ret == 0; i++) {
		if ((a = store_get_article(r->store, r->big[i], 0,
		    cause)) == NULL) {
			ret = -1;
			break;
		}
		if ((c = reclean_verdicts(r->store, a, cause)) == NULL)
			ret = -1;
		clean_free(c);
		article_free(a);
	}
	big = r->big;
	nbig = r->nbig;
	r->big = NULL;
	r->nbig = 0;
	/* the new and changed articles' index entries, with the counts
	 * of their batch; with defer, those of the large ones only, and
	 * the rest left for later (r->later, in search_todo) */
	if (ret == 0 && !r->defer)
		ret = reclean_index_ids(r->store, r->fresh, r->nfresh, cause);
	else if (ret == 0)
		ret = reclean_index_defer(r, big, nbig, cause);
	free(big);
	free(r->fresh);
	r->fresh = NULL;
	r->nfresh = 0;
	return (ret);
}

/* Count a newly stored article's blocks. */
int
reclean_new(struct reclean *r, const struct article *a, char **cause)
{
	const struct article_prep	*p = a->prep;

	if (p != NULL ? p->cached : reclean_cached(a->text, a->len)) {
		r->big = xreallocarray(r->big, r->nbig + 1, sizeof *r->big);
		r->big[r->nbig++] = a->id;
	}
	reclean_to_index(r, a->id);
	if (p == NULL)
		return (reclean_count(r, a->source, a->text, a->len, 1,
		    cause));
	reclean_count_hashes(r, a->source, p->blocks, p->nblocks, 1);
	return (0);
}

/* Take an article's blocks out of its source's counts (sift rm). */
int
reclean_gone(struct reclean *r, const struct article *a, char **cause)
{
	return (reclean_count(r, a->source, a->text, a->len, -1, cause));
}

static int	reclean_reanchor(struct store *, int64_t, const char *,
		    size_t, char **);

/* Find an article's claims again in its text (an article revived). */
int
reclean_claims(struct store *s, const struct article *a, char **cause)
{
	return (reclean_reanchor(s, a->id, a->text, a->len, cause));
}

/*
 * Cached verdicts: a byte of verdict and the reason, NUL-terminated, a
 * block; the verdict's byte with RECLEAN_SAME and no reason when the
 * reason is the block before's (60,000 short lines of one reason took
 * 3.3 MB).  Returns NULL when the data does not fit the text.
 */
#define RECLEAN_SAME	0x80
static struct clean *
reclean_unpack(const struct article *a, const char *data, size_t len)
{
	struct clean	*c;
	const char	*p = a->text, *e = a->text + a->len, *nl;
	const char	*d = data, *de = data + len, *z;
	size_t		 n = 1, i;

	for (nl = p; (nl = memchr(nl, '\n', e - nl)) != NULL; nl++)
		n++;
	c = xcalloc(1, sizeof *c);
	c->blocks = xcalloc_dense(n, sizeof *c->blocks);
	c->nblocks = n;
	for (i = 0; i < n; i++) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		if (d < de && (*d & RECLEAN_SAME) && i > 0)
			z = d;		/* the reason before */
		else if (d >= de || (*d & RECLEAN_SAME) ||
		    (z = memchr(d + 1, '\0', de - d - 1)) == NULL) {
			clean_free(c);
			return (NULL);
		}
		c->blocks[i].start = p - a->text;
		c->blocks[i].len = nl - p;
		c->blocks[i].verdict = (unsigned char)*d & ~RECLEAN_SAME;
		if (z == d)
			c->blocks[i].reason = c->blocks[i - 1].reason;
		else if ((size_t)(z - d - 1) < CLEAN_REASON_MAX)
			c->blocks[i].reason = clean_keep_reason(c, d + 1);
		else
			c->blocks[i].reason = "";
		d = z + 1;
		p = nl + 1;
	}
	/* then how the page was read */
	if (d < de && (z = memchr(d, '\0', de - d)) != NULL &&
	    (size_t)(z - d) < sizeof c->page) {
		memcpy(c->page, d, z - d + 1);
		d = z + 1;
	}
	if (d != de) {
		clean_free(c);
		return (NULL);
	}
	return (c);
}

static void
reclean_pack(struct store *s, const struct article *a, int64_t gen,
    const struct clean *c)
{
	struct buf	b;
	size_t		i;

	buf_init(&b);
	for (i = 0; i < c->nblocks; i++) {
		if (i > 0 && strcmp(c->blocks[i].reason,
		    c->blocks[i - 1].reason) == 0) {
			buf_addc(&b, (char)(c->blocks[i].verdict |
			    RECLEAN_SAME));
			continue;
		}
		buf_addc(&b, (char)c->blocks[i].verdict);
		buf_add(&b, c->blocks[i].reason,
		    strlen(c->blocks[i].reason) + 1);
	}
	buf_add(&b, c->page, strlen(c->page) + 1);
	store_put_cache(s, a->id, gen, CLEAN_VERSION, b.data, b.len);
	buf_free(&b);
}

/*
 * Apply the reader's decisions to a classification of an article: an
 * override holds for the block at the same range, or failing that for
 * the block with the same text.
 */
static int
reclean_overrides(struct store *s, int64_t id, const char *text,
    struct clean *c, char **cause)
{
	struct store_override	*ov;
	struct clean_block	*b;
	char			 why[CLEAN_REASON_MAX];
	size_t			 n, i, k;

	if (store_overrides(s, id, &ov, &n, cause) != 0) {
		free(ov);
		return (-1);
	}
	for (k = 0; k < n; k++) {
		for (i = 0; i < c->nblocks; i++)
			if (c->blocks[i].start == ov[k].start &&
			    c->blocks[i].len == ov[k].len)
				break;
		if (i == c->nblocks) {
			for (i = 0; i < c->nblocks; i++)
				if (clean_hash(text + c->blocks[i].start,
				    c->blocks[i].len) == ov[k].hash)
					break;
		}
		if (i == c->nblocks)
			continue;
		b = &c->blocks[i];
		b->overridden = 1;
		if (b->verdict != ov[k].verdict)
			snprintf(why, sizeof why,
			    "override: marked %s by the reader (was %s)",
			    clean_verdict_name(ov[k].verdict),
			    clean_verdict_name(b->verdict));
		else
			snprintf(why, sizeof why,
			    "override: marked %s by the reader",
			    clean_verdict_name(ov[k].verdict));
		b->reason = clean_keep_reason(c, why);
		b->verdict = ov[k].verdict;
	}
	free(ov);
	return (0);
}

/*
 * Move the reader's decisions on an article after its text changed: each
 * one whose range no longer holds the same text moves to the block that
 * does.
 */
static int
reclean_move_overrides(struct store *s, int64_t id, const char *text,
    const struct clean *c, char **cause)
{
	struct store_override	*ov;
	const struct clean_block *b;
	size_t			 n, i, j;
	char			*ignored = NULL;

	/* as before, a failure to read them moves none */
	if (store_overrides(s, id, &ov, &n, &ignored) != 0) {
		free(ignored);
		free(ov);
		return (0);
	}
	for (i = 0; i < n; i++) {
		for (j = 0; j < c->nblocks; j++) {
			b = &c->blocks[j];
			if (clean_hash(text + b->start, b->len) != ov[i].hash)
				continue;
			if (b->start == ov[i].start && b->len == ov[i].len)
				break;
			if (store_move_override(s, id, ov[i].start, ov[i].len,
			    b->start, b->len, cause) != 0) {
				free(ov);
				return (-1);
			}
			break;
		}
	}
	free(ov);
	return (0);
}

/*
 * The verdicts of a stored article: the classifier's, with what the store
 * knows of its source, and the reader's decisions over them.  A large
 * article's are cached until its source's counts change.  With keep,
 * the source's repeated blocks are kept there for the next article of
 * the same source (reading them is a scan of the source's counts), and
 * the reasons are written only for a verdict to cache.
 */
static struct clean *
reclean_classify(struct store *s, const struct article *a,
    struct reclean_df *keep, char **cause)
{
	struct reclean_df	 d, *df = keep != NULL ? keep : &d;
	struct clean		*c = NULL;
	const char		*source = a->source != NULL ? a->source : "";
	int64_t			 gen = 0;
	char			*data;
	size_t			 len;
	int			 cached = reclean_cached(a->text, a->len);

	if (cached) {
		gen = store_source_gen(s, a->source);
		data = store_get_cache(s, a->id, gen, CLEAN_VERSION, &len);
		if (data != NULL)
			c = reclean_unpack(a, data, len);
		free(data);
	}
	if (c == NULL) {
		if (keep == NULL || keep->source == NULL ||
		    strcmp(keep->source, source) != 0) {
			reclean_df_free(keep);
			df->n = store_repeated(s, a->source, &df->hashes,
			    &df->counts);
			df->source = keep != NULL ? xstrdup(source) : NULL;
		}
		c = clean_text(a->title, a->text, a->len, a->links, a->nlinks,
		    a->dom, reclean_df_cb, df, keep == NULL || cached ?
		    CLEAN_REASONS : 0);
		if (keep == NULL)
			reclean_df_free(df);
		if (cached)
			reclean_pack(s, a, gen, c);
	}
	if (reclean_overrides(s, a->id, a->text, c, cause) != 0) {
		clean_free(c);
		return (NULL);
	}
	return (c);
}

struct clean *
reclean_verdicts(struct store *s, const struct article *a, char **cause)
{
	return (reclean_classify(s, a, NULL, cause));
}

/*
 * Find an article's claims again in its new text (claim_reanchor): one
 * still at its place stays as it is, unless it was fuzzy and now holds
 * its quote again ("moved"); one found elsewhere is "moved", one found
 * approximately "fuzzy" with its score (its quote kept as it was), and
 * one not found "orphaned": kept, with no range.
 */
static int
reclean_reanchor(struct store *s, int64_t id, const char *text,
    size_t len, char **cause)
{
	struct store_anchor	*c;
	enum claim_anchor	 anchor;
	size_t			 n, i, a, b;
	double			 score = 0.0;
	int			 ret = 0;

	if (store_anchors(s, id, &c, &n, cause) != 0) {
		store_anchors_free(c, n);
		return (-1);
	}
	for (i = 0; i < n && ret == 0; i++) {
		anchor = claim_reanchor(text, len, c[i].quote, c[i].prefix,
		    c[i].suffix, c[i].start, c[i].end, 0, &a, &b, &score);
		if (anchor == CLAIM_EXACT) {
			if (c[i].anchor != CLAIM_FUZZY)
				continue;
			anchor = CLAIM_MOVED;
		}
		ret = store_move_claim(s, c[i].id, anchor, a, b, score, cause);
	}
	store_anchors_free(c, n);
	return (ret);
}

/*
 * An article's new text (fresh, with a's id): move its blocks' counts,
 * store the text, find its claims again in it, and move the reader's
 * decisions with their blocks.
 */
static int
reclean_apply(struct reclean *r, const struct article *a,
    struct article *fresh, char **cause)
{
	struct clean	*c;
	int		 ret;

	if (reclean_count(r, a->source, a->text, a->len, -1, cause) != 0 ||
	    store_update_text(r->store, fresh, cause) != 0 ||
	    reclean_reanchor(r->store, a->id, fresh->text, fresh->len,
	    cause) != 0 ||
	    reclean_count(r, a->source, fresh->text, fresh->len, 1,
	    cause) != 0)
		return (-1);
	r->changed++;
	c = clean_text(a->title, fresh->text, fresh->len, fresh->links,
	    fresh->nlinks, fresh->dom, NULL, NULL, 0);
	ret = reclean_move_overrides(r->store, a->id, fresh->text, c,
	    cause);
	clean_free(c);
	return (ret);
}

/*
 * Read an article's raw input again with the current importer; when it
 * now makes another text of it, store that text, move the counts, and
 * move the reader's decisions with their blocks.
 */
int
reclean_one(struct reclean *r, int64_t id, char **cause)
{
	struct article	*a, *fresh = NULL;
	int		 ret = -1;

	if ((a = store_get_article(r->store, id, 1, cause)) == NULL)
		return (-1);
	r->done++;
	if (import_reparse(a, &fresh) != 0 || fresh == NULL) {
		ret = 0;
		goto out;
	}
	fresh->id = a->id;
	if (fresh->len == a->len && memcmp(fresh->text, a->text,
	    a->len) == 0) {
		/* the same text: what import now knows of the page */
		ret = store_update_meta(r->store, fresh, cause);
		goto out;
	}
	ret = reclean_apply(r, a, fresh, cause);
out:
	if (ret == 0)
		reclean_to_index(r, id);
	article_free(fresh);
	article_free(a);
	return (ret);
}

/*
 * sift import --replace: fresh, just read from a file, takes the place
 * of article id, the copy an earlier import made of it (say without
 * the right --encoding): its input, text and what import knows of it,
 * its claims found again in the new text.
 */
int
reclean_replace(struct reclean *r, int64_t id, struct article *fresh,
    char **cause)
{
	struct article	*a;
	int		 ret = -1;

	if ((a = store_get_article(r->store, id, 0, cause)) == NULL)
		return (-1);
	fresh->id = id;
	if (store_replace_input(r->store, fresh, cause) == 0 &&
	    reclean_apply(r, a, fresh, cause) == 0 &&
	    (ret = store_update_meta(r->store, fresh, cause)) == 0)
		reclean_to_index(r, id);
	article_free(a);
	return (ret);
}
