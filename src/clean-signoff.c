/*
 * clean-signoff.c: the lines that close a story and name who made it,
 * as one block's own shape says: a reporter's sign-off ("[김민수 기자]",
 * "（共同）", "[연합뉴스]", "jhkim@yna.co.kr"), a columnist's ("한소윤
 * 서강대 경제학부 교수"), a dated sign-off, the
 * line on who helped report it, and whether a byline's word names a
 * reporter.  Each test reads one block's features and nothing else.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "sift.h"
#include "clean-int.h"

/* Is [s, e) an address: name@host.tld, nothing else? */
static int
clean_email(const char *s, const char *e)
{
	const char	*at, *dot = NULL, *p;

	if ((at = memchr(s, '@', (size_t)(e - s))) == NULL || at == s ||
	    e - at < 4)
		return (0);
	for (p = s; p < e; p++) {
		if (p == at)
			continue;
		if (*p == '.' && p > at)
			dot = p;
		else if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' &&
		    *p <= '9') || *p == '.' || *p == '_' || *p == '-' ||
		    *p == '+'))
			return (0);
	}
	return (dot != NULL && dot > at + 1 && e - dot > 2);
}

/*
 * A US paper's sign-off, to the reporter by name and address: "Contact
 * reporter Dana Whitcomb at dw@… or 555-0100.  Follow her on X @dw.",
 * "Reach IndyStar reporter Caleb Morrow at …".
 */
