/*
 * lexicon-match.c: finding the phrases of lexicon.c's lists in a block
 * of lower-cased text.  A block is prepared once (its byte pairs, its
 * bounds without punctuation around, and the phrases its pairs may
 * start, for every kind) and then asked for each kind it may be.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"
#include "lexicon.h"

/* Is c punctuation or space for the '=' and '^' anchors? */
static int
lexicon_is_trim(ucs4_t c)
{
	return (c == ' ' || c == '\t' || c == ':' || c == '-' || c == '|' ||
	    c == 0x30fb || c == 0xb7 ||	/* ・, · before a list's item */
	    c == '.' || c == '!' || c == '>' || c == '*' || c == 0xff1a ||
	    c == 0x2026 ||			/* "Video wird geladen …" */
	    c == 0x3002 || c == 0x3000 ||	/* 。, an indent's space */
	    c == 0x2022 || c == 0x25b6 || c == 0x300c ||
	    c == 0x300d || c == 0x3010 || c == 0x3011 || c == '[' ||
	    c == ']' || c == '(' || c == ')' || c == 0x2014 || c == 0x2013 ||
	    c == '<' || c == 0xff1c || c == 0xff1e ||	/* ＜関連記事＞ */
	    c == 0x25a0 || c == 0x25a1 || c == 0x25a3 ||	/* ■, □, ▣ */
	    c == 0x25c6 || c == 0x25c7 || c == 0x25cb ||	/* ◆, ◇, ○ */
	    c == 0x25b2 || c == 0x25bc ||	/* ▲, ▼ over a list */
	    c == 0x25b8 ||			/* ▸ before a link */
	    c == 0x25cf ||			/* ● before a label */
	    (c >= 0x2600 && c <= 0x27bf) ||	/* ☛, ✔ before a label */
	    (c >= 0x1f300 && c <= 0x1faff));	/* 📲, 👉 */
}

#define LEXICON_LETTER(c)	(((c) >= 'a' && (c) <= 'z') || \
				    ((c) >= 'A' && (c) <= 'Z'))

/*
 * Is part p[0..len) in s, a whole word where it begins or ends with an
 * ASCII letter ("app" is not in "appointments")?
 */
static int
lexicon_part(const char *s, size_t n, const char *p, size_t len)
{
	const char	*q = s, *e = s + n;

	while ((q = memmem(q, e - q, p, len)) != NULL) {
		if ((!LEXICON_LETTER(p[0]) || q == s ||
		    !LEXICON_LETTER(q[-1])) && (!LEXICON_LETTER(p[len - 1]) ||
		    q + len == e || !LEXICON_LETTER(q[len])))
			return (1);
		q++;
	}
	return (0);
}

/*
 * Is the phrase in s?  A phrase of '&'-separated parts needs them all,
 * each as a word ("get&app" is not in "get to their appointments").
 */
static int
lexicon_all(const char *s, size_t n, const char *ph)
{
	const char	*amp;

	if (strchr(ph, '&') == NULL)
		return (memmem(s, n, ph, strlen(ph)) != NULL);
	while ((amp = strchr(ph, '&')) != NULL) {
		if (amp > ph && !lexicon_part(s, n, ph, amp - ph))
			return (0);
		ph = amp + 1;
	}
	return (*ph == '\0' || lexicon_part(s, n, ph, strlen(ph)));
}

/* The fewest bytes a block holding a phrase has: its longest part. */
static size_t
lexicon_least(const char *ph)
{
	const char	*amp;
	size_t		 most = 0;

	while ((amp = strchr(ph, '&')) != NULL) {
		if ((size_t)(amp - ph) > most)
			most = amp - ph;
		ph = amp + 1;
	}
	return (strlen(ph) > most ? strlen(ph) : most);
}

/*
 * The byte pairs a phrase needs: a phrase with a pair the block lacks
 * cannot be in it.  A block marks its pairs in a bit map of 8,192
 * (a hash of the two bytes); a phrase keeps the list of its distinct
 * pairs, and most phrases fail on the first or second.
 */
#define LEXICON_PAIR(a, b)	((a) < 0x80 && (b) < 0x80 ? \
				    (unsigned)lexicon_class[a] << 6 | lexicon_class[b] : \
				    LEXICON_NPAIRS / 2 + \
				    (((a) * 97u + (b) * 5u) & (LEXICON_NPAIRS / 2 - 1)))
