# Every codec module of Lib/encodings that Kaa can load (not the CJK ones, which need
# _multibytecodec): all 256 bytes decoded with 'replace', the text encoded back, checksums.
import codecs, encodings, encodings.aliases
names = sorted(set(encodings.aliases.aliases.values()))
skip = {'big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp', 'euc_kr', 'gb18030',
        'gb2312', 'gbk', 'hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3',
        'iso2022_jp_ext', 'iso2022_kr', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213', 'mbcs', 'oem',
        'bz2_codec', 'zlib_codec', 'idna', 'base64_codec', 'hex_codec', 'quopri_codec', 'uu_codec', 'rot_13'}
def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h
data = bytes(range(256))
for name in names:
    if name in skip:
        continue
    try:
        info = codecs.lookup(name)
    except LookupError as e:
        print(name, 'LookupError', e)
        continue
    try:
        text = data.decode(name, 'replace')
    except Exception as e:
        print(name, info.name, 'decode', type(e).__name__, e)
        continue
    try:
        back = text.encode(name, 'replace')
        bsum = sum(back) + len(back) * 7
    except Exception as e:
        bsum = type(e).__name__
    print(name, info.name, len(text), checksum(text), text.count('\ufffd'), bsum)
