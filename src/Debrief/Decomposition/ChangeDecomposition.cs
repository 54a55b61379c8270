namespace NrcGame.Debrief;

/// <summary>
/// The change of a firm's units, CA HT and résultat net between turn N − 1 and turn N, decomposed by cause.
/// <c>Σ effects + <see cref="Remainder"/> = <see cref="ActualChange"/></c> holds exactly: the remainder is what the
/// one-at-a-time effects do not explain — interactions between causes, and everything no cause reverts (the state
/// carried from the previous turn: adstocks, salesforce stock, motivation, tenure, DV, stock; purchases; market
/// studies; random draws of the quarter).
/// </summary>
public sealed record ChangeDecomposition
{
    /// <summary>Firm id.</summary>
    public required string FirmId { get; init; }

    /// <summary>Turn N explained.</summary>
    public required int Turn { get; init; }

    /// <summary>Figures of turn N − 1.</summary>
    public required SalesAndProfit Previous { get; init; }

    /// <summary>Figures of turn N.</summary>
    public required SalesAndProfit Current { get; init; }

    /// <summary>Current − previous.</summary>
    public SalesAndProfit ActualChange => Current - Previous;

    /// <summary>One effect per cause, in the order of <see cref="ChangeCause"/>.</summary>
    public required IReadOnlyList<CauseEffect> Effects { get; init; }

    /// <summary>Sum of the effects.</summary>
    public SalesAndProfit SumOfEffects => Effects.Aggregate(SalesAndProfit.Zero, (sum, effect) => sum + effect.Effect);

    /// <summary>Interaction remainder: actual change − sum of the effects.</summary>
    public SalesAndProfit Remainder => ActualChange - SumOfEffects;

    /// <summary>French explanation of the remainder, to show next to it.</summary>
    public string RemainderExplanation =>
        "Reste (interactions et report) : la part de la variation qu'aucune cause prise isolément n'explique — les causes "
        + "s'additionnent rarement exactement (une baisse de prix rapporte plus quand la distribution progresse aussi), et "
        + "l'héritage du trimestre précédent (notoriété accumulée, relation clients, motivation et ancienneté des commerciaux, "
        + "référencements, stock), les achats et les aléas du trimestre ne sont rattachés à aucune cause.";
}
