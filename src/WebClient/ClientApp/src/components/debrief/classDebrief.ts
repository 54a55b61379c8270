import { api } from "../../api";
import { h } from "../../dom";
import { errorBox } from "../errors";
import { conceptCards } from "./conceptCards";
import "./debrief.css";
import type { ClassDebrief, TeamDebriefSummary } from "./debriefTypes";
import { figuresTable } from "./figuresTable";
import { printButton } from "./printButton";
import { turnNotes } from "./turnNotes";
import { varianceTable } from "./varianceTable";

function team(gamePath: string, summary: TeamDebriefSummary, method: string): HTMLElement {
  return h("article", { class: "class-team", "data-firm": summary.firmId, "aria-labelledby": `class-team-${summary.firmId}` },
    h("h3", { id: `class-team-${summary.firmId}` }, summary.teamName),
    figuresTable(summary.figures, `${summary.teamName} : principaux indicateurs`),
    h("h4", {}, "Notions du référentiel"),
    conceptCards(summary.cards, true),
    varianceTable(summary.variances, method),
    turnNotes(`${gamePath}/firms/${summary.firmId}`, summary.firmId, summary.figures.map((figures) => figures.turn), summary.comments, "teacher"));
}

/**
 * The class debrief the teacher leads: for every team, its main figures per turn, its concept cards, its écarts, its
 * justifications with the teacher's annotations (written here). « Imprimer » prints it, one team per page.
 */
export function classDebrief(gamePath: string): HTMLElement {
  const errors = errorBox();
  const content = h("div", { "data-testid": "class-debrief" });
  const printedTitle = h("p", { class: "print-only" });
  const load = h("button", { type: "button", class: "no-print", "data-testid": "load-class-debrief" }, "Préparer le débriefing de la classe");
  load.addEventListener("click", async () => {
    errors.clear();
    load.disabled = true;
    try {
      const debrief = await api.get<ClassDebrief>(`${gamePath}/debrief`);
      printedTitle.textContent = `NRC Game — ${debrief.teams.length} équipes — analyse du ${new Date().toLocaleString("fr-FR", { dateStyle: "long", timeStyle: "short" })}`;
      content.replaceChildren(...debrief.teams.map((summary) => team(gamePath, summary, debrief.varianceMethod)));
      load.textContent = "Actualiser le débriefing de la classe";
    } catch (error) {
      errors.show(error);
    } finally {
      load.disabled = false;
    }
  });
  return h("section", { class: "card debrief-printable class-debrief", "aria-labelledby": "class-debrief-title" },
    h("div", { class: "debrief-head" }, h("h2", { id: "class-debrief-title" }, "Débriefing de la classe"), printButton()),
    h("p", { class: "hint no-print" }, "Chiffres du moteur, notions du référentiel, écarts, justifications des équipes et vos annotations, équipe par équipe."),
    printedTitle, load, errors.element, content);
}
