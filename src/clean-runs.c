/*
 * clean-runs.c: the rules over runs of blocks, after the strong rules:
 * video lists and their headings, a text's menus saved an item a line,
 * teaser lists cut with an ellipsis and a teaser's full title above it,
 * blocks repeated within the article, pull quotes that repeat a sentence
 * of a block near them, and a block that repeats the title.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unistr.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

/*
 * The length of the letter beyond ASCII at p (two or three bytes), or 0
 * for ASCII, a stray byte or punctuation (U+00A0..U+00BF, U+2000..U+206F,
 * U+3000..U+303F, the full-width forms).
 */
static size_t
clean_probe_char(const unsigned char *p, const unsigned char *e)
{
	if (*p >= 0xc3 && *p <= 0xdf && e - p >= 2 && (p[1] & 0xc0) == 0x80)
		return (2);
	if ((*p & 0xf0) != 0xe0 || e - p < 3 || (p[1] & 0xc0) != 0x80 ||
	    (p[2] & 0xc0) != 0x80)
		return (0);
	if ((*p == 0xe2 && p[1] <= 0x81) || (*p == 0xe3 && p[1] == 0x80) ||
	    (*p == 0xef && (p[1] == 0xbc || p[1] == 0xbd)))
		return (0);
	return (3);
}

/*
 * A word of block f to look for in the raw text of the blocks near it
 * before comparing them closely: its longest run of ASCII letters (up to
 * 12), if five or more, or else its longest run of letters beyond ASCII
 * (up to 12 bytes), if six bytes or more.  A long word is rare, so few
 * blocks pass.  Its length, or 0.
 */
static size_t
clean_probe(const struct clean_feat *f, const char **at)
{
	const unsigned char	*p = (const unsigned char *)f->lower;
	const unsigned char	*e = p + f->lowern, *b;
	size_t			 best = 0, n;

	for (b = p; p < e; p++) {
		if (*p >= 'a' && *p <= 'z') {
			if ((n = (size_t)(p - b + 1)) > best && n <= 12) {
				best = n;
				*at = (const char *)b;
			}
		} else
			b = p + 1;
	}
	if (best >= 5)
		return (best);
	best = 0;
	for (p = (const unsigned char *)f->lower, b = p; p < e; ) {
		if ((n = clean_probe_char(p, e)) > 0) {
			p += n;
			if ((n = (size_t)(p - b)) > best && n <= 12) {
				best = n;
				*at = (const char *)b;
			}
		} else
			b = ++p;
	}
	return (best >= 6 ? best : 0);
}

/*
 * Is block i a pull quote: its sentences, each word for word, in one
 * longer block near it ("You learn not to ask. You learn it from their
 * faces." beside '"You learn not to ask," she told me. "You learn it
 * from their faces."')?  Its parts are cut at punctuation, as a pull
 * quote drops the attribution between them.  A line is one only of a
 * sentence, not of a headline that says it too (a subhead's question;
 * "Постраждалих немає." under "…пожежа, постраждалих немає").  A
 * transcript's speaker over two answers is no quote ("Представитель:
 * Нет." before "Представитель: Таких данных у нас нет.").
 */
static int
clean_pullquote(struct clean_feat *fs, size_t n, size_t i, size_t *from)
{
	char			 big[8192], seg[512];
	const struct clean_feat	*f = &fs[i];
	const char		*p, *q, *e = f->lower + f->lowern, *probe;
	size_t			 j, lo, hi, lb, ls, found, longest, np;
	ucs4_t			 c;
	int			 l, ok, label;

	if ((np = clean_probe(f, &probe)) == 0)
		return (0);
	lo = i > 12 ? i - 12 : 0;
	hi = i + 12 < n ? i + 12 : n - 1;
	for (j = lo; j <= hi; j++) {
		if (j == i || fs[j].lowern < f->lowern ||
		    fs[j].kind != KIND_NONE || !fs[j].terminal ||
		    memmem(fs[j].lower, fs[j].lowern, probe, np) == NULL)
			continue;
		if ((lb = clean_norm(&fs[j], big, sizeof big)) < f->normlen + 10)
			continue;
		found = longest = 0;
		ok = 1;
		for (p = q = f->lower; ok && q <= e; q += l) {
			l = 1;
			c = ' ';
			if (q < e && (l = utf8_next(&c, (const uint8_t *)q,
			    (const uint8_t *)e)) <= 0)
				l = 1;
			if (q < e && !(c == '.' || c == ',' || c == '!' ||
			    c == '?' || c == ';' || c == ':' || c == '"' ||
			    c == 0x201c || c == 0x201d || c == 0xab ||
			    c == 0xbb || c == 0x2026 || c == 0x2014 ||
			    c == 0x3002 || c == 0xff0c || c == 0xff01 ||
			    c == 0xff1f || c == 0x3001 || c == 0x300c ||
			    c == 0x300d))
				continue;
			ls = clean_norm_span(p, q, seg, sizeof seg);
			label = p == f->lower && c == ':' && q < e &&
			    fs[j].lowern > (size_t)(q - p) &&
			    memcmp(fs[j].lower, p, q - p + 1) == 0;
			p = q + (q < e ? l : 0);
			if (ls < 6)
				continue;
			if (memmem(big, lb, seg, ls) == NULL)
				ok = 0;
			if (label)
				continue;	/* the same speaker's */
			found += ls;
			if (ls > longest)
				longest = ls;
			if (q >= e)
				break;
		}
		if (ok && longest >= 12 && found * 10 >= f->normlen * 8) {
			*from = j;
			return (1);
		}
	}
	return (0);
}

