/*
 * clean-told.c: does a story's sentence use a promo's words, telling of
 * a newsletter, an app or a sign-up ("It asked users to sign up for a
 * scheme …", "气象署表示，…可下载「…」App查询。"), or quoting someone
 * who does?  Then the promo rule leaves it to the story.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

static int	clean_told_tells(const struct clean_feat *, int);
static int	clean_told_asks(const struct clean_feat *);
static int	clean_told_has(const struct clean_feat *, const char *);
static size_t	clean_told_ends(const struct clean_feat *, size_t);
static int	clean_told_addressed(const struct clean_feat *,
		    const struct lexicon_block *);
static int	clean_told_reader(const struct clean_feat *);
static int	clean_told_command(const struct clean_feat *);

/*
 * Quotation marks, opening and closing; the pairs whose marks differ
 * come first, the straight quote last.
 */
static const char *const clean_told_pairs[][2] = { { "「", "」" },
    { "『", "』" }, { "\342\200\234", "\342\200\235" }, { "«", "»" },
    { "\342\200\236", "\342\200\234" }, { "\"", "\"" } };
#define CLEAN_TOLD_NPAIRS	(sizeof clean_told_pairs / \
				    sizeof clean_told_pairs[0])

/*
 * Is byte offset o of f's lower-cased text inside a quotation: opened
 * before it and closed after it ("「…アプリを…」と話した", "“… the app …”")?
 * (Not by the straight quote, whose opening and closing are alike.)
 */
static int
clean_told_quoted(const struct clean_feat *f, size_t o)
{
	const char *const	(*pairs)[2] = clean_told_pairs;
	const char		*s = f->lower, *op, *cl;
	size_t			 i;

	for (i = 0; i + 1 < CLEAN_TOLD_NPAIRS; i++) {
		op = clean_memrstr(s, o, pairs[i][0]);
		if (op == NULL || ((cl = clean_memrstr(s, o, pairs[i][1])) !=
		    NULL && cl > op))
			continue;
		if (memmem(s + o, f->lowern - o, pairs[i][1],
		    strlen(pairs[i][1])) != NULL)
			return (1);
	}
	return (0);
}

/*
 * Is f an interview's answer, someone's words too ("A: Because every
 * app we tested made the battery worse. …", "答：…")?
 */
static int
clean_told_answer(const struct clean_feat *f)
{
	static const char *const marks[] = { "a: ", "answer: ", "r: ",
	    "答：", "答:", "답: ", "о: ", NULL };

	return (clean_opens(f, marks));
}

/*
 * Does a paragraph of the story close with phrase m, after two sentences
 * or more of its own and 150 bytes ("Аналитики … . Опыт … . Подробнее о
 * том, … — в материале «Денег» …"), asking nothing, saying nothing of
 * "we"?
 */
int
clean_told_closes(const struct clean_feat *f, const char *m)
{
	static const char *const we[] = { " we ", " our ", " us ", " us.",
	    " wir ", " uns", " nos ", " nous " };
	const char	*at;
	size_t		 i, o;

	if ((at = clean_phrase_at(f, m)) == NULL ||
	    (o = at - f->lower) < 150 || f->wlen < 200 || clean_told_asks(f) ||
	    memcmp(f->lower, "we ", 3) == 0)
		return (0);
	for (i = 0; i < sizeof we / sizeof we[0]; i++)
		if (memmem(f->lower, f->lowern, we[i], strlen(we[i])) != NULL)
			return (0);
	return (clean_told_ends(f, o) >= 2);
}

/* How many sentences end in f's text before byte o? */
static size_t
clean_told_ends(const struct clean_feat *f, size_t o)
{
	size_t	i, ends = 0;

	for (i = 1; i + 1 < o; i++)
		ends += (f->lower[i] == '.' || f->lower[i] == '!' ||
		    f->lower[i] == '?') && f->lower[i + 1] == ' ' &&
		    f->lower[i - 1] != '.';
	return (ends);
}

/*
 * Does a story tell of an app's systems ("The update is rolling out on
 * iOS, Android and the web today.", "The Fold 2 ships with Android 16
 * and a light skin that handles app layouts well. …"): a sentence,
 * asking nothing, offering no download, naming no "our" app and
 * signing no post ("Eingetragen mit der … App für Android.")?
 */
