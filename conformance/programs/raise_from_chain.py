# tier: 1  area: exceptions
# raise ... from ...: the cause is printed first; from None hides the context.
def parse(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise ValueError("bad input " + "zero") from e

def quiet(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        raise ValueError("quiet") from None

try:
    quiet(0)
except ValueError as e:
    print("quiet:", e)
print(parse(5))
parse(0)
