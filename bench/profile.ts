/**
 * Where the time goes in a V8 CPU profile (`node --cpu-prof`): self time by file, and self and
 * total (inclusive) time by function, as plain-text tables.
 *
 *   npx tsx bench/profile.ts <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function place(url: string, root: string): string {
  if (!url) return '(native)';
  let path = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (path.startsWith(root)) path = path.slice(root.length).replace(/^\//, '');
  return path.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, 'node_modules/$1');
}

function label(frame: CallFrame, root: string): string {
  const where = place(frame.url, root);
  const name = frame.functionName || '(anonymous)';
  return where === '(native)' ? name : `${name} ${where}:${frame.lineNumber + 1}`;
}

export function summariseProfile(profile: CpuProfile, root: string, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    all += dt;
    const node = byId.get(id)!;
    const name = label(node.callFrame, root);
    self.set(name, (self.get(name) ?? 0) + dt);
    const file = ['(garbage collector)', '(idle)', '(program)'].includes(node.callFrame.functionName) ? node.callFrame.functionName : place(node.callFrame.url, root);
    files.set(file, (files.get(file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.functionName === '(root)') continue;
      const key = label(frame, root);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const ms = (us: number): string => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%`;
  const list = (map: Map<string, number>): string =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${ms(v)}  ${k}`)
      .join('\n');
  return [
    `sampled ${(all / 1000).toFixed(0)} ms`,
    'self time by file:',
    list(files),
    'self time by function:',
    list(self),
    'total time by function (including callees):',
    list(total),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: npx tsx bench/profile.ts <file.cpuprofile> [top]\n');
    process.exitCode = 2;
  } else {
    const root = fileURLToPath(new URL('..', import.meta.url));
    process.stdout.write(`${summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, root, Number(top ?? 25))}\n`);
  }
}
