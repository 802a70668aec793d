package dev.kaa.vm.modules.tokenize;

/**
 * The numbers Python 3.13's {@code token} module gives the token kinds {@link TokenizerIter}
 * yields.
 *
 * <p>Thread safety: stateless.
 */
final class TokenCodes {
    private TokenCodes() {}

    static int code(String type) {
        return switch (type) {
            case "ENDMARKER" -> 0;
            case "NAME" -> 1;
            case "NUMBER" -> 2;
            case "STRING" -> 3;
            case "NEWLINE" -> 4;
            case "INDENT" -> 5;
            case "DEDENT" -> 6;
            case "OP" -> 55;
            case "TYPE_COMMENT" -> 57;
            case "FSTRING_START" -> 59;
            case "FSTRING_MIDDLE" -> 60;
            case "FSTRING_END" -> 61;
            case "COMMENT" -> 62;
            case "NL" -> 63;
            default -> throw new IllegalArgumentException(type);
        };
    }
}
