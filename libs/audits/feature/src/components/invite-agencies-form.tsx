import { useState, type FormEvent } from 'react';
import { usePartnershipChoices } from '@sli/shared/data-access';
import { DateInput, ErrorSummary, Fieldset, parseKeptDate, useFieldProblems } from '@sli/shared/ui';
import { useInviteAgencies } from '../api/agency-returns';
import type { AuditRecord } from '../api/audit-records';

const LABELS = { agencyIds: 'Agencies', dueOn: 'Due date', sentOn: 'Invitation date', auditId: 'Audit' };

/**
 * Invites agencies to return their part: those taking part are ticked to start with; agencies already
 * invited are not offered again (chase them from the tracker). The due date defaults to 20 working days.
 */
export function InviteAgenciesForm({ audit, invited, onDone }: { audit: AuditRecord; invited: string[]; onDone: () => void }) {
  const agencies = (usePartnershipChoices(audit.partnershipId).data?.agencies ?? []).filter((a) => !invited.includes(a.value));
  const taking = new Set(audit.agencies.map((a) => a.id));
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const picked = chosen ?? new Set(agencies.filter((a) => taking.has(a.value)).map((a) => a.value));
  const [due, setDue] = useState('');
  const [local, setLocal] = useState<Partial<Record<keyof typeof LABELS, string>> | undefined>();
  const invite = useInviteAgencies();
  const problems = useFieldProblems(invite.error, LABELS, 'invite', { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const dueOn = parseKeptDate(due, 'Due date');
    const found: Partial<Record<keyof typeof LABELS, string>> = {};
    if (picked.size === 0) found.agencyIds = 'Choose at least one agency to invite';
    if (dueOn.problem) found.dueOn = dueOn.problem;
    if (Object.keys(found).length > 0) {
      setLocal(found);
      return;
    }
    setLocal(undefined);
    invite.mutate({ auditId: audit.id, agencyIds: [...picked], dueOn: dueOn.value }, { onSuccess: onDone });
  }

  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  return (
    <form onSubmit={submit} noValidate className="narrow no-print" aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite agencies to return</h3>
      <ErrorSummary items={problems.summary} title="No agency was invited" />
      {agencies.length === 0 ? (
        <p className="state">Every agency of the partnership has been invited.</p>
      ) : (
        <Fieldset id={problems.id('agencyIds')} legend="Agencies to invite" hint="Agencies taking part in the audit are ticked." error={problems.error('agencyIds')}>
          {agencies.map((a, i) => (
            <div className="checkbox" key={a.value}>
              <input type="checkbox" id={i === 0 ? problems.id('agencyIds') : `invite-${a.value}`} checked={picked.has(a.value)} onChange={() => toggle(a.value)} />
              <label htmlFor={i === 0 ? problems.id('agencyIds') : `invite-${a.value}`}>{a.label}</label>
            </div>
          ))}
        </Fieldset>
      )}
      <DateInput
        id={problems.id('dueOn')}
        legend="Due date (optional)"
        hint="Leave blank for 20 working days from today: four working weeks to gather the evidence."
        error={problems.error('dueOn')}
        value={due}
        onChange={setDue}
      />
      <div className="button-group">
        <button type="submit" className="primary" disabled={invite.isPending || agencies.length === 0}>
          {invite.isPending ? 'Inviting…' : 'Send the invitations'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
