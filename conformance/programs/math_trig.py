# tier: 1  area: math
import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.atan(1) * 4)
print(math.sin(math.pi / 2), math.cos(math.pi))
print(math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180))
