namespace NrcGame.Debrief;

/// <summary>S62.2 — reps dismissed (or agents' contracts ended): the real cost of a dismissal by status.</summary>
public sealed class DismissalCostRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "cout-licenciement";

    /// <inheritdoc/>
    public override string SectionId => "S62.2";

    /// <inheritdoc/>
    public override string Title => "Le coût réel d'un licenciement";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Statuts des commerciaux", "Présenter les avantages et difficultés liés aux statuts"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Quel a été le coût réel du licenciement (indemnité, poste vacant, clients moins suivis) ?",
        "Le statut du commercial (salarié, VRP, agent) changeait-il ce coût ?",
        "Quelle autre solution (formation, changement de secteur, accompagnement) était possible ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        foreach (var turn in history.Turns)
        {
            var dismissed = turn.Result.SalesTeam.Reps.Where(rep => rep.Departure == DepartureReason.Dismissed).ToList();
            if (dismissed.Count == 0) continue;
            yield return new Finding([turn.Turn],
            [
                $"Trimestre {turn.Turn} : {string.Join(", ", dismissed.Select(rep => $"{rep.Id} ({TeamFigures.StatusName(rep.Status)}, {rep.TenureQuarters} trimestres d'ancienneté, indemnité {French.Euros(rep.Severance)})"))}.",
                $"Effectif en poste {turn.Result.SalesTeam.Headcount} pour un effectif de Talley de {turn.Result.SalesTeam.TalleyHeadcount} ; couverture {French.Percent(turn.Result.SalesTeam.OverallCoverage)}.",
            ]);
        }
    }
}
