// `npm run test:future` (after a build): the unit tests with the clock moved, to find a test
// that passes today and fails on another day (a deadline that becomes past, a reading that stops
// being recent). `node scripts/test-at.mjs [YYYY-MM-DD] [mocha arguments]`: the day defaults to
// 2031-06-01; 2026-01-01 tries the past. test/clock.cjs moves the clock, in this process and in
// every Node process the tests start (the CLI, the language server), through NODE_OPTIONS.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const day = /^\d{4}-\d{2}-\d{2}$/.test(args[0] ?? '') ? args.shift() : '2031-06-01';
const clock = fileURLToPath(new URL('../test/clock.cjs', import.meta.url));
const env = { ...process.env, CBO_CLOCK: day, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(clock)}`.trim() };
console.log(`CBO Guide: unit tests with the clock at ${day}`);
const r = spawnSync('npx', ['--no-install', 'mocha', ...args], { stdio: 'inherit', env });
process.exitCode = r.status ?? 1;
