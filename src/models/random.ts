/** A source of uniform numbers in [0, 1). Every model takes one as a parameter, never Math.random. */
export type Random = () => number;

const UINT32 = 2 ** 32;

/** Clamp anything to a valid seed: an unsigned 32-bit integer (bad input becomes 0). */
export function toSeed(value: unknown): number {
  // Only numbers and strings are read: coercing an arbitrary object could throw.
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return 0;
  return ((Math.trunc(n) % UINT32) + UINT32) % UINT32;
}

/** splitmix32 spreads a small seed over all four words of the generator's state. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A seeded generator (sfc32, Chris Doty-Humphrey's PractRand "small fast chaotic" design): fast in
 * every JS engine, passes PractRand to large sizes, and gives the same stream in Node and browsers.
 */
export function seededRandom(seed: number): Random {
  const init = splitmix32(toSeed(seed));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / UINT32;
  };
}

/** An integer in [min, max] inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A fresh seed drawn from a generator, for sub-streams that must not share state. */
export function deriveSeed(random: Random): number {
  return Math.floor(random() * UINT32) >>> 0;
}