/*
 * The pull quotes of a text: a pull quote is a sentence; a quoted
 * phrase over a section ("«Там нас никто не найдёт»") is its heading.
 */
static void
clean_pullquotes(struct clean_feat *fs, size_t n)
{
	size_t	i, j;

	for (i = 0; i < n; i++) {
		if (fs[i].kind == KIND_NONE && fs[i].normlen >= 30 &&
		    fs[i].normlen <= 400 && fs[i].terminal &&
		    clean_list_number(&fs[i]) == 0 &&
		    clean_pullquote(fs, n, i, &j))
			clean_set(&fs[i], KIND_DUPLICATE, VERDICT_BOILERPLATE,
			    "duplicate: a pull quote of block %zu", j + 1);
	}
}

/*
 * Does block f open with a clock's time and go on with words ("06:12
 * Erste Züge fallen aus", its spans glued), no view count: the head of
 * a ticker's entry, or a video's length and title?
 */
static int
clean_runs_clockhead(const struct clean_feat *f)
{
	const char	*p = f->lower, *e = f->lower + f->lowern;

	if (f->kind != KIND_VIDEO || f->views || f->lowern < 8 ||
	    !(p[0] >= '0' && p[0] <= '2') || !(p[1] >= '0' && p[1] <= '9') ||
	    p[2] != ':' || !(p[3] >= '0' && p[3] <= '5') ||
	    !(p[4] >= '0' && p[4] <= '9'))
		return (0);
	for (p += 5; p < e && *p == ' '; p++)
		/* nothing */;
	return (p < e && !(*p >= '0' && *p <= '9'));
}

/*
 * Three heads or more that open with a time, each with a sentence under
 * it, are a ticker's entries (a live blog, a day's timeline), not a list
 * of videos: they are the story's.
 */
static void
clean_runs_ticker(struct clean_feat *fs, size_t n)
{
	size_t	i, heads = 0;

	for (i = 0; i + 1 < n; i++)
		heads += clean_runs_clockhead(&fs[i]) && fs[i + 1].terminal &&
		    fs[i + 1].kind == KIND_NONE && fs[i + 1].wlen >= 30;
	for (i = 0; heads >= 3 && i + 1 < n; i++)
		if (clean_runs_clockhead(&fs[i]) && fs[i + 1].terminal &&
		    fs[i + 1].kind == KIND_NONE && fs[i + 1].wlen >= 30) {
			clean_set(&fs[i], KIND_KEPT, VERDICT_CONTENT,
			    "content: a ticker entry's time and head");
			fs[i].cls = CLS_GOOD;
		}
}

/*
 * Is block i an embedded player still loading ("Player wird geladen",
 * "视频加载中", a slot)?  The video's credit and length under it
 * ("Quelle: t-online 1:58") are the player's too: they are set so.
 */
