#!/usr/bin/env pwsh
# Runs the whole ProfileMiner pipeline on the default corpus (seeds/ and corpus/) into out/.
# Any arguments are passed on, e.g.:  ./run.ps1 corpus/pdf --out out-pdf
$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot
dotnet run --project src/ProfileMiner.Cli -- run @args
exit $LASTEXITCODE
