# tier: 1  area: exceptions
# Nested handlers, a bare raise re-raises the handled exception with its traceback.
def inner(x):
    return 1 / x

def middle(x):
    try:
        return inner(x)
    except ZeroDivisionError:
        print("middle saw it")
        raise

def outer():
    for x in range(2, -1, -1):
        try:
            print(middle(x))
        except ArithmeticError as e:
            print("outer caught", e)
    middle(0)

outer()
