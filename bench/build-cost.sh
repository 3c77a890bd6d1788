#!/usr/bin/env bash
# What the package costs every build of a consumer: a hello-world console app referencing the packed ImageContracts
# package against the same app referencing the official OpenAI 2.15.0 SDK. Each is restored once, then rebuilt N times
# (`dotnet build --no-restore -c Release`, the two apps alternating) after appending a comment to Program.cs, as an
# edit would; the medians are compared. Also prints the generated source size and both output DLL sizes.
# Measured twice: with the compiler server (VBCSCompiler, what `dotnet build` uses by default: the compiler and the
# analyzers stay loaded between builds) and without it (UseSharedCompilation=false, as some CI machines and this
# repository's sandbox set: every build starts a fresh csc process that loads and JIT-compiles everything again).
# On a shared machine the wall-clock times swing with the other load; the CPU seconds each rebuild used (the build's
# processes, plus the compiler server's share) are steadier and are printed beside them.
# Usage: bash bench/build-cost.sh [rebuilds]   (default 5)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
work="$(mktemp -d)"
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
version="0.1.0-buildcost.$(date +%s)"
mkdir -p "$work/feed" "$work/contracts" "$work/openai"
dotnet pack runtime/ImageContracts -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null

for app in contracts openai; do
  cat > "$work/$app/nuget.config" <<XML
<configuration><packageSources><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
  echo 'System.Console.WriteLine("hello");' > "$work/$app/Program.cs"
done
cat > "$work/contracts/HelloContracts.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="ImageContracts" Version="$version" /></ItemGroup>
</Project>
XML
cat > "$work/openai/HelloOpenAi.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="OpenAI" Version="2.15.0" /></ItemGroup>
</Project>
XML

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
# CPU milliseconds the compiler server has used so far (0 when none runs); it is not a child of the build.
server_cpu() {
  local pid
  pid=$(pgrep -f 'bincore/VBCSCompiler' | head -1 || true)
  if [ -z "$pid" ]; then echo 0; else awk -v t="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat"; fi
}
for app in contracts openai; do
  dotnet restore "$work/$app" -v:q -nologo >/dev/null
done
TIMEFORMAT='%3U %3S'
for mode in server no-server; do
  shared=$([ "$mode" = server ] && echo true || echo false)
  declare -A times=() cpus=() result=() cpu=()
  for app in contracts openai; do
    # Warm-up: the first build (and, with the server, starting it).
    dotnet build "$work/$app" --no-restore -c Release -v:q -nologo -p:UseSharedCompilation=$shared >/dev/null
  done
  # Interleaved, so a machine busy with something else slows both alike.
  for i in $(seq 1 "$runs"); do
    for app in contracts openai; do
      echo "// edit $mode $i" >> "$work/$app/Program.cs"
      before=$(server_cpu)
      start=$(date +%s%N)
      { time dotnet build "$work/$app" --no-restore -c Release -v:q -nologo -p:UseSharedCompilation=$shared >/dev/null; } 2> "$work/cpu.txt"
      times[$app]+="$(( ($(date +%s%N) - start) / 1000000 )) "
      own=$(awk '{print int(($1 + $2) * 1000)}' "$work/cpu.txt")
      cpus[$app]+="$(( own + $(server_cpu) - before )) "
    done
  done
  echo "== $mode (UseSharedCompilation=$shared)"
  for app in contracts openai; do
    result[$app]=$(printf '%s\n' ${times[$app]} | median)
    cpu[$app]=$(printf '%s\n' ${cpus[$app]} | median)
    echo "$app: rebuilds ${times[$app]}ms, median ${result[$app]} ms; CPU ${cpus[$app]}ms, median ${cpu[$app]} ms"
  done
  awk -v a="${result[contracts]}" -v b="${result[openai]}" -v c="${cpu[contracts]}" -v d="${cpu[openai]}" -v m="$mode" \
    'BEGIN { printf "ratio %s (ImageContracts / OpenAI 2.15.0): wall %.2fx, CPU %.2fx\n", m, a / b, c / d }'
done

# The generated files are written to obj/ only for this last build, so writing them is not part of the timed ones.
echo "// size" >> "$work/contracts/Program.cs"
dotnet build "$work/contracts" --no-restore -c Release -v:q -nologo -p:EmitCompilerGeneratedFiles=true >/dev/null
generated=$(find "$work/contracts/obj" -path '*ImageContracts.Generator*' -name '*.cs' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "generated source: $(( generated / 1024 )) KB in $(find "$work/contracts/obj" -path '*ImageContracts.Generator*' -name '*.cs' | wc -l) files"
echo "consumer dll: ImageContracts app $(( $(stat -c %s "$work/contracts/bin/Release/net10.0/HelloContracts.dll") / 1024 )) KB, OpenAI app $(( $(stat -c %s "$work/openai/bin/Release/net10.0/HelloOpenAi.dll") / 1024 )) KB"
