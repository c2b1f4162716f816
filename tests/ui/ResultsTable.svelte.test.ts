import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import ResultsTable from '../../ui/components/common/ResultsTable.svelte';
import { gameReport } from '../../engine/cooperative/gameReport';
import { parseGameFile } from '../../engine/cooperative/parseGameFile';

async function reportOf(doc: unknown) {
  const parsed = parseGameFile(doc);
  if (!parsed.ok) throw new Error('bad fixture');
  return gameReport(parsed.value);
}

describe('ResultsTable', () => {
  test('shows each concept with exact fractions and a one-line explanation', async () => {
    const report = await reportOf({
      players: ['L', 'R1', 'R2'],
      v: { 'L+R1': 1, 'L+R2': 1, 'L+R1+R2': 1 },
    });
    render(ResultsTable, { report });
    const table = screen.getByRole('table', { name: 'Solution concepts' });
    const shapley = within(table).getByRole('row', { name: /Shapley value/ });
    expect(shapley.textContent).toContain('= 2/3');
    expect(shapley.textContent).toContain('Average marginal contribution');
    expect(screen.getByTestId('core-status').textContent).toContain('non-empty');
  });

  test('lists concepts that do not exist with their reasons', async () => {
    const report = await reportOf({ values: [0, 2, 2, 3] });
    render(ResultsTable, { report });
    expect(screen.getByText(/imputation set is empty/)).toBeTruthy();
  });
});