static int
clean_told_app(const struct clean_feat *f, const char *m)
{
	static const char *const offers[] = { "download", "install", " our ",
	    " free", "get the app", "available on", "available for",
	    "available in the", "sent from my", "posted with", "posted via",
	    "eingetragen mit", "gesendet von" };
	size_t			 i;

	if ((strcmp(m, "app&android") != 0 && strcmp(m, "ios&android") != 0) ||
	    !f->terminal || f->wlen < 40 || clean_told_asks(f))
		return (0);
	for (i = 0; i < sizeof offers / sizeof offers[0]; i++)
		if (memmem(f->lower, f->lowern, offers[i], strlen(offers[i])))
			return (0);
	return (1);
}

/*
 * Does a Korean block end as a statement does ("…다.") and ask nothing of
 * the reader (하세요, 주세요, 하시면, 바랍니다, 부탁)?
 */
int
clean_told_stated(const struct clean_feat *f)
{
	static const char *const	 asks[] = { "세요", "시면", "십시오",
		"바랍니다", "부탁", "드립니다", NULL };
	const char			*e = f->lower + f->lowern;

	return (f->lowern >= 4 && memcmp(e - 4, "\xeb\x8b\xa4.", 4) == 0 &&
	    !clean_holds(f, asks));
}

/*
 * Does a Chinese sentence report what someone said before byte o of s
 * ("…表示，", "…指出，", "…說，")?
 */
static int
clean_told_reported(const char *s, size_t o)
{
	static const char	*said[] = { "表示，", "指出，", "说，", "說，",
	    "强调，", "強調，", "提醒，", "呼籲", "呼吁" };
	size_t			 i;

	for (i = 0; i < sizeof said / sizeof said[0]; i++)
		if (memmem(s, o, said[i], strlen(said[i])) != NULL)
			return (1);
	return (0);
}

/*
 * Does a sentence of a story use a promo's words: its own ("It asked
 * users to sign up for a scheme ...", "Travelers are urged to download
 * the MyTSA app …") or someone's it quotes ("経営者は
 * 「…アプリを使いこなせるか心配だ」と話した")?  A long sentence with
 * function words that has them in its middle, not at its start, and does
 * not ask the reader; a publication's own call ("our newsletter") is the
 * call list's, tried before.  Or a clause of a rule the story lists, which
 * a semicolon closes ("不得…诱导用户点击跳转第三方页面或下载其他 App；"):
 * no promo ends so; or its sentence's note in brackets ("…冲锋号。（详情
 * 请点击链接：…）"); or what someone says on air, in a broadcast's
 * brackets ("[이름/직함 : …]").
 */
int
clean_told(const struct clean_feat *f, const char *m)
{
	const char	*at;

	if (f->cjk > 0 && f->wlen >= 40 && ((f->clauses > 0 && f->lowern > 3 &&
	    memcmp(f->lower + f->lowern - 3, "\xef\xbc\x9b", 3) == 0) ||
	    ((at = clean_phrase_at(f, m)) != NULL && (at = clean_memrstr(
	    f->lower, at - f->lower, "。（")) != NULL && at - f->lower >= 60)))
		return (1);
	/* Chinese reported speech: "气象署表示，…可下载「…」App查询。" */
	if (f->cjk > 0 && f->wlen >= 40 && f->terminal &&
	    (at = clean_phrase_at(f, m)) != NULL &&
	    clean_told_reported(f->lower, at - f->lower))
		return (1);
	/* Korean narration, a statement ("… 앱을 설치하게 하는 스미싱 피해가
	 * 늘고 있습니다."), not a request to the reader ("… 설치하세요"),
	 * nor an offer that opens with its word ("구독하면 … 보내드립니다") */
	if (f->script == 'K' && f->wlen >= 80 && clean_told_stated(f) &&
	    !lexicon_anchored(LEXICON_PROMO, m))
		return (1);
	/* a broadcast's quote: "[정우진/경찰청 … : 앱은 절대 설치하시면 …]" */
	if (f->wlen >= 40 && f->lowern > 8 && f->lower[0] == '[' &&
	    f->lower[f->lowern - 1] == ']' &&
	    memmem(f->lower, f->lowern, " : ", 3) != NULL)
		return (1);
	if (clean_told_app(f, m))
		return (1);
	if (lexicon_anchored(LEXICON_PROMO, m) || !f->sentence ||
	    !f->terminal || f->wlen < 50 ||
	    (at = clean_phrase_at(f, m)) == NULL)
		return (0);
	/* a story tells of one ("In a newsletter sent to tenants in
	 * March, the firm said …", "Last month I wrote in my newsletter
	 * about …", "… stammt von den 50 größten Newslettern."), asking
	 * nothing and saying nothing of this page */
	if (at > f->lower && (at[-1] == ' ' || at[-1] == '-') &&
	    (strcmp(m, "newsletter") == 0 || strcmp(m, "podcast") == 0) &&
	    clean_told_tells(f, at - f->lower < 12))
		return (1);
	if (f->wlen < 80 || at - f->lower < 12)
		return (0);
	if (clean_told_quoted(f, at - f->lower) || clean_told_answer(f) ||
	    clean_told_closes(f, m))
		return (1);
	if (strcmp(m, "sign up for") != 0 && strcmp(m, "subscribe to") != 0 &&
	    strcmp(m, "download&app") != 0 && strcmp(m, "пожертвован") != 0)
		return (0);
	/* one that asks the reader ("please subscribe to ...",
	 * "поддержите нас пожертвованием") asks */
	return (!clean_told_asks(f));
}

