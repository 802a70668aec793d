package dev.kaa.vm.modules.expat;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code pyexpat}: the XML parser behind {@code xml.parsers.expat}, {@code xml.etree} and
 * {@code xml.dom.minidom}, written for Kaa in the manner of Expat 2.6.3 (same events, error
 * codes and messages); the {@code errors} and {@code model} submodules.
 *
 * <p>Thread safety: stateless; each parser is confined to its thread.
 */
public final class ExpatModule {
    private ExpatModule() {}

    /** {@code xml.parsers.expat.ExpatError} (also {@code pyexpat.error}). */
    static final PyType ERROR = PyType.builtin("xml.parsers.expat.ExpatError", PyBaseException.class, null,
            Exceptions.Exception);

    public static PyModule create() {
        PyModule m = new PyModule("pyexpat");
        m.put("__doc__", PyStr.of("An XML parser built on the Expat interface."));
        Exposer.functions(ExpatModule.class, MethodHandles.lookup(), "pyexpat", m).forEach(m::put);
        m.put("ExpatError", ERROR);
        m.put("error", ERROR);
        m.put("XMLParserType", XmlParserObject.TYPE);
        m.put("EXPAT_VERSION", PyStr.of("expat_2.6.3"));
        m.put("version_info", PyTuple.of(PyInt.of(2), PyInt.of(6), PyInt.of(3)));
        m.put("native_encoding", PyStr.of("UTF-8"));
        m.put("features", new PyList(new Object[] {
            feature("sizeof(XML_Char)", 1), feature("sizeof(XML_LChar)", 1), feature("XML_DTD", 0),
            feature("XML_CONTEXT_BYTES", 1024), feature("XML_NS", 0), feature("XML_BLAP_MAX_AMP", 100),
            feature("XML_BLAP_ACT_THRES", 8388608), feature("XML_GE", 0)}));
        m.put("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.of(0));
        m.put("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.of(1));
        m.put("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.of(2));
        m.put("errors", errors());
        m.put("model", model());
        return m;
    }

    private static Object feature(String name, int value) {
        return PyTuple.of(PyStr.of(name), PyInt.of(value));
    }

    private static PyModule errors() {
        PyModule e = new PyModule("pyexpat.errors");
        e.put("__doc__", PyStr.of("Names of the parser's error codes."));
        PyDict codes = new PyDict();
        PyDict messages = new PyDict();
        for (int code = 1; code <= ExpatErrors.count(); code++) {
            PyStr msg = PyStr.of(ExpatErrors.message(code));
            e.put("XML_ERROR_" + ExpatErrors.NAMES[code], msg);
            codes.setItem(msg, PyInt.of(code));
            messages.setItem(PyInt.of(code), msg);
        }
        e.put("codes", codes);
        e.put("messages", messages);
        return e;
    }

    private static PyModule model() {
        PyModule m = new PyModule("pyexpat.model");
        m.put("__doc__", PyStr.of("Names for the parts of element content models."));
        String[] ctypes = {"XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME", "XML_CTYPE_CHOICE",
            "XML_CTYPE_SEQ"};
        for (int i = 0; i < ctypes.length; i++) {
            m.put(ctypes[i], PyInt.of(i + 1));
        }
        String[] quants = {"XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP", "XML_CQUANT_PLUS"};
        for (int i = 0; i < quants.length; i++) {
            m.put(quants[i], PyInt.of(i));
        }
        return m;
    }

    /** The ExpatError for {@code code} at a position: "msg: line L, column C" with its attributes. */
    static PyException error(int code, int line, int column) {
        PyBaseException e = PyBaseException.create(ERROR,
                PyStr.of(ExpatErrors.message(code) + ": line " + line + ", column " + column));
        Abstract.setAttr(e, PyStr.of("code"), PyInt.of(code));
        Abstract.setAttr(e, PyStr.of("lineno"), PyInt.of(line));
        Abstract.setAttr(e, PyStr.of("offset"), PyInt.of(column));
        return new PyException(e);
    }

    /** {@code ParserCreate(encoding=None, namespace_separator=None, intern=<new dict>)}. */
    @dev.kaa.vm.objects.PyMethod
    static Object ParserCreate(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 3) {
            throw PyErr.typeError("ParserCreate() takes at most 3 arguments (%d given)", npos);
        }
        Object[] values = new Object[3];
        String[] names = {"encoding", "namespace_separator", "intern"};
        System.arraycopy(args, 0, values, 0, npos);
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            int k = java.util.Arrays.asList(names).indexOf(kwnames[i]);
            if (k < 0) {
                throw PyErr.typeError("ParserCreate() got an unexpected keyword argument '%s'", kwnames[i]);
            }
            if (values[k] != null) {
                throw PyErr.typeError("argument for ParserCreate() given by name ('%s') and position (%d)",
                        kwnames[i], k + 1);
            }
            values[k] = args[npos + i];
        }
        String encoding = optionalStr(values[0], "encoding");
        String separator = optionalStr(values[1], "namespace_separator");
        if (separator != null && separator.codePointCount(0, separator.length()) > 1) {
            throw PyErr.valueError("namespace_separator must be at most one character, omitted, or None");
        }
        PyDict intern;
        if (values[2] == null) {
            intern = new PyDict();
        } else if (values[2] == PyNone.NONE) {
            intern = null;
        } else if (values[2] instanceof PyDict d) {
            intern = d;
        } else {
            throw PyErr.typeError("intern must be a dictionary");
        }
        return new XmlParserObject(encoding, separator, intern);
    }

    private static String optionalStr(Object v, String what) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("ParserCreate() argument '%s' must be str or None, not %T", what, v);
        }
        return s.value();
    }

    /** {@code ErrorString(code)}: the message of an error code, or None. */
    @dev.kaa.vm.objects.PyMethod
    static Object ErrorString(long code) {
        String m = ExpatErrors.message(code);
        return m == null ? PyNone.NONE : PyStr.of(m);
    }
}
