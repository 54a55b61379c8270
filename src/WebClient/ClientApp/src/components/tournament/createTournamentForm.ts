import { api } from "../../api";
import { h } from "../../dom";
import { saveSession } from "../../session";
import type { ScenarioInfo, TeamCode } from "../../types";
import { botFieldset } from "../bots/botFieldset";
import { errorBox } from "../errors";

interface MarketCreation {
  gameId: string;
  teacherKey: string;
  teams: TeamCode[];
}

interface TournamentCreated {
  tournamentId: string;
  teacherKey: string;
  teacherToken: string;
  markets: MarketCreation[];
}

const minMarkets = 2;
const maxMarkets = 8;

/** The secrets of a new tournament, shown once: the tournament key, then each market's teacher key and join codes. */
function secrets(created: TournamentCreated): HTMLElement {
  return h("section", { class: "card stack", "data-testid": "tournament-created" },
    h("h2", {}, "Tournoi créé — notez ces codes, ils ne seront plus affichés"),
    h("p", {}, "Identifiant du tournoi : ", h("code", { "data-testid": "tournament-id" }, created.tournamentId)),
    h("p", {}, "Clé enseignant du tournoi (enseignant de tous les marchés) : ", h("code", { class: "join-code" }, created.teacherKey)),
    ...created.markets.map((market, index) => h("div", {},
      h("h3", {}, `Marché ${index + 1}`),
      h("p", {}, "Partie : ", h("code", {}, market.gameId), " — clé enseignant du marché : ", h("code", {}, market.teacherKey)),
      h("ul", {}, ...market.teams.map((team) => h("li", {}, `${team.name} : `, h("code", { class: "join-code" }, team.joinCode)))))),
    h("a", { href: `#/tournoi/${created.tournamentId}`, class: "button-link" }, "Ouvrir le classement du tournoi"));
}

/** The teacher's form creating a tournament: scenario, markets and their teams, bots shared by every market. */
export function createTournamentForm(): HTMLElement {
  const errors = errorBox();
  const title = h("input", { id: "tournament-title", name: "title", "data-field": "title", required: true, maxlength: 68, value: "Tournoi inter-classes" });
  const scenario = h("select", { id: "tournament-scenario", name: "scenarioId", "data-field": "scenarioId" });
  const count = h("select", { id: "tournament-markets", name: "marketCount", "data-field": "markets" },
    ...Array.from({ length: maxMarkets - minMarkets + 1 }, (_, index) => minMarkets + index)
      .map((value) => h("option", { value: String(value), selected: value === 3 }, String(value))));
  const marketFields = h("div", { class: "grid-fields" });
  const bots = botFieldset();
  const result = h("div", {});
  const submit = h("button", { type: "submit", disabled: true }, "Créer le tournoi");

  const teamAreas: HTMLTextAreaElement[] = [];
  function renderMarkets(): void {
    const wanted = Number(count.value);
    while (teamAreas.length < wanted) {
      const number = teamAreas.length + 1;
      teamAreas.push(h("textarea", { id: `tournament-market-${number}`, name: `markets[${number - 1}].teamNames`, rows: 3 },
        `Équipe ${number}A\nÉquipe ${number}B`));
    }
    marketFields.replaceChildren(...teamAreas.slice(0, wanted).map((area, index) =>
      h("div", {}, h("label", { for: area.id }, `Équipes du marché ${index + 1} (une par ligne)`), area)));
  }
  count.addEventListener("change", renderMarkets);
  renderMarkets();

  const form = h("form", { class: "card", "data-testid": "create-tournament" },
    h("h2", {}, "Créer un tournoi"),
    h("p", { class: "hint" }, "Chaque marché est une partie indépendante du même scénario, avec les mêmes robots et le même barème ; un classement général compare chaque équipe aux équipes de son marché."),
    h("label", { for: title.id }, "Nom du tournoi"), title,
    h("label", { for: scenario.id }, "Scénario"), scenario,
    h("label", { for: count.id }, `Nombre de marchés (${minMarkets} à ${maxMarkets})`), count,
    marketFields, bots.element, errors.element, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    submit.disabled = true;
    try {
      const markets = teamAreas.slice(0, Number(count.value)).map((area) => ({
        teamNames: area.value.split("\n").map((line) => line.trim()).filter((line) => line.length > 0),
      }));
      const created = await api.post<TournamentCreated>("/api/tournaments", { title: title.value, scenarioId: scenario.value, markets, bots: bots.value() });
      saveSession({ token: created.teacherToken, role: "TournamentTeacher", gameId: created.tournamentId, displayName: "Enseignant·e du tournoi" });
      result.replaceChildren(secrets(created));
      result.scrollIntoView();
    } catch (error) {
      errors.show(error);
    } finally {
      submit.disabled = false;
    }
  });
  void api.get<ScenarioInfo[]>("/api/scenarios").then((scenarios) => {
    scenario.replaceChildren(...scenarios.map((each) => h("option", { value: each.id }, each.title)));
    submit.disabled = scenarios.length === 0;
  }).catch((error) => errors.show(error));
  return h("div", { class: "stack" }, form, result);
}

/** Signs a teacher in to an existing tournament with its identifier and key. */
export function tournamentSignInForm(): HTMLElement {
  const errors = errorBox();
  const id = h("input", { id: "tournament-signin-id", name: "tournamentId", "data-field": "tournamentId", required: true, autocomplete: "off" });
  const key = h("input", { id: "tournament-signin-key", name: "teacherKey", "data-field": "teacherKey", required: true, autocomplete: "off" });
  const form = h("form", { class: "card" },
    h("h2", {}, "Reprendre un tournoi"),
    h("label", { for: id.id }, "Identifiant du tournoi"), id,
    h("label", { for: key.id }, "Clé enseignant du tournoi"), key,
    errors.element, h("button", { type: "submit" }, "Se connecter"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    try {
      const session = await api.post<{ token: string; gameId: string }>("/api/sessions/tournament", { tournamentId: id.value.trim(), teacherKey: key.value });
      saveSession({ token: session.token, role: "TournamentTeacher", gameId: session.gameId, displayName: "Enseignant·e du tournoi" });
      location.hash = `#/tournoi/${session.gameId}`;
    } catch (error) {
      errors.show(error);
    }
  });
  return form;
}
