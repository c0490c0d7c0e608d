/*
 * clean-line.c: what one block's own shape says, for the classifier's
 * strong rules (clean-strong.c) and its rules over runs and lists:
 * markup residue, photo credits that close a caption, dates, times and
 * counters, bylines and bios, bare URLs, breadcrumbs and the number of
 * a numbered list's item (a story's sign-offs are clean-signoff.c's,
 * the lines of widgets and labels clean-widget.c's).  Each test reads
 * one block's features and nothing else.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

/*
 * Residue of markup: tags, attributes, entities left in the text; and of
 * an advert's script ("(adsbygoogle = window.adsbygoogle ||
 * []).push({});", "googletag.cmd.push(function()", "dfp-ad-…").
 */
int
clean_markup(const struct clean_feat *f)
{
	static const char *const code[] = { "function(", ").push(",
	    "googletag.", "window.", "document.", "adsbygoogle", "});",
	    NULL };
	const char	*p = f->s, *e = f->s + f->n;
	size_t		 i;
	int		 hits = 0;

	/* (a script's line, short and no sentence: a paragraph may name
	 * "window.location"; a statement's ';' ends no sentence) */
	for (i = 0; f->wlen < 150 && (!f->terminal || !f->sentence) &&
	    code[i] != NULL; i++)
		if (memmem(f->s, f->n, code[i], strlen(code[i])) != NULL)
			hits += 2;
	if (f->n >= 7 && (memcmp(f->s, "dfp-ad", 6) == 0 ||
	    memcmp(f->s, "div-gpt-ad", f->n < 10 ? f->n : 10) == 0) &&
	    memchr(f->s, ' ', f->n) == NULL)
		hits += 2;

	for (; p < e; p++) {
		if (*p == '<' && p + 1 < e && (p[1] == '/' || p[1] == '!' ||
		    (p[1] >= 'a' && p[1] <= 'z')))
			hits++;
		else if (*p == '=' && p + 1 < e && p[1] == '"')
			hits++;
		else if (*p == '&' && p + 1 < e && (p[1] == '#' ||
		    (p[1] >= 'a' && p[1] <= 'z'))) {
			const char *q = p + 1;

			while (q < e && q - p < 10 && *q != ';' && *q != ' ')
				q++;
			if (q < e && *q == ';')
				hits++;
		}
	}
	return (hits);
}

/* Does s..e end with one of the strings in list? */
static int
clean_ends(const char *s, const char *e, const char **list)
{
	size_t	i, l;

	for (i = 0; list[i] != NULL; i++) {
		l = strlen(list[i]);
		if ((size_t)(e - s) >= l && memcmp(e - l, list[i], l) == 0)
			return (1);
	}
	return (0);
}

/*
 * Does s hold a character that every credit clean_cjk_credit knows has:
 * 摄 攝 图 圖 影 照?  One pass, before a dozen searches.
 */
static int
clean_credit_char(const char *s, const char *e)
{
	const unsigned char	*p = (const unsigned char *)s;
	const unsigned char	*q = (const unsigned char *)e;

	for (; p + 2 < q; p++) {
		if (*p < 0xe5 || *p > 0xe7)
			continue;
		if ((p[0] == 0xe6 && ((p[1] == 0x91 && p[2] == 0x84) ||
		    (p[1] == 0x94 && p[2] == 0x9d))) ||
		    (p[0] == 0xe5 && ((p[1] == 0x9b && p[2] == 0xbe) ||
		    (p[1] == 0x9c && p[2] == 0x96) ||
		    (p[1] == 0xbd && p[2] == 0xb1))) ||
		    (p[0] == 0xe7 && p[1] == 0x85 && p[2] == 0xa7))
			return (1);
	}
	return (0);
}

/*
 * A Chinese or Japanese caption: a sentence on the photo, closed by its
 * credit and nothing after it: "…进行春耕作业。 陈春燕摄（人民视觉）",
 * "…转移被困群众。 受访者供图", "…路網將重整。（記者林雅婷攝）",
 * "…倒伏的大树。图源：社交媒体".  A credit line alone ("文／葉書涵
 * 攝影／蔡宗翰") is the writers' line, and a photo story, whose every
 * paragraph is a caption, is left to the caller.
 */
