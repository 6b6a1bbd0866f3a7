/**
 * Development only: the alert routes (`/api/alerts`, `/stats`, `/{id}`, PATCH, `/suppress`,
 * `/api/rules`) for `vite dev` with SIGNIN_REPORT_MOCK_API=1, following the agreed JSON. Two
 * crude detections over the sign-ins the mock already loaded (one address failing for many users;
 * one user denying MFA again and again) stand in for the server's rules. State lives in memory.
 */
import { createHash } from 'node:crypto';

type Row = {
  id: string;
  createdDateTime: string;
  userPrincipalName?: string;
  ipAddress?: string;
  status?: { errorCode?: number };
};

type Alert = Record<string, unknown> & { id: string; ruleId: string; severity: string; status: string; lastSeen: string; entity: { kind: string; value: string }; history: unknown[] };

const RULES = [
  { id: 'password-spray', kind: 'distinct', severity: 'high', technique: 'T1110.003', parameters: { threshold: 10, windowMinutes: 60 },
    title: { en: 'Password spray from one address', ja: '1 つのアドレスからのパスワード スプレー' },
    description: { en: 'Many different accounts fail to sign in from one address within an hour.', ja: '1 時間以内に 1 つのアドレスから多数のアカウントがサインインに失敗しています。' } },
  { id: 'mfa-fatigue', kind: 'count', severity: 'high', technique: 'T1621', parameters: { threshold: 3, windowMinutes: 10 },
    title: { en: 'Repeated MFA prompts denied', ja: 'MFA 要求の繰り返し拒否' },
    description: { en: 'One account denies several MFA prompts in a short time.', ja: '1 つのアカウントが短時間に何度も MFA 要求を拒否しています。' } },
];

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const makeAlert = (ruleId: string, kind: string, value: string, rows: Row[], field: string): Alert => {
  const rule = RULES.find((r) => r.id === ruleId)!;
  const times = rows.map((r) => Date.parse(r.createdDateTime)).sort((a, b) => a - b);
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  const users = new Set(rows.map((r) => r.userPrincipalName)).size;
  const filter = `${field} eq ${q(value)} and createdDateTime ge ${iso(first)} and createdDateTime le ${iso(last)} and status/errorCode eq ${rows[0]?.status?.errorCode ?? 0}`;
  return {
    id: `al_${createHash('sha256').update(`${ruleId}|${kind}|${value}|${first}`).digest('hex').slice(0, 24)}`,
    ruleId, title: rule.title, severity: rule.severity, technique: rule.technique, status: 'new',
    entity: { kind, value }, firstSeen: iso(first), lastSeen: iso(last), signInCount: rows.length,
    signInIds: rows.slice(0, 1000).map((r) => r.id), signInIdsTruncated: rows.length > 1000, filter,
    summary: ruleId === 'password-spray'
      ? { en: `${users} accounts failed to sign in from ${value} in ${Math.round((last - first) / 60_000)} minutes.`, ja: `${value} から ${Math.round((last - first) / 60_000)} 分間に ${users} アカウントがサインインに失敗しました。` }
      : { en: `${value} denied ${rows.length} MFA prompts in ${Math.round((last - first) / 60_000)} minutes.`, ja: `${value} が ${Math.round((last - first) / 60_000)} 分間に ${rows.length} 回 MFA 要求を拒否しました。` },
    details: ruleId === 'password-spray' ? { distinct: users, threshold: 10, windowMinutes: 60 } : { count: rows.length, threshold: 3, windowMinutes: 10 },
    createdAt: iso(last + 60_000), updatedAt: iso(last + 60_000), history: [],
  };
};

const detect = (rows: Row[]): Alert[] => {
  const out: Alert[] = [];
  const byIp = new Map<string, Row[]>();
  for (const r of rows) if (r.ipAddress && r.status?.errorCode === 50126) byIp.set(r.ipAddress, [...(byIp.get(r.ipAddress) ?? []), r]);
  for (const [ip, rs] of byIp) {
    // The busiest hour of failures from this address, if it spans at least ten accounts.
    const sorted = rs.sort((x, y) => x.createdDateTime.localeCompare(y.createdDateTime));
    let best: Row[] = [];
    for (let i = 0, j = 0; j < sorted.length; j++) {
      while (Date.parse(sorted[j]!.createdDateTime) - Date.parse(sorted[i]!.createdDateTime) > 3_600_000) i++;
      if (j - i + 1 > best.length) best = sorted.slice(i, j + 1);
    }
    if (new Set(best.map((r) => r.userPrincipalName)).size >= 10) out.push(makeAlert('password-spray', 'ip', ip, best, 'ipAddress'));
  }
  const byUser = new Map<string, Row[]>();
  for (const r of rows) if (r.userPrincipalName && r.status?.errorCode === 500121) byUser.set(r.userPrincipalName, [...(byUser.get(r.userPrincipalName) ?? []), r]);
  for (const [upn, rs] of byUser) if (rs.length >= 3) out.push(makeAlert('mfa-fatigue', 'user', upn, rs, 'userPrincipalName'));
  return out.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id));
};

