/**
 * The default theme taxonomy, modelled on the Child Safeguarding Practice Review Panel's annual
 * report themes and the NSPCC national case review repository's subject headings. Codes are
 * stable: data and imports refer to them, so rename a theme's name, never its code.
 */
export interface DefaultTheme {
  code: string;
  name: string;
  group: 'child' | 'family-context' | 'harm' | 'practice' | 'system';
  description: string;
}

export const DEFAULT_THEMES: readonly DefaultTheme[] = [
  // The child
  { code: 'under-one', name: 'Babies under one', group: 'child', description: 'Non-mobile infants and babies under one year old.' },
  { code: 'adolescents', name: 'Adolescents', group: 'child', description: 'Young people aged 11 to 17, including transitions to adulthood.' },
  { code: 'disability', name: 'Disabled children and adults', group: 'child', description: 'Physical or learning disability, autism, complex health needs.' },
  { code: 'mental-health-child', name: 'Mental health of the child or young person', group: 'child', description: 'Self-harm, suicidal ideation, emotional wellbeing.' },
  { code: 'voice-of-the-child', name: 'Voice of the child', group: 'child', description: "Hearing and acting on the child's lived experience and wishes." },
  { code: 'ethnicity-culture', name: 'Ethnicity, culture and identity', group: 'child', description: 'Race, culture, faith and identity, including racism and adultification.' },
  { code: 'children-in-care', name: 'Children in care and care leavers', group: 'child', description: 'Looked-after children, placements and leaving care.' },
  { code: 'sudden-unexpected-infant-death', name: 'Sudden unexpected infant death', group: 'child', description: 'SUDI, including co-sleeping and safer sleep.' },
  // Family context
  { code: 'domestic-abuse', name: 'Domestic abuse', group: 'family-context', description: 'Abuse between intimate partners or family members, including coercive control.' },
  { code: 'parental-mental-health', name: 'Parental mental health', group: 'family-context', description: 'Mental ill-health of parents or carers.' },
  { code: 'parental-substance-misuse', name: 'Parental substance misuse', group: 'family-context', description: 'Alcohol or drug misuse by parents or carers.' },
  { code: 'invisible-men', name: 'Fathers and male carers', group: 'family-context', description: 'Engagement with fathers, partners and other men in the household.' },
  { code: 'housing-homelessness', name: 'Housing and homelessness', group: 'family-context', description: 'Temporary accommodation, overcrowding, frequent moves.' },
  { code: 'poverty', name: 'Poverty and deprivation', group: 'family-context', description: 'Financial hardship and its impact on care.' },
  { code: 'young-carers', name: 'Young and adult carers', group: 'family-context', description: 'Carers, their needs and the strain of caring.' },
  // Harm
  { code: 'neglect', name: 'Neglect', group: 'harm', description: 'Persistent failure to meet basic physical or emotional needs.' },
  { code: 'self-neglect', name: 'Self-neglect', group: 'harm', description: 'Adults neglecting their own care, health or surroundings, including hoarding.' },
  { code: 'physical-abuse', name: 'Physical abuse', group: 'harm', description: 'Non-accidental injury, including abusive head trauma.' },
  { code: 'sexual-abuse', name: 'Sexual abuse', group: 'harm', description: 'Sexual abuse within or outside the family, including online.' },
  { code: 'emotional-abuse', name: 'Emotional abuse', group: 'harm', description: 'Persistent emotional maltreatment.' },
  { code: 'child-exploitation', name: 'Criminal and sexual exploitation', group: 'harm', description: 'CCE, CSE, county lines and extra-familial harm.' },
  { code: 'online-harm', name: 'Online harm', group: 'harm', description: 'Harm through online contact, content or conduct.' },
  { code: 'suicide-self-harm', name: 'Suicide and self-harm', group: 'harm', description: 'Deaths by suicide and serious self-harm.' },
  { code: 'serious-youth-violence', name: 'Serious youth violence', group: 'harm', description: 'Knife crime and violence involving young people.' },
  { code: 'modern-slavery', name: 'Modern slavery and trafficking', group: 'harm', description: 'Trafficking, forced labour and modern slavery.' },
  // Practice
  { code: 'information-sharing', name: 'Information sharing', group: 'practice', description: 'Sharing the right information with the right agencies at the right time.' },
  { code: 'professional-curiosity', name: 'Professional curiosity', group: 'practice', description: 'Exploring and questioning rather than taking things at face value.' },
  { code: 'risk-assessment', name: 'Risk assessment', group: 'practice', description: 'Recognising, assessing and reviewing risk.' },
  { code: 'multi-agency-working', name: 'Multi-agency working', group: 'practice', description: 'Joint working, strategy discussions and shared plans.' },
  { code: 'escalation', name: 'Escalation and challenge', group: 'practice', description: 'Professional challenge and escalation of disagreement.' },
  { code: 'mental-capacity', name: 'Mental capacity', group: 'practice', description: 'Assessing and applying the Mental Capacity Act.' },
  { code: 'think-family', name: 'Think family', group: 'practice', description: 'Seeing the whole family, including adult and child services together.' },
  { code: 'recording', name: 'Record keeping', group: 'practice', description: 'Quality and accessibility of records and chronologies.' },
  // System
  { code: 'supervision', name: 'Supervision and management oversight', group: 'system', description: 'Reflective supervision and management grip.' },
  { code: 'workforce-capacity', name: 'Workforce capacity', group: 'system', description: 'Caseloads, turnover and staffing.' },
  { code: 'transitions', name: 'Transitions between services', group: 'system', description: 'Moves between areas, services or from children to adult services.' },
  { code: 'early-help', name: 'Early help', group: 'system', description: 'Early identification and support before statutory thresholds.' },
  { code: 'thresholds', name: 'Thresholds and referrals', group: 'system', description: 'Understanding and applying thresholds for intervention.' },
  { code: 'covid-19', name: 'COVID-19 pandemic', group: 'system', description: 'Effects of pandemic restrictions on visibility and services.' },
];
