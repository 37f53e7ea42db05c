#!/bin/sh
# Records the names of CPython 3.11's builtins module (used by the front end to tell an
# unsupported builtin from an undefined name) and of its math module (walked, with the builtins,
# by conformance's BuiltinNamesTest). Run with a CPython 3.11 as python3:
#   dialect-py/record-cpython-names.sh
set -eu
cd "$(dirname "$0")/.."
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || { echo "needs CPython 3.11 as python3" >&2; exit 1; }
header='# Recorded from CPython 3.11 by dialect-py/record-cpython-names.sh; one name per line.'
{ echo "$header"; python3 -c 'import builtins; print("\n".join(dir(builtins)))'; } \
  > dialect-py/src/main/resources/dev/irc/py/irgen/cpython-builtins.txt
mkdir -p conformance/src/test/resources/cpython-names
{ echo "$header"; python3 -c 'import math; print("\n".join(n for n in dir(math) if not n.startswith("__")))'; } \
  > conformance/src/test/resources/cpython-names/math.txt