int
clean_cjk_credit(const struct clean_feat *f)
{
	static const char	*ends[] = { "摄", "攝", "供图", "供圖", "撮影",
		"摄影", "攝影", " 图", " 圖", "／图", "／圖", "/图", "/圖",
		"资料图", "資料圖", "资料照片", "資料照片", NULL };
	static const char	*inside[] = { "摄", "攝", "供图", "供圖", "撮影",
		"资料图", "資料圖", "图源", "圖源", "图片来源", "圖片來源", "图/",
		"圖/", "图／", "圖／", NULL };
	static const char	*sources[] = { "图源：", "图源:", "圖源：",
		"图片来源：", "圖片來源：", "图：", "圖：", "图/", "圖/",
		"图／", "圖／", "摄/", "攝/", "摄／", "攝／", NULL };
	const char		*s = f->lower, *e = f->lower + f->lowern, *o, *p;
	size_t			 i;

	if (f->cjk == 0 || f->wlen >= STRONG_MAX || f->lowern < 30 ||
	    !clean_credit_char(s, e))
		return (0);
	while (e > s && e[-1] == ' ')
		e--;
	/* a group in parentheses at the end: the credit, or an agency */
	if (clean_ends(s, e, (const char *[]){ ")", "）", NULL })) {
		for (o = e - 1; o > s && e - o < 90 && *o != '(' &&
		    !(e - o >= 3 && memcmp(o, "（", 3) == 0); o--)
			/* nothing */;
		if (o <= s + 10 || e - o >= 90)
			return (0);
		for (i = 0; inside[i] != NULL; i++)
			if (memmem(o, (size_t)(e - o), inside[i],
			    strlen(inside[i])) != NULL)
				break;
		e = o;
		while (e > s && e[-1] == ' ')
			e--;
		/* the credit in brackets names itself: any words before
		 * it say what the photo shows */
		if (inside[i] != NULL)
			return (e - s >= 6);
	}
	if (clean_ends(s, e, ends))
		goto sentence;
	for (i = 0; sources[i] != NULL; i++) {
		p = e - s > 40 ? e - 40 : s;
		if ((o = memmem(p, (size_t)(e - p), sources[i],
		    strlen(sources[i]))) != NULL && memmem(o, (size_t)(e - o),
		    "。", 3) == NULL) {
			/* "图片来源：" names itself: a few words before it
			 * say what the photo shows */
			if (i < 5 && o - s >= 12 && f->wlen < 100)
				return (1);
			e = o;
			goto sentence;
		}
	}
	return (0);
sentence:
	/* a sentence about the photo before the credit */
	return (e - s >= 24 && (memmem(s, (size_t)(e - s), "，", 3) != NULL ||
	    memmem(s, (size_t)(e - s), "。", 3) != NULL ||
	    memmem(s, (size_t)(e - s), "、", 3) != NULL));
}

/*
 * A Chinese photo's giver alone on its line, under the photo: "故宫博物院
 * 供图", "新华社资料图"; or its photographer, "门店 红星新闻记者 杨晓岚 摄"
 * (a reporter, or a name set apart, who took it, not a film "拍摄").  Or
 * a caption marked as such, as CCTV and NetEase mark theirs: "△坦帕市市长
 * 简·卡斯特".  1 for a giver, 2 for a marked caption, 3 for a Korean
 * caption closed by its credit ("… 있다. 한국일보 자료사진").
 */
int
clean_cjk_giver(const struct clean_feat *f)
{
	static const char	*ends[] = { "供图", "供圖", "资料图",
		"資料圖", "资料照片", "資料照片", NULL };
	const char		*s = f->lower, *e = f->lower + f->lowern;

	if (f->cjk == 0 || f->wlen >= STRONG_MAX / 2)
		return (0);
	/* "… 작업을 하고 있다. 한국일보 자료사진" */
	if (f->script == 'K')
		return (clean_ends(s, e, (const char *[]){ "자료사진",
		    "자료 사진", NULL }) ? 3 : 0);
	if (f->lowern > 3 && memcmp(s, "\xe2\x96\xb3", 3) == 0)
		return (2);
	while (e > s && (e[-1] == ' ' || e[-1] == '.'))
		e--;
	if (clean_ends(s, e, (const char *[]){ "摄", "攝", NULL }) &&
	    e - s > 3 && !clean_ends(s, e, (const char *[]){ "拍摄", "拍攝",
	    NULL }) && (e[-4] == ' ' || memmem(s, (size_t)(e - s), "记者",
	    6) != NULL || memmem(s, (size_t)(e - s), "記者", 6) != NULL))
		return (1);
	return (f->lowern < 60 && clean_ends(s, e, ends) &&
	    memmem(s, f->lowern, "\xe3\x80\x82", 3) == NULL &&
	    memmem(s, f->lowern, "\xef\xbc\x8c", 3) == NULL);
}