export type Reply = { status: number; body: unknown };

export const createMockAlerts = () => {
  let alerts: Alert[] | undefined;
  const open = (a: Alert) => a.status === 'new' || a.status === 'acknowledged';
  const readBody = async (req: AsyncIterable<Buffer>): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c);
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
  };
  /** Answers an alert route, or undefined for any other path. */
  return async (url: URL, method: string, req: AsyncIterable<Buffer>, load: () => Promise<Row[]>): Promise<Reply | undefined> => {
    if (url.pathname === '/api/rules') {
      return { status: 200, body: { value: RULES.map((r) => ({ ...r, enabled: true, where: 'status/errorCode ne 0', source: 'builtin', learnedFrom: 'mock' })) } };
    }
    if (!url.pathname.startsWith('/api/alerts')) return undefined;
    alerts ??= detect(await load());
    const all = alerts;
    if (url.pathname === '/api/alerts/stats') {
      const count = <K extends string>(keys: K[], pick: (a: Alert) => string, list: Alert[]) => Object.fromEntries(keys.map((k) => [k, list.filter((a) => pick(a) === k).length]));
      const openOnes = all.filter(open);
      return { status: 200, body: {
        byStatus: count(['new', 'acknowledged', 'resolved', 'falsePositive'], (a) => a.status, all),
        openBySeverity: count(['critical', 'high', 'medium', 'low'], (a) => a.severity, openOnes),
        openByRule: count(RULES.map((r) => r.id), (a) => a.ruleId, openOnes),
      } };
    }
    if (url.pathname === '/api/alerts') {
      const p = url.searchParams;
      const statuses = p.get('status')?.split(',');
      const list = all.filter((a) =>
        (!p.get('ruleId') || a.ruleId === p.get('ruleId')) && (!p.get('severity') || a.severity === p.get('severity')) &&
        (!statuses || statuses.includes(a.status)) && (!p.get('entityKind') || a.entity.kind === p.get('entityKind')) &&
        (!p.get('entityValue') || a.entity.value === p.get('entityValue')) && (!p.get('since') || a.lastSeen >= p.get('since')!) &&
        (!p.get('until') || (a.firstSeen as string) <= p.get('until')!));
      const top = Number(p.get('top') ?? 50);
      const skip = Number(p.get('skiptoken') ?? 0);
      const next = new URL(url);
      next.searchParams.set('skiptoken', String(skip + top));
      return { status: 200, body: { value: list.slice(skip, skip + top), ...(skip + top < list.length ? { '@odata.nextLink': next.toString() } : {}) } };
    }
    const m = /^\/api\/alerts\/(al_[0-9a-f]{24})(\/suppress)?$/.exec(url.pathname);
    const alert = m ? all.find((a) => a.id === m[1]) : undefined;
    if (!m || !alert) return { status: 404, body: { error: { code: 'NotFound', message: `No alert at ${url.pathname}` } } };
    if (method === 'GET' && !m[2]) return { status: 200, body: alert };
    const body = await readBody(req);
    const note = typeof body.note === 'string' ? body.note : undefined;
    if (method === 'PATCH' && !m[2]) {
      const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      Object.assign(alert, { status: body.status, updatedAt: at, history: [...alert.history, { at, status: body.status, note, by: 'dev' }] });
      return { status: 200, body: alert };
    }
    if (method === 'POST' && m[2]) {
      return { status: 200, body: { ruleId: alert.ruleId, entity: alert.entity, until: new Date(Date.now() + Number(body.days) * 86_400_000).toISOString() } };
    }
    return { status: 405, body: { error: { code: 'MethodNotAllowed', message: `${method} is not allowed here` } } };
  };
};
