/*
 * clean-feat.c: the features of one block, the first step of the
 * classifier: its length (CJK characters weigh three), its script, its
 * function word density (stop words; Chinese and Japanese function
 * characters; Korean endings), its link density, digits, clauses and
 * markup signs, terminal punctuation or a trailing ellipsis, view
 * counts, durations and "N hours ago", and its normalised text's hash.
 * One pass over the lower-cased text counts most of them.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <unistr.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

static int
clean_is_space(ucs4_t c)
{
	return (c == ' ' || c == '\t' || c == 0xa0 || c == 0x3000 ||
	    (c >= 0x2000 && c <= 0x200b));
}

/*
 * Does a sentence end just before the group in parentheses that ends at
 * e: "…就是最大的民生。（评论员 林小舟）", "… to comment. (Reporting by
 * Ana Ruiz)"?  The group signs the sentence.
 */
static int
clean_signed(const char *s, const uint8_t *e)
{
	const uint8_t	*p = e, *q;
	ucs4_t		 c;

	while (p > (const uint8_t *)s && e - p < 90) {
		if ((q = u8_prev(&c, p, (const uint8_t *)s)) == NULL)
			return (0);
		p = q;
		if (c == '(' || c == 0xff08)
			break;
		if (c == ')' || c == 0xff09)
			return (0);
	}
	if (p == (const uint8_t *)s || e - p >= 90)
		return (0);
	while (p > (const uint8_t *)s) {
		if ((q = u8_prev(&c, p, (const uint8_t *)s)) == NULL)
			return (0);
		if (!clean_is_space(c))
			return (c == '.' || c == '!' || c == '?' ||
			    c == 0x3002 || c == 0xff01 || c == 0xff1f);
		p = q;
	}
	return (0);
}

/* Does the block open with a quotation mark: „ “ " « 「? */
static int
clean_quote_opens(const char *s, size_t n)
{
	return ((n >= 1 && s[0] == '"') || (n >= 2 && memcmp(s, "«", 2) ==
	    0) || (n >= 3 && (memcmp(s, "„", 3) == 0 || memcmp(s, "“", 3) ==
	    0 || memcmp(s, "「", 3) == 0)));
}

/*
 * Is the block a speaker's words in 「」 with the speaker's name after
 * them in full-width brackets: "「…知りました」（森下さん）"?
 */
static int
clean_speaker_after(const char *s, size_t n)
{
	const char	*e = s + n, *p;

	for (p = e - 3; p > s && e - p <= 36 && memcmp(p, "（", 3) != 0;
	    p--)
		/* nothing */;
	return (n >= 45 && p - s >= 6 && e - p <= 36 && e - p >= 9 &&
	    memcmp(p, "（", 3) == 0 && memcmp(p - 3, "」", 3) == 0 &&
	    memcmp(s, "「", 3) == 0 && memmem(p, e - p, "「", 3) == NULL);
}

