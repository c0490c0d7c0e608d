/*
 * lexicon.c: the word lists the boilerplate classifier reads.  Function
 * words per language (for prose density), the function characters of
 * Chinese and Japanese and the particles of Korean, and the phrase lists
 * of widgets, forms, promos, copyright lines and the like, in every
 * language we read.  Data only, and the small functions that look words
 * up in it; lexicon-match.c finds the phrases in a block.
 */

#include "config.h"

#include <string.h>

#include <unistr.h>

#include "sift.h"
#include "lexicon.h"

/*
 * Function words: the union of short stoplists (English, German, Spanish,
 * French, Italian, Portuguese, Dutch, Russian, and shorter ones of
 * thirteen more languages), space-delimited, read into a hash set on
 * first use.
 */
static const char lexicon_stopwords[] =
    " a about above after again against all also am an and any are as at"
    " be because been before being below between both but by can could"
    " did do does doing down during each few for from further had has"
    " have having he her here hers him his how i if in into is it its"
    " itself just me more most my no nor not now of off on once only or"
    " other our out over own said same says she should so some such than"
    " that the their them then there these they this those through to too"
    " under until up very was we were what when where which while who whom"
    " why will with would you your yet still since however according told"
    " der die das und ist nicht mit den von zu sich des auf ein eine einen"
    " dem für im auch wurde hat sie wird bei nach aus um wie noch oder aber"
    " sind war waren werden kann nur schon vor über zum zur am dass es er"
    " wir ihr ihre sein seine diese dieser dieses man hatte habe"
    " el la de que y los las del en se por un una con para es al su lo como"
    " más pero sus fue ha le ya o este esta son entre cuando muy sin sobre"
    " también hasta hay donde desde todo nos durante uno ni contra ese eso"
    " había han era dijo según"
    " le les des et est du une pour dans qui sur pas au avec il par sont"
    " été ce cette elle ont ou mais aux ses leur plus"
    " il di che e della per non sono gli nel alla anche è dei"
    " o do da em um uma não os dos das no na foi ao pelo"
    " het een van dat op te zijn voor die werd heeft ook aan"
    " и в во не что он на я с со как а то все она так его но да ты к у же"
    " вы за бы по только ее мне было вот от меня еще нет о из ему теперь"
    " когда даже ну вдруг ли если уже или ни быть был него до вас нибудь"
    " опять уж вам ведь там потом себя ничего ей может они тут где есть"
    " надо ней для мы тебя их чем была сам чтобы без будто чего раз тоже"
    " себе под будет ж тогда кто этот того потому этого какой совсем ним"
    " здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех"
    " никогда можно при наконец два об другой хоть после над больше тот"
    " через эти нас про всего них какая много разве три эту моя впрочем"
    " хорошо свою этой перед иногда лучше чуть том нельзя такой им более"
    " всегда конечно всю между также заявил сообщил "
    /* Ukrainian, Polish, Czech, Swedish, Norwegian and Danish, Turkish,
     * Indonesian, Vietnamese, Greek, Arabic, Persian, Hebrew, Hindi: a
     * paragraph in one of them is prose too */
    " і та що до як це від для але про які також був була було є вже щоб"
    " ще або коли"
    " w na z się nie że jest jak po przez od za co ale tak jego już jej"
    " są było oraz dla czy też może tylko był która który które przy"
    " v je s k jako jsou pro jeho které který která již také podle byl"
    " bylo mezi nebo jen když"
    " och att det som på är av för med till har inte ett han var men så"
    " från vid kan eller också sina efter"
    " og er ikke fra ved skal vil blir også etter"
    " ve bir bu için ile olarak daha çok ama gibi ne olan kadar sonra her"
    " şey ise değil göre ancak veya hem"
    " yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke"
    " karena oleh ada atau adalah bisa telah sudah bahwa sebagai tersebut"
    " mereka kami kita ia namun tetapi jika agar sehingga secara serta"
    " bagi belum sangat yaitu lalu hanya sebuah seorang sekitar harus"
    " dapat setiap sedang semua beberapa banyak kepada terhadap tentang"
    " seperti menjadi merupakan mengatakan ujar lebih sejak antara selama"
    " sampai ketika kemudian menurut tanpa bersama melalui masih hingga"
    " setelah saat"
    " của và là các có được trong cho với những một này không người đã"
    " để khi từ thì về cũng đến như tại nhưng sẽ bị bởi cả cái cần càng"
    " chỉ chứ chưa cứ đang đây đều điều do đó gì lại lên lúc mà mỗi nên nếu"
    " ngay nhiều nơi nữa phải qua ra rằng rất rồi sau sự theo trên trước"
    " từng vẫn vào vậy vì việc vừa"
    " και το της την του τα των στο στην με για που από είναι να θα δεν η"
    " οι σε ένα μια αλλά ως"
    " في من على إلى أن عن مع هذا هذه التي الذي الذين كان كانت ما لا أو"
    " بين قد بعد كل هو هي إن ذلك لم حتى عند منذ ثم لكن أي عليه فيه كما"
    " وقد وفي ومن وأن تلك لها له لقد غير دون أيضا حيث"
    " و در به از که این را با است آن برای یک تا هم بر شد می نیز وی کرد"
    " شده اما یا ها خود بود"
    " של את על עם זה לא כי גם הוא היא או אבל אם כל יותר אני הם היה לו"
    " אין רק כך בין אחרי"
    " के में की है और से को का पर ने कि भी यह एक हैं था लिए इस तो वह जो"
    " कर गया थी हो साथ ";

/*
 * A set of words with a value each, built once from space-separated
 * lists: open addressing on FNV-1a, so a lookup is a hash and a compare.
 */
#define LEXICON_SET_SIZE	4096	/* a power of two, > 2x the words */

struct lexicon_slot {
	const char	*word;
	unsigned	 len;
	unsigned	 value;
};

struct lexicon_set {
	struct lexicon_slot slot[LEXICON_SET_SIZE];
	size_t		 maxlen;	/* longer words are not in it */
	int		 built;
};

/* A hash of the length and three bytes: words are short, probes cheap. */
static uint32_t
lexicon_hash(const char *w, size_t n)
{
	const uint8_t	*u = (const uint8_t *)w;
	uint32_t	 h;

	h = (uint32_t)n * 0x9e3779b1u;
	h ^= u[0] * 0x85ebca6bu;
	h ^= u[n - 1] * 0xc2b2ae35u;
	h ^= u[n / 2] * 0x27d4eb2fu;
	return (h ^ (h >> 15));
}

static void
lexicon_set_add(struct lexicon_set *set, const char *list, unsigned value)
{
	struct lexicon_slot	*sl;
	const char		*p = list, *w;
	uint32_t		 h;

	for (;;) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		w = p;
		while (*p != ' ' && *p != '\0')
			p++;
		h = lexicon_hash(w, p - w) & (LEXICON_SET_SIZE - 1);
		while ((sl = &set->slot[h])->word != NULL &&
		    (sl->len != (size_t)(p - w) ||
		    memcmp(sl->word, w, p - w) != 0))
			h = (h + 1) & (LEXICON_SET_SIZE - 1);
		sl->word = w;
		sl->len = p - w;
		sl->value |= value;
		if ((size_t)(p - w) > set->maxlen)
			set->maxlen = p - w;
	}
}

static unsigned
lexicon_set_get(const struct lexicon_set *set, const char *w, size_t n)
{
	const struct lexicon_slot	*sl;
	uint32_t			 h;
	size_t				 i;

	if (n == 0 || n > set->maxlen)
		return (0);
	h = lexicon_hash(w, n) & (LEXICON_SET_SIZE - 1);
	while ((sl = &set->slot[h])->word != NULL) {
		if (sl->len == n) {
			for (i = 0; i < n && sl->word[i] == w[i]; i++)
				/* nothing */;
			if (i == n)
				return (sl->value);
		}
		h = (h + 1) & (LEXICON_SET_SIZE - 1);
	}
	return (0);
}

/* Is a word in the set of a list's words, the set made on first use? */
static int
lexicon_in(struct lexicon_set *set, const char *list, const char *w,
    size_t n)
{
	if (!set->built) {
		lexicon_set_add(set, list, 1);
		set->built = 1;
	}
	return (lexicon_set_get(set, w, n) != 0);
}

static struct lexicon_set lexicon_stopset;

/* Is a lower-case word a function word of some language? */
int
lexicon_is_stopword(const char *w, size_t n)
{
	return (lexicon_in(&lexicon_stopset, lexicon_stopwords, w, n));
}

/*
 * The names of a news site's sections, as its menu lists them ("Home
 * News World Politics Business Sport"), in the languages written
 * between spaces.
 */
static const char lexicon_sections[] =
    " home news world uk us politics business tech technology science"
    " health sport sports culture arts opinion lifestyle travel video"
    " videos weather entertainment economy markets money local national"
    " international style food books music film tv podcasts newsletters"
    " obituaries education climate environment life investigations"
    " startseite nachrichten politik wirtschaft kultur wissen panorama"
    " meinung gesellschaft reise digital leben regional ausland inland"
    " finanzen inicio portada noticias nacional internacional economía"
    " deportes cultura opinión sociedad mundo política tecnología ciencia"
    " salud espectáculos accueil actualités politique économie société"
    " monde sciences santé cronaca politica economia esteri spettacoli"
    " início brasil esportes главная новости политика экономика общество"
    " últimas país desporto opinião saúde ciência"
    " происшествия спорт культура мир наука технологии головна новини"
    " політика економіка суспільство світ 홈 뉴스 정치 북한 경제 산업"
    " 사회 전국 세계 국제 문화 스포츠 연예 오피니언 포토 영상 라이프"
    " 증권 부동산 금융 사설 칼럼 지역"
    " zprávy domácí zahraniční ekonomika kultura krimi nieuws binnenland"
    " buitenland economie cultuur nyheter inrikes utrikes ekonomi kultur"
    " nyheder indland udland innenriks utenriks uutiset kotimaa ulkomaat"
    " talous urheilu kraj świat gospodarka kultura știri politică"
    " economie externe belföld külföld gazdaság kultúra gündem dünya"
    " ekonomi spor kültür eesti uudised maailm majandus kultuur"
    " urheilu sää kulttuuri næringsliv meninger väder lokalt πολιτική"
    " οικονομία κοινωνία κόσμος αθλητισμός ziņas latvijā pasaulē sports"
    " kultūra naujienos lietuvoje pasaulyje verslas sportas kultūra ";

static struct lexicon_set lexicon_sectionset;

/*
 * Words a call to the reader opens a sentence with, the imperative
 * ("Subscribe …", "Sign up …", "Get …", "Recibe …", "Abonnieren …",
 * "Подпишитесь …"): no sentence a story tells opens so.
 */
static const char lexicon_commands[] =
    " subscribe sign log download install join follow share read click"
    " tap leave register try become support donate watch listen get"
    " don't visit accept manage continue view explore discover enjoy"
    " check learn contact send email e-mail tell let give find see want"
    " catch stream stop start write sign-up never keep stay"
    " abonnieren abonniere melden laden folgen lesen jetzt klicken"
    " registrieren teilen hören entdecken unterstützen sichern testen"
    " recibe recibí apúntate suscríbete suscribite suscríbase descarga"
    " descárgate lee leé descubre sigue seguí comparte únete regístrate"
    " haz hacé pulsa mira escucha apoya accede"
    " abonnez-vous inscrivez-vous téléchargez découvrez suivez lisez"
    " подпишитесь подписывайтесь скачайте читайте смотрите слушайте"
    " присоединяйтесь поддержите узнайте успейте переходите ";

static struct lexicon_set lexicon_commandset;

/* Is a lower-case word one a call to the reader opens with? */
int
lexicon_is_command(const char *w, size_t n)
{
	return (lexicon_in(&lexicon_commandset, lexicon_commands, w, n));
}

/* Is a lower-case word the name of a site's section? */
int
lexicon_is_section(const char *w, size_t n)
{
	return (lexicon_in(&lexicon_sectionset, lexicon_sections, w, n));
}

/*
 * Is a lower-case line a breadcrumb of two items, the first a section's
 * name ("главная / экономика и бизнес", "новости > экономика", "home |
 * world")?  Longer ones have two separators or more, and their rules
 * count them.
 */
int
lexicon_is_crumb(const char *s, size_t n)
{
	static const char	*seps[] = { " / ", " > ", " › ", " » ", " | ",
				    "＞", NULL };
	const char		*p, *at = NULL;
	size_t			 i, k, count = 0;

	if (n > 80)
		return (0);
	for (i = 0; seps[i] != NULL; i++) {
		k = strlen(seps[i]);
		for (p = s; (p = memmem(p, n - (p - s), seps[i], k)) != NULL;
		    p += k) {
			count++;
			at = p;
		}
	}
	return (count == 1 && lexicon_is_section(s, at - s));
}

/* Is the word [p, p + k) one of a list's? */
static int
lexicon_word_in(const char **list, const char *p, size_t k)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == k && memcmp(list[i], p, k) == 0)
			return (1);
	return (0);
}

/*
 * Is lower-case text a reading time alone: one figure, a unit of minutes
 * and one to three words about reading ("4 min read", "lesezeit: 3
 * min.", "lecture 2 min.", "5分で読める")?  A date or a count may follow
 * after a dot or a bar ("7 min read · jun 3, 2024").  A time alone ("25
 * min.", "90 minuten") may be a recipe's or head a story's part.
 */
int
lexicon_is_readtime(const char *s, size_t n)
{
	static const char	*units[] = { "min", "min.", "mins", "мин",
	    "мин.", "хв", "хв.", "minute", "minutes", "minuten", "минута",
	    "минуты", "минут", "хвилин", "хвилини", "minuti", "minutos",
	    NULL };
	static const char	*words[] = { "lecture", "lesezeit", "lesezeit:",
	    "read", "reading", "time", "чтение", "чтения", "на", "читання",
	    "de", "di", "lectura", "lettura", "leitura", "tempo", "tiempo",
	    "temps", "lecture:", NULL };
	static const char	*seps[] = { " · ", " | ", " • ", NULL };
	const char		*p = s, *e, *w;
	size_t			 i, k;
	int			 figs = 0, unit = 0, other = 0;

	if (n > 64)
		return (0);
	for (e = s + n, i = 0; seps[i] != NULL; i++)
		if ((w = memmem(s, n, seps[i], strlen(seps[i]))) != NULL &&
		    w < e)
			e = w;
	for (; p < e; p = w) {
		while (p < e && *p == ' ')
			p++;
		for (w = p; w < e && *w != ' '; w++)
			/* nothing */;
		if ((k = (size_t)(w - p)) == 0)
			break;
		if (k > 3 && memcmp(p, "約", 3) == 0) {	/* "約4分で読めます" */
			p += 3;
			k -= 3;
		}
		if ((i = strspn(p, "0123456789")) >= k) {
			figs++;
			continue;
		}
		if (i > 0 && i <= 3 && ((k - i == strlen("分で読める") &&
		    memcmp(p + i, "分で読める", k - i) == 0) ||
		    (k - i == strlen("分で読めます") &&
		    memcmp(p + i, "分で読めます", k - i) == 0))) {
			figs++, unit++, other++;
			continue;
		}
		if (lexicon_word_in(units, p, k)) {
			unit++;
			continue;
		}
		if (!lexicon_word_in(words, p, k) || ++other > 3)
			return (0);
	}
	return (figs == 1 && unit > 0 && unit <= 2 && other > 0);
}

/* Function words that tell the Latin-script languages apart. */
static const struct {
	const char	*lang;
	const char	*words;
} lexicon_lang_words[] = {
	{ "en", " the and of to in is that for was with on as has have "
	    "said by are from it at his be this which would not will " },
	{ "de", " der die und das ist nicht mit den von zu sich des auf "
	    "ein eine dem für im auch wurde hat sie wird bei nach " },
	{ "es", " el la de que y los las del en se por un una con para "
	    "es al su lo como más pero sus fue ha " },
	{ "fr", " le la les de des et est que du une un pour dans en "
	    "qui sur pas au avec il par se sont été " },
	{ "it", " il di che la e del della per non sono con una gli le "
	    "nel alla anche è ha dei come " },
	{ "pt", " o a de que e do da em um uma para com não os as dos "
	    "das no na foi ao pelo mais " },
	{ "nl", " de het een en van is dat op te niet zijn met voor in "
	    "die werd heeft ook bij aan " },
};
#define LEXICON_NLANGS \
	(sizeof lexicon_lang_words / sizeof lexicon_lang_words[0])

