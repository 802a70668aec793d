# tokenize.generate_tokens / tokenize.tokenize on small sources: every token tuple and the
# TokenError / IndentationError texts.
import io, tokenize, _tokenize

def show(src):
    print("==", repr(src))
    try:
        if isinstance(src, bytes):
            tokens = tokenize.tokenize(io.BytesIO(src).readline)
        else:
            tokens = tokenize.generate_tokens(io.StringIO(src).readline)
        for t in tokens:
            print(tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end,
                  repr(t.line))
    except Exception as e:
        print("ERR", type(e).__name__, e, getattr(e, "args", None))

for src in [
    "x = 1\n", "x = 1", "# c\n\nif x:  # hi\n    y = 'a'\n\n    z\nw\n", "def f():\n  if a:\n    pass\n",
    "f'a{x!r:>{w}} {{b}}' rf'''x\n{y}'''\n", "s = '''a\nb''' + \\\n  c\n", "(1,\n 2)\n",
    "é = 'ü'; x\r\ny\r\n", "x = (\n", "'abc\n", "  x\n y\n", "a.b@=c->d...**=//=!=:=\n",
    "0x1f 1.5e3j 1_000\n", "x\n   ", "x\n#c", "\n", "", "$",
    "if a:\n  if b:\n    x\n  y\n", "x = (\n1,\n", "x = [1,\n2\n", "'''abc\n", "\\x\n", "x = \\\n",
    "a\n\tb\n", "f'{x'\n", "x = 1\n  # c\ny\n", "async def f(): await x\n", "x = 5 if 1else 2\n",
    "0b2\n", "x = 'a\\\nb'\n", "a = 1 \\x\n", "x = '''a\nb''' \\y\n", "a = 1 \\", "if x:\n  a\n   \\\n",
    "f'{a:{b:{c}}}' f\"{x!r}\" f'{ {1:2}[1] }' f'''\n{x\n=}\n'''\n",
    "x = f'{a=}' + f'{1+1 = !s:>10}'\n", "f'\\N{DASH}{x}'\n", "rb'\\x' Rb'' U'x' BR'x'\n",
    "if 1:\n\tx\r\n\ty\r\n", "\x0cx\n", "a = 1 \\\n  + 2\n",
    "def f(x: int) -> 'str':\n    ...  # type: ignore\n", "x = 1 # 𝕏 comment\n𝕏 = '𝕏'\n",
    "'''\r\nab\r\n'''\r\n", "f'a\\\nb'\n", "print(f'{x:\\n}')\n", "@dec\nclass A(B, metaclass=M): pass\n",
    "lambda *a, **k: a[1:2, ...]\n", "f'{x!}'\n", "'''abc", "f'abc", "x = '\n", "x = 1\0\n",
    b"x = 1\n", b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", b"\xef\xbb\xbfx = '\xc3\xa9'\n", b"",
    "if x:\n        a\n\tb\n",
]:
    show(src)

try:
    _tokenize.TokenizerIter(io.StringIO("x").readline)
except TypeError as e:
    print(e)
for bad in [lambda: 1, lambda: b"x"]:
    try:
        list(_tokenize.TokenizerIter(bad, extra_tokens=True))
    except TypeError as e:
        print(e)
try:
    list(_tokenize.TokenizerIter(io.StringIO("x").readline, extra_tokens=True, encoding="utf-8"))
except TypeError as e:
    print(e)
it = _tokenize.TokenizerIter(iter(["a\n", "b\n"]).__next__, extra_tokens=True)
print(iter(it) is it, next(it), list(it), list(it))
