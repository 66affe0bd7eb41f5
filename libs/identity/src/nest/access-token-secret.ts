import { randomBytes } from 'node:crypto';
import { InvalidConfigError, type KaopingConfig } from '@kaoping/runtime';

/**
 * JWT_SECRET, or, in embedded mode only, a random secret for this process (`warn` says that
 * tokens end with it). Other modes run several processes that must accept each other's tokens.
 */
export const accessTokenSecretOf = (config: KaopingConfig, warn: (message: string) => void): string => {
  if (config.jwtSecret !== undefined) return config.jwtSecret;
  if (config.eventStore !== 'embedded') {
    throw new InvalidConfigError([{ variable: 'JWT_SECRET', rule: `is required when EVENT_STORE=${config.eventStore}` }]);
  }
  warn('JWT_SECRET is not set: signing tokens with a random secret made for this process; every token ends when it stops');
  return randomBytes(48).toString('base64url');
};