static struct lexicon_set lexicon_langset;

/* The languages (a bit each, in lexicon_lang_name order) of a word. */
unsigned
lexicon_lang_mask(const char *w, size_t n)
{
	size_t	i;

	if (!lexicon_langset.built) {
		for (i = 0; i < LEXICON_NLANGS; i++)
			lexicon_set_add(&lexicon_langset,
			    lexicon_lang_words[i].words, 1u << i);
		lexicon_langset.built = 1;
	}
	return (lexicon_set_get(&lexicon_langset, w, n));
}

const char *
lexicon_lang_name(size_t i)
{
	return (i < LEXICON_NLANGS ? lexicon_lang_words[i].lang : NULL);
}

/* Chinese function characters (both scripts) and Japanese particles. */
static const char lexicon_function_chars[] =
    "的了是在和与與及也不就都而但并並或被把将將从從对對为為于於以其之这這"
    "个個们們会會还還已所着著到说說等让讓向由给給要能可很更又再该該"
    "のはをにがでとたてしもなるれらかよりへやだです";

int
lexicon_is_function_char(ucs4_t uc)
{
	static uint8_t	 bits[(0xa000 - 0x3000) / 8];
	static int	 built;
	const uint8_t	*p, *e;
	ucs4_t		 c;
	int		 l;

	if (!built) {
		p = (const uint8_t *)lexicon_function_chars;
		e = p + strlen(lexicon_function_chars);
		while (p < e) {
			l = utf8_next(&c, p, e);
			if (c >= 0x3000 && c < 0xa000)
				bits[(c - 0x3000) / 8] |= 1 << (c % 8);
			p += l;
		}
		built = 1;
	}
	if (uc < 0x3000 || uc >= 0xa000)
		return (0);
	return ((bits[(uc - 0x3000) / 8] >> (uc % 8)) & 1);
}

/* Korean particles and endings that close a word in prose. */
static const char *lexicon_ko_endings[] = {
	"은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과", "도",
	"다", "고", "며", "서", "면", "만", "게", "지", "해", "한", "할", "된",
	"던", "요", "께", "라", NULL
};

int
lexicon_is_ko_ending(const char *s, size_t n)
{
	size_t	i;

	if (n < 3)
		return (0);
	for (i = 0; lexicon_ko_endings[i] != NULL; i++)
		if (memcmp(s + n - 3, lexicon_ko_endings[i], 3) == 0)
			return (1);
	return (0);
}

/*
 * Does s end with a capital's abbreviation ("D.C., Md. & Va.", "Acme
 * Inc.", "U.S."): a word of one to three letters, a capital first, and a
 * full stop?  Such a line ends like a sentence without being one.
 */
int
lexicon_ends_abbrev(const char *s, size_t n)
{
	size_t	k;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n < 2 || s[n - 1] != '.')
		return (0);
	for (k = n - 1; k > 0 && ((s[k - 1] >= 'a' && s[k - 1] <= 'z') ||
	    (s[k - 1] >= 'A' && s[k - 1] <= 'Z')); k--)
		/* nothing */;
	return (n - 1 - k >= 1 && n - 1 - k <= 3 && s[k] >= 'A' &&
	    s[k] <= 'Z' && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '.'));
}

/*
 * Phrase lists, lower case.  A leading '^' anchors the phrase at the start
 * of the block; a leading '=' means the whole block (punctuation and
 * spaces around it aside).  Parts joined by '&' must all be there, in any
 * order, each a whole word; so a phrase that ends in '&' is one whole
 * word ("our partners&" is not in "our partnership").  An anchored
 * phrase is one part ("^a&b" would look for "a&b").
 */
