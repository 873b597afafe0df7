import { getViteConfig } from 'astro/config';

// Pinned time zone: models never read the clock, but dates in data tests must not drift.
process.env.TZ = 'UTC';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
