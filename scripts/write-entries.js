// tsc emits dist/src/main.js (libs/ sits beside src/); production runs dist/main.js and dist/worker.js.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
writeFileSync(join(dist, 'main.js'), "'use strict';\nrequire('./src/main');\n");
writeFileSync(join(dist, 'worker.js'), "'use strict';\nrequire('./src/worker');\n");
writeFileSync(join(dist, '.build-stamp'), new Date().toISOString());