static const char *lexicon_share[] = {
	"share this", "share on ", "^share:", "^share :", "share via",
	"=jetzt teilen", "protected by recaptcha",
	"=poslat e-mailem", "=del artikel", "=del artiklen", "=chia sẻ",
	"=lưu bài", "=bagikan artikel ini", "=bagikan", "=שתפו",
	"=שתפו כתבה", "=distribuie", "=jaa artikkeli",
	/* an archive's or a saving tool's own lines over a page it kept:
	 * the Wayback Machine's toolbar, archive.today's header, a search
	 * engine's cache, SingleFile, a read-it-later service */
	"^the wayback machine - http", "=the wayback machine",
	"=about this capture", "=collected by", "^organization: archive team",
	"=timestamps", "^the current page could have changed in the meantime",
	"=full version", "=text-only version", "=view source",
	"^tip: to quickly find your search term on this page",
	"archived &utc&webpage capture", "=webpage capture",
	"=download .zip", "=report bug or abuse", "=\xe2\x86\x90 prior",
	"=next \xe2\x86\x92", "^page saved with singlefile",
	"=view original", "=save to pocket", "=save article",
	"=save for later", "^微信 微博 ",
	"pocket is a place to save articles",
	/* a channel's post passed on */
	"^forwarded from ", "^переслано от ", "^переслано из ",
	"^отправить в ", "=打印本页", "=列印本頁", "=打印", "=列印",
	"=добавить в избранное", "=в избранное",
	"=text size", "=normal text size", "=larger text size",
	"=very large text size", "=글자 크기",
	"=udostępnij", "=udostępnij artykuł", "=bagikan", "=記事を印刷",
	"=分享让更多人看到", "=แชร์ข่าวนี้", "=แชร์", "=แท็ก",
	"=この記事についてシェア", "=читати українською", "=شارك الخبر",
	"=이 기사 어때요?", "=打印本页 关闭窗口",
	"=share", "=tweet", "=print", "=email", "=e-mail", "=copy link",
	"=send in e-mail", "=send in email", "=send by email",
	"=gift this article", "=gift article", "=贈閱文章", "=赠阅文章",
	"=기사공유", "=기사 공유", "=share this article",
	"=join", "この記事をシェア", "=copiar enlace", "=copier le lien",
	"=link kopieren", "=copia link", "=copiar link", "링크복사",
	"sns로 공유", "=iniciar sesión", "=log in", "=sign in", "=anmelden",
	"=se connecter", "=accedi", "=войти", "=ログイン", "=로그인", "=登录",
	"=登入",
	/* the links around an embedded post ("Skip Twitter post") */
	"=skip twitter post", "=end of twitter post", "=skip youtube post",
	"=end of youtube post", "=跳过 twitter 帖子", "=twitter 帖子结束",
	"=跳過 twitter 帖子", "=twitter 帖子結束", "=在twitter查看原文",
	"^skip x post", "^end of x post", "^skip twitter post",
	"^end of twitter post", "^skip instagram post",
	"^end of instagram post", "^skip facebook post",
	"^end of facebook post", "^skip tiktok post", "^end of tiktok post",
	/* and the consent an embedded post asks for, its placeholder */
	"^allow instagram content", "^allow twitter content",
	"^allow x content", "^allow youtube content", "^allow tiktok content",
	"^allow facebook content", "we ask for your permission before anything",
	"=view this post on instagram", "=view this post on tiktok",
	"^تخطى منشور", "^نهاية منشور", "^pule twitter post", "^pule x post",
	"^final de twitter post", "^final de x post",
	/* a reader's tools over the story, as a portal lists them */
	"음성으로 듣기", "본문 듣기", "=번역 설정", "글씨크기", "글자 크기",
	"글씨 크게", "=인쇄하기", "=기사원문", "본문 요약봇", "음성 변환",
	"ai 요약 기능", "=ai 요약", "=フォロー", "=follow", "=팔로우",
	"=프린트", "=viber", "=文字大小", "=字體大小", "記事についてツイート",
	"^字体：大", "^字體：大", "^字号：大", "^字號：大", "=字級設定",
	"^字體大小：", "^字体大小：", "=预览时标签不可点", "=預覽時標籤不可點",
	"=jetzt anmelden",
	"=記事を保存", "=共有", "=링크 복사", "=award", "=続きを読む",
	"=guardar", "この記事を共有", "=この記事をブックマークする",
	"=ブックマーク", "=リンクをコピー", "=сохранить", "=salva", "=меню",
	"=menu", "=pesquisar", "=search", "=buscar", "=suche", "=recherche",
	"=cerca", "=поиск", "=лента новостей", "=exclusivo assinantes",
	"=salin link", "=salin tautan", "=追蹤新聞", "=追踪新闻", "=audio",
	"=posłuchaj artykułu", "^czas czytania:", "=保存 印刷 その他",
	"^字級設定：", "^字級設定:", "=حجم الخط", "=แชร์ข่าว", "=ส่งทางไลน์",
	"=คัดลอกลิงก์", "=x (twitter)", "=x（旧twitter）",
	"でポスト", "=はてなブックマークに追加", "=끝", "=дзен",
	"=この記事をスクラップする", "^прочитать ria.ru в",
	"=читать в полной версии", "=inhalte aktivieren", "^audio:",
	"=tagesschau in 100 sekunden",
	"=exclusivo para assinantes",
	"=save", "=hide", "=report",
	"ladda ner&app", "last ned&appen", "^usage restrictions:",
	"^поділилися:", "^поделились:", "^sorted by:", "^r/",
	"=inloggen", "=abonneer", "=kopieer link", "=deel artikel",
	"=dela artikeln", "=kopiera länk", "=följ ämne", "=logga in",
	"=del artiklen", "=lyt til artiklen", "=přihlásit", "=přihlásit se",
	"=sdílet", "=distribuie", "=unirse", "^ordenar por:", "^comunidad r/",
	"=jaa", "=kirjaudu", "=logg inn", "=log ind", "=megosztás",
	"=εγγραφή", "=σύνδεση", "=accueil", "=tips oss",
	"^ten tekst przeczytasz",
	"=مشاركة", "=aceptar",
	"=accepter", "=akzeptieren", "=accetto", "=aceitar", "=accept all",
	"=distribuie articolul", "^etiquetes:",
	"=link kopiert", "=link kopiert!", "=feliratkozom", "=messenger",
	"=link másolása",
	"=oma tili", "=abonner", "=forsiden", "=jaa artikkeli", "=jaga",
	"=kopioi linkki", "=kopeeri link", "=juttu jatkuu alla",
	"=kuuntele juttu", "^lyssna på artikeln", "=del dette:",
	"^klikk for å dele", "=liker dette:", "=liker laster inn...",
	"=haberin devamı", "^bu haber toplam", "=διαφημιση",
	"=kopiraj povezavo", "=sutinku", "=súhlasím", "=nastavenia",
	"=ok, rozumiem", "=lid worden", "^sorteren op:", "=reacties doorzoeken",
	"=over deze community", "^meer reacties weergeven",
	"^ansvarlig redaktør:",
	"=+关注", "=+關注", "=＋关注", "=＋關注", "=+ follow",
	/* a story's pages, as a portal links them */
	"上一页&下一页", "上一頁&下一頁", "^第1页/共", "^第1頁/共",
	"=保存", "=印刷", "記事に関する報告", "=複製連結", "=复制链接",
	"=はてなブックマーク", "=写真拡大", "=画像拡大",
	"=skip to main content", "=본문 바로가기", "=zum inhalt springen",
	"^springe direkt zu", "=メインコンテンツへスキップ",
	"=bookmark with", "=ソーシャルブックマーク", "はてなブックマークに追加",
	"ブックマークに登録", "=mixiチェック", "기사 크게보기", "기사 작게보기",
	"seite 1&nächste seite", "=diskutieren sie über diesen artikel",
	"=auf merkliste setzen", "=discuss on hacker news",
	"=ir al contenido",
	"=skip navigation",
	"=hopp til innhold", "=hoppa till huvudinnehåll",
	"=siirry pääsisältöön",
	"=spring til indhold", "=przejdź do treści", "=preskočiť na obsah",
	"=quote", "=元の記事を開く", "後で読む", "=ツイートする",
	"動画を再生する", "動画が再生できない", "この動画の配信期間",
	"글씨키우기", "글씨줄이기", "기사보내기", "=скопировать ссылку",
	"^audio herunterladen", "comparte esta noticia",
	"=end of list",
	"=print this page", "=skip to content", "=best", "=пошук",
	"=підтримати",
	"=offrir cet article", "=sauvegarder", "=répondre", "^trier par",
	"=automoderator", "=autotldr", "=ticker aktualisieren",
	"neueste einträge zuerst",
	"分享到", "分享至", "=分享", "^分享 :", "^分享:", "^分享：", "分享本文",
	"シェアする", "=シェア", "^シェア :", "^シェア:", "공유하기", "=공유",
	"=공감", "공감 부탁", "구독 부탁",
	"поделиться", "поділитися", "=teilen", "^teilen:", "artikel teilen", "=compartir",
	"^compartir:", "compartir en", "=facebook", "=twitter", "=whatsapp",
	"=partager", "^partager :", "^partager:", "^partager sur ",
	"^partager ce post", "^partager cet article", "^partager l’article",
	"^partager l'article", "=compartilhar", "^compartilhar:",
	"^compartilhar no", "^compartilhe", "=condividi", "^condividi:",
	"推到plurk", "推到twitter", "推到facebook", "^轉寄 ",
	"=partilhar", "^partilhar no ", "^partilhar:", "^partilhe",
	"^condividi su", "=delen", "^delen:", "^deel dit", "=dela",
	"=linkedin", "=telegram", "=weibo", "=wechat", "=微博", "=微信",
	"=qq空间", "=qq空間",
	"=x", "=line", "=reddit", "=вконтакте", "=одноклассники", "=vk",
	"^скопировать ссылку", "^копировать ссылку",
	"=kakaotalk", "=카카오톡", "=네이버", "=band", "=はてブ",
	"^글자크기", "^字号", "^字號", "【字号", "【字號", " 字号", " 字號",
	"=大字号", "=中字号", "=小字号", "=大字號", "=中字號", "=小字號",
	"^文字サイズ", "^schriftgröße", "^font size", "^text size",
	"aatext size", "=small medium large", "share it with a friend",
	"more accessible video player",
	"^listen ·", "^print ·", "share this story", "收藏&分享", "点赞&分享",
	"點讚&分享", "按讚&分享", "转发本文", "轉發本文", "^转发：", "^轉發：",
	"=举报", "=舉報", "=收藏", "=关注", "=關注", "=举报 收藏",
	"=收藏 举报", "=舉報 收藏", "=打印", "=关闭窗口", "=關閉視窗",
	"=加入收藏", "=調整字級", "=调整字号", "=調整字體", "=调整字体",
	"=加入好友", "^posted by u/", "^опубликовано u/", "=присоединиться", "=字級", "=字级",
	"=打印 关闭窗口", "=點讚", "=点赞", "=举报/反馈", "=举报 / 反馈",
	"=舉報/反饋", "=【纠错】", "=【糾錯】", "=纠错", "=【打印】",
	"=【关闭】", "=【關閉】", "=[打印]", "=[关闭]", "=返回顶部",
	"=回到顶部", "=返回頂部",
	"=copy", "=mail", "teilen und weiterempfehlen",
	"^empfiehl dies", "^empfiehl diesen", "^recommend this to",
	"기사를 공유", "=hide caption", "=toggle caption", "=show caption",
	"=show/hide caption", "=hide/show caption", "=enlarge this image",
	"=social sharing", "zur merkliste", "auf die merkliste",
	" followers · ",
	"=сохранить в закладки", "ascolta l’articolo", "ascolta l'articolo",
	"=report an error", "=reportar un error", "=fehler melden",
	"=signaler une erreur", "=segnala un errore",
	/* a live blog's switch to refresh itself */
	"=actualisation automatique", "=auto-refresh", "=auto refresh",
	"=auto-update", "=auto-update on", "=auto update",
	"nouveaux messages", "new posts", "neue beiträge", "nuevas entradas",
	"=automatisch aktualisieren", "=actualización automática",
	"=aggiornamento automatico", "=atualização automática",
	"=自动刷新", "=自動更新",
	/* its order and its refresh button */
	"=newest first", "=oldest first", "=latest first", "=сначала новые",
	"=сначала старые", "=обновить трансляцию", "=neueste zuerst",
	"=älteste zuerst", "=más recientes primero", "=正序", "=倒序",
	"=刷新", "=最新から", "=최신순",
	/* buttons alone on a line: print, save, send, report a tip */
	"=drucken", "=lineで送る", "=imprimir", "=imprimer", "=печать",
	"=merken", "=인쇄",
	"=この記事をフォローする", "^번역 beta", "^курс цб:", "=북마크",
	"=스크랩", "=기사제보", "=телеграм", "^この記事の写真を見る",
	"枚目の画像を見る", "枚目の写真を見る",
	"【纠错】", "【打印】", "【关闭】", "【糾錯】", "【列印】", "【關閉】",
	"this is an archived post",
	/* an embedded player's or post's buttons, readers' reactions */
	"copy the code to embed", "=embed this audio", "=embed this video",
	"=transcript preview", "=inhalt anzeigen", "beitrag auf x ansehen",
	"post auf x ansehen", "=view on x", "view post on x", "link kopieren",
	" reposts · ", "훈훈해요", "슬퍼요", "화나요", "후속기사 원해요",
	/* the reader's verdict on the page */
	"was this helpful", "この記事は役に立ちましたか",
	"war dieser artikel hilfreich", "¿te ha resultado útil",
	"cet article vous a-t-il été utile", "이 기사가 도움이 되셨나요",
	"эта статья была полезной", "人が評価",
	/* a page's switch to a machine translation; a WeChat album's tag */
	"=번역", "=翻译", "=翻譯", "=翻訳", "=translate", "^收录于合集",
	"^收錄於合集",
	/* a reader's tools: listen, clip, copy the link */
	"=escuchar nota", "=escuchar noticia", "=écouter l'article",
	"=слушать", "=listen", "=escuchar", "=écouter", "=anhören",
	"аудио-версия", "аудиоверсия", "^enviar por ", "^compartir en ",
	"^partager sur ", "^teilen auf ",
	"=écouter cet article", "=ascolta", "=ouvir notícia", "=기사 스크랩",
	"=스크랩", "url복사", "url 복사", "=сообщить об ошибке",
	"=повідомити про помилку",
	/* a live blog's label on the post it keeps on top */
	"=pinned", "=pinned post", "=épinglé", "=angepinnt", "=fijado",
	"=закреплено", "=置顶", "=置頂", "=고정",
	"=story continues", "=report this article", "=본문 기타 기능",
	"=ir al contenido principal", "=ver todo mi perfil",
	"=view my complete profile", "=archivo del blog", "=blog archive",
	"楽天市場で見る", "amazonで見る", "=继续滑动看下一个", "篇原创内容",
	"=deine e-mail-adresse",
	/* a player's labels */
	"=die wiedergabe wurde unterbrochen",
	"=now playing", "=동영상 영역 시작", "=количество просмотров",
	NULL
};
/* An embed still loading when the page was saved: a slot in the story. */
static const char *lexicon_loading[] = {
	"=loading", "=加载中", "=載入中", "=読み込み中", "=로딩 중",
	"=광고 영역 로딩 중",
	"=video player is loading",
	"=загрузка", "=wird geladen", "=cargando contenido", "=广告加载中",
	"=广告位加载中",
	"=video wird geladen", "=inhalt wird geladen",
	"=загружаем похожие материалы",
	"=廣告載入中", "=로딩중", "=동영상 로딩중",
	"=player wird geladen", "=cargando", "=chargement",
	"=音频加载中", "=音頻載入中",
	"=관련 뉴스 불러오는 중",
	"=loading error loading",
	/* a Flash player's placeholder, in pages of 2008 to 2015 */
	"um dieses video zu sehen", "to view this video, please",
	"you need to have flash", "you need the latest flash",
	"requires adobe flash", "get adobe flash player",
	"=need flash player",
	NULL
};
static const char *lexicon_comment_form[] = {
	"leave a reply", "leave a comment", "post a comment", "post comment",
	"=参与互动", "=參與互動", "^参与互动(", "^參與互動(", "^我要评论",
	"=quote", "=multiquote", "=quote reply", "=zitieren", "=citer",
	"=citar", "=цитировать", "=引用", "=引用回复", "=引用回覆", "=인용",
	"^我要評論", "의견을 남길 수",
	/* a box of the best comments, and its link to all of them */
	"=热门跟贴", "=热门跟帖", "=熱門跟帖", "=热门评论", "=熱門評論",
	"=精彩评论", "=精彩評論", "=网友热评", "=網友熱評", "=top comments",
	"=reader responses", "=responses", "^responses (",
	"^查看全部跟贴", "^查看全部跟帖", "^查看全部评论", "^查看全部評論",
	"^view all comments", "^see all comments",
	/* a thread's comment header: "▲ name 6 hours ago | next [–]" */
	"| next [–]", "| parent | next", "| prev | next",
	"^automoderator ·",
	"save my name, email", "in diesem browser&speichern",
	"guardar mi nombre", "para comentar debes", "comentar debes",
	"what did you think of this", "qué te pareció este",
	"te pareció este artículo", "war dieser artikel", "이 기사에 대한",
	"의견을 남겨", "この記事はいかが", "你觉得这篇", "你覺得這篇",
	"add your comment", "add a comment",
	"your email address will not be published",
	/* a Drupal form's fine print and its sum for robots */
	"will not be shown publicly", "no se mostrará públicamente",
	"nicht öffentlich angezeigt", "ne sera pas affiché publiquement",
	"non sarà mostrato pubblicamente", "solve this simple math problem",
	"resuelva esta sencilla operación", "you are a human visitor",
	"aby dodać komentarz", "aby skomentować",
	"required fields are marked", "=reply", "^cancel reply",
	"notify me of new posts", "notify me of follow-up comments",
	"^para comentar debe", "^para comentar, tenés", "^para comentar tenés",
	"댓글을 불러오는 중", "loading comments", "コメントを読み込み中",
	"评论加载中", "評論載入中",
	"=sort by:", "=sort by", "=newest", "=oldest", "=up voted",
	"=down voted", "=most voted", "=start a conversation",
	"removed its comment section", "commenting is available to",
	"관리자에 의해 삭제될 수",
	"keep it civil", "will have their posts removed",
	"read our commenting policy", "trackback url", "trackback uri",
	"^diskutieren sie mit", "=forum", "comments are the opinions of",
	"conversations are opinions of our readers",
	"^trackback:", "^trackback：",
	"(trackback)", "wp-trackback.php",
	"发表评论", "發表評論", "=评论", "=評論", "网友评论", "網友評論",
	"=评论区", "=評論區", "=跟贴评论区", "=跟帖评论区", "=留言区", "=留言區",
	"=留言", "我要留言", "コメントを書く", "=コメントする", "=コメント",
	"댓글 쓰기", "댓글쓰기", "=댓글", "댓글 작성", "로그인 후 댓글",
	"оставить комментарий", "оставьте комментарий",
	"ваш адрес email не будет опубликован", "=комментарии",
	"=коментарі", "щоб залишити коментар", "чтобы оставить комментарий",
	"=komentarze", "=commenti", "=commentaires", "=comentários",
	"kommentar schreiben", "schreibe einen kommentar",
	"e-mail-adresse wird nicht veröffentlicht", "=kommentare",
	"^komentarze (",
	"=skomentuj", "^skomentuj (",
	"=diskuse", "=diskuse k článku", "^diskuse (", "diskutovat mohou",
	"=kommentera artikeln", "du måste vara inloggad", "=reacties",
	"opiniones vertidas en los comentarios",
	"=hozzászólások", "^hozzászólások (", "a hozzászólások a szerzők",
	"=komentarji so zaprti.", "komentarji so zaprti", "^válasz ·",
	"=σχόλια", "^σχόλια (", "γράψτε το σχόλιό σας",
	"το email σας δεν θα δημοσιευθεί", "kommentaarid on selle artikli",
	"=kommentit", "^kommentit (", "kirjaudu sisään kommentoidaksesi",
	"=komentāri", "^komentāri (", "lai komentētu", "komentiranje je moguće",
	"коментарите са мнения на читателите",
	" punten · ",
	"^reacties (", "lasă un comentariu", "adresa ta de email nu va fi",
	"=kommentarer", "=kommentit", "=hozzászólások", "=comentarii",
	"=ความคิดเห็น", "^ความคิดเห็น (", "=कमेंट", "^कमेंट (",
	"=टिप्पणियां", "^टिप्पणियां (", "=टिप्पणियाँ", "^टिप्पणियाँ (",
	"=التعليقات", "^التعليقات (", "=bình luận", "^bình luận (",
	"=komentar", "^komentar (",
	"deja un comentario", "deja una respuesta",
	"no será publicada", "=comentarios", "=comentar", "文明上网", "文明上網",
	"违者应自负法律责任", "違者應自負法律責任", "有权逕予删除", "有權逕予刪除",
	"=讨论区", "=討論區",
	"comments (", "comments are closed", "join the conversation",
	"comentarios cerrados", "los comentarios están cerrados",
	"kommentare sind geschlossen", "kommentarfunktion geschlossen",
	"les commentaires sont fermés", "commenti chiusi",
	"комментарии закрыты", "评论已关闭", "評論已關閉",
	/* a thread's controls, as a scraper saves them */
	"new comments cannot be posted", "votes cannot be cast",
	"^sort by:", "continue this thread", "=level 1", "=level 2",
	"=level 3", "=level 4", "=level 5", "^level 1 ·", "^level 2 ·",
	"^level 3 ·", "^level 4 ·", "^level 5 ·",
	"log in to comment", "sign in to comment", "create an account to comment",
	"subject to our community guidelines",
	"=yorumlar", "yorumlar (", "yorum yazmak için",
	"comments are moderated and", "=what are your thoughts?", "感想をお寄せ", "ご意見・ご感想", "ご意見をお寄せ", "=ご意見", "どう思う？",
	"どう思いますか？", "みんなの意見",
	"kommentare (", "комментарии (",
	"理性发言", "理性發言", "人参与", "人參與", "ログインしてください",
	"ログインしてコメント", "ログインして投稿", "^ログインして",
	"コメントを投稿", "違反するコメント", "コメントは削除", "件のコメント",
	"コメント（", "コメント(", "правила комментирования",
	"thoughts on “", "thoughts on \"", "responses to “", "replies to “",
	"все комментарии", "댓글을 작성", "댓글 0", "comment policy",
	"comentarios son moderados",
	"comentarios están moderados", "sachliche diskussion", "netiquette",
	"правила модерации", "评论须知", "評論須知", "コメントのルール", "어떻게 생각하시나요",
	"参与讨论", "參與討論", "请先登录", "請先登入",
	"комментировать могут",
	"在下方留言", "to join the discussion", "pour réagir à cet article",
	"=join the discussion", "comments below have not been moderated",
	"コメントの投稿には", "нажимая кнопку «отправить»",
	"sie möchten mitdiskutieren", "beteiligen sie sich an der debatte",
	"os comentários não representam", "comentários estão reservados",
	"违规内容将被删除", "違規內容將被刪除", "请勿发布虚假信息",
	"keep comments respectful", "keep your comments respectful",
	"komentarze są dostępne", "yorum yapabilmek için", "dodaj komentarz", "avoid obscene, vulgar",
	"turn off your caps lock", "threats of harming another person",
	"don't knowingly lie", "don’t knowingly lie",
	"degrading to another person", "link on each comment",
	"eyewitness accounts, the history", "spamming robots",
	"real humans should leave it blank",
	NULL
};
static const char *lexicon_copyright[] = {
	"nicht verantwortlich für die inhalte externer",
	"page is best viewed", "site is best viewed",
	"информация, размещенная на данном веб-сайте",
	"информация, размещенная на данном сайте",
	"©", "ⓒ", "^copyright", "all rights reserved", "版權所有", "版权所有",
	"=licensing & reprints",
	"is an independent global news organization",
	"die rechte an diesem artikel erwerben",
	"授權刊載】", "授权刊载】", "=corrections and clarifications",
	"if you see an error or would like to make a correction",
	"this is ai generated summarization",
	"is copyright and cannot be reproduced", "republish our articles",
	"republish our stories for free", "=republish this article",
	"as a member of the conversation", "opinions expressed by&are their own",
	/* a story's law says "未经授权不得上传" too: the notice names
	 * the site or what it forbids */
	"未经授权&转载", "未經授權&轉載", "未经许可&转载", "未經許可&轉載",
	"未经授权&复制", "未經授權&複製", "未經授權&重製", "未经授权&本网",
	"未經授權&本網", "未经授权&本站", "未經授權&本站", "未经许可&本网",
	"未經許可&本網", "不得转载", "不得轉載",
	"转载请注明", "轉載請註明", "如需转载", "如需轉載", "禁止转载", "禁止轉載", "^本文转载自",
	"转载请私信", "轉載請私信", "转载请联系", "轉載請聯繫", "轉載請聯絡",
	"^本文轉載自", "^本文来源", "^本文來源", "무단전재", "무단 전재",
	"転載・複製", "権利&に帰属します",
	"재배포 금지", "재배포금지", "섹션으로 분류했습니다",
	"все права защищены",
	"перепечатка", "alle rechte vorbehalten", "todos los derechos",
	"queda prohibida la reproducción", "prohibida su reproducción",
	"prohibida la reproducción total",
	"reproduction prohibited", "reproduction interdite",
	"著作権", "無断転載", "無斷轉載", "無断複製", "無断複写",
	"зарегистрировано в федеральной службе", "=thomson reuters",
	"the news and media division of thomson reuters",
	"=18+", "=16+", "=12+",	/* a Russian site's age mark */
	"licenciar este contenido", "license this content",
	"仅供参考，不构成", "僅供參考，不構成",
	/* legal notices, data credits, reprints */
	"disclaimer", "免責聲明", "免责声明", "haftungsausschluss",
	"the trust project", "adapted for digital from",
	"produced with support from the", "produced in partnership with the",
	"^this article was produced by", "^this story was produced by",
	"^this report was produced by", "^read more about our work",
	"interest in republishing this", "you have to credit us",
	"you can't edit our material", "you can’t edit our material",
	"^creative commons license (cc", "=republish this story",
	/* a science site's editors' note, its points and its citation */
	"checked against our editorial standards", "editors flagged these",
	"=fact-checked", "=peer-reviewed publication", "=trusted source",
	"=proofread", "=reputable news agency", "=preprint",
	"this document is subject to copyright", "^citation:",
	"即将离开", "即將離開", "использование материалов",
	"використання матеріалів",
	"kõik õigused kaitstud", "aizliegts pārpublicēt",
	"використання матеріалів дозволяється",
	"über dieses thema berichtet",
	"^المصدر :", "^المصدر:",
	"版权归", "版權歸", "版权均属", "版權均屬", "本网站所有内容", "本網站所有內容",
	"저작자표시", "索取稿酬", "请作者与本站联系", "請作者與本站聯繫",
	"本文来自微信公众号", "本文來自微信公眾號", "题图来自", "題圖來自",
	"头图来自", "頭圖來自", "如有侵权", "如有侵權", "^特别声明", "^特別聲明",
	"^郑重声明", "^鄭重聲明", "^免责声明", "^免責聲明", "文章来源：",
	"文章來源：", "^本文最初发表于", "^本文最初發表於",
	"투자 판단의 책임", "投资有风险", "投資有風險", "投资需谨慎",
	"投資需謹慎", "不构成投资建议", "不構成投資建議", "投資判断",
	"not investment advice", "keine anlageberatung", "^风险提示", "^【风险提示",
	"не является индивидуальной инвестиционной",
	/* a health site's notice */
	"не является медицинской рекомендацией",
	"not a substitute for professional medical",
	"used as a substitute for direct medical advice",
	"not intended to replace the advice of a qualified",
	"does not constitute medical advice", "not intended as medical advice",
	"不构成医疗建议", "不構成醫療建議",
	"opiniones expresadas", "responsabilidad exclusiva de",
	"the views expressed", "opinions expressed in this",
	"does not necessarily reflect the opinion",
	"^read more at the ", "we answer only to our readers",
	"meinung des autors", "мнение автора может не совпадать",
	"мнение редакции может не совпадать", "думка редакції може не",
	"反映作者意見", "反映作者意见", "原创出品，作者", "原創出品，作者",
	"not responsible for the content of external", "对外部网站内容不负责任",
	"對外部網站內容不負責任",
	"über dieses thema berichtete", "dieses thema im programm",
	"звучало в выпуске", "звучало в эфире", "this story aired",
	"배포한 보도자료", "보도자료입니다", "^※ 發信站", "^※ 文章網址",
	"^※ 编辑", "^※ 編輯", "媒體來源:", "記者署名:", "完整新聞標題:",
	"完整新聞內文:", "完整新聞連結", "媒体来源:", "6.備註",
	"^風險提示", "^【風險提示", "风险自负", "風險自負", "仅代表个人", "僅代表個人",
	"力求信息真实", "力求資訊真實", "不构成实质性投资建议",
	"受到著作权法保护", "受到著作權法保護",
	"不構成實質性投資建議", "^读者热线", "^讀者熱線", "^新闻热线",
	"^新聞熱線", "^报料热线", "^報料熱線",
	"不代表&观点", "不代表&觀點", "所刊载信息", "所刊載信息",
	"^notice: the content above", "仅提供信息存储", "僅提供資訊儲存",
	"only provides information storage",
	"未经书面授权", "未經書面授權", "未经&书面授权", "未經&書面授權",
	"著作权归", "著作權歸", "严禁转载", "行情数据来源", "行情數據來源",
	"nie są tekstami redakcyjnymi", "실시간 시세는 증권사", "지연 제공됩니다",
	"嚴禁轉載", "仅代表该作者", "僅代表該作者",
	/* a portal's notice: "凡本网注明…", "…本网将追究…" */
	"凡本网注明", "凡本網註明", "经本网授权", "經本網授權",
	"本网将追究", "本網將追究",
	/* a reprint's note of the title it had: "（原标题：…）" */
	"^（原标题", "^（原標題", "^(原标题", "^(原標題", "^原标题：",
	"^原標題：", "授權轉載，原文標題", "授权转载，原文标题",
	"，原标题：", "，原標題：", "^本文来自“", "^本文來自「", "^本文來自“",
	"^本文来源：", "^本文來源：",
	"信息发布平台", "資訊發布平台",
	"data delayed", "quotes by", "data provided by", "first appeared",
	"данные с задержкой", "datos con retraso", "kurse verzögert",
	"저작권은", "언론사의 분류", "섹션 정보는",
	"originally appeared", "erschien zuerst", "首发于", "首發於",
	"при цитуванні", "при цитировании",
	"originally featured on", "published from a syndicated feed",
	"^read the original article", "^read the original story",
	"has not been edited by&staff",
	/* photo credits, alone or closing a caption */
	"(사진=", "(사진 =", ". 사진=", ". 사진 =", "(写真=", "（写真＝", ". фото автора", "(archivbild)",
	"(symbolbild)", "(archivfoto)", "(symbolfoto)",
	"^pictured", "^photo:", "^photo by", "^photo editing by", "^photos:", "^image:", "^credit:", "^фото:",
	"^photograph:", "^photo courtesy", "^photo credit", "^фотография:",
	"^foto de ", "^bildquelle", "использовании материалов",
	"^titelbild:", "^titelfoto:", "^aufmacherbild:", "^teaserbild:",
	"^header image:", "^featured image:", "^top image:", "^lead image:",
	"^cover photo:", "^cover image:", "^hero image:", "^photo de une :",
	"^все фото", "^all photos by", "^all photos courtesy",
	"仅代表作者", "僅代表作者", "不代表本站", "不代表本網", "不代表本网",
	"^foto:", "^fotos:", "^bild:", "^imagen:", "^图片来源", "^圖片來源",
	"^封面图片来源", "^封面圖片來源", "^题图来源", "^題圖來源",
	"^图片：", "^圖片：", "^写真：", "^写真=", "^사진=", "^사진 =",
	"^图像加注文字", "^圖像加註文字", "^视频加注文字", "^視頻加註文字",
	". photo: ", ". foto: ", ". фото: ", ". bild: ", "getty images",
	"(photo:", "系转载", "系轉載", "出于传递更多信息", "出於傳遞更多信息",
	"섹션 분류 안내", "언론사에서 선정", "아웃링크",
	"승인 없이", "전재, 재배포",
	NULL
};
static const char *lexicon_promo[] = {
	"^never miss a story", "^never miss another",
	"^kostenlos per e-mail", ". kostenlos per e-mail",
	"chat with us in facebook messenger", "^sign up here",
	"get updates from this writer", "already have an account?",
	"长按识别二维码", "長按識別二維碼", "扫码关注", "商务合作请",
	"商务合作：",
	"^sign in to view more", "create your free account",
	"! no thanks.", "! no, thanks.", "바로가기]",
	"^get news that’s free", "^get news that's free",
	"newsletters may contain", "newsletter", "subscribe now",
	"already contributed?",
	"kostenlosen artikeln in diesem monat",
	"von unserer redaktion mit unterstützung",
	"=did you make this recipe?", "on instagram so i can see",
	"¿tienes una suscripción de empresa",
	"esta funcionalidad es sólo para registrados",
	"google news üzerinden", "als abonnentin oder abonnent können sie",
	"הצטרפו לערוץ הטלגרם", "اشترك في النشرة البريدية",
	"訂閱《&》數位版", "订阅《&》数字版", "訂閱電子報", "订阅电子报",
	"^訂閱&電子報", "^订阅&电子报", "提醒您：小心詐騙",
	"新聞網提醒您", "新聞網關心您",
	"二维码关注", "二維碼關注",
	"subscribe to", "sign up for",
	"download our app", "download the app", "get the app",
	"in your inbox", "follow us on", "^follow me on", "^find me on",
	"send your story ideas to",
	"хотите получать уведомления", "хочете отримувати сповіщення",
	"=réutiliser ce contenu", "^sie lesen diesen artikel mit ihrem",
	"^sie lesen einen kostenlosen artikel", "mit einem abo haben sie",
	"=quiero recibirlo", "don't miss &newsletter",
	"don’t miss &newsletter", "essential guide to power and politics",
	"you may occasionally receive promotional content", "독자의 후원",
	"新聞關心您", "新闻关心您", "tvbs關心您", "新着記事をお知らせします",
	"top headlines are here", "check out what's clicking",
	"登録して続きを読む", "=この記事の本文は以上です",
	"«медуза» — это вы", "помогите нам прожить", "开户送福利",
	"畅读全部", "暢讀全部",
	"^verschenken sie spiegel",
	"좋아요를 눌러주세요", "^diese audioversion wurde",
	"it's on the bloomberg terminal", "it’s on the bloomberg terminal",
	"^veja mais notícias", "^confira mais notícias", "^leia mais notícias",
	"^紙面をご覧になるには", "紙面ビューアー", "기사가 마음에 드셨다면",
	"^connect with me on", "下载app", "下載app", "下载客户端",
	"金麒麟分析师", "海量资讯、精准解读",
	"log in or sign up", "sign up in seconds", "become a redditor",
	"=sign up", "=sign me up", "by signing up you agree",
	"by signing up, you agree", "by subscribing, you agree",
	"by subscribing you agree", "your information is being handled",
	"=sign up here", "purchase licensing rights", "^ご登録から",
	"=читать в приложении", "^recibe el boletín", "=apúntate aquí",
	"^apúntate a la newsletter", "^apúntate a nuestra newsletter",
	"subscribe for full access", "subscribe for unlimited access",
	"? get in touch", "^a message from the ", "join our community",
	"sign up to receive our", "解鎖全文", "解锁全文",
	"delivered every weekday", "by submitting your email",
	"by entering your email", "email (required)", "粉絲團", "粉丝团",
	"抢先看", "搶先看",
	"公式アプリ", "정리해 드립니다", "^why you can trust ",
	"follow&whatsapp",
	"keep up with all the latest news",
	"you’re a dedicated reader", "you're a dedicated reader",
	"支持獨立媒體", "支持独立媒体", "支持獨立新聞", "支持独立新闻",
	"成為會員", "成为会员",
	"a one stop destination for", "get current updates on",
	"get latest updates on",
	"=apúntate",
	"=subscribe", "=подписаться", "=abonnieren", "=suscribirse",
	"=s'abonner", "=購読する",
	"you can unsubscribe at any time", "設為星標", "设为星标", "line官方帳號", "line好友",
	"line 好友", "この記事の写真をみる",
	"を読もう！", "^подписывайтесь на", "читайте&в telegram",
	"whatsapp頻道", "whatsapp频道", "毎朝お届け", "登録は無料",
	"your sign-up to provide", "查看更多高清图片", "看活動辦法",
	"gratis testen",
	"nhkプラス", "見逃し配信", "最新の情報はこちら",
	"기사를 추천해", "구독은 무료", "이메일로 보내드립니다", "点击领取",
	"點擊領取",
	"the front page of the internet",
	"下載客戶端", "扫码下载", "掃碼下載", "关注我们", "關注我們",
	"緊貼最新突發", "紧贴最新突发",
	"扫描二维码", "掃描二維碼", "=订阅", "=訂閱", "点击订阅", "點擊訂閱",
	"欢迎订阅", "歡迎訂閱", "立即订阅", "立即訂閱", "免费订阅", "免費訂閱",
	"订阅号", "訂閱號", "订阅&公众号", "訂閱&頻道", "获取更多rss", "更多rss",
	"=구독", "^구독하", "^구독 신청", "^구독신청", "구독하기", "앱 다운로드", "뉴스레터", "подпишитесь",
	"réservé à nos abonnés", "réservé aux abonnés", "^abonnez-vous",
	"riservato agli abbonati", "exclusivo para suscriptores",
	"exclusivo para assinantes", "exclusivo para subscritores",
	"sur un seul appareil à la fois", "iscriviti alla newsletter",
	"baixe o app", "clique aqui para seguir",
	"recibir notificaciones en nuestra app", "haz clic aquí para leer más",
	"suscribite", "accedé ilimitado", "telegram channel",
	"kanal telegram", "kanal whatsapp", "saluran whatsapp",
	"whatsapp channel", "editors send out",
	"подписывайтесь", "рассылк", "abonnieren", "jetzt abonnieren",
	"підписуйтеся", "підписуйтесь", "незалежне медіа",
	"suscríbete", "suscribirse", "=boletín", "^boletín", "boletín&suscr",
	"=アプリ", "アプリ&ダウンロード",
	"アプリ&インストール", "アプリで読む", "アプリ版", "アプリなら",
	"最新情報はアプリで", "アプリの通知をオンに", "=点击展开全文", "メルマガ",
	"メールマガジン", "=ダウンロード", "^ダウンロード", "ダウンロードはこちら",
	"無料ダウンロード", "appeared first on",
	"continue reading", "^originally published", "originally published on",
	"originally published at", "originally published by", "click here",
	"^keep reading for", "^keep reading with", "complete digital access",
	"unlimited digital access", "pay a year upfront",
	"weeks, then $&per month", "weeks, then £&per month",
	"weeks, then €&per month", "? subscribe for",
	"see subscription options", "we verify access",
	"verifying access", "verifying your access",
	"=read more", "=more", "=rss", "rss feed", "rss-feed", "rss 2.0",
	"hier klicken", "klicken sie",
	"haga clic", "нажмите", "点击查看", "点击进入", "点击阅读", "点击关注",
	"点击下载", "点击这里", "请点击", "點擊查看", "點擊進入", "點擊閱讀",
	"點擊下載", "請點擊", "=点击", "=點擊", "클릭하세요", "클릭해", "=클릭",
	/* a button's words, not "records show more than half" */
	"=load more", "^load more ", "=show more", "^show more ", "もっと見る",
	"더보기", "показать ещё", "=ver más", "^ver más ",
	"get our app", "get the free app", "download&app", "下載&app",
	"下载&app", "app&ios",
	"下载&客户端", "下載&客戶端", "by downloading the", "catch all the",
	"お届けしています", "をお届けします", "してお届けします",
	"报料有奖", "報料有獎", "line 官方帳號", "line 官方账号",
	"en nuestros boletines", "버튼을 눌러 보세요", "이메일로 보내드립니다",
	"するならこちら", "=詳しくはこちら", "=did we miss something?",
	"홈페이지 바로가기", "이벤트 바로가기", "혜택 바로가기",
	"to contact the editors responsible", "to contact the reporter on this",
	"reply to this email or", "reach me on signal", "^got a tip", "구독하고 알림", "알림 설정하시면", "註冊成為", "注册成为",
	"=登入／註冊", "=登录／注册", "=登入/註冊", "=登录/注册", "=收藏文章",
	"更多精彩内容", "更多精彩內容",
	"=点击加载更多", "=點擊載入更多", "=加载更多", "=載入更多",
	"=동영상 고정 취소", "기사 원문보기", "구독해주세요",
	"헤드라인] ",
	"続きを読むには", "続きをお読みいただけ", "この下をスクロール",
	"네이버 메인에서", "jetzt einen monat",
	"einen monat für", "für 0,99 €", "für nur 0,99", "€ im ersten monat",
	"pierwszy miesiąc za", "miesiąc za 1 zł",
	"zugang zu allen artikeln", "^jetzt weiterlesen", ". sign up now",
	"become a paid member", "^become a member", "^paid members:",
	"=we're hiring", "=we’re hiring", "see open roles",
	"google新聞頻道", "google新闻频道", "если вы стали свидетелем",
	"got a confidential tip", "terminal subscribers can",
	"nasz artykuł do końca", "czytaj bez reklam", "^get unlimited access",
	"получите акции в подарок", "откройте брокерский сч",
	"оставьте свой e-mail", "点击下方卡片，关注", "點擊下方卡片，關注",
	"^editors' notes:", "^editors’ notes:", "good journalism costs",
	"continued free access to the best", "bookmark this article",
	"committed to challenging conventional wisdom", "we pay for your stories",
	"wir benötigen ihre zustimmung", "zustimmung erforderlich",
	"=view open roles",
	"online guest book", "^guest book entries", "guest book powered by",
	"candle for the family at", "=sign the guest book",
	"=send flowers", "receba as notícias", "^assine o ", "^assine a ",
	"=подписаться", "=подписаться →", "нажимая «подписаться»",
	"plans start at $", "want your company's news featured",
	"newsrooms and influencers",
	"app&android", "ios&android", "скачайте&приложени",
	"установите&приложени", "앱&설치", "apple&google play",
	"ihr postfach", "ins postfach", "morgen kostenlos", "每日推送",
	"邮件订阅", "郵件訂閱", "会員限定", "有料会員", "無料会員",
	"読み放題", "初月無料", "会員登録", "会員になる", "ログインしてください",
	"^ログインして", "ログインして続き", "ログインしてお読み",
	"有料記事", "残り&文字", "お試し購読", "購読受付", "подписаться на",
	"公式アカウント", "news provided by", "your gift to",
	"share your pictures", "send us your", "情報・映像を募集", "情報を募集",
	"пишите нам", "schicken sie uns", "envíanos", "доступно по подписке",
	"оформите подписку", "₽ в месяц", "пожертвования читателей",
	"donate now", "jetzt spenden", "criterios de transparencia",
	"a weekly look at",
	"keep stories like this", "無限閱讀", "无限阅读",
	"exclusiva para registrados", "solo para suscriptores",
	"nur für abonnenten", "только для подписчиков", "min read",
	"분 읽기", "время чтения", "время на прочтение",
	"минуты на чтение", "минут на чтение", "мин на чтение",
	"хвилини на читання", "хвилин на читання", "min de lecture",
	"lesezeit", "tiempo de lectura", "tempo di lettura", "tempo de leitura",
	"阅读时长", "閱讀時間", "temps de lecture", "reading time", "読了時間",
	"recibe cada", "recibe las noticias", "支持我们", "支持我們",
	"support our journalism", "unterstützen sie uns", "apóyanos",
	"afford to pay&journalism", "keep our journalism free",
	"首月仅需", "首月僅需", "解锁更多深度", "help our reporting",
	"jederzeit kündbar", "funded by readers", "consider becoming a member",
	"subscribe for free", "구독하면", "get browser notifications",
	"create your free profile", "help improve our site",
	"付费墙", "付費牆", "enable javascript", "turn on javascript",
	"javascript is disabled", "javascriptを有効",
	"javascript aktivieren", "aktivieren sie javascript",
	"включите javascript", "activa javascript",
	"启用javascript", "啟用javascript", "javascript를 활성화",
	"登録すると", "회원가입", "로그인 후", "subscribe to continue", "subscribers only",
	"for subscribers", "付费会员", "付費會員", "会员专享", "會員專享",
	"유료 회원", "для подписчиков", "für abonnenten", "para suscriptores",
	"podcast", "^subscribe ", "^subscribe:", "^subscribe!", "^listen:",
	"vorlesen", "listen to this",
	"音声で聞く", "기사 듣기", "이 기사를 더 쉽게", "聆听", "聆聽", "由ai朗读", "由ai朗讀", "ai narration",
	"^听新闻", "^聽新聞", "打开app", "打開app",
	"阅读全文", "閱讀全文", "全文を読む", "扫码关注", "掃碼關注",
	"=展开全文", "=展開全文", "^ライブ配信中", "=字体大小", "=字體大小",
	"=記事を印刷する", "订阅&新闻简报", "訂閱&新聞簡報", "구독하시면",
	"情報提供はこちら", "加入粉絲團", "加入粉丝团", "구독 이벤트",
	"媒體需要你的支持", "媒体需要你的支持", "媒體需要您的支持",
	"媒体需要您的支持", "^用行動支持", "^用行动支持",
	"數位訂閱、了解", "會員免費線上閱讀", "google news 追蹤",
	"google news 追踪", "encontrou algum erro", "suporte ao internet explorer",
	"关注&公众号", "關注&公眾號", "阅读体验&app", "閱讀體驗&app",
	"尽在&app", "盡在&app", "看更多独家",
	"看更多獨家", "^扫一扫", "^掃一掃", "报料：", "報料：",
	"欢迎向我们报料", "歡迎向我們報料", "欢迎投稿", "歡迎投稿",
	"敬请订阅", "敬請訂閱", "获取每日要闻推送", "欢迎搜索", "歡迎搜尋",
	"^artikel anhören",
	"^artikel hören", "^escuchar la noticia", "^прослушать",
	"пожертвован", "후원하기", "e-paper", "plus-artikel", "vorteilswelt",
	"encontró un error", "found an error", "report an error",
	"spotted an error", "fehler gefunden",
	"kostenlos testen", "free trial", "prueba gratis", "免费试用", "免費試用",
	"立即试用", "立即試用", "無料体験", "無料お試し",
	"als pdf herunterladen", "bloggern gefällt das", "besucher online",
	"enter your email", "введите e-mail", "введите email",
	"введите адрес", "=ваш e-mail", "=ваш email",
	/* a sign-up's consent: "Нажимая кнопку, вы соглашаетесь…" */
	"нажимая кнопку", "нажимая на кнопку", "by clicking subscribe",
	"by clicking sign up", "en cliquant sur « s",
	"zum hören", "zum anhören",
	"kostenlos anmelden", "ニュースレター", "이메일 주소를 입력", "분 분량",
	"(pdf,", "^download:", "^herunterladen:",
	"^просмотров", "^瀏覽次數", "^浏览次数", "^阅读量", "^閱讀數", "^views:",
	"^點閱次數", "^点阅次数",
	"人赞同了该文章", "人赞同了该回答", "人贊同了該文章", "人贊同了該回答",
	"^조회수", "^aufrufe:", "^encuesta:", "^опрос:", "^投票：", "^アンケート：",
	"^설문:", "^umfrage:", "^poll:", "in ihrem postfach", "condolencias",
	"kondolenzbuch", "추모 글", "libro de firmas", "guestbook",
	"в нашем канале", "в нашем telegram", "в нашем телеграм",
	"recibí en tu email", "reciba en su correo", "recibe en tu correo",
	"chaque matin dans votre boîte", "chaque semaine dans votre boîte",
	"^erhalten sie kostenlos", "广告位招商", "廣告位招商",
	"点个“在看”", "点个在看", "點個“在看”", "点亮“在看”", "=구독신청",
	"=유료 구독신청", "구독신청하기", "구독 신청하기",
	"^thank you for signing up", "^thanks for signing up",
	"^thank you for subscribing",
	"chaque jour dans votre boîte", "^receba semanalmente",
	"^receba diariamente", "^receba as principais",
	"receba na sua caixa de correio",
	"=member-only story", "查看更多高清视频", "查看更多高清視頻",
	"=立即打开", "=立即打開", "подписной индекс",
	"è anche su whatsapp", "cliccare qui per iscriversi", "^abbonati a ",
	"accede a todo el contenido", "en cours sur un autre appareil",
	"chaque semaine, nos meilleurs", "ランキングに参加", "クリックで応援",
	"ご購読中の方", "メールでお届けします", "最新ニュースをすぐにチェック",
	"이 기사 어떠셨나요", "=후속기사 원해요", "무제한으로 즐기세요",
	"구독하고 받아보세요", "구독하고 메인에서", "이 기사를 추천합니다",
	"работает благодаря читателям", "что думаешь? оцени",
	"оценили&читател", "=ваша реакция", "=want to write?",
	"write an article and join", "we acknowledge aboriginal",
	"traditional custodians of the land", "^catch all the latest",
	"情報をお寄せください", "情報提供をお待ちしています",
	"チャンネル登録よろしく", "チャンネル登録をお願い", "広告非表示",
	"여러분의 제보로", "후원회원이 되", "실제 방송 내용과 차이",
	"続きは次のページ", "をフォローしよう",
	"journalism is free for everyone",
	/* a paper's call for its readers' money */
	"просимо про підтримку", "просим о поддержке",
	"funded by&paying members", "story is free for everyone",
	"^get the latest ",
	"free to read and always will be", "=thank you for your support",
	"^you've read ", "^you’ve read ", "we believe in helping everyone",
	"want to share your opinion", "write a letter to the editor",
	"^do you have a tip", "^help us report on", "^got a tip?",
	"=submit here", "=submit here.",
	"print edition as",
	"ai 기술로 요약", "ai가 요약한", "^専門・関心分野",
	"article is free for everyone", "join them for $",
	"^ми – незалежне видання", "^мы – независимое издание",
	"^ми — незалежне видання", "^мы — независимое издание",
	NULL
};
static const char *lexicon_cookie[] = {
	"cookie", "クッキー", "쿠키", "куки", "隐私政策", "隱私政策",
	"galetes",
	"slapuk", "súbory cookie",
	"sīkdatnes",
	"คุกกี้",
	"privacy policy", "datenschutz", "política de privacidad",
	"политикой конфиденциальности", "политику конфиденциальности",
	"politique de confidentialité", "プライバシーポリシー",
	"개인정보처리방침", "개인정보 처리방침",
	"privatsphäre", "partner speichern", "informationen auf ihrem gerät",
	"verwerken persoonsgegevens", "wyrażam zgodę na przetwarzanie",
	"przetwarzanie danych osobowych", "y sus socios tratamos datos",
	"=aceptar y continuar", "gestionar sus preferencias",
	"our partners&", "unsere partner&", "nuestros socios",
	"store and/or access", "consent&partners", "consent&your device",
	"consent&personal data", "consent&privacy", "einwilligung&daten",
	"einwilligung&partner", "externer inhalt", "externe inhalte", "contenido externo",
	"contenu externe", "contenuto esterno", "externen inhalt",
	"der den artikel ergänzt", "mit einem klick anzeigen", NULL
};
static const char *lexicon_bot[] = {
	"i'm a bot", "i am a bot", "performed automatically",
	"ik ben een bot", "dit is de beste tl;dr",
	"contact the moderators", "summary contains", "^this bot",
	"beep boop", "soy un bot", "я бот", "this is an auto-generated",
	"auto-generated summary", "auto-generated digest",
	"summary was automatically generated", "自动抓取", "自動抓取",
	"version réduite de l'article", "je suis un bot", "full text of the linked article", NULL
};
static const char *lexicon_related[] = {
	"=関連コンテンツ", "=関連キーワード", "=关键词", "=關鍵詞", "=관련 키워드",
	"=ピックアップ", "^главное за день:", "^xem thêm:", "=read next",
	"^이런 기사도 있어요", "=作者最新文章", "=作者其他文章",
	"=ข่าวแนะนำ", "^แท็กที่เกี่ยวข้อง",
	"=看更多", "のニュース一覧", "^go deeper:", "^함께 읽을 기사",
	"=themen zu diesem artikel", "=лучшие материалы недели",
	"=기사 목록",
	"^bildergalerie:", "^fotogalerie:", "^galería de fotos:", "^photo gallery:",
	"^сюжет:", "^속보]", "^단독]", "^курсы валют:",
	"^more must-read", "=must-reads", "=must reads", "^read next:",
	"^lies auch:", "视频号｜", "视频号|",
	"^related", "you may also like", "you might also like", "more from",
	"=read more", "^read also", "^also read", "^see also", "recommended",
	"^baca juga", "^lihat juga", "=berita terkait", "=berita lainnya",
	"=xem thêm", "=tin liên quan", "=đọc thêm", "=tin cùng chuyên mục",
	"=đọc nhiều nhất", "=tin mới nhất", "=bài liên quan",
	"뉴스 전체보기",
	"^haberle ilgili daha fazlası", "^potrebbe interessarti",
	"=ilgili haberler", "=ข่าวที่เกี่ยวข้อง",
	"^อ่านข่าวที่เกี่ยวข้อง", "=ข่าวยอดนิยม", "=ข่าวล่าสุด",
	"^اقرأ أيضا", "^اقرأ أيضاً", "=أخبار ذات صلة",
	"=الأكثر قراءة",
	"=terpopuler", "^simak video",
	"most read&", "most popular", "^trending", "=more stories",
	"^fotostrecke:", "=galería de fotos", "^ver galería completa",
	"^次ページ",
	"=explore more on these topics", "=más información",
	"^相关链接", "^相關連結", "^大家都在看", "=mehr aus der region",
	"=schlagzeilen", "=weitere schlagzeilen", "=à lire également",
	"^à lire également :", "^यह भी पढ़ें", "^ये भी पढ़ें",
	"=更多回答", "=相关问题", "=相關問題", "=其他回答",
	"=lees ook", "^lees ook:", "=meest gelezen", "^läs också", "=mest läst",
	"=mest läst just nu", "=mest lest", "=mest læste", "^les også",
	"^læs også", "^lue myös", "=luetuimmat", "=nejčtenější", "^čtěte také",
	"=také poderá gostar", "=também poderá gostar",
	"=também pode gostar", "=mais lidas", "^citește și", "=cele mai citite",
	"=kapcsolódó", "=legolvasottabb", "^ämnen i artikeln",
	"=δημοφιλή", "^διαβάστε επίσης", "^διαβάστε ακόμα", "=ροή ειδήσεων",
	"=pour aller plus loin", "=argomenti",
	"^ранее мы писали", "=el més llegit",
	"^mehr aus ", "=ezt is ajánljuk", "=najbolj brano", "^preberite tudi",
	"^loe ka", "^lue lisää", "^se også", "=populārākie", "=relatert",
	"=populaire berichten", "^przeczytaj także", "^zobacz też",
	"^skaitykite daugiau", "=skaitomiausi", "=najčítanejšie",
	"=net binnen", "=najnovije vijesti", "^pročitajte još", "^pročitajte i",
	"^【速報】", "^［速報］", "^この記事をまとめて読む", "=まとめて読む",
	"=материалы партнеров", "=материалы партнёров", "=новости партнеров",
	"=новости партнёров", "=новини партнерів", "=все новости",
	"=ещё новости", "=еще новости", "=смотреть все видео",
	"=mehr videos", "点击图片进入下一页",
	"=все видео", "=больше новостей", "=більше новин",
	"=усі новини", "=все материалы автора", "=усі матеріали автора",
	"=more from this author", "=all stories by this author", "^more by ",
	"^vi\xcc\x87" "deo |", "^vi\xcc\x87" "deo:",	/* Turkish VİDEO */
	"^更多中央社報導", "更多&報導：", "更多&报道：", "^阅读更多",
	"^zobacz także", "^leggi anche",
	"^閱讀更多", "^читайте також", "^关键字", "^關鍵字", "^关键词：",
	"=外部サイト", "をもっと詳しく", "エキスパートの補足", "^往期回顾",
	"^往期推荐", "=在這篇文章中", "=在这篇文章中", "함께 보면 좋은",
	"=última hora", "^en directo:", "^última hora", "^breaking news:",
	"^breaking:", "^live updates:", "^eilmeldung:", "^срочно:",
	"=set edition preference", "=前のページ", "=次のページ",
	"=top stories", "^tags:", "^tags :", "^mots-clés :", "^mots-clés:",
	"^up next: ", "^read next: ", "^watch next: ", "^lo último: ",
	"^also read: ", "^read also: ",
	"^mots clés :", "^tópicos:", "^temas:", "^schlagwörter:",
	"^新闻标签", "^新聞標籤", "^find this article at", "^themen: ",
	"alle folgen lesen",
	"=sur le même sujet", "=sur le même thème", "=sobre o mesmo tema",
	"^etiquetas:", "^schlagworte:", "^kategorien:", "^categorías:",
	"^categories:", "^next post:", "^previous post:",
	"^entrada anterior", "^entrada siguiente", "^vorheriger beitrag",
	"^nächster beitrag", "^consulte también", "^関連リンク",
	"^관련 보고서",
	"相關影片", "相关视频", "相關閱讀", "相关阅读", "延伸閱讀", "延伸阅读",
	"相关推荐：", "相關推薦：", "推荐阅读", "推薦閱讀", "^往期",
	"=相关链接", "=相關連結", "=相關鏈接", "=関連リンク", "=관련 링크",
	"=관련링크", "=相关专题", "=相關專題", "^also on this blog:",
	"=últimas noticias", "=archivado en",
	"^also on this site:",
	"推薦", "推荐", "熱門", "热门", "上一篇", "下一篇", "猜你喜欢",
	"猜你喜歡", "猜你想看", "看了這則新聞的人", "看了这则新闻的人",
	"更多新闻", "更多新聞", "^标签", "^標籤", "相关新闻",
	"관련 종목", "관련종목", "相关股票", "相關個股", "関連銘柄",
	"相關新聞", "相关报道", "相關報導", "相关文章", "相關文章",
	"関連記事", "関連動画", "関連ニュース", "おすすめ", "人気記事",
	"관련 기사", "관련기사", "관련 영상", "많이 본", "추천 기사", "^태그",
	"=이런 콘텐츠는 어때요?", "=이런 기사는 어때요?",
	"читайте также", "=читать далее", "^также по теме:",
	"по теме", "популярное", "^теги",
	"^смотрите также:", "^дивіться також:",
	/* whole lines before the phrases in them, for clean_strong_related */
	"=das könnte sie auch interessieren", "=zum weiterlesen",
	"=das könnte dich auch interessieren",
	"mehr zum thema", "auch interessant", "das könnte sie",
	"^zum thema in ", "=zum thema im internet", "=social networks",
	"^次のページ", "^この記事の画像",
	"meistgelesen", "noticias relacionadas", "te puede interesar",
	"lee también", "leé también", "más leídas",
	"^mehr:", "relacionad", "^previous:", "^next:",
	"← previous", "next →", "前の記事", "次の記事", "이전 기사", "다음 기사",
	"предыдущая", "следующая", "vorheriger artikel", "nächster artikel",
	"lesen sie auch", "^anterior:", "^siguiente:", "^read more:",
	"^leer más:", "^read:", "^read more on ", "^más información:",
	"^see also:",
	"=前のページへ", "=次のページへ",
	"^【注目の動画】",
	"이 기자의 최신기사",
	"^read more :", "^more:", "^lee más:", "^leia mais", "^mehr dazu:",
	"^seguir leyendo", "^weiterlesen", "^seguí leyendo", "^filed under",
	"=mirá también",
	"^연관 기사]", "^연관기사]",
	"^watch this:",
	"^watch |", "^watch:", "^video:", "^video |", "^视频：", "^视频｜",
	"^видео:", "^видео |", "^vídeo:", "^vídeo |", "=get in touch",
	"^视频|", "^視頻：", "^視頻｜", "^影片：", "^動画：", "^영상:",
	"^le puede interesar", "^más noticias:", "^►", "ページ目：",
	"sigue toda la información",
	"empfohlene beiträge", "entdecke weitere",
	"^文章关键词", "^關鍵詞", "^关键词：",
	"más galerías", "weitere bildergalerien", "weitere galerien",
	"more galleries", "ver galería de fotos", "другие публикации", "другие материалы", "другие новости",
	"ещё по теме", "otras noticias", "weitere artikel", "weitere nachrichten",
	"more stories", "other stories", "更多文章", "其他文章", "相关推荐", "相關推薦",
	"他の記事", "다른 기사", "의 다른 칼럼", "過去記事", "過去の記事",
	"其他消息", "其他訊息", "other posts",
	"=смотрите также", "=похожие новости", "=самое читаемое",
	"=сейчас читают",
	"=видео дня", "=video of the day", "=vídeo del día", "=video des tages",
	"あわせて読みたい", "=こちらもおすすめ", "よく読まれている",
	"記事はこちら", "写真はこちら", "動画はこちら", "まとめはこちら",
	"=アクセスランキング", "=ニュースランキング", "=記事ランキング",
	"=総合ランキング", "=인기 뉴스 순위", "=ランキング", "=注目記事", "=最新ニュース",
	"=zobacz także", "^czytaj też", "^czytaj także", "^zobacz wideo:",
	"=te recomendamos",
	"^te recomendamos:", "=más noticias", "=lo más leído", "=lo más visto",
	"함께 볼만한",
	"=함께 본 뉴스", "=같이 본 뉴스",
	"=인기기사", "많이 본 뉴스", "=주요뉴스", "=최신뉴스",
	"=실시간 인기 검색어",
	"=관련 뉴스", "=也许你喜欢", "=更多精彩", "=图片新闻", "=热点新闻",
	"=图文直播间", "=圖文直播間", "=图文直播", "=圖文直播", "=7x24小时直播",
	"=7×24小时", "=7x24快讯", "=快讯", "=快訊", "=滚动新闻", "=滾動新聞",
	"audios et vidéos sur le sujet", "vorschau auf den nächsten artikel",
	"=top-artikel", "^sehen sie auch", "^lesen sie auch", "^lea aquí",
	"^lea también", "=keep reading", "^lire aussi", "^lire également",
	"^à lire aussi", "^voir aussi", "=les plus lus", "^leggi anche",
	"=articoli correlati", "=notizie correlate", "=i più letti",
	"^leia também", "^veja também", "=mais lidas", "mais assistidos",
	/* a bracketed tag that opens a link to a video or a gallery
	 * (the anchor passes over the opening bracket) */
	"^動画】", "^関連】", "^関連記事】", "^画像】", "^写真】", "^図解】",
	"^视频】", "^視頻】", "^영상]", "^관련기사]", "^포토]", "^그래픽]",
	"^사진]", "^速報】", "^图集】", "^圖集】", "^写真特集】",
	NULL
};
static const char *lexicon_ad[] = {
	"=advertisement", "=advertising", "=sponsored", "=anzeige", "erid:",
	"=report this ad", "by taboola", "by outbrain", "=推广内容",
	"=推廣內容",
	"how relevant is this ad to you", "values your feedback",
	"=video will play after ad", "=your video will play after this ad",
	"=video will play after this ad", "=the video will start after the ad",
	"쿠팡 파트너스 활동의 일환으로",
	"=sponsored content", "=ad choices", "=adchoices",
	"=sponsor content", "=paid content", "=paid post", "=partner content",
	"【付费推广】", "【推广】", "【广告】", "【廣告】", "【贊助】",
	"=branded content", "=advertorial", "=gesponserter inhalt",
	"^anzeige – ", "^anzeige - ", "^sponsored content: ",
	"^contenido patrocinado. ", "^paid content: ",
	"^sponsored content from ", "^sponsored: ", "^paid post: ",
	"^paid post:", "^推广：", "^推廣：", "^广告：", "^廣告：",
	"^на правах рекламы:", "^на правах рекламы.", "^реклама: ",
	"^contenido patrocinado:", "^publirreportaje:", "^anzeige: ",
	"^werbung: ", "^publicité : ", "^contenu sponsorisé :",
	"^advertorial: ", "^partner content: ",
	"^contenu de marque proposé par", "^contenido de marca ofrecido por",
	"=contenuti sponsorizzati", "=contenido patrocinado",
	"=publicidad patrocinada", "=contenido de marca",
	"=contenu sponsorisé",
	"begambleaware", "18+ play responsibly",
	"dalsza część tekstu pod",
	"продовження статті нижче", "продолжение статьи ниже",
	"продолжение ниже", "продовження нижче",
	"=werbung", "=广告", "=廣告", "=광고", "=реклама", "=publicidad",
	"=광고 영역", "=skip advertisement", "^реклама на рбк",
	"=publicidad · sigue leyendo", "=anzeige · weiterlesen",
	"^реклама. ооо", "^реклама. ип ",
	"=광고 닫기", "=close ad", "continua depois do anúncio",
	"=featured partner offer", "=partner offer", "=story continued below",
	"^pr】",
	"continua após a publicidade", "continua depois da publicidade",
	"=广告 ad", "=廣告 ad", "=광고 ad", "=ad 广告",
	"=广告 advertisement", "=廣告 advertisement", "=광고 advertisement",
	"=広告 advertisement", "=advertisement 广告", "=advertisement 廣告",
	"=реклама 0+", "=реклама 16+", "=реклама 18+", "=реклама 12+",
	"=реклама. 0+", "=реклама. 16+", "=реклама. 18+", "=реклама. 12+",
	"^广告 ·", "^廣告 ·", "무관한 광고", "=рекламный блок",
	"^广告】", "^廣告】", "^广告]", "^廣告]", "^广告）", "^廣告）",
	"=スポンサー", "=広告", "=ad", "=推广", "=推廣", "=pr", "=ｐｒ", "=promoted",
	"=スポンサーリンク", "=스폰서링크", "=sponsored links",
	"=reklam", "=reklama", "=reklāma", "=reklaam", "=reklamă",
	"=728x90", "=300x250", "=320x100", "=320x50", "=336x280",
	"=160x600", "=300x600", "=970x250",
	"=mainos", "=annonce", "=annons", "=annonse", "=publicitate",
	"=hirdetés", "=mainos päättyy", "=publicité", "=pubblicità",
	"=publicidade", "=anuncio", "=advertentie", "=hirdetés",
	"=διαφήμιση", "=פרסומת", "=إعلان", "=विज्ञापन", "=โฆษณา",
	"=quảng cáo", "=iklan", "=oglas", "=gesponsert", "=sponsorisé",
	"=patrocinado", "=sponsor message",
	"continues after advertisement", "continues below this ad",
	"scroll to continue", "ad blocker", "adblocker", "ad-blocker",
	"werbeblocker", " adblock", "^adblock",
	"continues after this ad", "article continues below",
	"story continues below", "continúa después de la publicidad",
	"weiter nach der anzeige", "继续往下阅读", "繼續往下閱讀",
	"広告の後に続きます", "광고 후 계속", "unter der werbung weiter", "nach der werbung weiter",
	"continúa tras la publicidad", "продолжится после", "weiterlesen nach der anzeige",
	"기사는 아래에 이어집니다", "記事は広告の後に",
	"после рекламы", "스크롤하여 기사를 계속", "оформите онлайн",
	"ооо «&, инн ", "^광고]",
	NULL
};
static const char *lexicon_bio[] = {
	"is a senior", "is a reporter", "is a correspondent", "is a writer",
	"is a documentary photographer", "is a photojournalist",
	"is an editor", "is a journalist", "is a staff", "is a columnist",
	"is a contributing", "is a freelance", "about the author",
	"^i cover ", "^i write about ", "^i report on ",
	"follow her on", "follow him on", "follow them on", "^by ",
	"作者简介", "作者簡介", "责任编辑", "責任編輯", "^编辑：", "^編輯：",
	"^编辑:", "^文／", "^文/", "^（记者", "^（記者",
	"^(记者", "기자 =", "^기자", "기자)", "@", "корреспондент",
	"обозреватель", "^автор:", "^автор —", "^автор -", "^автор –",
	"^авторы:", "^автор текста", "^автор материала", "^redakteur",
	"schreibt für",
	"^periodista de ", "^periodista en ", "es periodista", "es corresponsal", "es redactor", "es reportera",
	"ist korrespondent", "ist reporter", "ist redakteur",
	"ist redaktorin", "ist redaktor im", "ist redakteurin",
	"is regioredacteur", "is redacteur", "är reporter på", "är journalist",
	"je redaktor", "je redaktorka", "este jurnalist", "este reporter",
	"είναι δημοσιογράφος", "er nyhetsjournalist", "er journalist i",
	"^giornalista dal", "^\"giornalista dal",
	"rovat munkatársa", "je novinarka", "je novinar ",
	"politiikan toimittaja", "har dekket ",
	"ist sportreporter", "ist journalist", "folgen sie", "síguela",
	"síguelo", "sígueme", "follow me", "^por ", "執筆し", "執筆活動",
	"執筆陣", "を執筆", "长期采访",
	" is &correspondent ", " is &reporter ", " is &writer ",
	" is &columnist ", " is &editor ", " is &journalist ",
	" is &correspondent.", " is &reporter.", " is &writer.",
	" is &columnist.", " is &editor.", " is &journalist.",
	" is &reporter,", " is &correspondent,", " is &writer,",
	" is &editor,", " is &columnist,", " ist &korrespondent ",
	" has written about &since ", "年生まれ。&入社",
	" ist &korrespondentin ", "^筆者為",
	"^筆者为", "^筆者係", "^筆者系", "^筆者：", "^（筆者", "^(筆者",
	"^筆者現為", "^筆者现为",
	" covers &is based in", " writes about &is based in",
	"プロフィール", "^about the",
	/* (before "资深记者": a bio's clause, not a reporter's line) */
	"记者，关注", "記者，關注", "记者，长期关注", "記者，長期關注",
	"長期採訪", "资深记者", "資深記者", "취재합니다", "취재하고", "기자는 &취재", "기자는 &맡고", "기자는 &담당하고", "취재하며", "기사를 씁니다", "제보는",
	"취재했다", "取材しています", "取材している", "を担当している",
	"^correspondent covering", "기자입니다", "주재 기자", "lo que escribo",
	"年入社", "を経て現職", "本报资深记者", "本報資深記者",
	"^redactora de la", "^redactor de la", "licenciada en periodismo",
	"licenciado en periodismo",
	/* an author's own words about what they write */
	" i write about ", "ich schreibe über", "^escribo sobre",
	". escribo sobre", "^пишу о ", "^пишет о ", " schreibt seit &für ",
	" schreibt im ressort ", "ressort über ", "取材を続けて",
	"이야기를 씁니다", "취재해 왔", "作者，关注", "作者，關注",
	"^periodista especializad", " has reported on &since ",
	/* a think tank's or a university's researcher */
	" is a fellow", " is a research fellow", " is a visiting fellow",
	" is a nonresident", " ist wissenschaftlerin", " ist wissenschaftler ",
	" es investigadora", " es investigador ",
	NULL
};
/* A photo story's title opens so: its captions tell the story. */
static const char *lexicon_photo[] = {
	"^fotos:", "^foto:", "^photos:", "^in pictures", "^in photos",
	"^en images", "^en fotos", "^in beeld", "^in bildern",
	"^bildergalerie", "^galeria:", "^galería:", "^fotogalerie", "^фото:",
	"^фотогалерея", "^фоторепортаж", "^组图", "^組圖", "^图集", "^圖集",
	"^写真特集", "^포토", "^in foto", "^le foto", "^fotogallery", "^圖輯",
	"^图辑", NULL
};
/* The heading of an author's box: the bio under it is no story. */
static const char *lexicon_bio_head[] = {
	"=die autorin", "=der autor", "=die autoren", "=die autorinnen",
	"=この記事の著者", "=この記事を書いた人", "=文章作者",
	"=zur autorin", "=zum autor", "=über den autor", "=über die autorin",
	"=about the author", "=about the authors", "=sobre el autor",
	"=l'autore", "=l’autore", "=l'auteur", "=l’auteur",
	"=sobre la autora", "=sobre los autores", "=sobre la firma",
	"=chi è l'autore", "=chi è l'autrice", "=chi è l’autore",
	"=chi è l’autrice", "=про автора",
	"=à propos de l'auteur",
	"=à propos de l'autrice", "=l'auteur", "=l'autrice", "=об авторе",
	"=à propos de l’auteur", "=à propos de l’autrice",
	"=l’auteur", "=l’autrice",
	"=об авторах", "=作者简介", "=作者簡介", "=著者プロフィール",
	"=筆者プロフィール", "=執筆者プロフィール", "=執筆者紹介",
	"=기자 소개", "=기자 프로필", "=필자 소개", "=필자 프로필",
	"=저자 소개", "=글쓴이 소개", "=作者介绍", "=作者介紹", "=关于作者",
	"=關於作者", "=about the writer", "=about the columnist",
	"=about the reviewer", "=about the reviewers",
	"^關於作者｜", "^关于作者｜",
	"=sull'autore", "=sull'autrice", "=sobre o autor", "=sobre a autora",
	"=über die autoren", "=об авторе статьи",
	"=disclosure statement",
	/* a release's contact box, its name, role and numbers under it */
	"=media contact", "=media contacts", "=press contact",
	"=press contacts", "=media inquiries", "=pressekontakt",
	"=medienkontakt", "=contact presse", "=contacto de prensa",
	"=contactos de prensa", "=контакты для прессы", "=contact us",
	"=kontakt", "=kontaktieren sie uns", NULL
};
/* What a bio says, but a story may say too: only under a name line. */
static const char *lexicon_bio_weak[] = {
	" covers ", "reports on", "writes about", "has covered",
	"schrijft voor",
	"before joining", "joined", "пишет о", "пишет об", "berichtet für",
	"berichtet aus", "berichtet als",
	"^korrespondentin für", "^korrespondent für",
	"cubre ", "escribe sobre", "corresponsal", "reporter", "editor",
	"è giornalista", "es periodista", "est journaliste", "é jornalista",
	"ist journalist",
	"журналист", "记者", "記者", "기자", "担当", "schreibt über",
	"^redakteur", "^redaktor", "écrit sur", "scrive di", "escreve sobre",
	"журналіст", "пише про", "кореспондент", "оглядач",
	"^giornalista,", "^periodista,", "^jornalista,", "^journaliste,",
	"^periodista especializad", "^jornalista especializad",
	"^journalist,",
	"^journaliste au ", "^journaliste à ", "^dziennikarka", "^dziennikarz",
	"pisze o ", "^redaktorka", "suit les questions",
	NULL
};
/* Lines that name who wrote or where from, at the top or the bottom. */
static const char *lexicon_byline[] = {
	"^by ", "^von ", "^por ", "^от ", "^記者", "^记者", "^文／", "^文/",
	"^作者", "^来源", "^來源", "^編輯", "^编辑", "^撰文", "^責任編輯",
	"^责任编辑", "^published", "^updated", "^posted", "^submitted",
	"^veröffentlicht", "^aktualisiert", "^publicado", "^опубликовано",
	"^обновлено", "^기자", "^입력", "^수정", "^配信", "^更新", "^発表日", "^公開日", "^掲載日", "^发布时间",
	"^發布時間", "^发布于", "^текст:", "^автор:", "^text:", "^texto:",
	"^written by", "^author:", "^autor:", "^actualizado", "^mis à jour",
	"^publié le", "^aggiornato", "^pubblicato", "^职务，", "^職務，",
	"^беседовала ", "^беседовал ", "^interviewed by ", "^interview by ",
	"^entrevista de ", "^propos recueillis par ", NULL
};
/* Lines that name the editor: the desk's, not the story's. */
static const char *lexicon_editor[] = {
	"^编辑", "^編輯", "责任编辑", "責任編輯", "责编", "責編", "^编审",
	"^編審", "^校对", "^校對", "^审核", "^審核", "编辑 |", "编辑|", "编辑｜",
	"編輯 |", "編輯|", "編輯｜", "网络编辑：", "網路編輯：", "^editor:",
	"^editors:", "编辑：", "編輯：", "每经编辑", "每經編輯",
	"^edited by", "^editing by", "^редактор", "^ответственный редактор",
	"^выпускающий редактор", "^편집", "^redaktion:", "^redaktion ",
	"^bearbeitung:", "^edición:", "^editado por", "^edita:", "^編集",
	"^デスク", "^編集部", "本帖最后由", "本帖最後由", "^本贴由", "^本帖由", "^英文来源",
	"updates with&paragraph", "updates with&throughout",
	"recasts&paragraph",
	"报》（&版）", "报 》（&版）", "報》（&版）",
	"^英文來源", "^（編輯", "^（编辑", "^(編輯", "^(编辑",
	"^运营 |", "^运营|", "^运营｜", "^出品 |", "^出品|", "^出品｜",
	"^運營 |", "^運營｜", "^出品人", "审校", "審校", "核稿：", "^（譯者：",
	"^（译者：", "^(譯者：", "^(译者：", "^编译：", "^編譯：",
	NULL
};
/* The header of a table of share prices. */
static const char *lexicon_ticker[] = {
	"最新价", "涨跌幅", "涨跌额", "最新價", "漲跌幅", "漲跌額", "現價",
	"现价", "현재가", "등락률", "전일대비", "騰落率", "前日比", "株価",
	"last price", "% change", "kurs", "veränderung", "cotización",
	"курсы валют",
	"variación", "котировк", "изменение", NULL
};
/* Words of comment sections, for short lines that are not sentences. */
static const char *lexicon_comment_words[] = {
	"comments", "comment", "评论", "評論", "留言", "コメント", "댓글",
	"комментари", "kommentar", "comentario", "replies", "reply", "热评",
	"熱評", "跟帖", "跟貼", "回复", "回覆", "답글", "返信", "ответить",
	"kommentier", "社区规范", "社區規範", "友善交流", "文明发言", "理性发言",
	"yorum", "commentaire", "commento", "comentário", NULL
};

