/*
 * clean-formats.c: the parts of article formats other than a plain
 * story that a page may set apart from its text: a fact-check's claim
 * and its list of sources (the story's, though boxes stand around them),
 * a press release's closing words on its company, the other
 * telegraphs of an agency's feed under its own, and the parts of a
 * series the story is one of (not the story's).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

/*
 * Does block f head a story's list of sources ("Our Sources", "Quellen",
 * "参考资料：", "[출처]")?
 */
static int
clean_fmt_sources_head(const struct clean_feat *f)
{
	static const char	*heads[] = { "sources", "our sources",
	    "sources cited", "references", "quellen", "unsere quellen",
	    "fuentes", "nuestras fuentes", "fuentes consultadas", "sources:",
	    "источники", "参考资料", "參考資料", "资料来源", "資料來源",
	    "参考文献", "出典", "출처", "참고자료", NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern;
	size_t			 i;

	if (f->lowern > 40 || f->terminal)
		return (0);
	/* its brackets and its colon: "【参考资料】", "Quellen:" */
	if (e - p >= 3 && memcmp(p, "【", 3) == 0)
		p += 3;
	else if (p < e && *p == '[')
		p++;
	if (e - p >= 3 && (memcmp(e - 3, "】", 3) == 0 ||
	    memcmp(e - 3, "：", 3) == 0))
		e -= 3;
	else if (p < e && (e[-1] == ']' || e[-1] == ':'))
		e--;
	for (i = 0; heads[i] != NULL; i++)
		if (strlen(heads[i]) == (size_t)(e - p) &&
		    memcmp(heads[i], p, e - p) == 0)
			return (1);
	return (0);
}

/*
 * Does block f read as a citation: a date or a figure, an address, or
 * the punctuation between a source and its title ("环境部－饮用水常见问答",
 * "NOAA, \"Myths and Facts About Lightning\"")?  Not a link's words
 * alone ("Browse the Truth-O-Meter", "More by Marisa Quintero").
 */
static int
clean_fmt_cites(const struct clean_feat *f)
{
	static const char *const	 marks[] = { "http", "www.", ",", "，",
	    "－", " - ", " – ", " — ", ": ", "：", "\"", "“", "«", "「", "《",
	    NULL };

	return (f->digits > 0 || clean_holds(f, marks));
}

/*
 * Does block f head a fact-check's claim ("Claim:", "Behauptung",
 * "网传")?
 */
static int
clean_fmt_claim_head(const struct clean_feat *f)
{
	static const char	*heads[] = { "claim", "the claim", "claim:",
	    "the claim:", "behauptung", "behauptung:", "die behauptung",
	    "bulo", "bulo:", "el bulo", "afirmación", "afirmación:",
	    "утверждение", "утверждение:", "说法", "说法：", "网传", "网传：",
	    "網傳", "網傳：", "传言", "传言：", "主張", "주장", NULL };
	size_t			 i;

	if (f->lowern > 24)
		return (0);
	for (i = 0; heads[i] != NULL; i++)
		if (strlen(heads[i]) == f->lowern &&
		    memcmp(heads[i], f->lower, f->lowern) == 0)
			return (1);
	return (0);
}

/*
 * A fact-check's parts that its page may set apart from its text: the
 * claim under its label ("Claim:" / "A video shows …"), and the list of
 * what it rests on under its heading: lines that cite a post, a
 * statement, a page, each with its date or its address ("Facebook post,
 * March 8, 2024", "Email interview with …, March 12, 2024", "\"Myths
 * and Facts About Lightning.\" NOAA, https://…").  They are the story's,
 * and no date line ends them.
 */
void
clean_factcheck(struct clean_feat *fs, size_t n)
{
	size_t	i, j;

	for (i = 0; i + 1 < n; i++) {
		if (clean_fmt_claim_head(&fs[i]) && fs[i + 1].wlen >= 20 &&
		    fs[i + 1].wlen <= 500) {
			fs[i].factpart = fs[i].facthead = 1;
			fs[i + 1].factpart = 1;
			continue;
		}
		if (!clean_fmt_sources_head(&fs[i]))
			continue;
		for (j = i + 1; j < n && j <= i + 20 && fs[j].wlen >= 10 &&
		    fs[j].wlen <= 300 && clean_fmt_cites(&fs[j]); j++)
			fs[j].factpart = 1;
		if (j > i + 1)
			fs[i].factpart = fs[i].facthead = 1;
	}
}

/*
 * Is block i of a fact-check's claim or sources, and no rule's
 * boilerplate?  Their heading is, while the line under it is too.
 */
int
clean_factpart(const struct clean_feat *fs, size_t n, size_t i)
{
	if (!fs[i].factpart || (fs[i].kind != KIND_NONE &&
	    fs[i].kind != KIND_QUALITY))
		return (0);
	return (!fs[i].facthead || (i + 1 < n && fs[i + 1].factpart &&
	    (fs[i + 1].kind == KIND_NONE || fs[i + 1].kind == KIND_QUALITY ||
	    fs[i + 1].verdict == VERDICT_CONTENT)));
}

/*
 * A press release's closing words on its company, under "About <name>":
 * the paragraph that opens with the name ("About Northvale Robotics" /
 * "Northvale Robotics, Inc. builds …", "关于远航智能科技有限公司" /
 * "远航智能科技有限公司成立于2016年…"), and up to two more on it.  A
 * story's subhead over its own paragraph ("About the deal" / "The deal
 * …") names no company: its first word is a function word.
 */
void
clean_about(struct clean_feat *fs, size_t n)
{
	static const char *const abouts[] = { "about ", "über ", "sobre ",
	    "acerca de ", "à propos de ", "关于", "關於", "о компании ",
	    NULL };
	const char	*nm, *ne, *w;
	size_t		 i, j, k, nl, wl;

	for (i = 0; i + 1 < n; i++) {
		if (fs[i].kind != KIND_NONE || fs[i].wlen >= 80)
			continue;	/* (it may end in "Inc.") */
		for (k = 0; abouts[k] != NULL && (fs[i].lowern <=
		    strlen(abouts[k]) || memcmp(fs[i].lower, abouts[k],
		    strlen(abouts[k])) != 0); k++)
			/* nothing */;
		if (abouts[k] == NULL)
			continue;
		nm = fs[i].s + strlen(abouts[k]);
		for (ne = fs[i].s + fs[i].n; ne > nm && (ne[-1] == ' ' ||
		    ne[-1] == ':'); ne--)
			/* nothing */;
		nl = ne - nm;
		for (w = nm; w < ne && *w != ' ' && *w != ','; w++)
			/* nothing */;
		wl = w - nm;
		w = fs[i].lower + strlen(abouts[k]);
		if (nl < 6 || !((fs[i + 1].n > nl && memcmp(fs[i + 1].s, nm,
		    nl) == 0) || (wl >= 4 && wl < nl && fs[i + 1].n > wl &&
		    memcmp(fs[i + 1].s, nm, wl) == 0 &&
		    (fs[i + 1].s[wl] == ' ' || fs[i + 1].s[wl] == ',') &&
		    !lexicon_is_stopword(w, wl))))
			continue;
		clean_set(&fs[i], KIND_BIO, VERDICT_BOILERPLATE,
		    "about: a company's own words on it");
		for (j = i + 1; j < n && j <= i + 3 && fs[j].kind ==
		    KIND_NONE && fs[j].wlen < 800 && (j == i + 1 ||
		    (fs[j].n > wl && memcmp(fs[j].s, nm, wl) == 0)); j++)
			clean_set(&fs[j], KIND_BIO, VERDICT_BOILERPLATE,
			    "about: a company's own words on it");
	}
}

/*
 * Does block f open as a telegraph does: its headline in brackets and
 * the agency's dateline after it ("【北向资金午后净买入超40亿元】财联社6月
 * 3日电，…")?
 */
static int
clean_fmt_telegraph(const struct clean_feat *f)
{
	const char	*p = f->lower, *e = f->lower + f->lowern, *cl;
	size_t		 k;

	if (f->lowern < 12 || memcmp(p, "【", 3) != 0 ||
	    (cl = memmem(p, e - p < 200 ? e - p : 200, "】", 3)) == NULL)
		return (0);
	p = cl + 3;
	k = e - p < 60 ? e - p : 60;
	return (memmem(p, k, "日电，", 9) != NULL ||
	    memmem(p, k, "日電，", 9) != NULL ||
	    memmem(p, k, "日讯，", 9) != NULL ||
	    memmem(p, k, "日訊，", 9) != NULL);
}

/*
 * An agency's feed of telegraphs under the story, each under its time:
 * the story is the first telegraph, the next ones stamped with a time
 * alone are other news ("14:29" / "【工信部：…】财联社6月3日电，…").
 */
void
clean_feed(struct clean_feat *fs, size_t n)
{
	size_t	i, first = n;

	for (i = 0; i < n; i++) {
		if (!clean_fmt_telegraph(&fs[i]))
			continue;
		if (first == n) {
			first = i;
			continue;
		}
		if (i > first + 1 && fs[i].kind == KIND_NONE &&
		    fs[i - 1].kind == KIND_NUMERIC && clean_only_time(&fs[i - 1]))
			clean_set(&fs[i], KIND_RELATED, VERDICT_BOILERPLATE,
			    "related: another telegraph of the feed");
	}
}

/*
 * Does block f open with a part's label of a series ("Part 2: …", "Teil
 * 1: …", "Parte 3: …", "Часть 1. …", "第2回 …")?  Not a list's "①",
 * which numbers a story's points as well.
 */
static int
clean_fmt_part(const struct clean_feat *f)
{
	static const char	*labels[] = { "part ", "teil ", "parte ",
	    "часть ", "episode ", NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern;
	size_t			 i, k;

	/* a story's point says it in a sentence, a part's title may ask */
	if (f->wlen >= 200 || (f->terminal && f->n > 0 && f->s[f->n - 1] !=
	    '?'))
		return (0);
	if (e - p >= 6 && memcmp(p, "第", 3) == 0 && p[3] >= '0' &&
	    p[3] <= '9') {
		for (p += 3; p < e && *p >= '0' && *p <= '9'; p++)
			/* nothing */;
		return (e - p >= 3 && (memcmp(p, "回", 3) == 0 ||
		    memcmp(p, "话", 3) == 0 || memcmp(p, "話", 3) == 0 ||
		    memcmp(p, "部", 3) == 0));
	}
	for (i = 0; labels[i] != NULL; i++) {
		k = strlen(labels[i]);
		if ((size_t)(e - p) <= k + 2 || memcmp(p, labels[i], k) != 0)
			continue;
		for (p += k; p < e && *p >= '0' && *p <= '9'; p++)
			/* nothing */;
		return (p > f->lower + k && p < e && (*p == ':' ||
		    *p == '.'));
	}
	return (0);
}

/*
 * The parts of a series listed under the story or over it: two lines or
 * more in a row that each open with a part's label ("Part 1: The Pipes
 * Nobody Mapped" / "Part 2: …").  A story's own parts are headings
 * apart, with its paragraphs between them.
 */
void
clean_series(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && clean_fmt_part(&fs[j]); j++)
			/* nothing */;
		if (j == i) {
			j++;
			continue;
		}
		if (j - i < 2)
			continue;
		for (k = i; k < j; k++)
			if (fs[k].kind == KIND_NONE)
				clean_set(&fs[k], KIND_RELATED,
				    VERDICT_BOILERPLATE,
				    "related: a part of the series");
	}
}
