/*
 * clean-widget.c: what the lines of a page's widgets look like, by
 * their words and their shape, for the strong rules and the context
 * pass: a line of share buttons, a menu of sections written out, a
 * label and its teaser, a poll's question, a promo's phrase that a
 * negation makes the story's, and a sentence with a credit glued after
 * it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

static int	clean_share_count(const struct clean_feat *);
static const char	*clean_share_on(const struct clean_feat *);
static int	clean_tab_count(const struct clean_feat *);

/* Is the block a reading time alone ("4 min read")? */
static int
clean_read_time(const struct clean_feat *f)
{
	return (f->wlen < 40 && lexicon_is_readtime(f->lower, f->lowern));
}

/* Is there a letter in [p, e)? */
static int
clean_has_letter(const char *p, const char *e)
{
	ucs4_t	c;
	int	l;

	for (; p < e; p += l) {
		if ((l = u8_mbtouc(&c, (const uint8_t *)p,
		    (size_t)(e - p))) <= 0)
			return (0);
		if (uc_is_alpha(c))
			return (1);
	}
	return (0);
}

/* Does the block name the weather or its forecast? */
static int
clean_weather_word(const struct clean_feat *f)
{
	static const char *const	 words[] = { "forecast", "weather",
	    "wetter", "погода", "прогноз", "météo", "tiempo", "clima", "天气",
	    "天氣", "天気", "날씨", NULL };

	return (clean_holds(f, words));
}

/*
 * Is the block a widget's line of weather, exchange rates or market
 * quotes: "Погода: +4°C", "Berlin 12℃", "USD 92,41 EUR 99,87", "NYダウ
 * 42,109.87 -88.12"?  Two rates or more, each a currency's code and its
 * figure, and nothing else; a temperature with one word beside it, or
 * a day's highs and lows with a few words; an index's name, its level
 * and its signed change.  Returns what it is.
 */
