package dev.kaa.stdlib.pickle;

/**
 * The pickle opcodes, as {@code pickletools} documents them: one byte each, named as in
 * {@code pickle.py}.
 *
 * <p>Thread safety: immutable.
 */
final class Opcodes {
    private Opcodes() {}

    // Protocol 0 and 1.
    static final byte MARK = '(', STOP = '.', POP = '0', POP_MARK = '1', DUP = '2', FLOAT = 'F', INT = 'I',
            BININT = 'J', BININT1 = 'K', LONG = 'L', BININT2 = 'M', NONE = 'N', PERSID = 'P', BINPERSID = 'Q',
            REDUCE = 'R', STRING = 'S', BINSTRING = 'T', SHORT_BINSTRING = 'U', UNICODE = 'V', BINUNICODE = 'X',
            APPEND = 'a', BUILD = 'b', GLOBAL = 'c', DICT = 'd', EMPTY_DICT = '}', APPENDS = 'e', GET = 'g',
            BINGET = 'h', INST = 'i', LONG_BINGET = 'j', LIST = 'l', EMPTY_LIST = ']', OBJ = 'o', PUT = 'p',
            BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't', EMPTY_TUPLE = ')', SETITEMS = 'u',
            BINFLOAT = 'G';
    // Protocol 2.
    static final byte PROTO = (byte) 0x80, NEWOBJ = (byte) 0x81, EXT1 = (byte) 0x82, EXT2 = (byte) 0x83,
            EXT4 = (byte) 0x84, TUPLE1 = (byte) 0x85, TUPLE2 = (byte) 0x86, TUPLE3 = (byte) 0x87,
            NEWTRUE = (byte) 0x88, NEWFALSE = (byte) 0x89, LONG1 = (byte) 0x8a, LONG4 = (byte) 0x8b;
    // Protocol 3.
    static final byte BINBYTES = 'B', SHORT_BINBYTES = 'C';
    // Protocol 4.
    static final byte SHORT_BINUNICODE = (byte) 0x8c, BINUNICODE8 = (byte) 0x8d, BINBYTES8 = (byte) 0x8e,
            EMPTY_SET = (byte) 0x8f, ADDITEMS = (byte) 0x90, FROZENSET = (byte) 0x91, NEWOBJ_EX = (byte) 0x92,
            STACK_GLOBAL = (byte) 0x93, MEMOIZE = (byte) 0x94, FRAME = (byte) 0x95;
    // Protocol 5.
    static final byte BYTEARRAY8 = (byte) 0x96, NEXT_BUFFER = (byte) 0x97, READONLY_BUFFER = (byte) 0x98;

    static final int HIGHEST_PROTOCOL = 5;
    static final int DEFAULT_PROTOCOL = 4;
    /** A frame is closed once it holds this much; a payload this big is written outside frames. */
    static final int FRAME_SIZE_TARGET = 64 * 1024;
    /** A frame smaller than this is written without its FRAME header (which would cost more). */
    static final int FRAME_SIZE_MIN = 4;
    /** Items per APPENDS, SETITEMS or ADDITEMS. */
    static final int BATCH_SIZE = 1000;
}
