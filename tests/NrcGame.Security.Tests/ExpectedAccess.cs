using NrcGame.WebClient.Access;

namespace NrcGame.Security.Tests;

/// <summary>
/// Who each access policy lets in, written out by hand from the policy's meaning (not computed by
/// the code under test). A policy missing here is an unreviewed policy: the matrix test fails.
/// </summary>
public static class ExpectedAccess
{
    private static readonly Caller[] Everyone = Enum.GetValues<Caller>();

    /// <summary>
    /// Callers let in when the call targets game A and firm X, or tournament T (route values or hub arguments). The
    /// teacher of tournament T is a teacher of game A, its market; the teacher of another tournament is nobody here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Caller[]> OnGameAFirmX = new Dictionary<string, Caller[]>
    {
        [GameAccessPolicies.Teacher] = [Caller.TeacherOfTheGame, Caller.TeacherOfTheTournament],
        [GameAccessPolicies.Member] = [Caller.TeacherOfTheGame, Caller.TeacherOfTheTournament, Caller.StudentOfTheFirm, Caller.StudentOfAnotherFirm, Caller.Projector],
        [GameAccessPolicies.FirmReader] = [Caller.TeacherOfTheGame, Caller.TeacherOfTheTournament, Caller.StudentOfTheFirm],
        [GameAccessPolicies.FirmStudent] = [Caller.StudentOfTheFirm],
        [GameAccessPolicies.TournamentTeacher] = [Caller.TeacherOfTheTournament],
        [GameAccessPolicies.TournamentMember] = [Caller.TeacherOfTheTournament, Caller.TeacherOfTheGame, Caller.StudentOfTheFirm, Caller.StudentOfAnotherFirm, Caller.Projector],
    };

    /// <summary>
    /// Callers let in by a hub method that names no game, firm or tournament, so acts on the caller's own game
    /// (a tournament teacher has none of its own).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Caller[]> OnCallersOwn = new Dictionary<string, Caller[]>
    {
        [GameAccessPolicies.Teacher] = [Caller.TeacherOfTheGame, Caller.TeacherOfAnotherGame],
        [GameAccessPolicies.Member] = [.. Everyone.Except([Caller.Anonymous, Caller.TeacherOfTheTournament, Caller.TeacherOfAnotherTournament])],
        [GameAccessPolicies.FirmReader] = [Caller.TeacherOfTheGame, Caller.TeacherOfAnotherGame, Caller.StudentOfTheFirm, Caller.StudentOfAnotherFirm, Caller.StudentOfAnotherGame],
        [GameAccessPolicies.FirmStudent] = [Caller.StudentOfTheFirm, Caller.StudentOfAnotherFirm, Caller.StudentOfAnotherGame],
    };

    /// <summary>
    /// Whether <paramref name="caller"/> passes every one of <paramref name="policies"/> (endpoint
    /// groups add their policy to the endpoint's own); null when one of them is not in <paramref name="table"/>.
    /// </summary>
    public static bool? Allows(IReadOnlyDictionary<string, Caller[]> table, IReadOnlyList<string> policies, Caller caller)
    {
        if (policies.Count == 0 || policies.Any(policy => !table.ContainsKey(policy))) return null;
        return policies.All(policy => table[policy].Contains(caller));
    }
}
