namespace NrcGame.Scenarios;

/// <summary>
/// Checks a whole <see cref="ScenarioDocument"/>: the pedagogical header (filled in, known référentiel sections,
/// one lesson step per turn at most), the market (<see cref="MarketValidator"/>) and every event card (known
/// concepts, effects that apply to the market without error). Pure; every error at once.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Validates <paramref name="document"/>; <paramref name="file"/> is written in front of every message.</summary>
    public static IReadOnlyList<ScenarioError> Validate(ScenarioDocument document, string file)
    {
        var errors = new ErrorCollector(file);
        errors.Required("title", document.Title);
        errors.Required("summary", document.Summary);
        errors.Required("goal", document.Goal);
        if (document.Sections.Count == 0) errors.Add("sections", "indiquez au moins une section du référentiel travaillée par le scénario.");
        for (var index = 0; index < document.Sections.Count; index++)
        {
            var section = document.Sections[index];
            KnownConcept(errors, $"sections[{index + 1}].id", section.Id);
            errors.Required($"sections[{index + 1}].title", section.Title);
        }
        CheckLessonPlan(document, errors);
        var beforeMarket = errors.Errors.Count;
        MarketValidator.Check(document.Market, errors);
        CheckEvents(document, marketIsValid: errors.Errors.Count == beforeMarket, errors);
        return errors.Errors;
    }

    private static void CheckLessonPlan(ScenarioDocument document, ErrorCollector errors)
    {
        var turns = new HashSet<int>();
        for (var index = 0; index < document.LessonPlan.Count; index++)
        {
            var step = document.LessonPlan[index];
            var path = $"lessonPlan[{index + 1}]";
            errors.InRange($"{path}.turn", step.Turn, new NumericRange(1, document.Market.TurnCount));
            if (!turns.Add(step.Turn)) errors.Add($"{path}.turn", $"le tour {step.Turn} a déjà une étape dans le plan de séance.");
            errors.Required($"{path}.focus", step.Focus);
            for (var concept = 0; concept < step.Concepts.Count; concept++)
                KnownConcept(errors, $"{path}.concepts[{concept + 1}]", step.Concepts[concept]);
        }
    }

    /// <summary>Checks the cards; their effects are tried on the market only when it is valid (otherwise its errors would repeat per card).</summary>
    private static void CheckEvents(ScenarioDocument document, bool marketIsValid, ErrorCollector errors)
    {
        errors.Ids("events", document.Events.Select(card => card.Id));
        foreach (var card in document.Events)
        {
            var path = $"events[{card.Id}]";
            errors.Required($"{path}.headline", card.Headline);
            errors.Required($"{path}.description", card.Description);
            if (card.Concepts.Count == 0) errors.Add($"{path}.concepts", "une carte doit citer au moins une section du référentiel.");
            for (var index = 0; index < card.Concepts.Count; index++) KnownConcept(errors, $"{path}.concepts[{index + 1}]", card.Concepts[index]);
            if (card.Effects.Count == 0) errors.Add($"{path}.effects", "une carte doit changer au moins un paramètre du marché.");
            if (!marketIsValid) continue;
            var applied = ParameterChanges.Apply(document.Market, card.Effects, errors.File);
            foreach (var error in applied.Errors) errors.Add($"{path}.effects", $"{error.Path} : {error.Reason}");
        }
    }

    private static void KnownConcept(ErrorCollector errors, string path, string id)
    {
        if (!Referentiel.Sections.ContainsKey(id ?? ""))
            errors.Add(path, $"« {id} » n'est pas une section connue du référentiel (par exemple S511, S62.2, S63.4).");
    }
}
