import { h } from "../../dom";
import type { MarketBrief } from "../../types";
import { parseFrench } from "../../format";
import { percentText } from "./listEditor";

/** A share of selling time on one territory × channel, as the engine's TimeAllocation. */
export interface TimeAllocation { territory: string; channel: string; share: number }

/** The share of <c>split</c> on one territory × channel (0 when absent). */
export const shareOf = (split: TimeAllocation[], territory: string, channel: string): number =>
  split.find((part) => part.territory === territory && part.channel === channel)?.share ?? 0;

/**
 * One time split as a grid of percentages, one input per territory × visited channel, with its total. A change is
 * checked as the engine checks it (each share 0–100 %, total at most 100 %) and, when right, handed to <c>commit</c>;
 * otherwise the French message naming <c>label</c> and the cell goes to <c>showError</c>. With an <c>owner</c> (a rep's
 * own split) each input's name starts with it for screen readers, the grid sitting visibly under the rep's checkbox.
 */
export function timeSplitGrid(market: MarketBrief, idPrefix: string, field: string, label: string,
  commit: (split: TimeAllocation[]) => void, showError: (message: string) => void, owner?: string) {
  const cells = market.territories.flatMap((territory) => territory.visitedChannels.map((channel) => ({ territory, channel })));
  const channelName = (id: string) => market.channels.find((c) => c.id === id)?.name ?? id;
  const total = h("p", { class: "hint", "data-testid": `${idPrefix}-total` });
  const inputs = cells.map(({ territory, channel }) => h("input", {
    id: `${idPrefix}-${territory.id}-${channel}`, type: "text", inputmode: "decimal", autocomplete: "off", "data-field": field,
  }));

  function showTotal(sum: number): void {
    total.textContent = `Total : ${percentText(sum)} % du temps de vente (au plus 100 %).`;
  }

  // The shares as filled, unrounded: a cell the student left as shown keeps its exact share (a third shows as
  // 33,333 %; read back from the text, three thirds would make 99,999 % and 6 × 16,667 % would exceed 100 %).
  let filled: { text: string; share: number }[] = [];

  function read(): void {
    const split: TimeAllocation[] = [];
    for (const [index, { territory, channel }] of cells.entries()) {
      const text = inputs[index].value;
      const value = parseFrench(text);
      const cell = `${label} (${territory.name}, ${channelName(channel)})`;
      if (value === undefined) return showError(`${cell} : saisissez un pourcentage.`);
      if (value < 0 || value > 100) return showError(`${cell} : ${text} % est hors de la plage autorisée (0 % – 100 %).`);
      const unchanged = filled[index]?.text === text;
      split.push({ territory: territory.id, channel, share: unchanged ? filled[index].share : Math.round(value * 1000) / 100000 });
    }
    const sum = split.reduce((s, part) => s + part.share, 0);
    showTotal(sum);
    if (sum > 1.000001) return showError(`${label} : le total de ${percentText(sum)} % dépasse 100 % du temps de vente.`);
    commit(split);
  }

  for (const input of inputs) input.addEventListener("change", read);
  return {
    element: h("div", { class: "time-split" },
      h("div", { class: "grid-fields" }, ...cells.map(({ territory, channel }, index) =>
        h("div", { class: "field" }, h("label", { for: inputs[index].id },
          owner ? h("span", { class: "visually-hidden" }, `${owner} : `) : null, `${territory.name} — ${channelName(channel)} (%)`), inputs[index]))),
      total),
    /**
     * Shows <c>split</c> in the inputs (a teammate's change, or the value the editor starts from). The cell the student
     * is typing in keeps what is typed: an echo arriving meanwhile must not undo the edit before it is sent.
     */
    fill(split: TimeAllocation[]): void {
      filled = cells.map(({ territory, channel }) => {
        const share = shareOf(split, territory.id, channel);
        return { text: percentText(share), share };
      });
      filled.forEach(({ text }, index) => {
        if (document.activeElement !== inputs[index]) inputs[index].value = text;
      });
      showTotal(split.reduce((sum, part) => sum + part.share, 0));
    },
  };
}
