import { readConfig } from './config';
import { startServer } from './start-server';

/**
 * `npm start`: the built game, the classroom API and the rooms on one port (PORT, default
 * 8080), with the SQLite file in DATA_DIR (default ./data). See config.ts for every setting.
 */
const config = readConfig();
const server = await startServer(config).catch((error: unknown) => {
  console.error('PAROS could not start:', error);
  process.exit(1);
});
const resumed = server.resumed.length > 0 ? ` (${server.resumed.length} session(s) resumed)` : '';
console.log(
  `PAROS is running: open http://localhost:${server.port}/ in a browser (Ctrl+C stops it)${resumed}.`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
