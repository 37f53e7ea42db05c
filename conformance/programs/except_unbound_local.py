# tier: 1  area: exceptions
# Runtime errors of the evaluator and of compiled code are catchable, by their class or a base.
def f(flag):
    if flag:
        y = 1
    return y

try:
    f(False)
except NameError as e:
    print("NameError family:", e)

def deep(n):
    return deep(n + 1) + 1

try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)

try:
    assert 1 > 2, "one is not above two"
except AssertionError as e:
    print("assert:", e)

try:
    print(int(float("nan")))
except ValueError as e:
    print("int:", e)
print(f(True))
