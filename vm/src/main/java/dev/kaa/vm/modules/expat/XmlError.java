package dev.kaa.vm.modules.expat;

/**
 * A well-formedness error found by {@link XmlScanner}: an Expat error code and where it was
 * found (line from 1, column in characters from 0, byte index in the input).
 *
 * <p>Thread safety: immutable.
 */
final class XmlError extends RuntimeException {
    final int code;
    final int line;
    final int column;
    final long byteIndex;

    XmlError(int code, int line, int column, long byteIndex) {
        super(ExpatErrors.message(code), null, false, false);
        this.code = code;
        this.line = line;
        this.column = column;
        this.byteIndex = byteIndex;
    }
}
