/// <reference lib="webworker" />
// A thin switch over the scoring model: the Monte Carlo of every adult runs here, off the page.
import { runSimulation, type SimulationRequest } from './simulation';

export type WorkerRequest = {
  readonly type: 'simulate';
  readonly id: number;
  readonly payload: SimulationRequest;
};

export type WorkerReply =
  | {
      readonly type: 'simulated';
      readonly id: number;
      readonly payload: ReturnType<typeof runSimulation>;
    }
  | { readonly type: 'failed'; readonly id: number; readonly payload: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { type, id, payload } = event.data;
  switch (type) {
    case 'simulate': {
      let reply: WorkerReply;
      try {
        reply = { type: 'simulated', id, payload: runSimulation(payload, 'worker') };
      } catch (error) {
        reply = {
          type: 'failed',
          id,
          payload: error instanceof Error ? error.message : String(error),
        };
      }
      scope.postMessage(reply);
      break;
    }
  }
};
