/*
 * import-head.c: a saved page's headline under its top.  What the first
 * lines of a text dump are (a menu, a breadcrumb, a byline, a date, a
 * call to sign in, a feed's item) and which of them is the page's
 * headline; import-format.c, which makes the blocks, asks.
 */

#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <unistr.h>

#include "sift.h"
#include "import-int.h"
#include "lexicon.h"

static int	import_is_kicker(const char *, const char *);

/* The last code point before p (p > s). */
ucs4_t
import_prev_uc(const char *s, const char *p)
{
	const uint8_t	*q = (const uint8_t *)p;
	ucs4_t		 uc = 0;

	if (u8_prev(&uc, q, (const uint8_t *)s) == NULL)
		return (0);
	return (uc);
}

int
import_is_cjk(ucs4_t c)
{
	return ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 &&
	    c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3134f));
}

/*
 * Is a line a navigation bar or a breadcrumb ("Home | News | Sports",
 * "News › Local › Town", "首页  即时  新加坡"), or a table's row, its
 * cells cut by tabs?  Two separators or more, or one after a section's
 * name; such a line is not the title, though it often comes first.
 */
int
import_is_nav(const char *s, size_t n)
{
	static const char	*seps[] = { " | ", " › ", " » ", " > ", " / ",
				    "｜", " · ", "\t", ">>", NULL };
	const char		*p;
	char			 low[96];
	uint8_t			*r;
	size_t			 i, count = 0, len;
	int			 crumb;

	for (i = 0; seps[i] != NULL; i++) {
		len = strlen(seps[i]);
		for (p = s; (p = memmem(p, n - (p - s), seps[i], len)) != NULL;
		    p += len)
			count++;
	}
	/* a text browser's row: items cut by two spaces or more */
	for (p = s; (p = memmem(p, n - (p - s), "  ", 2)) != NULL; p++) {
		count += p > s && p[-1] != ' ' && p[-1] != '|' &&
		    p + 2 < s + n && p[2] != '|';
	}
	if (count != 1 || n > 80)
		return (count >= 2);
	/* one, after a section's name ("Главная / Экономика и бизнес") */
	len = sizeof low;
	r = u8_tolower((const uint8_t *)s, n, NULL, NULL, (uint8_t *)low,
	    &len);
	crumb = r != NULL && lexicon_is_crumb((const char *)r, len);
	if (r != (uint8_t *)low)
		free(r);
	return (crumb);
}

/* Characters in UTF-8 text: the bytes that start one. */
size_t
import_chars(const char *s, size_t n)
{
	size_t	i, count = 0;

	for (i = 0; i < n; i++)
		count += ((unsigned char)s[i] & 0xc0) != 0x80;
	return (count);
}

/* Does a line end a sentence: "。", ".", "!", "?", or a quote after one? */
int
import_ends_sentence(const char *ls, const char *le)
{
	ucs4_t	last;

	while (le > ls && isspace((unsigned char)le[-1]))
		le--;
	last = import_prev_uc(ls, le);
	return (last == '.' || last == '!' || last == '?' || last == 0x3002 ||
	    last == 0xff01 || last == 0xff1f || last == 0x300d ||
	    last == 0x300f || last == 0x201d);
}

/* Columns a line takes, roughly: two for a CJK character. */
size_t
import_cols(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *e = p + n;
	ucs4_t		 uc;
	size_t		 cols = 0;
	int		 l;

	for (; p < e; p += l) {
		if ((l = u8_mbtouc(&uc, p, e - p)) < 1)
			l = 1;
		cols += import_is_cjk(uc) ? 2 : 1;
	}
	return (cols);
}

/* Does a line end like a sentence or a clause, not like a headline? */
static int
import_ends_clause(const char *ls, const char *le)
{
	ucs4_t	last = import_prev_uc(ls, le);

	return (last == '.' || last == ',' || last == ':' || last == ';' ||
	    last == 0x3002 || last == 0xff0c || last == 0xff1a);
}

/*
 * Is a line a byline: one that opens with "By", "Por", "记者", a
 * paper's reporter ("新京报记者"), or an agency's dateline?
 */