#define LEXICON_HAS(lb, h)	(((lb)->have[(h) / 64] >> ((h) % 64)) & 1)
#define LEXICON_SET(lb, h)	((lb)->have[(h) / 64] |= \
				    (uint64_t)1 << ((h) % 64))

/*
 * Pairs of ASCII bytes have the first half of the map to themselves,
 * without collisions among letters, digits and common punctuation: a
 * byte's class is six bits (upper case as lower; 0 for the rest).  A
 * pair with a byte beyond ASCII is hashed into the second half, so that
 * no "ä" of German text is taken for the "ra" of English.
 */
static uint8_t	lexicon_class[128];

static void
lexicon_class_build(void)
{
	static const char	 bytes[] = "abcdefghijklmnopqrstuvwxyz"
	    "0123456789 .,:;-'\"()!?/&@|[]*+=<>#%$";
	size_t			 i;

	for (i = 0; bytes[i] != '\0'; i++) {
		lexicon_class[(uint8_t)bytes[i]] = (uint8_t)(i + 1);
		if (bytes[i] >= 'a' && bytes[i] <= 'z')
			lexicon_class[bytes[i] - 'a' + 'A'] = (uint8_t)(i + 1);
	}
	lexicon_class['\t'] = lexicon_class[' '];
}

struct lexicon_need {
	size_t		  count;	/* phrases */
	size_t		  base;		/* its first in lexicon_ix, by 64 */
	uint16_t	(*first)[3];	/* each phrase's three rarest pairs */
	uint16_t	**pairs;	/* its distinct pairs, ended by 0xffff */
	size_t		 *len;		/* its length, without the anchor */
	size_t		  least;	/* the bytes a block needs for any */
};

static struct lexicon_need	lexicon_need[LEXICON_NKINDS];

/*
 * The phrases of all kinds by their rarest pair, so that a block looks
 * up the phrases its own pairs may start, once for every kind, instead
 * of trying every phrase.  A kind's phrases are numbered from its base,
 * a multiple of 64: a word of a block's candidates is one kind's.  A
 * pair's phrases that must be the whole block ("=save") come last, for
 * a block longer than the longest of them to skip.
 */
static struct {
	uint32_t	*off;		/* by rarest pair: where in by */
	uint32_t	*mid;		/* and where its '=' phrases start */
	size_t		 wholemax;	/* the longest '=' phrase */
	uint16_t	*by;		/* the phrases' numbers */
	uint16_t	(*then)[2];	/* and their second and third */
	size_t		 words;		/* 64 numbers each */
	uint64_t	 some[LEXICON_NPAIRS / 64]; /* pairs that start any */
} lexicon_ix;

/* How rare a byte is in text, roughly: 0 for a space, 4 for most punctuation. */
static int
lexicon_rarity(uint8_t b)
{
	static uint8_t	 rarity[256];
	const char	*p;
	int		 c;

	if (rarity[' '] == 0) {		/* made once: 1 is a space */
		for (c = 0; c < 256; c++)
			rarity[c] = (c >= 'a' && c <= 'z') || c >= 0x80 ? 4 : 5;
		for (p = "etaoinshr"; *p != '\0'; p++)
			rarity[(uint8_t)*p] = 2;
		for (p = "ldcumwfgyp"; *p != '\0'; p++)
			rarity[(uint8_t)*p] = 3;
		rarity[' '] = 1;
	}
	return (rarity[b] - 1);
}

/*
 * How rare a pair of bytes is in text: the bytes' rarities, but a common
 * English pair counts as a space; within a character beyond ASCII, its
 * last two bytes tell it from its neighbours better than its lead byte.
 */
static int
lexicon_pair_rarity(uint8_t a, uint8_t b)
{
	static const char	common[] = "th he in er an re on at en nd ti "
	    "es or te of ed is it al ar st to nt ng se ha as ou io le ve co "
	    "me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur "
	    "di fo us ta ca el la ec pe ol ut wi ss ns tr il ly ac ge ot "
	    "po lo pr ad no ho so ee ow ni ie rs sh ld ry oo ay un em mo "
	    "ig ai rt id ct ir am im ue ke ub ";
	static uint8_t		 is_common[26][26], made;
	const char		*p;

	if (!made) {
		for (p = common; *p != '\0'; p += 3)
			is_common[p[0] - 'a'][p[1] - 'a'] = 1;
		made = 1;
	}
	if (a >= 0x80 && b >= 0x80) {
		if (a < 0xc0 && b < 0xc0)
			return (7);	/* inside a character */
		return (a >= 0xc0 ? 5 : 6);
	}
	if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' &&
	    is_common[a - 'a'][b - 'a'])
		return (1);
	return (lexicon_rarity(a) + lexicon_rarity(b));
}

