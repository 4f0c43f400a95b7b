#!/usr/bin/env bash
# The README's two commands on a bare machine: a fresh clone of this
# repository's committed HEAD, a fresh Python 3.11 virtual environment, and
# no system Node.js (`node`, `npm`, `npx`) or Chromium on the PATH (see
# make_shadow), and CHROMIUM pointing at nothing. Then the
# Quick start's first command (install, build the book) and second (install,
# run every test; the browser tests skip and say why) run as written there,
# and their wall-clock times are printed.
#
#   bash scripts/bare_machine.sh [DIR]      # the whole run (slow: a fresh
#                                           # build executes every chapter)
#   bash scripts/bare_machine.sh --shadow-only DIR
#        only make DIR/shadow-bin and print the PATH without the system's
#        Node.js and Chromium (tests/test_toolchain.py checks it).
#
# Uncommitted changes are not part of the clone. Logs go to DIR (a new
# folder under /tmp by default): build.log, test.log, times.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# The PATH of the bare machine: one folder of links to every program of
# /usr/local/bin, /usr/bin and /bin except these, which are absent (as on a
# machine that never had them), not replaced by stand-ins.
is_hidden() {
    case $1 in
        node|nodejs|npm|npx|corepack|chromium*|google-chrome*|chrome|\
        chromedriver) return 0 ;;
    esac
    return 1
}

make_shadow() {  # $1: folder; prints the PATH to use
    mkdir -p "$1"
    local dir program name
    for dir in /usr/local/bin /usr/bin /bin; do
        for program in "$dir"/*; do
            name=${program##*/}
            if is_hidden "$name" || [[ -e $1/$name || -L $1/$name ]]; then
                continue
            fi
            ln -s "$program" "$1/$name"
        done
    done
    echo "$1"
}

if [[ ${1:-} == --shadow-only ]]; then
    make_shadow "${2:?--shadow-only needs a folder}/shadow-bin"
    exit 0
fi

# Python 3.11 of this machine, found before the PATH is narrowed.
PYTHON=$(command -v "${PYTHON:-python3.11}")
PYTHON=$("$PYTHON" -c 'import sys; print(sys.executable)')
work=${1:-$(mktemp -d /tmp/bare-machine.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no) ]]; then
    echo "bare_machine.sh: uncommitted changes in $ROOT are not tested" >&2
fi
commit=$(git -C "$ROOT" rev-parse HEAD)
rm -rf "$work/course"
git clone --quiet --no-checkout "$ROOT" "$work/course"
git -C "$work/course" checkout --quiet --detach "$commit"
cd "$work/course"

# The bare machine: nothing of this session's environment, no system
# Node.js or Chromium, no user npm settings.
PATH=$(make_shadow "$work/shadow-bin")
export PATH
unset VIRTUAL_ENV PYTHONPATH CI CHROMIUM NODE_ENV_BIN
export CHROMIUM="$work/shadow-bin/no-chromium/chromium"
: > "$work/npmrc"
export NPM_CONFIG_USERCONFIG="$work/npmrc"
for tool in node npm npx chromium; do
    if command -v "$tool" >/dev/null; then
        echo "bare_machine.sh: $tool is still reachable" >&2
        exit 1
    fi
done
echo "bare machine: $work/course at ${commit:0:12}, $("$PYTHON" --version)"
echo "PATH=$PATH"

# The README's Quick start: one code block, two commands.
mapfile -t commands < <("$PYTHON" - <<'PY'
import re
readme = open("README.md", encoding="utf-8").read()
section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
(block,) = re.findall(r"```[a-z]*\n(.*?)```", section, re.S)
print(block.strip())
PY
)
(( ${#commands[@]} == 2 )) || { echo "expected two commands" >&2; exit 1; }

# "In a fresh virtual environment with Python 3.11"
"$PYTHON" -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip

run() {  # $1: name, $2: command
    local start=$SECONDS status=0
    echo "== $1: $2"
    bash -c "$2" > "$work/$1.log" 2>&1 || status=$?
    local seconds=$((SECONDS - start))
    printf '%s: %d min %02d s, exit %d (%s)\n' "$1" $((seconds / 60)) \
        $((seconds % 60)) "$status" "$2" | tee -a "$work/times.txt"
    tail -n 25 "$work/$1.log"
    return "$status"
}

: > "$work/times.txt"
status=0
run build "${commands[0]}" || status=$?
echo "== the toolchain that ran npm ci:"
cat node_modules/.installed-by.json || status=1
echo "node on PATH in the environment: $(command -v node) $(node --version)"
run test "${commands[1]}" || status=$?
echo "== skipped tests and why:"
grep -E '^SKIPPED' "$work/test.log" || echo "(none)"
echo "== times"
cat "$work/times.txt"
exit "$status"
