import type { WorkerReply, WorkerRequest } from './simulate.worker';
import { runSimulation, type SimulationRequest, type SimulationResult } from './simulation';

export type SimulationStatus = 'idle' | 'computing' | 'ready' | 'failed';

/**
 * Owns the simulation worker. Each request gets an id; a reply to anything but the latest request
 * is dropped, so a slow run never overwrites a newer one. Where a worker cannot be created (a
 * sandboxed frame with an opaque origin refuses one), the run happens on the main thread after a
 * tick, so the "computing…" status paints first.
 */
export class SimulationClient {
  result: SimulationResult | null = $state.raw(null);
  status: SimulationStatus = $state('idle');
  error = $state('');
  #worker: Worker | null | undefined;
  #latest = 0;

  #getWorker(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      // The literal `new Worker(new URL(…, import.meta.url))` form is what the bundler rewrites.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const worker = new Worker(new URL('./simulate.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = (event: MessageEvent<WorkerReply>) => this.#receive(event.data);
      worker.onerror = () => {
        // A worker that fails to load: fall back to the main thread for this and later runs.
        worker.terminate();
        this.#worker = null;
        this.#runHere(this.#pending, this.#latest);
      };
      this.#worker = worker;
    } catch {
      this.#worker = null;
    }
    return this.#worker;
  }

  #pending: SimulationRequest | null = null;

  request(payload: SimulationRequest): void {
    const id = ++this.#latest;
    this.#pending = payload;
    this.status = 'computing';
    this.error = '';
    const worker = this.#getWorker();
    if (worker) {
      const message: WorkerRequest = { type: 'simulate', id, payload };
      worker.postMessage(message);
    } else {
      this.#runHere(payload, id);
    }
  }

  #runHere(payload: SimulationRequest | null, id: number): void {
    if (payload === null) return;
    setTimeout(() => {
      if (id !== this.#latest) return;
      try {
        this.#accept(runSimulation(payload, 'main thread'));
      } catch (error) {
        this.#fail(error instanceof Error ? error.message : String(error));
      }
    }, 30);
  }

  #receive(reply: WorkerReply): void {
    if (reply.id !== this.#latest) return;
    if (reply.type === 'simulated') this.#accept(reply.payload);
    else this.#fail(reply.payload);
  }

  #accept(result: SimulationResult): void {
    this.result = result;
    this.status = 'ready';
    this.#pending = null;
  }

  #fail(message: string): void {
    this.status = 'failed';
    this.error = message;
    this.#pending = null;
  }

  /** Forget the current citizen (on reset): later replies to older requests are dropped. */
  clear(): void {
    this.#latest++;
    this.result = null;
    this.status = 'idle';
    this.#pending = null;
  }

  destroy(): void {
    this.#latest++;
    this.#worker?.terminate();
    this.#worker = undefined;
  }
}
