import { registerEnumType } from '@nestjs/graphql';

/** Who referred the case for consideration. */
export enum ReferralRoute {
  AGENCY_SAFEGUARDING_LEAD = 'agency-safeguarding-lead',
  PANEL = 'panel',
  OTHER = 'other',
}

/** The criteria a referral was screened against. */
export enum ReferralCriteria {
  CHILDREN_SERIOUS_INCIDENT = 'children-serious-incident',
  CHILDREN_LOCAL_REVIEW = 'children-local-review',
  ADULTS_CARE_ACT_S44 = 'adults-care-act-s44',
  DOMESTIC_HOMICIDE = 'domestic-homicide',
}

/** A recommendation or decision on a referral. */
export enum ReferralDecision {
  NOTIFY = 'notify',
  RAPID_REVIEW = 'rapid-review',
  OTHER_REVIEW = 'other-review',
  NO_REVIEW = 'no-review',
}

export enum ReferralDecider {
  INDEPENDENT_SCRUTINEER = 'independent-scrutineer',
  CHAIR = 'chair',
  EXECUTIVE = 'executive',
  OTHER = 'other',
}

export enum PanelResponse {
  AGREES = 'agrees',
  DISAGREES = 'disagrees',
  AWAITED = 'awaited',
}

registerEnumType(ReferralRoute, {
  name: 'ReferralRoute',
  description: "A practitioner through their agency's safeguarding lead, the national Panel, or another route.",
});
registerEnumType(ReferralCriteria, {
  name: 'ReferralCriteria',
  description:
    "Children's serious incident or local review criteria (Working Together 2023), adults' Care Act 2014 s44, or the domestic homicide review statutory guidance.",
});
registerEnumType(ReferralDecision, { name: 'ReferralDecision', description: 'Notify the Panel, rapid review, another review, or no review.' });
registerEnumType(ReferralDecider, { name: 'ReferralDecider', description: 'Who made the decision: independent scrutineer, chair, executive or other.' });
registerEnumType(PanelResponse, { name: 'PanelResponse', description: "The national Panel's response to a children's decision." });
