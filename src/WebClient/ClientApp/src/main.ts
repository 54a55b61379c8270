import { showHome } from "./pages/home";
import { showTeacher } from "./pages/teacher";
import { showTeam } from "./pages/team";
import { currentSession } from "./session";

// Hash routes: #/ (home), #/enseignant (teacher console), #/equipe (team cockpit).
let leavePage: (() => void) | undefined;

function route(): void {
  leavePage?.();
  const session = currentSession();
  const path = location.hash.replace(/^#/, "") || "/";
  if (path === "/enseignant" && session?.role === "Teacher") leavePage = showTeacher(session);
  else if (path === "/equipe" && session?.role === "Student") leavePage = showTeam(session);
  else leavePage = showHome();
}

window.addEventListener("hashchange", route);
route();
