namespace NrcGame.Grains.Games;

/// <summary>What a valid <see cref="GameSetup"/> is, with a French message per broken rule.</summary>
public static class GameSetupRules
{
    /// <summary>Fewest firms (teams and bots) in a game.</summary>
    public const int MinTeams = 2;

    /// <summary>Most firms (teams and bots) in a game.</summary>
    public const int MaxTeams = 12;

    /// <summary>Longest game title.</summary>
    public const int MaxTitleLength = 80;

    /// <summary>Longest team name.</summary>
    public const int MaxTeamNameLength = 40;

    /// <summary>Every broken rule of <paramref name="setup"/>; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Check(GameSetup setup)
    {
        var errors = new List<FieldError>();
        var title = setup.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add(new("title", "Nom de la partie : obligatoire."));
        else if (title.Length > MaxTitleLength) errors.Add(new("title", $"Nom de la partie : {MaxTitleLength} caractères au plus ({title.Length} saisis)."));

        var names = setup.TeamNames ?? [];
        var bots = setup.Bots?.Count ?? 0;
        if (names.Count + bots < MinTeams || names.Count + bots > MaxTeams)
        {
            errors.Add(bots == 0
                ? new("teamNames", $"Nombre d'équipes : {names.Count} est hors de la plage autorisée ({MinTeams} à {MaxTeams}).")
                : new("bots", $"Nombre d'entreprises : {names.Count} équipes + {bots} robots = {names.Count + bots}, hors de la plage autorisée ({MinTeams} à {MaxTeams})."));
        }
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i]?.Trim() ?? "";
            if (name.Length == 0) errors.Add(new($"teamNames[{i}]", $"Nom de l'équipe {i + 1} : obligatoire."));
            else if (name.Length > MaxTeamNameLength) errors.Add(new($"teamNames[{i}]", $"Nom de l'équipe {i + 1} : {MaxTeamNameLength} caractères au plus."));
        }
        var duplicates = names.Select(name => name?.Trim() ?? "").Where(name => name.Length > 0)
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);
        errors.AddRange(duplicates.Select(name => new FieldError("teamNames", $"Nom d'équipe en double : « {name} ».")));
        if (TurnDurationError(setup.TurnDuration) is { } duration) errors.Add(duration);
        foreach (var bot in setup.Bots ?? [])
        {
            if (!Enum.IsDefined(bot.Strategy)) errors.Add(new("bots", $"Stratégie de robot inconnue : {bot.Strategy}."));
            if (!Enum.IsDefined(bot.Difficulty)) errors.Add(new("bots", $"Niveau de robot inconnu : {bot.Difficulty}."));
        }
        errors.AddRange(Standings.ScoringRules.Check(setup.Weights, setup.CatchUp));
        return errors;
    }

    /// <summary>Why a countdown of <paramref name="duration"/> is refused (field <c>minutes</c>), or null when it fits.</summary>
    public static FieldError? TurnDurationError(TimeSpan? duration) =>
        duration is { } value && (value < TimeSpan.FromMinutes(1) || value > TurnClock.MaxDuration)
            ? new FieldError("minutes", $"Durée de chaque trimestre : {value.TotalMinutes:0} min est hors de la plage autorisée (1 à {TurnClock.MaxDuration.TotalMinutes:0} min).")
            : null;
}
