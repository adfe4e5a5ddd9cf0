#!/bin/sh
# Builds the Dockerfile with buildah on a machine that cannot pull base images, then runs the
# image and calls it. Prerequisites (Debian 12, as root): apt-get install buildah podman debootstrap,
# and two local base images (commands in the module README, "Container"):
#   localhost/debian-bookworm-jre17:local   debootstrap bookworm + openjdk-17-jre-headless
#   localhost/debian-bookworm-jdk17:local   the same + openjdk-17-jdk-headless
# The build stage runs offline against the host's ~/.m2 (mounted; Maven runs with -o).
# Usage, from the repository root: sh notebooks/projects/spam-filter/container/local-build.sh [PORT]
set -eu
PORT="${1:-18080}"
HERE="$(cd "$(dirname "$0")" && pwd)"
IMAGE=localhost/spam-filter:local
export CONTAINERS_CONF="${CONTAINERS_CONF:-$HERE/containers.conf}"

buildah bud --isolation chroot --format docker --layers \
    -f notebooks/projects/spam-filter/Dockerfile \
    --ignorefile notebooks/projects/spam-filter/Dockerfile.dockerignore \
    --build-arg BUILD_IMAGE=localhost/debian-bookworm-jdk17:local \
    --build-arg RUNTIME_IMAGE=localhost/debian-bookworm-jre17:local \
    --build-arg MAVEN_FLAGS=-o \
    -v "$HOME/.m2:/root/.m2" \
    -t "$IMAGE" .

echo "== image configuration"
buildah inspect --type image --format \
    'user={{.Docker.Config.User}} healthcheck={{.Docker.Config.Healthcheck.Test}} entrypoint={{.Docker.Config.Entrypoint}}' \
    "$IMAGE"

# buildah run with chroot isolation shares the host's network, so the server's port is the host's
CTR=$(buildah from "$IMAGE")
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; buildah rm "$CTR" >/dev/null; }
buildah run --isolation chroot --user spam "$CTR" -- \
    java -jar /app/spam-filter.jar serve --model /app/model/spam-model.json --host 0.0.0.0 --port "$PORT" \
    --log-file /tmp/spam-filter.log.jsonl &
SERVER=$!
trap cleanup EXIT
for i in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
    sleep 1
done
echo "== GET /health";          curl -fsS "http://127.0.0.1:$PORT/health" | head -c 300; echo
echo "== POST /predict";        curl -fsS -H 'Content-Type: application/json' \
    -d '{"text": "WIN a FREE prize now!!! Click http://example.com to claim your cash"}' \
    "http://127.0.0.1:$PORT/predict"; echo
echo "== POST /predict, bad";   curl -sS -H 'Content-Type: application/json' -d '{"text": 42}' \
    "http://127.0.0.1:$PORT/predict"; echo
echo "== HEALTHCHECK command, run in the container as the image's user"
buildah run --isolation chroot --user spam "$CTR" -- java -XX:TieredStopAtLevel=1 -cp /app/spam-filter.jar \
    roadmap.spamfilter.serve.HealthProbe "http://127.0.0.1:$PORT/health" && echo "healthy (exit 0)"
echo "== the server process runs as"
ps -eo user:12,args | grep '[s]pam-filter.jar serve' | grep -v 'buildah run' | head -1 | cut -c1-100
