import type { TaskReply, TaskRequest } from './serve-task';

export type TaskStatus = 'idle' | 'computing' | 'ready' | 'failed';

/**
 * A computation that runs in a Web Worker, off the page, so scrolling never waits for it. Each
 * request gets an id; a reply to anything but the latest request is dropped, so a slow run never
 * overwrites a newer one. Where no worker can be made (a sandboxed frame with an opaque origin
 * refuses one) or it fails to load, `runHere` does the work on the page after a tick, so the
 * "computing…" status paints first.
 */
export class WorkerTask<Request, Result> {
  result: Result | null = $state.raw(null);
  status: TaskStatus = $state('idle');
  error = $state('');
  #worker: Worker | null | undefined;
  #latest = 0;
  #pending: Request | null = null;

  /**
   * @param createWorker must hold the literal `new Worker(new URL('./x.worker.ts',
   *   import.meta.url), { type: 'module' })`, the form the bundler finds and rewrites.
   * @param runHere the same computation, for the page when no worker is available.
   */
  constructor(
    private readonly createWorker: () => Worker,
    private readonly runHere: (request: Request) => Result | Promise<Result>,
  ) {}

  request(payload: Request): void {
    const id = ++this.#latest;
    this.#pending = payload;
    this.status = 'computing';
    this.error = '';
    const worker = this.#getWorker();
    if (worker) {
      const message: TaskRequest<Request> = { id, payload };
      worker.postMessage(message);
    } else {
      this.#runOnPage(payload, id);
    }
  }

  /** Forget the current result (on reset): later replies to older requests are dropped. */
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

  #getWorker(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      const worker = this.createWorker();
      worker.onmessage = (event: MessageEvent<TaskReply<Result>>) => this.#receive(event.data);
      worker.onerror = () => {
        // A worker that fails to load: the page does this run and the later ones.
        worker.terminate();
        this.#worker = null;
        if (this.#pending !== null) this.#runOnPage(this.#pending, this.#latest);
      };
      this.#worker = worker;
    } catch {
      this.#worker = null;
    }
    return this.#worker;
  }

  #runOnPage(payload: Request, id: number): void {
    setTimeout(() => {
      if (id !== this.#latest) return;
      Promise.resolve()
        .then(() => this.runHere(payload))
        .then(
          (result) => {
            if (id === this.#latest) this.#accept(result);
          },
          (error: unknown) => {
            if (id === this.#latest) this.#fail(error);
          },
        );
    }, 30);
  }

  #receive(reply: TaskReply<Result>): void {
    if (reply.id !== this.#latest) return;
    if (reply.ok) this.#accept(reply.result);
    else this.#fail(reply.error);
  }

  #accept(result: Result): void {
    this.result = result;
    this.status = 'ready';
    this.#pending = null;
  }

  #fail(error: unknown): void {
    this.status = 'failed';
    this.error = error instanceof Error ? error.message : String(error);
    this.#pending = null;
  }
}
