import { api, ApiFailure } from "../api";
import { deadlineMode, wholeNumber } from "../components/console/deadlineMode";
import { botFieldset } from "../components/bots/botFieldset";
import { rememberCreation } from "../components/console/issuedCodes";
import { errorBox } from "../components/errors";
import { weightsFieldset } from "../components/score/weightsFieldset";
import { h, mount } from "../dom";
import { saveSession } from "../session";
import type { GameCreated, ScenarioInfo, TokenGranted } from "../types";

/**
 * Home: a student joins a team with a code (prefilled when they came through the team's join link);
 * a teacher creates a game or resumes one with the key.
 */
export function showHome(joinCode?: string): () => void {
  const joinErrors = errorBox();
  const code = h("input", { id: "join-code", name: "joinCode", required: true, autocomplete: "off", placeholder: "ex. ABCD-EFGH-JKMN-PQ", value: joinCode });
  const displayName = h("input", { id: "display-name", name: "displayName", required: true, maxlength: 40, placeholder: "ex. Camille" });
  const joinForm = h("form", { class: "card", "aria-labelledby": "join-title" },
    h("h2", { id: "join-title" }, "Étudiant·e : rejoindre mon équipe"),
    h("label", { for: "join-code" }, "Code d'équipe (donné par l'enseignant)"), code,
    h("label", { for: "display-name" }, "Votre prénom (visible par votre équipe)"), displayName,
    joinErrors.element,
    h("button", { type: "submit" }, "Rejoindre l'équipe"));
  joinForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    joinErrors.clear();
    try {
      const granted = await api.post<TokenGranted>("/api/sessions/team", { joinCode: code.value, displayName: displayName.value });
      saveSession({ token: granted.token, role: "Student", gameId: granted.gameId, firmId: granted.firmId, firmName: granted.firmName, displayName: displayName.value });
      location.hash = "#/equipe";
    } catch (error) {
      joinErrors.show(error);
    }
  });

  const createErrors = errorBox();
  const scenario = h("select", { id: "scenario", name: "scenarioId", required: true });
  const scenarioGoal = h("p", { class: "hint", "data-testid": "scenario-goal" });
  let scenarios: ScenarioInfo[] = [];
  const describe = () => {
    const chosen = scenarios.find((s) => s.id === scenario.value);
    scenarioGoal.textContent = chosen ? `${chosen.summary} ${chosen.goal} (${chosen.turnCount} trimestres ; référentiel : ${chosen.sections.join(", ")})` : "";
    if (chosen) turnCount.value = String(chosen.turnCount);
  };
  scenario.addEventListener("change", describe);
  const title = h("input", { id: "game-title", name: "title", required: true, maxlength: 80, value: "BTS NRC — partie de la classe" });
  const teamCount = h("input", { id: "team-count", name: "teamCount", type: "number", min: 1, max: 12, value: 4, required: true });
  const turnCount = h("input", { id: "turn-count", name: "turnCount", type: "number", min: 6, max: 12, value: 8, required: true, "data-field": "turnCount" });
  const deadline = deadlineMode();
  const scoring = weightsFieldset();
  const bots = botFieldset();
  // Enabled once the scenarios are listed, so that a quick click never sends an empty choice.
  const createButton = h("button", { type: "submit", disabled: true }, "Créer la partie");
  const createForm = h("form", { class: "card", "aria-labelledby": "create-title" },
    h("h2", { id: "create-title" }, "Enseignant·e : créer une partie"),
    h("label", { for: "scenario" }, "Scénario de marché"), scenario, scenarioGoal,
    h("label", { for: "game-title" }, "Nom de la partie"), title,
    h("label", { for: "team-count" }, "Nombre d'équipes d'élèves (1 à 12 ; 2 entreprises au moins avec les robots)"), teamCount,
    h("label", { for: "turn-count" }, "Nombre de trimestres (6 à 12)"), turnCount,
    deadline.element,
    bots.element, scoring.element,
    createErrors.element,
    createButton);
  createForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    createErrors.clear();
    const count = Number(teamCount.value);
    const teamNames = Number.isInteger(count) && count > 0 && count <= 12
      ? Array.from({ length: count }, (_, i) => `Équipe ${i + 1}`)
      : [];
    try {
      const created = await api.post<GameCreated>("/api/games", {
        scenarioId: scenario.value, title: title.value, teamNames, turnCount: wholeNumber(turnCount.value), turnMinutes: deadline.minutes(),
        ...scoring.value(), bots: bots.value(),
      });
      saveSession({ token: created.teacherToken, role: "Teacher", gameId: created.gameId, displayName: "Enseignant·e" });
      rememberCreation(created);
      location.hash = "#/enseignant";
    } catch (error) {
      createErrors.show(error);
    }
  });

  const resumeErrors = errorBox();
  const gameId = h("input", { id: "resume-game", name: "gameId", required: true, autocomplete: "off" });
  const teacherKey = h("input", { id: "resume-key", name: "teacherKey", required: true, autocomplete: "off", type: "password" });
  const resumeForm = h("form", { class: "card", "aria-labelledby": "resume-title" },
    h("h2", { id: "resume-title" }, "Enseignant·e : reprendre une partie"),
    h("label", { for: "resume-game" }, "Identifiant de la partie"), gameId,
    h("label", { for: "resume-key" }, "Clé enseignant"), teacherKey,
    resumeErrors.element,
    h("button", { type: "submit", class: "secondary" }, "Reprendre"));
  resumeForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    resumeErrors.clear();
    try {
      const granted = await api.post<TokenGranted>("/api/sessions/teacher", { gameId: gameId.value.trim(), teacherKey: teacherKey.value });
      saveSession({ token: granted.token, role: "Teacher", gameId: granted.gameId, displayName: "Enseignant·e" });
      location.hash = "#/enseignant";
    } catch (error) {
      resumeErrors.show(error);
    }
  });

  const importErrors = errorBox();
  const file = h("input", { id: "scenario-file", type: "file", accept: ".json,application/json" });
  const importForm = h("form", { class: "card", "aria-labelledby": "import-title" },
    h("h2", { id: "import-title" }, "Enseignant·e : importer un scénario"),
    h("p", { class: "hint" }, "Exportez un scénario (bouton ci-dessous), modifiez le fichier JSON, puis importez-le : il est vérifié et ajouté comme copie, sans jamais remplacer un scénario livré."),
    h("label", { for: file.id }, "Fichier de scénario (.json, 1 Mo au plus)"), file,
    importErrors.element,
    h("div", { class: "actions" },
      h("button", { type: "submit" }, "Importer"),
      h("a", { class: "button-link", href: "#", "data-testid": "export-scenario" }, "Exporter le scénario choisi")));
  importForm.querySelector<HTMLAnchorElement>("[data-testid=export-scenario]")!.addEventListener("click", (event) => {
    event.preventDefault();
    if (scenario.value) window.open(`/api/scenarios/${encodeURIComponent(scenario.value)}`, "_blank", "noopener");
  });
  importForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    importErrors.clear();
    const chosen = file.files?.[0];
    if (!chosen) {
      importErrors.show(new ApiFailure(400, "Choisissez un fichier de scénario.", []));
      return;
    }
    try {
      const imported = await api.postText<{ id: string; title: string }>(`/api/scenarios?fichier=${encodeURIComponent(chosen.name)}`, await chosen.text());
      await loadScenarios(imported.id);
    } catch (error) {
      importErrors.show(error);
    }
  });

  async function loadScenarios(select?: string): Promise<void> {
    scenarios = await api.get<ScenarioInfo[]>("/api/scenarios");
    scenario.replaceChildren(...scenarios.map((s) => h("option", { value: s.id, selected: s.id === select }, s.teacherCopy ? `${s.title} (copie importée)` : s.title)));
    createButton.disabled = scenarios.length === 0;
    describe();
  }

  mount(h("section", { class: "intro" },
    h("h1", {}, "Dirigez la force de vente de votre entreprise"),
    h("p", {}, "Chaque trimestre, votre équipe fixe ses prix et conditions, recrute et rémunère ses commerciaux, répartit les secteurs et finance la promotion. Le marché réagit, le classement s'affiche en direct.")),
    h("div", { class: "columns" }, joinForm, h("div", { class: "stack" }, createForm, resumeForm, importForm)));

  loadScenarios().catch((error) => createErrors.show(error));
  if (joinCode) displayName.focus();
  return () => undefined;
}
