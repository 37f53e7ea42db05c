# tier: 1  area: exceptions
# except by type, by a tuple, by a base class, bare; as-binding; else; finally.
def divide(a, b):
    try:
        q = a // b
    except ZeroDivisionError as e:
        print("cannot divide:", e)
        q = 0
    else:
        print("divided", a, b)
    finally:
        print("done", a, b)
    return q

print(divide(7, 2))
print(divide(7, 0))

def classify(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise TypeError("one")
        if x == 2:
            raise OverflowError("two")
        if x == 3:
            raise KeyError(3)
        if x == 4:
            raise RuntimeError
        return "fine"
    except (ValueError, TypeError) as e:
        return "value or type: " + "x"
    except ArithmeticError as e:
        print("arith", e)
        return "arith"
    except LookupError as e:
        print("lookup", e)
        return "lookup"
    except:
        return "other"

for x in range(6):
    print(x, classify(x))

try:
    import math
    math.sqrt(-1)
except ValueError as err:
    print("math:", err)

try:
    print(10 ** 400 * 1.0)
except OverflowError as err:
    print("overflow:", err)

try:
    raise ValueError(1, 2.5, "three")
except Exception as err:
    print(err)

try:
    raise ValueError()
except Exception as err:
    print("[" + "empty" + "]", err, "|")

try:
    raise IndexError(42)
except IndexError as err:
    print(err, err is not None)
