using NrcGame.Grains.Games;

namespace NrcGame.Grains.Tournaments;

/// <summary>What a valid <see cref="TournamentSetup"/> is, with a French message naming the field of each broken rule.</summary>
public static class TournamentSetupRules
{
    /// <summary>Longest tournament title (each market's game is named after it, « — marché n » added).</summary>
    public const int MaxTitleLength = GameSetupRules.MaxTitleLength - 12;

    /// <summary>
    /// Every broken rule: the number of markets (field <c>markets</c>), then each market's game rules with the
    /// market's index in the field (<c>markets[1].teamNames[0]</c>) and its number in the message. Empty when valid.
    /// </summary>
    public static IReadOnlyList<FieldError> Check(TournamentSetup setup)
    {
        var markets = setup.Markets ?? [];
        if (markets.Count is < TournamentMarkets.MinMarkets or > TournamentMarkets.MaxMarkets)
        {
            return [new("markets", $"Nombre de marchés : {markets.Count} est hors de la plage autorisée ({TournamentMarkets.MinMarkets} à {TournamentMarkets.MaxMarkets}).")];
        }
        var errors = new List<FieldError>();
        var title = setup.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add(new("title", "Nom du tournoi : obligatoire."));
        else if (title.Length > MaxTitleLength) errors.Add(new("title", $"Nom du tournoi : {MaxTitleLength} caractères au plus ({title.Length} saisis)."));
        for (var index = 0; index < markets.Count; index++)
        {
            foreach (var error in GameSetupRules.Check(setup.MarketSetup(index)))
            {
                if (error.Field == "title") continue;
                var perMarket = error.Field.StartsWith("teamNames", StringComparison.Ordinal) || error.Field == "bots";
                var field = perMarket ? $"markets[{index}].{error.Field}" : error.Field;
                var message = perMarket ? $"Marché {index + 1} — {error.Message}" : error.Message;
                if (!errors.Any(known => known.Field == field)) errors.Add(new FieldError(field, message));
            }
        }
        return errors;
    }
}