static const char *
clean_quote_line(const struct clean_feat *f)
{
	static const char	*codes[] = { "usd", "eur", "cny", "rmb",
	    "rub", "gbp", "jpy", "krw", "uah", "chf", "try", "inr", "$", "€",
	    NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern, *w;
	size_t			 i, n;
	int			 codes_n = 0, figs = 0, other = 0, deg = 0;
	int			 signs = 0, dated, year = 0, clock = 0;

	if (f->wlen >= 60 || f->terminal || f->digits == 0 ||
	    ((w = memmem(p, f->lowern, " | ", 3)) != NULL &&
	    memmem(w + 3, (size_t)(e - w - 3), " | ", 3) != NULL))
		return (NULL);	/* a table's row, its cells split by bars */
	for (; p < e; p = w) {
		while (p < e && (*p == ' ' || *p == '|' || *p == '/'))
			p++;
		for (w = p; w < e && *w != ' ' && *w != '|' && *w != '/'; w++)
			/* nothing */;
		if ((n = (size_t)(w - p)) == 0)
			break;
		if ((memmem(p, n, "\302\260", 2) != NULL ||
		    memmem(p, n, "\342\204\203", 3) != NULL) &&
		    strcspn(p, "0123456789") < n) {
			deg++;		/* a figure and its degree, "+4°C" */
			continue;
		}
		if (n > 3 && memcmp(p, "\342\210\222", 3) == 0 &&
		    strspn(p + 3, "0123456789,.%") == n - 3) {
			figs++;		/* a fall with a minus sign: "−0,35" */
			signs++;
			continue;
		}
		if (n >= 3 && n <= 4 && strspn(p, "0123456789") == n - 2 &&
		    (memcmp(w - 2, "am", 2) == 0 || memcmp(w - 2, "pm",
		    2) == 0))
			clock = 1;	/* "7pm" */
		if (strspn(p, "0123456789,.+-%") == n &&
		    strcspn(p, "0123456789") < n) {
			year |= n == 4 && (*p == '1' || *p == '2') &&
			    strspn(p, "0123456789") == 4;
			figs++;
			/* a change, "+0.36", "-1,2%": no phone's "+49" */
			signs += (*p == '+' || *p == '-') &&
			    strcspn(p, ".,%") < n;
			continue;
		}
		for (i = 0; codes[i] != NULL && (strlen(codes[i]) != n ||
		    memcmp(codes[i], p, n) != 0); i++)
			/* nothing */;
		if (codes[i] != NULL)
			codes_n++;
		else if (clean_has_letter(p, w))
			other++;
		else
			return (NULL);	/* "│", "✆": a table's, a contact's */
	}
	/* a header's date and the weather ("Sunday, Jun 14th 2026 7PM
	 * 19°C"), a forecast's line ("10PM 15°C 5-Day Forecast") */
	dated = clean_datetime(f) || (year && clock);
	if (deg >= 1 && codes_n == 0 && other <= 5 && (dated ||
	    clean_weather_word(f)))
		return ("weather");
	if (dated)
		return (NULL);
	if (codes_n >= 2 && figs >= codes_n && other == 0 && deg == 0)
		return ("exchange rates");
	if (codes_n == 1 && figs == 2 && signs == 1 && other == 0 && deg == 0)
		return ("exchange rates");	/* "USD 92,41 −0,35" */
	if (figs >= 2 && signs > 0 && other >= 1 && other <= 2 &&
	    codes_n == 0 && deg == 0)
		return ("market quotes");	/* "DAX 18.235 +0,4%" */
	/* "Berlin 12℃", "天気予報 静岡 今日 28℃/21℃ 降水確率80%"; no
	 * reading in two units under its label ("Temp rating: 15°F/-9°C") */
	return (codes_n == 0 && ((deg == 1 && other == 1 && figs == 0) ||
	    (deg >= 2 && other <= 3 && figs <= 1 && memchr(f->lower, ':',
	    f->lowern) == NULL && memmem(f->lower, f->lowern, "\302\260f",
	    3) == NULL)) ? "weather" : NULL);
}

/* Is p..e a button's count: "1,286", "3.2k", "12万"? */
static int
clean_share_figure(const char *p, const char *e)
{
	const char	*q = p;

	while (q < e && ((*q >= '0' && *q <= '9') || *q == '.' || *q == ','))
		q++;
	if (q == p || *p < '0' || *p > '9')
		return (0);
	if (q < e && (*q == 'k' || *q == 'm'))
		q++;
	else if (e - q == 3 && (memcmp(q, "\344\270\207", 3) == 0 ||
	    memcmp(q, "\350\220\254", 3) == 0))
		q += 3;		/* 万, 萬 */
	return (q == e);
}

/*
 * Is the block a line of share buttons, each a network's name or a
 * button's word ("Facebook Twitter Email Print", "카카오톡 공유", "Twitter
 * Facebook はてブ LINE", "分享 讚 1,286 LINE 複製連結")?  Two words or
 * more, nothing else but separators and a count or two of theirs.
 * Returns the first, or NULL.
 */
const char *
clean_share_line(const struct clean_feat *f)
{
	static const char	*words[] = { "facebook", "twitter", "x",
	    "whatsapp", "email", "e-mail", "mail", "linkedin", "telegram",
	    "pinterest", "reddit", "print", "flipboard", "messenger",
	    "google+", "drucken", "teilen", "twittern", "구글플러스",
	    "핀터레스트", "이메일", "글꼴크기", "글자크기",
	    "tumblr", "line", "copy", "link", "share", "tweet", "weibo",
	    "wechat", "qq", "sms", "sns", "threads", "bluesky", "vk",
	    "微信", "微博", "朋友圈", "qq空间", "复制链接", "複製連結", "分享",
	    "카카오톡", "카카오스토리", "페이스북", "트위터", "네이버블로그",
	    "밴드", "링크복사", "url복사", "공유", "보내기", "인쇄", "인쇄하기",
	    "はてブ", "はてなブックマーク", "ツイート", "シェア", "印刷", "メール",
	    "pocket", "вконтакте", "одноклассники", "телеграм", "save",
	    "hide", "report", "ポスト", "保存", "viber", "북마크", "스크랩", "はてな",
	    "ログイン", "会員登録", "(twitter)", "x（旧twitter）",
	    "讚", "赞", "点赞", "按讚", "收藏", "转发", "轉發", "打印", "列印",
	    "字号", "小字号", "中字号", "大字号", "字體", "字体",
	    "فيسبوك", "تويتر", "واتساب", "تيليجرام", "تيليغرام", "انستغرام",
	    "וואטסאפ", "פייסבוק", "טוויטר", "מייל",
	    NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern, *w;
	const char		*first = NULL;
	size_t			 i, n, count = 0, figs = 0;

	if (clean_read_time(f))
		return ("min");		/* a reading time, a tool's label */
	if (clean_share_count(f))
		return ("shares");	/* "312 partages", "1.2K shares" */
	if (clean_tab_count(f))
		return ("a tab and its count");	/* "Kommentit (3)" */
	if ((first = clean_share_on(f)) != NULL)
		return (first);		/* "Sdílet na Facebooku" */
	if ((first = clean_quote_line(f)) != NULL)
		return (first);		/* a widget's weather or rates */
	/* (a CJK button's word weighs more than its few characters) */
	if ((f->wlen >= 100 && f->chars >= 50) || f->terminal)
		return (NULL);
	while (p < e) {
		while (p < e && (*p == ' ' || *p == '|' || *p == '/' ||
		    *p == ','))
			p++;
		if (e - p >= 2 && memcmp(p, "\302\267", 2) == 0) {
			p += 2;		/* a middle dot */
			continue;
		}
		if (e - p >= 3 && memcmp(p, "\343\200\200", 3) == 0) {
			p += 3;		/* an ideographic space */
			continue;
		}
		if (p == e)
			break;
		for (w = p; w < e && *w != ' ' && *w != '|' && *w != '/' &&
		    *w != ',' && (e - w < 3 || memcmp(w, "\343\200\200",
		    3) != 0); w++)
			/* nothing */;
		n = w - p;
		for (i = 0; words[i] != NULL && (strlen(words[i]) != n ||
		    memcmp(words[i], p, n) != 0); i++)
			/* nothing */;
		p = w;
		if (words[i] == NULL && clean_share_figure(w - n, w)) {
			figs++;		/* a button's count: "讚 1,286" */
			continue;
		}
		if (words[i] == NULL)
			return (NULL);
		if (first == NULL)
			first = words[i];
		count++;
	}
	return (count >= 2 && figs <= count ? first : NULL);
}

/*
 * Is the block a button that names its network, in any language: a
 * word or two and the network's name, inflected or not ("Sdílet na
 * Facebooku", "Distribuie pe WhatsApp", "Share on X", "Del på
 * Facebook")?  Returns the network, or NULL.  Not a subhead that names
 * one ("A vote on WhatsApp").
 */
static const char *
clean_share_on(const struct clean_feat *f)
{
	/* no network named by a common word ("threads", "messenger") */
	static const char	*nets[] = { "facebook", "whatsapp", "twitter",
	    "telegram", "linkedin", "pinterest", "viber", "reddit",
	    "bluesky", NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern;
	const char		*last = p, *w;
	size_t			 i, n, words = 0, prev = 0;

	if (f->lowern > 40 || f->terminal || f->digits > 0)
		return (NULL);
	for (w = p; w < e; w++) {
		if (*w == ' ') {
			if (w == p || w[-1] == ' ')
				return (NULL);
			prev = w - last;
			last = w + 1;
			words++;
		} else if (!((*w & 0x80) || (*w >= 'a' && *w <= 'z') ||
		    *w == '-'))
			return (NULL);	/* letters alone */
	}
	if (words < 1 || words > 3 || last == e || (words == 1 && prev < 4))
		return (NULL);	/* not "auf Facebook" in a list */
	/* a subhead's words open with an article, a button's with its
	 * verb ("A vote on WhatsApp", not "Share this on Facebook") */
	for (w = p; w < e && *w != ' '; w++)
		/* nothing */;
	if (words == 3 && lexicon_is_stopword(p, w - p))
		return (NULL);
	n = e - last;
	if (n == 1 && *last == 'x')	/* after a word and its preposition */
		return (words == 2 && prev <= 3 ? "x" : NULL);
	for (i = 0; nets[i] != NULL; i++)
		if (n >= strlen(nets[i]) && n <= strlen(nets[i]) + 3 &&
		    memcmp(last, nets[i], strlen(nets[i])) == 0)
			return (nets[i]);
	return (NULL);
}

/*
 * Is the block a count of shares alone: a figure ("312", "1.2K",
 * "2,4 тыс.") and the word for shares ("312 partages"), or the button
 * and its count ("Share 38", "Shared 96 times"), or a count of
 * followers, readers or responses ("4.8K Followers", "12,7 тыс
 * прочитали", "38 responses"), or a count in thousands alone ("1.3K", a
 * button's)?
 */
static int
clean_share_count(const struct clean_feat *f)
{
	static const char	*words[] = { "shares", "partages",
	    "compartidos", "condivisioni", "compartilhamentos",
	    "udostępnień", "udostępnienia", "delningar", "delinger",
	    "keer gedeeld", "mal geteilt", "sdílení", "репостов", "репоста",
	    "поделились", "次分享", "회 공유", "followers", "subscribers",
	    "abonnenten", "seguidores", "suscriptores", "подписчиков",
	    "подписчика", "прочитали", "прочтений", "читателей",
	    "フォロワー", "팔로워",
	    "粉丝", "位粉丝", "responses", "responses to this story",
	    "claps", NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern;
	size_t			 i;

	if (f->lowern > 40 || p == e)
		return (0);
	if (f->lowern > 6 && memcmp(p, "share ", 6) == 0) {
		/* the button and its count: "Share 38" */
		for (p += 6; p < e && ((*p >= '0' && *p <= '9') ||
		    *p == '.' || *p == ',' || *p == 'k'); p++)
			/* nothing */;
		return (p == e);
	}
	if (f->lowern > 13 && memcmp(p, "shared ", 7) == 0 &&
	    memcmp(e - 6, " times", 6) == 0) {
		/* "Shared 96 times" */
		for (p += 7; p < e - 6 && ((*p >= '0' && *p <= '9') ||
		    *p == '.' || *p == ',' || *p == 'k'); p++)
			/* nothing */;
		return (p == e - 6 && p > f->lower + 7);
	}
	if (*p < '0' || *p > '9')
		return (0);
	while (p < e && ((*p >= '0' && *p <= '9') || *p == '.' || *p == ','))
		p++;
	if (p < e && (*p == 'k' || *p == 'm') && ++p == e)
		return (1);	/* a count alone, "1.3K": a button's */
	if (e - p >= 8 && memcmp(p, " тыс.", 8) == 0)
		p += 8;
	else if (e - p >= 7 && memcmp(p, " тыс", 7) == 0)
		p += 7;
	if (p < e && *p == ' ')
		p++;
	for (i = 0; words[i] != NULL; i++)
		if ((size_t)(e - p) == strlen(words[i]) &&
		    memcmp(p, words[i], (size_t)(e - p)) == 0)
			return (1);
	return (0);
}

/*
 * Is the block a tab's label and its count, in any language: a word or
 * two and a figure in brackets, nothing else ("Kommentit (3)", "Σχόλια
 * (2)", "Photos (12)")?
 */
static int
clean_tab_count(const struct clean_feat *f)
{
	const char		*p = f->lower, *e = f->lower + f->lowern;
	struct lexicon_block	 lx;
	ucs4_t			 c;
	int			 l, spaces = 0, letters = 0;

	if (f->lowern > 48 || f->lowern < 5 || e[-1] != ')')
		return (0);
	for (; p < e && *p != '('; p += l) {
		if ((l = u8_mbtouc(&c, (const uint8_t *)p,
		    (size_t)(e - p))) <= 0)
			return (0);
		if (c == ' ')
			spaces++;
		else if (uc_is_alpha(c))
			letters++;
		else
			return (0);
	}
	if (p == e || letters < 3 || spaces < 1 || spaces > 2 || p[-1] != ' ')
		return (0);
	for (p++; p < e - 1 && *p >= '0' && *p <= '9'; p++)
		/* nothing */;
	if (p != e - 1 || p[-1] == '(')
		return (0);
	/* a thread's ("Comentarios (0)") heads the comments under it */
	lexicon_prepare(&lx, f->lower, f->lowern);
	return (lexicon_match(LEXICON_COMMENT_WORDS, &lx) == NULL);
}

/*
 * Does the text b..e open with phrase m as a label: a colon after it
 * ("Read more: …", "往期回顾：…"), or in brackets ("[관련기사] …",
 * "【関連記事】…")?  Then what follows is the label's, whether or not it
 * ends like a sentence.
 */
int
clean_label_colon(const char *b, const char *e, const char *m)
{
	static const char	*opens[] = { "[", "【", "［", "〔", NULL };
	static const char	*closes[] = { "]", "】", "］", "〕", NULL };
	size_t			 len = strlen(m), i, o;

	for (i = 0; opens[i] != NULL; i++) {
		o = strlen(opens[i]);
		if ((size_t)(e - b) > o + len && memcmp(b, opens[i], o) == 0 &&
		    memcmp(b + o, m, len) == 0 && (size_t)(e - b) >
		    o + len + strlen(closes[i]) && memcmp(b + o + len,
		    closes[i], strlen(closes[i])) == 0)
			return (1);
	}
	if (len == 0 || (size_t)(e - b) <= len || memcmp(b, m, len) != 0)
		return (0);
	if (m[len - 1] == ':')
		return (1);
	b += len;
	return (*b == ':' || (e - b >= 3 && memcmp(b, "\357\274\232", 3) == 0));
}

/*
 * Is block i a poll's question: a question under a poll's label alone
 * ("ANKIETA" / "Czy popierasz …?", "Umfrage" / "Sollte …?")?
 */
int
clean_poll_question(const struct clean_feat *fs, size_t i)
{
	static const char	*labels[] = { "poll", "ankieta", "sonda",
	    "umfrage", "sondage", "sondaggio", "encuesta", "enquete",
	    "enquête", "опрос", "голосование", "опитування", "투표", "설문",
	    "投票", "アンケート", "anket", NULL };
	const struct clean_feat	*f = &fs[i], *l;
	size_t			 k, n;

	if (i == 0 || f->wlen >= 200 || f->lowern == 0 ||
	    !(f->lower[f->lowern - 1] == '?' || (f->lowern >= 3 &&
	    memcmp(f->lower + f->lowern - 3, "\357\274\237", 3) == 0)))
		return (0);
	l = &fs[i - 1];
	for (n = l->lowern; n > 0 && strchr(" :", l->lower[n - 1]); n--)
		/* nothing */;
	for (k = 0; labels[k] != NULL; k++)
		if (n == strlen(labels[k]) && memcmp(l->lower, labels[k],
		    n) == 0)
			return (1);
	return (0);
}

/*
 * Does a negation stand just before phrase m in the block ("Customers
 * did not sign up for the experiment", "they never subscribe to")?  A
 * call to the reader asks; it does not deny.
 */
int
clean_negated(const struct clean_feat *f, const char *m)
{
	static const char	*nots[] = { "not ", "n't ", "n’t ", "never ",
	    NULL };
	const char		*at;
	size_t			 i, len;

	if ((at = clean_phrase_at(f, m)) == NULL)
		return (0);
	for (i = 0; nots[i] != NULL; i++) {
		len = strlen(nots[i]);
		if ((size_t)(at - f->lower) >= len &&
		    memcmp(at - len, nots[i], len) == 0)
			return (1);
	}
	return (0);
}

/* Is p an ideographic space, as a Japanese menu puts between its items? */
static int
clean_menu_gap(const char *p, const char *e)
{
	return (e - p >= 3 && memcmp(p, "\343\200\200", 3) == 0);
}

/*
 * The lower case of the word w..e of block f: at the same offsets in
 * f->lower, or (where lower case took other bytes, "Zahraniční") cased
 * into buf; NULL for a word too long for it.
 */
static const char *
clean_menu_lower(const struct clean_feat *f, const char *w, const char *e,
    char *buf, size_t *n)
{
	uint8_t	*r;
	size_t	 len = 63;

	if (!f->lower_own) {
		*n = (size_t)(e - w);
		return (f->lower + (w - f->s));
	}
	r = u8_tolower((const uint8_t *)w, (size_t)(e - w), NULL, NULL,
	    (uint8_t *)buf, &len);
	if (r != (uint8_t *)buf) {
		free(r);	/* too long: libunistring allocated */
		return (NULL);
	}
	*n = len;
	return (buf);
}

/*
 * Is the block a menu of a site's sections written out: five words or
 * more between spaces (ideographic ones too) or slashes, no
 * punctuation, no figure, and either most of them a few Chinese or
 * Japanese characters (or a short Latin word: "IT", the site's name)
 * ("首頁 政治 社會 國際 生活 影音", "トップ 国内 海外 芸能 スポーツ"), or,
 * in letters alone, at least half of them
 * and three the names of sections ("Home News World Politics Business
 * Sport", "Главная Политика Экономика Общество"), and no function
 * word?  Korean, whose sentences are short words between spaces, is
 * one only in short words, two thirds of them sections ("뉴스 홈 정치
 * 북한 경제 산업 사회"); a headline in capitals ("Understand How Your
 * Own Brain Works Against You", "Politics And Sport Collide In …") is
 * no such menu.
 */
int
clean_menu_line(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n, *w;
	ucs4_t		 c;
	size_t		 words = 0, han = 0, sect = 0, stop = 0, chars, whan;
	size_t		 kor = 0, wkor, lown;
	int		 l, is;
	const char	*low;
	char		 buf[64];

	if (f->wlen >= 120 || f->terminal || f->linkchars > 0 ||
	    f->clauses > 0 || f->digits > 0)
		return (0);
	while (p < e) {
		while (p < e && (*p == ' ' || *p == '/' ||
		    clean_menu_gap(p, e)))
			p += *p == ' ' || *p == '/' ? 1 : 3;
		if (p == e)
			break;
		for (w = p, chars = whan = wkor = 0; p < e && *p != ' ' &&
		    *p != '/' && !clean_menu_gap(p, e); p += l) {
			if ((l = u8_mbtouc(&c, (const uint8_t *)p,
			    (size_t)(e - p))) <= 0)
				return (0);
			if (c >= 0xac00 && c <= 0xd7af)
				wkor++;
			else if (clean_is_cjk(c))
				whan++;
			else if (c == '+' && p > w && (p + l == e ||
			    p[l] == ' '))
				continue;	/* a paid section's ("早报+") */
			else if (!uc_is_alpha(c))
				return (0);	/* punctuation: no menu */
			chars++;
		}
		low = clean_menu_lower(f, w, p, buf, &lown);
		is = whan == 0 && low != NULL && lexicon_is_section(low, lown);
		if ((whan > 0 && chars > 5) || (whan == 0 && chars > 12 &&
		    !is) || (wkor > 0 && (whan > 0 || (chars > 3 && !is))))
			return (0);
		kor += wkor > 0;
		han += whan > 0;
		sect += is;
		stop += whan == 0 && low != NULL &&
		    lexicon_is_stopword(low, lown);
		words++;
	}
	if (kor > 0)	/* Hangul: words of sections only, or a sentence */
		return (words >= 5 && han == 0 && sect >= 4 &&
		    sect * 3 >= words * 2);
	return (words >= 5 && (han * 3 >= words * 2 ||
	    (han == 0 && stop == 0 && sect >= 3 && sect * 2 >= words)));
}

/*
 * Does phrase m of a comment form's words mark a form or a thread in
 * block f?  A count's word ("人参与", "人が評価") does after its figure
 * ("已有 1,234 人参与", "1.2万人参与"; "约7400名工人参与。" is news); "发表评论"
 * does but inside a whole CJK sentence ("其家属表示，目前不便对案件发表评
 * 论。", "运营方尚未发表评论。" are news), and so do a story's words of
 * comments ("…引发大量网友评论，…。", "…3000件のコメントが寄せられ
 * た。").  Another phrase is taken as it is.
 */
int
clean_form_word(const struct clean_feat *f, const char *m)
{
	static const char	*told[] = { "发表评论", "發表評論", "网友评论",
	    "網友評論", "件のコメント", "ご意見",
	    "コメントを投稿", "参与讨论", "參與討論", NULL };
	const char		*at;
	size_t			 i;

	/* Korean narration, a statement ("… 댓글 작성 기능을 없앴다.") */
	if (f->script == 'K' && f->wlen >= 80 && clean_told_stated(f) &&
	    (at = clean_phrase_at(f, m)) != NULL && at > f->lower)
		return (0);
	for (i = 0; told[i] != NULL && strcmp(m, told[i]) != 0; i++)
		/* nothing */;
	if (told[i] != NULL && f->terminal && f->chars >= (i < 2 ? 8 : 20) &&
	    f->lowern > 3 &&
	    memcmp(f->lower + f->lowern - 3, "\343\200\202", 3) == 0 &&
	    (at = clean_phrase_at(f, m)) != NULL && at > f->lower)
		return (0);
	if (strncmp(m, "\344\272\272", 3) != 0)	/* 人 */
		return (1);
	if ((at = clean_phrase_at(f, m)) == NULL)
		return (0);
	while (at > f->lower && at[-1] == ' ')
		at--;		/* "跟贴 128 人参与" */
	if (at == f->lower)
		return (0);
	return ((at[-1] >= '0' && at[-1] <= '9') || (at - f->lower >= 3 &&
	    (memcmp(at - 3, "万", 3) == 0 || memcmp(at - 3, "萬", 3) == 0)));
}

/*
 * Is block f a heading of more reports from a source, its name between
 * "更多" and "報導" ("更多自由時報報導", "更多 寶島新聞網 報導")?  The
 * phrase to name, or NULL.
 */
const char *
clean_more_reports(const struct clean_feat *f)
{
	static const char	*ends[] = { "報導", "报道", "新聞", "新闻",
	    NULL };
	const char		*e = f->lower + f->lowern;
	size_t			 i;

	while (e > f->lower && (e[-1] == ' ' || e[-1] == ':'))
		e--;
	if (f->terminal || f->chars > 24 || e - f->lower < 12 ||
	    memcmp(f->lower, "更多", 6) != 0)
		return (NULL);
	for (i = 0; ends[i] != NULL; i++)
		if (memcmp(e - 6, ends[i], 6) == 0)
			return ("更多…報導");
	return (NULL);
}

static const char	*clean_sentence_ends[] = { "\343\200\202",
    "\357\274\201", "\357\274\237", ". ", "! ", "? ", NULL };

/*
 * Does a whole CJK sentence end inside the block, past its first words
 * ("…不予評論。（編輯：陳正杰）1130619"), though the block itself ends
 * otherwise?
 */
int
clean_has_sentence(const struct clean_feat *f)
{
	const char	*end;
	size_t		 i;

	for (i = 0; i < 3; i++)		/* "。", "！", "？" */
		if ((end = clean_memrstr(f->lower, f->lowern,
		    clean_sentence_ends[i])) != NULL && end - f->lower >= 12)
			return (1);
	return (0);
}

/*
 * Does phrase m come after a whole sentence of the block, glued to it
 * ("國防部發言人對交付細節不予評論。（編輯：陳正杰）")?  Then the block is
 * the story's sentence with a credit after it, not the credit alone.
 */
int
clean_after_sentence(const struct clean_feat *f, const char *m)
{
	const char	*at, *end;
	size_t		 i;

	if ((at = clean_phrase_at(f, m)) == NULL)
		return (0);
	for (i = 0; clean_sentence_ends[i] != NULL; i++)
		if ((end = clean_memrstr(f->lower, (size_t)(at - f->lower),
		    clean_sentence_ends[i])) != NULL && end - f->lower >= 12)
			return (1);
	return (0);
}

/*
 * A heading's word m in Chinese or Japanese opens or closes its line b..e
 * ("热门推荐", "今日热门"): in the middle of one it is the story's word,
 * as in a subhead ("一、县域游“接棒”热门城市").
 */
int
clean_cjk_edge(const char *b, const char *e, const char *m)
{
	static const char	*marks[] = { "▲", "▼", "■", "□", "●", "○", "◆",
	    "◇", "▶", "►", "★", "☆", "※", NULL };
	const char		*at;
	size_t			 len = strlen(m), i;

	if ((unsigned char)m[0] < 0xe3 || strchr(m, '&') != NULL ||
	    (at = memmem(b, e - b, m, len)) == NULL)
		return (1);
	/* its brackets are no words: "[이 시각 많이 본 뉴스]" */
	if (e - b > 3 && (*b == '[' || memcmp(b, "【", 3) == 0))
		b += *b == '[' ? 1 : 3;
	if (e - b > 3 && (e[-1] == ']' || memcmp(e - 3, "】", 3) == 0))
		e -= e[-1] == ']' ? 1 : 3;
	for (i = 0; marks[i] != NULL; i++) {	/* "▲推荐阅读：" */
		if (at - b == 3 && memcmp(b, marks[i], 3) == 0)
			return (1);
	}
	if (at == b || at + len == e)
		return (1);
	/* Korean spaces its words: a heading's one word after it
	 * ("많이 본" 뉴스) */
	at += len;
	return ((unsigned char)m[0] >= 0xea && (unsigned char)m[0] <= 0xed &&
	    e - at <= 10 && *at == ' ' && memchr(at + 1, ' ', e - at - 1) ==
	    NULL);
}
