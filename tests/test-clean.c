/*
 * test-clean.c: the boilerplate classifier on small made-up articles,
 * through clean_text() alone: what it keeps, what it hides and why, what
 * it calls a reader comment, and what it never does (hide everything).
 * Each case is a text of a few lines and the verdict of every line: C
 * content, B boilerplate, M comment.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

/* The verdicts of c, one letter a block. */
static char *
letters(const struct clean *c)
{
	char	*s = xmalloc(c->nblocks + 1);
	size_t	 i;

	for (i = 0; i < c->nblocks; i++)
		switch (c->blocks[i].verdict) {
		case VERDICT_CONTENT:
			s[i] = 'C';
			break;
		case VERDICT_BOILERPLATE:
			s[i] = 'B';
			break;
		case VERDICT_COMMENT:
			s[i] = 'M';
			break;
		default:
			s[i] = '?';
		}
	s[i] = '\0';
	return (s);
}

static struct clean *
classify(const char *title, const char *text, clean_df_cb df, void *arg)
{
	return (clean_text(title, text, strlen(text), NULL, 0, NULL, df, arg,
	    CLEAN_REASONS));
}

/* Classify text and compare its verdicts with want. */
static struct clean *
check(const char *title, const char *text, const char *want,
    const char *name)
{
	struct clean	*c = classify(title, text, NULL, NULL);
	char		*got = letters(c);
	size_t		 i;

	if (!is_str(got, want, name))
		for (i = 0; i < c->nblocks; i++)
			printf("#   %zu %s: %s\n", i,
			    clean_verdict_name(c->blocks[i].verdict),
			    c->blocks[i].reason);
	free(got);
	return (c);
}

/* Block i's reason starts with want. */
static void
reason(const struct clean *c, size_t i, const char *want, const char *name)
{
	const char	*got = i < c->nblocks ? c->blocks[i].reason : "";

	ok(strncmp(got, want, strlen(want)) == 0, "%s", name);
	if (strncmp(got, want, strlen(want)) != 0)
		printf("#   got: '%s'\n#   want a start of: '%s'\n", got, want);
}

/* Every block hash is in "count" other articles of the source. */
static unsigned
everywhere(uint64_t hash, void *arg)
{
	(void)hash;
	return (*(unsigned *)arg);
}

#define LEDE	"The dock workers' union said on Tuesday that talks with " \
		"the port authority had broken down again, and that the " \
		"strike would continue until the pay offer was improved."
#define SECOND	"Shipping lines have begun diverting container vessels to " \
		"neighbouring ports, adding days to delivery times for " \
		"retailers across the region."
#define QUOTE	"\"We are not going back for a promise,\" said one crane " \
		"operator, who has worked at the harbour for twenty years."
#define TITLE	"Harbour cranes idle as dock strike enters second week"
#define COOKIES	"We use cookies and similar technologies to improve your " \
		"experience, to measure the audience of our pages and to " \
		"show you personalised advertising. By clicking Accept all " \
		"you agree to the storing of cookies on your device.\n"
#define STORY_ZH_TEXT \
	"湖南省人民检察院12日发布消息，湖南省交通运输厅原厅长周国庆涉嫌受贿" \
	"一案，由湖南省监察委员会调查终结，移送检察机关审查起诉。\n" \
	"据官方通报，周国庆利用职务上的便利，在工程项目承揽、企业经营等方面" \
	"为他人谋取利益，非法收受他人财物，数额特别巨大。\n" \
	"调查人员在其位于长沙的两处住所中查获现金约1800万元，另有大量名表" \
	"和字画，相关资产已依法查封。\n"

/* Each line alone under TITLE: its reason starts with want, or not. */
static void
lines_reason(const char *const *lines, const char *want, int is)
{
	struct clean	*c;
	size_t		 i;

	for (i = 0; lines[i] != NULL; i++) {
		c = classify(TITLE, lines[i], NULL, NULL);
		if (is)
			reason(c, 0, want, lines[i]);
		else
			ok(strncmp(c->blocks[0].reason, want, strlen(want)) != 0,
			    "not %s: %s", want, lines[i]);
		clean_free(c);
	}
}

