namespace NrcGame.Debrief;

/// <summary>S534 — a sales variance of 5 % or more explained more by the price than by the quantities (analyse des écarts).</summary>
public sealed class PriceVarianceRule : ConceptRule
{
    private const decimal Material = 0.05m;

    /// <inheritdoc/>
    public override string Id => "ecart-sur-prix";

    /// <inheritdoc/>
    public override string SectionId => "S534";

    /// <inheritdoc/>
    public override string Title => "Un écart sur chiffre d'affaires qui vient surtout des prix";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Budget des ventes", "Analyse des écarts"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "L'écart vient-il des quantités ou des prix ? Pourquoi ?",
        "Vos remises et ristournes étaient-elles prévues dans votre budget des ventes ?",
        "Comment construiriez-vous le budget des ventes du prochain trimestre ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var found = VarianceAnalysis.Of(history)
            .Where(variance => Math.Abs(variance.VarianceRate) >= Material && Math.Abs(variance.PriceVariance) > Math.Abs(variance.QuantityVariance)).ToList();
        if (found.Count == 0) yield break;
        yield return new Finding(found.Select(variance => variance.Turn).Distinct().ToList(), found.Select(variance =>
            $"Trimestre {variance.Turn}, segment {history.SegmentName(variance.Segment)} : écart global {French.Euros(variance.Variance)} dont écart sur quantité "
            + $"{French.Euros(variance.QuantityVariance)} et écart sur prix {French.Euros(variance.PriceVariance)} (prix prévu {French.Euros(variance.PlannedPrice)}, "
            + $"prix réel moyen {French.Euros(Math.Round(variance.ActualPrice, 2))}).").ToList());
    }
}
