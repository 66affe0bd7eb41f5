import { ConsoleLogger, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { KaopingConfig } from './config';

const levels: Record<KaopingConfig['logLevel'], NestLogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

/** Structured logs: one JSON object per line by default (LOG_FORMAT=text for people at a terminal). */
export function createLogger(config: Pick<KaopingConfig, 'logLevel' | 'logFormat'>, appName: string): ConsoleLogger {
  return new ConsoleLogger(appName, {
    json: config.logFormat === 'json',
    colors: config.logFormat === 'text' && process.stdout.isTTY === true,
    logLevels: levels[config.logLevel],
  });
}
