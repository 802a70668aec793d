package dev.kaa.parser.internal.tokenize;

/**
 * One f-string being tokenized (PEP 701): its quotes, and the stack of replacement fields
 * ({@code {…}}) open in it. A field remembers the bracket level its {@code '{'} made, and whether
 * its format spec (after the top-level {@code ':'}) has begun.
 *
 * <p>Thread safety: confined to its tokenizer.
 */
final class FStringState {
    final char quote;
    final boolean triple;
    final boolean raw;
    /** Line and char index of the f-string's first character (its prefix). */
    final int line;
    final int startIndex;

    private int[] fieldLevels = new int[4];
    private boolean[] inSpec = new boolean[4];
    private int fields;

    FStringState(char quote, boolean triple, boolean raw, int line, int startIndex) {
        this.quote = quote;
        this.triple = triple;
        this.raw = raw;
        this.line = line;
        this.startIndex = startIndex;
    }

    /** Whether the tokenizer reads literal text: outside any field, or in a format spec. */
    boolean inLiteral() {
        return fields == 0 || inSpec[fields - 1];
    }

    boolean inFormatSpec() {
        return fields > 0 && inSpec[fields - 1];
    }

    int fieldCount() {
        return fields;
    }

    /** The bracket level of the innermost open field, or -1. */
    int fieldLevel() {
        return fields == 0 ? -1 : fieldLevels[fields - 1];
    }

    void openField(int level) {
        if (fields == fieldLevels.length) {
            fieldLevels = java.util.Arrays.copyOf(fieldLevels, fields * 2);
            inSpec = java.util.Arrays.copyOf(inSpec, fields * 2);
        }
        fieldLevels[fields] = level;
        inSpec[fields] = false;
        fields++;
    }

    void startFormatSpec() {
        inSpec[fields - 1] = true;
    }

    void endFormatSpec() {
        inSpec[fields - 1] = false;
    }

    void closeField() {
        fields--;
    }
}
