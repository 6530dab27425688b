#!/usr/bin/env node
// The `cbo` command. The code is bundled into dist/cli.js by `npm run build`.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('cbo: dist/cli.js is missing; run `npm run build` in ' + path.dirname(__dirname) + ' first.\n');
  process.exit(2);
}
require(bundle).run();
