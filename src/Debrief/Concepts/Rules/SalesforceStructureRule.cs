namespace NrcGame.Debrief;

/// <summary>S61.2 — the team uses (or hires) an external salesforce: VRP multicartes or agents commerciaux.</summary>
public sealed class SalesforceStructureRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "force-de-vente-externe";

    /// <inheritdoc/>
    public override string SectionId => "S61.2";

    /// <inheritdoc/>
    public override string Title => "Force de vente interne ou externe";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Types de force de vente", "· choisir entre les types de force de vente"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Pourquoi recourir à des VRP multicartes ou à des agents plutôt qu'à des salariés ?",
        "Quels coût et couverture chaque statut de votre équipe vous a-t-il apportés ?",
        "Quelles conséquences pour le contrôle, la formation et la fidélité de ces commerciaux ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var turns = history.Turns.Where(turn => turn.Result.SalesTeam.Reps.Any(rep => TeamFigures.IsExternal(rep.Status))
                                                || turn.Decisions.Staffing.Hires.Any(hire => hire.Count > 0 && TeamFigures.IsExternal(hire.Status))).ToList();
        if (turns.Count == 0) yield break;
        yield return new Finding(turns.Select(turn => turn.Turn).ToList(), turns.Select(turn =>
        {
            var groups = turn.Result.SalesTeam.Reps.GroupBy(rep => rep.Status).OrderBy(group => group.Key)
                .Select(group => $"{group.Count()} {TeamFigures.StatusName(group.Key)} ({French.Euros(group.Sum(rep => rep.EmployerCost))})");
            var hires = turn.Decisions.Staffing.Hires.Where(hire => hire.Count > 0).Select(hire => $"{hire.Count} {TeamFigures.StatusName(hire.Status)}").ToList();
            return $"Trimestre {turn.Turn} : équipe {string.Join(", ", groups)} ; couverture {French.Percent(turn.Result.SalesTeam.OverallCoverage)}"
                   + (hires.Count == 0 ? "." : $" ; embauches décidées : {string.Join(", ", hires)}.");
        }).ToList());
    }
}
