import { WorkerTask } from '../../lib/worker-task.svelte';
import { runSimulation, type SimulationRequest, type SimulationResult } from './simulation';

/** "Meet a random citizen": every adult simulated in a worker, or on the page where none runs. */
export function createSimulationClient(): WorkerTask<SimulationRequest, SimulationResult> {
  return new WorkerTask(
    () => new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' }),
    (request) => runSimulation(request, 'main thread'),
  );
}
