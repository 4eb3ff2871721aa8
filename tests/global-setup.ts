import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The smoke tests run the real bin (dist/cli/main.js) and --jobs above 1 the compiled worker: dist/ is
 * brought up to date once before any test file runs (`tsc -b` skips the build when nothing changed).
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