static int
import_is_byline(const char *s, size_t n)
{
	static const char	*by[] = { "by ", "por ", "von ", "par ", "di ",
	    "door ", "av ", "автор", "Автор", "記者", "记者", "来源", "來源",
	    "文／", "文/", NULL };
	const char		*p;
	size_t			 i, k;

	/* a Korean agency's dateline, "(서울=연합뉴스) 최민우 기자 =" */
	if (n > 4 && s[0] == '(' && (p = memchr(s, ')', n)) != NULL &&
	    p - s < 40 && memchr(s, '=', p - s) != NULL)
		return (1);
	/* (a name after "By", not a call's "By signing up, …") */
	for (i = 0; by[i] != NULL; i++) {
		k = strlen(by[i]);
		if (n <= k || strncasecmp(s, by[i], k) != 0)
			continue;
		for (p = s + k; p < s + n && islower((unsigned char)*p); p++)
			/* nothing */;
		return (!(p - s >= (ptrdiff_t)k + 5 && memcmp(p - 3, "ing",
		    3) == 0 && (p == s + n || *p == ' ')));
	}
	/* a paper's or an agency's reporter and a name after a space
	 * ("新京报记者 赵晓宁"; not "三名记者在加沙遇袭") */
	p = memmem(s, n < 24 ? n : 24, "记者", 6);
	if (p == NULL)
		p = memmem(s, n < 24 ? n : 24, "記者", 6);
	return (p != NULL && p > s && p + 7 < s + n &&
	    ((unsigned char)p[-1] & 0xc0) == 0x80 && (p[6] == ' ' ||
	    (p + 9 < s + n && memcmp(p + 6, "\343\200\200", 3) == 0)));
}

/*
 * Is a line a time ago, alone ("2 hours ago", "vor 3 Stunden", "5分钟前",
 * "3시간 전", "2 часа назад")?
 */
static int
import_is_ago(const char *s, size_t n)
{
	static const char	*ago[] = { " ago", "vor ", "hace ", "il y a ",
	    "前", " 전", "назад" };
	size_t			 i, k;

	if (n > 32)
		return (0);
	for (i = 0; i < n && !isdigit((unsigned char)s[i]); i++)
		/* nothing */;
	if (i == n)
		return (0);	/* no figure */
	for (i = 0; i < sizeof ago / sizeof ago[0]; i++) {
		k = strlen(ago[i]);
		if (n > k && (memcmp(s + n - k, ago[i], k) == 0 ||
		    (ago[i][k - 1] == ' ' && memcmp(s, ago[i], k) == 0)))
			return (1);
	}
	return (0);
}

/*
 * Is a line a byline or a dateline: a byline, or one that holds a year,
 * a time or a CJK date ("入力 2024.05.13 14:22", "Stand: 14.05.2024",
 * "2024年6月11日"; not the years of "3年目")?
 */
static int
import_is_dateline(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, k;

	if (n > 120)
		return (0);
	if (import_is_byline(s, n) || import_is_ago(s, n))
		return (1);
	for (i = 0; i < n; i = k + 1) {
		for (; i < n && !isdigit(u[i]); i++)
			/* nothing */;
		for (k = i; k < n && isdigit(u[k]); k++)
			/* nothing */;
		if (k == i)
			break;
		if ((k - i == 4 && (memcmp(s + i, "19", 2) == 0 ||
		    memcmp(s + i, "20", 2) == 0)) || (k - i <= 2 && k + 2 < n &&
		    s[k] == ':' && isdigit(u[k + 1]) && isdigit(u[k + 2])) ||
		    (n - k >= 3 && ((k - i == 4 && memcmp(s + k, "年", 3) ==
		    0) || memcmp(s + k, "月", 3) == 0 ||
		    memcmp(s + k, "日", 3) == 0)))
			return (1);
	}
	return (0);
}

/*
 * Is a line a menu of a site's sections in words between spaces or tabs ("主要
 * 国内 国際 経済 エンタメ スポーツ IT 科学", "뉴스 홈 정치 북한 경제",
 * "News Sports Business Opinion Obituaries Weather")?  Five words or
 * more, two thirds of them a few Chinese or Japanese characters, or a
 * section's name (Korean sentences are short words too).
 */
