#!/usr/bin/env pwsh
# DdmConformance launcher (PowerShell twin of run.sh). Thin on purpose: find the .NET SDK, restore and
# build, then hand every verb and flag to the C# command line, where all the logic lives.
#   ./run.ps1                 = ./run.ps1 run
#   ./run.ps1 run|lint|serve  [flags]
#   ./run.ps1 test            the project's own tests; ends with "N passed, N failed"
# With npm on PATH, `npm ci` in reports/ installs the Allure CLI that renders allure-report/ (once).
$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    [Console]::Error.WriteLine('error: the .NET SDK (10.0) is not on PATH; install it from https://dot.net')
    exit 2
}

$configuration = 'Release'
$cli = "conformance/DdmConformance.Cli/bin/$configuration/net10.0/ddm-conformance.dll"

function Invoke-Build([string]$target) {
    $output = & dotnet build $target -c $configuration -nologo -v quiet -clp:ErrorsOnly 2>&1
    if ($LASTEXITCODE -ne 0) {
        $output | ForEach-Object { [Console]::Error.WriteLine($_) }
        [Console]::Error.WriteLine('error: build failed')
        exit 2
    }
}

# The Allure HTML report is rendered by the npm `allure` CLI pinned in reports/package.json. Without npm the
# run still writes allure-results/ and says plainly that allure-report/ was not rendered.
function Install-AllureCli {
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { return }
    $stamp = 'reports/node_modules/.package-lock.json'
    if (-not (Test-Path 'reports/node_modules/allure/cli.js') -or -not (Test-Path $stamp) -or
        ((Get-Item 'reports/package-lock.json').LastWriteTime -gt (Get-Item $stamp).LastWriteTime)) {
        $output = & npm ci --prefix reports --no-audit --no-fund --loglevel=error 2>&1
        if ($LASTEXITCODE -ne 0) {
            $output | Select-Object -Last 5 | ForEach-Object { [Console]::Error.WriteLine($_) }
            [Console]::Error.WriteLine('warning: npm ci in reports/ failed; allure-report/ will not be rendered')
        }
    }
}

# Spectral (pinned in spec/package.json) is the external linter a test runs over the specs.
function Install-SpecLinter {
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { return }
    $stamp = 'spec/node_modules/.package-lock.json'
    if (-not (Test-Path 'spec/node_modules/.bin/spectral') -or -not (Test-Path $stamp) -or
        ((Get-Item 'spec/package-lock.json').LastWriteTime -gt (Get-Item $stamp).LastWriteTime)) {
        & npm ci --prefix spec --no-audit --no-fund --loglevel=error *> $null
        if ($LASTEXITCODE -ne 0) { [Console]::Error.WriteLine('warning: npm ci in spec/ failed; the Spectral test will say so') }
    }
}

$verb = if ($args.Count -gt 0) { $args[0] } else { 'run' }
$rest = if ($args.Count -gt 1) { $args[1..($args.Count - 1)] } else { @() }
switch -Regex ($verb) {
    '^test$' {
        Install-AllureCli
        Install-SpecLinter
        Invoke-Build 'DdmConformance.sln'
        Get-ChildItem -Path conformance -Recurse -Filter mutation-score.txt -ErrorAction SilentlyContinue | Where-Object { $_.FullName -match '[\\/]bin[\\/]' } | Remove-Item
        $log = & dotnet test DdmConformance.sln -c $configuration --no-build -nologo @rest 2>&1
        $status = $LASTEXITCODE
        $log | ForEach-Object { Write-Output $_ }
        # The suite's own mutation score (written by the mutation tests), then the line CI reads.
        Get-ChildItem -Path conformance -Recurse -Filter mutation-score.txt -ErrorAction SilentlyContinue | Where-Object { $_.FullName -match '[\\/]bin[\\/]' } | ForEach-Object { Get-Content $_.FullName }
        # One line per test assembly ("Passed!  - Failed: 0, Passed: 42, ..."): sum them for CI.
        $passed = 0; $failed = 0
        foreach ($line in $log) {
            if ("$line" -match '(Passed|Failed)! +- +Failed: +(\d+), +Passed: +(\d+)') {
                $failed += [int]$Matches[2]; $passed += [int]$Matches[3]
            }
        }
        Write-Output "$passed passed, $failed failed"
        exit $status
    }
    '^(run|lint|serve|-.*)$' {
        if ($verb -ne 'lint' -and $verb -ne 'serve') { Install-AllureCli }
        Invoke-Build 'conformance/DdmConformance.Cli'
        & dotnet $cli @args
        exit $LASTEXITCODE
    }
    default {
        [Console]::Error.WriteLine("error: unknown verb '$verb' (run, lint, serve, test)")
        exit 2
    }
}
