#!/usr/bin/env node
// The `analytics-privacy` command (see `analytics-privacy --help`); the code is in src/cli/, built to dist/.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
