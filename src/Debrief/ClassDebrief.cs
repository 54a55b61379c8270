namespace NrcGame.Debrief;

/// <summary>
/// The class debrief the teacher leads and prints: for every team, its main figures per turn, its concept cards, its
/// analyse des écarts and the latest justification and annotation of each turn. No cause decomposition (that one stays
/// in each team's own debrief), so that the whole class is computed without re-running the engine.
/// </summary>
/// <param name="Teams">One summary per team, in the order given.</param>
public sealed record ClassDebrief(IReadOnlyList<TeamDebriefSummary> Teams)
{
    /// <summary>How the écarts are computed (French, shown with the tables).</summary>
    public string VarianceMethod => ObjectiveVariance.Method;

    /// <summary>The class debrief of the given team histories.</summary>
    public static ClassDebrief Build(IReadOnlyList<TeamHistory> teams) => new(teams.Select(team => new TeamDebriefSummary
    {
        FirmId = team.FirmId,
        TeamName = team.TeamName,
        Figures = TurnFigures.Of(team),
        Cards = ConceptRules.Detect(team),
        Variances = VarianceAnalysis.Of(team),
        Comments = team.LatestComments(),
    }).ToList());
}
