/**
 * The data sets units hold and questions need, each with a readable name for the page. The named
 * ones follow the paper's examples (tax and loan data, note 26; rumour records, note 27; population
 * data, note 44; personnel files, note 45); the generic 'records' and 'district-records' stand for
 * the unnamed units' holdings.
 */

export const DATASETS = [
  'credit-records',
  'platform-exchange',
  'rumour-records',
  'household-registration',
  'training-ratings',
  'social-insurance',
  'construction-ratings',
  'elderly-care-ratings',
  'provident-fund',
  'firm-registrations',
  'budget-records',
  'statistics',
  'personnel-files',
  'tax-payments',
  'credit-reference',
  'trade-records',
  'high-profile-cases',
  'loan-records',
  'remittances',
  'district-records',
  'records',
] as const;

export type Dataset = (typeof DATASETS)[number];

/** Lower-case names that read well mid-sentence: "missing: tax payment records from …". */
export const DATASET_LABELS: Readonly<Record<Dataset, string>> = {
  'credit-records': 'credit records',
  'platform-exchange': 'the platform’s exchange of data between departments',
  'rumour-records': 'records of people spreading rumours online',
  'household-registration': 'household registration (population) records',
  'training-ratings': 'ratings of training institutions',
  'social-insurance': 'social insurance records',
  'construction-ratings': 'ratings of construction companies',
  'elderly-care-ratings': 'ratings of elderly-care homes',
  'provident-fund': 'Housing Provident Fund contributions',
  'firm-registrations': 'business registrations',
  'budget-records': 'budget records',
  statistics: 'statistical returns',
  'personnel-files': 'civil servants’ personnel files',
  'tax-payments': 'tax payment records',
  'credit-reference': 'credit reference data',
  'trade-records': 'import and export records',
  'high-profile-cases': 'high-profile court cases',
  'loan-records': 'loan records',
  remittances: 'remittance records',
  'district-records': 'district government records',
  records: 'administrative records',
};
