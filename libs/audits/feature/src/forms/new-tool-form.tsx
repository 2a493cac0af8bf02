import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useFilters, useViewer, type AssuranceToolKind } from '@sli/shared/data-access';
import { ErrorSummary, Field, PageHeader, Radios, useFieldProblems } from '@sli/shared/ui';
import { useCreateTool } from '../api/assurance-tools';
import { TOOL_KIND_LABELS } from '../tool-labels';

const LABELS = { name: 'Name', kind: 'Kind of tool', description: 'Description' };
type F = keyof typeof LABELS;
const KIND_OPTIONS = (Object.keys(TOOL_KIND_LABELS) as AssuranceToolKind[]).map((value) => ({ value, label: TOOL_KIND_LABELS[value] }));

/** `/admin/assurance-tools/new`: a brand new tool, made as a draft with the red/amber/green scale; its standards are added on its page. */
export function NewAssuranceToolPage() {
  const navigate = useNavigate();
  const { filters, search } = useFilters();
  const viewer = useViewer();
  const partnershipId = filters.partnershipId ?? viewer.partnerships[0]?.id ?? null;
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [description, setDescription] = useState('');
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const create = useCreateTool();
  const problems = useFieldProblems(create.error, LABELS, 'new-tool', { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!name.trim()) p.name = 'Enter the name of the tool';
    if (!kind) p.kind = 'Select the kind of tool';
    setLocal(p);
    if (Object.keys(p).length > 0 || !partnershipId) return;
    create.mutate(
      { partnershipId, name: name.trim(), kind: kind as AssuranceToolKind, description: description.trim() || null },
      { onSuccess: (t) => navigate({ pathname: `/admin/assurance-tools/${t.id}`, search }, { state: { flash: 'Draft started: add its standards, then publish it.' } }) },
    );
  }

  return (
    <>
      <PageHeader title="Start a new assurance tool" lead="It starts as a draft with a red, amber and green scale. Add its standards on the next page, then publish it." />
      <form onSubmit={submit} noValidate className="narrow record-form">
        <ErrorSummary items={problems.summary} title="The tool was not started" />
        <Field id={problems.id('name')} label={LABELS.name} hint="For example, Early years settings self-assessment." error={problems.error('name')}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Radios id={problems.id('kind')} name="kind" legend={LABELS.kind} error={problems.error('kind')} options={KIND_OPTIONS} value={kind} onChange={setKind} />
        <Field id={problems.id('description')} label={`${LABELS.description} (optional)`} hint="Who the tool is for and where its standards come from." error={problems.error('description')}>
          {(control) => <textarea {...control} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="button-group">
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? 'Starting…' : 'Start the draft'}
          </button>
          <Link to={{ pathname: '/admin/assurance-tools', search }}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