int
main(void)
{
	struct clean	*c;
	unsigned	 n;
	size_t		 i, start;
	const char	*text;

	/* Blocks are the lines, their ranges the bytes of each line. */
	text = TITLE "\n" LEDE "\n" SECOND "\nShort line.";
	c = classify(NULL, text, NULL, NULL);
	ok(c->nblocks == 4, "one block a line (%zu)", c->nblocks);
	for (i = 0, start = 0; i < c->nblocks && i < 4; i++) {
		if (c->blocks[i].start != start)
			break;
		start += c->blocks[i].len + 1;
	}
	ok(i == 4 && start == strlen(text) + 1,
	    "each block is its line, newline excluded");
	clean_free(c);

	c = classify(NULL, "", NULL, NULL);
	ok(c->nblocks == 0, "an empty text has no blocks");
	clean_free(c);

	/* A byline alone on its line is hidden; one that opens the lede is
	 * the lede, and kept. */
	c = check(TITLE, "By Maria Lindqvist\n" LEDE "\n" SECOND,
	    "BCC", "a byline on its own line is hidden");
	reason(c, 0, "byline", "and the reason says byline");
	clean_free(c);
	c = check(TITLE, "By MARIA LINDQVIST " LEDE "\n" SECOND, "CC",
	    "a byline running into the lede is kept with it");
	clean_free(c);

	/* The story's last lines, a lead-in and a short quote: the end
	 * of the text is a bad anchor, and the quote, near-good, stands
	 * on that side, so the lead-in is the story's (as in jusText). */
	c = check(TITLE, LEDE "\nThe union's leader said:\n"
	    "\"We will stay out as long as it takes.\"", "CCC",
	    "a lead-in before the closing quote stays");
	clean_free(c);

	/* An ad as a scraper saves it, its label, its line and its
	 * button, between two paragraphs of the story. */
	c = check(TITLE, LEDE "\nAdvertisement\nSwitch to fibre this month "
	    "and get your first three months free.\nLearn More\n" SECOND,
	    "CBBBC", "an ad's line between its label and its button is "
	    "hidden");
	clean_free(c);

	/* An ad's label and its offer, no button under them; a sentence
	 * under the label is the story's, prices and all. */
	c = check(TITLE, LEDE "\nPR\n夏のボーナスで始める資産運用　今なら口座開設で"
	    "最大5,000円プレゼント\n" SECOND, "CBBC",
	    "an ad's offer under its label is hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nРеклама\nСкидки до 70% на летнюю коллекцию "
	    "— только до воскресенья!\n" SECOND, "CBBC",
	    "an ad's offer that ends in a cry is hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nAdvertisement\nThe single fare rises to "
	    "\342\202\2543.20 in May, the operator said.\n" SECOND, "CBCC",
	    "a sentence with a price under an ad's label is the story's");
	clean_free(c);
	c = check(TITLE, LEDE "\nAnzeige\nJetzt Baufinanzierung vergleichen "
	    "und bis zu 0,4 Prozentpunkte sparen \342\200\223 unverbindlich "
	    "in nur drei Minuten.\n" SECOND, "CBBC",
	    "an ad's offer in its words, a sentence, is hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nPUBBLICIT\303\200\nScopri la nuova gamma "
	    "ibrida. Tua da 199 euro al mese con anticipo zero. Scopri "
	    "l'offerta\n" SECOND, "CBBC",
	    "an ad's offer naming its price in euro is hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nAnzeige\nJetzt Depot er\303\266ffnen und 3 "
	    "Monate keine Ordergeb\303\274hren zahlen \342\200\223 nur "
	    "f\303\274r kurze Zeit.\n" SECOND, "CBBC",
	    "an ad's offer for a short time is hidden");
	clean_free(c);

	/* A poll in the story: its label, then its question. */
	c = check(TITLE, LEDE "\nANKIETA\nCzy popierasz wprowadzenie strefy "
	    "czystego transportu w twoim mie\305\233cie?\n" SECOND, "CBBC",
	    "a poll's question under its label is hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nWhy did the ferry sink so fast?\n" SECOND,
	    "CCC", "a question in the story is the story's");
	clean_free(c);

	/* A related link in the story: its heading alone, then the
	 * other story's headline; the story goes on. */
	c = check(TITLE, LEDE "\nM\303\241s informaci\303\263n\nEl "
	    "precio del alquiler sube un 11% en un a\303\261o\n" SECOND,
	    "CBBC", "the headline under a related heading is hidden");
	clean_free(c);

	/* Related links in the story: their heading, two headlines, and
	 * the story goes on; a subhead marked as one is the story's. */
	c = check(TITLE, LEDE "\nRelated\nFreight firms brace for a summer "
	    "of strikes across the north\nWhy the cranes of the future may "
	    "need no driver at all\n" SECOND, "CBBBC", "the headlines under "
	    "a related heading are hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nRelated\n\342\226\240 What the union "
	    "wants from the port now\n" SECOND, "CBCC", "a subhead marked "
	    "with a square after a related heading stays");
	clean_free(c);

	c = check(TITLE, LEDE "\n【関連記事】\nFreight firms brace for a "
	    "summer of strikes across the north…\nWhy the cranes of the "
	    "future may need no driver at all\n\342\226\240 What the union "
	    "wants\n" SECOND, "CBBBCC", "headlines, one cut short, under a "
	    "related heading, then the story's marked subhead");
	clean_free(c);

	c = check(TITLE, LEDE "\nMOST READ IN NEWS\n1 'I found a live "
	    "grenade while digging my allotment'\n2 Holiday park hit with a "
	    "fine after a chlorine leak\n3 Pensioner becomes oldest person to "
	    "finish the pier swim\n4 Drivers warned of long queues as the "
	    "A29 shuts\n" SECOND, "CBBBBBC", "four numbered headlines under "
	    "a related heading are hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nMehr zum Thema\nHebammenmangel: Warum "
	    "immer mehr kleine Kreiss\303\244le schlie\303\237en\nThe "
	    "protest\n" SECOND, "CBBCC", "a headline under a related heading, "
	    "then the story's short subhead");
	clean_free(c);
	/* The list's last item written as a sentence, the page's lines
	 * under it; and the story's sentence where the story goes on. */
	c = check(TITLE, LEDE "\n" SECOND "\nMeistgelesen\nTankrabatt: Das "
	    "sagt der Minister zu den Spritpreisen\nBahnstreik: Diese "
	    "Verbindungen fallen am Freitag aus\nDie Bahn hat f\303\274r das "
	    "Wochenende Einschr\303\244nkungen angek\303\274ndigt.\n\302\251 "
	    "Morgenpost 2025 \342\200\223 Alle Rechte vorbehalten", "CCBBBBB",
	    "a related list's last item, a sentence, is hidden");
	clean_free(c);
	c = check(TITLE, LEDE "\nMehr zum Thema\nTankrabatt: Das sagt der "
	    "Minister zu den Spritpreisen\nBahnstreik: Diese Verbindungen "
	    "fallen am Freitag aus\nDie Gewerkschaft wies das zur\303\274ck.\n"
	    SECOND, "CBBBCC", "the story's sentence under related headlines "
	    "stays");
	clean_free(c);

	/* An interview's last short lines after a related line stay. */
	c = check(TITLE, LEDE "\n" SECOND "\nLire aussi | Dessalement : "
	    "l'usine de Barcelone tourne \303\240 plein r\303\251gime\n"
	    "\303\212tes-vous optimiste ?\nOui, si l'on agit maintenant.\n"
	    "Newsletter", "CCBCCB", "the story's short closing lines after "
	    "a related line in it stay");
	clean_free(c);

	/* A writer's bio after the story, figures after the name. */
	c = check(TITLE, LEDE "\n" SECOND "\nMarcus Hale covers city "
	    "government and transportation for the Courier. He has lived in "
	    "Ridgefield since 2009.", "CCB", "a bio that says what its writer "
	    "covers is hidden, a year in it or not");
	clean_free(c);

	/* A story's sentence may use a promo's verbs in its middle; a
	 * call to the reader that opens with them is still a promo. */
	c = check(TITLE, LEDE "\nThe operator asked large industrial "
	    "users to sign up for a scheme that pays them to cut demand at "
	    "short notice.\n" SECOND "\nSign up for the morning briefing "
	    "and get the day's news first.", "CCCB",
	    "a sentence that says \"sign up for\" stays, a promo does not");
	clean_free(c);

	/* A call to the reader that ends with a colon is a promo; a
	 * lead-in to a quote, a name that is also a verb's, is not. */
	{
		static const char *const ctas[] = { "Watch the video:",
		    "Siehe auch:", "Смотрите также:", "Listen to the podcast:",
		    NULL };
		static const char *const leadins[] = { "Read said:",
		    "The union's leader said:", "Follow the money, he said:",
		    NULL };

		lines_reason(ctas, "promo", 1);
		lines_reason(leadins, "promo", 0);
	}
	/* Widgets' words of portals and apps, old and new. */
	{
		static const char *const forms[] = { "參與互動(12)",
		    "我要评论(9)", "로그인하시면 의견을 남길 수 있습니다", NULL };
		static const char *const shares[] = {
		    "轉寄 列印 推到Plurk 推到Twitter", "約4分で読めます",
		    "Shared 1,204 times", NULL };
		static const char *const calls[] = {
		    "点个“在看”，让更多人看到", "유료 구독신청",
		    "Thank you for signing up!", NULL };

		static const char *const paid[] = {
		    "Paid post: Retiring in the next ten years? See how a "
		    "pension review could add to your savings.",
		    "На правах рекламы: Ремонт квартир под ключ за 30 дней.",
		    "推广：高端海景房开盘在即，首付低至三成，点击预约看房", NULL };

		static const char *const consent[] = { "Aceptar y continuar",
		    NULL };
		static const char *const relateds[] = {
		    "▸ 延伸閱讀：花蓮震後觀光人數回升 中秋連假住房率達七成",
		    "Themen: Ringbahn S-Bahn Berlin Deutsche Bahn BVG", NULL };

		lines_reason(consent, "cookie", 1);
		lines_reason(relateds, "related", 1);
		lines_reason(paid, "ad", 1);
		lines_reason(forms, "comment-form", 1);
		lines_reason(shares, "share-widget", 1);
		lines_reason(calls, "promo", 1);
	}

	/* A gallery's counter, with the picture named or not, in several
	 * languages; a number pair without "of" or "/" is no counter. */
	{
		static const char *const counters[] = { "3 / 12", "2 of 10",
		    "Bild 3 von 12", "(Photo 2/9)", "Фото 1 из 5", "写真 4/12",
		    "사진 3/7", "Imagen 5 de 20", NULL };
		static const char *const not_counters[] = { "2024 12",
		    "Photo 3", "1 of the best", NULL };

		lines_reason(counters, "counter", 1);
		lines_reason(not_counters, "counter", 0);
	}

	/* A closed comment section's notice, and a related heading after
	 * an emoji, are the page's. */
	{
		static const char *const closed[] = { "Comentarios cerrados "
		    "en este art\303\255culo.", "Les commentaires sont "
		    "ferm\303\251s.", "本文通告引用(Trackback)链接: "
		    "/wp-trackback.php?p=1700", "Trackback URL", "参与互动",
		    "Trackback: http://tb.example.net/TrackBack.aspx?PostId=5",
		    "Diskutieren Sie mit! 87 Beitr\303\244ge", "Forum",
		    "Comments are the opinions of the posters and not of The "
		    "Millbrook Courier.", "Коментарі", "Komentarze", "Commenti",
		    "ความคิดเห็น (38)", "कमेंट (46)", "Bình luận (12)",
		    "Skomentuj (34)", "Diskuse k článku",
		    "Kommentera artikeln",
		    "Du måste vara inloggad för att kommentera.",
		    "Reacties (12)", "Lasă un comentariu",
		    "Σχόλια (2)", "Γράψτε το σχόλιό σας", "Kommentit (3)",
		    "Kirjaudu sisään kommentoidaksesi.",
		    "Lai komentētu, lūdzu, autorizējieties.",
		    "Kommentaarid on selle artikli juures välja lülitatud.",
		    "Diskutovat mohou pouze ověření uživatelé.",
		    "Увійдіть, щоб залишити коментар.",
		    NULL };
		/* a panel's discussant, a critic: no comment section */
		static const char *const critics[] = {
		    "Kommentar: Die Gesundheitsversorgung darf keine Frage der "
		    "Postleitzahl sein", "评论人：龚刚（清华大学"
		    "经管学院）徐现祥（中山大学）", "著名文学评论家 王蒙",
		    "Asked about the delays, a spokesperson sent a one-line "
		    "reply:", NULL };
		/* a schedule's slots: no video's length */
		static const char *const playlist[] = { "Hazmat crews clean "
		    "up Louisiana pipeline leak 02:11",
		    "How cities are trying to beat extreme heat (2:14)", NULL };
		static const char *const clocks[] = { "Polls open at 07:00",
		    "Новый мост откроют в 09:00", "Kickoff tonight 08:00",
		    NULL };
		static const char *const slots[] = { "8:50—9:20 特邀嘉宾主题"
		    "演讲", "10:10-12:10 Panel on monetary policy",
		    "9:30 to 11:00 Keynote", NULL };
		/* the copyright's owner, in the story's sentence */
		static const char *const owners[] = { "美国唱片工会表示，播客在"
		    "使用其它音乐时，一定要获得版权所有者或制作人的许可",
		    "Copyright lawyers for the studio argued that the film "
		    "had copied whole scenes from the novel.", NULL };
		static const char *const notices[] = {
		    "Copyright 2019 The Associated Press. All rights reserved.",
		    "Copyright by the author.", NULL };
		static const char *const related[] = {
		    "Fotostrecke: So lief die Rettung am Deich",
		    "\360\237\223\262 LEIA TAMB\303\211M:",
		    "[이 시각 많이 본 뉴스]", "【热门推荐】", "İLGİLİ HABERLER",
		    "İlgili Haberler", "Ещё новости", "Смотреть все видео",
		    "ニュースランキング",
		    "Baca Juga: Jembatan Putus Akibat Banjir, Warga Memutar",
		    "اقرأ أيضا: الذهب يتراجع في منتصف التعاملات", NULL };
		/* a day's highs and lows; not a reading in two units */
		static const char *const weathers[] = {
		    "天気予報　東京　今日 18℃/9℃ 降水確率20%",
		    "USD 92,41 \342\210\2220,35",
		    /* a header's date with the weather, a forecast */
		    "Sunday, Jun 14th 2026 7PM 19°C",
		    "10PM 15°C 5-Day Forecast", NULL };
		static const char *const not_weathers[] = {
		    "Temp rating: 15°F/-9°C", "Comfort rating: 26°F/-3°C",
		    "Updated Sunday, Jun 14th 2026 7PM", NULL };
		/* a reporter's lead-in to a talk is no byline */
		static const char *const leadins[] = {
		    "记者和陈国栋有过这样一段对话：", NULL };
		/* a word that holds an ad's ("roadblocks") */
		/* a story of a privacy policy, speaking to its reader */
		static const char *const policies[] = {
		    "StudyNest promised to quiz you with flashcards. Its "
		    "privacy policy said something else.", NULL };
		static const char *const roadblocks[] = {
		    "\"Because as they say, the non-political gun creates "
		    "roadblocks,\" he told the paper on Monday.", NULL };
		/* share buttons with their counts; not a row of figures */
		static const char *const counted[] = {
		    "分享 讚 1,286 LINE 複製連結", "小字号 大字号",
		    "Facebook 12 Twitter 3 Email", "1.3K",
		    "38 responses to this story", NULL };
		static const char *const not_counted[] = {
		    "Facebook Twitter 1 2 3", "LINE 12 34 56", "2024", NULL };

		static const char *const not_ago[] = {
		    "2026年前11个月全国铁路运输主要指标", NULL };
		static const char *const agos[] = { "3年前", "Sept. 3, 2025",
		    "5 листопада 2024", "22 марта 2024", "März 2026",
		    "16 marca 2021", NULL };
		/* a year and a word that is no month's */
		static const char *const not_dates[] = { "2026 Outlook",
		    "2025 Market review", "Generali 2026", NULL };
		static const char *const kmenus[] = { "뉴스 홈 정치 북한 경제 "
		    "산업 사회 전국 세계 문화 스포츠 연예", NULL };
		static const char *const not_kmenus[] = { "정부 예산 삭감 "
		    "놓고 여야 공방 계속", NULL };
		static const char *const phones[] = { "(202) 555-0148",
		    "+49 30 284447-42", "0228 - 8491 - 4444", NULL };
		static const char *const tools3[] = { "\343\203\225\343\202"
		    "\251\343\203\255\343\203\274", "Follow",
		    "이 기사는 AI 요약 기능을 제공합니다.", "+关注",
		    "第1页/共1页 << 上一页 | 下一页 >>", "프린트", "Viber",
		    "文字大小", "\320\237\320\276\320\263\320\276\320\264"
		    "\320\260: +4\302\260C", "USD 92,41 EUR 99,87",
		    "この記事についてツイート", "ブックマーク", "リンクをコピー",
		    "Salva", "字体：大 中 小", "日経平均 38,412.55 +211.30",
		    "DAX 18.235 +0,4%", "字級設定", "記事を保存", "링크 복사",
		    "Guardar", "この記事を共有する",
		    NULL };
		static const char *const not_tools[] = { "90 Minuten",
		    "Temperatures reached 40.1\302\260C", "12\302\260C",
		    "Exports rose 12.5 percent to 3.2 billion",
		    "12 minutes", "25 Min.", "auf Facebook", "Generation X",
		    "Malcolm X", "Loose threads", NULL };
		static const char *const not_phones[] = { "12 345 678",
		    "2008-2012",
		    "2024-06-24", "Power company: 0800 701 0102", "555-0148",
		    NULL };
		static const char *const links[] = { "相关链接", "相關連結",
		    "相关专题", "\303\232ltimas noticias", "Archivado en:",
		    "Also on this blog: Why the Route 9 roundabout "
		    "cost twice what we were told",
		    "관련 링크", "今日热门", "热门推荐", "更多自由時報報導",
		    "更多 寶島新聞網 報導", NULL };
		/* a correction's note is the story's: a fact-checker
		 * reads it */
		static const char *const fixes[] = {
		    "Correction: An earlier version of this article gave the "
		    "wrong date for the vote.",
		    "更正：本文此前版本中的日期有误，现已更正。",
		    "Исправлено 12.03.2025: уточнено название компании.", NULL };
		/* a story's sentence that opens with a credit's word */
		static const char *const shooters[] = {
		    "摄影师说，这是他见过最大的雪。", NULL };
		/* a page's consents: its privacy policy, an embed's */
		static const char *const consents[] = {
		    "Hier steht ein Inhalt von X, der den Artikel ergänzt.",
		    "Externen Inhalt laden", "Нажимая кнопку, вы соглашаетесь "
		    "с политикой конфиденциальности.", NULL };
		static const char *const credits[] = {
		    "Data: World Resources Institute; Chart: Axios Visuals",
		    "Chart: Harbour News Graphics", NULL };
		/* a story's trial of a product is no offer of one */
		static const char *const trials[] = {
		    /* a sign-up's words in a story's sentence */
		    "지역 신문의 유료 구독신청은 지난해보다 30% 늘어난 것으로 "
		    "집계됐다고 신문협회가 밝혔다.",
		    "Uma moradora contou que encontrou na sua caixa de correio "
		    "uma carta da autarquia a anunciar as obras.",
		    "Die Stadt verschickt die neuen Bescheide ab Montag direkt "
		    "per E-Mail.",
		    /* a button's word that opens a longer one */
		    "Subscribers on the forum DSLReports say the upload cap "
		    "has broken video calls and cloud backups.",
		    /* a button's words inside a sentence */
		    "The vote came after four hours of comment, and city "
		    "records show more than half of the homes are still on "
		    "lead pipes.",
		    "The union said there will be more stories like this one "
		    "as long as the port keeps cutting the night shifts.",
		    "Los vecinos subieron al mirador para ver más allá de la "
		    "niebla que cubría el valle aquella mañana.",
		    "In order to get the new version of the app, Google Play "
		    "sends your device a patch that describes the differences "
		    "between the old and new versions of the app.",
		    "メーカーが11月に発表したスマートフォンを、"
		    "発売前に1週間試用した。",
		    "Travelers are being urged to download the MyTSA app for "
		    "real-time wait estimates and to arrive two hours early.",
		    "氣象署表示，最新資訊可至氣象署網站或下載「生活氣象」App查詢，"
		    "若有豪雨特報將即時發布。",
		    "Финансирование проекта обеспечили грант Российского фонда "
		    "культуры и пожертвования жителей окрестных деревень, "
		    "собравших более двух миллионов рублей.",
		    NULL };

		/* a heading's word inside a story's subhead */
		static const char *const teasers[] = {
		    "▲推荐阅读：新能源车购置税减免政策全解读", NULL };
		static const char *const subheads[] = {
		    "二、夜市成了热门去处", "三、推荐制度还需完善", NULL };
		static const char *const notes[] = {
		    "Corrections and clarifications", "이 기사는 언론사에서 "
		    "사회 섹션으로 분류했습니다.", NULL };

		static const char *const controls[] = { "Archived post. New "
		    "comments cannot be posted and votes cannot be cast.",
		    "Sort by: Best", "Continue this thread \342\206\222",
		    "level 2", "Yorumlar (124)",
		    "level 1 \302\267 tidewatcher \302\267 7 hr. ago", NULL };
		static const char *const shares2[] = { "Join",
		    "この記事をシェア", "Copiar enlace",
		    "Iniciar sesi\303\263n",
		    "이 기사를 SNS로 공유하세요.",
		    /* buttons split by ideographic spaces */
		    "WhatsApp\u3000Facebook\u3000複製連結",
		    "ポスト\u3000シェア\u3000はてブ", "Share\u3000Save\u3000Hide",
		    "좋아요 0\u3000훈훈해요 0\u3000슬퍼요 0", "Beitrag auf X ansehen",
		    "この記事は役に立ちましたか?", "【纠错】【打印】【关闭】",
		    "Drucken", "LINEで送る",
		    NULL };
		static const char *const more[] = {
		    "Explore more on these topics", "外部サイト",
		    "Go deeper: The return-to-office fight is moving to the "
		    "suburbs", "教育のニュース一覧", "Лучшие материалы недели",
		    "이런 기사도 있어요: 사교육비 역대 최고… 초등생 1인당 "
		    "월 50만원 넘어",
		    "Mirá también", "Filed under:",
		    "Leé también: El desempleo juvenil bajó por primera vez",
		    "Mehr: Warum deutsche Industriebetriebe zunehmend in "
		    "Osteuropa investieren", "LEER MÁS: Universidades: "
		    "cuántos alumnos abandonan en el primer año",
		    "Read: The last places where you can just sit",
		    "Read more on the energy transition",
		    "相关推荐：年轻人返乡潮背后：县城消费正在发生哪些变化",
		    "次のページへ",
		    "[연관 기사] 소아청소년과 전공의 지원율, 올해도 "
		    "정원 절반 못 미쳐", "Seguí leyendo: Descubren en Chubut "
		    "huellas de un dinosaurio carnívoro",
		    "作者最新文章", "Видео: Как электробус прошел испытание "
		    "морозом — 1:47",
		    "Сюжет: Ключевая ставка", "[속보] 기상청 \"국내 영향 없어\"…",
		    "「レッサーパンダ」をもっと詳しく", "在這篇文章中：",
		    "함께 보면 좋은 뉴스", "Última hora",
		    "往期回顾：老旧小区改造，钱从哪里来？", "[관련기사] 삼성전자 "
		    "HBM, 엔비디아 테스트 통과 여부 '촉각'…결과 발표 앞두고 "
		    "주가 출렁…", "大家都在看：高铁“选座”要收费？",
		    "Mehr aus der Region", "Zobacz także: Reprezentacja Polski "
		    "zagra w Warszawie", "V\304\260DEO | UKOME toplant\304\261s\304\261nda "
		    "zam tart\304\261\305\237mas\304\261",
		    "相关链接：江临市防汛抗旱应急预案（2023年修订）", "Видео дня",
		    "＜関連記事＞", "Ver galería de fotos (8)", "Trending in U.S.",
		    "Главное за день: ЦБ сохранил ключевую ставку, в Москве "
		    "до +31", "Read Next", "기사 목록", "看更多", "【図解】地銀再編の主な動き",
		    "Xem thêm: Vaccine sốt xuất huyết đã có mặt tại Việt Nam, "
		    "ai nên tiêm?",
		    "XEM THÊM", "Tin cùng chuyên mục",
		    "Lees ook", "Meest gelezen", "Läs också: Finland griper "
		    "besättning efter kabelskada", "Mest läst just nu",
		    "Lue myös", "Nejčtenější", "Čtěte také: Meteorologové "
		    "varují před dalšími srážkami", "Também poderá gostar",
		    "Citește și: Alertă în Constanța", "Δημοφιλή",
		    "Διαβάστε επίσης", "Pour aller plus loin", "Argomenti",
		    "Mehr aus Chronik", "Ezt is ajánljuk", "Najbolj brano",
		    "Loe ka: Soome teatas Vene droonist Kotka lähedal",
		    "Lue lisää: Ministeriö maksoi konsulteille", "Populārākie",
		    "Ранее мы писали: Минфин предложил изменить правила",
		    "Schlagzeilen", "À lire également",
		    "यह भी पढ़ें: बंगाल में भी अलर्ट", "更多回答",
		    NULL };
		static const char *const tools[] = {
		    "LOADING ERROR LOADING", "音频加载中...",
		    "Facebook Twitter Email Print", "카카오톡 공유",
		    "Jetzt teilen", "protected by reCAPTCHA", "Дзен",
		    "Player wird geladen...", "Cargando contenido...",
		    "Video wird geladen …", "Загружаем похожие материалы...",
		    "동영상 로딩중...", "この記事をフォローする",
		    "Skip Navigation",
		    "この記事をスクラップする", "Прочитать ria.ru в",
		    "فيسبوك تويتر واتساب تيليجرام", "Skip Twitter post",
		    "跳过 Twitter 帖子",
		    "Twitter Facebook はてブ LINE", "글자 크기 변경하기",
		    "본문 요약봇", "인쇄하기", "はてなブックマーク", "保存",
		    "写真拡大", "글씨키우기 글씨줄이기", "Skip to main content",
		    "페이스북 트위터 카카오톡 URL복사", "ツイートする",
		    "Скопировать ссылку", "end of list", "Offrir cet article",
		    "Ticker aktualisieren", "QQ空间", "Enviar por WhatsApp",
		    "Teilen auf Facebook", "Аудио-версия новости", "Слушать",
		    "Отправить в Telegram", "打印本页", "Larger text size",
		    "Добавить в избранное", "Facebook Telegram X Viber",
		    "번역 beta Translated by", "Курс ЦБ: $ 81,42 € 94,17",
		    "북마크", "X Facebook LINE はてな", "加入收藏", "調整字級",
		    "Lecture 2 min.", "Lesezeit: 3 Minuten", "3 minuti di lettura",
		    "3 минуты на чтение", "312 partages",
		    "2,4 тыс. репостов", "Send in e-mail", "Pesquisar",
		    "Лента новостей", "Exclusivo assinantes", "Salin Link",
		    "追蹤新聞", "Audio", "X（旧Twitter）でポスト",
		    "はてなブックマークに追加", "(끝)", "Posłuchaj artykułu",
		    "Czas czytania: 3 min",
		    "X（旧Twitter） Facebook LINE はてなブックマーク",
		    "X (Twitter)", "保存 印刷 その他", "字級設定：小 中 大 特",
		    "คัดลอกลิงก์",
		    "Skip X post, 1", "End of Instagram post",
		    "Поділилися: 87", "sorted by: best", "r/worldnews",
		    "Inloggen", "Abonneer", "Kopieer link", "Dela artikeln",
		    "Kopiera länk", "Följ ämne", "Přihlásit", "Unirse",
		    "Ordenar por: Mejores", "Εγγραφή", "Accueil",
		    "Tips oss", "Ten tekst przeczytasz w 3 minuty", "Share 38",
		    "Ansvarlig redaktør: Knut Bergersen",
		    "Hopp til innhold", "Siirry pääsisältöön", "Link kopiert!",
		    "Kopioi linkki", "Juttu jatkuu alla", "Kuuntele juttu",
		    "Klikk for å dele på Facebook (Åpnes i et nytt vindu)",
		    "Haberin Devamı", "Bu haber toplam 3.412 kez okundu.",
		    "ΔΙΑΦΗΜΙΣΗ", "مشاركة",
		    "Fotogalerie (12)", "Vélemények írása (4)",
		    "212 delningar", "128 keer gedeeld",
		    "Få nyheterna först – ladda ner Aftonbladets app",
		    "تخطى منشور X ونواصل القراءة", "نهاية منشور X", "save",
		    "Sdílet na Facebooku", "Distribuie pe WhatsApp",
		    "Poslat e-mailem", "Chia sẻ", "Bagikan artikel ini",
		    "Jetzt anmelden", "字體大小： A A A", "预览时标签不可点",
		    "214 mal geteilt",
		    "וואטסאפ פייסבוק טוויטר מייל",
		    "Share on X",
		    NULL };
		static const char *const calls[] = { "Sign up!",
		    "読売新聞オンライン会員なら、続きをお読みいただけます",
		    "About this series", "[연재] 고물가 시대의 밥상",
		    "For more on the couple, pick up this week's issue, on "
		    "newsstands Friday.",
		    "《城市进化论》是第一财经城市频道推出的专栏，聚焦都市圈。",
		    "澎湃新闻·湃客 加入澎湃号",
		    "Already contributed? Log in to hide these messages.",
		    "We believe news should be open to all, but not everyone "
		    "can afford to pay for quality journalism.",
		    "If you value our journalism, please consider becoming a "
		    "member of the Kyiv Independent community.",
		    "Thank your neighbors for reading",
		    "Add CBS News on Google", "Artikel hören",
		    "Don't miss POLITICO Playbook, the most essential guide to "
		    "power and politics",
		    "좋은 기사를 만드는 힘은 독자의 후원에서 나옵니다.",
		    "東森新聞關心您，天冷請注意保暖",
		    "今すぐ登録して続きを読む",
		    "この記事の本文は以上です。",
		    "Video caption: Drone footage shows the scale of the cliff "
		    "fall. Duration: 1 minute, 12 seconds",
		    "Sie lesen einen kostenlosen Artikel der NZZ. Mit einem "
		    "Abo haben Sie unbeschränkten Zugang zu allen Inhalten.",
		    "成为南方周末会员，畅读全部深度报道，每年仅需198元。",
		    "How does this make you feel?",
		    "Axios Markets: Catch up on the day's biggest business "
		    "stories. Subscribe for free",
		    "매경 이코노미 구독하면 프리미엄 리포트 무료 제공",
		    "Watch Sky News live on Freeview channel 233",
		    "訂閱鏡週刊會員，解鎖全站無廣告閱讀體驗，"
		    "支持深度調查報導。",
		    "Veja mais notícias da região no Portal Litoral.",
		    "Réutiliser ce contenu",
		    "Хотите получать уведомления о главных новостях?",
		    "Before it’s here, it’s on the Bloomberg Terminal.",
		    "追蹤香港01，緊貼最新突發",
		    "이 기사가 마음에 들었다면, 좋아요를 눌러주세요.",
		    "Diese Audioversion wurde künstlich generiert.",
		    "展开全文", "【ライブ配信中】ニュースをリアルタイムで",
		    "Sie lesen diesen Artikel mit Ihrem SPIEGEL+-Abo",
		    "【NHKニュースへの情報提供はこちら】ニュース・ネタ投稿フォーム",
		    "想看更多新聞嗎？現在用 Google News 追蹤鏡週刊",
		    "Encontrou algum erro? Entre em contato",
		    "獨立媒體需要你的支持",
		    "下载港口日报客户端，每天获取本地资讯。",
		    "Stay safe by downloading the Harbour News app.",
		    "Was this article helpful?", "（下载港口新闻，报料有奖！）",
		    "▲ 设为星标，第一时间获取本地资讯",
		    "ライブドアニュースを読もう！", "Читайте РБК в Telegram: "
		    "только главное и без спама",
		    "経済や企業の最新ニュースを毎朝お届けします。登録は無料です。",
		    "기사를 추천해주시면 다른 독자들에게 더 많이 노출됩니다.",
		    "夏日清凉好物限时直降，点击领取满200减30优惠券",
		    "打开凤凰新闻，查看更多高清图片",
		    "見逃し配信はNHKプラスで。いつでもどこでもニュースを。",
		    "毎朝、その日の相場の動きを厳選してお届けします。",
		    "听新闻 · 由AI朗读03:12", "Produced by Harbour Audio using "
		    "AI narration.", "이 기사를 더 쉽게 보려면", "Sign me up",
		    "Did you make this recipe?", "Zur Startseite",
		    "Lokaljournalismus ist uns etwas wert. Ihnen auch?",
		    "Esta funcionalidad es sólo para registrados",
		    "By signing up you agree to our privacy notice. You can "
		    "unsubscribe at any time.", "加入Yahoo奇摩新聞 LINE 好友",
		    "この記事の写真をみる（6枚）",
		    "本直播持续更新中，如需了解更多，请关注港口新闻客户端。",
		    "Share your experiences of Storm Halden",
		    "We would like to hear from readers. You can tell us "
		    "anonymously if you wish.", "Tell us your story",
		    "Введите e-mail", "Подписаться", "点击加载更多",
		    "동영상 고정 취소", "▣ KBS 기사 원문보기 : http://news.kbs.co.kr",
		    "◇ 유튜브, 네이버에서도 KBS뉴스를 구독해주세요!",
		    "Шановні читачі, просимо про підтримку",
		    "Are you affected by the storm? Get in touch and share "
		    "your experience.", "Upload pictures or video",
		    "Have a correction?", "财新通 | 优质财经内容一站式订阅",
		    "▷ 카카오톡 : ‘KBS제보’ 검색, 채널 추가",
		    "Patch is free to read and always will be.",
		    "Do You Have a Tip?", "Help Us Report on Medicaid",
		    "You’ve read 1 article in the last month",
		    "Want to share your opinion on this or another topic? "
		    "Write a letter to the editor.",
		    "Thank you for your support",
		    "Appeared in the May 15, 2024, print edition as ‘Banks "
		    "Back Away’.",
		    "This story is free for everyone. The Harbor Ledger is "
		    "funded by 2,140 paying members.",
		    "Get the latest lifestyle updates on the Harbour Times.",
		    "이 기사는 AI 기술로 요약된 내용입니다.",
		    "Sign up to First Edition",
		    "▶ 지금 가입하면 최대 5만원 혜택! 연말 특별 이벤트 바로가기",
		    "※ 이 기사는 한국언론진흥재단의 지원을 받아 작성됐습니다.",
		    "公視新聞網關心您：自殺不能解決問題，勇敢求救並非弱者，"
		    "生命一定可以找到出路。",
		    "AI 요약 기사 본문과 함께 읽어주세요. 요약은 인공지능이 "
		    "작성했으며 오류가 있을 수 있습니다.",
		    "This is a bot summary of the linked article:",
		    "Archived version: https://archive.ph/xR2kq",
		    "Mehr Nachrichten aus Frankfurt lesen Sie hier.",
		    "Reminder, this is a Premium article and requires a "
		    "subscription to read.",
		    "Cuenta Premium: accede sin límites a todos los "
		    "contenidos.",
		    "Assine já e tenha acesso ilimitado a todos os artigos por "
		    "4,99€ por mês",
		    "▶ 주식 초보도 쉽게! 실시간 종목 분석 앱 무료 다운로드",
		    "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23",
		    "당신이 담은 순간이 뉴스입니다!",
		    "Zie een fout? Mail de redactie.",
		    "Google News'te Abone Ol", "기사가 마음에 드셨나요?",
		    "Ми існуємо завдяки читачам. Станьте учасником Клубу УП.",
		    "Join the Bellingcat Discord to discuss this "
		    "investigation.",
		    "दैनिक भास्कर ऐप डाउनलोड करें",
		    "Dieser Artikel wurde mit Material der "
		    "Nachrichtenagenturen dpa und AFP erstellt.",
		    "Sie haben einen Fehler entdeckt? Schreiben Sie uns.",
		    "Le Figaro Patrimoine : recevez chaque semaine nos "
		    "conseils.",
		    "Українська правда працює для вас. Ми не залежимо від "
		    "олігархів.", "이 기사는 인공지능이 요약했습니다.",
		    "本文来自虎嗅，原文链接：https://www.huxiu.com/article/1.html",
		    "Ten artykuł przeczytasz w ramach subskrypcji.",
		    "Local news is free to read, not free to make.",
		    "Čtěte bez reklam a s přístupem ke všem článkům.",
		    "Testen Sie jetzt 30 Tage kostenlos alle Artikel.",
		    "Bestens informiert mit SZ Plus",
		    "Schrijf je in op onze nieuwsbrief en krijg elke ochtend "
		    "het nieuws.", "Prenumerera på vårt nyhetsbrev – få "
		    "dagens viktigaste nyheter.",
		    "Digital prenumeration: 1 kr första månaden.",
		    "Vous aimez nos reportages? Soutenez le journalisme local "
		    "en devenant membre.",
		    "O jornalismo de qualidade custa dinheiro.",
		    "Ακολουθήστε μας στο Google News.",
		    "Få de viktigste nyhetene fra Oslo rett i innboksen.",
		    "Get involved with the news in your community",
		    "Hürriyet'i Google News'te takip edin, gündemi "
		    "kaçırmayın.",
		    "Tilmeld dig vores nyhedsbrev og få dagens vigtigste "
		    "historier.", "Telli uudiskiri ja saa igal hommikul päeva "
		    "olulisemad uudised.", "Iratkozzon fel hírlevelünkre.",
		    "Artikeln är skapad av TT och publiceras i sin helhet.",
		    "Абонирайте се, за да получавате най-важните новини.",
		    "Підтримайте незалежну журналістику — станьте нашим "
		    "патроном вже сьогодні.",
		    "If you can, please support the Guardian today. It only "
		    "takes a minute. Thank you.", "Support us",
		    "Спасибо, что читаете «Медузу». Поддержите нас — это "
		    "важно как никогда.", "Sign up here.",
		    "Local journalism depends on you. Subscribe to The "
		    "Millbrook Courier for as little as $1.25 a week.",
		    "진실을 향한 발걸음, 한겨레가 함께합니다. 후원으로 독립언론을 "
		    "지켜주세요.", "ご登録から1カ月間は99円", "Читать в приложении",
		    "Recibe el boletín de EL PAÍS Sociedad, con lo más relevante "
		    "del día", "Apúntate aquí", "WIRED is where tomorrow is "
		    "realized. Subscribe for full access to our reporting.",
		    "Этот материал вышел благодаря читателям",
		    "Каждое пожертвование помогает нам продолжать ездить в "
		    "командировки и рассказывать истории, которые больше никто "
		    "не расскажет.",
		    "Do you live in Millom? Would you use the ferry? Get in "
		    "touch.", "Your guide to what's happening on Capitol Hill. "
		    "Delivered every weekday.", "看更多！請加入自由時報粉絲團",
		    "時事通信の公式アプリでニュースをいち早くチェック",
		    "Why you can trust Sky News", "Follow Sky News on WhatsApp",
		    "Join our community for an ad-free experience and "
		    "exclusive content for members.",
		    "支持獨立媒體，成為上報會員，讓我們持續為你挖掘真相。",
		    "매주 화요일, 입시와 교육 정책의 흐름을 한눈에 "
		    "정리해 드립니다.",
		    "訂閱天下，解鎖全文，每月只要一杯咖啡的價格。",
		    "ProPublica is a nonprofit newsroom that investigates abuses "
		    "of power. Sign up to receive our biggest stories as soon as "
		    "they’re published.",
		    NULL };
		static const char *const sponsor[] = { "スポンサーリンク", "ＰＲ",
		    "Sponsor Content", "Paid Content",
		    "Contenu de marque proposé par la Fondation Ecoles "
		    "Numériques : équiper chaque classe d'un écran.",
		    "【付费推广】家里的旧手机别扔！专业回收估价最高可达2000元",
		    "Anzeige – Energiesparen beginnt im Keller.",
		    "广告 AD", "광고 닫기", "Featured partner offer",
		    "Publicidad · Sigue leyendo", "광고 영역",
		    "SKIP ADVERTISEMENT",
		    "Story Continued Below", "【PR】今こそ見直したい、火災保険と"
		    "地震保険の違いとは？", "Continua depois do an\303\272ncio",
		    "Реклама 0+", "Реклама. 18+",
		    "Реклама · Продовження статті нижче", "Ad Choices",
		    "Sponsored Content", "Publicidad patrocinada",
		    "【广告】夏季空调特惠 低至5折 立即抢购", "廣告 Advertisement",
		    "ООО «Финтраст», ИНН 7707083893. 18+",
		    "[광고] 노후 준비, 지금 시작하세요! 개인연금 수익률 비교는 여기서",
		    "Кредит наличными от 3,9% — оформите онлайн за 5 минут",
		    "Annons", "Publicitate", "Hirdetés", "Report This Ad",
		    "推广内容",
		    "Ad Content by Taboola", "1. How relevant is this ad to you?",
		    NULL };
		static const char *const legal[] = {
		    "Prohibida la reproducción total o parcial del contenido "
		    "sin autorización expresa de La Gaceta.",
		    "The Associated Press is an independent global news "
		    "organization dedicated to factual reporting.",
		    "Hier können Sie die Rechte an diesem Artikel erwerben.",
		    "Photo editing by Marisol Chen. Design by Pete Anand.",
		    "【本文由港口新聞雲授權刊載】",
		    "本文章反映作者意見，不代表聯合報立場。",
		    "本文由 36氪 原创出品，作者：李沐阳，编辑：苏建勋。",
		    "The BBC is not responsible for the content of external "
		    "sites.",
		    "Мнение редакции может не совпадать с мнением автора.",
		    "如需转载请与《每日经济新闻》报社联系。", "Conforme a los "
		    "criterios de The Trust Project", "This story was adapted "
		    "for digital from a radio piece.",
		    "您访问的链接即将离开“江临市人民政府”门户网站，是否继续？",
		    "Использование материалов агентства допускается только с "
		    "гиперссылкой", "المصدر : الجزيرة + وكالات",
		    "本サイトの記事に関する一切の権利は、港湾新報社に帰属します。",
		    "（本文为“港口观察”专栏原创，转载请私信作者获得授权。）",
		    "大众网版权声明：凡本网注明“来源：大众网”的所有作品，版权"
		    "均属于大众网。", "已经本网授权使用作品的，应在授权范围内使用。",
		    "（原标题：加装电梯，朝阳今年要装200部）",
		    "Информация на сайте не является медицинской рекомендацией.",
		    "This article has been checked against our editorial "
		    "standards.", "peer-reviewed publication", "proofread",
		    "Citation: Enzyme breaks down nylon (2025, July 10) "
		    "retrieved 11 July 2025 from https://phys.example/news",
		    "This document is subject to copyright.",
		    "Информация не является индивидуальной инвестиционной "
		    "рекомендацией.", "This column does not necessarily "
		    "reflect the opinion of the editorial board.",
		    "This story was produced with support from the Harbour "
		    "Reporting Fund.", "Creative Commons License (CC BY-NC-ND "
		    "3.0)", "Thank you for your interest in republishing this "
		    "story.", "You have to credit us.",
		    "Read more at The Daily Beast.",
		    "封面图片来源：图片来源：视觉中国-VCG41N1234567890",
		    "原标题：储能电芯跌破四毛钱 谁在裸泳？",
		    "本文由《經理人月刊》授權轉載，原文標題為〈手搖飲出海記〉",
		    "We are an independent "
		    "media outlet, and we answer only to our readers.", NULL };
		static const char *const bots[] = { "Voici une version "
		    "r\303\251duite de l'article (74 %).", NULL };
		static const char *const menus[] = {
		    "首頁 政治 社會 國際 生活 影音 娛樂 專題",
		    "Últimas País Mundo Economia Desporto Cultura Opinião",
		    "livedoor ニュース トップ 国内 海外 芸能 スポーツ 話題 IT",
		    "▶ 뉴스 홈 ▶ 사회 ▶ 교통",
		    "Home News UK World Politics Business Tech Science Health",
		    "Startseite Politik Wirtschaft Kultur Sport Wissen Meinung",
		    "Inicio Nacional Internacional Economía Deportes Opinión",
		    "Главная Политика Экономика Общество Происшествия Спорт",
		    "ニュース\u3000経済\u3000国際\u3000スポーツ\u3000エンタメ\u3000天気",
		    "Zprávy Domácí Zahraniční Ekonomika Sport Kultura",
		    "Eesti Uudised Maailm Majandus Sport Kultuur",
		    "Πολιτική Οικονομία Κοινωνία Κόσμος Αθλητισμός",
		    NULL };
		static const char *const sentences[] = {
		    "Trending stocks fell after the report on the U.S.",
		    "According to the library's records, the most popular "
		    "items last year were:",
		    NULL };
		static const char *const heads[] = {
		    "Understand How Your Own Brain Works Against You",
		    "Politics And Sport Collide In Harbour Business Row",
		    "Harbour Business Travel Weather Warning Issued Tonight",
		    "정치 입문 후 두 번의 대선 거쳐 대통령 당선", NULL };

		const struct {
			const char *const	*lines;
			const char		*reason;
			int			 want;
		} kinds[] = {
			{ phones, "contact", 1 },
			{ kmenus, "breadcrumb", 1 },
			{ not_ago, "timestamp", 0 },
			{ agos, "timestamp", 1 },
			{ not_dates, "timestamp", 0 },
			{ not_kmenus, "breadcrumb", 0 },
			{ not_tools, "share-widget", 0 },
			{ not_phones, "contact", 0 },
			{ closed, "comment-form", 1 },
			{ critics, "comment-form", 0 },
			{ tools3, "share-widget", 1 },
			{ slots, "video-list", 0 },
			{ playlist, "video-list", 1 },
			{ clocks, "video-list", 0 },
			{ owners, "copyright", 0 },
			{ notices, "copyright", 1 },
			{ controls, "comment-form", 1 },
			{ shares2, "share-widget", 1 },
			{ more, "related", 1 },
			{ menus, "breadcrumb", 1 },
			{ bots, "bot-footer", 1 },
			{ heads, "breadcrumb", 0 },
			{ sentences, "related", 0 },
			{ tools, "share-widget", 1 },
			{ calls, "promo", 1 },
			{ sponsor, "ad", 1 },
			{ legal, "copyright", 1 },
			{ related, "related", 1 },
			{ weathers, "share-widget", 1 },
			{ not_weathers, "share-widget", 0 },
			{ roadblocks, "ad", 0 },
			{ policies, "cookie-banner", 0 },
			{ leadins, "byline", 0 },
			{ counted, "share-widget", 1 },
			{ not_counted, "share-widget", 0 },
			{ links, "related", 1 },
			{ subheads, "related", 0 },
			{ teasers, "related", 1 },
			{ trials, "promo", 0 },
			{ shooters, "caption", 0 },
			{ credits, "caption", 1 },
			{ fixes, "copyright", 0 },
			{ notes, "copyright", 1 },
			{ consents, "cookie-banner", 1 },
		};
		size_t	k;

		for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			lines_reason(kinds[k].lines, kinds[k].reason,
			    kinds[k].want);
	}

	/* A paywall's offer; a story's sentence about prices is none. */
	{
		static const char *const offers[] = { "Keep reading for $1",
		    "Trial $1 for 4 weeks, then $75 per month",
		    "Complete digital access to quality journalism.",
		    "Masz temat? Napisz do nas",
		    "Thank you for your patience while we verify access.",
		    "Want all of The Ledger? Subscribe for $1 a week.",
		    "更多热点尽在新浪新闻", "2,316 人赞同了该文章",
		    "炒股就看金麒麟分析师研报，专业及时，助您把握投资主线！",
		    "Want to join? Log in or sign up in seconds.",
		    "Please turn on JavaScript to use this feature",
		    "Privacy Notice: Newsletters may contain info about "
		    "charities, online ads, and content funded by outside "
		    "parties.", "想第一時間收到颱風消息？",
		    "订阅港报+，畅读全站独家内容", "首月只需0.99元，随时取消",
		    "1. 任何言论纯属作者个人观点，与乐趣园无关；",
		    "（详情请点击链接：苏州召开大会）",
		    "Receba as not\303\255cias do g1 Campinas no WhatsApp",
		    "Assine o Globoplay e assista aos melhores conte\303\272dos",
		    "\320\237\320\276\320\264\320\277\320\270\321\201"
		    "\320\260\321\202\321\214\321\201\321\217 \342\206\222",
		    "Share a memory of Peggy on the online guest book",
		    "点击下方卡片，关注南方都市快报，第一时间获取更多新鲜资讯。",
		    "We pay for your stories!", "Good journalism costs a lot of "
		    "money.", "Bookmark this article to read later "
		    "in your CNA app",
		    "Editors' notes: This article has been reviewed according "
		    "to Science X's editorial process and policies.",
		    "加入Yahoo奇摩新聞 Google新聞頻道", "Got a confidential tip? "
		    "Submit it here.", "Get unlimited access for $5 \342\200\224 "
		    "less than a dollar a month for the first year",
		    "Onet Premium: czytaj bez reklam i miej "
		    "dost\304\231p do wszystkich materia\305\202\303\263w",
		    "Wir ben\303\266tigen Ihre Zustimmung, um Inhalte von "
		    "Drittanbietern anzuzeigen.",
		    "We\342\200\231re hiring", "Like debugging this kind of "
		    "thing? Our platform team is hiring two senior engineers. "
		    "See open roles", "Editorial note: Opinions expressed here are "
		    "the author\342\200\231s alone, not those of any bank.",
		    "Guest Book Entries (4)",
		    "Become a paid member", "Paid members: the cleaned registry "
		    "file is in the members' data room.", "WANT YOUR COMPANY'S "
		    "NEWS FEATURED ON "
		    "PRWIRELINE.COM?",
		    "Jetzt weiterlesen: Sichern Sie sich den Zugang zu allen "
		    "Artikeln f\303\274r nur 0,99 \342\202\254 im ersten Monat.",
		    "Get the Morning Brief: the five stories you need to know, "
		    "delivered before breakfast. Sign up now.", NULL };
		static const char *const denied[] = { "1. Customers did not "
		    "sign up for the experiment", "沿線自治体でつくる協議会は、"
		    "値上げについて「現時点でコメントすることはない」としている。",
		    "國防部發言人對交付細節不予評論。（編輯：陳正杰）1130619",
		    "据《人民日报》（2024年1月1日 04版）报道，当地已启动应急响应。",
		    "好的营商环境就是一个城市的核心竞争力。2月7日，苏州召开2021年度"
		    "综合考核工作总结暨作风建设大会，表彰先进、鼓舞士气，吹响全年工作"
		    "冲锋号。（详情请点击链接：苏州召开大会）",
		    NULL };
		static const char *const prices[] = { "The rent was $900 at "
		    "first, then $1,100 per month after the repairs.",
		    "They keep reading for hours.", "Viewers can subscribe "
		    "for $6.99 a month from Friday.", "Residents who want a "
		    "flu shot should sign up now.", "Mourners came to light a "
		    "candle for the victims.", "He travelled to the city to "
		    "offer condolences.", "Hackers breached the bank's secure "
		    "site on Monday.", "The plan would ensure continued free "
		    "access to clean water.", "Paid members of the union voted "
		    "to strike.", NULL };

		static const char *const counts[] = { "1.8k 分享", "点赞 1.3万",
		    "2,816 shares", NULL };

		lines_reason(offers, "promo", 1);
		lines_reason(counts, "video-list", 1);
		lines_reason(prices, "promo", 0);
		lines_reason(denied, "promo", 0);
		lines_reason(denied, "comment-form", 0);
		lines_reason(denied, "editor", 0);
		{
			static const char *const eds[] = {
			    "英文来源：中国日报", "(Updates with analyst comment "
			    "in ninth paragraph, shares in third.)",
			    "《 人民日报 》（ 2025年10月29日 04 版）", NULL };

			lines_reason(eds, "editor", 1);
		}
		{
			static const char *const joined[] = {
			    "这次罢工由码头工会发起，约7400名工人参与。",
			    "這次罷工由碼頭工會發起，約7400名工人參與。",
			    "码头工人参与罢工", NULL };
			static const char *const threads[] = {
			    "1,234人参与", "已有3人参与，点击查看更多评论",
			    "1.2万人参与", "跟贴 128 人参与", NULL };

			lines_reason(joined, "comment-form", 0);
			lines_reason(threads, "comment-form", 1);
		}
	}

	/* A share button's words in other languages; a sentence that
	 * shares something is no button. */
	{
		static const char *const shares[] = { "Partager ce post",
		    "Partager sur Facebook", "Compartilhar", "Condividi su X",
		    "Delen", "PINNED", "Actualisation automatique",
		    "Auto-update on", NULL };
		static const char *const sentences[] = { "Ils veulent "
		    "partager ce post avec leurs amis.", "Delen van de stad "
		    "liggen onder water.", NULL };

		lines_reason(shares, "share-widget", 1);
		lines_reason(sentences, "share-widget", 0);
	}

	/* A share widget is hidden, the short closing sentence before it
	 * kept: its neighbours are content. */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "The talks resume on Monday.\n"
	    "Share this article: Facebook Twitter Email", "CCCCB",
	    "a share widget hidden, a short closing sentence kept");
	reason(c, 4, "share-widget", "the share widget's reason names it");
	reason(c, 3, "content", "the closing sentence is content");
	clean_free(c);

	/* The same short sentence after the widget, between boilerplate,
	 * goes with it. */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "Share this article: Facebook Twitter Email\n"
	    "The talks resume on Monday.\n"
	    "Leave a comment", "CCCBBB",
	    "a short sentence between boilerplate is hidden with it");
	reason(c, 4, "context", "by the context rule");
	clean_free(c);

	/* After a comment form, prose is a reader comment, split off from
	 * the article; the form itself is boilerplate. */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "Leave a comment\n"
	    "I worked on those docks in the eighties and the same fight "
	    "happened then, nothing ever changes with this authority.\n"
	    "Good luck to the workers, the owners have had record profits "
	    "for three years running now.", "CCCBMM",
	    "prose after a comment form is comments");
	reason(c, 3, "comment-form", "the form is named");
	reason(c, 4, "comment: after the comment form",
	    "a comment says what it follows");
	clean_free(c);
	/* A portal's comment button inside the story, a list of other
	 * stories under it, then the story's last paragraphs and its
	 * editor: the story goes on to its editor, the thread after. */
	c = check("丽水山区试点乡村公交一元票", STORY_ZH_TEXT
	    "【发表评论】\n推荐阅读：\n杭州公交IC卡今起可在地铁使用\n"
	    "浙江省交通厅有关负责人表示，丽水的做法值得关注，但各地财力差异"
	    "较大，能否推广还要看试点效果。\n"
	    "对于有网友质疑补贴资金来源是否可持续，莲都区财政局拒绝就此发表"
	    "评论。\n(编辑：刘洋)\n网友评论\n"
	    "新浪网友 [浙江省丽水市] 2007-06-21 08:14:22\n"
	    "早就该这样了，农村老人进城看病再也不用算计车费了，希望能坚持下"
	    "去。", "CCCBBBCCBBBM",
	    "the story goes on past a comment button to its editor");
	clean_free(c);
	/* A toolbar's "Comment" button between share buttons is none. */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nListen\nShare\n"
	    "Comment\nSave\nThe port authority said it would make a new "
	    "offer to the union on Monday morning, its third this month.\n"
	    "Retailers warned that shelves could empty within two weeks if "
	    "the container backlog kept growing at this pace.", "CCCBBBBCC",
	    "a toolbar's comment button does not end the article");
	clean_free(c);
	/* A study's authors are no writer's bio. */
	c = check("Птицы в городах поют громче", "Птицы в городах поют "
	    "громче и выше, чем в лесу, показало новое исследование.\n"
	    "Авторы новой работы записали около 4 тысяч песен в 12 городах и "
	    "20 деревнях. Помимо уровня шума, они учитывали плотность "
	    "застройки.\nОни предлагают учитывать акустику.", "CCC",
	    "a study's authors are no bio");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nShare\nFacebook\n"
	    "Comments\nI worked on those docks in the eighties and the same "
	    "fight happened then, nothing ever changes with this authority.",
	    "CCCBBBM", "comments under a share bar are comments");
	clean_free(c);

	/* German quotes close with U+201C; a quote may trail off. */
	c = check(TITLE, "„Wir gehen nicht für ein "
	    "Versprechen zurück, sagte ein Kranführer, der "
	    "seit zwanzig Jahren im Hafen arbeitet.“\n"
	    "Lesen Sie mehr zum Thema\n"
	    "Windkraft in Bayern: Warum die Regel kaum noch eine Rolle spielt\n"
	    "„Technik ist das kleinste Problem. Man braucht Geduld "
	    "und jemanden, der die Tabellen liebt.“", "CBBC",
	    "a headline under a related heading, between quoted sentences");
	clean_free(c);
	/* a text's standfirst between its headline and its date */
	c = check(TITLE, "Home\nNews\nSport\n" TITLE "\nTalks broke down "
	    "again as the union rejected a third offer\n2 hours ago\n"
	    LEDE "\n" SECOND, "BBBBCBCC",
	    "the standfirst under a text's headline, over its date");
	reason(c, 4, "content: the standfirst", "as the standfirst");
	clean_free(c);
	/* "Read more" over one headline, and the story goes on */
	c = check(TITLE, LEDE "\n" SECOND "\nRead more\n"
	    "Crane drivers vote to widen strike to second terminal\n" QUOTE,
	    "CCBBC", "a headline under 'Read more' in the story");
	clean_free(c);
	/* a lead-in to a list is no headline of a related box */
	c = check("Велодорожки в Подмосковье", "По данным министерства, "
	    "самые протяженные трассы пройдут вдоль рек и железных дорог "
	    "области.\nЧитайте также\nВ Москве начался сезон проката "
	    "велосипедов и электросамокатов\nНа маршрутах планируют "
	    "оборудовать:\nзоны отдыха с навесами и скамейками;\n"
	    "велопарковки у железнодорожных станций;\n"
	    "пункты питьевой воды и мелкого ремонта.", "CBBCCCC",
	    "a lead-in under a related headline");
	clean_free(c);
	/* a subhead over a paragraph that leads in to a list, under a
	 * related line */
	c = check(TITLE, LEDE "\n" SECOND "\nRead More: Copper Hits "
	    "All-Time High as Chinese Smelters Cut Output\n"
	    "Why scrap matters\nRecycled copper already accounts for "
	    "roughly a third of supply. Analysts expect that share to rise "
	    "as:\nnew mines take more than a decade to develop\n"
	    "ore grades at existing mines continue to decline\n"
	    "governments push to keep strategic metals within their "
	    "borders\nYet scrap supply has limits of its own. Much of the "
	    "copper in use sits in buildings that will stand for decades.",
	    "CCBCCCCCC", "a subhead over a lead-in, under a related line");
	reason(c, 3, "content", "the subhead is the story's");
	clean_free(c);
	/* a Korean agency's dateline opens the lede, under the tools */
	c = check("늘봄학교 2학기 전면 확대", "기사 공유하기\n댓글\n글자크기조정\n"
	    "인쇄\n교육부, 희망 학생 모두 수용 방침\n(서울=연합뉴스) 김지현 "
	    "기자 = 방과 후 초등학생을 학교에서 돌봐주는 '늘봄학교'가 올해 "
	    "2학기부터 전국 모든 초등학교로 확대된다.\n교육부는 16일 이런 "
	    "내용을 담은 '늘봄학교 2학기 운영 계획'을 발표하고, 초등학교 "
	    "1학년 희망 학생은 모두 수용하겠다고 밝혔다.", "BBBBCCC",
	    "a Korean agency's dateline and its lede");
	clean_free(c);
	c = check(TITLE, LEDE "\n„Ich weiß, ich bin müde und sollte das "
	    "vielleicht nicht sagen…“\n" SECOND, "CCC",
	    "a quote that trails off is no teaser cut short");
	clean_free(c);

	/* A line in three articles of the source is hidden as repeated;
	 * in two (this one and another), it stays. */
	n = 2;
	c = classify(TITLE, LEDE "\n" SECOND "\n"
	    "Harbour Gazette is published by the Harbour Media Group in "
	    "Port Town every weekday", everywhere, &n);
	reason(c, 2, "repeated: in 3 articles", "a line in 3 articles of "
	    "the source is repeated boilerplate");
	ok(c->nblocks == 3 && c->blocks[2].verdict == VERDICT_BOILERPLATE,
	    "and hidden");
	clean_free(c);
	n = 1;
	c = classify(TITLE, LEDE "\n" SECOND "\n"
	    "Harbour Gazette is published by the Harbour Media Group in "
	    "Port Town every weekday", everywhere, &n);
	ok(c->nblocks == 3 && strncmp(c->blocks[2].reason, "repeated", 8) != 0,
	    "in 2 articles it is not repeated");
	clean_free(c);

	/* A line repeating the title is hidden as a duplicate. */
	c = check(TITLE, TITLE "\n" LEDE "\n" SECOND, "BCC",
	    "the title repeated in the text is hidden");
	reason(c, 0, "duplicate: repeats the title", "as a duplicate");
	clean_free(c);

	/* In a text, the lines over the title's repeat are the page's top,
	 * unless one of them is a sentence. */
	c = check(TITLE, "Skip to main content\nNews Sport Weather\n"
	    "Home > News > Ports\n" TITLE "\n" LEDE "\n" SECOND, "BBBBCC",
	    "the page's top over the title is hidden");
	reason(c, 1, "masthead: over the title", "as the page's top");
	clean_free(c);
	c = check(TITLE, "The strike is over.\nNews Sport Weather\n" TITLE
	    "\n" LEDE "\n" SECOND, "CBBCC",
	    "not over a sentence");
	ok(strncmp(c->blocks[1].reason, "masthead", 8) != 0,
	    "(the menu is hidden by its context)");
	clean_free(c);

	/* The safety net: when too little would show, what only a context
	 * or quality rule hid shows again; a phrase rule's verdict holds. */
	c = check(NULL, "Ports shut.\nTalks fail.\n"
	    "Share this article: Facebook Twitter Email", "CCB",
	    "never the whole article hidden");
	reason(c, 0, "content: kept, or too little of the article would show",
	    "the net says why it kept a block");
	clean_free(c);

	/* A bio that opens with its label is a bio however long, where
	 * the story has ended. */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "About the author: Jane Roe has covered ports and shipping for "
	    "twenty years, first for a trade weekly and then for this paper, "
	    "and she has written two books about the docks of the north, "
	    "the strikes of the eighties and the people who worked there. "
	    "Before that she taught history at a school in the harbour "
	    "district for eleven years.",
	    "CCCB", "a long bio with its label is hidden");
	reason(c, 3, "bio", "as a bio");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "Sara Fox is Harbour Post's senior media reporter, covering the "
	    "business of news. She previously covered advertising.", "CCCB",
	    "a reporter's bio with a comma after the role");
	reason(c, 3, "bio", "as a bio");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "김하늘 기자는 항구신문 경제부에서 해운과 물류를 담당하고 "
	    "있습니다.", "CCCB", "a Korean reporter's bio after the story");
	reason(c, 3, "bio", "as a bio");
	clean_free(c);
	/* a denial that says "发表评论" is the story's, and the intern's
	 * line after it */
	c = check("湖南省交通运输厅原厅长被逮捕", STORY_ZH_TEXT
	    "周国庆的家属通过代理律师表示，目前不便对案件发表评论。\n"
	    "（实习生陈嘉怡对此文亦有贡献）\n责任编辑：刘晓峰",
	    "CCCCCB", "a refusal to comment closes the story");
	clean_free(c);
	/* a related box and an advert's label between the story's
	 * sentences, and a short sentence after them */
	c = check("Вьетнам обвинил Китай в таране судна",
	    "Военно-морские силы Вьетнама заявили, что в среду утром "
	    "китайское судно протаранило патрульный корабль у спорного рифа "
	    "в Южно-Китайском море.\nХаной также опубликовал снимки "
	    "повреждённого судна, но не видео самого столкновения.\n"
	    "Читайте также:\nФилиппины и Китай снова обвинили друг друга в "
	    "опасных манёврах у спорной отмели…\nРеклама\n"
	    "Пекин изложил совершенно иную версию.\nОфициальный "
	    "представитель береговой охраны КНР Лю Дэцзюнь назвал заявления "
	    "вьетнамской стороны провокацией, рассчитанной на внешнюю "
	    "аудиторию, потребовав прекратить патрулирование района.\n"
	    "«Никакого столкновения не было», — подчеркнул он.\nПо словам "
	    "китайской стороны, инцидент произошёл в территориальных водах "
	    "КНР, и патрульное судно лишь выполняло свою работу.",
	    "CCBBBCCCC", "a short sentence past a related box and an ad");
	clean_free(c);
	/* a story of near-good sentences only: its short closing ones
	 * close it, before a photo's credit and a related link */
	c = check("На НПЗ у Кременчуці спалахнула пожежа", "08.03.2026, 09:30\n"
	    "У четвер вранці на нафтопереробному заводі в Кременчуці "
	    "спалахнула пожежа.\nПро це повідомила ДСНС Полтавської області."
	    "\nЗагорілася резервуарна установка площею близько 200 "
	    "квадратних метрів.\nДо гасіння залучили 46 рятувальників і 12 "
	    "одиниць техніки.\nПостраждалих немає.\nПричини пожежі "
	    "встановлюються.\nФото: ДСНС\nЧитайте також: Як працює ППО на "
	    "Полтавщині\nПоділитися", "BCCCCCCBBB",
	    "short sentences close a run of near-good ones");
	clean_free(c);
	/* a standfirst over the date and time is no video's heading */
	c = check(TITLE, "Workers who strike face fines of up to 3000 "
	    "roubles, and their unions up to 50,000\n14:20, 21 ноября "
	    "2025Источник: Meduza\n"
	    LEDE "\n" SECOND "\n" QUOTE, "CBCCC",
	    "a standfirst over a date and a time stays");
	clean_free(c);
	/* a story's sentences that use a call's words are no calls */
	c = check(TITLE, LEDE "\nПользователи смогут получать уведомления о "
	    "задержках поездов.\n" SECOND "\n该剧由腾讯视频原创出品，将于下月"
	    "上线。\n紐時數位訂閱戶突破千萬。\n他說：「我們需要您的支持。」\n"
	    QUOTE, "CCCCCCC", "a story's sentences with a call's words");
	clean_free(c);
	/* a pull quote is of a sentence, not of a headline */
	c = check(TITLE, "Fire at the refinery in Kremenchuk, no one hurt\n"
	    LEDE "\n" SECOND "\nNo one hurt.\n" QUOTE, "CCCCC",
	    "a short sentence the headline says too is no pull quote");
	clean_free(c);
	/* a phone number is no year: the story's list of numbers */
	c = check(TITLE, LEDE "\nIn an emergency, call these services:\n"
	    "Civil defence: 199\nPower company: 0800 701 0102\n"
	    "Tree service of the city: 156\n" SECOND,
	    "CCCCCC", "a phone number in the story's list is no date");
	clean_free(c);
	/* the byline's writer alone on a line, and her bio with a dash
	 * after the share buttons */
	c = check(TITLE, "Olena Marchenko\n" LEDE "\n" SECOND "\n" QUOTE
	    "\nFacebook Telegram X Viber\nOlena Marchenko — a journalist "
	    "who has written about the port and its unions since 2019, and "
	    "before that about the railways.\n3 минуты на чтение",
	    "CCCCBBB", "a bio that opens with the byline's name and a dash");
	clean_free(c);
	/* a related box's cut headlines, then the story's whole
	 * subhead over its sentence */
	c = check("湖南省交通运输厅原厅长被逮捕", STORY_ZH_TEXT
	    "延伸阅读：\n多地通报交通系统腐败问题：有官员被查出收受工程款…\n"
	    "中央纪委：严查工程建设领域违纪违法行为，不得对…\n"
	    "庭审预计下月举行\n"
	    "湖南省人民检察院相关负责人表示，案件庭审预计将于下月在长沙市"
	    "中级人民法院举行，届时将依法公开审理。",
	    "CCCBBBCC", "a whole subhead under cut headlines is the story's");
	clean_free(c);
	/* an advert's age rating ("18+") is a slot like its label */
	c = check("ВСУ заявили об ударе по нефтебазе",
	    "Генеральный штаб ВСУ в понедельник заявил, что беспилотники "
	    "поразили нефтебазу в Ростовской области.\n"
	    "В Минобороны России заявили, что за ночь над регионом были "
	    "перехвачены и уничтожены двенадцать беспилотников.\n"
	    "Читайте также: Бензин на бирже подорожал до рекордных значений\n"
	    "Реклама\n18+\n"
	    "Жители города публиковали в соцсетях видео, на которых видны "
	    "столб чёрного дыма и несколько вспышек.\n"
	    "Независимо проверить утверждения сторон не удалось.\n"
	    "Это уже третья атака на топливные объекты в области за месяц.\n"
	    "Минобороны России не ответило на запрос о комментарии.\n"
	    "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать "
	    "новости",
	    "CCBBBCCCCB", "an advert's age rating is a slot in the story");
	clean_free(c);
	/* a subhead's short line under headlines all cut, not echoed */
	c = check("公園の蚊からデングウイルス、区域を閉鎖",
	    "市は12日、市内の公園で捕獲した蚊からデングウイルスの遺伝子が"
	    "検出されたと発表した。国内で感染したとみられる患者は3人目となる。\n"
	    "市は同日、公園の約3分の1にあたる区域を当面閉鎖し、殺虫剤の散布を"
	    "始めた。閉鎖は少なくとも1週間続く見通しだという。\n関連記事\n"
	    "デング熱とは？ 症状や潜伏期間、予防法を専門家が解説 「長袖と虫よけ"
	    "が基本」…\nエムポックス、国内の感染者が今年100人を超える 厚労省が"
	    "注意呼びかけ…\n国内感染が拡大した背景\n"
	    "国立感染症研究所によると、今年は東南アジアや中南米でデング熱が"
	    "大流行しており、輸入症例も過去最多のペースで推移している。",
	    "CCBBBCC", "a subhead under headlines all cut is the story's");
	clean_free(c);
	c = check("湖南省交通运输厅原厅长被逮捕", STORY_ZH_TEXT
	    "延伸阅读：\n多地通报交通系统腐败问题：有官员被查出收受工程款…\n"
	    "中央纪委：严查工程建设领域违纪违法行为，不得对…\n"
	    "案件背后的工程项目\n"
	    "湖南省人民检察院相关负责人表示，涉案工程项目多达十余个，总金额"
	    "超过三亿元，相关线索仍在进一步核查之中。",
	    "CCCBBBCC", "a subhead under headlines all cut is the story's");
	clean_free(c);
	c = check("湖南省交通运输厅原厅长被逮捕", STORY_ZH_TEXT
	    "运营方尚未发表评论。\n责任编辑：刘晓峰",
	    "CCCCB", "a short refusal to comment closes the story");
	clean_free(c);
	/* a thread saved as text: a moderator bot's note, comments, the
	 * summary bot's header, its summary, its footer, more comments */
	c = check(TITLE, "AutoModerator\nUsers often report submissions "
	    "from this site. Please report rule-breaking comments.\n"
	    "I am a bot, and this action was performed automatically.\n"
	    "Every single time. One side says the other did it, and nobody "
	    "can check.\nThis is the best tl;dr I could make, original "
	    "reduced by 72%. (I'm a bot)\n" LEDE "\n" SECOND "\n" QUOTE
	    "\nExtended Summary | FAQ | Feedback | Top keywords: strike#1\n"
	    "Backup cranes running for four hours is the scary part.\n"
	    "More posts you may like\nr/sysadmin",
	    "BMBMBCCCBMBB", "a bot's summary is the article in its thread");
	clean_free(c);
	/* a box of the best comments over the story: its sentences are
	 * comments, its names and votes the box's */
	c = check("湖南省交通运输厅原厅长被逮捕",
	    "热门跟贴\n网友「江南一只喵」 "
	    "浙江杭州\n我们小区去年就试过了，最难的不是居民，是收运跟不上。\n"
	    "顶 2381\n网友「老张不是老王」 山东济南\n早上七点到九点才能扔，"
	    "上夜班的人怎么办？\n顶 1207\n查看全部跟贴 >\n" STORY_ZH_TEXT
	    "此案将于近期开庭审理。", "BBMBBMBBCCCC",
	    "a box of the best comments over the story");
	clean_free(c);
	/* a forum's comment header ends the post */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nHappy to answer "
	    "questions.\n\u25b2 jdoerr 6 hours ago | next [\u2013]\nThe part "
	    "about the pay offer is underrated. Half of the dock workers I "
	    "know have said the same thing for years.\nreply",
	    "CCCCBMB", "a forum's comment header");
	clean_free(c);
	/* an embed's placeholder, still loading, is no end of the story's
	 * run: the fact box over it stays */
	c = check("항만 파업 2주째", "부산항 노조는 화요일 항만공사와의 협상이 "
	    "다시 결렬됐으며 임금 인상안이 개선될 때까지 파업을 계속하겠다고 "
	    "밝혔다. 노조는 이번 주 안에 추가 집회를 열 계획이라고 덧붙였다.\n"
	    "광고\n업계에서는 이번 파업이 장기화할지를 두고 해석이 엇갈린다.\n"
	    "광고\n■ 한눈에 보는 항만 파업\n- 멈춘 크레인: 20대 중 14대 "
	    "(지난주 6대)\n- 대기 선박: 9척, 하루 평균 2척 증가\n"
	    "관련 뉴스 불러오는 "
	    "중...\n해운사들은 컨테이너선을 인근 항구로 돌리기 시작했다. 이 "
	    "때문에 지역 유통업체의 배송 기간이 며칠씩 늘어나고 있다.",
	    "CBCBCCCBC", "a placeholder still loading is a slot");
	clean_free(c);
	/* a timeline under the story's lead-in */
	c = check("決済サービスで大規模障害", "スマートフォン向けのコード決済"
	    "サービスで15日、決済やチャージができない障害が約9時間続いた。"
	    "同社によると、利用者は全国で約300万人に上る。\n同社が公表した"
	    "主な経過は以下の通り。\n11月15日 6:00　データベース切り替え作業を"
	    "開始\n11月15日 8:10　店頭決済でエラーが多発\n11月15日 9:30　"
	    "アプリと公式Xで障害を告知\n11月15日 15:20　決済・チャージが全面"
	    "復旧\n同社は再発防止策を月内にまとめる方針だ。", "CCCCCCC",
	    "a timeline's dated entries");
	clean_free(c);
	/* a post that holds the article's text over the thread's
	 * comments is the article; the bot's summary is a comment */
	c = check(TITLE, "Posted by u/harbour_watch\nFull text below since "
	    "the site is paywalled:\n" LEDE "\n" SECOND "\n" QUOTE "\n"
	    "The port authority said it would publish its offer in full on "
	    "Friday, and that it remained open to talks with the union.\n"
	    "Join the conversation\nSort by: Best\n"
	    "Every single time. One side says the other did it, and nobody "
	    "can check.\nThis is the best tl;dr I could make, original "
	    "reduced by 72%. (I'm a bot)\nThe union said talks with the "
	    "port authority had broken down again, and the strike would go "
	    "on until the pay offer was improved.\nShipping lines have begun "
	    "to divert container ships to other ports, which adds days to "
	    "deliveries for the region's shops.\nA crane operator said the "
	    "workers would not go back for a promise, after twenty years at "
	    "the harbour.\nThe port authority will publish its offer on "
	    "Friday and says it is still open to talks with the union.\n"
	    "Extended Summary | FAQ | Feedback | Top keywords: "
	    "strike#1\n"
	    "Backup cranes running for four hours is the scary part.",
	    "BCCCCCBBBBMMMMBB", "a post that holds the article");
	clean_free(c);
	/* a byline with its date, and the writer's bio after the story */
	c = check(TITLE, "By Ann Marie Lee Oct. 2, 2024 at 5:30 a.m.\n" LEDE
	    "\n" SECOND "\n" QUOTE "\nThe port authority declined to "
	    "comment.\nAnn Marie Lee is a retired harbour pilot who worked "
	    "for 22 years on the river.", "CCCCCB",
	    "a bio under a byline with its date");
	clean_free(c);
	/* a story's members and a doctor's advice are no pitch and no
	 * disclaimer */
	c = check(TITLE, LEDE "\nThe cooperative has 1,200 paying members, "
	    "and they voted to raise the fee.\n" SECOND "\nDie App ersetzt "
	    "keine ärztliche Beratung, warnte der Arzt.\n" QUOTE, "CCCCC",
	    "a story's 'paying members' and 'ersetzt keine ärztliche'");
	clean_free(c);
	/* "By Saturday, …" says when, not who */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n" LEDE "x\n"
	    "By Saturday, the heat is expected to shift east, and the port "
	    "will open again.\n" SECOND "x", "CCCCCC",
	    "a sentence that opens 'By Saturday' is no byline");
	clean_free(c);
	/* a subhead's question that the headline asks too */
	c = check("Admissions 2025: when to apply, what it costs", LEDE "\n"
	    SECOND "\nWhen to apply?\n" QUOTE, "CCCC",
	    "a subhead's question is no pull quote of the headline");
	clean_free(c);
	/* a shop's card in a review: name, price, button */
	c = check(TITLE, LEDE "\nLumora Vela Color (32GB)\n$229\n"
	    "See at Best Buy\n" SECOND "\n" QUOTE, "CBBBCC",
	    "a shop's card between the story's paragraphs");
	clean_free(c);
	c = check(TITLE, LEDE "\nThe price: $229\nSee at Best Buy\n"
	    SECOND, "CCBC", "no card without a price alone; the button "
	    "alone is the shop's");
	clean_free(c);
	/* a roundup's items, each with its buttons */
	c = check(TITLE, LEDE "\n1. A magnetic knife strip\nMounting takes "
	    "two screws, and it frees up a whole drawer in a small kitchen "
	    "for good.\n$15.99 at Amazon\n2. Stackable prep bowls\nThey "
	    "nest into a single bowl when you are done, and the lids snap "
	    "on without a fight.\nBei Amazon ansehen\n3. Beeswax wraps\n"
	    "Wash them in cool water and they last about a year in daily "
	    "use.\n$12.49 at Target\n" SECOND, "CCCBCCBCCBC",
	    "a roundup's buttons are the shop's, its items the story's");
	clean_free(c);
	c = check(TITLE, LEDE "\n消费者如何理性购买\n" SECOND, "CCC",
	    "a subhead that ends in \"购买\" is no shop's button");
	clean_free(c);
	/* an archive's lines over the page it kept */
	c = check(TITLE, "This is Google's cache of https://example.org/story."
	    " It is a snapshot of the page as it appeared on 12 Mar 2019 "
	    "10:15:00 GMT.\nThe current page could have changed in the "
	    "meantime. Learn more.\nFull version\nText-only version\n"
	    "View source\n" LEDE "\nKommentieren\n" SECOND "\n" QUOTE,
	    "BBBBBCBCC", "a search engine's cache header; a toolbar's "
	    "button under it ends nothing");
	clean_free(c);
	c = check(TITLE, LEDE "\nBest range\nNorthtrail Commuter ST\n"
	    "$1,899 at REI\nBuy now at REI\n" SECOND, "CBBBBC",
	    "a card's price at its shop");
	clean_free(c);
	/* a reporter's bio under the name's link */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n" LEDE "x\n"
	    SECOND "x\n" QUOTE "x\n孙怡\n经济观察报金融记者，关注中小银行、"
	    "地方金融改革与县域金融服务。\n新闻线索请联系：sunyi@eeo.com.cn",
	    "CCCCCCBBB", "a Chinese reporter's bio and call for tips");
	clean_free(c);
	/* a site's contact box after the story */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nContact Us\n"
	    "Have a question about a program? Call the service centre at "
	    "1-800-555-0199.", "CCCBB", "a contact box after the story");
	clean_free(c);
	/* a channel's head over a post it passed on */
	c = check(TITLE, "Harbour 24 | News\n1.2M subscribers\n"
	    "Forwarded from Port Wire\n" LEDE "\n" SECOND "\n" QUOTE,
	    "BBBCCC", "a channel's name, its count and a forward's credit");
	clean_free(c);
	/* a release's contact box; a subhead over a paragraph that
	 * quotes someone who "told reporters" heads no bio */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "Media contact\nRebecca Thornquist\nScience Writer, Harbour "
	    "University", "CCCBBB", "a release's contact box");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n" LEDE "x\n"
	    SECOND "x\n" QUOTE "x\nTalks Stall\nThe union's president, "
	    "Patricio Rojas, said members would not return to the table. "
	    "\"We are not going to negotiate through the newspapers,\" he "
	    "told reporters.", "CCCCCCCC",
	    "a subhead over a quote is no name over a bio");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "I cover ports, shipping and the people who work the docks.",
	    "CCCB", "a contributor's bio in the first person");
	reason(c, 3, "bio", "as a bio");
	clean_free(c);
	c = check("别让适老化改造只停留在说明书里", "前几天陪父亲去医院复查，挂号、"
	    "缴费、取报告全在手机上完成。父亲盯着屏幕上密密麻麻的按钮，半天找不到"
	    "入口，最后还是我替他操作完成的。这样的场景，相信很多人都不陌生。\n"
	    "作者简介：沈牧之，资深媒体人，从事互联网与社会议题报道十五年，曾任多家"
	    "都市报科技版主编，长期关注数字鸿沟、老龄化与公共服务数字化转型。著有《"
	    "屏幕背后的人》《慢一点的城市》等书，现为多家媒体专栏作者，业余时间在社"
	    "区担任老年人智能手机课程的志愿讲师。", "CB",
	    "a long Chinese bio with its label is hidden");
	clean_free(c);

	/* Chinese: the share line is hidden, the prose kept. */
	c = check("港口罢工进入第二周", "码头工人工会周二表示，与港务局的谈判再次破裂，罢工将持续到"
	    "资方提高加薪方案为止。航运公司已开始将集装箱船改道至邻近港口。\n"
	    "分享到：微博 微信 QQ空间", "CB",
	    "Chinese: a share line hidden, the prose kept");
	clean_free(c);

	/* A live page: its posts under their times, with an ad's label,
	 * a channel's call, a photo's credit and a related line between
	 * them, are the story's; a time or a credit is a slot in its run. */
	c = check(TITLE, LEDE "\n" SECOND "\nAdvertisement\n"
	    "Follow our Telegram channel for the latest on the strike\n"
	    "14:05\nThe harbour master closed the north quay at noon.\n"
	    "Two ferries were cancelled.\nPhoto: Port Authority press office\n"
	    "13:40\nPolice moved pickets away from gate four.\n"
	    "Hotline: 0800 123.\nRead more: How the last strike ended\n"
	    "13:10\nThe union has called a rally for Friday evening.\n"
	    "The port authority did not respond to a request for comment.\n"
	    "Show more\nShare this: Facebook Twitter Email",
	    "CCBBBCCBBCCBBCCBB", "a live page's posts between its slots");
	reason(c, 7, "caption", "a credit alone is a caption's");
	clean_free(c);

	/* A related box under a channel's call, in a short story: the
	 * story goes on after it, and ends before the page's lists. */
	c = check(TITLE, LEDE "\n"
	    "Subscribe to our newsletter for the harbour's news\n"
	    "Related stories\nCrane drivers vote on the port authority's new "
	    "pay offer\n"
	    "Shipping lines divert vessels to Rotterdam.\n"
	    "The port authority declined to comment.\nShare\n"
	    "Most popular\n1 Mayor opens the new ferry terminal\n"
	    "2 Storm warning for the coast tonight",
	    "CBBBCCBBBB", "a short story goes on after a related box");
	clean_free(c);

	/* A sign-up box (its call, field, button and consent) between
	 * the story's sentences: the story goes on after it, up to the
	 * writer's bio. */
	c = check(TITLE, LEDE "\n" SECOND "\n"
	    "Часть добровольцев получала плацебо.\n"
	    "Подпишитесь на рассылку «Здоровье за неделю».\n"
	    "Введите e-mail\nПодписаться\n"
	    "Нажимая кнопку, вы соглашаетесь с политикой "
	    "конфиденциальности.\n"
	    "Регистрацию вакцины планировалось получить в 2026 году.\n"
	    "Ежегодно к врачам обращаются более 400 тысяч человек.\n"
	    "В Минздраве на запрос редакции не ответили.\n"
	    "Ольга Смирнова — научный обозреватель.",
	    "CCCBBBBCCCB", "a story goes on after a sign-up box");
	clean_free(c);

	/* A text's menu saved an item a line; a list under a colon is the
	 * story's. */
	c = check(TITLE, "Home\nPolitics\nBusiness\nSport\nCulture\n" LEDE
	    "\n" SECOND, "BBBBBCC", "a menu an item a line is hidden");
	reason(c, 0, "menu: 5 items a line", "as a menu");
	clean_free(c);
	c = check(TITLE, LEDE "\nThe union named its negotiators:\n"
	    "Ann Lee\nBo Chan\nCarl Ode\nDee Fox\n" SECOND, "CCCCCCC",
	    "a list under a colon is not");
	clean_free(c);
	c = check(TITLE, "首頁\n即時\n政治\n國際\n社會\n" LEDE, "BBBBBC",
	    "and a Chinese one");
	clean_free(c);
	c = check(TITLE, "Новости\nЭкономика\nПроисшествия\nСпорт\n" LEDE,
	    "BBBBC", "and a Russian one");
	clean_free(c);

	/* A table saved as text, its cells split by " | ", is the story's;
	 * a menu split so is not. */
	c = check(TITLE, LEDE "\nThe vote on the offer, by terminal:\n"
	    "Terminal | Yes | No | Turnout\nNorth Quay | 412 | 388 | 91%\n"
	    "South Quay | 276 | 301 | 88%\n" SECOND, "CCCCCC",
	    "a table's rows split by bars are the story's");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n"
	    "Rents in euros a square metre, third quarter\n"
	    "City | 2025 | 2026 | Change\nMunich | 21.40 | 22.90 | +7.0%\n"
	    "Berlin | 15.20 | 16.60 | +9.2%\nAdvertisement\n"
	    "Share this: Facebook Twitter Email", "CCCCCCBB",
	    "a table under its caption is the story's, its header no date");
	clean_free(c);
	c = check(TITLE, "Home | News | Sport | Weather\n"
	    "Money | Travel | Culture | Puzzles\n" LEDE "\n" SECOND, "BBCC",
	    "a menu split by bars is not");
	clean_free(c);

	/* A photo story: its paragraphs go on past a slide's number. */
	c = check(TITLE, LEDE "\n" SECOND "\nRead more: How the last strike "
	    "ended\n4/6\nThe crane drivers left the quay at dusk.\n"
	    "Pickets stayed at the gates all night.\n5/6\n6/6\n"
	    "Related stories", "CCBBCCBBB",
	    "a photo story goes on past a slide's number");
	clean_free(c);

	/* A ranking of the most read after the story, however its
	 * headlines end. */
	c = check(TITLE, LEDE "\n" SECOND "\nMost read\n"
	    "1. Why did the ferry fares double this spring?\n"
	    "2. Storm warning for the whole coast tonight\n"
	    "3. The mayor opens the new market hall.\n"
	    "4. Ten walks along the old harbour wall", "CCBBBBB",
	    "a ranking under a related heading is hidden");
	reason(c, 3, "context: ranked", "as a ranking");
	clean_free(c);
	c = check(TITLE, LEDE "\nアクセスランキング\n"
	    "1位\u3000新型スマホの電池は本当に持つのか？\n"
	    "2位\u3000家電量販店の型落ちセール、狙い目は\n"
	    "3位\u3000大型アップデートで不具合報告が相次ぐ", "CBBBB",
	    "and a Japanese one");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n많이 본 뉴스\n"
	    "1 항구 크레인 멈춰… 부두 파업 2주째\n"
	    "2 프로야구 FA 시장 개장, 최대어는 누구?\n"
	    "3 女배구 흥국생명, 개막 7연승 질주\n공유하기", "CCBBBBB",
	    "and a Korean one past a question");
	clean_free(c);

	/* An interview's answer in quotes ends as a sentence does, and
	 * its question goes on past a related box. */
	c = check("町の本屋を継いだ理由", "――開店したきっかけは。\n"
	    "「東京の出版社で十年働いて、地元に本屋がないことが寂しかった"
	    "んです。それで思い切って戻ってきました」\n関連記事\n"
	    "書店ゼロの自治体、全国で二割超　文化の拠点をどう守る\n"
	    "――最近の変化は。\n"
	    "「十代のお客さんが増えました。実物の本を手に取って確かめたい"
	    "と来てくれるんです」", "CCBBCC",
	    "an interview goes on past a related box");
	clean_free(c);

	/* A writer's bio in Spanish and in Chinese, after the story. */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\n"
	    "Redactora de la sección de Clima. Licenciada en Periodismo por "
	    "la Universidad de Sevilla.\n"
	    "港口日报经济频道记者，关注航运与物流产业链。", "CCCBB",
	    "a writer's bio in Spanish and Chinese is hidden");
	clean_free(c);

	/* A writer's name, then her job as a bio opens it, after the
	 * story. */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nMarco Ferri\n"
	    "Giornalista, segue la cronaca nera e giudiziaria per la "
	    "redazione di Brescia dal 2015.", "CCCBB",
	    "an Italian bio that opens with the writer's job is hidden");
	clean_free(c);

	/* The byline's writer, in sentences after the story. */
	c = check(TITLE, "By Ann Marie Lee\n" LEDE "\n" SECOND "\n" QUOTE "\n"
	    "The port authority declined to comment.\n"
	    "Ann Marie Lee is a professor of economics at the harbour "
	    "college, where she studies trade.\nShe has written two books "
	    "about the docks.\nShe lives by the sea with her two dogs.",
	    "BCCCCBBB", "a bio that opens with the byline's name is hidden");
	reason(c, 5, "bio: the byline's writer", "as the writer's bio");
	clean_free(c);

	/* Links marked "▶" under a related heading are other stories'. */
	c = check("항만 파업 2주째", "부두 노동자 노조는 화요일 항만 당국과의 협상이 "
	    "다시 결렬됐으며 임금 인상안이 나올 때까지 파업을 계속하겠다고 "
	    "밝혔다.\n[관련기사]\n▶ 항만 크레인 기사들, 새 임금안 놓고 "
	    "찬반 투표\n▶ 해운사들 선박 우회…물류 대란 우려 커져\n"
	    "선사들은 이미 인근 항만으로 컨테이너선을 돌리기 시작했다고 "
	    "밝혔다.", "CBBBC", "links marked ▶ under a related heading");
	clean_free(c);

	/* A box of the story's facts under its last sentence. */
	c = check(TITLE, LEDE "\n" SECOND "\n"
	    "The strike's organisers did not respond to a request for "
	    "comment.\nKey figures\n"
	    "Vessels waiting: 41 container ships\n"
	    "Cargo delayed: 1.2 million tonnes\n"
	    "Workers on strike: 3,400; 12 unions\n"
	    "Share this: Facebook Twitter Email", "CCCCCCCB",
	    "a box of facts after the story is the story's");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\n"
	    "The strike's organisers did not respond to a request for "
	    "comment.\nAbout us\nSections: News, Sport\n"
	    "Contact: the newsroom\nFollow: the harbour\n"
	    "Share this: Facebook Twitter Email", "CCCBBBBB",
	    "labels without figures after it are not");
	clean_free(c);

	/* Vietnamese prose has its function words ("bị", "nên", "rồi"):
	 * a lede above a teaser list is no line between boilerplate. */
	c = check("Vỡ đê ven sông, ba thôn bị ngập sâu",
	    "Nước lên nhanh nên nhiều căn nhà ven sông bị ngập sâu sau "
	    "trận mưa lớn kéo dài suốt đêm qua, hàng trăm người phải rời "
	    "nhà lúc nửa đêm.\nTin liên quan\nCảnh báo sạt lở bờ sông "
	    "trong mùa mưa, nhiều hộ phải di dời…\nNước rút chậm, nhiều "
	    "tuyến đường vẫn còn ngập sâu…\n“Lúc đó trời vẫn mưa rất to, "
	    "nước tràn vào nhà rồi dâng lên tận mái, cả nhà chỉ kịp chạy "
	    "ra đường”, bà Lan kể lại.\nTheo lực lượng cứu hộ, đoạn đê bị "
	    "vỡ dài khoảng 30 m, nước tràn vào ba thôn ven sông ngay sau "
	    "nửa đêm.\nQuảng cáo\nĐến trưa nay, bộ đội biên phòng vẫn "
	    "đang đưa người già, trẻ nhỏ ra nơi cao ráo bằng ghe và xuồng "
	    "máy.\nTrạm bơm bị hỏng từ tháng trước nên nước rút rất chậm, "
	    "theo người dân địa phương.\nLãnh đạo huyện chưa trả lời về "
	    "việc bồi thường.",
	    "CBBBCCBCCC", "a Vietnamese lede above a teaser list stays");
	clean_free(c);

	/* Indonesian: its function words, its teasers ("Baca Juga:"), its
	 * headings of other stories and its channel's call */
	c = check("Banjir Rendam Ratusan Rumah di Kudus",
	    "Beranda\nRegional\nBagikan\nKUDUS - Banjir merendam "
	    "sedikitnya 400 rumah di tiga desa di Kecamatan Mejobo "
	    "setelah hujan deras mengguyur sejak Senin malam.\nKepala "
	    "BPBD Kudus mengatakan ketinggian air mencapai satu meter "
	    "di beberapa titik, sehingga warga harus mengungsi ke "
	    "masjid dan balai desa.\nBaca Juga: Jembatan Putus Akibat "
	    "Banjir, Warga Terpaksa Memutar Jauh\nPetugas gabungan "
	    "telah mendirikan dapur umum untuk melayani sekitar 900 "
	    "pengungsi yang masih bertahan di lokasi "
	    "pengungsian.\n\"Kami berharap air segera surut karena "
	    "anak-anak harus kembali sekolah,\" kata seorang "
	    "warga.\nHujan masih turun.\nBPBD meminta warga yang "
	    "tinggal di bantaran sungai tetap waspada terhadap banjir "
	    "susulan hingga akhir pekan.\nSimak Video \"Detik-detik "
	    "Tanggul Jebol di Kudus\"\nBerita Terkait\nTanggul Sungai "
	    "Wulan Jebol, Dua Desa Terendam\nHarga Cabai di Kudus Naik "
	    "Tajam Usai Banjir\nTerpopuler\nJadwal Kereta Api Tambahan "
	    "Libur Akhir Tahun\nDapatkan update berita pilihan setiap "
	    "hari. Mari bergabung di Kanal Telegram kami.",
	    "BBBCCBCCCCBBBBBBB",
	    "an Indonesian dump's story and its furniture");
	clean_free(c);
	/* a writer's bio in Italian, after the story's copyright line */
	c = check("Sciopero dei medici", "I medici hanno scioperato in tutta "
	    "Italia per chiedere più personale e stipendi adeguati, con "
	    "adesioni alte al Nord.\nIl ministero non ha risposto.\n"
	    "© RIPRODUZIONE RISERVATA\nGiulia Ferrante è giornalista della "
	    "redazione Salute, si occupa di politiche sanitarie.", "CCBB",
	    "an Italian writer's bio after the story");
	clean_free(c);
	/* an offer that opens with its word, however it ends */
	c = check("금리 인상", "한국은행이 기준금리를 0.25%포인트 인상했다고 "
	    "밝혔다. 이는 시장의 예상보다 큰 폭이라는 평가가 나온다.\n"
	    "구독하면 매일 아침 8시, 오늘 꼭 알아야 할 뉴스 5개를 "
	    "보내드립니다.", "CB", "a Korean offer stated politely");
	clean_free(c);
	/* "as of writing" closes a story; it is no writer's bio */
	c = check("內房股急升", "內房股今早急升，龍湖集團股價一度上升超過百分之十"
	    "，成交額亦明顯增加。\n分析師認為，市場憧憬更多支持樓市的措施出台，"
	    "資金因此流入板塊。\n截至執筆時，龍湖未有就股價急升作出回應。",
	    "CCC", "a closing line written 'as of writing' stays");
	clean_free(c);
	/* other stories' headlines marked as links, between paragraphs */
	c = check("국민연금 개혁안 확정", "정부가 국민연금 보험료율을 현행 "
	    "9%에서 13%로 단계적으로 올리는 개혁안을 확정했다고 "
	    "보건복지부가 밝혔다.\n"
	    "\342\226\266 연금 받는 나이 65세→68세로 늦춰지나…정부, 내달 공청회\n"
	    "\342\226\266 \"노후 불안\" 개인연금 가입 늘었다…20대 가입률 역대 "
	    "최고\n소득대체율은 43%로 정해졌으며, 정부는 내년 1월부터 "
	    "보험료율을 매년 0.5%포인트씩 올릴 계획이다.\n"
	    "\342\226\266 신청 방법: 가까운 국민연금공단 지사를 방문하면 된다.",
	    "CBBCC", "headlines marked as links, not the story's marked line");
	clean_free(c);

	/* a related box's second headline asks; the subhead under it */
	c = check("혼자 밥 먹는 청년들", "서울 마포구의 한 주민센터 2층에서는 "
	    "매주 목요일 저녁 혼자 사는 청년들이 모여 함께 밥을 짓고 "
	    "나눠 먹는다.\n참가자들은 대부분 20대와 30대로, 이곳에서 처음 "
	    "만난 사이지만 이제는 서로의 안부를 묻는 이웃이 됐다고 말한다.\n"
	    "관련기사\n1인 가구 1000만 시대… '고립 청년' 지원 예산은 제자리\n"
	    "\"외로움도 질병\" 영국은 장관까지 뒀는데, 한국은?\n"
	    "'밥' 이상의 의미\n운영진은 처음에는 단순히 식비를 아끼려는 "
	    "사람들이 올 거라고 생각했지만, 실제로는 대화 상대를 찾는 "
	    "사람이 더 많았다고 전했다.\n구청은 내년부터 이 모임을 다른 "
	    "동으로도 넓힐 계획이다.",
	    "CCBBBCCC", "a related headline may ask; the subhead under it");
	clean_free(c);
	/* a Japanese player's video and its length in kanji */
	c = check("夜間中学、希望者増える", "義務教育を十分に受けられなかった"
	    "人や外国籍の人などが学ぶ公立の夜間中学で、入学を希望する人が"
	    "増えています。\n動画　夜間中学の教室から 1分48秒\n"
	    "文部科学省によりますと、去年の時点で全国の夜間中学に在籍する"
	    "生徒は1500人余りで、半数以上が外国籍の人だということです。",
	    "CBC", "a video's title with its length in kanji");
	clean_free(c);
	/* a lead-in cut at a comma over short sentences, under a link */
	c = check("Small firms try the four-day week", "A growing number of "
	    "small businesses are moving to a four-day week to compete for "
	    "workers they cannot afford to pay more.\n"
	    "Go deeper: The return-to-office fight is moving to the suburbs\n"
	    "By the numbers: Among firms that adopted a shorter week,\n"
	    "61% said hiring got easier.\n48% reported lower turnover.\n"
	    "Just 9% said productivity fell.\nSponsored content\n"
	    "At a 40-person machine shop outside Dayton, Ohio, the owner "
	    "moved to four nine-hour days last spring and has not lost a "
	    "worker since.",
	    "CBCCCCBC", "a lead-in cut at a comma keeps its sentences");
	clean_free(c);
	/* a promo's words in the first item of the story's list */
	c = check("Sonnenstrom vom Gemeindebau", "Die Stadt Wien will die "
	    "Dächer ihrer Gemeindebauten in den kommenden fünf Jahren "
	    "systematisch mit Photovoltaik ausstatten.\nWer teilnehmen will, "
	    "muss sich anmelden, der bestehende Stromvertrag bleibt aufrecht. "
	    "Für die Haushalte ergeben sich laut Stadt folgende Punkte:\n"
	    "Teilnahme ist freiwillig und jederzeit kündbar\n"
	    "Kein Wechsel des bisherigen Stromlieferanten notwendig\n"
	    "Ersparnis je nach Haus und Verbrauch bis zu 15 Prozent\n"
	    "Weiterlesen:\nEnergiegemeinschaften boomen, doch viele "
	    "Mitglieder warten noch auf ihre erste Abrechnung\n"
	    "Die Kosten für das Programm beziffert die Stadt mit rund 380 "
	    "Millionen Euro, ein Teil davon kommt aus Mitteln des Bundes.",
	    "CCCCCBBC", "a promo's words in an item of the story's list");
	clean_free(c);
	/* a related box's headline, then the story's subhead over a
	 * sentence that leads in to a list */
	c = check("Las acequias de careo vuelven a la Alpujarra", "Con la "
	    "sequía que sufre el sureste peninsular desde 2021, el interés "
	    "por estas estructuras se ha multiplicado entre los regantes.\n"
	    "Más información\nLa sequía obliga a cortar el agua por las "
	    "noches en decenas de pueblos de Andalucía\nQué dicen los datos\n"
	    "Un estudio de la Universidad de Granada, publicado el año "
	    "pasado, midió los efectos de reactivar tres acequias. Entre sus "
	    "conclusiones:\nLos manantiales situados por debajo de las "
	    "acequias aumentaron su caudal hasta un 30% en verano.\n"
	    "La humedad del suelo se mantuvo durante más semanas.",
	    "CBBCCCC", "a subhead over a lead-in ends a related box");
	clean_free(c);
	/* the bio's next sentence opens with the name over it */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nKatharina Berger\n"
	    "Redakteurin in der Rhein-Main-Zeitung.\nKatharina Berger "
	    "schreibt seit 2015 über Umwelt, Verkehr und Stadtentwicklung in "
	    "Frankfurt und im Umland.",
	    "CCCBBB", "a bio's sentence that opens with its writer's name");
	clean_free(c);
	/* an advert's label over the story's quote, then a related box
	 * whose heading reads like an ad's button */
	c = check("El olivar tradicional, en riesgo", "Los productores de "
	    "aceite de Jaén advierten de que los precios en origen ya no "
	    "cubren los costes de muchas explotaciones tradicionales.\n"
	    "Publicidad\n«Con lo que nos cuesta ahora el gasóleo, los "
	    "abonos y la mano de obra, a cuatro euros muchos olivares no "
	    "salen a cuenta», explica un agricultor.\nMás información\n"
	    "El precio del aceite de oliva baja en los supermercados por "
	    "primera vez en tres años\nTradicional frente a intensivo\n"
	    "El problema, coinciden las organizaciones agrarias, no afecta "
	    "por igual a todas las explotaciones de la provincia.",
	    "CBCBBCC", "a related box's heading is no advert's button");
	clean_free(c);
	/* the standfirst right under a title that was the text's first
	 * line, over the reporter and the date; a Korean video's length */
	c = check("전통시장 빈 점포에 청년 창업가 몰린다",
	    "지자체 지원 끝난 뒤 살아남는 비율은 절반 수준\n이지은 기자\n"
	    "입력 2024-04-22 03:00\n"
	    "서울 시내 전통시장의 빈 점포에 청년 창업가들이 몰리고 있다. "
	    "임대료 지원이 늘면서 문을 여는 가게가 크게 늘었다.\n"
	    "동영상 다시 보는 전통시장의 하루 (1:58)\n"
	    "일부 지자체는 지원 방식을 바꾸고 있다. 단순히 임대료를 "
	    "보조하는 대신 경영 교육을 함께 제공하는 방식이다.",
	    "CBBCBC", "a standfirst under the first line; a video's length");
	clean_free(c);
	/* another story's headline in capitals between two paragraphs;
	 * a subhead in capitals, shorter, stays */
	c = check(TITLE, LEDE "\nTEXAS TOWN RALLIES AROUND WIDOW AFTER "
	    "TORNADO DESTROYS HOME\n" SECOND "\nWHAT COMES NEXT\n" QUOTE,
	    "CBCCC", "another story's headline in capitals");
	clean_free(c);

	/* a related box's kicker over its headline; a video's label and
	 * length alone, its title under it */
	c = check(TITLE, LEDE "\nRelated Story\nScience\nFireflies are "
	    "disappearing from backyards. Here's how you can help\n" SECOND
	    "\nVIDEO 2:48\nWhy regional airlines are shrinking\n" QUOTE,
	    "CBBBCBBC", "a kicker in a related box; a video's title");
	clean_free(c);
	/* a related box's dated headline, then the story's quote with
	 * its speaker in brackets */
	c = check("社内問い合わせの7割をAIが一次対応",
	    "社内の問い合わせ対応にAIを導入する企業が増えている。導入から半年で"
	    "一次対応の7割をAIが担うようになった企業もある。\n関連記事\n"
	    "生成AIで「社内FAQ」はどこまで自動化できるのか　導入企業3社に聞く\n"
	    "2026年11月20日\n「AIの精度はデータの質で決まる、とよく言われます"
	    "が、それを身をもって知りました」（森下さん）\nドキュメント整備の"
	    "後、回答精度は大きく改善した。現在はAIが解決できなかった問い合わせ"
	    "だけを担当者が引き継ぐ。", "CBBBCC",
	    "a dated headline in a related box; a quote and its speaker");
	clean_free(c);
	/* a paragraph that closes with a German quote's "«", past a
	 * paywall's promo, is the story's; so is a reporter's sentence
	 * ("记者从…获悉，") */
	c = check(TITLE, LEDE "\nSPIEGEL+ Jetzt weiterlesen mit SPIEGEL+: 1 "
	    "Monat für 1 €. Jederzeit kündbar.\nFörster Weber hat die "
	    "Speicherkarte wieder in die Kamera gesteckt. »Wenn ich ehrlich "
	    "bin«, sagt er, »ist jede Aufnahme ein kleines Geschenk.«\n"
	    "Mehr lesen über\nArtenschutz", "CBCBB",
	    "a closing «, past a paywall's promo");
	clean_free(c);
	c = check("县域冷链建设提速", STORY_ZH_TEXT "记者在采访中了解到，"
	    "目前推进县域冷链建设主要有以下几方面做法：\n一是统筹布局，"
	    "以县城为中心、乡镇为节点，建设分级配送网络；\n二是多元投入，"
	    "引导社会资本参与冷链设施建设和运营。", "CCCCCC",
	    "a reporter's sentence is no byline");
	clean_free(c);
	/* a travel story's advice is no newsletter's call */
	c = check("Three days in Lisbon", "Don't miss the sunset from the "
	    "Miradouro da Senhora do Monte, where locals gather every "
	    "evening.\nThe tram ride up is part of the fun.", "CC",
	    "\"Don't miss\" in a story's advice");
	clean_free(c);
	/* a toolbar's "View comments" under the standfirst's points is no
	 * comment form: the story under it stays */
	c = check(TITLE, "Residents of Kelham Staithe say the 30-mile detour "
	    "means a 15-minute school run now takes over an hour\nCouncil "
	    "admits inspection in 2019 flagged moderate concerns that were "
	    "never acted upon\nShopkeepers warn summer trade could collapse "
	    "without a temporary crossing this year or next\nParents say "
	    "the ambulance now takes twice as long to reach the village at "
	    "night\nView comments\n" LEDE "\n" SECOND "\n" QUOTE, "CCCCBCCC",
	    "a toolbar's comment button over the story");
	clean_free(c);
	/* the story of a newsletter company: its words are news; "most
	 * readers" is no "most read" box; a related box's headlines in
	 * title case end like sentences */
	c = check(TITLE, LEDE "\nInkpost, the largest paid-newsletter "
	    "platform, agreed to acquire Letterbox for a reported $410 "
	    "million.\nPayment processing, mailing lists, and the discovery "
	    "app most readers use to find new writers\n" SECOND "\nRELATED..."
	    "\nTeachers In 3 States Are Striking This Week. Here's What They "
	    "Want.\nParents Say They Were Shut Out. Now They Want Answers.\n"
	    QUOTE, "CCCCBBBC", "newsletters as news; title-case headlines");
	clean_free(c);
	/* a German story of one; an interview's answer that names an app;
	 * a paragraph that closes with a pointer to more */
	c = check(TITLE, LEDE "\nDas Bundeskartellamt muss dem Kauf noch "
	    "zustimmen. Experten rechnen aber nicht mit Problemen, weil "
	    "United Post bislang kaum im Newsletter-Markt aktiv ist.\n"
	    "Rund ein Drittel des Umsatzes stammt von den 50 größten "
	    "Newslettern.\n"
	    "Q: Why no app store?\nA: Because every app we tested made the "
	    "battery worse. We had a prototype running a full Android build, "
	    "and it lasted four days.\n"
	    "Аналитики, опрошенные “Ъ”, в основном понизили целевые цены по "
	    "бумагам. Опыт других эмитентов, отказывавшихся от дивидендов, "
	    "показывает, что восстановление котировок может занять от "
	    "полугода до двух лет, говорят на рынке. Подробнее о том, как "
	    "вели себя акции компаний, отменявших выплаты, — в материале "
	    "«Денег» о дивидендных сезонах последних лет.\n" SECOND,
	    "CCCCCCC", "a newsletter, an app, a pointer, told in a story");
	clean_free(c);
	/* "we" is a word: "Zimbabwe " in a pointer's paragraph is none */
	c = check(TITLE, LEDE "\nАкции Zimbabwe Platinum Mines за неделю "
	    "подешевели на 14%. Аналитики связывают падение с новым налогом "
	    "на экспорт руды, который правительство ввело с первого марта. "
	    "Подробнее о том, как налог меняет рынок платины, — в материале "
	    "«Денег» о сырьевых компаниях Африки.\n" SECOND, "CCC",
	    "a pointer's paragraph that names Zimbabwe");
	clean_free(c);
	/* a story tells of an app's systems; a post's signature names
	 * its app; a video's title and length between the story's last
	 * sentences; a bio that opens with the writer's first name */
	c = check(TITLE, LEDE "\nThe update is rolling out on iOS, Android "
	    "and the web today.\n" SECOND "\nVideo: Dock workers march "
	    "through the port\n02:47\nTalks resume on Monday.\nThe port "
	    "authority declined to comment.\nPolitics\nTransport\nLabour"
	    "\nHarbours\nShare\nDana Whitcombe\nSenior Editor\nDana has "
	    "covered ports and shipping for nine years, and still keeps a "
	    "crane operator's helmet on her desk.\nMore Must-Reads from "
	    "the Harbour Post\nWhy Freight Rates Could Double by Spring\n"
	    "Inside the Race to Automate the Docks", "CCCBBCCBBBBBBBBBBB",
	    "an app's systems, a video's slot, a bio by its first name");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\nEingetragen mit der "
	    "DealDoktor App für Android.", "CCB", "a post's signature");
	clean_free(c);
	/* cards of other stories, a headline and its blurb each, under a
	 * related heading after the story, and another box under them */
	c = check(TITLE, LEDE "\n" SECOND "\nMore from Marcus Lindqvist\n"
	    "GitHub flagged two million pull requests in a month\n"
	    "Maintainers say the tool catches real bugs but floods small "
	    "projects with noise.\nRedis creator returns to build a vector "
	    "database on a laptop\nThe project is a weekend experiment, he "
	    "says, but firms already ask for support.\nMost Popular\nApple "
	    "quietly kills its car project again", "CCBBBBBBB",
	    "cards with their blurbs under a related heading");
	clean_free(c);
	/* a ranking whose numbers stand on lines of their own, under its
	 * heading and its tabs */
	c = check(TITLE, LEDE "\n" SECOND "\nMost Read\nToday\nThis week\n"
	    "1\nApple quietly kills its car project again\n2\nThe best "
	    "keyboards we tested this year\n3\nRansomware gang claims a "
	    "payroll breach\nThe port authority has spent twelve years on "
	    "the new terminal, and its cost has doubled since the plan was "
	    "first approved.", "CCBBBBBBBBBC", "numbers on lines of their "
	    "own over a ranking's headlines");
	clean_free(c);
	/* a box of stories read together, among the paragraphs */
	c = check("배터리주 반등 조짐", "외국인은 이달 들어 2차전지 소재 "
	    "업종을 4,200억원어치 순매수하며 반등을 이끌었다. "
	    "증권가에서는 업황이 최악의 국면을 지났다는 분석이 나온다.\n"
	    "함께 본 뉴스\n\"전기차 캐즘 끝나나\"…유럽 1월 판매량 전년 "
	    "대비 증가\n리튬 가격 반등 조짐…광산업체 감산 효과 나타나\n"
	    "다만 증권가에서는 이번 반등을 두고 해석이 엇갈린다. 중국 "
	    "업체들의 증설로 공급과잉 우려가 여전하다는 지적이다.",
	    "CBBBC", "a box of stories read together");
	clean_free(c);
	/* a lede that opens with its reporters in brackets; a breadcrumb
	 * of two items after the site's home; a writer told of under the
	 * byline */
	c = check("北方农村清洁取暖改造基本完成", "新华网 > 时政 > 正文\n"
	    "（记者王晓岚、陈一鸣）记者5日从国家能源局获悉，截至2025年底，北方"
	    "地区农村清洁取暖改造已基本完成，累计完成改造超过3600万户。\n"
	    "国家能源局有关负责人介绍，今冬以来，各地电网企业提前开展设备巡检，"
	    "保障群众温暖过冬。", "BCC", "a lede with its reporters in "
	    "brackets");
	clean_free(c);
	c = check(TITLE, "Главная / Экономика и бизнес\n" LEDE "\n" SECOND,
	    "BCC", "a breadcrumb of two items");
	clean_free(c);
	c = check(TITLE, "By Marit Halvorsen\nMs. Halvorsen is a hydrologist "
	    "and a former deputy commissioner of the state's natural "
	    "resources department.\n" LEDE "\n" SECOND, "BBCC",
	    "a writer told of under the byline");
	clean_free(c);
	c = check(TITLE, "By Karen Ellsworth, CNN\nCNN has learned that "
	    "the port authority will vote on Tuesday to end the talks.\n"
	    LEDE "\n" SECOND, "BCCC", "a lede that names the byline's paper");
	clean_free(c);
	/* a breaking-news banner, an advert's script leaked into the text,
	 * a share bar's Korean words */
	c = check(TITLE, "BREAKING NEWS: Storm system forces closure of "
	    "three major airports in the Northeast\n(adsbygoogle = "
	    "window.adsbygoogle || []).push({});\ngoogletag.cmd.push("
	    "function()\n" LEDE "\ndfp-ad-article-middle\n" SECOND "\n"
	    "페이스북\t트위터\t카카오스토리\t밴드\t구글플러스\t핀터레스트\t"
	    "이메일\t인쇄", "BBBCBCB", "a banner, an advert's script, a share "
	    "bar");
	clean_free(c);
	/* a platform's counts of followers; "24시간 전화" is no time ago */
	c = check(TITLE, LEDE "\n4.8K Followers\n12,7 тыс прочитали\n" SECOND
	    "\n응급실에 가야 할지 판단해 줄 수 있는 24시간 전화 상담\n" QUOTE,
	    "CBBCCC", "counts of followers; a phone line open all day");
	clean_free(c);
	/* a brochure sent by e-mail is no newsletter's blurb */
	c = check(TITLE, LEDE "\nWer sie früher haben will, bekommt sie "
	    "kostenlos per E-Mail vom Bürgeramt, sagte eine Sprecherin.\n"
	    "Starten Sie mit unserem Nachrichten-Update in den Tag. Kostenlos "
	    "per E-Mail.\n" SECOND, "CCBC", "free by e-mail, told and offered");
	clean_free(c);
	/* someone in the story who writes letters is no writer's bio */
	c = check(TITLE, LEDE "\n" SECOND "\nAnna Berger schreibt seit Jahren "
	    "Briefe an den Bürgermeister, doch eine Antwort hat sie nie "
	    "bekommen.\n" QUOTE, "CCCC", "a woman who writes letters");
	clean_free(c);
	/* a bank's customers who have an account are no sign-in's */
	c = check(TITLE, LEDE "\nBank customers who already have an account "
	    "at the branch will be moved to the new system next month, the "
	    "bank said on Tuesday.\nAlready have an account? Sign in\n"
	    SECOND, "CCBC", "an account told, and asked for");
	clean_free(c);
	/* a story's business cooperation is no account's call for it */
	c = check("中美经贸磋商", STORY_ZH_TEXT "\n两国将继续深化商务合作。\n"
	    "投稿、商务合作请添加微信：bandaoti_sentinel", "CCCCCB",
	    "business cooperation told, and asked for");
	clean_free(c);
	/* a marked subhead that names the comments a service added is no
	 * comment form, and the story goes on under it */
	c = check("구독 서비스 '스트림온' 주가 하루 새 18% 급등",
	    "동영상·웹툰 통합 구독 플랫폼 스트림온의 주가가 하루 만에 18% 넘게 "
	    "뛰었다. 유료 구독자가 처음으로 1천만명을 넘어섰다는 소식이 "
	    "전해지면서다.\n■ 댓글 기능 도입 후 체류시간 늘어\n업계에서는 "
	    "스트림온이 올해 초 작품별 댓글 기능과 친구에게 작품을 공유하는 "
	    "기능을 도입한 것이 이용 시간을 늘렸다고 본다.\n다만 우려의 "
	    "목소리도 있다. 콘텐츠 제작비가 빠르게 늘고 있어 수익성이 기대만큼 "
	    "개선되지 않을 수 있다는 지적이다.", "CCCC",
	    "a marked subhead about comments");
	clean_free(c);

	/* what a fact-check team has done is no writer's bio */
	c = check(TITLE, "By Reuters Fact Check\n" LEDE "\n" SECOND "\n"
	    QUOTE "\nThe port authority said the talks would resume on "
	    "Monday morning.\nReuters Fact Check has previously debunked "
	    "other footage wrongly linked to storms in Europe.", "BCCCCC",
	    "a team's byline, and what the team has done");
	clean_free(c);
	/* a transcript's speaker over a short answer and a longer one */
	c = check("Брифинг официального представителя МИД",
	    "Вопрос: Планируется ли визит делегации в Белград в этом "
	    "месяце, и согласованы ли уже его сроки?\n"
	    "Официальный представитель: Нет.\n"
	    "Вопрос: Есть ли у министерства данные о задержанных в аэропорту "
	    "гражданах, о которых сообщали утром?\n"
	    "Официальный представитель: Таких данных у нас нет.", "CCCC",
	    "a speaker's short answer is no pull quote of the next");
	clean_free(c);
	/* a fact-check's list of sources, a date line among them */
	c = check(TITLE, LEDE "\n" SECOND "\nWe rate this claim False.\n"
	    "Our Sources\nFacebook post, March 3, 2025\nStatistics Norway, "
	    "\"Registered vehicles, 2024,\" accessed March 6, 2025\n"
	    "Share on Facebook\nCopy link", "CCCCCCBB",
	    "a fact-check's sources");
	clean_free(c);
	/* a press release's words on its company; a story's subhead */
	c = check(TITLE, LEDE "\n" SECOND "\nAbout Northvale Robotics\n"
	    "Northvale Robotics, Inc. builds autonomous harvesting systems "
	    "for specialty crops. Founded in 2015, it employs 240 people "
	    "in three countries.", "CCBB", "a company's words on it");
	clean_free(c);
	c = check(TITLE, LEDE "\nAbout the pay offer\nThe pay offer would "
	    "raise wages by four percent over two years, which the union "
	    "says is less than inflation.\n" SECOND, "CCCC",
	    "a story's subhead that opens with 'About'");
	clean_free(c);
	/* "our partners" is a cookie banner's, "our partnership" a story's;
	 * a fact-checker's network named in its box, and in a story */
	c = check(TITLE, LEDE "\nIt was flagged as part of Meta's efforts "
	    "against false news. (Read more about our partnership with "
	    "Meta.)\n" SECOND "\nWe and our partners use cookies to store "
	    "and access information on your device.", "CCCB",
	    "our partnership, our partners");
	clean_free(c);
	c = check("台风过后自来水能直接喝吗", STORY_ZH_TEXT
	    "国际事实核查网络（IFCN）周一发布报告称，虚假信息数量明显上升。\n"
	    "台灣事實查核中心為國際事實查核聯盟（IFCN）認證成員，所有報告均經"
	    "三層審核。", "CCCCB", "a fact-checkers' network, told and boasted");
	clean_free(c);

	/* a short story in a long page: the net that keeps an article from
	 * vanishing keeps no most-read list under it */
	c = check(TITLE, "World\nBusiness\nMarkets\nSustainability\nLegal\n"
	    "Breakingviews\nTechnology\nInvestigations\nSports\nScience\n"
	    "Lifestyle\n" LEDE "\nShipping lines have begun diverting "
	    "container vessels to neighbouring ports.\nThe port authority "
	    "declined to comment.\nMost read\n"
	    "Fed's Moreau says policy is in a good place, sees no rush to cut "
	    "rates\nTesla recalls 210,000 vehicles in China over rear-view "
	    "camera software\nWhy long-duration storage could reshape the "
	    "power grid within a decade\nOil slips as traders weigh rising "
	    "inventories against Middle East supply risks\nNvidia supplier "
	    "flags record quarter as data-centre demand keeps climbing\n"
	    "Copper hits two-month high on hopes of Chinese stimulus and "
	    "weaker dollar\nAbout us\nContact\nCareers\nTerms of use\n"
	    "Privacy\n"
	    COOKIES COOKIES COOKIES COOKIES
	    "© 2026 Harbour Post. All rights reserved.",
	    "BBBBBBBBBBBCCCBBBBBBBBBBBBBBBBB", "a short story in a long page");
	clean_free(c);
	/* the writer's other stories, under "More by" */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nMore by Marisa "
	    "Quintero\nNo, a Texas county did not cancel elections over "
	    "voting machines\nPhoto shows a flooded airport in Spain, not in "
	    "Florida\nShare on Facebook", "CCCBBBB", "more by the writer");
	clean_free(c);

	/* an agency's feed of other telegraphs under its own, each under
	 * its time; a railway's call to use its app, told */
	c = check("宁德时代：与一汽集团签署战略合作协议",
	    "【宁德时代：与一汽集团签署战略合作协议】财联社6月3日电，宁德时代"
	    "公告称，公司与中国第一汽车集团签署战略合作协议，双方将在长春合资"
	    "建设电池工厂。\n根据协议，双方拟在吉林省长春市合资建设一座年产能"
	    "为20GWh的动力电池工厂，预计2027年投产。\n电报持续更新\n14:29\n"
	    "【工信部：将加快推动动力电池回收利用】财联社6月3日电，工信部相关"
	    "负责人表示，将加快完善动力电池回收利用体系。\n14:26\n"
	    "【北向资金午后净买入超40亿元】财联社6月3日电，北向资金午后加速"
	    "流入，截至发稿净买入超40亿元。", "CCBBBBB",
	    "a feed of telegraphs under the story's");
	clean_free(c);
	c = check("台鐵號誌故障 多班列車延誤", "台鐵今天上午新竹站號誌故障，"
	    "北上列車一度停駛，經搶修後於10時恢復通車。\n至10時30分止，共有"
	    "11班列車延誤，影響旅客約5000人次。\n台鐵呼籲旅客出門前先上官網或"
	    "下載「台鐵e訂通」App查詢列車動態。\n下載本台App，掌握即時新聞",
	    "CCCB", "a railway's call to use its app, told");
	clean_free(c);

	/* a sign-up's button is no related box's heading over the
	 * story's next sentence, that ends with its footnote's mark */
	c = check(TITLE, LEDE "\n" SECOND "\nSign up for our weekly "
	    "newsletter on ports and shipping.\nEnter your email\nSubscribe"
	    "\nIf you want to go deeper, the port authority's annual report "
	    "has the figures for every berth.[1]\n" QUOTE, "CCBBBCC",
	    "a sign-up's button, a sentence with its footnote");
	clean_free(c);
	/* a think tank's researcher told of under the story */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nThe port "
	    "authority said the talks would resume on Monday morning.\n"
	    "Marta Ilunga is a fellow in the Global Economy and Development "
	    "program at the Institute.", "CCCCB",
	    "a researcher's bio");
	clean_free(c);

	/* a series' box under the story, and its parts */
	c = check(TITLE, LEDE "\n" SECOND "\n" QUOTE "\nThis story is part "
	    "of a series\nPart 1: The Pipes Nobody Mapped\nPart 2: A Town "
	    "Where Every Test Came Back Clean\nPart 3: Who Checks the "
	    "Checkers?", "CCCBBBB", "a series' box and its parts");
	clean_free(c);
	c = check(TITLE, LEDE "\nThe offer has two parts:\nPart 1: Pay "
	    "rises by four percent this year and three percent next year.\n"
	    "Part 2: The port authority hires forty more crane operators.\n"
	    SECOND, "CCCCC", "a story's own parts, in sentences");
	clean_free(c);
	/* a story's words of comments, opinions and logins, in CJK
	 * sentences; a form's, asked */
	c = check("動画投稿サイトで話題の猫、市の観光大使に",
	    "この猫の動画には、公開から一週間で3000件のコメントが寄せられた。"
	    "市は観光振興につなげたい考えだ。\n市は来月末まで市民からのご意見を"
	    "募集している。担当者は「多くの声を聞きたい」と話した。\n手続きには、"
	    "市のアプリにログインして本人確認を済ませる必要があるという。\n"
	    "取材の最後に、猫のことをどう思うか尋ねると、飼い主は少し考えてから"
	    "答えた。\nコメントを投稿するにはログインしてください。",
	    "CCCCB", "comments, opinions and logins told, and asked for");
	clean_free(c);
	c = check("山区暴雨救援行动持续三天", STORY_ZH_TEXT
	    "这段视频在网上流传后引发大量网友评论，当地官方随后作出回应。\n"
	    "网友评论", "CCCCB", "readers' comments told, and a thread's "
	    "heading");
	clean_free(c);

	/* a short CJK subhead with a particle is no writer's name over a
	 * bio; a subhead that names a network is no share button */
	c = check("资源型城市的黄昏", STORY_ZH_TEXT "留下的人\n"
	    "宁川县城东边的老矿区，是记者二十年前采访过的地方。那时，这里还有"
	    "上万名矿工和他们的家属。", "CCCCC", "a subhead with a particle");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\nA vote on WhatsApp\nThe "
	    "union's members voted on the offer in a group chat on Sunday "
	    "night, and 80 percent rejected it.\n" QUOTE "\nShare on WhatsApp",
	    "CCCCCB", "a subhead that names a network");
	clean_free(c);

	/* a story on the web in the web's words: a point that names
	 * comments is no thread's heading (and the story goes on under it);
	 * a regulator's fine over cookie banners is no banner */
	c = check("SNS「Kumo」、フォロワー数を非表示に",
	    "SNS「Kumo」を運営するクモラボは、4月からフォロワー数といいね数を"
	    "非表示にすると発表した。利用者の負担を減らすためだという。\n"
	    "クモラボの説明によると、変更の主な理由は次の通り。\n"
	    "・フォロワー数の多さが投稿のしにくさにつながっている\n"
	    "・シェアによる拡散で、誹謗中傷のコメントが集中しやすい\n"
	    "同社の担当者は「数字がゴールになってしまっていた」と話す。"
	    "一方で、企業アカウントからは反発も出ている。\n"
	    "アプリのアップデートは4月中旬から順次配信する。", "CCCCCC",
	    "a point of the story that names comments");
	clean_free(c);
	c = check("Bußgeld wegen Cookie-Banner", "Die Landesbeauftragte für "
	    "Datenschutz hat gegen das Vergleichsportal Tarifblick ein Bußgeld "
	    "von 1,8 Millionen Euro verhängt. Grund sind die Cookie-Banner und "
	    "Einwilligungsformulare der Website, mit denen das Unternehmen nach "
	    "Ansicht der Behörde jahrelang unzulässig Zustimmungen eingeholt "
	    "hat.\nTarifblick kündigte an, gegen den Bescheid vorzugehen.\n"
	    "Diese Website verwendet Cookies. Wenn Sie weiter surfen, stimmen "
	    "Sie der Nutzung von Cookies zu.", "CCB",
	    "a story on cookie banners, and a banner");
	clean_free(c);

	/* a story's "best viewed with" is no old page's browser note */
	c = check(TITLE, LEDE "\nThe eclipse is best viewed with eclipse "
	    "glasses from the harbour wall, the port authority said.\n"
	    SECOND "\nThis page is best viewed in an up-to-date web browser "
	    "with style sheets (CSS) enabled.", "CCCB",
	    "best viewed, told and noted");
	clean_free(c);

	/* a story that tells of cookies, apps and comments in their words,
	 * and the site's calls and notices in the same words */
	c = check("Shopping site fined over cookie banners", "A discount "
	    "shopping website has been fined 4.2 million pounds for cookie "
	    "banners that the regulator says were built to trick visitors.\n"
	    "It loaded tracking cookies before the visitor had made any "
	    "choice.\n"
	    "The firm's app was pulled from the App Store and Google Play "
	    "last week, the regulator said.\n"
	    "Comments were switched off on the firm's forum in March, a "
	    "spokesman confirmed.\n"
	    "Stream every match live on our app. Sign up now.\n"
	    "This cookie is set by the payment gateway to enable payment on "
	    "the website.\n"
	    "Copyright 2024 by Ann Lee. Reprinted by permission of the "
	    "publisher.", "CCCCBBB",
	    "told of cookies, apps and comments; the site's calls");
	clean_free(c);
	c = check("网站因Cookie横幅被罚", "监管机构认定，该网站的Cookie横幅让"
	    "用户一键接受却难以一键拒绝，违反了相关规定，并处以罚款。\n"
	    "该公司表示，已在上周下线了旧版Cookie横幅，并将提起行政复议。\n"
	    "成为本站会员，畅读全部深度报道，每年仅需198元。\n"
	    "本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意。",
	    "CCBB", "a Chinese story told of cookies; the site's calls");
	clean_free(c);

	/* a story quotes a banner's words to its reader: the story's */
	c = check("Оператора оштрафовали за cookie-баннер", "Суд оштрафовал "
	    "оператора сайта объявлений на 300 тысяч рублей за сбор данных "
	    "посетителей без их согласия, сообщили в пресс-службе суда.\n"
	    "Как следует из материалов дела, баннер закрывал треть экрана и "
	    "содержал фразу «Продолжая пользоваться сайтом, вы соглашаетесь с "
	    "использованием cookie».\n"
	    "Продолжая пользоваться сайтом, вы соглашаетесь с использованием "
	    "файлов cookie.", "CCB", "a story quotes a cookie banner");
	clean_free(c);
	/* a fact-checker's note on who produced the piece */
	c = check(TITLE, LEDE "\n" SECOND "\nThis article was produced by "
	    "the Reuters Fact Check team. Read more about our work to "
	    "fact-check social media posts.", "CCB",
	    "a fact-check team's production note");
	clean_free(c);
	/* an advert's script left in a dump, a statement ending in ';' */
	c = check(TITLE, LEDE "\n(adsbygoogle = window.adsbygoogle || "
	    "[]).push({});\n" SECOND, "CBC", "an advert's script line");
	clean_free(c);
	/* a player still loading, its title over it and its credit and
	 * length under it, is a slot in the story, not its end */
	c = check(TITLE, LEDE "\n" SECOND "\nVideo | Cranes stand idle at "
	    "the harbour\nPlayer wird geladen\nQuelle: t-online 1:58\n"
	    "The union will vote on the offer next week.", "CCBBBC",
	    "a loading player's title, credit and length");
	clean_free(c);
	/* a Chinese reprint's translator, proofreader and source lines */
	c = check("日本央行按兵不动", "日本央行周五宣布维持超宽松货币政策不变，"
	    "并称将在7月的会议上公布削减购债的具体计划，市场此前普遍预期央行"
	    "会在本次会议上采取行动。\n央行行长在会后的记者会上表示，将仔细"
	    "评估经济和物价走势，以决定下一步的政策方向。\n编译 张某某；审校 "
	    "李某\n本文来自“路透中文网”，原标题：日本央行按兵不动，称7月将公布"
	    "削减购债计划\n（譯者：林某某/核稿：王某某）1130625", "CCBBB",
	    "a reprint's translator, proofreader and source");
	clean_free(c);

	c = check("裕廊东试行深夜巴士接驳", "首页  即时  新加坡  中国  东南亚  "
	    "国际  财经  观点  早报+  视频\n试行三个月的深夜接驳服务每晚11时半"
	    "至凌晨1时行驶，连接地铁站与四个组屋区。\n陆交局发言人说，过去一年"
	    "该区深夜乘坐德士和私召车的人数增加了三成。", "BCC",
	    "a menu row with a paid section (\"早报+\")");
	clean_free(c);
	c = check(TITLE, LEDE "\n" SECOND "\nShare on Facebook\nMaestra de "
	    "primaria en Valencia. Escribo sobre la vida en el barrio y lo "
	    "que aprendo de mis alumnos.\nAnna Lehmann schreibt im "
	    "Wirtschaftsressort \xc3\xbc" "ber Verkehr und Infrastruktur.",
	    "CCBBB", "an author's own words about what they write, after "
	    "the story");
	clean_free(c);
	c = check(TITLE, LEDE "\nM\xc3\xa1s informaci\xc3\xb3n: Los pueblos "
	    "que regalan terrenos para frenar la despoblaci\xc3\xb3n\n"
	    SECOND "\nKategorien: Bayern, Allg\xc3\xa4u, Landwirtschaft\n"
	    QUOTE, "CBCBC", "a teaser after its label and a colon, and a "
	    "line of categories");
	clean_free(c);
	c = check("山区小学用上云课堂", "人民网>>社会>>正文\n记者从市教育局获悉，"
	    "全市已有32所山区小学用上了“云课堂”。\n城里的老师隔着屏幕为乡村"
	    "学生上音乐课，每周两节。", "BCC", "a breadcrumb cut by \">>\"");
	clean_free(c);
	ok(strcmp(clean_verdict_name(VERDICT_CONTENT), "content") == 0 &&
	    strcmp(clean_verdict_name(VERDICT_BOILERPLATE),
	    "boilerplate") == 0 &&
	    strcmp(clean_verdict_name(VERDICT_COMMENT), "comment") == 0,
	    "verdicts have their names");
	return (tap_done());
}
