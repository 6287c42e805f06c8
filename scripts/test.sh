#!/usr/bin/env bash
# The test command: type-checks everything, then runs every test file with Node's test runner.
# Node 20 does not expand globs itself, so the file list is built here and must not be empty.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s globstar nullglob
if [ "$#" -gt 0 ]; then files=("$@"); else files=(test/**/*.test.ts); fi
if [ "${#files[@]}" -eq 0 ]; then echo "test.sh: no test files found" >&2; exit 1; fi
npx --no-install tsc -p tsconfig.check.json
npx --no-install tsc -p web/tsconfig.json
node --import tsx --test --test-reporter=spec --test-concurrency=2 "${files[@]}"
