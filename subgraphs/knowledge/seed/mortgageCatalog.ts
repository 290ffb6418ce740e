import { assertNever } from '../../../lib/errors.js';

/**
 * Vocabulary for the seed generator: loan programs with the limits their agencies publish, and the
 * guideline topics, entities and decision trees an extraction pipeline pulls out of such documents.
 * Figures are plausible 2024 values, good enough for demos and load tests, not for underwriting.
 */

export type Agency = 'Fannie Mae' | 'Freddie Mac' | 'FHA' | 'VA' | 'USDA' | 'Private Investor';

export const ENTITY_TYPES = [
  'LOAN_TYPE',
  'BORROWER_REQUIREMENT',
  'RATIO',
  'AGENCY',
  'PROPERTY_TYPE',
  'DOCUMENT_REQUIREMENT',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface LoanProgram {
  name: string;
  agency: Agency;
  maxLtv: number;
  minFico: number;
  maxDti: number;
  reserveMonths: number;
  occupancies: readonly string[];
  transactions: readonly string[];
}

/** The guide each agency's documents cite. */
export const GUIDES: Readonly<Record<Agency, string>> = {
  'Fannie Mae': 'Fannie Mae Selling Guide',
  'Freddie Mac': 'Freddie Mac Single-Family Seller/Servicer Guide',
  FHA: 'HUD Handbook 4000.1',
  VA: 'VA Lenders Handbook (Pamphlet 26-7)',
  USDA: 'USDA Handbook HB-1-3555',
  'Private Investor': 'Investor Jumbo Guidelines',
};

const ALL_OCCUPANCIES = ['Primary Residence', 'Second Home', 'Investment Property'];
// Government and affordable programs finance owner-occupied homes only.
const OWNER_OCCUPIED = ['Primary Residence'];
const ALL_TRANSACTIONS = ['Purchase', 'Rate/Term Refinance', 'Cash-Out Refinance'];
const NO_CASH_OUT = ['Purchase', 'Rate/Term Refinance'];

function program(
  name: string,
  agency: Agency,
  [maxLtv, minFico, maxDti, reserveMonths]: [number, number, number, number],
  occupancies: readonly string[],
  transactions: readonly string[],
): LoanProgram {
  return { name, agency, maxLtv, minFico, maxDti, reserveMonths, occupancies, transactions };
}

export const LOAN_PROGRAMS: readonly LoanProgram[] = [
  program('Conventional 30-yr Fixed', 'Fannie Mae', [97, 620, 45, 2], ALL_OCCUPANCIES, ALL_TRANSACTIONS),
  program('Conventional 15-yr Fixed', 'Freddie Mac', [95, 620, 45, 2], ALL_OCCUPANCIES, ALL_TRANSACTIONS),
  program('HomeReady', 'Fannie Mae', [97, 620, 50, 0], OWNER_OCCUPIED, NO_CASH_OUT),
  program('Home Possible', 'Freddie Mac', [97, 660, 45, 0], OWNER_OCCUPIED, NO_CASH_OUT),
  program('FHA 203(b)', 'FHA', [96.5, 580, 43, 0], OWNER_OCCUPIED, ALL_TRANSACTIONS),
  program('FHA 203(k) Rehabilitation', 'FHA', [96.5, 620, 43, 1], OWNER_OCCUPIED, NO_CASH_OUT),
  program('VA Purchase', 'VA', [100, 620, 41, 0], OWNER_OCCUPIED, ['Purchase']),
  program('VA IRRRL', 'VA', [100, 580, 41, 0], OWNER_OCCUPIED, ['Interest Rate Reduction Refinance']),
  program('USDA Guaranteed', 'USDA', [100, 640, 41, 0], OWNER_OCCUPIED, NO_CASH_OUT),
  program('High Balance Conforming', 'Fannie Mae', [95, 660, 45, 6], ALL_OCCUPANCIES, ALL_TRANSACTIONS),
  program('Jumbo ARM 7/1', 'Private Investor', [89.99, 700, 43, 12], ALL_OCCUPANCIES, ALL_TRANSACTIONS),
  program('Jumbo 30-yr Fixed', 'Private Investor', [80, 720, 43, 12], ALL_OCCUPANCIES, NO_CASH_OUT),
];

/** `type` is what the pipeline stores in document_type; `title` is how the document is named. */
export const DOCUMENT_TYPES = [
  { type: 'GUIDELINE', title: 'Underwriting Guidelines' },
  { type: 'PROGRAM_GUIDE', title: 'Program Guide' },
  { type: 'MATRIX', title: 'Eligibility Matrix' },
  { type: 'OVERLAY', title: 'Lender Overlay Memo' },
  { type: 'BULLETIN', title: 'Program Bulletin' },
  { type: 'APPRAISAL', title: 'Appraisal Requirements' },
  { type: 'CHECKLIST', title: 'Closing Checklist' },
  { type: 'QC_PLAN', title: 'Quality Control Plan' },
] as const;

export const CHAPTERS = [
  'Borrower Eligibility',
  'Credit Assessment',
  'Income and Employment',
  'Assets and Reserves',
  'Property Eligibility',
  'Loan Terms and Limits',
] as const;

export const TOPICS = [
  'Income Verification',
  'Debt-to-Income Ratio',
  'Minimum Credit Score',
  'Loan-to-Value Limits',
  'Employment History',
  'Self-Employment Income',
  'Rental Income',
  'Asset Verification and Reserves',
  'Gift Funds',
  'Occupancy Requirements',
  'Appraisal Requirements',
  'Condominium Project Review',
  'Manufactured Housing',
  'Mortgage Insurance',
  'Seller Contributions',
  'Derogatory Credit Events',
  'Non-Occupant Co-Borrowers',
  'Student Loan Payment Calculation',
] as const;

/** `needs` names a transaction the program must offer for the tree to make sense. */
export const DECISION_TREES: readonly { name: string; description: string; needs?: string }[] = [
  {
    name: 'Borrower Eligibility',
    description: 'Checks citizenship, occupancy and credit history before pricing',
  },
  {
    name: 'DTI Exception Review',
    description: 'Decides whether compensating factors allow a DTI above the standard maximum',
  },
  {
    name: 'Credit Score Waterfall',
    description: 'Selects the representative credit score across borrowers and bureaus',
  },
  {
    name: 'Property Eligibility Check',
    description: 'Routes property types and project reviews to the required appraisal path',
  },
  {
    name: 'Reserve Requirement Determination',
    description: 'Computes required months of PITI reserves from occupancy and units',
  },
  {
    name: 'Cash-Out Refinance Eligibility',
    description: 'Applies seasoning, maximum LTV and payoff rules for cash-out',
    needs: 'Cash-Out Refinance',
  },
  {
    name: 'Gift Funds Acceptability',
    description: 'Validates donor relationship, gift letter and transfer evidence',
  },
];

export const OUTCOMES = [
  'Eligible',
  'Eligible with Conditions',
  'Refer to Underwriter',
  'Ineligible',
] as const;

export const PROPERTY_TYPES = [
  'Single-Family Detached',
  '2-4 Unit Property',
  'Condominium',
  'Planned Unit Development',
  'Manufactured Home',
  'Cooperative Share Loan',
] as const;

export const DOCUMENT_REQUIREMENTS = [
  'Form 1003 Uniform Residential Loan Application',
  'W-2 Forms (2 years)',
  'Paystubs (30 days)',
  'IRS Form 4506-C',
  'Bank Statements (2 months)',
  'Form 1004 Appraisal Report',
  'Verification of Employment',
  'Gift Letter',
] as const;

const AGENCY_DOCUMENTS: Partial<Record<Agency, string>> = {
  VA: 'VA Certificate of Eligibility',
  FHA: 'FHA Case Number Assignment',
  USDA: 'USDA Income Eligibility Worksheet',
};

/** Candidate entity names of one type, derived from the program so figures agree with its matrix. */
export function entityNames(type: EntityType, program: LoanProgram): readonly string[] {
  switch (type) {
    case 'LOAN_TYPE':
      return [
        program.name,
        ...program.transactions,
        program.name.includes('ARM') ? 'Adjustable-Rate Mortgage' : 'Fixed-Rate Mortgage',
      ];
    case 'BORROWER_REQUIREMENT':
      return [
        `Minimum FICO ${program.minFico}`,
        'Two-Year Employment History',
        `Reserves ${program.reserveMonths} Months PITI`,
        'First-Time Homebuyer Education',
        program.agency === 'VA' ? 'Residual Income Test' : 'Non-Occupant Co-Borrower Allowed',
      ];
    case 'RATIO':
      return [
        `Maximum DTI ${program.maxDti}%`,
        `Maximum LTV ${program.maxLtv}%`,
        `Maximum CLTV ${program.maxLtv}%`,
        `Housing Ratio ${program.maxDti - 12}%`,
      ];
    case 'AGENCY':
      return [program.agency, program.agency === 'FHA' ? 'HUD' : GUIDES[program.agency]];
    case 'PROPERTY_TYPE':
      return PROPERTY_TYPES;
    case 'DOCUMENT_REQUIREMENT': {
      const extra = AGENCY_DOCUMENTS[program.agency];
      return extra ? [extra, ...DOCUMENT_REQUIREMENTS] : DOCUMENT_REQUIREMENTS;
    }
    default:
      return assertNever(type);
  }
}

/** Relation a pipeline would infer between two extracted entities, read as "from <relation> to". */
export function relationType(from: EntityType, to: EntityType): string {
  if (to === 'AGENCY') return 'DEFINED_BY';
  if (from === 'AGENCY') return 'DEFINES';
  if (from === 'RATIO') return 'LIMITS';
  if (to === 'PROPERTY_TYPE') return 'APPLIES_TO';
  if (to === 'BORROWER_REQUIREMENT' || to === 'DOCUMENT_REQUIREMENT' || to === 'RATIO') return 'REQUIRES';
  return 'APPLIES_TO';
}

/** Section numbering in the style of each agency's guide (e.g. Fannie Mae "B3-3.1-01"). */
export function sectionPath(
  agency: Agency,
  chapter: number,
  section: number,
  topic: number,
  level: number,
): string {
  const letter = String.fromCharCode(96 + Math.min(section, 26));
  const parts: [string, string, string] = (() => {
    switch (agency) {
      case 'Fannie Mae':
        return [`B3-${chapter}`, `.${section}`, `-${String(topic).padStart(2, '0')}`];
      case 'Freddie Mac':
        return [
          `${5100 + chapter * 100}`,
          `.${section}`,
          `(${String.fromCharCode(96 + Math.min(topic, 26))})`,
        ];
      case 'FHA':
        return [`II.A.${chapter}`, `.${letter}`, `.${topic}`];
      case 'VA':
      case 'USDA':
      case 'Private Investor':
        return [`${chapter}`, `.${section}`, `.${topic}`];
      default:
        return assertNever(agency);
    }
  })();
  return parts.slice(0, level).join('');
}

const TOPIC_CONTENT: Partial<Record<string, (p: LoanProgram) => string>> = {
  'Income Verification': (p) =>
    `Verify stable income for the most recent two years; ${p.agency} requires a written or verbal VOE within 10 business days of closing.`,
  'Debt-to-Income Ratio': (p) =>
    `The total debt-to-income ratio may not exceed ${p.maxDti}% unless compensating factors are documented.`,
  'Minimum Credit Score': (p) =>
    `The representative credit score must be at least ${p.minFico}: the middle of three scores or the lower of two.`,
  'Loan-to-Value Limits': (p) =>
    `Maximum LTV is ${p.maxLtv}% for a primary residence purchase; subordinate financing counts toward CLTV.`,
  'Asset Verification and Reserves': (p) =>
    `Document ${p.reserveMonths} months of PITI reserves with two consecutive monthly bank statements.`,
};

/** Body text of a guideline section; specific where the figure matters, generic otherwise. */
export function topicContent(topic: string, program: LoanProgram): string {
  const specific = TOPIC_CONTENT[topic];
  return specific
    ? specific(program)
    : `${topic} requirements for ${program.name} loans as published in the ${GUIDES[program.agency]}.`;
}
