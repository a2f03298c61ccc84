import express from 'express';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Serves the built game on one port (PORT, default 8080). The classroom server will join it here.
 */
const port = Number(process.env.PORT ?? 8080);
const dist = resolve(import.meta.dirname, '../../dist');

if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No built game in ${dist}: run "npm run build" first (npm start does it for you).`);
  process.exit(1);
}

const app = express();
app.disable('x-powered-by');
app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
app.listen(port, () => {
  console.log(`PAROS is running: open http://localhost:${port}/ in a browser (Ctrl+C stops it).`);
});
