import { h } from "../../dom";
import { number, percent } from "../../format";
import type { MarketBrief } from "../../types";
import type { ListEditor, Share } from "./listEditor";

/**
 * The client credit classes the firm sells to (S521 Valeur et risque individuel client): refusing a class gives up
 * its demand and its unpaid invoices. Refusing every class is allowed by the engine but means no sale at all.
 */
export function creditClassesEditor(market: MarketBrief, initial: string[], share: Share): ListEditor {
  let accepted = new Set(initial);
  const warning = h("p", { class: "warning", role: "status", "data-testid": "no-credit-class", hidden: true },
    "Aucune classe acceptée : l'entreprise ne vendra à aucun client ce trimestre.");
  const boxes = market.creditClasses.map((credit) => {
    const box = h("input", { id: `credit-class-${credit.id}`, type: "checkbox", "data-field": "pricing.acceptedCreditClasses" });
    box.addEventListener("change", () => {
      if (box.checked) accepted.add(credit.id);
      else accepted.delete(credit.id);
      fill();
      share(market.creditClasses.map((c) => c.id).filter((id) => accepted.has(id)));
    });
    const label = `Classe ${credit.id} — retard moyen ${number(credit.paymentDelayDays)} jours, impayés ${percent(credit.defaultProbability)} par trimestre`;
    return { id: credit.id, box, element: h("div", { class: "check" }, box, h("label", { for: box.id }, label)) };
  });

  function fill(): void {
    for (const { id, box } of boxes) box.checked = accepted.has(id);
    warning.hidden = accepted.size > 0;
  }

  fill();
  return {
    path: "pricing.acceptedCreditClasses",
    label: "Classes de clients acceptées",
    element: h("fieldset", { class: "list-editor", "data-editor": "pricing.acceptedCreditClasses" },
      h("legend", {}, "Classes de clients acceptées (risque client)"), ...boxes.map((b) => b.element),
      h("p", { class: "hint" },
        "S521 Valeur et risque individuel client : refuser une classe, c'est renoncer à sa demande et à ses impayés. "
        + "Le retard s'ajoute au délai de paiement accordé ; les impayés augmentent au-delà de 30 jours de délai."),
      warning),
    apply(value) {
      accepted = new Set(value as string[]);
      fill();
    },
  };
}
