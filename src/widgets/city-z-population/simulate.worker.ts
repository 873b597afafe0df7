// The Monte Carlo of every adult runs here, off the page.
import { serveTask } from '../../lib/serve-task';
import { runSimulation, type SimulationRequest } from './simulation';

serveTask((request: SimulationRequest) => runSimulation(request, 'worker'));