static int
clean_runs_player(struct clean_feat *fs, size_t n, size_t i)
{
	static const char *const player[] = { "player", "video", "视频",
	    "視頻", "動画", "동영상", "영상", "видео", "плеер", "reproductor",
	    NULL };
	struct clean_feat	*g;
	const char		*e;
	size_t			 k;

	if (!fs[i].slot || fs[i].kind != KIND_SHARE || i + 1 >= n)
		return (0);
	for (k = 0; player[k] != NULL && memmem(fs[i].lower, fs[i].lowern,
	    player[k], strlen(player[k])) == NULL; k++)
		/* nothing */;
	if (player[k] == NULL)
		return (0);
	g = &fs[i + 1];
	e = g->s + g->n;
	if ((g->duration || (g->n >= 5 && e[-3] == ':' && e[-4] >= '0' &&
	    e[-4] <= '9' && e[-2] >= '0' && e[-2] <= '5' && e[-1] >= '0' &&
	    e[-1] <= '9')) && !g->terminal && g->wlen < 60 &&
	    g->kind == KIND_NONE) {
		clean_set(g, KIND_VIDEO, VERDICT_BOILERPLATE,
		    "video-list: a player's credit and length");
		g->duration = 1;
		g->slot = 1;
	}
	return (1);
}

/* Video lists: gather the run and count its evidence. */
static void
clean_runs_video(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k, views;

	clean_runs_ticker(fs, n);
	/* a video's title with its label ("Video: Die Highlights …",
	 * "Watch this: …") over its length alone ("02:47") is one video
	 * embedded in the story: a slot in its run, as the length is */
	for (i = 0; i + 1 < n; i++)
		if (fs[i].kind == KIND_RELATED && fs[i + 1].slot &&
		    ((fs[i + 1].kind == KIND_NUMERIC &&
		    clean_only_time(&fs[i + 1])) || clean_runs_player(fs, n,
		    i + 1)))
			fs[i].slot = 1;
	for (i = 0; i < n; i = j) {
		if (fs[i].kind != KIND_VIDEO) {
			j = i + 1;
			continue;
		}
		views = 0;
		for (j = i; j < n && (fs[j].kind == KIND_VIDEO ||
		    (fs[j].kind == KIND_RELATED) || (fs[j].kind == KIND_NONE &&
		    !fs[j].terminal && fs[j].wlen < 100 && j + 1 < n &&
		    fs[j + 1].kind == KIND_VIDEO)); j++)
			views += fs[j].views || fs[j].duration;
		/* a label and a length alone, its title under it */
		if (j < n && fs[j].kind == KIND_NONE && !fs[j].terminal &&
		    fs[j].wlen < 100 && clean_video_bare(fs[j - 1].s,
		    fs[j - 1].n))
			j++;
		for (k = i; k < j; k++)
			clean_set(&fs[k], KIND_VIDEO, VERDICT_BOILERPLATE,
			    "video-list: %zu %s with view counts or "
			    "durations", views, views == 1 ? "item" : "items");
		/* a lone video, embedded in a story, is a slot in it */
		if (j - i == 1 && views == 1)
			fs[i].slot = 1;
		/* The run's heading just above it (not a standfirst over
		 * a date and a time the rules took for a video's, nor the
		 * last item of a list above) */
		if (i > 0 && fs[i - 1].kind == KIND_NONE &&
		    !fs[i - 1].terminal && fs[i - 1].wlen < 100 &&
		    !(j - i == 1 && clean_datetime(&fs[i])) && !(i > 1 &&
		    fs[i - 2].kind == KIND_NONE &&
		    clean_list_item(&fs[i - 2]) &&
		    clean_item_like(&fs[i - 1], &fs[i - 2]))) {
			clean_set(&fs[i - 1], KIND_VIDEO, VERDICT_BOILERPLATE,
			    "video-list: its heading");
			fs[i - 1].slot = fs[i].slot;
		}
	}
}

/*
 * Is block f another story's headline marked as a link ("▶ 연금 받는 나이
 * 65세→68세로 늦춰지나…정부, 내달 공청회"): an arrow, then a line of
 * words that ends no sentence, with a cut ("…") inside it, or a video's
 * length after it ("▶ 暴雪现场：牧民连夜转移牛羊 01:46")?
 */
static int
clean_runs_arrowed(const struct clean_feat *f)
{
	static const char	*marks[] = { "▶", "►", "▷", NULL };
	size_t			 i;

	if (f->kind != KIND_NONE || f->wlen < 10 || f->wlen >= 150 ||
	    f->terminal || f->n < 4)
		return (0);
	for (i = 0; marks[i] != NULL; i++)
		if (memcmp(f->s, marks[i], 3) == 0)
			break;
	return (marks[i] != NULL && (memmem(f->s, f->n, "…", 3) != NULL ||
	    memmem(f->s, f->n, "...", 3) != NULL || (f->n > 8 &&
	    f->s[f->n - 6] == ' ' && f->s[f->n - 3] == ':' &&
	    strspn(f->s + f->n - 5, "0123456789") == 2 &&
	    strspn(f->s + f->n - 2, "0123456789") == 2)));
}

