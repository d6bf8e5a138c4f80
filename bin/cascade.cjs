#!/usr/bin/env node
// The `cascade` command: checks the Node version first (see scripts/preflight.cjs), then runs the
// built command line, which expects to be the script Node was started with.
'use strict';
require('../scripts/preflight.cjs').check();
var path = require('path');
var url = require('url');
var cli = path.join(__dirname, '..', 'out', 'cli', 'cascade.mjs');
process.argv[1] = cli;
import(url.pathToFileURL(cli).href);
