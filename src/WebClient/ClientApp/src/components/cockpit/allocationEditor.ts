import { h } from "../../dom";
import type { MarketBrief } from "../../types";
import type { ListEditor, Share } from "./listEditor";
import { parseFrench, percentText } from "./listEditor";

interface TimeAllocation { territory: string; channel: string; share: number }

/** The team's default split of selling time across territories × visited channels (S61.2, S63.1); at most 100 %. */
export function allocationEditor(market: MarketBrief, initial: TimeAllocation[], share: Share, showError: (message: string) => void): ListEditor {
  const cells = market.territories.flatMap((territory) => territory.visitedChannels.map((channel) => ({ territory, channel })));
  const channelName = (id: string) => market.channels.find((c) => c.id === id)?.name ?? id;
  const shareOf = (split: TimeAllocation[], territory: string, channel: string) =>
    split.find((part) => part.territory === territory && part.channel === channel)?.share ?? 0;
  const total = h("p", { class: "hint", "data-testid": "allocation-total" });
  const inputs = cells.map(({ territory, channel }) => h("input", {
    id: `allocation-${territory.id}-${channel}`, type: "text", inputmode: "decimal", autocomplete: "off", "data-field": "allocation.default",
  }));

  function fill(split: TimeAllocation[]): void {
    cells.forEach(({ territory, channel }, index) => (inputs[index].value = percentText(shareOf(split, territory.id, channel))));
    showTotal(split.reduce((sum, part) => sum + part.share, 0));
  }

  function showTotal(sum: number): void {
    total.textContent = `Total : ${percentText(sum)} % du temps de vente (au plus 100 %).`;
  }

  function commit(): void {
    const split: TimeAllocation[] = [];
    for (const [index, { territory, channel }] of cells.entries()) {
      const value = parseFrench(inputs[index].value);
      const label = `Répartition du temps (${territory.name}, ${channelName(channel)})`;
      if (value === undefined) return showError(`${label} : saisissez un pourcentage.`);
      if (value < 0 || value > 100) return showError(`${label} : ${inputs[index].value} % est hors de la plage autorisée (0 % – 100 %).`);
      split.push({ territory: territory.id, channel, share: Math.round(value * 1000) / 100000 });
    }
    const sum = split.reduce((s, part) => s + part.share, 0);
    showTotal(sum);
    if (sum > 1.000001) return showError(`Répartition du temps : le total de ${percentText(sum)} % dépasse 100 % du temps de vente.`);
    share(split);
  }

  for (const input of inputs) input.addEventListener("change", commit);
  fill(initial);
  return {
    path: "allocation.default",
    label: "Répartition du temps",
    element: h("div", { class: "list-editor", "data-editor": "allocation.default" },
      h("p", { class: "hint" }, "Part du temps de vente de chaque commercial (nouveaux compris) par secteur et canal, en %."),
      h("div", { class: "grid-fields" }, ...cells.map(({ territory, channel }, index) =>
        h("div", { class: "field" }, h("label", { for: inputs[index].id }, `${territory.name} — ${channelName(channel)} (%)`), inputs[index]))),
      total),
    apply(value) { fill(value as TimeAllocation[]); },
  };
}