/* Teasers: short blocks cut off with an ellipsis. */
static void
clean_runs_teasers(struct clean_feat *fs, size_t n)
{
	struct clean_feat	*f;
	size_t			 i, j, k;

	for (i = 0; i < n; i++)
		if (clean_runs_arrowed(&fs[i]))
			clean_set(&fs[i], KIND_TEASER, VERDICT_BOILERPLATE,
			    "teaser-list: a headline marked as a link");
	for (i = 0; i < n; i = j) {
		f = &fs[i];
		if (!f->ellipsis || f->wlen >= STRONG_MAX ||
		    (f->kind != KIND_NONE && f->kind != KIND_LINKS)) {
			j = i + 1;
			continue;
		}
		for (j = i; j < n && fs[j].ellipsis &&
		    fs[j].wlen < STRONG_MAX; j++)
			/* nothing */;
		if (j - i >= 2 || (i > 0 && fs[i - 1].kind != KIND_NONE) ||
		    (j < n && fs[j].kind != KIND_NONE) || j == n) {
			for (k = i; k < j; k++)
				clean_set(&fs[k], KIND_TEASER,
				    VERDICT_BOILERPLATE, "teaser-list: %zu "
				    "line%s cut with …", j - i,
				    j - i == 1 ? "" : "s");
		}
	}
}

/*
 * Is block f a menu's item saved a line each ("Home", "Politics", "首頁",
 * "IT/과학"): a word or two, no figure, no punctuation that ends a
 * sentence or opens a list.
 */
static int
clean_runs_menu_item(const struct clean_feat *f)
{
	size_t	i, spaces = 0;

	if (f->lowern == 0 || f->chars > 15 || f->terminal || f->digits > 0)
		return (0);
	for (i = 0; i < f->lowern; i++) {
		if (f->lower[i] == ':' || f->lower[i] == ',')
			return (0);
		spaces += f->lower[i] == ' ';
	}
	return (spaces <= 1);
}

/*
 * A site's menu saved an item a line: four items or more in a run, forty
 * at most, not under a line that opens a list with its colon, in a text
 * that has sentences (200,000 lines of "word" are a text, not a menu).
 */
static void
clean_runs_menu(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k, open;
	ucs4_t	last;

	for (i = 0; i < n && !(fs[i].terminal && fs[i].wlen >= 40); i++)
		/* nothing */;
	if (i == n)
		return;
	for (i = 0; i < n; i = j + 1) {
		for (j = i, open = 0; j < n && clean_runs_menu_item(&fs[j]);
		    j++)
			open += fs[j].kind == KIND_NONE;
		if (j - i < 4 || j - i > 40 || open < 3 || (i > 0 &&
		    fs[i - 1].n > 0 && u8_prev(&last, (const uint8_t *)
		    fs[i - 1].s + fs[i - 1].n, (const uint8_t *)fs[i - 1].s) !=
		    NULL && (last == ':' || last == 0xff1a)))
			continue;
		for (k = i; k < j; k++) {
			if (fs[k].kind == KIND_NONE)
				clean_set(&fs[k], KIND_BREADCRUMB,
				    VERDICT_BOILERPLATE, "menu: %zu items a "
				    "line", j - i);
		}
	}
}

/*
 * Does a byline's name [p, p + len) name a team, not a person ("Reuters
 * Fact Check", "CNN Staff", "Politics Desk")?  What a team "has" done is
 * the story's, not a bio.
 */
static int
clean_runs_team(const char *p, size_t len)
{
	static const char	*words[] = { "fact", "check", "staff", "team",
	    "desk", "news", "press", "editors", "newsroom", "bureau", "wire",
	    "reporters", "redaktion", "agencies", "agency", NULL };
	const char		*e = p + len, *w;
	size_t			 i;

	for (; p < e; p = w + 1) {
		for (w = p; w < e && *w != ' '; w++)
			/* nothing */;
		for (i = 0; words[i] != NULL; i++)
			if (strlen(words[i]) == (size_t)(w - p) &&
			    strncasecmp(p, words[i], w - p) == 0)
				return (1);
	}
	return (0);
}

