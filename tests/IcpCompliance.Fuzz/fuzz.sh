#!/usr/bin/env bash
# Fuzz one target of the IcpCompliance library with AFL++ (Debian's afl++ package) through SharpFuzz.
#
#   tests/IcpCompliance.Fuzz/fuzz.sh TARGET SECONDS     fuzz TARGET for SECONDS seconds (at nice 19)
#   tests/IcpCompliance.Fuzz/fuzz.sh --list             list the targets
#
# Needs: the .NET SDK, `apt-get install -y afl++`. The script restores the sharpfuzz tool from the repository's
# tool manifest (.config/dotnet-tools.json), publishes the harness to artifacts/fuzz/bin, instruments the published
# IcpCompliance.dll there (never the build output), seeds afl-fuzz with corpus/TARGET and regressions/TARGET, and
# runs it in artifacts/fuzz/TARGET. At the end it prints the executions, crashes and hangs and replays every crash
# and hang through the harness so that the failing invariant or exception is shown. Copy a crashing input into
# regressions/TARGET/ once fixed: the test project replays that folder on every change.
#
# Environment: FUZZ_TIMEOUT_MS (per execution, default 10000: a hang), FUZZ_NO_BUILD=1 reuses artifacts/fuzz/bin.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/fuzz"
bin="$out/bin"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ "${1:-}" == "--list" ]]; then
  dotnet run --project "$here" -c Release -- --list
  exit 0
fi
if [[ $# -ne 2 || ! "$2" =~ ^[0-9]+$ ]]; then
  sed -n '2,15p' "$0" >&2
  exit 2
fi
target="$1"
seconds="$2"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
[[ -d "$here/corpus/$target" ]] || { echo "no seed corpus for '$target' in $here/corpus" >&2; exit 2; }

cd "$root"
if [[ "${FUZZ_NO_BUILD:-0}" != "1" || ! -f "$bin/IcpCompliance.Fuzz.dll" || ! -d "$out/replay" ]]; then
  dotnet tool restore >/dev/null
  rm -rf "$bin"
  rm -rf "$out/replay"
  dotnet publish "$here/IcpCompliance.Fuzz.csproj" -c Release -o "$bin" -p:UseAppHost=true >/dev/null
  # Crashes are replayed by an uninstrumented copy: instrumented code outside afl-fuzz has no coverage map to
  # write to and dies with an access violation, which would hide the real failure.
  cp -r "$bin" "$out/replay"
  # Only the library is instrumented: coverage of the harness, AngleSharp or the BCL would only add noise.
  dotnet sharpfuzz "$bin/IcpCompliance.dll"
fi

work="$out/$target"
rm -rf "$work"
mkdir -p "$work/in"
cp "$here/corpus/$target/"* "$work/in/"
if compgen -G "$here/regressions/$target/*" >/dev/null; then
  cp "$here/regressions/$target/"* "$work/in/"
fi

# The dotnet host is not an AFL-instrumented binary: SharpFuzz's fork server reports coverage itself.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
echo "== fuzzing $target for ${seconds}s (nice 19), log in $work/afl.log"
set +e
nice -n 19 afl-fuzz -V "$seconds" -t "${FUZZ_TIMEOUT_MS:-10000}" -m none -i "$work/in" -o "$work/out" \
  -- "$bin/IcpCompliance.Fuzz" "$target" >"$work/afl.log" 2>&1
status=$?
set -e

stats="$work/out/default/fuzzer_stats"
if [[ ! -f "$stats" ]]; then
  echo "afl-fuzz did not start (exit $status); see $work/afl.log" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 1
fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$stats"

found=0
for kind in crashes hangs; do
  for file in "$work/out/default/$kind"/id:*; do
    [[ -e "$file" ]] || continue
    found=1
    echo "== $kind: $file"
    timeout 60 "$out/replay/IcpCompliance.Fuzz" "$target" "$file" || true
  done
done
exit "$found"
