#!/bin/sh
# Opens the course in Jupyter with the Java kernel installed. Run it through `./mvnw -Plab` (which
# builds the kernel first) or directly after a build. Uses an existing `jupyter` when there is one;
# otherwise creates .venv/ with JupyterLab from PyPI.
#   ROADMAP_LAB_ARGS   extra arguments for jupyter (e.g. "--no-browser --port 8899")
#   ROADMAP_LAB_DRY_RUN=1  install the kernelspec and print the jupyter command instead of running it
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/kernel/target/java-kernel.jar"
venv="$root/.venv"
jupyterlab_version="4.4.*"

if [ ! -f "$jar" ]; then
  echo "lab: $jar is missing; build first with ./mvnw -Plab (or ./mvnw package -DskipTests)" >&2
  exit 1
fi
java_cmd=java
if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; fi

has() { command -v "$1" >/dev/null 2>&1; }

if [ -x "$venv/bin/jupyter" ]; then
  jupyter="$venv/bin/jupyter"; where="--prefix $venv"
elif has jupyter && { jupyter lab --version >/dev/null 2>&1 || jupyter notebook --version >/dev/null 2>&1; }; then
  jupyter=$(command -v jupyter); where="--user"
else
  py=$(command -v python3 || command -v python || true)
  if [ -z "$py" ]; then
    echo "lab: no jupyter and no python3 found; install Python 3.9+ (https://www.python.org) and retry" >&2
    exit 1
  fi
  echo "lab: no Jupyter found; creating $venv with JupyterLab $jupyterlab_version (one-time, needs the internet)"
  "$py" -m venv "$venv" || {
    echo "lab: python3 -m venv failed; on Debian/Ubuntu: sudo apt install python3-venv" >&2; exit 1; }
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet "jupyterlab==$jupyterlab_version"
  jupyter="$venv/bin/jupyter"; where="--prefix $venv"
fi

# shellcheck disable=SC2086  # $where is two words on purpose
"$java_cmd" -jar "$jar" install $where --name java

if "$jupyter" lab --version >/dev/null 2>&1; then app=lab; else app=notebook; fi
# Jupyter refuses to start as root (containers, CI machines) unless told it is intended.
as_root=""
if [ "$(id -u)" = 0 ]; then as_root="--allow-root"; fi
echo "lab: opening Jupyter ${app} on $root/notebooks (kernel: Java (ML roadmap))"
if [ "${ROADMAP_LAB_DRY_RUN:-}" = 1 ]; then
  echo "$jupyter $app --notebook-dir=$root/notebooks $as_root ${ROADMAP_LAB_ARGS:-}"
  exit 0
fi
# shellcheck disable=SC2086
exec "$jupyter" "$app" "--notebook-dir=$root/notebooks" $as_root ${ROADMAP_LAB_ARGS:-}
