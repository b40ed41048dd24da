#!/usr/bin/env sh
# Prints the first Python >= 3.12 on this machine (Django 6.1 needs it), or fails with a clear message.
# Order: $PYTHON if set, then versioned names (pyenv shims honour .python-version), then python3.
for candidate in ${PYTHON:-} python3.13 python3.12 python3.14 python3 python; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
    command -v "$candidate"
    exit 0
  fi
done
echo "Newsmap needs Python 3.12 or newer (Django 6.1 requires it); none was found on PATH." >&2
echo "Install one (e.g. 'pyenv install 3.13' or your OS package python3.13) or set PYTHON=/path/to/python3.13." >&2
exit 1
