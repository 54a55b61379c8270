namespace NrcGame.Debrief;

/// <summary>S63.4 — more trade marketing toward a channel (listing fees, display, coopération) without any gain of DV there.</summary>
public sealed class TradeWithoutListingGainRule : ConceptRule
{
    private const double NoGain = 0.005;

    /// <inheritdoc/>
    public override string Id => "trade-sans-referencement";

    /// <inheritdoc/>
    public override string SectionId => "S63.4";

    /// <inheritdoc/>
    public override string Title => "Trade marketing sans gain de référencement";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Dynamisation", "Contrôle et suivi du réseau", "Sans approfondir les éléments juridiques"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Qu'attendaient les distributeurs en échange de ces budgets, et l'avez-vous obtenu ?",
        "Comment mesurer le retour de votre dépense de trade marketing (DV gagnée, ventes supplémentaires, marge) ?",
        "Fallait-il plutôt concentrer l'effort sur un autre canal ou sur un autre levier ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        foreach (var (before, now) in Pairs(history))
        {
            foreach (var (channel, trade) in now.Decisions.Promotion.Trade)
            {
                var old = before.Decisions.Promotion.Trade.GetValueOrDefault(channel) ?? new TradeDecision();
                var spend = trade.ListingFees + trade.DisplaySpend;
                var oldSpend = old.ListingFees + old.DisplaySpend;
                if (spend <= oldSpend && trade.CooperationRate <= old.CooperationRate) continue;
                var (dvBefore, dvNow) = (TeamFigures.Dv(before.Result, channel), TeamFigures.Dv(now.Result, channel));
                if (dvNow - dvBefore > NoGain) continue;
                yield return new Finding([before.Turn, now.Turn],
                [
                    $"Canal {channel}, tour {now.Turn} : référencement et PLV {French.Euros(oldSpend)} → {French.Euros(spend)}, coopération commerciale "
                    + $"{French.Percent(old.CooperationRate)} → {French.Percent(trade.CooperationRate)} du chiffre d'affaires.",
                    $"Distribution valeur (DV) {French.Percent(dvBefore)} au tour {before.Turn} → {French.Percent(dvNow)} au tour {now.Turn}.",
                ]);
            }
        }
    }
}
