import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { GraphQLRequestError, useCan, useFilters } from '@sli/shared/data-access';
import { ConfirmButton, DataTable, ErrorSummary, FlashMessage, formatDate, PageHeader, QueryState, type Column } from '@sli/shared/ui';
import {
  useAssuranceTool,
  useAssuranceTools,
  useDiscardToolDraft,
  useDraftToolVersion,
  usePublishTool,
  useRetireTool,
  type AssuranceToolDetail,
} from './api/assurance-tools';
import { problemsByPath, summaryOf, ToolDraftEditor } from './components/tool-draft-editor';
import { TOOL_KIND_LABELS, TOOL_STATUS_LABELS } from './tool-labels';

type Standard = AssuranceToolDetail['standards'][number];
type Level = AssuranceToolDetail['ratingScale'][number];

const standardColumns: Column<Standard>[] = [
  { key: 'position', header: 'No.', align: 'right' },
  { key: 'title', header: 'Standard' },
  { key: 'groupName', header: 'Group', value: (s) => s.groupName ?? '' },
  { key: 'description', header: 'What it asks', value: (s) => s.description ?? '' },
  { key: 'code', header: 'Code' },
];

const levelColumns: Column<Level>[] = [
  { key: 'position', header: 'Order (worst first)', align: 'right' },
  { key: 'label', header: 'Words' },
  { key: 'code', header: 'Rating' },
  { key: 'met', header: 'Counts as met', value: (l) => (l.met ? 'Yes' : 'No') },
];