static int
import_is_menu(const char *ls, const char *le)
{
	const char	*p, *w;
	char		 low[64];
	uint8_t		*r;
	size_t		 words = 0, cjk = 0, chars, han, kor, n;
	ucs4_t		 c;
	int		 l;

	for (p = ls; p < le; ) {
		while (p < le && (*p == ' ' || *p == '\t' || (le - p >= 3 &&
		    memcmp(p, "\343\200\200", 3) == 0)))
			p += *p == ' ' || *p == '\t' ? 1 : 3;
		for (w = p, chars = han = kor = 0; p < le && *p != ' ' &&
		    *p != '\t' &&
		    (le - p < 3 || memcmp(p, "\343\200\200", 3) != 0);
		    p += l) {
			if ((l = u8_mbtouc(&c, (const uint8_t *)p,
			    le - p)) <= 0)
				return (0);
			chars++;
			if (c >= 0xac00 && c <= 0xd7af)
				kor++;
			else
				han += import_is_cjk(c);
		}
		if (p == w)
			break;
		words++;
		if (kor > 0 || han > 0) {
			cjk += kor > 0 ? lexicon_is_section(w, p - w) :
			    chars <= 5;
			continue;
		}
		n = sizeof low;
		r = u8_tolower((const uint8_t *)w, p - w, NULL, NULL,
		    (uint8_t *)low, &n);
		if (r == (uint8_t *)low && lexicon_is_section(low, n))
			cjk++;
		else if (r != (uint8_t *)low)
			free(r);	/* longer than a section's name */
	}
	return (words >= 5 && cjk * 3 >= words * 2);
}

/*
 * Is a line a headline that names a year ("… el primero en el estado
 * desde 2013"), not a dateline: six words or more, no time, no CJK
 * date, no byline's word first?
 */
static int
import_year_headline(const char *ls, const char *le)
{
	const char	*p;
	size_t		 words = 0;
	int		 in = 0;

	for (p = ls; p < le; p++) {
		if (*p == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			words++;
		}
		if (*p == ':' && p + 1 < le && isdigit((unsigned char)p[1]))
			return (0);	/* a time, "20:05" */
	}
	return (words >= 6 && memmem(ls, le - ls, "年", 3) == NULL &&
	    memmem(ls, le - ls, "월", 3) == NULL &&
	    !import_is_byline(ls, le - ls));
}

/*
 * Does a line end with its time ago after a dot or a bar, as a feed's
 * item does ("Ancelotti confirma la baja … · hace 12 min")?
 */
static int
import_ends_ago(const char *ls, const char *le)
{
	static const char	*seps[] = { " · ", " | ", " – ", " — " };
	const char		*p, *at = NULL;
	size_t			 i, k;

	for (i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		k = strlen(seps[i]);
		for (p = ls; (p = memmem(p, le - p, seps[i], k)) != NULL;
		    p += k)
			if (at == NULL || p + k > at)
				at = p + k;
	}
	return (at != NULL && import_is_ago(at, le - at));
}

/* Is a line a reading time ("7 min read", "5 Min. Lesezeit")? */
static int
import_is_readtime(const char *ls, const char *le)
{
	char	 low[96];
	uint8_t	*r;
	size_t	 n = sizeof low;
	int	 hit;

	if (le - ls > 64)
		return (0);
	r = u8_tolower((const uint8_t *)ls, le - ls, NULL, NULL,
	    (uint8_t *)low, &n);
	hit = r != NULL && lexicon_is_readtime((const char *)r, n);
	if (r != (uint8_t *)low)
		free(r);
	return (hit);
}

