import { PartnershipKind } from '@sli/partnerships-api';

/** The kinds of statutory work a report section, headline or table is about. */
export type Work = 'children' | 'adults' | 'domesticHomicide';

/** Which of them a partnership does. */
export type ReportWork = Record<Work, boolean>;

/**
 * What a partnership of this kind works on, as the dashboard's kindScope has it: a children's partnership
 * has notifications, rapid reviews and child safeguarding practice reviews; an adults board safeguarding
 * adults reviews and the domestic homicide reviews it runs with its community safety partnership; a
 * community safety partnership domestic homicide reviews only; a joint partnership everything.
 */
export function reportWork(kind: PartnershipKind | string): ReportWork {
  switch (kind) {
    case PartnershipKind.CHILDREN:
      return { children: true, adults: false, domesticHomicide: false };
    case PartnershipKind.ADULTS:
      return { children: false, adults: true, domesticHomicide: true };
    case PartnershipKind.COMMUNITY_SAFETY:
      return { children: false, adults: false, domesticHomicide: true };
    default:
      return { children: true, adults: true, domesticHomicide: true };
  }
}

/** Whether a partnership doing `does` reports something about `work` (nothing named: every partnership). */
export const reports = (does: ReportWork, work: Work | undefined): boolean => !work || does[work];
