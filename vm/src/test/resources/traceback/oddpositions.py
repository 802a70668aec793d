import traceback, json, os
src = os.path.abspath('oddpositions_src.txt')
cases = [(2, 2, 8, 13), (2, 5, 100, 200), (2, 2, 0, 0), (2, 2, 4, 500), (3, 2, 4, 9), (2, 3, 4, 12), (9, 9, 0, 4), (2, 2, -1, 3), (1, 3, 0, 12)]
for c in cases:
    ln, eln, col, ecol = c
    fs = traceback.FrameSummary(src, ln, 'f', end_lineno=eln, colno=None if col < 0 else col, end_colno=ecol)
    try:
        out = ''.join(traceback.StackSummary.from_list([fs]).format())
    except Exception as e:
        out = 'ERROR ' + type(e).__name__
    print(json.dumps([*c, out.replace(os.path.dirname(src) + '/', '@DIR@/')]))
