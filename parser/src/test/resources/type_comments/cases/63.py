try: # type: int
 pass
except: pass