/*
 * The writer's name a byline at the top gives ("By Margaret Oyelaran",
 * "Von Jana Reuter, Hamburg"): two to four capitalised words after "By",
 * or with bare set alone on a line of the first twenty ("Олена
 * Марченко"), copied to name (NUL-ended); its length, or 0.
 */
static size_t
clean_runs_writer(const struct clean_feat *fs, size_t n, int bare,
    char *name, size_t size, size_t *at)
{
	static const char	*bys[] = { "by ", "von ", "por ", "par ",
	    NULL };
	const char		*p, *e;
	size_t			 i, k, len, words, w;

	for (i = 0; i < n && i < 80; i++) {
		if ((fs[i].kind != KIND_BIO && fs[i].kind != KIND_LINKS &&
		    fs[i].kind != KIND_NONE) || fs[i].wlen >= 80)
			continue;	/* (its name may be a link) */
		for (k = 0; bys[k] != NULL && (fs[i].lowern <= strlen(bys[k]) ||
		    memcmp(fs[i].lower, bys[k], strlen(bys[k])) != 0); k++)
			/* nothing */;
		if (bare ? (bys[k] != NULL || i >= 20 || fs[i].cjk > 0 ||
		    !clean_name_shape(&fs[i], 0)) : bys[k] == NULL)
			continue;
		p = fs[i].s + (bys[k] != NULL ? strlen(bys[k]) : 0);
		e = fs[i].s + fs[i].n;
		for (len = 0, words = 0; p + len < e && words < 5; words++) {
			if (!(p[len] >= 'A' && p[len] <= 'Z') &&
			    (unsigned char)p[len] < 0xc0)
				break;
			for (w = len; p + len < e && p[len] != ' ' &&
			    p[len] != ',' && p[len] != '|'; len++)
				/* nothing */;
			if (len - w > 2 && p[len - 1] == '.') {
				len = w;	/* "Oct." opens the date */
				break;
			}
			if (p + len >= e || p[len] != ' ')
				break;
			len++;
		}
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == ','))
			len--;
		for (k = 0, words = 1; k < len; k++)
			words += p[k] == ' ';
		if (words >= 2 && words <= 4 && len < size &&
		    !clean_runs_team(p, len)) {
			memcpy(name, p, len);
			name[len] = '\0';
			*at = i;
			return (len);
		}
	}
	return (0);
}

/*
 * The writer's bio after the story, in sentences: one that opens with the
 * byline's name and what the writer is ("Margaret Oyelaran is a
 * professor of …", "Олена Марченко — журналістка, …"), and up to four
 * after it about her ("She previously served …", "Her research …").
 */
static void
clean_runs_bio(struct clean_feat *fs, size_t n)
{
	static const char	*is[] = { " — ", " – ", " is ", " was ",
	    " has ", " writes ", " covers ", " ist ", " es ", " est ", NULL };
	static const char	*she[] = { "She ", "He ", "They ", "Her ",
	    "His ", "Their ", "Sie ", "Er ", "Ella ", "Él ", "Elle ", "Il ",
	    NULL };
	char			 name[96];
	size_t			 len, i, j, k, by;
	size_t			 says = sizeof is / sizeof is[0];

	/* a bare name ("New Zealand", "Docker Engine") only with a dash */
	if ((len = clean_runs_writer(fs, n, 0, name, sizeof name,
	    &by)) == 0 && (says = 2, len = clean_runs_writer(fs, n, 1, name,
	    sizeof name, &by)) == 0)
		return;
	/* past the story's first paragraphs */
	for (i = by + 4; i < n; i++) {
		if (fs[i].kind != KIND_NONE || fs[i].wlen >= 600 ||
		    fs[i].n <= len + 4 || memcmp(fs[i].s, name, len) != 0)
			continue;
		for (k = 0; k < says && is[k] != NULL && (fs[i].n < len +
		    strlen(is[k]) || memcmp(fs[i].s + len, is[k],
		    strlen(is[k])) != 0); k++)
			/* nothing */;
		if (k == says || is[k] == NULL)
			continue;
		clean_set(&fs[i], KIND_BIO, VERDICT_BOILERPLATE,
		    "bio: the byline's writer, %s", name);
		fs[i].inbio = 1;	/* a bio, wherever it stands */
		for (j = i + 1; j < n && j < i + 5 && fs[j].kind == KIND_NONE &&
		    fs[j].wlen < 600; j++) {
			for (k = 0; she[k] != NULL && (fs[j].n <=
			    strlen(she[k]) || memcmp(fs[j].s, she[k],
			    strlen(she[k])) != 0); k++)
				/* nothing */;
			if (she[k] == NULL)
				break;
			clean_set(&fs[j], KIND_BIO, VERDICT_BOILERPLATE,
			    "bio: more on the byline's writer");
			fs[j].inbio = 1;
		}
		return;
	}
}