/* Does the block end like a sentence (quotes and brackets aside)? */
static int
clean_terminal(const char *s, size_t n, int *ellipsis)
{
	const uint8_t	*p = (const uint8_t *)s + n, *q;
	ucs4_t		 c;

	*ellipsis = 0;
	while (p > (const uint8_t *)s) {
		q = u8_prev(&c, p, (const uint8_t *)s);
		if (q == NULL)
			return (0);
		if ((c == ')' || c == 0xff09) && clean_signed(s, q))
			return (1);
		/* a speaker's words, all of the block, end it as a
		 * sentence does: 「…来てくれるんです」, its speaker after
		 * it or not (「…知りました」（森下さん）) */
		if ((c == 0x300d || c == 0x300f) && p == (const uint8_t *)s +
		    n && n >= 45 && (memcmp(s, "\343\200\214", 3) == 0 ||
		    memcmp(s, "\343\200\216", 3) == 0))
			return (1);
		if (c == 0xff09 && p == (const uint8_t *)s + n &&
		    clean_speaker_after(s, n))
			return (1);
		/* a footnote's mark: "… read on it.[1]", "…²" */
		if (c == ']' && q - (const uint8_t *)s >= 2 && q[-1] >= '0' &&
		    q[-1] <= '9') {
			for (q--; q > (const uint8_t *)s && q[-1] >= '0' &&
			    q[-1] <= '9' && p - q <= 4; q--)
				/* nothing */;
			if (q > (const uint8_t *)s && q[-1] == '[' &&
			    p - q <= 4) {
				p = q - 1;
				continue;
			}
			return (0);
		}
		if (c == 0xb9 || c == 0xb2 || c == 0xb3 || (c >= 0x2070 &&
		    c <= 0x2079)) {
			p = q;
			continue;
		}
		/* closing quotes, German's "„…“", "‚…‘" and "»…«" among
		 * them */
		if (c == '"' || c == '\'' || c == 0x201d || c == 0x2019 ||
		    c == 0x201c || c == 0x2018 || c == 0x203a ||
		    c == 0x300d || c == 0x300f || c == ')' || c == 0xff09 ||
		    c == 0xbb || c == 0xab || c == 0x3011 ||
		    clean_is_space(c) || c == '*') {
			p = q;
			continue;
		}
		/* a quote that trails off, all of the block: „… sagen…“ */
		if (c == 0x2026 && p < (const uint8_t *)s + n &&
		    clean_quote_opens(s, n))
			return (1);
		if (c == 0x2026) {
			*ellipsis = 1;
			return (0);
		}
		if (c == '.' && p - (const uint8_t *)s >= 3 &&
		    memcmp(p - 3, "...", 3) == 0) {
			*ellipsis = 1;
			return (0);
		}
		/* and Arabic's question mark and full stop, Devanagari's
		 * danda, Greek's question mark, Armenian's full stop */
		return (c == '.' || c == '!' || c == '?' || c == 0x3002 ||
		    c == 0xff01 || c == 0xff1f || c == 0xff0e || c == ';' ||
		    c == 0xff1b || c == 0x61f || c == 0x6d4 || c == 0x964 ||
		    c == 0x965 || c == 0x37e || c == 0x589);
	}
	return (0);
}

static const char *clean_view_words[] = {
	"views", "view", "plays", "次觀看", "次观看", "次播放", "次瀏覽",
	"次浏览", "回視聴", "回再生", "회 재생", "회 시청", "просмотр", "aufrufe",
	"visualizaciones", "reproducciones", "vues", "тыс. просмотр",
	"тыс. дочитывани", "дочитывани", "回閲覧", NULL
};
static const char *clean_ago_words[] = {
	"小時前", "小时前", "分鐘前", "分钟前", "天前", "週前", "周前", "個月前",
	"个月前", "年前", "時間前", "分前", "日前", "시간 전", "분 전", "일 전",
	"주 전", "개월 전", "hours ago", "hour ago", "minutes ago",
	"minute ago", "days ago", "day ago", "weeks ago", "week ago",
	"months ago", "mins ago", "hrs ago", "час назад", "часа назад",
	"часов назад", "минут назад", "минуту назад", "минуты назад",
	"дня назад", "дней назад", "день назад", NULL
};
/* "vor 3 Stunden", "hace 2 horas", "il y a 5 minutes". */
static const char *clean_ago_before[] = { "vor ", "hace ", "il y a ", NULL };
static const char *clean_ago_units[] = {
	"stunde", "minute", "tag", "woche", "hora", "minuto", "día", "semana",
	"heure", "jour", NULL
};