/*
 * A publication's call to its reader, about itself: no story says "sign
 * up for our newsletter", so a short block saying so is a promo even in
 * the story's element or in the page's own articleBody.
 */
static const char *lexicon_cta[] = {
	"sign up for our", "subscribe to our", "follow us", "on google news",
	/* a series' or a column's note on itself */
	"^about this series", "^über diese serie", "^sobre esta serie",
	"^à propos de cette série", "^a propos de cette série",
	"^關於這個系列", "^关于这个系列",
	"^关于本栏目", "推出的专栏，", "推出的專欄，", "系列报道由",
	"[연재]", "【連載】", "【连载】", "［連載］", "^about this newsletter",
	"pick up this week's issue",
	"系列報道由", "的栏目，每周", "的欄目，每週", "本系列由", "本专题",
	"本專題", "【专题】", "【專題】", "^专题：", "^專題：",
	"语音合成技术朗读", "語音合成技術朗讀",
	"preferred source on google", "=add cbs news on google",
	"^ai-generated summary", "^sign up to ", "^※ 이 기사는",
	"勇敢求救並非弱者", "勇敢求救并非弱者", "요약은 인공지능이",
	"this is a bot summary of", "^archived version:",
	"^mehr nachrichten aus", "requires a subscription to read",
	"accede sin límites", "^assine já", "узнать подробнее",
	"무료 다운로드", "기사문의 및 제보", "당신이 담은 순간이 뉴스입니다",
	"^zie een fout?", "google news'te abone ol", "=підтримайте уп",
	"를 구독하세요", "을 구독하세요", "てお届けします",
	"เว็บไซต์นี้ใช้คุกกี้",
	"ми існуємо завдяки читачам", "기사가 마음에 드셨나요",
	"this is a premium article", "^for the latest news, weather",
	"^stay updated with the latest", "채널 구독하고", "%off】",
	"点击下方名片", "點擊下方名片",
	"메일로 보내드립니다",
	"il vous reste&% de cet article à lire", "la suite est réservée aux",
	"soutenez un journalisme",
	"política de correcciones de",
	"^этот материал — часть рубрики",
	"trên google news",
	"google news ile", "^ติดตามข่าวสาร",
	"i hope you appreciated this article",
	"this page updates automatically", "this live blog updates",
	"直播持续更新中", "直播持續更新中",
	"include a contact number if you", "willing to speak to a bbc",
	"available for everyone to read, regardless",
	"believe in information equality",
	"пишите в наш бот", "есть новость? пишите", "анонимность гарантируем",
	"=ссылка на запись", "direkt aus dem dpa-newskanal", "— в материале «",
	"verpassen sie keine eilmeldung", "nachrichten direkt aufs handy",
	"now listen to fox news articles", "доступно только по подписке",
	"create an account to read the full", "available to medium members",
	"we don't have a paywall", "we don’t have a paywall",
	"работает благодаря читателям", "^поддержите «", "기사가 좋으셨다면",
	"вышел благодаря читателям",
	"if you can, please support", "please support us", "=support us",
	"journalism depends on you", "спасибо, что читаете «",
	"поддержите нас —", "поддержите нас.", "=поддержите нас",
	"후원으로 독립언론", "독립언론을 지켜",
	"=제보하기", "=제보하기 ▷", "=제보", "제보를 기다립니다",
	"^▷ 카카오톡", "^▷ 전화 :", "^▷ 전화:", "제보’ 검색", "제보' 검색",
	"=제보 하기", "^카카오톡 :", "^전화 :", "^전화:",
	"получите доступ к аналитике",
	"von der deutschen presse-agentur (dpa) übernommen",
	"^ce direct est mis à jour", "dieser ticker wird automatisch",
	"diese seite wird automatisch", "esta página se actualiza",
	"please bookmark", "get in touch with our",
	/* an appeal, not "there will be more stories like this one" */
	"support stories like this", "fund stories like this",
	"stories like this possible", "for more stories like this",
	"support our journalism", "earn a commission",
	"werbefrei lesen", "cada jueves en tu correo",
	"cada semana en tu correo",
	/* an archive's lines over a page it kept (lexicon_share has more) */
	"^this is google's cache of ", "^it is a snapshot of the page as it",
	"the archive team is a rogue archivist collective",
	"we hope you love our recommendations", "may collect a share of sales",
	"アフィリエイトプログラムによる収益", "제휴 마케팅 활동의 일환으로",
	"수수료를 제공받습니다",
	"prices are accurate and items in stock", "^transparenzhinweis:",
	"^do you have an opinion on the issues",
	"may receive compensation for some links",
	"has a disclosure policy", "invest in journalism",
	"we want to hear from you", "breaking news story",
	"^join the&discord", "discord to discuss", "^join our discord",
	"to receive our stories", "ऐप डाउनलोड करें", "अभी इंस्टॉल करें",
	"підтримайте незалежну журналістику", "станьте нашим патроном",
	"mit material der nachrichtenagentur", "einen fehler entdeckt?",
	"w ramach subskrypcji", "subskrybuj i czytaj",
	"čtěte bez reklam", "předplatné od", "^testen sie jetzt",
	"schrijf je in op onze nieuwsbrief", "prenumerera på vårt nyhetsbrev",
	"στο google news", "meld deg på vårt nyhetsbrev", "rett i innboksen",
	"vær varsom-plakaten", "entre no nosso canal",
	"^quer receber as notícias",
	"get involved with the news in your community",
	"구독해보세요", "rebràs cada dia", "con el apoyo de nuestros suscriptores",
	"iratkozzon fel hírlevelünkre", "naročite se na e-novice",
	"tilmeld dig vores nyhedsbrev", "telli uudiskiri", "uutiskirje",
	"tilaajille suunnattua", "noudattaa journalistin ohjeita",
	"^artikeln är skapad av tt", "абонирайте се", "^бюлетин на",
	"=index na whatsappu", "pratite najvažnije vijesti",
	"dapatkan berita terkini", "get whatsapp alerts",
	"^published in the express tribune", "^published by rté",
	"ontvang elke ochtend", "lees de regels voordat",
	"vous propose une sélection", "urmărește-ne",
	"send your stories and photos to us",
	"independent press standards organisation", "google news'te takip",
	"^digital prenumeration", "soutenez le journalisme",
	"o jornalismo de qualidade custa", "abonează-te la newsletter",
	"tilaa uutiskirje", "abonner på nyhetsbrev",
	"tage kostenlos&artikel", "^bestens informiert mit",
	"free to read, not free to make", "fund reporting like this",
	"recevez chaque semaine", "ми не залежимо від", "=шановні читачі!",
	"인공지능이 요약", "^原文链接：", "，原文链接：", "^原文鏈接：",
	"поддержите независимую журналистику",
	"become a patron", "become our patron",
	/* a call-out for readers' accounts */
	"^share your experiences", "^share your experience of",
	"^tell us your story", "tell us anonymously",
	"get in touch and share your", "=upload pictures or video",
	"can't see the form", "can’t see the form", "^whatsapp: +",
	"translations may contain inaccuracies", "=have a correction?", "^have a correction",
	"^新闻线索请联系", "^新聞線索請聯繫", "^新闻线索请发", "一站式订阅",
	"留言爆料", "欢迎爆料", "歡迎爆料", "爆料热线", "爆料熱線",
	"把握市场先机",
	"got a story?", "do you have a story?", "send us your",
	"for the latest breaking news",
	"masz temat?", "napisz do nas", "haben sie einen hinweis?",
	"есть новость?", "¿tienes una historia?", "vous avez une info",
	"更多&尽在", "更多&盡在", "^想第一時間", "^想第一时间",
	"download our app", "our newsletter", "our free newsletter",
	"our news page", "support independent journalism", "become a member",
	"become a subscriber", "already a subscriber",
	"bereits abonnent?", "¿ya eres suscriptor?", "unlimited access to",
	"abonnieren sie unseren", "unseren newsletter", "folgen sie uns",
	"unterstützen sie uns", "suscríbete a nuestro", "nuestro boletín",
	"síguenos", "abonnez-vous", "notre newsletter", "suivez-nous",
	"подпишитесь на наш", "подписывайтесь на наш", "наш телеграм",
	"关注我们的", "關注我們的", "订阅我们", "訂閱我們", "下载我们的",
	"下載我們的", "公式アカウントをフォロー", "구독해 주세요", "благодаря вашей поддержке", "독자 후원", "후원이 필요합니다",
	"lesen sie jetzt weiter", "weiterlesen mit", "para comentar es necesario",
	"出于传递更多信息", "出於傳遞更多信息",
	"braucht deine unterstützung", "braucht ihre unterstützung",
	"wie hat ihnen dieser artikel gefallen", "was this article helpful",
	"hat ihnen dieser artikel gefallen", "=이 기사 어땠나요?",
	"lokaljournalismus ist uns etwas wert", "全年杂志，享", "全年雜誌，享",
	"=zur startseite",
	"have a confidential tip for our reporters",
	"archived version of the article",
	"did you find this article", "war dieser artikel hilfreich",
	"¿te ha resultado útil", "эта статья была полезной",
	"仅代表该作者", "僅代表該作者", "仅代表作者本人", "僅代表作者本人",
	"纯属作者个人观点", "純屬作者個人觀點",
	"不代表本站", "不代表本網", "不代表本网", "申请澎湃号", "加入澎湃号",
	"opinions expressed in this",
	"opinions expressed here are",
	"views expressed in this", "편집 방향과 다를 수 있습니다",
	"gibt die auffassung der autor", "gibt die auffassung des autors",
	"저자의 개인 의견", "공식 견해와 다를 수 있습니다",
	"möchten sie weiterlesen", "ich bin abonnent", "pour lire la suite",
	"pour accéder en illimité", "tenemos canal de", "provision vom händler",
	"affiliate link", "enlaces de afiliados", "liens d'affiliation",
	"when you buy through links", "when you buy through our links",
	"readers like you", "consider donating", "consider supporting",
	"if you value our", "thank your neighbors for",
	"=how does this make you feel?", "catch up on the day's",
	"do you have a story for", "reply to questions individually",
	"=be the first to know",
	"多様な観点からニュースを考える", "コメントをお読みいただけます",
	"분석을 만나보세요",
	"get a head start on the morning", "save articles to read later",
	"create your own reading list", "=information you can trust",
	"maintains full editorial control", "on your pass before",
	"watch sky news live", "無廣告閱讀", "无广告阅读", "解鎖全站",
	"解锁全站",
	"make a donation", "sign up to our", "if you enjoyed this article",
	"machine translated english article", "=place a family notice",
	"announce a birth, marriage or death", "submit a letter to the editor",
	"if you enjoyed this post", "if you found this useful",
	"if you found this helpful", "if you liked this post",
	"follow topics and authors", "incorrect email address",
	"free articles this month", "artículos gratuitos", "articles gratuits",
	"kostenlose artikel", "articoli gratuiti", "direkt aufs smartphone",
	"자동 업데이트", "분마다 자동", "こちらのurlからご覧ください",
	"発表企業から提供された", "提供された情報をそのまま掲載",
	"分以上遅れて", "quotes delayed", "data delayed at least",
	"delayed by at least", "beim laden dieses inhalts", "=ad feedback",
	"=video ad feedback", "articles in the last year",
	"allow social content", "content provided by a social network",
	"share article via", "받아보세요", "회원이 되면", "회원이 되어",
	"함께해 주세요", "付费内容", "付費內容", "单篇购买", "單篇購買",
	"阅读权限", "閱讀權限", "push-benachrichtigungen",
	"keine entwicklung verpassen", "per continuare a leggere",
	"ajude-nos a continuar", "fortsätt läsa", "redan prenumerant",
	"få tillgång till alla", "=logga in", "=zaloguj się", "=giriş yap",
	"a cura dell'inserzionista",
	"a cura dell’inserzionista", "declina ogni responsabilità",
	"помітили помилку", "заметили ошибку", "незалежна журналістика",
	"用app看新聞", "用app看新闻", "天天中獎",
	"天天中奖",
	"if you enjoyed this story", "when you subscribe",
	"for media enquiries", "media enquiries", "press enquiries",
	"für rückfragen", "contacte con el gabinete", "報道関係者の方",
	"メディア関係者向け", "请联系宣传处", "如需了解详情", "updates automatically",
	"wird laufend aktualisiert", "自動で更新", "自動更新", "自动更新",
	"werden sie mitglied", "unabhängigen journalismus", "independent journalism",
	"журналистика стоит денег", "independiente cuesta dinero",
	"후원해 주세요", "whatsapp-kanal", "whatsapp channel", "canal de whatsapp",
	"читайте нас", "팔로우하세요", "非官方存档", "非官方存檔",
	"архив публичного канала",
	"necesita tu apoyo", "hazte socio",
	"thank you for reading", "print subscriber", "activate your digital",
	"your subscription", "no billionaire owner", "no shareholders and no",
	"receive a commission", "a small commission", "through links on this",
	"accept payment in exchange", "your browser doesn't support",
	"your browser does not support", "is this page useful",
	"was this page helpful", "for immediate release",
	"forward-looking statements", "media contact:", "press contact:",
	"investor contact:", "a verified signatory",
	"wie es weitergeht?", "jederzeit online kündbar",
	"cancel anytime", "随时取消", "隨時取消", "いつでも解約", "언제든 해지",
	"订阅&畅读", "訂閱&暢讀",
	"tu suscripción", "otro usuario a tu", "únete a nuestro canal",
	"ya está en whatsapp", "inicia sesión o regístrate",
	"já é assinante", "assinantes podem liberar", "no seu whatsapp",
	"cada viernes en tu correo", "cada semana en tu correo",
	"conocé the trust project", "=the trust project",
	"후원으로 만들어", "후원해주", "당신의 후원이", "여러분의 후원이",
	"원고료로 응원", "サポートをお願いします", "いただいたサポートは",
	"この記事が気に入ったら", "メールでお知らせします", "=이웃추가",
	"이웃추가 부탁", "도움이 되셨다면 공감", "查看精彩图片", "下载网易新闻客户端",
	"网易新闻客户端", "新浪财经公众号", "我要反馈",
	"medically reviewed by", "fact checked by", "strict sourcing guidelines",
	/* the placeholder of an embed the reader has not allowed */
	"inhalte erlauben", "an dieser stelle findest du",
	"an dieser stelle finden sie", "^externer inhalt", "^externe inhalte",
	"empfohlener redaktioneller inhalt", "mit einem klick anzeigen",
	"damit einverstanden, dass mir", "content is hosted by",
	"to view this content", "allow content from", "^contenido externo",
	"^contenu externe", "^внешний контент", "^¿permitir contenido",
	"se vuoi restare aggiornato", "iscriviti gratis alla",
	/* a comment section's long rules, opened by what they ask */
	"by submitting a comment", "thoughtful and respectful conversation",
	"contenido proporcionado por", "^final de contenido de",
	"no se hace responsable del contenido", "puede contener publicidad",
	"^fuente de la imagen", "^pie de foto", "^título del video",
	"^legenda da foto", "^legenda do vídeo", "^автор фото,",
	"^подпись к фото,", "^подпись к видео,", "^画像提供,", "^画像説明,",
	"^動画説明,", "^사진 출처,", "^사진 설명,", "^영상 설명,",
	"^légende image,", "^crédit photo,",
	"how we reviewed this article", "your privacy is important to us",
	"shop the sale", "shop the look", "=deal alert", "pin it!",
	"=representative image", "=representational image",
	"read more of our", "published in the print edition",
	"appears in print on", "a version of this article appears",
	"print edition with the headline", "section of the print edition",
	"газета «&» №&, стр.", "^enjoying this? i write",
	"thanks for reading the", "right in the palm of your hand",
	"=take us with you",
	"delivered to your inbox", "straight to your inbox",
	"=опрос", "=poll", "=umfrage", "=encuesta", "=sondage", "=投票",
	"=ankieta", "=sonda", "=sondaggio", "=enquete", "=enquête",
	"=голосование", "=опитування", "=투표", "=anket",
	"=アンケート", "=설문", "=фото автора", "=фото автора.", "行情走势",
	"=getty", "=getty images", "=reuters", "=afp", "=epa", "=ap", "=ap photo",
	"=shutterstock", "=pa", "=pa media", "=alamy", "=dpa", "=efe",
	"=end of article", "=visual stories", "follow related authors",
	"ist teil des bundesweiten", "danke, die redaktion",
	"^lesedauer:", "verwendete quellen:", "para comentar,",
	"we have a small favour to ask", "we have a small favor to ask",
	"^our standards:",
	/* a series' box: the story is one of its parts */
	"^this story is part of", "^this article is part of",
	"^dieser text ist teil", "^dieser artikel ist teil",
	"^este artículo forma parte", "^esta historia forma parte",
	"^этот материал — часть", "^этот текст — часть", "^【シリーズ】",
	"이 기사는 &시리즈", "^本文为系列", "^本文是系列", "=喜歡這篇文章嗎", "=喜欢这篇文章吗", "不限篇數閱讀",
	"不限篇数阅读", "^开通vip", "^開通vip", "=add as preferred on google",
	"preferred source on google",
	"=download pdf", "=download the pdf", "=descargar pdf",
	"=descargar nota en pdf", "=pdf herunterladen", "=pdf 다운로드",
	"=下载pdf", "=pdfダウンロード", "=support our work",
	"tax deductible gift", "tax-deductible gift", "we rely on donors",
	"^this post is also available in", "=get started free",
	/* a fact-checker's box on its own methods and its network */
	"=how we fact-check", "=how we fact check", "=our methodology",
	"=我们的核查方法", "=查核方法論", "=查核方法论",
	"ifcn)&signatory", "ifcn)&certified", "ifcn）&准则", "ifcn）&準則",
	"ifcn）&认证", "ifcn）&認證", "ifcn）&原則に基づ", "ifcn)&인증",
	"ifcn）&인증", "カ月無料", "か月無料", "ヶ月無料",
	"会員の方のみ", "=カテゴリーをフォローする", "電子版が利用できる",
	"newsletter informiert sie", "hier geht's zur anmeldung",
	"hier geht es zur anmeldung", "zur newsletter-anmeldung",
	"folgst du schon", "log in or create an account",
	"create an account to continue", "sign in to continue reading",
	"=hilfreich?", "=helpful?", "=was this helpful?", "=war das hilfreich?",
	"=schon gelesen?",
	"war der artikel nützlich", "=noch keine bewertungen", "hazte miembro",
	"benachrichtigung aktivieren", "=bild anzeigen bild schließen",
	"^sie lesen gern", "ai 요약은", "leyendo en este dispositivo",
	"compartiendo tu cuenta", "usando tu cuenta", "삭제하시겠습니까",
	"votre compte est utilisé", "partagez votre compte",
	"your last free article", "free articles left", "free article left",
	"limit of free articles", "would like to be emailed",
	"to be automatically logged in",
	"free articles this month", "kostenlose artikel",
	/* a video's facts under its player: length, how long it stays */
	"min.&verfügbar bis",
	"video caption:&duration:", "^verfügbar bis", "^video verfügbar bis",
	"^时长 ", "^时长：", "^時長 ", "^時長：", "^재생시간",
	/* the credit line of an embedded post */
	"^a post shared by", "^ein beitrag geteilt von",
	"^une publication partagée par", "^una publicación compartida por",
	NULL
};

