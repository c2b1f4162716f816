/**
 * What the core teaches about a declaration game, in words, from its own numbers. Under
 * consensus every member is a veto player: no coalition short of everyone gains much over
 * its members' walk-away values, so the core is nearly the whole imputation set — it rules
 * out little and predicts no split. Under a quota or weighted votes the leader alone keeps a
 * veto; members can be replaced, and the nucleolus pushes them towards their walk-away
 * values. Ref: Gillies (1959) for the core; Schmeidler (1969) for the nucleolus.
 */
import { coreBounds } from '../cooperative/coreBounds';
import { grandCoalition } from '../shared/bits';
import type { ScenarioModel } from './scenarioModel';

const bn = (x: number) => `${x.toFixed(2)} bn`;

export async function coreLesson(
  prep: ScenarioModel,
  nucleolus: readonly number[] | null,
): Promise<string> {
  const { game, model } = prep;
  const all = grandCoalition(game.n);
  const alone = (i: number) => game.v[1 << i] as number;
  const standAlone = (s: number) => {
    let x = 0;
    for (let i = 0; i < game.n; i++) if ((s >>> i) & 1) x += alone(i);
    return x;
  };
  const surplus = (game.v[all] as number) - standAlone(all);
  let short = 0;
  for (let s = 1; s < all; s++) short = Math.max(short, (game.v[s] as number) - standAlone(s));
  if (model.rule.kind === 'consensus') {
    // How much of each player's imputation range [v({i}), v({i}) + surplus] the core keeps.
    const bounds = await coreBounds(game);
    const kept =
      bounds.ok && bounds.value.epsilon === 0 && surplus > 0
        ? bounds.value.upper.reduce((s, hi, i) => s + hi - (bounds.value.lower[i] as number), 0) /
          (game.n * surplus)
        : null;
    const share =
      kept === null
        ? ''
        : ` On average the core keeps ${Math.round(100 * kept)}% of each player's range from its walk-away value to the whole surplus`;
    const verdict =
      kept === null
        ? ''
        : kept >= 0.8
          ? ': it is nearly the whole imputation set, and says who cannot be left worse off than alone, not how the gain is split.'
          : `: less than the whole imputation set, because coalitions short of everyone still gain up to ${bn(short)} (a joint statement of fewer than all is worth something in this model), against ${bn(surplus)} for all of them.`;
    return `Under consensus every member holds a veto, so no coalition can take the declaration's value without all ${game.n}.${share}${verdict} The bargaining concepts make the split.`;
  }
  const leader = model.players[model.leader] as string;
  const members = model.players.map((_, i) => i).filter((i) => i !== model.leader);
  const above = nucleolus
    ? members.reduce((s, i) => s + (nucleolus[i] as number) - alone(i), 0) / members.length
    : null;
  return `Under this rule ${leader} is the only veto player: a member who asks too much can be replaced, so the core and the nucleolus push members towards their walk-away values${above === null ? '' : ` (in the nucleolus a member gets on average ${bn(above)} above its own, of a surplus of ${bn(surplus)})`}.`;
}