/*
 * Does a sentence speak to its reader (you, please, вы, помогите), or a
 * publication of itself (нам, наш)?
 */
static int
clean_told_asks(const struct clean_feat *f)
{
	static const char *const asks[] = { "please", " you ", " your ",
	    " вы ", " вас", " ваш", "поддержите", "помогите", "пожалуйста",
	    " нам ", " нас ", " наш ", " наши ", " нашей " };
	size_t			 i;

	for (i = 0; i < sizeof asks / sizeof asks[0]; i++)
		if (memmem(f->lower, f->lowern, asks[i], strlen(asks[i])))
			return (1);
	return ((f->lowern > 4 && memcmp(f->lower, "you ", 4) == 0) ||
	    (f->lowern > 3 && memcmp(f->lower, "вы ", 3) == 0));
}

/*
 * Does f hold word w as a call: "subscribe", not "subscribers" (a
 * story's count of them)?
 */
static int
clean_told_has(const struct clean_feat *f, const char *w)
{
	const char	*p = f->lower, *e = f->lower + f->lowern;
	size_t		 l = strlen(w);

	while ((p = memmem(p, e - p, w, l)) != NULL) {
		if (strcmp(w, "subscribe") != 0 || p + l == e || p[l] != 'r')
			return (1);
		p += l;
	}
	return (0);
}

/*
 * Does a sentence with "newsletter" or "podcast" in it tell of one
 * (English, unless it is at the start): no word to the reader, none of
 * the site's own ("our"), no call, nothing on where this text first
 * appeared, no author's bio.
 */
static int
clean_told_tells(const struct clean_feat *f, int start)
{
	static const char *const asks[] = {
		"you", " our ", "sign up", "subscribe", "please", "inbox",
		"appeared", "published", "delivered", "straight to", "abonn",
		"suscrib", "iscriv", "inscri", "assin", "anmeld", "jetzt",
		"author", "editor", "unser", " sie ", " ihr", "hier",
		"kostenlos", "gratis", "gratuit", "nuestr", "notre", "recib",
		"recev", "bestell", "подпис", "наш", "ваш", "получ",
		"this podcast", "diesem podcast", "veröffentlicht",
		"publicado", "publié", "full access", "unlimited access",
		"cancel at any time", "cancel anytime", "try it for",
		"free trial"
	};
	static const char *const english[] = {	/* and its neighbours' */
		" the ", " and ", " of ", " to ", " a ", " in ", " with ",
		" that ", " which ", " said", " der ", " die ", " das ",
		" dem ", " den ", " des ", " von ", " und ", " el ", " los ",
		" las ", " les ", " et ",
		" и ", " в ", " на "
	};
	size_t	i;

	/* past its start, a story's in English or a tongue near it (a
	 * German one's "Newsletter-Start-up"): other tongues' calls are in
	 * the lexicon */
	for (i = 0; !start && i < sizeof(english) / sizeof(english[0]); i++)
		if (memmem(f->lower, f->lowern, english[i],
		    strlen(english[i])))
			break;
	if (!start && i == sizeof(english) / sizeof(english[0]))
		return (0);

	for (i = 0; i < sizeof(asks) / sizeof(asks[0]); i++)
		if (clean_told_has(f, asks[i]))
			return (0);
	return (!(f->lowern > 4 && (memcmp(f->lower, "get ", 4) == 0 ||
	    memcmp(f->lower, "our ", 4) == 0)));
}

