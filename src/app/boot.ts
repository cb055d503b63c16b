/**
 * The boot sequence every entry point shares (src/cli/): logger → config (with
 * a generated local key when ENCRYPTION_KEY is unset) → Postgres and Redis
 * checks, migrations → the container → what the entry point starts →
 * graceful shutdown on SIGINT/SIGTERM. Failures end the process with one
 * readable line and a distinct exit code (78 config, 69 unreachable service).
 */
import type { Logger } from 'pino';
import { ConfigError, loadConfig, logSettings } from '../config/index.js';
import { createLogger } from '../logging/logger.js';
import { checkRedis, localEncryptionKey, prepareServices, StartupError } from './bootstrap.js';
import { createContainer, type Container } from './container.js';
import { superviseCluster } from './cluster.js';

export const EXIT_CONFIG = 78;
export const EXIT_UNAVAILABLE = 69;

/** Something an entry point started and stops on shutdown. */
export interface Stoppable {
  close(): Promise<void>;
}

export interface BootOptions {
  /**
   * `database`: create the database if missing, build pgvector if missing,
   * apply migrations, check Redis (the gateway). `redis`: check Redis only
   * (workers, which never migrate).
   */
  prepare: 'database' | 'redis';
}

function onShutdown(logger: Logger, close: () => Promise<void>): void {
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

/**
 * `npm run gateway` with several processes: prepares the database once here,
 * then supervises N HTTP processes (src/app/cluster.ts) that each boot with
 * `prepare: 'redis'`. Resolves to false when one process is asked for (the
 * caller then boots normally).
 */
export async function bootCluster(requested: number | undefined): Promise<boolean> {
  const log = logSettings();
  const logger = createLogger({ level: log.level, pretty: log.pretty });
  try {
    const config = loadConfig(undefined, { encryptionKeyFallback: (dataDir) => localEncryptionKey(dataDir, logger) });
    const processes = requested ?? config.http.processes;
    if (processes <= 1) return false;
    await prepareServices({ databaseUrl: config.db.url, redis: config.redis, encryptionKey: config.security.encryptionKey }, logger);
    await superviseCluster({ processes, whatsappWebSessions: config.whatsappWeb.sessionsEnabled, logger });
    process.exit(0);
  } catch (err) {
    exitOnBootError(err, logger);
  }
}

function exitOnBootError(err: unknown, logger: Logger): never {
  if (err instanceof ConfigError) {
    logger.fatal(err.message);
    process.exit(EXIT_CONFIG);
  }
  if (err instanceof StartupError) {
    logger.fatal(err.message);
    process.exit(EXIT_UNAVAILABLE);
  }
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
}

/**
 * Boots a long-running process and runs `start` with the container. What
 * `start` returns is closed on shutdown in reverse order, then the container.
 */
export async function boot(opts: BootOptions, start: (c: Container) => Promise<Stoppable[]>): Promise<void> {
  const log = logSettings();
  const logger = createLogger({ level: log.level, pretty: log.pretty });
  try {
    const config = loadConfig(undefined, { encryptionKeyFallback: (dataDir) => localEncryptionKey(dataDir, logger) });
    if (opts.prepare === 'database') await prepareServices({ databaseUrl: config.db.url, redis: config.redis, encryptionKey: config.security.encryptionKey }, logger);
    else await checkRedis(config.redis);
    const c = createContainer(config, { logger });
    if (!config.notifications.smtpUrl) logger.warn('e-mail notifications are not configured (SMTP_URL is unset): they are recorded in the communication log as skipped, never sent');
    const started = await start(c);
    onShutdown(logger, async () => {
      for (const s of [...started].reverse()) await s.close();
      await c.close();
    });
  } catch (err) {
    exitOnBootError(err, logger);
  }
}
