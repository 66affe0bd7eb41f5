/** `{ [key]: value }` when the value is given, else `{}`: optional command fields stay absent, never `undefined`. */
export const present = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => {
  const field: { [P in K]?: V } = {};
  if (value !== undefined) field[key] = value;
  return field;
};