/*
 * A caption closed by "(Image: Getty)", "(Foto: EFE)", "（写真：共同）", or a
 * photo's credit on its own line.
 */
int
clean_latin_credit(const struct clean_feat *f)
{
	static const char	*words[] = { "image:", "images:", "photo:",
		"photos:", "picture:", "pic:", "foto:", "fotos:", "credit:",
		"photograph:", "bild:", "imagen:", "фото:", "写真：", "写真:",
		"사진=", "图/", "圖/", "图／", "圖／", "摄影", "攝影",
		"prnewsfoto/", "photo by ", "photo courtesy ", "chart:",
		"graphic:", "grafik:", "infographic:", "инфографика:", NULL };
	const char		*o, *e = f->lower + f->lowern;
	size_t			 i, l;

	/* or a credit alone: "Фото: пресс-служба МЧС" (its word ends in
	 * its mark: "摄影师说…" opens a sentence) */
	for (i = 0; f->wlen < 80 && words[i] != NULL; i++) {
		l = strlen(words[i]);
		if (f->lowern > l + 2 && memcmp(f->lower, words[i], l) == 0 &&
		    (strchr(":/= ", words[i][l - 1]) != NULL || (l >= 3 &&
		    (memcmp(words[i] + l - 3, "：", 3) == 0 ||
		    memcmp(words[i] + l - 3, "／", 3) == 0))))
			return (1);
	}
	/* a chart's: "Data: NOAA; Chart: Axios Visuals" */
	if (f->wlen < 80 && memmem(f->lower, f->lowern, "; chart: ", 9) != NULL)
		return (1);
	if (f->wlen >= STRONG_MAX || f->lowern < 8 || e[-1] != ')' ||
	    (o = memrchr(f->lower, '(', f->lowern)) == NULL || e - o > 60)
		return (0);
	for (o++; o < e && *o == ' '; o++)
		/* nothing */;
	for (i = 0; words[i] != NULL; i++) {
		l = strlen(words[i]);
		if ((size_t)(e - o) > l && memcmp(o, words[i], l) == 0)
			return (1);
	}
	return (0);
}

/*
 * A template's placeholder left in the page, the whole block:
 * "$$ARTICLEAD$$", "{{ad_slot}}", "%%BANNER%%", "[[widget]]".
 */
int
clean_placeholder(const struct clean_feat *f)
{
	static const char	*pairs[][2] = {
		{ "$$", "$$" }, { "{{", "}}" }, { "%%", "%%" }, { "[[", "]]" },
		{ "${", "}" }
	};
	const char		*p, *e;
	size_t			 i, a, b;

	if (f->n < 4 || f->n > 64)
		return (0);
	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		a = strlen(pairs[i][0]);
		b = strlen(pairs[i][1]);
		if (f->n <= a + b || memcmp(f->s, pairs[i][0], a) != 0 ||
		    memcmp(f->s + f->n - b, pairs[i][1], b) != 0)
			continue;
		for (p = f->s + a, e = f->s + f->n - b; p < e; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' &&
			    *p <= 'Z') || (*p >= '0' && *p <= '9') ||
			    *p == '_' || *p == '-' || *p == '.' ||
			    *p == ':' || *p == ' '))
				break;
		if (p == e)
			return (1);
	}
	return (0);
}

/*
 * A line that is only a person's name: one to four capitalised words, or
 * two to four CJK characters, with nothing else.
 */
int
clean_name_line(const struct clean_feat *f)
{
	return ((f->kind == KIND_NONE || (f->kind == KIND_LINKS &&
	    f->wlen < 40)) && clean_name_shape(f, 0));	/* or its link */
}

/*
 * Does a short CJK line hold a word no name has, a particle or a
 * pronoun ("留下的人", "这里", "見たこと")?
 */
static int
clean_cjk_unnamed(const struct clean_feat *f)
{
	static const char	*words[] = { "的", "了", "是", "这", "這", "们",
	    "們", "着", "说", "說", "吗", "嗎", "呢", "吧", "を", "が", "は",
	    "で", "に", "こと", NULL };
	size_t			 i;

	for (i = 0; words[i] != NULL; i++)
		if (memmem(f->s, f->n, words[i], strlen(words[i])) != NULL)
			return (1);
	return (0);
}

/*
 * The same, whatever a rule has made of the line since; with commas set,
 * two names with a comma between ("Ольга Никитина, Дмитрий Козлов"), as
 * a signature has them (a caption's "Dana Whitcomb, Ledger" is a name
 * and its paper).
 */
