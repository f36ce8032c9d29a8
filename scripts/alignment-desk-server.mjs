#!/usr/bin/env node
// The package's `alignment-desk-server` command: runs the TypeScript entry through tsx (a dependency).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('tsx/cjs');
require('./team-server.ts');
