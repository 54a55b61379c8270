namespace NrcGame.Debrief;

/// <summary>The main figures of a team's turn, those a debrief shows and prints: a selection of <see cref="IndicatorCatalog"/>.</summary>
/// <param name="Turn">Turn number (1-based).</param>
/// <param name="Indicators">The main indicators, in the order of <see cref="MainKeys"/>.</param>
public sealed record TurnFigures(int Turn, IReadOnlyList<Indicator> Indicators)
{
    /// <summary>Keys of the main indicators: sales, share, margin, result, cash, salesforce, score.</summary>
    public static IReadOnlyList<string> MainKeys { get; } =
        ["ca_ht", "unites", "part_marche_valeur", "marge_commerciale", "taux_marque", "resultat_net", "tresorerie", "effectif", "turnover", "score"];

    /// <summary>The main figures of every turn of <paramref name="history"/>, in turn order.</summary>
    public static IReadOnlyList<TurnFigures> Of(TeamHistory history) =>
        history.Turns.Select(turn =>
        {
            var all = IndicatorCatalog.Of(turn.Result).ToDictionary(indicator => indicator.Key, StringComparer.Ordinal);
            return new TurnFigures(turn.Turn, MainKeys.Select(key => all[key]).ToList());
        }).ToList();
}
