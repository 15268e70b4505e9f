import { readFileSync } from 'node:fs';

/** Name and version from package.json, read once (works from src/ under tsx and from dist/). */
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