/* Is one of the words at q (after a number)? */
static int
clean_word_at(const char *q, const char *e, const char **words)
{
	size_t	i, len;

	for (i = 0; words[i] != NULL; i++) {
		if (words[i][0] != *q)
			continue;
		len = strlen(words[i]);
		if ((size_t)(e - q) < len || memcmp(q, words[i], len) != 0)
			continue;
		/* a Hangul word goes on ("24시간 전화" is no "시간 전") */
		if (len >= 3 && (unsigned char)words[i][len - 3] >= 0xea &&
		    (unsigned char)words[i][len - 3] <= 0xed &&
		    (size_t)(e - q) > len + 2 && (unsigned char)q[len] >=
		    0xea && (unsigned char)q[len] <= 0xed)
			continue;
		return (1);
	}
	return (0);
}

/*
 * Is a number followed by one of the words (after spaces and the
 * multipliers 万, 萬, 천, 만, 억, K, M), of the first list and of the
 * second (may be NULL)?  Returns a bit for each.  s is lower case.
 */
static int
clean_number_then(const char *s, size_t n, const char **words,
    const char **words2)
{
	const char	*p = s, *e = s + n, *q, *b;
	int		 found = 0, want = words2 != NULL ? 3 : 1, kmult;

	while (p < e) {
		if (*p < '0' || *p > '9') {
			p++;
			continue;
		}
		for (b = p; p < e && ((*p >= '0' && *p <= '9') || *p == ',' ||
		    *p == '.'); p++)
			/* nothing */;
		q = p;
		kmult = 0;
		for (;;) {
			if (q < e && (*q == ' ' || *q == 'k' || *q == 'm' ||
			    *q == 'b')) {
				q++;
				continue;
			}
			if (e - q >= 3 && (memcmp(q, "万", 3) == 0 ||
			    memcmp(q, "萬", 3) == 0 || memcmp(q, "천", 3) == 0 ||
			    memcmp(q, "만", 3) == 0 || memcmp(q, "억", 3) == 0 ||
			    memcmp(q, "千", 3) == 0)) {
				kmult = (unsigned char)q[0] == 0xec ||
				    (unsigned char)q[0] == 0xeb;
				q += 3;
				continue;
			}
			break;
		}
		if (q == e)
			break;
		/* "3.2만회" is a view count; "1회 충전" is once */
		if (words == clean_view_words && !(found & 1) && kmult &&
		    e - q >= 3 && memcmp(q, "회", 3) == 0)
			found |= 1;
		if (!(found & 1) && clean_word_at(q, e, words))
			found |= 1;
		/* (a year's "2026年前11个月" is no "N years ago") */
		if (words2 != NULL && !(found & 2) &&
		    clean_word_at(q, e, words2) && !(p - b == 4 &&
		    e - q >= 6 && memcmp(q, "年前", 6) == 0))
			found |= 2;
		if (found == want)
			break;
	}
	return (found);
}

/*
 * Is the word that ends at e, in s, a title's last word, not one a
 * clock's time follows ("at", "um", "tonight")?
 */
static int
clean_duration_after(const char *s, const char *e)
{
	static const char	*clock[] = { "at", "um", "ab", "bis", "from",
	    "until", "till", "by", "to", "tonight", "today", "tomorrow",
	    "à", "a", "las", "le", "dès", "vor", "seit", "ore", "в", "во",
	    "с", "со", "до", "к", "о", "об", "около", "на" };
	const char		*w, *q;
	size_t			 i;

	/* letters of Latin and Cyrillic script: not "日", not "·" */
	for (w = e; w > s; w = q) {
		for (q = w - 1; q > s && ((unsigned char)*q & 0xc0) == 0x80;)
			q--;
		if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
		    (w - q == 2 && (unsigned char)*q >= 0xc3 &&
		    (unsigned char)*q <= 0xd4)))
			break;
	}
	if (w == e)
		return (0);
	for (i = 0; i < sizeof clock / sizeof clock[0]; i++)
		if ((size_t)(e - w) == strlen(clock[i]) &&
		    strncasecmp(w, clock[i], (size_t)(e - w)) == 0)
			return (0);
	return (1);
}

