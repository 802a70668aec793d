"""Dump CPython's tokenize output for every .py file under a folder, for TokenizerLibTest.

Usage: python3.13 dump_tokens.py ROOT OUT

OUT gets, for each file (sorted by relative path):
    === relative/path
    TYPE<TAB>line<TAB>col<TAB>end_line<TAB>end_col<TAB>string      (one per token)
    !!! ExceptionName: message                                      (if tokenizing failed)
Columns are character offsets, as the tokenize module reports them. In the string, backslash,
newline, carriage return and tab are written as \\\\, \\n, \\r and \\t.
"""
import os
import sys
import tokenize


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main(root, out):
    paths = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in files:
            if name.endswith(".py"):
                paths.append(os.path.relpath(os.path.join(folder, name), root))
    paths.sort()
    with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
        for rel in paths:
            f.write("=== " + rel.replace(os.sep, "/") + "\n")
            try:
                with open(os.path.join(root, rel), "rb") as src:
                    for t in tokenize.tokenize(src.readline):
                        if t.type == tokenize.ENCODING:
                            continue
                        f.write("%s\t%d\t%d\t%d\t%d\t%s\n" % (tokenize.tok_name[t.type], t.start[0], t.start[1],
                                                          t.end[0], t.end[1], escape(t.string)))
            except Exception as e:
                f.write("!!! %s: %s\n" % (type(e).__name__, escape(str(e))))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
