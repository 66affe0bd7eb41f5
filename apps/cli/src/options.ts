/** Command-line arguments: `--name value` options, `--flag` switches, and positionals. */
export type ParsedArgs = Readonly<{
  options: ReadonlyMap<string, string>;
  switches: ReadonlySet<string>;
  positionals: readonly string[];
  errors: readonly string[];
}>;

/** Reads arguments against the options that take a value and the switches a command knows. */
export const parseArgs = (args: readonly string[], spec: Readonly<{ options: readonly string[]; switches: readonly string[] }>): ParsedArgs => {
  const options = new Map<string, string>();
  const switches = new Set<string>();
  const positionals: string[] = [];
  const errors: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.switches.includes(name)) switches.add(name);
    else if (spec.options.includes(name)) {
      const value = inline ?? args[index + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) errors.push(`--${name} needs a value`);
      else {
        options.set(name, value);
        if (inline === undefined) index += 1;
      }
    } else errors.push(`unknown option --${name}`);
  }
  return { options, switches, positionals, errors };
};
