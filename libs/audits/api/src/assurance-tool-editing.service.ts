import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { codeFrom, toolDraftProblems, type DraftLevel, type DraftStandard } from '@sli/audits-domain';
import { PartnershipsService } from '@sli/partnerships-api';
import { InputError, inputErrorFromDatabase, NotFoundError } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AssuranceToolEntity, ToolLevelEntity, ToolStandardEntity } from './assurance-tool.entity';
import { AssuranceToolStatus } from './assurance-tool.enums';
import type { CreateAssuranceToolInput, UpdateAssuranceToolDraftInput } from './dto/assurance-tool.input';

/** The scale a brand new tool starts with: red, amber, green, worst first; only green counts as met. */
const STARTING_SCALE: DraftLevel[] = [
  { code: 'red', label: 'Red (not met)', met: false },
  { code: 'amber', label: 'Amber (partly met)', met: false },
  { code: 'green', label: 'Green (met)', met: true },
];

const STATUS_WORDS: Record<AssuranceToolStatus, string> = {
  [AssuranceToolStatus.DRAFT]: 'a draft',
  [AssuranceToolStatus.IN_USE]: 'published (in use)',
  [AssuranceToolStatus.RETIRED]: 'retired',
};

/**
 * Writing a partnership's assurance tools (issue 10). Only a draft changes; a published version is
 * fixed, because audit rounds and their assessments refer to its standards (the database refuses
 * changes to it too, migration 1730000003700). Editing a published tool means drafting its next
 * version. Publishing a draft retires the version in use before it, so one version of each tool is
 * offered for new rounds and past rounds keep the version they used. Every change is one
 * transaction; the change history comes from the tables' row triggers.
 */