int
clean_name_shape(const struct clean_feat *f, int commas)
{
	const uint8_t	*s = (const uint8_t *)f->s, *p = s, *e = p + f->n, *w;
	ucs4_t		 c;
	int		 words = 0, start = 1, l, stops = 0;

	if (f->digits != 0 || f->terminal || f->chars > 40 ||
	    (f->n > 0 && f->s[f->n - 1] == ','))
		return (0);	/* "Hallo Herr Habermeyer," greets */
	if (f->cjk > 0)
		return (f->cjk == f->chars && f->cjk >= 2 && f->cjk <= 4 &&
		    !clean_cjk_unnamed(f));
	for (w = p; p < e; p += l) {
		l = utf8_next(&c, p, e);
		if (c == ' ' || c == '.' || c == '-' || (commas && c == ',')) {
			/* "De Niro" has one word of a sentence's, a
			 * heading ("Topics In This Article") more */
			stops += !start && f->lowern == f->n &&
			    lexicon_is_stopword(f->lower + (w - s), p - w);
			start = 1;
		} else if (start) {
			if (!uc_is_upper(c))
				return (0);
			words++;
			start = 0;
			w = p;
		} else if (!clean_is_word_char(c))
			return (0);
	}
	return (words >= 1 && words <= 4 && stops < 2);
}

/*
 * "By", "Von", "Por" and "От" make a byline only before a name: "Por
 * comunidades, ..." is a sentence; so is "记者从…获悉，…".
 */
int
clean_byline_name(const struct clean_feat *f, const char *m)
{
	static const char	*whens[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday", "january", "february",
	    "march", "april", "may", "june", "july", "august", "september",
	    "october", "november", "december", "christmas", "the end",
	    "then", "now", "noon", "midnight", NULL };
	static const char	*acts[] = { "在", "从", "從", "获悉", "獲悉",
	    "了解", "注意到", "发现", "發現", "看到", "走访", "走訪", "近日",
	    "日前", "昨日", "今天", "采访", "採訪", "调查", "調查", NULL };
	size_t			 len = strlen(m), i, w;
	ucs4_t			 c;

	/* "记者从市教育局获悉，…" is a sentence the reporter opens */
	if (strcmp(m, "记者") == 0 || strcmp(m, "記者") == 0) {
		for (i = 0; acts[i] != NULL; i++)
			if (f->n > len + strlen(acts[i]) && memcmp(f->s + len,
			    acts[i], strlen(acts[i])) == 0)
				return (0);
		return (1);
	}
	if (strcmp(m, "by ") != 0 && strcmp(m, "von ") != 0 &&
	    strcmp(m, "por ") != 0 && strcmp(m, "от ") != 0)
		return (1);
	if (f->n <= len || u8_mbtouc(&c, (const uint8_t *)f->s + len,
	    f->n - len) <= 0)
		return (0);
	/* "By Saturday, the heat …" says when */
	for (i = 0; len == 3 && whens[i] != NULL; i++) {
		w = len + strlen(whens[i]);
		if (f->lowern >= w && strncmp(f->lower + len, whens[i],
		    w - len) == 0 && (f->lowern == w ||
		    strchr(" ,.;:", f->lower[w]) != NULL))
			return (0);
	}
	return (uc_is_upper(c));
}

/*
 * Does the block hold an e-mail address or a handle ("@jane_doe")?  An
 * "@" before a number ("@1377 Apartments", "2 @ $5") is neither.
 */
int
clean_handle(const struct clean_feat *f)
{
	const char	*p;

	for (p = f->lower; (p = strchr(p, '@')) != NULL; p++) {
		if (p > f->lower && ((p[-1] >= 'a' && p[-1] <= 'z') ||
		    (p[-1] >= '0' && p[-1] <= '9') || p[-1] == '_' ||
		    p[-1] == '.'))
			return (1);	/* name@host */
		if ((p[1] >= 'a' && p[1] <= 'z') || p[1] == '_')
			return (1);	/* @handle */
	}
	return (0);
}

/*
 * Does the block quote someone ("We changed our privacy policy," the
 * company said)?  Their "we" is not the site's.
 */
int
clean_speech(const struct clean_feat *f)
{
	static const char	*quotes[] = { "\"", "\xe2\x80\x9c", "\xc2\xab",
		"\xe2\x80\x9e", "\xe3\x80\x8c", NULL };
	static const char	*says[] = { " said", " says", "according to",
		" told ", "sagte", " sagt", "dijo", "afirmó", "заявил",
		"сообщил", "表示", "称", NULL };
	int			 i, q = 0;

	for (i = 0; quotes[i] != NULL && !q; i++)
		q = strstr(f->lower, quotes[i]) != NULL;
	for (i = 0; q && says[i] != NULL; i++)
		if (strstr(f->lower, says[i]) != NULL)
			return (1);
	return (0);
}

