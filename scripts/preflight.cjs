// Runs before anything else in `npm start`, `npm run web` and the `cascade` command. Written for old
// Node on purpose (no modern syntax, nothing loaded): on Node 20 the native SQLite module would crash
// with a bare "Segmentation fault", so this says what is wrong in one sentence instead.
'use strict';

var REQUIRED = [22, 12];

/** The problem with this Node, in one sentence, or null when it is new enough. */
function problem(versions) {
  var parts = String(versions.node).split('.').map(Number);
  var ok = parts[0] > REQUIRED[0] || (parts[0] === REQUIRED[0] && parts[1] >= REQUIRED[1]);
  if (ok) return null;
  return (
    'Cascade Planner needs Node.js ' + REQUIRED.join('.') + ' or newer, but this is Node.js ' + versions.node +
    ': install Node.js 22 (https://nodejs.org) and run the command again.'
  );
}

function check() {
  var message = problem(process.versions);
  if (message) {
    process.stderr.write(message + '\n');
    process.exit(1);
  }
}

module.exports = { problem: problem, check: check };

if (require.main === module) check();
