namespace NrcGame.Market;

/// <summary>
/// The parts of a firm's decisions that are missing (null): a whole rubric, a list or table, or one of
/// their items. The web layer refuses such JSON before it reaches a grain, but decisions can also come
/// from elsewhere (a grain called directly, a bot, a tool); each missing part gets a French message
/// naming its field, instead of a NullReferenceException further down.
/// </summary>
internal static class DecisionShape
{
    /// <summary>One error per missing part of <paramref name="decisions"/>; empty when every part is there.</summary>
    public static List<DecisionError> MissingParts(FirmDecisions? decisions)
    {
        var errors = new List<DecisionError>();
        if (decisions is null)
        {
            errors.Add(new("decisions", "Décisions : absentes (aucune rubrique reçue)."));
            return errors;
        }
        if (Present(decisions.Pricing, "pricing", "Prix et conditions de vente", errors) is { } pricing)
        {
            Present(pricing.ListPrice, "pricing.listPrice", "Prix catalogue HT", errors);
            Present(pricing.Discount, "pricing.discount", "Remises", errors);
            Present(pricing.Promotion, "pricing.promotion", "Promotion consommateur", errors);
            Items(pricing.AcceptedCreditClasses, "pricing.acceptedCreditClasses", "Classes de clients acceptées", errors);
        }
        if (Present(decisions.Staffing, "staffing", "Force de vente", errors) is { } staffing)
        {
            Items(staffing.Hires, "staffing.hires", "Embauches", errors);
            Items(staffing.Dismissals, "staffing.dismissals", "Licenciements", errors);
        }
        Present(decisions.Remuneration, "remuneration", "Rémunération", errors);
        if (Present(decisions.Allocation, "allocation", "Répartition du temps", errors) is { } allocation)
        {
            TimeSplit(allocation.Default, "allocation.default", "Répartition par défaut", errors);
            if (Present(allocation.PerRep, "allocation.perRep", "Répartition par commercial", errors) is { } perRep)
                foreach (var (rep, split) in perRep) TimeSplit(split, $"allocation.perRep.{rep}", $"Répartition du temps de {rep}", errors);
        }
        if (Present(decisions.Promotion, "promotion", "Communication", errors) is { } promotion)
        {
            Present(promotion.Media, "promotion.media", "Publicité média", errors);
            Present(promotion.DirectMarketing, "promotion.directMarketing", "Marketing direct", errors);
            Present(promotion.Sponsorship, "promotion.sponsorship", "Parrainage", errors);
            if (Present(promotion.Trade, "promotion.trade", "Trade marketing", errors) is { } trade)
                foreach (var (channel, terms) in trade) Present(terms, $"promotion.trade.{channel}", $"Trade marketing ({channel})", errors);
        }
        Present(decisions.Purchases, "purchases", "Achats", errors);
        Present(decisions.Objectives, "objectives", "Objectifs de CA", errors);
        Present(decisions.Studies, "studies", "Études de marché", errors);
        return errors;
    }

    private static T? Present<T>(T? part, string path, string label, List<DecisionError> errors) where T : class
    {
        if (part is null) errors.Add(new(path, $"{label} : valeur manquante."));
        return part;
    }

    private static void Items<T>(IReadOnlyList<T>? list, string path, string label, List<DecisionError> errors) where T : class
    {
        if (Present(list, path, label, errors) is not { } items) return;
        for (var index = 0; index < items.Count; index++)
            if (items[index] is null) errors.Add(new($"{path}[{index}]", $"{label} : l'élément {index + 1} est vide."));
    }

    private static void TimeSplit(IReadOnlyList<TimeAllocation>? split, string path, string label, List<DecisionError> errors)
    {
        Items(split, path, label, errors);
        for (var index = 0; index < (split?.Count ?? 0); index++)
        {
            if (split![index] is not { } part) continue;
            if (part.Territory is null) errors.Add(new($"{path}[{index}].territory", $"{label} : le secteur de la ligne {index + 1} est manquant."));
            if (part.Channel is null) errors.Add(new($"{path}[{index}].channel", $"{label} : le canal de la ligne {index + 1} est manquant."));
        }
    }
}
