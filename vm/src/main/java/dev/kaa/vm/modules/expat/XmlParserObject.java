package dev.kaa.vm.modules.expat;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pyexpat.xmlparser}: the parser {@code ParserCreate} makes. Handlers are plain
 * attributes ({@code p.StartElementHandler = f}); {@link XmlScanner} reads the document and
 * this class turns what it finds into handler calls, with Expat's namespace processing,
 * character data buffering ({@code buffer_text}) and attribute forms
 * ({@code ordered_attributes}).
 *
 * <p>Thread safety: GIL-guarded.
 */
final class XmlParserObject extends PyObject implements XmlScanner.Sink {
    static final PyType TYPE = PyType.builtin("pyexpat.xmlparser", XmlParserObject.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    /** Handler attribute names, in the order of the {@code H_} indexes. */
    static final String[] HANDLERS = {
        "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
        "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler",
        "EndNamespaceDeclHandler", "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
        "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
        "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
        "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
    };
    private static final int H_START = 0, H_END = 1, H_PI = 2, H_DATA = 3, H_UNPARSED = 4, H_START_NS = 6,
            H_END_NS = 7, H_COMMENT = 8, H_START_CDATA = 9, H_END_CDATA = 10, H_DEFAULT = 11,
            H_DEFAULT_EXPAND = 12, H_START_DOCTYPE = 15, H_END_DOCTYPE = 16, H_ENTITY_DECL = 17,
            H_XML_DECL = 18, H_SKIPPED = 21, H_NOTATION_DECL = 5, H_EXTERNAL_ENTITY_REF = 14, H_ELEMENT_DECL = 19, H_ATTLIST_DECL = 20;

    private final Object[] handlers = new Object[HANDLERS.length];
    private final XmlScanner scanner = new XmlScanner(this);
    private final InputDecoder decoder;
    private final Namespaces namespaces;
    private final PyDict intern;
    private boolean bufferText;
    private int bufferSize = 8192;
    private final StringBuilder textBuffer = new StringBuilder();
    private boolean orderedAttributes;
    private boolean specifiedAttributes;
    private boolean reparseDeferral = true;
    private int paramEntityParsing;
    private Object base = PyNone.NONE;
    private boolean finished;
    private boolean started;
    private int errorCode;
    private int errorLine = 1;
    private int errorColumn;
    private long errorByte = -1;
    private int line = 1;
    private int column;
    private long byteIndex = -1;

    XmlParserObject(String encoding, String separator, PyDict intern) {
        this.decoder = new InputDecoder(encoding);
        this.namespaces = separator == null ? null : new Namespaces(separator);
        this.intern = intern;
    }

    @Override public PyType type() {
        return TYPE;
    }

    // ---------------------------------------------------------------- attributes

    private static int handlerIndex(String name) {
        for (int i = 0; i < HANDLERS.length; i++) {
            if (HANDLERS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @PyMethod
    Object __getattr__(Object name) {
        String n = Abstract.attrName(name).value();
        int h = handlerIndex(n);
        if (h >= 0) {
            return handlers[h] == null ? PyNone.NONE : handlers[h];
        }
        throw PyErr.attributeError("'pyexpat.xmlparser' object has no attribute '%s'", n);
    }

    @PyMethod
    void __setattr__(Object name, Object value) {
        String n = Abstract.attrName(name).value();
        int h = handlerIndex(n);
        if (h >= 0) {
            handlers[h] = value == PyNone.NONE ? null : value;
            return;
        }
        switch (n) {
            case "buffer_text" -> {
                boolean b = Abstract.isTrue(value);
                if (!b) {
                    flushText();
                }
                bufferText = b;
            }
            case "buffer_size" -> {
                if (!(value instanceof PyInt)) {
                    throw PyErr.typeError("buffer_size must be an integer");
                }
                long size = Abstract.asLong(value);
                if (size <= 0) {
                    throw PyErr.valueError("buffer_size must be greater than zero");
                }
                if (size > Integer.MAX_VALUE) {
                    throw PyErr.valueError("buffer_size must not be greater than %d", Integer.MAX_VALUE);
                }
                flushText();
                bufferSize = (int) size;
            }
            case "ordered_attributes" -> orderedAttributes = Abstract.isTrue(value);
            case "specified_attributes" -> specifiedAttributes = Abstract.isTrue(value);
            case "namespace_prefixes" -> {
                if (namespaces != null) {
                    namespaces.prefixes = Abstract.isTrue(value);
                }
            }
            case "intern", "buffer_used", "ErrorCode", "ErrorLineNumber", "ErrorColumnNumber", "ErrorByteIndex",
                    "CurrentLineNumber", "CurrentColumnNumber", "CurrentByteIndex" ->
                throw PyErr.attributeError("attribute '%s' of 'pyexpat.xmlparser' objects is not writable", n);
            default -> throw PyErr.attributeError(
                    "'pyexpat.xmlparser' object has no attribute '%s' and no __dict__ for setting new attributes", n);
        }
    }

    @PyGetter
    boolean buffer_text() {
        return bufferText;
    }

    @PyGetter
    int buffer_size() {
        return bufferSize;
    }

    @PyGetter
    int buffer_used() {
        return textBuffer.length();
    }

    @PyGetter
    boolean ordered_attributes() {
        return orderedAttributes;
    }

    @PyGetter
    boolean specified_attributes() {
        return specifiedAttributes;
    }

    @PyGetter
    boolean namespace_prefixes() {
        return namespaces != null && namespaces.prefixes;
    }

    @PyGetter
    Object intern() {
        return intern == null ? PyNone.NONE : intern;
    }

    @PyGetter
    int ErrorCode() {
        return errorCode;
    }

    @PyGetter
    int ErrorLineNumber() {
        return errorLine;
    }

    @PyGetter
    int ErrorColumnNumber() {
        return errorColumn;
    }

    @PyGetter
    long ErrorByteIndex() {
        return errorByte;
    }

    @PyGetter
    int CurrentLineNumber() {
        return errorCode != 0 ? errorLine : line;
    }

    @PyGetter
    int CurrentColumnNumber() {
        return errorCode != 0 ? errorColumn : column;
    }

    @PyGetter
    long CurrentByteIndex() {
        return errorCode != 0 ? errorByte : byteIndex;
    }

    // ---------------------------------------------------------------- methods

    @PyMethod
    Object Parse(Object data, @Opt("False") boolean isfinal) {
        byte[] bytes;
        if (data instanceof PyStr s) {
            decoder.forceUtf8();
            bytes = s.value().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = Buffers.orNull(data);
            if (bytes == null) {
                throw PyErr.typeError("a bytes-like object is required, not '%T'", data);
            }
        }
        return PyInt.of(parse(bytes, isfinal));
    }

    @PyMethod
    Object ParseFile(Object file) {
        Object read;
        try {
            read = Abstract.getAttr(file, "read");
        } catch (dev.kaa.vm.objects.PyException e) {
            if (!e.matches(dev.kaa.vm.objects.Exceptions.AttributeError)) {
                throw e;
            }
            throw PyErr.typeError("argument must have 'read' attribute");
        }
        for (;;) {
            Object chunk = Abstract.call(read, PyInt.of(2048));
            byte[] bytes;
            if (chunk instanceof PyBytes b) {
                bytes = b.data();
            } else {
                throw PyErr.typeError("read() did not return a bytes object (type=%s)", Abstract.typeOf(chunk).name());
            }
            if (bytes.length == 0) {
                return PyInt.of(parse(bytes, true));
            }
            parse(bytes, false);
        }
    }

    private int parse(byte[] bytes, boolean last) {
        if (finished) {
            throw fail(new XmlError(ExpatErrors.FINISHED, scanner.line(), scanner.column(), scanner.byteIndex()));
        }
        started = true;
        try {
            String text;
            try {
                text = decoder.decode(bytes, last);
            } catch (InputDecoder.Malformed m) {
                scanner.utf8Bytes(decoder.utf8());
                scanner.feed(m.decodedBefore, false);
                throw scanner.errorAt(m.code, Integer.MAX_VALUE);
            }
            scanner.utf8Bytes(decoder.utf8());
            scanner.feed(text, last);
            flushText();
            if (last) {
                finished = true;
            }
            return 1;
        } catch (XmlError e) {
            flushQuietly();
            finished = true;
            throw fail(e);
        }
    }

    private void flushQuietly() {
        textBuffer.setLength(0);
    }

    private RuntimeException fail(XmlError e) {
        errorCode = e.code;
        errorLine = e.line;
        errorColumn = e.column;
        errorByte = e.byteIndex;
        return ExpatModule.error(e.code, e.line, e.column);
    }

    @PyMethod
    void SetBase(Object b) {
        base = b;
    }

    @PyMethod
    Object GetBase() {
        return base;
    }

    @PyMethod
    Object GetInputContext() {
        return PyNone.NONE;
    }

    @PyMethod
    void UseForeignDTD(@Opt("True") boolean flag) {
        if (started) {
            throw ExpatModule.error(26, line, column);
        }
        if (flag) {
            scanner.foreignDtd();
        }
    }

    /** Kaa reads no external parameter entities whatever the setting; like Expat it accepts any. */
    @PyMethod
    int SetParamEntityParsing(int flag) {
        paramEntityParsing = flag;
        return 1;
    }

    @PyMethod
    boolean GetReparseDeferralEnabled() {
        return reparseDeferral;
    }

    @PyMethod
    void SetReparseDeferralEnabled(boolean enabled) {
        // Kaa's scanner reports each construct as soon as it is complete: there is no
        // reparse deferral to switch, only the flag to remember.
        reparseDeferral = enabled;
    }

    // ---------------------------------------------------------------- events

    private Object name(String s) {
        if (s == null) {
            return PyNone.NONE;
        }
        PyStr v = PyStr.of(s);
        if (intern == null) {
            return v;
        }
        Object known = intern.getItem(v);
        if (known != null) {
            return known;
        }
        intern.setItem(v, v);
        return v;
    }

    private static Object str(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    private void flushText() {
        if (textBuffer.isEmpty()) {
            return;
        }
        String s = textBuffer.toString();
        textBuffer.setLength(0);
        if (handlers[H_DATA] != null) {
            Abstract.call(handlers[H_DATA], PyStr.of(s));
        }
    }

    /** Text with no handler of its own goes to the default handler. */
    private void toDefault(String raw, String expanded) {
        if (handlers[H_DEFAULT_EXPAND] != null) {
            flushText();
            Abstract.call(handlers[H_DEFAULT_EXPAND], PyStr.of(expanded));
        } else if (handlers[H_DEFAULT] != null && !raw.isEmpty()) {
            flushText();
            Abstract.call(handlers[H_DEFAULT], PyStr.of(raw));
        }
    }

    @Override public boolean expandEntities() {
        return handlers[H_DEFAULT] == null || handlers[H_DEFAULT_EXPAND] != null;
    }

    @Override public boolean reportsDoctype() {
        return handlers[H_START_DOCTYPE] != null || handlers[H_END_DOCTYPE] != null
                || (handlers[H_DEFAULT] == null && handlers[H_DEFAULT_EXPAND] == null);
    }

    @Override public boolean reportsDecl(String kind) {
        boolean own = switch (kind) {
            case "ENTITY" -> handlers[H_ENTITY_DECL] != null || handlers[H_UNPARSED] != null;
            case "ELEMENT" -> handlers[H_ELEMENT_DECL] != null;
            case "ATTLIST" -> handlers[H_ATTLIST_DECL] != null;
            default -> handlers[H_NOTATION_DECL] != null;
        };
        return own || (handlers[H_DEFAULT] == null && handlers[H_DEFAULT_EXPAND] == null);
    }

    @Override public void elementDecl(String elementName, ContentModel model) {
        if (handlers[H_ELEMENT_DECL] != null) {
            flushText();
            Abstract.call(handlers[H_ELEMENT_DECL], name(elementName), model(model));
        }
    }

    private Object model(ContentModel m) {
        Object[] children = new Object[m.children().size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = model(m.children().get(i));
        }
        return PyTuple.of(PyInt.of(m.type()), PyInt.of(m.quant()), name(m.name()), PyTuple.of(children));
    }

    @Override public void attlistDecl(String element, String attribute, String attrType, String dflt,
            boolean required) {
        if (handlers[H_ATTLIST_DECL] != null) {
            flushText();
            Abstract.call(handlers[H_ATTLIST_DECL], name(element), name(attribute), str(attrType), str(dflt),
                    PyInt.of(required ? 1 : 0));
        }
    }

    @Override public void notationDecl(String notation, String systemId, String publicId) {
        if (handlers[H_NOTATION_DECL] != null) {
            flushText();
            Abstract.call(handlers[H_NOTATION_DECL], name(notation), base, str(systemId), str(publicId));
        }
    }

    @Override public void position(int l, int c, long b) {
        line = l;
        column = c;
        byteIndex = b;
    }

    @Override public void xmlDecl(String version, String encoding, int standalone, String raw) {
        if (handlers[H_XML_DECL] != null) {
            flushText();
            Abstract.call(handlers[H_XML_DECL], str(version), str(encoding), PyInt.of(standalone));
        } else {
            toDefault(raw, raw);
        }
    }

    @Override public void startElement(String qname, List<String> attributes, int specified, String raw) {
        flushText();
        String elementName = qname;
        List<String> attrs = specifiedAttributes ? attributes.subList(0, 2 * specified) : attributes;
        if (namespaces != null) {
            List<String[]> decls = namespaces.push(attrs);
            if (decls == null) {
                throw scanner.errorAt(namespaces.errorCode, 0);
            }
            for (String[] d : decls) {
                if (handlers[H_START_NS] != null) {
                    Abstract.call(handlers[H_START_NS], name(d[0]), name(d[1]));
                }
            }
            elementName = namespaces.expand(qname, true);
            attrs = namespaces.expandAttributes(attrs);
            if (elementName == null || attrs == null) {
                throw scanner.errorAt(namespaces.errorCode, 0);
            }
        }
        if (handlers[H_START] == null) {
            toDefault(raw, raw);
            return;
        }
        Object attrObject;
        if (orderedAttributes) {
            Object[] items = new Object[attrs.size()];
            for (int i = 0; i < items.length; i += 2) {
                items[i] = name(attrs.get(i));
                items[i + 1] = PyStr.of(attrs.get(i + 1));
            }
            attrObject = new PyList(items);
        } else {
            PyDict d = new PyDict();
            for (int i = 0; i < attrs.size(); i += 2) {
                d.setItem(name(attrs.get(i)), PyStr.of(attrs.get(i + 1)));
            }
            attrObject = d;
        }
        Abstract.call(handlers[H_START], name(elementName), attrObject);
    }

    @Override public void endElement(String qname, String raw) {
        flushText();
        String elementName = namespaces == null ? qname : namespaces.expand(qname, true);
        if (handlers[H_END] != null) {
            Abstract.call(handlers[H_END], name(elementName));
        } else {
            toDefault(raw, raw);
        }
        if (namespaces != null) {
            for (String prefix : namespaces.pop()) {
                if (handlers[H_END_NS] != null) {
                    Abstract.call(handlers[H_END_NS], name(prefix));
                }
            }
        }
    }

    @Override public void characters(String text, String raw) {
        if (handlers[H_DATA] == null) {
            toDefault(raw, text);
            return;
        }
        if (!bufferText) {
            Abstract.call(handlers[H_DATA], PyStr.of(text));
            return;
        }
        if (textBuffer.length() + text.length() > bufferSize) {
            flushText();
            if (text.length() > bufferSize) {
                Abstract.call(handlers[H_DATA], PyStr.of(text));
                return;
            }
        }
        textBuffer.append(text);
    }

    @Override public void comment(String text, String raw) {
        if (handlers[H_COMMENT] != null) {
            flushText();
            Abstract.call(handlers[H_COMMENT], PyStr.of(text));
        } else {
            toDefault(raw, raw);
        }
    }

    @Override public void processingInstruction(String target, String data, String raw) {
        if (handlers[H_PI] != null) {
            flushText();
            Abstract.call(handlers[H_PI], name(target), PyStr.of(data));
        } else {
            toDefault(raw, raw);
        }
    }

    @Override public void startCdata(String raw) {
        if (handlers[H_START_CDATA] != null) {
            flushText();
            Abstract.call(handlers[H_START_CDATA]);
        } else {
            toDefault(raw, raw);
        }
    }

    @Override public void endCdata(String raw) {
        if (handlers[H_END_CDATA] != null) {
            flushText();
            Abstract.call(handlers[H_END_CDATA]);
        } else {
            toDefault(raw, raw);
        }
    }

    @Override public void startDoctype(String doctypeName, String systemId, String publicId, boolean internalSubset) {
        flushText();
        if (handlers[H_START_DOCTYPE] != null) {
            Abstract.call(handlers[H_START_DOCTYPE], name(doctypeName), str(systemId), str(publicId),
                    PyInt.of(internalSubset ? 1 : 0));
        }
    }

    @Override public void endDoctype() {
        if (handlers[H_END_DOCTYPE] != null) {
            Abstract.call(handlers[H_END_DOCTYPE]);
        }
    }

    @Override public void entityDecl(String entityName, boolean parameter, String value, String systemId,
            String publicId, String notation) {
        flushText();
        if (notation != null && handlers[H_UNPARSED] != null) {
            Abstract.call(handlers[H_UNPARSED], name(entityName), base, str(systemId), str(publicId), name(notation));
        } else if (handlers[H_ENTITY_DECL] != null) {
            Abstract.call(handlers[H_ENTITY_DECL], name(entityName), PyInt.of(parameter ? 1 : 0), str(value), base,
                    str(systemId), str(publicId), name(notation));
        }
    }

    @Override public void other(String raw) {
        toDefault(raw, raw);
    }

    @Override public boolean externalEntityRef(String entityName, String systemId, String publicId) {
        if (handlers[H_EXTERNAL_ENTITY_REF] == null) {
            return true;
        }
        flushText();
        Object r = Abstract.call(handlers[H_EXTERNAL_ENTITY_REF], name(entityName), base, str(systemId),
                str(publicId));
        return Abstract.isTrue(r);
    }

    @Override public void skippedEntity(String entityName, boolean parameter, String raw) {
        if (handlers[H_SKIPPED] != null) {
            flushText();
            Abstract.call(handlers[H_SKIPPED], name(entityName), PyInt.of(parameter ? 1 : 0));
        } else {
            toDefault(raw, raw);
        }
    }
}
