/*
 * dom-int.h: between dom-name.c, which reads what a class or id names,
 * and dom-gen.c, which finds what in it is generated or styling.
 */

#ifndef DOM_INT_H
#define DOM_INT_H

const char	*dom_next_name(const char *, const char **);
size_t		 dom_code_run(const char *, const char *);
size_t		 dom_hex_run(const char *, const char *);
int		 dom_hash(const char *, const char *, int);
int		 dom_module_hash(const char *, const char *, const char *,
		    const char *);
const char	*dom_hash_tail(const char *, const char *);
int		 dom_responsive(const char *, const char *, size_t);
int		 dom_atomic(const char *);
int		 dom_atomic_mixed(const char *);
int		 dom_hashed(const char *);
int		 dom_styled(const char *, const char *);
int		 dom_utility(const char *);

#endif /* DOM_INT_H */
