/*
 * test-dom.c: unit tests for a web page's shape and what the classifier
 * makes of it.  dom.c's names for class and id values (tokens, pairs,
 * BEM parts, words that only look like a family), its stored form, the
 * dom html.c builds, meta.c's choice of title, date, author and site
 * (Open Graph, JSON-LD), and clean-dom.c's verdicts on small pages: one
 * table row a page, with the text of a block and the verdict it must get.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

struct name_case {
	const char	*value;
	int		 family;	/* DOM_FAM_* it must get */
};

struct meta_case {
	const char	*name;
	const char	*html;
	const char	*title;
	const char	*date;
	const char	*author;
	const char	*site;
};

/* A block of a page, found by its text, and the verdict it must get. */
struct verdict {
	const char	*text;
	int		 verdict;
};
struct page_case {
	const char	*name;
	const char	*html;
	struct verdict	 want[8];
};

static const struct name_case name_cases[] = {
	{ "ArticleBio_root__qW2Xa", DOM_FAM_META },
	{ "kg-callout-card membership-cta", DOM_FAM_SUBSCRIBE },
	{ "bio__container-ZxsA7", DOM_FAM_META },
	{ "column_writer", DOM_FAM_META },
	{ "reporter_area", DOM_FAM_META },
	{ "journalist-info", DOM_FAM_META },
	{ "css-1dgm0zi-Advert", DOM_FAM_AD },
	{ "RelatedStories-module__list--x7Gq2", DOM_FAM_RELATED },
	{ "newsletter_signup-4f9a2c", DOM_FAM_SUBSCRIBE },
	{ "sc-1x2y3z4-0 comments-section", DOM_FAM_COMMENTS },
	{ "relatedPosts", DOM_FAM_RELATED },
	{ "related-posts widget", DOM_FAM_RELATED },
	{ "subheader-image", DOM_FAM_STANDFIRST },	/* not a header */
	{ "article-subtitle", DOM_FAM_STANDFIRST },
	{ "ArticleDetailView_subtitle__Lm2x1", DOM_FAM_STANDFIRST },
	{ "tit-sub", DOM_FAM_STANDFIRST },
	{ "article__subdeck", DOM_FAM_STANDFIRST },
	{ "entry-deck", DOM_FAM_STANDFIRST },
	{ "Page-storyBody-tags", DOM_FAM_TAGS },	/* the body's part */
	{ "story-body-byline", DOM_FAM_META },
	{ "tags-storyBody", DOM_FAM_BODY },
	{ "art_subtit", DOM_FAM_STANDFIRST },
	{ "sub_tit", DOM_FAM_STANDFIRST },
	{ "article-content__discuss", DOM_FAM_COMMENTS },
	{ "discuss-rules", DOM_FAM_COMMENTS },
	{ "article-poll", DOM_FAM_AD },
	/* an entry's filing names no box (Squarespace, hAtom) */
	{ "BlogItem hentry category-news author-marta-lindqvist",
	    DOM_FAM_NONE },
	{ "author-bio", DOM_FAM_META },
	{ "subtitle ad", DOM_FAM_AD },
	{ "contributions__epic", DOM_FAM_SUBSCRIBE },	/* the block's */
	/* a design system's namespace: what follows "duet--" names it */
	{ "duet--article--article-body-component duet--contributions--appeal",
	  DOM_FAM_SUBSCRIBE },
	{ "duet--article--share-bar", DOM_FAM_SHARE },
	{ "content__glance", DOM_FAM_NONE },	/* not the story's body */
	{ "lXaAd SxFxm iQLIo zUsqr", DOM_FAM_NONE },	/* hashes: no "ad" */
	{ "o-table-overlay-wrapper", DOM_FAM_NONE },	/* a table's frame */
	{ "adBox topAd navBar", DOM_FAM_AD },	/* names of the site's */
	{ "sidebar__0", DOM_FAM_NONE },		/* an index, not an element */
	{ "video_box", DOM_FAM_PLAYER },
	{ "playlist__title", DOM_FAM_PLAYER },
	{ "video-embed__title", DOM_FAM_PLAYER },
	{ "video-duration", DOM_FAM_PLAYER },
	{ "voc-video__title", DOM_FAM_PLAYER },
	{ "picBox full", DOM_FAM_CAPTION },
	{ "video", DOM_FAM_NONE },
	{ "has-video", DOM_FAM_NONE },
	{ "video-article__body", DOM_FAM_CONTENT },
	{ "masthead", DOM_FAM_NAV },
	{ "download-link", DOM_FAM_NONE },
	{ "ad-slot", DOM_FAM_AD },
	{ "shadow badge thread", DOM_FAM_NONE },
	{ "side-bar", DOM_FAM_SIDEBAR },
	{ "leftSideBar", DOM_FAM_SIDEBAR },
	{ "commentlist", DOM_FAM_COMMENTS },
	{ "commentary", DOM_FAM_NONE },
	{ "shareholders-meeting", DOM_FAM_NONE },
	{ "promote-word", DOM_FAM_NONE },
	{ "promo-box", DOM_FAM_AD },
	{ "article-comments", DOM_FAM_COMMENTS },
	{ "Diskussion", DOM_FAM_COMMENTS },
	{ "KeyPoints_root__JO4U6", DOM_FAM_STANDFIRST },
	{ "ssrcss-ad295wj-RichTextComponentWrapper", DOM_FAM_NONE },
	{ "commentaires-liste", DOM_FAM_COMMENTS },
	{ "sidebar-content", DOM_FAM_SIDEBAR },
	{ "sidebar-grid__content", DOM_FAM_CONTENT },
	{ "Para_para__lOxAd", DOM_FAM_NONE },
	{ "ad6ed79d-88fd-4c8e-a27a-ff8349c9446f", DOM_FAM_NONE },
	{ "sidebar-4c8ea27a", DOM_FAM_SIDEBAR },
	{ "ad300x250", DOM_FAM_AD },
	{ "ad-1f2e3d", DOM_FAM_AD },
	{ "article__lead fhnve_ad7f3", DOM_FAM_NONE },
	{ "ad728", DOM_FAM_AD },
	{ "Hero__teaser mb-5 sm:mb-8 text-br-2-90 caption-s5-fx lg:w-3/4",
	    DOM_FAM_NONE },
	{ "share-bar mb-5 sm:mb-8 text-br-2-90 lg:w-3/4", DOM_FAM_SHARE },
	{ "caption-s5 media", DOM_FAM_CAPTION },
	{ "buzz_superlist_item no_caption", DOM_FAM_NONE },
	{ "sd-sharing-enabled", DOM_FAM_SHARE },
	{ "media-with-caption", DOM_FAM_CAPTION },
	{ "None comments-enabled", DOM_FAM_NONE },
	{ "comments-open", DOM_FAM_NONE },
	{ "col-lg-9 col-xl-6 js-single-post-content c-mt-7", DOM_FAM_BODY },
	{ "BlogItem hentry author-kristen has-comments", DOM_FAM_NONE },
	{ "post has_ads", DOM_FAM_CONTENT },
	{ "anchor anchorWithStickyNavbar_LWe7", DOM_FAM_NONE },
	{ "comments-area", DOM_FAM_COMMENTS },
	{ "sidebar-with-ads", DOM_FAM_SIDEBAR },
	{ "Sidebar_sidebar__x7Gq2", DOM_FAM_SIDEBAR },
	{ "styles_adSlot__Qw3e1", DOM_FAM_AD },
	{ "article--has-sidebar", DOM_FAM_CONTENT },
	{ "c-article__related", DOM_FAM_RELATED },
	{ "article-body", DOM_FAM_BODY },
	{ "articleBody", DOM_FAM_BODY },
	{ "entry-content", DOM_FAM_BODY },
	{ "pinglun-box", DOM_FAM_COMMENTS },
	{ "xiangguan_bg", DOM_FAM_RELATED },
	{ "RSSFeed", DOM_FAM_NONE },
	{ "col2 row", DOM_FAM_NONE },
	{ "post-meta byline", DOM_FAM_META },
	{ "figcaption", DOM_FAM_CAPTION },
	{ "quote hidden-xs", DOM_FAM_NONE },
	{ "hidden md:block", DOM_FAM_NONE },
	{ "hide-for-small-only", DOM_FAM_NONE },
	{ "hidden", DOM_FAM_HIDDEN },
	{ "sr-only", DOM_FAM_HIDDEN },
	{ "0JNTR5AD", DOM_FAM_NONE },		/* a generated id */
	{ "ad300x250", DOM_FAM_AD },
	{ "ArticleDetailView_donate__WPCRK", DOM_FAM_SUBSCRIBE },
	{ "bio", DOM_FAM_META },
	{ "donation-appeal", DOM_FAM_SUBSCRIBE },
	{ "lg ss uh ao z4 rk qw im fv vb xp cm az wa x4 ad xm jt",
	  DOM_FAM_NONE },
	{ "lg ss uh ao z4 rk qw im fv vb xp cm az wa x4 ad xm jt "
	  "post-paragraph", DOM_FAM_CONTENT },
	{ "", DOM_FAM_NONE },
	{ "___--__", DOM_FAM_NONE },
};

static const struct meta_case meta_cases[] = {
	{ "an <h1> that holds the title and its subtitle: the title",
	  "<html><head><title>В Подмосковье запустят первые беспилотные "
	  "трамваи: Общество: Lenta.ru</title><meta property=\"og:title\" "
	  "content=\"В Подмосковье запустят первые беспилотные трамваи\">"
	  "</head><body><h1><span>В Подмосковье запустят первые "
	  "беспилотные трамваи</span> <span>Пассажиров начнут возить без "
	  "водителя в кабине до конца года</span></h1><p>Текст.</p>"
	  "</body></html>",
	  "В Подмосковье запустят первые беспилотные трамваи", NULL, NULL,
	  NULL },
	{ "an <h1> that goes on in small letters after og:title: the <h1>",
	  "<html><head><meta property=\"og:title\" content=\"В Подмосковье "
	  "запустят первые беспилотные трамваи\"></head><body><h1>В "
	  "Подмосковье запустят первые беспилотные трамваи в конце этого "
	  "года</h1><p>Текст.</p></body></html>",
	  "В Подмосковье запустят первые беспилотные трамваи в конце этого "
	  "года", NULL, NULL, NULL },
	{ "an <h1> that goes on where the title was cut: the <h1>",
	  "<html><head><meta property=\"og:title\" content=\"Victorian pier "
	  "shut after storm rips 40ft hole in its\"></head><body><h1>"
	  "Victorian pier shut after storm rips 40ft hole in its decking "
	  "and leaves the town without its summer trade</h1><p>Text.</p>"
	  "</body></html>",
	  "Victorian pier shut after storm rips 40ft hole in its decking "
	  "and leaves the town without its summer trade", NULL, NULL, NULL },
	{ "a forum's name in the first <h1>, a short piece of og:title",
	  "<html><head><title>Water bills to rise as pipe costs double : "
	  "Harbourtown</title><meta property=\"og:title\" content=\"r/"
	  "Harbourtown - Water bills to rise as pipe costs double\">"
	  "</head><body><div class=side><h1>Harbourtown</h1><p>Welcome to "
	  "the town's forum. Be civil.</p></div><p>Water bills to rise as "
	  "pipe costs double</p></body></html>",
	  "Water bills to rise as pipe costs double", NULL, NULL, NULL },
	{ "JSON-LD first, the h1 when it agrees",
	  "<html><head><title>Storm floods the coast | Daily Post</title>"
	  "<meta property=\"og:site_name\" content=\"Daily Post\">"
	  "<script type=\"application/ld+json\">{\"@context\":"
	  "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
	  "\"Storm floods the coast\",\"datePublished\":"
	  "\"2024-03-05T10:00:00+01:00\",\"author\":[{\"@type\":\"Person\","
	  "\"name\":\"Ann Lee\"},{\"name\":\"Bo Chan\"}],\"publisher\":"
	  "{\"name\":\"DP Media\"}}</script></head><body>"
	  "<h1>Storm floods the coast</h1><p>Text.</p></body></html>",
	  "Storm floods the coast", "2024-03-05T09:00:00Z",
	  "Ann Lee, Bo Chan", "Daily Post" },
	{ "a blog's name in its <h1>, the entry's in a <title> with \u00bb",
	  "<html><head><title>Time to talk \302\273 Blog Archive \302\273 "
	  "Cinemas go digital</title></head><body><h1>Time to talk</h1>"
	  "<h2>Cinemas go digital</h2><p>Text.</p></body></html>",
	  "Cinemas go digital", NULL, NULL, NULL },
	{ "@graph, a wrapped script, an @type list",
	  "<html><head><title>x</title><script type=\"application/ld+json\">"
	  "<!-- {\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
	  "{\"@type\":[\"NewsArticle\",\"Thing\"],\"headline\":\"Head\","
	  "\"dateCreated\":\"2023-01-02\",\"author\":\"Jo Bloggs\","
	  "\"publisher\":{\"name\":\"Pub\"},}]} --></script></head>"
	  "<body><p>Text.</p></body></html>",
	  "Head", "2023-01-02", "Jo Bloggs", "Pub" },
	{ "Open Graph and meta keys, a byline's 'By', no URL author",
	  "<html><head><title>Site - Headline here</title>"
	  "<meta property=\"og:title\" content=\"Headline here\">"
	  "<meta name=\"author\" content=\"By Mia Wong\">"
	  "<meta property=\"article:author\" "
	  "content=\"https://x.example/mia\">"
	  "<meta name=\"pubdate\" content=\"05.03.2024\"></head>"
	  "<body><p>Text.</p></body></html>",
	  "Headline here", "2024-03-05", "Mia Wong", NULL },
	{ "<title> without the site's name, JSON-LD that does not parse",
	  "<html><head><title>A long headline of the day | Site</title>"
	  "<script type=\"application/ld+json\">{\"headline\": oops"
	  "</script></head><body><p>Text.</p></body></html>",
	  "A long headline of the day", NULL, NULL, NULL },
	{ "an h1 that no other source names is not the title",
	  "<html><head><title>Headline</title></head><body><h1>Menu</h1>"
	  "<p>Text.</p></body></html>",
	  "Headline", NULL, NULL, NULL },
};

#define CONTENT		VERDICT_CONTENT
#define BOILER		VERDICT_BOILERPLATE
#define COMMENT		VERDICT_COMMENT
#define AGAIN		"\001"		/* the second block that starts so */

#define STORY_EN \
	"<p>The city council voted on Tuesday to close the old harbour " \
	"bridge to cars from next spring, after engineers found that its " \
	"steel supports had corroded faster than expected.</p>" \
	"<p>The mayor said the decision had not been easy, and that the " \
	"council would pay for a shuttle bus between the two districts " \
	"for as long as the works lasted, which could be three years.</p>" \
	"<p>Shop owners on the north side of the river said they feared " \
	"losing customers, and asked the council to reconsider the plan " \
	"before the final vote in the autumn.</p>"
#define STORY_ZH \
	"<p>据新华社报道，两国外交部长周二在首都举行会谈，就边境地区的贸易" \
	"往来和人员交流问题交换了意见，双方同意在年底前再次举行会谈。</p>" \
	"<p>有媒体援引知情人士的话称，双方已经就一项为期五年的合作框架达成" \
	"初步共识，但具体条款仍有待进一步磋商。</p>" \
	"<p>分析人士认为，这次会谈释放出积极信号，有助于缓和近期紧张的双边" \
	"关系，但双方在若干关键问题上依然存在明显分歧。</p>"
#define STORY_ZH2 \
	"<p>值得注意的是，公司海外业务表现相对稳健，前三季度海外出货量占总" \
	"出货量的比例由去年同期的三成提升至四成以上。</p>" \
	"<p>公司董事会秘书在说明会上表示，海外市场的价格和毛利水平明显好于" \
	"国内，这是下一步重点发力的方向。</p>"

/* ten more paragraphs, so that a page's first third is its head */
#define STORY_EN_P(n) \
	"<p>Paragraph " #n " tells what the engineers found in the steel, " \
	"and what the council will do about it over the next year.</p>"
/* A thread's comments: a reader's, then a bot's summary of the story. */
#define BOT_THREAD \
	"<div class=\"comments\"><div class=\"comment\"><p>Every single " \
	"time the council says it will be quick, and it never is.</p>" \
	"</div><div class=\"comment\"><p>This is the best tl;dr I could " \
	"make, original reduced by 70%. (I'm a bot)</p><p>The council " \
	"voted to close the old harbour bridge to cars from next spring " \
	"after engineers found corroded steel supports.</p><p>A shuttle " \
	"bus will link the two districts for as long as the works last, " \
	"which could be three years, the mayor said.</p><p>Shop owners on " \
	"the north bank fear losing customers and asked the council to " \
	"think again before the autumn vote.</p><p>The mayor said the " \
	"council would pay for the shuttle from its own budget and would " \
	"publish the full costs of the works in the spring.</p><p>" \
	"Engineers will inspect the new supports every six months once " \
	"the bridge opens again, the council said.</p><p>Extended Summary " \
	"| FAQ | Feedback | Top keywords: bridge#1</p></div></div>"
#define GAME_P(g) \
	"<p>" g " is one of the launch games worth your time: it looks " \
	"sharp on the headset, it runs smoothly, and its makers have " \
	"promised more levels before the end of the year, which is more " \
	"than most of the launch line-up can say.  Buy it first if you " \
	"buy only one.</p>"
#define ROUND_ITEM(name, what) \
	"<div class=item><h3><a href=https://shop.example/x>" name \
	"</a></h3><p>" name " is " what ", and it threads itself in a " \
	"second.</p><div><a href=https://shop.example/x>Read more</a>" \
	"</div></div>"
#define DATED_CARD(head) \
	"<div class=card><span>Dec 19, 2025</span><h3><a href=/x>" head \
	"</a></h3><p>" head ".  It is the kind of thing our readers ask " \
	"about every winter, and this year the answer came early, with " \
	"more rooms, more flights and more of the quiet that travellers " \
	"say they want from a trip away from the city and its noise, " \
	"its crowds and its prices, and from the long queues at the " \
	"airports that every family knows too well by now.</p></div>"
#define OTHER_CARD(n) \
	"<div><h3><a href=/a/" n ">Ferry " n " returns after twenty " \
	"years</a></h3><p>The harbour ferry is back, and the first " \
	"crossing of the season sold out within an hour of opening.</p>" \
	"</div>"
#define ROUNDUP_ITEM(name) \
	"<div class=card><h2><span>Best overall</span> <a href=" \
	"https://shop.example/x>" name "</a></h2><div><img src=x.jpg>" \
	"<div>Photo: the maker</div></div><p>The jacket kept our " \
	"shoulders dry through the whole hose test.</p><p>It weighs ten " \
	"ounces and packs into its own pocket, and the hood moves with " \
	"your head.</p><div><a href=https://shop.example/x>$100 at Amazon" \
	"</a><a href=https://shop.example/y>$110 at REI</a></div></div>"
#define STORY_EN_MORE \
	STORY_EN_P(1) STORY_EN_P(2) STORY_EN_P(3) STORY_EN_P(4) \
	STORY_EN_P(5) STORY_EN_P(6) STORY_EN_P(7) STORY_EN_P(8) \
	STORY_EN_P(9) STORY_EN_P(10)