/*
 * A site speaking to its reader, as a cookie banner does ("we use
 * cookies", "your consent", "this website"): a story that reports on
 * cookies or a privacy policy speaks of a company, in the third person.
 */
static const char *lexicon_site[] = {
	"^we ", " we ", " we'", "^our ", " our ", "website", "web site",
	"this site", "accept", "consent",
	"agree", "browser", "browsing", "settings", "preferences", "opt out",
	"opt-out", "learn more", "more information",
	"^wir ", " wir ", "^sie ", " sie ", " ihre", "^ihre", "unsere",
	"akzeptier", "einwillig", "zustimm", "webseite", "einstellungen",
	"usamos", "utilizamos", "nuestr", "acept", "consentimiento", "sitio",
	"navegación", "navegar", "configuración", "usted",
	"^noi ", " noi ", " nostri", "accett", "consenso", "impostazioni",
	"utilizziamo", "navigazione", "rifiut", "aceit",
	"configurações", "você",
	"^nous ", " nous ", "^vous ", " vous ", "votre", " vos ",
	"consentement", "paramètres", "navigation",
	"^мы ", " мы ", "^вы ", " вы ", "ваш", "сайт", "соглас", "приня",
	"настройк", "браузер",
	"wyrażam", "zgod", "partnerów", "ustawieni", " wij ", "^wij ",
	" onze ", "toestemming",
	"^vi ", " vi ", "våra ", "våre ", "vores ", "^ni ", " dig ",
	"samtycke", "samtykke", "godkänn", "godta", "använder", "bruker ",
	"bruger ", "używamy", "naszych", "korzystamy",
	"χρησιμοποιούμε", " σας",
	"aquest web", "utilitza",
	"svetainė", "naršydami", "sutinkate", "táto webová", "prehliadaním",
	"izmantojam", "jūsu",
	"本网站", "本站", "您", "我们", "同意", "接受", "本網站", "我們",
	"浏览器", "瀏覽器", "当サイト", "本サイト", "ご利用", "お客様", "設定",
	"ブラウザ", "ます", "동의", "사이트", "당사", "귀하", "설정", "브라우저",
	"니다",
	/* last, so that a match here means none of the above: a story
	 * speaks to its reader too ("Its privacy policy said …") */
	" us ", " us.", " you", "^you",
	NULL
};

