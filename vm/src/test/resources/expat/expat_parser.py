# pyexpat directly: handler calls, chunked input, namespaces, interning, errors and their positions
import pyexpat, io
from xml.parsers import expat

def trace(p, names):
    out = []
    for h in names:
        setattr(p, h, lambda *a, h=h: out.append((h[:-7], a)))
    return out

ALL = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler", "CommentHandler",
       "ProcessingInstructionHandler", "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
       "StartCdataSectionHandler", "EndCdataSectionHandler", "StartNamespaceDeclHandler",
       "EndNamespaceDeclHandler", "EntityDeclHandler", "DefaultHandler"]

doc = (b'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<!DOCTYPE r [\n<!ENTITY ent "v&#65;l">\n]>\n'
       b'<r a="1\t2" b="&ent;">one\r\ntwo &amp; &ent; &#x263A;<![CDATA[\nc]]><!--x--><?t?>\xe2\x82\xac</r>\n<!--after-->')
for chunk in (len(doc), 3, 7):
    p = expat.ParserCreate()
    out = trace(p, ALL)
    for i in range(0, len(doc), chunk):
        p.Parse(doc[i:i + chunk], False)
    p.Parse(b"", True)
    print(chunk, out)

p = expat.ParserCreate()
p.buffer_text = True
out = trace(p, ["CharacterDataHandler", "StartElementHandler"])
p.Parse(doc, True)
print(out, p.buffer_size, p.buffer_used)

p = expat.ParserCreate(namespace_separator="!")
p.ordered_attributes = True
p.namespace_prefixes = True
out = trace(p, ["StartElementHandler", "EndElementHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler"])
p.Parse('<a:r xmlns:a="A" xmlns="D" x="1" a:y="2"><s/><t xmlns=""/></a:r>', True)
print(out)
for bad in ['<a:r/>', '<r xmlns:a="A" a:x="1" a:x="2"/>', '<r xmlns:a=""/>']:
    p = expat.ParserCreate(namespace_separator="}")
    try:
        p.Parse(bad, True)
    except expat.ExpatError as e:
        print(bad, e, e.code)

p = expat.ParserCreate()
print(p.intern, p.Parse("<a><a/></a>", True))
print(sorted(p.intern))
try:
    p.Parse("<b/>", True)
except expat.ExpatError as e:
    print(e, e.code, p.ErrorCode)
p = expat.ParserCreate(intern=None)
print(p.intern)

p = expat.ParserCreate()
out = trace(p, ["StartElementHandler", "CharacterDataHandler"])
p.ParseFile(io.BytesIO(b"<a>" + b"x" * 5000 + b"</a>"))
print(len(out), [len(a[0]) if h == "CharacterData" else a for h, a in out][:6])

p = expat.ParserCreate()
def boom(name, attrs):
    raise ValueError("boom " + name)
p.StartElementHandler = boom
try:
    p.Parse("<a/>", True)
except ValueError as e:
    print("ValueError", e)

p = expat.ParserCreate()
pos = []
p.StartElementHandler = lambda n, a: pos.append((n, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
p.Parse("<a>\n  <b>\u00e9<c/></b></a>", True)
print(pos)

for bad in [b"<a", b"<a b='1", b"<a>x", b"<a></a", b"<a><!DOCTYPE x></a>", b"<a>&#0;</a>", b"<a>&#xZZ;</a>",
            b"<a b=1/>", b"<a b='<'/>", b"<1a/>", b"<a><b></a></b>", b"<a>]]></a>", b"\xff\xfe<\x00a\x00/\x00>\x00",
            b"<a>\xff</a>", b"<?xml version='1.0' encoding='latin-1'?><a>\xff</a>", b"<a/>junk", b"<!-- c -- x --><a/>",
            b"<?xml?><a/>", b"<a>\n\n  <b c='1'\n d='2' c='3'/></a>", b"<?XML version='1.0'?><a/>"]:
    p = expat.ParserCreate()
    try:
        p.Parse(bad, True)
        print(bad, "ok")
    except expat.ExpatError as e:
        print(bad, e, e.code, p.ErrorByteIndex)
print(expat.ErrorString(7), expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes["mismatched tag"])
print(expat.model.XML_CTYPE_SEQ, expat.ExpatError.__name__, expat.ExpatError.__module__)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print(e)
p = expat.ParserCreate()
try:
    p.foo = 1
except AttributeError as e:
    print(e)
print(p.StartElementHandler)
p.buffer_text = 1
print(p.buffer_text)
from xml.parsers import expat
import xml.etree.ElementTree as ET
for enc, data in [(None, "<?xml version='1.0' encoding='utf-16'?><a>é</a>".encode("utf-16")),
                  (None, b"<?xml version='1.0' encoding='bogus'?><a/>"),
                  ("iso-8859-1", b"<a>\xe9</a>"), (None, b"<?xml version='1.0' encoding='cp1252'?><a>\x80</a>"),
                  ("utf-8", b"<?xml version='1.0' encoding='latin-1'?><a>\xc3\xa9</a>")]:
    p = expat.ParserCreate(enc)
    out = []
    p.CharacterDataHandler = out.append
    try:
        p.Parse(data, True)
        print(out)
    except expat.ExpatError as e:
        print(e, e.code)
    except LookupError as e:
        print("LookupError", e)
print(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)
print(ET.XMLParser(encoding="iso-8859-1").version)
p = expat.ParserCreate()
p.Parse(b"<a>", False)
p.Parse(b"</a>", False)
try:
    p.Parse(b"<b/>", False)
except expat.ExpatError as e:
    print(e)
p = expat.ParserCreate()
print(p.Parse(b"<a/>", True))
try:
    p.Parse(b"", True)
except expat.ExpatError as e:
    print(e, e.code)
print(repr(p)[:26])

# XML declarations, good and bad

for d in ['<?xml versi"1.0"?><a/>', '<?xml version=".0"?><a/>', '<?xml version="1.0" encodin="x"?><a/>', '<?xml?><a/>', '<?xml version=1.0?><a/>', '<?xml version="1.0"encoding="utf-8"?><a/>', '<?xml encoding="utf-8"?><a/>','<?xml version="1.0" standalone="maybe"?><a/>', '<?xml version="1.0" standalone="yes" encoding="utf-8"?><a/>', '<?xml version = "1.0" ?><a/>', '<?xml version="1.0\' ?><a/>', '<?xml version="1.0" foo="1"?><a/>', '<?xml version="2.0"?><a/>', "<?xml version='1.0' standalone='no'?><a/>"]:
    p = expat.ParserCreate()
    p.XmlDeclHandler = lambda *a: print(a)
    try:
        p.Parse(d, True); print(d, 'ok')
    except Exception as e:
        print(d, e)

# ParseFile and Parse argument errors
p = expat.ParserCreate()
for call in [lambda: p.ParseFile(io.StringIO('<a/>')), lambda: p.ParseFile(3), lambda: p.Parse(3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
p = expat.ParserCreate()
print(p.ParseFile(io.BytesIO(b'<a/>')))
