import { toolDraftProblems } from '@sli/audits-domain';
import type { AssuranceToolRecord, AssuranceToolVersionRecord, Bundle, BUNDLE_HISTORY_SECTIONS } from '@sli/exchange-domain';
import { InputError, type FieldProblem } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';

/*
 * The partnership's assurance tools in a bundle (`assuranceTools`): every version of each tool with its
 * standards and rating scale, and the audits assessed on it. Versions are history, like the annual
 * report's narratives: an import adds the versions the database lacks and moves a status forward
 * (draft → in use → retired), and never rewrites a published version; a draft held is replaced by
 * the bundle's. Case-audit domains are not part of this section.
 *
 * Written right after the partnerships (which get the default tools when created), so the audits'
 * assessments find their standards; each audit is pointed at its version right after the audits.
 */

export const ASSURANCE_TOOLS_SECTION = 'assuranceTools' satisfies (typeof BUNDLE_HISTORY_SECTIONS)[number];

const STATUS_ORDER = { draft: 0, 'in-use': 1, retired: 2 } as const;

/** The checks the schema cannot make, within the bundle: the partnership exists, versions and codes are sound. */
export function assuranceToolProblems(bundle: Bundle, partnershipExists: (ref: string) => boolean, refused: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const first = new Map<string, number>();
  (bundle.assuranceTools ?? []).forEach((r, i) => {
    const path = `${ASSURANCE_TOOLS_SECTION}[${i}]`;
    if (refused.has(path)) return;
    if (!partnershipExists(r.partnership)) {
      problems.push({ field: `${path}.partnership`, message: `partnership "${r.partnership}" is neither in the bundle nor in the database` });
    }
    const key = `${r.partnership}\n${r.toolKey}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else problems.push({ field: `${path}.toolKey`, message: `${r.toolKey} is already given by ${ASSURANCE_TOOLS_SECTION}[${earlier}]: list all its versions in one record` });
    const versions = new Set<number>();
    const audits = new Map<string, number>();
    for (const status of ['in-use', 'draft'] as const) {
      if (r.versions.filter((v) => v.status === status).length > 1) problems.push({ field: `${path}.versions`, message: `has more than one version ${status === 'draft' ? 'in draft' : 'in use'}` });
    }
    r.versions.forEach((v, j) => {
      const at = `${path}.versions[${j}]`;
      if (versions.has(v.version)) problems.push({ field: `${at}.version`, message: `version ${v.version} is listed twice` });
      versions.add(v.version);
      const draft = { name: v.name, description: v.description, standards: v.standards.map((s) => ({ ...s, groupName: s.group })), levels: v.levels };
      for (const p of toolDraftProblems(draft, { publishing: v.status !== 'draft' })) problems.push({ field: `${at}.${p.field}`, message: p.message });
      if (v.status !== 'draft' && !v.publishedOn) problems.push({ field: `${at}.publishedOn`, message: `is required for a version ${v.status === 'in-use' ? 'in use' : 'retired'}` });
      if (v.status === 'draft' && v.audits?.length) problems.push({ field: `${at}.audits`, message: 'must be empty: no round is assessed on a draft' });
      (v.audits ?? []).forEach((ref, k) => {
        const other = audits.get(ref);
        if (other !== undefined) problems.push({ field: `${at}.audits[${k}]`, message: `audit ${ref} is already listed under version ${other}: an audit uses one version` });
        else audits.set(ref, v.version);
      });
    });
  });
  return problems;
}

/** The partnership refs the tools name, to look up alongside the rest of the bundle's. */
export const toolPartnerships = (bundle: Bundle): string[] => [...new Set((bundle.assuranceTools ?? []).map((r) => r.partnership))];

interface HeldVersion {
  id: string;
  partnership: string;
  partnershipId: string;
  toolKey: string;
  kind: string;
  version: number;
  status: AssuranceToolVersionRecord['status'];
  content: string;
}

/** The content that makes a version what it is, as one comparable string (order of standards and levels included). */
function contentOf(kind: string, v: Pick<AssuranceToolVersionRecord, 'name' | 'description' | 'publishedOn' | 'levels' | 'standards'>): string {
  return JSON.stringify([
    kind,
    v.name,
    v.description ?? null,
    v.publishedOn ?? null,
    v.levels.map((l) => [l.code, l.label, l.met]),
    v.standards.map((s) => [s.code, s.title, s.description ?? null, s.group ?? null]),
  ]);
}

const HELD_SQL = `
  SELECT t.id, p.ref AS partnership, p.id AS "partnershipId", t.tool_key AS "toolKey", t.kind, t.version, t.status, t.name, t.description,
    to_char(t.published_on, 'YYYY-MM-DD') AS "publishedOn",
    (SELECT coalesce(json_agg(json_build_object('code', l.code, 'label', l.label, 'met', l.met) ORDER BY l.position), '[]') FROM assurance_tool_levels l WHERE l.tool_id = t.id) AS levels,
    (SELECT coalesce(json_agg(json_build_object('code', s.code, 'title', s.title, 'description', s.description, 'group', s.group_name) ORDER BY s.position), '[]')
     FROM tool_standards s WHERE s.tool_id = t.id) AS standards
  FROM assurance_tools t JOIN partnerships p ON p.id = t.partnership_id
  WHERE p.ref = ANY($1::text[])`;

/**
 * Writes the tools: statuses moved forward first (so one version of a tool is in use), drafts
 * replaced, then the versions the database lacks. A version in use in the bundle retires an older
 * one in use here; if the database already uses a newer version, the bundle's arrives retired. A
 * published version held with other content is refused: the two installations' tools have parted.
 */
export async function writeAssuranceTools(m: EntityManager, records: readonly AssuranceToolRecord[]): Promise<{ created: number; updated: number; unchanged: number }> {
  if (records.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const rows: (Omit<HeldVersion, 'content'> & AssuranceToolVersionRecord)[] = await m.query(HELD_SQL, [toolPartnerships({ assuranceTools: records } as Bundle)]);
  const held = new Map<string, HeldVersion[]>();
  for (const r of rows) {
    const key = `${r.partnership}\n${r.toolKey}`;
    held.set(key, [...(held.get(key) ?? []), { ...r, content: contentOf(r.kind, r) }]);
  }
  const partnershipIds: { ref: string; id: string }[] = await m.query(`SELECT ref, id FROM partnerships WHERE ref = ANY($1::text[])`, [[...new Set(records.map((r) => r.partnership))]]);
  const idOf = new Map(partnershipIds.map((p) => [p.ref, p.id]));

  const problems: FieldProblem[] = [];
  const statusMoves: { id: string; status: string }[] = [];
  const replaced: { id: string; partnershipId: string; v: AssuranceToolVersionRecord }[] = [];
  const inserts: { partnershipId: string; toolKey: string; kind: string; v: AssuranceToolVersionRecord }[] = [];
  let created = 0;
  let updated = 0;
  records.forEach((r, i) => {
    const versions = held.get(`${r.partnership}\n${r.toolKey}`) ?? [];
    const partnershipId = idOf.get(r.partnership) ?? '';
    let changed = false;
    const otherKind = versions.find((h) => h.kind !== r.kind);
    if (otherKind) problems.push({ field: `${ASSURANCE_TOOLS_SECTION}[${i}].kind`, message: `must be ${otherKind.kind}, the kind of ${r.toolKey} already held` });
    const inUseHere = versions.find((h) => h.status === 'in-use');
    const wantedInUse = r.versions.find((v) => v.status === 'in-use');
    r.versions.forEach((v, j) => {
      const at = `${ASSURANCE_TOOLS_SECTION}[${i}].versions[${j}]`;
      const existing = versions.find((h) => h.version === v.version);
      // The newest version published stays in use: a bundle's older one arrives (or stays) retired.
      const status = v.status === 'in-use' && inUseHere && inUseHere.version > v.version ? 'retired' : v.status;
      if (!existing) {
        const draftHere = versions.find((h) => h.status === 'draft');
        if (status === 'draft' && draftHere) problems.push({ field: `${at}.status`, message: `${r.toolKey} already has a draft here, version ${draftHere.version}: publish or discard it first` });
        inserts.push({ partnershipId, toolKey: r.toolKey, kind: r.kind, v: { ...v, status } });
        changed = true;
        return;
      }
      if (existing.content !== contentOf(r.kind, v)) {
        if (existing.status === 'draft') {
          replaced.push({ id: existing.id, partnershipId, v });
          changed = true;
        } else {
          problems.push({
            field: at,
            message: `differs from version ${v.version} of ${r.toolKey} already held, which is published and never rewritten: give the changes a new version`,
          });
        }
      }
      if (STATUS_ORDER[status] > STATUS_ORDER[existing.status]) {
        statusMoves.push({ id: existing.id, status });
        changed = true;
      }
    });
    // A version newly in use retires the older one in use here.
    if (wantedInUse && inUseHere && inUseHere.version < wantedInUse.version && !r.versions.some((v) => v.version === inUseHere.version && v.status === 'in-use')) {
      if (!statusMoves.some((s) => s.id === inUseHere.id)) statusMoves.push({ id: inUseHere.id, status: 'retired' });
      changed = true;
    }
    if (versions.length === 0) created++;
    else if (changed) updated++;
  });
  if (problems.length > 0) {
    throw new InputError(problems, `The bundle's assurance tools clash with those already held; nothing was imported. ${problems[0]?.field}: ${problems[0]?.message}`);
  }

  // Drafts' content first, while they are still drafts.
  for (const d of replaced) {
    await m.query(`DELETE FROM tool_standards WHERE tool_id = $1`, [d.id]);
    await m.query(`DELETE FROM assurance_tool_levels WHERE tool_id = $1`, [d.id]);
    await m.query(`UPDATE assurance_tools SET name = $2, description = $3, published_on = $4, updated_at = now() WHERE id = $1`, [
      d.id,
      d.v.name,
      d.v.description ?? null,
      d.v.publishedOn ?? null,
    ]);
    await insertParts(m, d.id, d.partnershipId, d.v);
  }
  // Then retire before publishing (one version in use), and add the new versions. The clock's time, not the
  // transaction's: a status moved marks the tool as changed from its default even in the import creating it.
  for (const status of ['retired', 'in-use'] as const) {
    const ids = statusMoves.filter((s) => s.status === status).map((s) => s.id);
    if (ids.length > 0) await m.query(`UPDATE assurance_tools SET status = $2, updated_at = clock_timestamp() WHERE id = ANY($1::uuid[])`, [ids, status]);
  }
  for (const n of inserts) {
    const [tool]: { id: string }[] = await m.query(
      `INSERT INTO assurance_tools (partnership_id, tool_key, name, kind, version, published_on, status, description, is_default)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [n.partnershipId, n.toolKey, n.v.name, n.kind, n.v.version, n.v.publishedOn ?? null, n.v.status, n.v.description ?? null, n.v.isDefault ?? false],
    );
    await insertParts(m, tool?.id ?? '', n.partnershipId, n.v);
  }
  return { created, updated, unchanged: records.length - created - updated };
}

async function insertParts(m: EntityManager, toolId: string, partnershipId: string, v: AssuranceToolVersionRecord): Promise<void> {
  await m.query(
    `INSERT INTO assurance_tool_levels (partnership_id, tool_id, code, label, position, met)
     SELECT $1, $2, x.code, x.label, x.ord, x.met FROM ROWS FROM (jsonb_to_recordset($3::jsonb) AS (code text, label text, met boolean)) WITH ORDINALITY AS x(code, label, met, ord)`,
    [partnershipId, toolId, JSON.stringify(v.levels)],
  );
  if (v.standards.length === 0) return;
  await m.query(
    `INSERT INTO tool_standards (partnership_id, tool_id, code, title, description, position, group_name)
     SELECT $1, $2, x.code, x.title, x.description, x.ord, x."group" FROM ROWS FROM (jsonb_to_recordset($3::jsonb) AS (code text, title text, description text, "group" text)) WITH ORDINALITY AS x(code, title, description, "group", ord)`,
    [partnershipId, toolId, JSON.stringify(v.standards)],
  );
}

/**
 * Points each audit the bundle lists under a version at that version, and its assessments at the
 * standards of the same codes in it. Run after the audits are written and before their assessments,
 * so new assessments find their standards in the right version.
 */
export async function linkAuditTools(m: EntityManager, records: readonly AssuranceToolRecord[]): Promise<void> {
  const links = records.flatMap((r, i) =>
    r.versions.flatMap((v, j) => (v.audits ?? []).map((audit, k) => ({ partnership: r.partnership, toolKey: r.toolKey, version: v.version, audit, at: `${ASSURANCE_TOOLS_SECTION}[${i}].versions[${j}].audits[${k}]` }))),
  );
  if (links.length === 0) return;
  const found: { at: string; auditId: string | null; toolId: string | null; missing: string[] | null }[] = await m.query(
    `SELECT x.at, a.id AS "auditId", t.id AS "toolId",
       (SELECT array_agg(DISTINCT s.standard ORDER BY s.standard) FROM section11_assessments s
        WHERE s.audit_id = a.id AND NOT EXISTS (SELECT 1 FROM tool_standards ts WHERE ts.tool_id = t.id AND ts.code = s.standard)) AS missing
     FROM jsonb_to_recordset($1::jsonb) AS x(partnership text, "toolKey" text, version int, audit text, at text)
     JOIN partnerships p ON p.ref = x.partnership
     LEFT JOIN audits a ON a.partnership_id = p.id AND a.ref = x.audit
     LEFT JOIN assurance_tools t ON t.partnership_id = p.id AND t.tool_key = x."toolKey" AND t.version = x.version`,
    [JSON.stringify(links)],
  );
  const problems: FieldProblem[] = [];
  for (const f of found) {
    if (!f.auditId) problems.push({ field: f.at, message: 'is neither an audit in the bundle nor one in the database' });
    else if (f.missing?.length) problems.push({ field: f.at, message: `has assessments of standards this version lacks: ${f.missing.join(', ')}` });
  }
  if (problems.length > 0) throw new InputError(problems, `The bundle's assurance tools name audits they cannot hold; nothing was imported. ${problems[0]?.field}: ${problems[0]?.message}`);
  const pairs = found.map((f) => ({ auditId: f.auditId, toolId: f.toolId }));
  await m.query(
    `UPDATE audits a SET tool_id = x."toolId" FROM jsonb_to_recordset($1::jsonb) AS x("auditId" uuid, "toolId" uuid)
     WHERE a.id = x."auditId" AND a.tool_id IS DISTINCT FROM x."toolId"`,
    [JSON.stringify(pairs)],
  );
  await m.query(
    `UPDATE section11_assessments s SET tool_standard_id = ts.id
     FROM jsonb_to_recordset($1::jsonb) AS x("auditId" uuid, "toolId" uuid), tool_standards ts
     WHERE s.audit_id = x."auditId" AND ts.tool_id = x."toolId" AND ts.code = s.standard AND s.tool_standard_id <> ts.id`,
    [JSON.stringify(pairs)],
  );
}

/**
 * Every version of each tool of the partnerships (`$1` refs, or null for all), one record per tool,
 * with the refs of the audits assessed on each version. A tool that is only the shipped default as
 * installed (no version of the partnership's own, no status changed since) is left out: every
 * partnership gets the defaults when created, so the bundle need not repeat them.
 */
export const ASSURANCE_TOOLS_EXPORT_SQL = `
  SELECT p.ref AS partnership, t.tool_key AS "toolKey", min(t.kind) AS kind,
    json_agg(json_strip_nulls(json_build_object(
      'version', t.version, 'name', t.name, 'status', t.status, 'publishedOn', to_char(t.published_on, 'YYYY-MM-DD'),
      'description', t.description, 'isDefault', CASE WHEN t.is_default THEN true END,
      'levels', (SELECT coalesce(json_agg(json_build_object('code', l.code, 'label', l.label, 'met', l.met) ORDER BY l.position), '[]')
                 FROM assurance_tool_levels l WHERE l.tool_id = t.id),
      'standards', (SELECT coalesce(json_agg(json_build_object('code', s.code, 'title', s.title, 'description', s.description, 'group', s.group_name) ORDER BY s.position), '[]')
                    FROM tool_standards s WHERE s.tool_id = t.id),
      'audits', (SELECT json_agg(a.ref ORDER BY a.ref COLLATE "C") FROM audits a WHERE a.tool_id = t.id)
    )) ORDER BY t.version) AS versions
  FROM assurance_tools t JOIN partnerships p ON p.id = t.partnership_id
  WHERE ($1::text[] IS NULL OR p.ref = ANY($1::text[]))
  GROUP BY p.ref, t.tool_key
  HAVING bool_or(NOT t.is_default OR t.updated_at > t.created_at)
  ORDER BY p.ref COLLATE "C", t.tool_key COLLATE "C"`;
