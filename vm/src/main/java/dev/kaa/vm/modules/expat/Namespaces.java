package dev.kaa.vm.modules.expat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expat's namespace processing ({@code ParserCreate(namespace_separator=...)}): the scopes of
 * {@code xmlns} declarations, and element and attribute names expanded to
 * {@code uri + separator + local} ({@code + separator + prefix} with {@code namespace_prefixes}).
 *
 * <p>Thread safety: confined to one thread.
 */
final class Namespaces {
    private static final String XML_URI = "http://www.w3.org/XML/1998/namespace";

    private final String separator;
    boolean prefixes;
    /** The error of the last failed call. */
    int errorCode;
    private final Map<String, String> bound = new HashMap<>();
    /** Per open element: the prefixes it declared ("" for the default) and their previous values. */
    private final ArrayDeque<List<String[]>> scopes = new ArrayDeque<>();

    Namespaces(String separator) {
        this.separator = separator;
        bound.put("xml", XML_URI);
    }

    /**
     * Opens an element's scope: its declarations as {prefix or null, uri or null} pairs, in
     * document order, or null on an error ({@link #errorCode}).
     */
    List<String[]> push(List<String> attributes) {
        List<String[]> scope = new ArrayList<>();
        List<String[]> decls = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i += 2) {
            String n = attributes.get(i);
            String uri = attributes.get(i + 1);
            String prefix;
            if (n.equals("xmlns")) {
                prefix = "";
            } else if (n.startsWith("xmlns:")) {
                prefix = n.substring(6);
                if (uri.isEmpty()) {
                    errorCode = 28;
                    return null;
                }
            } else {
                continue;
            }
            scope.add(new String[] {prefix, bound.get(prefix)});
            if (uri.isEmpty()) {
                bound.remove(prefix);
            } else {
                bound.put(prefix, uri);
            }
            decls.add(new String[] {prefix.isEmpty() ? null : prefix, uri.isEmpty() ? null : uri});
        }
        scopes.push(scope);
        return decls;
    }

    /** Closes the innermost scope: the prefixes it declared (null for the default), last first. */
    List<String> pop() {
        List<String[]> scope = scopes.pop();
        List<String> out = new ArrayList<>();
        for (int i = scope.size() - 1; i >= 0; i--) {
            String[] s = scope.get(i);
            if (s[1] == null) {
                bound.remove(s[0]);
            } else {
                bound.put(s[0], s[1]);
            }
            out.add(s[0].isEmpty() ? null : s[0]);
        }
        return out;
    }

    /** The expanded name of {@code qname} (the default namespace applies to elements only), or null. */
    String expand(String qname, boolean element) {
        int colon = qname.indexOf(':');
        if (colon < 0) {
            String uri = element ? bound.get("") : null;
            return uri == null ? qname : uri + separator + qname;
        }
        String prefix = qname.substring(0, colon);
        String uri = bound.get(prefix);
        if (uri == null) {
            errorCode = ExpatErrors.UNBOUND_PREFIX;
            return null;
        }
        String local = qname.substring(colon + 1);
        return prefixes ? uri + separator + local + separator + prefix : uri + separator + local;
    }

    /** The attributes without the declarations, names expanded; null on an error. */
    List<String> expandAttributes(List<String> attributes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i += 2) {
            String n = attributes.get(i);
            if (n.equals("xmlns") || n.startsWith("xmlns:")) {
                continue;
            }
            String e = expand(n, false);
            if (e == null) {
                return null;
            }
            for (int k = 0; k < out.size(); k += 2) {
                if (out.get(k).equals(e)) {
                    errorCode = ExpatErrors.DUPLICATE_ATTRIBUTE;
                    return null;
                }
            }
            out.add(e);
            out.add(attributes.get(i + 1));
        }
        return out;
    }
}