/* Could a line be a headline: a phrase, no menu, no dateline? */
int
import_is_headline(const char *ls, const char *le)
{
	size_t	chars = import_chars(ls, le - ls), k, digits, signs;

	if (import_is_chrome(ls, le) || import_ends_ago(ls, le) ||
	    import_is_readtime(ls, le) || import_is_cookie(ls, le - ls) ||
	    import_is_account(ls, le))
		return (0);
	/* a feed's line opens with its time ("14:32 …") */
	for (k = 0; ls + k < le && isdigit((unsigned char)ls[k]); k++)
		/* nothing */;
	if (k > 0 && k <= 2 && ls + k < le && ls[k] == ':')
		return (0);
	for (k = 0, digits = 0, signs = 0; ls + k < le; k++) {
		digits += isdigit((unsigned char)ls[k]) != 0;
		signs += k > 0 && ls[k - 1] == ' ' && (ls[k] == '+' ||
		    ls[k] == '-') && ls + k + 1 < le &&
		    isdigit((unsigned char)ls[k + 1]);
	}
	/* a ticker's quote ("日経平均 38,412.55 +211.30") is figures and
	 * their signed change; a teaser is cut short ("…") */
	return (chars >= 8 && chars <= IMPORT_TITLE_MAX &&
	    !(le - ls >= 3 && memcmp(le - 3, "…", 3) == 0) &&
	    digits * 2 < chars && !(signs > 0 && digits * 3 >= chars) &&
	    !import_ends_clause(ls, le) && !import_is_nav(ls, le - ls) &&
	    !import_is_menu(ls, le) && memchr(ls, '>', le - ls) == NULL &&
	    memmem(ls, le - ls, "›", 3) == NULL &&
	    memmem(ls, le - ls, "＞", 3) == NULL &&
	    memmem(ls, le - ls, "»", 2) == NULL &&
	    (!import_is_dateline(ls, le - ls) ||
	    import_year_headline(ls, le)));
}

/*
 * Does a line open with a photo's credit ("Фото: …", "Photo: …"), or
 * with "anywhere", hold one (a caption's "… Photograph: Tom Hartley")?
 */
static int
import_is_credit(const char *s, size_t n, int anywhere)
{
	static const char	*words[] = { "Фото:", "фото:", "Photo:", "photo:",
	    "Foto:", "foto:", "写真：", "写真:", "사진=", "图/", "圖/", "图：",
	    "圖：", "Photograph:", NULL };
	size_t			 i, k;

	for (i = 0; words[i] != NULL; i++) {
		k = strlen(words[i]);
		if (n > k && (memcmp(s, words[i], k) == 0 || (anywhere &&
		    memmem(s, n, words[i], k) != NULL)))
			return (1);
	}
	return (0);
}

/*
 * Is a line a news feed's item, its time and its headline ("10:12
 * Синоптики попередили про мокрий сніг…")?  A feed beside the story,
 * not the story's date line.
 */
static int
import_is_flash(const char *ls, const char *le)
{
	size_t	k;

	for (k = 0; ls + k < le && isdigit((unsigned char)ls[k]); k++)
		/* nothing */;
	return (k >= 1 && k <= 2 && le - ls > (ptrdiff_t)k + 12 &&
	    ls[k] == ':' && isdigit((unsigned char)ls[k + 1]) &&
	    isdigit((unsigned char)ls[k + 2]) && ls[k + 3] == ' ' &&
	    !isdigit((unsigned char)ls[k + 4]));
}


/* Is a line a time alone ("12:04 PM ET", "9:30")? */
static int
import_time_alone(const char *ls, const char *le)
{
	size_t	k;

	for (k = 0; ls + k < le && isdigit((unsigned char)ls[k]); k++)
		/* nothing */;
	return (k >= 1 && k <= 2 && le - ls <= 16 && ls + k + 2 < le &&
	    ls[k] == ':' && isdigit((unsigned char)ls[k + 1]) &&
	    isdigit((unsigned char)ls[k + 2]));
}

/*
 * Is line i a headline of a feed beside the story, each over its time
 * ("Just In" / "Trump says …" / "12:04 PM ET" / "Senate …" / "11:47 PM
 * ET")?
 */
static int
import_feed_item(const char **ls, const char **le, size_t n, size_t i)
{
	return (i + 1 < n && import_time_alone(ls[i + 1], le[i + 1]) &&
	    ((i + 3 < n && import_time_alone(ls[i + 3], le[i + 3])) ||
	    (i >= 1 && import_time_alone(ls[i - 1], le[i - 1]))));
}

/*
 * Is a short line's only figure a year, with no day, time or CJK date
 * ("Decision 2024 Results", "Election 2024"): a menu's item, no date?
 */
static int
import_year_alone(const char *s, size_t n)
{
	size_t	i, k, runs = 0, len = 0;

	if (n > 32 || import_is_byline(s, n) || import_is_ago(s, n) ||
	    memmem(s, n, "年", 3) != NULL)
		return (0);
	for (i = 0; i < n; i = k) {
		for (k = i; k < n && isdigit((unsigned char)s[k]); k++)
			/* nothing */;
		if (k > i) {
			runs++;
			len = k - i;
		} else
			k++;
	}
	return (runs == 1 && len == 4);
}