/* A teaser's full title: the block before it starts the same way. */
static void
clean_runs_titles(struct clean_feat *fs, size_t n)
{
	char	a[512], b[512];
	size_t	i, la, lb;

	for (i = 1; i < n; i++) {
		if (!fs[i].ellipsis || fs[i - 1].kind != KIND_NONE)
			continue;
		la = clean_norm(&fs[i], a, sizeof a);
		lb = clean_norm(&fs[i - 1], b, sizeof b);
		if (la >= 10 && lb >= la && memcmp(a, b, la) == 0) {
			clean_set(&fs[i - 1], KIND_TEASER, VERDICT_BOILERPLATE,
			    "teaser-list: the full title of the teaser below");
			if (fs[i].kind == KIND_NONE)
				clean_set(&fs[i], KIND_TEASER,
				    VERDICT_BOILERPLATE, "teaser-list: repeats "
				    "the start of the block above");
		}
	}
}

/*
 * A block repeated within the article: a hash table of the first block
 * with each normalised text.
 */
static void
clean_runs_repeats(struct clean_feat *fs, size_t n)
{
	size_t	i, j, size, *seen, h;

	size = 64;
	while (size < 2 * n)
		size *= 2;
	seen = xcalloc(size, sizeof *seen);
	for (i = 0; i < n; i++) {
		if (fs[i].normlen < 12 || fs[i].code)
			continue;	/* code repeats its lines */
		for (h = fs[i].normhash & (size - 1); seen[h] != 0;
		    h = (h + 1) & (size - 1)) {
			j = seen[h] - 1;
			if (fs[j].normhash == fs[i].normhash &&
			    fs[j].normlen == fs[i].normlen)
				break;
		}
		if (seen[h] == 0) {
			seen[h] = i + 1;
			continue;
		}
		if (fs[i].kind == KIND_NONE) {
			clean_set(&fs[i], KIND_DUPLICATE, VERDICT_BOILERPLATE,
			    "duplicate: the same as block %zu", seen[h]);
			fs[i].dupof = seen[h];
		}
	}
	free(seen);
}

/*
 * In a text, another story's headline in capitals between the story's
 * paragraphs, as some sites link them ("TEXAS TOWN RALLIES AROUND WIDOW
 * AFTER TORNADO DESTROYS HOME"): seven words or more of ASCII capitals,
 * no sentence.  (A page's DOM tells its links, its code and its
 * subheads.)
 */
static void
clean_runs_capitals(struct clean_feat *fs, size_t n)
{
	struct clean_feat	*f;
	size_t			 i, k, words, upper;
	int			 in;

	for (i = 0; i < n; i++) {
		f = &fs[i];
		if (f->kind != KIND_NONE || f->terminal || f->n < 40 ||
		    f->n > 200)
			continue;
		for (k = words = upper = 0, in = 0; k < f->n; k++) {
			if ((f->s[k] >= 'a' && f->s[k] <= 'z') ||
			    (unsigned char)f->s[k] >= 0x80)
				break;
			upper += f->s[k] >= 'A' && f->s[k] <= 'Z';
			if (f->s[k] == ' ')
				in = 0;
			else if (!in) {
				in = 1;
				words++;
			}
		}
		if (k == f->n && words >= 7 && upper * 2 >= f->n)
			clean_set(f, KIND_RELATED, VERDICT_BOILERPLATE,
			    "related: another story's headline in "
			    "capitals");
	}
}

/* (it may end in "Inc.") */

/*
 * Rules over runs of blocks: video lists, the writer's bio, a text's
 * menus and headlines in capitals (text is 0 for a page), teaser
 * lists, a teaser's full title just before it, blocks repeated within
 * the article, and the headings of such runs; then the pull quotes.
 */
