# xml.etree.ElementTree and xml.dom.minidom on pyexpat
import xml.etree.ElementTree as ET
from xml.dom import minidom
import io
doc = """<?xml version="1.0" encoding="UTF-8"?>
<!-- top comment -->
<catalog xmlns="http://example.com/ns" xmlns:x="http://example.com/x">
  <book id="bk101" x:lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide &amp; more</title>
    <price>44.95</price>
    <desc><![CDATA[An in-depth <look>]]> at creating applications with XML.</desc>
  </book>
  <x:book id="bk102"><?proc data here?><empty/></x:book>
</catalog>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for el in root.iter():
    print(repr(el.tag), el.attrib, repr(el.text), repr(el.tail))
print(ET.tostring(root, encoding="unicode"))
s = "<root><a b='1'>t&#233;xt<c/>tail</a><!-- c --><d>é</d></root>"
r = ET.fromstring(s)
print(ET.tostring(r))
print(ET.tostring(r, encoding="unicode", method="text"))
for ev, el in ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    print(ev, el if isinstance(el, tuple) else (el.tag if hasattr(el, "tag") else el))
p = ET.XMLPullParser(events=("start", "end"))
p.feed("<a><b>x</b")
print([(e, el.tag) for e, el in p.read_events()])
p.feed("><c/></a>")
print([(e, el.tag) for e, el in p.read_events()])
p.close()
tree = ET.ElementTree(ET.fromstring("<a><b k='v'>1</b><b>2</b></a>"))
print([b.text for b in tree.findall("b")], tree.find("b").get("k"))
for bad in ["<a>", "<a></b>", "<a>&foo;</a>", "text", "<a/><b/>", "<a x='1' x='2'/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", e, e.code, e.position)
d = minidom.parseString(doc)
print(d.documentElement.tagName, d.documentElement.namespaceURI)
print(d.toxml())
print(d.getElementsByTagName("title")[0].firstChild.data)
print(minidom.parseString("<a x='1'><b>t</b><!--c--><?p d?></a>").toprettyxml())
d2 = minidom.parseString(b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>")
print(d2.documentElement.firstChild.data, d2.encoding)
d3 = minidom.parseString("<!DOCTYPE a SYSTEM 'a.dtd'><a>&x;</a>")
print(d3.doctype.name, d3.doctype.systemId, d3.toxml())
d4 = minidom.parseString("<!DOCTYPE a [<!ENTITY e 'hello'>]><a>&e; world</a>")
print(d4.toxml(), d4.documentElement.firstChild.data if d4.documentElement.firstChild else None)
import io, time
import xml.etree.ElementTree as ET
class T:
    def start(self, tag, attrib): print("start", tag, attrib)
    def end(self, tag): print("end", tag)
    def data(self, d): print("data", repr(d))
    def close(self): return "closed"
p = ET.XMLParser(target=T())
p.feed("<r a='1'>x<s/>y</r>")
print(p.close())
big = "<root>" + "".join(f"<item id='{i}'>value {i} &amp; more</item>\n" for i in range(20000)) + "</root>"
t = time.time()
r = ET.fromstring(big)
print(len(r), r[123].text, r[-1].get("id"))
print(ET.tostring(ET.fromstring("<a><b/></a>"), xml_declaration=True, encoding="utf-8"))
