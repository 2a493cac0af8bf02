import { useState, type FormEvent } from 'react';
import { useCan } from '@sli/shared/data-access';
import { ErrorSummary, Field, QueryState, SuccessMessage, useFieldProblems } from '@sli/shared/ui';
import { useAuditDomains, useCreateAuditDomain, useReorderAuditDomains, useUpdateAuditDomain, type AuditDomainRow } from '../api/audit-domains';

const LABELS = { name: 'Name', code: 'Code' };
type F = keyof typeof LABELS;

/** Adds a domain, or renames one (`domain` given). */
function DomainNameForm({ partnershipId, domain, onDone }: { partnershipId: string; domain?: AuditDomainRow; onDone: (message: string) => void }) {
  const [name, setName] = useState(domain?.name ?? '');
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const create = useCreateAuditDomain();
  const update = useUpdateAuditDomain();
  const save = domain ? update : create;
  const prefix = domain ? `rename-domain-${domain.code}` : 'new-domain';
  const problems = useFieldProblems(save.error, LABELS, prefix, { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    const p: Partial<Record<F, string>> = {};
    if (!trimmed) p.name = 'Enter the name of the domain';
    else if (trimmed.length > 200) p.name = 'Name must be 200 characters or fewer';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (domain) update.mutate({ id: domain.id, input: { name: trimmed } }, { onSuccess: (d) => onDone(`Renamed to ${d.name}.`) });
    else
      create.mutate(
        { partnershipId, name: trimmed },
        {
          onSuccess: (d) => {
            setName('');
            onDone(`${d.name} added (code ${d.code}).`);
          },
        },
      );
  }

  return (
    <form onSubmit={submit} noValidate className="record-form" aria-label={domain ? `Rename ${domain.name}` : 'Add a domain'}>
      <ErrorSummary items={problems.summary} title={domain ? 'The domain was not renamed' : 'The domain was not added'} />
      <Field
        id={problems.id('name')}
        label={domain ? `New name for ${domain.name}` : 'Name of the new domain'}
        hint={domain ? 'Its code stays, so past grades and bundles keep pointing at it.' : 'Added last; its code is made from the name.'}
        error={problems.error('name') ?? problems.error('code')}
      >
        {(control) => <input {...control} className="width-20" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className={domain ? 'secondary' : 'primary'} disabled={save.isPending}>
          {domain ? 'Save the name' : 'Add the domain'}
        </button>
      </div>
    </form>
  );
}

function DomainRow(props: { d: AuditDomainRow; i: number; all: AuditDomainRow[]; partnershipId: string; manage: boolean; onDone: (m: string) => void }) {
  const { d, i, all, partnershipId, manage, onDone } = props;
  const [renaming, setRenaming] = useState(false);
  const update = useUpdateAuditDomain();
  const reorder = useReorderAuditDomains();
  const move = (by: -1 | 1) => {
    const ids = all.map((x) => x.id);
    [ids[i], ids[i + by]] = [ids[i + by] as string, ids[i] as string];
    reorder.mutate({ partnershipId, domainIds: ids }, { onSuccess: () => onDone(`${d.name} moved ${by < 0 ? 'up' : 'down'}.`) });
  };
  const busy = update.isPending || reorder.isPending;
  return (
    <tr data-testid="audit-domain">
      <td data-label="Order">{i + 1}</td>
      <th scope="row">{d.name}</th>
      <td data-label="Code">
        <code>{d.code}</code>
      </td>
      <td data-label="Status">{d.retired ? 'Retired: kept on past grades' : 'In use'}</td>
      {manage ? (
        <td>
          <div className="button-group">
            <button type="button" className="secondary" disabled={busy || i === 0} onClick={() => move(-1)} aria-label={`Move ${d.name} up`}>
              Up
            </button>
            <button type="button" className="secondary" disabled={busy || i === all.length - 1} onClick={() => move(1)} aria-label={`Move ${d.name} down`}>
              Down
            </button>
            <button type="button" className="secondary" onClick={() => setRenaming((r) => !r)} aria-expanded={renaming} aria-label={`Rename ${d.name}`}>
              Rename
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => update.mutate({ id: d.id, input: { retired: !d.retired } }, { onSuccess: () => onDone(`${d.name} ${d.retired ? 'is in use again' : 'retired'}.`) })}
              aria-label={`${d.retired ? 'Bring back' : 'Retire'} ${d.name}`}
            >
              {d.retired ? 'Bring back' : 'Retire'}
            </button>
          </div>
          {update.error || reorder.error ? <p className="field-error">{String((update.error ?? reorder.error)?.message ?? '')}</p> : null}
          {renaming ? (
            <DomainNameForm
              partnershipId={partnershipId}
              domain={d}
              onDone={(m) => {
                setRenaming(false);
                onDone(m);
              }}
            />
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

/**
 * The partnership's case-audit domains (issue 10): the domains case audits grade, overall and per
 * agency. Admins add, rename, reorder and retire them; a retired domain stays on past grades and is
 * not offered for new ones. Every change is in the change history.
 */
export function AuditDomainsSection({ partnershipId }: { partnershipId: string }) {
  const can = useCan();
  const manage = can('updateAuditDomain');
  const domains = useAuditDomains(partnershipId);
  const [done, setDone] = useState('');
  const rows = domains.data ?? [];
  return (
    <section aria-labelledby="audit-domains">
      <h2 id="audit-domains">Case-audit domains</h2>
      <p>What case audits grade, overall and for each agency, in this order. A retired domain stays on the grades that use it and is not offered for new ones.</p>
      <SuccessMessage message={done} />
      <QueryState isLoading={domains.isLoading} error={domains.error} isEmpty={rows.length === 0} empty="This partnership has no case-audit domains.">
        <div className="table-scroll">
          <table className="stackable">
            <caption className="visually-hidden">Case-audit domains of the partnership, in reading order</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Domain</th>
                <th scope="col">Code</th>
                <th scope="col">Status</th>
                {manage ? (
                  <th scope="col">
                    <span className="visually-hidden">Changes</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((d, i) => (
                <DomainRow key={d.id} d={d} i={i} all={rows} partnershipId={partnershipId} manage={manage} onDone={setDone} />
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
      {manage ? (
        <>
          <h3>Add a domain</h3>
          <DomainNameForm key={partnershipId} partnershipId={partnershipId} onDone={setDone} />
        </>
      ) : null}
    </section>
  );
}
