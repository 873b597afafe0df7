/// <reference lib="webworker" />
// The worker side of WorkerTask: answer each numbered request with the computation's result.

export interface TaskRequest<Request> {
  readonly id: number;
  readonly payload: Request;
}

export type TaskReply<Result> =
  | { readonly id: number; readonly ok: true; readonly result: Result }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** Make this worker run `compute` for every request it receives. */
export function serveTask<Request, Result>(compute: (request: Request) => Result): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<TaskRequest<Request>>) => {
    const { id, payload } = event.data;
    let reply: TaskReply<Result>;
    try {
      reply = { id, ok: true, result: compute(payload) };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  };
}
