/** Human-readable tables of a scenario report for the CLI. */
import { isInfeasible, type ScenarioReport } from '../scenario/solveScenario';
import { formatNumber, formatTable } from './formatTable';

export function scenarioTables(file: string, r: ScenarioReport): string {
  const out: string[] = [`${file}: ${r.title}`, ''];
  out.push(`T* (the text that maximizes the joint value): ${r.textStar.join(', ') || '(empty)'}`);
  const all = r.players.join('+');
  out.push(`v(N) = ${formatNumber(r.characteristic[all] ?? NaN)} bn`, '');
  const concepts = Object.keys(r.solutions).filter((c) => r.solutions[c]?.payoffs);
  out.push(
    formatTable(
      ['player', ...concepts],
      r.players.map((p) => [
        p,
        ...concepts.map((c) => formatNumber(r.solutions[c]?.payoffs?.[p] ?? NaN)),
      ]),
    ),
    '',
  );
  const verdicts = Object.entries(r.solutions).filter(([, s]) => s.verdict);
  for (const [c, s] of verdicts) out.push(`${c}: ${s.verdict}`);
  if (verdicts.length > 0) out.push('');
  if (r.costShares) {
    const total = -(r.characteristic[all] ?? 0);
    const concepts = Object.keys(r.costShares);
    out.push(`Shares of the total cost of ${formatNumber(total)} bn (fractions of the total):`);
    out.push(
      formatTable(
        ['player', ...concepts, 'history'],
        r.players.map((p) => [
          p,
          ...concepts.map((c) =>
            r.costShares?.[c] ? formatNumber((r.costShares[c]?.[p] ?? NaN) / total) : '—',
          ),
          r.historyShares?.[p] !== undefined ? formatNumber(r.historyShares[p]) : '—',
        ]),
      ),
    );
    return out.join('\n') + '\n';
  }
  const lo = r.leaderOptimum;
  if (lo) {
    out.push(`Leader's optimum: ${lo.text.join(', ')}`);
    out.push(
      `  signatories: ${lo.signatories.join(', ')}; cost ${formatNumber(lo.cost)} bn; net ${formatNumber(lo.net)} bn`,
    );
    const paid = Object.entries(lo.payments).filter(([, x]) => x > 0);
    out.push(
      `  payments (value): ${paid.map(([p, x]) => `${p} ${formatNumber(x)}`).join(', ') || 'none'}`,
    );
    out.push(
      `  instruments: ${
        Object.entries(lo.instruments)
          .map(([k, a]) => `${k} ${formatNumber(a)}`)
          .join(', ') || 'none'
      }`,
    );
  } else out.push(`Leader's optimum: none (${r.notes.leaderOptimum ?? ''})`);
  out.push('', 'Side payments implied by each concept:');
  for (const [concept, sp] of Object.entries(r.sidePayments)) {
    if (isInfeasible(sp)) out.push(`  ${concept}: infeasible — ${sp.reason}`);
    else {
      const cost = Object.values(sp).reduce((s, x) => s + x.cost, 0);
      out.push(
        `  ${concept}: ${Object.entries(sp)
          .map(([p, x]) => `${p} ${formatNumber(x.amount)}`)
          .join(', ')} (cost ${formatNumber(cost)} bn)`,
      );
    }
  }
  return out.join('\n') + '\n';
}
