/** Plain-English sentences for a seeded 2018–2020 run, ordered by year, for the cadre widget. */
import type { CadreOutcome, PracticeOutcome } from './cadre-outcomes';
import { mandateYear } from './cadre-outcomes';
import { type PracticeId, practiceById } from './practices';

export interface StorySentence {
  readonly year: number;
  /** The practice the sentence is about; null for the mandate verdict. */
  readonly practice: PracticeId | null;
  readonly text: string;
}

const lower = (id: PracticeId) => {
  const label = practiceById(id).label;
  return label.charAt(0).toLowerCase() + label.slice(1);
};

function sentence(o: PracticeOutcome): string {
  const what = lower(o.practice);
  switch (o.result) {
    case 'not-started':
      return `The city never got round to the task to ${what}.`;
    case 'on-paper':
      return `The task to ${what} exists in reports to superiors, but the public sees nothing of it.`;
    case 'working':
      return `The drive to ${what} runs in public and works; superiors take note.`;
    case 'failed':
      return o.punished
        ? `The drive to ${what} stalls without results, and the cadre is blamed and demoted.`
        : `The drive to ${what} stalls without results; superiors let it pass this time.`;
    case 'backlash':
      return o.punished
        ? `The drive to ${what} sparks a public outcry and is pulled within days; the cadre pays with the job.`
        : `The drive to ${what} sparks a public outcry and is pulled within days; the cadre escapes blame.`;
  }
}

/** The story of one run: one sentence per practice, then the 2020 verdict. */
export function storySentences(outcome: CadreOutcome): StorySentence[] {
  const lines = outcome.practices.map((o) => ({
    year: o.year,
    practice: o.practice,
    text: sentence(o),
  }));
  const verdict = outcome.mandatePassed
    ? 'Inspectors judge the programme built on time: the mandate is met.'
    : 'Inspectors find too little built: the city has missed the mandate.';
  const ordered = lines.slice().sort((a, b) => a.year - b.year);
  return [...ordered, { year: mandateYear, practice: null, text: verdict }];
}
