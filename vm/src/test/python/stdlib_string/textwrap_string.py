# string constants, Template, Formatter; textwrap wrap/fill/dedent/indent/shorten.
import string
import textwrap
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Kaa", what="snake"), t.safe_substitute(who="x"))
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   world  again"), string.Formatter().format("{0}-{x}", 1, x=2))
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, width=30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, 30), textwrap.shorten("short", 30))
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(textwrap.indent("one\ntwo\n\nthree", "+ "))
print(textwrap.indent("x\ny", "* ", lambda line: line.startswith("y")))
w = textwrap.TextWrapper(width=10, break_long_words=True)
print(w.wrap("supercalifragilistic word"))