/*
 * Does a sentence of the story tell of what boilerplate says, in its
 * words (phrase m of kind's list): "Comments were switched off on
 * Friday.", "监管机构认定，该网站的Cookie横幅让用户“一键接受”…",
 * "다만 기사 공유 기능은 그대로 유지된다."?  A whole sentence that
 * speaks neither to its reader nor as the site, lays down no rule, opens
 * with no command nor with the phrase as its label, and reports: a verb
 * of saying, of the past, of a ruling.  A site's notices speak to the
 * reader or state what always holds ("Comments are moderated and will
 * appear after approval.", "Der Newsletter mit den wichtigsten
 * Nachrichten des Tages.").  A long sentence on cookies needs no such
 * verb: a banner that long speaks to its reader.
 */
int
clean_narrated(const struct clean_feat *f, const struct lexicon_block *lx,
    int kind, const char *m)
{
	const char	*e = f->lower + f->lowern;

	if (!f->sentence || !f->terminal || f->wlen < 30 || f->lowern < 2 ||
	    e[-1] == '!' || (f->lowern > 3 && memcmp(e - 3, "！", 3) == 0) ||
	    (f->s[0] >= 'a' && f->s[0] <= 'z') ||	/* a sentence's end */
	    lexicon_anchored(kind, m) || clean_told_addressed(f, lx) ||
	    clean_told_reader(f) || clean_told_command(f))
		return (0);
	if (kind == LEXICON_COOKIE && f->wlen >= 150)
		return (1);
	/* Korean narration ends "…다.", a notice "…니다." */
	if (f->script == 'K')
		return (clean_told_stated(f) && (f->lowern < 7 ||
		    memcmp(e - 7, "니다.", 7) != 0));
	return (lexicon_match(LEXICON_REPORT, lx) != NULL);
}

/*
 * Does a sentence speak to its reader or as the site, outside what it
 * quotes ("…содержал фразу «Продолжая пользоваться сайтом, вы
 * соглашаетесь …»" quotes a banner's words to its reader)?
 */
static int
clean_told_addressed(const struct clean_feat *f,
    const struct lexicon_block *lx)
{
	const char *const	(*pairs)[2] = clean_told_pairs;
	struct lexicon_block	*ub;
	char			*u, *op, *cl;
	size_t			 i, lo, lc;
	int			 quoted = 0, r;

	if (lexicon_match(LEXICON_ADDRESS, lx) == NULL)
		return (0);
	u = xmalloc(f->lowern + 1);
	memcpy(u, f->lower, f->lowern);
	u[f->lowern] = '\0';
	for (i = 0; i < CLEAN_TOLD_NPAIRS; i++) {
		lo = strlen(pairs[i][0]);
		lc = strlen(pairs[i][1]);
		for (op = u; (op = strstr(op, pairs[i][0])) != NULL &&
		    (cl = strstr(op + lo, pairs[i][1])) != NULL;
		    op = cl + lc) {
			memset(op, ' ', (size_t)(cl + lc - op));
			quoted = 1;
		}
	}
	r = 1;
	if (quoted) {
		ub = xmalloc(sizeof *ub);
		lexicon_prepare(ub, u, f->lowern);
		r = lexicon_match(LEXICON_ADDRESS, ub) != NULL;
		free(ub);
	}
	free(u);
	return (r);
}

/*
 * Does a sentence speak to its reader as "Sie" or "Ihr…" past its first
 * word (where "Sie" is "she" or "they"), or of the site as "us" (not the
 * "US")?
 */
static int
clean_told_reader(const struct clean_feat *f)
{
	static const char *const you[] = { " Sie ", " Sie.", " Sie,",
	    " Ihnen", " Ihr ", " Ihre", " us ", " us.", " us,", " us!" };
	size_t	i;

	for (i = 0; i < sizeof you / sizeof you[0]; i++)
		if (memmem(f->s, f->n, you[i], strlen(you[i])) != NULL)
			return (1);
	return (0);
}

/*
 * Does a sentence of the block, or what follows a label's colon, open
 * with a command to the reader ("Stream NFL games live on ESPN+. Sign up
 * now.", "The Hill's Morning Report: Sign up for …")?
 */
static int
clean_told_command(const struct clean_feat *f)
{
	const char	*s = f->lower, *e = f->lower + f->lowern, *w;
	size_t		 i;

	for (i = 0; i < f->lowern; i++) {
		if (i > 0 && !(i >= 2 && s[i - 1] == ' ' && (s[i - 2] == '.' ||
		    s[i - 2] == '?' || s[i - 2] == '!' || s[i - 2] == ':')))
			continue;
		for (w = s + i; w < e && *w != ' ' && *w != ',' && *w != '.' &&
		    *w != ':' && *w != '!'; w++)
			/* nothing */;
		if (w > s + i && lexicon_is_command(s + i, w - (s + i)))
			return (1);
	}
	return (0);
}
