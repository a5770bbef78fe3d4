#!/usr/bin/env node
'use strict';
// The command is compiled TypeScript; `npm run build` (part of the README's set-up) makes it.
const path = require('path');
const entry = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
let main;
try {
  main = require(entry).main;
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('main.js')) {
    process.stderr.write(
      'grant-budget: the command is not built yet. Run `npm run build` in ' + path.join(__dirname, '..') + '\n',
    );
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
