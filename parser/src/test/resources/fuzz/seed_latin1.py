# -*- coding: latin-1 -*-
café = "été"  # ©
print(café)
