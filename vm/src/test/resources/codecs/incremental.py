# Decoders with final=False stop before an incomplete sequence; every split point of multi-byte input.
import _codecs as c
text = 'a\xe9\u0800\uffff\U0001f600\U0010ffffz'
for name in ['utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'utf_7', 'unicode_escape', 'raw_unicode_escape']:
    data = getattr(c, name + '_encode')(text)[0]
    dec = getattr(c, name + '_decode')
    results = set()
    for cut in range(len(data) + 1):
        s1, n1 = dec(data[:cut], 'strict', False)
        s2, n2 = dec(data[n1:], 'strict', True)
        if name in ('utf_16', 'utf_32') and n1 > 0:
            s2, n2 = getattr(c, name + '_ex_decode')(data[n1:], 'strict', -1, True)[:2]
        results.add(s1 + s2 == text and n1 + n2 == len(data))
        if cut < 12:
            print(name, cut, ascii(s1), n1)
    print(name, ascii(data[:24]), results)
# Invalid sequences are errors at once even when not final
for name, data in [('utf_8', b'\xe2\x28'), ('utf_8', b'\xf0\x80'), ('utf_8', b'\xed\xa0'), ('utf_16_le', b'\x00\xdc'), ('utf_32_le', b'\x00\x00\x11\x00')]:
    for fin in (False, True):
        try:
            print(name, ascii(data), fin, getattr(c, name + '_decode')(data, 'strict', fin))
        except UnicodeDecodeError as e:
            print(name, ascii(data), fin, e)