/*
 * The distinct pairs of a phrase, rarest first (the first seen first
 * among pairs as rare), so that a block without the phrase is ruled out
 * at once; the pairs around its '&' are not.  Linear in the phrase: a
 * bit map tells the pairs seen, and a count of each rarity places them,
 * as every process makes them all when it starts.
 */
#define LEXICON_RARITY_MAX	8	/* lexicon_pair_rarity's largest */
#define LEXICON_PHRASE_MAX	256	/* longer: on the heap */
static size_t
lexicon_pairs(const char *s, size_t n, uint16_t *out)
{
	static _Thread_local uint64_t	 seen[LEXICON_NPAIRS / 64];
	uint16_t	 hbuf[LEXICON_PHRASE_MAX], *h = hbuf;
	uint8_t		 rbuf[LEXICON_PHRASE_MAX], *rare = rbuf;
	const uint8_t	*p = (const uint8_t *)s, *e = p + n;
	size_t		 at[LEXICON_RARITY_MAX + 2], k = 0, j;
	unsigned	 x;
	int		 r;

	if (n >= LEXICON_PHRASE_MAX) {
		h = xcalloc(n, sizeof *h);
		rare = xcalloc(n, 1);
	}
	memset(at, 0, sizeof at);
	for (; p + 1 < e; p++) {
		if (p[0] == '&' || p[1] == '&')
			continue;
		x = LEXICON_PAIR(p[0], p[1]);
		if ((seen[x / 64] >> (x % 64)) & 1)
			continue;
		seen[x / 64] |= (uint64_t)1 << (x % 64);
		r = lexicon_pair_rarity(p[0], p[1]);
		r = LEXICON_RARITY_MAX - (r < LEXICON_RARITY_MAX ? r :
		    LEXICON_RARITY_MAX);	/* 0 is the rarest */
		h[k] = (uint16_t)x;
		rare[k++] = (uint8_t)r;
		at[r + 1]++;
	}
	for (r = 1; r <= LEXICON_RARITY_MAX + 1; r++)
		at[r] += at[r - 1];
	for (j = 0; j < k; j++) {
		out[at[rare[j]]++] = h[j];
		seen[h[j] / 64] &= ~((uint64_t)1 << (h[j] % 64));
	}
	out[k] = 0xffff;
	if (h != hbuf) {
		free(h);
		free(rare);
	}
	return (k + 1);
}

/*
 * Was phrase m, as lexicon_match returned it, anchored to the start or
 * to the whole of the block (a line that is one, not a word in one)?
 */
int
lexicon_anchored(enum lexicon_kind kind, const char *m)
{
	const char	**list = lexicon_lists[kind];
	size_t		  i;

	for (i = 0; m != NULL && list[i] != NULL; i++) {
		if ((list[i][0] == '^' || list[i][0] == '=') &&
		    list[i] + 1 == m)
			return (1);
	}
	return (0);
}

/* Is m, a match of kind's, a phrase that must be all of its block? */
int
lexicon_whole(enum lexicon_kind kind, const char *m)
{
	const char	**list = lexicon_lists[kind];
	size_t		  i;

	for (i = 0; m != NULL && list[i] != NULL; i++)
		if (list[i][0] == '=' && list[i] + 1 == m)
			return (1);
	return (0);
}

static void	lexicon_need_build(enum lexicon_kind);

/* Place kind's phrases of the whole block (whole) or the others. */
static void
lexicon_ix_place(int kind, int whole)
{
	struct lexicon_need	*need = &lexicon_need[kind];
	size_t			 i, p;

	for (i = 0; i < need->count; i++) {
		if ((lexicon_lists[kind][i][0] == '=') != whole)
			continue;
		if (whole && need->len[i] > lexicon_ix.wholemax)
			lexicon_ix.wholemax = need->len[i];
		p = lexicon_ix.off[need->first[i][0]]++;
		lexicon_ix.by[p] = (uint16_t)(need->base + i);
		lexicon_ix.then[p][0] = need->first[i][1];
		lexicon_ix.then[p][1] = need->first[i][2];
	}
}

