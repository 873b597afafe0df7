// A scenario's run of the 300 cities, computed off the page.
import { serveTask } from '../../lib/serve-task';
import { packedRun, type RunRequest } from './data';

serveTask(({ scenario, seed }: RunRequest) => packedRun(scenario, seed));
