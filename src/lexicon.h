/*
 * lexicon.h: the word lists of lexicon.c and the phrase search of
 * lexicon-match.c, for the classifier (clean-*.c), language guessing
 * (text.c) and import's threads (lexicon_warm).
 */

#ifndef LEXICON_H
#define LEXICON_H

enum lexicon_kind {
	LEXICON_SHARE, LEXICON_COMMENT_FORM, LEXICON_COPYRIGHT, LEXICON_PROMO,
	LEXICON_COOKIE, LEXICON_BOT, LEXICON_RELATED, LEXICON_AD, LEXICON_BIO,
	LEXICON_BIO_WEAK, LEXICON_BYLINE, LEXICON_COMMENT_WORDS, LEXICON_EDITOR,
	LEXICON_TICKER, LEXICON_CTA, LEXICON_SITE, LEXICON_BIO_HEAD,
	LEXICON_PHOTO, LEXICON_LOADING, LEXICON_ADDRESS, LEXICON_REPORT,
	LEXICON_NKINDS
};
int		 lexicon_is_stopword(const char *, size_t);
int		 lexicon_is_section(const char *, size_t);
int		 lexicon_is_command(const char *, size_t);
int		 lexicon_is_crumb(const char *, size_t);
int		 lexicon_is_readtime(const char *, size_t);
unsigned	 lexicon_lang_mask(const char *, size_t);
const char	*lexicon_lang_name(size_t);
int		 lexicon_is_function_char(uint32_t);
int		 lexicon_is_ko_ending(const char *, size_t);
int		 lexicon_ends_abbrev(const char *, size_t);
extern const char **const lexicon_lists[LEXICON_NKINDS];
void		 lexicon_warm(void);
#define LEXICON_NPAIRS	8192	/* hashed byte pairs: a power of two */
#define LEXICON_WORDS	128	/* 64 phrases each, of all kinds */
struct lexicon_block {
	const char	*s;		/* lower case */
	size_t		 n;
	const char	*b;		/* without punctuation around */
	const char	*e;
	uint64_t	 have[LEXICON_NPAIRS / 64 + 1]; /* its pairs, and 1 */
	uint64_t	 cand[LEXICON_WORDS]; /* phrases it may hold */
};
void		 lexicon_prepare(struct lexicon_block *, const char *, size_t);
const char	*lexicon_match(enum lexicon_kind,
		     const struct lexicon_block *);
int		 lexicon_anchored(enum lexicon_kind, const char *);
int		 lexicon_whole(enum lexicon_kind, const char *);

#endif /* LEXICON_H */
