import { bench, describe } from 'vitest';
import type { LoadOptions, LoadResult } from './bench/load-run';
import { runClassroomLoad, runEchoLoad } from './bench/load-run';

/**
 * The classroom server under load on loopback: LOAD_ROOMS rooms (default 200) of LOAD_STUDENTS
 * students (default 10) and their teacher, each room's speakers sending one intent every
 * LOAD_INTERVAL_MS (default 2000) for LOAD_SECONDS (default 30); then the same on a bare
 * Colyseus echo room, the floor. Run with `npx vitest bench --run --project engine src/server/load.bench.ts`.
 */
const options: LoadOptions = {
  rooms: Number(process.env.LOAD_ROOMS ?? 200),
  studentsPerRoom: Number(process.env.LOAD_STUDENTS ?? 10),
  intervalMs: Number(process.env.LOAD_INTERVAL_MS ?? 2000),
  seconds: Number(process.env.LOAD_SECONDS ?? 30),
};

function report(result: LoadResult): void {
  console.log(
    `${result.label}: ${result.roomsHeld} rooms held, ${result.clients} clients, ${result.updates} intents measured; ` +
      `intent to every client's update p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms; ` +
      `server memory ${result.memoryPerRoomKiB} KiB per room`,
  );
}

describe(`classroom load: ${options.rooms} rooms × ${options.studentsPerRoom} students`, () => {
  bench(
    'classroom rooms, then the bare echo floor',
    async () => {
      report(await runClassroomLoad(options));
      report(await runEchoLoad(options));
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
