/** Process lifecycle for the entry points: config errors in one line, graceful shutdown on signals. */
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config/index.js';
import { createLogger } from '../logging/logger.js';
import { ensureEncryptionKey, StartupError } from './bootstrap.js';

export function bootLogger(): Logger {
  return createLogger({ level: process.env.LOG_LEVEL ?? 'info', pretty: ['1', 'true'].includes(process.env.LOG_PRETTY ?? '') });
}

export function loadConfigOrExit(logger: Logger): Config {
  try {
    ensureEncryptionKey(process.env, logger);
    return loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      logger.fatal(err.message);
      process.exit(78);
    }
    throw err;
  }
}

export function onShutdown(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

export async function runMain(logger: Logger, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (err instanceof StartupError) {
      logger.fatal(err.message);
      process.exit(69);
    }
    logger.fatal({ err }, 'failed to start');
    process.exit(1);
  }
}
