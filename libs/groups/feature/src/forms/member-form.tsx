import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { termProblems, type MemberRoleValue } from '@sli/groups-domain';
import { useFilters, useKeptValues, usePartnershipChoices, type MemberRole } from '@sli/shared/data-access';
import {
  CheckAnswers,
  Combobox,
  DateInput,
  ErrorSummary,
  Field,
  KeptNotice,
  PageHeader,
  QueryState,
  Radios,
  formatDate,
  isoToKept,
  parseKeptDate,
  sentence,
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useAddMember, useGroup, usePartnershipUsers, useUpdateMember, type GroupDetail } from '../api/groups';
import { ROLE_LABELS } from '../lib/labels';

type Member = GroupDetail['members'][number];

const LABELS = { who: 'Who', userId: 'User', name: 'Name', agencyId: 'Agency', role: 'Role', fromOn: 'From', toOn: 'To' };
type F = keyof typeof LABELS;

const roleValue = (r: MemberRole) => r.toLowerCase().replace(/_/g, '-') as MemberRoleValue;

/** Adds a member's term to a group (then "check your answers"), or changes or ends one. */
function MemberForm({ group, member }: { group: GroupDetail; member?: Member }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const agencies = usePartnershipChoices(group.partnershipId).data?.agencies ?? [];
  const users = usePartnershipUsers(group.partnershipId, true).data ?? [];
  const form = useKeptValues(`group-member:${member?.id ?? `new:${group.id}`}`, {
    who: member ? (member.userId ? 'user' : 'named') : '',
    userId: member?.userId ?? '',
    name: member?.name ?? '',
    agencyId: member?.agency?.id ?? '',
    role: (member?.role ?? '') as string,
    fromOn: isoToKept(member?.fromOn),
    toOn: isoToKept(member?.toOn),
  });
  const v = form.values;
  const add = useAddMember();
  const update = useUpdateMember(member?.id ?? '');
  const save = member ? update : add;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'member', { local });
  const step = useCheckStep();
  const back = { pathname: `/groups/${group.id}`, search, hash: 'group-members' };
  const fromOn = parseKeptDate(v.fromOn, LABELS.fromOn);
  const toOn = parseKeptDate(v.toOn, LABELS.toOn);
  const role = (v.role || null) as MemberRole | null;
  const named = v.who === 'named';
  const userName = users.find((u) => u.value === v.userId)?.label ?? '';
  const agencyName = agencies.find((a) => a.value === v.agencyId)?.label ?? '';

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.who) p.who = 'Select a user or someone without an account';
    if (v.who === 'user' && !v.userId) p.userId = 'Choose the user';
    if (named && !v.name.trim()) p.name = 'Enter their name';
    if (named && !v.agencyId) p.agencyId = 'Choose their agency';
    if (!role) p.role = 'Select the role';
    if (fromOn.problem) p.fromOn = fromOn.problem;
    else if (!fromOn.value) p.fromOn = 'Enter the day the role starts';
    if (toOn.problem) p.toOn = toOn.problem;
    if (role && fromOn.value) {
      // The API's own rule (one chair at a time, an end after the start), so the words are the same.
      const others = group.members.map((m) => ({ id: m.id, role: roleValue(m.role), fromOn: m.fromOn, toOn: m.toOn }));
      for (const r of termProblems({ id: member?.id, role: roleValue(role), fromOn: fromOn.value, toOn: toOn.value ?? null }, others)) p[r.field as F] ??= sentence(LABELS[r.field as F], r.message);
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (member) send();
    else step.check();
  }

  function send() {
    if (!role || !fromOn.value) return;
    const fields = {
      userId: named ? null : v.userId,
      name: named ? v.name.trim() : null,
      agencyId: named ? v.agencyId : null,
      role,
      fromOn: fromOn.value,
      toOn: toOn.value ?? null,
    };
    const done = (verb: string) => navigate(back, { state: { flash: `${named ? fields.name : userName}: ${ROLE_LABELS[role].toLowerCase()} ${verb}.` } });
    if (member) update.mutate(fields, { onError: step.back, onSuccess: () => done('saved') });
    else add.mutate({ ...fields, groupId: group.id }, { onError: step.back, onSuccess: () => done('added') });
  }

  if (step.checking && role && fromOn.value) {
    return (
      <CheckAnswers
        title="Check your answers before adding the member"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          named ? { key: LABELS.name, field: 'name', value: `${v.name.trim()} (${agencyName})` } : { key: LABELS.userId, field: 'userId', value: userName },
          { key: LABELS.role, field: 'role', value: ROLE_LABELS[role] },
          { key: LABELS.fromOn, field: 'fromOn', value: formatDate(fromOn.value) },
          { key: LABELS.toOn, field: 'toOn', value: toOn.value ? formatDate(toOn.value) : 'Current' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the member'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the member" /> : null}
      <ErrorSummary items={problems.summary} title={member ? 'The term was not saved' : 'The member was not added'} />
      <Radios
        id={problems.id('who')}
        name="member-who"
        legend={LABELS.who}
        error={problems.error('who')}
        options={[
          { value: 'user', label: 'A user of the partnership', hint: 'Someone who signs in here: they can be sent the committee pack.' },
          { value: 'named', label: 'Someone without an account', hint: 'By name and agency.' },
        ]}
        value={v.who}
        onChange={(x) => form.setValue('who', x)}
      />
      {v.who === 'user' ? (
        <Field id={problems.id('userId')} label={LABELS.userId} hint="Start typing their name, then choose it from the list." error={problems.error('userId')}>
          {(control) => <Combobox control={control} noun="users" options={users} value={v.userId} onChange={(x) => form.setValue('userId', x)} />}
        </Field>
      ) : null}
      {named ? (
        <>
          <Field id={problems.id('name')} label={LABELS.name} error={problems.error('name')}>
            {(control) => <input {...control} value={v.name} onChange={(e) => form.setValue('name', e.target.value)} />}
          </Field>
          <Field id={problems.id('agencyId')} label={LABELS.agencyId} hint="Start typing the agency, then choose it from the list." error={problems.error('agencyId')}>
            {(control) => <Combobox control={control} noun="agencies" options={agencies} value={v.agencyId} onChange={(x) => form.setValue('agencyId', x)} />}
          </Field>
        </>
      ) : null}
      <Radios
        id={problems.id('role')}
        name="member-role"
        legend={LABELS.role}
        hint="One chair and one vice-chair at a time: a new chair's term starts after the last one ends."
        error={problems.error('role')}
        options={(Object.keys(ROLE_LABELS) as MemberRole[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        value={v.role}
        onChange={(x) => form.setValue('role', x)}
      />
      <DateInput
        id={problems.id('fromOn')}
        legend={LABELS.fromOn}
        hint="The first day in the role. For example 1 4 2026."
        error={problems.error('fromOn')}
        errorParts={local.fromOn ? fromOn.parts : undefined}
        value={v.fromOn}
        onChange={(x) => form.setValue('fromOn', x)}
      />
      <DateInput
        id={problems.id('toOn')}
        legend={`${LABELS.toOn} (optional)`}
        hint="The last day in the role; leave empty while it runs."
        error={problems.error('toOn')}
        errorParts={local.toOn ? toOn.parts : undefined}
        value={v.toOn}
        onChange={(x) => form.setValue('toOn', x)}
      />
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {member ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/groups/:id/members/new` and `/groups/:id/members/:memberId/edit`. */
export function MemberFormPage() {
  const { id = '', memberId } = useParams();
  const query = useGroup(id);
  const group = query.data?.group;
  const member = memberId ? group?.members.find((m) => m.id === memberId) : undefined;
  const missing = !query.isLoading && (!group || (memberId && !member));
  return (
    <>
      <PageHeader title={member ? `Change the term of ${member.displayName}` : 'Add a member'} lead={group ? `Of ${group.name}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such group or member, or you may not see it.">
        {group && (!memberId || member) ? <MemberForm group={group} member={member} /> : null}
      </QueryState>
    </>
  );
}
