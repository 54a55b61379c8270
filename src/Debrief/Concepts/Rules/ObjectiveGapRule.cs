namespace NrcGame.Debrief;

/// <summary>S62.3 — objectives set, results 15 % or more away from them: pilotage par objectif and contrôle.</summary>
public sealed class ObjectiveGapRule : ConceptRule
{
    private const decimal LargeGap = 0.15m;

    /// <inheritdoc/>
    public override string Id => "pilotage-objectifs";

    /// <inheritdoc/>
    public override string SectionId => "S62.3";

    /// <inheritdoc/>
    public override string Title => "Objectifs et résultats très éloignés";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["Pilotage par objectif", "Contrôle et évaluation", "Limiter le choix des indicateurs commerciaux"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Sur quelles informations avez-vous fixé vos objectifs ?",
        "Quels indicateurs du tableau de bord auraient permis de voir l'écart plus tôt ?",
        "Quelles actions correctrices avez-vous décidées au tour suivant ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        var gaps = VarianceAnalysis.Of(history).Where(variance => Math.Abs(variance.VarianceRate) >= LargeGap).ToList();
        if (gaps.Count == 0) yield break;
        yield return new Finding(gaps.Select(gap => gap.Turn).Distinct().ToList(), gaps.Select(gap =>
            $"Trimestre {gap.Turn}, segment {history.SegmentName(gap.Segment)} : objectif {French.Euros(gap.Objective)}, réalisé {French.Euros(gap.Actual)}, "
            + $"écart {French.Euros(gap.Variance)} ({French.Percent(gap.VarianceRate)}, {gap.DirectionLabel}).").ToList());
    }
}
