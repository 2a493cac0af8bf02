import type { ActionStatus, Bundle, ReviewRecord } from '@sli/exchange-domain';
import { DEFAULT_THEME_CODES } from './themes';

/**
 * Checks a bundle against every rule the database enforces (the CHECK, UNIQUE and foreign-key
 * constraints of apps/api/src/database/migrations) and the consistency the generator promises:
 * every reference resolves within its partnership, nothing happens after `generatedAt`, statuses
 * agree with dates, action histories agree with statuses. Returns the problems, one line each.
 */
export function checkBundle(bundle: Bundle): string[] {
  const problems: string[] = [];
  const asOf = bundle.generatedAt?.slice(0, 10) ?? '9999-12-31';
  const fail = (where: string, rec: { partnership?: string; ref?: string }, message: string) =>
    problems.push(`${where} ${rec.partnership ?? ''}/${rec.ref ?? ''}: ${message}`);

  /** refs per partnership per section, checking the owner exists and refs are unique. */
  const partnerships = new Set<string>();
  for (const p of bundle.partnerships) {
    if (partnerships.has(p.ref)) fail('partnerships', p, 'duplicate ref');
    partnerships.add(p.ref);
    if (!inRange(p.name.length, 1, 200)) fail('partnerships', p, 'name length');
    if (!['children', 'adults', 'community-safety', 'joint'].includes(p.kind)) fail('partnerships', p, `kind ${p.kind}`);
    if (p.suppressionThreshold !== undefined && !inRange(p.suppressionThreshold, 0, 20)) fail('partnerships', p, 'suppressionThreshold');
    if (p.followUpWeeks !== undefined && !inRange(p.followUpWeeks, 1, 52)) fail('partnerships', p, 'followUpWeeks');
  }
  const index = <T extends { partnership: string; ref: string }>(where: string, records: readonly T[] = []) => {
    const byKey = new Map<string, T>();
    for (const r of records) {
      if (!partnerships.has(r.partnership)) fail(where, r, 'unknown partnership');
      const key = `${r.partnership}\u0000${r.ref}`;
      if (byKey.has(key)) fail(where, r, 'duplicate ref');
      if (!r.ref) fail(where, r, 'empty ref');
      byKey.set(key, r);
    }
    return (partnership: string, ref: string | null | undefined) => (ref ? byKey.get(`${partnership}\u0000${ref}`) : undefined);
  };

  const agency = index('agencies', bundle.agencies);
  const ownThemes = new Set<string>();
  for (const t of bundle.themes ?? []) {
    const rec = { partnership: t.partnership, ref: t.code };
    if (!partnerships.has(t.partnership)) fail('themes', rec, 'unknown partnership');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.code)) fail('themes', rec, 'code format');
    if (DEFAULT_THEME_CODES.includes(t.code)) fail('themes', rec, 'clashes with a default theme');
    if (ownThemes.has(`${t.partnership}\u0000${t.code}`)) fail('themes', rec, 'duplicate code');
    ownThemes.add(`${t.partnership}\u0000${t.code}`);
  }
  const notification = index('notifications', bundle.notifications);
  const review = index('reviews', bundle.reviews);
  const audit = index('audits', bundle.audits);
  const finding = index('findings', bundle.findings);
  const recommendation = index('recommendations', bundle.recommendations);
  const course = index('trainingCourses', bundle.trainingCourses);
  const session = index('trainingSessions', bundle.trainingSessions);
  const action = index('actions', bundle.actions);
  const result = index('obaResults', bundle.obaResults);
  const strategy = index('obaStrategies', bundle.obaStrategies);
  const others: [string, readonly { partnership: string; ref: string }[] | undefined][] = [
    ['informationRequests', bundle.informationRequests], ['auditCases', bundle.auditCases], ['section11Assessments', bundle.section11Assessments],
    ['attendances', bundle.attendances], ['learningProducts', bundle.learningProducts], ['measures', bundle.measures],
  ];
  for (const [where, records] of others) index(where, records);

  const themesOk = (where: string, rec: { partnership: string; ref: string }, codes: readonly string[] | undefined) => {
    if (new Set(codes).size !== (codes ?? []).length) fail(where, rec, 'duplicate theme');
    for (const c of codes ?? []) if (!DEFAULT_THEME_CODES.includes(c) && !ownThemes.has(`${rec.partnership}\u0000${c}`)) fail(where, rec, `unknown theme ${c}`);
  };
  const agenciesOk = (where: string, rec: { partnership: string; ref: string }, refs: readonly string[] | undefined) => {
    if (new Set(refs).size !== (refs ?? []).length) fail(where, rec, 'duplicate agency');
    for (const a of refs ?? []) if (!agency(rec.partnership, a)) fail(where, rec, `unknown agency ${a}`);
  };
  const dateOk = (where: string, rec: { partnership: string; ref: string }, name: string, value: string | null | undefined, past = true) => {
    if (value === null || value === undefined) return;
    if (!isDate(value)) fail(where, rec, `${name} is not a date: ${value}`);
    else if (past && value > asOf) fail(where, rec, `${name} ${value} is after the generation date`);
  };

  for (const a of bundle.agencies ?? []) if (!inRange(a.name.length, 1, 200)) fail('agencies', a, 'name length');

  const rapidReviewFor = new Set<string>();
  for (const r of bundle.reviews ?? []) if (r.type === 'rapid-review' && r.notification) rapidReviewFor.add(`${r.partnership}\u0000${r.notification}`);
  for (const n of bundle.notifications ?? []) {
    dateOk('notifications', n, 'dateAware', n.dateAware);
    dateOk('notifications', n, 'dateNotified', n.dateNotified);
    if (n.dateNotified && n.dateNotified < n.dateAware) fail('notifications', n, 'notified before aware');
    if (n.decision === 'rapid-review' && !rapidReviewFor.has(`${n.partnership}\u0000${n.ref}`)) fail('notifications', n, 'decision rapid-review without a rapid review');
    themesOk('notifications', n, n.themes);
  }

  for (const r of bundle.reviews ?? []) checkReview(r);
  function checkReview(r: ReviewRecord) {
    const f = (m: string) => fail('reviews', r, m);
    if (!inRange(r.title.length, 1, 300)) f('title length');
    if (r.notification && !notification(r.partnership, r.notification)) f('unknown notification');
    const source = review(r.partnership, r.sourceReview);
    if (r.sourceReview && (!source || r.sourceReview === r.ref)) f('unknown source review');
    for (const name of ['initiatedOn', 'termsAgreedOn', 'completedOn', 'publishedOn', 'infoRequestedOn', 'meetingOn', 'sentToPanelOn'] as const) {
      dateOk('reviews', r, name, r[name]);
    }
    if (r.completedOn && r.completedOn < r.initiatedOn) f('completed before initiated');
    if (r.publishedOn && (!r.completedOn || r.publishedOn < r.completedOn)) f('published before completed');
    if (r.status === 'closed-unpublished' && !r.unpublishedReason) f('closed unpublished without a reason');
    const finished = r.status === 'completed' || r.status === 'published' || r.status === 'closed-unpublished';
    if (finished !== !!r.completedOn) f(`status ${r.status} disagrees with completedOn`);
    if ((r.status === 'published') !== !!r.publishedOn) f(`status ${r.status} disagrees with publishedOn`);
    if (r.termsAgreedOn && (r.termsAgreedOn < r.initiatedOn || (r.completedOn && r.termsAgreedOn > r.completedOn))) f('terms agreed out of order');
    if (r.practitionersInvolved !== null && r.practitionersInvolved !== undefined && r.practitionersInvolved < 0) f('negative practitioners');
    const rapid = [r.infoRequestedOn, r.meetingOn, r.sentToPanelOn, r.rapidReviewOutcome, r.nationalReviewRecommended];
    if (r.type !== 'rapid-review' && rapid.some((v) => v !== null && v !== undefined)) f('rapid-review fields on another type');
    if (r.type === 'rapid-review') {
      const steps = [r.initiatedOn, r.infoRequestedOn, r.meetingOn, r.sentToPanelOn].filter((d): d is string => !!d);
      if (steps.some((d, i) => i > 0 && d < steps[i - 1])) f('rapid review milestones out of order');
      if (!!r.sentToPanelOn !== !!r.rapidReviewOutcome || !!r.sentToPanelOn !== (r.nationalReviewRecommended != null)) f('outcome without sending to the Panel');
      if (r.sentToPanelOn && r.sentToPanelOn !== r.completedOn) f('a rapid review completes when sent to the Panel');
    }
    if (source && (source.type !== 'rapid-review' || !source.sentToPanelOn || r.initiatedOn < source.sentToPanelOn)) f('follow-on review before its rapid review finished');
    agenciesOk('reviews', r, r.agencies);
    themesOk('reviews', r, r.themes);
    // A realistic history: from proposed on initiatedOn, in order, by the generation date, ending in the status.
    const history = r.statusHistory ?? [];
    if (history[0]?.status !== 'proposed' || history[0]?.changedOn !== r.initiatedOn) f('status history does not start proposed on initiatedOn');
    history.forEach((c, i) => {
      if (c.changedOn > asOf) f(`status change ${i} after the generation date`);
      if (i > 0 && c.changedOn < history[i - 1].changedOn) f(`status change ${i} before the one before`);
      if (i > 0 && Date.parse(c.recordedAt) <= Date.parse(history[i - 1].recordedAt)) f(`status change ${i} recorded before the one before`);
    });
    if (history[history.length - 1]?.status !== r.status) f(`status history does not end in the status ${r.status}`);
    const completedChange = history.find((c) => c.status === 'completed');
    if (r.completedOn && completedChange?.changedOn !== r.completedOn) f('completed change disagrees with completedOn');
  }

  for (const q of bundle.informationRequests ?? []) {
    const r = review(q.partnership, q.review);
    if (!r) fail('informationRequests', q, 'unknown review');
    if (!agency(q.partnership, q.agency)) fail('informationRequests', q, 'unknown agency');
    for (const name of ['sentOn', 'remindedOn', 'returnedOn'] as const) dateOk('informationRequests', q, name, q[name]);
    dateOk('informationRequests', q, 'dueOn', q.dueOn, false);
    if (q.dueOn < q.sentOn) fail('informationRequests', q, 'due before sent');
    if (q.returnedOn && q.returnedOn < q.sentOn) fail('informationRequests', q, 'returned before sent');
    if (q.remindedOn && q.remindedOn < q.sentOn) fail('informationRequests', q, 'reminded before sent');
    if (r && (q.kind === 'rapid-review-information') !== (r.type === 'rapid-review')) fail('informationRequests', q, `kind ${q.kind} on a ${r.type}`);
    if (r?.completedOn && (!q.returnedOn || q.returnedOn > r.completedOn)) fail('informationRequests', q, 'outstanding after the review finished');
  }

  for (const a of bundle.audits ?? []) {
    if (!inRange(a.title.length, 1, 300)) fail('audits', a, 'title length');
    if (a.leadAgency && !agency(a.partnership, a.leadAgency)) fail('audits', a, 'unknown lead agency');
    dateOk('audits', a, 'startedOn', a.startedOn);
    dateOk('audits', a, 'completedOn', a.completedOn);
    if (a.completedOn && a.completedOn < a.startedOn) fail('audits', a, 'completed before started');
    agenciesOk('audits', a, a.agencies);
    themesOk('audits', a, a.themes);
    const invited = new Set<string>();
    for (const r of a.agencyReturns ?? []) {
      if (!agency(a.partnership, r.agency)) fail('audits', a, `agency return of unknown agency ${r.agency}`);
      if (invited.has(r.agency)) fail('audits', a, `agency ${r.agency} invited twice`);
      invited.add(r.agency);
      dateOk('audits', a, 'agencyReturns.sentOn', r.sentOn);
      dateOk('audits', a, 'agencyReturns.returnedOn', r.returnedOn);
      if (r.dueOn < r.sentOn) fail('audits', a, `return of ${r.agency} due before it was sent`);
      if (r.returnedOn && r.returnedOn < r.sentOn) fail('audits', a, `return of ${r.agency} returned before it was sent`);
      if (!r.returnedOn !== !r.submittedBy) fail('audits', a, `return of ${r.agency}: returnedOn and submittedBy go together`);
    }
  }
  for (const c of bundle.auditCases ?? []) {
    if (audit(c.partnership, c.audit)?.type !== 'multi-agency-case') fail('auditCases', c, 'not on a case audit');
    const domains = (c.domainGrades ?? []).map((d) => `${d.domain}\u0000${d.agency ?? ''}`);
    if (new Set(domains).size !== domains.length) fail('auditCases', c, 'duplicate domain and agency');
    for (const d of c.domainGrades ?? []) if (d.agency && !agency(c.partnership, d.agency)) fail('auditCases', c, 'unknown grading agency');
  }
  const s11 = new Set<string>();
  for (const s of bundle.section11Assessments ?? []) {
    if (audit(s.partnership, s.audit)?.type !== 'section-11') fail('section11Assessments', s, 'not on a Section 11 audit');
    if (!agency(s.partnership, s.agency)) fail('section11Assessments', s, 'unknown agency');
    const key = `${s.partnership}\u0000${s.audit}\u0000${s.agency}\u0000${s.standard}`;
    if (s11.has(key)) fail('section11Assessments', s, 'duplicate audit, agency and standard');
    s11.add(key);
    if (s.moderationNote && (!s.moderatedRating || s.moderatedRating === s.selfRating)) fail('section11Assessments', s, 'moderation note without a change');
  }

  const sourceOk = (where: string, rec: { partnership: string; ref: string; review?: string | null; audit?: string | null }) => {
    if (!!rec.review === !!rec.audit) fail(where, rec, 'needs exactly one of review and audit');
    if (rec.review && !review(rec.partnership, rec.review)) fail(where, rec, 'unknown review');
    if (rec.audit && !audit(rec.partnership, rec.audit)) fail(where, rec, 'unknown audit');
  };
  const sameSource = (a: { review?: string | null; audit?: string | null }, b: { review?: string | null; audit?: string | null }) =>
    (a.review ?? null) === (b.review ?? null) && (a.audit ?? null) === (b.audit ?? null);
  for (const f of bundle.findings ?? []) {
    sourceOk('findings', f);
    if (!inRange(f.text.length, 1, 4000)) fail('findings', f, 'text length');
    themesOk('findings', f, f.themes);
  }
  for (const r of bundle.recommendations ?? []) {
    sourceOk('recommendations', r);
    const parent = finding(r.partnership, r.finding);
    if (r.finding && (!parent || !sameSource(parent, r))) fail('recommendations', r, 'finding missing or from another source');
    if (!inRange(r.text.length, 1, 4000)) fail('recommendations', r, 'text length');
  }
  for (const a of bundle.actions ?? []) {
    const f = (m: string) => fail('actions', a, m);
    sourceOk('actions', a);
    const parent = recommendation(a.partnership, a.recommendation);
    if (a.recommendation && (!parent || !sameSource(parent, a))) f('recommendation missing or from another source');
    if (!agency(a.partnership, a.ownerAgency)) f('unknown owner agency');
    if (!inRange(a.title.length, 1, 1000)) f('title length');
    dateOk('actions', a, 'dueOn', a.dueOn, false);
    dateOk('actions', a, 'completedOn', a.completedOn);
    dateOk('actions', a, 'signedOffOn', a.signedOffOn);
    const done = a.status === 'completed' || a.status === 'impact-evidenced';
    if (done !== !!a.completedOn) f(`status ${a.status} disagrees with completedOn`);
    if ((a.status === 'cancelled') !== !!a.cancelledOn) f(`status ${a.status} disagrees with cancelledOn`);
    if (a.status === 'impact-evidenced' && !a.impactEvidence) f('impact evidenced without evidence');
    if (a.signedOffOn && (!a.completedOn || a.signedOffOn < a.completedOn)) f('signed off before completion');
    themesOk('actions', a, a.themes);
    const updates = a.updates ?? [];
    let previous: ActionStatus | null = null;
    updates.forEach((u, i) => {
      if (Number.isNaN(Date.parse(u.changedAt))) f(`update ${i} changedAt is not a timestamp`);
      if (i > 0 && Date.parse(u.changedAt) <= Date.parse(updates[i - 1].changedAt)) f(`update ${i} not after the one before`);
      if (u.changedAt.slice(0, 10) > asOf) f(`update ${i} after the generation date`);
      if ((u.fromStatus ?? null) !== previous) f(`update ${i} fromStatus ${u.fromStatus} after ${previous}`);
      if (!u.changedBy) f(`update ${i} without changedBy`);
      previous = u.toStatus;
    });
    if (updates.length > 0 && previous !== a.status) f(`last update ${previous} is not the status ${a.status}`);
    const cancellation = updates.find((u) => u.toStatus === 'cancelled');
    if (a.cancelledOn && cancellation?.changedAt.slice(0, 10) !== a.cancelledOn) f('cancellation update disagrees with cancelledOn');
    const completion = updates.find((u) => u.toStatus === 'completed');
    if (done && completion && completion.changedAt.slice(0, 10) !== a.completedOn) f('completion update disagrees with completedOn');
  }

  for (const c of bundle.trainingCourses ?? []) {
    if (!inRange(c.title.length, 1, 300)) fail('trainingCourses', c, 'title length');
    if (c.durationHours !== null && c.durationHours !== undefined && !(c.durationHours > 0)) fail('trainingCourses', c, 'duration');
    themesOk('trainingCourses', c, c.themes);
  }
  const booked = new Map<string, number>();
  for (const a of bundle.attendances ?? []) booked.set(`${a.partnership}\u0000${a.session}`, (booked.get(`${a.partnership}\u0000${a.session}`) ?? 0) + 1);
  for (const s of bundle.trainingSessions ?? []) {
    if (!course(s.partnership, s.course)) fail('trainingSessions', s, 'unknown course');
    if (!Number.isInteger(s.capacity) || !inRange(s.capacity, 1, 10000)) fail('trainingSessions', s, 'capacity');
    if ((booked.get(`${s.partnership}\u0000${s.ref}`) ?? 0) > s.capacity) fail('trainingSessions', s, 'more bookings than places');
    dateOk('trainingSessions', s, 'sessionDate', s.sessionDate);
  }
  for (const a of bundle.attendances ?? []) {
    const s = session(a.partnership, a.session);
    if (!s) fail('attendances', a, 'unknown session');
    if (!agency(a.partnership, a.agency)) fail('attendances', a, 'unknown agency');
    const e = a.evaluation;
    if (e) {
      if (!a.attended) fail('attendances', a, 'evaluation without attending');
      for (const v of [e.confidenceBefore, e.confidenceAfter, e.satisfaction ?? 3]) if (!Number.isInteger(v) || !inRange(v, 1, 5)) fail('attendances', a, 'score outside 1..5');
      dateOk('attendances', a, 'submittedOn', e.submittedOn);
      if (s && e.submittedOn < s.sessionDate) fail('attendances', a, 'evaluated before the session');
    }
    const u = a.followUp;
    if (u) {
      if (!a.attended) fail('attendances', a, 'follow-up without attending');
      dateOk('attendances', a, 'followUp.sentOn', u.sentOn);
      dateOk('attendances', a, 'followUp.respondedOn', u.respondedOn);
      if (s && u.sentOn < s.sessionDate) fail('attendances', a, 'follow-up before the session');
      if (u.respondedOn && u.respondedOn < u.sentOn) fail('attendances', a, 'responded before sent');
      if ((u.respondedOn == null) !== (u.changedPractice == null)) fail('attendances', a, 'changedPractice must be set exactly when responded');
    }
  }

  for (const l of bundle.learningProducts ?? []) {
    if (!inRange(l.title.length, 1, 300)) fail('learningProducts', l, 'title length');
    if (l.reach !== null && l.reach !== undefined && l.reach < 0) fail('learningProducts', l, 'negative reach');
    dateOk('learningProducts', l, 'publishedOn', l.publishedOn);
    if (new Set(l.reviews).size !== (l.reviews ?? []).length) fail('learningProducts', l, 'duplicate review');
    for (const r of l.reviews ?? []) if (!review(l.partnership, r)) fail('learningProducts', l, `unknown review ${r}`);
    themesOk('learningProducts', l, l.themes);
  }

  for (const r of bundle.obaResults ?? []) {
    if (!inRange(r.title.length, 1, 300)) fail('obaResults', r, 'title length');
    if (r.population != null && !inRange(r.population.length, 1, 300)) fail('obaResults', r, 'population length');
  }
  for (const s of bundle.obaStrategies ?? []) {
    const f = (msg: string) => fail('obaStrategies', s, msg);
    if (!inRange(s.title.length, 1, 300)) f('title length');
    if (!result(s.partnership, s.result)) f(`unknown result ${s.result}`);
    if (new Set(s.partners).size !== (s.partners ?? []).length) f('duplicate partner');
    for (const a of s.partners ?? []) if (!agency(s.partnership, a)) f(`unknown agency ${a}`);
    if (new Set(s.actions).size !== (s.actions ?? []).length) f('duplicate action');
    for (const a of s.actions ?? []) if (!action(s.partnership, a)) f(`unknown action ${a}`);
  }

  for (const m of bundle.measures ?? []) {
    const f = (msg: string) => fail('measures', m, msg);
    if (m.result && !result(m.partnership, m.result)) f(`unknown result ${m.result}`);
    if (m.strategy && !strategy(m.partnership, m.strategy)) f(`unknown strategy ${m.strategy}`);
    if (m.kind === 'indicator' && m.strategy) f('an indicator has no strategy');
    if ((m.kind ?? 'performance-measure') === 'performance-measure' && m.result) f('a performance measure has no result of its own');
    if (!inRange(m.name.length, 1, 300)) f('name length');
    if ((m.source === 'computed') !== !!m.metric) f('metric must be set exactly for computed measures');
    if (m.agency && !agency(m.partnership, m.agency)) f('unknown agency');
    const periods = (m.values ?? []).map((v) => v.periodStart);
    if (new Set(periods).size !== periods.length) f('duplicate period');
    for (const p of periods) {
      dateOk('measures', m, 'periodStart', p);
      const [, month, day] = p.split('-').map(Number);
      const aligned = m.periodicity === 'year' ? month === 4 && day === 1 : m.periodicity === 'quarter' ? day === 1 && month % 3 === 1 : day === 1;
      if (!aligned) f(`period ${p} does not start a ${m.periodicity}`);
    }
    if (m.baselinePeriodStart && !periods.includes(m.baselinePeriodStart)) f('baseline period has no value');
    const notes = new Set<string>();
    for (const n of m.notes ?? []) {
      dateOk('measures', m, 'notes.writtenOn', n.writtenOn);
      if (!inRange(n.text.length, 1, 4000)) f('note text length');
      if (notes.has(`${n.writtenOn}\u0000${n.text}`)) f('duplicate note');
      notes.add(`${n.writtenOn}\u0000${n.text}`);
    }
  }
  // Narratives: one record per partnership, year and section (the table's unique key with version),
  // versions numbered 1…n, text not blank, approval stamped whole and only on the latest version.
  const narratives = new Set<string>();
  for (const n of bundle.annualReportNarratives ?? []) {
    const rec = { partnership: n.partnership, ref: `${n.financialYear}/${n.section}` };
    if (!partnerships.has(n.partnership)) fail('annualReportNarratives', rec, 'unknown partnership');
    const key = `${n.partnership}\u0000${n.financialYear}\u0000${n.section}`;
    if (narratives.has(key)) fail('annualReportNarratives', rec, 'section listed twice');
    narratives.add(key);
    const m = /^(\d{4})\/(\d{2})$/.exec(n.financialYear);
    if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) fail('annualReportNarratives', rec, `financial year ${n.financialYear}`);
    n.versions.forEach((v, i) => {
      if (v.version !== i + 1) fail('annualReportNarratives', rec, `version ${v.version} at position ${i + 1}`);
      if (!v.text.trim() || v.text.length > 10000) fail('annualReportNarratives', rec, `version ${v.version} text length`);
      if (!v.approvedAt !== !v.approvedBy) fail('annualReportNarratives', rec, `version ${v.version} approval half given`);
      if (v.approvedAt && i !== n.versions.length - 1) fail('annualReportNarratives', rec, `version ${v.version} approved but not the latest`);
      if (v.approvedAt && v.approvedAt < v.savedAt) fail('annualReportNarratives', rec, `version ${v.version} approved before it was saved`);
      for (const at of [v.savedAt, v.approvedAt ?? '']) if (at.slice(0, 10) > asOf) fail('annualReportNarratives', rec, `version ${v.version} dated after the generation date`);
    });
  }
  return problems;
}

function inRange(n: number, min: number, max: number): boolean {
  return n >= min && n <= max;
}

function isDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
}
