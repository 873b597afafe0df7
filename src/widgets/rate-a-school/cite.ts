/**
 * The model's locators read like '§ Business integrity in City Z, note 35'; a chapter citation
 * needs only the note, which is what the reader can look up in the paper.
 */
export function noteOf(locator: string): string {
  return /notes? \d+(?:[–-]\d+)?/.exec(locator)?.[0] ?? '§ Business Integrity';
}
