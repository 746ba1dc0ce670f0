#!/usr/bin/env bash
# Runs every test project once and prints one closing line: "tests: N passed, N failed, N skipped".
# Installs what a fresh Debian machine with only the .NET SDK lacks (Debian's chromium for the browser tests).
# Exit code: 0 only when tests ran and none failed.
set -uo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "Installing Debian's chromium for the browser tests..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium >/dev/null \
    || { echo "tests: could not install chromium" >&2; exit 1; }
fi
export CHROMIUM_PATH="$chromium_path"

dotnet build ConflictTracker.sln -c Release -nologo -clp:ErrorsOnly || { echo "tests: 0 passed, 0 failed, 0 skipped"; echo "build failed" >&2; exit 1; }

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
dotnet test ConflictTracker.sln -c Release --no-build --nologo --logger trx --results-directory "$results"
test_exit=$?

# Sum the counters of every TRX file (one per test project).
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
if [ "$test_exit" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