/*
 * Is the headline at line i dated from line j on: a date there, or under
 * a line or two under 80 bytes and shorter than the headline (a byline,
 * a place)?  The line at j may be as long as the headline unless
 * "shorter" (under a top that is no headline, or a standfirst).  A
 * feed's item is no date.
 */
static int
import_dated(const char **ls, const char **le, size_t n, size_t i, size_t j,
    int shorter)
{
	size_t	k;

	for (k = j; k < n && k <= j + 2; k++) {
		if (import_is_flash(ls[k], le[k]))
			return (0);
		/* a longer headline that names a year is none ("Energie-
		 * wende" over "… Wien will bis 2030 …") */
		if (import_is_dateline(ls[k], le[k] - ls[k]) &&
		    !import_year_alone(ls[k], le[k] - ls[k]))
			return (!import_year_headline(ls[k], le[k]) ||
			    import_chars(ls[k], le[k] - ls[k]) <=
			    import_chars(ls[i], le[i] - ls[i]));
		if (le[k] - ls[k] >= 80 || (import_chars(ls[k],
		    le[k] - ls[k]) >= import_chars(ls[i], le[i] - ls[i]) &&
		    (shorter || k > j)) ||
		    (k > j && import_ends_clause(ls[k], le[k])))
			return (0);
	}
	return (0);
}

/*
 * Line j, or the line under it when j is a photo's credit ("Photo: …"),
 * or with "anywhere" a caption that holds one ("… Photograph: Andrew
 * Parsons/Alamy" under a standfirst), and a line follows.
 */
static size_t
import_past_photo(const char **ls, const char **le, size_t n, size_t j,
    int anywhere)
{
	return (j + (j + 1 < n && import_is_credit(ls[j], le[j] - ls[j],
	    anywhere)));
}

/*
 * Could a line be a headline of three words or more (eight characters of
 * CJK) and 24 columns, not a section's name ("Autos & Transportation")
 * or a kicker that ends with a colon?
 */
static int
import_worded(const char *ls, const char *le)
{
	const char	*p;
	size_t		 spaces = 0, cjk = 0;
	ucs4_t		 c;
	int		 l;

	if (!import_is_headline(ls, le) || import_is_kicker(ls, le))
		return (0);
	for (p = ls; p < le; p += l) {
		if ((l = u8_mbtouc(&c, (const uint8_t *)p, le - p)) < 1)
			l = 1;
		spaces += c == ' ';
		cjk += import_is_cjk(c);
	}
	return ((spaces >= 2 || cjk >= 8) && import_cols(ls, le - ls) >= 24);
}

/* Is line k a menu's item in a column: short, no sentence? */
static int
import_menu_item(const char *ls, const char *le)
{
	return (import_cols(ls, le - ls) <= 24 && !import_ends_sentence(ls,
	    le) && !import_is_byline(ls, le - ls) &&
	    !import_is_dateline(ls, le - ls));
}

/*
 * Does line i, short, stand in a column of a menu's items, three over
 * it ("Health", "Education", "Science & Environment")?  A short
 * headline may too ("News", "Sport", "Weather", "Ferry halted"): it is
 * taken when no line under it is one.
 */
static int
import_menu_column(const char **ls, const char **le, size_t n, size_t i)
{
	(void)n;
	return (i >= 3 && import_menu_item(ls[i - 3], le[i - 3]) &&
	    import_menu_item(ls[i - 2], le[i - 2]) &&
	    import_menu_item(ls[i - 1], le[i - 1]) &&
	    import_cols(ls[i], le[i] - ls[i]) <= 24);
}

/*
 * The first line from "from" on that may be a page's headline, or n: a
 * phrase, dated on the next line or under a byline, past a photo's
 * credit; or, 24 columns wide or more (not a button's "会員登録（無料）"),
 * past a standfirst too: a line longer than it, not a menu.
 */
