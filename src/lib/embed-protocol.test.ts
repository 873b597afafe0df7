import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, isHeightMessage } from './embed-protocol';

describe('isHeightMessage', () => {
  it('accepts a well-formed height message', () => {
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 640 })).toBe(true);
  });

  it('rejects every foreign or malformed message', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const ok = isHeightMessage(data);
        if (ok) expect((data as { type: unknown }).type).toBe(HEIGHT_MESSAGE);
      }),
      { numRuns: 2000 },
    );
    for (const bad of [
      { type: HEIGHT_MESSAGE, height: Number.NaN },
      { type: HEIGHT_MESSAGE, height: 5 },
      { type: HEIGHT_MESSAGE, height: 1e9 },
      { type: 'other', height: 500 },
      { type: HEIGHT_MESSAGE, height: '500' },
      null,
      'hbb-embed:height',
    ]) {
      expect(isHeightMessage(bad)).toBe(false);
    }
  });
});
