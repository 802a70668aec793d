package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * {@code int.__format__}: the presentation types {@code d b o x X n c} and none, the float
 * types through {@code float(self)}, with CPython's errors for options an int cannot take.
 *
 * <p>Thread safety: stateless.
 */
final class IntFormat {
    private IntFormat() {}

    static String format(PyInt self, String specText) {
        if (specText.isEmpty()) {
            return Abstract.str(self).toString();
        }
        String typeName = Abstract.typeOf(self).messageName();
        FormatSpec spec = FormatSpec.parse(specText, typeName, 'd', '>');
        switch (spec.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return FloatFormat.format(self.doubleValue(), spec, typeName);
            }
            case 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> { }
            default -> throw spec.unknownCode(typeName);
        }
        if (spec.precision >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type == 'c') {
            if (spec.sign != 0) {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!self.isLong()) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            if (self.value < 0 || self.value >= 0x110000) {
                throw PyErr.overflowError("%c arg not in range(0x110000)");
            }
            return spec.pad(new String(Character.toChars((int) self.value)));
        }
        int radix = switch (spec.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative = self.signum() < 0;
        String digits;
        if (radix == 10) {
            digits = Ints.toDecimal(self);
            if (negative) {
                digits = digits.substring(1);
            }
        } else {
            BigInteger abs = self.bigValue().abs();
            digits = self.isLong() && self.value != Long.MIN_VALUE
                    ? Long.toString(Math.abs(self.value), radix) : abs.toString(radix);
            if (spec.type == 'X') {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
        }
        String prefix = NumFormat.sign(negative, spec.sign);
        if (spec.alternate && radix != 10) {
            prefix += switch (spec.type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                default -> "0X";
            };
        }
        return NumFormat.layout(spec, prefix, digits, "");
    }
}