/*
 * "By Aaron Humes: The Americas cannot ignore ...": a byline that opens
 * the story's first paragraph, the lede after a colon or a dash, or an
 * agency's dateline or reporters in brackets and the lede after it.  The
 * block is the story's, not a bio.
 */
int
clean_byline_lede(const struct clean_feat *f, const char *m)
{
	static const char	*marks[] = { ": ", " \xe2\x80\x94", " \xe2\x80\x93",
		" - ", NULL };
	const char		*at, *best = NULL;
	size_t			 len = strlen(m);
	int			 i;

	/* a Korean agency's dateline, "(서울=연합뉴스) 김지현 기자 = 방과
	 * 후 …" */
	if (strcmp(m, "기자 =") == 0)
		return (f->terminal && (at = clean_phrase_at(f, m)) != NULL &&
		    f->lowern - (size_t)(at - f->lower) >= len + 100);
	/* a Chinese agency's reporters in brackets, "（记者王晓岚、陈一鸣）
	 * 记者5日从国家能源局获悉，…" */
	if ((at = clean_phrase_at(f, m)) != NULL && at - f->lower < 4 &&
	    (strstr(m, "记者") != NULL || strstr(m, "記者") != NULL) &&
	    ((best = memmem(at, f->lowern - (at - f->lower), "）", 3)) !=
	    NULL || (best = memchr(at, ')', f->lowern - (at - f->lower))) !=
	    NULL))
		return (f->terminal && best - at <= 60 &&
		    f->lowern - (size_t)(best - f->lower) >= 100);
	best = NULL;
	if (strcmp(m, "by ") != 0 && strcmp(m, "von ") != 0 &&
	    strcmp(m, "por ") != 0 && strcmp(m, "от ") != 0)
		return (0);
	if (!f->terminal || f->lowern < len + 120)
		return (0);
	for (i = 0; marks[i] != NULL; i++) {
		at = strstr(f->lower + len, marks[i]);
		if (at != NULL && (best == NULL || at < best))
			best = at;
	}
	/* a name of a few words, then the story's sentences */
	return (best != NULL && best - f->lower <= (ptrdiff_t)len + 40 &&
	    f->lowern - (size_t)(best - f->lower) >= 100);
}

/*
 * Does block f, a sentence under byline by ("By Marit Halvorsen"), tell
 * of its writer ("Ms. Halvorsen is a hydrologist and …", "Marit
 * Halvorsen teaches …")?
 */
static int
clean_bio_writer(const struct clean_feat *by, const struct clean_feat *f)
{
	static const char *const titles[] = { "mr. ", "ms. ", "mrs. ",
	    "dr. ", "prof. ", NULL };
	static const char *const verbs[] = { "is ", "was ", "has ",
	    "teaches ", "writes ", "covers ", "leads ", "directs ", NULL };
	const char	*name, *sur, *p = f->lower, *e = f->lower + f->lowern;
	size_t		 i, nl, sl;

	if (by->lowern < 6 || by->lowern > 60 || by->terminal ||
	    memcmp(by->lower, "by ", 3) != 0 || f->wlen >= 300)
		return (0);
	/* the name, not its paper after a comma ("By Karen Ellsworth,
	 * CNN") */
	name = by->lower + 3;
	nl = (sur = memchr(name, ',', by->lowern - 3)) != NULL ?
	    (size_t)(sur - name) : by->lowern - 3;
	if ((sur = clean_memrstr(name, nl, " ")) == NULL)
		return (0);
	sur++;
	sl = name + nl - sur;
	for (i = 0; titles[i] != NULL; i++)
		if ((size_t)(e - p) > strlen(titles[i]) &&
		    memcmp(p, titles[i], strlen(titles[i])) == 0)
			p += strlen(titles[i]);
	if (sl >= 3 && (size_t)(e - p) > nl + 1 && memcmp(p, name, nl) == 0 &&
	    p[nl] == ' ')
		p += nl + 1;
	else if (sl >= 3 && (size_t)(e - p) > sl + 1 &&
	    memcmp(p, sur, sl) == 0 && p[sl] == ' ')
		p += sl + 1;
	else
		return (0);
	for (i = 0; verbs[i] != NULL; i++)
		if ((size_t)(e - p) > strlen(verbs[i]) &&
		    memcmp(p, verbs[i], strlen(verbs[i])) == 0)
			return (1);
	return (0);
}

