#!/usr/bin/env bash
# Packs ImageContracts into artifacts/feed with a fresh version, then restores, builds and runs the sample
# against that PACKAGE (not the in-repo projects). Usage: bash samples/run.sh [-c Debug|Release]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
configuration="Release"
if [[ "${1:-}" == "-c" && -n "${2:-}" ]]; then configuration="$2"; fi

version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
feed="$repo/artifacts/feed"
# A private global packages folder: a package re-packed under an existing version would otherwise be served
# from a stale extraction. The version is fresh anyway; this also keeps ~/.nuget/packages clean.
export NUGET_PACKAGES="$repo/artifacts/packages"
mkdir -p "$feed" "$NUGET_PACKAGES"

echo "== pack ImageContracts $version -> $feed"
# Its own artifacts path: the pack build does not touch the in-repo bin/ and obj/ folders.
dotnet pack "$repo/runtime/ImageContracts/ImageContracts.csproj" -c "$configuration" -o "$feed" \
  -p:ImageContractsVersion="$version" --artifacts-path "$repo/artifacts/pack" --nologo -v:minimal

echo "== restore + build the sample against ImageContracts $version (the feed is added to your sources for this restore only)"
# The sample's own artifacts path keeps this package build apart from the in-repo (project reference) build.
dotnet build "$repo/samples/ImageContracts.Sample/ImageContracts.Sample.csproj" -c "$configuration" \
  -p:ImageContractsPackageVersion="$version" -p:RestoreAdditionalProjectSources="$feed" --artifacts-path "$repo/artifacts/sample" --nologo -v:minimal

echo "== run"
config_lower="$(echo "$configuration" | tr '[:upper:]' '[:lower:]')"
dotnet "$repo/artifacts/sample/bin/ImageContracts.Sample/$config_lower/ImageContracts.Sample.dll"
