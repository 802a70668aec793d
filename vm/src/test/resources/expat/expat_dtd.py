# DOCTYPE declarations: ELEMENT content models, ATTLIST (and defaulted attributes), NOTATION, ENTITY
from xml.parsers import expat
from xml.dom import minidom
d = """<?xml version="1.0"?>
<!DOCTYPE r [
<!ELEMENT r (a, b*, (c | d)+, e?)>
<!ELEMENT a (#PCDATA)>
<!ELEMENT b (#PCDATA | i | j)*>
<!ELEMENT c EMPTY>
<!ELEMENT d ANY>
<!ELEMENT e (a)>
<!ATTLIST r x CDATA #IMPLIED
            y (p|q) "p"
            z ID #REQUIRED
            w CDATA #FIXED "fixed">
<!NOTATION gif SYSTEM "image/gif">
<!NOTATION png PUBLIC "-//png" "png.exe">
<!ENTITY pic SYSTEM "pic.gif" NDATA gif>
<!ENTITY % pe "x">
]>
<r z="1"><a>t</a><c/></r>"""
p = expat.ParserCreate()
for h in ["ElementDeclHandler", "AttlistDeclHandler", "NotationDeclHandler", "UnparsedEntityDeclHandler", "EntityDeclHandler", "StartElementHandler"]:
    setattr(p, h, lambda *a, h=h: print(h, a))
p.Parse(d, True)
doc = minidom.parseString(d)
print(doc.doctype.name, doc.doctype.notations.length, doc.doctype.entities.length, doc.doctype.notations.item(1).publicId)
print(doc.documentElement.getAttribute("y"), doc.toxml()[:60])
p = expat.ParserCreate()
p.specified_attributes = True
p.StartElementHandler = lambda *a: print(a)
p.Parse(d, True)
p = expat.ParserCreate()
out = []
p.DefaultHandler = out.append
p.Parse(d, True)
print(out)

# External entities and SetParamEntityParsing

p=expat.ParserCreate(); print(p.SetParamEntityParsing(1), p.SetParamEntityParsing(0), p.SetParamEntityParsing(2))
p=expat.ParserCreate()
out=[]
p.ExternalEntityRefHandler=lambda *a: (out.append(a), 1)[1]
p.StartElementHandler=lambda *a: out.append(a)
p.SetBase('base/')
print(p.GetBase())
p.Parse('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml"><!ENTITY f PUBLIC "pf" "f.xml">]><a>&e;&f;</a>', True)
print(out)
p=expat.ParserCreate()
p.ExternalEntityRefHandler=lambda *a: 0
try: p.Parse('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>x&e;</a>', True)
except Exception as e: print(e, e.code)
p=expat.ParserCreate()
p.CharacterDataHandler=lambda *a: print(a)
p.SkippedEntityHandler=lambda *a: print('skipped', a)
p.Parse('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>x&e;</a>', True)
