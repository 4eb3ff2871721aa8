// `npm start`: exports the bundled sample to output/, validates the written Turtle and JSON-LD
// again as an independent reader would, and says where the files went. dist/ is built only when
// it is older than src/ (`npm ci` has built it already, through `prepare`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stem = 'output/nato-russia-missile-row';
const files = [`${stem}.ttl`, `${stem}.jsonld`, `${stem}.validation.ttl`];

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json']);
// --report prints each SHACL warning once; validate -q then prints only its summary line per file.
run(['dist/cli/main.js', 'export', 'samples/nato-russia-missile-row.txt', '-o', 'output', '--report']);
run(['dist/cli/main.js', 'validate', '-q', files[0], files[1]]);
console.log(`\nThe graph of samples/nato-russia-missile-row.txt is in ${files[0]} and ${files[1]}; its SHACL report in ${files[2]}.`);
