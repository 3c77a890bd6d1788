#!/usr/bin/env bash
# Installs the pinned official openai npm package for the emulator's Node SDK tests. The tests themselves run from
# `dotnet test` (ImageContracts.Emulator.Tests.OfficialNodeSdkTests), which starts the emulator and then
# `node --test` in this folder; that test also runs this install when node_modules is missing.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
