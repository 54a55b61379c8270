import { h } from "../../dom";
import "../choiceFieldset.css";

/** A whole number typed in a field, or the text itself so that the server names what is wrong. */
export function wholeNumber(text: string): number | string {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(value) ? value : text;
}

/** Deadline mode of a new game: the teacher closes each turn, or a countdown of N minutes does. */
export function deadlineMode(): { element: HTMLElement; minutes: () => number | string | null } {
  const manual = h("input", { type: "radio", id: "deadline-manual", name: "deadlineMode", value: "manual", checked: true });
  const timed = h("input", { type: "radio", id: "deadline-timed", name: "deadlineMode", value: "timed" });
  const minutes = h("input", { id: "turn-minutes", name: "turnMinutes", type: "number", min: 1, max: 480, value: 20, inputmode: "numeric", "data-field": "minutes", disabled: true });
  const sync = () => (minutes.disabled = !timed.checked);
  manual.addEventListener("change", sync);
  timed.addEventListener("change", sync);
  const element = h("fieldset", { class: "choice" },
    h("legend", {}, "Clôture des trimestres"),
    h("div", { class: "choice-line" }, manual, h("label", { for: manual.id }, "Manuelle (je clôture chaque trimestre)")),
    h("div", { class: "choice-line" }, timed, h("label", { for: timed.id }, "Compte à rebours")),
    h("label", { for: minutes.id }, "Durée de chaque trimestre (minutes, 1 à 480)"), minutes);
  return { element, minutes: () => (timed.checked ? wholeNumber(minutes.value) : null) };
}
