/*
 * test-import.c: formats, metadata, dates and bad input through
 * import_buffer, without a store: each article parsed is kept for the
 * checks, each report is kept as a line.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

static struct article	*got[16];
static size_t		 ngot;
static struct buf	 reports;

static int
keep(struct article *a, void *arg)
{
	struct article	*c = xcalloc(1, sizeof *c);
	size_t		 i;

	(void)arg;
	*c = *a;
	c->title = a->title ? xstrdup(a->title) : NULL;
	c->url = a->url ? xstrdup(a->url) : NULL;
	c->published = a->published ? xstrdup(a->published) : NULL;
	c->lang = a->lang ? xstrdup(a->lang) : NULL;
	c->source = a->source ? xstrdup(a->source) : NULL;
	c->author = a->author ? xstrdup(a->author) : NULL;
	c->encoding = a->encoding ? xstrdup(a->encoding) : NULL;
	a->dom = NULL;		/* c takes it over */
	c->path = NULL;
	c->raw = NULL;
	c->text = xstrdup(a->text);
	c->links = xcalloc(a->nlinks + 1, sizeof *c->links);
	for (i = 0; i < a->nlinks; i++) {
		c->links[i] = a->links[i];
		c->links[i].href = a->links[i].href ?
		    xstrdup(a->links[i].href) : NULL;
	}
	if (ngot < 16)
		got[ngot++] = c;
	else
		article_free(c);
	return (0);
}

static void
report(const char *name, const char *msg, void *arg)
{
	(void)arg;
	buf_printf(&reports, "%s: %s\n", name, msg);
}

static void
reset(void)
{
	size_t	i;

	for (i = 0; i < ngot; i++)
		article_free(got[i]);
	ngot = 0;
	reports.len = 0;
	if (reports.data != NULL)
		reports.data[0] = '\0';
}

static const char	*encoding;	/* --encoding for parse() */

static int
parse(const char *name, const char *s, size_t n, const char *format)
{
	struct import_opts	 opts;
	struct importer		*im;
	int			 ret;

	memset(&opts, 0, sizeof opts);
	opts.format = format;
	opts.encoding = encoding;
	reset();
	im = import_new(&opts, keep, report, NULL);
	ret = import_buffer(im, name, s, n);
	import_free(im);
	return (ret);
}

#define PARSE(s)	parse("t", (s), strlen(s), NULL)

/* Does an article hold a link on exactly the text t, to href (NULL: none)? */
static int
has_link(const struct article *a, const char *t, const char *href)
{
	size_t	i, n = strlen(t);

	for (i = 0; i < a->nlinks; i++)
		if (a->links[i].len == n && a->links[i].start + n <= a->len &&
		    memcmp(a->text + a->links[i].start, t, n) == 0)
			return (href == NULL ? a->links[i].href == NULL :
			    a->links[i].href != NULL &&
			    strcmp(a->links[i].href, href) == 0);
	return (0);
}

/* Markdown and lynx dumps: the text they show, their links as links. */
static void
test_markup(void)
{
	struct article	 stored, *fresh = NULL;

	PARSE("Title: Port strike ends\n\n"
	    "URL Source: https://example.org/news/port-strike\n\n"
	    "Published Time: 2025-03-04T05:30:00+01:00\n\n"
	    "Markdown Content:\n"
	    "[Skip to content](#main)\n"
	    "* [News](https://example.org/news)\n"
	    "* [Sport](https://example.org/sport)\n\n"
	    "# Port strike ends\n\n"
	    "![Dock workers](https://example.org/a.jpg)\n\n"
	    "**Riga** \xe2\x80\x94 The [port authority](https://example.org/pa "
	    "\"Port\") said on *Monday* that the snake_case pilots\\* went "
	    "back.\n\n"
	    "## What happens next ##\n\n"
	    "| Berth | Ships |\n|---|:---:|\n| North | 12 |\n\n---\n\n"
	    "> Read the [full report][1].\n\n"
	    "[1]: https://example.org/report\n");
	ok(ngot == 1, "markdown: one article");
	if (ngot != 1)
		return;
	is_str(got[0]->title, "Port strike ends", "its header's title");
	is_str(got[0]->url, "https://example.org/news/port-strike",
	    "its header's URL");
	is_str(got[0]->published, "2025-03-04T04:30:00Z",
	    "its header's time");
	is_str(got[0]->text, "Skip to content\n* News\n* Sport\n"
	    "Port strike ends\n"
	    "Riga \xe2\x80\x94 The port authority said on Monday that the "
	    "snake_case pilots* went back.\n"
	    "What happens next\nBerth | Ships\nNorth | 12\n"
	    "Read the full report.",
	    "no image, heading, emphasis, rule, table bar or link target "
	    "is left");
	ok(has_link(got[0], "port authority", "https://example.org/pa"),
	    "a link's text is a link, to its target without its title");
	ok(has_link(got[0], "News", "https://example.org/news") &&
	    has_link(got[0], "Skip to content", "#main"),
	    "a menu's items are links");
	ok(has_link(got[0], "full report", NULL), "so is a reference link's");

	PARSE("   [1]Skip to content\n\n"
	    "   [2]Home [3]World [4]Business\n\n"
	    "                         Ferry cuts hit the islands\n\n"
	    "   Businesses on the island say they are preparing for another "
	    "summer of\n"
	    "   cancelled sailings after the [5]ferry operator warned them "
	    "that two of\n"
	    "   its vessels would be out of service.\n"
	    "   [6]Sign up to our newsletter\n"
	    "   Free weekly email\n\n"
	    "   [IMG] The harbour at Castlebay\n\n"
	    "References\n\n"
	    "   1. https://example.org/#main\n"
	    "   2. https://example.org/\n   3. https://example.org/world\n"
	    "   4. https://example.org/business\n"
	    "   5. https://example.org/ferries\n"
	    "   6. https://example.org/newsletter\n");
	ok(ngot == 1, "lynx: one article");
	if (ngot != 1)
		return;
	is_str(got[0]->text, "Skip to content\nHome World Business\n"
	    "Ferry cuts hit the islands\n"
	    "Businesses on the island say they are preparing for another "
	    "summer of cancelled sailings after the ferry operator warned "
	    "them that two of its vessels would be out of service.\n"
	    "Sign up to our newsletter\nFree weekly email\n"
	    "The harbour at Castlebay",
	    "no mark or list of URLs left; a wrapped paragraph joined, the "
	    "short lines under it apart");
	ok(has_link(got[0], "World", NULL) && has_link(got[0], "Business",
	    NULL), "a menu's items are links, each to the next mark");
	ok(has_link(got[0], "ferry operator warned", NULL),
	    "a link inside a sentence is a few words");
	ok(has_link(got[0], "Sign up to our newsletter", NULL),
	    "a line's opening link runs to its end");

	/* what reclean reads again is what import read */
	memset(&stored, 0, sizeof stored);
	stored.format = got[0]->format;
	stored.raw = "Title: A\n\n[x](https://a.example/) [y](https://b.example/)"
	    " [z](https://c.example/)\n\nSome **bold** text.\n";
	stored.rawlen = strlen(stored.raw);
	import_reparse(&stored, &fresh);
	is_str(fresh != NULL ? fresh->text : "", "x y z\nSome bold text.",
	    "a stored Markdown dump is read again without its marks");
	article_free(fresh);

	PARSE("联合早报        登录    订阅    下载早报App\n"
	    "试行三个月的深夜接驳服务每晚11时半至凌晨1时行驶。\n");
	ok(ngot == 1 && got[0]->title == NULL,
	    "a row of items cut by spaces is no title");
	PARSE("A note\n\nSee [1] and [the report](https://a.example/) for "
	    "**more**.\n");
	is_str(ngot == 1 ? got[0]->text : "", "See [1] and [the report]("
	    "https://a.example/) for **more**.",
	    "a text with a mark or two is left as it is");
	PARSE("Title\n\nThis is a paragraph that was\nwrapped at a short "
	    "width by\nthe mail program.\n");
	ok(ngot == 1 && got[0]->nlinks == 0, "a plain text has no links");
}

