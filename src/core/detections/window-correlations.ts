/**
 * The sliding-window correlations (count, distinct, sequence, match) as pure functions of a
 * group's events: the same events give the same incidents whatever order they arrived in.
 * A window is (t − W, t] ending at every selected event, so a burst that straddles an hour
 * boundary is found; windows that share events are one incident (evidence = their union).
 */
import { byTime, type DetectionEvent, type Incident } from './detection-event.js';

interface Span {
  from: number;
  to: number;
}

/** Merges index spans over `events` that overlap into incidents. */
const mergeSpans = (events: readonly DetectionEvent[], spans: readonly Span[], details: (ev: readonly DetectionEvent[]) => Record<string, unknown>): Incident[] => {
  const out: Incident[] = [];
  let cur: Span | undefined;
  const flush = () => {
    if (!cur) return;
    const ev = events.slice(cur.from, cur.to + 1);
    out.push({ start: (ev[0] as DetectionEvent).at, end: (ev[ev.length - 1] as DetectionEvent).at, evidence: ev, details: details(ev) });
  };
  for (const s of spans) {
    if (cur && s.from <= cur.to) cur.to = Math.max(cur.to, s.to);
    else {
      flush();
      cur = { ...s };
    }
  }
  flush();
  return out;
};

export const countIncidents = (all: readonly DetectionEvent[], threshold: number, windowMs: number): Incident[] => {
  const events = all.filter((e) => e.side === 0).sort(byTime);
  const spans: Span[] = [];
  let j = 0;
  for (let i = 0; i < events.length; i++) {
    const t = (events[i] as DetectionEvent).at;
    while ((events[j] as DetectionEvent).at <= t - windowMs) j++;
    if (i - j + 1 >= threshold) spans.push({ from: j, to: i });
  }
  return mergeSpans(events, spans, (ev) => ({ count: ev.length, threshold, windowMinutes: windowMs / 60_000 }));
};

const bump = (m: Map<string, number>, k: string, d: number) => {
  const n = (m.get(k) ?? 0) + d;
  if (n === 0) m.delete(k);
  else m.set(k, n);
};

/** Distinct values of side 0 ≥ threshold in a window; with `compare`, they must also outnumber side 1's. */
export const distinctIncidents = (all: readonly DetectionEvent[], threshold: number, windowMs: number, compare: boolean): Incident[] => {
  const a = all.filter((e) => e.side === 0).sort(byTime);
  const b = compare ? all.filter((e) => e.side === 1).sort(byTime) : [];
  const inA = new Map<string, number>();
  const inB = new Map<string, number>();
  const spans: Span[] = [];
  let peakB = 0;
  let j = 0;
  let bLo = 0;
  let bHi = 0;
  for (let i = 0; i < a.length; i++) {
    const e = a[i] as DetectionEvent;
    bump(inA, e.value ?? '', 1);
    while ((a[j] as DetectionEvent).at <= e.at - windowMs) bump(inA, (a[j++] as DetectionEvent).value ?? '', -1);
    while (bHi < b.length && (b[bHi] as DetectionEvent).at <= e.at) bump(inB, (b[bHi++] as DetectionEvent).value ?? '', 1);
    while (bLo < bHi && (b[bLo] as DetectionEvent).at <= e.at - windowMs) bump(inB, (b[bLo++] as DetectionEvent).value ?? '', -1);
    if (inA.size >= threshold && (!compare || inA.size > inB.size)) {
      spans.push({ from: j, to: i });
      peakB = Math.max(peakB, inB.size);
    }
  }
  return mergeSpans(a, spans, (ev) => ({
    distinct: new Set(ev.map((e) => e.value)).size, count: ev.length, threshold, windowMinutes: windowMs / 60_000,
    ...(compare ? { compareDistinct: peakB } : {}),
  }));
};

/**
 * At least `threshold` side-0 events, then a side-1 event, all within the window; a side-1
 * event also ends the run before it (a success closes the session of failures).
 */
export const sequenceIncidents = (all: readonly DetectionEvent[], threshold: number, windowMs: number): Incident[] => {
  const events = [...all].sort(byTime);
  const out: Incident[] = [];
  let run: DetectionEvent[] = [];
  for (const e of events) {
    if (e.side === 0) {
      run.push(e);
      continue;
    }
    const inWindow = run.filter((x) => x.at > e.at - windowMs);
    if (inWindow.length >= threshold) {
      const evidence = [...inWindow, e];
      const prev = out[out.length - 1];
      const first = inWindow[0] as DetectionEvent;
      if (prev && first.at <= prev.end) {
        const merged = [...prev.evidence, ...evidence];
        out[out.length - 1] = { start: prev.start, end: e.at, evidence: merged, details: { before: merged.filter((x) => x.side === 0).length, threshold, windowMinutes: windowMs / 60_000 } };
      } else {
        out.push({ start: first.at, end: e.at, evidence, details: { before: inWindow.length, threshold, windowMinutes: windowMs / 60_000 } });
      }
    }
    run = [];
  }
  return out;
};

/** Every selected sign-in is a finding; matches of one group closer than the window are one incident. */
export const matchIncidents = (all: readonly DetectionEvent[], windowMs: number): Incident[] => {
  const events = all.filter((e) => e.side === 0).sort(byTime);
  const spans: Span[] = [];
  for (let i = 0; i < events.length; i++) {
    const prev = spans[spans.length - 1];
    if (prev && (events[i] as DetectionEvent).at - (events[prev.to] as DetectionEvent).at < windowMs) prev.to = i;
    else spans.push({ from: i, to: i });
  }
  return mergeSpans(events, spans, (ev) => ({ count: ev.length, windowMinutes: windowMs / 60_000 }));
};
