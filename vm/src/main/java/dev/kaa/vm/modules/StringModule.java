package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.PyBool;
import java.lang.invoke.MethodHandles;

/**
 * {@code _string}: the format-string parsing {@code string.Formatter} is built on, with the
 * same splitting and the same errors as {@code str.format}.
 *
 * <p>Thread safety: stateless; each iterator is confined to its user.
 */
public final class StringModule {
    private StringModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_string");
        m.put("__doc__", PyStr.of("string helper module"));
        Exposer.functions(StringModule.class, MethodHandles.lookup(), "_string", m).forEach(m::put);
        return m;
    }

    @PyMethod(doc = "Break a format field name into its first part and an iterator of (is_attr, key) steps")
    static Object formatter_field_name_split(Object fieldName) {
        if (!(fieldName instanceof PyStr s)) {
            throw PyErr.typeError("expected str, got %T", fieldName);
        }
        String name = s.toString();
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        Object firstObj = first.isEmpty() ? PyStr.of("") : keyOf(first);
        return PyTuple.of(firstObj, new FieldNameIterator(name, end));
    }

    @PyMethod(doc = "Iterate over a format string as (literal, field_name, format_spec, conversion) tuples")
    static Object formatter_parser(Object format) {
        if (!(format instanceof PyStr s)) {
            throw PyErr.typeError("expected str, got %T", format);
        }
        return new FormatterIterator(s.toString());
    }

    /** A decimal number as an int (CPython's limit: a Py_ssize_t), else the text itself. */
    static Object keyOf(String text) {
        long v = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = Character.digit(text.charAt(i), 10);
            if (d < 0 || !Character.isDigit(text.charAt(i))) {
                return PyStr.of(text);
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return PyInt.of(v);
    }

    /**
     * The iterator {@code formatter_parser} gives: tuples {@code (literal_text, field_name,
     * format_spec, conversion)}, parsed one at a time so that errors come where CPython's do.
     */
    public static final class FormatterIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("formatteriterator", FormatterIterator.class,
                MethodHandles.lookup(), PyType.DISALLOW_INSTANTIATION);

        private final String s;
        private int pos;

        FormatterIterator(String s) {
            this.s = s;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            int n = s.length();
            if (pos >= n) {
                throw PyErr.stopIteration(null);
            }
            StringBuilder literal = new StringBuilder();
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '{' || c == '}') {
                    if (pos + 1 < n && s.charAt(pos + 1) == c) {
                        // A doubled brace ends the literal, which keeps one of them.
                        literal.append(c);
                        pos += 2;
                        return literalOnly(literal);
                    }
                    if (c == '}') {
                        throw PyErr.valueError("Single '}' encountered in format string");
                    }
                    if (pos + 1 >= n) {
                        throw PyErr.valueError("Single '{' encountered in format string");
                    }
                    pos++;
                    return field(literal.toString());
                }
                literal.append(c);
                pos++;
            }
            return literalOnly(literal);
        }

        private static Object literalOnly(StringBuilder literal) {
            return PyTuple.of(PyStr.of(literal.toString()), PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }

        /** Parses a replacement field; {@code pos} is just after its opening brace. */
        private Object field(String literal) {
            int n = s.length();
            int start = pos;
            boolean inBracket = false;
            while (true) {
                if (pos >= n) {
                    throw PyErr.valueError("expected '}' before end of string");
                }
                char c = s.charAt(pos);
                if (inBracket) {
                    inBracket = c != ']';
                } else if (c == '[') {
                    inBracket = true;
                } else if (c == '{') {
                    throw PyErr.valueError("unexpected '{' in field name");
                } else if (c == '}' || c == ':' || c == '!') {
                    break;
                }
                pos++;
            }
            String name = s.substring(start, pos);
            Object conversion = PyNone.NONE;
            char c = s.charAt(pos++);
            if (c == '!') {
                if (pos >= n) {
                    throw PyErr.valueError("end of string while looking for conversion specifier");
                }
                conversion = PyStr.of(String.valueOf(s.charAt(pos++)));
                if (pos >= n) {
                    throw PyErr.valueError("unmatched '{' in format spec");
                }
                c = s.charAt(pos++);
                if (c != ':' && c != '}') {
                    throw PyErr.valueError("expected ':' after conversion specifier");
                }
            }
            String spec = "";
            if (c == ':') {
                int specStart = pos;
                int level = 1;
                while (true) {
                    if (pos >= n) {
                        throw PyErr.valueError("unmatched '{' in format spec");
                    }
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        level++;
                    } else if (d == '}' && --level == 0) {
                        break;
                    }
                }
                spec = s.substring(specStart, pos - 1);
            }
            return PyTuple.of(PyStr.of(literal), PyStr.of(name), PyStr.of(spec), conversion);
        }
    }

    /** The iterator of {@code (is_attribute, key)} pairs after a field name's first part. */
    public static final class FieldNameIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("fieldnameiterator", FieldNameIterator.class,
                MethodHandles.lookup(), PyType.DISALLOW_INSTANTIATION);

        private final String s;
        private int pos;

        FieldNameIterator(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            int n = s.length();
            if (pos >= n) {
                throw PyErr.stopIteration(null);
            }
            char c = s.charAt(pos++);
            if (c == '.') {
                int start = pos;
                while (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    pos++;
                }
                if (pos == start) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                return PyTuple.of(PyBool.TRUE, PyStr.of(s.substring(start, pos)));
            }
            if (c == '[') {
                int start = pos;
                while (pos < n && s.charAt(pos) != ']') {
                    pos++;
                }
                if (pos >= n) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String key = s.substring(start, pos++);
                if (key.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                if (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                return PyTuple.of(PyBool.FALSE, keyOf(key));
            }
            throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
}