void
clean_runs(struct clean_feat *fs, size_t n, int text)
{
	clean_runs_video(fs, n);
	clean_runs_bio(fs, n);
	clean_about(fs, n);
	clean_series(fs, n);
	if (text) {	/* a page's DOM tells its menus, tables and feeds */
		clean_runs_menu(fs, n);
		clean_feed(fs, n);
		clean_runs_capitals(fs, n);
	}
	clean_runs_teasers(fs, n);
	clean_runs_titles(fs, n);
	clean_runs_repeats(fs, n);
	clean_pullquotes(fs, n);
}

/*
 * Is block f a reporter's line ("매일경제 김민준 기자", "By Ana Cruz")?
 */
int
clean_runs_reporter(const struct clean_feat *f)
{
	static const char *const ends[] = { "기자", "記者", "记者", "特派員",
	    NULL };

	if (f->wlen >= 60)
		return (0);
	if (f->lowern >= 3 && memcmp(f->lower, "by ", 3) == 0)
		return (1);
	return (clean_closes(f, ends));
}

/*
 * The line d right under a text's headline (its block, or the text's
 * first line that the title was), over its date or its byline within
 * three lines, is its standfirst ("통계청 '2024년 초중고 사교육비 조사'
 * 결과 발표" between the headline and "입력 2025.03.14").
 */
static void
clean_title_dek(struct clean_feat *fs, size_t n, size_t d)
{
	size_t	j;

	if (d + 1 >= n || fs[d].kind != KIND_NONE || fs[d].wlen < 20 ||
	    fs[d].wlen >= 400 || fs[d].linkchars != 0 ||
	    clean_runs_reporter(&fs[d]))
		return;
	for (j = d + 1; j < n && j <= d + 3; j++) {
		if (fs[j].kind == KIND_NUMERIC || fs[j].kind == KIND_BIO ||
		    clean_runs_reporter(&fs[j])) {
			clean_set(&fs[d], KIND_KEPT, VERDICT_CONTENT,
			    "content: the standfirst under the headline");
			fs[d].cls = CLS_NEARGOOD;
			return;
		}
	}
}

/*
 * A block that repeats the title (a page's <h1> under its <title>).  In
 * a text, the lines over it that are no sentences are the page's top:
 * a skip link, the site's name, menus, a breadcrumb.
 */
void
clean_title(struct clean_feat *fs, size_t n, const char *title, int text)
{
	struct clean_feat	 t;
	char			 a[512];
	size_t			 i, j, la, len, lown, limit;
	uint64_t		 h;
	uint8_t			*low;

	memset(&t, 0, sizeof t);
	len = strlen(title);
	t.lower = xmalloc(len + 1);
	if (clean_lower_fast(title, len, t.lower))
		t.lowern = len;
	else {
		free(t.lower);
		low = u8_tolower((const uint8_t *)title, len, NULL, NULL,
		    NULL, &lown);
		if (low == NULL)
			return;
		t.lower = (char *)low;
		t.lowern = lown;
	}
	la = clean_norm(&t, a, sizeof a);
	free(t.lower);
	if (la < 8)
		return;
	h = clean_fnv(a, la);
	/* a text saved from its page's top has it under the top (its
	 * blank lines are no blocks, a wrapped one may be a few) */
	limit = text ? CLEAN_HEAD_LINES + 4 : 8;
	for (i = 0; i < n && i < limit; i++) {
		if (fs[i].kind == KIND_NONE && fs[i].normlen == la &&
		    fs[i].normhash == h) {
			clean_set(&fs[i], KIND_DUPLICATE, VERDICT_BOILERPLATE,
			    "duplicate: repeats the title");
			break;
		}
	}
	if (!text)
		return;
	if (i >= n || i >= limit) {
		clean_title_dek(fs, n, 0);	/* the title was line 1 */
		return;
	}
	clean_title_dek(fs, n, i + 1);
	/* no sentence; a menu's "D.C., Md. & Va." ends like one */
	for (j = 0; j < i && fs[j].wlen < 120 && (!fs[j].terminal ||
	    lexicon_ends_abbrev(fs[j].s, fs[j].n)); j++)
		/* nothing */;
	if (j < i)
		return;
	for (j = 0; j < i; j++) {
		if (fs[j].kind == KIND_NONE)
			clean_set(&fs[j], KIND_DUPLICATE, VERDICT_BOILERPLATE,
			    "masthead: over the title");
	}
}
