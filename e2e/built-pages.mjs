import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of a build as a URL path ('/', '/chapters/x/'), 404 page excluded. */
export function builtPagesOf(dir) {
  const pages = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const route = relative(dir, folder).split(sep).join('/');
        pages.push(route === '' ? '/' : `/${route}/`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}
