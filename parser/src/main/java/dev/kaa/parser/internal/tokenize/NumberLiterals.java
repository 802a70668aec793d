package dev.kaa.parser.internal.tokenize;

import dev.kaa.bytecode.Constant;
import java.math.BigInteger;

/**
 * The value of a {@code NUMBER} token: {@link Long} (or {@link BigInteger} when it does not fit),
 * {@link Double}, or {@link Constant.Complex} with a zero real part for an imaginary literal.
 *
 * <p>Thread safety: stateless.
 */
public final class NumberLiterals {
    private NumberLiterals() {}

    /**
     * The value of {@code token}, which the tokenizer has checked to be well formed.
     *
     * @throws dev.kaa.parser.PySyntaxError for a decimal integer of more digits than the
     *         tokenizer's limit ({@code sys.get_int_max_str_digits()}), as CPython
     */
    public static Object parse(Token token, Tokenizer tokenizer) {
        String text = token.text().indexOf('_') >= 0 ? token.text().replace("_", "") : token.text();
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Constant.Complex(0.0, Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            switch (text.charAt(1)) {
                case 'x', 'X' -> {
                    return integer(text.substring(2), 16);
                }
                case 'o', 'O' -> {
                    return integer(text.substring(2), 8);
                }
                case 'b', 'B' -> {
                    return integer(text.substring(2), 2);
                }
                default -> { }
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(text);
            }
        }
        int limit = tokenizer.intMaxStrDigits();
        if (limit > 0 && text.length() > limit) {
            throw limitError(tokenizer, "Exceeds the limit (" + limit + " digits) for integer string conversion: "
                    + "value has " + text.length() + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    token.lineno());
        }
        return integer(text, 10);
    }

    /** CPython reports the limit at column 0 of the literal's line. */
    private static dev.kaa.parser.PySyntaxError limitError(Tokenizer tokenizer, String msg, int lineno) {
        return new dev.kaa.parser.PySyntaxError(dev.kaa.parser.PySyntaxError.Kind.SyntaxError, msg,
                tokenizer.filename(), lineno, 0, tokenizer.line(lineno), lineno, 0);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