/*
 * Does a bio under its heading go on at block i: a sentence, after one or
 * two of the bio's (its third paragraph at most)?  Or one that opens
 * with the name over the bio's line, or its first name ("Katharina
 * Berger" / "Redakteurin in der Rhein-Main-Zeitung." / "Katharina
 * Berger schreibt seit 2015 …", "Katharina schreibt …")?  Or one that
 * tells of the writer the byline over it names?
 */
int
clean_bio_more(const struct clean_feat *fs, size_t i)
{
	const struct clean_feat	*nm = i >= 2 ? &fs[i - 2] : NULL;
	const char		*sp;
	size_t			 j, k;

	if (!fs[i].terminal || !fs[i].sentence)
		return (0);
	/* a byline's writer told of under it */
	if (i > 0 && clean_bio_writer(&fs[i - 1], &fs[i]))
		return (1);
	if (nm != NULL && fs[i - 1].kind == KIND_BIO && nm->kind == KIND_BIO &&
	    !nm->terminal && nm->lowern >= 5 && nm->lowern < 60) {
		/* its whole name, or its first ("Dana has reviewed …") */
		sp = memchr(nm->lower, ' ', nm->lowern);
		k = sp != NULL && sp - nm->lower >= 3 ?
		    (size_t)(sp - nm->lower) : nm->lowern;
		if ((fs[i].lowern > nm->lowern && fs[i].lower[nm->lowern] ==
		    ' ' && memcmp(fs[i].lower, nm->lower, nm->lowern) == 0) ||
		    (fs[i].lowern > k && fs[i].lower[k] == ' ' &&
		    memcmp(fs[i].lower, nm->lower, k) == 0))
			return (1);
	}
	for (j = 1; j <= 3 && j <= i; j++) {
		if (fs[i - j].biohead)
			return (j > 1);
		if (fs[i - j].kind != KIND_BIO || !fs[i - j].terminal)
			return (0);
	}
	return (0);
}

/*
 * A writer's first-person line under a name or a role ("Senior
 * Contributor" / "I cover supply chains…"): a byline box's bio, wherever
 * it stands.
 */
int
clean_bio_self(const struct clean_feat *fs, size_t i,
    const struct lexicon_block *lx)
{
	const char	*m;

	/* the cheap tests first: the phrase is looked up under a name */
	return (i > 0 && fs[i].wlen < 120 && clean_name_line(&fs[i - 1]) &&
	    (m = lexicon_match(LEXICON_BIO, lx)) != NULL &&
	    strncmp(m, "i ", 2) == 0);
}

/*
 * Does a block, however long, open as a writer's bio does: a label of
 * one ("作者简介：", "About the author:"), or a name, then "is a
 * contributing writer", "is a staff writer", … in its first 60 bytes
 * ("Caroline Ashby is a contributing writer at The Atlantic. She covers
 * …")?
 */
int
clean_bio_opens(const struct clean_feat *f)
{
	static const char *roles[] = { " is a contributing writer",
		" is a staff writer", " is a senior writer",
		" is a contributing editor", " is a columnist for",
		" is a columnist at", " is a freelance writer",
		" is a freelance journalist", NULL };
	static const char *labels[] = { "作者简介：", "作者簡介：",
		"作者介绍：", "作者介紹：", "作者简介:", "作者簡介:",
		"about the author:", "über den autor:", "über die autorin:",
		"об авторе:", "sobre el autor:", "sobre la autora:", NULL };
	const char	*at;
	int		 i;

	for (i = 0; labels[i] != NULL; i++)
		if (strncmp(f->lower, labels[i], strlen(labels[i])) == 0)
			return (1);
	if (f->n == 0 || f->s[0] < 'A' || f->s[0] > 'Z' || f->cjk > 0)
		return (0);
	for (i = 0; roles[i] != NULL; i++)
		if ((at = memmem(f->lower, f->lowern < 90 ? f->lowern : 90,
		    roles[i], strlen(roles[i]))) != NULL &&
		    at > f->lower && at - f->lower < 60 &&
		    memchr(f->lower, '.', (size_t)(at - f->lower)) == NULL)
			return (1);
	return (0);
}

/*
 * Does the block open with a name, and then phrase m, a verb of what a
 * writer does: "Dana Whitlock covers transport", "Sofía Barrera escribe
 * sobre agua"?  One to three
 * capitalised words, none a function word ("The insurer covers ..."
 * is no name) nor a figure, and no sentence before the phrase; what
 * follows may hold figures ("… since 2009").
 */