/*
 * Does a line open by calling itself a video ("동영상 다시 보는 전통시장의
 * 하루 (1:58)", "動画 …")?  Then its title's last word may be any
 * script's.
 */
static int
clean_video_opens(const char *s, size_t n)
{
	static const char	*words[] = { "동영상", "영상", "動画", "视频",
	    "視頻", "Видео", "Video", "VIDEO" };
	size_t			 i, k;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		k = strlen(words[i]);
		if (n > k && memcmp(s, words[i], k) == 0)
			return (1);
	}
	return (0);
}

/*
 * Does s end in a length in Chinese characters after a space or in
 * brackets, as a Japanese player gives it ("動画　教員不足の現場は
 * 2分14秒", "…に密着（2分48秒）"): one or two digits, "分", two digits
 * under 60, "秒" (a race's "2時間5分30秒" has neither)?
 */
static int
clean_duration_kanji(const char *s, size_t n)
{
	const char	*e = s + n, *p;
	int		 paren = 0;

	if (n > 3 && memcmp(e - 3, "\357\274\211", 3) == 0) {	/* ） */
		e -= 3;
		paren = 1;
	}
	if (e - s < 16 || memcmp(e - 3, "秒", 3) != 0 || e[-4] < '0' ||
	    e[-4] > '9' || e[-5] < '0' || e[-5] > '5' ||
	    memcmp(e - 8, "分", 3) != 0)
		return (0);
	for (p = e - 9; p > s && p > e - 11 && *p >= '0' && *p <= '9'; p--)
		/* nothing */;
	if (p == e - 9 || p - s < 2)
		return (0);
	return (paren ? memcmp(p - 2, "\357\274\210", 3) == 0 :	/* （ */
	    *p == ' ' || memcmp(p - 2, "\343\200\200", 3) == 0);
}

/*
 * Is s a video's label and its length alone ("VIDEO 2:48", "동영상 1:02"),
 * its title on a line of its own?
 */
int
clean_video_bare(const char *s, size_t n)
{
	const char	*e = s + n, *p;

	if (!clean_video_opens(s, n) || n < 8 || n > 16 || e[-3] != ':' ||
	    (p = memchr(s, ' ', n)) == NULL)
		return (0);
	for (p++; p < e && ((*p >= '0' && *p <= '9') || *p == ':'); p++)
		/* nothing */;
	return (p == e);
}

/*
 * Does s end in a length written onto a title without a space, as a
 * player's two spans come out ("… parts suppliers02:37")?  A letter,
 * then one or two digits, a colon and two.  Or a playlist's item.
 */
static int
clean_duration_glued(const char *s, size_t n)
{
	const char	*e = s + n, *p;

	/* or alone after the word for a video ("VIDEO 2:48") */
	if (clean_video_bare(s, n))
		return (1);
	/* or in brackets after a title: "… beat extreme heat (2:14)" */
	if (n >= 12 && e[-1] == ')') {
		for (p = e - 2; p > s && *p >= '0' && *p <= '9'; p--)
			/* nothing */;
		if (e - p == 4 && *p == ':' && p[1] <= '5' && p - s > 4 &&
		    p[-1] >= '0' && p[-1] <= '9') {
			p -= p[-2] >= '0' && p[-2] <= '9' ? 2 : 1;
			if (p[-1] == '(' && p[-2] == ' ')
				return (clean_duration_after(s, p - 2) ||
				    clean_video_opens(s, n));
		}
	}
	if (clean_duration_kanji(s, n))
		return (1);
	if (n < 8 || e[-1] < '0' || e[-1] > '9' || e[-2] < '0' ||
	    e[-2] > '5' || e[-3] != ':')
		return (0);
	/* or after a space, a playlist's "… pipeline leak 02:11": two
	 * digits of minutes, the first a 0, after a word that no clock's
	 * time follows ("at 07:00") */
	if (n >= 12 && e[-4] >= '0' && e[-4] <= '9' && e[-5] == '0' &&
	    e[-6] == ' ')
		return (clean_duration_after(s, e - 6));
	p = e - 4;
	if (*p >= '0' && *p <= '9' && p > s)
		p--;
	if (*p >= '0' && *p <= '9' && p > s)
		p--;
	return (p < e - 4 && ((*p >= 'a' && *p <= 'z') ||
	    (*p >= 'A' && *p <= 'Z')));
}

