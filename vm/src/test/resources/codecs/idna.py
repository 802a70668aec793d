# The idna codec (needs unicodedata for stringprep).
import codecs
print('www.b\xfccher.example'.encode('idna'), b'www.xn--bcher-kva.example'.decode('idna'))
d = codecs.getincrementaldecoder('idna')()
print(ascii([d.decode(b'www.xn--bc'), d.decode(b'her-kva.exa'), d.decode(b'mple', final=True)]))
e = codecs.getincrementalencoder('idna')()
print([e.encode('www.b\xfc'), e.encode('cher.'), e.encode('example', final=True)])
try:
    ('x' * 64).encode('idna')
except UnicodeError as e:
    print(type(e).__name__, e)