int
clean_name_then(const struct clean_feat *f, const char *m)
{
	static const char *verbs[] = { " covers ", "reports on",
		"writes about", "has covered", "пишет о", "пишет об", "cubre ",
		"escribe sobre", "berichtet", "è giornalista", "es periodista",
		"est journaliste", "é jornalista", "ist journalist", NULL };
	const char	*at, *p, *w, *e;
	ucs4_t		 c;
	int		 words = 0, caps = 0, l, i;

	for (i = 0; verbs[i] != NULL && strcmp(verbs[i], m) != 0; i++)
		/* nothing */;
	if (verbs[i] == NULL)
		return (0);	/* a title ("Style Editor") is not a verb */
	if (f->cjk > 0 || (at = strstr(f->lower, m)) == NULL)
		return (0);
	if (*m != ' ')
		at--;	/* the space before a phrase that has none */
	if (at <= f->lower || at - f->lower >= 60 || *at != ' ')
		return (0);
	/* the words before the phrase: none a function word */
	for (p = f->lower; p < at; ) {
		while (p < at && *p == ' ')
			p++;
		for (w = p; p < at && *p != ' '; p++)
			/* nothing */;
		if (p > w && (lexicon_is_stopword(w, (size_t)(p - w)) ||
		    ++words > 3))
			return (0);
		while (w < p && !(*w >= '0' && *w <= '9'))
			w++;
		if (w < p)
			return (0);	/* a name has no figure */
	}
	/* and as many capitalised words open the original */
	for (p = f->s, e = f->s + f->n; p < e && caps < words; caps++) {
		while (p < e && *p == ' ')
			p++;
		if (p >= e || (l = u8_mbtouc(&c, (const uint8_t *)p,
		    (size_t)(e - p))) <= 0 || !uc_is_upper(c))
			return (0);
		while (p < e && *p != ' ')
			p++;
	}
	if (words < 1 || caps != words)
		return (0);
	/* and what they cover: two words or more ("… berichtet." is
	 * someone's report in a story) */
	for (p = at + strlen(m) + (*m != ' '), e = f->lower + f->lowern,
	    words = 0; p < e && *p != '.' && words < 2; ) {
		while (p < e && *p == ' ')
			p++;
		for (w = p; p < e && *p != ' ' && *p != '.'; p++)
			/* nothing */;
		words += p > w;
	}
	return (words >= 2);
}

/* The word of words at p (before e) that p starts with: its length. */
static size_t
clean_word_at(const char *p, const char *e, const char *const *words)
{
	size_t	i, len;

	for (i = 0; words[i] != NULL; i++) {
		len = strlen(words[i]);
		if ((size_t)(e - p) >= len && memcmp(p, words[i], len) == 0)
			return (len);
	}
	return (0);
}

/*
 * A gallery's or a pager's counter: "1/8", "3 / 12", "2 of 10", and
 * with the picture named: "Bild 3 von 12", "(Photo 2/9)", "写真 4/12".
 */
int
clean_counter(const struct clean_feat *f)
{
	/* a word before any it starts with */
	static const char *const names[] = { "photo", "imagen", "image",
	    "picture", "slide", "bild", "foto", "фото", "снимок", "写真",
	    "画像", "图片", "圖片", "图", "圖", "사진", "immagine", "galerie",
	    "gallery", NULL };
	static const char *const seps[] = { "/", "of", "von", "de", "из",
	    "di", "sur", "van", NULL };
	const char	*p = f->lower, *e = f->lower + f->lowern;
	size_t		 len;
	int		 a = 0, b = 0, paren = 0;

	if (f->lowern > 28)
		return (0);
	if (p < e && *p == '(')
		p++, paren = 1;
	p += clean_word_at(p, e, names);
	while (p < e && *p == ' ')
		p++;
	while (p < e && *p >= '0' && *p <= '9' && a < 4)
		p++, a++;
	while (p < e && *p == ' ')
		p++;
	if ((len = clean_word_at(p, e, seps)) == 0)
		return (0);
	p += len;
	while (p < e && *p == ' ')
		p++;
	while (p < e && *p >= '0' && *p <= '9' && b < 4)
		p++, b++;
	if (paren && p < e && *p == ')')
		p++;
	return (a > 0 && b > 0 && p == e);
}

/*
 * A call to the reader that leads into a link or a player: a short line
 * that starts with an imperative ("Watch the video:", "Siehe auch:",
 * "Смотрите также:") and ends with a colon, no sentence before it.  A
 * story's lead-in ("The minister said:") starts with no such verb.
 * Returns the verb, or NULL.
 */