/*
 * A text that speaks to its reader, as the site, or lays down the site's
 * rule ("you", "we", "this article", "请", "ください", "세요", "вы",
 * "may not be reproduced"), or opens with a notice's own label
 * ("Copyright …", "By …"): no sentence a story tells of cookies,
 * comments or newsletters in (clean_narrated; the commands it may open
 * with are lexicon_commands').
 */
static const char *lexicon_address[] = {
	"you&", "your&", "yours&", "yourself&", "we&", "our&", "ours&",
	"please&", "click here", "tap here", "terms of use",
	"terms of service", "subject to", "this site", "this website",
	"this web site", "this article", "this story", "this page",
	"this post", "this newsletter", "this podcast", "this episode",
	"this video", "this content", "this material", "this publication",
	"may not be", "must not be", "may be reproduced", "prohibited",
	"forbidden", "strictly", "without prior", "without the prior",
	"without written", "without express", "i agree", "i consent",
	"i accept", "essential cookies", "necessary cookies", "borlabs",
	"^copyright", "©", "ⓒ", "copyright (c)", "copyright 19",
	"copyright 20", "^all rights", "^by ", "with permission",
	"by permission", "cannot be reproduced", "can not be reproduced",
	"this cookie", "these cookies", "the cookie is", "cookie is used",
	"cookies are used", "is set by", "set by the", "installed by",
	"this project", "this report", "this series", "this entry",
	"this service", "opinions expressed", "views expressed",
	"are their own", "for the latest", "for more news", "to read more",
	"to learn more", "stay up to date", "stay informed", "is also on",
	"is now on", "è anche su", "ist auch auf", "jetzt auch auf",
	"wir&", "uns&", "unser", "bitte&", "klicken sie", "hier klicken",
	"hier geht",
	"hier anmelden", "hier abonnieren", "untersagt", "nicht gestattet",
	"diese website", "diese webseite", "diese seite", "dieser website",
	"dieser artikel", "diesen artikel", "essenzielle cookies",
	"notwendige cookies", "standardmäßig blockiert", "ich stimme",
	"^alle rechte", "dieser eintrag", "dieser beitrag", "dieses thema",
	"cookies helfen", "cookies werden", "cookies sind", "mehr zum thema",
	"usted", "nuestr", "nosotros", "suscríbete", "suscríbase",
	"regístrate", "descárgate", "únete", "síguenos", "haz clic",
	"pulsa aquí", "por favor", "prohibid", "este sitio", "esta web",
	"este artículo", "utilizamos", "usamos", "acepto", "tu&", "tus&",
	"^todos los derechos",
	"vous&", "votre&", "vos&", "nous&", "notre&", "nos&", "cliquez",
	"abonnez", "inscrivez", "ce site", "cet article", "j'accepte",
	"noi&", "nostr", "questo sito", "você", "este site", "accetto",
	"utilizziamo", "utilisons", "wyrażam", "akceptuję", "korzystamy",
	"używamy", "naszych", "ta strona", "wij&", "onze&", "uw&", "u&",
	"ik ga akkoord", "deze website",
	" вы ", "^вы ", " вас ", " вам ", " ваш", "^ваш", " мы ", "^мы ",
	" нас ", " нам ", " наш", "^наш", "пожалуйста", "подпишитесь",
	"скачайте", "читайте", "переходите", "присоединяйтесь", "запрещ",
	"нажмите", "этот сайт", "данный сайт", "данном", "веб-сайт",
	"этой статьи", "эту статью", "^все права",
	"您", "你", "我们", "我們", "本站", "本网", "本網", "本平台", "本号",
	"本號", "公众号", "公眾號", "本文", "请", "請", "欢迎", "歡迎", "点击",
	"點擊", "扫码", "掃碼", "扫描二维码", "掃描二維碼", "立即下载",
	"立即下載", "立即订阅", "立即訂閱", "立即注册", "立即註冊", "立即登录",
	"立即登入", "立即购买", "立即體驗", "立即体验", "马上", "馬上", "快来",
	"快來", "不得", "禁止", "严禁", "嚴禁", "切勿", "敬请", "敬請", "谢谢",
	"謝謝", "感谢您", "感謝您", "小编", "小編", "^版权", "^版權",
	"ください", "下さい", "ましょう", "しよう", "してね", "お願い", "皆様",
	"皆さま", "皆さん", "当社", "弊社", "当サイト", "本サイト", "当ページ",
	"本記事", "この記事", "ぜひ", "是非", "お楽しみ", "今すぐ", "こちら",
	"禁じ", "お客様", "ご覧", "ご登録", "ご購読", "ご利用", "^著作権",
	"このウェブサイト", "このサイト",
	"세요", "십시오", "주세요", "바랍니다", "부탁", "드립니다", "드려요",
	"저희", "당사", "여러분", "지금 바로", "금지", "클릭", "이 사이트",
	"이 웹사이트", "이 기사", "^저작권",
	NULL
};

