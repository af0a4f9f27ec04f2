/**
 * Turns raw counts (from any store adapter) into the normalised StatsResult, so every adapter
 * answers the same shape with the same arithmetic.
 */
import { STAT_KINDS, type StatKind, type StatsGroup, type StatsQuery, type StatsResult, type StatsRow } from './stats-query.js';

/** A raw count: `count` articles or paragraphs of `group` with `label` of `kind`. */
export interface RawCount {
  group: string;
  kind: StatKind;
  label: string;
  count: number;
}

const KIND_ORDER = new Map(STAT_KINDS.map((k, i) => [k, i]));

/** Rows in group order, then kind order, then most counted first, then by label. */
function compareRows(groupOrder: Map<string, number>) {
  return (x: StatsRow, y: StatsRow): number =>
    (groupOrder.get(x.group) ?? 0) - (groupOrder.get(y.group) ?? 0) ||
    (KIND_ORDER.get(x.kind) ?? 0) - (KIND_ORDER.get(y.kind) ?? 0) ||
    y.count - x.count ||
    (x.label < y.label ? -1 : x.label > y.label ? 1 : 0);
}

/** One normalised row. */
function normalise(raw: RawCount, group: StatsGroup): StatsRow {
  const perParagraph = raw.kind === 'technique' || raw.kind === 'category';
  const base = perParagraph ? group.paragraphs : group.articles;
  return {
    group: raw.group,
    kind: raw.kind,
    label: raw.label,
    count: raw.count,
    perArticle: group.articles > 0 ? raw.count / group.articles : 0,
    per1000Words: group.words > 0 ? (raw.count * 1000) / group.words : 0,
    share: base > 0 ? raw.count / base : 0,
  };
}

/** The result of a stats query from its groups, raw counts and models. */
export function buildStatsResult(query: StatsQuery, groups: StatsGroup[], counts: RawCount[], models: StatsResult['models']): StatsResult {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const order = new Map(groups.map((g, i) => [g.key, i]));
  const rows = counts.flatMap((c) => {
    const group = byKey.get(c.group);
    return group === undefined ? [] : [normalise(c, group)];
  });
  rows.sort(compareRows(order));
  const result: StatsResult = { by: query.by, groups, rows, models };
  if (query.by === 'period') result.period = query.period ?? 'month';
  return result;
}
