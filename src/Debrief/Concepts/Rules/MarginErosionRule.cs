namespace NrcGame.Debrief;

/// <summary>S513 — the taux de marque fell by 3 points or more from one turn to the next.</summary>
public sealed class MarginErosionRule : ConceptRule
{
    private const double Drop = 0.03;

    /// <inheritdoc/>
    public override string Id => "erosion-marge";

    /// <inheritdoc/>
    public override string SectionId => "S513";

    /// <inheritdoc/>
    public override string Title => "Taux de marque en baisse";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Les marges", "Marge avant"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Quelle décision (prix, remise, ristourne, coopération commerciale) a réduit votre marge ?",
        "Le volume supplémentaire a-t-il compensé la marge perdue sur chaque unité ?",
        "Calculez sur vos chiffres le taux de marge et le taux de marque : pourquoi diffèrent-ils ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        foreach (var (before, now) in Pairs(history))
        {
            var (old, current) = (before.Result.Dashboard.MarginRate, now.Result.Dashboard.MarginRate);
            if (old - current < Drop) continue;
            yield return new Finding([before.Turn, now.Turn],
            [
                $"Taux de marque {French.Percent(old)} au tour {before.Turn} → {French.Percent(current)} au tour {now.Turn} ; marge commerciale "
                + $"{French.Euros(before.Result.Statements.Income.CommercialMargin)} → {French.Euros(now.Result.Statements.Income.CommercialMargin)}.",
                $"Unités vendues {before.Result.Sales.UnitsSold} → {now.Result.Sales.UnitsSold} ; CA HT {French.Euros(before.Result.Sales.RevenueHt)} → {French.Euros(now.Result.Sales.RevenueHt)}.",
            ]);
        }
    }
}
