#!/usr/bin/env bash
# Times `dotnet build` of conformance/DdmConformance.Api, the project the generator runs in, over a scratch
# copy of spec/*.openapi.yaml (SpecDirectory points there, so spec/ is never touched):
#   1. a build after the copy appears (the compiler and the generator run),
#   2. a no-op build right after it (nothing changed: MSBuild skips the compiler),
#   3. a build after editing one operation's summary in the copy,
# then builds once more over spec/ (untimed), so bin/ matches spec/ again. Prints one line per build.
# A benchmark, not part of any test run. Usage: bench/build-timing.sh [Release|Debug]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
configuration="${1:-Release}"
project=conformance/DdmConformance.Api/DdmConformance.Api.csproj
scratch=$(mktemp -d)
restore() { rm -rf "$scratch"; dotnet build "$project" -c "$configuration" -nologo -v quiet -clp:ErrorsOnly >/dev/null || true; }
trap restore EXIT

build() { # label
  local start end
  start=$(date +%s%N)
  dotnet build "$project" -c "$configuration" -nologo -v quiet -clp:ErrorsOnly -p:SpecDirectory="$scratch/" >/dev/null
  end=$(date +%s%N)
  printf '%-58s %7.1f s\n' "$1" "$(( (end - start) / 1000000 ))e-3"
}

dotnet build "$project" -c "$configuration" -nologo -v quiet -clp:ErrorsOnly >/dev/null   # restore and build the generator first
cp spec/*.openapi.yaml "$scratch/"
build "build over a fresh copy of spec/ (generator + compiler)"
build "no-op build (nothing changed)"
sed -i '0,/summary: /s//summary: Edited /' "$scratch/ddm.openapi.yaml"
build "build after editing one operation's summary"
build "no-op build again"
