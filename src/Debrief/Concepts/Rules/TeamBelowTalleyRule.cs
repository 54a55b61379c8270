namespace NrcGame.Debrief;

/// <summary>S62.2 — the team, counting reps already hired, stays below Talley's theoretical headcount.</summary>
public sealed class TeamBelowTalleyRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "equipe-sous-talley";

    /// <inheritdoc/>
    public override string SectionId => "S62.2";

    /// <inheritdoc/>
    public override string Title => "Équipe plus petite que l'effectif de Talley";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Taille de l", "Préciser en quoi la problématique de la taille optimale"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Comment l'effectif théorique de Talley se calcule-t-il (charge de travail en visites ÷ visites possibles par commercial) ?",
        "Quels clients ont été moins visités, et quelles ventes avez-vous perdues ?",
        "Quelles contraintes budgétaires, juridiques ou humaines justifiaient de rester en dessous ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var turns = history.Turns.Where(turn => turn.Result.SalesTeam.Headcount + turn.Result.SalesTeam.Vacancies < turn.Result.SalesTeam.TalleyHeadcount).ToList();
        if (turns.Count == 0) yield break;
        yield return new Finding(turns.Select(turn => turn.Turn).ToList(), turns.Select(turn =>
            $"Trimestre {turn.Turn} : {turn.Result.SalesTeam.Headcount} commerciaux en poste et {turn.Result.SalesTeam.Vacancies} recrutement(s) en cours "
            + $"pour un effectif de Talley de {turn.Result.SalesTeam.TalleyHeadcount} ; couverture de la charge de travail {French.Percent(turn.Result.SalesTeam.OverallCoverage)}.").ToList());
    }
}
