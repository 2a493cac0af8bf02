import type { PanelResponse, ReferralCriteria, ReferralDecider, ReferralDecision, ReferralRoute } from '@sli/shared/data-access';
import type { PanelResponseValue, ReferralCriteriaValue, ReferralDeciderValue, ReferralDecisionValue, ReferralRouteValue } from '@sli/reviews-domain';

export const ROUTE_LABELS: Record<ReferralRoute, string> = {
  AGENCY_SAFEGUARDING_LEAD: "A practitioner, through their agency's safeguarding lead",
  PANEL: 'The Child Safeguarding Practice Review Panel',
  OTHER: 'Another route',
};

export const CRITERIA_LABELS: Record<ReferralCriteria, string> = {
  CHILDREN_SERIOUS_INCIDENT: 'Children: serious incident notification criteria (Working Together 2023)',
  CHILDREN_LOCAL_REVIEW: 'Children: local child safeguarding practice review criteria (Working Together 2023)',
  ADULTS_CARE_ACT_S44: 'Adults: safeguarding adults review criteria (Care Act 2014, section 44)',
  DOMESTIC_HOMICIDE: 'Domestic homicide review statutory guidance',
};

export const DECISION_LABELS: Record<ReferralDecision, string> = {
  NOTIFY: 'Notify the Panel',
  RAPID_REVIEW: 'Rapid review',
  OTHER_REVIEW: 'Another review',
  NO_REVIEW: 'No review',
};

export const DECIDER_LABELS: Record<ReferralDecider, string> = {
  INDEPENDENT_SCRUTINEER: 'Independent scrutineer',
  CHAIR: 'Chair',
  EXECUTIVE: 'Executive',
  OTHER: 'Other',
};

export const PANEL_RESPONSE_LABELS: Record<PanelResponse, string> = { AGREES: 'Agrees', DISAGREES: 'Disagrees', AWAITED: 'Awaited' };

/** The GraphQL enum's value as the domain rules hold it: `NO_REVIEW` → `no-review`. */
export const kebab = <T extends string>(value: string | null | undefined): T | null => (value ? (value.toLowerCase().replace(/_/g, '-') as T) : null);

export type DomainValues = {
  route: ReferralRouteValue;
  criteria: ReferralCriteriaValue;
  decision: ReferralDecisionValue;
  decidedBy: ReferralDeciderValue;
  panelResponse: PanelResponseValue;
};
