import { showJoinCodeSheet } from "./components/console/joinCodeSheet";
import { showHome } from "./pages/home";
import { showProjector } from "./pages/projector";
import { showTeacher } from "./pages/teacher";
import { showTeam } from "./pages/team";
import { showTournament } from "./pages/tournament";
import { currentSession, saveSession } from "./session";

// Hash routes: #/ (home), #/enseignant (teacher console), #/equipe (team cockpit),
// #/projecteur (projector). A projector link carries its read-only token in the fragment
// (#/projecteur/<gameId>/<token>), which browsers never send to the server; it is moved into the tab's
// session storage and removed from the address bar at once. A team's join link (QR code of the
// printable sheet, #/rejoindre/<code>) prefills the join form the same way; #/codes is that sheet.
// #/tournoi creates or resumes a tournament; #/tournoi/<id> is its global ranking (public, live for its members).
let leavePage: (() => void) | undefined;

function route(): void {
  leavePage?.();
  const session = currentSession();
  const path = location.hash.replace(/^#/, "") || "/";
  const projectorLink = /^\/projecteur\/([a-z0-9]+)\/(.+)$/.exec(path);
  if (projectorLink) {
    saveSession({ token: decodeURIComponent(projectorLink[2]), role: "Projector", gameId: projectorLink[1], displayName: "Projecteur" });
    history.replaceState(null, "", "#/projecteur");
    route();
    return;
  }
  const joinLink = /^\/rejoindre\/(.+)$/.exec(path);
  if (joinLink) {
    history.replaceState(null, "", "#/");
    leavePage = showHome(decodeURIComponent(joinLink[1]));
    return;
  }
  const tournament = /^\/tournoi(?:\/([a-z0-9]+))?$/.exec(path);
  if (tournament) {
    leavePage = showTournament(tournament[1]);
    return;
  }
  if (path === "/codes" && session?.role === "Teacher") leavePage = showJoinCodeSheet(session);
  else if (path === "/enseignant" && session?.role === "Teacher") leavePage = showTeacher(session);
  else if (path === "/equipe" && session?.role === "Student") leavePage = showTeam(session);
  else if (path === "/projecteur" && session?.role === "Projector") leavePage = showProjector();
  else leavePage = showHome();
}

window.addEventListener("hashchange", route);
route();
