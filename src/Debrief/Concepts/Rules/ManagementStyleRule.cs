namespace NrcGame.Debrief;

/// <summary>S62.1 — the management style is two steps or more away from the one the team's maturity calls for (Hersey–Blanchard fit ≤ 1/3).</summary>
public sealed class ManagementStyleRule : ConceptRule
{
    private const double PoorFit = 0.34;

    /// <inheritdoc/>
    public override string Id => "style-management";

    /// <inheritdoc/>
    public override string SectionId => "S62.1";

    /// <inheritdoc/>
    public override string Title => "Style de management mal adapté à la maturité de l'équipe";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Styles de management", "Développer notamment l'influence"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Quel est le niveau de maturité de votre équipe (ancienneté, compétence, motivation) ?",
        "Quel style de management lui convient selon Hersey et Blanchard, et pourquoi ?",
        "Comment faire évoluer le style quand l'équipe gagne (ou perd) en maturité ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var turns = history.Turns.Where(turn => turn.Result.SalesTeam.Reps.Count > 0 && turn.Result.SalesTeam.Reps.Average(rep => rep.Terms.StyleFit) <= PoorFit).ToList();
        if (turns.Count == 0) yield break;
        yield return new Finding(turns.Select(turn => turn.Turn).ToList(), turns.Select(turn =>
            $"Trimestre {turn.Turn} : style {TeamFigures.StyleName(turn.Decisions.Remuneration.ManagementStyle)}, adéquation à la maturité de l'équipe "
            + $"{French.Number(turn.Result.SalesTeam.Reps.Average(rep => rep.Terms.StyleFit))} sur 1 ; motivation moyenne {French.Number(TeamFigures.AverageMotivation(turn.Result))}.").ToList());
    }
}