static size_t
import_headline_at(const char **ls, const char **le, size_t n, int top,
    size_t from)
{
	size_t	i, j, dek, column = n;

	for (i = from; i + 1 < n; i++) {
		/* under a page's top, over a standfirst and a byline, one
		 * may end with a full stop ("The newsletter boom is
		 * quietly consolidating. Here's what that means.") */
		if (!import_is_headline(ls[i], le[i]) && !(top &&
		    le[i] - ls[i] > 1 && le[i][-1] == '.' && le[i][-2] !=
		    '.' && import_is_headline(ls[i], le[i] - 1)))
			continue;
		if (import_feed_item(ls, le, n, i))
			continue;
		j = import_past_photo(ls, le, n, i + 1, 0);
		/* dated: the headline, or its standfirst under the
		 * headline of three words or more (over no other) */
		if (le[i][-1] != '.' && import_dated(ls, le, n, i, j, top)) {
			if (import_menu_column(ls, le, n, i)) {
				if (column == n)
					column = i;
				continue;
			}
			return (i > from && import_worded(ls[i - 1],
			    le[i - 1]) && (i - 1 == 0 ||
			    !import_worded(ls[i - 2], le[i - 2])) ? i - 1 : i);
		}
		dek = import_chars(ls[j], le[j] - ls[j]);
		if (import_cols(ls[i], le[i] - ls[i]) >= 24 && j + 1 < n &&
		    dek > import_chars(ls[i], le[i] -
		    ls[i]) && dek <= 400 && !import_is_menu(ls[j], le[j]) &&
		    !import_is_nav(ls[j], le[j] - ls[j]) &&
		    import_dated(ls, le, n, i,
		    import_past_photo(ls, le, n, j + 1, 1), 1))
			return (i);
	}
	return (column);
}

/*
 * Is a line a kicker that leads in to the headline under it ("Stadtwald
 * in der Krise:"): a short phrase that ends with a colon?
 */
static int
import_is_kicker(const char *ls, const char *le)
{
	ucs4_t	last = import_prev_uc(ls, le);

	return ((last == ':' || last == 0xff1a) &&
	    import_chars(ls, le - ls) <= 48 && !import_is_nav(ls, le - ls));
}

/*
 * Are lines [from, to) but a page's tools, if any: one line at most, or
 * short lines that no sentence ends ("E-mail this to a friend",
 * "Printable version")?
 */
static int
import_tools_only(const char **ls, const char **le, size_t from, size_t to)
{
	size_t	k;

	if (to <= from + 1)
		return (1);
	for (k = from; k < to; k++)
		if (import_cols(ls[k], le[k] - ls[k]) > 40 ||
		    import_ends_sentence(ls[k], le[k]))
			return (0);
	return (to - from <= 3);
}

/*
 * Is the headline at line i under a page's top: over lines that are no
 * sentences (a site's name, menus, a breadcrumb; a menu's "D.C., Md. &
 * Va." ends like one, a kicker with its colon stands just above), but
 * for a banner's few among many, and no date: a headline comes before
 * its date, but
 * for the page's date a line or two above one with its byline below
 * ("Stand: 23.09.2024" over "Warum …", "Von Katrin Vogel"), or the
 * date at line "date", between its section's name and it.
 */
static int
import_under_top(const char **ls, const char **le, size_t n, size_t i,
    size_t date)
{
	size_t	j, said = 0;
	int	bylined = 0;

	for (j = i + 1; j < n && j <= i + 3; j++)
		bylined |= import_is_byline(ls[j], le[j] - ls[j]);
	for (j = 0; j < i; j++) {
		if (import_is_cookie(ls[j], le[j] - ls[j]) ||
		    import_is_flash(ls[j], le[j]) ||
		    import_is_chrome(ls[j], le[j]) ||
		    import_is_credit(ls[j], le[j] - ls[j], 1) ||
		    import_ends_ago(ls[j], le[j]) ||
		    (j + 1 == i && import_is_kicker(ls[j], le[j])) ||
		    (j > 0 && import_time_alone(ls[j], le[j]) &&
		    import_feed_item(ls, le, n, j - 1)))
			continue;	/* the page's, its photo's, its own */
		if (j == date)
			continue;	/* under its section and date */
		if (import_is_dateline(ls[j], le[j] - ls[j]) &&
		    !import_year_alone(ls[j], le[j] - ls[j]) && (!bylined ||
		    !import_tools_only(ls, le, j + 1, i)))
			return (0);
		if (import_chars(ls[j], le[j] - ls[j]) > 120 ||
		    ((import_ends_clause(ls[j], le[j]) ||
		    import_ends_sentence(ls[j], le[j])) &&
		    !lexicon_ends_abbrev(ls[j], le[j] - ls[j]))) {
			if (j + 1 == i)
				return (0);
			said++;
		}
	}
	/* a few sentences of the top's banners ("Fox News Flash top
	 * headlines are here.", an appeal) among ten lines of menus or
	 * more, four for each, none right over the headline */
	return (said == 0 || (said <= 3 && i - said >= 10 &&
	    i - said >= 4 * said));
}