/*
 * Does a clock's time "8:50" start a range at p ("－9:20", "—9:50",
 * " to 11:00", "~10:10"): a schedule's slot, not a video's length?
 */
static int
clean_time_range(const char *p, const char *e)
{
	static const char	*dashes[] = { "-", "\342\200\223",
	    "\342\200\224", "\357\274\215", "~", "\357\275\236",
	    "\343\200\234", "\350\207\263", "to", "bis", "\320\264\320\276" };
	size_t			 i, l;
	int			 d;

	while (p < e && *p == ' ')
		p++;
	for (i = 0; i < sizeof dashes / sizeof dashes[0]; i++) {
		l = strlen(dashes[i]);
		if ((size_t)(e - p) > l && memcmp(p, dashes[i], l) == 0)
			break;
	}
	if (i == sizeof dashes / sizeof dashes[0])
		return (0);
	for (p += l; p < e && *p == ' '; p++)
		/* nothing */;
	for (d = 0; p < e && *p >= '0' && *p <= '9' && d < 3; p++)
		d++;
	return (d >= 1 && d <= 2 && e - p >= 3 && *p == ':' &&
	    p[1] >= '0' && p[1] <= '5' && p[2] >= '0' && p[2] <= '9');
}

/*
 * A duration such as "1:57" or "12:03:44" at the start of the block, or
 * after a label that says it is one ("Duration 0:52", "时长 02:31"), or
 * glued to the end of a title.
 */
static int
clean_duration(const char *s, size_t n)
{
	static const char	*labels[] = { "Duration", "duration",
	    "Dauer", "Duración", "Durée", "Длительность", "时长", "時長",
	    "再生時間", "재생시간" };
	const char		*p = s, *e = s + n;
	size_t			 i, l;
	int			 d;

	if (clean_duration_glued(s, n))
		return (1);
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		l = strlen(labels[i]);
		if (n > l && memcmp(s, labels[i], l) == 0) {
			for (p = s + l; p < e && (*p == ' ' || *p == ':'); p++)
				/* nothing */;
			if (e - p >= 3 && memcmp(p, "\357\274\232", 3) == 0)
				p += 3;
			if (p == s + l)
				p = s;	/* a word that goes on: "Durations" */
			break;
		}
	}

	while (p < e && (*p == '-' || *p == ' ' || *p == '*' ||
	    (unsigned char)*p >= 0xe2)) {
		if ((unsigned char)*p >= 0xe2) {
			/* bullets and play signs: U+2022, U+25B6 */
			if (e - p >= 3 && (memcmp(p, "•", 3) == 0 ||
			    memcmp(p, "▶", 3) == 0 || memcmp(p, "►", 3) == 0))
				p += 3;
			else
				break;
		} else
			p++;
	}
	for (d = 0; p < e && *p >= '0' && *p <= '9' && d < 3; p++)
		d++;
	if (d == 0 || d > 2 || p >= e || *p != ':')
		return (0);
	p++;
	if (e - p < 2 || p[0] < '0' || p[0] > '5' || p[1] < '0' ||
	    p[1] > '9')
		return (0);
	return (!clean_time_range(p + 2, e));
}

/* The first link that may end after offset: a binary search. */
static size_t
clean_first_link(const struct html_link *links, size_t n, size_t offset)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (links[mid].start + links[mid].len <= offset &&
		    links[mid].start < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo);
}

