import type { PaperLocator } from './citation';

/** One Chinese term the site uses, with where the paper introduces it. */
export interface GlossaryEntry {
  /** Kebab-case pinyin without tone marks: the pinyin field with its diacritics stripped. */
  readonly id: string;
  /** Simplified characters. */
  readonly hanzi: string;
  /** Hanyu pinyin with tone marks. */
  readonly pinyin: string;
  /** The English the site uses for the term. */
  readonly english: string;
  /** One or two sentences of explanation, in our words. */
  readonly gloss: string;
  readonly source: PaperLocator;
}

/**
 * Every Chinese term on the site. It covers each Han-character term in paper-facts.md (the test
 * checks this) and the further terms the paper glosses, so later chapters can tag them too.
 * Personal and place names are left out: they are names, not terms.
 */
export const glossary = [
  // Policy paradigm
  {
    id: 'mozhe-shitou-guohe',
    hanzi: '摸着石头过河',
    pinyin: 'mōzhe shítou guòhé',
    english: 'crossing the river by feeling for stones',
    gloss:
      'The reform-era habit of moving step by step, testing a policy locally before widening it. It is meant to avoid the all-at-once errors the paper links to the late Soviet Union.',
    source: '§ Introduction',
  },
  {
    id: 'mo-lun',
    hanzi: '摸论',
    pinyin: 'mō lùn',
    english: '“feeling for stones” theory',
    gloss: 'A Chinese shorthand for the gradual, trial-and-error approach to reform.',
    source: '§ Introduction',
  },
  {
    id: 'dingceng-sheji',
    hanzi: '顶层设计',
    pinyin: 'dǐngcéng shèjì',
    english: 'top-level design',
    gloss:
      'A long-range master plan drawn up by the central government, which local governments then turn into detailed rules. The term entered the 12th Five-Year Plan in 2011.',
    source: 'note 5',
  },
  {
    id: 'shehui-xinyong-tixi',
    hanzi: '社会信用体系',
    pinyin: 'shèhuì xìnyòng tǐxì',
    english: 'social credit system',
    gloss:
      'The national programme for rating businesses, officials and citizens on their trustworthiness and rewarding or sanctioning them accordingly.',
    source: '§ Introduction',
  },
  {
    id: 'qiantou',
    hanzi: '牵头',
    pinyin: 'qiāntóu',
    english: 'joint lead',
    gloss:
      'Taking the lead on a cross-agency task. The NDRC and the People’s Bank of China shared this role in the 2012 Joint Meeting.',
    source: '§ The Social Credit System and Maintenance of Stability',
  },
  // The four categories of the Outline
  {
    id: 'shangwu-chengxin',
    hanzi: '商务诚信',
    pinyin: 'shāngwù chéngxìn',
    english: 'business integrity',
    gloss:
      'The strand of the system aimed at business owners: safe, genuine goods and trading that follows market rules.',
    source: 'note 19',
  },
  {
    id: 'zhengwu-chengxin',
    hanzi: '政务诚信',
    pinyin: 'zhèngwù chéngxìn',
    english: 'government integrity',
    gloss:
      'The strand aimed at civil servants: sharing official information and acting honestly and within the law. The paper also calls it political integrity.',
    source: 'note 19',
  },
  {
    id: 'sifa-gongxin',
    hanzi: '司法公信',
    pinyin: 'sīfǎ gōngxìn',
    english: 'judicial credibility',
    gloss:
      'The Outline’s fourth strand, aimed at courts, procuratorates and their staff. Local governments fold it into government integrity.',
    source: 'note 7',
  },
  {
    id: 'shehui-chengxin',
    hanzi: '社会诚信',
    pinyin: 'shèhuì chéngxìn',
    english: 'social integrity',
    gloss:
      'The strand aimed at ordinary citizens: obeying the law and contributing to social harmony, measured by a personal score.',
    source: 'note 19',
  },
  // Government integrity
  {
    id: 'gongwuyuan-chengxin-dangan',
    hanzi: '公务员诚信档案',
    pinyin: 'gōngwùyuán chéngxìn dàng’àn',
    english: 'civil-servant integrity file',
    gloss:
      'A record of each official’s honesty and lawfulness required by the Outline. In City Z it largely duplicates the personnel files already kept on cadres.',
    source: '§ The Social Credit System and Maintenance of Stability',
  },
  {
    id: 'tiaotiao',
    hanzi: '条条',
    pinyin: 'tiáotiáo',
    english: 'vertical lines',
    gloss:
      'Offices managed from above by their own central or provincial system, such as courts, customs, tax and the People’s Bank. A city government cannot order them to share data.',
    source: '§ Political Integrity',
  },
  {
    id: 'kuaikuai',
    hanzi: '块块',
    pinyin: 'kuàikuài',
    english: 'horizontal blocks',
    gloss:
      'Offices that answer to the local government, such as the city’s Public Security Bureau. The city can direct them, though they may still hold back data.',
    source: '§ Political Integrity',
  },
  // Social integrity
  {
    id: 'shehui-xinyong-daima',
    hanzi: '社会信用代码',
    pinyin: 'shèhuì xìnyòng dàimǎ',
    english: 'social credit code',
    gloss:
      'A personal identifier under which a citizen’s conduct is recorded and scored. City Z chose not to issue one and uses the national ID number instead.',
    source: '§ Social Integrity',
  },
  {
    id: 'dang-haoren',
    hanzi: '当好人',
    pinyin: 'dāng hǎorén',
    english: 'being a good person',
    gloss:
      'The behaviour the social credit code is meant to encourage, as defined by the government’s own indicators of good and bad conduct.',
    source: '§ The Social Credit System and Maintenance of Stability',
  },
  {
    id: 'chengxin-mingxing',
    hanzi: '诚信明星',
    pinyin: 'chéngxìn míngxīng',
    english: 'stars of integrity',
    gloss:
      'High scorers whom Rongcheng, a model city in Shandong, names publicly each year as examples for others.',
    source: 'note 11',
  },
  {
    id: 'danwei',
    hanzi: '单位',
    pinyin: 'dānwèi',
    english: 'work unit',
    gloss:
      'A person’s employer or workplace. In City Z it can add or subtract points on the professional part of a citizen’s score.',
    source: '§ Social Integrity',
  },
  // Local institutions
  {
    id: 'lingdao-xiaozu',
    hanzi: '领导小组',
    pinyin: 'lǐngdǎo xiǎozǔ',
    english: 'leading group',
    gloss:
      'A cross-department steering body. Nearly every administrative region above county level set one up for social credit; City Z’s, from 2015, is headed by the mayor.',
    source: 'note 23',
  },
  {
    id: 'fagaiwei',
    hanzi: '发改委',
    pinyin: 'fāgǎiwěi',
    english: 'Development and Reform Commission (DRC)',
    gloss:
      'The economic planning agency; at national level the NDRC. In City Z it leads the social credit programme but has no authority over vertically managed offices.',
    source: '§ Introduction',
  },
  {
    id: 'xinyongchu',
    hanzi: '信用处',
    pinyin: 'xìnyòngchù',
    english: 'Credit Department',
    gloss:
      'The division of City Z’s DRC that houses the office of the social credit leading group.',
    source: '§ Trial and Error in City Z',
  },
  {
    id: 'dashujuwei',
    hanzi: '大数据委',
    pinyin: 'dàshùjùwěi',
    english: 'Big Data Commission',
    gloss:
      'City Z’s agency for government data, raised to a full government unit in 2016. It runs the data-sharing platform and collects citizens’ scores from other departments.',
    source: '§ Introduction',
  },
  {
    id: 'shiye-danwei',
    hanzi: '事业单位',
    pinyin: 'shìyè dānwèi',
    english: 'public institution',
    gloss:
      'A state-funded body that is not itself a government department. City Z’s Big Data Commission had this status before 2016.',
    source: '§ Trial and Error in City Z',
  },
  {
    id: 'gonggong-xinyong-xinxi-gongxiang-pingtai',
    hanzi: '公共信用信息共享平台',
    pinyin: 'gōnggòng xìnyòng xìnxī gòngxiǎng píngtái',
    english: 'Public Credit Information Sharing Platform',
    gloss:
      'City Z’s internal database, online since the end of 2017, into which government units upload records. The public cannot see it.',
    source: 'note 25',
  },
  {
    id: 'fugong-fuchan',
    hanzi: '复工复产',
    pinyin: 'fùgōng fùchǎn',
    english: 'resuming work and production',
    gloss:
      'The 2020 push to restart the economy after the COVID-19 outbreak, during which banks were told to lend faster to firms with good business-integrity scores.',
    source: '§ Trial and Error in City Z',
  },
  // Business integrity
  {
    id: 'fenlei-fenji-jianguan',
    hanzi: '分类分级监管',
    pinyin: 'fēnlèi fēnjí jiānguǎn',
    english: 'classified and hierarchical supervision',
    gloss:
      'Sorting firms by sector and grading them: each department rates the businesses in its own field. City Z’s province first used it for food and drug safety in 2015.',
    source: '§ Business Integrity',
  },
  {
    id: 'luse-tongdao',
    hanzi: '绿色通道',
    pinyin: 'lǜsè tōngdào',
    english: 'green channel',
    gloss: 'A fast track for loan applications, open to firms with high integrity scores.',
    source: '§ Business Integrity',
  },
  {
    id: 'xinyong-chengnuoshu',
    hanzi: '信用承诺书',
    pinyin: 'xìnyòng chéngnuòshū',
    english: 'credit promise form',
    gloss:
      'A signed pledge that lets a well-rated firm apply first and hand in supporting documents afterwards.',
    source: '§ Business Integrity',
  },
  {
    id: 'xinyidai',
    hanzi: '信易贷',
    pinyin: 'xìnyìdài',
    english: 'credit-based loans',
    gloss:
      'An online lending scheme City Z launched with several banks in 2020, in which a firm’s credit rating stands in for collateral. It helps small firms that own no property.',
    source: 'note 36',
  },
  {
    id: 'xinyong-zhongguo',
    hanzi: '信用中国',
    pinyin: 'Xìnyòng Zhōngguó',
    english: 'Credit China',
    gloss:
      'The national website on which blacklisted businesses and individuals are published, triggering restrictions on travel and spending.',
    source: '§ Business Integrity',
  },
  {
    id: 'wo-shi-laolai',
    hanzi: '我是老赖',
    pinyin: 'wǒ shì lǎolài',
    english: '“I’m a deadbeat”',
    gloss:
      'The ring-back tone that some districts of City Z, working with phone companies, put on the lines of blacklisted business owners.',
    source: 'note 37',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof glossary)[number]['id'];

const byId: ReadonlyMap<string, GlossaryEntry> = new Map(glossary.map((e) => [e.id, e]));

/** The glossary entry with this id; throws on an unknown id so a typo fails the build. */
export function glossaryTerm(id: GlossaryId | (string & {})): GlossaryEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown glossary term: ${id}`);
  return entry;
}

/** The id a pinyin spelling maps to: tone marks stripped, lower case, words joined by hyphens. */
export function pinyinToId(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .trim()
    .split(/\s+/)
    .join('-');
}
