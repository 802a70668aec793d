package dev.kaa.stdlib.csv;

import static dev.kaa.stdlib.csv.Dialect.QUOTE_NONE;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_NONNUMERIC;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_NOTNULL;
import static dev.kaa.stdlib.csv.Dialect.QUOTE_STRINGS;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code _csv.reader}: an iterator over the rows of CSV text, read line by line from any
 * iterable of strings. A state machine eats the text a character at a time, as CPython's
 * does: a row may span lines (a newline inside quotes, or escaped), {@code \r\n}, {@code \n}
 * and a bare {@code \r} all end a row, and a newline left inside an unquoted field means the
 * file was opened without {@code newline=''}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class CsvReader extends ExtensionObject {
    /** Where the parser is. */
    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    /** The end of a line, fed to the parser after its last character (never a code point). */
    private static final int EOL = -2;

    private final CsvState module;
    private final Iterator<Object> input;
    private final Dialect dialect;
    private long lineNum;

    private State state = State.START_RECORD;
    private List<Object> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    /** The field's length in characters (code points), which the field size limit bounds. */
    private long fieldLen;
    private boolean unquotedField;

    CsvReader(CsvState module, Iterator<Object> input, Dialect dialect) {
        super(module.readerType);
        this.module = module;
        this.input = input;
        this.dialect = dialect;
    }

    static PythonType register(ModuleDefinition m) {
        return m.addType("reader", CsvReader.class, MethodHandles.lookup(),
                "The rows of CSV text: each step reads one row, a list of fields, from the lines of the\n"
                + "iterable the reader was made with (a row may span lines).");
    }

    /** As CPython's, the type cannot be called: {@code _csv.reader()} makes one. */
    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '" + (cls == CsvState.current().readerType ? "_csv.reader" : cls.name()) + "' instances");
    }

    @PyGetter(member = true)
    Object dialect() {
        return dialect;
    }

    @PyGetter(value = "line_num", member = true)
    long lineNum() {
        return lineNum;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        reset();
        do {
            if (!input.hasNext()) {
                if (fieldLen != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw Py.error(module.error, "unexpected end of data");
                    }
                    saveField();
                    break;
                }
                throw Py.errorWithArgs(Py.builtinType("StopIteration"));
            }
            Object line = input.next();
            if (!Py.isInstance(line, module.str)) {
                throw Py.error(module.error, "iterator should return strings, not " + Py.typeOf(line).name()
                        + " (the file should be opened in text mode)");
            }
            lineNum++;
            String s = Py.asString(line);
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                processChar(c);
            }
            processChar(EOL);
        } while (state != State.START_RECORD);
        List<Object> row = fields;
        fields = null;
        return Py.list(row.toArray());
    }

    private void reset() {
        fields = new ArrayList<>();
        field.setLength(0);
        fieldLen = 0;
        state = State.START_RECORD;
        unquotedField = false;
    }

    /** One step of the state machine: {@code c} is a code point or {@link #EOL}. */
    private void processChar(int c) {
        Dialect d = dialect;
        switch (state) {
            case START_RECORD -> {
                if (c == EOL) {
                    return; // an empty line is an empty row
                }
                if (c == '\n' || c == '\r') {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
            }
            case START_FIELD -> startField(c);
            case ESCAPED_CHAR -> {
                if (c == '\n' || c == '\r') {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
            }
            case AFTER_ESCAPED_CRNL -> {
                if (c != EOL) {
                    inField(c);
                }
            }
            case IN_FIELD -> inField(c);
            case IN_QUOTED_FIELD -> {
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
            }
            case ESCAPE_IN_QUOTED_FIELD -> {
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
            }
            case QUOTE_IN_QUOTED_FIELD -> quoteInQuotedField(c);
            case EAT_CRNL -> {
                if (c == EOL) {
                    state = State.START_RECORD;
                } else if (c != '\n' && c != '\r') {
                    throw Py.error(module.error, "new-line character seen in unquoted field - "
                            + "do you need to open the file with newline=''?");
                }
            }
        }
    }

    private void startField(int c) {
        Dialect d = dialect;
        unquotedField = true;
        if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
            unquotedField = false;
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return; // spaces before a field are skipped
        } else if (c == d.delimiter) {
            saveField();
        } else {
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        Dialect d = dialect;
        if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c);
        }
    }

    /** After a quote inside a quoted field, when quotes are doubled. */
    private void quoteInQuotedField(int c) {
        Dialect d = dialect;
        if (d.quoting != QUOTE_NONE && c == d.quotechar) {
            addChar(c); // "" stands for "
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (!d.strict) {
            addChar(c);
            state = State.IN_FIELD;
        } else {
            throw Py.error(module.error, "'" + Character.toString(d.delimiter) + "' expected after '"
                    + Character.toString(d.quotechar) + "'");
        }
    }

    private void addChar(int c) {
        if (fieldLen >= module.fieldLimit) {
            throw Py.error(module.error, "field larger than field limit (" + module.fieldLimit + ")");
        }
        field.appendCodePoint(c);
        fieldLen++;
    }

    /**
     * Ends the field: None for an empty unquoted one under QUOTE_NOTNULL or QUOTE_STRINGS, a
     * float for a non-empty unquoted one under QUOTE_NONNUMERIC or QUOTE_STRINGS.
     */
    private void saveField() {
        int quoting = dialect.quoting;
        Object value;
        if (unquotedField && fieldLen == 0 && (quoting == QUOTE_NOTNULL || quoting == QUOTE_STRINGS)) {
            value = Py.none();
        } else {
            value = Py.str(field.toString());
            if (unquotedField && fieldLen != 0 && (quoting == QUOTE_NONNUMERIC || quoting == QUOTE_STRINGS)) {
                value = Py.call(Py.builtinType("float"), value);
            }
            field.setLength(0);
            fieldLen = 0;
        }
        fields.add(value);
    }
}
