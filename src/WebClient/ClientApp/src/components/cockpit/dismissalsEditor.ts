import { h } from "../../dom";
import type { ListEditor, Share } from "./listEditor";
import { repStatusLabels, type RepSummary } from "./resultTypes";

/** Dismissals: one checkbox per rep of the team; the legal severance shows in the pro-forma (S62.2, S63.3). */
export function dismissalsEditor(initial: string[], share: Share): ListEditor & { setReps(reps: RepSummary[]): void } {
  let dismissed = new Set(initial);
  let reps: RepSummary[] = [];
  const list = h("div", { class: "checks" }, h("p", { class: "hint" }, "Chargement de l'équipe…"));

  function render(): void {
    list.replaceChildren(...reps.map((rep) => {
      const box = h("input", { id: `dismiss-${rep.id}`, type: "checkbox", checked: dismissed.has(rep.id), "data-field": "staffing.dismissals" });
      box.addEventListener("change", () => {
        if (box.checked) dismissed.add(rep.id);
        else dismissed.delete(rep.id);
        share(reps.map((r) => r.id).filter((id) => dismissed.has(id)));
      });
      return h("div", { class: "check" }, box,
        h("label", { for: box.id }, `Licencier ${rep.id} — ${repStatusLabels[rep.status]}, ${rep.tenureQuarters} trimestre${rep.tenureQuarters > 1 ? "s" : ""} d'ancienneté`));
    }));
    if (reps.length === 0) list.append(h("p", { class: "hint" }, "Aucun commercial dans l'équipe."));
  }

  return {
    path: "staffing.dismissals",
    label: "Licenciements",
    element: h("fieldset", { class: "list-editor", "data-editor": "staffing.dismissals" }, h("legend", {}, "Licenciements (au début du trimestre)"), list),
    apply(value) {
      dismissed = new Set(value as string[]);
      render();
    },
    setReps(next) {
      if (next.map((r) => r.id).join() === reps.map((r) => r.id).join()) return;
      reps = next;
      render();
    },
  };
}
