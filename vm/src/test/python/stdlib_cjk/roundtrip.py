# Sample text through every CJK codec: the bytes, and back.
import codecs

SAMPLES = {
    "gb2312": "简体中文，汉字。",
    "gbk": "簡體與简体：中文",
    "gb18030": "中文 한국어 \U00012345 €",
    "hz": "HZ 编码~中文~",
    "big5": "繁體中文「測試」",
    "cp950": "繁體中文 €",
    "big5hkscs": "香港增補字符集 \u00ca\u0304 \u00ca",
    "cp932": "日本語テキスト ①Ⅱ ～",
    "shift_jis": "日本語 ｶﾀｶﾅ ＼",
    "euc_jp": "日本語の文章、漢字とかな。",
    "euc_jis_2004": "か\u309a æ\u0300 ㇷ\u309a 𠀋",
    "euc_jisx0213": "か\u309a 𠀋 ⅰ",
    "shift_jis_2004": "セ\u309a 𠀋 ㋐",
    "shift_jisx0213": "ト\u309a 𩸽",
    "iso2022_jp": "日本語 abc ＡＢＣ",
    "iso2022_jp_1": "日本語 丂 abc",
    "iso2022_jp_2": "日本語 한국어 们 é",
    "iso2022_jp_2004": "か\u309a 㐆 日本",
    "iso2022_jp_3": "か\u309a 日本",
    "iso2022_jp_ext": "ｶﾀｶﾅ 日本 ¥",
    "iso2022_kr": "한국어 텍스트\n둘째 줄",
    "euc_kr": "한국어 텍스트 漢字 똠방각하",
    "cp949": "한국어 똠방각하 쀍",
    "johab": "한국어 조합형 똠",
}

for name, text in SAMPLES.items():
    data = text.encode(name)
    back = data.decode(name)
    print(f"{name:16} {data!r}")
    print(f"{'':16} round trip: {back == text}, {len(text)} chars -> {len(data)} bytes")
    info = codecs.lookup(name)
    print(f"{'':16} codec {info.name}: {info.encode(text)[1]} consumed, decode {info.decode(data)[1]}")

# euc_kr's make-up sequences: a syllable KS X 1001 lacks becomes eight bytes.
made = "\uac02\ud7a3".encode("euc_kr")
print(made, made.decode("euc_kr"))
print(b"\xa4\xd4\xa4\xbe\xa4\xbf\xa4\xd4".decode("euc_kr"))

# gb18030 four-byte forms, below and above the BMP.
for ch in "\x80\u00ac\uac00\U00010000\U0010ffff":
    enc = ch.encode("gb18030")
    print(hex(ord(ch)), enc, enc.decode("gb18030") == ch)

# Names and aliases the encodings package maps to these codecs.
for alias in ["sjis", "eucjp", "ks_c-5601", "big5-hkscs", "csiso2022jp", "gb18030-2000", "ms936", "uhc"]:
    print(alias, codecs.lookup(alias).name)