/* Number the phrases of every kind and index them by their rarest pair. */
static void
lexicon_ix_build(void)
{
	struct lexicon_need	*need;
	size_t			 i, p, words = 0, total = 0;
	int			 kind, whole;

	lexicon_class_build();
	for (kind = 0; kind < LEXICON_NKINDS; kind++) {
		need = &lexicon_need[kind];
		if (need->first == NULL)
			lexicon_need_build(kind);
		need->base = words * 64;
		words += (need->count + 63) / 64;
		total += need->count;
	}
	if (words > LEXICON_WORDS)
		fatalx("lexicon: more than %d phrases", LEXICON_WORDS * 64);
	lexicon_ix.off = xcalloc(LEXICON_NPAIRS + 2, sizeof *lexicon_ix.off);
	lexicon_ix.by = xcalloc(total + 1, sizeof *lexicon_ix.by);
	lexicon_ix.then = xcalloc(total + 1, sizeof *lexicon_ix.then);
	for (kind = 0; kind < LEXICON_NKINDS; kind++) {
		need = &lexicon_need[kind];
		for (i = 0; i < need->count; i++)
			lexicon_ix.off[need->first[i][0] + 1]++;
	}
	for (p = 0; p <= LEXICON_NPAIRS; p++)
		lexicon_ix.off[p + 1] += lexicon_ix.off[p];
	/* off[p] is the next free place of pair p, then its end; the
	 * phrases of the whole block after the others */
	lexicon_ix.mid = xcalloc(LEXICON_NPAIRS + 1, sizeof *lexicon_ix.mid);
	for (whole = 0; whole < 2; whole++) {
		for (kind = 0; kind < LEXICON_NKINDS; kind++)
			lexicon_ix_place(kind, whole);
		for (p = 0; whole == 0 && p <= LEXICON_NPAIRS; p++)
			lexicon_ix.mid[p] = lexicon_ix.off[p];
	}
	for (p = LEXICON_NPAIRS + 1; p > 0; p--)
		lexicon_ix.off[p] = lexicon_ix.off[p - 1];
	lexicon_ix.off[0] = 0;
	for (p = 0; p < LEXICON_NPAIRS; p++) {
		if (lexicon_ix.off[p] != lexicon_ix.off[p + 1])
			lexicon_ix.some[p / 64] |= (uint64_t)1 << (p % 64);
	}
	lexicon_ix.words = words;
}

/*
 * The block has pair h: the phrases it is the rarest pair of may match,
 * if it has their second and third rarest too (those of the whole block
 * only if whole).
 */
static void
lexicon_cand(struct lexicon_block *lb, unsigned h, int whole)
{
	uint32_t	j, end;
	unsigned	g;

	end = whole ? lexicon_ix.off[h + 1] : lexicon_ix.mid[h];
	for (j = lexicon_ix.off[h]; j < end; j++) {
		if (!LEXICON_HAS(lb, lexicon_ix.then[j][0]) ||
		    !LEXICON_HAS(lb, lexicon_ix.then[j][1]))
			continue;
		g = lexicon_ix.by[j];
		lb->cand[g / 64] |= (uint64_t)1 << (g % 64);
	}
}

/*
 * Prepare a lower-cased block for lexicon_match: its byte set and its
 * bounds without surrounding punctuation, computed once for all kinds.
 */
void
lexicon_prepare(struct lexicon_block *lb, const char *s, size_t n)
{
	const char	*b = s, *e = s + n;
	const uint8_t	*p;
	ucs4_t		 uc;
	int		 l;
	uint64_t	 w;
	size_t		 k;
	int		 whole;

	lb->s = s;
	lb->n = n;
	if (lexicon_ix.off == NULL)
		lexicon_ix_build();
	memset(lb->have, 0, sizeof lb->have);
	memset(lb->cand, 0, lexicon_ix.words * sizeof lb->cand[0]);
	while (b < e) {
		l = utf8_next(&uc, (const uint8_t *)b, (const uint8_t *)e);
		if (!lexicon_is_trim(uc))
			break;
		b += l;
	}
	while (e > b) {
		p = u8_prev(&uc, (const uint8_t *)e, (const uint8_t *)b);
		if (p == NULL || !lexicon_is_trim(uc))
			break;
		e = (const char *)p;
	}
	lb->b = b;
	lb->e = e;
	/* its pairs first, then the phrases they may start */
	whole = (size_t)(e - b) <= lexicon_ix.wholemax;
	for (p = (const uint8_t *)s; p + 1 < (const uint8_t *)s + n; p++)
		LEXICON_SET(lb, LEXICON_PAIR(p[0], p[1]));
	for (k = 0; k < LEXICON_NPAIRS / 64; k++) {
		for (w = lb->have[k] & lexicon_ix.some[k]; w != 0; w &= w - 1)
			lexicon_cand(lb, k * 64 + __builtin_ctzll(w), whole);
	}
	LEXICON_SET(lb, LEXICON_NPAIRS);	/* for phrases of one byte */
	lexicon_cand(lb, LEXICON_NPAIRS, whole);
}

