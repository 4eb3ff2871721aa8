import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

// src/core/ and dist/core/ both sit two levels below the package root.
const ROOT_URL = new URL('../../', import.meta.url);

export const PACKAGE_ROOT = fileURLToPath(ROOT_URL);

export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT_URL));
}

interface PackageJson {
  name: string;
  version: string;
}

let packageJson: PackageJson | undefined;

export function packageInfo(): PackageJson {
  packageJson ??= JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as PackageJson;
  return packageJson;
}
