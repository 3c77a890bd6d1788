#!/usr/bin/env bash
# The main job on a fresh machine, offline: builds the imagegen command line, generates an image with streamed
# partial images through the embedded emulator (OPENAI_API_KEY is ignored here, so nothing leaves the machine),
# and prints where the files are and what the call would have cost on the API.
# Usage: bash run.sh [PROMPT]          (images go to artifacts/run/; the packaged-library sample is samples/run.sh)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prompt="${1:-A lighthouse on a cliff at dawn, watercolor}"
out="$repo/artifacts/run"

echo "== build imagegen (cli/ImageContracts.Cli)"
dotnet build "$repo/cli/ImageContracts.Cli/ImageContracts.Cli.csproj" -c Release --nologo -v:quiet -clp:NoSummary -nodeReuse:false
imagegen=(env -u OPENAI_API_KEY dotnet "$repo/cli/ImageContracts.Cli/bin/Release/net10.0/ImageContracts.Cli.dll")

echo
echo "== imagegen generate: validated against the spec, sent to the embedded emulator, partial images saved as they stream"
"${imagegen[@]}" generate "$prompt" --model gpt-image-2 --size 1024x1024 --quality medium --partial-images 2 --out "$out"

echo
echo "== imagegen cost: the same request priced without sending it"
"${imagegen[@]}" cost "$prompt" --model gpt-image-2 --size 1024x1024 --quality medium --partial-images 2

echo
echo "Images: $out"
ls -l "$out"
