#!/usr/bin/env bash
# Runs the ImageContracts generator over hostile spec files (deep nesting, alias bombs through extends and
# across two files, files of megabytes; built by tests/ImageContracts.Generator.Tests/HostileSpecFiles.cs)
# and prints, per scenario in its own process: size, generator time, bytes allocated, peak working set,
# diagnostics. "bundled" is the bundled spec alone, for comparison.
# Usage: bash bench/hostile-spec.sh [scenario ...]   (default: all)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build bench/HostileSpec/HostileSpec.csproj -c Release -nodeReuse:false -v:q -nologo >/dev/null
app=bench/HostileSpec/bin/Release/net10.0/HostileSpec.dll
scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ]; then
  scenarios=(bundled deep-flow-20000 deep-block-lists-20000 deep-block-mappings-500 bomb-extends-9 bomb-two-files-9 extends-growing-2000 extends-chain-100000 flat-list-500000)
fi
for scenario in "${scenarios[@]}"; do
  # %M: the process's maximum resident set, as the kernel saw it.
  /usr/bin/time -f "  max RSS %M KB, wall %e s" dotnet "$app" "$scenario"
done