const char *
clean_colon_cta(const struct clean_feat *f)
{
	static const char *const verbs[] = { "watch", "listen", "see also",
	    "click", "tap", "follow us", "subscribe", "download", "sign up",
	    "join us", "check out", "learn more", "find out more", "shop",
	    "siehe auch", "sehen sie", "hören sie", "folgen sie", "смотрите",
	    "слушайте", "подписывайтесь", "escucha", "regardez", "écoutez",
	    "suivez", NULL };
	/* a name that is also a verb ("Read said:") leads in a quote */
	static const char *const speech[] = { " said", " says", " told",
	    " wrote", " sagte", " sagt ", " erklärte", " dijo", " afirmó",
	    " a dit", " a déclaré", " заявил", " сказал", NULL };
	const char	*p = f->lower, *e = f->lower + f->lowern;
	size_t		 i, len;

	if (f->lowern < 4 || f->lowern > 60 || e[-1] != ':' ||
	    memchr(p, '.', f->lowern) != NULL || memchr(p, '!', f->lowern) !=
	    NULL || memchr(p, '?', f->lowern) != NULL)
		return (NULL);
	for (i = 0; speech[i] != NULL; i++) {
		if (memmem(p, f->lowern, speech[i], strlen(speech[i])) != NULL)
			return (NULL);
	}
	for (i = 0; verbs[i] != NULL; i++) {
		len = strlen(verbs[i]);
		if (f->lowern > len && memcmp(p, verbs[i], len) == 0 &&
		    (p[len] == ' ' || p[len] == ':'))
			return (verbs[i]);
	}
	return (NULL);
}

/* Is the block one URL and nothing else? */
int
clean_bare_url(const struct clean_feat *f)
{
	if (f->n < 8 || (strncmp(f->lower, "http://", 7) != 0 &&
	    strncmp(f->lower, "https://", 8) != 0 &&
	    strncmp(f->lower, "www.", 4) != 0))
		return (0);
	return (memchr(f->s, ' ', f->n) == NULL);
}

/* Path-like runs of short items: "Home > World > Asia", "Главная / …",
 * "人民网>>社会>>正文". */
int
clean_breadcrumb(const struct clean_feat *f)
{
	static const char	*seps[] = { " > ", " › ", " » ", "＞", " / ",
				    " | ", " ＞ ", " ▶ ", ">>", NULL };
	size_t			 i, count = 0;
	const char		*p;

	if (f->terminal || f->wlen > 150)
		return (0);
	for (i = 0; seps[i] != NULL; i++) {
		/* a quick look for its mark (its last byte but spaces) */
		if (memchr(f->s, seps[i][strlen(seps[i]) - 1 -
		    (seps[i][0] == ' ')], f->n) == NULL)
			continue;
		for (p = f->s; (p = memmem(p, f->n - (p - f->s), seps[i],
		    strlen(seps[i]))) != NULL; p += strlen(seps[i]))
			count++;
	}
	return (count >= 2 || (count == 1 &&
	    lexicon_is_crumb(f->lower, f->lowern)));
}

/* The number of a numbered list item ("3. ", "3) ", "(3) "), or 0. */
int
clean_list_number(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n;
	int		 v = 0;

	if (p < e && *p == '(')
		p++;
	while (p < e && *p >= '0' && *p <= '9' && v < 1000)
		v = v * 10 + (*p++ - '0');
	if (v == 0 || p >= e || (*p != '.' && *p != ')' &&
	    (unsigned char)*p != 0xef))
		return (0);
	return (v);
}

/*
 * A line of hashtags only ("#폭염과노동 #작업중지권", "#Klima #Energie"):
 * two tags or more, or one that links; the page's index, not the story.
 */
int
clean_hashtags(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n;
	size_t		 tags = 0;

	if (f->wlen >= 200)
		return (0);
	while (p < e) {
		while (p < e && *p == ' ')
			p++;
		if (p == e)
			break;
		if (*p == '#')
			p++;
		else if (e - p >= 3 && memcmp(p, "\357\274\203", 3) == 0)
			p += 3;		/* U+FF03 FULLWIDTH NUMBER SIGN */
		else
			return (0);
		if (p == e || *p == ' ' || *p == '#')
			return (0);
		while (p < e && *p != ' ' && *p != '#')
			p++;	/* "#古籍修复#图书馆": no space between */
		tags++;
	}
	return (tags >= 2 || (tags == 1 && f->linkchars > 0));
}
