namespace NrcGame.Debrief;

/// <summary>
/// S63.1 — quotas far from what the reps sell (team attainment below 70 % or above 150 %) or unequal across reps
/// relative to the potential of their sectors (a rep's fairness term below 0.7).
/// </summary>
public sealed class QuotaPotentialRule : ConceptRule
{
    private const decimal LowAttainment = 0.7m, HighAttainment = 1.5m;
    private const double UnfairQuota = 0.7;

    /// <inheritdoc/>
    public override string Id => "quota-potentiel";

    /// <inheritdoc/>
    public override string SectionId => "S63.1";

    /// <inheritdoc/>
    public override string Title => "Quotas éloignés du potentiel ou inégaux entre commerciaux";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Objectifs commerciaux", "Affectation des secteurs", "Décrire les modalités de répartition du portefeuille clients"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Comment avez-vous fixé les quotas : à partir du potentiel de chaque secteur, ou un chiffre identique pour tous ?",
        "Un commercial dont le secteur a peu de potentiel peut-il atteindre le même quota ? Quel effet sur sa motivation ?",
        "Quel quota proposeriez-vous au trimestre suivant, et comment le justifieriez-vous à l'équipe ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var evidence = new List<(int Turn, string Text)>();
        foreach (var turn in history.Turns)
        {
            var reps = turn.Result.SalesTeam.Reps.Where(rep => rep.Quota > 0 && rep.Departure != DepartureReason.Dismissed).ToList();
            if (reps.Count == 0) continue;
            var attainment = reps.Sum(rep => rep.Sales) / reps.Sum(rep => rep.Quota);
            var unfairest = reps.MinBy(rep => rep.Terms.Fairness)!;
            if (attainment < LowAttainment || attainment > HighAttainment)
                evidence.Add((turn.Turn, $"Trimestre {turn.Turn} : l'équipe a réalisé {French.Percent(attainment)} de ses quotas "
                    + $"({French.Euros(reps.Sum(rep => rep.Sales))} pour {French.Euros(reps.Sum(rep => rep.Quota))})."));
            if (unfairest.Terms.Fairness < UnfairQuota)
                evidence.Add((turn.Turn, $"Trimestre {turn.Turn} : le quota de {unfairest.Id} ({French.Euros(unfairest.Quota)}, réalisé à {French.Percent(unfairest.Attainment)}) "
                    + $"est très éloigné du potentiel de ses secteurs comparé au reste de l'équipe (équité {French.Number(unfairest.Terms.Fairness)} sur 1) ; "
                    + $"règle de répartition : {(turn.Decisions.Remuneration.QuotaRule == QuotaRule.Uniform ? "quota identique pour tous" : "proportionnelle au potentiel")}."));
        }
        if (evidence.Count == 0) yield break;
        yield return new Finding(evidence.Select(item => item.Turn).Distinct().ToList(), evidence.Select(item => item.Text).ToList());
    }
}