/* Has the block all the pairs of phrase i of a list, and the phrase? */
static const char *
lexicon_phrase(const struct lexicon_need *need, size_t i, const char *ph,
    const struct lexicon_block *lb)
{
	const uint16_t	*q;
	size_t		 len = need->len[i];

	for (q = need->pairs[i]; *q != 0xffff && LEXICON_HAS(lb, *q); q++)
		/* nothing */;
	if (*q != 0xffff)
		return (NULL);
	if (ph[0] == '=') {
		if ((size_t)(lb->e - lb->b) == len &&
		    memcmp(lb->b, ph + 1, len) == 0)
			return (ph + 1);
	} else if (ph[0] == '^') {
		if ((size_t)(lb->e - lb->b) >= len &&
		    memcmp(lb->b, ph + 1, len) == 0)
			return (ph + 1);
	} else if (lexicon_all(lb->s, lb->n, ph))
		return (ph);
	return (NULL);
}

/* The pairs of a kind's phrases (lexicon_need), made once. */
static void
lexicon_need_build(enum lexicon_kind kind)
{
	const char		**list = lexicon_lists[kind], *ph;
	struct lexicon_need	*need = &lexicon_need[kind];
	const uint16_t		*q;
	uint16_t		*pool;
	size_t			 i, size, used;

	for (i = 0; list[i] != NULL; i++)
		/* nothing */;
	need->count = i;
	need->first = xcalloc(i, sizeof *need->first);
	need->pairs = xcalloc(i, sizeof *need->pairs);
	need->len = xcalloc(i, sizeof *need->len);
	/* all the lists in one array, for the cache */
	for (i = size = 0; i < need->count; i++)
		size += strlen(list[i]) + 1;
	pool = xcalloc(size, sizeof *pool);
	need->least = SIZE_MAX;
	for (i = used = 0; i < need->count; i++) {
		ph = list[i] + (list[i][0] == '=' || list[i][0] == '^');
		need->len[i] = strlen(ph);
		if (lexicon_least(ph) < need->least)
			need->least = lexicon_least(ph);
		need->pairs[i] = pool + used;
		used += lexicon_pairs(ph, need->len[i], pool + used);
		/* a phrase without pairs (one byte) tests the
		 * entry lexicon_prepare always sets */
		q = need->pairs[i];
		need->first[i][0] = q[0] == 0xffff ? LEXICON_NPAIRS : q[0];
		need->first[i][1] = q[0] == 0xffff || q[1] == 0xffff ?
		    need->first[i][0] : q[1];
		need->first[i][2] = q[0] == 0xffff || q[1] == 0xffff ||
		    q[2] == 0xffff ? need->first[i][1] : q[2];
	}
}

/*
 * Make what the lexicon makes on first use, all of it: before a second
 * thread classifies (import-index.c).
 */
void
lexicon_warm(void)
{
	if (lexicon_ix.off == NULL)
		lexicon_ix_build();
	lexicon_is_stopword("the", 3);
	lexicon_is_section("news", 4);
	lexicon_is_command("get", 3);
	lexicon_lang_mask("the", 3);
	lexicon_is_function_char(0x7684);
}

/*
 * Look for a phrase of a kind in a prepared block; returns the phrase
 * found (for the reason) or NULL.  A phrase with a byte the block lacks
 * is skipped without a search.
 */
const char *
lexicon_match(enum lexicon_kind kind, const struct lexicon_block *lb)
{
	const char		**list = lexicon_lists[kind], *ph;
	struct lexicon_need	*need = &lexicon_need[kind];
	uint64_t		 c;
	size_t			 i, k, words;

	if (lb->n < need->least)
		return (NULL);	/* too short for any phrase */
	/* the phrases whose rarest pair the block has, in order */
	words = (need->count + 63) / 64;
	for (k = 0; k < words; k++) {
		for (c = lb->cand[need->base / 64 + k]; c != 0; c &= c - 1) {
			i = k * 64 + __builtin_ctzll(c);
			if ((ph = lexicon_phrase(need, i, list[i], lb)) != NULL)
				return (ph);
		}
	}
	return (NULL);
}
