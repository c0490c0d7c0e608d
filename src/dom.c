/*
 * dom.c: the shape of a web page, as much of it as the classifier needs.
 * html-sax.c builds it while libxml2 parses the page: a node for each
 * block-level element (div, p, li, nav, article, ...) in document order,
 * so a node's parent always comes before it and its descendants follow
 * it without a gap; and for each block of the article's text the node it
 * was written in.  A node keeps what the page says of it: its tag, the
 * landmark it is (nav, aside, footer, a role), whether it is hidden, and
 * what its class, id, role and itemprop call it, reduced to one family
 * (navigation, related, comments, share, ad, ...) and one positive mark
 * (article body, or a weak "content") by dom-name.c.
 *
 * A dom is stored with its article (dom_pack, dom_unpack): a version
 * byte, then varints, a few bytes a node and a block.  The names a page
 * uses are stored as words, in a table of their own that its nodes
 * index: dom-name.c's table grows in the middle, and a stored index
 * would name another word after it did (version 1 stored the index).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sift.h"

#define DOM_PACK_VERSION	2
struct dom *
dom_new(void)
{
	struct dom	*d;

	d = xcalloc(1, sizeof *d);
	return (d);
}

void
dom_free(struct dom *d)
{
	if (d == NULL)
		return;
	free(d->nodes);
	free(d->blocks);
	free(d);
}

/* Add a node under parent (DOM_NONE for a root); return its index. */
uint32_t
dom_add_node(struct dom *d, uint32_t parent, int tag)
{
	struct dom_node	*nd;

	if (d->nnodes == d->nodesize) {
		d->nodesize = d->nodesize == 0 ? 64 : d->nodesize * 2;
		d->nodes = xreallocarray(d->nodes, d->nodesize,
		    sizeof *d->nodes);
	}
	nd = &d->nodes[d->nnodes];
	memset(nd, 0, sizeof *nd);
	nd->parent = parent;
	nd->tag = tag;
	return (d->nnodes++);
}

void
dom_add_block(struct dom *d, uint32_t node)
{
	if (d->nblocks == d->blocksize) {
		d->blocksize = d->blocksize == 0 ? 64 : d->blocksize * 2;
		d->blocks = xreallocarray(d->blocks, d->blocksize,
		    sizeof *d->blocks);
	}
	d->blocks[d->nblocks].node = node;
	d->blocks[d->nblocks].flags = 0;
	d->nblocks++;
}

/* Block i is two lines now: the second stands where the first does. */
void
dom_split_block(struct dom *d, size_t i)
{
	if (i >= d->nblocks)
		return;
	dom_add_block(d, d->blocks[i].node);
	memmove(d->blocks + i + 2, d->blocks + i + 1, (d->nblocks - i - 2) *
	    sizeof *d->blocks);
	d->blocks[i + 1].node = d->blocks[i].node;
	d->blocks[i + 1].flags = d->blocks[i].flags & ~DOM_B_TITLE;
}

/* Forget the first block (import took it out of the text). */
void
dom_drop_first_block(struct dom *d)
{
	if (d->nblocks == 0)
		return;
	memmove(d->blocks, d->blocks + 1, (d->nblocks - 1) *
	    sizeof *d->blocks);
	d->nblocks--;
	d->flags |= DOM_P_TITLED;
}

/*
 * Keep only the nodes that hold a block, and their ancestors: the rest
 * never decides anything, but for a signup form with no words (an
 * input and a button), a button's box, an image's box or a player's (a
 * <video>, or an empty element named for a player, where a script puts
 * one), whose mark passes to the element it stood in.  Order, and so
 * the parent-first property, is kept.
 */
void
dom_prune(struct dom *d)
{
	uint32_t	*map, i, j, n;

	if (d->nnodes == 0)
		return;
	map = xcalloc(d->nnodes, sizeof *map);
	for (i = 0; i < d->nblocks; i++) {
		for (j = d->blocks[i].node; j != DOM_NONE && map[j] == 0;
		    j = d->nodes[j].parent)
			map[j] = 1;
	}
	for (i = d->nnodes; i-- > 0;)		/* children after parents */
		if (map[i] == 0 && d->nodes[i].parent != DOM_NONE)
			d->nodes[d->nodes[i].parent].flags |=
			    (d->nodes[i].flags & (DOM_N_SIGNUP | DOM_N_IMG |
			    DOM_N_MEDIA | DOM_N_BUTTON)) |
			    (d->nodes[i].family == DOM_FAM_PLAYER ?
			    DOM_N_MEDIA : 0);
	for (i = n = 0; i < d->nnodes; i++) {
		if (map[i] == 0)
			continue;
		map[i] = n + 1;
		d->nodes[n] = d->nodes[i];
		if (d->nodes[n].parent != DOM_NONE)
			d->nodes[n].parent = map[d->nodes[n].parent] - 1;
		n++;
	}
	for (i = 0; i < d->nblocks; i++) {
		if (d->blocks[i].node != DOM_NONE)
			d->blocks[i].node = map[d->blocks[i].node] - 1;
	}
	d->nnodes = n;
	free(map);
}

static void
dom_put(struct buf *b, uint64_t v)
{
	char	c;

	do {
		c = v & 0x7f;
		v >>= 7;
		if (v != 0)
			c |= 0x80;
		buf_addc(b, c);
	} while (v != 0);
}

