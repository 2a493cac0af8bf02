/**
 * The assurance tools every partnership starts with (DESIGN.md section 2, Audit). Standards are
 * data: a partnership keeps its own versioned copy and may publish new versions. Codes are stable
 * within a tool (assessments and bundles refer to them) and distinct across the section 11 tool's
 * versions, so an assessment's code names one standard of one version.
 *
 * Section 11 of the Children Act 2004 lists duties, not standards: the section 11 tool is labelled
 * as the partnership's own, drawn from Working Together 2023 chapter 2.
 */
export interface DefaultStandard {
  code: string;
  title: string;
  description: string;
  group?: string;
}

export interface DefaultLevel {
  code: string;
  label: string;
  met: boolean;
}

export interface DefaultTool {
  /** Stable across versions: rounds are comparable only within one key. */
  toolKey: string;
  name: string;
  kind: 'section-11' | 'schools-175-157' | 'adults-self-assessment' | 'case-audit';
  version: number;
  publishedOn: string;
  status: 'draft' | 'in-use' | 'retired';
  description: string;
  levels: DefaultLevel[];
  standards: DefaultStandard[];
}

/** Red, amber, green, worst first, with the words a self-assessment uses; only green counts as met. */
const RAG_LEVELS: DefaultLevel[] = [
  { code: 'red', label: 'Red (not met)', met: false },
  { code: 'amber', label: 'Amber (partly met)', met: false },
  { code: 'green', label: 'Green (met)', met: true },
];

/** The eight standards the product shipped before issue 10, kept so old assessments keep their meaning. */
export const LEGACY_SECTION11: DefaultTool = {
  toolKey: 'section-11',
  name: 'Section 11 self-assessment (legacy standards)',
  kind: 'section-11',
  version: 1,
  publishedOn: '2015-03-26',
  status: 'retired',
  description: 'The eight standards used before the Working Together 2023 tool; kept for the assessments made against them.',
  levels: RAG_LEVELS,
  standards: [
    { code: 'senior-management-commitment', title: 'Senior management commitment', description: 'Senior managers are committed to the importance of safeguarding and promoting the welfare of children.' },
    { code: 'statement-of-responsibilities', title: 'Statement of responsibilities', description: "A clear statement of the agency's responsibilities towards children, available to all staff." },
    { code: 'line-of-accountability', title: 'Line of accountability', description: 'A clear line of accountability within the organisation for work on safeguarding.' },
    { code: 'service-development', title: 'Service development', description: 'Service development takes account of the need to safeguard and promote welfare, informed by the views of children and families.' },
    { code: 'staff-training', title: 'Staff training', description: 'Training on safeguarding for all staff working with or in contact with children and families.' },
    { code: 'safer-recruitment', title: 'Safer recruitment', description: 'Safe recruitment and vetting procedures, and arrangements for allegations against staff.' },
    { code: 'inter-agency-working', title: 'Inter-agency working', description: 'Effective inter-agency working to safeguard and promote the welfare of children.' },
    { code: 'information-sharing', title: 'Information sharing', description: 'Effective information sharing within the agency and with partners.' },
  ],
};

