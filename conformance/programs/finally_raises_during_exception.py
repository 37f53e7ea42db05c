# tier: 1  area: exceptions
# An exception in finally while another propagates: the first becomes the context.
try:
    raise TypeError("t")
finally:
    print("finally")
    x = 1 / 0
