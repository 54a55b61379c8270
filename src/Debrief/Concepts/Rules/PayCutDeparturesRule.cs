namespace NrcGame.Debrief;

/// <summary>S63.3 — a cut in fixed salary, commission rate or bonus followed by reps quitting in the same or the next turn.</summary>
public sealed class PayCutDeparturesRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "baisse-remuneration-departs";

    /// <inheritdoc/>
    public override string SectionId => "S63.3";

    /// <inheritdoc/>
    public override string Title => "Baisse de rémunération suivie de départs";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Traitement des situations difficiles", "Montrer qu'à travers ces différents aspects"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Qu'est-ce qui, dans la baisse de rémunération, a pesé sur la satisfaction de vos commerciaux ?",
        "Combien chaque départ vous a-t-il coûté (recrutement, poste vacant, montée en compétence du remplaçant), comparé à l'économie réalisée ?",
        "Comment auriez-vous pu accompagner ce changement pour garder l'équipe stable ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        for (var index = 1; index < history.Turns.Count; index++)
        {
            var (before, cut) = (history.Turns[index - 1], history.Turns[index]);
            var (old, now) = (before.Decisions.Remuneration, cut.Decisions.Remuneration);
            if (now.FixedSalary >= old.FixedSalary && now.CommissionRate >= old.CommissionRate && now.Bonus >= old.Bonus) continue;
            var after = index + 1 < history.Turns.Count ? history.Turns[index + 1] : null;
            var quits = TeamFigures.Quits(cut.Result) + (after is null ? 0 : TeamFigures.Quits(after.Result));
            if (quits == 0) continue;
            yield return new Finding(after is null ? [cut.Turn] : [cut.Turn, after.Turn],
            [
                $"Trimestre {cut.Turn} : fixe {French.Euros(old.FixedSalary)} → {French.Euros(now.FixedSalary)}, commission {French.Percent(old.CommissionRate)} → "
                + $"{French.Percent(now.CommissionRate)}, prime {French.Euros(old.Bonus)} → {French.Euros(now.Bonus)}.",
                $"Satisfaction moyenne {French.Number(TeamFigures.AverageSatisfaction(before.Result))} (tour {before.Turn}) → "
                + $"{French.Number(TeamFigures.AverageSatisfaction(cut.Result))} (tour {cut.Turn}) ; départs volontaires : {TeamFigures.Quits(cut.Result)} au tour {cut.Turn}"
                + (after is null ? "." : $", {TeamFigures.Quits(after.Result)} au tour {after.Turn}."),
            ]);
        }
    }
}
