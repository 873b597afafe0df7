// Fails when site text repeats a run of 10+ words from the source paper (our sentences must be
// our own). The checker ships with the project's shared folder, beside the repository.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const checker = '../shared/tools/seed-overlap';
if (!existsSync(checker)) {
  console.log(`check:prose: ${checker} is not beside this repository; copied-prose check not run.`);
  process.exit(0);
}
const result = spawnSync('python3', [checker, 'content', 'src'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
