/**
 * The Credit China blacklist for serious malpractice. Paper: § Business Integrity, notes 37 and 38.
 * Where the paper names no agency for a sanction, the agency given here is our inference and says
 * so.
 */
import type { PaperLocator } from '../../data/citation';

export const BLACKLIST_TRIGGERS = [
  'unpaid-wages',
  'debt-default',
  'other-serious-violation',
] as const;

export type BlacklistTrigger = (typeof BLACKLIST_TRIGGERS)[number];

export const TRIGGER_LABELS: Readonly<Record<BlacklistTrigger, string>> = {
  'unpaid-wages': 'Prosecuted for not paying wages',
  'debt-default': 'Prosecuted for defaulting on debts',
  'other-serious-violation': 'Prosecuted for another serious breach of the law',
};

export interface Sanction {
  readonly id: string;
  readonly label: string;
  readonly agency: string;
  /** 'paper' when the paper names the agency; 'inference' when we supply it. */
  readonly agencySource: 'paper' | 'inference';
  /** True for the sanctions the paper reports only in some districts and counties. */
  readonly localOnly: boolean;
  readonly locator: PaperLocator;
}

// Assumption (inference): the paper names no agency for the travel, hotel and school bans. They
// match the consumption limits that people's courts put on dishonest judgment debtors, and the
// paper's own reason for the school ban (fees count as a major purchase) fits that reading.
// [business-sanction-agencies]
const COURT_LIMITS = 'People’s courts (consumption limits on judgment debtors)';
const BLACKLIST_PASSAGE: PaperLocator = 'note 37';
const AGENCY_PASSAGE: PaperLocator = 'note 38';

const courtLimit = (id: string, label: string): Sanction => ({
  id,
  label,
  agency: COURT_LIMITS,
  agencySource: 'inference',
  localOnly: false,
  locator: BLACKLIST_PASSAGE,
});

export const SANCTIONS: readonly Sanction[] = [
  courtLimit('flights', 'No air tickets'),
  courtLimit('high-speed-rail', 'No high-speed rail tickets'),
  courtLimit('luxury-hotels', 'No stays in luxury hotels'),
  courtLimit('private-schools', 'Children barred from private schools (the fees count as luxury)'),
  {
    id: 'deadbeat-ring-tone',
    label: 'Callers hear an “I’m a deadbeat” (wo shi laolai) ring-back tone',
    agency: 'Some county and district governments, working with telecom companies',
    agencySource: 'paper',
    localOnly: true,
    locator: BLACKLIST_PASSAGE,
  },
  {
    id: 'remittances',
    label: 'Limits on sending money abroad',
    agency: 'Foreign Exchange Bureau',
    agencySource: 'paper',
    localOnly: false,
    locator: AGENCY_PASSAGE,
  },
  {
    id: 'customs-supervision',
    label: 'Imports and exports strictly supervised',
    agency: 'Customs',
    agencySource: 'paper',
    localOnly: false,
    locator: AGENCY_PASSAGE,
  },
  {
    id: 'patents',
    label: 'Barred from registering national patents',
    agency: 'Intellectual Property Bureau',
    agencySource: 'paper',
    localOnly: false,
    locator: AGENCY_PASSAGE,
  },
];

/** Where the list is published (paper: note 37). */
export const BLACKLIST_PUBLISHER = 'Credit China website (xinyong zhongguo)';

/** The sanctions a blacklisted owner faces; the ring-back tone only where the district uses it. */
export function sanctionsFor(options: {
  readonly districtUsesRingTone: boolean;
}): readonly Sanction[] {
  return SANCTIONS.filter((s) => !s.localOnly || options.districtUsesRingTone);
}
