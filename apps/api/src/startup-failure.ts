import type { KaopingConfig } from '@kaoping/runtime';

/** One line for a failure an operator can fix (a busy port, a database that does not answer), else the error. */
export const startupFailure = (error: unknown, config: KaopingConfig): string => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EADDRINUSE') return `port ${config.port} on ${config.host} is already in use: stop the process that holds it, or set PORT to another port`;
  if (code === 'EACCES' && /listen/.test(message)) return `not allowed to listen on ${config.host}:${config.port}: use a port above 1023 (PORT), or run with the right to bind it`;
  if (code === 'EADDRNOTAVAIL') return `${config.host} is not an address of this machine: set HOST (127.0.0.1, or 0.0.0.0 for every interface)`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') return `a server the configuration names does not answer (${message}): check DATABASE_URL, KURRENTDB_URL and REDIS_URL`;
  if (code === 'EACCES' || code === 'EROFS' || code === 'ENOSPC') return `the data directory cannot be written (${message}): check DATA_DIR`;
  return `${error instanceof Error ? (error.stack ?? message) : message}`;
};
