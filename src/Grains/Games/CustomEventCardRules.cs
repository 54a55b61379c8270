using NrcGame.Scenarios;

namespace NrcGame.Grains.Games;

/// <summary>
/// What makes a valid event card written by the teacher, with a French message naming each field.
/// Its effects are checked afterwards against the market in force, like any parameter change.
/// </summary>
public static class CustomEventCardRules
{
    /// <summary>Longest headline.</summary>
    public const int MaxHeadlineLength = 120;

    /// <summary>Longest description.</summary>
    public const int MaxDescriptionLength = 600;

    /// <summary>Most parameter changes on one card.</summary>
    public const int MaxEffects = 20;

    /// <summary>Every broken rule of <paramref name="card"/>; empty when it may be played.</summary>
    public static IReadOnlyList<FieldError> Check(EventCard card)
    {
        var errors = new List<FieldError>();
        if (card is null) return [new("card", "Carte événement : absente.")];
        var headline = card.Headline?.Trim() ?? "";
        if (headline.Length is 0 or > MaxHeadlineLength)
            errors.Add(new("headline", $"Titre annoncé à la classe : obligatoire, {MaxHeadlineLength} caractères au plus ({headline.Length} saisis)."));
        if ((card.Description?.Trim().Length ?? 0) > MaxDescriptionLength)
            errors.Add(new("description", $"Récit de l'événement : {MaxDescriptionLength} caractères au plus."));
        var concepts = card.Concepts ?? [];
        if (concepts.Count == 0)
            errors.Add(new("concepts", "Notions illustrées : citez au moins une section du référentiel (par exemple S511, S62.2, S63.4)."));
        errors.AddRange(concepts.Where(concept => !Referentiel.Sections.ContainsKey(concept ?? ""))
            .Select(concept => new FieldError("concepts", $"Notions illustrées : « {concept} » n'est pas une section connue du référentiel (par exemple S511, S62.2, S63.4).")));
        var effects = card.Effects ?? [];
        if (effects.Count is 0 or > MaxEffects)
            errors.Add(new("effects", $"Effets sur le marché : entre 1 et {MaxEffects} changements de paramètre."));
        errors.AddRange(effects.Select((effect, index) => (effect, index)).Where(item => item.effect is null)
            .Select(item => new FieldError($"effects[{item.index}]", $"Effets sur le marché : le changement {item.index + 1} est vide.")));
        return errors;
    }
}
