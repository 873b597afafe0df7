import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, glossaryTerm, pinyinToId } from './glossary';

const facts = readFileSync(
  new URL('../../../shared/source/paper-facts.md', import.meta.url),
  'utf8',
);

describe('glossary', () => {
  it('has an entry for every run of Han characters in paper-facts.md', () => {
    const runs = new Set(facts.match(/\p{Script=Han}+/gu) ?? []);
    expect(runs.size).toBeGreaterThan(10);
    const hanzi = new Set<string>(glossary.map((e) => e.hanzi));
    const missing = [...runs].filter((run) => !hanzi.has(run));
    expect(missing).toEqual([]);
  });

  it('has unique ids and unique hanzi', () => {
    expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
    expect(new Set(glossary.map((e) => e.hanzi)).size).toBe(glossary.length);
  });

  it('derives every id from its pinyin, in kebab case', () => {
    for (const entry of glossary) {
      expect(entry.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(pinyinToId(entry.pinyin), entry.hanzi).toBe(entry.id);
    }
  });

  it('writes pinyin with tone marks, one syllable per character at most', () => {
    for (const entry of glossary) {
      expect(entry.pinyin, entry.id).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
      expect(
        [...entry.hanzi].every((c) => /\p{Script=Han}/u.test(c)),
        entry.id,
      ).toBe(true);
    }
  });

  it('covers the pinyin terms the paper-facts file uses', () => {
    for (const id of ['dingceng-sheji', 'mozhe-shitou-guohe', 'tiaotiao', 'kuaikuai', 'xinyidai']) {
      expect(glossaryTerm(id).id).toBe(id);
    }
  });

  it('keeps glosses short: one or two sentences', () => {
    for (const entry of glossary) {
      const sentences = entry.gloss.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(2);
    }
  });

  it('throws on an unknown id', () => {
    expect(() => glossaryTerm('no-such-term')).toThrow(/Unknown glossary term/);
  });
});
