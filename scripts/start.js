// `npm start`: build when dist/ is missing or older than the sources, then run the API with workers in-process.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(stamp) ||
  ['src', 'libs'].some((d) => existsSync(join(root, d)) && newestMtime(join(root, d)) > statSync(stamp).mtimeMs);
if (stale) {
  process.stdout.write('Building (first start or sources changed)...\n');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
if (process.argv[2] === '--build-only') process.exit(0);
process.env.WORKERS_IN_PROCESS ??= 'true';
require(join(root, 'dist', 'main.js'));
