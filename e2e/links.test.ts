import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { SUB_PATH } from './global-setup';
import { builtPages } from './site';

/** Every same-site reference in a page: links, scripts, styles, images, icons. */
function references(html: string): string[] {
  const found = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1]!);
  return found.filter((ref) => !/^(https?:|mailto:|data:)/.test(ref));
}

async function check(origin: string, dir: string, base: string) {
  const broken: string[] = [];
  const pages = builtPages(dir);
  const ids = new Map<string, Set<string>>();
  for (const path of pages) {
    const html = readFileSync(`${dir}${path}index.html`, 'utf8');
    ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  for (const path of pages) {
    const html = readFileSync(`${dir}${path}index.html`, 'utf8');
    for (const ref of new Set(references(html))) {
      const url = new URL(ref, `${origin}${base.replace(/\/$/, '')}${path}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${path} → ${ref} (outside ${base})`);
        continue;
      }
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status !== 200) broken.push(`${path} → ${ref} (${response.status})`);
      const target = url.pathname.slice(base.length - 1);
      if (
        url.hash &&
        ids.has(target) &&
        !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))
      ) {
        broken.push(`${path} → ${ref} (no such anchor)`);
      }
    }
  }
  return broken;
}

describe('internal links and assets', () => {
  it('all resolve, anchors included, in the build at the root', async () => {
    expect(await check(inject('siteOrigin'), 'dist', '/')).toEqual([]);
  });

  it(`all resolve and stay under the base in the build under ${SUB_PATH}`, async () => {
    expect(await check(inject('subSiteOrigin'), 'dist-sub', SUB_PATH)).toEqual([]);
  });
});

describe('the built site', () => {
  it('names no other origin as a script, style, font or image source', () => {
    const offenders: string[] = [];
    for (const path of builtPages()) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      for (const match of html.matchAll(
        /<(script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g,
      )) {
        offenders.push(`${path}: ${match[2]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('sends frame-ancestors * for embeds and self for every other page', async () => {
    const site = inject('siteOrigin');
    const embed = await fetch(`${site}/embed/top-level-design/`);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const chapter = await fetch(`${site}/chapters/feeling-for-stones/`);
    expect(chapter.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const asset = builtPages().length > 0 ? await fetch(`${site}/embed.js`) : undefined;
    expect(asset?.status).toBe(200);
  });
});
