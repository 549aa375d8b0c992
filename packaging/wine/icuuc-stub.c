/* A stand-in for Windows' own icuuc.dll, for test runs under wine only; never installed.
 *
 * Qt 6 on Windows links the ICU that Windows 10 (1903+) and 11 ship in System32. Wine 8 has
 * none, so Qt6Core.dll would not load. Qt uses these converters only for legacy (non-UTF)
 * text encodings, which PartsDesk never asks for: every function reports "not available".
 */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define STUB __declspec(dllexport)

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }

STUB void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
STUB void ucnv_close(void *cnv) { (void)cnv; }
STUB void ucnv_reset(void *cnv) { (void)cnv; }
STUB signed char ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 4; }
STUB const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
STUB void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
STUB void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
STUB void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(err); }
STUB void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(err); }
STUB void ucnv_cbToUWriteUChars(void *a, const void *s, int l, int o, UErrorCode *err) { (void)a; (void)s; (void)l; (void)o; fail(err); }
STUB void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *l, int o, UErrorCode *err) { (void)a; (void)s; (void)l; (void)o; fail(err); }
STUB void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int *o, signed char f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
STUB void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int *o, signed char f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
STUB int ucnv_toUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
STUB int ucnv_fromUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
STUB const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) { (void)n; (void)s; fail(err); return NULL; }
STUB const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
STUB int ucnv_countAvailable(void) { return 0; }
STUB void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void *c, void *a, const void *s, int l, int cp, int r, UErrorCode *err) { (void)c; (void)a; (void)s; (void)l; (void)cp; (void)r; fail(err); }
STUB void UCNV_TO_U_CALLBACK_SUBSTITUTE(void *c, void *a, const char *s, int l, int r, UErrorCode *err) { (void)c; (void)a; (void)s; (void)l; (void)r; fail(err); }
