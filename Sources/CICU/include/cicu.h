#ifndef CICU_H
#define CICU_H

#include <stdint.h>

/// A thin shim over the system ICU. Only <stdint.h> types cross this boundary: the ICU headers
/// stay inside cicu.c, where Debian's versioned symbol names resolve through ICU's own macros.

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator over a UTF-16 buffer that the caller keeps alive.
typedef struct cm_breaker cm_breaker;

enum { CM_BREAK_WORD = 0, CM_BREAK_SENTENCE = 1 };

/// Opens a word or sentence break iterator (root locale). Returns NULL and sets *status on error.
cm_breaker *cm_breaker_open(int32_t kind, int32_t *status);
/// Points the iterator at a new UTF-16 text. The buffer must outlive the iteration.
void cm_breaker_set_text(cm_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status);
/// The next boundary (a UTF-16 offset), or -1 when the text is exhausted.
int32_t cm_breaker_next(cm_breaker *breaker);
/// ICU's rule status of the segment that ends at the last boundary returned (UBRK_WORD_* values).
int32_t cm_breaker_rule_status(const cm_breaker *breaker);
void cm_breaker_close(cm_breaker *breaker);

/// Folds a UTF-16 string into a matching key: NFKC case folding, diacritics removed
/// (NFD, drop non-spacing marks, NFC), apostrophe and hyphen/dash variants unified to ' and -.
/// Returns the folded length (which may exceed `capacity`: call again with a larger buffer).
int32_t cm_fold(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

/// ICU's general category of a code point (UCharCategory values).
int32_t cm_char_type(int32_t codepoint);

#ifdef __cplusplus
}
#endif

#endif
