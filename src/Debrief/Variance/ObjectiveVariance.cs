namespace NrcGame.Debrief;

/// <summary>
/// Analyse des écarts (S534) of one segment and turn: objective of CA HT against CA HT achieved, split into an écart
/// sur quantité and an écart sur prix. The planned price is the list price HT decided for the turn (prix catalogue),
/// the planned quantity is objective ÷ planned price, the actual price is CA net HT ÷ units sold:
/// <c>écart sur quantité = (Q réelle − Q prévue) × P prévu</c>, <c>écart sur prix = (P réel − P prévu) × Q réelle</c>,
/// and their sum is exactly the écart global (réalisé − objectif).
/// </summary>
public sealed record ObjectiveVariance
{
    /// <summary>Segment id.</summary>
    public required string Segment { get; init; }

    /// <summary>Turn.</summary>
    public required int Turn { get; init; }

    /// <summary>Objective of CA HT.</summary>
    public required decimal Objective { get; init; }

    /// <summary>CA net HT achieved.</summary>
    public required decimal Actual { get; init; }

    /// <summary>Planned price: list price HT decided.</summary>
    public required decimal PlannedPrice { get; init; }

    /// <summary>Units sold.</summary>
    public required long ActualUnits { get; init; }

    /// <summary>Écart global en valeur = réalisé − objectif.</summary>
    public decimal Variance => Actual - Objective;

    /// <summary>Écart en % of the objective (0.1 = +10 %).</summary>
    public decimal VarianceRate => Variance / Objective;

    /// <summary>Favourable, unfavourable or nil.</summary>
    public VarianceDirection Direction => Variance switch
    {
        > 0 => VarianceDirection.Favourable,
        < 0 => VarianceDirection.Unfavourable,
        _ => VarianceDirection.None,
    };

    /// <summary>French word for <see cref="Direction"/>.</summary>
    public string DirectionLabel => Direction switch
    {
        VarianceDirection.Favourable => "favorable",
        VarianceDirection.Unfavourable => "défavorable",
        _ => "nul",
    };

    /// <summary>Planned quantity = objective ÷ planned price.</summary>
    public decimal PlannedUnits => Objective / PlannedPrice;

    /// <summary>Actual average net price = CA HT ÷ units sold (0 without sales).</summary>
    public decimal ActualPrice => ActualUnits == 0 ? 0m : Actual / ActualUnits;

    /// <summary>Écart sur quantité = (Q réelle − Q prévue) × P prévu, computed as Q réelle × P prévu − objectif.</summary>
    public decimal QuantityVariance => ActualUnits * PlannedPrice - Objective;

    /// <summary>Écart sur prix = (P réel − P prévu) × Q réelle, computed as réalisé − Q réelle × P prévu.</summary>
    public decimal PriceVariance => Actual - ActualUnits * PlannedPrice;

    /// <summary>French explanation of the method, to show with the table.</summary>
    public static string Method =>
        "Écart global = CA HT réalisé − objectif de CA HT (favorable s'il est positif). Prix prévu = prix catalogue HT décidé ; "
        + "quantité prévue = objectif ÷ prix prévu ; prix réel = CA HT ÷ unités vendues. Écart sur quantité = (quantité réelle − "
        + "quantité prévue) × prix prévu ; écart sur prix = (prix réel − prix prévu) × quantité réelle ; leur somme est l'écart global. "
        + "Les remises et la ristourne accordées apparaissent dans l'écart sur prix.";
}