static int
clean_signoff_contact(const struct clean_feat *f)
{
	static const char *const roles[] = { " reporter ", " writer ",
	    " correspondent ", " editor " };
	const char	*s = f->lower, *at, *r;
	size_t		 i;

	if (f->lowern > 240 || (strncmp(s, "contact ", 8) != 0 &&
	    strncmp(s, "reach ", 6) != 0) ||
	    memchr(s, '@', f->lowern) == NULL ||
	    (at = strstr(s, " at ")) == NULL || at - s > 80)
		return (0);
	for (i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if ((r = strstr(s, roles[i])) != NULL && r < at)
			return (1);
	return (0);
}

/*
 * Does a line sign the story off: its reporter's address, alone or after
 * a name or the agency ("jhkim@yna.co.kr", "◎공감언론 뉴시스
 * kms@newsis.com", "김민수 기자(kms@newsis.com)"), or a name in brackets
 * ("（山本亮介）", "（ワシントン＝山本亮介）", "[김민수 기자]"), or
 * with the day ("(Lena Wallner, 12.3.2024)")?
 */
/* A news agency's name in square brackets: "[연합뉴스]", "[뉴시스]". */
static int
clean_signoff_agency(const char *s, const char *e)
{
	static const char *const agencies[] = {
		"연합뉴스", "뉴시스", "뉴스1", "共同", "時事", "时事",
		"新华社", "新華社", "中新社", "中央社", "yonhap", "newsis"
	};
	size_t	i, k;

	if (e - s < 4 || *s != '[' || e[-1] != ']')
		return (0);
	for (i = 0; i < sizeof(agencies) / sizeof(agencies[0]); i++) {
		k = strlen(agencies[i]);
		if ((size_t)(e - s) == k + 2 && memcmp(s + 1, agencies[i],
		    k) == 0)
			return (1);
	}
	return (0);
}

/*
 * Is s..e an editor's initials in brackets, as German and Austrian sites
 * close a story ("(jsv)", "(dpa/mho)", "(red, apa)")?
 */
static int
clean_signoff_initials(const char *s, const char *e)
{
	const char	*p;
	size_t		 run = 0, longest = 0;

	if (e - s < 4 || e - s > 22 || *s != '(' || e[-1] != ')')
		return (0);
	for (p = s + 1; p < e - 1; p++) {
		if (*p >= 'a' && *p <= 'z') {
			if (++run > 5)
				return (0);
			if (run > longest)
				longest = run;
		} else if (*p == '/' || *p == ',' || *p == ' ' || *p == '-')
			run = 0;
		else
			return (0);
	}
	return (longest >= 2);
}

/*
 * Is s..e a columnist's name, place and title alone, as a Korean paper
 * signs its column ("한소윤 서강대 경제학부 교수"): words of Hangul,
 * two to six of them, the last a title?
 */
static int
clean_signoff_columnist(const char *s, const char *e)
{
	static const char *const	 titles[] = { "교수", "위원", "소장",
		"원장", "대표", "변호사", "회장", "이사장", "작가", "박사",
		"칼럼니스트", "전문의", "연구원", "특파원", "기자", NULL };
	const uint8_t			*p = (const uint8_t *)s;
	const char			*last = s;
	ucs4_t				 c;
	size_t				 i, l;
	int				 words = 1;

	if (e - s < 12 || e - s > 80)
		return (0);
	while (p < (const uint8_t *)e) {
		p += u8_mbtouc(&c, p, (const uint8_t *)e - p);
		if (c == ' ') {
			words++;
			last = (const char *)p;
		} else if (c < 0xac00 || c > 0xd7a3)
			return (0);
	}
	if (words < 2 || words > 6)
		return (0);
	for (i = 0; titles[i] != NULL; i++) {
		l = strlen(titles[i]);
		if ((size_t)(e - last) >= l &&
		    memcmp(e - l, titles[i], l) == 0)
			return (1);
	}
	return (0);
}

/*
 * Is s..e a line of reporters' names alone, as a Chinese weekly ends its
 * story ("南方周末记者 陈思远 南方周末实习生 拉姆"): a reporter's title, a
 * space and a name, no sentence, and not a photo's credit ("… 摄")?
 */
static int
clean_signoff_reporters(const struct clean_feat *f, const char *s,
    const char *e)
{
	static const char *const	 titles[] = { "记者 ", "記者 ",
					    "实习生 ", "實習生 ", "通讯员 ",
					    "通訊員 ", NULL };
	size_t				 i;

	if (f->cjk < 4 || f->chars > 40 || f->digits != 0 ||
	    memmem(s, (size_t)(e - s), "\343\200\202", 3) != NULL ||
	    memmem(s, (size_t)(e - s), "\357\274\214", 3) != NULL ||
	    memmem(s, (size_t)(e - s), "\357\274\232", 3) != NULL ||
	    memchr(s, ':', (size_t)(e - s)) != NULL || (e - s >= 3 &&
	    (memcmp(e - 3, "摄", 3) == 0 || memcmp(e - 3, "攝", 3) == 0)))
		return (0);
	for (i = 0; titles[i] != NULL; i++)
		if (memmem(s, (size_t)(e - s), titles[i],
		    strlen(titles[i])) != NULL)
			return (1);
	return (0);
}

int
clean_signoff(const struct clean_feat *f)
{
	const char	*s = f->lower, *e = f->lower + f->lowern, *b;

	if (clean_signoff_contact(f))
		return (1);
	if (f->lowern == 0 || f->lowern > 90 || f->digits * 2 > f->chars)
		return (0);
	while (e > s && e[-1] == ' ')
		e--;
	if (clean_signoff_dated(f))
		return (1);
	/* "[김민수 기자]": a reporter's name and title in square brackets */
	if (e - s >= 8 && *s == '[' && e[-1] == ']' && f->cjk >= 2 &&
	    f->chars <= 26 && f->digits == 0 &&
	    memchr(s + 1, '[', (size_t)(e - s - 1)) == NULL &&
	    (memmem(s, (size_t)(e - s), "기자", 6) != NULL ||
	    memmem(s, (size_t)(e - s), "특파원", 9) != NULL ||
	    memmem(s, (size_t)(e - s), "记者", 6) != NULL ||
	    memmem(s, (size_t)(e - s), "記者", 6) != NULL))
		return (1);
	if (clean_signoff_agency(s, e) || clean_signoff_initials(s, e) ||
	    clean_signoff_reporters(f, s, e) ||
	    clean_signoff_columnist(s, e))
		return (1);
	if (e - s >= 6 && (memcmp(s, "\357\274\210", 3) == 0 || *s == '(') &&
	    (memcmp(e - 3, "\357\274\211", 3) == 0 || e[-1] == ')') &&
	    f->cjk >= 2 && f->chars <= 26 && f->digits == 0 &&
	    memchr(s + 1, '(', (size_t)(e - s - 1)) == NULL &&
	    memchr(s, ':', (size_t)(e - s)) == NULL &&
	    memmem(s, (size_t)(e - s), "\357\274\232", 3) == NULL &&
	    memmem(s + 3, (size_t)(e - s - 3), "\357\274\210", 3) == NULL)
		return (1);
	if (e > s && (e[-1] == ')' || (e - s >= 3 &&
	    memcmp(e - 3, "\357\274\211", 3) == 0)))
		e -= e[-1] == ')' ? 1 : 3;
	for (b = e; b > s && b[-1] != ' ' && b[-1] != '(' && b[-1] != ':' &&
	    !(b - s >= 3 && memcmp(b - 3, "\357\274\210", 3) == 0); b--)
		/* nothing */;
	/* not a call to write in ("Got a story? Email: ...") or a
	 * contact line ("Email: ...") */
	return (clean_email(b, e) && b - s <= 40 &&
	    memchr(s, '?', (size_t)(b - s)) == NULL &&
	    memmem(s, (size_t)(b - s), "mail", 4) == NULL &&
	    memmem(s, (size_t)(b - s), "contact", 7) == NULL);
}

/*
 * Does a line credit those who helped report the story?  A bio's
 * "contributing writer at" names a job, and a bio is longer.
 */
int
clean_contributors(const struct clean_feat *f)
{
	static const char *const words[] = { "contributed",
	    "contributing report", "reporting by", "mitarbeit", "beigetragen",
	    "亦有贡献", "亦有貢獻", "colaboración de", NULL };

	return (f->wlen < 200 && clean_holds(f, words));
}

/*
 * Does a line name a commentator (评论员, who signs a commentary), a
 * critic (评论家, 評論家) or a panel's discussant (评论人): its word for
 * comment is no comment section's?
 */
int
clean_names_critic(const struct clean_feat *f)
{
	static const char *const who[] = { "评论员", "評論員", "评论人",
	    "評論人", "评论家", "評論家", NULL };
	size_t	i;

	for (i = 0; who[i] != NULL; i++)
		if (strstr(f->lower, who[i]) != NULL)
			return (1);
	return (0);
}

/*
 * Does a byline phrase name who wrote the story (a reporter's line that
 * stays in a story), not where it came from or when?
 */
int
clean_reporter(const char *m)
{
	static const char	*words[] = { "by ", "von ", "por ", "от ",
		"記者", "记者", "文／", "文/", "作者", "撰文", "기자", "текст:",
		"автор:", "text:", "texto:", "written by", "author:",
		"autor:", "беседовала ", "беседовал ", "interviewed by ",
		"interview by ", "entrevista de ", "propos recueillis par ",
		NULL };
	size_t			 i;

	for (i = 0; words[i] != NULL; i++) {
		if (strcmp(m, words[i]) == 0)
			return (1);
	}
	return (0);
}

/*
 * A reporter's name and the day, in brackets, as Austrian papers sign a
 * story off: "(Lena Wallner, 12.3.2024)".  Two to four words, each with a
 * capital, then a comma and a date.
 */
int
clean_signoff_dated(const struct clean_feat *f)
{
	const uint8_t	*p = (const uint8_t *)f->s, *e = p + f->n;
	ucs4_t		 c;
	int		 words = 0, in = 0, l;

	if (f->n < 12 || f->n > 80 || *p != '(' || e[-1] != ')')
		return (0);
	for (p++; p < e && *p != ','; p += l) {
		l = utf8_next(&c, p, e);
		if (c == ' ' || c == '-') {
			in = 0;
			continue;
		}
		if (!uc_is_alpha(c))
			return (0);
		if (!in && (words++, !uc_is_upper(c)))
			return (0);
		in = 1;
	}
	if (words < 2 || words > 4 || e - p < 8 || p[1] != ' ' ||
	    p[2] < '0' || p[2] > '9')
		return (0);
	return (1);
}