/*
 * A text that reports: a verb of saying, of the past, of a ruling
 * ("said", "was fined", "表示", "认定", "たという", "заявил", "sagte",
 * "según"): news, not a site's standing notice (clean_narrated).
 */
static const char *lexicon_report[] = {
	"said&", "says&", "told&", "according to", "reported", "announced",
	"was&", "were&", "had&", "has been", "have been", "found&", "ruled&",
	"fined&", "sued&", "filed&", "last week", "last month", "last year",
	"yesterday", "earlier this", "declined", "confirmed", "estimated",
	"sagte", "sagt&", "laut&", "wurde", "hatte", "hat&", "habe&", "sei&",
	"seien", "teilte", "erklärte", "berichtet", "vergangenen",
	"dijo", "según", "afirmó", "explicó", "aseguró", "fue&", "fueron",
	"había", "ha&", "han&", "a déclaré", "selon&", "était", "a été",
	"заявил", "сообщил", "по словам", "по данным", "рассказал", " был ",
	" была ", " было ", " были ", "ранее", "отметил", "говорится",
	"следует из", "表示", "称", "稱", "说", "說", "指出", "认为", "認為",
	"据", "據", "透露", "获悉", "獲悉", "了", "已", "曾", "去年", "今年",
	"宣布", "宣佈", "认定", "認定", "起诉", "起訴", "提告",
	"法院", "监管", "監管", "写道", "寫道", "た。", "たという", "という。",
	"によると",
	"と話", "と述べ", "氏は", "さんは", "ている。", "ていた", "した。",
	"했다", "밝혔다", "됐다", "말했다", "전했다", "따르면", "있다.",
	"없다.", "이다.", "한다.", "된다.",
	NULL
};

