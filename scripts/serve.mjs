// Serve a built folder: `node scripts/serve.mjs [dir] [--base /sub/] [--port 4321]`.
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const dir =
  args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
const base = option('--base', process.env.BASE_PATH ?? '/');
const port = Number(option('--port', process.env.PORT ?? '4321'));

const server = await startStaticServer({ dir, base, port, host: '127.0.0.1' });
const address = server.address();
console.log(`Serving ${dir}/ at http://127.0.0.1:${address.port}${base}  (Ctrl+C to stop)`);
