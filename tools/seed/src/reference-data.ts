import type { AgencySector, PartnershipKind } from '@sli/exchange-domain';

/** Invented place names, organisations and courses. Any likeness to a real partnership is chance. */

/** The demo's first three partnerships, so the default bundle reads the same in every demo. */
export const FIRST_PLACES = [
  { place: 'Northshire', kind: 'children', region: 'North East' },
  { place: 'Eastvale', kind: 'adults', region: 'East of England' },
  { place: 'Westmere', kind: 'joint', region: 'South West' },
] as const satisfies readonly { place: string; kind: PartnershipKind; region: string }[];

/** Whimsical stems and endings: their combinations make the rest of a national set. */
export const PLACE_STEMS = [
  'Amber', 'Bramble', 'Copper', 'Dapple', 'Ember', 'Fallow', 'Gorse', 'Hazel', 'Ivy', 'Juniper', 'Kestrel', 'Larch',
  'Meadow', 'Nettle', 'Otter', 'Pebble', 'Quill', 'Rowan', 'Sorrel', 'Thistle', 'Umber', 'Vetch', 'Willow', 'Yarrow',
] as const;
export const PLACE_ENDINGS = ['shire', 'vale', 'mere', 'ford', 'dale', 'wick', 'combe', 'bury', 'mouth', 'holme', 'by', 'stow'] as const;

export const REGIONS = [
  'North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'East of England', 'London',
  'South East', 'South West',
] as const;

export const FOLLOW_UP_WEEKS = [6, 8, 8, 13, 26] as const;

export interface AgencyTemplate {
  ref: string;
  sector: AgencySector;
  name: (place: string) => string;
  /** Partnership kinds that have this agency; core membership is for `core` kinds only. */
  kinds: readonly PartnershipKind[];
  core: readonly PartnershipKind[];
  /** Relative share of training places. */
  trainingWeight: number;
  roles: readonly string[];
}

const ALL: readonly PartnershipKind[] = ['children', 'adults', 'joint'];
const CHILDREN: readonly PartnershipKind[] = ['children', 'joint'];
const ADULTS: readonly PartnershipKind[] = ['adults', 'joint'];

export const AGENCY_TEMPLATES: readonly AgencyTemplate[] = [
  { ref: 'CSC', sector: 'childrens-social-care', name: (p) => `${p} Council Children's Services`, kinds: CHILDREN, core: CHILDREN, trainingWeight: 6, roles: ['Social worker', 'Team manager', 'Family support worker', 'Independent reviewing officer'] },
  { ref: 'ASC', sector: 'adult-social-care', name: (p) => `${p} Council Adult Social Care`, kinds: ALL, core: ADULTS, trainingWeight: 3, roles: ['Social worker', 'Occupational therapist', 'Safeguarding adults practitioner'] },
  { ref: 'POLICE', sector: 'police', name: (p) => `${p} Police`, kinds: ALL, core: ALL, trainingWeight: 3, roles: ['Police constable', 'Detective constable', 'Public protection officer'] },
  { ref: 'ICB', sector: 'health', name: (p) => `NHS ${p} Integrated Care Board`, kinds: ALL, core: ALL, trainingWeight: 1, roles: ['Designated nurse', 'Named GP', 'Safeguarding lead'] },
  { ref: 'ACUTE', sector: 'health', name: (p) => `${p} Hospitals NHS Foundation Trust`, kinds: ALL, core: ALL, trainingWeight: 3, roles: ['Midwife', 'Emergency department nurse', 'Paediatrician', 'Ward sister'] },
  { ref: 'COMMUNITY', sector: 'health', name: (p) => `${p} Community Health NHS Trust`, kinds: ALL, core: ALL, trainingWeight: 3, roles: ['Health visitor', 'School nurse', 'District nurse'] },
  { ref: 'MH', sector: 'health', name: (p) => `${p} Mental Health NHS Foundation Trust`, kinds: ALL, core: ALL, trainingWeight: 2, roles: ['Community mental health nurse', 'Psychiatrist', 'Care coordinator'] },
  { ref: 'EDUCATION', sector: 'education', name: (p) => `${p} Schools and Colleges`, kinds: CHILDREN, core: CHILDREN, trainingWeight: 5, roles: ['Designated safeguarding lead', 'Teacher', 'Early years practitioner', 'Pastoral lead'] },
  { ref: 'PROBATION', sector: 'probation', name: (p) => `Probation Service, ${p} delivery unit`, kinds: ALL, core: ALL, trainingWeight: 1, roles: ['Probation officer', 'Probation services officer'] },
  { ref: 'YJS', sector: 'youth-justice', name: (p) => `${p} Youth Justice Service`, kinds: CHILDREN, core: CHILDREN, trainingWeight: 1, roles: ['Youth justice officer'] },
  { ref: 'HOUSING', sector: 'housing', name: (p) => `${p} Homes`, kinds: ALL, core: ADULTS, trainingWeight: 2, roles: ['Housing officer', 'Tenancy support worker'] },
  { ref: 'AMBULANCE', sector: 'ambulance', name: (p) => `${p} Ambulance Service NHS Trust`, kinds: ALL, core: ADULTS, trainingWeight: 1, roles: ['Paramedic', 'Emergency care assistant'] },
  { ref: 'VCS', sector: 'voluntary-community', name: (p) => `${p} Council for Voluntary Service`, kinds: ALL, core: ALL, trainingWeight: 2, roles: ['Youth worker', 'Support worker', 'Volunteer coordinator'] },
  { ref: 'GP-FED', sector: 'health', name: (p) => `${p} GP Federation`, kinds: ALL, core: [], trainingWeight: 2, roles: ['GP', 'Practice nurse'] },
  { ref: 'FIRE', sector: 'other', name: (p) => `${p} Fire and Rescue Service`, kinds: ALL, core: [], trainingWeight: 1, roles: ['Safe and well adviser'] },
  { ref: 'DA-SERVICE', sector: 'voluntary-community', name: (p) => `${p} Domestic Abuse Service`, kinds: ALL, core: [], trainingWeight: 1, roles: ['Independent domestic violence adviser'] },
  { ref: 'RECOVERY', sector: 'voluntary-community', name: (p) => `${p} Recovery Partnership`, kinds: ALL, core: [], trainingWeight: 1, roles: ['Recovery worker'] },
  { ref: 'CAFCASS', sector: 'other', name: () => 'Cafcass', kinds: CHILDREN, core: [], trainingWeight: 0.5, roles: ['Family court adviser'] },
  { ref: 'CARE-PROVIDERS', sector: 'other', name: (p) => `${p} Care Providers Association`, kinds: ADULTS, core: [], trainingWeight: 2, roles: ['Care home manager', 'Home care worker'] },
];

