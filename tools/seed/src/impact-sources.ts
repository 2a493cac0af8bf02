import type { AuditRecord } from '@sli/exchange-domain';
import type { Sections } from './context';
import { hashString } from './random';

/*
 * The impact loop in the demo: an action names what will show its impact. An action an OBA strategy
 * serves names the strategy's first measure; about one in three completed actions from a case audit
 * names the next case audit round of its partnership that started after the action was completed.
 * Worked out from refs and dates alone, after everything else: no draw from the random stream.
 */
export function addImpactSources(out: Sections): void {
  const measureOfStrategy = new Map<string, string>();
  for (const m of out.measures) if (m.strategy && !measureOfStrategy.has(`${m.partnership}:${m.strategy}`)) measureOfStrategy.set(`${m.partnership}:${m.strategy}`, m.ref);
  const measureOfAction = new Map<string, string>();
  for (const s of out.obaStrategies) {
    const measure = measureOfStrategy.get(`${s.partnership}:${s.ref}`);
    if (measure) for (const a of s.actions ?? []) if (!measureOfAction.has(`${s.partnership}:${a}`)) measureOfAction.set(`${s.partnership}:${a}`, measure);
  }
  const caseAudits = out.audits.filter((a) => a.type === 'multi-agency-case').sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  for (const action of out.actions) {
    const measure = measureOfAction.get(`${action.partnership}:${action.ref}`);
    if (measure) action.impactMeasure = measure;
    if (!action.audit || !action.completedOn || hashString(`impact:${action.partnership}:${action.ref}`) % 3 !== 0) continue;
    const next: AuditRecord | undefined = caseAudits.find((a) => a.partnership === action.partnership && a.startedOn > (action.completedOn as string));
    if (next) action.impactAudit = next.ref;
  }
}