@Injectable()
export class AssuranceToolEditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
  ) {}

  /** A brand new tool: version 1, a draft, with no standards yet and the red/amber/green scale. */
  async createTool(input: CreateAssuranceToolInput): Promise<AssuranceToolEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    const problems = toolDraftProblems({ name: input.name, description: input.description, standards: [], levels: STARTING_SCALE });
    if (problems.length > 0) throw new InputError(problems);
    return this.write(async (m) => {
      const keys: { tool_key: string }[] = await m.query(`SELECT DISTINCT tool_key FROM assurance_tools WHERE partnership_id = $1`, [input.partnershipId]);
      const taken = new Set(keys.map((k) => k.tool_key));
      const base = codeFrom(input.name) || 'tool';
      let toolKey = base;
      for (let n = 2; taken.has(toolKey); n++) toolKey = `${base}-${n}`;
      const tool = await m.save(
        m.create(AssuranceToolEntity, {
          partnershipId: input.partnershipId,
          toolKey,
          name: input.name.trim(),
          kind: input.kind,
          version: 1,
          publishedOn: null,
          status: AssuranceToolStatus.DRAFT,
          description: input.description?.trim() || null,
          isDefault: false,
        }),
      );
      await replaceLevels(m, tool, STARTING_SCALE);
      return tool;
    });
  }

  /**
   * The next version of a tool, as a draft copied from the version given (usually the one in use):
   * name, description, standards with their codes, and scale. One draft per tool at a time.
   */
  async draftVersion(fromId: string): Promise<AssuranceToolEntity> {
    return this.write(async (m) => {
      const from = await m.findOneBy(AssuranceToolEntity, { id: fromId });
      if (!from) throw new NotFoundError('AssuranceTool', fromId);
      const versions = await m.find(AssuranceToolEntity, {
        where: { partnershipId: from.partnershipId, toolKey: from.toolKey },
        order: { version: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      const draft = versions.find((v) => v.status === AssuranceToolStatus.DRAFT);
      if (draft) {
        throw new InputError([{ field: 'fromId', message: `${from.name} already has a draft, version ${draft.version}: edit or discard that draft first` }]);
      }
      const tool = await m.save(
        m.create(AssuranceToolEntity, {
          partnershipId: from.partnershipId,
          toolKey: from.toolKey,
          name: from.name,
          kind: from.kind,
          version: (versions[0]?.version ?? from.version) + 1,
          publishedOn: null,
          status: AssuranceToolStatus.DRAFT,
          description: from.description,
          isDefault: false,
        }),
      );
      const standards = await m.find(ToolStandardEntity, { where: { toolId: from.id }, order: { position: 'ASC' } });
      const levels = await m.find(ToolLevelEntity, { where: { toolId: from.id }, order: { position: 'ASC' } });
      await replaceStandards(m, tool, standards);
      await replaceLevels(m, tool, levels);
      return tool;
    });
  }

  /** Changes a draft: its name, description, and (each given whole, in order) its standards and scale. */
  async updateDraft(id: string, input: UpdateAssuranceToolDraftInput): Promise<AssuranceToolEntity> {
    return this.write(async (m) => {
      const tool = await this.draftFor(m, id, 'changed');
      const standards = input.standards ?? (await m.find(ToolStandardEntity, { where: { toolId: id }, order: { position: 'ASC' } }));
      const levels = input.levels ?? (await m.find(ToolLevelEntity, { where: { toolId: id }, order: { position: 'ASC' } }));
      const name = input.name ?? tool.name;
      const description = input.description === undefined ? tool.description : input.description;
      const problems = toolDraftProblems({ name, description, standards, levels });
      if (problems.length > 0) throw new InputError(problems);
      tool.name = name.trim();
      tool.description = description?.trim() || null;
      tool.updatedAt = new Date();
      await m.save(tool);
      if (input.standards) await replaceStandards(m, tool, input.standards);
      if (input.levels) await replaceLevels(m, tool, input.levels);
      return tool;
    });
  }

  /**
   * Publishes a draft: it becomes the version offered for new rounds, from today, and the version in
   * use before it is retired (its rounds keep it). Refused when the draft could not be assessed on.
   */
  async publish(id: string): Promise<AssuranceToolEntity> {
    return this.write(async (m) => {
      const tool = await this.draftFor(m, id, 'published');
      const standards = await m.find(ToolStandardEntity, { where: { toolId: id }, order: { position: 'ASC' } });
      const levels = await m.find(ToolLevelEntity, { where: { toolId: id }, order: { position: 'ASC' } });
      const problems = toolDraftProblems({ name: tool.name, description: tool.description, standards, levels }, { publishing: true });
      if (problems.length > 0) throw new InputError(problems);
      await m.update(
        AssuranceToolEntity,
        { partnershipId: tool.partnershipId, toolKey: tool.toolKey, status: AssuranceToolStatus.IN_USE },
        { status: AssuranceToolStatus.RETIRED, updatedAt: new Date() },
      );
      tool.status = AssuranceToolStatus.IN_USE;
      tool.publishedOn = todayInEngland();
      tool.updatedAt = new Date();
      return m.save(tool);
    });
  }

  /** Retires the version in use: no longer offered for new rounds; rounds that used it keep it. */
  async retire(id: string): Promise<AssuranceToolEntity> {
    return this.write(async (m) => {
      const tool = await m.findOne(AssuranceToolEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!tool) throw new NotFoundError('AssuranceTool', id);
      if (tool.status !== AssuranceToolStatus.IN_USE) {
        const hint = tool.status === AssuranceToolStatus.DRAFT ? 'discard the draft instead' : 'it is already retired';
        throw new InputError([{ field: 'status', message: `is ${STATUS_WORDS[tool.status]}: only the version in use can be retired (${hint})` }]);
      }
      tool.status = AssuranceToolStatus.RETIRED;
      tool.updatedAt = new Date();
      return m.save(tool);
    });
  }

  /** Deletes a draft with its standards and scale (no round can use a draft). Returns it as it was. */
  async discardDraft(id: string): Promise<AssuranceToolEntity> {
    return this.write(async (m) => {
      const tool = await this.draftFor(m, id, 'discarded');
      await m.delete(ToolStandardEntity, { toolId: id });
      await m.delete(ToolLevelEntity, { toolId: id });
      await m.delete(AssuranceToolEntity, { id });
      return { ...tool };
    });
  }

  /** The tool, locked, if it is a draft; otherwise an error saying why it cannot change. */
  private async draftFor(m: EntityManager, id: string, verb: string): Promise<AssuranceToolEntity> {
    const tool = await m.findOne(AssuranceToolEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!tool) throw new NotFoundError('AssuranceTool', id);
    if (tool.status !== AssuranceToolStatus.DRAFT) {
      throw new InputError([
        {
          field: 'status',
          message: `is ${STATUS_WORDS[tool.status]}: only a draft can be ${verb}. Audit rounds refer to version ${tool.version} as it was published; draft a new version to change it`,
        },
      ]);
    }
    return tool;
  }

  /** One transaction; a constraint the checks did not foresee (two drafts at once) still names its field. */
  private async write<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw inputErrorFromDatabase(error) ?? error;
    }
  }
}

async function replaceStandards(m: EntityManager, tool: AssuranceToolEntity, standards: readonly DraftStandard[]): Promise<void> {
  await m.delete(ToolStandardEntity, { toolId: tool.id });
  if (standards.length === 0) return;
  await m.insert(
    ToolStandardEntity,
    standards.map((s, i) => ({
      partnershipId: tool.partnershipId,
      toolId: tool.id,
      code: s.code.trim(),
      title: s.title.trim(),
      description: s.description?.trim() || null,
      groupName: s.groupName?.trim() || null,
      position: i + 1,
    })),
  );
}

async function replaceLevels(m: EntityManager, tool: AssuranceToolEntity, levels: readonly DraftLevel[]): Promise<void> {
  await m.delete(ToolLevelEntity, { toolId: tool.id });
  if (levels.length === 0) return;
  await m.insert(
    ToolLevelEntity,
    levels.map((l, i) => ({ partnershipId: tool.partnershipId, toolId: tool.id, code: l.code, label: l.label.trim(), met: l.met, position: i + 1 })),
  );
}