/** Agencies usually involved in a review, by the themes of the case. */
export const AGENCIES_BY_THEME: Readonly<Record<string, readonly string[]>> = {
  'under-one': ['COMMUNITY', 'ACUTE', 'GP-FED'],
  'sudden-unexpected-infant-death': ['AMBULANCE'],
  adolescents: ['EDUCATION', 'YJS'],
  'child-exploitation': ['YJS', 'VCS'],
  'serious-youth-violence': ['YJS', 'ACUTE'],
  'mental-health-child': ['MH'],
  'suicide-self-harm': ['MH', 'AMBULANCE'],
  'parental-mental-health': ['MH', 'GP-FED'],
  'parental-substance-misuse': ['RECOVERY'],
  'alcohol-and-drug-use': ['RECOVERY'],
  'domestic-abuse': ['DA-SERVICE', 'PROBATION'],
  'housing-homelessness': ['HOUSING'],
  'self-neglect': ['FIRE', 'HOUSING', 'GP-FED'],
  'mental-capacity': ['MH', 'GP-FED'],
  'children-in-care': ['CAFCASS'],
  disability: ['COMMUNITY'],
  'financial-abuse': ['CARE-PROVIDERS'],
};

export const COMMITTEES = {
  learning: 'Learning from Practice Group',
  quality: 'Performance & QA Committee',
  dhr: 'Community Safety Partnership DHR Panel',
} as const;

export interface CourseTemplate {
  title: string;
  themes: readonly string[];
  hours: number;
  multiAgency: boolean;
  kinds: readonly PartnershipKind[];
}

export const COURSES: readonly CourseTemplate[] = [
  { title: 'Working Together: multi-agency safeguarding foundation', themes: ['multi-agency-working', 'information-sharing', 'thresholds'], hours: 6, multiAgency: true, kinds: CHILDREN },
  { title: 'Recognising and responding to neglect', themes: ['neglect', 'voice-of-the-child'], hours: 3, multiAgency: true, kinds: CHILDREN },
  { title: 'Domestic abuse and coercive control', themes: ['domestic-abuse', 'invisible-men', 'risk-assessment'], hours: 3, multiAgency: true, kinds: ALL },
  { title: 'Child exploitation and contextual safeguarding', themes: ['child-exploitation', 'adolescents', 'serious-youth-violence'], hours: 3, multiAgency: true, kinds: CHILDREN },
  { title: 'Keeping children safe online', themes: ['online-harm', 'sexual-abuse'], hours: 2, multiAgency: true, kinds: CHILDREN },
  { title: 'Safer sleep and the vulnerable baby', themes: ['under-one', 'sudden-unexpected-infant-death'], hours: 2, multiAgency: true, kinds: CHILDREN },
  { title: 'Professional curiosity and respectful challenge', themes: ['professional-curiosity', 'escalation'], hours: 3, multiAgency: true, kinds: ALL },
  { title: 'Think family: parental mental health and substance misuse', themes: ['parental-mental-health', 'parental-substance-misuse', 'think-family'], hours: 3, multiAgency: true, kinds: CHILDREN },
  { title: 'Learning from local and national reviews', themes: ['information-sharing', 'multi-agency-working'], hours: 2, multiAgency: true, kinds: ALL },
  { title: 'Early help assessment and thresholds', themes: ['early-help', 'thresholds'], hours: 3, multiAgency: true, kinds: CHILDREN },
  { title: 'Safeguarding essentials (e-learning)', themes: ['multi-agency-working'], hours: 1.5, multiAgency: false, kinds: ALL },
  { title: 'Adultification and culturally competent practice', themes: ['ethnicity-culture', 'adolescents'], hours: 2.5, multiAgency: true, kinds: CHILDREN },
  { title: 'Self-neglect and hoarding', themes: ['self-neglect', 'mental-capacity'], hours: 3, multiAgency: true, kinds: ADULTS },
  { title: 'The Mental Capacity Act in practice', themes: ['mental-capacity'], hours: 3, multiAgency: true, kinds: ADULTS },
  { title: 'Making safeguarding personal', themes: ['risk-assessment', 'think-family'], hours: 2, multiAgency: true, kinds: ADULTS },
  { title: 'Modern slavery and exploitation awareness', themes: ['modern-slavery'], hours: 2, multiAgency: true, kinds: ADULTS },
  { title: 'Transitions to adulthood', themes: ['transitions', 'adolescents'], hours: 2, multiAgency: true, kinds: ALL },
  { title: 'Section 42 enquiries for enquiry officers', themes: ['risk-assessment', 'information-sharing'], hours: 6, multiAgency: false, kinds: ADULTS },
  { title: 'Suicide prevention and self-harm', themes: ['suicide-self-harm'], hours: 2, multiAgency: true, kinds: ALL },
];
