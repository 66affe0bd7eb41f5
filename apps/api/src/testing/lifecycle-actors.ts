import type { Grant } from '@kaoping/identity';
import { COUNTY_SCHEME } from './county-scheme.fixture';
import type { ApiUnderTest } from './api-test-app';

/** One person per grantable role, with the scope the role acts in. */
export const PEOPLE = {
  admin: { userId: 'admin', grant: { role: 'admin' } },
  office: { userId: 'wang.office', grant: { role: 'office' } },
  committee: { userId: 'zhang.committee', grant: { role: 'committee' } },
  leader: { userId: 'liu.leader', grant: { role: 'leader' } },
  'unit-reporter': { userId: 'li.xcp', grant: { role: 'unit-reporter', unitId: 'xinchengpu' } },
  'data-provider': { userId: 'zhao.finance', grant: { role: 'data-provider', providerId: 'finance-bureau' } },
  inspector: { userId: 'sun.inspector', grant: { role: 'inspector', providerId: 'efficiency-office' } },
  'complaint-handler': { userId: 'qian.hotline', grant: { role: 'complaint-handler' } },
  'survey-office': { userId: 'zhou.survey', grant: { role: 'survey-office', providerId: 'stats-bureau' } },
  auditor: { userId: 'wu.auditor', grant: { role: 'auditor' } },
} as const satisfies Record<string, Readonly<{ userId: string; grant: Grant }>>;

export type PersonRole = keyof typeof PEOPLE;
export const PERSON_ROLES: readonly string[] = Object.keys(PEOPLE);

export const isPersonRole = (role: string): role is PersonRole => Object.hasOwn(PEOPLE, role);

const PASSWORD = 'e2e password of everyone';

/** Provisions one person per role (the admin exists) and signs each in: role → bearer header. */
export const signInEveryone = async (api: ApiUnderTest, adminToken: string): Promise<Readonly<Record<PersonRole, Readonly<{ Authorization: string }>>>> => {
  const headers: Partial<Record<PersonRole, Readonly<{ Authorization: string }>>> = { admin: { Authorization: `Bearer ${adminToken}` } };
  for (const [role, person] of Object.entries(PEOPLE)) {
    if (!isPersonRole(role) || role === 'admin') continue;
    const res = await api
      .http()
      .post('/users')
      .set({ Authorization: `Bearer ${adminToken}` })
      .send({ userId: person.userId, name: person.userId, grants: [person.grant], password: PASSWORD });
    if (res.status !== 201) throw new Error(`provisioning ${person.userId}: ${res.status} ${JSON.stringify(res.body)}`);
    headers[role] = { Authorization: `Bearer ${await api.login(person.userId, PASSWORD)}` };
  }
  const complete = (value: Partial<Record<PersonRole, Readonly<{ Authorization: string }>>>): value is Record<PersonRole, Readonly<{ Authorization: string }>> =>
    Object.keys(PEOPLE).every((role) => isPersonRole(role) && value[role] !== undefined);
  if (!complete(headers)) throw new Error('not everyone signed in');
  return headers;
};

/** A cycle with the test scheme published, planning open and two townships registered. */
export const planningCycle = async (
  api: ApiUnderTest,
  office: Readonly<{ Authorization: string }>,
  cycleId: string,
): Promise<void> => {
  const steps: readonly (readonly [string, Readonly<Record<string, unknown>>])[] = [
    ['/cycles', { cycleId, year: 2026, name: '2026年度乡镇绩效考评' }],
    [`/cycles/${cycleId}/scheme`, { scheme: COUNTY_SCHEME }],
    [`/cycles/${cycleId}/phases/planning/open`, {}],
    [`/cycles/${cycleId}/units`, { unitId: 'xinchengpu', name: '新城铺镇', level: 'township', categoryId: 'townships' }],
    [`/cycles/${cycleId}/units`, { unitId: 'nanniu', name: '南牛乡', level: 'township', categoryId: 'townships' }],
    [`/cycles/${cycleId}/units/xinchengpu/indicators`, { indicatorId: 'revenue', targets: { 'mid-year': '100', 'year-end': '200' } }],
    [`/cycles/${cycleId}/units/xinchengpu/indicators`, { indicatorId: 'jobs', targets: { 'mid-year': '50', 'year-end': '100' } }],
    [`/cycles/${cycleId}/units/nanniu/indicators`, { indicatorId: 'revenue', targets: { 'mid-year': '100', 'year-end': '200' } }],
  ];
  for (const [path, body] of steps) {
    const res = await api.http().post(path).set(office).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
};
