import { h } from "../../dom";
import type { TurnDecisionLog } from "./debriefTypes";

/** How a decision field reads: its label in the decision screens and its value written as there. */
export interface FieldReading { label: string; value: (raw: string) => string }

const time = (at: string) => new Date(at).toLocaleString("fr-FR", { dateStyle: "short", timeStyle: "short" });

/**
 * Who decided what, turn by turn: the fields the team changed since the previous turn (named as in the decision
 * screens when <paramref name="reading"/> knows them) and each submission or withdrawal with its author and time.
 */
export function decisionLog(logs: TurnDecisionLog[], reading: (path: string) => FieldReading): HTMLElement {
  const section = h("section", { class: "debrief-block", "data-testid": "decision-log" }, h("h3", {}, "Nos décisions, trimestre par trimestre"));
  if (!logs.length) return section;
  section.append(...[...logs].reverse().map((log) => h("div", { class: "turn-decisions", "data-turn": log.turn },
    h("h4", {}, `Trimestre ${log.turn}`),
    log.edits.length
      ? h("p", { class: "hint" }, log.edits.map((edit) => `${edit.withdrawn ? "retirées" : "envoyées"} par ${edit.author} le ${time(edit.at)}`).join(" ; "))
      : h("p", { class: "hint" }, "Aucun envoi : les décisions précédentes ont été reconduites."),
    log.turn === logs[0].turn
      ? null
      : log.changes.length
        ? h("ul", { class: "decision-changes" }, ...log.changes.map((change) => {
            const field = reading(change.path);
            return h("li", {}, field.label, " : ", change.before ? field.value(change.before) : "—", " → ", h("strong", {}, change.after ? field.value(change.after) : "—"));
          }))
        : h("p", { class: "muted" }, "Aucune décision modifiée par rapport au trimestre précédent."))));
  return section;
}
