import type { GameCreated, TeamCode } from "../../types";

// The secrets a teacher's tab was shown once (teacher key at creation, join codes at creation or
// re-issue), kept in this tab's session storage only so that the console and the printable sheet
// can show them again until the tab is closed. The server keeps only their hashes.
const key = (gameId: string) => `nrcgame.created.${gameId}`;

/** The secrets known to this tab for <gameId>, or null when the game was resumed with the key. */
export function issuedSecrets(gameId: string): GameCreated | null {
  const stored = sessionStorage.getItem(key(gameId));
  return stored ? (JSON.parse(stored) as GameCreated) : null;
}

/** Keeps the secrets of a game just created. */
export function rememberCreation(created: GameCreated): void {
  sessionStorage.setItem(key(created.gameId), JSON.stringify(created));
}

/** Records a join code just re-issued for one team (replacing the old one in this tab). */
export function rememberJoinCode(gameId: string, code: TeamCode): void {
  const known = issuedSecrets(gameId) ?? { gameId, teacherKey: "", teacherToken: "", teams: [] };
  const teams = known.teams.some((team) => team.firmId === code.firmId)
    ? known.teams.map((team) => (team.firmId === code.firmId ? code : team))
    : [...known.teams, code];
  sessionStorage.setItem(key(gameId), JSON.stringify({ ...known, teams }));
}
