import { useState, type FormEvent } from 'react';
import { useCan, useKeptValues } from '@sli/shared/data-access';
import { ConfirmButton, ErrorSummary, Field, KeptNotice, formatDate, useFieldProblems } from '@sli/shared/ui';
import type { MeasureDetail } from '../api/scorecard';
import { useDeleteStory, useEditStory, useWriteStory, type StoryValues } from '../api/stories';

const LABELS = { text: 'Story', periodStart: 'Period' };
const MAX = 4000;
type Story = MeasureDetail['stories'][number];

/** The periods a story may be about: every period of the series, newest first, or none. */
function periodOptions(detail: MeasureDetail): { value: string; label: string }[] {
  return [...detail.measure.series].reverse().map((p) => ({ value: p.periodStart, label: p.label }));
}

function StoryForm({ detail, story, onDone }: { detail: MeasureDetail; story?: Story; onDone: (message: string) => void }) {
  const measureId = detail.measure.id;
  const prefix = story ? `story-${story.id}` : 'story-new';
  const latest = detail.analysis.latest?.periodStart ?? '';
  const form = useKeptValues(`oba-story:${measureId}:${story?.id ?? 'new'}`, {
    periodStart: story ? (story.periodStart ?? '') : latest,
    text: story?.text ?? '',
  });
  const write = useWriteStory(measureId);
  const edit = useEditStory(story?.id ?? '');
  const save = story ? edit : write;
  const [local, setLocal] = useState<Partial<Record<'text' | 'periodStart', string>>>({});
  const problems = useFieldProblems(save.error, LABELS, prefix, { local });
  const length = form.values.text.length;

  function submit(e: FormEvent) {
    e.preventDefault();
    const text = form.values.text.trim();
    const problem = !text
      ? 'Enter the story'
      : length > MAX
        ? `Story must be at most ${MAX.toLocaleString('en-GB')} characters (it has ${length.toLocaleString('en-GB')})`
        : undefined;
    setLocal({ text: problem });
    if (problem) return;
    const values: StoryValues = {
      periodStart: form.values.periodStart || null,
      text,
    };
    save.mutate(values, {
      onSuccess: () => {
        form.reset({ periodStart: latest, text: '' });
        onDone(story ? 'Story saved.' : 'Story added: it now sits beside the curve.');
      },
    });
  }

  return (
    <form className="oba-story-form no-print" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{story ? 'Edit the story' : 'Write the story behind the curve'}</h3>
      {form.kept ? <KeptNotice what="the story" /> : null}
      <ErrorSummary items={problems.summary} title="The story was not saved" />
      <Field id={problems.id('periodStart')} label="Period it is about" hint="Usually the latest value’s period." error={problems.error('periodStart')}>
        {(control) => (
          <select {...control} value={form.values.periodStart} onChange={(e) => form.setValue('periodStart', e.target.value)}>
            <option value="">Not about one period</option>
            {periodOptions(detail).map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={problems.id('text')}
        label="Story"
        hint={`What lies behind the figures, who helps turn the curve, and what works. Plain text, at most ${MAX.toLocaleString('en-GB')} characters (${length.toLocaleString('en-GB')} now). No names of the people concerned or their family members.`}
        error={problems.error('text')}
      >
        {(control) => <textarea {...control} rows={6} value={form.values.text} onChange={(e) => form.setValue('text', e.target.value)} />}
      </Field>
      <p className="ar-buttons">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : story ? 'Save changes' : 'Add the story'}
        </button>
        {story ? (
          <button type="button" onClick={() => onDone('')} disabled={save.isPending}>
            Cancel
          </button>
        ) : null}
      </p>
    </form>
  );
}

function StoryItem({ detail, story, onMessage }: { detail: MeasureDetail; story: Story; onMessage: (m: string) => void }) {
  const can = useCan();
  const asOf = detail.analysis.asOf;
  const [editing, setEditing] = useState(false);
  const remove = useDeleteStory();
  const period = story.periodStart ? detail.measure.series.find((p) => p.periodStart === story.periodStart)?.label : null;
  if (editing) {
    return (
      <li>
        <StoryForm
          detail={detail}
          story={story}
          onDone={(m) => {
            setEditing(false);
            if (m) onMessage(m);
          }}
        />
      </li>
    );
  }
  return (
    <li className="oba-story-item" data-testid="oba-story">
      <blockquote>{story.text}</blockquote>
      <p className="hint">
        {story.author ? `${story.author}, ` : ''}
        {formatDate(story.writtenOn)}
        {period ? ` · about ${period}` : ''}
        {story.writtenOn > asOf ? ` · written after ${formatDate(asOf)}, the date these figures are as of` : ''}
      </p>
      {can('editMeasureStory') || can('deleteMeasureStory') ? (
        <p className="ar-buttons no-print">
          {can('editMeasureStory') ? (
            <button type="button" onClick={() => setEditing(true)}>
              Edit
              <span className="visually-hidden"> the story of {formatDate(story.writtenOn)}</span>
            </button>
          ) : null}
          {can('deleteMeasureStory') ? (
            <ConfirmButton
              label="Delete"
              question={`Delete the story written on ${formatDate(story.writtenOn)}? The change history keeps it.`}
              confirmLabel="Yes, delete it"
              pending={remove.isPending}
              onConfirm={() =>
                remove.mutate(story.id, {
                  onSuccess: () => onMessage('Story deleted.'),
                })
              }
            />
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

/** Every story behind the curve, newest first, with writing, editing and deleting for those who may. */
export function MeasureStories({ detail }: { detail: MeasureDetail }) {
  const can = useCan();
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="oba-stories-h" className="oba-stories" id="stories">
      <h2 id="oba-stories-h">The story behind the curve</h2>
      <p role="status" className="hint">
        {message}
      </p>
      {detail.storyCurrency?.older ? (
        <p className="oba-warning" data-testid="oba-story-date">
          <strong>The latest story is older than the latest value.</strong> {detail.storyCurrency.words}
        </p>
      ) : null}
      {detail.stories.length === 0 ? (
        <p className="hint">No story written yet.</p>
      ) : (
        <ol className="oba-story-list">
          {detail.stories.map((s) => (
            <StoryItem key={s.id} detail={detail} story={s} onMessage={setMessage} />
          ))}
        </ol>
      )}
      {can('writeMeasureStory') ? <StoryForm detail={detail} onDone={setMessage} /> : null}
    </section>
  );
}
