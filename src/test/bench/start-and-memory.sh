#!/usr/bin/env bash
# Start time and memory of the app as `mvn -Prun` launches it (Payara Micro, H2 file database, demo data),
# measured from outside the server so that nothing in the app times itself. After `mvn package`:
#
#   src/test/bench/start-and-memory.sh                      # the run profile's options
#   JVM_OPTS=-Xmx768m MICRO_OPTS=--nocluster src/test/bench/start-and-memory.sh  # other options, e.g. the old ones
#   CDS=1 src/test/bench/start-and-memory.sh                # with an AppCDS archive from a training run first
#
# Prints, for a fresh database and then a restart on the same one, the seconds from launching the JVM to
# the first 200 of /login.xhtml, and VmRSS of the server right after start and after LOAD_SECONDS of API
# and page requests (two users, reads and new drafts). Logs stay in the printed work directory.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
port=${PORT:-18280}
load_seconds=${LOAD_SECONDS:-60}
# Same defaults as the run profile in pom.xml: keep the two in step.
jvm_opts=${JVM_OPTS:--Xmx768m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m}
micro_opts=${MICRO_OPTS:---nocluster --disablephonehome}
war=$root/target/m4d-grants.war
micro=$root/target/payara-micro.jar
cds=${CDS:-0}
work=${WORK:-$(mktemp -d /tmp/m4d-start.XXXXXX)}
base=http://localhost:$port
[[ -f $war && -f $micro ]] || { echo "Build first: mvn package -DskipTests" >&2; exit 1; }
mkdir -p "$work"

pid=
stop() {
    if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    pid=
}
trap stop EXIT

rss_mib() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }

# Every start gets a new Payara root directory, as `mvn -Prun` (clean package) does: a kept root
# directory still holds the last deployment, and `--deploy` then deploys the WAR a second time. With CDS
# the root directory is a copy of one made once by `--outputlauncher`: its launcher puts Payara's jars on
# the JVM's class path (a class-data archive covers only classes of the built-in class loaders), and the
# copy keeps their paths and times, which the archive checks.
launch() {
    # shellcheck disable=SC2086  # the option strings are lists of words
    if ((cds)); then
        rm -rf "$work/cds/root" && cp -a "$work/cds/root.pristine" "$work/cds/root"
        exec java $jvm_opts "$@" -Dm4d.demo-data=true -Dm4d.public-url="$base/" \
            -jar "$work/cds/root/launch-micro.jar" $micro_opts --port "$port" --contextroot / \
            --logproperties "$root/config/logging.properties" --deploy "$war"
    fi
    exec java $jvm_opts "$@" -Dm4d.demo-data=true -Dm4d.public-url="$base/" \
        -jar "$micro" $micro_opts --port "$port" --contextroot / --rootdir "$PWD/payara-root-$label" \
        --logproperties "$root/config/logging.properties" --deploy "$war"
}

# $1: label, $2: directory whose ./data is the database; further arguments go to the JVM. Waits for the
# first page.
start() {
    local t0 t1 label=$1 dir=$2
    shift 2
    t0=$(date +%s%N)
    (cd "$dir" && launch "$@") >"$work/$label.log" 2>&1 &
    pid=$!
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml") == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { echo "Payara Micro ended; see $work/$label.log" >&2; exit 1; }
        sleep 0.1
    done
    t1=$(date +%s%N)
    printf '%-14s first page after %5.1f s, RSS %4d MiB right after\n' "$label" \
        "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$(rss_mib)"
    grep -h 'started in\|ready at' "$work/$label.log" | sed 's/^/               /' || true
}

api() { curl -s -o /dev/null -w '%{http_code}\n' -u "$1:demo" "${@:2}"; }

load() {
    local end=$((SECONDS + load_seconds)) n=0 bad=0 code
    while ((SECONDS < end)); do
        for code in \
            "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml")" \
            "$(api np.applicant "$base/api/v1/me")" \
            "$(api np.applicant "$base/api/v1/tenants/NP/proposals")" \
            "$(api np.coordinator "$base/api/v1/tenants/NP/tasks")" \
            "$(api np.applicant -H 'Content-Type: application/json' \
                -d '{"title":"Skills recognition for returnees","sector":"EMPLOYMENT","leadActor":"NATIONAL_INSTITUTION","requestedAmount":250000}' \
                "$base/api/v1/tenants/NP/proposals")"; do
            n=$((n + 1))
            [[ $code == 2?? ]] || bad=$((bad + 1))
        done
    done
    printf '%-14s %d requests in %d s (%d not 2xx), RSS %4d MiB after\n' "${1:-load}" "$n" "$load_seconds" "$bad" "$(rss_mib)"
}

# The training run has a database of its own, so that the measured first start is on a fresh one.
train() {
    mkdir -p "$work/cds/train"
    java -jar "$micro" --rootdir "$work/cds/root.pristine" --outputlauncher >"$work/cds/launcher.log" 2>&1
    start training "$work/cds/train" -XX:ArchiveClassesAtExit="$work/cds/app.jsa"
    load_seconds=10 load 'training load'
    stop
    jvm_opts="$jvm_opts -XX:SharedArchiveFile=$work/cds/app.jsa"
}

echo "JVM: $jvm_opts | Payara Micro: $micro_opts | CDS: $cds | work directory: $work"
((cds)) && train
start fresh "$work"
stop
start restart "$work"
load
stop
