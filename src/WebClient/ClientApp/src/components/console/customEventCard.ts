import { api } from "../../api";
import { h } from "../../dom";
import type { GameSummary } from "../../types";
import { errorBox, type ErrorBox } from "../errors";
import { parameterChangeFields } from "./parameterChange";

/**
 * The teacher writes an event card: a headline for the class, its story, the référentiel sections it
 * illustrates and one parameter effect; the server checks it like a library card and plays it.
 */
export function customEventCardForm(game: string, play: (action: () => Promise<GameSummary>, shownIn: ErrorBox) => Promise<void>): HTMLElement {
  const errors = errorBox();
  const headline = h("input", { id: "card-headline", "data-field": "headline", maxlength: 120, autocomplete: "off", placeholder: "ex. Un salon professionnel attire de nouveaux clients" });
  const description = h("textarea", { id: "card-description", "data-field": "description", maxlength: 600, rows: 2 });
  const concepts = h("input", { id: "card-concepts", "data-field": "concepts", autocomplete: "off", placeholder: "ex. S423, S63.2" });
  const effect = parameterChangeFields("card-effect", " de la carte");
  const form = h("form", { class: "tuning-form", novalidate: true, "data-testid": "custom-card" },
    h("label", { for: headline.id }, "Titre annoncé à la classe"), headline,
    h("label", { for: description.id }, "Récit de l'événement (facultatif)"), description,
    h("label", { for: concepts.id }, "Notions illustrées (sections du référentiel, séparées par des virgules)"), concepts,
    ...effect.elements,
    errors.element,
    h("button", { type: "submit" }, "Jouer ma carte au prochain trimestre"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void play(() => api.post<GameSummary>(`${game}/custom-events`, {
      headline: headline.value,
      description: description.value,
      concepts: concepts.value.split(/[,;\s]+/).filter((concept) => concept !== ""),
      effects: [effect.read()],
    }), errors);
  });
  return form;
}
