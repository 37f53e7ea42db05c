# RUN: irc-opt %s | filecheck %s
# RUN: irc-opt %s | irc-opt | filecheck %s

# irc-opt reads Python source directly (any file ending in .py) and prints the py dialect.

# CHECK-LABEL: py.func @square(%arg0)
# CHECK: py.binop mul %arg0, %arg0
# CHECK: py.return
def square(x):
    return x * x

# CHECK-LABEL: py.func @__main__()
# CHECK: py.call @square
# CHECK: py.builtin "print"
print(square(7))