/** What the admin may do with this version: draft the next one, retire it, or publish or discard a draft. */
function ToolActions({ tool, dirty }: { tool: AssuranceToolDetail; dirty: boolean }) {
  const can = useCan();
  const navigate = useNavigate();
  const { search } = useFilters();
  const versions = useAssuranceTools(tool.partnershipId).data ?? [];
  const draft = versions.find((t) => t.toolKey === tool.toolKey && t.status === 'DRAFT');
  const newest = Math.max(tool.version, ...versions.filter((t) => t.toolKey === tool.toolKey).map((t) => t.version));
  const drafting = useDraftToolVersion();
  const publish = usePublishTool();
  const retire = useRetireTool();
  const discard = useDiscardToolDraft();
  const failed = [drafting, publish, retire, discard].find((m) => m.error)?.error;
  const problems = summaryOf(problemsByPath(failed instanceof GraphQLRequestError ? failed.fields : []));
  if (failed && problems.length === 0) problems.push({ text: failed instanceof Error ? failed.message : String(failed) });
  const go = (id: string, flash: string) => navigate({ pathname: `/admin/assurance-tools/${id}`, search }, { state: { flash } });
  if (!can('draftAssuranceToolVersion')) return null;

  return (
    <section aria-labelledby="tool-actions" className="tool-actions">
      <h2 id="tool-actions">Change this tool</h2>
      <ErrorSummary items={problems} title="That did not work" />
      {tool.status === 'DRAFT' ? (
        <>
          <p>
            A draft is not offered for audit rounds. Publishing makes it the version new rounds use, from today
            {versions.some((t) => t.toolKey === tool.toolKey && t.status === 'IN_USE') ? ', and retires the version in use now; rounds already on it keep it' : ''}. Once published it
            cannot change.
          </p>
          <div className="button-group">
            {dirty ? (
              <p>Save the draft before publishing it.</p>
            ) : (
              <ConfirmButton
                label={`Publish version ${tool.version}`}
                question={`Publish version ${tool.version} of ${tool.name}, as saved? It cannot be changed afterwards.`}
                confirmLabel="Yes, publish it"
                warning={false}
                pending={publish.isPending}
                onConfirm={() => publish.mutate(tool.id, { onSuccess: () => go(tool.id, `Version ${tool.version} published.`) })}
              />
            )}
            <ConfirmButton
              label="Discard this draft"
              question={`Discard version ${tool.version} with its standards? This cannot be undone.`}
              confirmLabel="Yes, discard it"
              pending={discard.isPending}
              onConfirm={() =>
                discard.mutate(tool.id, { onSuccess: () => navigate({ pathname: '/admin/assurance-tools', search }, { state: { flash: `Draft version ${tool.version} discarded.` } }) })
              }
            />
          </div>
        </>
      ) : (
        <>
          <p>Published versions never change: audit rounds refer to them. To change the standards or the scale, draft the next version, edit it, then publish it.</p>
          <div className="button-group">
            {draft ? (
              <Link to={{ pathname: `/admin/assurance-tools/${draft.id}`, search }}>Edit the draft, version {draft.version}</Link>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={drafting.isPending}
                onClick={() => drafting.mutate(tool.id, { onSuccess: (d) => go(d.id, `Version ${d.version} drafted from version ${tool.version}.`) })}
              >
                {drafting.isPending ? 'Drafting…' : `Draft version ${newest + 1} from this version`}
              </button>
            )}
            {tool.status === 'IN_USE' ? (
              <ConfirmButton
                label="Retire this tool"
                question={`Retire ${tool.name}? New rounds will not be offered it; rounds that used it keep it.`}
                confirmLabel="Yes, retire it"
                pending={retire.isPending}
                onConfirm={() => retire.mutate(tool.id, { onSuccess: () => go(tool.id, `${tool.name} retired.`) })}
              />
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}

/** `/admin/assurance-tools/:toolId`: one version of a tool, its standards and scale; a draft is edited here. */
export function AssuranceToolPage() {
  const { toolId = '' } = useParams();
  const { search } = useFilters();
  const can = useCan();
  const query = useAssuranceTool(toolId);
  const tool = query.data;
  const [dirty, setDirty] = useState(false);
  const editing = tool?.status === 'DRAFT' && can('updateAssuranceToolDraft');
  return (
    <>
      <PageHeader
        title={tool ? tool.name : 'Assurance tool'}
        lead={tool ? `${TOOL_KIND_LABELS[tool.kind]}, version ${tool.version}: ${TOOL_STATUS_LABELS[tool.status].toLowerCase()}.` : undefined}
      />
      <FlashMessage />
      <p>
        <Link to={{ pathname: '/admin/assurance-tools', search }}>All assurance tools</Link>
      </p>
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !tool} empty="There is no such tool, or you may not see it.">
        {tool ? (
          <>
            <dl className="details">
              <div>
                <dt>Published</dt>
                <dd>{tool.publishedOn ? formatDate(tool.publishedOn) : 'Not published'}</dd>
              </div>
              <div>
                <dt>From</dt>
                <dd>{tool.isDefault ? 'Shipped with the product' : 'This partnership'}</dd>
              </div>
              {tool.description && !editing ? (
                <div>
                  <dt>About</dt>
                  <dd>{tool.description}</dd>
                </div>
              ) : null}
            </dl>
            <ToolActions tool={tool} dirty={dirty} />
            {editing ? (
              <ToolDraftEditor key={tool.id} tool={tool} onDirty={setDirty} />
            ) : (
              <>
                <section aria-labelledby="tool-standards">
                  <h2 id="tool-standards">Standards ({tool.standards.length})</h2>
                  <DataTable
                    caption={`Standards of ${tool.name}, version ${tool.version}`}
                    columns={standardColumns}
                    rows={tool.standards}
                    exportName={`assurance-tool-${tool.toolKey}-v${tool.version}`}
                    exportFilters="partnership"
                    rowKey={(s) => s.id}
                  />
                </section>
                <section aria-labelledby="tool-scale">
                  <h2 id="tool-scale">Rating scale</h2>
                  <DataTable
                    caption={`Rating scale of ${tool.name}, version ${tool.version}`}
                    columns={levelColumns}
                    rows={tool.ratingScale}
                    exportName={`assurance-tool-${tool.toolKey}-v${tool.version}-scale`}
                    exportFilters="partnership"
                    rowKey={(l) => l.code}
                  />
                </section>
              </>
            )}
          </>
        ) : null}
      </QueryState>
    </>
  );
}