static int
dom_get(const unsigned char **p, const unsigned char *e, uint64_t *v)
{
	int	shift = 0;

	*v = 0;
	while (*p < e && shift < 64) {
		*v |= (uint64_t)(**p & 0x7f) << shift;
		if ((*(*p)++ & 0x80) == 0)
			return (0);
		shift += 7;
	}
	return (-1);
}

/* The stored form of a dom: see the comment at the top. */
void
dom_pack(const struct dom *d, struct buf *b)
{
	const struct dom_node	*nd;
	uint16_t		*local;
	size_t			 i, nlocal = 0, nent = dom_name_entries();
	const char		*w;

	local = xcalloc(nent + 1, sizeof *local);
	buf_addc(b, DOM_PACK_VERSION);
	dom_put(b, d->flags);
	/* the names used, each once, as words: how many, then each */
	for (i = 0; i < d->nnodes; i++) {
		if (d->nodes[i].token > 0 && d->nodes[i].token <= nent &&
		    local[d->nodes[i].token] == 0)
			local[d->nodes[i].token] = ++nlocal;
	}
	dom_put(b, nlocal);
	memset(local, 0, (nent + 1) * sizeof *local);
	for (i = 0, nlocal = 0; i < d->nnodes; i++) {
		if (d->nodes[i].token == 0 || d->nodes[i].token > nent ||
		    local[d->nodes[i].token] != 0)
			continue;
		local[d->nodes[i].token] = ++nlocal;
		w = dom_token_name(d->nodes[i].token);
		dom_put(b, strlen(w));
		buf_add(b, w, strlen(w));
	}
	dom_put(b, d->nnodes);
	for (i = 0; i < d->nnodes; i++) {
		nd = &d->nodes[i];
		/* the parent as a distance back, 0 for none */
		dom_put(b, nd->parent == DOM_NONE ? 0 : i - nd->parent);
		dom_put(b, nd->tag);
		dom_put(b, nd->flags);
		dom_put(b, nd->token > 0 && nd->token <= nent ?
		    local[nd->token] : 0);
		dom_put(b, nd->family);
		dom_put(b, nd->attr);
	}
	dom_put(b, d->nblocks);
	for (i = 0; i < d->nblocks; i++) {
		dom_put(b, d->blocks[i].node == DOM_NONE ? 0 :
		    d->blocks[i].node + 1);
		dom_put(b, d->blocks[i].flags);
	}
	free(local);
}

/*
 * The table of words a stored dom's nodes index, as this table's
 * entries (0: a word it no longer has); NULL if it is damaged.
 */
static uint16_t *
dom_unpack_words(const unsigned char **p, const unsigned char *e,
    uint64_t *n)
{
	uint16_t	*tok;
	uint64_t	 i, len;

	if (dom_get(p, e, n) != 0 || *n > (uint64_t)dom_name_entries())
		return (NULL);
	tok = xcalloc(*n + 1, sizeof *tok);
	for (i = 0; i < *n; i++) {
		if (dom_get(p, e, &len) != 0 || len > DOM_TOKEN_MAX ||
		    len > (uint64_t)(e - *p)) {
			free(tok);
			return (NULL);
		}
		/* the word itself, not one it starts with */
		tok[i] = dom_name_word((const char *)*p, len);
		*p += len;
	}
	return (tok);
}

/* Read a stored dom back; NULL if it is damaged or of another version. */
struct dom *
dom_unpack(const void *data, size_t len)
{
	const unsigned char	*p = data, *e = p + len;
	struct dom		*d;
	struct dom_node		*nd;
	uint64_t		 v, n, i, k[6], ntok = dom_name_entries();
	uint16_t		*tok = NULL;
	int			 j, version;

	if (len < 1 || (*p != 1 && *p != DOM_PACK_VERSION))
		return (NULL);
	version = *p++;
	d = dom_new();
	if (dom_get(&p, e, &v) != 0)
		goto bad;
	d->flags = v;
	if (version > 1 && (tok = dom_unpack_words(&p, e, &ntok)) == NULL)
		goto bad;
	if (dom_get(&p, e, &n) != 0 || n > len)
		goto bad;
	for (i = 0; i < n; i++) {
		for (j = 0; j < 6; j++) {
			if (dom_get(&p, e, &k[j]) != 0)
				goto bad;
		}
		if (k[0] > i || k[1] >= DOM_NTAGS || k[3] > ntok ||
		    k[4] >= DOM_NFAMILIES || k[5] > DOM_ATTR_DATA ||
		    k[2] > 0xffffffff)
			goto bad;
		dom_add_node(d, k[0] == 0 ? DOM_NONE : (uint32_t)(i - k[0]),
		    (int)k[1]);
		nd = &d->nodes[i];
		nd->flags = k[2];
		/* version 1 stored the table's index itself */
		nd->token = tok == NULL || k[3] == 0 ? k[3] : tok[k[3] - 1];
		nd->family = k[4];
		nd->attr = k[5];
	}
	if (dom_get(&p, e, &n) != 0 || n > len)
		goto bad;
	for (i = 0; i < n; i++) {
		if (dom_get(&p, e, &k[0]) != 0 || dom_get(&p, e, &k[1]) != 0 ||
		    k[0] > d->nnodes)
			goto bad;
		dom_add_block(d, k[0] == 0 ? DOM_NONE : (uint32_t)(k[0] - 1));
		d->blocks[i].flags = k[1];
	}
	if (p != e)
		goto bad;
	free(tok);
	return (d);
bad:
	free(tok);
	dom_free(d);
	return (NULL);
}
