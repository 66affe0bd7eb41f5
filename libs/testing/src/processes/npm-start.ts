import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How an npm script starts a node process: the environment it sets and the flags node gets. */
export type NodeStart = Readonly<{ env: Readonly<Record<string, string>>; nodeFlags: readonly string[] }>;

/**
 * How `npm run <script>` of the package at `root` starts `entry` (e.g. dist/apps/worker/main.js):
 * its `NAME=value` assignments and node's flags, read from package.json, so that a bench runs the
 * process as production does (`[NAME=value …] node [--flag …] <entry>`, after any `&&`; `entry` may
 * be TypeScript that a flag such as `--import tsx` loads).
 */
export const nodeStartOf = (root: string, script: string, entry: string): NodeStart => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const command = scripts[script] ?? '';
  const escaped = entry.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // A flag is `--name` or `--name=value`; the few that take their value after a space (a module to
  // load first, such as `--import tsx`) are named.
  const match = new RegExp(`(?:^|&& )((?:[A-Z_]+=\\S+ )*)node((?: --(?:import|require|loader) \\S+| --[\\w-]+(?:=\\S+)?)*) ${escaped}(?: |$)`).exec(command);
  if (match === null) throw new Error(`package.json: the script ${script} does not run node ${entry}`);
  const env = Object.fromEntries((match[1] ?? '').trim().split(' ').filter((pair) => pair !== '').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), pair.slice(at + 1)];
  }));
  return { env, nodeFlags: (match[2] ?? '').split(' ').filter((flag) => flag !== '') };
};
