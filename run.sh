#!/usr/bin/env bash
# DdmConformance launcher. Thin on purpose: find the .NET SDK, restore and build, then hand every verb
# and flag to the C# command line (conformance/DdmConformance.Cli), where all the logic lives.
#   ./run.sh                 = ./run.sh run (bundled reference target, reports in reports/out/)
#   ./run.sh run|lint|serve  [flags]   (./run.sh run --help)
#   ./run.sh test            the project's own tests; ends with "N passed, N failed"
# With npm on PATH, `npm ci` in reports/ installs the Allure CLI that renders allure-report/ (once).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK (10.0) is not on PATH; install it from https://dot.net" >&2
  exit 2
fi

configuration=Release
cli="conformance/DdmConformance.Cli/bin/$configuration/net10.0/ddm-conformance.dll"

build() {
  if ! dotnet build "$1" -c "$configuration" -nologo -v quiet -clp:ErrorsOnly >/tmp/ddm-build.$$.log 2>&1; then
    cat /tmp/ddm-build.$$.log >&2
    rm -f /tmp/ddm-build.$$.log
    echo "error: build failed" >&2
    exit 2
  fi
  rm -f /tmp/ddm-build.$$.log
}

# The Allure HTML report is rendered by the npm `allure` CLI pinned in reports/package.json. Without npm the
# run still writes allure-results/ and says plainly that allure-report/ was not rendered.
install_allure_cli() {
  command -v npm >/dev/null 2>&1 || return 0
  if [ ! -f reports/node_modules/allure/cli.js ] || [ reports/package-lock.json -nt reports/node_modules/.package-lock.json ]; then
    if ! npm ci --prefix reports --no-audit --no-fund --loglevel=error >/tmp/ddm-npm.$$.log 2>&1; then
      tail -n 5 /tmp/ddm-npm.$$.log >&2
      echo "warning: npm ci in reports/ failed; allure-report/ will not be rendered" >&2
    fi
    rm -f /tmp/ddm-npm.$$.log
  fi
}

# Spectral (pinned in spec/package.json) is the external linter a test runs over the specs.
install_spec_linter() {
  command -v npm >/dev/null 2>&1 || return 0
  if [ ! -x spec/node_modules/.bin/spectral ] || [ spec/package-lock.json -nt spec/node_modules/.package-lock.json ]; then
    npm ci --prefix spec --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || echo "warning: npm ci in spec/ failed; the Spectral test will say so" >&2
  fi
}

verb="${1:-run}"
case "$verb" in
  test)
    shift
    install_allure_cli
    install_spec_linter
    build DdmConformance.sln
    log=$(mktemp)
    status=0
    find conformance -path '*/bin/*' -name mutation-score.txt -delete 2>/dev/null || true
    dotnet test DdmConformance.sln -c "$configuration" --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?
    # The suite's own mutation score (written by the mutation tests), then the line CI reads.
    find conformance -path '*/bin/*' -name mutation-score.txt -exec cat {} \; 2>/dev/null || true
    # One line per test assembly ("Passed!  - Failed: 0, Passed: 42, Skipped: 0, ..."): sum them for CI.
    awk '/(Passed|Failed)! +- +Failed:/ {
           gsub(",", "")
           for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
         } END { printf "%d passed, %d failed\n", p, f }' "$log"
    rm -f "$log"
    exit "$status"
    ;;
  run|lint|serve|-*|--help|-h)
    [ "$verb" = lint ] || [ "$verb" = serve ] || install_allure_cli
    build conformance/DdmConformance.Cli
    exec dotnet "$cli" "$@"
    ;;
  *)
    echo "error: unknown verb '$verb' (run, lint, serve, test)" >&2
    exit 2
    ;;
esac