/*
 * Is line h a headline of three words or more, no sentence (not the
 * story's first, under a short headline), over a longer line (its
 * standfirst, or the story's first paragraph)?
 */
static int
import_over_dek(const char **ls, const char **le, size_t n, size_t h)
{
	return (h + 1 < n && import_worded(ls[h], le[h]) &&
	    !import_ends_sentence(ls[h], le[h]) &&
	    import_chars(ls[h + 1], le[h + 1] - ls[h + 1]) >
	    import_chars(ls[h], le[h] - ls[h]));
}

/*
 * Is line i a section's name over the page's date, the headline right
 * under that ("Деловой климат", "13:17, 14 ноября 2024", "Уральские
 * фермеры …" over its standfirst)?  Returns the headline's line, or n.
 */
static size_t
import_section_dated(const char **ls, const char **le, size_t n, size_t i)
{
	size_t	d;

	if (import_worded(ls[i], le[i]))
		return (n);
	for (d = i + 1; d < n && d <= i + 2 && !import_worded(ls[d], le[d]) &&
	    !import_is_dateline(ls[d], le[d] - ls[d]); d++)
		/* nothing */;
	if (d >= n || d > i + 2 || !import_is_dateline(ls[d], le[d] - ls[d]) ||
	    !import_over_dek(ls, le, n, d + 1) ||
	    import_chars(ls[d + 1], le[d + 1] - ls[d + 1]) <=
	    import_chars(ls[i], le[i] - ls[i]))
		return (n);
	return (d + 1);
}

/*
 * A page saved from its top: a skip link or the site's name first
 * ("Skip to main content", "江临市人民政府门户网站"), its menus, and the
 * headline under them, over its byline or its date.  Returns the
 * headline's line (its end in *end), or NULL for a text whose first line
 * may be its title: a long one, or one that ends like a sentence.
 */
const char *
import_headline(const char *text, size_t len, const char **end)
{
	const char	*ls[CLEAN_HEAD_LINES + 1], *le[CLEAN_HEAD_LINES + 1];
	const char	*p = text, *e = text + len, *nl;
	size_t		 n, i, d, date = CLEAN_HEAD_LINES + 1;
	int		 top;

	/* its lines that are not blank */
	for (n = 0; n <= CLEAN_HEAD_LINES && p < e; p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		ls[n] = p;
		le[n] = nl;
		while (p < nl && isspace((unsigned char)*p))
			p++;
		n += p < nl;
	}
	if (n < 3 || (import_cols(ls[0], le[0] - ls[0]) > 48 &&
	    !import_is_menu(ls[0], le[0])) || import_ends_clause(ls[0], le[0]))
		return (NULL);
	/* a first line that is no headline (a menu, a login's words) */
	top = !import_is_headline(ls[0], le[0]);
	if ((i = import_headline_at(ls, le, n, top, 1)) >= n)
		return (NULL);
	/* wider than the first line, unless that is no headline; a
	 * narrower one is a section's name over the page's date, with the
	 * headline right under that ("Gesellschaft", "Stand: 23.09.2024",
	 * "Warum …") */
	if (import_cols(ls[i], le[i] - ls[i]) * 10 <
	    import_cols(ls[0], le[0] - ls[0]) * 13 && !top) {
		for (d = i + 1; d < n && d <= i + 3 &&
		    !import_is_dateline(ls[d], le[d] - ls[d]); d++)
			/* nothing */;
		if (d + 1 >= n || d > i + 3 ||
		    (import_headline_at(ls, le, n, top, d + 1) != d + 1 &&
		    !import_over_dek(ls, le, n, d + 1)))
			return (NULL);
		i = d + 1;
		date = d;
	} else if ((d = import_section_dated(ls, le, n, i)) < n) {
		i = d;
		date = d - 1;
	}
	if (!import_under_top(ls, le, n, i, date))
		return (NULL);
	*end = le[i];
	return (ls[i]);
}