int
main(void)
{
	static const struct {
		const char	*in;
		const char	*want;
	} dates[] = {
		{ "1693908902000", "2023-09-05T10:15:02Z" },
		{ "1693908902", "2023-09-05T10:15:02Z" },
		{ "2023-09-05", "2023-09-05" },
		{ "2023-09-05T12:15:02+02:00", "2023-09-05T10:15:02Z" },
		{ "2023-09-05 10:15", "2023-09-05T10:15:00Z" },
		{ "2023-09-05T10:15:02.123Z", "2023-09-05T10:15:02Z" },
		{ "2023/9/5", "2023-09-05" },
		{ "2023年9月5日", "2023-09-05" },
		{ "Tue, 05 Sep 2023 10:15:02 GMT", "2023-09-05T10:15:02Z" },
		{ "5 Sep 2023 12:15:02 +0200", "2023-09-05T10:15:02Z" },
		{ "05.09.2023", "2023-09-05" },
		{ "5.9.2023 10:15", "2023-09-05T10:15:00Z" },
		{ "09/05/2023", "2023-09-05" },
		{ "25/09/2023", "2023-09-25" },
		{ "05/29/2007 09:49:00", "2007-05-29T09:49:00Z" },
		{ "05.09.23", NULL },
		{ "yesterday", NULL },
		{ "2023-13-40", NULL },
		{ "", NULL },
	};
	struct html_link	*l;
	char			*d;
	size_t			 i;
	const char		*s;

	buf_init(&reports);
	for (i = 0; i < sizeof dates / sizeof dates[0]; i++) {
		d = date_parse(dates[i].in);
		is_str(d, dates[i].want, dates[i].in);
		free(d);
	}

	PARSE("Kim invites Putin to North Korea\nSTORY: Russian President "
	    "Vladimir Putin has accepted.\nSecond paragraph.\n");
	ok(ngot == 1, "plain text: one article");
	is_str(got[0]->title, "Kim invites Putin to North Korea",
	    "a short first line is the title");
	is_str(got[0]->text, "STORY: Russian President Vladimir Putin has "
	    "accepted.\nSecond paragraph.", "and is not repeated in the text");
	is_str(got[0]->lang, "en", "English guessed");
	is_str(got[0]->format, "text", "format text");

	PARSE("Talks fail\nThe talks failed on Tuesday, the minister said.\n"
	    "\xe2\x80\x8b\n\xe2\x80\x8c \xc2\xad\n"
	    "\xe2\x80\x8fNo deal was signed.\n");
	is_str(got[0]->text, "The talks failed on Tuesday, the minister "
	    "said.\nNo deal was signed.",
	    "plain text: a line of invisible characters is no block");

	PARSE("This first line is a whole sentence and ends with a full "
	    "stop.\nAnother one.\n");
	ok(got[0]->title == NULL, "a first line ending like a sentence is "
	    "not a title");

	PARSE("Title\n\nThis is a paragraph that was\nwrapped at a short "
	    "width by\nthe mail program.\n\nSecond paragraph, also\nwrapped."
	    "\n");
	is_str(got[0]->text, "This is a paragraph that was wrapped at a short "
	    "width by the mail program.\nSecond paragraph, also wrapped.",
	    "hard-wrapped paragraphs between blank lines are joined");
	PARSE("Title\nA widget line\nA paragraph on one line, as scrapes "
	    "have them, long enough that no program would have wrapped it "
	    "there: it runs on past a hundred and sixty characters, which is "
	    "twice the width of a terminal.\nMore.\n\nA line after a blank "
	    "one\nAnd another.\n");
	is_str(got[0]->text, "A widget line\nA paragraph on one line, as "
	    "scrapes have them, long enough that no program would have wrapped "
	    "it there: it runs on past a hundred and sixty characters, which is "
	    "twice the width of a terminal.\nMore.\nA line after a blank "
	    "one\nAnd another.", "lines of a file of long lines are not joined");

	PARSE("Title\n\nThe army said no one was hurt.\nTraining has "
	    "stopped.\nThe crash is under investigation.\n\nShare\nCopy "
	    "link\n");
	is_str(got[0]->text, "The army said no one was hurt.\nTraining has "
	    "stopped.\nThe crash is under investigation.\nShare\nCopy link",
	    "a page's text saved a block a line, with blank lines here and "
	    "there, is not joined: its lines end their sentences");

	PARSE("Title\n\nExternal sites\nMore about red pandas\nZoo twins "
	    "turn one with a party for visitors\nNight openings return\n\n"
	    "Share\nTwitter Facebook LINE\n");
	is_str(got[0]->text, "External sites\nMore about red pandas\nZoo "
	    "twins turn one with a party for visitors\nNight openings "
	    "return\nShare\nTwitter Facebook LINE", "lines of any length "
	    "that end no sentence are a page's lines, not a wrap's");

	PARSE("Home | News | World | Sport\nKim invites Putin\nThe "
	    "invitation came on Monday.\n");
	is_str(got[0]->title, "Kim invites Putin", "the title comes after a "
	    "navigation bar on the first line");
	is_str(got[0]->text, "Home | News | World | Sport\nThe invitation "
	    "came on Monday.", "which stays in the text, for the classifier");

	/* A page saved from its top: the headline over its byline or date
	 * is the title, and the text keeps the lines over it. */
	PARSE("Skip to main content\nNews Sport Weather Money Travel\n"
	    "Home > News > Local\nFerry suspended after crack found in hull\n"
	    "By Ann Lee\nPublished: 09:15, 4 March 2025\n"
	    "The ferry will not sail until the hull is repaired, the operator "
	    "said on Tuesday.\n");
	is_str(got[0]->title, "Ferry suspended after crack found in hull",
	    "a headline under a page's top is the title");
	ok(strncmp(got[0]->text, "Skip to main content\n", 21) == 0 &&
	    strstr(got[0]->text, "\nFerry suspended") != NULL,
	    "the text keeps the top and the headline");
	/* a button's words that the classifier hides whole are no
	 * headline, first as they stand */
	PARSE("Get Started Free\n|\nContact Sales\nThe Cloudflare Blog\n"
	    "Product News\nSecurity\nDevelopers\n"
	    "How we cut cold starts by 40 percent\n2024-10-08\nAnn Lee\n"
	    "The runtime now keeps a warm pool of isolates for every region, "
	    "the team said.\n");
	is_str(got[0]->title, "How we cut cold starts by 40 percent",
	    "a button's words first are no headline");
	PARSE("港区渡轮船体发现裂缝 停航检修\n首页 新闻 本地\n"
	    "记者 李安\n渡轮运营方周二表示，船体修复前渡轮将停航。\n");
	is_str(got[0]->title, "港区渡轮船体发现裂缝 停航检修",
	    "a headline first is the title, over a menu and a byline");
	PARSE("Ferry halted\nHome News\nOperators say the hull crack found on "
	    "Monday is the worst in a decade\nBy Ann Lee\nThe ferry will not "
	    "sail until the hull is repaired.\n");
	is_str(got[0]->title, "Ferry halted", "a short first line over a long "
	    "standfirst is the title");

	/* a menu of CJK words over the headline is no headline, nor
	 * is a forum's name a title */
	PARSE("ニュース トップ\n主要 国内 国際 経済 エンタメ スポーツ IT 科学\n"
	    "静岡で41.4度　国内の観測史上最高を更新\n8/5(火) 15:02配信\n"
	    "静岡県浜松市で5日午後、41.4度を観測した。\n");
	is_str(got[0]->title, "静岡で41.4度 国内の観測史上最高を更新",
	    "the headline under a menu of CJK words is the title");
	PARSE("본문 바로가기\n뉴스 홈 정치 북한 경제 산업 사회 전국 세계 문화\n"
	    "피랍된 한국인 선원 2명 42일 만에 석방\n(서울=연합뉴스) 최민우 기자 =\n"
	    "한국인 선원 2명이 피랍 42일 만인 2일 풀려났다.\n");
	is_str(got[0]->title, "피랍된 한국인 선원 2명 42일 만에 석방",
	    "the headline over an agency's dateline, under a menu of "
	    "sections in Korean, is the title");
	PARSE("r/worldnews\nMilitants free 11 aid workers, Norway says\n"
	    "Posted by u/fjord · 6 hr. ago\nFinally some good news.\n");
	is_str(got[0]->title, "Militants free 11 aid workers, Norway says",
	    "a forum's name first is no title");
	PARSE("r/worldnews\nPosted by u/fjord 9 hours ago\n"
	    "Militants free 11 aid workers, Norway says\n1.4k comments\n"
	    "Finally some good news.\n");
	is_str(got[0]->title, "Militants free 11 aid workers, Norway says",
	    "nor is the line on who posted it, under the forum's name");
	PARSE("Posted by u/fjord 9 hours ago\n"
	    "Militants free 11 aid workers, Norway says\n1.4k comments\n"
	    "Finally some good news.\n");
	is_str(got[0]->title, "Militants free 11 aid workers, Norway says",
	    "nor that line alone over the headline");
	PARSE("r/worldnews\nJoin\nPosted by u/fjord 9 hours ago\n"
	    "Militants free 11 aid workers, Norway says\n1.4k comments\n"
	    "Finally some good news.\n");
	is_str(got[0]->title, "Militants free 11 aid workers, Norway says",
	    "nor the forum's button between them");
	/* a menu of sections in words, or in words between ideographic
	 * spaces, first; a short button over the headline is no headline
	 * with its byline under it */
	PARSE("Skip to main content\nSubscribe | Log in\n"
	    "News Sports Business Opinion Obituaries Weather\n"
	    "Fire at a chemical plant forces 1,200 from their homes\n"
	    "By Megan Oduya, Staff Reporter\nPublished 6:42 a.m. March 4, "
	    "2026\nThe fire broke out shortly after midnight.\n");
	is_str(got[0]->title, "Fire at a chemical plant forces 1,200 from "
	    "their homes", "a menu of section names is no headline");
	PARSE("トップ\343\200\200社会\343\200\200政治\343\200\200経済"
	    "\343\200\200国際\343\200\200スポーツ\nログイン\n会員登録（無料）\n"
	    "記録的猛暑、東京都心で39.2度　観測史上最高を更新\n"
	    "2025年8月6日 17時12分\n6日の東京都心は気温が上がった。\n");
	is_str(got[0]->title, "記録的猛暑、東京都心で39.2度 観測史上最高を更新",
	    "the headline under a menu of sections, a button over it");
	PARSE("Ir al contenido\nPortada Nacional Internacional Salud Deportes\n"
	    "Confirman un caso de cólera en Veracruz, el primero desde 2013\n"
	    "Por Lucía Herrera | Xalapa\nActualizado el 19 de agosto de 2025 "
	    "a las 20:05 h\nLa Secretaría de Salud confirmó el caso.\n");
	is_str(got[0]->title, "Confirman un caso de cólera en Veracruz, el "
	    "primero desde 2013", "a headline that names a year is no "
	    "dateline");
	PARSE("新闻 财经 科技 体育 娱乐 汽车 房产 教育 视频 更多 专题\n登录 注册\n"
	    "科技频道 > 半导体 > 正文\n无锡晶圆厂正式投产 月产能达4万片\n"
	    "2024-06-18 11:05:32 来源：锡城科技报\n"
	    "无锡高新区一座晶圆厂18日正式投产。\n");
	is_str(got[0]->title, "无锡晶圆厂正式投产 月产能达4万片",
	    "the headline under a wide menu of CJK sections");
	PARSE("線状降水帯で川が氾濫　熊本\nトップ\n速報\nPR\n"
	    "【最大50%OFF】冬の旅行は今がチャンス！早割プランで予約…\n"
	    "2026年7月3日 6時12分\n"
	    "熊本県南部で2日夜から線状降水帯が発生した。\n");
	is_str(got[0]->title, "線状降水帯で川が氾濫 熊本",
	    "a teaser cut short over the date is no headline");
	PARSE("加装电梯谈了三年，终于装上\n首页\n新闻\n2024-05-11 20:15\n"
	    "点击上方蓝字关注我们，每天为你推送有温度的新闻\n"
	    "5月8日上午，新电梯正式投入使用。\n居民们说，这部电梯来之不易。\n");
	is_str(got[0]->title, "加装电梯谈了三年，终于装上",
	    "no line under the page's date is its headline");
	PARSE("Eastern Wire News Agency\nNews feed\nAll news Politics Economy\n"
	    "14:32 Road closed on the river embankment for repairs today\n"
	    "14:18 Yuan rises above 12.5 roubles on the exchange\n"
	    "Heating fails in a village of 2,300 people\n");
	ok(got[0]->title == NULL || strncmp(got[0]->title, "14:32", 5) != 0,
	    "nor a feed's line under its time");
	/* a feed's items under a menu, the headline and its date under
	 * them; a ticker's quotes over a headline are no headline */
	PARSE("Новини України та світу\nГоловна Політика Економіка "
	    "Суспільство Війна Світ Спорт\nСтрічка новин\n10:12 Синоптики "
	    "попередили про мокрий сніг на заході…\n09:58 У Києві запрацював "
	    "новий пункт незламності…\nНа НПЗ у Кременчуці спалахнула пожежа, "
	    "постраждалих немає\n08.03.2026, 09:30\nУ четвер вранці на "
	    "нафтопереробному заводі виникла пожежа.\n");
	is_str(got[0]->title, "На НПЗ у Кременчуці спалахнула пожежа, "
	    "постраждалих немає", "the headline under a feed's timed items");
	PARSE("ログイン 会員登録\n\nマーケット 株価 為替 金利 商品\n\n"
	    "日経平均 38,412.55 +211.30\n\nNYダウ 42,109.87 -88.12\n\n"
	    "金価格が最高値更新、初の1オンス3000ドル台\n\n2026/03/06 16:05\n\n"
	    "6日のアジア市場で金の国際価格が一段高となり、初めて3000ドルを"
	    "突破した。\n");
	is_str(got[0]->title, "金価格が最高値更新、初の1オンス3000ドル台",
	    "the headline under a ticker's quotes");
	PARSE("Zum Inhalt springen\nRheinische Allgemeine\nStartseite\nPolitik\n"
	    "Wirtschaft\nWissen\nSport\nSuche\nMenü\nJetzt abonnieren\n"
	    "Ratgeber > Gesundheit\nHitzewelle: Zehn Tipps für heiße Tage\n"
	    "Von Jana Reuter\nStand: 12.07.2025, 06:00 Uhr\n"
	    "Die Temperaturen steigen bis auf 38 Grad.\n");
	is_str(got[0]->title, "Hitzewelle: Zehn Tipps für heiße Tage",
	    "a headline under a top of eleven lines");
	/* a feed's headlines over their times, beside the story */
	PARSE("Skip to content\nThe Hill\nNews\nJust In\nTrump says he will "
	    "meet Xi 'soon' as tariff talks resume\n12:04 PM ET\nSenate "
	    "confirms new FAA administrator in bipartisan vote\n11:47 PM ET\n"
	    "House\nHouse panel advances bill banning lawmakers from trading "
	    "stocks\nby Mychael Schnell - 04/14/25 1:32 PM ET\nA House "
	    "committee on Monday advanced a bipartisan bill.\n");
	is_str(got[0]->title, "House panel advances bill banning lawmakers "
	    "from trading stocks", "the headline under a feed's items");
	/* under a menu of sixty lines; a menu whose cells tabs cut; a
	 * feed's item that ends with its time ago; a call to subscribe
	 * over the page's date */
	{
		char	big[4096];
		size_t	k, o = 0;

		for (k = 0; k < 60; k++)
			o += snprintf(big + o, sizeof big - o, "Section %c%c\n",
			    'A' + (int)(k / 26), 'a' + (int)(k % 26));
		snprintf(big + o, sizeof big - o, "Climate\nThe Small Towns "
		    "Betting Their Future on Heat Pumps\n\nAcross the upper "
		    "Midwest, utilities are rewriting the rules.\n\nBy Dana "
		    "Whitcombe\nJanuary 14, 2025 7:00 AM EST\n\nWhen the "
		    "temperature fell, she trusted a machine.\n");
		PARSE(big);
		is_str(got[0]->title, "The Small Towns Betting Their Future "
		    "on Heat Pumps", "a headline under a menu of sixty lines");
	}
	PARSE("中华网\t|\t新闻\t军事\t财经\t科技\t娱乐\t体育\n设为首页\t"
	    "加入收藏\t登录\t注册\n中华网 > 新闻 > 社会 > 正文\n"
	    "山区小学的“午餐革命”：一碗热饭背后的乡村振兴账本\n"
	    "2025-01-16 09:42:17\t来源：中华网\n在云南省昭通市一所山区小学，"
	    "每天中午十一点半，厨房准时开饭。\n");
	is_str(got[0]->title,
	    "山区小学的“午餐革命”：一碗热饭背后的乡村振兴账本",
	    "a headline under menus whose cells tabs cut");
	PARSE("MARCA\nFútbol\tBaloncesto\tMotor\tTenis\nBuscar\n\n"
	    "Lo último\nAncelotti confirma la baja de Tchouaméni para el "
	    "Clásico · hace 12 min\nEl Barça renueva a su joya de la cantera "
	    "hasta 2030 · hace 25 min\nAlcaraz, a octavos tras remontar ante "
	    "Rublev · hace 40 min\n\nFútbol  ›  Primera División  ›  Real "
	    "Sociedad\n\nReal Sociedad\nLa Real Sociedad remonta en Anoeta y "
	    "sueña con Europa\nEl equipo, que iba perdiendo al descanso, firmó "
	    "una segunda parte de carácter ante su afición\nJorge Martín\n"
	    "Actualizado 26/10/2025 - 23:10\nLa Real Sociedad firmó una "
	    "remontada de carácter.\n");
	is_str(got[0]->title, "La Real Sociedad remonta en Anoeta y sueña "
	    "con Europa", "a feed's items with their times ago are no title");
	PARSE("Известия\nГлавное\nПолитика\nПодписаться на рассылку\n"
	    "RU | EN\nОбщество\n15 января 2025, 21:40\nНа холодную голову: "
	    "как малые города Сибири готовятся к сезону\nАнна Кострова\n"
	    "Когда в декабре на склоны выпал первый снег, всё изменилось.\n");
	ok(got[0]->title == NULL || strcmp(got[0]->title,
	    "Подписаться на рассылку") != 0, "a call to subscribe is no title");
	PARSE("ТАСС\nПолитика\nЭкономика и бизнес\nОбщество\nВойти\n"
	    "Поиск\n\nГлавная / Экономика и бизнес\n\nЭкономика и бизнес\n"
	    "05 января, 11:37\nАэрофлот сократит число рейсов в Турцию\n"
	    "Компания объяснила решение снижением спроса.\n");
	ok(got[0]->title == NULL || strcmp(got[0]->title,
	    "Главная / Экономика и бизнес") != 0,
	    "a breadcrumb of two items is no title");
	/* a banner's sentences among a top of menus; a call's "By
	 * signing up" is no byline */
	PARSE("Fox News\nWatch TV\nMenu\nU.S.\nPolitics\nWorld\nOpinion\n"
	    "Media\nEntertainment\nSports\nLifestyle\nVideo\nLogin\n"
	    "Fox News Flash top headlines are here. Check out what's "
	    "clicking on Foxnews.com.\nU.S.\nPublished December 6, 2026 "
	    "3:18pm EST\nVolunteer firefighters rescue stranded snowmobilers "
	    "after 14-hour search\nTwo brothers were found in a snow cave\n"
	    "By Jessica Moreno Fox News\nA volunteer team pulled two "
	    "snowmobilers to safety early Saturday.\n");
	is_str(got[0]->title, "Volunteer firefighters rescue stranded "
	    "snowmobilers after 14-hour search",
	    "a headline under a banner's sentence among menus");
	PARSE("Skip links\nNews\nMiddle East\nAfrica\nAsia\nEurope\n"
	    "Features\nOpinion\nVideo\nMore\nLive\nSearch\nSign up for "
	    "Al Jazeera\nCatch up on our coverage of the region, all in one "
	    "place.\nSubscribe\nPlease check your email to confirm your "
	    "subscription\nBy signing up, you agree to our Privacy Policy\n"
	    "News|Climate Crisis\nKenya's herders count losses as a fourth "
	    "rainy season fails\nHerders say they have lost two-thirds of "
	    "their livestock\nBy Amina Wairimu\nPublished On 9 Oct 2025\n"
	    "Halima Guyo walks past the carcasses of three cows.\n");
	is_str(got[0]->title, "Kenya's herders count losses as a fourth "
	    "rainy season fails", "\"By signing up\" is no byline");
	/* a headline over a shorter standfirst, the date under that */
	PARSE("Лента.ру\nГлавное\nРоссия\nМир\nЭкономика\nВойти\nПоиск\n"
	    "Из жизни\nМосквич восстановил заброшенную водяную мельницу и "
	    "открыл в ней музей\nБывший инженер потратил шесть лет на "
	    "спасение постройки\n13:47, 16 мая 2024\nМария Соколова\n"
	    "Житель Москвы Андрей Карпов восстановил мельницу.\n");
	is_str(got[0]->title, "Москвич восстановил заброшенную водяную "
	    "мельницу и открыл в ней музей",
	    "a headline over a shorter standfirst");
	PARSE("Reuters\nWorld\nBusiness\nMarkets\nSustainability\nLegal\n"
	    "Autos & Transportation\nPort operators race to clear container "
	    "backlog\nJanuary 5, 2026 10:04 AM GMT\nBy Anna Lind\nPort "
	    "operators in northern Europe said on Monday they would add "
	    "shifts.\n");
	is_str(got[0]->title, "Port operators race to clear container "
	    "backlog", "a section's name is no headline over a standfirst");
	/* a reading time is no headline; a platform's scan prompt is no
	 * title */
	PARSE("Medium\nOpen in app\nSign up\nSign in\nLo que aprendí cuidando "
	    "el huerto de mi barrio\nDos temporadas y una manguera\nLucía "
	    "Ortega\n·\nFollow\n·\n7 min read\n·\nMar 3, 2024\nEl huerto "
	    "empezó con catorce vecinos.\n");
	ok(got[0]->title == NULL || strcmp(got[0]->title, "7 min read") != 0,
	    "a reading time is no headline");
	PARSE("微信扫一扫\n关注该公众号\n\n"
	    "一座县城，为什么能养活十七家咖啡店？\n"
	    "今年春节回老家，我在县城主街上数了一下。\n");
	ok(got[0]->title == NULL || strcmp(got[0]->title, "微信扫一扫") != 0,
	    "a scan prompt is no title");
	/* one that ends with a full stop, over its standfirst and its
	 * byline; a skip link is never the title */
	PARSE("Skip to main content\nVox homepage\nExplainers\nPolitics\n"
	    "Technology\nThe newsletter boom is quietly consolidating. Here's "
	    "what that means for readers.\n\nInkpost just bought its biggest "
	    "rival. The deal could change what you pay for the emails you "
	    "actually read.\n\nby Dana Whitcombe\nDec 6, 2026, 9:00 AM EST\n"
	    "The deal was announced on Thursday.\n");
	is_str(got[0]->title, "The newsletter boom is quietly consolidating. "
	    "Here's what that means for readers.",
	    "a headline with a full stop over its standfirst");
	PARSE("Skip to main content\nThe strike goes on.\nThe union said so "
	    "on Tuesday.\n");
	ok(got[0]->title == NULL || strcmp(got[0]->title,
	    "Skip to main content") != 0, "a skip link is no title");
	/* far down, over its standfirst, its byline and its date; a
	 * menu's "D.C., Md. & Va." is no sentence */
	PARSE("Accessibility statement\nSkip to main content\nSections\n"
	    "The Harbour Post\nSubscribe\nSign in\nPolitics\nElections\n"
	    "Opinions\nStyle\nInvestigations\nClimate\nBusiness\nTech\n"
	    "World\nD.C., Md. & Va.\nSports\nSearch\nGet the Post for $1\n"
	    "Climate Environment\nWeather\nClimate Solutions\nClimate Lab\n"
	    "Green Living\nClimate\nCities are painting their streets "
	    "white. Is it cooling anything down?\nA three-year experiment "
	    "suggests reflective pavement lowers surface temperatures, but "
	    "the effect on the air is smaller than hoped\nBy Daniel Reyes\n"
	    "June 18, 2024 at 6:00 a.m. EDT\nOn a July afternoon the asphalt "
	    "measured 142 degrees.\n");
	is_str(got[0]->title, "Cities are painting their streets white. Is it "
	    "cooling anything down?", "a headline 26 lines down, over its "
	    "standfirst");
	/* blank lines between, a time ago for its date */
	PARSE("Skip to content\n\nHarbour Broadcasting\n\nHome\nNews\n"
	    "Sport\n\nCumbria town votes to bring back its own ferry\n\n"
	    "Residents say the service would cut a long drive short, but the "
	    "council must find a boat first.\n\n2 hours ago\n\nA small town "
	    "has voted to restore a passenger ferry.\n");
	is_str(got[0]->title, "Cumbria town votes to bring back its own ferry",
	    "a headline over blank lines and a time ago");
	/* a section's name and the page's date over it, its byline under
	 * its standfirst */
	PARSE("Navigation überspringen\nRheinschau\nStartseite\nInland\n"
	    "Ausland\nWirtschaft\nGesellschaft\nStand: 23.09.2024 11:58 Uhr\n"
	    "Warum immer mehr Dörfer ihre eigenen Läden gründen\nWenn der "
	    "letzte Supermarkt schließt, greifen viele Gemeinden zur "
	    "Selbsthilfe\nVon Katrin Vogel\nMorgens um halb acht ist im "
	    "Dorfladen schon einiges los.\n");
	is_str(got[0]->title, "Warum immer mehr Dörfer ihre eigenen Läden "
	    "gründen", "a headline under a section's name and the date");
	/* a login's button, a section's name and the date over it, its
	 * standfirst and a photo's credit under it, no byline */
	PARSE("Лента.ру\nГлавное\nРоссия\nМир\nЭкономика\nСпорт\n"
	    "Все рубрики и спецпроекты\nВойти через Лента ID\nЭкономика\n"
	    "Деловой климат\n13:17, 14 ноября 2024\nУральские фермеры "
	    "впервые отправили сыр в Китай по железной дороге\nПервый "
	    "экспортный поезд с сыром из Челябинской области прибыл в "
	    "Урумчи\nФото: Пресс-служба правительства\nЧелябинские "
	    "сыроделы впервые отправили крупную партию продукции в Китай.\n");
	is_str(got[0]->title, "Уральские фермеры впервые отправили сыр в "
	    "Китай по железной дороге", "a headline under a section's name "
	    "and the date, no byline");
	/* a short headline over the date keeps its place over the story's
	 * first sentence */
	PARSE("Menu\nNews\nSport\nWeather\nBrexit chaos\n12 March 2024\n"
	    "The prime minister said on Tuesday that talks would go on.\n"
	    "She told reporters in London that the deal was still possible, "
	    "but that time was running out for both sides.\n");
	is_str(got[0]->title, "Brexit chaos", "a short headline over the "
	    "date, the story's first sentence under it");
	/* an account bar is no headline */
	PARSE("해오름일보 로그인 회원가입 유료 구독신청\n정치 경제 사회 국제 "
	    "문화 스포츠 오피니언 포토\n홈 > 경제 > 에너지\n"
	    "부산 앞바다 해상풍력 단지, 어민 보상 합의 끝에 착공\n"
	    "입력 2026.05.12 06:00 | 수정 2026.05.12 09:41\n"
	    "부산시는 17일 기장군 앞바다에서 착공식을 열었다고 밝혔다.\n");
	is_str(got[0]->title, "부산 앞바다 해상풍력 단지, 어민 보상 합의 끝에 "
	    "착공", "an account bar is no headline");
	/* a breadcrumb's label is no headline */
	PARSE("tagesschau\nSendung verpasst?\nStartseite\nInland\nAusland\n"
	    "Wetter\nSuche öffnen\nDu bist hier: tagesschau.de\nInland\n"
	    "Gesellschaft\nStand: 14.11.2024 17:56 Uhr\nBahn testet "
	    "selbstfahrende Rangierloks in Mannheim\nAuf dem Rangierbahnhof "
	    "Mannheim sind erstmals fahrerlose Lokomotiven unterwegs.\nVon "
	    "Tobias Rehkopf, SWR\nDrei umgebaute Loks fahren seit Montag.\n");
	is_str(got[0]->title, "Bahn testet selbstfahrende Rangierloks in "
	    "Mannheim", "a breadcrumb's label is no headline");
	/* its byline and its place over its date, under its standfirst */
	PARSE("ABC\nIniciar sesión\nEspaña\nSociedad\nSociedad > Educación\n"
	    "Los institutos prueban a retrasar la entrada de los alumnos\n"
	    "Una veintena de centros públicos participará en un programa "
	    "piloto para estudiar el efecto.\nLaura Fernández\nMadrid\n"
	    "18/06/2024\nUna veintena de institutos retrasará la entrada.\n");
	is_str(got[0]->title, "Los institutos prueban a retrasar la entrada "
	    "de los alumnos", "a headline over its byline and its place");
	/* a paper's reporter under the headline, longer than it */
	PARSE("新京报首页\n登录 | 注册\n时事\n评论\n财经\n下载新京报APP\n"
	    "首页 > 时事 > 社会\n城市“口袋公园”越建越多，养护跟得上吗？\n"
	    "新京报记者 赵晓宁 编辑 刘伟 校对 李立军\n2025-10-13 08:32\n"
	    "清晨六点半，家住朝阳区的退休教师王桂兰已经在口袋公园里打完了"
	    "一套太极拳。\n");
	is_str(got[0]->title, "城市“口袋公园”越建越多，养护跟得上吗？",
	    "a headline over a paper's reporter");
	/* a headline that names reporters is no byline */
	PARSE("环球网首页\n登录\n国际\n军事\n首页 > 国际\n"
	    "三名记者在加沙遇袭身亡 多国要求调查\n2025-10-13 08:32\n"
	    "来源：环球网\n据多家媒体报道，三名记者当天在加沙城南部遇袭。\n");
	is_str(got[0]->title, "三名记者在加沙遇袭身亡 多国要求调查",
	    "a headline that names reporters is no byline");
	/* a bar of topics that names a year is no headline, nor the
	 * story's date */
	PARSE("Fox News\nFox Business\nWatch Live\nSign up for our "
	    "newsletters\nU.S.\nPublished May 15, 2024 6:02am EDT\n"
	    "Retired Marine spends weekends rebuilding bikes for kids\n"
	    "Veteran has given away more than 1,200 bicycles from his "
	    "garage\nBy Kyle Brennan Fox News\nFacebook\nThe garage "
	    "smells of oil and rubber.\n");
	is_str(got[0]->title, "Retired Marine spends weekends rebuilding "
	    "bikes for kids", "a call to sign up is no headline");
	PARSE("Fox News\nU.S.\nPolitics\nLog In\nSign Up for Fox Nation\n"
	    "Trending: Border surge update, Winter storm tracker, Election "
	    "2024 results\nU.S.\nPublished March 14, 2024 6:42pm EDT\n"
	    "Small Ohio town rallies after tornado flattens fire station\n"
	    "Volunteers raised more than $200,000 in four days to rebuild "
	    "the station that served three generations of residents\n"
	    "By Daniel Harper | Fox News\nFacebook\nThe fire station had "
	    "stood on Main Street since 1911.\n");
	is_str(got[0]->title, "Small Ohio town rallies after tornado flattens "
	    "fire station", "a headline under a bar of topics");
	/* a skip link, a search box's placeholder, a menu's item that
	 * names a year and a photo's caption are the page's chrome */
	PARSE("Skip to main content\nSign in\nUS\nWorld\nSearch CNN...\n"
	    "Decision 2024 Results\nUS / Health\nThe old river was once "
	    "a ditch, the volunteers say. Photograph: Tom Hartley/The "
	    "Guardian\nMidwestern cities race to rip out lead pipes as a "
	    "deadline draws closer\nUtilities from Milwaukee to Cleveland "
	    "say they have the money for the work, but not the workers.\n"
	    "By Dana Whitfield, CNN\nUpdated 6:42 AM EDT, Tue April 15, "
	    "2025\nMILWAUKEE — On a narrow street, a crew digs.\n");
	is_str(got[0]->title, "Midwestern cities race to rip out lead pipes "
	    "as a deadline draws closer", "a headline under the page's "
	    "chrome and a photo's caption");
	/* a kicker with its colon just over the headline; "3年目" is no
	 * date */
	PARSE("Zum Inhalt springen\nFrankfurter Allgemeine Zeitung\nMenü\n"
	    "Politik\nRhein-Main\nFrankfurt\nStadtwald in der Krise:\n"
	    "Wo früher Fichten standen, wächst jetzt der Wald der Zukunft\n"
	    "Dürre und Borkenkäfer haben im Stadtwald ganze Bestände "
	    "vernichtet, die Förster setzen auf neue Arten.\n"
	    "Von Katharina Berger, Frankfurt\nDer Boden federt.\n");
	is_str(got[0]->title, "Wo früher Fichten standen, wächst jetzt der "
	    "Wald der Zukunft", "a headline under its kicker's colon");
	PARSE("朝日新聞デジタル\nログイン\n会員登録はこちら\nニュース\n速報\n"
	    "政治\n朝日新聞デジタル > 記事 > 社会\n"
	    "空き家を「子ども食堂」に　商店街の挑戦、3年目の課題は担い手不足\n"
	    "地域の大学生や高齢者が運営を支えるが、常連ボランティアの多くが"
	    "70代になった\n佐藤美香\n2024年6月2日 7時00分\n"
	    "大阪市内の商店街の一角に、夕方になると子どもたちの声が響く。\n");
	is_str(got[0]->title, "空き家を「子ども食堂」に 商店街の挑戦、3年目の"
	    "課題は担い手不足", "a headline that counts years is no date");
	/* a kicker over a headline that names a year */
	PARSE("derStandard\nStartseite\nInland\nWien\nEnergiewende\n"
	    "Sonnenstrom vom Gemeindebau: Wien will bis 2030 jedes zweite "
	    "Dach nutzen\nDie Stadt startet ein Mieterstrommodell für "
	    "Gemeindebauten, die Bewohner sollen sparen.\nAnna Leitgeb\n"
	    "14. März 2025, 12:00\nDie Stadt Wien will die Dächer ihrer "
	    "Gemeindebauten ausstatten.\n");
	is_str(got[0]->title, "Sonnenstrom vom Gemeindebau: Wien will bis 2030 "
	    "jedes zweite Dach nutzen", "a headline that names a year, under "
	    "a kicker");
	/* a text dump with a scraper's leftover tags loses them: a
	 * block's tag or a <br> ends a line, a comment goes */
	PARSE("Home\nNews\nWorld\nBusiness\nSport\nCulture\nOpinion\n"
	    "Travel\nVideo\nStrike goes on at the port\n<!-- ad slot top -->\n"
	    "<div class=\"share\">Facebook\nThe union said talks had broken "
	    "down.<br><br>Ships are being diverted, the <b>port</b> said."
	    "\n<div class=\"ad\">\nAdvertisement\n</div>\n"
	    "Retailers fear for Christmas&nbsp;deliveries.\n");
	ok(ngot == 1 && strcmp(got[0]->format, "text") == 0,
	    "a text with a few tags is text");
	ok(ngot == 1 && strstr(got[0]->text, "\nFacebook\nThe union said "
	    "talks had broken down.\nShips are being diverted, the port "
	    "said.\nAdvertisement\nRetailers fear for Christmas deliveries."
	    ) != NULL && strchr(got[0]->text, '<') == NULL,
	    "its leftover tags and comments are gone");
	/* paragraphs joined by a doubled <br> are two, with no other tag */
	PARSE("Strike goes on at the port\nThe union said talks had broken "
	    "down on Monday.<br><br>Ships are being diverted to the north.\n"
	    "Retailers fear for their Christmas deliveries.\n");
	ok(ngot == 1 && strstr(got[0]->text, "down on Monday.\nShips are "
	    "being diverted") != NULL && strchr(got[0]->text, '<') == NULL,
	    "a doubled <br> alone ends a line");
	/* one tag quoted in a text stays */
	PARSE("Markup for beginners\nWrap each paragraph in <p> and close "
	    "it.\nA heading is <h2>, not bold text.\n");
	is_str(ngot == 1 ? got[0]->text : "", "Wrap each paragraph in <p> "
	    "and close it.\nA heading is <h2>, not bold text.",
	    "a text that quotes two tags keeps them");
	/* a caption with its credit under the standfirst */
	PARSE("Skip to main content\nSign in\nNews\nOpinion\nWildlife\n"
	    "Volunteers count a surprise rise in hedgehogs across gardens\n"
	    "Annual survey records first increase in a decade, but experts "
	    "warn one good year does not make a recovery\nHedgehog sightings "
	    "rose in urban gardens, the survey found. Photograph: Andrew "
	    "Parsons/Alamy\nEleanor Pryce\nFri 5 Dec 2026 07.00 GMT\n"
	    "Hedgehogs were seen in more gardens this year.\n");
	is_str(got[0]->title, "Volunteers count a surprise rise in hedgehogs "
	    "across gardens", "a headline over its standfirst and a caption");

	PARSE("Главная\nНовости\nПогода: −3 °C\nСайт использует файлы cookie. "
	    "Продолжая пользоваться сайтом, вы соглашаетесь.\nХорошо\n"
	    "Дума выделила 48 млн рублей на ремонт моста\n19 марта 2024, 17:40\n"
	    "Депутаты единогласно поддержали решение.\n");
	is_str(got[0]->title, "Дума выделила 48 млн рублей на ремонт моста",
	    "a headline under a top with a note on cookies");

	PARSE("Москва −7° · USD 92,41 · EUR 99,87\nНовости\nПогода\n"
	    "МЧС объявило оранжевый уровень опасности из-за метели\n"
	    "Фото: Агентство «Москва»\nАнна Смирнова\n13 марта 2025, 19:40\n"
	    "Ожидаются сильный снег и гололёд.\n");
	is_str(got[0]->title, "МЧС объявило оранжевый уровень опасности "
	    "из-за метели", "a headline over a photo's credit, its byline and "
	    "its date");

	PARSE("Only one line without a title\n");
	ok(got[0]->title == NULL && strcmp(got[0]->text, "Only one line "
	    "without a title") == 0, "a single line is text, not a title");

	PARSE("Title\r\n\r\nBody with CRLF line ends.\r\nMore.\r\n");
	is_str(got[0]->text, "Body with CRLF line ends.\nMore.",
	    "CRLF handled");

	s = "<!--1693908902000-->\n[视频 金正恩或将与普京会面](https://www.rfi.fr/"
	    "cn/x)\n------\n\n<div>05/09/2023 - 12:12</div><p><strong>朝鲜领导人"
	    "金正恩近期或将到访俄罗斯。</strong></p><div>分享 :</div><a href=\"h\">"
	    "https://feedx.net</a>";
	PARSE(s);
	ok(ngot == 1, "RSS dump: one article");
	is_str(got[0]->title, "视频 金正恩或将与普京会面", "RSS title");
	is_str(got[0]->url, "https://www.rfi.fr/cn/x", "RSS url");
	is_str(got[0]->published, "2023-09-05T10:15:02Z", "RSS date");
	is_str(got[0]->source, "rfi.fr", "source from the URL host");
	is_str(got[0]->format, "rss", "format rss");
	is_str(got[0]->text, "05/09/2023 - 12:12\n朝鲜领导人金正恩近期或将到访俄罗斯。"
	    "\n分享 :\nhttps://feedx.net", "RSS body as blocks");
	PARSE("<!--1718894412000-->\n[EU sanctions](https://www.rfi.fr/cn/y)"
	    "\n------\n\n20/06/2024 - 16:40\nThe EU agreed its sanctions on "
	    "Thursday.\nAd\nHungary held out until the last minute.\n");
	is_str(got[0]->text, "20/06/2024 - 16:40\nThe EU agreed its sanctions "
	    "on Thursday.\nAd\nHungary held out until the last minute.",
	    "an RSS dump whose body has no markup is text, a block a line");
	s = "<!--1693908902000-->\n[视频 金正恩或将与普京会面](https://www.rfi.fr/"
	    "cn/x)\n------\n\n<div>05/09/2023 - 12:12</div><p><strong>朝鲜领导人"
	    "金正恩近期或将到访俄罗斯。</strong></p><div>分享 :</div><a href=\"h\">"
	    "https://feedx.net</a>";
	PARSE(s);
	ok(got[0]->nlinks == 1, "one link");
	if (got[0]->nlinks == 1) {
		l = &got[0]->links[0];
		ok(l->len == 17 && memcmp(got[0]->text + l->start,
		    "https://feedx.net", 17) == 0, "link range covers its text");
	} else
		ok(0, "link range covers its text");

	PARSE("<html><head><title>Storm hits coast - Daily</title></head>"
	    "<body><h1>Storm hits coast</h1><p>Wind and rain.</p></body>"
	    "</html>");
	is_str(got[0]->title, "Storm hits coast", "h1 inside <title> wins");
	is_str(got[0]->text, "Wind and rain.", "the h1 block is not repeated");
	is_str(got[0]->format, "html", "format html");

	/* Links move with NFC normalisation. */
	PARSE("<p>Cafe\xcc\x81 and cre\xcc\x80me: <a href=\"/x\">"
	    "the link</a> after.</p>");
	ok(ngot == 1 && got[0]->nlinks == 1 && memcmp(got[0]->text +
	    got[0]->links[0].start, "the link", 8) == 0 &&
	    got[0]->links[0].len == 8, "link offsets follow NFC");

	s = "{\"title\":\"A\",\"text\":\"Alpha text.\",\"date\":\"2024-01-02\"}\n"
	    "\n"
	    "{\"title\":\"B\",\"html\":\"<p>Beta <a href='u'>link</a></p>\","
	    "\"lang\":\"xx\",\"source\":\"S\",\"url\":\"https://b.example/\"}\n";
	PARSE(s);
	ok(ngot == 2, "JSON Lines: two records, blank line skipped");
	if (ngot == 2) {
		is_str(got[0]->published, "2024-01-02", "record date");
		is_str(got[1]->text, "Beta link", "record html to text");
		is_str(got[1]->lang, "xx", "record lang kept as given");
		is_str(got[1]->source, "S", "record source kept");
		ok(got[1]->nlinks == 1, "record link kept");
	}

	ok(parse("bin", "ab\0cd", 5, NULL) != 0 && ngot == 0,
	    "binary input refused");
	is_str(reports.data, "bin: binary file (NUL byte at offset 2), "
	    "skipped\n", "binary message");
	ok(PARSE("  \n\t \n") != 0 && ngot == 0, "empty input refused");
	is_str(reports.data, "t: empty file, skipped\n", "empty message");
	/* UTF-8 with a stray byte (a lone Latin-1 byte would be detected) */
	PARSE("Title\nbad \xff byte, caf\xc3\xa9\n");
	ok(ngot == 1 && strstr(got[0]->text, "\xef\xbf\xbd") != NULL,
	    "invalid UTF-8 replaced");
	ok(strstr(reports.data, "invalid UTF-8 at byte 10") != NULL,
	    "invalid UTF-8 warned with the offset");
	ok(ngot == 1 && got[0]->encoding == NULL,
	    "a repaired article was read as UTF-8 (encoding NULL)");
	ok(parse("h", "<html><script>x</script></html>", 31, NULL) != 0,
	    "HTML without text refused");
	is_str(reports.data, "h: no text found, skipped\n", "no-text message");
	s = "Title line\n<p>one <b>bold</b> word</p>\n";
	ok(parse("f", s, strlen(s), "html") == 0 && ngot == 1 &&
	    strcmp(got[0]->text, "Title line\none bold word") == 0,
	    "--format html forces HTML");
	ok(parse("f", s, strlen(s), "text") == 0 && ngot == 1 &&
	    strcmp(got[0]->text, "<p>one <b>bold</b> word</p>") == 0,
	    "--format text keeps markup as text");
	s = "<html><body><p>x</p></body></html>";
	ok(parse("f", s, strlen(s), "text") == 0 && ngot == 1 &&
	    strcmp(got[0]->format, "text") == 0, "the format is recorded");

	/* Every article says what its input was read in. */
	PARSE("Title\nPlain UTF-8, caf\xc3\xa9.\n");
	ok(ngot == 1 && got[0]->encoding == NULL, "UTF-8: encoding NULL");
	s = "\xff\xfeT\0i\0t\0l\0e\0\n\0B\0o\0d\0y\0.\0\n\0";
	parse("t", s, 26, NULL);
	is_str(ngot == 1 ? got[0]->encoding : "", "UTF-16LE",
	    "encoding from a BOM");
	s = "<html><head><meta charset=\"gbk\"><title>\xcd\xf8\xd2\xb3</title>"
	    "</head><body><p>\xd5\xfd\xce\xc4\xc4\xda\xc8\xdd</p></body>"
	    "</html>";
	PARSE(s);
	is_str(ngot == 1 ? got[0]->encoding : "", "GB18030",
	    "a page's gbk widened to GB18030");
	is_str(ngot == 1 ? got[0]->text : "", "\xe6\xad\xa3\xe6\x96\x87"
	    "\xe5\x86\x85\xe5\xae\xb9", "and read so");
	is_str(reports.data, "", "without a warning");
	encoding = "KOI8-R";
	PARSE("\xf4\xc9\xd4\xcc\xc5\n\xf4\xc5\xcb\xd3\xd4.\n");
	encoding = NULL;
	is_str(ngot == 1 ? got[0]->encoding : "", "KOI8-R",
	    "encoding from --encoding");
	PARSE("{\"title\":\"A\",\"text\":\"Alpha text.\"}\n");
	ok(ngot == 1 && got[0]->encoding == NULL,
	    "a JSON Lines record is UTF-8");
	{
		struct article	 stored, *fresh = NULL;

		memset(&stored, 0, sizeof stored);
		stored.format = "text";
		stored.raw = "Title\nStored text, decoded.\n";
		stored.rawlen = strlen(stored.raw);
		stored.encoding = (char *)"GB18030";
		import_reparse(&stored, &fresh);
		is_str(fresh != NULL ? fresh->encoding : "", "GB18030",
		    "a re-read article keeps the encoding stored");
		article_free(fresh);
		fresh = NULL;
		stored.encoding = NULL;
		import_reparse(&stored, &fresh);
		ok(fresh != NULL && fresh->encoding == NULL,
		    "and one stored without stays without");
		article_free(fresh);
	}

	test_markup();
	reset();
	buf_free(&reports);
	return (tap_done());
}
