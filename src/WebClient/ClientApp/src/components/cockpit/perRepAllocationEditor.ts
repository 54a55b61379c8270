import { h } from "../../dom";
import type { MarketBrief } from "../../types";
import type { ListEditor, Share } from "./listEditor";
import { repStatusLabels, type RepSummary } from "./resultTypes";
import { timeSplitGrid, type TimeAllocation } from "./timeSplitGrid";

type PerRep = Record<string, TimeAllocation[]>;

/**
 * A time split of its own for some reps (S61.2 allocation by territory or channel, S63.1 portfolio split); the
 * others follow the default split. Shared as one field: the whole dictionary rep id → split.
 */
export function perRepAllocationEditor(market: MarketBrief, initial: PerRep, defaultSplit: () => TimeAllocation[], share: Share,
  showError: (message: string) => void): ListEditor & { setReps(reps: RepSummary[]): void } {
  let perRep: PerRep = { ...initial };
  let reps: RepSummary[] = [];
  const list = h("div", { class: "list-rows" }, h("p", { class: "hint" }, "Chargement de l'équipe…"));

  /** Shares the splits of the reps still in the team (a departed rep's split would be refused). */
  function send(): void {
    const known = new Set(reps.map((rep) => rep.id));
    share(Object.fromEntries(Object.entries(perRep).filter(([id]) => known.has(id))));
  }

  /** One row per rep: a checkbox, and the rep's own split when it has one. Kept across updates so focus stays put. */
  const rows = new Map<string, { element: HTMLElement; toggle: HTMLInputElement; grid?: ReturnType<typeof timeSplitGrid> }>();

  function repRow(rep: RepSummary) {
    const toggle = h("input", { id: `own-split-${rep.id}`, type: "checkbox", "data-field": "allocation.perRep" });
    toggle.addEventListener("change", () => {
      if (toggle.checked) perRep[rep.id] = structuredClone(defaultSplit());
      else delete perRep[rep.id];
      update();
      send();
    });
    const element = h("div", { class: "rep-split", "data-rep": rep.id },
      h("div", { class: "check" }, toggle, h("label", { for: toggle.id }, `Répartition propre pour ${rep.id} — ${repStatusLabels[rep.status]}`)));
    return { element, toggle };
  }

  /** Shows <c>perRep</c>: checks the reps with a split of their own and fills or removes their grids. */
  function update(): void {
    for (const rep of reps) {
      const row = rows.get(rep.id)!;
      const own = perRep[rep.id];
      row.toggle.checked = own !== undefined;
      if (own && !row.grid) {
        row.grid = timeSplitGrid(market, `own-split-${rep.id}`, "allocation.perRep", `Répartition du temps de ${rep.id}`, (split) => {
          perRep[rep.id] = split;
          send();
        }, showError, rep.id);
        row.element.append(row.grid.element);
      } else if (!own && row.grid) {
        row.grid.element.remove();
        row.grid = undefined;
      }
      if (own) row.grid!.fill(own);
    }
  }

  function render(): void {
    rows.clear();
    for (const rep of reps) rows.set(rep.id, repRow(rep));
    list.replaceChildren(...[...rows.values()].map((row) => row.element));
    if (reps.length === 0) list.append(h("p", { class: "hint" }, "Aucun commercial dans l'équipe."));
    update();
  }

  return {
    path: "allocation.perRep",
    label: "Répartition propre à un commercial",
    element: h("fieldset", { class: "list-editor", "data-editor": "allocation.perRep" },
      h("legend", {}, "Répartition propre à un commercial"),
      h("p", { class: "hint" }, "Cochez un commercial pour lui donner sa propre répartition (un secteur, un canal…) ; elle part de la répartition par défaut."),
      list),
    apply(value) {
      perRep = { ...(value as PerRep) };
      update();
    },
    setReps(next) {
      if (next.map((r) => r.id).join() === reps.map((r) => r.id).join()) return;
      reps = next;
      render();
    },
  };
}
