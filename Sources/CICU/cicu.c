#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

struct cm_breaker {
    UBreakIterator *iterator;
};

cm_breaker *cm_breaker_open(int32_t kind, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CM_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, "en", NULL, 0, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return NULL;
    cm_breaker *breaker = malloc(sizeof(cm_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void cm_breaker_set_text(cm_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
    *status = (int32_t)error;
}

int32_t cm_breaker_next(cm_breaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t cm_breaker_rule_status(const cm_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

void cm_breaker_close(cm_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

static UChar unify_punctuation(UChar c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x02B9: case 0x0060:
    case 0x00B4: case 0x2032: case 0xFF07:
        return 0x0027; /* apostrophe variants → ' */
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: case 0x00AD:
        return 0x002D; /* hyphen and dash variants → - */
    default:
        return c;
    }
}

/* Runs one normalizer into `stack` (room for `room` units) when the result fits, else into a
   malloc'ed buffer; `*out` is where the result is and `*owned` what to free (NULL for the stack).
   Returns the result's length, or -1. Tokens are short: nearly every call fits on the stack. */
static int32_t normalize_into(const UNormalizer2 *normalizer, const UChar *source, int32_t length,
                              UChar *stack, int32_t room, UChar **out, UChar **owned, UErrorCode *error) {
    *owned = NULL;
    int32_t produced = unorm2_normalize(normalizer, source, length, stack, room, error);
    if (*error == U_BUFFER_OVERFLOW_ERROR) {
        *error = U_ZERO_ERROR;
        UChar *buffer = malloc(sizeof(UChar) * ((size_t)produced + 1));
        if (buffer == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return -1; }
        produced = unorm2_normalize(normalizer, source, length, buffer, produced + 1, error);
        *owned = buffer;
        *out = buffer;
    } else {
        *out = stack;
    }
    if (U_FAILURE(*error)) return -1;
    return produced;
}

enum { FOLD_STACK_UNITS = 256 };

int32_t cm_fold(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&error);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&error);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    if (U_FAILURE(error)) { *status = (int32_t)error; return 0; }

    UChar foldedStack[FOLD_STACK_UNITS], decomposedStack[FOLD_STACK_UNITS], composedStack[FOLD_STACK_UNITS];
    UChar *folded = NULL, *decomposed = NULL, *composed = NULL;
    UChar *foldedOwned = NULL, *decomposedOwned = NULL, *composedOwned = NULL;
    int32_t result = 0;
    int32_t foldedLength = normalize_into(casefold, (const UChar *)source, length, foldedStack, FOLD_STACK_UNITS,
                                          &folded, &foldedOwned, &error);
    if (foldedLength < 0) goto done;
    int32_t decomposedLength = normalize_into(nfd, folded, foldedLength, decomposedStack, FOLD_STACK_UNITS,
                                              &decomposed, &decomposedOwned, &error);
    if (decomposedLength < 0) goto done;

    /* Drop non-spacing marks (diacritics) and unify punctuation variants, in place. */
    int32_t kept = 0;
    for (int32_t i = 0; i < decomposedLength;) {
        UChar32 c;
        int32_t start = i;
        U16_NEXT(decomposed, i, decomposedLength, c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        for (int32_t k = start; k < i; k++) decomposed[kept++] = unify_punctuation(decomposed[k]);
    }
    int32_t composedLength = normalize_into(nfc, decomposed, kept, composedStack, FOLD_STACK_UNITS,
                                            &composed, &composedOwned, &error);
    if (composedLength < 0) goto done;
    if (composedLength <= capacity) memcpy(dest, composed, sizeof(UChar) * (size_t)composedLength);
    result = composedLength;

done:
    free(foldedOwned);
    free(decomposedOwned);
    free(composedOwned);
    *status = (int32_t)error;
    return result;
}

int32_t cm_char_type(int32_t codepoint) {
    return (int32_t)u_charType((UChar32)codepoint);
}
