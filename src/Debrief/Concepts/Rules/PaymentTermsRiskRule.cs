namespace NrcGame.Debrief;

/// <summary>S523 — longer payment terms granted, followed by a longer délai clients or more bad debts (this turn or the next).</summary>
public sealed class PaymentTermsRiskRule : ConceptRule
{
    private const double DaysRise = 1.0;

    /// <inheritdoc/>
    public override string Id => "delais-paiement-risque";

    /// <inheritdoc/>
    public override string SectionId => "S523";

    /// <inheritdoc/>
    public override string Title => "Délais de paiement allongés : créances, impayés et BFR";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Impact des délais de règlement", "Actions d"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Combien de jours de crédit client supplémentaires votre BFR a-t-il dû financer, et avec quelle trésorerie ?",
        "Les ventes gagnées grâce au délai couvrent-elles le coût du crédit accordé et des impayés ?",
        "Quelles clientèles (classes de risque) auriez-vous dû exclure, assurer ou payer comptant ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        for (var index = 1; index < history.Turns.Count; index++)
        {
            var (before, longer) = (history.Turns[index - 1], history.Turns[index]);
            if (longer.Decisions.Pricing.PaymentTermsDays <= before.Decisions.Pricing.PaymentTermsDays) continue;
            var following = history.Turns.Skip(index).Take(2).ToList();
            var worst = following.MaxBy(turn => turn.Result.Dashboard.DsoDays)!;
            var writeOffs = following.Max(turn => turn.Result.Risk.WrittenOff);
            if (worst.Result.Dashboard.DsoDays < before.Result.Dashboard.DsoDays + DaysRise && writeOffs <= before.Result.Risk.WrittenOff) continue;
            yield return new Finding(following.Select(turn => turn.Turn).Prepend(before.Turn).ToList(),
            [
                $"Trimestre {longer.Turn} : délai de paiement accordé {before.Decisions.Pricing.PaymentTermsDays} → {longer.Decisions.Pricing.PaymentTermsDays} jours.",
                $"Délai clients {French.Number(before.Result.Dashboard.DsoDays)} jours (tour {before.Turn}) → {French.Number(worst.Result.Dashboard.DsoDays)} jours (tour {worst.Turn}) ; "
                + $"impayés passés en perte {French.Euros(before.Result.Risk.WrittenOff)} → jusqu'à {French.Euros(writeOffs)} ; BFR {French.Euros(before.Result.Statements.WorkingCapital.Need)} → "
                + $"{French.Euros(worst.Result.Statements.WorkingCapital.Need)}.",
            ]);
        }
    }
}
