package dev.kaa.vm.modules.expat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A non-validating, incremental XML 1.0 scanner in the manner of Expat: text is fed in pieces
 * ({@link #feed}); each complete construct is reported to the {@link Sink} as soon as it has
 * been read, and an incomplete one waits for more text. Well-formedness errors are thrown as
 * {@link XmlError} with Expat's codes and positions.
 *
 * <p>Line ends are normalised ({@code \r\n} and {@code \r} read as {@code \n}); character
 * data is reported in pieces that end at line ends and references, as Expat does. Internal
 * general entities declared in the DOCTYPE's internal subset are expanded as text.
 *
 * <p>Thread safety: confined to one thread.
 */
final class XmlScanner {

    /** What the scanner reports. {@code raw} is the construct's source text. */
    interface Sink {
        void position(int line, int column, long byteIndex);

        void xmlDecl(String version, String encoding, int standalone, String raw);

        /** {@code attributes}: name, value pairs; the first {@code specified} were written, the rest defaulted. */
        void startElement(String name, List<String> attributes, int specified, String raw);

        void endElement(String name, String raw);

        void characters(String text, String raw);

        void comment(String text, String raw);

        void processingInstruction(String target, String data, String raw);

        void startCdata(String raw);

        void endCdata(String raw);

        void startDoctype(String name, String systemId, String publicId, boolean internalSubset);

        void endDoctype();

        void entityDecl(String name, boolean parameter, String value, String systemId, String publicId,
                String notation);

        /** Text outside the root element and undefined entity references Expat passes on. */
        void other(String raw);

        /** Whether references to internal entities are expanded (else they are skipped). */
        boolean expandEntities();

        /** Whether the DOCTYPE declaration is reported (else its tokens go to {@link #other}). */
        boolean reportsDoctype();

        /**
         * Whether declarations of this kind ("ENTITY", "ELEMENT", "ATTLIST", "NOTATION") are
         * reported (else their tokens go to {@link #other}).
         */
        boolean reportsDecl(String kind);

        void elementDecl(String name, ContentModel model);

        void attlistDecl(String element, String attribute, String type, String dflt, boolean required);

        void notationDecl(String name, String systemId, String publicId);

        void skippedEntity(String name, boolean parameter, String raw);

        /** A reference to an external parsed entity: whether it was handled (false is an error). */
        boolean externalEntityRef(String name, String systemId, String publicId);
    }

    private static final int NEED_MORE = -1;
    private static final Map<String, String> PREDEFINED = Map.of("lt", "<", "gt", ">", "amp", "&", "apos", "'",
            "quot", "\"");

    private final Sink sink;
    private final StringBuilder buf = new StringBuilder();
    private boolean bytesAreUtf8 = true;
    private boolean isFinal;
    /** Line, column and byte index of {@code buf}'s first character. */
    private int line = 1;
    private int column;
    private long byteIndex;
    /** The buffer index that {@link #line}, {@link #column} and {@link #byteIndex} describe. */
    private int mark;
    private boolean lastWasCr;
    private boolean atDocumentStart = true;
    private boolean seenRoot;
    private boolean rootClosed;
    private boolean externalDtd;
    private final ArrayDeque<String> open = new ArrayDeque<>();
    private final Map<String, String> entities = new HashMap<>();
    /** External general entities: name to {system id, public id}. */
    private final Map<String, String[]> externalEntities = new HashMap<>();
    /** Default attribute values from ATTLIST declarations: element name to name, value pairs. */
    private final Map<String, List<String>> defaults = new HashMap<>();

    XmlScanner(Sink sink) {
        this.sink = sink;
    }

    /** Undefined entities are skipped, not errors, as with an external DTD ({@code UseForeignDTD}). */
    void foreignDtd() {
        externalDtd = true;
    }

    /** Byte indexes count UTF-8 bytes (true) or one byte a character (false). */
    void utf8Bytes(boolean utf8) {
        bytesAreUtf8 = utf8;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    long byteIndex() {
        return byteIndex;
    }

    /** Adds {@code text} and reports every construct now complete; at the end with {@code last}. */
    void feed(CharSequence text, boolean last) {
        buf.append(text);
        isFinal = last;
        int pos = 0;
        for (;;) {
            int next = step(pos);
            if (next == NEED_MORE || next == pos) {
                break;
            }
            advance(pos, next);
            pos = next;
        }
        buf.delete(0, pos);
        mark = 0;
        if (last) {
            if (!buf.isEmpty()) {
                throw errorAt(unclosedCode(), 0);
            }
            if (!seenRoot || !open.isEmpty()) {
                throw errorAt(ExpatErrors.NO_ELEMENTS, 0);
            }
        }
    }

    /** The error for text left over at the end. */
    private int unclosedCode() {
        return buf.charAt(0) == '<' ? ExpatErrors.UNCLOSED_TOKEN : ExpatErrors.INVALID_TOKEN;
    }

    /** An error at index {@code at} of the buffer. */
    XmlError errorAt(int code, int at) {
        int l = line;
        int c = column;
        long b = byteIndex;
        boolean cr = lastWasCr;
        for (int i = mark; i < at && i < buf.length(); i++) {
            char ch = buf.charAt(i);
            b += byteLength(i);
            if (ch == '\n' && cr) {
                cr = false;
                continue;
            }
            if (ch == '\n' || ch == '\r') {
                l++;
                c = 0;
            } else if (!Character.isLowSurrogate(ch)) {
                c++;
            }
            cr = ch == '\r';
        }
        return new XmlError(code, l, c, b);
    }

    private int byteLength(int i) {
        char ch = buf.charAt(i);
        if (!bytesAreUtf8 || ch < 0x80) {
            return 1;
        }
        if (ch < 0x800) {
            return 2;
        }
        return Character.isSurrogate(ch) ? 2 : 3;
    }

    /** Moves the position past buffer indexes [from, to). */
    private void advance(int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = buf.charAt(i);
            byteIndex += byteLength(i);
            if (ch == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            if (ch == '\n' || ch == '\r') {
                line++;
                column = 0;
            } else if (!Character.isLowSurrogate(ch)) {
                column++;
            }
            lastWasCr = ch == '\r';
        }
        mark = to;
        atDocumentStart = false;
    }

    private void report(int pos) {
        XmlError p = errorAt(0, pos);
        sink.position(p.line, p.column, p.byteIndex);
    }

    /** Reads one construct at {@code pos}: the index after it, or NEED_MORE. */
    private int step(int pos) {
        int n = buf.length();
        if (pos >= n) {
            return NEED_MORE;
        }
        char c = buf.charAt(pos);
        if (c == '<') {
            return markup(pos);
        }
        if (!open.isEmpty()) {
            return c == '&' ? reference(pos) : text(pos);
        }
        // Outside the root element only blanks may appear.
        int p = pos;
        while (p < n && isBlank(buf.charAt(p))) {
            p++;
        }
        if (p == pos) {
            if (rootClosed) {
                throw errorAt(ExpatErrors.JUNK_AFTER_DOC_ELEMENT, pos);
            }
            // In the prolog a name is a token in the wrong place; anything else is not a token.
            int e = nameEnd(pos, n);
            if (e == n && !isFinal) {
                return NEED_MORE;
            }
            if (e == pos || (e < n && !isBlank(buf.charAt(e)))) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, e);
            }
            throw errorAt(ExpatErrors.SYNTAX, pos);
        }
        if (p == n && !isFinal && buf.charAt(p - 1) == '\r') {
            p--;
            if (p == pos) {
                return NEED_MORE;
            }
        }
        report(pos);
        sink.other(buf.substring(pos, p));
        return p;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Character data up to the next markup, reference or line end. */
    private int text(int pos) {
        int n = buf.length();
        char c = buf.charAt(pos);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && pos + 1 >= n && !isFinal) {
                return NEED_MORE;
            }
            int end = c == '\r' && pos + 1 < n && buf.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
            report(pos);
            sink.characters("\n", buf.substring(pos, end));
            return end;
        }
        int p = pos;
        while (p < n) {
            char ch = buf.charAt(p);
            if (ch == '<' || ch == '&' || ch == '\r' || ch == '\n') {
                break;
            }
            if (ch == '>' && p >= 2 && buf.charAt(p - 1) == ']' && buf.charAt(p - 2) == ']' && p - 2 >= pos) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, p);
            }
            p++;
        }
        if (p == n && !isFinal && Character.isHighSurrogate(buf.charAt(p - 1))) {
            p--;
            if (p == pos) {
                return NEED_MORE;
            }
        }
        report(pos);
        String s = buf.substring(pos, p);
        sink.characters(s, s);
        return p;
    }

    /** An entity or character reference in content. */
    private int reference(int pos) {
        int semi = indexOf(';', pos);
        if (semi < 0) {
            if (!isFinal) {
                return NEED_MORE;
            }
            throw errorAt(ExpatErrors.INVALID_TOKEN, pos);
        }
        String raw = buf.substring(pos, semi + 1);
        String name = buf.substring(pos + 1, semi);
        report(pos);
        if (name.startsWith("#")) {
            sink.characters(charRef(name, pos), raw);
        } else {
            checkName(name, pos + 1);
            String v = PREDEFINED.get(name);
            if (v != null) {
                sink.characters(v, raw);
            } else if (entities.containsKey(name)) {
                if (sink.expandEntities()) {
                    expand(name, pos, new ArrayList<>());
                } else {
                    sink.skippedEntity(name, false, raw);
                }
            } else if (externalEntities.containsKey(name)) {
                String[] ids = externalEntities.get(name);
                if (!sink.externalEntityRef(name, ids[0], ids[1])) {
                    throw errorAt(21, pos);
                }
            } else if (externalDtd) {
                sink.skippedEntity(name, false, raw);
            } else {
                throw errorAt(ExpatErrors.UNDEFINED_ENTITY, pos);
            }
        }
        return semi + 1;
    }

    /** Reports the replacement text of entity {@code name} as character data. */
    private void expand(String name, int pos, List<String> active) {
        if (active.contains(name)) {
            throw errorAt(ExpatErrors.RECURSIVE_ENTITY_REF, pos);
        }
        active.add(name);
        String value = entities.get(name);
        int i = 0;
        StringBuilder text = new StringBuilder();
        while (i < value.length()) {
            char c = value.charAt(i);
            int semi = c == '&' ? value.indexOf(';', i) : -1;
            if (semi > 0) {
                String ref = value.substring(i + 1, semi);
                String v = ref.startsWith("#") ? charRef(ref, pos) : PREDEFINED.get(ref);
                if (v != null) {
                    text.append(v);
                } else if (entities.containsKey(ref)) {
                    flush(text);
                    expand(ref, pos, active);
                } else {
                    throw errorAt(ExpatErrors.UNDEFINED_ENTITY, pos);
                }
                i = semi + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text);
        active.remove(active.size() - 1);
    }

    private void flush(StringBuilder text) {
        if (!text.isEmpty()) {
            String s = text.toString();
            sink.characters(s, s);
            text.setLength(0);
        }
    }

    /** The character of reference {@code #123} or {@code #x1F}. */
    private String charRef(String ref, int pos) {
        try {
            int cp = ref.length() > 1 && ref.charAt(1) == 'x'
                    ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)) {
                return Character.toString(cp);
            }
        } catch (NumberFormatException e) {
            boolean hex = ref.length() > 1 && ref.charAt(1) == 'x';
            int i = hex ? 2 : 1;
            while (i < ref.length() && Character.digit(ref.charAt(i), hex ? 16 : 10) >= 0) {
                i++;
            }
            throw errorAt(ExpatErrors.INVALID_TOKEN, pos + 1 + i);
        }
        throw errorAt(ExpatErrors.BAD_CHAR_REF, pos);
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < buf.length(); i++) {
            if (buf.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(String s, int from) {
        return buf.indexOf(s, from);
    }

    /** Waits for more text, or at the end fails with {@code code} at {@code at}. */
    private int incomplete(int code, int at) {
        if (!isFinal) {
            return NEED_MORE;
        }
        throw errorAt(code, at);
    }

    private boolean startsWith(String s, int pos) {
        if (buf.length() - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf.charAt(pos + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the buffer from {@code pos} could still become {@code s}. */
    private boolean prefixOf(String s, int pos) {
        int n = buf.length() - pos;
        return n < s.length() && s.startsWith(buf.substring(pos));
    }

    private int markup(int pos) {
        int n = buf.length();
        if (pos + 1 >= n) {
            return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
        }
        char c = buf.charAt(pos + 1);
        if (c == '?') {
            return pi(pos);
        }
        if (c == '/') {
            return endTag(pos);
        }
        if (c == '!') {
            if (startsWith("<!--", pos)) {
                // "--" may only end the comment.
                int end = indexOf("--", pos + 4);
                if (end < 0 || end + 2 >= buf.length()) {
                    return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
                }
                if (buf.charAt(end + 2) != '>') {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, end + 2);
                }
                report(pos);
                sink.comment(normalise(buf.substring(pos + 4, end)), buf.substring(pos, end + 3));
                return end + 3;
            }
            if (!open.isEmpty() && startsWith("<![CDATA[", pos)) {
                return cdata(pos);
            }
            if (open.isEmpty() && !seenRoot && startsWith("<!DOCTYPE", pos)) {
                return doctype(pos);
            }
            if (prefixOf("<!--", pos) || prefixOf("<![CDATA[", pos) || prefixOf("<!DOCTYPE", pos)) {
                return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            boolean word = pos + 2 < n && Character.isLetter(buf.charAt(pos + 2));
            throw open.isEmpty() && word ? errorAt(ExpatErrors.SYNTAX, pos) : errorAt(ExpatErrors.INVALID_TOKEN, pos + 2);
        }
        return startTag(pos);
    }

    private int cdata(int pos) {
        int start = pos + 9;
        int end = indexOf("]]>", start);
        if (end < 0) {
            if (!isFinal) {
                return NEED_MORE;
            }
            throw errorAt(ExpatErrors.UNCLOSED_CDATA_SECTION, buf.length());
        }
        report(pos);
        sink.startCdata("<![CDATA[");
        String body = buf.substring(start, end);
        int i = 0;
        while (i < body.length()) {
            int nl = nextLineEnd(body, i);
            if (nl > i) {
                String s = body.substring(i, nl);
                sink.characters(s, s);
            }
            if (nl < body.length()) {
                int e = body.charAt(nl) == '\r' && nl + 1 < body.length() && body.charAt(nl + 1) == '\n' ? nl + 2 : nl + 1;
                sink.characters("\n", body.substring(nl, e));
                i = e;
            } else {
                i = nl;
            }
        }
        sink.endCdata("]]>");
        return end + 3;
    }

    private static int nextLineEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return s.length();
    }

    private static String normalise(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private int pi(int pos) {
        int n = buf.length();
        int ne = nameEnd(pos + 2, n);
        if (ne < n) {
            char c = buf.charAt(ne);
            if (ne == pos + 2 || (!isBlank(c) && c != '?')) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, ne);
            }
        }
        int end = indexOf("?>", pos + 2);
        if (end < 0) {
            return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
        }
        int p = pos + 2;
        int nameEnd = nameEnd(p, end);
        if (nameEnd == p) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, p);
        }
        String target = buf.substring(p, nameEnd);
        if (nameEnd < end && !isBlank(buf.charAt(nameEnd))) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, nameEnd);
        }
        int d = nameEnd;
        while (d < end && isBlank(buf.charAt(d))) {
            d++;
        }
        String raw = buf.substring(pos, end + 2);
        if (target.equals("xml")) {
            if (!atDocumentStart) {
                throw errorAt(ExpatErrors.MISPLACED_XML_PI, pos);
            }
            xmlDecl(buf.substring(d, end), raw, d);
            return end + 2;
        }
        if (target.equalsIgnoreCase("xml")) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, nameEnd);
        }
        report(pos);
        sink.processingInstruction(target, normalise(buf.substring(d, end)), raw);
        return end + 2;
    }

    /**
     * The XML declaration whose pseudo-attributes {@code body} start at buffer index {@code at}:
     * version, then optionally encoding, then optionally standalone (yes or no). Errors point
     * where Expat's do.
     */
    private void xmlDecl(String body, String raw, int at) {
        int n = body.length();
        String version = null;
        String encoding = null;
        int standalone = -1;
        int i = 0;
        boolean first = true;
        for (;;) {
            int blanks = i;
            while (i < n && isBlank(body.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (!first && i == blanks) {
                throw errorAt(ExpatErrors.XML_DECL, at + i);
            }
            int nameStart = i;
            while (i < n && !isBlank(body.charAt(i)) && body.charAt(i) != '=') {
                i++;
            }
            String name = body.substring(nameStart, i);
            while (i < n && isBlank(body.charAt(i))) {
                i++;
            }
            if (i >= n || body.charAt(i) != '=') {
                throw errorAt(ExpatErrors.XML_DECL, at + n);
            }
            i++;
            while (i < n && isBlank(body.charAt(i))) {
                i++;
            }
            char q = i < n ? body.charAt(i) : 0;
            if (q != '"' && q != '\'') {
                throw errorAt(ExpatErrors.XML_DECL, at + i);
            }
            int close = body.indexOf(q, i + 1);
            if (close < 0) {
                // Expat stops at the first character a value cannot hold.
                int k = i + 1;
                while (k < n && (Character.isLetterOrDigit(body.charAt(k)) || "._-".indexOf(body.charAt(k)) >= 0)) {
                    k++;
                }
                throw errorAt(ExpatErrors.XML_DECL, at + k);
            }
            String value = body.substring(i + 1, close);
            String allowed = name.equals("version") ? "._:-" : name.equals("encoding") ? "._-" : null;
            for (int k = 0; allowed != null && k < value.length(); k++) {
                char c = value.charAt(k);
                boolean ok = (c < 0x80 && Character.isLetterOrDigit(c)) || allowed.indexOf(c) >= 0;
                if (!ok || (k == 0 && name.equals("encoding") && !Character.isLetter(c))) {
                    throw errorAt(ExpatErrors.XML_DECL, at + i + 1 + k);
                }
            }
            switch (name) {
                case "version" -> {
                    if (!first) {
                        throw errorAt(ExpatErrors.XML_DECL, at + nameStart);
                    }
                    version = value;
                }
                case "encoding" -> {
                    if (version == null || encoding != null || standalone != -1) {
                        throw errorAt(ExpatErrors.XML_DECL, at + nameStart);
                    }
                    encoding = value;
                }
                case "standalone" -> {
                    if (version == null || standalone != -1) {
                        throw errorAt(ExpatErrors.XML_DECL, at + nameStart);
                    }
                    if (!value.equals("yes") && !value.equals("no")) {
                        throw errorAt(ExpatErrors.XML_DECL, at + i + 1);
                    }
                    standalone = value.equals("yes") ? 1 : 0;
                }
                default -> throw errorAt(ExpatErrors.XML_DECL, at + nameStart);
            }
            i = close + 1;
            first = false;
        }
        if (version == null) {
            throw errorAt(ExpatErrors.XML_DECL, at + n);
        }
        report(mark);
        sink.xmlDecl(version, encoding, standalone, raw);
    }

    /** The end of the XML name starting at {@code p} (no further than {@code limit}). */
    private int nameEnd(int p, int limit) {
        int i = p;
        while (i < limit) {
            char c = buf.charAt(i);
            boolean ok = i == p ? isNameStart(c) : isNameChar(c);
            if (!ok) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
                || (c >= 0x80 && (Character.isLetter(c) || Character.isSurrogate(c) || c == 0xB7 || Character.getType(c) == Character.LETTER_NUMBER));
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || (c >= 0x80 && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == 0xB7));
    }

    private void checkName(String name, int at) {
        if (name.isEmpty() || !isNameStart(name.charAt(0))) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, at);
        }
        for (int i = 1; i < name.length(); i++) {
            if (!isNameChar(name.charAt(i))) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, at + i);
            }
        }
    }

    private int endTag(int pos) {
        int gt = indexOf('>', pos + 2);
        if (gt < 0) {
            return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
        }
        int p = pos + 2;
        int e = nameEnd(p, gt);
        if (e == p) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, p);
        }
        for (int i = e; i < gt; i++) {
            if (!isBlank(buf.charAt(i))) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
        }
        String name = buf.substring(p, e);
        if (open.isEmpty() || !open.peek().equals(name)) {
            throw errorAt(open.isEmpty() ? ExpatErrors.INVALID_TOKEN : ExpatErrors.TAG_MISMATCH, p);
        }
        open.pop();
        report(pos);
        sink.endElement(name, buf.substring(pos, gt + 1));
        if (open.isEmpty()) {
            rootClosed = true;
        }
        return gt + 1;
    }

    /** The index of the {@code >} ending the tag at {@code pos} (quotes skipped), or -1. */
    private int tagEnd(int pos) {
        char quote = 0;
        for (int i = pos + 1; i < buf.length(); i++) {
            char c = buf.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A start tag, read left to right so that the first bad character is the one reported (as
     * Expat does); running out of text before the closing {@code >} waits for more.
     */
    private int startTag(int pos) {
        int n = buf.length();
        if (rootClosed) {
            if (tagEnd(pos) < 0) {
                return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            throw errorAt(ExpatErrors.JUNK_AFTER_DOC_ELEMENT, pos);
        }
        int p = pos + 1;
        int e = nameEnd(p, n);
        if (e == n) {
            return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
        }
        if (e == p) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, p);
        }
        String name = buf.substring(p, e);
        List<String> attrs = new ArrayList<>();
        p = e;
        boolean empty = false;
        int gt;
        for (;;) {
            int blanks = p;
            while (p < n && isBlank(buf.charAt(p))) {
                p++;
            }
            if (p >= n) {
                return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            char c = buf.charAt(p);
            if (c == '>') {
                gt = p;
                break;
            }
            if (c == '/') {
                if (p + 1 >= n) {
                    return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
                }
                if (buf.charAt(p + 1) != '>') {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, p + 1);
                }
                gt = p + 1;
                empty = true;
                break;
            }
            if (p == blanks) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, p);
            }
            int ne = nameEnd(p, n);
            if (ne == n) {
                return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            if (ne == p) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, p);
            }
            String an = buf.substring(p, ne);
            int q = ne;
            while (q < n && isBlank(buf.charAt(q))) {
                q++;
            }
            if (q >= n) {
                return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            if (buf.charAt(q) != '=') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, q);
            }
            q++;
            while (q < n && isBlank(buf.charAt(q))) {
                q++;
            }
            if (q >= n) {
                return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            char quote = buf.charAt(q);
            if (quote != '"' && quote != '\'') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, q);
            }
            int close = valueEnd(q + 1, quote);
            if (close < 0) {
                return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
            }
            for (int k = 0; k < attrs.size(); k += 2) {
                if (attrs.get(k).equals(an)) {
                    throw errorAt(ExpatErrors.DUPLICATE_ATTRIBUTE, p);
                }
            }
            attrs.add(an);
            attrs.add(attributeValue(q + 1, close, pos));
            p = close + 1;
        }
        report(pos);
        open.push(name);
        seenRoot = true;
        String raw = buf.substring(pos, gt + 1);
        int specified = attrs.size() / 2;
        List<String> d = defaults.get(name);
        for (int k = 0; d != null && k < d.size(); k += 2) {
            if (!hasName(attrs, d.get(k))) {
                attrs.add(d.get(k));
                attrs.add(d.get(k + 1));
            }
        }
        sink.startElement(name, attrs, specified, raw);
        if (empty) {
            open.pop();
            sink.endElement(name, "");
            if (open.isEmpty()) {
                rootClosed = true;
            }
        }
        return gt + 1;
    }

    private static boolean hasName(List<String> pairs, String name) {
        for (int k = 0; k < pairs.size(); k += 2) {
            if (pairs.get(k).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the quote closing an attribute value that starts at {@code from}, checking
     * its characters and references on the way; -1 when the text ends first.
     */
    private int valueEnd(int from, char quote) {
        int n = buf.length();
        int i = from;
        while (i < n) {
            char c = buf.charAt(i);
            if (c == quote) {
                return i;
            }
            if (c == '<') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            if (c == '&') {
                int j = i + 1;
                if (j < n && buf.charAt(j) == '#') {
                    j++;
                    boolean hex = j < n && buf.charAt(j) == 'x';
                    if (hex) {
                        j++;
                    }
                    int digits = j;
                    while (j < n && Character.digit(buf.charAt(j), hex ? 16 : 10) >= 0 && buf.charAt(j) < 0x80) {
                        j++;
                    }
                    if (j < n && (j == digits || buf.charAt(j) != ';')) {
                        throw errorAt(ExpatErrors.INVALID_TOKEN, j);
                    }
                } else {
                    int e = nameEnd(j, n);
                    if (e < n && (e == j || buf.charAt(e) != ';')) {
                        throw errorAt(ExpatErrors.INVALID_TOKEN, e);
                    }
                    j = e;
                }
                if (j >= n) {
                    return -1;
                }
                i = j + 1;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** The normalised value of the attribute text in [from, to) of the tag at {@code tagStart}. */
    private String attributeValue(int from, int to, int tagStart) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = buf.charAt(i);
            if (c == '<') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            if (c == '&') {
                int semi = indexOf(';', i);
                if (semi < 0 || semi > to) {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, i);
                }
                String ref = buf.substring(i + 1, semi);
                if (ref.startsWith("#")) {
                    sb.append(charRef(ref, i));
                } else {
                    checkName(ref, i + 1);
                    String v = PREDEFINED.get(ref);
                    if (v == null) {
                        v = entities.get(ref);
                        if (v == null) {
                            // Expat reports it at the start of the tag.
                            throw errorAt(ExpatErrors.UNDEFINED_ENTITY, tagStart);
                        }
                        v = v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
                    }
                    sb.append(v);
                }
                i = semi + 1;
            } else if (c == '\r') {
                sb.append(' ');
                i += i + 1 < to && buf.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                sb.append(c == '\t' || c == '\n' ? ' ' : c);
                i++;
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- DOCTYPE

    private int doctype(int pos) {
        // Find the end: the '>' after the optional internal subset, skipping quoted text.
        int n = buf.length();
        int i = pos + 9;
        char quote = 0;
        int subsetStart = -1;
        int subsetEnd = -1;
        int end = -1;
        while (i < n) {
            char c = buf.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (subsetStart >= 0 && subsetEnd < 0 && startsWith("<!--", i)) {
                int ce = indexOf("-->", i + 4);
                if (ce < 0) {
                    break;
                }
                i = ce + 3;
                continue;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' && subsetStart < 0) {
                subsetStart = i + 1;
            } else if (c == ']' && subsetStart >= 0 && subsetEnd < 0) {
                subsetEnd = i;
            } else if (c == '>' && (subsetStart < 0 || subsetEnd >= 0)) {
                end = i;
                break;
            }
            i++;
        }
        if (end < 0) {
            return incomplete(ExpatErrors.UNCLOSED_TOKEN, pos);
        }
        List<String> words = words(pos + 9, subsetStart >= 0 ? subsetStart - 1 : end);
        if (words.isEmpty()) {
            throw errorAt(ExpatErrors.SYNTAX, pos);
        }
        String name = words.get(0);
        String systemId = null;
        String publicId = null;
        if (words.size() >= 3 && words.get(1).equals("SYSTEM")) {
            systemId = unquote(words.get(2));
        } else if (words.size() >= 4 && words.get(1).equals("PUBLIC")) {
            publicId = unquote(words.get(2));
            systemId = unquote(words.get(3));
        } else if (words.size() != 1) {
            throw errorAt(ExpatErrors.SYNTAX, pos);
        }
        externalDtd = systemId != null;
        report(pos);
        boolean reported = sink.reportsDoctype();
        if (reported) {
            sink.startDoctype(name, systemId, publicId, subsetStart >= 0);
        } else {
            otherTokens(pos, subsetStart >= 0 ? subsetStart : end);
        }
        if (subsetStart >= 0) {
            internalSubset(subsetStart, subsetEnd);
            if (!reported) {
                otherTokens(subsetEnd, end + 1);
            }
        }
        if (reported) {
            sink.endDoctype();
        } else if (subsetStart < 0) {
            sink.other(">");
        }
        return end + 1;
    }

    private static String unquote(String s) {
        return s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
    }

    /** Blank-separated words of [from, to), quoted strings kept whole with their quotes. */
    private List<String> words(int from, int to) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = buf.charAt(i);
            if (isBlank(c)) {
                i++;
                continue;
            }
            int s = i;
            if (c == '"' || c == '\'') {
                int close = indexOf(c, i + 1);
                i = close < 0 || close >= to ? to : close + 1;
            } else {
                while (i < to && !isBlank(buf.charAt(i)) && buf.charAt(i) != '"' && buf.charAt(i) != '\'') {
                    i++;
                }
            }
            out.add(buf.substring(s, i));
        }
        return out;
    }

    /**
     * Passes the markup in [from, to) to the default handler in Expat's tokens: blank runs,
     * quoted strings, {@code <!KEYWORD}, names and single delimiters.
     */
    private void otherTokens(int from, int to) {
        int i = from;
        while (i < to) {
            char c = buf.charAt(i);
            int j = i + 1;
            if (isBlank(c)) {
                while (j < to && isBlank(buf.charAt(j))) {
                    j++;
                }
            } else if (c == '"' || c == '\'') {
                int close = indexOf(c, i + 1);
                j = close < 0 || close >= to ? to : close + 1;
            } else if (c == '<' && i + 1 < to && buf.charAt(i + 1) == '!') {
                j = i + 2;
                while (j < to && Character.isLetter(buf.charAt(j))) {
                    j++;
                }
            } else if (c == ')') {
                // A closing parenthesis keeps its quantifier: ")*".
                j = i + 1 < to && "?*+".indexOf(buf.charAt(i + 1)) >= 0 ? i + 2 : i + 1;
            } else if (c != '>' && c != '[' && c != ']' && c != '(' && c != '|' && c != ',') {
                while (j < to && !isBlank(buf.charAt(j)) && "<>[]\"'()|,".indexOf(buf.charAt(j)) < 0) {
                    j++;
                }
            }
            sink.other(normalise(buf.substring(i, j)));
            i = j;
        }
    }

    /** Reads the entity declarations of the internal subset; other declarations are skipped. */
    private void internalSubset(int from, int to) {
        int i = from;
        while (i < to) {
            if (startsWith("<!--", i)) {
                int e = indexOf("-->", i + 4);
                int stop = e < 0 ? to : e + 3;
                sink.other(normalise(buf.substring(i, stop)));
                i = stop;
                continue;
            }
            String kind = startsWith("<!ENTITY", i) ? "ENTITY" : startsWith("<!ELEMENT", i) ? "ELEMENT"
                    : startsWith("<!ATTLIST", i) ? "ATTLIST" : startsWith("<!NOTATION", i) ? "NOTATION" : null;
            if (kind != null) {
                int e = declEnd(i, to);
                int bodyStart = i + 2 + kind.length();
                boolean reported = sink.reportsDecl(kind);
                switch (kind) {
                    case "ENTITY" -> entityDecl(i, words(bodyStart, e), reported);
                    case "ELEMENT" -> {
                        List<String> w = words(bodyStart, e);
                        ContentModel m = w.isEmpty() ? null
                                : ContentModel.parse(buf.substring(bodyStart, e).strip().substring(w.get(0).length()));
                        if (m == null) {
                            throw errorAt(ExpatErrors.SYNTAX, i);
                        }
                        if (reported) {
                            sink.elementDecl(w.get(0), m);
                        }
                    }
                    case "ATTLIST" -> {
                        int lt = ltInQuotes(bodyStart, e);
                        if (lt >= 0) {
                            throw errorAt(ExpatErrors.INVALID_TOKEN, lt);
                        }
                        attlistDecl(i, attlistWords(bodyStart, e), reported);
                    }
                    default -> notationDecl(i, words(bodyStart, e), reported);
                }
                if (!reported) {
                    otherTokens(i, Math.min(e + 1, to));
                }
                i = e + 1;
                continue;
            }
            if (isBlank(buf.charAt(i))) {
                int j = i;
                while (j < to && isBlank(buf.charAt(j))) {
                    j++;
                }
                sink.other(normalise(buf.substring(i, j)));
                i = j;
                continue;
            }
            if (buf.charAt(i) == '%') {
                // A parameter entity reference: the DTD is not complete, so undefined
                // entities are no longer errors (as with an external subset).
                externalDtd = true;
            }
            if (buf.charAt(i) == '<') {
                int e = Math.min(declEnd(i, to) + 1, to);
                otherTokens(i, e);
                i = e;
                continue;
            }
            otherTokens(i, i + 1);
            i++;
        }
    }

    private int declEnd(int from, int to) {
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = buf.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return to;
    }

    /** The words of an ATTLIST body, with each enumeration {@code (a|b)} as one word. */
    private List<String> attlistWords(int from, int to) {
        List<String> out = new ArrayList<>();
        for (String w : words(from, to)) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).startsWith("(") && !out.get(last).endsWith(")")) {
                out.set(last, out.get(last) + w);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static final java.util.Set<String> ATTRIBUTE_TYPES = java.util.Set.of("CDATA", "ID", "IDREF", "IDREFS",
            "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS", "NOTATION");

    /** The index of a {@code <} inside quotes in [from, to), or -1 (attribute defaults cannot hold one). */
    private int ltInQuotes(int from, int to) {
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = buf.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '<') {
                    return i;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
        }
        return -1;
    }

    private void attlistDecl(int at, List<String> w, boolean reported) {
        if (w.isEmpty()) {
            throw errorAt(ExpatErrors.SYNTAX, at);
        }
        String element = w.get(0);
        int i = 1;
        while (i < w.size()) {
            if (i + 2 > w.size()) {
                throw errorAt(ExpatErrors.SYNTAX, at);
            }
            String name = w.get(i);
            String type = w.get(i + 1);
            if (!type.startsWith("(") && !ATTRIBUTE_TYPES.contains(type)) {
                throw errorAt(ExpatErrors.SYNTAX, at);
            }
            if (type.equals("NOTATION") && i + 2 < w.size()) {
                type = "NOTATION" + w.get(i + 2);
                i++;
            }
            i += 2;
            if (i >= w.size()) {
                throw errorAt(ExpatErrors.SYNTAX, at);
            }
            String d = w.get(i++);
            String value = null;
            boolean required = false;
            if (d.equals("#REQUIRED")) {
                required = true;
            } else if (d.equals("#FIXED")) {
                required = true;
                if (i >= w.size()) {
                    throw errorAt(ExpatErrors.SYNTAX, at);
                }
                value = unquote(w.get(i++));
            } else if (!d.equals("#IMPLIED")) {
                value = unquote(d);
            }
            if (value != null) {
                value = charRefsOnly(normalise(value), at).replace('\t', ' ').replace('\n', ' ');
                List<String> list = defaults.computeIfAbsent(element, k -> new ArrayList<>());
                if (!list.contains(name)) {
                    list.add(name);
                    list.add(value);
                }
            }
            if (reported) {
                sink.attlistDecl(element, name, type, value, required);
            }
        }
    }

    private void notationDecl(int at, List<String> w, boolean reported) {
        if (w.size() < 3) {
            throw errorAt(ExpatErrors.SYNTAX, at);
        }
        String systemId = null;
        String publicId = null;
        if (w.get(1).equals("SYSTEM")) {
            systemId = unquote(w.get(2));
        } else if (w.get(1).equals("PUBLIC")) {
            publicId = unquote(w.get(2));
            systemId = w.size() > 3 ? unquote(w.get(3)) : null;
        } else {
            throw errorAt(ExpatErrors.SYNTAX, at);
        }
        if (reported) {
            sink.notationDecl(w.get(0), systemId, publicId);
        }
    }

    private void entityDecl(int at, List<String> w, boolean reported) {
        boolean parameter = !w.isEmpty() && w.get(0).equals("%");
        if (parameter) {
            w = w.subList(1, w.size());
        }
        if (w.size() < 2) {
            throw errorAt(ExpatErrors.SYNTAX, at);
        }
        String name = w.get(0);
        String first = w.get(1);
        if (first.startsWith("\"") || first.startsWith("'")) {
            String value = charRefsOnly(normalise(unquote(first)), at);
            if (!parameter && !entities.containsKey(name)) {
                entities.put(name, value);
            }
            if (reported) {
                sink.entityDecl(name, parameter, value, null, null, null);
            }
            return;
        }
        String systemId = null;
        String publicId = null;
        String notation = null;
        if (first.equals("SYSTEM") && w.size() >= 3) {
            systemId = unquote(w.get(2));
            notation = w.size() >= 5 && w.get(3).equals("NDATA") ? w.get(4) : null;
        } else if (first.equals("PUBLIC") && w.size() >= 4) {
            publicId = unquote(w.get(2));
            systemId = unquote(w.get(3));
            notation = w.size() >= 6 && w.get(4).equals("NDATA") ? w.get(5) : null;
        } else {
            throw errorAt(ExpatErrors.SYNTAX, at);
        }
        if (!parameter && notation == null && !entities.containsKey(name) && !externalEntities.containsKey(name)) {
            externalEntities.put(name, new String[] {systemId, publicId});
        }
        if (reported) {
            sink.entityDecl(name, parameter, null, systemId, publicId, notation);
        }
    }

    /** Entity values have their character references replaced when declared. */
    private String charRefsOnly(String v, int at) {
        if (v.indexOf("&#") < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < v.length()) {
            int semi;
            if (v.startsWith("&#", i) && (semi = v.indexOf(';', i)) > 0) {
                sb.append(charRef(v.substring(i + 1, semi), at));
                i = semi + 1;
            } else {
                sb.append(v.charAt(i++));
            }
        }
        return sb.toString();
    }
}
