// The signed token a teacher key or join code was exchanged for, kept per browser tab so that a
// teacher and a team can use two tabs of one browser; it survives a reload of the tab.
export type Role = "Teacher" | "Student" | "Projector" | "TournamentTeacher";

export interface Session {
  token: string;
  role: Role;
  gameId: string;
  firmId?: string;
  firmName?: string;
  displayName: string;
}

const key = "nrcgame.session";

export function currentSession(): Session | null {
  const stored = sessionStorage.getItem(key);
  return stored ? (JSON.parse(stored) as Session) : null;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(key, JSON.stringify(session));
}

export function endSession(): void {
  sessionStorage.removeItem(key);
}
