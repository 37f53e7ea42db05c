# Layout: comments, blank lines, continuation lines, strings.
x = (1 +
     2 +   # a comment inside brackets
     3)
y = 1 + \
    2
s = "double" 'single' """triple
quoted""" '''another
one''' r"raw\n" "esc\t\\\"\'\x41\u00e9\101"
if x:

    # comment at another indentation
        # and another
    z = [
        1,
  2,
    ]
    print(x, y, z, s)
else: pass
def one_liner(a): return a
while False: pass
for q in []: continue
print(one_liner(s), len(s)); print("semicolons");
