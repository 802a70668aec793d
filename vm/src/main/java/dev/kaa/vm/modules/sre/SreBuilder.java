package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyStr;
import java.io.ByteArrayOutputStream;

/**
 * The result of {@code sub} and of template expansion, built as a str or as bytes like the
 * subject.
 *
 * <p>Thread safety: confined to one call.
 */
final class SreBuilder {
    final boolean isStr;
    final StringBuilder text;
    final ByteArrayOutputStream bytes;

    SreBuilder(boolean isStr) {
        this.isStr = isStr;
        this.text = isStr ? new StringBuilder() : null;
        this.bytes = isStr ? null : new ByteArrayOutputStream();
    }

    /**
     * Appends a replacement piece: a str for str subjects, a bytes-like object otherwise, with the
     * message {@code ''.join} / {@code b''.join} give for anything else (CPython joins the pieces).
     */
    void appendPiece(Object piece, int index) {
        if (isStr) {
            if (!(piece instanceof PyStr s)) {
                throw PyErr.typeError("sequence item %d: expected str instance, %T found", index, piece);
            }
            text.append(s.value());
            return;
        }
        if (piece instanceof PyBytes b) {
            bytes.writeBytes(b.data());
        } else if (piece instanceof PyByteArray || piece instanceof PyMemoryView) {
            SreSubject s = SreSubject.ofOrNull(piece);
            bytes.write(s.bytes, 0, s.length);
        } else {
            throw PyErr.typeError("sequence item %d: expected a bytes-like object, %T found", index, piece);
        }
    }

    Object result() {
        return isStr ? PyStr.of(text.toString()) : new PyBytes(bytes.toByteArray());
    }
}
