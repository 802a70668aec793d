# Entity expansion and the default handlers
from xml.parsers import expat
import xml.etree.ElementTree as ET
d = "<!DOCTYPE a [<!ENTITY e 'hel&#65;lo'>]><a>&e; world</a>"
for hs in [[], ["DefaultHandler"], ["DefaultHandlerExpand"], ["SkippedEntityHandler"], ["EntityDeclHandler"], ["DefaultHandler", "SkippedEntityHandler"]]:
    p = expat.ParserCreate()
    out = []
    p.CharacterDataHandler = lambda t: out.append(("D", t))
    for h in hs:
        setattr(p, h, lambda *a, h=h: out.append((h, a)))
    p.Parse(d, True)
    print(hs, out)
print(repr(ET.fromstring(d).text))
p = expat.ParserCreate()
out = []
p.DefaultHandler = lambda t: out.append(t)
p.Parse("<?xml version='1.0'?>\n<!DOCTYPE a SYSTEM 'x' [\n<!ENTITY e 'v'>\n<!ELEMENT a ANY>\n]>\n<a>&e;&amp;<b>x</b><!--c--><?p?><![CDATA[z]]></a>", True)
print(out)