/* The lists by kind, indexed by enum lexicon_kind (lexicon-match.c). */
const char **const lexicon_lists[LEXICON_NKINDS] = {
	[LEXICON_SHARE] = lexicon_share,
	[LEXICON_COMMENT_FORM] = lexicon_comment_form,
	[LEXICON_COPYRIGHT] = lexicon_copyright,
	[LEXICON_PROMO] = lexicon_promo,
	[LEXICON_COOKIE] = lexicon_cookie,
	[LEXICON_BOT] = lexicon_bot,
	[LEXICON_RELATED] = lexicon_related,
	[LEXICON_AD] = lexicon_ad,
	[LEXICON_BIO] = lexicon_bio,
	[LEXICON_BIO_WEAK] = lexicon_bio_weak,
	[LEXICON_BYLINE] = lexicon_byline,
	[LEXICON_COMMENT_WORDS] = lexicon_comment_words,
	[LEXICON_EDITOR] = lexicon_editor,
	[LEXICON_TICKER] = lexicon_ticker,
	[LEXICON_CTA] = lexicon_cta,
	[LEXICON_SITE] = lexicon_site,
	[LEXICON_BIO_HEAD] = lexicon_bio_head,
	[LEXICON_PHOTO] = lexicon_photo,
	[LEXICON_LOADING] = lexicon_loading,
	[LEXICON_ADDRESS] = lexicon_address,
	[LEXICON_REPORT] = lexicon_report,
};
