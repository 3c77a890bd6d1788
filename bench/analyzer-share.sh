#!/usr/bin/env bash
# Measures the ImageContracts analyzer's and generator's share of compile time on a consumer with 1,000
# request creations (typed, loose and dictionary calls), using the compiler's own -p:ReportAnalyzer=true figures.
# Usage: bash bench/analyzer-share.sh [runs]   (default 3 runs; packs a fresh local package first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-share.$(date +%s)"
mkdir -p "$work/feed" "$work/packages" "$work/consumer"
dotnet pack runtime/ImageContracts -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null

cat > "$work/consumer/nuget.config" <<XML
<configuration><packageSources><add key="local" value="$work/feed" /></packageSources></configuration>
XML
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><NoWarn>IMG0010</NoWarn><ImageContractsEmitRetiredModels>true</ImageContractsEmitRetiredModels><ImageContractsEmitUnusedModels>true</ImageContractsEmitUnusedModels></PropertyGroup>
  <ItemGroup><PackageReference Include="ImageContracts" Version="$version" /></ItemGroup>
</Project>
XML
{
  echo 'using System.Collections.Generic;'
  echo 'using ImageContracts;'
  echo 'static class Program'
  echo '{'
  echo '    static void Main()'
  echo '    {'
  for i in $(seq 0 999); do
    n=$(( i % 10 + 1 ))
    case $(( i % 5 )) in
      0) echo "        var r$i = new GptImage26Sunburst.GenerateRequest(\"prompt $i\") { Size = GptImage26Sunburst.Size.W1024xH1536, Quality = GptImage26Sunburst.Quality.High, N = $n };" ;;
      1) echo "        var r$i = new DallE3.GenerateRequest(\"prompt $i\") { Size = DallE3.Size.W1792xH1024, Quality = DallE3.Quality.Hd, Style = DallE3.Style.Natural };" ;;
      2) echo "        var r$i = new ImageGenerationRequest(\"prompt $i\") { Model = \"gpt-image-2.6-sunburst\", Size = \"1536x1024\", Quality = \"medium\", OutputFormat = \"webp\", OutputCompression = 80 };" ;;
      3) echo "        var r$i = new GptImage2.GenerateRequest(\"prompt $i\") { Size = new GptImage2.Size(2048, 1152), Background = GptImage2.Background.Opaque };" ;;
      4) echo "        var r$i = ImageContract.Validate(\"generations\", \"dall-e-2\", new Dictionary<string, object?> { [\"prompt\"] = \"p$i\", [\"size\"] = \"512x512\", [\"n\"] = $n });" ;;
    esac
  done
  echo '        System.Console.WriteLine(r0.Validate().IsValid);'
  echo '    }'
  echo '}'
} > "$work/consumer/Program.cs"

export NUGET_PACKAGES="$work/packages"
dotnet restore "$work/consumer" -v:q -nologo >/dev/null
echo "run | csc ms | analyzer s | generator s | analyzer share of csc"
for run in $(seq 1 "$runs"); do
  touch "$work/consumer/Program.cs"
  log="$work/build-$run.log"
  dotnet build "$work/consumer" -c Release --no-restore -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -p:UseSharedCompilation=false > "$log"
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}')
  analyzer=$(grep -E 'ImageContractsAnalyzer \(' "$log" | awk '{print $1}')
  generator=$(grep -E 'ImageContracts.Generator.ImageSpecGenerator' "$log" | awk '{print $1}')
  share=$(awk -v a="$analyzer" -v c="$csc" 'BEGIN { printf "%.1f%%", 100 * a * 1000 / c }')
  echo "$run | $csc | $analyzer | $generator | $share"
done
