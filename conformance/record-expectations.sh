#!/bin/sh
# Re-records the expected results of the conformance programs with CPython (3.11):
# for each programs/NAME.py, NAME.stdout (standard output), NAME.stderr-last (the last line of
# standard error, empty if none) and NAME.exit (the exit code).
# Usage: conformance/record-expectations.sh [PYTHON]   (default: python3)
set -eu
python=${1:-python3}
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "record-expectations: expected CPython 3.11, but '$python' is $version" >&2
  exit 1
fi
cd "$(dirname -- "$0")/programs"
count=0
for program in *.py; do
  name=${program%.py}
  set +e
  "$python" "$program" >"$name.stdout" 2>"$name.stderr.tmp"
  code=$?
  set -e
  tail -n 1 "$name.stderr.tmp" >"$name.stderr-last"
  rm -f "$name.stderr.tmp"
  echo "$code" >"$name.exit"
  count=$((count + 1))
done
echo "recorded $count programs"