static const struct page_case page_cases[] = {
	{ "a roundup's items: headings that link to the shop, over their "
	  "own paragraphs",
	  "<html><head><title>The best rain jackets</title></head><body>"
	  "<div class=body><h1>The best rain jackets</h1>" STORY_EN
	  ROUNDUP_ITEM("Marmot PreCip Eco") ROUNDUP_ITEM("Rains Long Jacket")
	  ROUNDUP_ITEM("Frogg Toggs Lite") "<p>Prices were accurate at the "
	  "time of publication, and we will update this guide.</p></div>"
	  "</body></html>",
	  { { "Best overall Marmot PreCip Eco", CONTENT },
	    { "Best overall Frogg Toggs Lite", CONTENT },
	    { "$100 at Amazon", BOILER } } },
	{ "a listicle's linked headings in the story's own element",
	  "<html><head><title>Most read stories of the year</title></head>"
	  "<body><div class=body><h1>Most read stories of the year</h1>"
	  STORY_EN "<h2><a href=/a/1>The bridge that closed</a></h2><p>The "
	  "council voted to close the old bridge, and readers wanted to know "
	  "why the steel had corroded so fast.</p><p>Readers wrote in about "
	  "it.</p><h2><a href=/a/2>The ferry that came back</a></h2><p>A "
	  "ferry across the harbour returned after twenty years, and the "
	  "first crossing sold out in an hour.</p><p>Readers wrote in about "
	  "it.</p><h2><a href=/a/3>The market that moved</a></h2><p>The fish "
	  "market moved to the east quay, and its traders said they lost "
	  "half of their customers in a year.</p><p>Readers wrote in about "
	  "it.</p></div></body></html>",
	  { { "The bridge that closed", CONTENT },
	    { "The market that moved", CONTENT } } },
	{ "cards of other stories under the story, a headline and a blurb "
	  "each, are no roundup",
	  "<html><head><title>t</title></head><body><div class=body><h1>t"
	  "</h1>" STORY_EN "<div>You may like</div>" OTHER_CARD("1")
	  OTHER_CARD("2") OTHER_CARD("3") "</div></body></html>",
	  { { "Ferry 2 returns after", BOILER },
	    { "Shop owners on the north side", CONTENT } } },
	{ "one linked heading in the story's element is no roundup",
	  "<html><head><title>t</title></head><body><div class=body><h1>t"
	  "</h1>" STORY_EN "<h3><a href=/a/9>Ferry returns after twenty years"
	  "</a></h3>" STORY_EN_P(1) STORY_EN_P(2) "</div></body></html>",
	  { { "Ferry returns after twenty", BOILER },
	    { "Paragraph 2 tells", CONTENT } } },
	{ "the next story a page loads as the reader scrolls, in an "
	  "<article> named as the story's",
	  "<html><head><title>Harbour bridge to close to cars next spring"
	  "</title></head><body><div class=feed><article class=story><h1>"
	  "Harbour bridge to close to cars next spring</h1>" STORY_EN
	  "<p>The council declined to comment.</p></article><div class=bar>"
	  "Up next</div><article class=story><h1>Club sacks its manager "
	  "after nine defeats in a row</h1><p>The football club sacked its "
	  "manager on Monday after a run of nine defeats, the worst in its "
	  "history, and named his assistant in his place.</p><p>Fans had "
	  "called for him to go for weeks, and some of them had marched to "
	  "the stadium on Saturday with banners.</p><p>The club said it "
	  "would look for a permanent manager over the summer, and thanked "
	  "him for his three years of work.</p></article></div>"
	  "</body></html>",
	  { { "The council declined to comment.", CONTENT },
	    { "The football club sacked", BOILER },
	    { "The club said it would look", BOILER } } },
	{ "the next story under a bar in the story's own column",
	  "<html><head><title>黄河流域九省区联手治理水土流失</title></head>"
	  "<body><div class=main-content><h1>黄河流域九省区联手治理水土流失"
	  "</h1><div class=content>" STORY_ZH "<p>水利部表示将继续推进。</p>"
	  "<div class=next>下一篇</div><div><h1>高校食堂推出“半份菜”"
	  "学生点赞也有人担心</h1><div>2026年12月06日 09:15</div><div>"
	  "<p>西安多所高校食堂近期推出“半份菜”窗口，价格按整份的一半略高标准"
	  "收取，受到不少学生欢迎。</p><p>在西北某高校就读的大二学生小陈说，以"
	  "前一个人吃饭只能点一荤一素，现在可以多尝几样菜。</p><p>也有学生反映"
	  "，部分窗口的半份菜分量明显不足，希望学校加强监督。</p></div></div>"
	  "</div></div></body></html>",
	  { { "水利部表示将继续推进。", CONTENT },
	    { "西安多所高校食堂", BOILER },
	    { "也有学生反映", BOILER } } },
	{ "a page that heads its sections with <h1>s is one text",
	  "<html><head><title>Monitoring distributed systems</title></head>"
	  "<body><main><h1>Monitoring distributed systems</h1>" STORY_EN
	  "<section><h1>Why monitor</h1>" STORY_EN_P(1) STORY_EN_P(2)
	  STORY_EN_P(3) "</section><section><h1>Symptoms and causes</h1>"
	  STORY_EN_P(4) STORY_EN_P(5) STORY_EN_P(6) "</section><section>"
	  "<h1>Black box and white box</h1>" STORY_EN_P(7) STORY_EN_P(8)
	  STORY_EN_P(9) "</section><section><h1>The golden signals</h1>"
	  STORY_EN_P(10) STORY_EN_P(11) STORY_EN_P(12) "</section><section>"
	  "<h1>Tail latency</h1>" STORY_EN_P(13) STORY_EN_P(14)
	  STORY_EN_P(15) "</section></main></body></html>",
	  { { "Paragraph 1 tells", CONTENT },
	    { "Paragraph 8 tells", CONTENT },
	    { "Paragraph 15 tells", CONTENT } } },
	{ "a subtitle over a reporter's name and labelled dates",
	  "<html><head><title>라면·김 수출 날개…K푸드 상반기 수출 역대 최대"
	  "</title></head><body><div class=news_ttl_wrap><h2 class=news_ttl>"
	  "라면·김 수출 날개…K푸드 상반기 수출 역대 최대</h2><div><h3 class="
	  "news_ttl_sub>농식품 수출 52억달러, 작년보다 7.4% 늘어<br>미국·중동 "
	  "시장서 라면 판매 급증</h3></div><div><span>정다은 기자</span></div>"
	  "<div><dl><dt>입력 :</dt><dd>2024-07-04 14:21:00</dd></dl><dl><dt>"
	  "수정 :</dt><dd>2024-07-04 16:05:00</dd></dl></div></div><div "
	  "itemprop=articleBody>" STORY_EN "</div></body></html>",
	  { { "농식품 수출 52억달러", CONTENT },
	    { "미국·중동 시장서", CONTENT } } },
	{ "a subtitle set in the headline's own element",
	  "<html><head><title>В Подмосковье запустят первые беспилотные "
	  "трамваи: Общество: Lenta.ru</title><meta property=\"og:title\" "
	  "content=\"В Подмосковье запустят первые беспилотные трамваи\">"
	  "</head><body><div class=topic-body><h1><span>В Подмосковье "
	  "запустят первые беспилотные трамваи</span> <span>Пассажиров "
	  "начнут возить без водителя в кабине до конца года</span></h1>"
	  "<div class=topic-body__content>" STORY_EN "</div></div>"
	  "</body></html>",
	  { { "Пассажиров начнут возить", CONTENT } } },
	{ "subtitles in a list its class calls a footer, under the title",
	  "<html><head><title>Harbour bridge to close to cars next spring"
	  "</title></head><body><article><header><h1>Harbour bridge to "
	  "close to cars next spring</h1><ul class=\"footer\"><li><h2>"
	  "Engineers found the steel supports had corroded faster than "
	  "expected</h2></li><li><h2>A shuttle bus will link the two "
	  "districts while the works last</h2></li></ul><div class=\"byline"
	  "\">Laura Martin</div></header>" STORY_EN "</article><footer><p>"
	  "Contact us about anything at all.</p></footer></body></html>",
	  { { "Engineers found the steel", CONTENT },
	    { "A shuttle bus will link", CONTENT },
	    { "Contact us about anything", BOILER } } },
	{ "a standfirst that the page's description opens",
	  "<html><head><title>Harbour bridge to close to cars next spring"
	  "</title><meta property=\"og:description\" content=\"Three years "
	  "of works, a shuttle bus between districts\"></head><body><div "
	  "class=\"header\"><div class=\"info\">Local, 21 May 2024</div>"
	  "<h1>Harbour bridge to close to cars next spring</h1><div class=\""
	  "lead-x\">Three years of works, a shuttle bus between districts, "
	  "detours via Ring Road</div></div><div itemprop=\"articleBody\">"
	  STORY_EN "</div><footer><p>Contact us about anything at all.</p>"
	  "</footer></body></html>",
	  { { "Three years of works", CONTENT },
	    { "Local, 21 May", BOILER },
	    { "Contact us about anything", BOILER } } },
	{ "the story's paragraphs in an advert's box left open; ad copy",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div class=\"inline-ad\"><div class=\"ad-wrapper\"><span>"
	  "Advertisement</span><div id=\"gpt-1\"></div></div>"
	  "<p>The social fare stays as it is.</p><p>Pensioners, people on "
	  "benefits and students will go on paying less than half the "
	  "standard fare, the ministry said in a statement on Wednesday "
	  "evening, and the discount will be reviewed every six months by "
	  "the transport authority.</p>"
	  "</div><p>Opposition parties said the rise would hit "
	  "workers hardest, and promised to fight it in parliament.</p>"
	  "<div class=\"ad\"><span>Advertisement</span><p>Our agents are "
	  "small business owners too, so they know how to help.</p></div>"
	  "<p>The new fares take effect on the first of June.</p>"
	  STORY_EN_P(1) STORY_EN_P(2) STORY_EN_P(3) "</article></body></html>",
	  { { "The social fare stays", CONTENT },
	    { "Pensioners, people on", CONTENT },
	    { "Our agents are small", BOILER } } },
	{ "a short sentence between two adverts' boxes",
	  "<header>Home\nPolitics\nBusiness\n</header>\n<h1>Bridge to close\n"
	  "<div class=\"body\">\n" STORY_EN "<div class=\"banner\">"
	  "Advertisement</div>\n<div>The shuttle will be free for "
	  "pensioners.</div>\n<div class=\"banner\">Advertisement</div>\n"
	  "<p>Shop owners on the north side of the river said they feared "
	  "losing customers.\n</div>\n<footer>About us\nContact\n</footer>",
	  { { "The shuttle will be free", CONTENT },
	    { "Advertisement", BOILER },
	    { "About us", BOILER } } },
	{ "a Korean paper's dek, its class 'mid_title', past the date lines",
	  "<html><head><title>t</title></head><body><h1>t</h1><div "
	  "class=\"byline\">Kim Jisu</div><div class=\"time\"><span>입력 :"
	  "</span><span>2026-11-26 16:21:00</span></div><div class=\"time\">"
	  "<span>수정 :</span><span>2026-11-26 17:48:00</span></div><div "
	  "class=\"share\">공유하기</div><div class=\"mid_title\"><span>"
	  "공모가 1만8000원→종가 3만1320원</span><span>유료 구독자 42만명…"
	  "\"구독 경제 성장 기대 반영\"</span></div><div itemprop=\""
	  "articleBody\">" STORY_EN "</div></body></html>",
	  { { "공모가 1만8000원", CONTENT },
	    { "Kim Jisu", BOILER } } },
	{ "a thread's post that holds the article: the bot's summary is a "
	  "comment",
	  "<html><head><title>t</title></head><body><div id=\"main\"><h1>"
	  "Harbour bridge to close</h1><div class=\"post-body\">" STORY_EN
	  STORY_EN_P(1) STORY_EN_P(2) STORY_EN_P(3) STORY_EN_P(4)
	  STORY_EN_P(5) STORY_EN_P(6) STORY_EN_P(7) STORY_EN_P(8)
	  STORY_EN_P(9) STORY_EN_P(10) STORY_EN_P(11) STORY_EN_P(12)
	  "</div></div>" BOT_THREAD "</body></html>",
	  { { "The council voted to close", COMMENT },
	    { "Every single time", COMMENT },
	    { "Paragraph 6 tells", CONTENT } } },
	{ "a link's thread: the bot's summary is the article",
	  "<html><head><title>t</title></head><body><div id=\"main\"><h1>"
	  "Harbour bridge to close</h1></div>" BOT_THREAD "</body></html>",
	  { { "The council voted to close", CONTENT },
	    { "Every single time", COMMENT } } },
	{ "a subhead that names comments, among the story's paragraphs",
	  "<html><head><title>t</title></head><body><div class=\"article"
	  "-detail\"><h1>t</h1><div class=\"rich-text\">" STORY_EN
	  "<h3>Comments became a second product</h3><p>One surprise was how "
	  "much the readers' comments mattered: writers who opened them kept "
	  "more of their paying readers a year later, the founder said.</p>"
	  STORY_EN_P(1) STORY_EN_P(2) "</div></div></body></html>",
	  { { "One surprise was how", CONTENT },
	    { "Paragraph 2 tells", CONTENT } } },
	{ "a 'sidebar' with no link among the story's paragraphs: its facts",
	  "<html><head><title>t</title></head><body><article><h1>t</h1>"
	  STORY_EN "<aside class=\"ArticleSidebar\"><h4>Bridge closures at a "
	  "glance</h4><ul><li>About 1 in 8 river bridges in the county is "
	  "older than 80 years.</li><li>Repairs cost the council 4 million "
	  "a year on average.</li></ul></aside>" STORY_EN_P(1) STORY_EN_P(2)
	  "</article><aside class=\"sidebar\"><h4>Most read</h4><ul><li><a "
	  "href=\"/a\">Ferry fares rise again in the new year</a></li></ul>"
	  "</aside></body></html>",
	  { { "About 1 in 8 river", CONTENT },
	    { "Bridge closures at a glance", CONTENT },
	    { "Ferry fares rise", BOILER } } },
	{ "a summary box over the body; a description's standfirst that "
	  "names newsletters",
	  "<html><head><title>The newsletter rush is over</title><meta "
	  "property=\"og:description\" content=\"Writers left newsrooms for "
	  "paid email newsletters. Many are quietly returning.\"></head>"
	  "<body><h1>The newsletter rush is over</h1><h2>Writers left "
	  "newsrooms for paid email newsletters. Many are quietly returning"
	  "</h2><div class=\"byline\">By Ann Lee</div><div class=\""
	  "b_main-facts\"><h3>Key facts</h3><ul><li>The bridge carries 40,000 "
	  "cars a day across the river</li><li>Repairs will take three years "
	  "and cost 12 million</li></ul></div><div itemprop=\"articleBody\">"
	  STORY_EN "</div></body></html>",
	  { { "Writers left newsrooms", CONTENT },
	    { "The bridge carries 40,000", CONTENT },
	    { "By Ann Lee", BOILER } } },
	{ "a subhead over a paragraph a phrase took for a bio",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<h2 class=\"subhead\">Counties Renew Anyway</h2>"
	  "<p>Despite the lawsuits, most counties that contract with the "
	  "firm have renewed. Budget records show its bids often come in "
	  "lower than those of competitors. Commissioners in two counties "
	  "said they were not aware of the metric until contacted by "
	  "reporters.</p>" STORY_EN_P(1) STORY_EN_P(2) "</article>"
	  "</body></html>",
	  { { "Counties Renew Anyway", CONTENT },
	    { "Despite the lawsuits", CONTENT } } },
	{ "an id for comments' content on the story's content",
	  "<html><head><title>t</title></head><body>"
	  "<div class=\"content all-txt\" id=\"cmtContent\">" STORY_EN
	  "</div><div class=\"cmt-list\"><div class=\"cmt-item\"><p>I "
	  "have read this twice and still think the council got it wrong, "
	  "as it always does.</p></div></div></body></html>",
	  { { "The city council voted", CONTENT },
	    { "I have read this twice", COMMENT } } },
	{ "navigation and a sidebar around an article",
	  "<html><head><title>t</title></head><body>"
	  "<nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a>"
	  "</li></ul></nav><div class=\"sidebar\"><p>Our most popular story "
	  "of the week is about something else entirely and goes on at "
	  "length, as sidebars do, to lure the reader away.</p></div>"
	  "<article>" STORY_EN "</article>"
	  "<footer><p>Contact us about anything at all.</p></footer>"
	  "</body></html>",
	  { { "The city council voted", CONTENT },
	    { "Home", BOILER },
	    { "Our most popular story", BOILER },
	    { "Contact us about", BOILER } } },
	{ "a menu's teasers outweigh a short story marked elsewhere",
	  "<html><head><title>t</title></head><body><div id=\"wrap\">"
	  "<nav aria-label=\"primary\"><ul><li><a href=/a>About</a><ul>"
	  "<li><figure><figcaption>With three campuses and hundreds of "
	  "scientists, the institute is equipped to tackle the pressing "
	  "challenges facing the coast through research and "
	  "teaching.</figcaption></figure></li></ul></li>"
	  "<li><a href=/r>Research</a><ul><li><figure><figcaption>Marsh "
	  "crabs are disrupting the cycling of carbon in salt marshes "
	  "along the coast, according to a study led by the "
	  "institute's scientists.</figcaption></figure></li></ul></li>"
	  "<li><a href=/s>Students</a><ul><li><figure><figcaption>The new "
	  "scholars programme will pay full tuition for students of the "
	  "coastal sciences degree from next autumn onwards, the dean "
	  "said.</figcaption></figure></li></ul></li></ul></nav>"
	  "<main id=\"main-content\"><h2>Course catalogue released</h2>"
	  "<p>The club has released the fifth edition of its catalogue of "
	  "free online courses, with over 150 courses from universities "
	  "around the world.</p><p>Every course in the catalogue is free "
	  "to audit, and students and teachers alike can explore core "
	  "topics in statistics, programming and machine learning with "
	  "direct links and clear instructions.</p></main></div>"
	  "</body></html>",
	  { { "The club has released", CONTENT },
	    { "Marsh crabs are", BOILER },
	    { "The new scholars", BOILER } } },
	{ "a story's next box, past an inline teaser and a signup box, "
	  "is the story's, its subhead too",
	  "<html><head><title>t</title></head><body><article>"
	  "<h1>Council closes the harbour bridge</h1>"
	  "<div class=\"paragraph\" itemprop=\"articleBody\">" STORY_EN
	  "</div><div class=\"ad-mid\"><span>Advertisement</span></div>"
	  "<div class=\"paragraph\"><p>The engineers said that the "
	  "corrosion had spread to the main cables as well, and that the "
	  "repairs would take at least three years to finish.</p>"
	  "<div class=\"more-inline\"><span>More</span> <a href=/x>Ferry "
	  "fares rise for the third time this year as demand grows</a>"
	  "</div><h2>Shops fear the worst</h2><p>Traders on the north "
	  "bank said that they expected to lose a fifth of their customers "
	  "while the bridge stayed shut to cars and lorries.</p>"
	  "<div class=\"subscribe\">Get the harbour newsletter every "
	  "morning, free</div><p>The council said that it would review the "
	  "shuttle timetable after the first month of the works.</p>"
	  "</div></article></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Shops fear the worst", CONTENT },
	    { "Traders on the north bank", CONTENT },
	    { "The council said that it would review", CONTENT },
	    { "Get the harbour newsletter", BOILER } } },
	{ "a table the story titles past a teaser is its data, though a "
	  "header says \"% change\"",
	  "<html><head><title>t</title></head><body><article>"
	  "<div itemprop=\"articleBody\">" STORY_EN
	  "<p>Coal handling fell the most, by 18 per cent to 31.2 million "
	  "tonnes, the port authority said on Tuesday.</p>"
	  "<p>Read also: <a href=/c>Coal exports through the northern ports "
	  "fall to a ten-year low</a></p><p><b>Figures by port</b></p>"
	  "<table><tr><td>Port</td><td>Million tonnes</td>"
	  "<td>% change</td></tr><tr><td>Northgate</td><td>80.1</td>"
	  "<td>-6.2%</td></tr><tr><td>Eastbay</td><td>41.3</td>"
	  "<td>-2.9%</td></tr></table><p>The authority expects the volumes "
	  "to recover next year once the new grain terminal opens.</p>"
	  "</div></article></body></html>",
	  { { "Northgate", CONTENT },
	    { "Eastbay", CONTENT },
	    { "-6.2%", CONTENT } } },
	{ "a cell that repeats another in the story's table is its data",
	  "<html><head><title>t</title></head><body><article>"
	  "<div itemprop=\"articleBody\">" STORY_EN
	  "<blockquote><p>Rail services suspended on the harbour line."
	  "</p>&mdash; City Rail (<a href=/r>@cityrail</a>) <a href=/s>"
	  "July 16, 2025</a></blockquote>"
	  "<p>Rainfall recorded in 24 hours (till 8.30am)</p>"
	  "<table><tr><th>Station</th><th>mm</th><th>Category</th></tr>"
	  "<tr><td>Northgate</td><td>231</td><td>Extremely heavy</td></tr>"
	  "<tr><td>Eastbay</td><td>203</td><td>Very heavy</td></tr>"
	  "<tr><td>Westmoor</td><td>227</td><td>Extremely heavy</td></tr>"
	  "</table><p>The weather office expects the rain to ease by the "
	  "weekend, though the warning stays in place until Friday.</p>"
	  "</div></article></body></html>",
	  { { "Westmoor", CONTENT },
	    { AGAIN "Extremely heavy", CONTENT } } },
	{ "the story's subhead over a player the page names is the story's",
	  "<html><head><title>t</title></head><body><article>"
	  "<div itemprop=\"articleBody\">" STORY_EN
	  "<h2>Part of a larger programme</h2>"
	  "<div class=\"c-video-player\"><button>Play video</button>"
	  "<span>01:47</span><span>Commuters react to the closure of the "
	  "bridge</span></div><p>The repairs are part of a programme that "
	  "will renew 41 of the city's busiest bridges by the end of the "
	  "decade, the council said.</p></div></article></body></html>",
	  { { "Part of a larger programme", CONTENT },
	    { "The repairs are part", CONTENT } } },
	{ "a table's cells in the story are its data, whatever they say",
	  "<html><head><title>t</title></head><body>"
	  "<div class=\"article-body\">" STORY_EN
	  "<p>The plans compare as follows:</p><table>"
	  "<tr><th>Plan</th><th>Price</th><th>Advertising</th>"
	  "<th>Download</th></tr>"
	  "<tr><td>Basic</td><td>$4.99</td><td>Yes</td><td>No</td></tr>"
	  "</table></div></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Advertising", CONTENT },
	    { "Download", CONTENT } } },
	{ "a list under a heading that names the story's points, over it",
	  "<html><head><title>Harbour bridge to close</title></head><body>"
	  "<h1>Harbour bridge to close</h1><div class=\"byline\">Press "
	  "Trust | Updated: March 12</div><div class=\"hl\"><h3>Highlights"
	  "</h3><ul><li>Nearly 640 km of old pipelines to be replaced in "
	  "four years</li><li>Civic body says 32 per cent of treated water "
	  "is lost to leaks</li></ul></div>"
	  "<div id=\"storybody\" itemprop=\"articleBody\">" STORY_EN
	  STORY_EN_MORE "</div></body></html>",
	  { { "Nearly 640 km", CONTENT },
	    { "Civic body says", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a story's body split in two boxes named alike, one its "
	  "articleBody, is one story",
	  "<html><head><title>t</title></head><body><div class=\"share\">"
	  "<a href=/f>Share</a></div><div class=\"article-body prose\" "
	  "itemprop=\"articleBody\"><p>Ten dams stood at 28.4 percent on "
	  "Monday, the water authority's data showed.</p></div><div class="
	  "\"ad\">Reklam</div><div class=\"article-body prose\">"
	  STORY_EN STORY_EN_MORE STORY_EN_P(3) "</div></body></html>",
	  { { "Ten dams stood", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "the story's subhead over a player's bare length is the story's",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<h2>Tariffs add to the bill</h2><div class=\"player\"><span>3:12"
	  "</span><p>Craft beer boom in jeopardy? Brewers sound the alarm</p>"
	  "</div>" STORY_EN_P(4) STORY_EN_P(5) "</article></body></html>",
	  { { "Tariffs add to the bill", CONTENT },
	    { "Paragraph 4 tells", CONTENT } } },
	{ "an <aside> in the story holding a video is the page's",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<aside aria-label=\"Video\"><div>2:04</div><div>Why some schools "
	  "are only open four days a week</div></aside>" STORY_EN_P(3)
	  STORY_EN_P(4) "</article></body></html>",
	  { { "Why some schools", BOILER },
	    { "Paragraph 4 tells", CONTENT } } },
	{ "a heading in title case in the story's meta box is no signature",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div class=\"article-meta\"><p>Topics In This Article</p><ul>"
	  "<li><a href=/t/g>gig economy</a></li><li><a href=/t/l>labor</a>"
	  "</li></ul></div></article></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Topics In This Article", BOILER } } },
	{ "a table titled with its units ('…, тыс. шт.') is the story's",
	  "<html><head><title>t</title></head><body><div itemprop="
	  "\"articleBody\"><p>По данным аналитического агентства, в июне в "
	  "России было продано 96,4 тыс. новых легковых автомобилей, на 18% "
	  "меньше, чем годом ранее.</p><p><b>Продажи новых легковых "
	  "автомобилей по маркам, тыс. шт.</b></p><table><thead><tr><th>Марка"
	  "</th><th>Июнь 2026</th><th>Изменение</th></tr></thead><tbody><tr>"
	  "<td>Lada</td><td>31,2</td><td>−12%</td></tr><tr><td>Haval</td>"
	  "<td>12,8</td><td>−9%</td></tr></tbody></table></div></body></html>",
	  { { "Марка", CONTENT },
	    { "Изменение", CONTENT },
	    { "Haval", CONTENT } } },
	{ "the headline at length where the title is cut short, its points",
	  "<html><head><title>Harbour bridge to close after cracks found | "
	  "Daily Post</title></head><body><div class=\"nav\"><a href=/>Home"
	  "</a></div><h2>Harbour bridge to close to cars next spring after "
	  "engineers say cracks were found in its beams</h2><ul>"
	  "<li>The council voted on Tuesday to shut the bridge to cars</li>"
	  "<li>Engineers found cracks in two of its steel beams in March</li>"
	  "<li>Cyclists and walkers will still be able to cross it</li></ul>"
	  "<div itemprop=\"articleBody\">" STORY_EN STORY_EN_MORE "</div>"
	  "</body></html>",
	  { { "Harbour bridge to close to cars", BOILER },
	    { "The council voted on Tuesday to shut", CONTENT },
	    { "Cyclists and walkers", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a button left open (its <div> unclosed) hides not the page",
	  "<html><head><title>t</title></head><body><header><div>"
	  "<button aria-label=\"Menu\">Menu<div></button></div></header>"
	  "<article>" STORY_EN "</article></body></html>",
	  { { "The city council voted", CONTENT } } },
	{ "a line over the story's points, beside its body, is theirs",
	  "<html><head><title>t</title></head><body>"
	  "<div class=\"share-btns\"><a href=/f>Share on Facebook</a></div>"
	  "<article id=\"view\"><div class=\"key-takeaways\"><strong>"
	  "Key takeaways</strong><ul><li>The council will close the old "
	  "harbour bridge to cars from next spring, after an inspection."
	  "</li><li>Engineers found cracks in two of its steel beams during "
	  "a routine check in March.</li></ul></div>"
	  "<article itemprop=\"articleBody\">" STORY_EN STORY_EN_MORE
	  "</article></article></body></html>",
	  { { "Key takeaways", CONTENT },
	    { "Engineers found cracks", CONTENT },
	    { "The city council voted", CONTENT },
	    { "Share on Facebook", BOILER } } },
	{ "the story's table in a layout table's next box, led in to",
	  "<html><head><title>t</title></head><body><table><tr>"
	  "<td><a href=/>首页</a> | <a href=/n>新闻</a></td></tr><tr><td>"
	  "<table><tr><td>一、培养目标：培养德、智、体全面发展的高级专门人才，"
	  "能够独立从事科学研究工作并取得创造性成果。<br>二、报考条件：拥护"
	  "宪法，愿意为社会主义现代化建设服务，遵纪守法，品德良好。<br>三、"
	  "收费标准：我院为科研单位，所收博士生应提供课题培养费，每人每年"
	  "12000元。<br>四、报名日期：2003年11月1日至12月15日，报名地点在"
	  "研究生部招生办公室。<br>附：招生专业及考试科目<p></p></td></tr>"
	  "</table>\343\200\200<table border=1><tr><td>"
	  "<div align=center><strong>专业名称</strong></div></td><td><div "
	  "align=center><strong>指导教师</strong></div></td></tr><tr><td>"
	  "<div>01艺术学原理</div></td><td>刘梦溪</td></tr></table></td></tr>"
	  "</table></body></html>",
	  { { "一、培养目标", CONTENT },
	    { "附：招生专业", CONTENT },
	    { "专业名称", CONTENT },
	    { "01艺术学原理", CONTENT },
	    { "刘梦溪", CONTENT },
	    { "首页", BOILER } } },
	{ "the story's body in a box named for its topics is no tags' box",
	  "<html><head><title>t</title></head><body>"
	  "<div id=\"topics\"><div class=\"postBody\">"
	  "<h2>Background</h2>" STORY_EN "</div></div></body></html>",
	  { { "Background", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a quote widget nested in a page laid out in a table hides itself",
	  "<html><head><title>t</title></head><body><table><tr>"
	  "<td>Today's news</td></tr><tr><td>"
	  "<p>The city council voted on Tuesday to raise the fee for "
	  "parking downtown, and the mayor said the money would go to "
	  "repairing roads.</p></td><td><table><tr><td>Name</td>"
	  "<td>Last price</td><td>% change</td></tr><tr><td>ACME</td>"
	  "<td>12.40</td><td>+0.3%</td></tr></table></td></tr></table>"
	  "</body></html>",
	  { { "The city council voted", CONTENT },
	    { "ACME", BOILER } } },
	{ "an aria-label of a few words names a box",
	  "<html><head><title>t</title></head><body>"
	  "<div class=\"x7\">" STORY_EN
	  "<div aria-label=\"Related stories\"><p>Residents of the east "
	  "side will get a new library branch next spring, the county "
	  "said in a statement on Friday.</p></div></div>"
	  "</body></html>",
	  { { "The city council voted", CONTENT },
	    { "Residents of the east side will get", BOILER } } },
	{ "a body class that names a sidebar hides nothing",
	  "<html><head><title>t</title></head>"
	  "<body class=\"has-sidebar\"><div class=\"with-sidebar\">"
	  STORY_EN "</div></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "the story's last short sentence stays",
	  "<html><head><title>t</title></head><body>"
	  "<div class=\"article-body\">" STORY_ZH
	  "<p>俄方表示没有签署任何协议。</p>"
	  "<p>（实习生王金茹对此文亦有贡献）</p></div>"
	  "<div class=\"related\"><h3>相关阅读</h3><ul><li><a href=1>"
	  "另一条新闻的标题</a></li><li><a href=2>还有一条新闻</a></li>"
	  "</ul></div></body></html>",
	  { { "俄方表示没有签署任何协议。", CONTENT },
	    { "（实习生王金茹对此文亦有贡献）", CONTENT },
	    { "相关阅读", BOILER },
	    { "另一条新闻的标题", BOILER } } },
	{ "the story opened in a modal over a list of stories is the story",
	  "<html><head><title>Harbour bridge to close to cars</title>"
	  "</head><body><div class=\"stream\"><ul>"
	  "<li><h3><a href=1>Harbour bridge to close to cars</a></h3>"
	  "<p>The council voted to close the old bridge, and shop owners "
	  "fear for their trade on the north side of the river.</p></li>"
	  "<li><h3><a href=2>Ferry fares rise again</a></h3><p>Passengers "
	  "will pay more from May, the operator said in a statement on "
	  "its website, citing the price of fuel.</p></li>"
	  "<li><h3><a href=3>School roof repairs finished</a></h3><p>Pupils "
	  "returned to their classrooms on Monday after builders finished "
	  "the repairs two weeks ahead of the schedule.</p></li>"
	  "<li><h3><a href=4>Library opens on Sundays</a></h3><p>The central "
	  "library will open on Sunday afternoons from next month, the "
	  "council said, after a petition signed by readers.</p></li>"
	  "<li><h3><a href=5>Market traders win appeal</a></h3><p>A judge "
	  "ruled that the council had not consulted the traders before it "
	  "raised the rents of their stalls last year.</p></li>"
	  "<li><h3><a href=6>Night buses return</a></h3><p>Two night bus "
	  "routes will run again from Friday, after the operator hired "
	  "enough drivers to staff them through the winter.</p></li>"
	  "</ul></div>"
	  "<div id=\"modal\"><div class=\"modal\"><article><header><h1>"
	  "Harbour bridge to close to cars</h1></header>" STORY_EN
	  "</article></div></div></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Shop owners on the north side", CONTENT },
	    { "Ferry fares rise again", BOILER } } },
	{ "a standfirst whose hidden copy came first stays under the title",
	  "<html><head><title>Harbour bridge to close to cars</title>"
	  "</head><body><nav><a href=/>Home</a> <a href=/n>News</a></nav>"
	  "<div class=\"hidden\"><p>Harbour bridge to close to cars</p>"
	  "<p>Engineers found the steel supports corroded faster than "
	  "expected.</p></div><article><h1>Harbour bridge to close to "
	  "cars</h1><div class=\"article-body\"><h2>Engineers found the "
	  "steel supports corroded faster than expected.</h2>" STORY_EN
	  "<h2>Harbour bridge to close to cars</h2><p>Filed in the city "
	  "section.</p></div></article></body></html>",
	  { { AGAIN "Engineers found the steel", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a subhead that opens the story's part after an advert stays",
	  "<html><head><title>t</title></head><body><div class=\"main\">"
	  "<div id=\"articleBox\">" STORY_ZH "</div>"
	  "<div id=\"ad\"><p>广告</p></div><div class=\"part\">"
	  "<p><strong>海外业务成为新的增长点</strong></p>" STORY_ZH2
	  "</div></div></body></html>",
	  { { "据新华社报道", CONTENT },
	    { "海外业务成为新的增长点", CONTENT },
	    { "值得注意的是", CONTENT } } },
	{ "a video's title beside its player's iframe is the player's",
	  "<html><head><title>t</title></head><body><div class=\"story\">"
	  "<div><div><div style=\"padding-top:56%\"><iframe src=\"https://"
	  "players.brightcove.net/1/default/index.html?videoId=2\">"
	  "</iframe></div><div>Footage shows the old bridge closing to "
	  "traffic</div></div></div>" STORY_EN "</div></body></html>",
	  { { "Footage shows the old bridge", BOILER },
	    { "The city council voted", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "an app's call in brackets after the story is no reporter's line",
	  "<html><head><title>t</title></head><body>"
	  "<div class=\"article-body\">" STORY_ZH
	  "<p>（实习生王金茹对此文亦有贡献）</p>"
	  "<p>（下载港口新闻，报料有奖！）</p></div></body></html>",
	  { { "（实习生王金茹对此文亦有贡献）", CONTENT },
	    { "（下载港口新闻，报料有奖！）", BOILER } } },
	{ "an editor's line is the desk's, a sentence after it stays",
	  "<html><head><title>t</title></head><body><article>" STORY_ZH
	  "<p>责任编辑：张三</p><p>外交部发言人拒绝评论。</p>"
	  "</article></body></html>",
	  { { "责任编辑：张三", BOILER },
	    { "外交部发言人拒绝评论。", CONTENT } } },
	{ "a comment section named by its class",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "</article><div id=\"comments\"><h3>3 Comments</h3>"
	  "<div class=\"comment\"><p>I think the council is quite right "
	  "to close the bridge before somebody gets hurt.</p></div>"
	  "<div class=\"comment\"><p>What about the people who work on the "
	  "other side of the river every day?</p></div></div>"
	  "</body></html>",
	  { { "The city council voted", CONTENT },
	    { "I think the council is quite right", COMMENT },
	    { "What about the people", COMMENT },
	    { "3 Comments", BOILER } } },
	{ "a subhead over a teaser's link inside the story",
	  "<html><head><title>t</title></head><body><div class=\"main\">"
	  STORY_ZH "<p><strong>海外市场成了新的增长点</strong></p>"
	  "<div class=\"zqtg\"><p>\u3000\u3000<a href=\"/x\">龙虎榜解读：机构资金"
	  "最新动向一览，这些板块获主力抢筹</a></p></div>" STORY_ZH2
	  "</div></body></html>",
	  { { "海外市场成了新的增长点", CONTENT },
	    { "\u3000\u3000龙虎榜解读", BOILER } } },
	{ "a call in an item of the story's list is the story's",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<h2>What residents need to do</h2><ul><li>Move cars off the "
	  "bridge ramps by Friday night</li><li>Sign up for the shuttle "
	  "bus at the town hall</li><li>Expect the north road to close "
	  "for three weekends</li></ul><p>The council will publish the "
	  "shuttle timetable next week, and the bus will run every ten "
	  "minutes at peak times, a spokesman said.</p></article>"
	  "</body></html>",
	  { { "Move cars off the", CONTENT },
	    { "Sign up for the shuttle", CONTENT },
	    { "Expect the north road", CONTENT } } },
	{ "the standfirst the page gives as its description",
	  "<html><head><title>t</title><meta property=\"og:description\" "
	  "content=\"Engineers found the supports had corroded faster than "
	  "expected\"></head><body><nav><a href=/a>News</a> <a href=/b>"
	  "Sport</a></nav><h1>Harbour bridge to close</h1><div class=\"x1\">"
	  "Engineers found the supports had corroded faster than expected"
	  "</div><div itemprop=\"articleBody\">" STORY_EN "</div>"
	  "</body></html>",
	  { { "Engineers found the supports", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a box of the story's key points opens it",
	  "<html><head><title>t</title></head><body><div itemprop="
	  "\"articleBody\"><aside class=\"KeyPoints_root__JO4U6\"><h2>Key "
	  "points:</h2><ul><li><p>The bridge closes to cars next spring</p>"
	  "</li><li><p>A shuttle bus will run for three years</p></li></ul>"
	  "</aside>" STORY_EN "</div></body></html>",
	  { { "The bridge closes to cars", CONTENT },
	    { "A shuttle bus will run", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a related heading after the story is no reporter's name",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div data-component=\"tag-list\"><div><h2>Related Topics</h2>"
	  "</div><ul><li><a href=/t/1>Harbour Council</a></li><li><a "
	  "href=/t/2>Bridges</a></li></ul></div></article>"
	  "</body></html>",
	  { { "The city council voted", CONTENT },
	    { "Related Topics", BOILER } } },
	{ "a reporter's bio in an author box after the story",
	  "<html><head><title>t</title></head><body><article>" STORY_ZH
	  "<div class=\"author\"><a href=/u>韩卿</a><p>港口日报"
	  "经济频道记者，关注航运与物流产业链，欢迎交流。</p><span>312文章数"
	  "</span></div></article></body></html>",
	  { { "港口日报经济频道记者", BOILER } } },
	{ "a comment section named by its data-area or a German id",
	  "<html><head><title>t</title></head><body><div>" STORY_EN
	  "</div><section id=\"Diskussion\"><h3>Diskussion (2)</h3>"
	  "<div data-area=\"comment\"><span>leser42</span><div>Die "
	  "Brücke war seit Jahren ein Risiko, gut dass endlich "
	  "jemand entscheidet.</div></div></section><section "
	  "data-area=\"comments\"><div><span>anna_k</span><div>Und wer "
	  "bezahlt die Umleitung für die Busse am Ende?"
	  "</div></div></section></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Die Brücke war seit Jahren", COMMENT },
	    { "Und wer bezahlt die Umleitung", COMMENT } } },
	{ "a comment section named only by its heading",
	  "<html><head><title>t</title></head><body><div>"
	  STORY_EN "<div><h4>Kommentare</h4><div><div>leser42</div>"
	  "<div>Das ist eine gute Entscheidung, die Brücke war wirklich "
	  "gefährlich geworden.</div></div></div></div></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Das ist eine gute Entscheidung", COMMENT } } },
	{ "Korean comments after 댓글",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"article-body\"><p>정부는 화요일 오래된 항구 다리를 내년 봄부터 "
	  "차량 통행을 금지하기로 결정했다고 밝혔다. 기술자들은 다리의 철제 "
	  "지지대가 예상보다 빨리 부식된 것을 발견했다.</p><p>시장은 이번 "
	  "결정이 쉽지 않았다며 공사 기간 동안 두 지역을 오가는 셔틀버스를 "
	  "운행하겠다고 말했다.</p></div></article><section class=\"cmt\">"
	  "<h3>댓글</h3><ul><li><p>정말 잘된 결정이라고 생각합니다. 다리가 너무 "
	  "위험했어요.</p></li><li><p>다른 쪽에 사는 사람들은 어떻게 출근하나요?"
	  "</p></li></ul></section></body></html>",
	  { { "정부는 화요일", CONTENT },
	    { "정말 잘된 결정이라고", COMMENT },
	    { "댓글", BOILER } } },
	{ "an inline 'read also' line in the story goes alone",
	  "<html><head><title>t</title></head><body><article>"
	  "<p>Правительство во вторник объявило о закрытии старого моста "
	  "для автомобилей с будущей весны, после того как инженеры "
	  "обнаружили коррозию его стальных опор.</p>"
	  "<p><a href=/x>Читайте также: Мэр рассказал о планах на лето</a>"
	  "</p><p>Мэр заявил, что решение далось нелегко, и что город "
	  "оплатит автобус между двумя районами на всё время работ.</p>"
	  "</article></body></html>",
	  { { "Правительство во вторник", CONTENT },
	    { "Читайте также", BOILER },
	    { "Мэр заявил", CONTENT } } },
	{ "cards of other stories under a heading no class names",
	  "<html><head><title>t</title></head><body><article><div>"
	  STORY_EN "<section><div><h2>More from The Courier</h2>"
	  "<div><div><h2><a href=/a>Rail strike ends after nine days</a>"
	  "</h2><p>Unions and the operator agreed a new pay deal late on "
	  "Sunday night.</p><p><a href=/p>Jane Roe</a></p></div>"
	  "<div><h2><a href=/b>Why the ferry timetable keeps changing</a>"
	  "</h2><p>The operator blames a shortage of crew and old ships."
	  "</p><p><a href=/q>John Doe</a></p></div></div></div></section>"
	  "</div></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "More from The Courier", BOILER },
	    { "Unions and the operator agreed", BOILER },
	    { "The operator blames a shortage", BOILER } } },
	{ "a channel's other posts, cards with view counts and no links",
	  "<html><head><title>t</title></head><body><main><div>"
	  STORY_EN "<div>18.2K views 10:40</div></div><div>"
	  "<h3>Other posts from the channel</h3><div><div>Why the old mill "
	  "finally found a buyer</div><div>After fifteen years of empty "
	  "promises a local firm says the money is there.</div><div>23.8K "
	  "00:01</div></div><div><div>Night shift at the busiest hospital"
	  "</div><div>Nurses describe twelve-hour shifts and corridors full "
	  "of beds.</div><div>19.3K 15:00</div></div></div></main></body>"
	  "</html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "After fifteen years of empty", BOILER },
	    { "Nurses describe twelve-hour", BOILER } } },
	{ "a heading of other stories in the story's own element heads "
	  "nothing",
	  "<html><head><title>t</title></head><body><article>"
	  "<div class=\"article-body\">" STORY_EN
	  "<h4>Also of interest</h4><div><a href=/x>A teaser of another "
	  "story</a></div><h3>What comes next</h3><p>Engineers will "
	  "inspect the bridge again in March, and the council will publish "
	  "their report.</p><p>Work on the new crossing starts next year.</p>"
	  "</div></article></body></html>",
	  { { "A teaser of another story", BOILER },
	    { "Engineers will inspect the bridge", CONTENT },
	    { "Work on the new crossing starts", CONTENT } } },
	{ "a fact box in the story stays, a sign-up box in it goes",
	  "<html><head><title>t</title></head><body><article><p>The city "
	  "council voted on Tuesday to close the old harbour bridge to cars "
	  "from next spring, after engineers found corrosion.</p>"
	  "<aside><h4>The bridge</h4><p>Opened in 1931, it carries about "
	  "14,000 cars a day and was last repaired in 1988.</p></aside>"
	  "<p>The mayor said the decision had not been easy, and that the "
	  "council would pay for a shuttle bus for as long as the works "
	  "lasted.</p><aside><p>Sign up to our morning briefing and get the "
	  "news in your inbox.</p><p>Enter your email address</p></aside>"
	  "<p>Shop owners on the north side of the river said they feared "
	  "losing customers, and asked the council to reconsider.</p>"
	  "</article></body></html>",
	  { { "Opened in 1931, it carries", CONTENT },
	    { "The bridge", CONTENT },
	    { "Sign up to our morning", BOILER },
	    { "Shop owners on the north", CONTENT } } },
	{ "a dek under the title in the story's element stays",
	  "<html><head><title>t</title></head><body><main>"
	  "<h1>公共自行車電輔車上路　交通局訂時速上限</h1>"
	  "<p>首波投入1,500輛，配合自行車道擴建，預計年底前完成</p>"
	  "<div>記者蔡宜庭／台中報導 · 2025/01/15 10:20</div>"
	  STORY_ZH "</main></body></html>",
	  { { "首波投入1,500輛", CONTENT },
	    { "据新华社报道", CONTENT } } },
	{ "a hidden element, and a page that hides most of its text",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div hidden><p>This text is hidden from every reader of the "
	  "page and should stay hidden here too, all of it.</p></div>"
	  "</article></body></html>",
	  { { "The city council voted", CONTENT },
	    { "This text is hidden", BOILER } } },
	{ "a paywalled story hidden until a script shows it",
	  "<html><head><title>t</title></head><body><article>"
	  "<div style=\"display:none\" class=\"paywall\">" STORY_EN
	  "</div></article></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "a <p> that swallows a <section>, and captions",
	  "<html><head><title>t</title></head><body><article><p>"
	  "<section>" STORY_EN "</section></p><figure><img src=x>"
	  "<figcaption>The bridge at dawn. Photo: A. Smith</figcaption>"
	  "</figure></article></body></html>",
	  { { "The city council voted", CONTENT },
	    { "The bridge at dawn", BOILER } } },
	{ "an articleBody marker on a teaser gives way",
	  "<html><head><title>t</title></head><body>"
	  "<div itemprop=\"articleBody\"><p>Short teaser.</p></div>"
	  "<div class=\"main-col\">" STORY_EN "</div></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "a table of share prices above the story",
	  "<html><head><title>t</title></head><body><h1>t2</h1><div "
	  "class=\"article-body\"><table><tr><th>名称</th><th>最新价</th>"
	  "<th>涨跌幅</th></tr><tr><td>晶澜新能</td><td>8.46</td><td>-3.53%"
	  "</td></tr></table><p>行情数据来源：新浪财经 实时行情请以交易所为准"
	  "</p>" STORY_ZH "</div></body></html>",
	  { { "最新价", BOILER },
	    { "-3.53%", BOILER },
	    { "行情数据来源", BOILER },
	    { "据新华社报道", CONTENT } } },
	{ "a standfirst between the title and the story",
	  "<html><head><title>Bridge to close</title></head><body>"
	  "<header><h1>Bridge to close</h1><p>The council says the works "
	  "will take three years.</p></header><div class=\"story-body\">"
	  STORY_EN "</div><aside><p>Most read today: a story about "
	  "something else that is long enough to be prose.</p></aside>"
	  "</body></html>",
	  { { "The council says the works", CONTENT },
	    { "The city council voted", CONTENT },
	    { "Most read today", BOILER } } },
	{ "a live page's key points under the title, without names",
	  "<html><head><title>Storm shuts rail lines</title></head><body>"
	  "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>"
	  "Sport</a></nav><div><div><span>LIVE</span><h1>Storm shuts rail "
	  "lines</h1></div><div><p>Edited by Priya Nair</p></div><section>"
	  "<h2>Summary</h2><ul><li>The storm has brought gusts of up to "
	  "93mph to the northern coast overnight, the forecasters say</li>"
	  "<li>About 40,000 homes across the north are without power this "
	  "evening</li><li>All trains between the two cities are cancelled "
	  "until at least six</li></ul></section><div><h3>Watch</h3><ul>"
	  "<li>Giant waves hit the coast</li><li>Drone footage of the "
	  "fields</li></ul></div><ol><li><article><h3>Bridge closes</h3>"
	  STORY_EN "</article></li><li><article><h3>Rail line shut</h3>"
	  "<p>A spokesman for the rail operator said buses would replace "
	  "trains on the coastal line, and that passengers should check "
	  "before they travel tonight.</p></article></li></ol></div>"
	  "</body></html>",
	  { { "About 40,000 homes across", CONTENT },
	    { "All trains between the two", CONTENT },
	    { "Giant waves hit the coast", BOILER },
	    { "A spokesman for the rail", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "the rest of a story behind a 'read more' button stays",
	  "<html><head><title>Growers switch off the lights</title></head>"
	  "<body><nav><a href=/>Home</a> <a href=/n>News</a></nav>"
	  "<div class=\"article-wrap\"><h1>Growers switch off the lights"
	  "</h1><div class=\"body\" data-testid=\"article-body\">"
	  STORY_EN "<div class=\"read-more-wrapper\"><button>Story "
	  "continues</button></div><div class=\"read-more\"><p>Some growers "
	  "have invested heavily in heat pumps since the last crisis, but "
	  "most remain dependent on gas for part of the year.</p><p>A rose "
	  "grower said he would leave two of his five glasshouses dark "
	  "until the spring, and pay his staff to do repairs instead.</p>"
	  "<p>The auction house said it expected a lower supply of roses "
	  "over the winter, which imports could partly make up for.</p>"
	  "</div></div><div class=\"related\"><h3>More from Reuters</h3>"
	  "<ul><li><a href=/a>Gas prices jump as outages tighten supply"
	  "</a></li><li><a href=/b>Flower exports hit a record as buyers "
	  "look further afield</a></li></ul></div></div></body></html>",
	  { { "Some growers have invested", CONTENT },
	    { "The auction house said", CONTENT },
	    { "Gas prices jump as", BOILER },
	    { "The city council voted", CONTENT } } },
	{ "a tabloid's points under its headline, over a share bar",
	  "<html><head><title>Seaside lido to close for good</title></head>"
	  "<body><nav class=\"nav\"><a href=/>Home</a> <a href=/n>News</a>"
	  "</nav><div id=\"content\"><h1>Seaside lido to close for good"
	  "</h1><ul class=\"mol-bullets\"><li>The lido opened in 1936 and "
	  "drew 41,000 swimmers last summer</li><li>Engineers found cracks "
	  "in the basin and a failing filter plant</li></ul><p class="
	  "\"byline\">By <a href=/a>OLIVIA PRENTICE</a></p><p class=\"date"
	  "\">Published: 21:43 GMT, 4 March 2025</p><ul class=\"social\">"
	  "<li><a href=/f>Facebook</a></li><li><a href=/x>X</a></li><li>"
	  "<a href=/p>Flipboard</a></li><li><a href=/e>Email</a></li><li>"
	  "1.2k shares</li></ul><div itemprop=\"articleBody\">" STORY_EN
	  "</div></div></body></html>",
	  { { "The lido opened in 1936", CONTENT },
	    { "Engineers found cracks in", CONTENT },
	    { "Flipboard", BOILER },
	    { "The city council voted", CONTENT } } },
	{ "a syndicated story's pointer to its original",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>She said she had read the original article on the plan twice."
	  "</p><p>Read the original article on Travel + Leisure</p>"
	  "</article></body></html>",
	  { { "Read the original article", BOILER },
	    { "She said she had read", CONTENT } } },
	{ "a comment form's notes without names",
	  "<html><head><title>t</title></head><body><div><div>" STORY_EN
	  "</div><div><h3>Join the discussion</h3><p>Please keep comments "
	  "respectful and on topic. Read our community guidelines.</p>"
	  "<p>The comments below have not been moderated.</p></div></div>"
	  "</body></html>",
	  { { "Join the discussion", BOILER },
	    { "Please keep comments", BOILER },
	    { "The comments below have", BOILER },
	    { "The city council voted", CONTENT } } },
	{ "a subhead over an embedded card, the story after it",
	  "<html><head><title>Bridge to close</title></head><body><nav>"
	  "<a href=/>Home</a> <a href=/n>News</a></nav><article><h1>Bridge "
	  "to close</h1>" STORY_EN "<h2>What the town loses</h2><div><div>"
	  "<a href=/p/x>The Harlow Ledger</a></div><div><a href=/p/x>The "
	  "pharmacy that stayed: how a town kept its last drugstore open</a>"
	  "</div><div>A town of 2,600 people found a way to keep its "
	  "pharmacist.</div><div><a href=/p/x>Read more</a></div><div>2 "
	  "years ago \302\267 41 likes \302\267 12 comments</div></div><p>"
	  "A spokesman for the rail operator said buses would replace trains "
	  "on the coastal line, and that passengers should check before they "
	  "travel tonight.</p><p>Its log, in the post:</p><pre>2025-04-02 "
	  "03:14:07.221 WARNING (MainThread) [zigpy] Device 0x7A3C is "
	  "unavailable</pre><p>The council will meet again in the autumn to "
	  "decide on the final plan for the bridge and its shuttle bus.</p>"
	  "</article></body></html>",
	  { { "What the town loses", CONTENT },
	    { "The Harlow Ledger", BOILER },
	    { "2025-04-02 03:14:07.221", CONTENT },
	    { "A spokesman for the rail", CONTENT } } },
	{ "a question's counts under their labels",
	  "<html><head><title>t</title></head><body><main><h1>\350\200\201"
	  "\345\260\217\345\214\272</h1><div><span>\345\205\263\346\263"
	  "\250\350\200\205</span><span>2,816</span></div><div><span>\350"
	  "\242\253\346\265\217\350\247\210</span><span>3,904,117"
	  "</span></div>"
	  STORY_ZH "</main></body></html>",
	  { { "\345\205\263\346\263\250\350\200\2052,816", BOILER },
	    { "\350\242\253\346\265\217\350\247\2103,904", BOILER } } },
	{ "a columnist's signature that repeats the caption of a photo",
	  "<html><head><title>t</title></head><body><div><h1>Column</h1"
	  "></div><div><section class=\"news_view\"><div class=\""
	  "articlePhotoC\"><span class=\"thumb\"><img src=\"/a."
	  "jpg\" alt=\"\"></span><span class=\"sub_tit\">\355"
	  "\225\234\354\206\214\354\234\244\302\267\354\204\234\352\260\225"
	  "\353\214\200 \352\262\275\354\240\234\355\225\231\353\266"
	  "\200 \352\265\220\354\210\230</span></div>\354\247\200\353"
	  "\202\234\353\213\254 \353\260\234\355\221\234\353\220\234 "
	  "\355\206\265\352\263\204\354\262\255\354\235\230 \354\235"
	  "\270\352\265\254\353\217\231\355\226\245\354\235\204 \353"
	  "\263\264\353\251\264 \355\225\251\352\263\204\354\266\234"
	  "\354\202\260\354\234\250\354\235\264 9\352\260\234\354\233"
	  "\224 \354\227\260\354\206\215 \354\240\204\353\205\204 \352"
	  "\260\231\354\235\200 \353\213\254\353\263\264\353\213\244 "
	  "\354\230\254\353\236\220\353\213\244. \353\260\230\352\260"
	  "\200\354\232\264 \354\206\214\354\213\235\354\235\264\353"
	  "\213\244. \354\240\225\353\266\200\353\212\224 \352\260\201"
	  "\354\242\205 \354\266\234\354\202\260 \354\247\200\354\233"
	  "\220\354\261\205\354\235\264 \355\232\250\352\263\274\353"
	  "\245\274 \353\202\264\352\263\240 \354\236\210\353\213\244"
	  "\352\263\240 \355\217\211\352\260\200\355\225\234\353\213"
	  "\244.<br><br>\354\240\200\354\266\234\354\203\235 \353\254"
	  "\270\354\240\234\353\245\274 \353\213\244\353\243\254 \354"
	  "\210\230\353\247\216\354\235\200 \354\227\260\352\265\254"
	  "\352\260\200 \352\263\265\355\206\265\354\234\274\353\241"
	  "\234 \354\247\200\353\252\251\355\225\230\353\212\224 \353"
	  "\263\200\354\210\230\352\260\200 \354\236\210\353\213\244. "
	  "\353\260\224\353\241\234 \354\243\274\352\261\260\353\213"
	  "\244. \354\210\230\353\217\204\352\266\214\354\227\220\354"
	  "\204\234 \354\240\204\354\204\270 \352\260\200\352\262\251"
	  "\354\235\264 \354\230\244\353\245\264\353\251\264 \354\266"
	  "\234\354\202\260\354\234\250\354\235\264 \353\226\250\354"
	  "\226\264\354\247\204\353\213\244\353\212\224 \353\266\204"
	  "\354\204\235\354\235\264 \354\236\210\353\213\244.<br><br>"
	  "\354\266\234\354\202\260\354\234\250 \353\260\230\353\223"
	  "\261\354\235\230 \353\266\210\354\224\250\353\212\224 \354"
	  "\235\264\354\240\234 \353\247\211 \355\224\274\354\226\264"
	  "\354\230\254\353\236\220\353\213\244. \354\235\264 \353\266"
	  "\210\354\224\250\353\245\274 \354\202\264\353\246\264\354"
	  "\247\200 \352\272\274\353\234\250\353\246\264\354\247\200"
	  "\353\212\224 \354\225\236\354\234\274\353\241\234 \353\252"
	  "\207 \353\205\204\352\260\204\354\235\230 \354\243\274\352"
	  "\261\260 \354\240\225\354\261\205\354\227\220 \353\213\254"
	  "\353\240\244 \354\236\210\353\213\244.<br><br>\355\225\234"
	  "\354\206\214\354\234\244 \354\204\234\352\260\225\353\214"
	  "\200 \352\262\275\354\240\234\355\225\231\353\266\200 \352"
	  "\265\220\354\210\230<br></section><div class=\"column_writ"
	  "er\"><p>\355\225\234\354\206\214\354\234\244 \352\265\220"
	  "\354\210\230\353\212\224 \354\204\234\354\232\270\353\214"
	  "\200 \352\262\275\354\240\234\355\225\231\352\263\274\353"
	  "\245\274 \354\241\270\354\227\205\355\225\230\352\263\240 "
	  "\353\257\270\352\265\255 \354\234\204\354\212\244\354\275"
	  "\230\354\213\240\353\214\200\354\227\220\354\204\234 \353"
	  "\260\225\354\202\254\355\225\231\354\234\204\353\245\274 "
	  "\353\260\233\354\225\230\353\213\244. \355\225\234\352\265"
	  "\255\352\260\234\353\260\234\354\227\260\352\265\254\354\233"
	  "\220 \354\227\260\352\265\254\354\234\204\354\233\220\354"
	  "\235\204 \352\261\260\354\263\220 \355\230\204\354\236\254 "
	  "\354\204\234\352\260\225\353\214\200 \352\262\275\354\240"
	  "\234\355\225\231\353\266\200\354\227\220\354\204\234 \354"
	  "\243\274\355\203\235 \354\240\225\354\261\205\352\263\274 "
	  "\354\235\270\352\265\254 \352\262\275\354\240\234\355\225"
	  "\231\354\235\204 \352\260\200\353\245\264\354\271\230\352"
	  "\263\240 \354\236\210\353\213\244.</p></div></div></body></h"
	  "tml>",
	  { { "\355\225\234\354\206\214\354\234\244 \354\204\234\352\260"
	      "\225\353\214\200 \352\262\275\354\240\234\355\225\231\353"
	      "\266\200 \352\265\220\354\210\230", CONTENT } } },
	{ "calls to the reader in Japanese and Korean",
	  "<html><head><title>t</title></head><body><div><div><p>\347"
	  "\234\214\343\201\25720\346\227\245\343\200\201\350\267\257"
	  "\347\267\232\343\203\220\343\202\271\343\201\214\346\222"
	  "\244\351\200\200\343\201\227\343\201\237\345\261\261\351"
	  "\226\223\351\203\250\343\201\256\347\224\272\343\201\247"
	  "\343\200\201\344\275\217\346\260\221\343\201\214\350\207"
	  "\252\343\202\211\351\201\213\350\273\242\346\211\213\343"
	  "\202\222\345\213\231\343\202\201\343\202\213\345\205\261"
	  "\345\212\251\344\272\244\351\200\232\343\201\256\345\256"
	  "\237\350\250\274\351\201\213\350\241\214\343\202\222\346"
	  "\235\245\345\271\264\346\230\245\343\201\213\343\202\211"
	  "\345\247\213\343\202\201\343\202\213\343\201\250\347\231"
	  "\272\350\241\250\343\201\227\343\201\237\343\200\202</p><p"
	  ">\347\224\272\345\206\205\343\201\256\351\253\230\351\275"
	  "\242\350\200\205\347\264\204300\344\272\272\343\201\214"
	  "\347\231\273\351\214\262\343\201\227\343\200\201\351\200"
	  "\2613\346\227\245\343\200\201\350\250\272\347\231\202\346"
	  "\211\200\343\202\204\343\202\271\343\203\274\343\203\221"
	  "\343\203\274\343\201\250\343\201\256\351\226\223\343\202"
	  "\222\343\203\257\343\202\264\343\203\263\350\273\212\343"
	  "\201\247\347\265\220\343\201\266\343\200\202\351\201\213"
	  "\350\263\203\343\201\2571\345\233\236200\345\206\206\343"
	  "\201\250\343\201\231\343\202\213\343\200\202</p><p>\347"
	  "\224\272\343\201\256\346\213\205\345\275\223\350\200\205"
	  "\343\201\257\343\200\214\343\201\276\343\201\232\343\201"
	  "\257\347\266\232\343\201\221\343\202\211\343\202\214\343"
	  "\202\213\344\273\225\347\265\204\343\201\277\343\202\222"
	  "\343\201\244\343\201\217\343\202\212\343\201\237\343\201"
	  "\204\343\200\215\343\201\250\350\251\261\343\201\227\343"
	  "\201\246\343\201\204\343\202\213\343\200\202</p><p>\343"
	  "\201\223\343\201\256\350\250\230\344\272\213\343\201\257"
	  "\345\205\2502\343\203\232\343\203\274\343\202\270\343\201"
	  "\247\343\201\231\343\200\202\347\266\232\343\201\215\343"
	  "\201\257\346\254\241\343\201\256\343\203\232\343\203\274"
	  "\343\202\270\343\201\247\343\201\212\350\252\255\343\201"
	  "\277\343\201\204\343\201\237\343\201\240\343\201\221\343"
	  "\201\276\343\201\231\343\200\202</p><p>\346\227\245\345"
	  "\210\212\343\202\271\343\203\235\343\203\274\343\203\204"
	  "\351\230\252\347\245\236\346\213\205\345\275\223\343\201"
	  "\256X\343\202\222\343\203\225\343\202\251\343\203\255\343"
	  "\203\274\343\201\227\343\202\210\343\201\206</p><p>\343"
	  "\202\263\343\203\241\343\203\263\343\203\210\343\201\256"
	  "\346\212\225\347\250\277\343\201\253\343\201\257livedoor I"
	  "D\343\201\247\343\201\256\343\203\255\343\202\260\343\202"
	  "\244\343\203\263\343\201\214\345\277\205\350\246\201\343"
	  "\201\247\343\201\231\343\200\202</p><p>\354\235\200\355"
	  "\226\211\302\267\352\270\210\354\234\265\353\213\271\352"
	  "\265\255\354\235\204 \353\213\264\353\213\271\355\225\251"
	  "\353\213\210\353\213\244. \353\217\205\354\236\220 \354"
	  "\227\254\353\237\254\353\266\204\354\235\230 \354\240\234"
	  "\353\263\264\353\245\274 \352\270\260\353\213\244\353\246"
	  "\275\353\213\210\353\213\244.</p></div></div></body></html"
	  ">",
	  { { "\343\201\223\343\201\256\350\250\230\344\272\213\343\201\257"
	      "\345\205\2502\343\203\232\343\203\274\343\202\270", BOILER },
	    { "\346\227\245\345\210\212\343\202\271\343\203\235\343\203\274"
	      "\343\203\204\351\230\252\347\245\236"
	      "\346\213\205\345\275\223", BOILER },
	    { "\343\202\263\343\203\241\343\203\263\343\203\210\343\201\256"
	      "\346\212\225\347\250\277\343\201\253\343\201\257", BOILER },
	    { "\354\235\200\355\226\211\302\267\352\270\210\354\234\265\353"
	      "\213\271\352\265\255\354\235\204", BOILER },
	    { "\347\224\272\343\201\256\346\213\205\345\275\223\350\200\205"
	      "\343\201\257", CONTENT } } },
	{ "a blog post in plain divs over a thread of <article>s",
	  "<html><head><title>A year of roasting coffee on a "
	  "popcorn popper</title></head><body><div><a href=\"/\">Nell's "
	  "notebook</a></div><div><div><h1>A year of roasting "
	  "coffee on a popcorn popper</h1><div><p>When my partner "
	  "found a dented hot-air popcorn popper at the Saturday "
	  "thrift sale, neither of us guessed that it would turn "
	  "into a year of roasting coffee in the garage every "
	  "weekend.</p><p>Entry-level drum roasters cost somewhere "
	  "between three hundred and nine hundred dollars where "
	  "I live, which is a lot of money to spend on a hobby "
	  "you might drop after a month.</p><p>There is a catch, "
	  "though. Not every popper is suitable, and you want "
	  "one where the hot air enters the chamber from the "
	  "side, so that the beans spin instead of sitting still.</p><p"
	  ">The first popper died in month five, when the thermal "
	  "fuse blew halfway through a batch of beans from Ethiopia, "
	  "and I learned to let the machine rest between batches.</p><p"
	  ">If you are curious about roasting and do not want "
	  "to spend real money before you know whether it sticks, "
	  "a popper is still the cheapest way in that I know "
	  "of.</p></div></div><div><h3>6 thoughts on \342\200\234A "
	  "year of roasting coffee on a popcorn popper\342\200\235</h3>"
	  "<ol><li><article><footer><div><b>Reader 0</b> <span>says:</s"
	  "pan></div><div><a href=\"#c0\">March 1, 2025 at 9:10 "
	  "am</a></div></footer><div><p>I did exactly this in "
	  "college and it is still the best coffee I have ever "
	  "had, mostly because I was so proud of it every single "
	  "morning.</p></div><div><a href=\"?replytocom=0\">Reply</a></"
	  "div></article></li><li><article><footer><div><b>Reader "
	  "1</b> <span>says:</span></div><div><a href=\"#c1\">March "
	  "2, 2025 at 9:11 am</a></div></footer><div><p>Did you "
	  "ever try adding a metal can as a chimney on top? It "
	  "helped me keep the beans in the chamber for longer "
	  "and the roast was more even.</p></div><div><a href=\"?replyt"
	  "ocom=1\">Reply</a></div></article></li><li><article><footer>"
	  "<div><b>Reader 2</b> <span>says:</span></div><div><a "
	  "href=\"#c2\">March 3, 2025 at 9:12 am</a></div></footer><div"
	  "><p>My popper caught fire the second week, so please "
	  "tell people to stay next to it the whole time and "
	  "keep an extinguisher close to the bench.</p></div><div><a "
	  "href=\"?replytocom=2\">Reply</a></div></article></li><li><ar"
	  "ticle><footer><div><b>Reader 3</b> <span>says:</span></div><"
	  "div><a href=\"#c3\">March 4, 2025 at 9:13 am</a></div></foot"
	  "er><div><p>Great write-up. The notes on the first "
	  "and second crack helped me more than any of the videos "
	  "I watched before I started with my own machine.</p></div><di"
	  "v><a href=\"?replytocom=3\">Reply</a></div></article></li><l"
	  "i><article><footer><div><b>Reader 4</b> <span>says:</span></"
	  "div><div><a href=\"#c4\">March 5, 2025 at 9:14 am</a></div><"
	  "/footer><div><p>How loud is it? My neighbours already "
	  "complain about the lawnmower and I am not sure they "
	  "would forgive me a popper running at six in the morning.</p>"
	  "</div><div><a href=\"?replytocom=4\">Reply</a></div></articl"
	  "e></li><li><article><footer><div><b>Reader 5</b> <span>says:"
	  "</span></div><div><a href=\"#c5\">March 6, 2025 at "
	  "9:15 am</a></div></footer><div><p>Thanks for the tip "
	  "about the chaff. I bought a cheap shop vacuum after "
	  "reading this and my garage floor has never looked "
	  "so clean since then.</p></div><div><a href=\"?replytocom=5\""
	  ">Reply</a></div></article></li></ol></div></div></body></htm"
	  "l>",
	  { { "When my partner found a", CONTENT },
	    { "If you are curious about", CONTENT },
	    { "I did exactly this in college", COMMENT },
	    { "Thanks for the tip about", COMMENT } } },
	{ "a glossary in the story, a box of role complementary",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div class=\"infobox\" role=\"complementary\"><h3>Glossary: "
	  "what the words mean</h3><dl><dt>Pooling</dt><dd>Several riders "
	  "with a similar goal share one vehicle, which sets the bus apart "
	  "from a taxi.</dd></dl></div><p>The council will vote on the plan "
	  "again in the autumn, after a public meeting in the town hall.</p>"
	  "<p>Sie m\303\266chten mitdiskutieren? Registrieren Sie sich "
	  "kostenlos und beteiligen Sie sich an der Debatte.</p><p>Нажимая "
	  "кнопку «Отправить», вы соглашаетесь с правилами.</p>"
	  "</article></body></html>",
	  { { "Glossary: what the words", CONTENT },
	    { "Several riders with a", CONTENT },
	    { "Sie m\303\266chten", BOILER },
	    { "Нажимая", BOILER },
	    { "The council will vote", CONTENT } } },
	{ "a fact box in the story, an <aside> named for the article",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"article-body\">" STORY_EN "<aside class=\"article-box "
	  "article__item\"><h3 class=\"article-box__title\">Heat in the "
	  "city: the figures</h3><ul><li>Some 120,000 homes are on the "
	  "network today.</li><li>The network is about 580 kilometres "
	  "long.</li></ul></aside><p>The council will vote on the plan "
	  "again in the autumn, after a public meeting in the town hall.</p>"
	  "</div></article></body></html>",
	  { { "Heat in the city: the", CONTENT },
	    { "Some 120,000 homes", CONTENT },
	    { "The network is about 580", CONTENT },
	    { "The council will vote", CONTENT } } },
	{ "Ukrainian calls, a bio under a heading with a curly apostrophe",
	  "<html><head><title>t</title></head><body><div><div>" STORY_EN
	  "<p>Підписуйтеся на Telegram-канал «Української правди».</p>"
	  "<p>При цитуванні і використанні будь-яких матеріалів посилання "
	  "обов'язкове.</p><h4>L\342\200\231autrice</h4><p>Claire Vasseur "
	  "est sociologue, ma\303\256tresse de conf\303\251rences \303\240 "
	  "l'universit\303\251 de Lille.</p></div></div></body></html>",
	  { { "Підписуйтеся", BOILER },
	    { "При цитуванні", BOILER },
	    { "L\342\200\231autrice", BOILER },
	    { "Claire Vasseur est", BOILER },
	    { "The city council voted", CONTENT } } },
	{ "the story's first heading, also in its table of contents",
	  "<html><head><title>t</title></head><body><h1>New rules</h1>"
	  "<div class=\"articlebody\"><div><p>\303\215ndice</p><ul><li>"
	  "<a href=\"#a\">What was approved?</a></li><li><a href=\"#b\">"
	  "Who can open one?</a></li></ul></div><h2 id=\"a\">What was "
	  "approved?</h2>" STORY_EN "<h2 id=\"b\">Who can open one?</h2>"
	  "<p>Only owners who have lived in the flat for two years may rent "
	  "it out to tourists, and the council may refuse a licence.</p>"
	  "<p>The rules come into force in May, once the president has "
	  "signed the decree that the ministers approved.</p><p>J\303"
	  "\241 \303\251 assinante? Fa\303\247a seu "
	  "login</p><p>Receba not\303\255cias da Folha no seu WhatsApp</p>"
	  "</div></body></html>",
	  { { "What was approved?", BOILER },
	    { AGAIN "What was approved?", CONTENT },
	    { AGAIN "Who can open one?", CONTENT },
	    { "J\303\241 \303\251 assinante", BOILER },
	    { "Receba not", BOILER } } },
	{ "an opinion's writer as 筆者, a market paper's notes",
	  "<html><head><title>t</title></head><body><div>" STORY_ZH
	  "<div><p>\347\255\206\350\200\205\350\252\215\347\202\272\357"
	  "\274\214\350\210\207\345\205\266\350\242\253\345\213\225\347"
	  "\255\211\345\276\205\351\200\200\345\240\264\357\274\214\346"
	  "\224\277\345\272\234\350\207\263\345\260\221\346\207\211\350"
	  "\251\262\344\270\273\345\213\225\345\201\232\344\270\211\344"
	  "\273\266\344\272\213\357\274\232</p><p>\345\243\260\346\230"
	  "\216\357\274\232\350\257\201\345\210\270\346\227\266\346\212"
	  "\245\345\212\233\346\261\202\344\277\241\346\201\257\347\234"
	  "\237\345\256\236\343\200\201\345\207\206\347\241\256\357\274"
	  "\214\346\226\207\347\253\240\346\217\220\345\217\212\345\206"
	  "\205\345\256\271\344\273\205\344\276\233\345\217\202\350\200"
	  "\203\357\274\214\344\270\215\346\236\204\346\210\220\345\256"
	  "\236\350\264\250\346\200\247\346\212\225\350\265\204\345\273"
	  "\272\350\256\256\343\200\202</p><p>\350\257\273\350\200\205"
	  "\347\203\255\347\272\277\357\274\2324008890008</p><p>\346"
	  "\270\251\351\246\250\346\217\220\347\244\272\357\274\232\350"
	  "\257\267\345\213\277\345\217\221\345\270\203\350\231\232\345"
	  "\201\207\344\277\241\346\201\257\343\200\201\346\201\266\346"
	  "\204\217\350\215\220\350\202\241\357\274\214\350\277\235\350"
	  "\247\204\345\206\205\345\256\271\345\260\206\350\242\253\345"
	  "\210\240\351\231\244\343\200\202</p></div></body></html>",
	  { { "\347\255\206\350\200\205\350\252\215\347\202\272", CONTENT },
	    { "\345\243\260\346\230\216\357\274\232\350\257\201\345\210\270"
	      "\346\227\266\346\212\245", BOILER },
	    { "\350\257\273\350\200\205\347\203\255\347\272\277", BOILER },
	    { "\346\270\251\351\246\250\346\217\220\347\244\272", BOILER } } },
	{ "a broadcaster's rights, calls to search, tip off, write in",
	  "<html><head><title>t</title></head><body><div>" STORY_ZH
	  "<div><p>\302\251 2025\345\271\264\345\276\267\345\233\275"
	  "\344\271\213\345\243\260\347\211\210\346\235\203\345\243\260"
	  "\346\230\216\357\274\232\346\234\254\346\226\207\346\211\200"
	  "\346\234\211\345\206\205\345\256\271\345\217\227\345\210\260"
	  "\350\221\227\344\275\234\346\235\203\346\263\225\344\277\235"
	  "\346\212\244\357\274\214\345\246\202\346\227\240\345\276\267"
	  "\345\233\275\344\271\213\345\243\260\347\211\271\345\210\253"
	  "\346\216\210\346\235\203\357\274\214\344\270\215\345\276\227"
	  "\346\223\205\350\207\252\344\275\277\347\224\250\343\200\202"
	  "</p><p>DW\344\270\255\346\226\207\346\234\211Instagram\357"
	  "\274\201\346\254\242\350\277\216\346\220\234\347\264\242dw.c"
	  "hinese\357\274\214\347\234\213\346\233\264\345\244\232\346"
	  "\267\261\345\272\246\346\212\245\351\201\223\343\200\202</p>"
	  "<p>\343\200\220\345\246\202\346\236\234\346\202\250\346\234"
	  "\211\346\226\260\351\227\273\347\272\277\347\264\242\357\274"
	  "\214\346\254\242\350\277\216\345\220\221\346\210\221\344\273"
	  "\254\346\212\245\346\226\231\357\274\214\344\270\200\347\273"
	  "\217\351\207\207\347\272\263\346\234\211\350\264\271\347\224"
	  "\250\351\205\254\350\260\242\343\200\202\343\200\221</p><p>"
	  "\342\200\273 \344\270\255\346\231\202\346\226\260\350\201"
	  "\236\347\266\262\343\200\214\346\231\202\350\253\226\345\273"
	  "\243\345\240\264\343\200\215\346\255\241\350\277\216\346\212"
	  "\225\347\250\277\357\274\214\344\276\206\347\250\277\350\253"
	  "\213\351\231\204\347\234\237\345\257\246\345\247\223\345\220"
	  "\215\343\200\202</p><h4>\351\227\234\346\226\274\344\275\234"
	  "\350\200\205\357\275\234\351\231\263\346\226\207\345\275\245"
	  "</h4><p>\347\217\276\344\273\273\345\234\213\347\253\213\344"
	  "\270\255\346\255\243\345\244\247\345\255\270\346\225\231\350"
	  "\202\262\345\255\270\347\240\224\347\251\266\346\211\200\346"
	  "\225\231\346\216\210\357\274\214\350\221\227\346\234\211\345"
	  "\244\232\346\234\254\345\260\210\346\233\270\343\200\202</p>"
	  "</div></body></html>",
	  { { "\302\251 2025\345\271\264", BOILER },
	    { "DW\344\270\255\346\226\207\346\234\211", BOILER },
	    { "\343\200\220\345\246\202\346\236\234"
	      "\346\202\250\346\234\211", BOILER },
	    { "\342\200\273 \344\270\255\346\231\202", BOILER },
	    { "\347\217\276\344\273\273\345\234\213\347\253\213", BOILER } } },
	{ "consent and newsletter notes in Polish, Dutch, Spanish",
	  "<html><head><title>t</title></head><body><div><p>Wyra\305"
	  "\274am zgod\304\231 na przetwarzanie danych "
	  "osobowych przez Grup\304\231 Interia.pl oraz Zaufanych "
	  "Partner\303\263w w celach marketingowych. Wi\304\231cej "
	  "informacji w Polityce prywatno\305\233ci, kt\303\263r\304\205 "
	  "mo\305\274na zmieni\304\207 w ka\305\274dej chwili w ustawieniach "
	  "przegl\304\205darki.</p></div><article>" STORY_EN "<p>Wij en "
	  "onze partners verwerken "
	  "persoonsgegevens om advertenties en content te personaliseren, "
	  "als u daarvoor toestemming geeft.</p><p>Thijs Brouwer</p><p>Thijs "
	  "Brouwer schrijft voor NRC over onderwijs, jeugd en lokale "
	  "overheden.</p><p>Todo sobre el mercado inmobiliario, cada viernes "
	  "en tu correo.</p><p>Udost\304\231pnij artyku\305\202</p>"
	  "</article></body></html>",
	  { { "Wyra\305\274am", BOILER },
	    { "Wij en onze", BOILER },
	    { "Thijs Brouwer schrijft", BOILER },
	    { "Todo sobre el", BOILER },
	    { "Udost\304\231pnij", BOILER },
	    { "The city council voted", CONTENT } } },
	{ "a share count, alone, over the story",
	  "<html><head><title>t</title></head><body><article><div><a "
	  "href=/f>Facebook</a> <a href=/x>X</a></div><div>1.2k shares</div>"
	  "<div><span>312</span> likes</div>" STORY_EN
	  "<p>The firm said it had bought back 1.2k shares.</p></article>"
	  "</body></html>",
	  { { "1.2k shares", BOILER },
	    { "312 likes", BOILER },
	    { "The firm said it had", CONTENT } } },
	{ "a contributing writer's long bio after the story, no names",
	  "<html><head><title>t</title></head><body><div><div>" STORY_EN
	  "<p>He stood, picked up his bag, and started down the stairs.</p>"
	  "<p>Caroline Ashby is a contributing writer at The Atlantic. She "
	  "covers craft, labor and the afterlives of old technologies, and "
	  "her work has appeared in many magazines over the past decade, "
	  "from small quarterlies to national weeklies. She lives in "
	  "Pittsburgh with her family and an old clock that she winds "
	  "herself every Sunday morning before breakfast. Her first book, "
	  "a history of the tower clocks of western Pennsylvania and of "
	  "the families who kept them running through two world wars, "
	  "comes out next spring from a university press.</p></div>"
	  "<div><a href=/a>About</a> <a href=/b>Contact</a></div></div>"
	  "</body></html>",
	  { { "Caroline Ashby is", BOILER },
	    { "He stood, picked up", CONTENT } } },
	{ "a story in one element, its lines cut by <br>",
	  "<html><head><title>t</title></head><body><nav><a href=/>首页"
	  "</a> <a href=/n>新闻</a></nav><div id=\"zw\">"
	  "据新华社报道，两国外交部长周二在首都举行会谈，就边境地区的贸易往来和"
	  "人员交流问题交换了意见。<br><br>有媒体援引知情人士的话称，双方已经就"
	  "一项为期五年的合作框架达成初步共识，但具体条款仍有待进一步磋商。"
	  "<br><br>分析人士认为，这次会谈释放出积极信号，有助于缓和近期紧张的"
	  "双边关系。<br><br>（完）</div><div class=\"footer\">关于我们"
	  "</div></body></html>",
	  { { "（完）", CONTENT },
	    { "首页", BOILER },
	    { "关于我们", BOILER } } },
	{ "a list of links in the story",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<ul><li><a href=1>Bridge works begin</a></li><li><a href=2>"
	  "Council budget</a></li><li><a href=3>Bus timetable</a></li>"
	  "</ul></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Bridge works begin", BOILER } } },
	{ "a story's subhead over a 'Read also' line is the story's",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<h2>Opposition from shop owners</h2><p>Read also: <a href=/x>"
	  "Bus fares to rise in January</a></p><p>Shop owners on Mill "
	  "Street, where the tracks will run, fear two years of building "
	  "work will drive their customers away.</p><p>The council did not "
	  "comment.</p></article><footer><p>Contact us</p></footer>"
	  "</body></html>",
	  { { "Opposition from shop owners", CONTENT },
	    { "Read also", BOILER },
	    { "The council did not comment.", CONTENT } } },
	{ "an author's bio under 'About' and the name goes on",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<section><h2>About Clara Benedikt</h2><p>Clara Benedikt is a "
	  "freelance science journalist based in Copenhagen who writes "
	  "about atmospheric chemistry, ecology and the history of "
	  "science.</p><p>Before turning to journalism she spent six years "
	  "as a research technician in a glaciology laboratory, which she "
	  "says taught her patience with instruments.</p></section>"
	  "<section><h2>Our work</h2><p>Meridian Science has covered "
	  "research for readers for more than a century, and it relies on "
	  "the support of people who read it every week.</p></section>"
	  "</article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "About Clara Benedikt", BOILER },
	    { "Clara Benedikt is a freelance", BOILER },
	    { "Before turning to journalism", BOILER } } },
	{ "a sentence alone among the boxes after the story is theirs",
	  "<html><head><title>t</title></head><body><div class=\"wrap\">"
	  "<div class=\"story\"><h1>Harbour bridge to close</h1>"
	  STORY_EN "</div><div><a href=/r>Read related</a></div>"
	  "<div><a href=/s>Share</a> <a href=/l>Like</a></div>"
	  "<div><p><a href=/c>Cheer the reporter</a></p><p>Every reader's "
	  "cheer gives our citizen reporters strength, and part of each "
	  "payment goes to running the whole site for everyone.</p>"
	  "<p><a href=/p>Give now</a></p></div><div><a href=/m>More from "
	  "this reporter</a></div></div></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Every reader's cheer", BOILER } } },
	{ "two sentences among the boxes after the story do not join",
	  "<html><head><title>t</title></head><body><div class=\"wrap\">"
	  "<div class=\"story\"><h1>Harbour bridge to close</h1>"
	  STORY_EN "</div><div><a href=/r>Read related</a></div>"
	  "<div><a href=/s>Share</a> <a href=/l>Like</a></div>"
	  "<div><p><a href=/c>Cheer the reporter</a></p><p>Every reader's "
	  "cheer gives our citizen reporters strength, and part of each "
	  "payment goes to running the whole site for everyone.</p>"
	  "<p>Kim Haneul, citizen reporter</p><p>A traveller who loves "
	  "islands and writes about the small villages that are slowly "
	  "disappearing from the coast.</p><p><a href=/m>More from this "
	  "reporter</a></p></div></div></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Every reader's cheer", BOILER },
	    { "A traveller who loves", BOILER } } },
	{ "the author's box over the story, its lines in one block",
	  "<html><head><title>t</title></head><body><article><header><h1>"
	  "Harbour bridge to close</h1><div class=\"doc__info\">Время на "
	  "прочтение: 4 мин.</div></header><div class=\"doc_author\"><a "
	  "href=/a><span>Ольга Никитина</span></a> <span>Обозреватель "
	  "отдела потребительского рынка</span> <a href=/all>Все публикации"
	  "</a></div>" STORY_EN "</article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Время на прочтение", BOILER },
	    { "Ольга Никитина", BOILER } } },
	{ "a table the story titles with a caption after its sentence",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<table class=\"tbl_stock\"><caption class=\"tbl_caption\">"
	  "Closing prices of the main shares</caption><tr><th>Company</th>"
	  "<th>Close</th><th>% change</th></tr><tr><td>Harbour Bank</td>"
	  "<td>61,800</td><td>+2.66%</td></tr></table><p>Bank shares rose "
	  "the most after the council approved the bridge plan on Tuesday "
	  "evening.</p></article></body></html>",
	  { { "Closing prices of the main shares", CONTENT },
	    { "Harbour Bank", CONTENT },
	    { "% change", CONTENT },
	    { "Bank shares rose", CONTENT } } },
	{ "a table in the story's flow, its header like a share widget's",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"body\">" STORY_EN "<table><tr><th>Item</th><th>Variaci"
	  "\303\263n mensual</th></tr><tr><td>Housing and power</td><td>4,8%"
	  "</td></tr><tr><td>Transport</td><td>3,1%</td></tr></table><p>"
	  "Source: the statistics office</p><h2>What comes next</h2><p>The "
	  "council will vote on the plan again in the autumn, after a "
	  "public meeting in the town hall.</p></div></article><div class="
	  "\"rail\"><table><tr><th>Name</th><th>Variaci\303\263n</th></tr>"
	  "<tr><td>ACME Holdings</td><td>+0.3%</td></tr></table></div>"
	  "</body></html>",
	  { { "Housing and power", CONTENT },
	    { "Variaci\303\263n mensual", CONTENT },
	    { "The council will vote", CONTENT },
	    { "ACME Holdings", BOILER } } },
	{ "a table in a figure ends a story a paywall cuts",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"c-body\" itemprop=\"articleBody\">" STORY_EN
	  "<figure class=\"c-body__figure\"><table><thead><tr><th></th>"
	  "<th>H1 2025</th><th>H1 2024</th></tr></thead><tbody><tr><td>"
	  "Group revenue</td><td>4.31bn</td><td>4.18bn</td></tr><tr><td>"
	  "Operating margin</td><td>2.9pc</td><td>3.7pc</td></tr><tr><td>"
	  "Net debt</td><td>612m</td><td>548m</td></tr></tbody></table>"
	  "<figcaption>Source: the company</figcaption></figure></div>"
	  "<div class=\"offer\"><p>Subscribe to read the full article"
	  "</p></div></article></body></html>",
	  { { "Group revenue", CONTENT },
	    { "Net debt", CONTENT },
	    { "548m", CONTENT } } },
	{ "a table of share prices that ends the story stays a widget",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"body\">" STORY_EN "<table><tr><td>Name</td><td>Last"
	  "</td><td>% change</td></tr><tr><td>ACME Holdings</td><td>12.40"
	  "</td><td>+0.3%</td></tr><tr><td>Harbour Bank</td><td>61.80</td>"
	  "<td>-1.2%</td></tr></table></div></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "ACME Holdings", BOILER },
	    { "Harbour Bank", BOILER } } },
	{ "a subhead over a related box set in the story heads the story",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"body\">" STORY_EN "<h2>The shuttle bus</h2><div class="
	  "\"related\"><a href=/r>Related: the ferry timetable keeps "
	  "changing</a></div><p>The shuttle will run every ten minutes "
	  "from six in the morning, the council said, and will be free for "
	  "residents of both districts.</p></div></article></body></html>",
	  { { "The shuttle bus", CONTENT },
	    { "Related: the ferry", BOILER },
	    { "The shuttle will run", CONTENT } } },
	{ "a subhead heads the story past a related box and an advert's",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"body\">" STORY_EN "<p><b>The shuttle bus</b></p><div "
	  "class=\"recommend\"><span>Hot picks:</span><a href=/r>the ferry "
	  "timetable keeps changing</a></div><div class=\"post_ad\"><span>"
	  "Advertisement</span></div><p>The shuttle will run every ten "
	  "minutes from six in the morning, the council said, and will be "
	  "free for residents of both districts.</p></div></article></body>"
	  "</html>",
	  { { "The shuttle bus", CONTENT },
	    { "Hot picks:", BOILER },
	    { "The shuttle will run", CONTENT } } },
	{ "a table named for a photo's caption that holds no photo is the "
	  "story's data",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"body\">" STORY_EN "<p>Rents by district this quarter:"
	  "</p><table class=\"tplCaption\"><tr><td>District</td><td>Rent"
	  "</td></tr><tr><td>Harbour North</td><td>28.5</td></tr><tr><td>"
	  "Old Town</td><td>16.2</td></tr></table><p>Landlords said the "
	  "rises would slow next year as new blocks open on the river.</p>"
	  "</div></article></body></html>",
	  { { "Harbour North", CONTENT },
	    { "Old Town", CONTENT } } },
	{ "a thread whose first comment pastes the story the page does not "
	  "show: that comment is the story, the others comments",
	  "<html><head><title>Harbour bridge to close</title></head><body>"
	  "<table><tr><td><a href=/>Harbour News</a> | <a href=/new>new</a>"
	  "</td></tr></table><table class=\"comment-tree\"><tr><td><div "
	  "class=\"comment\"><p>Archive link for those who cannot open the "
	  "original, text below.</p>" STORY_EN STORY_EN_MORE "</div></td>"
	  "</tr><tr><td><div class=\"comment\"><p>This has been a long "
	  "time coming, the bridge was already shaking whenever a bus "
	  "crossed it.</p></div></td></tr><tr><td><div class=\"comment\">"
	  "<p>Three years of a shuttle bus is going to hurt the shops on "
	  "the north side more than they think.</p></div></td></tr></table>"
	  "</body></html>",
	  { { "The city council voted", CONTENT },
	    { "Paragraph 10 tells", CONTENT },
	    { "This has been a long time", COMMENT },
	    { "Three years of a shuttle", COMMENT } } },
	{ "a player's labels beside its video are its",
	  "<html><head><title>t</title></head><body><article><div class="
	  "\"vp\"><div class=\"vp-screen\"><video src=v.mp4></video>"
	  "<span>Now playing</span><span>Up next</span></div></div><div "
	  "class=\"body\">" STORY_EN "</div></article></body></html>",
	  { { "Now playing Up next", BOILER },
	    { "Shop owners on the north side", CONTENT } } },
	{ "an empty element named for a player makes its box a player's",
	  "<html><head><title>t</title></head><body><article><div><div>"
	  "Video: how to check your heater</div><div id=\"jw-player-1\">"
	  "</div><div>Next up in 5</div></div><div class=\"body\">"
	  STORY_EN "</div></article></body></html>",
	  { { "Next up in 5", BOILER },
	    { "Video: how to check", BOILER },
	    { "Shop owners on the north side", CONTENT } } },
	{ "a tabloid's bullets are kept past a tip line among them",
	  "<html><head><title>Grandmother wades into the sea to free a seal"
	  "</title></head><body><ul class=nav><li><a href=/a>News</a></li>"
	  "<li><a href=/b>Sport</a></li><li><a href=/c>Money</a></li></ul>"
	  "<div class=billboard><span>Advertisement</span></div><div class="
	  "\"article-text\"><h1>Grandmother wades into the sea to free a "
	  "seal</h1><ul><li><strong>Pam Treloar spotted the pup thrashing "
	  "in a ghost net on Sunday</strong></li><li><strong>She spent forty "
	  "minutes cutting him free with nail scissors</strong></li><li>"
	  "<strong>Do you have a story? Email tips@example.com</strong></li>"
	  "</ul><p class=\"byline\">By <a href=/h>HARRIET COOMBES</a></p>"
	  STORY_EN "</div></body></html>",
	  { { "Pam Treloar spotted", CONTENT },
	    { "She spent forty minutes", CONTENT },
	    { "Do you have a story?", BOILER } } },
	{ "a tabloid's bullets under its title, over its byline, are kept",
	  "<html><head><title>Grandmother wades into the sea to free a seal"
	  "</title></head><body><div class=\"article-text\"><h2>Grandmother"
	  " wades into the sea to free a seal</h2><ul><li>Pam Treloar "
	  "spotted the pup thrashing in a ghost net on Sunday</li><li>She "
	  "spent forty minutes cutting him free with nail scissors</li>"
	  "<li>Rescuers say the seal is expected to make a full recovery"
	  "</li></ul><p class=\"byline\">By Harriet Coombes</p><div "
	  "class=\"share\"><p><a href=/f>Facebook</a></p><p><a href=/x>X"
	  "</a></p><p><a href=/w>WhatsApp</a></p><p><a href=/e>Email</a></p>"
	  "<p><a href=/p>Pinterest</a></p><p><a href=/r>Reddit</a></p><p><a "
	  "href=/l>LinkedIn</a></p><p><a href=/m>Flipboard</a></p><p><a href"
	  "=/c>Comments</a></p></div><div itemprop=\"articleBody\">"
	  STORY_EN "</div></div></body></html>",
	  { { "Pam Treloar spotted", CONTENT },
	    { "She spent forty minutes", CONTENT },
	    { "Rescuers say the seal", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "a feed of timed news flashes beside the story is hidden",
	  "<html><head><title>t</title></head><body><div class=\"main-"
	  "content\"><div class=\"left\"><div id=\"artibody\">" STORY_ZH
	  "</div></div><div class=\"right\"><h3>\345\233\276\346\226"
	  "\207\347\233\264\346\222\255\351\227\264</h3><ul><li><span>21:47"
	  "</span><p>Listed companies announced buybacks worth more than "
	  "150 billion this year.</p></li><li><span>21:30</span><p>The three "
	  "main US indexes opened mixed on Tuesday evening.</p></li><li>"
	  "<span>20:58</span><p>The central bank will offer 300 billion in "
	  "outright reverse repos tomorrow.</p></li><li><span>19:12</span>"
	  "<p>The regulator asked for comments on its market value rules."
	  "</p></li></ul></div></div></body></html>",
	  { { "Listed companies announced", BOILER },
	    { "The central bank will offer", BOILER },
	    { "21:30", BOILER } } },
	{ "a US paper's sign-off to its reporter closes the story",
	  "<html><head><title>t</title></head><body><article><div class="
	  "\"body\">" STORY_EN "<p>Contact reporter Dana Whitcomb at "
	  "dw@register.example or 555-319-0472. Follow her on X @DanaW.</p>"
	  "</div></article><div class=\"more\"><p>More stories like this: "
	  "<a href=/f>Fire</a></p></div></body></html>",
	  { { "Contact reporter Dana Whitcomb", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "a photo story: its captions tell the story",
	  "<html><head><title>t</title></head><body><article><h1>On the "
	  "ice</h1><div class=\"body\">" STORY_EN
	  "<div class=\"photo\"><img src=\"0.jpg\"><div class=\"photo__"
	  "caption\">Skaters glide past the mills of the lower polder o"
	  "n Saturday morning, a few minutes after nine. <span>Photo: A"
	  "NP</span></div></div><div class=\"photo\"><img src=\"1.jpg\""
	  "><div class=\"photo__caption\">Volunteers of the skating clu"
	  "b sweep the ice clean. They have been at it since five this "
	  "morning, says their chair. <span>Photo: ANP</span></div></di"
	  "v><div class=\"photo\"><img src=\"2.jpg\"><div class=\"photo"
	  "__caption\">The youngest skaters hold on to a kitchen chair."
	  " For many children it was their first time on natural ice. <"
	  "span>Photo: ANP</span></div></div><div class=\"photo\"><img "
	  "src=\"3.jpg\"><div class=\"photo__caption\">The queue at the"
	  " soup stall stretched far onto the ice, and the hot chocolat"
	  "e ran out at two. <span>Photo: ANP</span></div></div><div cl"
	  "ass=\"photo\"><img src=\"4.jpg\"><div class=\"photo__caption"
	  "\">Tourists came too: a group from abroad hired skates at th"
	  "e dyke and tried their luck on the ice. <span>Photo: ANP</sp"
	  "an></div></div><div class=\"photo\"><img src=\"5.jpg\"><div "
	  "class=\"photo__caption\">At sunset the sky over the mills tu"
	  "rned orange, and the club expects thousands more on Sunday. "
	  "<span>Photo: ANP</span></div></div>"
	  "</div></article><div class=\"rail\"><div class=\"photo\"><img "
	  "src=\"x.jpg\"><div class=\"photo__caption\">A file photo of "
	  "the mills in summer, when the polders are full of boats.</div>"
	  "</div></div></body></html>",
	  { { "Skaters glide past", CONTENT },
	    { "Volunteers of the skating", CONTENT },
	    { "At sunset the sky over", CONTENT },
	    { "The city council voted", CONTENT },
	    { "A file photo of the mills", BOILER } } },
	{ "a photo story by its title: two captions of sentences",
	  "<html><head><title>t</title></head><body><article><h1>FOTOS: "
	  "hail turns the streets white</h1><div class=\"body\">" STORY_EN
	  "<figure><img src=\"1.jpg\"><figcaption>A street in the centre "
	  "of town lies under a layer of ice after the storm \342\200\224 "
	  "Photo: Agency</figcaption></figure>" STORY_EN "<figure><img src="
	  "\"2.jpg\"><figcaption>Children play with the hail piled up in "
	  "the square by the old town hall \342\200\224 Photo: Reader"
	  "</figcaption></figure>" STORY_EN "</div></article></body></html>",
	  { { "A street in the centre of", CONTENT },
	    { "Children play with the hail", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a related heading said as a whole sentence ends the story",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>Das k\303\266nnte Sie auch interessieren!</p><p>Zum "
	  "Weiterlesen</p><p>Related costs rose.</p></article></body>"
	  "</html>",
	  { { "Das k\303\266nnte Sie auch", BOILER },
	    { "Zum Weiterlesen", BOILER },
	    { "Related costs rose.", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "a wire's name in brackets after the story is its credit",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=\"byline\">Kim Minsu</div>" STORY_EN "<div class=\"byline"
	  "\">[연합뉴스]</div></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "[연합뉴스]", CONTENT } } },
	{ "a bio under its heading, the author's name a link between",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div><p>Sobre la firma</p><p><a href=/a>Lucía Moreno Ortega</a>"
	  "</p><p>Redactora de la sección de Economía en Sevilla, donde "
	  "cubre agricultura, pesca y medio rural desde hace diez años y "
	  "antes trabajó en una agencia.</p></div><p>The council's vote is "
	  "due in the autumn, after a public consultation on the plan.</p>"
	  "</article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Sobre la firma", BOILER },
	    { "Redactora de la sección", BOILER } } },
	{ "a table the story titles with a line over it after its sentence",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div><p class=\"table-title\">Average rent by district, first "
	  "quarter</p><table><tr><th>Distrito</th><th>Alquiler</th><th>"
	  "Variación "
	  "anual (%)</th></tr><tr><td>Gràcia</td><td>1,210</td><td>+9.8"
	  "</td></tr></table></div><p>Rents rose fastest in the old town, "
	  "where flats are smallest, the city's housing office said.</p>"
	  "</article></body></html>",
	  { { "Average rent by district", CONTENT },
	    { "Gràcia", CONTENT },
	    { "Variación anual (%)", CONTENT } } },
	{ "a line of hashtags under the story is its index",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>#harbour #bridge #council</p><p>#古籍修复#图书馆#非遗</p>"
	  "</article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "#harbour #bridge", BOILER },
	    { "#古籍修复", BOILER } } },
	{ "a contributing writer's bio after the story is its author's box",
	  "<html><head><title>t</title></head><body><main><article>"
	  "<section>" STORY_EN "</section><div class=ArticleBio_root__qW2Xa>"
	  "<address><a href=/author/ca>Caroline Ashby</a> is a contributing "
	  "writer at the magazine. She covers craft, labor and the "
	  "afterlives of old technologies, and her work has appeared in "
	  "several magazines. She is the author of a history of the small "
	  "machines that shaped domestic life, and is at work on a book "
	  "about the people who repair clocks, radios and sewing machines "
	  "for a living. She lives in western Massachusetts.</address>"
	  "</div></article></main></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Caroline Ashby is", BOILER } } },
	{ "a sentence in the byline box above the title is its author's",
	  "<html><head><title>Why pilots stall</title></head><body><main>"
	  "<article><div class=contrib-byline><div><a href=/sites/mw>Marcus "
	  "Whitlow</a></div><div>Contributor</div><div>Marcus Whitlow "
	  "advises midsize companies on putting AI to practical use.</div>"
	  "</div><h1>Why pilots stall</h1>" STORY_EN "<p>Follow me on <a "
	  "href=https://www.linkedin.com/in/mw>LinkedIn</a>. Check out my "
	  "<a href=https://mw.example>website</a>.</p></article></main>"
	  "</body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Marcus Whitlow advises", BOILER },
	    { "Follow me on", BOILER } } },
	{ "a notice of rights closing the story is the page's",
	  "<html><head><title>t</title></head><body><article>" STORY_ZH
	  "<p>此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面"
	  "授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。"
	  "第一财经将追究侵权者的法律责任。</p></article></body></html>",
	  { { "分析人士认为", CONTENT },
	    { "此内容为第一财经原创", BOILER } } },
	{ "a notice of rights in brackets is no sign-off",
	  "<html><head><title>t</title></head><body><article>" STORY_ZH
	  "<p>（本文为凤凰网文化原创，未经授权不得转载）</p></article></body>"
	  "</html>",
	  { { "分析人士认为", CONTENT },
	    { "（本文为凤凰网", BOILER } } },
	{ "an offer to subscribe after the story is one box",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div class=curtain><div class=box><h3>Want to know how "
	  "the story ends?</h3><p>Subscribe for unlimited access to every "
	  "article on the site and in the app.</p><ul>"
	  "<li>Every article free to read</li><li>The weekly edition as an "
	  "e-paper</li></ul><div><a href=/abo>Try it for 1 euro</a></div>"
	  "<p>Price after the trial: 19.99 euros every four weeks.</p>"
	  "</div></div></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Want to know how", BOILER },
	    { "Every article free", BOILER },
	    { "Price after the trial", BOILER } } },
	{ "a paid post's label written into its box, over its pitch",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=body>" STORY_EN "<div class=wrap_d3e9f><span>Paid Content"
	  "</span><p>Planning a trip that actually feels restful? Travelers "
	  "are turning to Wanderwell, the booking app that vets every "
	  "retreat in person.</p></div>" STORY_ZH2 "</div></article>"
	  "</body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Planning a trip that", BOILER },
	    { "值得注意的是", CONTENT } } },
	{ "an advert's label in a box of the story's paragraphs heads none",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=body>" STORY_EN "<div class=wrap_d3e9f><span>Advertisement"
	  "</span><p>The bridge will reopen to cyclists in the summer, the "
	  "council said, once the new deck has been laid and tested.</p>"
	  "</div>" STORY_ZH2 "</div></article></body></html>",
	  { { "The bridge will reopen", CONTENT } } },
	{ "a page laid out in a table: the column beside the story's cell",
	  "<html><head><title>Council closes the old bridge</title></head>"
	  "<body><table><tr><td><table><tr><td width=680><h1>Council "
	  "closes the old bridge</h1><div>The city council voted on "
	  "Tuesday to close the old harbour bridge to cars from next "
	  "spring.<br><br>The mayor said the decision had not been easy, "
	  "and that the council would pay for a shuttle bus.<br><br>Shop "
	  "owners on the north side of the river said they feared losing "
	  "customers.<br><br>Engineers will look at the steel again in the "
	  "summer, and the council will vote on the plan in the autumn."
	  "</div></td><td width=300><b>Today</b><br>Tram fares go up in "
	  "April<br>The river festival is back<br>A new school for the old "
	  "quarter</td></tr></table></td></tr></table></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Tram fares go up in April", BOILER },
	    { "A new school for the old", BOILER } } },
	{ "a thread in the story's cell: each comment under its name and time",
	  "<html><head><title>t</title></head><body><table><tr><td>"
	  STORY_ZH STORY_ZH2 "<div><b>网友评论</b> 查看全部126条评论</div>"
	  "<div>网友 西关小姐　2011-06-21 09:40<br>保留骑楼是好事，希望真正做"
	  "到修旧如旧。<br><a href=#>支持[56]</a> <a href=#>回复</a></div>"
	  "<div>荔湾街坊　2011-06-21 10:12<br>补偿标准能不能再公开一点？<br>"
	  "<a href=#>支持[41]</a> <a href=#>回复</a></div></td>"
	  "<td width=300>广告</td>"
	  "</tr></table></body></html>",
	  { { "保留骑楼是好事", COMMENT },
	    { "补偿标准能不能再公开", COMMENT } } },
	{ "a share bar laid out as a table's row in the story",
	  "<html><head><title>t</title></head><body><div class=bodytext>"
	  "<h1>Council closes the old bridge</h1><table><tr><td>Partager "
	  "sur Facebook (214)</td><td>Tweeter (57)</td><td>Google+ (3)</td>"
	  "<td>Email</td></tr></table>" STORY_EN "<table><tr><td>Ana Lobo"
	  "</td><td>Partilhar no Facebook 58 · Twitter 14 · Email</td></tr>"
	  "</table>" STORY_EN_P(1) "<table><tr><th>Module</th><th>Class 1"
	  "</th><th>Class 2</th></tr><tr><td>Steel</td><td>X</td><td>X</td>"
	  "</tr></table>" STORY_EN_P(2) "</div></body></html>",
	  { { "Partager sur Facebook (214)", BOILER },
	    { "Tweeter (57)", BOILER },
	    { "Partilhar no Facebook 58", BOILER },
	    { "Steel", CONTENT } } },
	{ "a story cut into two sections by an advert, its first part short",
	  "<html><head><title>t</title></head><body><main><div><section>"
	  "<div><div class=story-text><p>The first part says the mayor "
	  "announced the closure on Monday, a day before the vote, and "
	  "that few had expected it so soon.</p><p>The second paragraph "
	  "adds that the council had been told of the corrosion a year "
	  "earlier.</p></div></div></section><div class=ad>Advertisement"
	  "</div><section><div><div class=story-text>" STORY_EN
	  STORY_EN_MORE "</div></div></section></div></main></body></html>",
	  { { "The first part says the mayor", CONTENT },
	    { "The second paragraph adds", CONTENT },
	    { "Paragraph 5 tells what", CONTENT } } },
	{ "a thread laid out in a table, its heading a row of its own",
	  "<html><head><title>t</title></head><body><table><tr><td>"
	  "<table><tr><td>" STORY_ZH STORY_ZH2 "</td></tr></table>"
	  "<table><tr><td><b>網友留言（共 214 則）</b></td></tr>"
	  "<tr><td>小胖 [IP: 114.45.*.*] 2008/04/15 08:12</td></tr>"
	  "<tr><td>難怪最近吃完雞排都覺得喉嚨怪怪的，原來是油有問題。</td></tr>"
	  "<tr><td>夜市常客 [IP: 61.230.*.*] 2008/04/15 09:27</td></tr>"
	  "<tr><td>應該把不合格攤商名單全部公布，讓大家知道哪幾攤不要去。</td>"
	  "</tr></table></td></tr></table></body></html>",
	  { { "難怪最近吃完雞排", COMMENT },
	    { "應該把不合格攤商", COMMENT } } },
	{ "a forum's replies, each named as the first post, with a quote "
	  "button",
	  "<html><head><title>t</title></head><body><div class=topic>"
	  "<div class=post><div class=postbody>" STORY_EN STORY_EN_P(1)
	  "</div></div><div class=post><p>by annie » Tue Apr 30, 2024 7:05 "
	  "am</p><p><a href=#q1>Quote</a></p><div class=postbody><p>Does "
	  "anyone know if the buses will take bikes? I commute every day."
	  "</p></div></div><div class=post><p>by modtrain » Tue Apr 30, "
	  "2024 7:31 am</p><p><a href=#q2>Quote</a></p><div class=postbody>"
	  "<p>Folding bikes yes, full-size bikes no, according to the "
	  "leaflet they handed out.</p></div></div></div></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Does anyone know if the buses", COMMENT },
	    { "Folding bikes yes", COMMENT } } },
	{ "a line of the story's code that a phrase would take",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<pre><code>from functools import lru_cache\n\n"
	  "@lru_cache(maxsize=None)\ndef fare(zone):\n    return 2 * zone"
	  "</code></pre>" STORY_EN_P(1) "</article></body></html>",
	  { { "@lru_cache(maxsize=None)", CONTENT },
	    { "from functools import", CONTENT } } },
	{ "comments in the story's cell, each under its writer's line and "
	  "over its votes",
	  "<html><head><title>t</title></head><body><table><tr><td>"
	  STORY_ZH STORY_ZH2 "<div>네티즌 의견 (3)</div>"
	  "<div>등록금반대 2009.12.05 11:02</div><div><a href=#>찬성 41</a> "
	  "<a href=#>댓글달기</a></div><p>동결한다고 해놓고 4.9%라니 학생을 "
	  "호구로 아나요.</p><div>대학생맘 2009.12.05 12:40</div><div><a "
	  "href=#>찬성 12</a> <a href=#>댓글달기</a></div><p>적립금 2400억 "
	  "쌓아놓고 인상이라니 납득이 안 갑니다.</p></td><td>광고</td></tr>"
	  "</table></body></html>",
	  { { "동결한다고 해놓고", COMMENT },
	    { "적립금 2400억", COMMENT } } },
	{ "the story's note on its update, just after its <article>",
	  "<html><head><title>t</title></head><body><div class=layout>"
	  "<article>" STORY_EN STORY_EN_P(1) "</article><p>This story has "
	  "been updated with the council's vote.</p><div class=more><a "
	  "href=/x>The tram line opens</a></div></div></body></html>",
	  { { "This story has been updated", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "the next story after this one, its short body named alike",
	  "<html><head><title>t</title></head><body><main><div><section>"
	  "<div><div class=story-text>" STORY_EN STORY_EN_MORE "</div></div>"
	  "</section><div class=ad>Advertisement</div><section><h2>Queens "
	  "deli cat goes viral</h2><div><div class=story-text><p>A ginger "
	  "tabby named Mortadella has become the unofficial cashier of a "
	  "corner deli, its owner said on Monday.</p><p>The owner said the "
	  "cat showed up as a stray two winters ago and never left the "
	  "shop.</p></div></div></section></div></main></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "A ginger tabby named", BOILER },
	    { "The owner said the cat", BOILER } } },
	{ "a programme's slots in the story, each led by its time",
	  "<html><head><title>The festival opens on Friday</title></head>"
	  "<body><article><h1>The festival opens on Friday</h1>" STORY_EN
	  "<p>The programme for the first evening:</p>"
	  "<p>7:30 Doors open in the old market hall</p>"
	  "<p>Welcome by the mayor</p>"
	  "<p>8:15 The harbour choir sings</p>"
	  "<p>9:40 Fireworks over the river</p>" STORY_EN_P(1)
	  STORY_EN_P(2) "</article></body></html>",
	  { { "7:30 Doors open in the old", CONTENT },
	    { "8:15 The harbour choir sings", CONTENT },
	    { "9:40 Fireworks over the river", CONTENT } } },
	{ "videos, each its link and its length, in the story's element",
	  "<html><head><title>The festival opens on Friday</title></head>"
	  "<body><article><h1>The festival opens on Friday</h1>" STORY_EN
	  "<p><a href=/v/1>2:14 Doors open in the old market hall</a></p>"
	  "<p><a href=/v/2>3:05 The harbour choir sings</a></p>"
	  "<p><a href=/v/3>1:48 Fireworks over the river</a></p>"
	  STORY_EN_P(1) STORY_EN_P(2) "</article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "2:14 Doors open in the old", BOILER },
	    { "1:48 Fireworks over the river", BOILER } } },
	{ "the <article> with the title, in a box named as content",
	  "<html><head><title>Council closes the old bridge</title></head>"
	  "<body><main id=main-content><article class=a><header><h1>Council "
	  "closes the old bridge</h1></header><div class=a_c>" STORY_EN
	  STORY_EN_P(1) STORY_EN_P(2) STORY_EN_P(3) "</div></article>"
	  "<section class=b-t><h3>Cities</h3>"
	  "<article class=c><h2><a href=/x>The new tram line opens in "
	  "June</a></h2><p>The city will run trams every six minutes on the "
	  "new line, which links the station to the university and the "
	  "hospital, from the first week of June.</p></article><article "
	  "class=c><h2><a href=/y>Parking fees rise in the centre</a></h2>"
	  "<p>Drivers will pay a third more to park in the old town from "
	  "next month, after the council voted to raise fees for the first "
	  "time in ten years.</p></article></section></main></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "The city will run trams", BOILER },
	    { "Drivers will pay a third", BOILER } } },
	{ "a thread under a title bar of its heading and counts",
	  "<html><head><title>t</title></head><body><div class=post_body>"
	  STORY_ZH STORY_ZH2 "</div><div class=post_tie><div class=titlebar>"
	  "<h3>跟贴评论区</h3><span>1873人参与 | 64条评论</span></div>"
	  "<div class=tlist><div class=item><a>网易浙江省舟山市网友</a>"
	  "<span>2小时前</span><div>这个好，海岛老人买药确实难，希望多开几条线"
	  "</div><a>顶[213]</a><a>回复</a></div><div class=item><a>蓝色大海"
	  "</a><span>1小时前</span><div>终于要开通了！补贴停了还能飞吗</div>"
	  "<a>顶[97]</a><a>回复</a></div></div></div></body></html>",
	  { { "据新华社报道", CONTENT },
	    { "这个好，海岛老人", COMMENT },
	    { "终于要开通了", COMMENT },
	    { "顶[213]", BOILER } } },
	{ "a thread of timed comments under their heading is no feed",
	  "<html><head><title>t</title></head><body><article class=body>"
	  STORY_EN "</article><section><h3>Comments</h3><ul>"
	  "<li><b>seas****</b><p>Good that they agreed with the fishermen. "
	  "I hope they pay them properly.</p><time>2025.05.14. 15:02</time>"
	  "</li><li><b>kim_77</b><p>The birds need a study that runs for "
	  "years, not weeks.</p><time>2025.05.14. 15:10</time></li>"
	  "<li><b>jh.lee</b><p>Let us see how many local firms really get "
	  "the work.</p><time>2025.05.14. 15:31</time></li></ul></section>"
	  "</body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Good that they agreed", COMMENT },
	    { "Let us see how many", COMMENT } } },
	{ "a sign-up's heading and blurb beside a wordless button",
	  "<html><head><title>t</title></head><body><article><div>"
	  STORY_EN "<div class=gnt_nl><h3>Stay informed with our Daily "
	  "Briefing newsletter</h3><p>Get the day's top local stories every "
	  "weekday morning.</p><div><button>Sign up for free</button></div>"
	  "</div><p>The bridge will reopen to cyclists in the summer.</p>"
	  "</div></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Stay informed with", BOILER },
	    { "Get the day's top", BOILER },
	    { "The bridge will reopen", CONTENT } } },
	{ "a box of a heading and a line is no sign-up without a button",
	  "<html><head><title>t</title></head><body><article><div>"
	  STORY_EN "<div class=box><h3>Sign up for the newsletter</h3><p>"
	  "Residents can read the plan in the town hall library.</p></div>"
	  "<p>The bridge will reopen to cyclists in the summer.</p>"
	  "</div></article></body></html>",
	  { { "Sign up for the", BOILER },
	    { "Residents can read", CONTENT } } },
	{ "a subhead over a gallery's link and its paragraph is the story's",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=article-body>" STORY_EN "<h2>Where the money comes from</h2>"
	  "<figure><img src=/b.jpg><figcaption>The bridge in June (Photo: "
	  "Gazette)</figcaption></figure><a href=/gallery>See the photos of "
	  "the bridge (4)</a><p>About "
	  "$2.9 million of the cost will come from a federal bridge program "
	  "administered by the state, the rest from the road fund.</p>"
	  STORY_ZH2 "</div></article></body></html>",
	  { { "Where the money comes from", CONTENT },
	    { "About $2.9 million", CONTENT } } },
	{ "a list of links under a subhead goes, the subhead stays",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=article-body>" STORY_EN "<h2>Where the money comes from</h2>"
	  "<ul><li><a href=/a>Council cuts the road fund again</a></li>"
	  "<li><a href=/b>State bridge program runs dry</a></li></ul><p>About "
	  "$2.9 million of the cost will come from a federal bridge program "
	  "administered by the state, the rest from the road fund.</p>"
	  STORY_ZH2 "</div></article></body></html>",
	  { { "Where the money comes from", CONTENT },
	    { "Council cuts the road fund", BOILER },
	    { "About $2.9 million", CONTENT } } },
	{ "a CJK subhead over an in-story related link is the story's",
	  "<html><head><title>t</title></head><body><article><div "
	  "class=article-content>" STORY_ZH "<h3>臨時候車處欠上蓋 乘客日曬雨淋"
	  "</h3><div><a href=/x>延伸閱讀：屯門鄉事會路交通擠塞 運輸署研調整燈號"
	  "</a></div>" STORY_ZH2 "</div></article></body></html>",
	  { { "臨時候車處欠上蓋", CONTENT },
	    { "延伸閱讀", BOILER },
	    { "值得注意的是", CONTENT } } },
	{ "an offer's long pitch over its button is the offer's",
	  "<html><head><title>t</title></head><body><div class=body>"
	  "<div>" STORY_EN "</div><div><p>Enjoying this article?</p><p>Read "
	  "every article on the site, with the weekly edition, the archive, "
	  "the puzzles and the podcasts too, on the web and in the app. Try "
	  "it for four weeks for 1 euro, then 19.99 euros a month, cancel at "
	  "any time.</p><a href=/abo>Try it for 1 euro</a><p>Already a "
	  "subscriber? <a href=/in>Log in</a></p></div><div>" STORY_ZH
	  "</div></div></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Enjoying this article?", BOILER },
	    { "Read every article", BOILER } } },
	{ "a name that ends in \"side\" is a theme's padding, not a sidebar",
	  "<html><head><title>t</title></head><body><div class=\"td-post-"
	  "content td-pb-padding-side\">" STORY_EN "</div><div class=\""
	  "side\"><p>Rules of this forum: be civil in the comments, and "
	  "link to the original report when you post a story, or the "
	  "moderators will remove it.</p></div></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Rules of this forum", BOILER } } },
	{ "a subtitle over the dates and the story's photo is the standfirst",
	  "<html><head><title>Buses run full for a month</title></head><body>"
	  "<div class=\"nav\"><a href=/a>Society</a> <a href=/b>Transport"
	  "</a></div><div id=\"contents\"><div class=\"tit\"><h4>Buses "
	  "run full for a month</h4></div><div><h5>Province promises 200 "
	  "more buses by the end of the year</h5></div><div><p>Posted "
	  "2025-11-14 05:00</p><p>Updated 2025-11-14 09:41</p></div><div "
	  "class=\"btn\"><a href=/f>Facebook</a> <a href=/x>X</a></div>"
	  "<div class=\"article-text\"><figure><img src=bus.jpg><figcaption>"
	  "Commuters wait at a stop near the station on Friday morning."
	  "</figcaption></figure>" STORY_EN "</div></div></body></html>",
	  { { "Province promises 200 more buses", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "a sports recap's \"UP NEXT\" subhead is the story's",
	  "<html><head><title>t</title></head><body><article><div class=\""
	  "body\">" STORY_EN "<h2>UP NEXT</h2><p>Astros: RHP Ronel Blanco "
	  "(5-2, 2.81 ERA) is scheduled to face the Mariners on Saturday "
	  "night in the second game of the series.</p></div></article>"
	  "</body></html>",
	  { { "UP NEXT", CONTENT },
	    { "Astros: RHP Ronel Blanco", CONTENT } } },
	{ "an ad's label heads its lines",
	  "<html><head><title>t</title></head><body><div class=body>"
	  STORY_ZH "<div><div>广告</div><a><img src=a.jpg></a><div>新车上市 "
	  "限时置换补贴最高2万元</div></div>" STORY_ZH "</div></body></html>",
	  { { "新车上市", BOILER },
	    { "据新华社报道", CONTENT } } },
	{ "an offer's box that opens with its call, its buttons one line",
	  "<html><head><title>t</title></head><body><div class=main>"
	  STORY_ZH "<div id=chargeWall><h3>本文为财新付费内容</h3><p>订阅财新通"
	  "，畅读财新网全部付费文章及英文报道。</p><p>首月仅需1元，随时可取消</p>"
	  "<div><a href=/buy>立即订阅</a><a href=/login>已是订阅用户？登录</a>"
	  "</div><p>如遇问题，请联系客服：400-696-0110</p></div></div>"
	  "</body></html>",
	  { { "分析人士认为", CONTENT },
	    { "订阅财新通", BOILER },
	    { "首月仅需1元", BOILER },
	    { "如遇问题", BOILER } } },
	{ "a quotation's footer and an editor's initials are the story's, "
	  "an embed's 'Loading...' is not",
	  "<html><head><title>t</title></head><body><article><div class="
	  "a-article-content>" STORY_EN "<blockquote><p>\"People call us and "
	  "ask whether they may still buy a gas boiler. We do not know.\""
	  "</p><footer>Sabine Ortkemper, climate manager in Halle</footer>"
	  "</blockquote><div data-component=Embed><span>Loading...</span>"
	  "</div><p>The neighbouring town is a step further, with an "
	  "analysis of every district's heat demand already on the table."
	  "</p><p class=a-article-footer__credit>(jsv)</p></div><footer "
	  "class=a-article-footer><a href=/forum>Read the comments</a>"
	  "</footer></article></body></html>",
	  { { "Sabine Ortkemper", CONTENT },
	    { "(jsv)", CONTENT },
	    { "Loading...", BOILER },
	    { "Read the comments", BOILER } } },
	{ "a comment form's fine print is the form's",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "</article><section id=comments><h2>Comentarios</h2><form><p>El "
	  "contenido de este campo se mantiene privado y no se mostrará "
	  "públicamente.</p><p>¿Cuánto es 4 + 3? Resuelva esta sencilla "
	  "operación y escriba el resultado.</p><p>Zaloguj się, aby dodać "
	  "komentarz.</p></form></section>"
	  "</body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "El contenido de este campo", BOILER },
	    { "¿Cuánto es 4 + 3?", BOILER },
	    { "Zaloguj się", BOILER } } },
	{ "an author's box and a plea to subscribe beside the story are "
	  "the page's",
	  "<html><head><title>t</title></head><body><div class=wrap><div "
	  "class=entry-content>" STORY_EN "</div><div class=tags>Tag: <a "
	  "href=/t/a>bridge</a></div><div class=author-box><p class="
	  "author-box__name>Giulia Ferrandi</p><p class=author-box__bio>"
	  "Giulia Ferrandi lavora al giornale dal 2018, dove si occupa di "
	  "scienza, energia e ambiente. Prima ha scritto per diversi mensili "
	  "di divulgazione e ha collaborato con un centro di ricerca sul "
	  "clima a Bologna, dove si è laureata in fisica dell'atmosfera."
	  "</p></div><div class=abbonati-box><p>Il giornale si sostiene "
	  "soprattutto grazie agli abbonamenti dei suoi lettori, che ci "
	  "permettono di continuare a fare un giornalismo accurato e chiaro "
	  "per tutti.</p></div></div></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Giulia Ferrandi lavora", BOILER },
	    { "Il giornale si sostiene", BOILER } } },
	{ "who reported the story, past the offer to subscribe",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div class=offer><h3>You've reached your limit of free articles"
	  "</h3><p>Subscribe to Meridian Markets for unlimited access to "
	  "business news.</p><p>$1/week for 12 weeks.</p><a href=/sub>"
	  "Subscribe now</a><p>Already a subscriber? <a href=/in>Sign in</a>"
	  "</p></div><p>Reporting by Valentina Cortes in Santiago; Editing "
	  "by Marguerite Dunn</p><div><p>Our Standards: <a href=/p>The "
	  "Principles.</a></p><a href=/l>Purchase Licensing Rights</a></div>"
	  "<h2>Read Next</h2><ul><li><a href=/a>Peru's copper exports fall "
	  "for a third month</a></li><li><a href=/b>Metals funds pull in "
	  "$2.1 billion in June</a></li></ul></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "$1/week", BOILER },
	    { "Reporting by Valentina", CONTENT } } },
	{ "the heading of a summary beside the story is the summary's",
	  "<html><head><title>t</title></head><body><div class=left><h1>"
	  "台风登陆</h1><div class=live-summary><h3>最新进展</h3><p>今年第9号台风"
	  "于8月12日13时40分前后在广东湛江沿海登陆，登陆时中心附近最大风力14级，"
	  "预计将以每小时20公里左右的速度向西北方向移动，强度逐渐减弱。</p></div>"
	  "<div class=live-tools><span>按时间倒序</span><span>刷新</span></div>"
	  "<div class=content-article>" STORY_ZH "</div></div></body></html>",
	  { { "最新进展", CONTENT },
	    { "今年第9号台风", CONTENT },
	    { "分析人士认为", CONTENT } } },
	{ "a photo story's captions are its paragraphs",
	  "<html><head><title>t</title></head><body><div class=nav><a href=/"
	  ">时政</a><a href=/a>国际</a></div><div id=detail><p>黄河从玛多县境内"
	  "流出，这里湖泊星罗棋布，当地牧民组成的生态管护员队伍常年在湖畔巡护，"
	  "记录野生动物的数量变化。</p><p>6月1日，生态管护员和同伴在扎陵湖畔巡护"
	  "。新华社记者 张龙 摄</p><p>生态管护员在巡护日志上记录当天观测到的藏"
	  "野驴数量。新华社记者 李思远 摄</p><p>5月31日，生态管护员在鄂陵湖附近"
	  "的草场上捡拾塑料垃圾。新华社记者 李思远 摄</p><p>生态管护员骑着摩托"
	  "车返回驻地，巡护路途往往需要数个小时。新华社记者 张龙 摄</p><p>据玛"
	  "多县有关部门介绍，通过持续开展生态保护和修复，当地湖泊数量已恢复到五"
	  "千多个。</p></div><div class=more><p>在海拔四千多米的高原上，一群年轻"
	  "的气象观测员已经坚守了整整十年</p><p>从沙进人退到绿进沙退，毛乌素沙地"
	  "治理背后是几代人的坚持</p><p>长江十年禁渔成效显现，昔日渔民转型当起了"
	  "护鱼员和讲解员</p></div></body></html>",
	  { { "黄河从玛多县", CONTENT },
	    { "6月1日，生态管护员", CONTENT },
	    { "5月31日，生态管护员", CONTENT },
	    { "据玛多县有关部门", CONTENT } } },
	{ "reporters' names alone after the story are its sign-off",
	  "<html><head><title>t</title></head><body><article><div class="
	  "content>" STORY_ZH "</div><div class=author>南方周末记者 陈思远 "
	  "南方周末实习生 拉姆</div><p>责任编辑 周正</p></article></body></html>",
	  { { "分析人士认为", CONTENT },
	    { "南方周末记者 陈思远", CONTENT },
	    { "责任编辑 周正", BOILER } } },
	{ "a paper's viewer, keywords and a like prompt are the page's",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>紙面をご覧になるには「読売新聞オンライン紙面ビューアー」をご利用"
	  "ください。</p><p>이 기사가 마음에 드셨다면</p><h3>関連キーワード</h3>"
	  "<ul><li><a href=/k/1>水産業</a></li><li><a href=/k/2>資源管理</a>"
	  "</li></ul></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "紙面をご覧に", BOILER },
	    { "이 기사가", BOILER },
	    { "関連キーワード", BOILER } } },
	{ "a title after a badge is the title, its subtitle stays",
	  "<html><head><title>[Live] Blackout in the south-west of the "
	  "city</title></head><body><div class=wrap><h3><span>LIVE</span>"
	  "[Live] Blackout in the south-west of the city</h3><h4 class="
	  "ArticleDetailView_subtitle__Hh2eP>Some 180,000 homes across three "
	  "districts left without power<br>Traffic lights out across the "
	  "south-west at rush hour</h4>"
	  "<ul><li>Posted 2025-08-07 19:42</li></ul><div class=articletext>"
	  STORY_EN "</div></div></body></html>",
	  { { "Some 180,000 homes", CONTENT },
	    { "Traffic lights out", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "the writer's name alone under the story is its signature",
	  "<html><head><title>t</title></head><body><article><div "
	  "itemprop=articleBody>" STORY_EN "<p>В Минпромторге от комментариев "
	  "отказались.</p><div class=author>Ольга Никитина, Дмитрий Козлов"
	  "</div></div>"
	  "<p>Газета «Коммерсантъ» №210 от 14.11.2025, стр. 7</p></article>"
	  "</body></html>",
	  { { "В Минпромторге", CONTENT },
	    { "Ольга Никитина, Дмитрий", CONTENT } } },
	{ "a caption's name and paper is no name over a bio",
	  "<html><head><title>t</title></head><body><article><figure><img "
	  "src=t.jpg><figcaption><p>The water tower, built in 1962.</p><p>"
	  "Dana Whitcomb, Ledger</p></figcaption></figure><p>Editor's note: "
	  "This story has been updated to correct the year the treatment "
	  "plant opened. It opened in 1974.</p>" STORY_EN "</article>"
	  "</body></html>",
	  { { "Editor's note: This story", CONTENT },
	    { "Shop owners on the north side", CONTENT } } },
	{ "the interviewer's credit under an interview",
	  "<html><head><title>t</title></head><body><article><div class=body>"
	  STORY_EN "<p class=author>Беседовала Анна Лыкова</p></div><div "
	  "class=tags><a href=/t>музеи</a></div></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Беседовала Анна", CONTENT } } },
	{ "a subhead with a year is no date; calls to readers in six "
	  "languages",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<h2>Neue Eintrittspreise ab 2026</h2><p>Um die laufenden Kosten zu "
	  "decken, steigen nach der Wiedereröffnung die Eintrittspreise für "
	  "Erwachsene und Kinder.</p><p>Подробнее о ситуации с "
	  "автокредитованием — в материале «Ъ» «Кредит не по карману».</p>"
	  "<p>Есть новость? Пишите в наш бот</p><p>Verpassen Sie keine "
	  "Eilmeldung mehr: Erhalten Sie die wichtigsten Nachrichten direkt "
	  "aufs Handy.</p><p>Please include a contact number if you are "
	  "willing to speak to a BBC journalist.</p><p>Reportar un error</p>"
	  "</article></body></html>",
	  { { "Neue Eintrittspreise ab 2026", CONTENT },
	    { "Подробнее о ситуации", BOILER },
	    { "Есть новость?", BOILER },
	    { "Verpassen Sie keine", BOILER },
	    { "Please include a contact", BOILER },
	    { "Reportar un error", BOILER } } },
	{ "a player's labels, a comment gate, an ad's marking, an offer",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>Video Player is loading.</p><p>Now Playing</p><p>You can now "
	  "listen to Fox News articles!</p><p>Продолжение доступно только по "
	  "подписке РБК Pro</p><p>ООО «Яндекс» erid: 2SDnjcK4R7v</p><p>"
	  "Bildergalerie: So sah das Freibad in den 1970er-Jahren aus</p>"
	  "<p>You must login or create an account to comment.</p></article>"
	  "</body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Video Player is loading", BOILER },
	    { "Now Playing", BOILER },
	    { "You can now listen", BOILER },
	    { "Продолжение доступно", BOILER },
	    { "ООО «Яндекс»", BOILER },
	    { "Bildergalerie:", BOILER },
	    { "You must login", BOILER } } },
	{ "bookmarks, listen prompts, appeals and notes in four languages",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>Сохранить в закладки</p><p>Ascolta l’articolo · 4 min</p><p>"
	  "«Медуза» работает благодаря читателям.</p><p>Dalsza część tekstu "
	  "pod materiałem wideo</p><p>Publikowane materiały prasowe nie są "
	  "tekstami redakcyjnymi.</p><p>시세 정보는 20분 지연 제공됩니다.</p>"
	  "<p>이 기사가 좋으셨다면</p></article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Сохранить в", BOILER },
	    { "Ascolta l", BOILER },
	    { "«Медуза» работает", BOILER },
	    { "Dalsza część", BOILER },
	    { "Publikowane materiały", BOILER },
	    { "시세 정보는", BOILER },
	    { "이 기사가 좋으셨다면", BOILER } } },
	{ "a blog's comment prompts, a member wall, gambling ads",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>Comments are moderated and may take up to 24 hours to appear."
	  "</p><p>Create an account to read the full story.</p><p>What are "
	  "your thoughts?</p><p>18+ Play responsibly. BeGambleAware.org.</p>"
	  "<p>4.1K Followers · 212 Following</p><p>We don't "
	  "have a paywall. Readers like you keep our journalism free.</p>"
	  "</article></body></html>",
	  { { "Shop owners on the north side", CONTENT },
	    { "Comments are moderated", BOILER },
	    { "Create an account", BOILER },
	    { "What are your thoughts?", BOILER },
	    { "18+ Play", BOILER },
	    { "4.1K Followers", BOILER },
	    { "We don't have a paywall", BOILER } } },
	{ "a story's sentences that share words with the calls stay",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>Operators will have to remind customers to gamble responsibly "
	  "before every deposit, the regulator said.</p><p>The clinic treats "
	  "everyone regardless of what they can afford, its director said."
	  "</p><p>You can now listen to the band's new album on every "
	  "streaming service, the label said on Friday.</p><p>비트코인의 "
	  "실시간 시세는 이날 오후 한때 1억원을 넘어섰다.</p><p>The council "
	  "will meet again next month to review the plan.</p></article>"
	  "</body></html>",
	  { { "Operators will have to", CONTENT },
	    { "The clinic treats", CONTENT },
	    { "You can now listen", CONTENT },
	    { "비트코인의", CONTENT },
	    { "The council will meet", CONTENT } } },
	{ "a heading's permalink mark is not a link",
	  "<html><head><title>t</title></head><body><div class=post>"
	  "<h1>The DNS search path ate our latency</h1>" STORY_EN
	  "<h2 id=a>The symptom<a hidden class=anchor aria-hidden=true "
	  "href=#a>#</a></h2>"
	  "<p>Every lookup of the provider's name went through the cluster's "
	  "search domains first, and each of them failed.</p>"
	  "<h2 id=b>Finding it<a class=headerlink href=#b>\xc2\xb6</a></h2>"
	  "<p>A packet capture on one pod showed a burst of queries before "
	  "every new connection to the provider.</p></div></body></html>",
	  { { "The symptom", CONTENT },
	    { "Finding it", CONTENT } } },
	{ "a Russian pull quote, no Latin letter in it, repeats the story",
	  "<html><head><title>t</title></head><body><article>"
	  "<p>\xd0\x92\xd0\xbb\xd0\xb0\xd1\x81\xd1\x82\xd0\xb8 "
	  "города во вторник закрыли старый мост для машин, после того как "
	  "инженеры нашли ржавчину на его опорах.</p>"
	  "<p>«Мы не можем рисковать жизнями людей, поэтому мост закроют до "
	  "весны», — сказал мэр, добавив, что ремонт займёт три года.</p>"
	  "<blockquote class=wp-block-pullquote><p>Мы не можем рисковать "
	  "жизнями людей, поэтому мост закроют до весны.</p></blockquote>"
	  "<p>Владельцы магазинов на северном берегу опасаются потерять "
	  "покупателей и просят совет пересмотреть план.</p>"
	  "<p>Совет обещал пустить автобус между районами на всё время "
	  "работ.</p></article></body></html>",
	  { { "Мы не можем рисковать жизнями людей, поэтому мост закроют до "
	      "весны.", BOILER },
	    { "«Мы не можем", CONTENT },
	    { "Владельцы магазинов", CONTENT } } },
	{ "a label over the title and a byline box's first-person bio are "
	  "no part of the story",
	  "<html><head><title>Harbour bridge to close</title></head><body>"
	  "<main class=main-content><div class=article-header>"
	  "<div class=pick><span>EDITORS' PICK</span></div>"
	  "<h1>Harbour bridge to close</h1>"
	  "<div class=dek><p>After a decade of repairs, the council has run "
	  "out of patience with the bridge.</p></div><div class=byline><a href=/sites/dana>Dana Whitlock</a>"
	  "<div>Senior Contributor</div><div>I cover cities, bridges and "
	  "the people who keep them standing.</div></div></div>"
	  "<div class=article-body>" STORY_EN STORY_EN_MORE STORY_EN_MORE
	  STORY_EN_MORE "</div></main></body></html>",
	  { { "EDITORS' PICK", BOILER },
	    { "I cover cities", BOILER },
	    { "The city council voted", CONTENT },
	    { "Shop owners", CONTENT } } },
	{ "a subhead over a link's card is the story's; a shop's card is not",
	  "<html><head><title>t</title></head><body><article>"
	  STORY_EN "<h2>Expansion instead of a fix</h2>"
	  "<div class=rg><a href=/other><div><h2>Why quick commerce keeps "
	  "failing, in one chart</h2><h3>Grocery delivery has a math "
	  "problem</h3><p>medium.com</p></div></a></div>"
	  "<p>Rather than slowing down, the company opened in three more "
	  "cities within five months, and hired two hundred couriers.</p>"
	  "<div class=c-productCard><div>Lumora Vela Color (32GB)</div>"
	  "<div><span>$229</span></div><a href=/buy>See at Best Buy</a>"
	  "</div>" STORY_EN_MORE "</article></body></html>",
	  { { "Expansion instead", CONTENT },
	    { "Why quick commerce", BOILER },
	    { "Rather than slowing", CONTENT },
	    { "Lumora Vela", BOILER },
	    { "$229", BOILER } } },
	{ "a short <h3> just under the title is its standfirst",
	  "<html><head><title>Tram to run without a driver</title></head>"
	  "<body><article><h1>Tram to run without a driver</h1>"
	  "<h3>Испытания начнутся на участке маршрута №13</h3>"
	  "<div class=share><button>VK</button><span>312</span></div>"
	  STORY_EN "</article></body></html>",
	  { { "Испытания начнутся", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a column of teasers beside a story of plain <div>s is no part of "
	  "it; the writer's bio under the story is a bio",
	  "<html><head><title>Opinion: turn the garage into homes</title>"
	  "</head><body><div><div><h1>Opinion: turn the garage into homes"
	  "</h1><div>By <a href=/p/dana>Dana Whitfield</a> Oct. 2, 2024 at "
	  "5:30 a.m.</div>"
	  "<div>" STORY_EN STORY_EN_MORE "</div>"
	  "<div><p>Dana Whitfield is a retired urban planner who worked for "
	  "22 years in the planning departments of three cities.</p></div>"
	  "<div><p>Want to share your opinion? Write a letter to the editor "
	  "of up to 250 words.</p></div></div>"
	  "<div><h2>More Opinion</h2>"
	  "<div><a href=/o1>Editorial: The housing levy deserves a yes vote"
	  "</a><p>The levy on the ballot is the most direct tool voters have "
	  "to bring rents down.</p></div>"
	  "<div><a href=/o2>Column: The new practice field is a gift</a><p>"
	  "Critics of the team's plans miss how much it already gives back "
	  "to the town.</p></div>"
	  "<div><a href=/o3>Letters: Readers on the school bus cuts</a><p>A "
	  "retired bus driver writes that the new routes leave children "
	  "waiting in the dark.</p></div></div></div></body></html>",
	  { { "The city council voted", CONTENT },
	    { "Dana Whitfield is", BOILER },
	    { "The levy on the ballot", BOILER },
	    { "Critics of the team", BOILER } } },
	{ "a subhead's two lines just over the story's body, past the "
	  "byline and the dates, are its standfirst",
	  "<html><head><title>출생아 14개월 연속 증가</title></head><body>"
	  "<div><nav><a href=/1>사회</a> <a href=/2>경제</a></nav>"
	  "<div><h1>출생아 14개월 연속 증가</h1><div><div><a href=/r>윤서진</a>"
	  " 기자 <button>기자 구독</button></div><div><p>입력 2025.11.26 "
	  "12:00</p><p>업데이트 2025.11.26 13:48</p></div></div>"
	  "<div><button>공유하기</button> <a href=#c>댓글 <span>47</span>"
	  "</a></div></div><div><div>"
	  "<h2>9월 출생아 2만1342명, 1년 전보다 8.2% 늘어<br>첫째아 비중 "
	  "62.4%로 역대 최고…자연감소는 71개월째</h2>"
	  "<div id=article_body itemprop=articleBody>" STORY_ZH STORY_ZH2
	  "</div></div></div></div></body></html>",
	  { { "9월 출생아", CONTENT },
	    { "첫째아 비중", CONTENT },
	    { "입력 2025", BOILER },
	    { "据新华社报道", CONTENT } } },
	{ "a summary's last point over a video's player is the story's; a "
	  "standfirst the page names stays past the byline and tools",
	  "<html><head><title>Storm live</title></head><body><article>"
	  "<h1>Storm live</h1><div class=byline><a href=/a>Ann Lee</a></div>"
	  "<div class=tools><button>Share</button><button>Print</button>"
	  "<button>Listen</button><button>Font</button><a href=/x>X</a>"
	  "<a href=/f>Facebook</a></div>"
	  "<div class=art_subtit><p>Power cut to 60,000 homes overnight</p>"
	  "</div><div class=summary><h2>Summary</h2><ul>"
	  "<li>About 60,000 homes are without power in the north-west</li>"
	  "<li>Rail services are suspended until at least six o'clock</li>"
	  "<li>Police say a man was seriously hurt when a tree fell on his "
	  "car</li></ul><div data-component=media-player><span>0:48</span>"
	  "</div></div>" STORY_EN STORY_EN_MORE "</article></body></html>",
	  { { "Police say a man", CONTENT },
	    { "Power cut to", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a story's second part, named as the first but without its "
	  "itemprop, past an advert, is the story's",
	  "<html><head><title>倉庫深夜竄火</title></head><body><article>"
	  "<h1>倉庫深夜竄火</h1><div class=story itemprop=articleBody>"
	  STORY_ZH STORY_ZH2 "</div><div class=ad_in_news><div>廣告 "
	  "Advertisement</div></div><div class=story><p><strong>►</strong> "
	  "<a href=/3><strong>沙田學童交通車事故</strong></a></p><p>一名住在附近的居民"
	  "表示，一開始聞到很重的塑膠味，跑出來看整片天空都是紅的。</p>"
	  "<p>至於起火原因及財損情形，消防局將進一步釐清。倉庫業者截至發稿前"
	  "未回應。</p></div></article>"
	  "<div class=related><h2>相關新聞</h2><ul><li><a href=/1>觀塘校園"
	  "午餐漲價</a></li><li><a href=/2>南投學童交通車事故</a></li></ul>"
	  "</div></body></html>",
	  { { "据新华社报道", CONTENT },
	    { "一名住在附近", CONTENT },
	    { "至於起火原因", CONTENT },
	    { "觀塘校園", BOILER } } },
	{ "a standfirst the page names stays in the header's info box",
	  "<html><head><title>Chip maker slashes outlook</title></head>"
	  "<body><article class=article><div class=article-info><div "
	  "class=o-topper__tags><a href=/s>Semiconductors</a></div>"
	  "<h1 class=o-topper__headline>Chip maker slashes outlook</h1>"
	  "<div class=o-topper__standfirst>Munich-based group delays the "
	  "second phase of its plant and cuts 900 jobs</div>"
	  "<div class=o-topper__byline><a href=/a>Olaf Strand</a> in Munich"
	  "</div></div><div class=n-content-body>" STORY_EN STORY_EN_MORE
	  "</div></article></body></html>",
	  { { "Munich-based group", CONTENT },
	    { "The city council voted", CONTENT } } },
	{ "a method's note in an <aside> that closes the story is the "
	  "story's; the republishing panel after it is not",
	  "<html><head><title>Ambulance rides on closed days</title></head>"
	  "<body><article><h1>Ambulance rides on closed days</h1>"
	  "<div class=body>" STORY_EN STORY_EN_MORE
	  "<aside><h3>How We Did It</h3><p>We obtained the state's claims "
	  "for non-emergency ambulance rides from 2018 through 2023 and "
	  "matched each trip's date against the opening hours of the "
	  "clinic it went to.</p><p>We counted a trip as a closed-day trip "
	  "only when the clinic, and every other clinic within 15 miles, "
	  "was closed that day, and we checked a sample of 200 trips by "
	  "hand against the clinics' own calendars.</p></aside></div>"
	  "<div class=republish><p>Creative Commons License (CC BY-NC-ND "
	  "3.0)</p><p>Thank you for your interest in republishing this "
	  "story. You are free to republish it so long as you credit us."
	  "</p></div></article></body></html>",
	  { { "How We Did It", CONTENT },
	    { "We counted a trip", CONTENT },
	    { "Thank you for your interest", BOILER } } },
	{ "a standfirst's second line after its <br> is the standfirst's",
	  "<html><head><title>배달노동자 쉼터 ‘0곳’ 자치구 절반</title></head><body>"
	  "<div><h4>배달노동자 쉼터 ‘0곳’ 자치구 절반</h4>"
	  "<p><span>등록 :2024-08-03 06:00</span></p>"
	  "<div><a href=#>기사 공유하기</a> <a href=#>페이스북</a></div></div>"
	  "<div class=subtitle>서울 25개 자치구 중 12곳 이동노동자 쉼터 없어<br>"
	  "폭염특보 기간 온열질환 증상 겪은 배달노동자 41%</div>"
	  "<div class=article-text><div class=text>" STORY_ZH STORY_ZH2
	  "</div></div></body></html>",
	  { { "서울 25개", CONTENT },
	    { "폭염특보 기간", CONTENT },
	    { "据新华社报道", CONTENT } } },
	{ "a broadcaster's tip lines under their marks, in the story's box",
	  "<html><head><title>t</title></head><body><div id=cont_newstext>"
	  "[앵커]<br><br>서울의 낮 기온이 사흘째 35도를 넘으면서 온열질환자가 "
	  "급증하고 있습니다.<br><br>질병관리청에 따르면 올여름 온열질환자는 "
	  "어제까지 1,200명을 넘었습니다.<br><br>전문가들은 한낮 야외 활동을 "
	  "자제하라고 당부했습니다.<br><br>▣ 제보 하기<br>◇ 카카오톡 : "
	  "'KBS제보' 검색<br>◇ 전화 : 02-781-1234, 4444<br>◇ 이메일 : "
	  "kbs1234@kbs.co.kr</div></body></html>",
	  { { "전문가들은 한낮", CONTENT },
	    { "▣ 제보 하기", BOILER },
	    { "◇ 전화", BOILER } } },
	{ "an editor's line indented with ideographic spaces",
	  "<html><head><title>t</title></head><body><div>"
	  "\343\200\200\343\200\200据新华社报道，两国外交部长周二在首都举行"
	  "会谈，就边境地区的贸易往来和人员交流问题交换了意见。<br><br>"
	  "\343\200\200\343\200\200有媒体援引知情人士的话称，双方已经就一项"
	  "为期五年的合作框架达成初步共识，但具体条款仍有待进一步磋商。<br><br>"
	  "\343\200\200\343\200\200编辑 李佳<br>"
	  "\343\200\200\343\200\200责编 何凡</div></body></html>",
	  { { "\343\200\200\343\200\200有媒体援引", CONTENT },
	    { "\343\200\200\343\200\200编辑 李佳", BOILER } } },
	{ "a table's caption named so is the story's, no photo's",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<div class=ab_table><p class=ab_table_caption>Average wait by "
	  "route (minutes)</p><table><tr><th>Route</th><th>Before</th>"
	  "<th>After</th></tr><tr><td>M4102</td><td>12</td><td>34</td></tr>"
	  "</table></div>" STORY_EN_MORE "</article></body></html>",
	  { { "Average wait by route", CONTENT },
	    { "M4102", CONTENT } } },
	{ "a box score: each row's linked name, and the second team's "
	  "table right under the first",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  STORY_EN_MORE "<h2>Box score</h2><table><tr><th>Creighton</th>"
	  "<th>MIN</th><th>PTS</th><th>REB</th></tr>"
	  "<tr><td><a href=/p/1>J. Okafor</a></td><td>36</td><td>27</td>"
	  "<td>8</td></tr><tr><td><a href=/p/2>B. Lindqvist</a></td>"
	  "<td>34</td><td>14</td><td>11</td></tr></table>"
	  "<table><tr><th>Villanova</th><th>MIN</th><th>PTS</th><th>REB</th>"
	  "</tr><tr><td><a href=/p/3>M. Dell</a></td><td>37</td><td>22</td>"
	  "<td>5</td></tr><tr><td><a href=/p/4>T. Amos</a></td><td>35</td>"
	  "<td>15</td><td>4</td></tr></table></article></body></html>",
	  { { "J. Okafor", CONTENT },
	    { "B. Lindqvist", CONTENT },
	    { "Villanova", CONTENT },
	    { "M. Dell", CONTENT },
	    { "T. Amos", CONTENT } } },
	{ "a statistic's table in the story says 'Veränderung' in a "
	  "longer header: no share prices",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>Munich stays the dearest city for a room.</p><table><tr>"
	  "<th>Stadt</th><th>Durchschnittsmiete</th><th>Veränderung zum "
	  "Vorjahr</th></tr><tr><td>München</td><td>760 Euro</td>"
	  "<td>+4,1 %</td></tr><tr><td>Berlin</td><td>650 Euro</td>"
	  "<td>+5,7 %</td></tr></table>" STORY_EN_MORE
	  "</article></body></html>",
	  { { "München", CONTENT },
	    { "760 Euro", CONTENT },
	    { "Berlin", CONTENT } } },
	{ "nor does 'Variación anual' (the word two thirds of its header)",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<p>Barcelona stays the dearest city for a flat.</p><table><tr>"
	  "<th>Ciudad</th><th>€/m²</th><th>Variación anual</th></tr><tr>"
	  "<td>Barcelona</td><td>23,9</td><td>+9,8%</td></tr><tr><td>Madrid"
	  "</td><td>21,6</td><td>+14,1%</td></tr></table>" STORY_EN_MORE
	  "</article></body></html>",
	  { { "Barcelona", CONTENT },
	    { "Variación anual", CONTENT },
	    { "Madrid", CONTENT } } },
	{ "a subtitle's line may hold a count",
	  "<html><head><title>고령 운전자 면허 반납 5년 새 2배</title></head><body>"
	  "<div class=header-box><h2>고령 운전자 면허 반납 5년 새 2배</h2>"
	  "<h3>작년 65세 이상 14만2,318명 자진 반납</h3><h3>버스 하루 네 번 "
	  "다니는 시골선 \"반납하면 집에 갇혀\"</h3>"
	  "<div class=writer>정지원 기자</div></div><div itemprop=articleBody>"
	  STORY_ZH STORY_ZH2 "</div></body></html>",
	  { { "작년 65세 이상", CONTENT },
	    { "버스 하루", CONTENT } } },
	{ "an offer's heading over its box, both in the box above",
	  "<html><head><title>t</title></head><body><article>"
	  "<div class=primary-cli>" STORY_EN STORY_EN_MORE "</div>"
	  "<div class=\"cli contributor-box\"><div class=support__header>"
	  "<h3 class=support__title>Support HuffPost</h3></div>"
	  "<div class=support__body><p class=support__headline>Our mission "
	  "is to keep news free for everyone.</p><p>Reporting like this "
	  "takes time and money. Readers like you keep our journalism open "
	  "to all, with no paywall in the way. Would you consider chipping "
	  "in today?</p><div class=support__buttons><button>$2</button>"
	  "<button>$5</button><button>$10</button><a class=support__cta "
	  "href=/give>Contribute</a></div><p class=support__login>Already "
	  "contributed? Log in to hide these messages.</p></div></div>"
	  "</article></body></html>",
	  { { "Paragraph 10 tells", CONTENT },
	    { "Support HuffPost", BOILER },
	    { "Our mission is", BOILER } } },
	{ "an appeal's box at the story's end: heading, text and button",
	  "<html><head><title>t</title></head><body><article>"
	  "<div>" STORY_EN STORY_EN_MORE "</div>"
	  "<div>" STORY_EN_P(11) STORY_EN_P(12) "</div>"
	  "<div class=wrap><div class=callout-end><h3>Support public radio "
	  "&mdash; the stories that matter, heard where you live.</h3>"
	  "<p>Your gift helps us report from small towns like this one, "
	  "free for everyone.</p><a class=callout__button href=/give>"
	  "Donate now</a><a href=/signin>Already a supporter? Sign in</a>"
	  "</div></div></article></body></html>",
	  { { "Paragraph 12 tells", CONTENT },
	    { "Support public radio", BOILER },
	    { "Your gift helps", BOILER } } },
	{ "a list story's headings, each a link to the thing it reviews",
	  "<html><head><title>t</title></head><body><article>"
	  STORY_EN
	  "<h3><a href=https://store.example/rez>Rez Infinite ($30)</a>"
	  "</h3>" GAME_P("Rez Infinite")
	  "<h3><a href=https://store.example/thumper>Thumper ($20)</a>"
	  "</h3>" GAME_P("Thumper")
	  "<h3><a href=https://store.example/job>Job Simulator ($30)</a>"
	  "</h3>" GAME_P("Job Simulator")
	  "<h3><a href=https://store.example/eve>Eve Valkyrie ($60)</a>"
	  "</h3>" GAME_P("Eve Valkyrie")
	  "</article><aside><h2>More stories</h2><h3><a href=/x>A review "
	  "of another headset</a></h3><p>We tried the other headset for a "
	  "week.</p></aside></body></html>",
	  { { "Thumper ($20)", CONTENT },
	    { "Eve Valkyrie ($60)", CONTENT },
	    { "A review of another", BOILER } } },
	{ "the story's table under its subhead, past a teaser and its link",
	  "<html><head><title>t</title></head><body><article>"
	  STORY_EN STORY_EN_P(1)
	  "<div class=teaser><p>Mehr zum Thema</p><p><a href=/x>Gasheizung: "
	  "Wann der Austausch Pflicht wird</a></p></div>"
	  "<h3>Welche Versorger die Preise anheben</h3><table><tr><th>"
	  "Versorger</th><th>Arbeitspreis neu</th><th>Ver\303\244nderung</th>"
	  "</tr><tr><td>Stadtwerke Leipzig</td><td>13,8 Cent/kWh</td><td>+16 "
	  "Prozent</td></tr><tr><td>SWM M\303\274nchen</td><td>10,9 Cent/kWh"
	  "</td><td>+12 Prozent</td></tr></table>" STORY_EN_P(2)
	  "<ul><li>" STORY_EN_P(3) "</li><li>X50 / X50 Pro / X50 Ultra</li>"
	  "<li>Note 14 / Note 14 Pro</li></ul>" STORY_EN_P(4)
	  "</article></body></html>",
	  { { "Stadtwerke Leipzig", CONTENT },
	    { "+16 Prozent", CONTENT },
	    { "X50 / X50 Pro", CONTENT },
	    { "Gasheizung", BOILER } } },
	{ "a roundup's items, each a linked name, its line and a button",
	  "<html><head><title>t</title></head><body><article>"
	  STORY_EN "<h2>The best machines for beginners</h2><div class=rl>"
	  ROUND_ITEM("Brother XM2701 Sewing Machine", "the cheapest "
	  "machine here, and it sews well")
	  ROUND_ITEM("Janome New Home Sewing Machine", "light enough "
	  "for a child to carry")
	  ROUND_ITEM("Bernette B33 Swiss Design", "made in the Bernina "
	  "factories, and sold for half the price")
	  ROUND_ITEM("Singer Heavy Duty 4411", "a heavy machine that "
	  "sews denim without a complaint")
	  "</div>" STORY_EN_P(1) "</article></body></html>",
	  { { "Janome New Home Sewing", CONTENT },
	    { "Janome New Home Sewing Machine is light", CONTENT },
	    { "Singer Heavy Duty 4411", CONTENT },
	    { "Read more", BOILER } } },
	{ "an accordion's panels, hidden until a reader opens them",
	  "<html><head><title>t</title></head><body><article>" STORY_EN
	  "<h2>What to consider</h2><div class=acc><div><h3><button "
	  "aria-expanded=false>Weight</button></h3><div hidden><p>A "
	  "lighter shoe feels faster on race day, but a heavier trainer "
	  "carries more foam and lasts longer on the long runs.</p></div>"
	  "</div></div><div hidden><p>This copy of the page is hidden "
	  "from every reader and no control opens it at all.</p></div>"
	  "<nav><button aria-expanded=false>Menu</button><ul hidden><li>"
	  "<a href=/a>Running shoes for the road and the trail</a></li>"
	  "</ul></nav>" STORY_EN_P(1) "</article></body></html>",
	  { { "A lighter shoe feels faster", CONTENT },
	    { "This copy of the page is hidden", BOILER },
	    { "Running shoes for the road", BOILER } } },
	{ "cards of other stories, each dated, with a long blurb",
	  "<html><head><title>t</title></head><body><div id=maincontent>"
	  STORY_EN STORY_EN_P(1) STORY_EN_P(2) STORY_EN_P(3) STORY_EN_P(4)
	  STORY_EN_P(5) STORY_EN_P(6) "<div class=pl>"
	  DATED_CARD("Rosewood London unveils its alpine chalet")
	  DATED_CARD("New air shuttle lands at a private game reserve")
	  DATED_CARD("A river cruise line wins its third award")
	  "</div></div></body></html>",
	  { { "Paragraph 1 tells", CONTENT },
	    { "A river cruise line wins its third award.", BOILER },
	    { "New air shuttle lands at a", BOILER } } },
	{ "the story's paragraphs between a gallery's slides",
	  "<html><head><title>t</title></head><body><article><h1>t</h1>"
	  "<div class=text>" STORY_EN "</div><div class=gallery><figure>"
	  "<img src=1.jpg><figcaption>1/3 – Fans run onto the pitch after "
	  "the final whistle. © IMAGO</figcaption></figure><p>The coach, "
	  "promoted from assistant only in April, was soaked in beer by "
	  "his own players in the dressing room.</p><figure><img src=2.jpg>"
	  "<figcaption>2/3 – The captain lifts a shirt. © IMAGO"
	  "</figcaption></figure><p>Around two in the morning the team "
	  "moved on to the old town, where hundreds of fans were waiting "
	  "for them.</p><figure><img src=3.jpg><figcaption>3/3 – The "
	  "morning after. © VfL</figcaption></figure></div>" STORY_EN_P(1)
	  "</article></body></html>",
	  { { "The coach, promoted from", CONTENT },
	    { "Around two in the morning", CONTENT },
	    { "2/3 – The captain", BOILER } } },
	{ "a box of one card after the story, its headline over its blurb",
	  "<html><head><title>t</title></head><body><article><h1>t</h1>"
	  STORY_EN STORY_EN_P(1) STORY_EN_P(2) "<div class=x>"
	  "<h3>Read Next</h3><article><h3><a href=/gold>Gold holds near "
	  "record as traders await the Fed's decision</a></h3><p>Bullion "
	  "has rallied more than 5% this month on bets the central bank "
	  "will cut rates by June.</p></article></div></article></body>"
	  "</html>",
	  { { "Paragraph 2 tells", CONTENT },
	    { "Bullion has rallied", BOILER } } },
	{ "a sales pitch in the story's element",
	  "<html><head><title>t</title></head><body><article><h1>t</h1>"
	  STORY_EN STORY_EN_P(1) "<div class=pitch-container><h3>Should "
	  "you invest $1,000 in Costco right now?</h3><p>Before you buy "
	  "stock in Costco, consider this:</p><p>The analyst team just "
	  "identified what they believe are the 10 best stocks for "
	  "investors to buy now, and Costco wasn't one of them.</p></div>"
	  STORY_EN_P(2) "</article></body></html>",
	  { { "Paragraph 2 tells", CONTENT },
	    { "The analyst team just identified", BOILER },
	    { "Should you invest", BOILER } } },
	{ "the page's description in a \"footer\" under the title, outside "
	  "the main subtree; an author's box beside it",
	  "<html><head><title>Harbour bridge to close to cars next spring"
	  "</title><meta name=description content=\"Engineers found the "
	  "steel supports had corroded faster than expected, and the works "
	  "could take three years\"></head><body><div class=head><h1>"
	  "Harbour bridge to close to cars next spring</h1><ul class=footer>"
	  "<li><h2>Engineers found the steel supports had corroded faster "
	  "than expected, and the works could take three years</h2></li>"
	  "</ul></div><article><header><h2>Harbour bridge to close</h2>"
	  "<div class=x1><div><a href=/a/laura>Laura Martin</a><p>Laura "
	  "Martin writes about the city's roads, bridges and transport for "
	  "the local desk.</p></div></div></header><div itemprop="
	  "articleBody>" STORY_EN STORY_EN_P(1) "</div></article></body>"
	  "</html>",
	  { { "Engineers found the steel", CONTENT },
	    { "Laura Martin writes about", BOILER },
	    { "Paragraph 1 tells", CONTENT } } },
	{ "a columnist's box under the standfirst, beside the main subtree",
	  "<html><head><title>Harbour bridge to close to cars next spring"
	  "</title></head><body><article><header><h2><span>Comment</span>"
	  "<span>Harbour bridge to close to cars next spring</span></h2><p>"
	  "The council has debated the bridge for years while the steel "
	  "rusted. It is time to act on what the engineers found.</p><div "
	  "class=ab><img src=a.jpg alt=\"Laura Martin\"><div><a href="
	  "/a/laura>Laura Martin</a><p class=bio>Laura Martin writes about "
	  "the city's roads, bridges and transport for the local desk.</p>"
	  "</div></div><time datetime=2025-03-12>12 March 2025</time>"
	  "</header><figure><img src=b.jpg><figcaption>The old bridge at "
	  "dawn. (Photo: Ann Lee)</figcaption></figure><div itemprop="
	  "articleBody><p>Twenty years.</p>" STORY_EN "</div></article>"
	  "</body></html>",
	  { { "The council has debated", CONTENT },
	    { "Laura Martin writes about", BOILER },
	    { "Twenty years.", CONTENT } } },
	{ "a subtitle over a byline, a date, tools and the story's own "
	  "heading",
	  "<html><head><title>黄河流域九省区联手治理水土流失</title></head>"
	  "<body><div class=tt><h1>"
	  "黄河流域九省区联手治理水土流失</h1><h4>淤地坝、梯田、林草“组合拳”"
	  "齐上阵</h4><p class=author>本报记者　刘诗瑶　王沛</p><div class=box>"
	  "2019年11月20日05:18　来源：<a href=/p>人民网－人民日报</a></div>"
	  "<div class=share>分享到：<a href=/w>微信</a><a href=/b>新浪微博</a>"
	  "</div></div><div id=p_content><p><strong>核心阅读</strong></p>"
	  STORY_ZH "</div></body></html>",
	  { { "淤地坝、梯田", CONTENT },
	    { "据新华社报道", CONTENT } } },
	{ "an e-paper's subtitle in the row under its title's",
	  "<html><head><title>胡同里的“共享菜园”：三十平方米种出邻里情"
	  "</title></head><body><table><tr><td>社区观察"
	  "</td></tr><tr><td>胡同里的“共享菜园”：三十平方米种出邻里情</td></tr>"
	  "<tr><td>拆违腾退空地变身菜园　二十多户居民轮流认领“一米田”</td></tr>"
	  "<tr><td>本报记者 孟凡 文/摄</td></tr></table>"
	  "<table><tr><td id=ozoom>"
	  STORY_ZH STORY_ZH2 "</td></tr></table></body></html>",
	  { { "拆违腾退空地", CONTENT },
	    { "据新华社报道", CONTENT } } },
	{ "a paragraph's generated id that spells \"ad\" (\"0ad3\")",
	  "<html><head><title>t</title></head><body><article><h1>t</h1>"
	  STORY_EN "<p id=0ad3 name=0ad3>The water agency published a guide "
	  "with criteria, but it leaves the final decision to each town "
	  "council.</p>" STORY_EN_P(1) "</article></body></html>",
	  { { "The water agency published", CONTENT } } },
	{ "the last item of the story's list names comments, and the story "
	  "goes on",
	  "<html><head><title>t</title></head><body><article><h1>t</h1>"
	  STORY_EN "<p>Victims described the same warning signs:</p><ul><li>"
	  "Handles that combined a festival name with the word resale</li>"
	  "<li>Requests for payment through apps with no buyer protection"
	  "</li><li>Comments turned off on posts, or limited to accounts the "
	  "seller followed</li></ul>" STORY_EN_P(1) STORY_EN_P(2)
	  "</article></body></html>",
	  { { "Comments turned off on posts", CONTENT },
	    { "Paragraph 2 tells", CONTENT } } },
	{ "a subtitle its class calls the second title",
	  "<html><head><title>Синоптик рассказал, когда в Москву придет "
	  "тепло</title></head><body><div class=article__header><h1 class="
	  "article__title>Синоптик рассказал, когда в Москву придет тепло"
	  "</h1><div class=article__second-title>До +23 градусов: москвичей "
	  "ждут теплые выходные</div></div><div class=article__body>"
	  STORY_EN "</div><footer><p>Contact us about anything at all.</p>"
	  "</footer></body></html>",
	  { { "До +23 градусов", CONTENT },
	    { "Contact us about anything", BOILER } } },
	{ "a fact-check's claim and sources in boxes beside its text",
	  "<html><head><title>Did lightning strike the lighthouse twice?"
	  "</title></head><body><header><a href=/>Home</a><a href=/fc>Fact "
	  "Checks</a></header><h1>Did lightning strike the lighthouse "
	  "twice?</h1><div class=claim_wrapper><div class=claim_title>"
	  "Claim:</div><div class=claim_cont>A video shows lightning "
	  "striking the same lighthouse twice in one night.</div></div>"
	  "<div class=rating><div>Rating:</div><a href=/r>Mixture</a></div>"
	  "<div class=article_text>" STORY_EN "</div><div class="
	  "sources_wrapper><h3>Sources</h3><div id=sources_rows><p>Facebook "
	  "post, March 8, 2024</p><p>Email interview with the harbour "
	  "master, 18 July 2024.</p></div></div><div class=share><a href=/s>"
	  "Share</a></div><footer><p>Contact us about anything at all.</p>"
	  "</footer></body></html>",
	  { { "A video shows lightning", CONTENT },
	    { "Facebook post, March 8", CONTENT },
	    { "Email interview with the harbour", CONTENT },
	    { "Contact us about anything", BOILER } } },
	{ "a list of linked names the story leads in to; a related list",
	  "<html><head><title>EU blacklists drone parts makers</title>"
	  "</head><body><article><h1>EU blacklists drone parts makers</h1>"
	  STORY_EN "<p>According to the <a href=/oj>Official Journal</a>, "
	  "the companies added to the list are:</p><ol>"
	  "<li><a href=/c/1>Hexatron Electronics Co</a> (China) - flight "
	  "controllers</li><li><a href=/c/2>Everlift Motor Co</a> (China) - "
	  "drone engines</li><li><a href=/c/3>Arvan Dis Ticaret AS</a> "
	  "(Turkey) - navigation modules</li><li><a href=/c/4>Tekhsnab "
	  "LLP</a> (Kazakhstan) - resale</li></ol><p>The council will review "
	  "the list again in six months, a spokesman said.</p><h2>Read "
	  "more:</h2><ul><li><a href=/a/1>Harbour cranes idle as dock strike "
	  "enters second week</a></li><li><a href=/a/2>Council approves new "
	  "budget for bridge repairs</a></li><li><a href=/a/3>Shuttle bus "
	  "timetable published for the works</a></li></ul></article>"
	  "</body></html>",
	  { { "According to the Official", CONTENT },
	    { "Hexatron Electronics Co", CONTENT },
	    { "Everlift Motor Co", CONTENT },
	    { "Tekhsnab LLP", CONTENT },
	    { "The council will review the list", CONTENT },
	    { "Council approves new budget", BOILER } } },
	{ "a subtitle in a bare div between the title and the date line",
	  "<html><head><title>南沙新建三座深水码头投产</title></head><body>"
	  "<div class=m-article><h2 id=article_title>南沙新建三座深水码头投产"
	  "</h2><div class=m-sub>自动化码头作业效率提升约三成，南沙港区正加快"
	  "建设国际航运枢纽</div><div class=m-info>2024-06-27 18:05 来源："
	  "南方网</div><div class=content id=content>" STORY_ZH "</div></div>"
	  "<div class=side><ul><li><a href=/a>广州地铁新线路今日开通运营"
	  "</a></li><li><a href=/b>深圳发布高温橙色预警信号提醒</a></li>"
	  "</ul></div></body></html>",
	  { { "自动化码头作业效率提升约三成", CONTENT },
	    { "据新华社报道", CONTENT },
	    { "广州地铁新线路今日开通运营", BOILER } } },
};

static void
test_names(void)
{
	const struct name_case	*c;
	struct dom_node		 nd;
	size_t			 i;

	for (i = 0; i < sizeof name_cases / sizeof name_cases[0]; i++) {
		c = &name_cases[i];
		memset(&nd, 0, sizeof nd);
		dom_name(&nd, c->value, DOM_ATTR_CLASS);
		if (!ok(nd.family == c->family, "name '%s' is '%s'", c->value,
		    dom_family_name(c->family)))
			printf("#   got '%s' (token '%s')\n",
			    dom_family_name(nd.family), dom_token_name(nd.token));
	}
	/* the table is searched by halves: it must stay sorted */
	for (i = 2; i <= (size_t)dom_name_entries(); i++)
		if (strcmp(dom_token_name((int)i - 1),
		    dom_token_name((int)i)) >= 0)
			break;
	if (!ok(i > (size_t)dom_name_entries(), "the names' table is sorted"))
		printf("#   '%s' before '%s'\n", dom_token_name((int)i - 1),
		    dom_token_name((int)i));
}

/*
 * The names a page uses are stored as words, so that a table grown in
 * the middle still reads them right: a word it has, a word it no longer
 * has, and version 1's bare index.
 */
static void
test_pack_words(void)
{
	/* version, flags, 2 words, 2 nodes (parent back, tag, flags,
	 * word, family, attr), no block */
	static const char	 v2[] = "\x02\x00\x02\x07sidebar\x07nosuchw"
	    "\x02\x00\x03\x00\x01\x02\x00\x01\x03\x00\x02\x03\x00"
	    "\x00";
	static const char	 v1[] = "\x01\x00\x01\x00\x03\x00\x01\x02"
	    "\x00\x00";
	struct dom		*d;

	d = dom_unpack(v2, sizeof v2 - 1);
	ok(d != NULL && d->nnodes == 2 &&
	    strcmp(dom_token_name(d->nodes[0].token), "sidebar") == 0 &&
	    d->nodes[0].family == 2, "a stored word is read as this "
	    "table's entry");
	ok(d != NULL && d->nodes[1].token == 0 && d->nodes[1].family == 3,
	    "a word the table no longer has is none, its family kept");
	dom_free(d);
	d = dom_unpack(v1, sizeof v1 - 1);
	ok(d != NULL && d->nnodes == 1 && d->nodes[0].token == 1,
	    "version 1 still reads");
	dom_free(d);
}

static void
test_pack(void)
{
	struct html_doc	*doc;
	struct dom	*d;
	struct buf	 b;
	size_t		 i;
	int		 same, bad = 0;

	doc = html_parse(page_cases[0].html, strlen(page_cases[0].html));
	buf_init(&b);
	dom_pack(doc->dom, &b);
	d = dom_unpack(b.data, b.len);
	same = d != NULL && d->nnodes == doc->dom->nnodes &&
	    d->nblocks == doc->dom->nblocks && d->flags == doc->dom->flags;
	for (i = 0; same && i < d->nnodes; i++)
		same = memcmp(&d->nodes[i], &doc->dom->nodes[i],
		    sizeof d->nodes[i]) == 0;
	for (i = 0; same && i < d->nblocks; i++)
		same = d->blocks[i].node == doc->dom->blocks[i].node &&
		    d->blocks[i].flags == doc->dom->blocks[i].flags;
	ok(same, "a dom packs and unpacks the same (%zu nodes, %zu blocks)",
	    doc->dom->nnodes, doc->dom->nblocks);
	for (i = 0, same = 0; i < doc->dom->nnodes; i++) {
		if (doc->dom->nodes[i].token != 0 && memmem(b.data, b.len,
		    dom_token_name(doc->dom->nodes[i].token), strlen(
		    dom_token_name(doc->dom->nodes[i].token))) != NULL)
			same++;
	}
	ok(same > 0, "the names it uses are stored as words (%d nodes)",
	    same);
	dom_free(d);
	/* every shorter prefix, and every byte flipped, is refused or sane */
	for (i = 0; i < b.len; i++) {
		if ((d = dom_unpack(b.data, i)) != NULL)
			bad++;
		dom_free(d);
		b.data[i] ^= 0x5a;
		d = dom_unpack(b.data, b.len);
		if (d != NULL && (d->nblocks > b.len || d->nnodes > b.len))
			bad++;
		dom_free(d);
		b.data[i] ^= 0x5a;
	}
	ok(bad == 0, "damaged doms are refused");
	ok(dom_unpack("", 0) == NULL && dom_unpack("\x09", 1) == NULL,
	    "an empty or unknown version is refused");
	buf_free(&b);
	test_pack_words();
	html_doc_free(doc);
	dom_free(NULL);
}

/*
 * The block of a doc whose text starts with s, or -1; with s starting
 * AGAIN, the second such block.
 */
static long
find_block(const char *text, size_t len, const char *s)
{
	const char	*p = text, *e = text + len, *nl;
	long		 i;
	int		 skip = 0;

	if (*s == AGAIN[0]) {
		skip = 1;
		s++;
	}
	for (i = 0; p <= e; i++) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		if ((size_t)(nl - p) >= strlen(s) &&
		    memcmp(p, s, strlen(s)) == 0 && skip-- == 0)
			return (i);
		if (nl == e)
			break;
		p = nl + 1;
	}
	return (-1);
}

static void
test_shape(void)
{
	static const char	 html[] =
	    "<html><head><title>t</title></head><body>"
	    "<nav class=x><p>one</p></nav><main><article itemprop=\"x\">"
	    "<div itemprop=\"articleBody\"><p>two</p><p style=\"display:"
	    "none\">three</p></div></article></main><aside role=\"search\">"
	    "<comment-list><p>four</p></comment-list></aside></body></html>";
	struct html_doc		*doc;
	const struct dom	*d;
	uint32_t		 k;
	long			 b;

	doc = html_parse(html, sizeof html - 1);
	d = doc->dom;
	is_str(doc->text, "one\ntwo\nthree\nfour", "shape: the text");
	ok(d->nblocks == 4 && (d->flags & DOM_P_PAGE), "shape: four blocks "
	    "of a whole page");
	b = find_block(doc->text, doc->len, "one");
	k = d->blocks[b].node;
	ok(d->nodes[k].tag == DOM_P && d->nodes[d->nodes[k].parent].tag ==
	    DOM_NAV, "shape: a <p> in a <nav>");
	b = find_block(doc->text, doc->len, "two");
	k = d->nodes[d->blocks[b].node].parent;
	ok((d->nodes[k].flags & DOM_N_ARTBODY) &&
	    d->nodes[d->nodes[d->nodes[k].parent].parent].tag == DOM_MAIN,
	    "shape: itemprop articleBody in <article> in <main>");
	b = find_block(doc->text, doc->len, "three");
	ok(d->nodes[d->blocks[b].node].flags & DOM_N_HIDDEN,
	    "shape: display:none is hidden");
	b = find_block(doc->text, doc->len, "four");
	k = d->nodes[d->blocks[b].node].parent;
	ok(d->nodes[k].family == DOM_FAM_COMMENTS &&
	    (d->nodes[d->nodes[k].parent].flags & DOM_N_SEARCH),
	    "shape: a custom element named by its tag, role search");
	html_doc_free(doc);
}

static void
test_meta(void)
{
	const struct meta_case	*c;
	struct import_opts	 opts;
	struct html_doc		*doc;
	char			*date, name[160];
	size_t			 i;

	memset(&opts, 0, sizeof opts);
	for (i = 0; i < sizeof meta_cases / sizeof meta_cases[0]; i++) {
		c = &meta_cases[i];
		doc = html_parse(c->html, strlen(c->html));
		snprintf(name, sizeof name, "%s: title", c->name);
		is_str(doc->title, c->title, name);
		date = doc->date != NULL ? date_parse(doc->date) : NULL;
		snprintf(name, sizeof name, "%s: date", c->name);
		is_str(date, c->date, name);
		free(date);
		snprintf(name, sizeof name, "%s: author", c->name);
		is_str(doc->author, c->author, name);
		snprintf(name, sizeof name, "%s: site", c->name);
		is_str(doc->site, c->site, name);
		html_doc_free(doc);
	}
}

static void
test_pages(void)
{
	const struct page_case	*c;
	const struct verdict	*w;
	struct html_doc		*doc;
	struct clean		*cl;
	size_t			 i, j;
	long			 b;

	for (i = 0; i < sizeof page_cases / sizeof page_cases[0]; i++) {
		c = &page_cases[i];
		doc = html_parse(c->html, strlen(c->html));
		cl = clean_text(doc->title, doc->text, doc->len, doc->links,
		    doc->nlinks, doc->dom, NULL, NULL, CLEAN_REASONS);
		for (j = 0; j < sizeof c->want / sizeof c->want[0]; j++) {
			w = &c->want[j];
			if (w->text == NULL)
				break;
			b = find_block(doc->text, doc->len, w->text);
			if (!ok(b >= 0 && (size_t)b < cl->nblocks &&
			    cl->blocks[b].verdict == w->verdict, "%s: '%.24s' "
			    "is %s", c->name, w->text,
			    clean_verdict_name(w->verdict)) && b >= 0)
				printf("#   block %ld: %s (%s)\n", b + 1,
				    clean_verdict_name(cl->blocks[b].verdict),
				    cl->blocks[b].reason);
		}
		clean_free(cl);
		html_doc_free(doc);
	}
}

int
main(void)
{
	test_names();
	test_pack();
	test_shape();
	test_meta();
	test_pages();
	return (tap_done());
}
