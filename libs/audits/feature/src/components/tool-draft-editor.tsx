import { useRef, useState, type FormEvent } from 'react';
import { toolDraftProblems, type LevelCode } from '@sli/audits-domain';
import { GraphQLRequestError } from '@sli/shared/data-access';
import { ErrorSummary, Field, sentence, type SummaryItem } from '@sli/shared/ui';
import { useUpdateToolDraft, type AssuranceToolDetail } from '../api/assurance-tools';
import { LevelsEditor, partId, StandardsEditor, type EditedLevel, type EditedStandard } from './tool-parts-editor';

/** The words for a field path in messages: `standards[2].code` → "Standard 3 code". */
export function pathLabel(path: string): string {
  const part = /^(standards|levels)\[(\d+)\]\.(\w+)$/.exec(path);
  if (part) {
    const noun = part[1] === 'standards' ? 'Standard' : 'Level';
    const words: Record<string, string> = { code: part[1] === 'levels' ? 'rating' : 'code', title: 'title', description: 'guidance', groupName: 'group', label: 'words', met: '"counts as met"' };
    return `${noun} ${Number(part[2]) + 1} ${words[part[3] ?? ''] ?? part[3]}`;
  }
  return ({ name: 'Name', description: 'Description', standards: 'Standards', levels: 'Rating scale', status: 'This version' } as Record<string, string>)[path] ?? path;
}

/** Problems by field path, from the rules run here or the API's answer (paths may start `input.`). */
export function problemsByPath(problems: readonly { field: string; message: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of problems) {
    const path = p.field.replace(/^input\./, '');
    if (!map.has(path)) map.set(path, sentence(pathLabel(path), p.message));
  }
  return map;
}

export function summaryOf(problems: Map<string, string>): SummaryItem[] {
  // Every path but the version's status names a control of the editor.
  return [...problems].map(([path, text]) => ({ text, href: path === 'status' ? undefined : `#${partId(path)}` }));
}

interface Props {
  tool: AssuranceToolDetail;
  /** Told whether the form holds changes not saved yet (publishing takes the saved draft). */
  onDirty: (dirty: boolean) => void;
}

/** A draft's name, description, standards and rating scale, saved together in one change. */
export function ToolDraftEditor({ tool, onDirty }: Props) {
  const counter = useRef(0);
  const newKey = () => ++counter.current;
  const [name, setName] = useState(tool.name);
  const [description, setDescription] = useState(tool.description ?? '');
  const [standards, setStandards] = useState<EditedStandard[]>(() =>
    tool.standards.map((s) => ({ key: newKey(), code: s.code, title: s.title, description: s.description ?? '', groupName: s.groupName ?? '' })),
  );
  const [levels, setLevels] = useState<EditedLevel[]>(() => tool.ratingScale.map((l) => ({ key: newKey(), code: l.code as LevelCode, label: l.label, met: l.met })));
  const [local, setLocal] = useState<{ field: string; message: string }[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useUpdateToolDraft(tool.id);

  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setSaved(false);
    onDirty(true);
  };
  const apiProblems = save.error instanceof GraphQLRequestError ? save.error.fields : [];
  const problems = problemsByPath(local.length > 0 ? local : apiProblems);
  const summary = summaryOf(problems);
  if (save.error && apiProblems.length === 0 && local.length === 0) summary.push({ text: save.error instanceof Error ? save.error.message : String(save.error) });
  const error = (path: string) => problems.get(path);

  function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      name: name.trim(),
      description: description.trim() || null,
      standards: standards.map((s) => ({ code: s.code.trim(), title: s.title.trim(), description: s.description.trim() || null, groupName: s.groupName.trim() || null })),
      levels: levels.map((l) => ({ code: l.code, label: l.label.trim(), met: l.met })),
    };
    const found = toolDraftProblems(input);
    setLocal(found);
    if (found.length > 0) return;
    save.mutate(input, {
      onSuccess: () => {
        setSaved(true);
        onDirty(false);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="record-form">
      <ErrorSummary items={summary} title="The draft was not saved" />
      <Field id={partId('name')} label="Name" error={error('name')}>
        {(control) => <input {...control} value={name} onChange={(e) => change(setName)(e.target.value)} />}
      </Field>
      <Field id={partId('description')} label="Description (optional)" hint="Who the tool is for and where its standards come from." error={error('description')}>
        {(control) => <textarea {...control} rows={3} value={description} onChange={(e) => change(setDescription)(e.target.value)} />}
      </Field>
      <section aria-labelledby="draft-standards">
        <h2 id="draft-standards">Standards ({standards.length})</h2>
        {error('standards') ? <p className="field-error">{error('standards')}</p> : null}
        <StandardsEditor standards={standards} onChange={change(setStandards)} error={error} newKey={newKey} />
      </section>
      <section aria-labelledby="draft-scale">
        <h2 id="draft-scale">Rating scale, worst first</h2>
        {error('levels') ? <p className="field-error">{error('levels')}</p> : null}
        <LevelsEditor levels={levels} onChange={change(setLevels)} error={error} newKey={newKey} />
      </section>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the draft'}
        </button>
        <p role="status" className="saved-note">
          {saved ? 'Draft saved.' : ''}
        </p>
      </div>
    </form>
  );
}
