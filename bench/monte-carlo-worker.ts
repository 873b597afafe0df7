// Run inside a Chromium worker by browser-tasks.mjs: the same timings as the Node bench.
import { timeMonteCarlo } from './monte-carlo-timing';

postMessage(timeMonteCarlo());
