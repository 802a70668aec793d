package dev.kaa.vm.objects;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields with automatic or manual
 * numbering, keyword names, attribute ({@code .name}) and index ({@code [key]}) lookups,
 * conversions {@code !r !s !a} and format specs that hold replacement fields themselves (one
 * level deep, as CPython allows).
 *
 * <p>Thread safety: confined (one instance per call).
 */
final class StrFormatter {
    /** Read only: never given to Python code. */
    private static final PyDict EMPTY_KEYWORDS = new PyDict();

    private final Object[] positional;
    private final PyDict keywords;
    private final Object mapping;
    /** -1 before any field; 1 automatic numbering; 0 manual. */
    private int autoState = -1;
    private int nextAuto;

    private StrFormatter(Object[] positional, PyDict keywords, Object mapping) {
        this.positional = positional;
        this.keywords = keywords;
        this.mapping = mapping;
    }

    /** {@code fmt.format(*args, **kwargs)} in the vectorcall layout. */
    static String format(String fmt, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        Object[] pos = nkw == 0 ? args : java.util.Arrays.copyOf(args, args.length - nkw);
        PyDict kw = nkw == 0 ? EMPTY_KEYWORDS : new PyDict();
        for (int i = 0; i < nkw; i++) {
            kw.setItem(PyStr.intern(kwnames[i]), args[pos.length + i]);
        }
        return new StrFormatter(pos, kw, null).build(fmt, 2);
    }

    static String formatMap(String fmt, Object mapping) {
        return new StrFormatter(null, null, mapping).build(fmt, 2);
    }

    private String build(String fmt, int depth) {
        if (depth <= 0) {
            throw PyErr.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        int n = fmt.length(), i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            Field f = parseField(fmt, i + 1);
            sb.append(render(f, depth));
            i = f.next;
        }
        return sb.toString();
    }

    /** One replacement field: name, conversion (0 when none), spec, and the index after its '}'. */
    private record Field(String name, char conversion, String spec, int next) {}

    /**
     * Reads the replacement field that starts after the '{' at {@code start - 1}, reporting
     * errors in the order CPython meets them while scanning: the name (where '[' ... ']' may
     * hold anything but '{' may not), '!' and one conversion character, then ':' and a spec
     * whose braces nest.
     */
    private static Field parseField(String fmt, int start) {
        int n = fmt.length(), i = start;
        while (true) {
            if (i >= n) {
                throw PyErr.valueError("expected '}' before end of string");
            }
            char c = fmt.charAt(i);
            if (c == '[') {
                int close = fmt.indexOf(']', i + 1);
                if (close < 0) {
                    throw PyErr.valueError("expected '}' before end of string");
                }
                i = close + 1;
                continue;
            }
            if (c == '{') {
                throw PyErr.valueError("unexpected '{' in field name");
            }
            if (c == '}' || c == '!' || c == ':') {
                break;
            }
            i++;
        }
        String name = fmt.substring(start, i);
        char conversion = 0;
        if (fmt.charAt(i) == '!') {
            if (i + 1 >= n) {
                throw PyErr.valueError("end of string while looking for conversion specifier");
            }
            conversion = fmt.charAt(i + 1);
            i += 2;
            if (i >= n) {
                throw PyErr.valueError("unmatched '{' in format spec");
            }
            if (fmt.charAt(i) != ':' && fmt.charAt(i) != '}') {
                throw PyErr.valueError("expected ':' after conversion specifier");
            }
        }
        if (fmt.charAt(i) == '}') {
            return new Field(name, conversion, "", i + 1);
        }
        int depth = 1;
        for (int j = i + 1; j < n; j++) {
            char c = fmt.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return new Field(name, conversion, fmt.substring(i + 1, j), j + 1);
            }
        }
        throw PyErr.valueError("unmatched '{' in format spec");
    }

    private String render(Field f, int depth) {
        Object value = lookup(f.name);
        switch (f.conversion) {
            case 0 -> { }
            case 'r' -> value = Abstract.repr(value);
            case 's' -> value = Abstract.str(value);
            case 'a' -> value = PyStr.of(StrFormat.ascii(value));
            default -> throw PyErr.valueError("Unknown conversion specifier %s", Character.toString(f.conversion));
        }
        String spec = f.spec;
        if (spec.indexOf('{') >= 0) {
            spec = build(spec, depth - 1);
        }
        return StrFormat.format(value, spec).value;
    }

    private Object lookup(String name) {
        int n = name.length(), i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object value;
        if (first.isEmpty()) {
            if (autoState == 0) {
                throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            autoState = 1;
            value = positional(nextAuto++);
        } else if (isDigits(first)) {
            if (autoState == 1) {
                throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            autoState = 0;
            value = positional(toIndex(first));
        } else {
            value = keyword(first);
        }
        while (i < n) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < n && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                value = Abstract.getAttr(value, PyStr.of(name.substring(i + 1, j)));
                i = j;
            } else if (c == '[') {
                int close = name.indexOf(']', i);
                if (close < 0) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, close);
                if (key.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                value = Abstract.getItem(value, isDigits(key) ? PyInt.of(toIndex(key)) : PyStr.of(key));
                i = close + 1;
                if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static int toIndex(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + digits.charAt(i) - '0';
            if (v > Integer.MAX_VALUE) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private Object positional(int index) {
        if (positional == null) {
            throw PyErr.valueError("Format string contains positional fields");
        }
        if (index >= positional.length) {
            throw PyErr.indexError("Replacement index %d out of range for positional args tuple", index);
        }
        return positional[index];
    }

    private Object keyword(String name) {
        PyStr key = PyStr.of(name);
        if (mapping != null) {
            return Abstract.getItem(mapping, key);
        }
        Object v = keywords.getItem(key);
        if (v == null) {
            throw PyErr.keyError(key);
        }
        return v;
    }
}