/* ASCII word bytes: 1 for a letter or apostrophe, 3 for a digit. */
static const uint8_t clean_ascii_word[256] = {
	['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3,
	['6'] = 3, ['7'] = 3, ['8'] = 3, ['9'] = 3, ['\''] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
	['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
	['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
	['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
};

/*
 * What only the features' computation counts: the words, function
 * words and characters that make the function-word density and say
 * whether a block is a sentence, and the Hangul that makes it Korean.
 */
struct clean_words {
	size_t	words;
	size_t	stop;
	size_t	fchars;
	size_t	kowords;
	size_t	koend;
	size_t	hangul;
};

/* Close a word of the lower-cased text: count it, and its kind. */
static void
clean_word(struct clean_words *cw, const uint8_t *w, const uint8_t *p)
{
	if (w[0] >= 0xea && w[0] <= 0xed) {
		cw->kowords++;
		if (lexicon_is_ko_ending((const char *)w, p - w))
			cw->koend++;
	} else if (!(w[0] >= '0' && w[0] <= '9')) {
		cw->words++;
		if (lexicon_is_stopword((const char *)w, p - w))
			cw->stop++;
	}
}

/*
 * Copy the lower case of n bytes to out with a NUL, but for the dot
 * above that Turkish capital I leaves on its i ("İlgili" reads
 * "ilgili", as the lexicon spells it).  Returns the bytes copied.
 */
static size_t
clean_feat_undot(const char *low, size_t n, char *out)
{
	size_t	i, o = 0;

	for (i = 0; i < n; i++) {
		if (i > 0 && low[i - 1] == 'i' && i + 1 < n &&
		    memcmp(low + i, "\314\207", 2) == 0) {
			i++;		/* U+0307 */
			continue;
		}
		out[o++] = low[i];
	}
	out[o] = '\0';
	return (o);
}

/*
 * Lower-case the block into lower (room for its bytes and a NUL) when
 * the offsets keep, else into a copy of its own, its tabs spaces.
 */
static void
clean_feat_lower(struct clean_feat *f, char *lower)
{
	uint8_t	*low;
	char	*tab;
	size_t	 len;

	if (clean_lower_fast(f->s, f->n, lower)) {
		f->lower = lower;
		f->lowern = f->n;
	} else {
		/* libunistring's case mapping is slow: only when needed */
		low = u8_tolower((const uint8_t *)f->s, f->n, NULL, NULL,
		    NULL, &len);
		if (low == NULL)
			fatal("u8_tolower");
		f->lower = xmalloc(len + 1);
		f->lowern = clean_feat_undot((char *)low, len, f->lower);
		f->lower_own = 1;
		free(low);
	}
	/* a tab cuts a row's cells ("设为首页\t加入收藏\t登录") as a space
	 * does: the rules read words between spaces */
	for (tab = memchr(f->lower, '\t', f->lowern); tab != NULL;
	    tab = memchr(tab, '\t', f->lowern - (tab - f->lower)))
		*tab = ' ';
}

/* Count a character beyond ASCII: its script, a clause's comma. */
static void
clean_feat_char(struct clean_feat *f, struct clean_words *cw, ucs4_t c)
{
	if (!clean_is_space(c))
		f->chars++;
	if (clean_is_cjk(c)) {
		f->cjk++;
		if (c >= 0xac00 && c <= 0xd7af)
			cw->hangul++;
		if (c >= 0x3040 && c <= 0x30ff)
			f->kana = 1;
		if (lexicon_is_function_char(c))
			cw->fchars++;
	} else if (c == 0xff0c || c == 0x3001 || c == 0x3002 ||
	    c == 0xff1b)
		f->clauses++;
}

/*
 * One pass over the lower-cased text: count characters, scripts, digits
 * and clauses, split words (runs of letters; Hangul words for Korean
 * endings) and build the normalised text that compares blocks.
 */
static void
clean_feat_scan(struct clean_feat *f, struct clean_words *cw)
{
	const uint8_t	*p, *e, *q, *w = NULL;
	char		 norm[512];
	size_t		 nl = 0, digits = 0;
	ucs4_t		 c;
	int		 l, word;

	p = (const uint8_t *)f->lower;
	e = p + f->lowern;
	while (p < e) {
		if (clean_ascii_word[*p]) {
			/* a run of ASCII letters, digits and apostrophes
			 * (counted in a local: a byte's load may alias f) */
			if (w == NULL)
				w = p;
			for (q = p; q < e && clean_ascii_word[*q]; q++) {
				digits += clean_ascii_word[*q] >> 1;
				/* as a character beyond ASCII: while
				 * nl + 4 < 512 (no memcpy: a word is short) */
				if (nl + 4 < sizeof norm)
					norm[nl++] = (char)*q;
			}
			f->chars += q - p;
			p = q;
			continue;
		}
		if (*p < 0x80) {
			/* ASCII: no CJK, no Unicode space */
			if (w != NULL) {
				clean_word(cw, w, p);
				w = NULL;
			}
			if (*p != ' ' && *p != '\t')
				f->chars++;
			if (*p == ',' || *p == ';')
				f->clauses++;
			else if (*p == '<' || *p == '&' || *p == '=' ||
			    *p == '{' || (*p == '(' &&
			    (const char *)p > f->lower &&
			    ((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z')))
				f->marks = 1;
			p++;
			continue;
		}
		l = utf8_next(&c, p, e);
		clean_feat_char(f, cw, c);
		if ((word = clean_is_word_char(c)) || clean_is_word_more(c)) {
			if (w == NULL)
				w = p;
		} else if (w != NULL) {
			clean_word(cw, w, p);
			w = NULL;
		}
		if ((word || clean_is_cjk(c)) && nl + 4 < sizeof norm) {
			memcpy(norm + nl, p, l);
			nl += l;
		}
		p += l;
	}
	if (w != NULL)
		clean_word(cw, w, p);
	f->digits += digits;
	f->normlen = nl;
	f->normhash = clean_fnv(norm, nl);
}

/*
 * The weighted length, the end, the script and its word density, and
 * whether it is a sentence: punctuated, with some function word in it.
 */
static void
clean_feat_script(struct clean_feat *f, const struct clean_words *cw)
{
	size_t	chars = f->chars, cjk = f->cjk;
	int	ellipsis;

	f->wlen = chars - cjk + CJK_WEIGHT * cjk;
	f->terminal = clean_terminal(f->s, f->n, &ellipsis);
	f->ellipsis = ellipsis;

	if (cw->hangul * 2 > cjk && cw->kowords > 0) {
		f->script = 'K';
		f->sw = (double)cw->koend / cw->kowords;
	} else if (cjk * 10 >= chars * 3 && cjk > 0) {
		f->script = 'C';
		f->sw = (double)cw->fchars / cjk;
	} else {
		f->script = 'L';
		f->sw = cw->words == 0 ? 0 : (double)cw->stop / cw->words;
	}
	f->sentence = f->terminal && ((cw->words + cw->kowords >= 3 &&
	    (cw->stop + cw->koend >= 1 || f->digits >= 2)) ||
	    (cjk >= 8 && (cw->fchars >= 1 || f->digits >= 2)));
}

/*
 * Link characters inside the block, which starts at base in the text
 * (links are sorted by start), and its link density.
 */
static void
clean_feat_links(struct clean_feat *f, const struct html_link *links,
    size_t nlinks, size_t base)
{
	size_t	i, s0, s1, lo, hi;

	s0 = base;
	s1 = base + f->n;
	for (i = clean_first_link(links, nlinks, s0); i < nlinks &&
	    links[i].start < s1; i++) {
		lo = links[i].start > s0 ? links[i].start : s0;
		hi = links[i].start + links[i].len < s1 ?
		    links[i].start + links[i].len : s1;
		if (hi > lo)
			f->linkchars += hi - lo;
	}
}

/* Is [p, e) a count alone: "3,904,117", "1.2k", "1,2 тыс", "3万"? */
static int
clean_count_only(const char *p, const char *e)
{
	int	digits = 0;

	for (; p < e; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (strchr(" :,.km", *p) == NULL && !(e - p >= 3 &&
		    (memcmp(p, "万", 3) == 0 || memcmp(p, "萬", 3) == 0 ||
		    memcmp(p, "：", 3) == 0) && (p += 2)) &&
		    !(e - p >= 6 && memcmp(p, "тыс", 6) == 0 && (p += 5)))
			return (0);
	}
	return (digits > 0);
}

/*
 * A count and its label, alone: "被浏览3,904,117", "Views: 2,816",
 * "Просмотры 1,2 тыс", "1.2k shares" (but "12 comments" heads them).
 */
static int
clean_label_count(const struct clean_feat *f)
{
	static const char	*labels[] = { "被浏览", "被瀏覽", "浏览",
		"瀏覽", "阅读", "閱讀", "关注者", "關注者", "閲覧数", "点赞",
		"點讚", "评论", "評論", "转发", "轉發", "收藏", "views",
		"followers", "просмотры", "просмотров", NULL };
	static const char	*after[] = { " shares", " likes",
		" reactions", " 分享", " subscribers", " подписчиков",
		" подписчика", " abonnenten", " suscriptores", " abonnés",
		" members", NULL };
	const char		*e = f->lower + f->lowern;
	size_t			 i, l;

	if (f->lowern > 40)
		return (0);
	for (i = 0; labels[i] != NULL; i++) {
		l = strlen(labels[i]);
		if (f->lowern > l && memcmp(f->lower, labels[i], l) == 0)
			return (clean_count_only(f->lower + l, e));
	}
	for (i = 0; after[i] != NULL; i++) {
		l = strlen(after[i]);
		if (f->lowern > l && memcmp(e - l, after[i], l) == 0)
			return (clean_count_only(f->lower, e - l));
	}
	return (0);
}

/* View counts, "N hours ago" and a duration at the start. */
static void
clean_feat_counts(struct clean_feat *f, const struct clean_words *cw)
{
	size_t	i;
	int	found;

	if ((cw->hangul > 0 && strstr(f->lower, "조회수") != NULL) ||
	    clean_label_count(f))
		f->views = 1;
	if (f->digits == 0)
		return;		/* no count, no duration, no "N ago" */
	found = clean_number_then(f->lower, f->lowern, clean_view_words,
	    clean_ago_words);
	if (found & 1)
		f->views = 1;
	f->ago = (found & 2) != 0;
	for (i = 0; !f->ago && clean_ago_before[i] != NULL; i++) {
		const char *q = strstr(f->lower, clean_ago_before[i]);

		if (q != NULL && q[strlen(clean_ago_before[i])] >= '0' &&
		    q[strlen(clean_ago_before[i])] <= '9')
			f->ago = clean_number_then(q, f->lowern - (q -
			    f->lower), clean_ago_units, NULL) != 0;
	}
	f->duration = clean_duration(f->s, f->n) != 0;
}

/*
 * Compute the features of a block.  lower has room for the block's bytes
 * and a NUL; a block it cannot hold lower-cased gets its own copy.
 */
void
clean_features(struct clean_feat *f, char *lower,
    const struct html_link *links, size_t nlinks, size_t base)
{
	struct clean_words	cw;

	memset(&cw, 0, sizeof cw);
	clean_feat_lower(f, lower);
	clean_feat_scan(f, &cw);
	clean_feat_script(f, &cw);
	clean_feat_links(f, links, nlinks, base);
	clean_feat_counts(f, &cw);
}
