#!/usr/bin/env bash
# Times the whole suite against the bundled reference target (each run starts a fresh one) with one lane at a
# time and with each N given, and prints per run: wall time, requests sent (summary.json), requests per second
# and the verdict. The runs alternate, ROUNDS times over (default 1), so a busy moment of the machine does not
# fall on one setting only. Reports go to a scratch directory that is removed afterwards.
# A benchmark, not part of any test run. Usage: bench/lanes-timing.sh [Release|Debug] [N…]   (default N: 2 5)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
configuration="${1:-Release}"
shift || true
settings=(1 "${@:-2 5}")
read -r -a settings <<<"${settings[*]}"
rounds="${ROUNDS:-1}"
dll="conformance/DdmConformance.Cli/bin/$configuration/net10.0/ddm-conformance.dll"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

dotnet build conformance/DdmConformance.Cli -c "$configuration" -nologo -v quiet -clp:ErrorsOnly >/dev/null

field() { # file name: a top-level number or string of summary.json
  grep -m1 -o "\"$2\": *[^,]*" "$1" | sed 's/^[^:]*: *//; s/"//g'
}

printf '%-9s %6s %10s %9s %10s  %s\n' "--parallel" "round" "wall" "requests" "requests/s" "verdict"
for round in $(seq 1 "$rounds"); do
  for n in "${settings[@]}"; do
    out="$scratch/p$n-r$round"
    start=$(date +%s%N)
    DDM_ALLURE_HTML=0 NO_COLOR=1 dotnet "$dll" run --parallel "$n" --out "$out" >"$scratch/console.log" || true
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    requests=$(field "$out/summary.json" requests)
    printf '%-9s %6s %8.1f s %9s %10.1f  %s\n' "$n" "$round" "${ms}e-3" "$requests" "$(( requests * 1000000 / ms ))e-3" "$(field "$out/summary.json" verdict)"
  done
done
