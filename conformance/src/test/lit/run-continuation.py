# RUN: cat %s \
# RUN:   | filecheck %s
# Checks that `#` comments and `\` continuations are understood.
print("hello")
# CHECK: print("hello")
