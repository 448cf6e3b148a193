# Sourced by scripts/stack.sh, the benchmark's footprint step (scripts/bench/startup.sh) and scripts/tests/{cds-record,
# jvm-options}.sh: the one place that decides which JVM runs the backend and with which options (issue 15, start-up).
#   the JDK   LVZHI_JAVA_HOME, else the newest JDK of version 25 or later under LVZHI_JVM_DIR (/usr/lib/jvm) once its
#             AOT cache is recorded (lvzhi_java), else the `java` on the PATH (the build's Java 17);
#   options   LVZHI_JVM_SHARED_OPTS (heap, collector, compiler; the Deployment's JAVA_TOOL_OPTIONS carries the same,
#             jvm-options.sh) and the class cache of that JDK, read from the jar's folder (quarkus-app):
#             JDK >= 25: the AOT cache app.aot (JEP 483/514/515: classes loaded and linked, method profiles), recorded
#                        from a real start and its warm-up by `scripts/stack.sh backend-record-cds`; none until then;
#             older:     the AppCDS archive app-cds.jsa (the build's, or one recorded from a real start);
#             LVZHI_JAVA_OPTS replaces them all.
# The recording options (lvzhi_java_record_opts) are the same but for the cache, so the cache fits the starts that use it.

# a heap of about 2.5 x the live heap (~95 MB) and the serial collector (RSS <= 400 MB at peak). C2 at the JDK's own
# counts: at ten times them (as before) a minute of reports left 9,013 methods in profiled C1 and 1,121 in C2, and the
# server wrote 171/s where it writes 216-221/s now, for the same ready time on JDK 25 with its cache (~7.6 s, +0.7 core-s)
LVZHI_JVM_SHARED_OPTS="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:ReservedCodeCacheSize=64m"
# the first JDK version with the AOT cache's one-step recording (-XX:AOTCacheOutput, JEP 514) and method profiles
LVZHI_JAVA_AOT_VERSION=25

# the feature version of a JDK folder (its release file), empty when it has none
lvzhi_jdk_version() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1; }

# lvzhi_java [APP_DIR]: the java binary that runs the backend from APP_DIR (quarkus-app). A JDK 25 or later only once
# its AOT cache is recorded there: without one it started slower than 17 with the build's class archive (14.7–15.8 s
# against 9.3–10.1 s), so a fresh build starts on 17 until `scripts/stack.sh backend-record-cds` has run. Without
# APP_DIR: the newest JDK, the one a recording uses.
lvzhi_java() {
  if [ -n "${LVZHI_JAVA_HOME:-}" ]; then echo "$LVZHI_JAVA_HOME/bin/java"; return; fi
  local dir best="" best_version=0 v
  for dir in "${LVZHI_JVM_DIR:-/usr/lib/jvm}"/*/; do
    dir="${dir%/}"
    [ -x "$dir/bin/java" ] || continue
    v=$(lvzhi_jdk_version "$dir")
    if [ -n "$v" ] && [ "$v" -ge "$LVZHI_JAVA_AOT_VERSION" ] && [ "$v" -gt "$best_version" ]; then best="$dir" best_version="$v"; fi
  done
  if [ -n "$best" ] && { [ -z "${1:-}" ] || [ -f "$1/app.aot" ]; }; then echo "$best/bin/java"; else command -v java; fi
}

# the feature version of a java binary (17, 25, ...)
lvzhi_java_version() {
  local home; home=$(dirname "$(dirname "$(readlink -f "$1")")")
  lvzhi_jdk_version "$home" | grep . && return
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9.]*\)$/\1/p' | sed 's/^1\.//; s/\..*//'
}

# the cache file of a java binary, relative to the jar's folder
lvzhi_java_cache() { if [ "$(lvzhi_java_version "$1")" -ge "$LVZHI_JAVA_AOT_VERSION" ]; then echo app.aot; else echo app-cds.jsa; fi; }

# lvzhi_java_opts JAVA APP_DIR: the options a start runs with (LVZHI_JAVA_OPTS, else the shared ones and the cache)
lvzhi_java_opts() {
  if [ -n "${LVZHI_JAVA_OPTS:-}" ]; then echo "$LVZHI_JAVA_OPTS"; return; fi
  local cache; cache=$(lvzhi_java_cache "$1")
  case "$cache" in
    app.aot) if [ -f "$2/$cache" ]; then echo "$LVZHI_JVM_SHARED_OPTS -XX:AOTCache=$cache"; else echo "$LVZHI_JVM_SHARED_OPTS"; fi ;;
    *) echo "$LVZHI_JVM_SHARED_OPTS -XX:SharedArchiveFile=$cache -Xshare:auto" ;;
  esac
}

# lvzhi_java_record_opts JAVA OUTPUT: the options of a start that records its cache into OUTPUT as the JVM exits
lvzhi_java_record_opts() {
  case "$(lvzhi_java_cache "$1")" in
    app.aot) echo "$LVZHI_JVM_SHARED_OPTS -XX:AOTCacheOutput=$2" ;;
    *) echo "$LVZHI_JVM_SHARED_OPTS -XX:ArchiveClassesAtExit=$2" ;;
  esac
}

# lvzhi_java_strict_opts JAVA: the options of a start that must refuse to run without its cache (-XX:AOTMode=on: "if
# AOTCache cannot be used, the JVM reports an error and exits"; -Xshare:on likewise for the class archive)
lvzhi_java_strict_opts() {
  case "$(lvzhi_java_cache "$1")" in
    app.aot) echo "$LVZHI_JVM_SHARED_OPTS -XX:AOTCache=app.aot -XX:AOTMode=on" ;;
    *) echo "$LVZHI_JVM_SHARED_OPTS -XX:SharedArchiveFile=app-cds.jsa -Xshare:on" ;;
  esac
}
