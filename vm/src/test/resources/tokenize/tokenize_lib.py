# Tokenizes standard library files with tokenize.tokenize (bytes, ENCODING first) and
# tokenize.generate_tokens (str), and prints a digest of every token tuple per file.
import hashlib, io, os, tokenize

FILES = """abc.py argparse.py ast.py asyncio/base_events.py asyncio/tasks.py base64.py bdb.py
calendar.py collections/__init__.py codecs.py configparser.py contextlib.py copy.py csv.py
dataclasses.py decimal.py difflib.py dis.py doctest.py email/message.py enum.py fractions.py
functools.py gettext.py glob.py heapq.py html/parser.py http/client.py inspect.py ipaddress.py
json/decoder.py json/encoder.py locale.py logging/__init__.py logging/handlers.py mailbox.py
ntpath.py operator.py optparse.py os.py pathlib/_local.py pdb.py pickle.py pickletools.py
pprint.py pydoc_data/topics.py random.py re/_compiler.py re/_parser.py reprlib.py shlex.py
shutil.py statistics.py string.py subprocess.py sysconfig/__init__.py tarfile.py tempfile.py
textwrap.py threading.py tokenize.py traceback.py turtle.py typing.py unittest/case.py
unittest/mock.py urllib/parse.py uuid.py warnings.py weakref.py xml/dom/minidom.py
xml/etree/ElementTree.py zipfile/__init__.py zoneinfo/_zoneinfo.py _pydecimal.py _pydatetime.py encodings/cp1252.py
pydoc.py""".split()

def digest(tokens):
    h = hashlib.md5()
    n = 0
    for t in tokens:
        h.update(repr(tuple(t)).encode('utf-8', 'surrogatepass'))
        n += 1
    return n, h.hexdigest()

# The test harness may set LIB_DIR to a copy of the files (its standard library can be in a jar).
LIB = globals().get("LIB_DIR") or os.path.dirname(tokenize.__file__)
for name in FILES:
    with open(os.path.join(LIB, name), 'rb') as f:
        data = f.read()
    try:
        n1, d1 = digest(tokenize.tokenize(io.BytesIO(data).readline))
        print(name, n1, d1)
        n2, d2 = digest(tokenize.generate_tokens(io.StringIO(data.decode('utf-8')).readline))
        print(name, n2, d2)
    except Exception as e:
        print(name, "error", type(e).__name__, e)
