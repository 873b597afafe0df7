import { WorkerTask } from '../../lib/worker-task.svelte';
import { packedRunInSlices, type PackedRun, type RunRequest } from './data';

/** A scenario's run in a worker; on the page, where none runs, a year per task. */
export function createRunClient(): WorkerTask<RunRequest, PackedRun> {
  return new WorkerTask(
    () => new Worker(new URL('./run.worker.ts', import.meta.url), { type: 'module' }),
    ({ scenario, seed }) => packedRunInSlices(scenario, seed),
  );
}
