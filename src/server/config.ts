import { resolve } from 'node:path';

/** The server's settings, all from the environment, all with a default that works in a school. */
export interface ServerConfig {
  /** PORT: the one port for the page, the API and the rooms (default 8080). */
  readonly port: number;
  /** HOST: the interface to listen on (default all, so that students' laptops reach it). */
  readonly host: string | undefined;
  /** DATA_DIR: where the SQLite file lives (default ./data). */
  readonly dataDir: string;
  /** STATIC_DIR: the built page (default ./dist). */
  readonly staticDir: string;
  /** SCENARIO_DIR: the scenario files a teacher may choose from (default ./scenarios). */
  readonly scenarioDir: string;
  /** REDIS_URL: when set, rooms are shared with other processes through Redis. */
  readonly redisUrl: string | undefined;
  /** PUBLIC_ADDRESS: how browsers reach this very process (host:port), needed with Redis. */
  readonly publicAddress: string | undefined;
  /** RECONNECT_SECONDS: how long a dropped student keeps a place (default 120). */
  readonly reconnectSeconds: number;
  /** COMPUTER_DELAY_MS: pause between two computer moves (default 600). */
  readonly computerDelayMs: number;
  /** RESTORE_GRACE_MS: after a restart, the least time left in a turn (default 60000). */
  readonly restoreGraceMs: number;
  /** RESUME_HOURS: sessions begun this many hours ago or less are resumed at start (default 24). */
  readonly resumeHours: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const root = resolve(import.meta.dirname, '../..');
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || undefined,
    dataDir: resolve(env.DATA_DIR || resolve(root, 'data')),
    staticDir: resolve(env.STATIC_DIR || resolve(root, 'dist')),
    scenarioDir: resolve(env.SCENARIO_DIR || resolve(root, 'scenarios')),
    redisUrl: env.REDIS_URL || undefined,
    publicAddress: env.PUBLIC_ADDRESS || undefined,
    reconnectSeconds: integer(env, 'RECONNECT_SECONDS', 120, 1, 3600),
    computerDelayMs: integer(env, 'COMPUTER_DELAY_MS', 600, 0, 60_000),
    restoreGraceMs: integer(env, 'RESTORE_GRACE_MS', 60_000, 0, 600_000),
    resumeHours: integer(env, 'RESUME_HOURS', 24, 0, 24 * 365),
  };
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}: "${text}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}