export const DEFAULT_ASSURANCE_TOOLS: readonly DefaultTool[] = [
  LEGACY_SECTION11,
  {
    toolKey: 'section-11',
    name: 'Partnership section 11 self-assessment (Working Together 2023)',
    kind: 'section-11',
    version: 2,
    publishedOn: '2023-12-15',
    status: 'in-use',
    description:
      "The partnership's own standards for agencies' section 11 self-assessment, drawn from the expectations of Working Together to Safeguard Children 2023, chapter 2. Section 11 of the Children Act 2004 sets the duties; these standards are the partnership's.",
    levels: RAG_LEVELS,
    standards: [
      { code: 'leadership-and-board-lead', title: 'Senior leadership and a named board lead', description: 'Senior leaders champion safeguarding and a named board-level lead is accountable for it.', group: 'Leadership' },
      { code: 'responsibilities-and-accountability', title: 'Clear responsibilities and accountability', description: 'Safeguarding responsibilities are set out for every role, with a clear line of accountability.', group: 'Leadership' },
      { code: 'voice-of-children-and-families', title: 'Listening to children and families', description: 'Children and families are listened to and their views shape services and practice.', group: 'Practice' },
      { code: 'safer-recruitment-and-allegations', title: 'Safer recruitment and allegations management', description: 'Safer recruitment, vetting and the management of allegations against people who work with children.', group: 'Workforce' },
      { code: 'training-and-supervision', title: 'Training and supervision', description: 'Staff have safeguarding training for their role and regular supervision that supports reflective practice.', group: 'Workforce' },
      { code: 'designated-practitioners', title: 'Designated practitioners', description: 'Designated and named safeguarding practitioners are in post, with time and support for the role.', group: 'Workforce' },
      { code: 'sharing-information', title: 'Information sharing', description: 'Information is shared promptly and lawfully within the agency and with partners to keep children safe.', group: 'Practice' },
      { code: 'whistleblowing-and-escalation', title: 'Whistleblowing and resolving professional disagreement', description: 'Staff know how to raise concerns and to escalate and resolve professional disagreements.', group: 'Practice' },
    ],
  },
  {
    toolKey: 'schools-175-157',
    name: 'Schools and colleges safeguarding audit (section 175/157, Keeping Children Safe in Education)',
    kind: 'schools-175-157',
    version: 1,
    publishedOn: '2024-09-01',
    status: 'in-use',
    description:
      "Schools' and colleges' duties under section 175 (maintained schools, further education) and section 157 (independent schools and academies) of the Education Act 2002, as set out in Keeping Children Safe in Education.",
    levels: RAG_LEVELS,
    standards: [
      { code: 'governance-and-leadership', title: 'Governance and leadership', description: 'Governing bodies and proprietors have a safeguarding lead and make sure policies are in place and followed.' },
      { code: 'designated-safeguarding-lead', title: 'Designated safeguarding lead', description: 'A senior designated safeguarding lead, with deputies, trained and given time for the role.' },
      { code: 'child-protection-policy', title: 'Child protection policy and procedures', description: 'A child protection policy, reviewed yearly, published and known to staff.' },
      { code: 'staff-training-kcsie', title: 'Staff training and reading of KCSIE', description: 'All staff have induction and regular safeguarding training and have read part one of Keeping Children Safe in Education.' },
      { code: 'safer-recruitment-scr', title: 'Safer recruitment and the single central record', description: 'Safer recruitment practice and an up-to-date single central record.' },
      { code: 'allegations-and-low-level-concerns', title: 'Allegations and low-level concerns', description: 'Allegations against staff and low-level concerns are handled and recorded.' },
      { code: 'online-safety', title: 'Online safety, filtering and monitoring', description: 'Online safety is taught and appropriate filtering and monitoring are in place.' },
      { code: 'records-and-information-sharing', title: 'Records and information sharing', description: 'Concerns are recorded, files transfer with the child and information is shared with partners.' },
    ],
  },
  {
    toolKey: 'adults-self-assessment',
    name: 'Safeguarding adults board self-assessment',
    kind: 'adults-self-assessment',
    version: 1,
    publishedOn: '2024-04-01',
    status: 'in-use',
    description: 'Member agencies assess their safeguarding adults arrangements under the Care Act 2014 and the six safeguarding principles.',
    levels: RAG_LEVELS,
    standards: [
      { code: 'leadership-and-accountability', title: 'Leadership and accountability', description: 'A named senior lead for adult safeguarding and clear accountability to the board.', group: 'Leadership' },
      { code: 'making-safeguarding-personal', title: 'Making safeguarding personal', description: "The person's wishes and outcomes lead safeguarding work (empowerment)." },
      { code: 'mental-capacity', title: 'Mental Capacity Act and liberty protection', description: 'Staff apply the Mental Capacity Act 2005 and deprivation of liberty safeguards.' },
      { code: 'prevention-and-proportionality', title: 'Prevention and proportionality', description: 'Action is taken before harm occurs, and the least intrusive response is used.' },
      { code: 'partnership-and-information-sharing', title: 'Partnership and information sharing', description: 'Agencies work together and share information to protect adults at risk.' },
      { code: 'workforce-training-and-supervision', title: 'Workforce training and supervision', description: 'Staff are trained for their role and supervised.' },
      { code: 'safer-recruitment-adults', title: 'Safer recruitment and allegations (PiPoT)', description: 'Safer recruitment and managing concerns about people in positions of trust.' },
      { code: 'learning-and-assurance', title: 'Learning and quality assurance', description: 'Learning from safeguarding adults reviews and audits changes practice.' },
    ],
  },
];

/** Case-audit domains every partnership starts with, in reading order. */
export const DEFAULT_AUDIT_DOMAINS: readonly { code: string; name: string; retired?: boolean }[] = [
  { code: 'voice-of-the-child', name: 'Voice of the child' },
  { code: 'recognition', name: 'Recognition' },
  { code: 'assessment', name: 'Assessment' },
  { code: 'planning', name: 'Planning' },
  { code: 'intervention', name: 'Intervention' },
  { code: 'joint-working', name: 'Joint working' },
  { code: 'impact', name: 'Impact' },
  // Graded before issue 10 split it in two; kept for those grades, not offered for new ones.
  { code: 'planning-and-intervention', name: 'Planning and intervention (before 2027)', retired: true },
];
